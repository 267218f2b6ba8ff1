"""The page and the SVG in headless Chromium: they draw, fetch nothing, and axe-core finds no violations."""

from __future__ import annotations

import base64
import os
import re
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.helpers import REPO, load_script

pytestmark = pytest.mark.slow
AXE = REPO / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"
PROVINCES = "[...document.querySelectorAll('g[id]')].filter(g => /^[0-9]{6}$/.test(g.id)).length"
# axe's full rule set, violations only, as [rule, impact, nodes] so a failure says what and where.
AXE_RUN = (
    "axe.run(document, {resultTypes: ['violations']}).then(r => ({passes: r.passes.length, "
    "violations: r.violations.map(v => [v.id, v.impact, v.nodes.map(n => n.target.join(' '))])}))"
)


def _chromium_module() -> ModuleType:
    return load_script("scripts/chromium.py")


def _missing(reason: str) -> None:
    """No browser here: skip with the reason, except where CI says a browser must be there."""
    if os.environ.get("CARDINFO_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " (CARDINFO_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    chromium = _chromium_module()
    executable = chromium.find_chromium()
    if executable is None:
        _missing("no Chromium found: run .ci/browser-deps (apt-get install chromium) or set CHROMIUM")
    if not AXE.is_file():
        _missing(f"axe-core is not installed at {AXE}: run .ci/browser-deps (npm ci in tests/browser)")
    try:
        b = chromium.Chromium(executable)
    except (chromium.BrowserError, OSError) as exc:
        _missing(f"Chromium would not start: {exc}")
    yield b
    b.close()


def png_stats(data: bytes) -> tuple[int, int, int, float]:
    """(width, height, distinct colours, share of pixels that are not white) of an 8-bit RGB(A) PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    bpp = 4 if colour == 6 else 3
    raw, stride = zlib.decompress(idat), width * bpp
    previous = bytearray(stride)
    colours: set[bytes] = set()
    inked = 0
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        for x in range(0, stride, bpp):
            pixel = bytes(line[x : x + 3])
            colours.add(pixel)
            inked += pixel != b"\xff\xff\xff"
        previous = line
    return width, height, len(colours), inked / (width * height)


def check_drawn(browser: Any, expected_provinces: int = 34) -> None:
    assert browser.evaluate(PROVINCES) == expected_provinces
    # the squares really have a size on screen, not just nodes in the DOM
    sizes = browser.evaluate(
        "[...document.querySelectorAll('g.province')].map(g => { const b = g.getBBox(); return b.width * b.height; })"
    )
    assert len(sizes) == expected_provinces and min(sizes) > 1000
    png = browser.send(
        "Page.captureScreenshot", {"format": "png", "clip": {"x": 0, "y": 0, "width": 740, "height": 900, "scale": 0.4}}
    )
    width, height, colours, inked = png_stats(base64.b64decode(png["data"]))
    assert width > 200 and height > 200
    assert colours >= 6 and inked > 0.15, (colours, inked)  # the palette's fills, text and edges: not blank


def run_axe(browser: Any) -> dict[str, Any]:
    browser.evaluate(AXE.read_text(encoding="utf-8"))
    result: dict[str, Any] = browser.evaluate(AXE_RUN)
    return result


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_page_draws_fetches_nothing_and_passes_axe(browser: Any, cli: Any, tmp_path: Path, lang: str) -> None:
    page = tmp_path / "cardinfo.html"
    assert cli("--lang", lang, "export", "--format", "html", "--output", str(page)).exit_code == 0
    before = len(browser.requests())
    browser.load(page.as_uri())
    assert browser.requests()[before:] == [page.as_uri()]  # the page itself, and nothing else
    assert browser.remote_requests() == []
    assert browser.evaluate("document.documentElement.lang") == lang
    check_drawn(browser)
    result = run_axe(browser)
    assert result["violations"] == [], result["violations"]
    assert result["passes"] > 10  # axe really ran its rules over the page
    print(f"axe-core on the {lang} page: 0 violations, {result['passes']} rules passed; {page.stat().st_size} bytes")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_svg_draws_fetches_nothing_and_passes_axe(browser: Any, cli: Any, tmp_path: Path, lang: str) -> None:
    figure = tmp_path / "map.svg"
    assert cli("--lang", lang, "map", "--format", "svg", "--output", str(figure)).exit_code == 0
    before = len(browser.requests())
    browser.load(figure.as_uri(), 742, 1120)
    assert browser.requests()[before:] == [figure.as_uri()]
    check_drawn(browser)
    result = run_axe(browser)
    assert result["violations"] == [], result["violations"]
    assert result["passes"] >= 1
    print(f"axe-core on the {lang} SVG: 0 violations, {result['passes']} rules passed")


def test_the_checks_catch_a_page_that_fetches_and_fails_axe(browser: Any, tmp_path: Path) -> None:
    """The same checks on a bad page: a remote image without alt text is seen and reported."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><title>bad</title></head><body><img src="http://127.0.0.1:9/x.png"></body></html>',
        encoding="utf-8",
    )
    browser.load(bad.as_uri())
    assert "http://127.0.0.1:9/x.png" in browser.remote_requests()
    rules = {v[0] for v in run_axe(browser)["violations"]}
    assert {"image-alt", "html-has-lang"} <= rules
    with pytest.raises(AssertionError):
        check_drawn(browser)


def test_tables_sort_with_the_small_script_and_read_without_it(browser: Any, cli: Any, tmp_path: Path) -> None:
    page = tmp_path / "cardinfo.html"
    assert cli("--lang", "en", "export", "--format", "html", "--output", str(page)).exit_code == 0
    browser.load(page.as_uri())
    first_cells = "[...document.querySelectorAll('#provinces ~ table tbody tr')].map(r => r.cells[1].textContent)"
    before = browser.evaluate(first_cells)
    assert before == sorted(before)  # code order as written, before any script sorting
    browser.evaluate("document.querySelector('#provinces ~ table thead th:nth-child(2) button').click()")
    browser.evaluate("document.querySelector('#provinces ~ table thead th:nth-child(2) button').click()")
    after = browser.evaluate(first_cells)
    assert after == sorted(before, reverse=True)
    assert browser.evaluate("document.querySelector('#provinces ~ table thead th:nth-child(2)').ariaSort") == (
        "descending"
    )


def test_page_prints_on_a4(browser: Any, cli: Any, tmp_path: Path) -> None:
    page = tmp_path / "cardinfo.html"
    assert cli("export", "--format", "html", "--output", str(page)).exit_code == 0
    browser.load(page.as_uri())
    pdf = browser.send("Page.printToPDF", {"preferCSSPageSize": True})
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", data)
    assert boxes  # every page is A4: 595 x 842 points (210 x 297 mm), give or take Chromium's rounding
    assert all(abs(float(w) - 595.3) < 2 and abs(float(h) - 841.9) < 2 for w, h in boxes), set(boxes)
    browser.send("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        height_mm = browser.evaluate("document.querySelector('figure svg').getBoundingClientRect().height") / 96 * 25.4
    finally:
        browser.send("Emulation.setEmulatedMedia", {"media": ""})
    assert height_mm <= 270  # the map fits on one A4 page (297 mm less the margins)
