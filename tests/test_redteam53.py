"""Found by red team 53 (the Python API, generated files, hostile data): a data error raised to a script held a
personal number whole; a data problem's list of odd characters named a masked number's hidden digits; TSV of
data with an ASCII quote raised a traceback; a list of long digit-dense notes took minutes to validate (the mask
read each window's piece lengths again); many reports slowed every answer quadratically; dates in full-width
digits passed; a misspelt command in full-width letters got no "did you mean"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import cardinfo
from cardinfo.errors import DataError
from tests.helpers import make_id, replace

ID = make_id("530102", "19900307", "123")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("written", [ID, f"{ID[:6]}-{ID[6:14]}-{ID[14:]}", ID.translate(FULL_WIDTH)])
def test_a_data_error_raised_to_a_script_holds_no_number_whole(data_copy: Path, written: str) -> None:
    replace(data_copy / "regions.yaml", "    status: issuing", f'    status: "{written}"')
    with pytest.raises(DataError) as caught:
        cardinfo.region("昆明", data_dir=str(data_copy))
    error = caught.value
    for shown in (str(error), repr(error), repr(error.args), repr(error.values), repr(error.details)):
        assert ID[6:14] not in shown and ID[6:14].translate(FULL_WIDTH) not in shown, shown


def test_the_odd_characters_of_a_masked_number_are_not_listed(cli: Any, data_copy: Path) -> None:
    hidden = ID[6:14].translate(FULL_WIDTH)  # the birth date in full-width digits, the rest as typed
    replace(data_copy / "regions.yaml", "    status: issuing", f'    status: "{ID[:6]}{hidden}{ID[14:]}"')
    out = cli("--lang", "en", "data", "check", str(data_copy))
    assert out.exit_code == 3 and "FULLWIDTH DIGIT" not in out.stderr and f"{ID[:6]}********" in out.stderr


def test_tsv_of_data_with_an_ascii_quote(cli: Any, data_copy: Path) -> None:
    replace(data_copy / "regions.yaml", '"换发时间:目前至五一节后"', '"换发时间:目前至\\"五一节\\"后"')
    out = cli("--data-dir", str(data_copy), "status", "--format", "tsv")
    assert out.exit_code == 0 and '目前至"五一节"后' in out.stdout


def test_a_number_across_two_long_items_of_a_list_is_still_found(cli: Any, data_copy: Path) -> None:
    # each item too long to be read whole with its neighbours: only its ends are (a number crosses there)
    first, second = "说明" * 100 + ID[:9], ID[9:] + "备注" * 100
    replace(
        data_copy / "regions.yaml", '      - "换发时间:目前至五一节后"\n', f'      - "{first}"\n      - "{second}"\n'
    )
    out = cli("--lang", "en", "data", "check", str(data_copy))
    assert out.exit_code == 3 and "resident ID or certificate number" in out.stderr and ID not in out.stderr


@pytest.mark.parametrize("date", ["２０２０-０４-１７", "٢٠٢٠-٠٤-١٧"])
def test_a_date_in_other_digits_is_refused(cli: Any, data_copy: Path, date: str) -> None:
    replace(data_copy / "regions.yaml", '    since: "2020-04-17"', f'    since: "{date}"')
    out = cli("--lang", "en", "data", "check", str(data_copy))
    assert out.exit_code == 3 and "expected a date YYYY, YYYY-MM or YYYY-MM-DD" in out.stderr


@pytest.mark.parametrize(("typed", "meant"), [("ｓｔａｕｔｓ", "status"), ("ｒｅｇｏｉｎ", "region")])
def test_a_misspelt_command_in_full_width_letters_gets_did_you_mean(cli: Any, typed: str, meant: str) -> None:
    out = cli("--lang", "en", typed, "昆明")
    assert out.exit_code == 2 and f"'{meant}'" in out.stderr
