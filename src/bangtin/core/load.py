"""The loader: reads directives/, content/ and units.yml into records, with every problem as path:line.

One pass over the files, each parsed once. The result holds all records (for the link graph and
the count of what was hidden) and the `Registry` of what the build's audience may see: the
audience filter is applied here, right after loading, and nowhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import hashlib
import multiprocessing as mp
import os
import re
import stat
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bangtin.core.attachments import DEFAULT_MAX_MB, check_files, file_refs, signature_record
from bangtin.core.fields import (
    DIRECTIVE_FIELDS,
    NEWS_FIELDS,
    PAGE_FIELDS,
    PRACTICE_FIELDS,
    THEME_FIELDS,
    YEAR_MAX,
    YEAR_MIN,
    Field,
)
from bangtin.core.frontmatter import (
    MAX_FILE_BYTES,
    Document,
    YMap,
    YScalar,
    YSeq,
    YValue,
    body_bounds,
    decode,
    parse_yaml,
    split_document,
)
from bangtin.core.kept import read_salted, write_salted
from bangtin.core.model import (
    ContentError,
    Directive,
    DocType,
    NewsItem,
    PostSpec,
    Practice,
    PracticeField,
    PracticeStatus,
    Registry,
    Relation,
    RelationKind,
    Signer,
    Status,
    Task,
    Theme,
    Unit,
    Visibility,
)
from bangtin.core.numbers import DocNumber, parse_number
from bangtin.core.published import unpublishable_files
from bangtin.core.text import fold, nfc, slugify

__all__ = [
    "DIRECTIVES_DIR",
    "LoadResult",
    "directives_folder",
    "filter_audience",
    "load_project",
    "parse_audience",
    "read_document",
    "reload_directives",
]

# [0-9], not \d: \d also takes Arabic-Indic and full-width digits, which int() reads as numbers.
_DATE_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_DATE_VN = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$")
_DATE_WORDS = re.compile(
    r"^ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})$", re.IGNORECASE
)
# The years of the archive (the Party's founding to a plan's far horizon), for years and dates.
YEARS = (YEAR_MIN, YEAR_MAX)
_UNIT_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Names Windows cannot create, with or without an extension: a portal copied to a Windows share
# (or built there) would lose the file or write to a device.
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$", re.IGNORECASE)
_PATH_FORBIDDEN = set('<>:"|?*')
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


@dataclass(slots=True)
class LoadResult:
    """What one load produced.

    Attributes:
        registry: the records the audience may see (the one thing pages are made from).
        all_directives: every directive, whatever its visibility, for the link graph only.
        errors: fatal problems; the build stops when there is any.
        warnings: problems the build recovers from (``mkdocs build --strict`` fails on them).
        pages: content pages (path relative to docs_dir -> visibility) for the audience filter.
        sources: a digest of each directive's file and of what its reading depends on (the
            record cache's key), by the record's path; work that depends on the record alone
            is kept between builds under it. A record read with attachments has none.
    """

    registry: Registry
    all_directives: tuple[Directive, ...] = ()
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[ContentError] = field(default_factory=list)
    pages: dict[str, Visibility] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)


def parse_audience(value: str | None) -> Visibility:
    """Read an audience setting; only "public" and "internal" are audiences."""
    text = (value or "internal").strip().lower()
    if text == "public":
        return Visibility.PUBLIC
    if text == "internal":
        return Visibility.INTERNAL
    raise ValueError(f"đối tượng (audience) «{value}» không hợp lệ: chỉ nhận public hoặc internal")


def read_document(root: Path, path: Path, *, required: bool = True) -> Document:
    """Read one Markdown file into a `Document`, refusing files that are not regular files, too
    large or not UTF-8, and bodies Markdown cannot convert in bounded work (`body_bounds`)."""
    rel = _rel(root, path)
    raw, problem = read_regular(path)
    if raw is None:
        return Document(rel, None, "", 1, [ContentError(rel, 1, problem)])
    text, errors = decode(rel, raw)
    if text is None:
        return Document(rel, None, "", 1, errors)
    doc = split_document(rel, text, required=required)
    doc.errors.extend(body_bounds(rel, doc.body, doc.body_line))
    return doc


def read_regular(path: Path, limit: int = MAX_FILE_BYTES) -> tuple[bytes | None, str]:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes, else None and
    the reason in Vietnamese.

    The file is opened without blocking and checked on the open descriptor: a FIFO, a socket
    or a device named like a content file would otherwise hold the build forever (or feed it
    without end), and a check before opening could be raced.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        return None, f"không đọc được tệp: {exc.strerror}"
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, not_regular(info.st_mode)
        if info.st_size > limit:
            return None, (
                f"tệp quá lớn ({info.st_size / 1048576:.1f} MB, tối đa {limit // 1048576} MB): "
                "một văn bản không thể lớn như vậy; hãy kiểm tra lại nội dung tệp"
            )
        with os.fdopen(fd, "rb", closefd=False) as stream:
            # read(n) sets n bytes aside first: ask for what stat said (and one more byte, to
            # see a file that grew), not for the limit.
            data = stream.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += stream.read(limit + 1 - len(data))
    except OSError as exc:
        return None, f"không đọc được tệp: {exc.strerror}"
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while being read
        return None, f"tệp quá lớn (hơn {limit // 1048576} MB)"
    return data, ""


def not_regular(mode: int) -> str:
    """What an editor reads about a path that is not a regular file (``mode`` from stat)."""
    kinds = (
        (stat.S_ISFIFO, "ống FIFO"),
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISCHR, "thiết bị ký tự"),
        (stat.S_ISBLK, "thiết bị khối"),
        (stat.S_ISDIR, "thư mục"),
    )
    kind = next((name for test, name in kinds if test(mode)), "loại tệp đặc biệt")
    return (
        f"không phải một tệp thường ({kind}): bangtin không đọc; hãy xóa nó và đặt vào đây một "
        "tệp thật"
    )


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


# --- value conversion -------------------------------------------------------------------------


class _Checker:
    """Converts Y-nodes to Python values following `Field` declarations, collecting problems."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.errors: list[ContentError] = []
        self.warnings: list[ContentError] = []

    def error(self, line: int, message: str) -> None:
        self.errors.append(ContentError(self.path, line, _one_line(message)))

    def warn(self, line: int, message: str) -> None:
        self.warnings.append(ContentError(self.path, line, _one_line(message), warning=True))

    def mapping(self, node: YMap, fields: dict[str, Field], where: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {}
        lines: dict[str, int] = {}
        for key, (line, value) in node.items.items():
            spec = fields.get(key)
            if spec is None:
                self.error(line, _unknown_key(key, fields, where))
                continue
            lines[key] = line
            converted = self.value(value, spec, key if not where else f"{where}.{key}")
            if converted is not None:
                out[key] = converted
        for key, spec in fields.items():
            # A key that is present with a bad value has been reported already.
            if spec.required and key not in node.items:
                name = f"{where}.{key}" if where else key
                self.error(
                    node.line if where else 1,
                    f"thiếu khóa bắt buộc «{name}» ({spec.description})",
                )
        out["__lines__"] = lines
        return out

    def value(self, node: YValue, spec: Field, name: str) -> Any:
        kind = spec.kind
        if kind == "list":
            return self._list(node, spec, name)
        if kind == "map":
            return self._map(node, spec, name)
        if not isinstance(node, YScalar):
            shape = "một danh sách" if isinstance(node, YSeq) else "các cặp khóa: giá trị"
            self.error(node.line, f"«{name}» phải là một giá trị đơn, không phải {shape}")
            return None
        if node.rejected:
            return None
        if spec.required and not node.text.strip() and not node.empty:
            # subject: '' (quoted, blank) must not drop the record without a word.
            self.error(node.line, f"«{name}» không được để trống ({spec.description})")
            return None
        if node.empty:
            if spec.required:
                self.error(node.line, f"«{name}» không được để trống ({spec.description})")
            elif kind == "enum":
                values = ", ".join(m.value for m in spec.enum or ())
                self.error(node.line, f"«{name}» đang trống; hãy ghi một trong: {values}")
            return None
        text = node.text.strip()
        if node.comment_cut and kind in {"text", "longtext", "ref"}:
            self.warn(
                node.line,
                f"«{name}»: phần sau dấu « #» bị YAML coi là chú thích và đã mất; "
                "nếu dấu # là một phần nội dung, hãy đặt cả giá trị trong ngoặc kép",
            )
        if kind in {"text", "ref"}:
            return " ".join(text.split())
        if kind == "longtext":
            return text
        if kind == "date":
            return self._date(node, name)
        if kind in {"year", "int"}:
            return self._int(node, name, year=kind == "year")
        if kind == "number":
            # A cited number may carry a code outside the tables ("01-CB/TW", which the importer
            # reads after "Công văn số"); the document's own number must be one we know.
            number = parse_number(text, lenient=name != "number")
            if number is None:
                self.error(
                    node.line,
                    f"«{name}»: «{text}» không phải số và ký hiệu văn bản; viết như "
                    "2078-CV/ĐUK (văn bản Đảng) hoặc 08/KH-UBND (văn bản Nhà nước)",
                )
            return number
        if kind == "color":
            if not _COLOR.match(text):
                self.error(
                    node.line, f"«{name}»: màu «{text}» phải viết dạng #1565c0 (trong ngoặc kép)"
                )
                return None
            return text.lower()
        if kind == "enum":
            return self._enum(node, spec, name)
        if kind == "bool":
            if text.lower() in {"true", "false"}:
                return text.lower() == "true"
            self.error(node.line, f"«{name}»: «{text}» phải là true hoặc false")
            return None
        raise AssertionError(kind)  # pragma: no cover - declarations are checked by tests

    def _list(self, node: YValue, spec: Field, name: str) -> list[Any] | None:
        assert spec.item is not None
        if isinstance(node, YScalar):
            if node.empty:
                return []
            if spec.item.kind in {"map"}:
                self.error(node.line, f"«{name}» phải là một danh sách, mỗi mục bắt đầu bằng «- »")
                return None
            items: tuple[YValue, ...] = (node,)
        elif isinstance(node, YMap):
            self.error(node.line, f"«{name}» phải là một danh sách, mỗi mục bắt đầu bằng «- »")
            return None
        else:
            items = node.items
        out = []
        for item in items:
            value = self.value(item, spec.item, name)
            if value is not None:
                out.append(value)
        return out

    def _map(self, node: YValue, spec: Field, name: str) -> dict[str, Any] | None:
        if isinstance(node, YScalar) and node.empty:
            return None
        if not isinstance(node, YMap):
            self.error(node.line, f"«{name}» phải gồm các cặp «khóa: giá trị» thụt lề bên dưới")
            return None
        if spec.free_keys:
            assert spec.enum is not None and spec.item is not None
            out: dict[str, Any] = {}
            values = {m.value: m for m in spec.enum}
            for key, (line, value) in node.items.items():
                if key not in values:
                    self.error(line, _unknown_choice(key, list(values), f"{name}"))
                    continue
                converted = self.value(value, spec.item, f"{name}.{key}")
                if converted:
                    out[key] = (line, converted)
            return out
        assert spec.fields is not None
        result = self.mapping(node, spec.fields, name)
        result["__line__"] = node.line
        return result

    def _date(self, node: YScalar, name: str) -> dt.date | None:
        text = node.text.strip()
        for pattern, order in ((_DATE_ISO, "ymd"), (_DATE_VN, "dmy"), (_DATE_WORDS, "dmy")):
            if m := pattern.match(text):
                parts = dict(zip(order, (int(g) for g in m.groups()), strict=True))
                if not YEARS[0] <= parts["y"] <= YEARS[1]:
                    # Year 1 or 9999 is a typo; such a date would sort every list wrongly and
                    # set a deadline no calendar can show.
                    self.error(
                        node.line,
                        f"«{name}»: ngày «{text}» có năm {parts['y']} nằm ngoài khoảng "
                        f"{YEARS[0]}–{YEARS[1]}",
                    )
                    return None
                try:
                    return dt.date(parts["y"], parts["m"], parts["d"])
                except ValueError:
                    self.error(
                        node.line,
                        f"«{name}»: ngày «{text}» không có thật (tháng {parts['m']} "
                        f"năm {parts['y']} không có ngày {parts['d']})",
                    )
                    return None
        self.error(
            node.line, f"«{name}»: «{text}» không phải ngày; viết dạng 2024-03-07 (năm-tháng-ngày)"
        )
        return None

    def _int(self, node: YScalar, name: str, *, year: bool) -> int | None:
        text = node.text.strip()
        if not re.fullmatch(r"[0-9]{1,6}", text):
            what = "năm" if year else "số nguyên"
            self.error(node.line, f"«{name}»: «{text}» không phải {what}; ví dụ 2024")
            return None
        value = int(text)
        if year and not YEARS[0] <= value <= YEARS[1]:
            self.error(node.line, f"«{name}»: năm {value} nằm ngoài khoảng {YEARS[0]}–{YEARS[1]}")
            return None
        return value

    def _enum(self, node: YScalar, spec: Field, name: str) -> Any:
        assert spec.enum is not None
        text = node.text.strip()
        if spec.enum is DocType:
            found = DocType.from_text(text)
            if found is not None:
                return found
        else:
            for member in spec.enum:
                if member.value == text:
                    return member
        self.error(node.line, _unknown_choice(text, [m.value for m in spec.enum], name))
        return None


def _one_line(message: str) -> str:
    # Messages quote the value typed, and a block or quoted value may span lines: an editor's
    # terminal and CI logs need one line per problem.
    return " ".join(message.split())


def _unknown_key(key: str, fields: dict[str, Field], where: str) -> str:
    near = _nearest(key, list(fields))
    place = f" trong «{where}»" if where else ""
    hint = f"; có phải ý là «{near}»?" if near else ""
    known = ", ".join(fields)
    return f"khóa «{key}» không có{place}{hint} (các khóa dùng được: {known})"


def _unknown_choice(value: str, choices: list[str], name: str) -> str:
    near = _nearest(value, choices)
    hint = f"; có phải ý là «{near}»?" if near else ""
    return f"«{name}»: giá trị «{value}» không hợp lệ{hint} (chỉ nhận: {', '.join(choices)})"


def _nearest(value: str, choices: list[str]) -> str | None:
    folded = {fold(c): c for c in choices}
    match = difflib.get_close_matches(fold(value), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else None


# --- record builders --------------------------------------------------------------------------


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


def _build_directive(
    doc: Document,
    data: dict[str, Any],
    check: _Checker,
    code_to_unit: dict[str, tuple[str, ...]],
    docs: Path | None = None,
) -> Directive | None:
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


def _type_from_number(number: DocNumber, lines: dict[str, int], check: _Checker) -> DocType | None:
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
    check: _Checker,
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


def _check_attachments(meta: YMap, values: list[str], check: _Checker, docs: Path) -> None:
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


def _build_theme(doc: Document, data: dict[str, Any]) -> Theme | None:
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


def _build_practice(doc: Document, data: dict[str, Any]) -> Practice | None:
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


def _build_news(doc: Document, data: dict[str, Any]) -> NewsItem | None:
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


# --- units -----------------------------------------------------------------------------------

_UNIT_FIELDS = {
    "id": Field(
        kind="text", required=True, description="Mã đơn vị: chữ thường không dấu, gạch nối"
    ),
    "name": Field(kind="text", required=True, description="Tên đầy đủ"),
    "short": Field(kind="text", description="Tên gọn"),
    "code": Field(kind="text", description="Ký hiệu cơ quan trong số văn bản, ví dụ ĐUK"),
    "parent": Field(kind="text", description="Mã đơn vị cấp trên"),
}


def _load_units(root: Path, content: Path, errors: list[ContentError]) -> list[Unit]:
    path = content / "units.yml"
    rel = _rel(root, path)
    if not os.path.lexists(path):
        return []  # a portal that does not use units (an emptied file is another matter)
    raw, problem = read_regular(path)
    if raw is None:
        errors.append(ContentError(rel, 1, problem))
        return []
    text, problems = decode(rel, raw)
    if text is None:
        errors.extend(problems)
        return []
    value, problems = parse_yaml(rel, text)
    errors.extend(problems)
    if value is None and problems:
        return []
    items = _unit_items(rel, value, errors)
    if items is None:
        return []
    check = _Checker(rel)
    units: list[Unit] = []
    seen: dict[str, int] = {}
    for item in items:
        if not isinstance(item, YMap):
            check.error(item.line, "mỗi đơn vị phải gồm các khóa id:, name:, ...")
            continue
        data = check.mapping(item, _UNIT_FIELDS, "units")
        unit_id = data.get("id")
        if not unit_id or not data.get("name"):
            continue
        if not _UNIT_ID.match(unit_id):
            check.error(
                item.key_line("id"),
                f"mã đơn vị «{unit_id}» chỉ được gồm chữ thường không dấu, số và gạch nối "
                f"(ví dụ «{slugify(unit_id)}»)",
            )
            continue
        if unit_id in seen:
            check.error(
                item.key_line("id"), f"mã đơn vị «{unit_id}» bị trùng với dòng {seen[unit_id]}"
            )
            continue
        seen[unit_id] = item.key_line("id")
        units.append(
            Unit(
                id=unit_id,
                name=data["name"],
                short=data.get("short", ""),
                code=data.get("code", ""),
                parent=data.get("parent", ""),
                path=rel,
                line=item.line,
                code_line=item.key_line("code"),
            )
        )
    _check_units(units, check)
    errors.extend(check.errors)
    return units


def _unit_items(
    rel: str, value: YValue | None, errors: list[ContentError]
) -> tuple[YValue, ...] | None:
    """The unit entries of units.yml, or None (with the error) when it declares none.

    An emptied file (nothing, ``[]``, ``units: []``) would make every document's issuer
    unknown and every unit page vanish without a word: it is an error, and a portal that uses
    no units has no units.yml at all.
    """
    items: tuple[YValue, ...] | None = None
    line = value.line if value is not None else 1
    if isinstance(value, YMap):
        seq = value.get("units")
        if isinstance(seq, YSeq):
            items = seq.items
        elif isinstance(seq, YScalar) and seq.empty:
            items = ()
    elif isinstance(value, YSeq):
        items = value.items
    elif value is None or (isinstance(value, YScalar) and value.empty):
        items = ()
    if items is None:
        errors.append(
            ContentError(rel, line, "units.yml phải có khóa units: là danh sách các đơn vị")
        )
    elif not items:
        errors.append(
            ContentError(
                rel,
                1,
                "tệp không khai báo đơn vị nào: hãy ghi danh sách units: (id:, name:, code:...) "
                "hoặc xóa hẳn tệp nếu cổng không dùng đơn vị",
            )
        )
        return None
    return items


def _check_units(units: list[Unit], check: _Checker) -> None:
    """Parents that exist and do not loop; one unit per issuer code."""
    by_id = {u.id: u for u in units}
    for unit in units:
        if unit.parent and unit.parent not in by_id:
            check.error(
                unit.line, f"đơn vị cấp trên «{unit.parent}» của «{unit.id}» không có trong tệp"
            )
    looped: set[str] = set()
    for unit in units:
        chain = [unit.id]
        current = by_id.get(unit.parent) if unit.parent else None
        while current is not None and current.id not in chain and current.id not in looped:
            chain.append(current.id)
            current = by_id.get(current.parent) if current.parent else None
        if current is not None and current.id == unit.id:
            # A loop's units would have no place in the tree of /don-vi/: they vanished from it.
            looped.update(chain)
            shown = " → ".join([*chain, unit.id])
            check.error(
                unit.line,
                f"cấp trên của đơn vị «{unit.id}» thành vòng ({shown}): hãy sửa khóa parent",
            )
    # Two units may share a code (every huyện ủy writes HU): a directive whose number carries
    # such a code must then name its issuer (see `code_owners` and `_build_directive`).


def code_owners(units: Iterable[Unit]) -> dict[str, tuple[str, ...]]:
    """The ids of the units that write each issuer code (folded, upper case), in file order."""
    owners: dict[str, tuple[str, ...]] = {}
    for unit in units:
        if unit.code:
            key = fold(unit.code).upper()
            owners[key] = (*owners.get(key, ()), unit.id)
    return owners


# --- the project -----------------------------------------------------------------------------


def _markdown_files(folder: Path, skip: frozenset[Path] = frozenset()) -> list[Path]:
    if not folder.is_dir() or folder in skip:
        return []
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(
            Path(dirpath) / f
            for f in sorted(filenames)
            if f.endswith(".md") and not f.startswith(".") and Path(dirpath) / f not in skip
        )
    return found


def _outside_links(root: Path, folders: Iterable[Path]) -> list[ContentError]:
    """Symlinks under ``folders`` that lead out of the project: they are never read nor published.

    MkDocs follows symlinks in docs_dir and copies what they point at; a link to /etc or to a
    colleague's home folder would publish it. Links inside the project are fine.
    """
    errors: list[ContentError] = []
    for folder in folders:
        stack = [folder]
        while stack:
            current = stack.pop()
            if current.is_symlink() and not Path(os.path.realpath(current)).is_relative_to(root):
                errors.append(
                    ContentError(
                        _rel(root, current),
                        1,
                        "đây là liên kết tượng trưng (symlink) trỏ ra ngoài thư mục dự án; "
                        "bangtin không đọc và không đăng tệp ở ngoài: hãy chép tệp vào dự án",
                    )
                )
                continue
            if current.is_symlink() or not current.is_dir():
                continue
            try:
                entries = sorted(os.scandir(current), key=lambda e: e.name, reverse=True)
            except OSError:
                continue
            stack.extend(
                Path(e.path) for e in entries if e.is_symlink() or e.is_dir(follow_symlinks=False)
            )
    return sorted(errors, key=lambda e: e.path)


# The names MkDocs takes for Markdown (mkdocs.utils.markdown_extensions), in any case.
_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


def _odd_files(root: Path, folders: Iterable[Path], skip: frozenset[Path]) -> list[ContentError]:
    """Entries under ``folders`` that must not be read: anything that is not a regular file or
    a folder (a FIFO would hold the build forever, a device would feed it without end), and
    Markdown named otherwise than ``.md`` (``.MD``, ``.markdown``), which bangtin would skip
    while MkDocs copied or rendered it without the audience filter.
    """
    errors: list[ContentError] = []
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                path = Path(dirpath) / name
                if name.startswith(".") or path in skip:
                    continue  # dot files are neither read nor published
                try:
                    mode = os.stat(path).st_mode
                except OSError:
                    continue  # a dangling link is nothing to read
                if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
                    errors.append(ContentError(_rel(root, path), 1, not_regular(mode)))
                    continue
                stem, dot, suffix = name.rpartition(".")
                if dot and f".{suffix.lower()}" in _MARKDOWN_SUFFIXES and suffix != "md":
                    errors.append(
                        ContentError(
                            _rel(root, path),
                            1,
                            f"tệp có đuôi «.{suffix}»: bangtin chỉ đọc tệp Markdown có đuôi «.md» "
                            f"(chữ thường); hãy đổi tên thành {stem}.md",
                        )
                    )
    return errors


def _twin_names(root: Path, folders: Iterable[Path]) -> list[ContentError]:
    """Files whose names differ only by Unicode normalisation (NFC/NFD): one page, two files.

    A Mac writes names in NFD, Windows and Linux in NFC; both look the same to an editor and end
    at one URL, so the second would silently replace the first.
    """
    errors: list[ContentError] = []
    for folder in folders:
        if not folder.is_dir() or folder.is_symlink():
            continue
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            seen: dict[str, str] = {}
            for name in sorted([*dirnames, *filenames]):
                key = nfc(name)
                if key in seen:
                    first = _rel(root, Path(dirpath) / seen[key])
                    errors.append(
                        ContentError(
                            _rel(root, Path(dirpath) / name),
                            1,
                            f"tên tệp trùng với {first}, chỉ khác cách mã hóa dấu tiếng Việt "
                            "(NFC/NFD, thường do chép từ máy Mac): hãy giữ một tệp và xóa tệp kia",
                        )
                    )
                else:
                    seen[key] = name
    return errors


def _load_one(
    root: Path,
    path: Path,
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], _Checker], Any],
) -> tuple[Any, list[ContentError], list[ContentError]]:
    doc = read_document(root, path)
    if doc.meta is None:
        return None, doc.errors, []
    check = _Checker(doc.path)
    data = check.mapping(doc.meta, fields)
    record = build(doc, data, check) if not check.errors else None
    return record, doc.errors + check.errors, check.warnings


