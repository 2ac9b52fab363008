"""Which files of docs_dir may be published: the kinds a browser shows without running anything.

MkDocs copies every file of docs_dir into the site, where it is served from the portal's origin.
An HTML, SVG or XHTML file (and an XML file with a stylesheet) runs its scripts there when
opened, and loads a JavaScript file beside it under the portal's own CSP (`script-src 'self'`).
The kinds that may be published are therefore listed (an allow-list, so that a kind nobody
thought of is refused rather than run); anything else is an error before the build starts.
"""

from __future__ import annotations

import os
from pathlib import Path

from bangtin.core.model import ContentError

__all__ = ["PUBLISHABLE", "unpublishable_files"]

#: Pages, data files the loader reads, pictures, documents, sound and video, archives.
PUBLISHABLE = frozenset(
    {
        ".md", ".yml", ".yaml",
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".bmp",
        ".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".csv",
        ".xls", ".xlsx", ".ods", ".ppt", ".pptx", ".odp",
        ".mp3", ".m4a", ".ogg", ".wav", ".mp4", ".webm",
        ".zip", ".rar", ".7z",
    }
)  # fmt: skip

_MESSAGE = (
    "loại tệp «{kind}» không được đăng trong {docs}/: tệp HTML, SVG, XML hay JavaScript chạy mã "
    "trên cổng khi mở; chỉ dùng trang .md, ảnh (.png, .jpg, .gif, .webp), tài liệu (.pdf, "
    ".docx, .xlsx, .pptx, .odt, .txt, .csv), âm thanh, video hoặc tệp nén (.zip); sơ đồ, hình "
    "vẽ SVG hãy xuất ra PNG hoặc PDF (xem «Hướng dẫn biên tập», mục Tệp đính kèm)"
)


def unpublishable_files(root: Path, docs: Path) -> list[ContentError]:
    """One error per file under ``docs`` whose kind is not `PUBLISHABLE` (by its suffix, in any
    case). Hidden files and folders are skipped: MkDocs does not publish them."""
    errors: list[ContentError] = []
    if not docs.is_dir() or docs.is_symlink():
        return errors
    for dirpath, dirnames, filenames in os.walk(docs):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            suffix = os.path.splitext(name)[1].lower()
            if name.startswith(".") or suffix in PUBLISHABLE:
                continue
            path = Path(dirpath) / name
            shown = path.relative_to(root) if path.is_relative_to(root) else path
            errors.append(
                ContentError(
                    shown.as_posix(),
                    1,
                    _MESSAGE.format(kind=suffix or name, docs=docs.name),
                )
            )
    return errors
