"""Markdown bounds: the places of a body that Python-Markdown cannot convert in bounded work.

Each bound is one `path:line` error (`body_bounds`): blocks too long or too many, nesting too
deep, unclosed brackets and tags whose scans would read too far, inline marks whose copies
would cost too much.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bangtin.core.model import ContentError

__all__ = [
    "MAX_BLOCKS",
    "MAX_BLOCK_LINES",
    "MAX_INLINE_COPY",
    "MAX_LINK_SCAN",
    "MAX_NESTING",
    "MAX_TAG_SCAN",
    "body_bounds",
]

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
