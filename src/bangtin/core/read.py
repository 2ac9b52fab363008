"""Reading one document: a regular file within its size bound, and its front-matter checked.

`Checker` checks each key against its declaration (`fields`), collecting every problem as
`path:line: message`; `load_one` reads a file and builds its record with it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bangtin.core.bounds import body_bounds
from bangtin.core.fields import YEAR_MAX, YEAR_MIN, Field
from bangtin.core.frontmatter import (
    MAX_FILE_BYTES,
    Document,
    YMap,
    YScalar,
    YSeq,
    YValue,
    decode,
    split_document,
)
from bangtin.core.model import ContentError, DocType
from bangtin.core.numbers import parse_number
from bangtin.core.text import fold

__all__ = [
    "YEARS",
    "Checker",
    "load_one",
    "nearest",
    "not_regular",
    "read_document",
    "read_regular",
    "rel_path",
]

# [0-9], not \d: \d also takes Arabic-Indic and full-width digits, which int() reads as numbers.
_DATE_ISO = re.compile(r"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})$")
_DATE_VN = re.compile(r"^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$")
_DATE_WORDS = re.compile(
    r"^ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})$", re.IGNORECASE
)
# The years of the archive (the Party's founding to a plan's far horizon), for years and dates.
YEARS = (YEAR_MIN, YEAR_MAX)
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def read_document(root: Path, path: Path, *, required: bool = True) -> Document:
    """Read one Markdown file into a `Document`, refusing files that are not regular files, too
    large or not UTF-8, and bodies Markdown cannot convert in bounded work (`body_bounds`)."""
    rel = rel_path(root, path)
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


def rel_path(root: Path, path: Path) -> str:
    """``path`` relative to ``root`` as a POSIX string (as written in messages), else whole."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


# --- value conversion -------------------------------------------------------------------------


class Checker:
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
    near = nearest(key, list(fields))
    place = f" trong «{where}»" if where else ""
    hint = f"; có phải ý là «{near}»?" if near else ""
    known = ", ".join(fields)
    return f"khóa «{key}» không có{place}{hint} (các khóa dùng được: {known})"


def _unknown_choice(value: str, choices: list[str], name: str) -> str:
    near = nearest(value, choices)
    hint = f"; có phải ý là «{near}»?" if near else ""
    return f"«{name}»: giá trị «{value}» không hợp lệ{hint} (chỉ nhận: {', '.join(choices)})"


def nearest(value: str, choices: list[str]) -> str | None:
    """The choice closest to ``value``, diacritics folded (for "did you mean"), or None."""
    folded = {fold(c): c for c in choices}
    match = difflib.get_close_matches(fold(value), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else None


def load_one(
    root: Path,
    path: Path,
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], Checker], Any],
) -> tuple[Any, list[ContentError], list[ContentError]]:
    """One file read, checked against ``fields`` and built: (record or None, errors, warnings)."""
    doc = read_document(root, path)
    if doc.meta is None:
        return None, doc.errors, []
    check = Checker(doc.path)
    data = check.mapping(doc.meta, fields)
    record = build(doc, data, check) if not check.errors else None
    return record, doc.errors + check.errors, check.warnings
