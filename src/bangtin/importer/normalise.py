"""Normalising damaged text into the lines the layout reader expects."""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterable

from bangtin.core.model import DocType
from bangtin.core.numbers import parse_number
from bangtin.core.text import nfc
from bangtin.importer.lines import (
    AUTHORITY,
    KINH_GUI,
    TITLE_WORDS,
    V_V,
    compact_key,
    date_in,
    doc_type_line,
    is_caps,
    is_name,
    is_right_hand,
    is_rule,
    number_in,
    type_lead,
    typed_number_head,
    without_hard_break,
)

# A tone mark written as a combining character on a line of its own, the word torn around it
# ("nga" / "̀" / "y 14 tha" / "́" / "ng 10 năm 2009": an old Word file's text layer): the mark goes
# back onto the letter before it and the word's rest follows, one word again.
# (Also with a blank line on each side, where the copy doubled its breaks.)
_LOOSE_MARK = re.compile(
    r"(?<=[^\W\d_])[ \t]*\n(?:[ \t]*\n)?[ \t]*([\u0300-\u036f]{1,2})[ \t]*\n(?:[ \t]*\n)?[ \t]*(?=\w)"
)


# A font that gave the capital "Ị" as "N" in a PDF's text layer: "QUYẾT ĐNNH", "NGHN QUYẾT",
# "CHỈ THN" (made up; draw10/2259's shape). No Vietnamese word is written so.
_LOST_DOT_I_WORDS = {"ĐNNH": "ĐỊNH", "NGHN": "NGHỊ", "CHỈ THN": "CHỈ THỊ"}
_LOST_DOT_I = re.compile(r"(?<![^\W\d_])(?:ĐNNH|NGHN|CHỈ THN)(?![^\W\d_])")


def prepare_lines(text: str) -> list[str]:
    """Lines of ``text``: NFC, no NBSP or zero-width characters, columns split into lines."""
    text = from_tcvn3(mend_escapes(from_html(from_markdown(text))))
    text = _LOOSE_MARK.sub(r"\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _LOST_DOT_I.sub(lambda m: _LOST_DOT_I_WORDS[m[0]], nfc(text))
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\ufeff", "")
    text = re.sub(r"[\u200b\u200c\u200d\u2060]", "", text)
    # PDFium gives a hyphen it found at a line's end as U+0002 ("1334/SGD\x02 DT-VP"); other
    # control characters of a text layer carry nothing.
    text = re.sub(r"[\x00\x01\x03-\x08\x0b\x0c\x0e-\x1f]", "", text.replace("\x02", "-"))
    text = _undouble_breaks(text)
    lines: list[str] = []
    for raw in text.split("\n"):
        # A tab or a run of spaces is where a PDF or a web table put two columns on one line.
        cells = [c.rstrip() for c in re.split(r"\t+| {4,}", raw.rstrip())]
        cells = [c for c in cells if c.strip()] or [""]
        lines.extend(_label_with_number(cells))
    lines = [line.strip() if not line.strip() else line.rstrip() for line in lines]
    lines = ["" if _LONE_TAG.match(line) else line for line in lines]
    lines = [
        piece
        for line in map(_about_apart, map(_mend_motto, map(_retyped_copy, lines[:_HEAD_LINES])))
        for cell in _header_row(line)
        for piece in _unflatten(cell)
    ] + lines[_HEAD_LINES:]
    lines = _page_marker(lines)
    lines = _motto_cell_apart(_split_glued(lines))
    lines = _join_wrapped(_rejoin_right_hand(_rejoin_split_motto(lines)))
    lines = _rejoin_cut_code(lines)
    # A date line joined from its wrapped pieces may carry the heading after it (see _date_then).
    lines = [p for i, x in enumerate(lines) for p in (_date_then(x) if i < _HEAD_LINES else [x])]
    lines = [piece for line in lines for piece in _title_name(line)]
    # (after the cells' wrapped lines were joined: the border ends a cell, see _join_wrapped)
    return [_without_cell_end(x) if i < _HEAD_LINES else x for i, x in enumerate(lines)]


# An HTML tag alone on a Markdown file's line, "<div align="right">", "</div>", an image of the
# seal ("<img src=... title="(dấu đỏ)"/>"; made up, draw11/2416's shape, a Word file converted
# to Markdown): markup, no words; a blank line where it stood.
_LONE_TAG = re.compile(
    r"^\s*</?(?:div|img|span|p|br|center|font)\b[^<>]*/?>\s*$"
    # ... or a Markdown image alone on its line: the seal's picture between the signer's title
    # and name ("**PHÓ CHỦ TỊCH**" / "![red seal stamp](https://...)" / "**Nguyễn Văn An**", a
    # retrieval corpus's Markdown; made up, draw14/3064's shape), a scan's figure.
    r"|^\s*!\[[^\]\n]*\]\([^()\s]*\)\s*$",
    re.IGNORECASE,
)


# A year glued to the "VỀ" that opens the trích yếu after it: "NGHỊ ĐỊNH / CỦA CHÍNH PHỦ SỐ
# 61/1998/NĐ-CP NGÀY 15 THÁNG 8 NĂM 1998VỀ CÔNG" (made up; draw11/2487's shape, a legal site's
# heading that lost the space): no word runs on from a year's figures.
_YEAR_THEN_ABOUT = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?=(?:VỀ|Về)\s)")


def _about_apart(line: str) -> str:
    return _YEAR_THEN_ABOUT.sub(r"\1 ", line)


# "Số:" alone in a cell with a number opening the next: "Số:    198  /BC-UBND", a portal's copy
# that padded the number with spaces (made up; draw9/2081's shape), no gap between two columns.
# A blank number ("Số:        Hà Nội, ngày ...", a draft) keeps its cells apart.
_LABEL_CELL = re.compile(r"^\s*(?i:S\s?ố)\s*:?$")


def _label_with_number(cells: list[str]) -> list[str]:
    out: list[str] = []
    for cell in cells:
        if out and _LABEL_CELL.match(out[-1]) and re.match(r"\d", cell):
            out[-1] = f"{out[-1]} {cell}"
        else:
            out.append(cell)
    return out


def _retyped_copy(line: str) -> str:
    """``line`` without a broken-case copy of itself glued before it: "QUYếT địNHQUYẾT ĐỊNH" (a
    legacy font's capitals half decoded as small letters, then the heading retyped) is the
    heading; the two halves are the same letters but for case, the second one in capitals."""
    c = line.strip()
    if len(c) > 80 or len(c) < 6 or len(c) % 2:
        return line
    half = len(c) // 2
    first, second = c[:half], c[half:]
    if first != second and first.casefold() == second.casefold() and second == second.upper():
        return second
    return line


_DOUBLED_LINES = 8  # fewer lines than this say nothing of how the copy broke them


def _undouble_breaks(text: str) -> str:
    """``text`` with its breaks halved where a copy doubled every one of them.

    A web page that puts each line of the document in a paragraph of its own reaches us with a
    blank line after every line: the header's two columns then read as lines apart, a title's
    wrapped rest as a paragraph of the body. Where no two written lines stand together, every
    break was doubled: halving them gives the document's own lines and blank lines back.
    """
    lines = text.split("\n")
    written = sum(1 for line in lines if line.strip())
    if written < _DOUBLED_LINES:
        return text
    if any(a.strip() and b.strip() for a, b in itertools.pairwise(lines)):
        return text
    return re.sub(r"\n[ \t]*\n", "\n", text)


def _rejoin_right_hand(lines: list[str]) -> list[str]:
    """A right-hand phrase wrapped over two lines, its first words glued to the left column's.

    A PDF's header columns: "HĐĐ HUYỆN ĐỒNG HỶ ĐỘI TNTP HỒ" / "CHÍ MINH", "CỘNG HÒA XÃ HỘI CHỦ
    NGHĨA VIỆT" / "NAM": the right-hand phrase ("ĐỘI TNTP HỒ CHÍ MINH", the national motto) is
    put back together on a line of its own, so that neither piece is read as a header line.
    """
    out = list(lines)
    i = -1
    while (i := i + 1) < min(len(out), _HEAD_LINES) - 1:
        first, second = out[i].strip(), out[i + 1].strip()
        if doc_type_line(first) or type_lead(first) or V_V.match(first):
            # From the title block on, "... ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ" / "QUỐC VIỆT NAM" is
            # the subject's, not a column's.
            break
        if not second or len(second.split()) > 4 or not is_caps(second) or is_right_hand(first):
            continue
        words = first.split()
        for k in range(1, min(len(words), 8) + 1):
            phrase = " ".join([*words[-k:], second])
            if is_right_hand(phrase):
                out[i : i + 2] = [x for x in (" ".join(words[:-k]), phrase) if x]
                break
    return out


# The mottos, word by word: no body's name in a left column holds their words in their order.
_MOTTO_WORDS = tuple(
    tuple(k for w in motto.split() if (k := compact_key(w)))
    for motto in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    )
)


def _rejoin_split_motto(lines: list[str]) -> list[str]:
    """A motto the narrow right cell wrapped over two rows of the header, put back on its line.

    A PDF's text layer or a copied Word table gives each row of the header on one line, the
    cells apart or glued: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI" / "TỈNH HẬU GIANG CHỦ NGHĨA VIỆT
    NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN" / "BAN TUYÊN GIÁO VIỆT NAM", "LIÊN ĐOÀN LAO
    ĐỘNG Độc lập - Tự do -" / "THÀNH PHỐ HỒ CHÍ MINH Hạnh phúc", or the cells on lines of their
    own ("CỘNG HÒA XÃ HỘI" / "TỈNH HẬU GIANG" / "CHỦ NGHĨA VIỆT NAM"). The motto's first words
    end one row and its rest ends a row below: neither piece is the left column's. Only above
    the number and date row and the title block, where the motto stands.
    """
    out = list(lines)
    i = -1
    while (i := i + 1) < min(len(out), _HEAD_LINES):
        line = out[i].strip()
        if doc_type_line(line) or type_lead(line) or V_V.match(line):
            break
        if number_in(line) is not None or date_in(line):
            break
        for motto, whole in [
            *((m, False) for m in _MOTTO_WORDS),
            *((n, True) for n in _NAME_WORDS),
        ]:
            if (pieces := _motto_rows(out, i, motto, whole=whole)) is not None:
                out[i : pieces[0] + 1] = pieces[1]
                break
    return out


