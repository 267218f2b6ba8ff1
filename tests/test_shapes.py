"""Every JSON shape scripts rely on (docs/cli.md), one test each, read through the real command."""

from __future__ import annotations

from typing import Any

RECORD_KEYS = {
    "id", "province", "place", "code", "level", "status", "pilot", "since", "functions",
    "validity_years", "first_batch", "notes", "aliases", "source",
}  # fmt: skip


def test_region_shape(cli: Any) -> None:
    out = cli("region", "盘龙区", "--format", "json").json()
    assert {"query", "match", "status", "place", "records", "related", "candidates", "as_of", "source"} <= set(out)
    assert out["match"] == "ancestor" and out["status"] == "issuing"
    assert out["place"] == {
        "code": "530103",
        "name": "盘龙区",
        "level": "county",
        "path": ["云南省", "昆明市", "盘龙区"],
    }
    assert set(out["records"][0]) >= RECORD_KEYS and out["records"][0]["code"] == "530100"


def test_status_record_shape(cli: Any) -> None:
    rows = cli("status", "--format", "json").json()
    assert rows and all(set(r) >= RECORD_KEYS for r in rows)
    assert {r["status"] for r in rows} == {"issued", "issuing", "preparing"}


def test_faq_list_and_topic_shapes(cli: Any) -> None:
    topics = cli("faq", "--format", "json").json()
    assert topics and all(set(t) == {"topic", "question"} for t in topics)
    fee = cli("faq", "fee", "--format", "json").json()
    assert {"topic", "question", "answer", "source"} <= set(fee) and fee["topic"] == "fee"
    every = cli("faq", "--all", "--format", "json").json()
    assert [a["topic"] for a in every] == [t["topic"] for t in topics]


def test_summary_shape(cli: Any) -> None:
    out = cli("summary", "--format", "json").json()
    assert {"by_status", "by_province", "stated_in_source"} <= set(out)
    assert out["stated_in_source"] == {"issued": 20, "issuing": 16, "preparing": 14}
    assert sum(out["by_status"].values()) == out["total"]


def test_timeline_shape(cli: Any) -> None:
    events = cli("timeline", "--format", "json").json()
    assert events and all({"date", "zh", "en", "source", "verified"} <= set(e) for e in events)
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_remind_shape(cli: Any) -> None:
    out = cli("remind", "--last-activated", "2026-03-01", "--issued", "2020-01-01", "--today", "2026-06-01",
              "--format", "json").json()  # fmt: skip
    assert out["next_activation_due"]["date"] == "2027-03-01"
    assert out["expires"] == {"date": "2030-01-01", "days_left": 1310, "warning": False}


def test_export_shape(cli: Any) -> None:
    out = cli("export").json()
    assert {"schema_version", "as_of", "sources", "regions", "faq", "timeline"} <= set(out)
    assert len(out["regions"]) == len(cli("status", "--format", "json").json())
