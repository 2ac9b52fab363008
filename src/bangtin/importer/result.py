"""The importer's record of one document: the keys it writes, in order, and what it found."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from bangtin.core.numbers import DocNumber, parse_number

# The key order of the hand-made sample directives/2024/2078-cv-duk.md, so imported files read alike.
FIELD_ORDER = (
    "number",
    "date",
    "place",
    "issuer",
    "header",
    "type",
    "subject",
    "signer",
    "to",
    "cc",
    "relations",
    "themes",
    "tags",
    "visibility",
    "status",
)

# What an editor must fill in by hand when the importer could not find it, said in Vietnamese.
MISSING_HINTS = {
    "number": "số và ký hiệu, ví dụ 2078-CV/ĐUK",
    "date": "ngày ban hành, dạng 2024-03-07",
    "place": "địa danh ghi trước ngày tháng",
    "issuer": "cơ quan ban hành (mã đơn vị trong content/units.yml)",
    "type": "tên loại văn bản, ví dụ Công văn",
    "subject": "trích yếu nội dung",
    "signer": "người ký (họ tên, chức vụ, thẩm quyền ký)",
    "to": "nơi gửi (Kính gửi)",
    "cc": "nơi nhận",
}


class SourceError(ValueError):
    """A source file that cannot be read as text; the message is for editors, in Vietnamese."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportResult:
    """What the importer found in one document.

    Attributes:
        fields: the front-matter values in our format, keyed as in FIELD_ORDER: strings, a
            ``datetime.date``, tuples of strings, a signer mapping and a relations mapping
            (kind value -> tuple of numbers).
        body: the document body as Markdown, footnotes at the end.
        missing: the keys it could not find (left empty in the output).
        notes: remarks for the editor, in Vietnamese.
    """

    fields: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    body: str = ""
    missing: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def number(self) -> DocNumber | None:
        """The parsed document number, or None when it was not found."""
        text = self.fields.get("number")
        return parse_number(text) if isinstance(text, str) and text else None
