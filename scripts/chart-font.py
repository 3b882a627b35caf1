#!/usr/bin/env python3
"""Make crates/document/fonts/sarabun-chart.ttf, the font of the charts drawn as pictures for
the documents: the app's own Sarabun 400 woff2 subsets (assets/fonts, SIL OFL 1.1), Latin and
Thai, decompressed and merged into one TrueType font (glyphs, GSUB and GPOS kept, so that Thai
marks stack as in the app). Needs fontTools with brotli (Debian: python3-fonttools,
python3-brotli). Run from the repository's root; the result is committed."""

import sys
import tempfile
from pathlib import Path

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

SRC = Path("assets/fonts")
OUT = Path("crates/document/fonts/sarabun-chart.ttf")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for subset in ("latin", "thai"):
            font = TTFont(SRC / f"sarabun-{subset}-400-normal.woff2")
            font.flavor = None
            path = Path(tmp) / f"{subset}.ttf"
            font.save(path)
            parts.append(str(path))
        Merger().merge(parts).save(OUT)
    print(f"{OUT}: {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
