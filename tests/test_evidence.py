"""Later evidence: sources as data, reports, status from all evidence, the next step everywhere."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import pytest

from cardinfo import render, shapes, views
from cardinfo.lookup import Atlas
from cardinfo.models import STAGE_RANK, Dataset, Place, Region, Report
from cardinfo.places import Divisions
from tests.helpers import REPO, assert_data_error, fast_first, line_of, load_yaml, replace

DATA = REPO / "data"
REPORTS = load_yaml((DATA / "reports.yaml").read_text(encoding="utf-8"))["reports"]
SOURCES = load_yaml((DATA / "sources.yaml").read_text(encoding="utf-8"))["sources"]
LATER = (DATA / "source" / "later-evidence.md").read_text(encoding="utf-8")
OFFICIAL = (DATA / "source" / "official-sources.md").read_text(encoding="utf-8")
CONFIDENCE_ZH = {"High": "高", "Medium-High": "中高", "Medium": "中", "Low": "低"}
STAGE_ZH = {"issued": "已经发放", "issuing": "正在换发", "preparing": "准备换发"}
# Pages the research notes name as traps or unreliable: never cited as evidence.
TRAPS = {
    "http://humanfeel.com.cn/kehuduan/617.html",
    "http://ysznh.com/Personalitysignature/inllhalqfk.html",
    "https://www.zx08.cn/article/133063.html",
}
# The one quote read from the stored page itself rather than copied from the notes (PROVENANCE.md).
FROM_THE_PAGE = {"shaoyang-2022": "https://szb.shaoyangnews.net/szb/syrb/pc/content/202207/15/content_27657.html"}


def source_of(source_id: str) -> dict[str, Any]:
    return next(s for s in SOURCES if s["id"] == source_id)


# ── reports: each one answers for its place ──────────────────────────────────────────────


@pytest.mark.parametrize("report", REPORTS, ids=[r["id"] for r in REPORTS])
def test_each_report_answers_for_its_place(cli: Any, report: dict[str, Any], dataset: Dataset) -> None:
    query = report["code"]
    answer = cli("region", query, "--format", "json").json()
    listed = [r for r in answer["reports"] if r["id"] == report["id"]]
    assert len(listed) == 1, answer["reports"]
    shown = listed[0]
    source = source_of(report["source"])
    assert shown["date"] == report["date"] and shown["stage"] == report["stage"] and shown["quote"] == report["quote"]
    assert shown["source"]["url"] == source["url"] and shown["source"]["confidence"] == source["confidence"]
    # Rollout only moves forward: the status is the most advanced stage stated about the place
    # or a place above it (worked out here from the files, independently of the code).
    codes = _codes(report["code"])
    stages = [r["stage"] for r in REPORTS if r["code"] in codes]
    stages += [r.status for r in dataset.regions if r.code in codes]
    assert answer["status"] == max(stages, key=STAGE_RANK.__getitem__)
    assert STAGE_RANK[answer["status"]] >= STAGE_RANK[report["stage"]]
    text = cli("--plain", "region", query).stdout
    line = next(x for x in text.splitlines() if report["quote"] in x)
    assert report["date"] in line and STAGE_ZH[report["stage"]] in line
    assert source["publisher"] in line and f"可信度{CONFIDENCE_ZH[source['confidence']]}" in line
    assert source["url"] in line
    english = cli("--plain", "--lang", "en", "region", query).stdout
    assert f"confidence {source['confidence'].lower()}" in english and report["quote"] in english


@functools.cache
def _parents() -> dict[str, str]:
    rows = (DATA / "divisions" / "divisions.csv").read_text(encoding="utf-8").splitlines()[1:]
    return {row.split(",")[0]: row.split(",")[3] for row in rows}


def _codes(code: str) -> set[str]:
    """The code and the codes above it, from the division CSV (province, prefecture, county)."""
    parents = _parents()
    found = {code}
    while parents.get(code):
        code = parents[code]
        found.add(code)
    return found


def test_tianjin_hedong_answers_issuing_from_the_2019_report(cli: Any) -> None:
    answer = cli("region", "天津河东区", "--format", "json").json()
    assert answer["place"]["code"] == "120102" and answer["match"] == "exact"
    assert answer["status"] == "issuing"
    assert answer["basis"] == {"kind": "report", "id": "tianjin-2019-start", "date": "2019-12-03"}
    assert answer["records"][0]["status"] == "preparing"  # the article's own record is still there
    text = cli("--plain", "region", "天津河东区").stdout
    assert (
        text.splitlines()[0]
        == "河东区：正在换发，2019-12-03 起（据天津市的报道：72177.com（转载） 2019-12-04，可信度中）"
    )
    assert "计划时间:2019年 12月11日天津市河东区残联于召开河东区换发第三代残疾人证工作部署会" in text


def test_shaoyang_leads_with_stage_date_and_source(cli: Any) -> None:
    answer = cli("region", "邵阳", "--format", "json").json()
    assert answer["status"] == "issuing" and answer["basis"]["id"] == "shaoyang-2022"
    assert [r["id"] for r in answer["reports"]] == ["shaoyang-2022", "xinshao-2022"]  # newest first, inside too
    lead = cli("--plain", "region", "邵阳").stdout.splitlines()[0]
    assert lead == "邵阳市：正在换发，2022-07 起（邵阳日报 2022-07-15，可信度高）"
    english = cli("--plain", "--lang", "en", "region", "邵阳").stdout.splitlines()[0]
    assert english == "邵阳市 (Shaoyang): issuing since 2022-07 (“邵阳日报” 2022-07-15, confidence high)"


def test_sources_are_listed_newest_first_and_the_articles_words_stay(cli: Any) -> None:
    text = cli("--plain", "region", "北京市东城区").stdout
    block = text.split("各来源的说法（最新在前）：\n")[1].split("\n\n")[0].splitlines()
    dates = [re.match(r"\s+\d+\. (\S+) ", line).group(1) for line in block]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True) and "2016-02-24" in dates and "2014" in dates
    assert "北京市\n开始时间:2014年".replace("\n", " / ") in text  # the article's own words


def test_each_sources_kind_is_worded_in_the_language_asked_and_kept_as_a_key_in_json(cli: Any) -> None:
    kinds = {s["kind"] for s in SOURCES}
    zh = [line.split("：", 1)[1] for line in cli("--plain", "sources").stdout.splitlines() if line.startswith("类型：")]
    en = [
        line.split(": ", 1)[1]
        for line in cli("--plain", "--lang", "en", "sources").stdout.splitlines()
        if line.startswith("Kind: ")
    ]
    assert len(zh) == len(en) == len(SOURCES)
    assert not set(zh) & kinds and all(re.fullmatch(r"[\u4e00-\u9fff]+", k) for k in zh)
    assert "official" in en and "third-party site" in en
    assert {s["kind"] for s in cli("sources", "--format", "json").json()} == kinds


def test_low_confidence_reports_are_flagged(cli: Any) -> None:
    low = [r for r in REPORTS if source_of(r["source"])["confidence"] == "Low"]
    assert low  # the notes' Low rows are kept, flagged
    for r in low:
        text = cli("--plain", "region", r["code"]).stdout
        line = next(x for x in text.splitlines() if r["quote"] in x)
        assert "可信度低" in line


def test_a_province_names_the_places_inside_that_are_further_on(cli: Any) -> None:
    lines = cli("--plain", "region", "云南").stdout.splitlines()
    assert lines[0].startswith("云南省：准备换发，2018 起（师宗县政府办公室 2022-03-23，可信度高）")
    assert lines[1].startswith("云南省：其下有地方已经发放")


def test_a_province_with_reports_only_inside_takes_their_stage(cli: Any) -> None:
    answer = cli("region", "贵州", "--format", "json").json()
    assert answer["records"] == [] and answer["status"] == "issuing"
    assert answer["basis"]["kind"] == "report" and answer["basis"]["id"] == "guiyang-2021"
    assert cli("--plain", "region", "贵州").stdout.startswith("贵州省：其下有地方正在换发，2021-12-01 起（贵阳市：")


# ── the next step on every region answer ──────────────────────────────────────────────────


def _places(atlas: Atlas, divisions: Divisions) -> list[Place]:
    """Every place the data names, and a spread of places it does not."""
    items: list[Region | Report] = [*atlas.dataset.regions, *atlas.dataset.reports]
    places = [p for r in items if (p := atlas._place_of(r))]
    pool = divisions.suggestion_pool()
    places += [p for code, *_ in pool[::97] if (p := divisions.place(code))]
    return places


def _check_next_step(steps: list[str], lang: str, outside: bool = False) -> None:
    assert steps and all(isinstance(s, str) and s for s in steps)
    joined = "\n".join(steps)
    if outside:
        return
    assert "12385" in joined and ("县级残联" if lang == "zh" else "county-level") in joined
    assert "2021" in joined and ("居住证" if lang == "zh" else "residence permit") in joined


@pytest.mark.slow  # every place in the data and a spread of others (test_next_step_in_every_cli_format is the fast one)
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_region_answer_carries_the_next_step(atlas: Atlas, divisions: Divisions, lang: str) -> None:
    dataset = atlas.dataset
    places = _places(atlas, divisions)
    assert len(places) > 100
    label = "下一步" if lang == "zh" else "What to do next"
    for place in places:
        query = place.code or "".join(place.path)
        answer = atlas.answer(query)
        outside = answer.status == "not_applicable"
        data = json.loads(render.to_json(shapes.region_json(answer, dataset, lang)))
        _check_next_step(data["next_step"], lang, outside)
        doc = views.region_doc(answer, dataset, lang, lambda n, c: n)
        for text in (render.plain(doc), render.rich_text(doc, 80)):
            assert label in text, query
            assert all(step[:12] in re.sub(r"\s*\n\s*", "", text) for step in data["next_step"]), query


def test_next_step_in_every_cli_format(cli: Any) -> None:
    for query in ("盘龙区", "株洲", "邵阳", "朝阳区", "宁波市高新区"):
        for lang in ("zh", "en"):
            data = cli("--lang", lang, "region", query, "--format", "json").json()
            _check_next_step(data["next_step"], lang)
            for env in ({}, {"FORCE_COLOR": "1", "COLUMNS": "100"}):
                out = cli("--lang", lang, "region", query, env=env).stdout
                assert "12385" in out and ("下一步" if lang == "zh" else "What to do next") in out


def test_a_county_answer_names_its_own_dpf(cli: Any) -> None:
    steps = cli("region", "盘龙区", "--format", "json").json()["next_step"]
    assert "盘龙区残联" in steps[0] and "河南省残疾人联合会 2020-09-14" in steps[0]


def test_ambiguous_answers_give_codes_and_commands(cli: Any) -> None:
    answer = cli("region", "朝阳区", "--format", "json").json()
    assert [c["command"] for c in answer["candidates"]] == [
        f"cardinfo region {c['code']}" for c in answer["candidates"]
    ]
    text = cli("--plain", "region", "朝阳区").stdout
    for c in answer["candidates"]:
        assert c["code"] in text and c["command"] in text
        again = cli("region", *c["command"].split()[2:], "--format", "json").json()
        assert again["place"]["code"] == c["code"] and again["status"] == c["status"]
    assert answer["next_step"][0].endswith(answer["candidates"][0]["command"])


@pytest.mark.parametrize(
    ("query", "code", "document", "issuer"),
    [
        ("香港", "810000", "殘疾人士登記證", "Central Registry for Rehabilitation"),
        ("澳门", "820000", "殘疾評估登記證", "社會工作局"),
        ("台湾", "710000", "身心障礙證明", "直轄市、縣(市)主管機關"),
    ],
)
def test_hong_kong_macau_taiwan_are_not_applicable(cli: Any, query: str, code: str, document: str, issuer: str) -> None:
    answer = cli("region", query, "--format", "json").json()
    assert answer["status"] == "not_applicable" and answer["place"]["code"] == code and answer["basis"] is None
    local = answer["not_applicable"]
    assert document in local["document"]["zh"] and issuer in local["issuer"]["zh"]
    assert all(f["source"] in {s["id"] for s in SOURCES} and f["quote"] in LATER for f in local["facts"])
    assert issuer in answer["next_step"][0]
    text = cli("--plain", "region", query).stdout
    assert "不适用" in text and "内地的残疾人证" in text and document in text and "文中没有提到" not in text
    english = cli("--plain", "--lang", "en", "region", query).stdout
    assert "not applicable" in english and "not issued here" in english


# ── sources: every URL the data uses, and nothing cited that is not listed ────────────────


def _urls_in(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set().union(*(_urls_in(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_urls_in(v) for v in value)) if value else set()
    return {value} if isinstance(value, str) and value.startswith(("http://", "https://")) else set()


def _ids_cited() -> set[str]:
    faq = load_yaml((DATA / "faq.yaml").read_text(encoding="utf-8"))
    reports = load_yaml((DATA / "reports.yaml").read_text(encoding="utf-8"))
    ids = {r["source"] for r in reports["reports"]}
    ids |= {f["source"] for n in reports["not_issued"] for f in n["facts"]}
    ids |= {e["source_id"] for e in faq["timeline"]}
    ids |= {s for step in faq["check_in_person"]["steps"] for s in step["sources"]}
    return ids


def test_sources_lists_every_url_the_data_uses(cli: Any) -> None:
    listed = cli("sources", "--format", "json").json()
    urls = {s["url"] for s in listed}
    used: set[str] = set()
    for name in ("regions.yaml", "faq.yaml", "reports.yaml"):
        used |= _urls_in(load_yaml((DATA / name).read_text(encoding="utf-8")))
    assert used <= urls, used - urls
    by_id = {s["id"]: s for s in listed}
    assert _ids_cited() <= set(by_id)
    text = cli("--plain", "sources").stdout
    assert all(s["url"] in text and s["id"] in text for s in listed)
    for s in listed:  # what each supports is stated, in words
        assert isinstance(s["supports"], list)
    assert by_id["shaoyang-2022"]["supports"] and by_id["article"]["supports"][0]["kind"] == "records"
    english = cli("--plain", "--lang", "en", "sources").stdout
    assert "confidence" in english.lower() and "What it supports" in english


def test_every_page_the_research_notes_cite_is_a_source() -> None:
    cited = set()
    for notes in (LATER, OFFICIAL):
        cited |= {u.rstrip("`:.,;") for u in re.findall(r"https?://[^\s)|<>]+", notes)}
    urls = {s["url"] for s in SOURCES}
    assert cited - TRAPS <= urls, (cited - TRAPS) - urls
    assert not urls & TRAPS


def test_report_and_timeline_quotes_are_the_sources_words(dataset: Dataset) -> None:
    for r in REPORTS:
        if r["id"] in FROM_THE_PAGE:
            assert source_of(r["source"])["url"] == FROM_THE_PAGE[r["id"]]
            continue
        assert r["quote"] in LATER, r["id"]
        row = next(line for line in LATER.splitlines() if r["quote"] in line)
        assert source_of(r["source"])["url"] in row, r["id"]  # the quote's own row names the page
    for e in dataset.timeline:
        if e.source_id != "article":
            assert e.source in LATER, e.date
    assert [e.date for e in dataset.timeline if "252号" in e.source] == ["2018"]
    assert [e.source_id for e in dataset.timeline if "171号" in e.source] == ["shizong-2022"]


def test_no_report_without_a_url_and_confidence_levels_are_the_scale() -> None:
    for lead in ("赛汗乌素村", "净月"):  # the notes' rows without a URL are never used
        assert not any(lead in r["quote"] or lead in r["place"] for r in REPORTS)
    assert {s["confidence"] for s in SOURCES} <= {"High", "Medium-High", "Medium", "Low"}
    assert sum(s["kind"] == "article" for s in SOURCES) == 1


# ── summary and export ────────────────────────────────────────────────────────────────────


def test_summary_counts_places_by_status_from_all_evidence(cli: Any, dataset: Dataset) -> None:
    s = cli("summary", "--format", "json").json()
    assert s["stated_in_source"] == {"issued": 20, "issuing": 16, "preparing": 14}
    assert sum(s["by_status"].values()) == len(dataset.regions)
    places = s["places"]
    assert sum(s["places_by_status"].values()) == len(places)
    for status, n in s["places_by_status"].items():
        assert n == sum(p["status"] == status for p in places)
    shaoyang = next(p for p in places if p["code"] == "430500")
    assert shaoyang["status"] == "issuing" and shaoyang["basis"]["kind"] == "report"
    hedong = next(p for p in places if p["code"] == "120102")
    assert hedong["status"] == "issuing"  # the record says preparing; the Tianjin report is later
    text = cli("--plain", "summary").stdout
    assert "按全部证据的地点数" in text and "文中所说" in text


# ── data check on reports and sources: every mistake in one is caught ─────────────────────


@pytest.mark.parametrize(
    ("file", "old", "new", "field", "expected"),
    fast_first(
        [
            (
                "reports.yaml",
                '    code: "430500"\n',
                '    code: "439999"\n',
                "reports[10].code",
                "no official division",
            ),
            ("reports.yaml", "    place: 邵阳市\n", "    place: 邵阳\n", "reports[10].place", "official name '邵阳市'"),
            (
                "reports.yaml",
                '    date: "2022-07"\n',
                '    date: "2022-13"\n',
                "reports[10].date",
                "real calendar date",
            ),
            ("reports.yaml", '    date: "2022-07"\n', '    date: "July 2022"\n', "reports[10].date", "expected a date"),
            ("reports.yaml", "    stage: preparing\n", "    stage: planned\n", "reports[0].stage", "expected one of"),
            ("reports.yaml", "    stage: preparing\n", "    stage: prеparing\n", "reports[0].stage", "U+0435"),
            (
                "reports.yaml",
                '    quote: "在今年年初被列入中国残联第三代残疾人证试点"\n',
                '    quote: ""\n',
                "reports[0].quote",
                "non-empty",
            ),
            (
                "reports.yaml",
                "    source: ce-beijing-2014\n",
                "    source: ce-beijing\n",
                "reports[0].source",
                "not listed",
            ),
            ("reports.yaml", "    source: ce-beijing-2014\n", "", "reports[0].source", "required key is missing"),
            (
                "reports.yaml",
                "  - id: beijing-2014-pilot-issue\n",
                "  - id: beijing-2014-pilot\n",
                "reports[1].id",
                "duplicate",
            ),
            (
                "reports.yaml",
                '    code: "430500"\n',
                "    code: null\n",
                "reports[10].within",
                "required when code is null",
            ),
            ("sources.yaml", "    confidence: High\n", "    confidence: Very High\n", "confidence", "expected one of"),
            (
                "sources.yaml",
                '    url: "https://szb.',
                '    url: "ftp://szb.',
                "sources[13].url",
                "http:// or https://",
            ),
            (
                "sources.yaml",
                '    date: "2022-07-15"\n',
                '    date: "15/07/2022"\n',
                "sources[13].date",
                "expected a date",
            ),
            ("sources.yaml", "    kind: newspaper\n", "    kind: blog\n", "kind", "expected one of"),
            (
                "faq.yaml",
                "    source_id: shizong-2022\n",
                "    source_id: nowhere\n",
                "timeline[3].source_id",
                "not listed",
            ),
            (
                "faq.yaml",
                '    - url: "http://jyzx.gddpf.org.cn/zxdt/content/post_1013411.html"\n',
                '    - url: "https://example.org/unlisted"\n',
                "check_in_person.sources[0].url",
                "address 'https://example.org/unlisted' is not listed",
            ),
            (
                "faq.yaml",
                "      sources: [thepaper-2021, sxworker-2021]\n",
                "      sources: [thepaper]\n",
                "steps[1]",
                "not listed",
            ),
        ]
    ),
)
def test_data_check_catches_each_mistake_in_a_report_or_source(
    cli: Any, data_copy: Path, file: str, old: str, new: str, field: str, expected: str
) -> None:
    path = data_copy / file
    replace(path, old, new)
    needle = new.strip().splitlines()[0] if new.strip() else ""
    once = needle and "null" not in needle and path.read_text(encoding="utf-8").count(needle) == 1
    assert_data_error(cli, data_copy, file, line_of(path, needle) if once else None, field, expected)


def test_a_caveat_citing_an_unlisted_page_is_a_data_error(cli: Any, data_copy: Path) -> None:
    path = data_copy / "faq.yaml"
    text = path.read_text(encoding="utf-8")
    first = re.search(r'^( +)url: "(https?://[^"]+)"$', text.split("topics:", 1)[1], re.M)
    assert first is not None
    replace(path, f'{first.group(1)}url: "{first.group(2)}"', f'{first.group(1)}url: "https://example.org/x"')
    assert_data_error(
        cli, data_copy, "faq.yaml", line_of(path, "https://example.org/x"), "caveats[0].url", "not listed"
    )


def test_a_report_for_a_zone_needs_a_real_within(cli: Any, data_copy: Path) -> None:
    path = data_copy / "reports.yaml"
    replace(path, '    code: "430500"\n', '    code: null\n    within: "439999"\n')
    assert_data_error(cli, data_copy, "reports.yaml", line_of(path, 'within: "439999"'), "within", "no division")


@pytest.mark.parametrize("name", ["sources.yaml", "reports.yaml"])
def test_a_missing_sources_or_reports_file_is_a_data_error(cli: Any, data_copy: Path, name: str) -> None:
    (data_copy / name).unlink()
    result = cli("--data-dir", str(data_copy), "region", "昆明")
    assert result.exit_code == 3 and result.stdout == "" and name in result.stderr
    check = cli("data", "check", str(data_copy))
    assert check.exit_code == 3 and name in check.stderr and "Traceback" not in check.stderr


def test_export_carries_sources_and_reports(cli: Any, dataset: Dataset) -> None:
    whole = cli("export").json()
    assert whole["schema_version"] == 2
    assert {s["id"] for s in whole["sources"]} == {s["id"] for s in SOURCES}
    assert [r["id"] for r in whole["reports"]] == [r["id"] for r in REPORTS]
    assert {r["source"]["id"] for r in whole["regions"]} == {"article"}
    assert [n["code"] for n in whole["not_issued"]] == ["810000", "820000", "710000", "350527", "350122400"]
