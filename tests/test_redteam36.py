"""Found by a red-team pass on hostile setups (session 20): numbers written so that the mask missed them."""

from __future__ import annotations

from typing import Any

import pytest

import cardinfo
from cardinfo.errors import NotFound
from tests.helpers import make_id

ID = make_id("530102", "19900307", "123")
SPOKEN = ID.translate({ord(d): "零一二三四五六七八九"[int(d)] for d in "0123456789"})


def _with_letters(number: str, count: int) -> str:
    """The number with its first `count` zeros (after the sixth digit) typed as the letter O."""
    head, tail = number[:6], number[6:]
    for _ in range(count):
        tail = tail.replace("0", "O", 1)
    return head.replace("0", "O", 1) + tail


@pytest.mark.parametrize("typed", [_with_letters(ID, 3), _with_letters(ID, 4), SPOKEN, SPOKEN[:6] + ID[6:]])
def test_a_number_typed_with_letters_or_said_aloud_is_never_shown_whole(cli: Any, typed: str) -> None:
    """Four or more O's for zeros, or digits in Chinese (voice input), were printed whole."""
    assert typed != ID
    for args in (("region", typed), ("ask", f"我在昆明，身份证{typed}，换证要钱吗", "--format", "json")):
        result = cli(*args)
        shown = result.stdout + result.stderr
        assert typed not in shown and ID not in shown
        assert ID[-4:] in shown or typed[-4:] in shown  # masked, first six and last four kept


@pytest.mark.parametrize("digits", [ID[:12], ID[:13], ID[:17]])
def test_a_run_of_digits_alone_is_masked_whatever_its_length(cli: Any, digits: str) -> None:
    """13 digits alone were echoed whole in "no such place"; docs/cli.md promises 12 or more masked."""
    result = cli("region", digits)
    assert result.exit_code == 1
    assert digits not in result.stderr and "*" in result.stderr
    with pytest.raises(NotFound) as caught:
        cardinfo.region(digits)
    assert digits not in str(caught.value) and digits not in repr(caught.value.values)


def test_everyday_text_with_spoken_numbers_is_left_as_written(cli: Any) -> None:
    """Chinese numerals in ordinary words (三代证, 一二三) are no number: the query is echoed as typed."""
    text = "我爸一九九零年生的，三代证一二三级都能换吗，昆明"
    assert cli("ask", text, "--format", "json").json()["query"] == text