# From this many files on, a second process reads half of them (two cores on the server).
PARALLEL_FROM = 800


def _load_share(
    root: Path,
    paths: list[Path],
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], _Checker], Any],
) -> list[tuple[Any, list[ContentError], list[ContentError]]]:
    return [_load_one(root, path, fields, build) for path in paths]


def _load_records(
    root: Path,
    files: Iterable[Path],
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], _Checker], Any],
    result: LoadResult,
    cache: RecordCache | None = None,
) -> list[Any]:
    paths = list(files)
    outcomes: list[tuple[Any, list[ContentError], list[ContentError]] | None] = [None] * len(paths)
    todo: list[int] = []
    for i, path in enumerate(paths):
        hit = cache.get(path) if cache is not None else None
        if hit is None:
            todo.append(i)
        else:
            outcomes[i] = hit
    fresh = _parallel_load(root, [paths[i] for i in todo], fields, build)
    for i, new in zip(todo, fresh, strict=True):
        outcomes[i] = new
        if cache is not None:
            cache.put(paths[i], new)
    records = []
    for path, outcome in zip(paths, outcomes, strict=True):
        assert outcome is not None
        record, errors, warnings = outcome
        result.errors.extend(errors)
        result.warnings.extend(warnings)
        if record is not None:
            records.append(record)
            digest = cache.digests.get(str(path)) if cache is not None else None
            if digest is not None and not getattr(record, "attachments", ()):
                result.sources[record.path] = digest
    return records


