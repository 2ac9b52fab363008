#!/usr/bin/env python3
"""Compare PDF text-layer libraries for the importer (issue 24): pypdfium2, pdfminer.six, pdfplumber.

Usage::

    pip install pdfminer.six pdfplumber        # not dependencies of bangtin; only for this
    python scripts/make_corpus_forms.py /tmp/forms --form pdf
    python scripts/pdf_library_bench.py /tmp/forms/pdf

Each library gives the characters of every page with their boxes and type size; the same code
(`bangtin.importer.reading.page`) puts them in reading order and `parse_document` reads them;
the fields are scored against the answer keys as scripts/import_eval.py scores them. Prints one
table row per library: pages, seconds spent in the library, milliseconds a page, characters,
fields right, citations found. pypdfium2 won (CHANGELOG.md): the same fields, 5-15x faster.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
for _path in (REPO / "scripts", REPO / "src"):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import import_eval  # noqa: E402
from bangtin.cli.editor import load_units, theme_years  # noqa: E402
from bangtin.importer import parse_document  # noqa: E402
from bangtin.importer.reading import page as pg  # noqa: E402
from bangtin.importer.reading import pdf  # noqa: E402

Char = tuple[str, float, float, float, float, float]  # text, x0, x1, top, bottom, size


def words_of(chars: Iterable[Char]) -> Iterator[pg.Word]:
    """Characters joined into words as the pypdfium2 reader joins them."""
    current: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    size = 0.0
    for text, x0, x1, top, bottom, char_size in chars:
        if text.isspace():
            if current:
                yield pg.Word("".join(current), *box, size)
                current = []
            continue
        if current and (x0 - box[1] > 0.25 * size or abs(top - box[2]) > 0.5 * size):
            yield pg.Word("".join(current), *box, size)
            current = []
        if not current:
            box, size = [x0, x1, top, bottom], char_size
        else:
            box = [box[0], max(box[1], x1), min(box[2], top), max(box[3], bottom)]
        current.append(text)
    if current:
        yield pg.Word("".join(current), *box, size)


def pages_pypdfium2(path: Path) -> list[pg.Page]:
    return list(pdf._text_pages(path, path.read_bytes()))


def pages_pdfminer(path: Path) -> list[pg.Page]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)  # characters only, no layout analysis
    interpreter = PDFPageInterpreter(manager, device)
    out = []
    with path.open("rb") as fh:
        for page in PDFPage.get_pages(fh):
            interpreter.process_page(page)
            layout: Any = device.get_result()
            h = layout.height
            chars = [
                (c.get_text(), c.x0, c.x1, h - c.y1, h - c.y0, c.size)
                for c in layout
                if isinstance(c, LTChar)
            ]
            out.append(pg.Page(words=tuple(words_of(chars)), width=layout.width, height=h))
    return out


def pages_pdfplumber(path: Path) -> list[pg.Page]:
    import pdfplumber

    out = []
    with pdfplumber.open(path) as doc:
        for page in doc.pages:
            chars = [
                (c["text"], c["x0"], c["x1"], c["top"], c["bottom"], c["size"]) for c in page.chars
            ]
            out.append(
                pg.Page(
                    words=tuple(words_of(chars)), width=float(page.width), height=float(page.height)
                )
            )
    return out


LIBRARIES: dict[str, Callable[[Path], list[pg.Page]]] = {
    "pypdfium2": pages_pypdfium2,
    "pdfminer.six": pages_pdfminer,
    "pdfplumber": pages_pdfplumber,
}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path("/tmp/forms/pdf")
    docs = sorted(folder.glob("*.pdf"))
    units = load_units(REPO)
    years = theme_years(REPO)
    names = import_eval._UnitNames(units)
    print("| library | pages | seconds | ms a page | characters | fields right | citations |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, pages_of in LIBRARIES.items():
        scores = import_eval.Scores()
        seconds = 0.0
        pages = chars = 0
        for doc in docs:
            started = time.perf_counter()
            read = pages_of(doc)
            seconds += time.perf_counter() - started
            pages += len(read)
            chars += sum(len(w.text) for p in read for w in p.words)
            key = yaml.safe_load(doc.with_suffix(".yml").read_text(encoding="utf-8"))
            result = parse_document("\n".join(pg.page_lines(read)), units=units, theme_years=years)
            import_eval._score_document(scores, doc.stem, key, result, names)
        print(
            f"| {name} | {pages} | {seconds:.2f} | {1000 * seconds / max(pages, 1):.1f} | {chars} "
            f"| {100 * scores.fields:.1f} % | {scores.found}/{scores.cited} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