# The Đoàn's and the Đội's names in the motto's place: a left column may hold their words too
# ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH"), so only pieces on lines of their own are
# put back together ("ĐOÀN TNCS HỒ CHÍ" / "BCH ĐOÀN TRƯỜNG ..." / "MINH").
_NAME_WORDS = tuple(
    tuple(compact_key(w) for w in name.split())
    for name in (
        "ĐOÀN TNCS HỒ CHÍ MINH",
        "ĐỘI TNTP HỒ CHÍ MINH",
        "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
        "ĐỘI THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH",
    )
)


def _tail_words(words: list[str], keys: tuple[str, ...]) -> int:
    """How many of ``words``, from the end, spell ``keys`` (dashes between them skipped), or 0."""
    n, k = 0, len(keys)
    for word in reversed(words):
        key = compact_key(word)
        if not key:
            n += 1
            continue
        if k == 0 or key != keys[k - 1]:
            break
        n, k = n + 1, k - 1
    return n if k == 0 else 0


def _motto_rows(
    lines: list[str], i: int, motto: tuple[str, ...], *, whole: bool = False
) -> tuple[int, list[str]] | None:
    """(the row holding the motto's rest, the lines from ``i`` to it mended), or None.

    ``whole``: both pieces must stand on lines of their own.
    """
    words = lines[i].split()
    k = next((k for k in range(len(motto) - 1, 0, -1) if _tail_words(words, motto[:k])), 0)
    rest = motto[k:]
    # One word alone ("CỘNG", "NAM") is a piece only beside a long rest or on a line of its own.
    if k == 0 or (k == 1 and len(rest) < 3):
        return None
    cut = len(words) - _tail_words(words, motto[:k])
    if words[:cut] and (whole or not is_caps(" ".join(words[:cut]))):
        return None
    seen = 0
    for j in range(i + 1, min(i + 8, len(lines))):
        other = lines[j].split()
        if not other:
            continue
        seen += 1
        if seen > 3:
            return None
        if not (n := _tail_words(other, rest)):
            continue
        left = other[: len(other) - n]
        if whole and left:
            continue
        if (len(rest) >= 2 or not left) and (not left or is_caps(" ".join(left))):
            return j, [
                *([" ".join(words[:cut])] if words[:cut] else []),
                " ".join([*words[cut:], *other[len(other) - n :]]),
                *lines[i + 1 : j],
                *([" ".join(left)] if left else []),
            ]
    return None


_PAGE_ONE = re.compile(r"^\s*1\.\s+(?P<rest>\S.*)$")
_PAGE_GLUED = re.compile(r"^\s*Trang\s*1(?P<rest>[A-ZĐ][A-ZĐÀ-Ỹ]+\s.*)$")


def _page_marker(lines: list[str]) -> list[str]:
    """The header's first line without the "1. " a document-sharing site puts before page 1.

    Such sites list a file's text page by page ("1. UBND TỈNH NINH THUẬN" / "CỘNG HÒA XÃ HỘI ...",
    "1. ỦY BAN NHÂN DÂN CỘNG HÒA ..."): the first line of the header is then no list item. A body's
    "1. MỤC ĐÍCH, YÊU CẦU" stands after the header, never above its motto or number.
    """
    for i, line in enumerate(lines[:_HEAD_LINES]):
        c = line.strip()
        if is_right_hand(c) or number_in(c) is not None or date_in(c):
            return lines
        if glued := _PAGE_GLUED.match(line):
            # "Trang 1HỘI ĐỒNG ĐỘI HUYỆN ...": a document site's page marker glued to the header's
            # first line (nothing else writes a page number against capitals).
            return [*lines[:i], glued["rest"], *lines[i + 1 :]]
        m = _PAGE_ONE.match(line)
        if m is None or not is_caps(" ".join(m["rest"].split()[:3])):
            continue
        ahead = [x for x in lines[i : i + 8] if x.strip()][:4]
        if any(
            is_right_hand(x.strip()) or _GLUED_RIGHT.search(x) or re.search(r"\bSố\s*:", x)
            for x in ahead
        ):
            return [*lines[:i], m["rest"], *lines[i + 1 :]]
        return lines
    return lines


# --- Shapes of real documents (tests/fixtures/real) -------------------------------------------
# Each rule below names the shape it reads and a real example; none knows a particular file.

# The header block, even with page chrome above it, stands in these lines (a legal-text site's
# record, a label and its value a line apart, put 1559 of the seventh draw's header at line 57).
_HEAD_LINES = 90
# Right-hand phrases a copy glued onto the left column's line: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
# CHỦ NGHĨA VIỆT NAM" / "TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc" (Hậu Giang's portal),
# "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH" (a Đoàn draft on Scribd). Capitals only for
# the names, so running text ("độc lập dân tộc") is never cut.
# (OCR reads the motto's second line with its marks lost or wrong: "Độc lập - Ty do — Hạnh
# phúc", "Tư do"; draw12/2662's shape, an OCR dump of a customs letter.)
_GLUED_RIGHT = re.compile(
    r"(?<=\S)[ \t]*(?=CỘNG[ \t]+H(?:OÀ|ÒA)[ \t]+X[ÃÀ][ \t]*HỘI\b|ĐẢNG[ \t]+CỘNG[ \t]+SẢN[ \t]+VIỆT"
    r"|ĐOÀN[ \t]+TNCS[ \t]+HỒ[ \t]+CHÍ[ \t]+MINH"
    r"|(?i:Độc[ \t]+lập[ \t]*[-–—]?[ \t]*(?:Tự[ \t]|T[ưuy][ \t]+do\b)))"
)
# The national motto by its shape, one word damaged by a font or a text layer ("CỘNG HỊA XÃ HỘI
# CHỦ NGHĨA VIỆT NAM", "CỘNG HỒ XÃ HỘI ...", "CÔNG HÒA ..."): its other words, in capitals and
# in their order, are never anything else. Written back whole, so every rule that knows the
# motto (the columns' split, the header's right hand) knows it.
# (OCR also reads "NGHĨA" short, "NGA": "CONG HOA XÃ HỘI CHỦ NGA VIET NAM", draw12/2680's shape.)
_DAMAGED_MOTTO = re.compile(
    r"C\S{1,2}NG\s+H\S{0,3}\s+X\S?\s*H[ỘÔO]I\s+CH[ỦU]\s+NG(?:H[ĨI])?A\s+VI[ỆE]T\s+NAM\b"
)
_MOTTO_SPELT = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def _mend_motto(line: str) -> str:
    """``line`` with a damaged national motto written as it is printed (see _DAMAGED_MOTTO)."""
    # A rule's last dash glued before the line under it in a PDF's text layer: "-CỘNG HÒA XÃ HỘI
    # CHỦ NGHĨA VIỆT NAM ...", "-Số: 04/2013/TT-NHNN Hà Nội, ngày ..." (never a list's item).
    line = _DASH_GLUED.sub("", line)
    if (m := _NOTE_GLUED.match(line)) and is_caps(line[m.end() :]):
        # "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM": a form's note mark glued before the issuer's name.
        line = line[m.end() :]
    if "NAM" not in line:
        return line
    return _DAMAGED_MOTTO.sub(
        lambda m: m[0] if m[0].isascii() or m[0] in _MOTTO_SPELT else _MOTTO_SPELT[0], line
    )


_NOTE_GLUED = re.compile(r"^\(\d{1,2}\)(?=[A-ZĐÀ-Ỹ]{2})")
# (Also a short rule run on with a space: "——- Số: 1155/QĐ-TTg", a legal site's rendering.)
_DASH_GLUED = re.compile(
    r"^(?:[-–]|[-–—]{2,4}\s+)(?=S\s?ố\s*:|SỐ\s*:|C[ỘO]NG\s+H[ÒO]A\s|ĐẢNG\s+CỘNG\s+SẢN)"
)


# A run of rule characters after a header line: "BỘ Y TẾ -------".
_TRAILING_RULE = re.compile(r"^(?P<text>.*?\S)[ \t]+(?P<rule>[-–—_=*~]{3,})$")


def _header_row(line: str) -> list[str]:
    """The cells of a header table's row that a legal-text site wrote as one line between "|".

    "BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |", "| Số: 3557/QĐ-BYT | Hà Nội, ngày 14
    tháng 11 năm 2025 |": the two columns of a Party, state or mass-organisation header (the
    motto or the number with the place and date) stand in cells of one line. Only a row with such
    a cell is cut, so a table of the body keeps its "|".
    """
    if "|" not in line or (line.count("|") == 1 and _OCR_STROKE.search(line)):
        return [line]
    cells = [c.strip() for c in line.split("|")]
    cells = [c for c in cells if c]
    if len(cells) < 2 and not line.strip().endswith("|"):
        return [line]
    header_cell = any(is_right_hand(c) or number_in(c) is not None or date_in(c) for c in cells)
    # A PDF of such a page keeps one cell a line: "BAN CHẤP HÀNH TRUNG ƯƠNG |", "| BỘ Y TẾ |" (a
    # body's table has more columns than the header's two).
    names = len(cells) <= 2 and all(is_caps(c) for c in cells)
    return cells if (header_cell or names) and cells else [line]


# One stroke glued to a word with the line's words going on in small letters after it: an OCR's
# misread digit or letter ("Hà Nội, ngày ñ| tháng 42 năm 2022", draw12/2680's shape), no cell's
# edge (a table's row writes its strokes apart or at its ends).
_OCR_STROKE = re.compile(r"(?<=\w)\|(?=\s+[a-zà-ỹđ])")


# The national motto as _mend_motto writes it back, inside a header row read on one line.
_MOTTO_IN_ROW = re.compile(r"(?<=\S)\s+CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM\s+")
_MOTTO_LINE_TWO = re.compile(r"\s+(?=(?i:Độc\s+lập)\b)")


