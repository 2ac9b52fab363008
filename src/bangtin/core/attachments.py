"""Files kept beside a directive (its original, annexes): checked, named for the site, described.

A directive's files sit in its own folder, next to its Markdown file (``directives/2024/
2078-cv-duk.pdf`` beside ``directives/2024/2078-cv-duk.md``), and are named in its front-matter
(``files:``) by a path relative to that folder. The build copies them next to the directive's
page under a name made of ASCII letters, digits and hyphens, which every server sends and every
browser saves as it is. Only the records an audience may see give files to its build, so the
audience filter decides for the files as it does for the pages.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bangtin.core.model import ContentError, Directive, FileRef, Signature
from bangtin.core.published import PUBLISHABLE
from bangtin.core.text import slugify

__all__ = [
    "DEFAULT_MAX_MB",
    "KINDS",
    "Download",
    "check_files",
    "downloads",
    "file_problem",
    "file_refs",
    "signature_record",
    "size_text",
]

#: The size limit of one file when mkdocs.yml sets none (plugin option ``attachment_max_mb``).
DEFAULT_MAX_MB = 50
MB = 1024 * 1024
#: What may be attached: what content/ may publish (a browser shows it without running
#: anything), but Markdown and YAML, which MkDocs would take for pages and data.
KINDS = PUBLISHABLE - {".md", ".yml", ".yaml"}
_PLACEHOLDER = "tep"


@dataclass(frozen=True, slots=True, kw_only=True)
class Download:
    """One file of a directive as its page offers it.

    Attributes:
        name: the file's name in the site, beside the page (``2078-cv-duk.pdf``).
        label: what the page calls it ("Văn bản gốc", "Phụ lục 1"); the name as written if none.
        kind: the kind shown to readers ("PDF", "DOCX").
        size: its size in bytes.
        source: where it is on disk.
        digest_key: what changes when the file does (size, time of change), for page reuse.
    """

    name: str
    label: str
    kind: str
    size: int
    source: Path
    digest_key: tuple[int, int]

    @property
    def size_text(self) -> str:
        return size_text(self.size)


def size_text(size: int) -> str:
    """A size as readers read it: "245 KB", "1,2 MB" (a decimal comma), "512 byte"."""
    if size < 1024:
        return f"{size} byte"
    if size < MB:
        return f"{round(size / 1024)} KB"
    return f"{size / MB:.1f} MB".replace(".", ",")


def file_refs(data: list[dict[str, Any]] | None) -> tuple[FileRef, ...]:
    """The ``files:`` items as the loader converted them (maps with their line)."""
    return tuple(
        FileRef(path=item["path"], label=item.get("label", ""), line=item.get("__line__", 0))
        for item in data or ()
        if item.get("path")
    )


def signature_record(
    data: dict[str, Any] | None,
) -> tuple[Signature | None, tuple[int, str] | None]:
    """The ``signed:`` map as a `Signature`, and the line and message of a time not written as
    one (None when it is)."""
    if not data:
        return None, None
    lines: dict[str, int] = data.get("__lines__", {})
    when = None
    problem = None
    if text := data.get("time"):
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            problem = (
                lines.get("time", data.get("__line__", 1)),
                f"«signed.time»: «{text}» không phải thời điểm; viết dạng 2024-03-07T14:35:00+07:00",
            )
    signature = Signature(
        name=data.get("name", ""),
        organisation=data.get("organisation", ""),
        time=when,
        intact=bool(data.get("intact", False)),
        verified=bool(data.get("verified", False)),
        line=data.get("__line__", 0),
    )
    return signature, problem


def file_problem(folder: Path, value: str, max_bytes: int) -> str | None:
    """Why ``value`` (a ``files:`` path) may not be published from ``folder``; None if it may.

    The path must stay inside the folder of the directive's file, name a regular file reached
    through no symlink, be of a kind a browser shows without running anything and weigh at most
    ``max_bytes``.
    """
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return "có ký tự điều khiển (NUL, xuống dòng...)"
    if "\\" in value:
        return "có dấu «\\»; đường dẫn chỉ dùng dấu «/»"
    if value.startswith(("/", "~")) or (len(value) > 1 and value[1] == ":"):
        return "là đường dẫn tuyệt đối; hãy ghi tên tệp tính từ thư mục của tệp .md"
    parts = value.split("/")
    if any(p in {"", ".", ".."} for p in parts):
        return "ra ngoài thư mục của văn bản (có «..», «.» hoặc «//»)"
    if any(p.startswith(".") for p in parts):
        return "là tệp ẩn (tên bắt đầu bằng dấu chấm)"
    suffix = os.path.splitext(parts[-1])[1].lower()
    if suffix not in KINDS:
        return (
            f"là loại tệp «{suffix or parts[-1]}» không được đăng: chỉ nhận tài liệu (.pdf, .docx, "
            ".doc, .xlsx, .xls, .odt, .ods, .pptx), ảnh (.jpg, .png), tệp nén (.zip); tệp HTML, "
            "SVG hay JavaScript chạy mã trên cổng khi mở"
        )
    path = folder
    for part in parts:
        path = path / part
        try:
            mode = os.lstat(path).st_mode
        except OSError:
            return "không có trong thư mục của văn bản"
        if stat.S_ISLNK(mode):
            return "là liên kết tượng trưng (symlink); hãy đặt chính tệp vào thư mục"
    if not stat.S_ISREG(mode):
        return "không phải một tệp thường"
    size = os.lstat(path).st_size
    if size > max_bytes:
        return (
            f"nặng {size_text(size)}, quá giới hạn {size_text(max_bytes)} cho một tệp; hãy nén "
            "hoặc tách tệp, hoặc tăng attachment_max_mb của plugin bangtin trong mkdocs.yml"
        )
    return None


def check_files(
    root: Path, directives: Iterable[Directive], max_bytes: int = DEFAULT_MAX_MB * MB
) -> list[ContentError]:
    """One ``path:line`` error for each ``files:`` item that may not be published."""
    errors: list[ContentError] = []
    for d in directives:
        folder = (root / d.path).parent
        for ref in d.files:
            problem = file_problem(folder, ref.path, max_bytes)
            if problem:
                shown = "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in ref.path)
                errors.append(ContentError(d.path, ref.line or 1, f"«files»: «{shown}» {problem}"))
    return errors


def downloads(root: Path, d: Directive, max_bytes: int = DEFAULT_MAX_MB * MB) -> list[Download]:
    """The files of ``d`` its page offers, in the order written, each under its own name.

    A file that may not be published is left out (the loader has reported it).
    """
    folder = (root / d.path).parent
    out: list[Download] = []
    taken: set[str] = set()
    for ref in d.files:
        if file_problem(folder, ref.path, max_bytes):
            continue
        source = folder / ref.path
        info = source.stat()
        name = _unique(_site_name(ref.path), taken)
        taken.add(name)
        out.append(
            Download(
                name=name,
                label=ref.label or ref.path.rsplit("/", 1)[-1],
                kind=source.suffix.lstrip(".").upper(),
                size=info.st_size,
                source=source,
                digest_key=(info.st_size, info.st_mtime_ns),
            )
        )
    return out


def _site_name(value: str) -> str:
    """The file's name in the site: its name folded to ASCII letters, digits and hyphens, so a
    server's Content-Disposition and a browser's saved file keep it whole."""
    base = value.rsplit("/", 1)[-1]
    stem, suffix = os.path.splitext(base)
    return f"{slugify(stem) or _PLACEHOLDER}{suffix.lower()}"


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    stem, suffix = os.path.splitext(name)
    n = 2
    while f"{stem}-{n}{suffix}" in taken:
        n += 1
    return f"{stem}-{n}{suffix}"
