"""The reader of PDF files: the text layer in reading order, or the pages through OCR.

The text layer is read with pypdfium2 (PDFium, Apache-2.0/BSD): in a measurement on the corpus
laid out as PDFs (scripts/make_corpus_forms.py) it gave the same fields as pdfminer.six and
pdfplumber, many times faster (CHANGELOG.md, issue 24). Each character comes with its box and
type size; `page.page_lines` puts them in reading order (two-column header and closing, page
numbers dropped, footnotes after the text). A PDF without a text layer (a scan) goes to the OCR
reader; so does one whose text layer is only a scanner's stray marks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from bangtin.core.text import nfc
from bangtin.importer.reading.bounded import open_regular
from bangtin.importer.reading.page import Page, Word, page_lines
from bangtin.importer.reading.pdfium import open_document

MAX_PDF_BYTES = 200 << 20  # a 300-page scan at 300 dpi; a text PDF is a hundredth of that
# Fewer characters than this per page on average: no text layer worth reading (a scan with an
# OCR'd page number, a stamp's text), so the pages are read by OCR.
MIN_CHARS_PER_PAGE = 40


def read(path: Path) -> list[str]:
    """The lines of a PDF: its text layer in reading order, or its pages through OCR."""
    # The file is not read whole: PDFium takes what each page needs, and a 100-page scan (70 MB
    # of pictures) never sits in memory beside its pages.
    with open_regular(path, MAX_PDF_BYTES) as data:
        pages = list(_text_pages(path, data))
        chars = sum(len(w.text) for p in pages for w in p.words)
        if chars < MIN_CHARS_PER_PAGE * max(len(pages), 1) and (not chars or _pictures(path, data)):
            from bangtin.importer.reading import ocr

            return ocr.read_pdf(path, data)
    from bangtin.importer.reading.ocr import join_cut_places

    return [nfc(line) for line in join_cut_places(page_lines(pages))]


def _pictures(path: Path, data: BinaryIO) -> bool:
    """Whether a page holds a picture: a short text layer beside one is a scan's stray marks;
    without one it is the document's whole text ("phap luat nghi quyet 12 nq cp 2021", a
    site's slug; made up, draw10/2215's shape as a PDF: OCR of the rendered line read "nq" as
    "ng", a wrong number). OCR reads pictures, and a page without one has none."""
    import pypdfium2 as pdfium

    doc = open_document(path, data)
    assert isinstance(doc, pdfium.PdfDocument)
    try:
        for index in range(len(doc)):
            page = doc[index]
            try:
                kinds = (pdfium.raw.FPDF_PAGEOBJ_IMAGE,)
                if next(iter(page.get_objects(filter=kinds, max_depth=2)), None) is not None:
                    return True
            finally:
                page.close()
        return False
    finally:
        doc.close()


def _text_pages(path: Path, data: BinaryIO) -> Iterator[Page]:
    import pypdfium2 as pdfium

    doc = open_document(path, data)
    assert isinstance(doc, pdfium.PdfDocument)
    try:
        for index in range(len(doc)):
            page = doc[index]
            try:
                width, height = page.get_size()
                textpage = page.get_textpage()
                try:
                    words = tuple(_words(textpage, height))
                finally:
                    textpage.close()
            finally:
                page.close()
            yield Page(words=words, width=width, height=height)
    finally:
        doc.close()


def _words(textpage: object, height: float) -> Iterator[Word]:
    """The words of a page: characters joined until a space or a gap, y measured downwards."""
    import pypdfium2.raw as raw

    handle = textpage.raw  # type: ignore[attr-defined]
    current: list[str] = []
    box = [0.0, 0.0, 0.0, 0.0]
    size = 0.0
    spaces = 0
    for i in range(raw.FPDFText_CountChars(handle)):
        char = chr(raw.FPDFText_GetUnicode(handle, i) or 32)
        if char.isspace() or char in "\ufffe\uffff\x00":
            spaces = spaces + 1 if char == " " else -99  # a line break ends a run
            if current:
                yield Word("".join(current), box[0], box[1], box[2], box[3], size)
                current = []
            continue
        # The loose box (font ascent to descent) is the same height for every letter, so
        # "Đ", "ộ" and "a" of one line share a middle whatever their marks.
        rect = raw.FS_RECTF()
        raw.FPDFText_GetLooseCharBox(handle, i, rect)
        x0, x1 = rect.left, rect.right
        y0, y1 = height - rect.top, height - rect.bottom
        char_size = raw.FPDFText_GetFontSize(handle, i)
        if spaces >= 4 and abs(y0 - box[2]) < 0.5 * size:
            # A run of spaces between two words of a line is where a copy put two cells on one
            # line; the normaliser cuts there, as in a text file.
            yield Word("   ", box[1], x0, box[2], box[3], size)
        spaces = 0
        if current and (x0 - box[1] > 0.25 * size or abs(y0 - box[2]) > 0.5 * size):
            yield Word("".join(current), box[0], box[1], box[2], box[3], size)
            current = []
        if not current:
            box = [x0, x1, y0, y1]
            size = char_size
        else:
            box = [box[0], max(box[1], x1), min(box[2], y0), max(box[3], y1)]
        current.append(char)
    if current:
        yield Word("".join(current), box[0], box[1], box[2], box[3], size)