def _row_by_row(line: str) -> list[str]:
    """A header read row by row on one line, cut into its cells: "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI
    CHỦ NGHĨA VIỆT NAM TỈNH TRÀ VINH Độc lập - Tự do - Hạnh phúc" (a left cell, the motto, the
    next left cell, the motto's second line), where both left cells are capitals."""
    m = _MOTTO_IN_ROW.search(line)
    if m is None:
        return [line]
    before, after = line[: m.start()], line[m.end() :]
    # (Only where the motto's second line closes the row: a cell at the line's end may wrap on,
    # "... VIỆT NAM TỈNH" / "TRÀ VINH Độc lập ...", and which words are whose cannot be told.)
    second = _MOTTO_LINE_TWO.search(after)
    if second is None:
        return [line]
    cell, rest = after[: second.start()], after[second.end() :]
    if not (is_caps(before) and is_caps(cell)) or number_in(cell) or date_in(cell):
        return [line]
    return [before, m[0].strip(), cell, rest]


# A congress's name goes on with the body whose congress it is: "ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC ĐOÀN
# TNCS HỒ CHÍ MINH" is one line of the left column, not the left and the right one glued.
_CONGRESS_END = re.compile(r"ĐẠI\s+HỘI(?:\s+ĐẠI\s+BIỂU)?(?:\s+TOÀN\s+QUỐC)?\s*$")


def _glued_pieces(line: str) -> list[str]:
    """Cut ``line`` before each right-hand phrase that, with what follows it, is the right column.

    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is cut; "KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90
    NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 ...)" is not: there the name runs on.
    """
    cuts = [0]
    for m in _GLUED_RIGHT.finditer(line):
        rest = line[m.end() :]
        motto = re.search(r"(?i:Độc[ \t]+lập)", rest[1:])
        head = rest[: motto.start() + 1] if motto else rest
        place = re.search(r"\s(?:[A-ZĐ]\S*\s+){0,3}[A-ZĐ]\S*\s*,\s*[Nn]g\s?[àa]\s?y\b", head)
        if place:
            head = head[: place.start()]
        if (
            is_right_hand(head.strip())
            and m.end() > cuts[-1]
            and not _CONGRESS_END.search(line, 0, m.start())
        ):
            cuts.append(m.end())
    if len(cuts) == 1:
        return [line]
    pieces = [line[a:b] for a, b in zip(cuts, [*cuts[1:], len(line)], strict=True)]
    # A dash an OCR read between the columns ("BỘ TÀI CHÍNH - CỘNG HÒA ...", draw12/2680's
    # shape) is no part of the left cell's name.
    pieces[:-1] = [_COLUMN_DASH.sub("", p) for p in pieces[:-1]]
    return [p.strip() for p in pieces if p.strip()]


_COLUMN_DASH = re.compile(r"\s+[-–—]\s*$")


# Where a document flattened into one line (a forum post, a document site's text preview)
# had its line breaks: before the number, the motto, the place and date, the type name in
# capitals, "V/v", "Kính gửi", "Nơi nhận", each "- Căn cứ" and "- " item, the authority; a rule
# is cut off before its first dash ("BỘ ... NÔNG THÔN ------- Số: ...": never "NÔNG THÔN -").
# A flattened document's number: "Số: 12/KH-UBND", "Số 12-CV/ĐUK", and a legal site's typed line
# "Nghị quyết số: 11-NQ/TW" (a type's name in sentence case before "số:"; prose writes "số 12"
# without the colon) ...
_TYPED_NUMBER = r"[A-ZĐ][a-zđà-ỹ]+(?:\s+[a-zđà-ỹ]+){1,3}\s+số\s*:\s*(?=\d)"
_FLAT_NUMBER = re.compile(rf"\bSố\s*(?::|\d)|(?<!\S){_TYPED_NUMBER}")
_FLAT_BREAKS = re.compile(
    # ... which opens its line: "... ĐẢNG CỘNG SẢN VIỆT NAM" / "Nghị quyết số: 11-NQ/TW ...";
    # not after "theo", which names another's ("(Ban hành kèm theo Quyết định số: 59/QĐ-UBND
    # ...)", rules issued with a decision: draw3/620 flattened took it for its number line).
    rf"(?<=\S)(?<!\btheo)\s+(?={_TYPED_NUMBER})|"
    # A table's cell border a page left between its title and the document ("... do Bộ Chính trị
    # ban hành | BỘ CHÍNH TRỊ ĐẢNG CỘNG SẢN VIỆT NAM Số 36-NQ TW ...").
    r"\s+\|\s+|"
    # The Party form's number has no colon ("Số 12-CV/ĐUK") and its "*" may stand alone; the
    # authority is written with slashes ("T/M BAN THƯỜNG VỤ"); the body opens with "Thực hiện".
    r"\*{3}|(?<=\S)\s\*\s(?=\S)|(?=\bSố\s*:)|(?=\bSố\s+\d)|(?=CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI)"
    r"|(?=Độc\s+lập\s*-\s*Tự)|(?=ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)"
    r"|(?=ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH)|(?=V/v\b)|(?=Kính\s+g[ửở]i\s*:)|(?=Nơi\s+nhận\s*:)"
    r"|(?<=[;.,:])\s+(?=[-–]\s+\S)|(?=-\s+Căn\s+cứ)|(?=\b(?:TM|KT|TL)\.\s+[A-ZĐÀ-Ỹ])"
    r"|(?=\b[TK]/[MTL]\s+[A-ZĐÀ-Ỹ])|(?<=[.;:])\s+(?=(?:Thực hiện|Căn cứ)\s)"
    r"|(?<!-)(?=-{5,})|(?<=-{5})(?=[^-])|(?=\([đĐ]ã ký\))|(?<=\([đĐ]ã ký\))"
    # A section's numeral before its name in capitals: "... NHIỆM KỲ 2019 – 2020 1. MỤC ĐÍCH ...",
    # "... BẢO VỆ MÔI TRƯỜNG I- TÌNH HÌNH CHUNG".
    r"|(?<=\S)\s+(?=(?:[IVX]{1,4}|\d{1,2})[.\-–]\s+[A-ZĐÀ-Ỹ]{2,}\s+[A-ZĐÀ-Ỹ]{2,})"
    # A type name after "BAN HÀNH" is the title's object ("QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH VỀ ...").
    r"|(?<!HÀNH\s)(?<!NGHỊ\s)(?=\b(?:QUYẾT ĐỊNH|KẾ HOẠCH|HƯỚNG DẪN|THÔNG BÁO|CÔNG VĂN|CHỈ THỊ|NGHỊ QUYẾT|KẾT LUẬN|QUY ĐỊNH)"
    r"(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ]|\s+[A-ZĐ]))"
)
# A capital letter, marked ones included ("Ứng Hòa", "Ý Yên", "Ô Môn"): [A-ZĐ] misses them, and
# [À-Ỹ] takes small letters too.
_CAPITAL = "[" + "".join(re.escape(c) for c in map(chr, range(0x41, 0x1EFA)) if c.isupper()) + "]"
_FLAT_DATE = re.compile(
    # (never from inside the number: "Số: 418/QĐ-TTg Hà Nội, ngày ..."; the comma may be lost:
    # "Hà Nội ngày 26 tháng 03 năm 2004", a content site that stripped every comma)
    r"(?<![\w/-])(?P<place>(?:(?:Thành\s+phố|Thị\s+trấn|Thị\s+xã|T[Pp]\.|T[Xx]\.)\s*)?"
    rf"(?:{_CAPITAL}[\w-]*\s+){{0,3}}{_CAPITAL}[\w-]*(?:\s\d{{1,2}})?\s*,?\s*[Nn]gày\s*\d{{1,2}}\s*"
    r"tháng\s*\d{1,2}\s*năm\s*\d{4})"
)


def _header_further(line: str) -> bool:
    """The number line (or the motto) and the dated place side by side, as a header holds them:
    a law archive's title and summary ran on before it ("Nghị quyết 39/2003/NQ-HĐND ... đã được
    thay thế bởi ... HỘI ĐỒNG NHÂN DÂN TỈNH ... Số: 39/2003/NQ-HĐND-K6 Vĩnh Long, ngày ...")."""
    dated = _FLAT_DATE.search(line[:2000])
    if dated is None:
        return False
    number = re.search(r"\bSố\s*:\s*\d", line[:2000])
    if number is not None and 0 < dated.start() - number.start() < 80:
        return True
    # ... or right after the motto's end, where the header has no number line ("... Độc Lập _
    # Tự do _ Hạnh Phúc Tân Thạnh ,ngày 5 tháng 12 năm 2009 KẾ HOẠCH ...", a school's plan).
    # (up to the date's "ngày": the comma before it may be lost)
    day = dated.start() + dated[0].lower().rindex("ngày")
    motto = re.search(r"(?i:Hạnh\s+phúc)\W*", line[max(0, dated.start() - 40) : day])
    return motto is not None


# ... or the motto's end, then a type's heading in capitals, where the header has neither number
# nor date ("ỦY BAN NHÂN DÂN CỘNG HÒA ... XÃ PHÚ MẬU Độc lập – Tự do – Hạnh phúc KẾ HOẠCH PHÒNG
# CHỐNG ... Căn cứ ...", a commune's plan that lost its line breaks; made up, draw14/3046's shape).
_MOTTO_THEN_HEADING = re.compile(
    r"(?i:Hạnh\s+phúc)\W*\s+(?="
    + "|".join(re.escape(t.value.upper()) for t in DocType)
    + r")[A-ZĐÀ-Ỹ]+\s+[A-ZĐÀ-Ỹ]+\s+[A-ZĐÀ-Ỹ]"
)


