"""The records built from one document's checked front-matter.

Directives (their type and issuer from the number when not written, relations, tasks,
attachments), themes, practices and news.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from bangtin.core.attachments import file_refs, signature_record
from bangtin.core.frontmatter import Document, YMap, YScalar, YSeq, YValue
from bangtin.core.model import (
    Directive,
    DocType,
    NewsItem,
    PostSpec,
    Practice,
    PracticeField,
    PracticeStatus,
    Relation,
    RelationKind,
    Signer,
    Status,
    Task,
    Theme,
    Visibility,
)
from bangtin.core.numbers import DocNumber
from bangtin.core.read import Checker
from bangtin.core.text import fold, slugify

__all__ = ["build_directive", "build_news", "build_practice", "build_theme", "directive_order"]

# Names Windows cannot create, with or without an extension: a portal copied to a Windows share
# (or built there) would lose the file or write to a device.
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_PATH_FORBIDDEN = set('<>:"|?*')
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def _post(data: dict[str, Any] | None) -> PostSpec | None:
    if not data:
        return None
    return PostSpec(
        hook=data.get("hook", ""),
        points=tuple(data.get("points", ())),
        hashtags=tuple(data.get("hashtags", ())),
        channels=tuple(data.get("channels", ())),
        publish_on=data.get("publish_on"),
        image_alt=data.get("image_alt", ""),
    )


def build_directive(
    doc: Document,
    data: dict[str, Any],
    check: Checker,
    code_to_unit: dict[str, tuple[str, ...]],
    docs: Path | None = None,
) -> Directive | None:
    """The directive of a checked document, or None when a required value is missing."""
    if docs is not None and doc.meta is not None:
        _check_attachments(doc.meta, data.get("attachments", ()), check, docs)
    number: DocNumber | None = data.get("number")
    date: dt.date | None = data.get("date")
    subject = data.get("subject")
    if number is None or date is None or not subject:
        return None
    lines: dict[str, int] = data["__lines__"]
    doc_type = data.get("type")
    if doc_type is None:
        doc_type = _type_from_number(number, lines, check)
    if doc_type is None:
        return None
    issuer = data.get("issuer", "") or _issuer_from_number(number, lines, check, code_to_unit)
    signer = None
    if sd := data.get("signer"):
        signer = Signer(
            name=sd.get("name", ""), title=sd.get("title", ""), authority=sd.get("authority", "")
        )
    reports_on = tuple(data.get("reports_on", ()))
    relations = _relations(data, reports_on, lines)
    signed, problem = signature_record(data.get("signed"))
    if problem:
        check.error(*problem)
    tasks = _tasks(data.get("tasks", ()))
    return Directive(
        path=doc.path,
        number=number,
        date=date,
        type=doc_type,
        subject=subject,
        place=data.get("place", ""),
        issuer=issuer,
        header=tuple(data.get("header", ())),
        signer=signer,
        to=tuple(data.get("to", ())),
        cc=tuple(data.get("cc", ())),
        relations=relations,
        themes=tuple(data.get("themes", ())),
        tags=tuple(data.get("tags", ())),
        visibility=data.get("visibility", Visibility.INTERNAL),
        status=data.get("status", Status.IN_FORCE),
        valid_until=data.get("valid_until"),
        summary=data.get("summary", ""),
        tasks=tasks,
        reports_on=reports_on,
        post=_post(data.get("post")),
        attachments=tuple(data.get("attachments", ())),
        files=file_refs(data.get("files")),
        signed=signed,
        body=doc.body,
        body_line=doc.body_line,
        lines=lines,
    )


def _type_from_number(number: DocNumber, lines: dict[str, int], check: Checker) -> DocType | None:
    """The type a directive without ``type:`` has: its number's type code's (an error if none)."""
    name = number.type_name
    doc_type = DocType.from_text(name) if name else None
    if doc_type is None:
        check.error(
            lines.get("number", 1),
            f"không suy ra được loại văn bản từ số «{number}»; hãy thêm khóa type: "
            "(ví dụ type: Công văn)",
        )
    return doc_type


def _issuer_from_number(
    number: DocNumber,
    lines: dict[str, int],
    check: Checker,
    code_to_unit: dict[str, tuple[str, ...]],
) -> str:
    """The issuer a directive without ``issuer:`` has: the one unit whose code is its number's
    issuer code; a code of several units is an error, of none a warning ("" then)."""
    owners = code_to_unit.get(fold(number.issuer_code).upper(), ())
    if len(owners) == 1:
        return owners[0]
    if owners:
        # Every huyện ủy writes HU, every tỉnh ủy TU: a shared code names no one issuer,
        # and guessing one would file the document under the wrong unit without a word.
        check.error(
            lines.get("number", 1),
            f"ký hiệu «{number.issuer_code}» trong số «{number}» là của nhiều đơn vị "
            f"({', '.join(owners)}): hãy thêm khóa issuer: ghi rõ đơn vị ban hành",
        )
    else:
        check.warn(
            lines.get("number", 1),
            f"không tìm thấy đơn vị có ký hiệu «{number.issuer_code}» trong content/units.yml; "
            "hãy thêm khóa issuer: hoặc khai báo đơn vị (code:) trong units.yml",
        )
    return ""


def _relations(
    data: dict[str, Any], reports_on: tuple[DocNumber, ...], lines: dict[str, int]
) -> tuple[Relation, ...]:
    """The relations written in ``relations:``, and a citation of each document it reports on."""
    relations: list[Relation] = []
    for kind_value, (line, numbers) in (data.get("relations") or {}).items():
        kind = RelationKind(kind_value)
        relations.extend(Relation(kind=kind, target=n, line=line) for n in numbers)
    # What a report reports on, it cites: the link graph resolves it and links both pages.
    reports_line = lines.get("reports_on", 1)
    relations.extend(
        Relation(kind=RelationKind.CITES, target=n, line=reports_line) for n in reports_on
    )
    return tuple(relations)


def _tasks(values: Iterable[dict[str, Any]]) -> tuple[Task, ...]:
    """The tasks that name what and who (the checker reported the others)."""
    return tuple(
        Task(
            what=t.get("what", ""),
            who=t.get("who", ""),
            due=t.get("due"),
            report_to=t.get("report_to", ""),
            done=t.get("done"),
            line=t.get("__line__", 0),
        )
        for t in values
        if t.get("what") and t.get("who")
    )


def _check_attachments(meta: YMap, values: list[str], check: Checker, docs: Path) -> None:
    """Each attachment must name an existing file under docs_dir by a plain relative path."""
    node = meta.get("attachments")
    if node is None:
        return
    nodes = [n for n in (node.items if isinstance(node, YSeq) else (node,)) if not _empty(n)]
    for item, value in zip(nodes, values, strict=False):
        problem = _attachment_problem(value, docs)
        if problem:
            shown = "".join(
                f"\\x{ord(c):02x}" if ord(c) < 32 or ord(c) == 127 else c for c in value
            )
            check.error(
                item.line,
                f"«attachments»: «{shown}» {problem}; hãy ghi đường dẫn tương đối tới một tệp "
                f"trong {docs.name}/, ví dụ files/2078-cv-duk.pdf",
            )


def _empty(node: YValue) -> bool:
    return isinstance(node, YScalar) and node.empty


def _attachment_problem(value: str, docs: Path) -> str | None:
    # The value becomes a path under docs_dir and a URL of the site: anything that could step
    # out of docs_dir, mean another file on another system, or not exist is refused.
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        return "có ký tự điều khiển (NUL, xuống dòng...)"
    if "\\" in value:
        return "có dấu «\\»; đường dẫn chỉ dùng dấu «/»"
    if _PERCENT_ESCAPE.search(value):
        return "có mã «%xx»; hãy ghi tên tệp đúng như trên đĩa, không mã hóa"
    if value.startswith(("/", "~")) or re.match(r"^[A-Za-z]:", value):
        return "là đường dẫn tuyệt đối"
    for part in value.split("/"):
        if part in {"", ".", ".."}:
            return "có phần «..», «.» hoặc «//»"
        if _WINDOWS_RESERVED.match(part):
            return f"có tên «{part}» dành riêng cho thiết bị của Windows"
        if part.endswith((".", " ")):
            return "có phần tên kết thúc bằng dấu chấm hoặc dấu cách"
        if bad := sorted(set(part) & _PATH_FORBIDDEN):
            return f"có ký tự «{''.join(bad)}» không dùng được trong tên tệp"
    path = docs / value
    if not path.is_file():
        return "không phải một tệp có trong thư mục"
    if not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(docs)):
        return "trỏ ra ngoài thư mục (liên kết tượng trưng)"
    return None


def build_theme(doc: Document, data: dict[str, Any]) -> Theme | None:
    """The theme of a checked document, or None when a required value is missing."""
    if "year" not in data or not data.get("title"):
        return None
    return Theme(
        path=doc.path,
        year=data["year"],
        title=data["title"],
        hashtags=tuple(h.lstrip("#") for h in data.get("hashtags", ())),
        color=data.get("color", "#b71c1c"),
        source=data.get("source"),
        visibility=data.get("visibility", Visibility.INTERNAL),
        summary=data.get("summary", ""),
        post=_post(data.get("post")),
        body=doc.body,
        body_line=doc.body_line,
        lines=data["__lines__"],
    )


def build_practice(doc: Document, data: dict[str, Any]) -> Practice | None:
    """The practice of a checked document, or None when a required value is missing."""
    if not all(k in data for k in ("title", "unit", "year", "field")):
        return None
    return Practice(
        path=doc.path,
        slug=slugify(Path(doc.path).stem) or slugify(data["title"]),
        title=data["title"],
        unit=data["unit"],
        year=data["year"],
        field=data.get("field", PracticeField.POLITICAL_SYSTEM),
        status=data.get("status", PracticeStatus.REGISTERED),
        themes=tuple(data.get("themes", ())),
        tags=tuple(data.get("tags", ())),
        visibility=data.get("visibility", Visibility.INTERNAL),
        summary=data.get("summary", ""),
        results=data.get("results", ""),
        post=_post(data.get("post")),
        body=doc.body,
        body_line=doc.body_line,
        lines=data["__lines__"],
    )


def build_news(doc: Document, data: dict[str, Any]) -> NewsItem | None:
    """The news item of a checked document, or None when a required value is missing."""
    if not data.get("title") or "date" not in data:
        return None
    return NewsItem(
        path=doc.path,
        slug=slugify(Path(doc.path).stem) or slugify(data["title"]),
        title=data["title"],
        date=data["date"],
        themes=tuple(data.get("themes", ())),
        tags=tuple(data.get("tags", ())),
        visibility=data.get("visibility", Visibility.INTERNAL),
        summary=data.get("summary", ""),
        post=_post(data.get("post")),
        body=doc.body,
        body_line=doc.body_line,
        lines=data["__lines__"],
    )


def directive_order(d: Directive) -> tuple[Any, ...]:
    """Newest first, then by number: the one order every list and file uses."""
    return (-d.date.toordinal(), d.number.key, d.path)