def _parallel_load(
    root: Path,
    paths: list[Path],
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], _Checker], Any],
) -> list[tuple[Any, list[ContentError], list[ContentError]]]:
    workers = min(os.cpu_count() or 1, 4)
    if len(paths) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        return _load_share(root, paths, fields, build)
    # Forked, so the builders (closures over this load's units) need no pickling; each worker
    # takes a contiguous share and the results come back in order.
    size = -(-len(paths) // workers)
    shares = [paths[i : i + size] for i in range(0, len(paths), size)]
    for i, share in enumerate(shares):
        _FORK_JOBS[i] = functools.partial(_load_share, root, share, fields, build)
    results: list[tuple[Any, list[ContentError], list[ContentError]]] = []
    try:
        with ProcessPoolExecutor(
            max_workers=len(shares), mp_context=mp.get_context("fork")
        ) as pool:
            for part in pool.map(_load_share_forked, range(len(shares))):
                results.extend(part)
    finally:
        _FORK_JOBS.clear()
    return results


# The job table the forked workers read (set just before the pool forks them).
_FORK_JOBS: dict[int, Callable[[], list[Any]]] = {}


def _load_share_forked(index: int) -> list[Any]:
    return _FORK_JOBS[index]()


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of the modules that turn a file into a record: new code, new cache."""
    here = Path(__file__).parent
    digest = hashlib.blake2b(digest_size=8)
    for name in ("load.py", "frontmatter.py", "fields.py", "model.py", "numbers.py", "text.py"):
        try:
            digest.update((here / name).read_bytes())
        except OSError:
            digest.update(name.encode())
    return digest.hexdigest()


class RecordCache:
    """Parsed records kept between runs, keyed by each file's bytes (not its date).

    A file whose bytes, units and bangtin version are unchanged is not parsed again: `bangtin
    check` and `bangtin serve` on a large archive then cost the reading of the files only.
    Records with attachments are never cached (they depend on other files).

    The cache is a folder of shards, one per folder of files (``directives/2024/``): an edit
    rewrites its folder's shard only, not the 60 MB of a 10,000-directive archive.
    """

    VERSION = 3

    def __init__(self, path: Path, salt: str) -> None:
        import bangtin

        self.path = path
        self.salt = f"{self.VERSION}|{bangtin.__version__}|{_code_digest()}|{salt}".encode()
        self.entries: dict[str, tuple[str, Any]] = {}
        # Each file's digest as this run read it (`LoadResult.sources`).
        self.digests: dict[str, str] = {}
        # The shards whose entries changed since they were read.
        self._dirty: set[str] = set()
        self._shards: set[str] = set()
        for shard in sorted(path.glob("*.pickle")) if path.is_dir() else []:
            entries = read_salted(shard, self.salt)  # None: only costs parsing its files
            if isinstance(entries, dict):
                self.entries.update(entries)
                self._shards.add(shard.stem)

    @staticmethod
    def _shard(key: str) -> str:
        folder = os.path.dirname(key).encode("utf-8", "surrogatepass")
        return hashlib.blake2b(folder, digest_size=8).hexdigest()

    def _digest(self, path: Path) -> str | None:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                return None
            return hashlib.blake2b(path.read_bytes() + self.salt, digest_size=16).hexdigest()
        except OSError:
            return None

    def get(self, path: Path) -> tuple[Any, list[ContentError], list[ContentError]] | None:
        entry = self.entries.get(str(path))
        if entry is None:
            return None
        digest = self._digest(path)
        if digest is not None:
            self.digests[str(path)] = digest
        return entry[1] if digest is not None and digest == entry[0] else None

    def put(self, path: Path, outcome: tuple[Any, list[ContentError], list[ContentError]]) -> None:
        record = outcome[0]
        if getattr(record, "attachments", ()):
            return
        digest = self._digest(path)
        if digest is not None:
            self.entries[str(path)] = (digest, outcome)
            self.digests[str(path)] = digest
            self._dirty.add(self._shard(str(path)))

    def save(self, live: set[str]) -> None:
        """Write the shards that changed (only entries of files that still exist), atomically."""
        for key in set(self.entries) - live:
            del self.entries[key]
            self._dirty.add(self._shard(key))
        shards: dict[str, dict[str, tuple[str, Any]]] = {}
        for key, entry in self.entries.items():
            shards.setdefault(self._shard(key), {})[key] = entry
        write = (self._dirty | (set(shards) - self._shards)) & set(shards)
        for name in sorted(write):
            write_salted(self.path / f"{name}.pickle", self.salt, shards[name])
        for gone in (self._shards | self._dirty) - set(shards):
            with contextlib.suppress(OSError):
                (self.path / f"{gone}.pickle").unlink(missing_ok=True)
        self._shards = set(shards)
        self._dirty.clear()


#: The directives' folder when mkdocs.yml does not name one (``directives_dir``).
DIRECTIVES_DIR = "directives"


def directives_folder(root: Path, value: str = DIRECTIVES_DIR, docs: Path | None = None) -> Path:
    """The folder of the directive files that ``directives_dir`` names, in the project at
    ``root`` (whose docs_dir is ``docs``, when known).

    Raises:
        ValueError: the value leads out of the project (absolute, ``..``, a symlink out, the
            project itself), lies in docs_dir (MkDocs would take every directive for a page),
            or names a folder that does not exist: a build would otherwise publish a portal
            without a single directive and say it succeeded. The default folder may be
            missing (a portal with no directive yet).
    """
    root = root.resolve()
    if value == DIRECTIVES_DIR:
        return root / DIRECTIVES_DIR  # its links out are reported by the loader (_outside_links)
    resolved = (root / value).resolve() if value.strip() else root
    if resolved == root or not resolved.is_relative_to(root):
        raise ValueError(
            f"«directives_dir»: «{value}» nằm ngoài thư mục dự án (nơi có mkdocs.yml); hãy ghi "
            f"một thư mục con của dự án, ví dụ {DIRECTIVES_DIR}"
        )
    if docs is not None and resolved.is_relative_to(docs.resolve()):
        raise ValueError(
            f"«directives_dir»: «{value}» nằm trong thư mục trang «{docs.name}» (docs_dir), nơi "
            f"mọi tệp .md là một trang; hãy đặt thư mục văn bản ngoài {docs.name}/, ví dụ "
            f"{DIRECTIVES_DIR}"
        )
    if not resolved.is_dir():
        raise ValueError(
            f"«directives_dir»: không có thư mục «{value}» trong dự án; hãy tạo thư mục hoặc sửa "
            "directives_dir trong mkdocs.yml"
        )
    return resolved


def load_project(
    root: Path,
    *,
    audience: Visibility = Visibility.INTERNAL,
    docs_dir: str = "content",
    directives_dir: str = DIRECTIVES_DIR,
    later: list[Callable[[], None]] | None = None,
    attachment_max_mb: int = DEFAULT_MAX_MB,
) -> LoadResult:
    """Load every record of the project at ``root`` and filter it for ``audience``.

    ``attachment_max_mb``: the size limit of a file kept beside a directive (`attachments`).

    ``directives_dir``: the plugin's option of that name (see `directives_folder`, which
    raises ValueError for a wrong one). ``later``: where to put the writing of the record
    cache, for a caller that does it beside its own work (a build forks it); None writes it
    before returning.
    """
    root = root.resolve()
    result = LoadResult(registry=Registry(audience=audience))
    content = root / docs_dir
    directives_root = directives_folder(root, directives_dir, content)
    problems = _unreadable_files(root, directives_root, content)
    result.errors.extend(problems)
    skip = frozenset(root / e.path for e in problems)
    units = _load_units(root, content, result.errors) if content / "units.yml" not in skip else []
    code_to_unit = code_owners(units)
    unit_ids = {u.id for u in units}

    directive_files = _markdown_files(directives_root, skip)
    cache = RecordCache(
        root / ".cache" / "bangtin" / "records",
        salt=f"{docs_dir}|{sorted(code_to_unit.items())}",
    )
    directives: list[Directive] = _load_records(
        root,
        directive_files,
        DIRECTIVE_FIELDS,
        lambda doc, data, check: _build_directive(doc, data, check, code_to_unit, content),
        result,
        cache,
    )
    # The kept files are checked at every load, outside the record cache: they change apart
    # from the directive's own file.
    result.errors.extend(check_files(root, directives, attachment_max_mb * 1024 * 1024))
    save = functools.partial(cache.save, {str(p) for p in directive_files})
    if later is None:
        save()
    else:
        later.append(save)
    themes, practices, news = _load_content_records(root, content, skip, result)
    _check_pages(root, content, result, skip)
    _check_directives(
        directives, unit_ids, {t.year for t in themes}, result, _rel(root, directives_root)
    )
    _check_practices(practices, unit_ids, result)
    _check_unique(themes, lambda t: t.year, "chủ đề năm", result)
    _check_urls(practices, "mô hình", result)
    _check_urls(news, "tin", result)

    result.all_directives = tuple(sorted(directives, key=_directive_order))
    result.registry = filter_audience(
        audience,
        directives=result.all_directives,
        themes=themes,
        units=units,
        practices=practices,
        news=news,
    )
    result.registry.warnings = tuple(result.warnings)
    return result


def _unreadable_files(root: Path, directives_root: Path, content: Path) -> list[ContentError]:
    """Files that must not be read: links out of the project, the second of two look-alike
    names, odd files, and files that would run in the site (HTML, SVG, scripts). Each is one
    error; the rest of the project is still checked."""
    folders = (directives_root, content)
    problems = _outside_links(root, folders) + _twin_names(root, folders)
    problems += _odd_files(root, folders, frozenset(root / e.path for e in problems))
    problems += unpublishable_files(root, content)
    return problems


def _load_content_records(
    root: Path, content: Path, skip: frozenset[Path], result: LoadResult
) -> tuple[list[Theme], list[Practice], list[NewsItem]]:
    """The themes, practices and news of docs_dir (read each time: they are few)."""
    themes: list[Theme] = _load_records(
        root,
        _markdown_files(content / "themes", skip),
        THEME_FIELDS,
        lambda d, x, c: _build_theme(d, x),
        result,
    )
    practices: list[Practice] = _load_records(
        root,
        _markdown_files(content / "practices", skip),
        PRACTICE_FIELDS,
        lambda d, x, c: _build_practice(d, x),
        result,
    )
    news: list[NewsItem] = _load_records(
        root,
        _markdown_files(content / "news", skip),
        NEWS_FIELDS,
        lambda d, x, c: _build_news(d, x),
        result,
    )
    return themes, practices, news


def reload_directives(
    root: Path,
    result: LoadResult,
    paths: Iterable[Path],
    *,
    docs_dir: str = "content",
    attachment_max_mb: int = DEFAULT_MAX_MB,
) -> tuple[LoadResult, dict[str, Directive | None], list[ContentError]]:
    """Read a few directive files again (edited, added or deleted) into a new load result.

    `bangtin serve` calls this after an edit instead of loading the whole project. A file with
    an error keeps its previous record (the page already built stays as it was).

    Args:
        root: the project's root (where mkdocs.yml is).
        result: the current load result; it is not changed.
        paths: the directive files that changed (a missing file was deleted).
        docs_dir: the docs folder, relative to ``root``.

    Returns:
        The new result (its ``warnings`` are the old ones with those of the changed files read
        again), the changed records by path relative to ``root`` (None for a deleted file), and
        the errors of the files that were not taken.
    """
    root = root.resolve()
    content = root / docs_dir
    reg = result.registry
    code_to_unit = code_owners(reg.units)
    by_path = {d.path: d for d in result.all_directives}
    changed, errors, warnings = _read_changed(
        root,
        paths,
        by_path,
        lambda doc, data, check: _build_directive(doc, data, check, code_to_unit, content),
        attachment_max_mb,
    )
    merged = dict(by_path)
    for rel, new in changed.items():
        if new is None:
            merged.pop(rel, None)
        else:
            merged[rel] = new
    _check_across(merged, changed, by_path, reg, errors, warnings)
    new_result = LoadResult(
        registry=reg,
        all_directives=tuple(sorted(merged.values(), key=_directive_order)),
        warnings=[w for w in result.warnings if w.path not in changed]
        + [w for rel in changed for w in warnings.get(rel, [])],
        pages=result.pages,
    )
    new_result.registry = filter_audience(
        reg.audience,
        directives=new_result.all_directives,
        themes=reg.themes,
        units=reg.units,
        practices=reg.practices,
        news=reg.news,
    )
    new_result.registry.warnings = tuple(new_result.warnings)
    return new_result, changed, errors


def _read_changed(
    root: Path,
    paths: Iterable[Path],
    by_path: dict[str, Directive],
    build: Callable[[Document, dict[str, Any], _Checker], Directive | None],
    attachment_max_mb: int,
) -> tuple[dict[str, Directive | None], list[ContentError], dict[str, list[ContentError]]]:
    """Each changed file read on its own: the records taken (None for a deleted file), the
    errors of the files not taken, the warnings of those taken."""
    changed: dict[str, Directive | None] = {}
    errors: list[ContentError] = []
    warnings: dict[str, list[ContentError]] = {}
    for path in paths:
        rel = _rel(root, path)
        if not path.exists():
            if rel in by_path:
                changed[rel] = None
            continue
        if not os.path.realpath(path).startswith(str(root) + os.sep):
            errors.append(ContentError(rel, 1, "tệp trỏ ra ngoài thư mục dự án; không đọc"))
            continue
        record, file_errors, file_warnings = _load_one(root, path, DIRECTIVE_FIELDS, build)
        if record is not None:
            file_errors += check_files(root, [record], attachment_max_mb * 1024 * 1024)
        if file_errors or record is None:
            errors.extend(file_errors)
            continue
        changed[rel] = record
        warnings[rel] = file_warnings
    return changed, errors, warnings


def _check_across(
    merged: dict[str, Directive],
    changed: dict[str, Directive | None],
    by_path: dict[str, Directive],
    reg: Registry,
    errors: list[ContentError],
    warnings: dict[str, list[ContentError]],
) -> None:
    """The checks across files (one number, one page) for the files read again only: a file
    that fails them is not taken (its previous record comes back into ``merged``)."""
    check = LoadResult(registry=reg)
    _check_directives(
        sorted(merged.values(), key=lambda d: d.path in changed),
        {u.id for u in reg.units},
        {t.year for t in reg.themes},
        check,
    )
    refused = {e.path for e in check.errors if e.path in changed}
    errors.extend(e for e in check.errors if e.path in changed)
    for rel in refused:
        old = by_path.get(rel)
        if old is None:
            merged.pop(rel, None)
        else:
            merged[rel] = old
        changed.pop(rel, None)
    for w in check.warnings:
        if w.path in changed:
            warnings.setdefault(w.path, []).append(w)


def _directive_order(d: Directive) -> tuple[Any, ...]:
    # Newest first, then by number: the one order every list and file uses.
    return (-d.date.toordinal(), d.number.key, d.path)


def filter_audience(
    audience: Visibility,
    *,
    directives: Iterable[Directive],
    themes: Iterable[Theme] = (),
    units: Iterable[Unit] = (),
    practices: Iterable[Practice] = (),
    news: Iterable[NewsItem] = (),
) -> Registry:
    """The audience filter (DESIGN §4): keep only what ``audience`` may see."""
    directives = tuple(directives)
    visible = tuple(d for d in directives if d.visibility.visible_to(audience))
    hidden = frozenset(d.number.key for d in directives if not d.visibility.visible_to(audience))
    return Registry(
        directives=visible,
        themes=tuple(
            sorted((t for t in themes if t.visibility.visible_to(audience)), key=lambda t: -t.year)
        ),
        units=tuple(units),
        practices=tuple(
            sorted(
                (p for p in practices if p.visibility.visible_to(audience)),
                key=lambda p: (-p.year, p.slug),
            )
        ),
        news=tuple(
            sorted(
                (n for n in news if n.visibility.visible_to(audience)),
                key=lambda n: (-n.date.toordinal(), n.slug),
            )
        ),
        audience=audience,
        hidden_numbers=hidden - frozenset(d.number.key for d in visible),
    )


def _check_pages(
    root: Path, content: Path, result: LoadResult, skip: frozenset[Path] = frozenset()
) -> None:
    data_folders = {"themes", "practices", "news"}
    for path in _markdown_files(content, skip):
        rel_docs = path.relative_to(content).as_posix()
        if rel_docs.split("/", 1)[0] in data_folders:
            continue
        doc = read_document(root, path, required=False)
        result.errors.extend(doc.errors)
        visibility = Visibility.INTERNAL
        if doc.meta is not None:
            check = _Checker(doc.path)
            data = check.mapping(doc.meta, PAGE_FIELDS)
            result.errors.extend(check.errors)
            result.warnings.extend(check.warnings)
            visibility = data.get("visibility", Visibility.INTERNAL)
        result.pages[rel_docs] = visibility


def _check_directives(
    directives: list[Directive],
    unit_ids: set[str],
    theme_years: set[int],
    result: LoadResult,
    folder: str = DIRECTIVES_DIR,
) -> None:
    seen: dict[tuple[str, int], Directive] = {}
    urls: dict[str, Directive] = {}
    for d in directives:
        identity = d.identity
        if identity not in seen and d.url in urls:
            # Two numbers, one slug ("5-CV/ĐUK" and "5/CV-ĐUK"): one page would overwrite the other.
            other = urls[d.url]
            result.errors.append(
                ContentError(
                    d.path,
                    d.lines.get("number", 1),
                    f"số {d.number} cho cùng địa chỉ trang /{d.url} với số {other.number} ở tệp "
                    f"{other.path}: hai văn bản không thể chung một trang; hãy kiểm tra lại số",
                )
            )
            continue
        urls.setdefault(d.url, d)
        if identity in seen:
            other = seen[identity]
            result.errors.append(
                ContentError(
                    d.path,
                    d.lines.get("number", 1),
                    f"số {d.number} năm {d.year} đã có ở tệp {other.path}: mỗi văn bản chỉ "
                    "được có một tệp; hãy kiểm tra lại số hoặc ngày, hoặc xóa một tệp",
                )
            )
            continue
        seen[identity] = d
        expected = f"{folder}/{d.year}/{d.slug}.md"
        if d.path != expected and d.path.startswith(f"{folder}/"):
            result.warnings.append(
                ContentError(
                    d.path,
                    1,
                    f"tệp nên đặt tên theo số và năm: {expected} (trang vẫn ở /{d.url})",
                    warning=True,
                )
            )
        for task in d.tasks:
            if _UNIT_ID.match(task.who) and task.who not in unit_ids:
                result.warnings.append(
                    ContentError(
                        d.path,
                        task.line or d.lines.get("tasks", 1),
                        f"nhiệm vụ giao cho «{task.who}» nhưng không có đơn vị mã này trong "
                        "content/units.yml",
                        warning=True,
                    )
                )
        if d.issuer and _UNIT_ID.match(d.issuer) and d.issuer not in unit_ids:
            result.warnings.append(
                ContentError(
                    d.path,
                    d.lines.get("issuer", 1),
                    f"cơ quan ban hành «{d.issuer}» không có trong content/units.yml",
                    warning=True,
                )
            )
        for year in d.themes:
            if year not in theme_years:
                result.warnings.append(
                    ContentError(
                        d.path,
                        d.lines.get("themes", 1),
                        f"chủ đề năm {year} chưa có tệp content/themes/{year}.md",
                        warning=True,
                    )
                )
    _check_relations(list(seen.values()), result)


def _check_practices(practices: list[Practice], unit_ids: set[str], result: LoadResult) -> None:
    """A practice belongs to one unit of units.yml: one of no unit would be on no unit's page."""
    for practice in practices:
        if practice.unit in unit_ids:
            continue
        near = _nearest(practice.unit, sorted(unit_ids))
        hint = f"; có phải ý là «{near}»?" if near else ""
        result.errors.append(
            ContentError(
                practice.path,
                practice.lines.get("unit", 1),
                f"«unit»: không có đơn vị mã «{practice.unit}» trong content/units.yml{hint}",
            )
        )