def _unflatten(line: str) -> list[str]:
    """Lines of a document that reached us as one long line (see _FLAT_BREAKS).

    Only a long line that opens like a document does (a number line and a dated place within its
    first 400 characters) is cut: "BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VPĐOÀN TNCS HỒ
    CHÍ MINH Hà Nội, ngày 29 tháng 10 năm 2013 QUYẾT ĐỊNHVề việc ban hành ..." (a forum post).
    """
    # A short page holds only the header and the title's start (a preview site's 163
    # characters: "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ... HƯỚNG DẪN thể thức").
    if len(line) < 120 or (
        not (_FLAT_NUMBER.search(line[:400]) and _FLAT_DATE.search(line[:400]))
        and not _header_further(line)
        and not _MOTTO_THEN_HEADING.search(line[:400])
    ):
        return [line]

    def place_date(m: re.Match[str]) -> str:
        # (the motto's end glued before the place: "Hạnh Phúc Tân Thạnh ,ngày ...")
        words = re.sub(r"^(?i:Hạnh\s+phúc)\s+", "", m["place"]).split(" ")
        while len(words) > 1 and (
            (is_caps(words[0]) and not _PLACE_ABBR.match(words[0])) or re.search(r"[\d/]", words[0])
        ):
            words = words[1:]  # "SGDĐT-VP Phan Rang-Tháp Chàm, ngày": the code is not the place
        head = m["place"][: len(m["place"]) - len(" ".join(words))]
        return f"{head}\n{' '.join(words)}\n"

    line = _FLAT_DATE.sub(place_date, line, count=1)
    line = _GLUED_RIGHT.sub("\n", line)
    pieces: list[str] = []
    for part in line.split("\n"):
        pieces.extend(p for p in _FLAT_BREAKS.split(part) if p and p.strip())
    out: list[str] = []
    for piece in _one_heading(p for whole in pieces for p in _title_block(whole.strip())):
        # "QUYẾT ĐỊNHVề việc ...", "KẾ HOẠCH Hoạt động ...": the type name glued to its subject.
        low = next((k for k, ch in enumerate(piece) if ch.isalpha() and ch.islower()), -1)
        if low >= 5 and piece[low - 1].isupper() and piece[low - 2].isupper():
            out.extend([piece[: low - 1], piece[low - 1 :]])
        elif (m := _HEADING_THEN.match(piece)) and doc_type_line(m["head"]):
            out.extend([m["head"], m["rest"]])
        else:
            out.append(piece)
    return _motto_cell_apart([p for piece in out for p in _caps_title_apart(piece)], flat=True)


_MOTTO_THEN_CELL = re.compile(
    r"^(?P<motto>CỘNG\s+H(?:OÀ|ÒA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM)\s+(?P<cell>\S.*?)"
    r"(?:\s+(?P<second>(?i:Độc\s+lập)\b.*))?$"
)


# A left cell's line of its own opens with a body's kind or a place's ("ỦY BAN ...", "LIÊN ĐỘI
# ...", "XÃ PHÚ MẬU", "TỈNH AN GIANG"); "BINH VÀ XÃ HỘI" after the motto is the rest of the line
# above it ("BỘ LAO ĐỘNG – THƯƠNG"), which a scan's interleaving leaves unsure.
_CELL_OPENS = re.compile(
    r"(?:ỦY|UỶ|UBND|HĐND|HỘI|LIÊN|XÃ|PHƯỜNG|THỊ|HUYỆN|QUẬN|TỈNH|THÀNH|SỞ|PHÒNG|BAN|TRƯỜNG|ĐẢNG"
    r"|CHI|ĐOÀN|CÔNG|BỘ|TỔNG|CỤC|VỤ|VIỆN|BỆNH|ĐỘI|MẶT|TP\.)\s"
)


def _clean_above(pieces: list[str], k: int) -> bool:
    above = next((x.strip() for x in reversed(pieces[max(0, k - 3) : k]) if x.strip()), "")
    return is_caps(above) or not any(ch.isalpha() for ch in above)


def _motto_cell_apart(pieces: list[str], *, flat: bool = False) -> list[str]:
    """A header's row read across, cut into lines: the motto with a left cell after it, the
    motto's second line after that or on the next line ("CỘNG HÒA ... VIỆT NAM XÃ PHÚ MẬU" /
    "Độc lập – ...", "CỘNG HÒA ... VIỆT NAM LIÊN ĐỘI TRƯỜNG TH AN LẠC Độc lập _ ..."; made up,
    draw14/3046's, draw5/1058's and draw7/1669's shape, copies that lost their layout): the
    cell in capitals is the left column's, as _row_by_row cuts a row with a cell before it."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        m = _MOTTO_THEN_CELL.match(piece.strip()) if k < _HEAD_LINES else None
        nxt = next((x.strip() for x in pieces[k + 1 : k + 3] if x.strip()), "")
        if (
            m is not None
            and (m["second"] or re.match(r"(?i:Độc\s+lập)\b", nxt))
            and is_caps(m["cell"])
            # (in a page flattened into one line, the line above is a cell's whole line in
            # capitals, heldback/248's shape as a scan's text)
            and (_CELL_OPENS.match(m["cell"]) or (flat and k > 0 and is_caps(pieces[k - 1])))
            # (over it, a line of capitals or one without letters, "1.": never a line of other
            # words, "</xml ỦY BAN NHÂN DÂN", whose cell the header would read cut)
            and _clean_above(pieces, k)
            and len(m["cell"].split()) <= 12
            and not is_right_hand(m["cell"])
            and not number_in(m["cell"])
            and not date_in(m["cell"])
        ):
            out.extend(x for x in (m["motto"], m["cell"], m["second"]) if x)
        else:
            out.append(piece)
    return out


def _caps_title_apart(piece: str) -> list[str]:
    """``piece`` cut where its title in capitals ends (see _caps_title_end)."""
    cut = _caps_title_end(piece)
    return [piece[:cut], piece[cut:].lstrip()] if cut else [piece]


def _caps_title_end(piece: str) -> int:
    """Where a flattened title in capitals ends and the body runs on in sentence case: "VỀ VIỆC
    CHẤN CHỈNH ... TỈNH AN GIANG Trong thời gian qua, ..." (made up; draw7/1669's and 1547's
    shape), or 0. Only a title opening with its heading or "VỀ", five words at least, before a
    sentence of eight words at least (a capital, then small letters: "Trong", "Sự", "Căn")."""
    for m in re.finditer(r"\s(\S+)", piece):
        word = m[1]
        if word[:1].isupper() and len(word) > 1 and word[1:].isalpha() and word[1:].islower():
            break
    else:
        return 0
    title, rest = piece[: m.start()], piece[m.end(1) :]
    if not (_TYPE_OPENS.match(title) or title.startswith("VỀ ")):
        return 0
    if not is_caps(title) or len(title.split()) < 5 or len(rest.split()) < 7:
        return 0
    return m.start()


_HEADING_THEN = re.compile(
    r"^(?P<head>(?:[A-ZĐÀ-Ỹ]+\s){1,3}[A-ZĐÀ-Ỹ]+)\s+(?P<rest>[A-ZĐÀ-Ỹ][a-zđà-ỹ].*)$"
)


def _one_heading(pieces: Iterable[str]) -> list[str]:
    """The pieces of a flattened document with only its first type name cut as the heading.

    A type's name later inside the title in capitals is the title's ("QUYẾT ĐỊNH" / "QUY ĐỊNH
    CÁC LOẠI PHÍ THUỘC THẨM QUYỀN QUYẾT ĐỊNH CỦA ...", "... BAN HÀNH KÈM THEO QUYẾT ĐỊNH SỐ
    13/2018/QĐ-UBND ..."): put back after the capitals it was cut from.
    """
    out: list[str] = []
    heading = False
    for piece in pieces:
        typed = bool(_TYPE_OPENS.match(piece))
        if typed and heading and out and is_caps(out[-1]) and not doc_type_line(out[-1]):
            # (no space after an opening mark the cut fell behind: "BAN HÀNH “" / "QUY ĐỊNH ...")
            gap = "" if out[-1].endswith(_OPENING_MARKS) else " "
            out[-1] = f"{out[-1]}{gap}{piece}"
            continue
        heading = heading or typed
        out.append(piece)
    return out


_OPENING_MARKS = ("“", '"', "‘", "(", "«", "[")

_TYPE_OPENS = re.compile(
    r"^(?:QUYẾT ĐỊNH|KẾ HOẠCH|HƯỚNG DẪN|THÔNG BÁO|CÔNG VĂN|CHỈ THỊ|NGHỊ QUYẾT|KẾT LUẬN|QUY ĐỊNH)\b"
)


# A flattened decision's title block runs into its authority line and its bases: "QUYẾT ĐỊNH BAN
# HÀNH QUY ĐỊNH VỀ ... TỈNH TRÀ VINH ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật ..." (a document
# site's text layer). The bases open in sentence case after the capitals ...
_BASES = re.compile(r"\s+(?=(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị|Thực\s+hiện)\s)")
# ... and the authority line is the last body named in capitals before them (state, Party and
# mass-organisation forms), never one the title names after "CỦA" or "CHỦ TỊCH".
_AUTHORITY_IN_TITLE = re.compile(
    r"\s+(?=(?:CHỦ\s+TỊCH\s+)?(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN\s"
    r"|BỘ\s+TRƯỞNG\s|THỦ\s+TƯỚNG\s|BAN\s+THƯỜNG\s+VỤ\s|BAN\s+CHẤP\s+HÀNH\s|BAN\s+BÍ\s+THƯ\b"
    # ... or the Government under its old names (Hội đồng Bộ trưởng 1981-1992, Hội đồng Chính
    # phủ before).
    r"|HỘI\s+ĐỒNG\s+BỘ\s+TRƯỞNG\b|HỘI\s+ĐỒNG\s+CHÍNH\s+PHỦ\b"
    # ... or a mass organisation's presidium: "ĐOÀN CHỦ TỊCH TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM".
    r"|ĐOÀN\s+CHỦ\s+TỊCH\s)"
)


def _title_block(piece: str) -> list[str]:
    """A flattened title block cut into title, authority line and bases (see _BASES)."""
    m = _BASES.search(piece)
    if m is None:
        return [piece]
    head, rest = piece[: m.start()], piece[m.end() :]
    if not is_caps(head):
        return [*_caps_authority(head), rest] if len(_caps_authority(head)) == 2 else [piece]
    cuts = [
        a
        for a in _AUTHORITY_IN_TITLE.finditer(head)
        if a.start() > 0 and not re.search(r"(?:CỦA|TỊCH|VÀ)$", head[: a.start()])
    ]
    heads = [head[: cuts[-1].start()], head[cuts[-1].end() :]] if cuts else [head]
    return [*heads, rest]


def _caps_authority(head: str) -> list[str]:
    """A title in sentence case and the authority line in capitals after it, apart: "... của xã
    Quyết Thắng HỘI ĐỒNG NHÂN DÂN XÃ QUYẾT THẮNG KHÓA ..., KỲ HỌP THỨ ..." (the title's words in
    small letters are never capitals); ``[head]`` where no such line closes it."""
    for a in _AUTHORITY_IN_TITLE.finditer(head):
        tail = head[a.end() :]
        # (The title after its heading opens with a capital and holds no run of capitals: never
        # "NGHỊ QUYẾT CỦA HĐND TỈNH ... Về ...", nor a damaged "NGHỊ QUYẾT v vic quy đnh ...".)
        title = _HEADING_AT.sub("", head[: a.start()], count=1)
        if (
            a.start() > 0
            and is_caps(tail)
            and title[:1].isupper()
            and not re.match(r"(?:[A-ZĐÀ-Ỹ]{2,}\s+){2}", title)
        ):
            return [head[: a.start()], tail]
    return [head]


_HEADING_AT = re.compile("^(?:" + "|".join(re.escape(t.value.upper()) for t in DocType) + r")\s+")


def _split_glued(lines: list[str]) -> list[str]:
    """Split header lines where a copy joined the two columns or the number and the date."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i >= _HEAD_LINES or not line.strip():
            out.append(line)
            continue
        for whole in (t for x in _site_title_apart(line.strip()) for t in _title_block(x)):
            if len(whole) > 200:
                out.append(whole)
                continue
            for piece in (p for row in _row_by_row(whole) for p in _glued_pieces(row)):
                out.extend(
                    p
                    for cell in _rule_apart(piece.strip())
                    for head in _number_after_name(cell)
                    for part in _split_number_date(head)
                    for dated in _name_then_date(part)
                    for coded in _code_then_date(dated)
                    for dates in _date_then(coded)
                    for sent in _kinh_gui_apart(dates)
                    for p in _heading_glued_apart(sent)
                )
    return out


