"""Write data/lookalikes.csv: for each character of a place's name (county level and above), the
characters that look most like it, so that a name typed with one misread character after the place
it lies in (安徽毫州 for 亳州, 郑州荣阳 for 荥阳) can be found.

Run (not part of the index build; the CSV is committed and read by scripts/build_places.py):
    python scripts/build_lookalikes.py [--font /usr/share/fonts/truetype/wqy/wqy-microhei.ttc]
Needs Pillow and NumPy (not dependencies of cardinfo) and the WenQuanYi Micro Hei font (Debian:
fonts-wqy-microhei). The font is not copied: only the likeness figures its glyphs give are kept.

How: every character is drawn at SIZE pixels in the font, its ink thickened by one pixel; two
characters' likeness is the share of ink they have in common (intersection over union). A character
of a place's name is paired with the KEEP characters of data/lexicon.csv (jieba's words: characters
people type) likest to it, those whose likeness is LIKENESS or more. The measure is rough: it pairs
characters that differ in one part (亳 毫, 荥 荣, 淅 浙, 泸 沪) but also some that share only thin
strokes (州 蚹); the resolver uses a pair only where the place the name lies in is written before it
and one place of that place's own fits (see `one_typo`).

A second measure pairs a character with its right-hand part written alone, the part that gives it its
sound (港 巷, 淀 定, 喀 客: the radical left off), which the whole-glyph measure ranks low among rare
characters: the character drawn with its left side (a quarter to nearly half) cut off and stretched back
to its box, against the COMMON characters the lexicon's words use most (people type common ones). The
likest is kept when its likeness is PART_LIKENESS or more and clearly ahead of the next (PART_MARGIN): a
part like many characters (道's 首) pairs with none.
"""

from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SIZE = 48
LIKENESS = 0.62  # below this, two characters differ in more than one small part
KEEP = 8
PART_LIKENESS = 0.78
PART_MARGIN = 0.03
COMMON = 4500
_CUTS = (0.25, 0.3, 0.35, 0.4, 0.45)  # how much of a character's left side a radical takes


def _drawn(ch: str, font: Any) -> Any:
    from PIL import Image, ImageDraw

    image = Image.new("L", (SIZE, SIZE), 0)
    ImageDraw.Draw(image).text((0, -SIZE // 8), ch, fill=255, font=font)
    return image


def _ink(image: Any) -> Any:
    """A drawn character as a row of 0/1, its ink thickened by a pixel."""
    import numpy as np
    from PIL import ImageFilter

    return np.asarray(image.filter(ImageFilter.MaxFilter(3))).reshape(-1) > 96


def _glyphs(chars: list[str], font_path: str) -> Any:
    import numpy as np
    from PIL import ImageFont

    font = ImageFont.truetype(font_path, SIZE)
    return np.array([_ink(_drawn(ch, font)) for ch in chars], dtype=np.float32)


def _right_parts(ch: str, font: Any) -> Any:
    """`ch` drawn with the left side cut off at each of _CUTS, what is left stretched back to its box."""
    import numpy as np
    from PIL import Image

    image = _drawn(ch, font)
    x0, y0, x1, y1 = image.getbbox() or (0, 0, SIZE, SIZE)
    parts = []
    for cut in _CUTS:
        part = image.crop((x0 + int((x1 - x0) * cut), y0, x1, y1)).resize((x1 - x0, y1 - y0))
        box = Image.new("L", (SIZE, SIZE), 0)
        box.paste(part, (x0, y0))
        parts.append(_ink(box))
    return np.array(parts, dtype=np.float32)


def _likeness(a: Any, b: Any) -> Any:
    """Shared ink over all ink, each row of `a` against each of `b`."""
    import numpy as np

    both = a @ b.T
    return both / np.maximum(a.sum(1)[:, None] + b.sum(1)[None, :] - both, 1)


def _part_pairs(placed: list[str], common: list[str], font_path: str) -> list[tuple[str, str, str]]:
    """(character, the one common character its right-hand part looks like, likeness) by the second measure."""
    import numpy as np
    from PIL import ImageFont

    font = ImageFont.truetype(font_path, SIZE)
    ink = _glyphs(common, font_path)
    pairs = []
    for ch in placed:
        best = _likeness(_right_parts(ch, font), ink).max(0)
        best[[k for k, other in enumerate(common) if other == ch]] = 0
        first, second = np.argsort(-best)[:2]
        if best[first] >= PART_LIKENESS and best[first] - best[second] >= PART_MARGIN:
            pairs.append((ch, common[first], f"{best[first]:.3f}"))
    return pairs


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--font", default="/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "lookalikes.csv")
    args = parser.parse_args()
    with (ROOT / "data" / "divisions" / "divisions.csv").open(encoding="utf-8", newline="") as handle:
        names = [r["name"] for r in csv.DictReader(handle) if r["level"] in ("province", "prefecture", "county")]
    placed = sorted({ch for name in names for ch in name if "\u4e00" <= ch <= "\u9fff"})
    text = (ROOT / "data" / "lexicon.csv").read_text(encoding="utf-8")
    lexicon = csv.DictReader(line for line in text.splitlines() if line[:1] != "#")
    use: Counter[str] = Counter()
    for row in lexicon:
        for ch in set(row["word"]):
            use[ch] += int(row["count"])
    typed = sorted({ch for ch in use if "\u4e00" <= ch <= "\u9fff"} - set(placed))
    likeness = _likeness(_glyphs(placed, args.font), _glyphs([*placed, *typed], args.font))
    others = [*placed, *typed]
    rows = []
    for i, ch in enumerate(placed):
        likeness[i, i] = 0  # (itself)
        for j in np.argsort(-likeness[i])[:KEEP]:
            if likeness[i, j] >= LIKENESS:
                rows.append((ch, others[j], f"{likeness[i, j]:.3f}"))
    common = [ch for ch, _ in use.most_common() if "\u4e00" <= ch <= "\u9fff"][:COMMON]
    seen = {(a, b) for a, b, _ in rows}
    rows += [row for row in _part_pairs(placed, common, args.font) if row[:2] not in seen]
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            f"# generated by scripts/build_lookalikes.py from the glyphs of WenQuanYi Micro Hei at {SIZE} px "
            f"(likeness: shared ink over all ink, {LIKENESS} at least, {KEEP} per character at most; then a "
            f"character's right-hand part against the {COMMON} commonest characters, {PART_LIKENESS} at least)\n"
        )
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["char", "lookalike", "likeness"])
        writer.writerows(rows)
    print(f"wrote {args.out}: {len(rows)} pairs for {len({r[0] for r in rows})} of {len(placed)} characters")


if __name__ == "__main__":
    main()
