"""Red team 47: the data cache believes only files of the user's own. A cache file someone else wrote
in a shared folder, one others may write, or a symbolic link under a cache file's name is never read;
`data clear-cache` removes such links too; a change to the personal-number rules re-validates."""

from __future__ import annotations

import marshal
import os
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cardinfo import data
from tests.helpers import replace

OTHER_UID = 54321
NUMBER = "110105196305274177"


def _forge(cache: Path) -> Path:
    """What an attacker does to a data cache file: 昆明's record said issued, with a whole ID number
    in its words, the file's checksum made right again."""
    (path,) = cache.glob("data-*.bin")
    raw = path.read_bytes()
    head = len(data._MAGIC) + data._DIGEST
    value = marshal.loads(raw[head + 4 :])
    rows = value["regions"]["rows"]
    for i, row in enumerate(rows):
        if row[0] == "yunnan-kunming":
            forged = list(row)
            forged[5] = "issued"
            forged[13] = (forged[13][0], f"已全部发放，持身份证{NUMBER}办理", *forged[13][2:])
            rows[i] = tuple(forged)
    payload = marshal.dumps(value)
    path.write_bytes(raw[:head] + zlib.crc32(payload).to_bytes(4, "big") + payload)
    return path


def _kunming(cli: Any) -> str:
    """The answer line for 昆明, and whether the forged number is anywhere in the answer."""
    result = cli("region", "昆明", "--plain")
    assert result.exit_code == 0, result.stderr
    out: str = result.stdout
    return out.splitlines()[0] + (" NUMBER" if NUMBER in out else "")


@pytest.fixture
def forged(cli: Any, fresh_cache: Path) -> Iterator[Path]:
    """The user's data cache, forged; the run's memory of the data is let go before and after."""
    honest = _kunming(cli)
    assert honest.startswith("昆明市：正在换发") and "NUMBER" not in honest
    data._LOADED.clear()
    yield _forge(fresh_cache)
    data._LOADED.clear()


def test_the_forgery_is_read_when_the_file_is_ones_own(cli: Any, forged: Path) -> None:
    """(The forgery is a good one: from the user's own file it is believed, as any cache is.)"""
    assert _kunming(cli).startswith("昆明市：已经发放")


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_a_cache_file_another_user_owns_is_never_read(cli: Any, forged: Path) -> None:
    os.chown(forged, OTHER_UID, OTHER_UID)
    out = _kunming(cli)
    assert out.startswith("昆明市：正在换发") and "NUMBER" not in out


def test_a_cache_file_others_may_write_is_never_read(cli: Any, forged: Path) -> None:
    forged.chmod(0o666)
    out = _kunming(cli)
    assert out.startswith("昆明市：正在换发") and "NUMBER" not in out


