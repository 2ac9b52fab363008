"""The imported file kept beside its directive: where it goes and the front-matter naming it.

``bangtin import 2078.pdf`` writes ``directives/2024/2078-cv-duk.md`` and keeps the PDF as
``directives/2024/2078-cv-duk.pdf``, listed under ``files:`` as "Văn bản gốc" (with ``signed:``
when the PDF is signed), so that the directive's page offers the original to download. Text
sources (.txt, .md) are not originals and are not kept.
"""

from __future__ import annotations

from pathlib import Path

from bangtin.core.attachments import DEFAULT_MAX_MB, KINDS, MB, size_text
from bangtin.importer.render import yaml_scalar
from bangtin.importer.signature import signed_lines

__all__ = ["ORIGINAL_LABEL", "Original", "add_front_matter", "original_for"]

ORIGINAL_LABEL = "Văn bản gốc"
# Formats that are documents as received; a .txt or .md is a copy of a text, not an original.
_TEXT = {".txt", ".md", ".markdown"}


class Original:
    """The original of one import: its bytes, its place beside the directive, its front-matter."""

    def __init__(self, source: Path, directive: Path, data: bytes) -> None:
        self.source = source
        self.target = directive.with_suffix(source.suffix.lower())
        self.data = data

    def front_matter(self) -> list[str]:
        """The ``files:`` lines naming it, and ``signed:`` for a signed PDF."""
        lines = [
            "files:",
            f"  - path: {yaml_scalar(self.target.name)}",
            f"    label: {ORIGINAL_LABEL}",
        ]
        if self.target.suffix == ".pdf":
            lines += signed_lines(self.data)
        return lines


def original_for(source: Path, directive: Path) -> tuple[Original | None, str]:
    """The original of ``source`` to keep beside ``directive`` (its .md path), or None and why
    not ("" for a text source, which is not kept)."""
    suffix = source.suffix.lower()
    if suffix in _TEXT:
        return None, ""
    if suffix not in KINDS:
        return None, f"không giữ bản gốc: loại tệp {suffix} không đăng được trên cổng"
    try:
        size = source.stat().st_size
        if size > DEFAULT_MAX_MB * MB:
            return None, (
                f"không giữ bản gốc: tệp nặng {size_text(size)}, quá giới hạn {DEFAULT_MAX_MB} MB"
            )
        data = source.read_bytes()
    except OSError as exc:
        return None, f"không đọc được bản gốc để giữ lại ({exc.strerror})"
    return Original(source, directive, data), ""


def add_front_matter(markdown: str, lines: list[str]) -> str:
    """``markdown`` with ``lines`` added at the end of its front-matter."""
    if not lines:
        return markdown
    head, sep, rest = markdown.partition("\n---\n")
    if not sep:
        return markdown
    return head + "\n" + "\n".join(lines) + sep + rest
