"""Red team 45: a CR alone ends a line in every encoding and however long the file; a cache folder
the system will not say anything about is no cache, not a failure of standard output; `data
clear-cache` never says it removed nothing when it could not look."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from cardinfo.batch import MAX_LINE

PLACES = ["昆明", "盘龙区", "五华区", "北京", "成都"]


def _queries(result: Any) -> list[str]:
    return [json.loads(line)["query"] for line in result.stdout.splitlines()]


def _batch(cli: Any, tmp_path: Path, body: bytes) -> Any:
    source = tmp_path / "places.txt"
    source.write_bytes(body)
    return cli("region", "--input", str(source), "--format", "ndjson")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_a_cr_alone_ends_a_line_in_utf16_and_utf32_input(cli: Any, tmp_path: Path, encoding: str) -> None:
    result = _batch(cli, tmp_path, "昆明\r盘龙区\r北京\r".encode(encoding))
    assert result.exit_code == 0, result.stderr
    assert _queries(result) == ["昆明", "盘龙区", "北京"]


def test_a_stray_cr_inside_a_notepad_unicode_file_loses_no_line_after_it(cli: Any, tmp_path: Path) -> None:
    text = '地区\r\n昆明\r\n"盘龙区\r备注"\r\n北京\r\n成都\r\n'
    result = _batch(cli, tmp_path, text.encode("utf-16"))
    assert _queries(result) == ["地区", "昆明", '"盘龙区', '备注"', "北京", "成都"]
    same = _batch(cli, tmp_path, text.encode("utf-8"))
    assert _queries(same) == _queries(result)


def test_a_long_file_with_mac_line_ends_is_one_row_per_line(cli: Any, tmp_path: Path) -> None:
    names = PLACES * 200
    source = tmp_path / "mac.csv"
    source.write_bytes("\r".join(names).encode("utf-8"))
    assert source.stat().st_size > 2 * MAX_LINE
    result = cli("region", "--input", str(source), "--format", "ndjson")
    assert result.exit_code == 0, result.stderr
    assert _queries(result) == names


def test_empty_lines_ended_by_cr_alone_are_each_a_row(cli: Any) -> None:
    result = cli("region", "-", "--format", "csv", input=b"\r" * 5000)
    assert len(result.stdout.splitlines()) == 1 + 5000  # the header, then one row per line


def test_an_over_long_line_is_too_long_in_utf16_as_in_utf8(cli: Any, tmp_path: Path) -> None:
    line = "一" * 1500  # 4,500 bytes of UTF-8, 3,000 of UTF-16
    rows = {}
    for encoding in ("utf-8", "utf-16"):
        result = _batch(cli, tmp_path, f"{line}\n昆明\n".encode(encoding))
        rows[encoding] = [json.loads(row) for row in result.stdout.splitlines()]
        assert [row["line"] for row in rows[encoding]] == [1, 2], encoding
        assert line not in result.stdout and rows[encoding][1]["place"]["code"] == "530100", encoding
    assert rows["utf-16"] == rows["utf-8"]
    assert rows["utf-8"][0]["match"] == "none"


def _too_long_name() -> str:
    return "/" + "a" * 300


@pytest.mark.parametrize("variable", ["HOME", "CARDINFO_CACHE_DIR"])
def test_a_cache_folder_the_system_will_not_describe_is_no_cache(
    cli: Any, monkeypatch: pytest.MonkeyPatch, variable: str
) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv(variable, _too_long_name())
    if variable == "HOME":
        monkeypatch.delenv("CARDINFO_CACHE_DIR")
    result = cli("--lang", "en", "region", "昆明", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["place"]["code"] == "530100"
    assert "standard output" not in result.stderr


def test_the_api_answers_with_a_home_too_long_to_look_at(monkeypatch: pytest.MonkeyPatch) -> None:
    import cardinfo

    monkeypatch.delenv("CARDINFO_CACHE_DIR")
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", _too_long_name())
    assert cardinfo.region("昆明")["place"]["code"] == "530100"


def test_clear_cache_refuses_a_cache_setting_that_names_a_file(
    cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "afile"
    target.write_text("mine", encoding="utf-8")
    monkeypatch.setenv("CARDINFO_CACHE_DIR", str(target))
    en = cli("--lang", "en", "data", "clear-cache")
    assert en.exit_code == 2 and en.stdout == ""
    assert "” cannot be the cache folder (part of the path is not a folder), so nothing was removed" in en.stderr
    zh = cli("--lang", "zh", "data", "clear-cache")
    assert zh.exit_code == 2 and "不能作缓存文件夹（路径中有一部分不是文件夹），所以没有删除任何文件" in zh.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    paths = cli("--lang", "en", "data", "paths")
    assert (
        paths.exit_code == 0
        and "cannot be the cache folder: part of the path is not a folder; no cache)" in paths.stdout
    )
    assert "home folder" not in paths.stdout


def test_clear_cache_that_cannot_read_its_folder_says_so(
    cli: Any, monkeypatch: pytest.MonkeyPatch, fresh_cache: Path
) -> None:
    assert cli("region", "昆明").exit_code == 0  # something cached
    before = sorted(p.name for p in fresh_cache.iterdir())
    assert before
    real = os.scandir

    def refused(path: Any = ".") -> Any:
        if Path(path) == fresh_cache:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", refused)
    en = cli("--lang", "en", "data", "clear-cache")
    assert en.exit_code == 1 and en.stdout == ""
    assert en.stderr == f"cardinfo: Cannot read the cache folder {fresh_cache}: permission denied\n"
    zh = cli("--lang", "zh", "data", "clear-cache")
    assert zh.stderr == f"cardinfo：无法读取缓存文件夹 {fresh_cache}：没有权限\n"
    monkeypatch.setattr(os, "scandir", real)
    assert sorted(p.name for p in fresh_cache.iterdir()) == before


def test_a_file_the_system_refuses_is_named_not_standard_output() -> None:
    from cardinfo.cli import _unwritable
    from cardinfo.errors import CardinfoError
    from cardinfo.i18n import t

    error = _unwritable(OSError(24, "Too many open files", "/somewhere/regions.yaml"))
    assert isinstance(error, CardinfoError) and error.exit_code == 1
    assert str(error) == "Cannot use /somewhere/regions.yaml: too many open files"
    assert t(f"error.{error.key}", "zh", **error.values) == "无法使用 /somewhere/regions.yaml：打开的文件太多"


def test_export_takes_htm_as_html(cli: Any, tmp_path: Path) -> None:
    target = tmp_path / "page.htm"
    result = cli("export", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
