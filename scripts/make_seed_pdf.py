#!/usr/bin/env python3
"""Make the sample's original: directives/2024/2078-cv-duk.pdf, the seed text as an office's PDF.

Usage::

    python scripts/make_seed_pdf.py            # writes directives/2024/2078-cv-duk.pdf
    python scripts/make_seed_pdf.py OUT.pdf

The seed text (tests/fixtures/seed/2078-CV-DUK.txt) is laid out by fpdf2, a PDF library
independent of the portal's print view, in Liberation Serif (Debian's fonts-liberation), with the
official two-column header, the way `make_corpus_forms.py` lays out the corpus (its layout is
used as it is). The directive's front-matter lists the file under ``files:`` as "Văn bản gốc".

The file is committed: a build never runs this script. The output is the same for the same text
and fonts (no creation date is written), so running it again changes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "fixtures" / "seed" / "2078-CV-DUK.txt"
TARGET = REPO / "directives" / "2024" / "2078-cv-duk.pdf"
# What the layout needs to know of the document: its header lines, type and signer (from the
# seed directive's front-matter).
KEY: dict[str, object] = {
    "header": ["ĐẢNG BỘ TỈNH BÌNH THUẬN", "ĐẢNG ỦY KHỐI", "CƠ QUAN VÀ DOANH NGHIỆP TỈNH"],
    "type": "Công văn",
    "signer": {"name": "Phạm Thị Tố Loan", "title": "Phó Bí thư", "authority": "T/M Ban Thường vụ"},
}

ISSUED = dt.datetime(2024, 3, 7, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def _forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_corpus_forms", REPO / "scripts" / "make_corpus_forms.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_corpus_forms"] = module
    spec.loader.exec_module(module)
    return module


def seed_pdf() -> bytes:
    """The seed document as a PDF with a text layer, dated on its day of issue."""
    from fpdf import FPDF

    forms = _forms()
    lines = SEED.read_text(encoding="utf-8").splitlines()
    # fpdf2 stamps the clock's time (and an /ID made from the bytes) into the file: the
    # document's own date makes the same text give the same bytes.
    output = FPDF.output

    def dated(self: FPDF, *args: object, **kwargs: object) -> object:
        self.creation_date = ISSUED
        return output(self, *args, **kwargs)

    FPDF.output = dated  # type: ignore[method-assign,assignment]
    try:
        data: bytes = forms.draw_pdf(forms.layout_blocks(lines, KEY), title="2078-CV/ĐUK")
    finally:
        FPDF.output = output  # type: ignore[method-assign]
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    data = seed_pdf()
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