def _check_relations(directives: list[Directive], result: LoadResult) -> None:
    """Front-matter relations that cannot be true: a document related to itself, and
    documents that supersede each other in a loop (each would show as superseded)."""
    table = number_lookup(directives)
    edges: list[list[tuple[int, int]]] = []  # per directive: (target index, line)
    index = {id(d): i for i, d in enumerate(directives)}
    for d in directives:
        out: list[tuple[int, int]] = []
        for rel in d.relations:
            if rel.target.key == d.number.key and (rel.date is None or rel.date.year == d.year):
                result.errors.append(
                    ContentError(
                        d.path,
                        rel.line or d.lines.get("relations", 1),
                        f"«relations.{rel.kind.value}»: văn bản {d.number} không thể có quan hệ "
                        "với chính nó; hãy bỏ số này khỏi relations",
                    )
                )
            elif rel.kind is RelationKind.SUPERSEDES:
                target = _resolve_relation(table, rel, d.date)
                if target is not None:
                    out.append((index[id(target)], rel.line or d.lines.get("relations", 1)))
        edges.append(out)
    for cycle in _cycles(edges):
        for at, (i, line) in enumerate(cycle):
            d = directives[i]
            turn = [directives[j].number for j, _ in cycle[at:] + cycle[:at]] + [d.number]
            shown = " thay thế ".join(str(n) for n in turn)
            result.errors.append(
                ContentError(
                    d.path,
                    line,
                    f"«relations.supersedes»: các văn bản thay thế nhau thành vòng ({shown}); "
                    "hãy bỏ quan hệ sai",
                )
            )