def test_a_symbolic_link_under_a_cache_files_name_is_never_read_and_is_cleared(
    cli: Any, forged: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.bin"
    forged.rename(outside)
    os.utime(outside, (978307200, 978307200))  # 2001-01-01
    forged.symlink_to(outside)
    out = _kunming(cli)
    assert out.startswith("昆明市：正在换发") and "NUMBER" not in out
    assert outside.stat().st_mtime == 978307200  # nothing written or touched through the link
    cleared = cli("data", "clear-cache")
    assert cleared.exit_code == 0, cleared.stderr
    assert not forged.is_symlink() and outside.exists()


def test_a_new_cache_folder_is_the_users_alone(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "new" / "cache"
    monkeypatch.setenv("CARDINFO_CACHE_DIR", str(folder))
    data._LOADED.clear()
    _kunming(cli)
    assert folder.stat().st_mode & 0o777 == 0o700
    data._LOADED.clear()


def test_the_personal_number_rules_are_part_of_the_cache_key() -> None:
    assert "idnumber.py" in data._CODE


def _data_check(cli: Any, folder: Path) -> Any:
    return cli("--lang", "en", "data", "check", str(folder))


def test_a_number_split_over_two_list_items_is_refused(cli: Any, data_copy: Path) -> None:
    replace(
        data_copy / "regions.yaml",
        '      - "换发时间:目前至五一节后"\n',
        f'      - "联系人{NUMBER[:13]}"\n      - "{NUMBER[13:]}"\n',
    )
    result = _data_check(cli, data_copy)
    assert result.exit_code == 3 and "regions[0].notes" in result.stderr and "personal number" in result.stderr
    assert NUMBER not in result.stderr + result.stdout


def test_a_valid_number_in_a_web_address_is_refused_but_an_articles_long_id_is_not(cli: Any, data_copy: Path) -> None:
    for file in ("sources.yaml", "faq.yaml"):
        replace(
            data_copy / file,
            '"http://studyofnet.com/890152643.html"',
            f'"http://studyofnet.com/890152643.html?id={NUMBER}"',
            count=-1,
        )
    result = _data_check(cli, data_copy)
    assert result.exit_code == 3 and "personal number" in result.stderr and NUMBER not in result.stderr
    assert _data_check(cli, Path(data.__file__).parent / "data").exit_code == 0  # (its URLs: ids of 9+ digits)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            '    code: "430500"\n    date: "2022-07"\n',
            '    code: "430500"\n    date: "2099-07"\n',
            "dated 2099-07, after today",
        ),
        (
            '  - id: shaoyang-2022\n    place: 邵阳市\n    code: "430500"\n',
            '  - id: shaoyang-2022\n    place: 金门县\n    code: "350527"\n',
            "the mainland certificate is not issued in 金门县",
        ),
        (
            '  - id: shaoyang-2022\n    place: 邵阳市\n    code: "430500"\n',
            '  - id: shaoyang-2022\n    place: 香港特别行政区\n    code: "810000"\n',
            "the mainland certificate is not issued in 香港特别行政区",
        ),
    ],
)
def test_a_report_of_an_impossible_stage_is_refused(
    cli: Any, data_copy: Path, old: str, new: str, expected: str
) -> None:
    replace(data_copy / "reports.yaml", old, new)
    result = _data_check(cli, data_copy)
    assert result.exit_code == 3 and expected in result.stderr, result.stderr


def test_tag_characters_in_the_data_reach_no_output_raw(cli: Any, data_copy: Path) -> None:
    hidden = "\U000e0049\U000e0047\U000e004e"  # tag letters: text no one sees
    replace(data_copy / "regions.yaml", '"换发时间:目前至五一节后"', f'"换发时间:目前至{hidden}五一节后"')
    for fmt in ("table", "csv", "tsv", "json", "yaml", "markdown"):
        result = cli("--data-dir", str(data_copy), "status", "--province", "云南", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert not any(0xE0000 <= ord(ch) <= 0xE007F for ch in result.stdout), fmt
    shown = cli("--data-dir", str(data_copy), "status", "--province", "云南", "--format", "json").stdout
    assert "\\udb40\\udc49" in shown  # JSON keeps the data, escaped as a surrogate pair


def test_the_cache_is_used_under_a_umask_that_lets_the_group_write(
    cli: Any, fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(umask 002, as many systems give a user: a cache file the group could write would never be read again)"""
    old = os.umask(0o002)
    try:
        data._LOADED.clear()
        assert _kunming(cli).startswith("昆明市：正在换发")
        files = list(fresh_cache.glob("*-*.*"))
        assert files and all(f.stat().st_mode & 0o777 == 0o600 for f in files)
        reads: list[Path] = []
        real = data.Cache.read

        def counted(self: Any) -> Any:
            found = real(self)
            if found is not None:
                reads.append(self.path)
            return found

        monkeypatch.setattr(data.Cache, "read", counted)
        data._LOADED.clear()
        assert _kunming(cli).startswith("昆明市：正在换发")
        assert any(p.name.startswith("data-") for p in reads)  # the second run read its data from the cache
    finally:
        os.umask(old)
        data._LOADED.clear()
