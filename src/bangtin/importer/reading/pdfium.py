"""Opening a PDF with PDFium (pypdfium2), for the text-layer reader and the OCR reader alike."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from bangtin.importer.result import SourceError

MAX_PAGES = 2000


def open_document(path: Path, data: bytes | BinaryIO) -> object:
    """The pdfium document of ``data`` (bytes, or an open file PDFium reads as it needs: it
    must stay open while the document is); a damaged or encrypted file is a `SourceError`."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        why = "có mật khẩu" if "password" in str(exc).lower() else "hỏng hoặc không phải PDF"
        raise SourceError(
            f"{path}: không mở được tệp PDF ({why}); hãy mở tệp và lưu lại (In ra PDF)"
        ) from exc
    if len(doc) > MAX_PAGES:
        doc.close()
        raise SourceError(f"{path}: tệp PDF quá nhiều trang ({len(doc)}; tối đa {MAX_PAGES})")
    return doc