# A site's title sentence with the header's first cell glued after it: "Công văn 296/BHXH-CSYT
# năm 2021 hướng dẫn ... do Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------"
# (made up; draw13/2875's and 2877's shape, a legal site's crawled text): the sentence's stop,
# then a body's name in capitals and the rule under it.
_TITLE_THEN_NAME = re.compile(
    r"^(?P<title>.*[a-zđà-ỹ0-9][.!?])\s+(?P<name>(?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ&,.-]*\s+){1,12})"
    r"(?P<rest>[-–—_=*~]{3,}.*)$"
)


def _site_title_apart(line: str) -> list[str]:
    """``line`` cut after a site's title sentence where a name and its rule follow it (see
    _TITLE_THEN_NAME); as it is otherwise. The title has small letters: never a header's own
    name in capitals ("ĐẢNG BỘ TỈNH ... ĐẢNG ỦY KHỐI ... -----" stays one row)."""
    m = _TITLE_THEN_NAME.match(line) or _TYPED_TITLE_THEN_NAME.match(line)
    if m is None or not is_caps(m["name"]):
        return [line]
    # (a sentence: four words at least, two in small letters; never a spun name's piece,
    # "BAN CHẤPhường. HÀNH TRUNG ƯƠNG ...", draw10/2159; or a type's name and a number)
    words = m["title"].split()
    typed = m.re is _TYPED_TITLE_THEN_NAME and parse_number(words[-1].rstrip(".")) is not None
    if not typed and (len(words) < 4 or sum(w.islower() for w in words) < 2):
        return [line]
    return [m["title"], f"{m['name'].strip()} {m['rest']}"]


# ... or the site's title is the type's name and the number alone: "Công văn 19046/BTC-TCHQ.
# BỘ TÀI CHÍNH --------" (made up; draw14/3069's shape).
_TYPED_TITLE_THEN_NAME = re.compile(
    r"^(?P<title>(?:"
    + "|".join(re.escape(t.value) for t in DocType)
    + r")\s+\S+\.)\s+(?P<name>(?:[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ&,.-]*\s+){1,12})(?P<rest>[-–—_=*~]{3,}.*)$"
)


# The types' names in capitals, the longest first ("THÔNG TƯ LIÊN TỊCH" before "THÔNG TƯ").
_TYPE_NAMES_UP = sorted((t.value.upper() for t in DocType), key=len, reverse=True)


def _heading_glued_apart(piece: str) -> list[str]:
    """A type's heading glued to the trích yếu under it, apart: "HƯỚNG DẪNQuy trình ..." (a text
    layer that lost the break; made up, draw10/2152's shape). Only a capital, then a small
    letter, right after the name's last letter: a word in sentence case, never more capitals."""
    for name in _TYPE_NAMES_UP:
        rest = piece[len(name) :]
        if piece.startswith(name) and len(rest) > 1 and rest[0].isupper() and rest[1].islower():
            return [name, rest]
    return [piece]


# "Kính gửi:" glued onto the word before it where a copy lost the break ("V/v hướng dẫn ... cơ
# sởKính gửi:", made up; draw9/1981's shape): it opens its line in every form, and no word of a
# sentence runs into it.
_KINH_GUI_GLUED = re.compile(r"(?<=[^\W\d_])(?=K[íi]nh\s*g[ửởu]i\s*:)")


def _kinh_gui_apart(piece: str) -> list[str]:
    head, *rest = _KINH_GUI_GLUED.split(piece, maxsplit=1)
    return [head, *rest] if rest and head.strip() else [piece]


# A header cell's right border left on its last line ("HD/BTCTW |", "Hưng Yên, ngày 7 tháng 02
# năm 2018 |": a legal-text site's table wrapped inside its cell); a row of cells keeps them.
_CELL_END = re.compile(r"(?<=[^\s|])[ \t]+\|$")


def _without_cell_end(piece: str) -> str:
    """``piece`` without a lone cell border at its end (see _CELL_END)."""
    return _CELL_END.sub("", piece) if piece.count("|") == 1 else piece


# A rule inside a header line: "HỘI KHUYẾN HỌC ... TỈNH HỘI HƯNG YÊN ------------ Số: 14 / CV-
# HKH", "Độc lập - Tự do - Hạnh phúc ------------ Hưng Yên, ngày 7 tháng 02 năm 2018" (a cell
# of each column that lost its line breaks): the rule under a name or the motto parts it from
# what the column holds below.
_RULE_INSIDE = re.compile(r"^(?P<text>.*?\S)[ \t]+(?P<rule>[-–—_=*~]{5,})[ \t]+(?P<rest>\S.*)$")


def _rule_apart(piece: str) -> list[str]:
    """``piece`` cut around a rule under a header name or the motto (see _TRAILING_RULE and
    _RULE_INSIDE); as it is otherwise."""
    if (m := _TRAILING_RULE.match(piece)) and is_caps(m["text"]):
        return [m["text"], m["rule"]]
    if (m := _LEADING_RULE.match(piece)) and (
        number_in(m["rest"]) is not None or date_in(m["rest"]) is not None
    ):
        # "-------Số: 41-QĐ/TW", "--------------Hà Nội, ngày 03 tháng 11 năm 2021": the rule
        # under a name or the motto glued to the number or the date under it (a document site's
        # text of a Word file).
        return [m["rule"], *_rule_apart(m["rest"])]
    m = _RULE_INSIDE.match(piece)
    if m is None or not (is_caps(m["text"]) or is_right_hand(m["text"])):
        return [piece]
    return [m["text"], m["rule"], *_rule_apart(m["rest"])]


_LEADING_RULE = re.compile(r"^(?P<rule>[-–—_=*~]{5,})[ \t]*(?P<rest>[^-–—_=*~\s].*)$")


_NUMBER_START = re.compile(r"\s+(?=S\s?ố\s*:|Số\s+\d)")
# ... and after the motto's last words, glued with no space at all where a copy joined the
# cells ("Độc lập - Tự do - Hạnh phúcSố: 796/TLĐ", made up; draw9/1981's shape): "Hạnh phúc"
# ends the motto, and the number's cell opens a row of its own. (With a space between, the
# line is as often a whole header flattened into one, for _unflatten to cut.)
_MOTTO_THEN_NUMBER = re.compile(r"(?i:(?<=hạnh phúc))(?=S\s?ố\s*:|Số\s+\d)")


def _number_after_name(line: str) -> list[str]:
    """A header line in capitals with the number line glued after it, as two lines.

    "ĐẢNG CỘNG SẢN VIỆT NAM Số: 66-QĐ/TW", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM Số: 12/KH-UBND": a
    copy joined the header's rows; the number opens a row of its own (FORMATS.md).
    """
    if (m := _MOTTO_THEN_NUMBER.search(line)) and number_in(line[m.end() :]) is not None:
        return [line[: m.start()], line[m.end() :]]
    m = _NUMBER_START.search(line)
    if m is None or not is_caps(line[: m.start()]) or number_in(line[m.end() :]) is None:
        return [line]
    if re.search(r"\bV\s*/\s*v\b", line[m.end() :]):
        # (a whole header run together, "... *** Số: 30 /ĐT V/v ... Hà Nội, ngày ...", is the
        # flattened header's to cut: see _unflatten)
        return [line]
    return [line[: m.start()], line[m.end() :]]


_DATE_HEAD = re.compile(
    r"^(?P<date>[^,\d]{2,60}?,\s*[Nn]g\s?[àa]\s?y\s*\d{1,2}\s*th\s?[áa]\s?ng\s*\d{1,2}\s*"
    r"n\s?[ăa]\s?m\s*(?:19|20)\d\d)(?:\s+|(?=[A-ZĐ]))(?P<rest>\S.*)$"
)


def _date_then(line: str) -> list[str]:
    """A date line with the title block glued after it, as two lines.

    "Trà Vinh, ngày 12 tháng 3 năm 2019 QUYẾT ĐỊNH BAN HÀNH QUY ĐỊNH ..." (a PDF of a flattened
    text layer): the capitals after the date are the heading, not part of the date line; also
    where the break was lost with no space left ("... năm 1996CHỈ THỊ", an old Word file's).
    """
    m = _DATE_HEAD.match(line)
    if m is None or not date_in(m["date"]):
        return [line]
    # ... or the addressees: "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:" (a crawled header
    # row; made up, draw13/2875's shape): "Kính gửi" opens its own line under the date.
    if not is_caps(" ".join(m["rest"].split()[:2])) and not KINH_GUI.match(m["rest"]):
        return [line]
    return [m["date"], m["rest"]]


