"""The strict front-matter reader: YAML between ``---`` fences, every value with its line.

PyYAML's own loader keeps the last of two duplicate keys, reads ``no`` as False, turns ``1:20``
into 80 and follows Python tags. Here YAML is only *composed* into nodes, never constructed:
every scalar stays the text the editor typed, with its line, and the loader's validators
(`read.Checker`) decide what it means. Anything YAML can do that front-matter has no use for
(tags, anchors, aliases, merge keys) is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from bangtin.core.model import ContentError
from bangtin.core.text import nfc

__all__ = [
    "MAX_FILE_BYTES",
    "Document",
    "YMap",
    "YScalar",
    "YSeq",
    "YValue",
    "decode",
    "parse_yaml",
    "split_document",
]

_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's composer (ten times faster than PyYAML's, with the same line marks).

    Implicit tags are never resolved: every scalar stays text for the validators, so the
    resolver's regular expressions (``no`` -> bool, ``1:20`` -> 80) need not run at all.
    Explicit tags (``!!python/...``, ``!ENV``) still reach `_convert`, which rejects them.
    """

    def resolve(self, kind: type, value: object, implicit: object) -> str:
        if kind is yaml.ScalarNode:
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP


# A real directive is a few hundred kilobytes at most; anything larger is a mistake
# (a scanned PDF pasted in, a log file) and must not be read into memory.
MAX_FILE_BYTES = 5 * 1024 * 1024


_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:value",
}


@dataclass(frozen=True, slots=True)
class YScalar:
    """A scalar as typed: ``text`` is NFC, ``plain`` is False when it was quoted or a block."""

    text: str
    line: int
    plain: bool
    comment_cut: bool = False
    # Already reported (a rejected tag or alias): validators add no second message for it.
    rejected: bool = False

    @property
    def empty(self) -> bool:
        return self.plain and self.text.strip() in {"", "~", "null", "Null", "NULL"}


@dataclass(frozen=True, slots=True)
class YSeq:
    items: tuple[YValue, ...]
    line: int


@dataclass(frozen=True, slots=True)
class YMap:
    items: dict[str, tuple[int, YValue]]
    line: int

    def get(self, key: str) -> YValue | None:
        entry = self.items.get(key)
        return entry[1] if entry else None

    def key_line(self, key: str) -> int:
        entry = self.items.get(key)
        return entry[0] if entry else self.line


YValue = YScalar | YSeq | YMap


@dataclass(slots=True)
class Document:
    """A Markdown file split into its front-matter and body."""

    path: str
    meta: YMap | None
    body: str
    body_line: int
    errors: list[ContentError] = field(default_factory=list)


