"""Footnote definitions and markers, in every form converted documents carry them."""

from __future__ import annotations

import re

from bangtin.importer.layout import Found
from bangtin.importer.lines import clean


def footnote_tail(lines: list[str], end: int, found: Found) -> list[str]:
    """Take the footnote definitions after the closing; return any other text there (appendices)."""
    rest = pull_footnotes(lines[end:], found.footnotes, anywhere=True)
    return rest if any(clean(r) for r in rest) else []


SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPER_MAP = str.maketrans(SUPER, "0123456789")
_FN_DEF = re.compile(
    rf"^(?:⁽(?P<a>[{SUPER}]+)⁾|\((?P<b>\d{{1,2}})\)|\[(?P<c>\d{{1,3}})\]|(?P<d>[{SUPER}]+))\s*(?P<text>\S.*)$"
)


def footnote_def(line: str, *, area: bool = False) -> tuple[str, str] | None:
    """(number, text) when ``line`` defines a footnote; "(1)" counts only in the footnote area."""
    m = _FN_DEF.match(line)
    if not m or (m["b"] and not area):
        return None
    number = (m["a"] or m["b"] or m["c"] or m["d"]).translate(SUPER_MAP)
    return number, m["text"].strip()


def pull_footnotes(lines: list[str], notes: dict[str, str], *, anywhere: bool) -> list[str]:
    """Remove footnote definitions (and their wrapped lines) from ``lines`` into ``notes``."""
    out: list[str] = []
    current: str | None = None
    for line in lines:
        c = line.strip()
        if not c:
            current = None
            out.append(line)
            continue
        fn = footnote_def(c, area=anywhere)
        if fn is not None and fn[0] not in notes:
            current = fn[0]
            notes[current] = fn[1]
            continue
        if current is not None:
            notes[current] = f"{notes[current]} {c}"
            continue
        out.append(line)
    return out