# A blank number's code cell with the place and date glued after it: "/KT Hà Nội ngày 10 tháng 5
# năm 2011" under "Số" (made up; draw11/2381's shape, the spaces of a draft's blank number
# parting the cells).
_CODE_HEAD = re.compile(r"^(?P<code>/\s*[A-ZĐ][A-ZĐ0-9&-]*)\s+(?P<rest>[A-ZĐÀ-Ỹ].*)$")


def _code_then_date(line: str) -> list[str]:
    """ "/KT Hà Nội ngày ..." -> the code, then the place and date (see _CODE_HEAD)."""
    m = _CODE_HEAD.match(line)
    if m is None or date_in(m["rest"]) is None:
        return [line]
    return [m["code"], m["rest"]]


# A number's line, "Số: ...", "SỐ 09 /KH-LĐ ...", "S ố: ..." (a spaced scan).
# (also "S:" and "S?:", a copy that lost the "ố": lines.NUMBER_LINE reads them so)
_NUMBER_OPEN = re.compile(r"^(?i:S\s?ố)\b|^S\??\s*:")


def _split_number_date(line: str) -> list[str]:
    """ "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011" -> the number, then place and date.

    The number cell and the place-and-date cell of a state header row, glued by the copy
    (Hậu Giang's portal; "Số: - HD/TWĐTN-BTC Hà Nội, ngày tháng năm 2023" in a Đoàn draft).
    """
    # ... also "SỐ 09 /KH-LĐ Tân Thạnh , ngày ...", and "Nghị quyết số: 11-NQ/TW Hà Nội, ngày
    # ..." (a legal site's typed number line, see lines._typed_number_line).
    if not (_NUMBER_OPEN.match(line) or typed_number_head(line)):
        return [line]
    # "Số:3358/SGD&ĐT Phan Thiết, ngày ...": the space after the colon lost too.
    line = re.sub(r"^((?i:S\s?ố)\s*:)(?=[\dA-Z])", r"\1 ", line)
    if vv := re.search(r"(?<=\S)[ \t]*(?=V/v\b)", line):
        # The subject glued to the number, the space lost too: "Số: 123/ABC-VPV/v tổ chức ...".
        return [*_split_number_date(line[: vv.start()]), line[vv.end() :]]
    # ("Hà Nội, Ngày ...": also a capital; "Đức Bình ngày ...": also without the comma)
    # (the day's word with its vowel lost or replaced, as lines._DATE reads it: "Ph Th, ngay 12
    # thang 01 nm 2017", "ngy", "ng�y")
    m = re.search(r",\s*[Nn]g(?:\s?[àa]|[�?])?\s?y\b|\s+[Nn]g(?:\s?[àa]|[�?])?\s?y\s*\d", line)
    if m is None:
        return [line]
    words = line[: m.start()].split()
    place: list[str] = []
    while (
        words
        and len(place) < 4
        and words[-1][:1].isupper()
        and not re.search(r"[\d/]", words[-1])
        # "LĐ-THCSMM", "PX" ("Số: 01/CTr-CTĐ PX Phong Xuân, ngày"): the number's code, never a
        # place's word, but for the city's or town's "TP." ("TP. Hồ Chí Minh").
        and not _CODE_WORD.match(words[-1])
        and not (is_caps(words[-1]) and not _PLACE_ABBR.match(words[-1]))
    ):
        place.insert(0, words.pop())
    if len(words) >= 4 and _PLACE_KIND.fullmatch(" ".join(words[-2:])):
        # "Số: 36/ĐTN Thành phố Vinh, ngày ...", "... Quận 11, ngày ...": the kind of place, in
        # small letters or with its number, is the place's.
        place[:0] = words[-2:]
        del words[-2:]
    if not place or len(words) < 2:
        return [line]
    # A capitalised word of the code may look like a place's ("Số: 02/ KH.LĐ Phú Hiệp, ngày"):
    # the place is the longest run of words whose left part still reads as a number.
    while len(place) > 1 and number_in(" ".join(words)) is None:
        if number_in(" ".join([*words, place[0]])) is None:
            break
        words.append(place.pop(0))
    return [" ".join(words), " ".join(place) + line[m.start() :]]


# A left-column line in capitals, then the right column's place and date in their own case:
# "THÀNH PHỐ HÀ NỘI  Hà Nội, ngày 07 tháng 6 năm 2021" (a text layer's row with a narrow gap).
def _name_then_date(line: str) -> list[str]:
    """``line`` cut between a name in capitals and the place and date after it."""
    if not re.search(r",\s*[Nn]g\s?[àa]\s?y\b", line) or _NUMBER_OPEN.match(line.strip()):
        return [line]  # (a number's line is _split_number_date's)
    words = line.split()
    k = next((k for k, w in enumerate(words) if any(ch.islower() for ch in w)), 0)
    if k > 0 and _PLACE_ABBR.match(words[k - 1]):
        k -= 1  # "TP. Hồ Chí Minh, ngày ..."
    name, rest = " ".join(words[:k]), " ".join(words[k:])
    if k < 2 or not is_caps(name) or number_in(name) is not None or date_in(rest) is None:
        return [line]
    return [name, rest]


_PLACE_ABBR = re.compile(r"^(?:TP|TX|TT)\.?$")
_CODE_WORD = re.compile(r"^[A-ZĐ]{2,}[A-ZĐ0-9.]*-[A-ZĐ0-9.-]*$")
_PLACE_KIND = re.compile(
    r"(?:Thành\s+phố|Thị\s+trấn|Thị\s+xã)(?:\s+[A-ZĐ]\S*)?|(?:Quận|Phường)\s+\d{1,2}", re.I
)


# A number line cut after a group of its code ("Số: 255 / BC-BCĐPCGD-") and the code's last
# group alone on a line (one word, capitals and figures: "XMC").
_CODE_CUT = re.compile(r"^(?i:S\s?ố)\s*:?\s*\d{1,5}\s*[-–/]\s*\S*[-–/]$")
_CODE_REST = re.compile(r"^[A-ZĐ][A-ZĐ0-9.]{0,11}$")


def _rejoin_cut_code(lines: list[str]) -> list[str]:
    """A number's code cut at a dash, its last group under the place and date (a text layer
    that alternates the columns: "Số: 255 / BC-BCĐPCGD-" / "Nga Sơn, ngày ..." / "XMC"), put back.

    Only where the number reads whole with it: the group is the number's, never a header line.
    """
    out = list(lines)
    taken: set[int] = set()
    for i, line in enumerate(out[:_HEAD_LINES]):
        if not _CODE_CUT.match(line.strip()):
            continue
        for j in range(i + 1, min(i + 7, len(out))):  # (blank lines between, as a site spaces)
            nxt = out[j].strip()
            if not nxt or is_rule(nxt) or date_in(nxt) or is_right_hand(nxt):
                continue
            joined = line.strip() + nxt
            if _CODE_REST.match(nxt) and number_in(joined) is not None:
                out[i] = joined
                taken.add(j)
            break
    return [x for k, x in enumerate(out) if k not in taken]