def _resolve_relation(
    table: dict[str, list[Directive]], rel: Relation, on: dt.date
) -> Directive | None:
    """The record a relation names, as the link graph resolves it: by date when it has one,
    else the latest on or before ``on``, else the first of that year."""
    found = table.get(rel.target.key, [])  # newest first
    if rel.date is not None:
        same = [c for c in found if c.date == rel.date] or [
            c for c in found if c.date.year == rel.date.year
        ]
        return same[0] if same else None
    earlier = [c for c in found if c.date <= on]
    if earlier:
        return earlier[0]
    later = [c for c in found if c.date.year == on.year]
    return later[-1] if later else None


def _cycles(edges: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """One cycle per strongly connected component of more than one node (Tarjan's algorithm,
    without recursion), as (node, line of the edge it leaves by) from the component's first node."""
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    components: list[list[int]] = []
    for root in range(len(edges)):
        if root in order:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                order[node] = low[node] = len(order)
                stack.append(node)
                on_stack.add(node)
            if child < len(edges[node]):
                work.append((node, child + 1))
                target = edges[node][child][0]
                if target not in order:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], order[target])
                continue
            if low[node] == order[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return [_cycle_from(component[0], set(component), edges) for component in components]


def _cycle_from(
    start: int, members: set[int], edges: list[list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """The shortest way from ``start`` back to itself inside ``members`` (breadth first)."""
    came: dict[int, tuple[int, int]] = {}
    queue = [start]
    for node in queue:
        for target, line in edges[node]:
            if target not in members or target in came:
                continue
            came[target] = (node, line)
            if target == start:
                queue.clear()
                break
            queue.append(target)
    path: list[tuple[int, int]] = []
    node = start
    while True:
        prev, line = came[node]
        path.append((prev, line))
        node = prev
        if node == start:
            break
    return path[::-1]


def _check_unique(
    records: list[Any], key: Callable[[Any], Any], what: str, result: LoadResult
) -> None:
    seen: dict[Any, Any] = {}
    for record in records:
        k = key(record)
        if k in seen:
            result.errors.append(
                ContentError(record.path, 1, f"{what} {k} đã có ở tệp {seen[k].path}")
            )
        else:
            seen[k] = record


def _check_urls(records: list[Practice] | list[NewsItem], what: str, result: LoadResult) -> None:
    """Two files whose names slugify alike would write one page: the second is an error."""
    seen: dict[str, Practice | NewsItem] = {}
    for record in records:
        other = seen.setdefault(record.url, record)
        if other is not record:
            result.errors.append(
                ContentError(
                    record.path,
                    1,
                    f"{what} này có cùng địa chỉ trang /{record.url} với tệp {other.path} "
                    "(tên tệp chỉ khác dấu, chữ hoa hoặc dấu gạch): hãy đổi tên một tệp",
                )
            )


def number_lookup(directives: Iterable[Directive]) -> dict[str, list[Directive]]:
    """Directives by number key, newest first, for resolving citations by number."""
    table: dict[str, list[Directive]] = {}
    for d in directives:
        table.setdefault(d.number.key, []).append(d)
    for items in table.values():
        items.sort(key=lambda d: d.date, reverse=True)
    return table