def decode(path: str, raw: bytes) -> tuple[str | None, list[ContentError]]:
    """Decode ``raw`` as UTF-8 (a BOM is accepted) into NFC text, or say where it is not UTF-8."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [
            ContentError(
                path,
                line,
                "tệp không được lưu bằng bảng mã UTF-8 (có byte lạ "
                f"0x{raw[exc.start]:02x}); hãy mở tệp và lưu lại với bảng mã UTF-8",
            )
        ]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [ContentError(path, line, "tệp chứa ký tự NUL: đây không phải tệp văn bản")]
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n")), []


def split_document(path: str, text: str, *, required: bool = True) -> Document:
    """Split ``text`` into front-matter (parsed) and body.

    Args:
        path: the file's path as shown in messages.
        text: the decoded file.
        required: when False, a file without front-matter is a plain page (no error).
    """
    lines = text.split("\n")
    first = lines[0].strip() if lines else ""
    if first == "+++":
        return Document(
            path,
            None,
            text,
            1,
            [
                ContentError(
                    path,
                    1,
                    "phần đầu (front-matter) viết bằng TOML (+++) không được hỗ trợ; "
                    "hãy dùng YAML giữa hai dòng ---",
                )
            ],
        )
    if first != "---":
        if not required:
            return Document(path, None, text, 1)
        return Document(
            path,
            None,
            text,
            1,
            [
                ContentError(
                    path,
                    1,
                    "thiếu phần đầu (front-matter): tệp phải bắt đầu bằng một dòng --- , "
                    "tiếp theo là các khóa như number:, date:, rồi một dòng --- nữa",
                )
            ],
        )
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in {"---", "..."}), None)
    if end is None:
        return Document(
            path,
            None,
            "",
            len(lines),
            [
                ContentError(
                    path,
                    1,
                    "phần đầu (front-matter) mở bằng --- ở dòng 1 nhưng không có dòng --- đóng lại",
                )
            ],
        )
    yaml_text = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    doc = Document(path, None, body, end + 2)
    value, errors = parse_yaml(path, yaml_text, first_line=2)
    doc.errors.extend(errors)
    if value is None and not errors:
        doc.errors.append(ContentError(path, 1, "phần đầu (front-matter) đang trống"))
    elif value is not None and not isinstance(value, YMap):
        doc.errors.append(
            ContentError(
                path,
                value.line,
                "phần đầu (front-matter) phải là các cặp «khóa: giá trị» "
                f"(ví dụ number: 2078-CV/ĐUK), không phải {_shape(value)}",
            )
        )
    elif isinstance(value, YMap):
        doc.meta = value
    return doc


def _shape(value: YValue) -> str:
    if isinstance(value, YSeq):
        return "một danh sách"
    if isinstance(value, YScalar):
        text = " ".join(value.text.split())  # one line per message, whatever was typed
        return f"một giá trị đơn «{text[:80]}»"
    return "giá trị khác"


def parse_yaml(
    path: str, text: str, *, first_line: int = 1
) -> tuple[YValue | None, list[ContentError]]:
    """Compose ``text`` into Y-nodes whose lines count from ``first_line``."""
    offset = first_line - 1
    if "\t" in text:
        for number, line in enumerate(text.split("\n"), start=first_line):
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in indent:
                return None, [
                    ContentError(
                        path,
                        number,
                        "dòng thụt lề bằng phím Tab; YAML chỉ nhận dấu cách: "
                        "hãy thay Tab bằng dấu cách",
                    )
                ]
    loader = None
    try:
        loader = _Loader(text)  # the pure-Python reader checks characters here already
        node = loader.get_single_node()
    except yaml.reader.ReaderError as exc:
        # A control character (pasted from a PDF or a Word field) that YAML refuses to read.
        where = text[: max(exc.position, 0)].count("\n") + first_line
        code = exc.character if isinstance(exc.character, int) else 0
        return None, [
            ContentError(
                path,
                where,
                f"phần đầu có ký tự điều khiển không in được (U+{code:04X}), thường do chép từ "
                "PDF hoặc Word; hãy xóa ký tự đó",
            )
        ]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1 + offset) if mark else first_line
        return None, [ContentError(path, where, _yaml_message(exc))]
    except yaml.YAMLError as exc:
        detail = " ".join(str(exc).split())  # one line per problem, always
        return None, [ContentError(path, first_line, f"YAML không đọc được: {detail}")]
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        return None, []
    errors: list[ContentError] = []
    lines = text.split("\n")
    value = _convert(node, path, offset, lines, errors, set())
    return value, errors


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    problem = (exc.problem or "").strip()
    context = (exc.context or "").strip()
    if "mapping values are not allowed" in problem:
        return (
            "giá trị có dấu hai chấm «:» nhưng không đặt trong ngoặc kép; "
            'hãy viết giá trị trong ngoặc kép, ví dụ subject: "Về việc: ..."'
        )
    if "found character '\\t'" in problem or "tab" in problem:
        return "dòng thụt lề bằng phím Tab; YAML chỉ nhận dấu cách"
    if "could not find expected ':'" in problem:
        return "dòng này thiếu dấu hai chấm «:» sau tên khóa, hoặc dòng trên chưa đóng ngoặc kép"
    if "found undefined alias" in problem or "found unknown escape" in problem:
        return f"YAML không hợp lệ: {problem}"
    if "expected <block end>" in problem or "did not find expected" in problem:
        return (
            "thụt lề không đúng hoặc thiếu dấu «-» đầu mục danh sách; các khóa cùng cấp "
            "phải thẳng hàng"
        )
    if "while scanning a quoted scalar" in context or "unexpected end of stream" in problem:
        return "ngoặc kép mở mà chưa đóng"
    return f"YAML không hợp lệ: {problem or context}"


def _convert(
    node: yaml.Node,
    path: str,
    offset: int,
    lines: list[str],
    errors: list[ContentError],
    seen: set[int],
) -> YValue:
    line = node.start_mark.line + 1 + offset
    if id(node) in seen:
        errors.append(
            ContentError(path, line, "không dùng bí danh YAML (&tên / *tên) trong phần đầu")
        )
        return YScalar("", line, True, rejected=True)
    seen.add(id(node))
    if node.tag not in _STANDARD_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        errors.append(
            ContentError(
                path,
                line,
                f"thẻ YAML «{tag}» không được phép trong phần đầu; hãy bỏ thẻ «!…» "
                "và viết giá trị bình thường",
            )
        )
        return YScalar("", line, False, rejected=True)
    if isinstance(node, yaml.ScalarNode):
        plain = node.style in (None, "")  # libyaml says "" where PyYAML says None
        cut = False
        if plain:
            end = node.end_mark
            rest = lines[end.line][end.column :] if end.line < len(lines) else ""
            cut = rest.lstrip(" ").startswith("#") and rest.startswith(" ")
        return YScalar(nfc(str(node.value)), line, plain, cut)
    if isinstance(node, yaml.SequenceNode):
        return YSeq(
            tuple(_convert(item, path, offset, lines, errors, seen) for item in node.value), line
        )
    assert isinstance(node, yaml.MappingNode)
    items: dict[str, tuple[int, YValue]] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1 + offset
        if not isinstance(key_node, yaml.ScalarNode):
            errors.append(
                ContentError(path, key_line, "tên khóa phải là chữ, không phải danh sách")
            )
            continue
        key = nfc(str(key_node.value))
        if key_node.tag not in _STANDARD_TAGS:
            # A tag on a key ("!ENV subject: x") is as foreign to front-matter as one on a value.
            tag = key_node.tag.replace("tag:yaml.org,2002:", "!!")
            errors.append(
                ContentError(path, key_line, f"thẻ YAML «{tag}» không được phép trong phần đầu")
            )
            continue
        if key == "<<":
            errors.append(ContentError(path, key_line, "không dùng khóa gộp «<<» của YAML"))
            continue
        if key in items:
            errors.append(
                ContentError(
                    path,
                    key_line,
                    f"khóa «{key}» bị lặp: đã có ở dòng {items[key][0]}; "
                    "hãy giữ một dòng và xóa dòng kia",
                )
            )
            continue
        items[key] = (key_line, _convert(value_node, path, offset, lines, errors, seen))
    return YMap(items, line)