_NUMBER_ALONE = re.compile(r"^(?i:S\s?ố)\s+:$")
_NUMBER_CUT = re.compile(r"^(?i:S\s?ố)\s*:?\s*\d{1,5}\s*[-–/]$")
_PLACE_CUT = re.compile(r"[^\W\d][^\d,]{1,40},")
_DAY_CUT = re.compile(r"[Nn]g\s?[àa]\s?y(?:\s+\d{1,2})?$")
_DATE_CUT = re.compile(r"\b[Nn]g\s?[àa]\s?y(?:\s+\d{1,2})?(?:\s+th\s?[áa]\s?ng(?:\s+\d{1,2})?)?$")
_DATE_REST = re.compile(r"^(?:th\s?[áa]\s?ng|n\s?[ăa]\s?m)\b")


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join header lines that a web page or a PDF wrapped inside one cell.

    Legal-text sites show a Word header table as cells between "|" lines and wrap them anywhere:
    "ỦY / BAN NHÂN DÂN", "CỘNG / HÒA XÃ HỘI ...", "Số: / 14/2007/QĐ-UBND", "Tam / Kỳ, ngày ...",
    "Sơn / La, ngày 11 tháng 3 / năm 2020", "TP Hồ Chí / Minh, ngày ...", "Kính / gửi:". A draft's
    columns come apart around the blank date: "Hà Nội, ngày" / "tháng" / "năm 2016".
    """
    last_cell = max((i for i, x in enumerate(lines[:_HEAD_LINES]) if x.strip() == "|"), default=-1)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if out and i < _HEAD_LINES and line.strip():
            prev = out[-1]
            in_cell = i <= last_cell and prev.strip() not in {"", "|"}
            # "ỦY BAN NHÂN DÂN |" / "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |": a word that opens
            # the right-hand phrase with the next line is that phrase's, not the rest of the left.
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            opens_right = is_right_hand(f"{line.strip()} {nxt}") and not is_right_hand(nxt)
            joined = f"{prev} {line.strip()}"
            if (
                prev.strip()
                and not is_rule(prev)
                and (
                    (in_cell and _one_word(prev) and not is_rule(prev))
                    or (
                        in_cell
                        and _one_word(line)
                        and is_caps(line)
                        and is_caps(prev)
                        and not opens_right
                        # (a heading is whole: "QUYẾT ĐỊNH" / "VỀ" / "VIỆC PHÊ DUYỆT ...")
                        and not (doc_type_line(prev) and doc_type_line(joined) is None)
                    )
                    or (
                        date_in(joined)
                        and not date_in(prev)
                        and not is_caps(prev)
                        and not is_right_hand(prev)
                        and number_in(prev) is None
                        # (a V/v line is whole over the date: "V/v hướng dẫn khám chữa bệnh" /
                        # "Hà Nội, ngày ..."; made up, draw13/2875's shape, the place was
                        # read with the trích yếu's words)
                        and not V_V.match(prev.strip())
                        # (a place's first words are capitalised, "Tam" / "Kỳ, ngày ...", "TP
                        # Hồ Chí" / "Minh, ngày ...": a trích yếu's last line in sentence case,
                        # "bậc học Mầm non" / "Hànội, ngày ...", is no place; made up,
                        # draw13/2818's shape)
                        and (date_in(line.strip()) is None or _place_words(prev))
                    )
                    or (is_right_hand(joined) and not is_right_hand(prev) and is_caps(prev))
                    or (i <= last_cell + 4 and _type_cut(prev, line.strip()))
                    or _number_wrapped(prev, joined)
                )
            ) or _date_cut(prev.strip(), line.strip()):
                out[-1] = joined
                i += 1
                continue
        elif out and i < _HEAD_LINES and not line.strip() and out[-1].strip():
            nxt = next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
            if _DATE_CUT.search(out[-1].strip()) and _DATE_REST.match(nxt.strip()):
                i += 1
                continue
        out.append(line)
        i += 1
    return out


def _place_words(text: str) -> bool:
    """``text`` may be a place's first words: each capitalised but a kind's ("Thành phố")."""
    return all(
        w[:1].isupper() or w in {"phố", "xã", "trấn"} or not any(c.isalpha() for c in w)
        for w in text.split()
    )


def _type_cut(prev: str, line: str) -> bool:
    """ "THÔNG" / "TƯ", "QUY" / "ĐỊNH VỀ ...": a type's name cut after its first word (a legal
    site's cell, also right past the header's last one)."""
    joined = f"{prev} {line}"
    return (
        _one_word(prev)
        and is_caps(prev)
        and is_caps(line)
        and not doc_type_line(prev)
        and (doc_type_line(joined) is not None or type_lead(joined) is not None)
    )


def _number_wrapped(prev: str, joined: str) -> bool:
    """ "Số :" / "21/2022/NQ-HĐND" (a space before the colon, the number wrapped under it in its
    cell) and "Số: 16 -" / "HD/BTCTW" (wrapped after its dash)."""
    if _NUMBER_ALONE.match(prev.strip()):
        return number_in(joined) is not None
    return bool(_NUMBER_CUT.search(prev)) and number_in(_without_cell_end(joined)) is not None


def _date_cut(prev: str, line: str) -> bool:
    """ "Hà Nội, ngày" / "" / "tháng" / "" / "năm 2016": the pieces of one blank date; and "Hà
    Nội," / "ngày" / "28" / "tháng 11 năm 2019" (a cell cut word by word)."""
    if _DATE_CUT.search(prev):
        day_missing = not re.search(r"\d$", prev)
        return bool(_DATE_REST.match(line)) or (day_missing and line.isdigit())
    return bool(_PLACE_CUT.fullmatch(prev) and _DAY_CUT.match(line))


def _one_word(line: str) -> bool:
    words = line.split()
    return len(words) == 1 and not re.search(r"\d", line)


# Markup of a page stored as raw HTML (a portal that kept the Word file's HTML as the body).
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|td|tr|table|strong|b|i|em|font|html|body|li)\b[^>]*>", re.I
)
_HTML_DROP = re.compile(r"<(head|script|style|title)\b.*?</\1\s*>", re.I | re.S)
_HTML_TITLE = re.compile(r"<title\b[^>]*>([^<]*)</title\s*>", re.I)
_HTML_BREAK = re.compile(r"<br\b[^>]*>|</(?:p|div|tr|li|h\d|table|tbody)\s*>", re.I)
_HTML_CELL = re.compile(r"</t[dh]\s*>", re.I)
# A tag, a comment, or a tag cut off at the end of a line ("... năm 2014</o:p"); also a Word
# file's processing instruction ("<?xml:namespace prefix = o />").
_HTML_ANY = re.compile(
    r"<!--.*?-->|<\?[A-Za-z][^<>]*>|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|</?[A-Za-z][\w:-]*$",
    re.S | re.M,
)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5}|#x[0-9a-fA-F]{2,4});?")


def from_html(text: str) -> str:
    """Plain text of a document stored as raw HTML: tags gone, entities decoded.

    The shape: a portal whose body is the HTML of the Word file, tags, inline styles and
    character entities standing in the text ("Ng&agrave;y 5/1/2017", "&#272O&Agrave;N", "<br />",
    table cells for the two header columns). Text with a stray "<" or "&" is left as it is:
    this acts only when tags or entities are many.
    """
    if len(_HTML_TAG.findall(text)) < 5 and len(_ENTITY.findall(text)) < 5:
        return text
    # A saved page's <title> names its document, at times alone ("Công văn 1161&#x002F;SGDĐT-QLT
    # ngày 25&#x002F;03&#x002F;2026 hướng dẫn ...", the page's source stored without its text):
    # kept as the page's first line, as a copy of the page keeps its title.
    title = _HTML_TITLE.search(text)
    head = " ".join(title[1].split()) if title else ""
    text = _HTML_DROP.sub("", text)
    text = _HTML_BREAK.sub("\n", text)
    text = _HTML_CELL.sub("\t", text)
    text = _HTML_ANY.sub("", text)
    return html.unescape(f"{head}\n\n{text}" if head else text)


# TCVN3 (ABC), the 8-bit code of old Vietnamese Word files (".VnTime"), read as Latin-1: "QuyÕt
# ®Þnh" for "Quyết định", "sè" for "số", "§iÒu" for "Điều" (a document site's text layer).
_TCVN3 = dict(
    zip(
        "¡¢£¤¥¦§¨©ª«¬\xad®µ¶·¸¹»¼½¾ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßáâãäåæçèéêëìíîïñòóôõö÷øùúûüýþ",
        "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
        strict=True,
    )
)
# Characters TCVN3 text is full of and Vietnamese Unicode text never holds.
_TCVN3_MARKS = re.compile("[¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñö÷øþ]")
_UNICODE_VI = re.compile("[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]")


def from_tcvn3(text: str) -> str:
    """Lines written in TCVN3 read as Latin-1, decoded; Unicode lines are left as they are.

    A line is decoded only when it holds several characters that only TCVN3 text has and none
    of Vietnamese Unicode's own letters: "Nội dung Text: Quyết định ..." above a TCVN3 body stays.
    """
    if len(_TCVN3_MARKS.findall(text)) < 8:
        return text
    out = []
    for line in text.split("\n"):
        if len(_TCVN3_MARKS.findall(line)) >= 3 and not _UNICODE_VI.search(line):
            line = "".join(_TCVN3.get(ch, ch) for ch in line)
        out.append(line)
    return "\n".join(out)


# Markdown converted from a Word file (pandoc and the like: repositories of legal texts keep
# official texts so). Its tables hold the header block's two columns: a grid table's "+---+"
# borders, a pipe table's "|---|---|" rule, a simple table's dashed rules; a line block's "| "
# opens each line of a paragraph with breaks. Words carry "**bold**", "*italic*",
# "[...]{.underline}" and backslash escapes ("\-" before a list's dash, "1\." a number's dot).
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]{2,}\+)+\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|\s*:?-*:?\s*\|?\s*$")
_MD_EMPHASIS = re.compile(r"(?<![\w*\\])(\*{1,3})(?=[^\s*])(.*?[^\s*\\])\1(?![\w*])")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'^$=&:;,/])")
_MD_SPAN = re.compile(r"\[([^\[\]]*)\]\{[^{}\n]*\}")
_MD_LINK = re.compile(r"(!?)\[([^\[\]\n]*)\]\([^()\s]*(?:\s+\"[^\"\n]*\")?\)")
_MD_LINE_HEAD = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)")
_MD_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def from_markdown(text: str) -> str:
    """Plain text of a document written as Markdown where the layout reader needs it.

    A table that lays out the header block or the signature (a motto, "Số", a date line,
    "Kính gửi", "Nơi nhận", a signing mark in it) becomes its rows, each row's cells on one
    line apart by a tab, as a PDF's text layer gives the two header columns (prepare_lines
    then splits them): "| **ỦY BAN NHÂN DÂN** | **CỘNG HÒA XÃ HỘI ...** |" is "ỦY BAN NHÂN
    DÂN", "CỘNG HÒA XÃ HỘI ..."; a cell's lines joined by "<br>" go side by side with the next
    cell's, line by line; its words lose Markdown's marks. The body stays Markdown (the page
    it becomes renders it): a table of its own keeps its pipes, its words their emphasis; only
    pandoc's spans ("[Nơi nhận:]{.underline}") and line blocks' "| " go, which no renderer
    reads, and the escape of a dash that marks an item. Acts only on a text with a table rule, or with several of Markdown's marks.
    """
    lines = text.split("\n")
    tables = sum(1 for x in lines if _table_rule(x))
    marks = len(_MD_EMPHASIS.findall(text)) + len(_MD_ESCAPE.findall(text))
    if not tables and marks + len(_MD_SPAN.findall(text)) < 3:
        return text
    out: list[str] = []
    head = True  # the header block, above the body's first line (see _MD_BODY_OPENS)
    for is_table, block in _md_blocks(lines):
        if is_table and _MD_LAYOUT.search("\n".join(block)):
            rows = [r for x in block if not _table_rule(x) for r in _md_row(x)]
            out.extend(_md_words(r) for r in rows)
            continue
        for line in block:
            head = head and len(out) < _HEAD_LINES and not _MD_BODY_OPENS.match(line)
            marked = head or _MD_LABEL.match(line)
            out.append(_md_words(_md_plain(line)) if marked else _md_plain(line))
            head = head and not _MD_LABEL.match(line)
    return "\n".join(out)


# "**Kính gửi:** Các sở ...", "**Nơi nhận:**": the labels the layout reader reads, which no
# body's text is; the body begins under "Kính gửi" and its list.
_MD_LABEL = re.compile(r"^\W*(?:Kính\s+gửi|Nơi\s+nhận)", re.IGNORECASE)


