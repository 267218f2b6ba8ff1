"""Render docs/map.png (the README's picture) from `cardinfo map --format svg` with headless Chromium.

    python scripts/render_map_png.py [--lang zh|en] [--output docs/map.png]

Needs Chromium and a CJK font (.ci/browser-deps installs both); uses the same DevTools pipe
client as the browser tests (scripts/chromium.py), so the picture is what those tests check.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from chromium import Chromium, find_chromium  # beside this script, which Python puts first on sys.path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["zh", "en"], default="zh")
    parser.add_argument("--output", type=Path, default=REPO / "docs" / "map.png")
    args = parser.parse_args()
    executable = find_chromium()
    if executable is None:
        print("render_map_png: no Chromium found; run .ci/browser-deps", file=sys.stderr)
        return 1
    fonts = (
        subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout
        if shutil.which("fc-list")
        else ""
    )
    if not fonts.strip():
        print("render_map_png: warning: no Chinese font installed; names will not draw", file=sys.stderr)
    with tempfile.TemporaryDirectory() as folder:
        svg = Path(folder) / "map.svg"
        subprocess.run(
            [sys.executable, "-m", "cardinfo", "--lang", args.lang, "map", "--format", "svg", "--output", str(svg)],
            check=True,
        )
        text = svg.read_text(encoding="utf-8")
        width = int(text.split(' width="', 1)[1].split('"', 1)[0])
        height = int(text.split(' height="', 1)[1].split('"', 1)[0])
        with Chromium(executable) as browser:
            browser.load(svg.as_uri(), width, height)
            if browser.remote_requests():
                print(f"render_map_png: the SVG asked for {browser.remote_requests()}", file=sys.stderr)
                return 1
            png = browser.screenshot(full_page=False)
    args.output.write_bytes(png)
    print(f"{args.output}: {width}x{height}, {len(png)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
