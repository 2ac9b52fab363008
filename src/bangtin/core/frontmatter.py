"""The strict front-matter reader: YAML between ``---`` fences, every value with its line.

PyYAML's own loader keeps the last of two duplicate keys, reads ``no`` as False, turns ``1:20``
into 80 and follows Python tags. Here YAML is only *composed* into nodes, never constructed:
every scalar stays the text the editor typed, with its line, and the record validators in
`load.py` decide what it means. Anything YAML can do that front-matter has no use for
(tags, anchors, aliases, merge keys) is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    "body_bounds",
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

# Python-Markdown's block parser works on blocks (lines between blank lines) and, at each line of
# a block that it splits off (a heading, a rule, a setext underline), runs tests that read the
# whole rest of the block (the tables and admonition extensions split or search all of it): a
# block of N lines costs N times its length. 1.5 MB of headings without a blank line took more
# than ten minutes; in blocks of at most this many lines it takes seconds. Real documents' longest
# blocks are tables and lists of a few dozen lines.
MAX_BLOCK_LINES = 500
# The block parser takes each block off the front of the list of all the others (a copy of the
# list each time): 200,000 paragraphs took 18 s, 1.7 million (5 MB of "a" and a blank line)
# would take hours. A 300-page report has a few thousand.
MAX_BLOCKS = 10_000
# Lists, quotes, admonitions and emphasis nest by recursion in Python-Markdown, which dies with a
# RecursionError around 400 levels (after up to a minute); no document nests more than a few.
MAX_NESTING = 50
_TAB = 4
# One step of a line's nesting: indent, a quote marker, or a list marker and its space.
_LEVEL = re.compile(r"[ \t]+|>|(?:[*+-]|[0-9]{1,9}[.)])(?=[ \t])")
_LEVEL_STARTS = frozenset(" \t>*+-0123456789")
_RULE = re.compile(r" {0,3}([-*_])(?: *\1){2,} *$")
_EMPHASIS = re.compile(r"[*_]+")
_TAG_START = re.compile(r"<[A-Za-z]")
# html.parser's scan of tags runs in C: about a second per 20 million characters.
MAX_TAG_SCAN = 20_000_000
# A line that starts with more indent, quote or list marks than MAX_NESTING levels could take
# (the newline first: the regular expression engine then jumps from one newline to the next).
_DEEP_PREFIX = re.compile(f"\\n[ \\t>*+.)0-9-]{{{MAX_NESTING + 1}}}")
# Escaped marks (\[) are text to Python-Markdown: taken whole so that they are skipped.
_LINK_MARKS = re.compile(r"\\.|[\[\]()]")
# Python-Markdown's link reader scans, character by character in Python, from each "[" to its
# "]" and from "](" to ")", to the end of the block when they stay open; about a second per
# two million characters. Real bodies scan a few thousand.
MAX_LINK_SCAN = 2_000_000
# An inline element costs a copy of its block: marks times length, about a second per five
# billion (a real paragraph of a thousand characters with fifty marks costs fifty thousand).
MAX_INLINE_COPY = 5_000_000_000

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


def body_bounds(path: str, body: str, first_line: int) -> list[ContentError]:
    """The places of ``body`` that Python-Markdown cannot convert in bounded work: blocks longer
    than `MAX_BLOCK_LINES` lines (each), the first line nested deeper than `MAX_NESTING` in
    lists, quotes or indentation, the first emphasis nested deeper than that, and the block
    where unclosed brackets have made the link scanner read more than `MAX_LINK_SCAN`
    characters.

    Args:
        path: the file's path as shown in messages.
        body: the Markdown body.
        first_line: the line of the file the body starts at.
    """
    errors: list[ContentError] = []
    # Each check runs only where a cheap count says it could fail: the loader reads 10,000
    # bodies in a cold build. The link scan of a body is at most its marks times its length;
    # a nesting over MAX_NESTING needs that many characters of indent or quote marks, and an
    # emphasis that deep that many runs of * or _.
    links, marks = body.count("[") + body.count("]("), _inline_marks(body)
    if (
        body.count("\n") >= min(MAX_BLOCK_LINES, MAX_BLOCKS)
        or links * len(body) > MAX_LINK_SCAN
        or marks * len(body) > MAX_INLINE_COPY
    ):
        errors += _block_bounds(path, body, first_line)
    if "<" in body and body.count("<") * len(body) > MAX_TAG_SCAN:
        errors += _tag_bounds(path, body, first_line)
    deep = _DEEP_PREFIX.search(body) or _DEEP_PREFIX.match("\n" + body[: MAX_NESTING + 1])
    if deep or body.count("*") + body.count("_") > MAX_NESTING:
        errors += _line_bounds(path, body.split("\n"), first_line)
    return sorted(errors, key=lambda e: e.line)


def _block_bounds(path: str, body: str, first_line: int) -> list[ContentError]:
    """Blocks longer than `MAX_BLOCK_LINES` (each), the block after the first `MAX_BLOCKS`, and
    the blocks where the link scan or the inline copies of the body pass their bounds (once)."""
    errors: list[ContentError] = []
    scanned, copied, reported = 0, 0, set[str]()
    for count, (start, lines) in enumerate(_blocks(body, first_line), start=1):
        if count == MAX_BLOCKS + 1:
            errors.append(
                ContentError(
                    path,
                    start,
                    f"văn bản có hơn {MAX_BLOCKS} khối (đoạn, tiêu đề, mục danh sách cách nhau "
                    "bằng dòng trống): Markdown xử lý chừng ấy khối rất chậm; hãy tách văn bản "
                    "thành nhiều tệp, hoặc bỏ các dòng trống thừa",
                )
            )
        if len(lines) > MAX_BLOCK_LINES:
            errors.append(
                ContentError(
                    path,
                    start,
                    f"{len(lines)} dòng liền nhau không có dòng trống (mỗi khối tối đa "
                    f"{MAX_BLOCK_LINES} dòng): Markdown đọc một khối như vậy rất chậm; hãy thêm "
                    "một dòng trống giữa các tiêu đề, đoạn văn, hoặc tách bảng, danh sách dài "
                    "thành nhiều phần",
                )
            )
        block = "\n".join(lines)
        copied += _inline_marks(block) * len(block)
        if copied > MAX_INLINE_COPY and "copy" not in reported:
            reported.add("copy")
            errors.append(
                ContentError(
                    path,
                    start,
                    "khối quá dài có quá nhiều dấu định dạng (\\ ` * _ [ ] < & !): Markdown chép "
                    "lại cả khối ở mỗi dấu, rất chậm; hãy tách khối thành nhiều đoạn bằng dòng trống",
                )
            )
        scanned += _link_scan(block) if "[" in block else 0
        if scanned > MAX_LINK_SCAN and "links" not in reported:
            reported.add("links")
            errors.append(
                ContentError(
                    path,
                    start,
                    "nhiều dấu «[» hoặc «](» không đóng: Markdown phải đọc lại phần còn lại của "
                    "khối từ mỗi dấu ấy, rất chậm; hãy đóng các dấu ngoặc, hoặc viết «\\[» để "
                    "in chính dấu ngoặc",
                )
            )
    return errors


def _inline_marks(text: str) -> int:
    """How many characters of ``text`` can start an inline element of Python-Markdown, which
    copies the whole block each time it puts one aside (50,000 escapes "\\\\" in one
    paragraph took 1.7 s, four times as many would take half a minute)."""
    return sum(text.count(mark) for mark in "\\`*_[]<&!")


def _tag_bounds(path: str, body: str, first_line: int) -> list[ContentError]:
    """The first ``<`` of a tag that does not close, when the HTML reader's scan of the body
    passes `MAX_TAG_SCAN`. Python-Markdown's raw HTML reader (Python's html.parser) reads from
    each ``<`` followed by a letter to the next ``>``, and from the next one again when there
    is none: "x <y" repeated 4,000 times took a second, ten times as many two minutes."""
    total, resume, unclosed = 0, 0, -1
    for match in _TAG_START.finditer(body):
        at = match.start()
        if at < resume:
            continue  # inside the tag read last
        end = body.find(">", at) if unclosed < 0 else -1
        if end < 0:
            unclosed = at if unclosed < 0 else unclosed
            total += len(body) - at
        else:
            total, resume = total + end - at, end
        if total > MAX_TAG_SCAN and unclosed >= 0:
            return [
                ContentError(
                    path,
                    first_line + body.count("\n", 0, unclosed),
                    "nhiều dấu «<» không có dấu «>» đóng lại: Markdown phải đọc lại phần còn "
                    "lại của văn bản từ mỗi dấu ấy, rất chậm; hãy viết «&lt;» (hoặc «\\<») để in "
                    "chính dấu nhỏ hơn",
                )
            ]
    return []


def _line_bounds(path: str, lines: list[str], first_line: int) -> list[ContentError]:
    """The first line nested deeper than `MAX_NESTING` in lists, quotes or indentation, and
    the first where emphasis does (one place is enough to find the rest)."""
    errors: list[ContentError] = []
    emphasis, deep, stressed = 0, False, False
    for number, line in enumerate(lines, start=first_line):
        if not line or (line[0] in " \t\r>" and not line.strip(" \t\r")):
            emphasis = 0  # a blank line: emphasis does not cross it
            continue
        if not deep and line[0] in _LEVEL_STARTS and (depth := _nesting(line)) > MAX_NESTING:
            deep = True
            errors.append(
                ContentError(
                    path,
                    number,
                    f"lồng quá sâu: {depth} cấp danh sách, trích dẫn hoặc thụt lề (tối đa "
                    f"{MAX_NESTING} cấp): hãy giảm mức thụt lề hoặc bớt dấu «>»",
                )
            )
        if not stressed and ("*" in line or "_" in line):
            emphasis, peak = _emphasis(line, emphasis)
            if peak > MAX_NESTING:
                stressed = True
                errors.append(
                    ContentError(
                        path,
                        number,
                        f"chữ nhấn mạnh (dấu * hoặc _) lồng nhau quá sâu: {peak} cấp (tối đa "
                        f"{MAX_NESTING}): hãy kiểm tra các dấu * và _ chưa đóng",
                    )
                )
    return errors


def _blocks(body: str, first_line: int) -> Iterator[tuple[int, list[str]]]:
    """The blocks of ``body`` (runs of lines that are not blank) with the line each starts at;
    Python-Markdown takes a line of spaces and tabs for a blank line."""
    start = 0
    lines: list[str] = []
    for number, line in enumerate([*body.split("\n"), ""], start=first_line):
        if line.strip(" \t\r"):
            start = start if lines else number
            lines.append(line)
        elif lines:
            yield start, lines
            lines = []


def _link_scan(block: str) -> int:
    """How many characters Python-Markdown's link reader scans in ``block``: from each ``[`` to
    its ``]`` and from each ``](`` to its ``)``, or to the end of the block when they stay
    open (each is read again from there: "[a][" repeated 4,000 times took 23 s)."""
    brackets: list[int] = []
    parens: list[int] = []
    total = 0
    for match in _LINK_MARKS.finditer(block):
        mark, at = match.group(), match.start()
        if mark == "[":
            brackets.append(at)
        elif mark == "]" and brackets:
            total += at - brackets.pop()
        elif mark == "(" and (parens or (at and block[at - 1] == "]")):
            parens.append(at)
        elif mark == ")" and parens:
            total += at - parens.pop()
    return total + sum(len(block) - at for at in brackets + parens)


def _emphasis(line: str, depth: int) -> tuple[int, int]:
    """The emphasis depth after ``line`` and the deepest it reached, from ``depth``: a run of
    ``*``/``_`` before a word opens a level, one after a word closes one. Python-Markdown
    handles nested emphasis by recursion, which dies around 1,000 levels."""
    peak = depth
    for match in _EMPHASIS.finditer(line):
        before = line[match.start() - 1] if match.start() else " "
        after = line[match.end()] if match.end() < len(line) else " "
        opens = not after.isspace() and not before.isalnum()
        closes = not before.isspace() and not after.isalnum()
        if opens and not closes:
            depth += 1
            peak = max(peak, depth)
        elif closes and depth:
            depth -= 1
    return depth, peak


def _nesting(line: str) -> int:
    """How deep ``line`` nests: one level per quote marker ``>``, per list marker (``-``, ``*``,
    ``+``, ``1.``, ``1)``: "1. 1. 1. x" nests three lists on one line) and per four columns of
    indent (a tab stops at the next four); the one space after a marker is part of it."""
    if _RULE.match(line):
        return 0  # "* * * * *" is a rule, not lists
    levels, column, pos = 0, 0, 0
    while match := _LEVEL.match(line, pos):
        pos = match.end()
        token = match.group()
        if token[0] in " \t":
            for char in token:
                column += _TAB - column % _TAB if char == "\t" else 1
            continue
        levels += 1
        if line.startswith(" ", pos):
            pos += 1
    return levels + column // _TAB


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