# The body's first line: a ground, a decision's first article (or the line after "Kính gửi",
# see _MD_LABEL). Above it, the header block's lines lose their marks as a layout table's words
# do ("Số: **12/2024/QĐ-UBND**", "*An Giang*, *ngày 05 tháng 3 năm 2024*"); below it the body
# keeps them.
_MD_BODY_OPENS = re.compile(r"^\W*(?:Căn\s+cứ|Thực\s+hiện|Xét\s|Theo\s|Điều\s+1\b)", re.IGNORECASE)


# What only a header block's or a signature's table holds: a motto, the number's "Số", a date
# line, "Kính gửi", "Nơi nhận", a signing mark.
_MD_LAYOUT = re.compile(
    r"CỘNG\s+H[OÒ]À?\s+XÃ|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập\s*\\?[-–]|\bS[ốỐ]\s*:|Kính\s+gửi|"
    r"Nơi\s+nhận|ngày\s+\d{1,2}\s+tháng|\b(?:TM|KT|TL|TUQ)\.\s|\b[TK]\s*/\s*[MTL]\s",
    re.IGNORECASE,
)
# A simple table's rule: dashes, apart by spaces where the columns are ("  -----   ------").
_DASH_RULE = re.compile(r"^\s*-{3,}(?:\s+-{3,})*\s*$")


def _table_rule(line: str) -> bool:
    return bool(_GRID_BORDER.match(line) or _PIPE_RULE.match(line))


def _md_blocks(lines: list[str]) -> Iterable[tuple[bool, list[str]]]:
    """Runs of ``lines``: a table (a grid or pipe table's lines with a rule among them, or a
    simple table's lines between two dashed rules) or not."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and (_table_rule(lines[j]) or _CELL_SPLIT.search(lines[j])):
            j += 1
        if j > i and any(_table_rule(x) for x in lines[i:j]):
            yield True, lines[i:j]
            i = j
            continue
        if _DASH_RULE.match(lines[i]):
            end = next((k for k in range(i + 1, len(lines)) if _DASH_RULE.match(lines[k])), None)
            if end is not None and end - i < 40:
                yield True, ["", *lines[i + 1 : end], ""]
                i = end + 1
                continue
        yield False, lines[i : max(j, i + 1)]
        i = max(j, i + 1)


# A dash paragraph that pandoc escaped so that no list begins ("\- Các sở, ban, ngành;"): in
# a Vietnamese document the dash is the item's mark (Kính gửi, Nơi nhận, the body's points).
_MD_DASH = re.compile(r"^(\s*)\\([-+])(?=\s)")


def _md_plain(line: str) -> str:
    """A line of the body: pandoc's spans, a line block's "| ", a dash's escape and a hard
    break's backslash gone ("**ỦY BAN NHÂN DÂN\\" / "TỈNH AN GIANG**": a Word paragraph's
    line breaks; the page's renderer does not read the backslash either)."""
    c = line.strip()
    if c.startswith("| ") and len(_CELL_SPLIT.findall(c)) == 1:
        line = c[2:]
    line = without_hard_break(line)
    return _MD_DASH.sub(r"\1\2", _MD_SPAN.sub(r"\1", line))


def _md_row(line: str) -> list[str]:
    """A table's row (or a line block's line) as lines of cells apart by a tab."""
    c = line.strip()
    if not c.startswith("|"):
        return [line]
    cells = _CELL_SPLIT.split(c)[1:]
    if c.endswith("|") and len(cells) > 1:
        cells = cells[:-1]
    parts = [[p.strip() for p in _MD_BR.split(cell)] for cell in cells]
    rows = itertools.zip_longest(*parts, fillvalue="")
    return ["\t".join(p for p in row if p) for row in rows]


def _md_words(line: str) -> str:
    """``line`` without Markdown's marks, cell by cell (see _md_cell).

    The cells are apart by a tab or, in a simple table, by the spaces up to the next column
    (as prepare_lines cuts them): each loses its own marks and its hard break's backslash,
    "**ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA ... VIỆT NAM\\" (made up; draw11/2405's shape).
    """
    c = line.strip()
    if c.startswith("| ") and len(_CELL_SPLIT.findall(c)) == 1:
        line = c[2:]  # a line block's line
    return "\t".join(_md_cell(cell) for cell in _COLUMN_GAP.split(line.strip()))


# Where prepare_lines cuts two columns: a tab or a run of spaces.
_COLUMN_GAP = re.compile(r"\t+| {4,}")


# Bold or italic that a table's cell wrapped: "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM**",
# "*An Giang, ngày 05 tháng 3" / "năm 2024*".
_MD_OPEN_END = re.compile(r"^(\s*)\*{1,3}(?=[^\s*])|(?<=[^\s*\\])\*{1,3}(\s*)$")


# A bullet list's mark other than the dash offices type ("* Như trên;"; an unescaped star at a
# line's start is Markdown's, a literal one is written "\*"), a footnote's reference "[^1]".
_MD_BULLET = re.compile(r"^(\s*)[*+]\s+(?=\S)")
_MD_NOTE = re.compile(r"\[\^(\w{1,4})\]")


# Bold or italic closed and opened again with nothing between, where Word cut a paragraph's
# runs: "**V****ề việc s****ắp xếp ... An**** Giang ****năm 2025**" (made up; draw11/2425's
# shape). No word's letters are stars: the run's marks go, the words join as they were typed.
_MD_RUN_CUT = re.compile(r"(?<!\*)(?:\*\*\*\*|\*\*\*\*\*\*)(?!\*)")


def _md_cell(text: str) -> str:
    """``text`` without emphasis, spans, links, escapes, heading marks and hard breaks."""
    text = _MD_RUN_CUT.sub("", text)
    text = _MD_BULLET.sub(r"\1- ", _MD_LINE_HEAD.sub("", text))
    text = _MD_NOTE.sub(r"[\1]", text)
    text = _MD_SPAN.sub(r"\1", text)
    text = _MD_LINK.sub(lambda m: "" if m[1] else m[2], text)
    for _ in range(2):  # "***Nơi nhận:***", "**Điều 1.** *...*"
        text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_OPEN_END.sub(lambda m: m[1] or m[2] or "", text)
    text = without_hard_break(_MD_BR.sub(" ", text))
    return _MD_ESCAPE.sub(r"\1", text)


# The serial the office filled into the blank the typist left on the number's line ("Số: 64
# /2024/QĐ-UBND", made up; draw11/2416's shape): one number, its spaces no columns' gap (a
# line's reader cuts columns at four spaces). Only a slash after the run: "Số: 64      Hà Nội,
# ngày ..." is two columns.
_FILLED_BLANK = re.compile(r"(?m)^([ \t]*S[ốỐ][ \t]*:?[ \t]*[0-9]{1,6})[ \t]{3,}(?=/[ \t]*\S)")
# The number's label alone on its line and the number alone on the next, as a Word page saved
# as HTML and dumped as text writes a header table's cell (" Số:" / " 99/2025/NQ-HĐND"; made up,
# draw11/2413's shape): one number line. Only a whole number, its code after a slash or hyphen.
_LABEL_OVER_NUMBER = re.compile(
    r"(?m)^([ \t]*S[ốỐ][ \t]*:)[ \t]*\n[ \t]*([0-9]{1,6}[ \t]*[-/][ \t]*[0-9A-ZĐ][^\s]{1,40})[ \t]*$"
)


def mend_number_line(text: str) -> str:
    """The number's line mended where a typist's blank or a table cell split it (see
    _FILLED_BLANK, _LABEL_OVER_NUMBER): one "Số: ..." line the layout reader reads whole."""
    return _LABEL_OVER_NUMBER.sub(r"\1 \2", _FILLED_BLANK.sub(r"\1 ", text))


def mend_escapes(text: str) -> str:
    """Line breaks written as the characters "\\r\\n" or "\\n" (a copy of a JSON or database field)."""
    # "\\r\\n" written out is never a document's words: also among real line breaks (a page
    # that kept some breaks and wrote the others out).
    if text.count("\\r\\n") >= 3 or (
        text.count("\\n") >= 3 and text.count("\\n") > text.count("\n")
    ):
        text = text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\t", "\t")
    return text


def _title_name(line: str) -> list[str]:
    """A signer's title and name on one line, as two: "PHÓ BÍ THƯ Phạm Thị Tố Loan".

    The copy lost the break between them, sometimes the space too ("PHÓ BÍ THƯPhạm Thị Tố Loan").
    Only a title of the signature block in capitals, then a person's name.
    """
    text = line.strip()
    # "... PHÓ CHỦ TỊCH (Đã ký) Nguyễn Văn An": the copy's signed mark between them.
    mark = _SIGNED_INSIDE.search(text)
    if mark is not None:
        text = f"{text[: mark.start()]} {text[mark.end() :]}".strip()
    # The name begins at the first capital followed by a small letter ("Phạm" after "THƯ").
    start = next(
        (i for i in range(1, len(text) - 1) if text[i].isupper() and text[i + 1].islower()), 0
    )
    title, name = text[:start].strip(), text[start:]
    # Also the authority before them, all on the line of a flattened text: "T/M BAN THƯỜNG VỤ
    # PHÓ BÍ THƯ Phạm Thị Tố Loan" (read_closing splits the authority from the title).
    signed = TITLE_WORDS.fullmatch(title) or (AUTHORITY.match(title) and TITLE_WORDS.search(title))
    if start and is_caps(title) and signed and is_name(name):
        # ... and a second mark inside them opens a line of its own: "TM. ỦY BAN NHÂN DÂN KT.
        # CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn An" (made up; import_damage's flat UBND decisions).
        marks = [p.strip() for p in _INNER_MARK.split(title) if p.strip()]
        return [*marks, *([mark[0]] if mark else []), name]
    return [line]


_SIGNED_INSIDE = re.compile(r"\s\((?:đã|Đã|ĐÃ)\s+(?:ký|KÝ)[^()]{0,20}\)\s")
# A signature mark after an authority's name, on its line: " KT. ", " TL. ", " TUQ. ", " K/T ".
_INNER_MARK = re.compile(r"\s(?=(?:KT|TL|TUQ)\.\s|(?:K\s*/\s*T|T\s*/\s*L)\s)")


def strip_front_matter(text: str) -> str:
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4 :].lstrip("\n")
    return text
