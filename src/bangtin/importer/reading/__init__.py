"""Readers by format: each turns one kind of file into plain NFC lines for the layout reader.

As Pelican has one reader per source format feeding one content model (STYLE.md rule 15), each
format has its reader here (`text`: .txt and .md; `docx`: Word; `pdf`: a PDF's text layer;
`ocr`: scans and photos, and PDFs without a text layer, through Tesseract), and every reader's
lines go through the same normalising and layout rules. A new format is one module with a
``read(path) -> list[str]`` function and one entry in `READERS`. Every reader reads only a
regular file within a size bound (`bounded`). `page` puts positioned words (a PDF's characters,
OCR's words) in reading order: the header's and the closing's two columns left then right,
footnotes after the text, page numbers dropped.

A reader that cannot vouch for a span writes `UNSURE` (U+FFFD) in its place: the whole number
after "Số:", the day, month or year of the date, a word of the signer's name. The layout rules
need nothing more: no number, date or name parses through it, so the field is left empty for
the editor ('CẦN ĐIỀN') rather than filled wrongly, and the editor sees the mark in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import MappingProxyType

from bangtin.importer.reading import docx, ocr, pdf, text
from bangtin.importer.result import SourceError

__all__ = ["READERS", "SUFFIXES", "UNSURE", "read_lines", "read_source"]

Reader = Callable[[Path], list[str]]

#: The reader of each file suffix (lower case).
READERS: Mapping[str, Reader] = MappingProxyType(
    {
        ".txt": text.read,
        ".md": text.read,
        ".markdown": text.read,
        ".docx": docx.read,
        ".pdf": pdf.read,
        **dict.fromkeys(ocr.IMAGE_SUFFIXES, ocr.read),
    }
)
#: What a reader writes for a span it could not read surely (see the module's docstring).
UNSURE = ocr.UNSURE
#: The suffixes the importer reads, for messages and for scanning folders.
SUFFIXES = tuple(READERS)


def read_lines(path: Path) -> list[str]:
    """The plain NFC lines of ``path``, by the reader of its suffix.

    Raises:
        SourceError: the file is of another kind, not a regular file, too large, damaged, or in
            an unknown encoding (the message names the file, in Vietnamese).
    """
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SourceError(
            f"{path}: chỉ nhập được tệp .txt, .md, .docx, .pdf hoặc ảnh chụp, ảnh quét "
            f"(.png, .jpg, .tif; tệp này là {path.suffix.lower()!r})"
        )
    return reader(path)


def read_source(path: Path) -> str:
    """The text of ``path`` (its lines joined with ``\\n``); see `read_lines`."""
    return "\n".join(read_lines(path))
