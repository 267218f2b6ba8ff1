"""A batch answers a repeated line exactly as it answers it the first time, and each row is its own."""

from __future__ import annotations

from cardinfo import batch
from cardinfo.lookup import Atlas
from cardinfo.models import Dataset
from cardinfo.paths import places_path
from cardinfo.places import Divisions

LINES = ["昆明", "吉林", "云南省昆明市盘龙区人民路8号", "我在昆明", "chaoyang", "昆朋", "盘龙区", "九龙", "530103"]


def _fresh(dataset: Dataset) -> Atlas:
    return Atlas(dataset, Divisions(places_path()))


def test_repeated_lines_get_the_rows_a_line_alone_gets(dataset: Dataset) -> None:
    alone = {text: next(batch.rows(dataset, _fresh(dataset), batch.lines_of([text]))) for text in LINES}
    repeated = LINES * 3 + LINES[::-1] * 2
    for n, row in enumerate(batch.rows(dataset, _fresh(dataset), batch.lines_of(repeated)), 1):
        text = repeated[n - 1]
        assert row["line"] == n
        assert {**row, "line": 1} == alone[text], text


def test_the_same_place_named_differently_keeps_each_query_and_matched_text(dataset: Dataset) -> None:
    lines = ["云南省昆明市", "云南昆明", "昆明市", "云南省昆明市"]
    rows = list(batch.rows(dataset, _fresh(dataset), batch.lines_of(lines)))
    assert [r["place"]["code"] for r in rows] == ["530100"] * 4
    assert [r["query"] for r in rows] == lines
    assert rows[0]["matched_text"] == rows[3]["matched_text"]
    assert [r["matched_text"] for r in rows[1:3]] == ["云南昆明", "昆明市"]


def test_changing_a_row_does_not_change_the_next_row_of_the_same_line(dataset: Dataset) -> None:
    rows = batch.rows(dataset, _fresh(dataset), batch.lines_of(["昆明"] * 4))
    first, second, third = next(rows), next(rows), next(rows)
    third["place"]["name"] = "changed"
    third["records"].clear()
    fourth = next(rows)
    assert fourth["place"]["name"] == first["place"]["name"] == second["place"]["name"] == "昆明市"
    assert fourth["records"] == first["records"] and fourth["records"]
