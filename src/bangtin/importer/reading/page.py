"""Lines in reading order from the positioned words of printed pages (a PDF's text layer, OCR).

A page of an official document (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW) is one column
of text with two places where it runs in two: the header (the issuer's lines, the number and a
công văn's "V/v" subject on the left; the motto and the place and date on the right) and the
closing (Nơi nhận on the left, the signature block on the right). The layout reader expects
those columns one after the other, the left one whole and then the right one, as the Word
reader gives a header table and as the .txt corpus writes them (tests/fixtures/real). Page
numbers are dropped; footnotes (smaller type at the foot of a page) are given apart, so the
reader puts them after the text, never inside a paragraph.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

__all__ = ["Page", "Word", "page_lines"]


@dataclass(frozen=True, slots=True)
class Word:
    """A word on a page: its text and box (origin top left, y down, any unit) and type size."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float


@dataclass(frozen=True, slots=True)
class Page:
    """The words of one page and the page's size (same unit as the words)."""

    words: tuple[Word, ...]
    width: float
    height: float


@dataclass(slots=True)
class _Row:
    words: list[Word]
    top: float
    bottom: float

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def size(self) -> float:
        return statistics.median(w.size for w in self.words)

    def text(self, words: Sequence[Word] | None = None) -> str:
        return " ".join(w.text for w in (self.words if words is None else words))


_PAGE_NUMBER = re.compile(r"^[-–—\s(]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—\s)]*$", re.I)
_FOOTNOTE_START = re.compile(r"^(?:⁽?[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾?|\(\d{1,2}\)|\[\d{1,3}\]|\d{1,2}\s)")
# A numeral's mark is no date's dot ("30.5.2014 của Bộ Chính trị ...", a paragraph's line that
# opens with a date, 1201 of the sixth draw as a PDF: read as a list item, the number's line above
# it was cut from its issuer, and "36-CT/TƯ" was given as written, not as the Politburo's "TW").
_LIST_MARK = re.compile(r"^(?:[-–—+•*]|\d+(?:\.\d+)*[.)](?!\d)|[a-zđ][.)]|[IVXLC]+[.)]|Điều\s)")
# Two columns are apart by at least this share of the page's width (5 mm on A4: a long issuer
# name fills its cell to the edge; justified words are never this far apart).
_GUTTER = 0.025


def _rows(words: Sequence[Word]) -> list[_Row]:
    """Words gathered into rows by their vertical middle, each row sorted left to right."""
    rows: list[_Row] = []
    for word in sorted(words, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        middle = (word.top + word.bottom) / 2
        row = rows[-1] if rows else None
        if row is not None and row.top <= middle <= row.bottom:
            row.words.append(word)
            continue
        rows.append(_Row([word], word.top, word.bottom))
    for row in rows:
        row.words.sort(key=lambda w: w.x0)
    return _side_by_side(rows)


def _side_by_side(rows: list[_Row]) -> list[_Row]:
    """Rows with a row that stands half a line lower beside the one above, none of their words
    over each other, joined to it: a column set at its own pitch ("TỔNG" and "BÍ THƯ", one line
    of the signer's column beside the list of recipients: the marks over "TỔNG" raised its
    middle into the row above, 1721 of the eighth draw; the title was read as "BÍ THƯ")."""
    out: list[_Row] = []
    for row in rows:
        last = out[-1] if out else None
        if last is not None and _beside(last, row):
            last.words = sorted([*last.words, *row.words], key=lambda w: w.x0)
            last.bottom = max(last.bottom, row.bottom)
            continue
        out.append(row)
    return out


def _beside(above: _Row, row: _Row) -> bool:
    overlap = min(above.bottom, row.bottom) - max(above.top, row.top)
    height = min(above.bottom - above.top, row.bottom - row.top)
    if height <= 0 or overlap < 0.4 * height:
        return False
    return not any(a.x0 < b.x1 and b.x0 < a.x1 for a in above.words for b in row.words)


def _split(row: _Row, width: float) -> tuple[list[Word], list[Word]] | None:
    """The row's left and right column when a gutter divides it, else None."""
    gaps = [(row.words[i + 1].x0 - row.words[i].x1, i) for i in range(len(row.words) - 1)]
    if not gaps:
        return None
    gap, i = max(gaps)
    middle = (row.words[i].x1 + row.words[i + 1].x0) / 2
    # Columns meet near the middle of the page; a wide gap at a line's end is not a gutter.
    if gap < _GUTTER * width or not 0.25 * width < middle < 0.75 * width:
        return None
    return row.words[: i + 1], row.words[i + 1 :]


def page_lines(pages: Sequence[Page]) -> list[str]:
    """The lines of ``pages`` in reading order, footnotes after the text (see the module)."""
    body: list[_Row] = []
    notes: list[_Row] = []
    breaks: set[int] = set()
    for page in pages:
        rows = [r for r in _rows(page.words) if not _is_page_number(r, page)]
        text_rows, foot_rows = _footnotes(rows, page)
        breaks.add(len(body))
        body.extend(text_rows)
        notes.extend(foot_rows)
    lines = _reading_order(body, pages, breaks)
    if notes:
        lines.append("")
        lines.extend(_footnote_lines(notes))
    return lines


def _is_page_number(row: _Row, page: Page) -> bool:
    """A lone number (or "- 2 -", "Trang 2", "2/5") in the top or bottom tenth of the page."""
    margin = page.height * 0.1
    edge = row.bottom < margin or row.top > page.height - margin
    return edge and _PAGE_NUMBER.match(row.text()) is not None


def _footnotes(rows: list[_Row], page: Page) -> tuple[list[_Row], list[_Row]]:
    """The page's rows of text and, apart, the footnote rows in smaller type at its foot."""
    sizes = [r.size for r in rows for _ in r.words]
    if not sizes:
        return rows, []
    normal = statistics.median(sizes)
    cut = len(rows)
    # Footnotes are the run of small rows at the foot, the first of them opening with a mark.
    for i in range(len(rows) - 1, -1, -1):
        if rows[i].size > 0.82 * normal or rows[i].top < page.height * 0.4:
            break
        cut = i
    while cut < len(rows) and not _footnote_start(rows[cut].text()):
        cut += 1
    return rows[:cut], rows[cut:]


def _footnote_start(text: str) -> bool:
    # A scan's superscript mark comes out of OCR as a stray sign or two ("'", "®'", "”").
    return _FOOTNOTE_START.match(text) is not None or _GARBLED_MARK.match(text) is not None


_GARBLED_MARK = re.compile(r"^(?![-–—+•*]\s)[^\w\s]{1,3}\d?[^\w\s]{0,2}\s")  # not a list dash


def _footnote_lines(rows: list[_Row]) -> list[str]:
    """One line per footnote; a mark OCR garbled is written as the next number, "[N]"."""
    lines: list[str] = []
    for row in rows:
        text = row.text()
        if _FOOTNOTE_START.match(text):
            lines.append(text)
        elif _GARBLED_MARK.match(text) or not lines:
            lines.append(f"[{len(lines) + 1}] {_GARBLED_MARK.sub('', text)}")
        else:
            lines[-1] = f"{lines[-1]} {text}"
    return lines


def _reading_order(rows: list[_Row], pages: Sequence[Page], breaks: set[int]) -> list[str]:
    """Lines of the rows: column zones left then right, wrapped paragraph lines joined."""
    width = max((p.width for p in pages), default=1.0)
    margin_left, margin_right = _margins(rows)
    spacing = _line_spacing(rows)
    out: list[str] = []
    i = 0
    joinable = False  # the last line ran to the right margin: the next may continue it
    authority = False  # the last line was an enacting authority's under its subject
    heading = False  # ... and it was in capitals: only the heading's own tail continues it
    while i < len(rows):
        # A step down wider than the line spacing is the space between paragraphs: a blank
        # line, as the text copies write it (a wrapped heading's lines stay together). Wider by
        # more than a third: OCR's line box rises with the marks above a line's capitals ("ỦY",
        # "Ở") by a quarter of the spacing; a paragraph's space is 6 pt on 13 pt lines at least.
        if i and out and out[-1] and rows[i].top - rows[i - 1].top > 1.35 * spacing:
            out.append("")
        zone = _zone(rows, i, width, breaks)
        if zone is not None:
            end, left, right = zone
            out.extend(_zone_lines(left, right, rows[end].text() if end < len(rows) else ""))
            i = end
            joinable = heading = authority = False
            continue
        row = rows[i]
        text = row.text()
        indent = row.x0 - margin_left
        if out and out[-1] and row.x0 > width / 2 and _PLACE_DATE.search(text):
            # The place and date alone in the right half, under the left column's last line
            # ("V/v ... về" / "Đại hội XIII Công đoàn Việt Nam" / "Hà Nội, ngày ...", 1080 of
            # draw5 as a scan): that line is no place cut short.
            out.append("")
        # "2)", "- 2025": a line's tail; "– xã hội ..." under a line ending in a word, too.
        item = bool(_LIST_MARK.match(text) and _LETTER.search(text))
        item = item and not (out and _dash_tail(out[-1], text, ran_on=joinable and not heading))
        item = item and not (out and _closes_bracket(out[-1], text))
        flush = indent < 0.8 * row.size
        tail = _heading_tail(text, flush=flush) if heading else joinable and flush
        # A scan's line box set the range's end, or the heading's last word ("... THỊ XÃ LẠNG"
        # / "SƠN.", 1498 of the sixth draw: the subject ended at "LẠNG"), a paragraph's step
        # down.
        lone = not _LETTER.search(text) or (len(text.split()) == 1 and text.isupper())
        if heading and lone and len(out) > 1 and not out[-1] and out[-2]:
            out.pop()
        authority, own = _authority_line(out, text, going=authority)
        if own:
            out.append("")  # the authority's line is a paragraph of its own
        continues = bool(tail and out and out[-1] and not item and not _LABELLED.match(text))
        continues = continues or (authority and not own)
        if continues and not out[-1]:
            out.pop()  # the paragraph runs on after a page break: no blank line
        if continues:
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
        # A heading in capitals never runs on into the sentence under it, only into its own
        # tail: "... GIAI ĐOẠN 2021" / "- 2025", "... THÔNG TRI SỐ" / "18/TTr-MTTW VỀ VIỆC ...".
        joinable = _ran_on(row, margin_left, margin_right)
        heading = joinable and _caps(text)
        i += 1
    return out


def _zone_lines(left: list[str], right: list[str], after: str) -> list[str]:
    """A zone's lines: the left column, then the right one, a blank line after them.

    The right column opening with the place and date (a header without its motto): apart from
    the left column's last line, a V/v subject's, never the place's start. A V/v subject last
    in the left column is apart from a right column not in capitals too: the motto in small
    letters ("VIỆT Nam", 1807 of the eighth draw) went on with it, where the layout rules know
    one in capitals for the motto. Not one that goes on under the columns in small letters
    ("... trong 2 năm thực hiện" / "mục tiêu phát triển ...", 1159 of the fifth draw): the
    layout rules join those.
    """
    apart = [""] if left and right and _apart(left[-1], right[0], after) else []
    return [*left, *apart, *right, ""]


_LETTER = re.compile(r"[^\W\d_]")


def _ran_on(row: _Row, margin_left: float, margin_right: float) -> bool:
    """Whether a paragraph's line ran to the right margin, so the next may go on with it. A
    paragraph's first line justified to the margin may stand further in than its indent when its
    few words were spread ("Ngày 14/9/2017, Sở GD&ĐT ... Công văn số" / "1227/SGDĐT-KTQLCLGDCNTT
    về việc ...", 2610 of the twelfth draw as a PDF: the number was cut from its "số"), but
    within the text's left fifth: a column's line is not."""
    deep = max(4 * row.size, 0.2 * (margin_right - margin_left))
    return row.x1 >= margin_right - 1.5 * row.size and row.x0 - margin_left < deep


# The heading of a document an authority enacts, alone on its line: its subject under it is
# followed by the authority's line ("NGHỊ QUYẾT" / "VỀ ..." / "HỘI ĐỒNG NHÂN DÂN TỈNH ...").
_ENACTED_TYPE = re.compile(
    r"^(?:QUY[ẾE]T\s+Đ[ỊI]NH|NGH[ỊI]\s+QUY[ẾE]T|NGH[ỊI]\s+Đ[ỊI]NH|TH[ÔO]NG\s+T[ƯU]"
    r"|CH[ỈI]\s+TH[ỊI])(?:\s+LI[ÊE]N\s+T[ỊI]CH)?\W*$"
)

# An enacting authority's whole line: a council or a committee with its level, the Standing
# Committee, a minister, the Prime Minister. Not "HỘI ĐỒNG NHÂN DÂN CÁC CẤP", a subject's words.
_ENACTING = re.compile(
    r"^(?:(?:CH[ỦU]\s+T[ỊI]CH\s+)?(?:H[ỘO]I\s+Đ[ỒO]NG|[ỦUỶ]Y\s+BAN)\s+NH[ÂA]N\s+D[ÂA]N\s+"
    r"(?:T[ỈI]NH|TH[ÀA]NH\s+PH[ỐO]|HUY[ỆE]N|QU[ẬA]N|X[ÃA]|PH[ƯU][ỜO]NG|TH[ỊI]\s+(?:X[ÃA]|TR[ẤA]N))"
    r"|[ỦUỶ]Y\s+BAN\s+TH[ƯU][ỜO]NG\s+V[ỤU]\s+QU[ỐO]C\s+H[ỘO]I|B[ỘO]\s+TR[ƯU][ỞO]NG\s+B[ỘO]"
    r"|TH[ỦU]\s+T[ƯU][ỚO]NG\s+CH[ÍI]NH\s+PH[ỦU])\b"
)


def _authority_line(out: list[str], text: str, *, going: bool) -> tuple[bool, bool]:
    """(whether the row is the enacting authority's line under a subject, or its wrapped tail
    in capitals; whether a blank line goes before it): the authority's line and its session,
    one paragraph ("HỘI ĐỒNG NHÂN DÂN TỈNH KHÁNH HÒA KHÓA IV, KỲ HỌP CHUYÊN" / "ĐỀ LẦN THỨ 5",
    460 of the unseen part as a PDF: its wrapped tail ran the authority into the subject)."""
    if not (out and out[-1]) or not _caps(text):
        return False, False
    if going:
        return True, False
    return (True, True) if _authority_after_subject(out, text) else (False, False)


def _authority_after_subject(out: list[str], text: str) -> bool:
    """The enacting authority's line in capitals right under a decision's or a resolution's
    subject, with no space between them ("NGHỊ QUYẾT" / "Về việc đặt tên một số đường, phố
    ..." / "HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", made up; 460 of the unseen part as a PDF:
    the authority and its session were read as the subject's tail): a paragraph of its own, as
    the text copies set it. Not a line under a subject that ends in a word calling for more
    ("... Ý KIẾN CHỈ ĐẠO CỦA" / "ỦY BAN NHÂN DÂN TỈNH"), nor a subject's own wrapped words
    ("... CHO ĐẠI BIỂU" / "HỘI ĐỒNG NHÂN DÂN CÁC CẤP"): an authority's line is whole."""
    if not _caps(text) or not _ENACTING.match(" ".join(re.sub(r"[^\w\s]", "", text).split())):
        return False
    above = [line for line in out[-4:] if line]
    if not above or _ENACTED_TYPE.match(above[-1]):
        return False  # the heading itself, not a subject, is above
    if not any(_ENACTED_TYPE.match(line) for line in above[:-1]):
        return False
    last = re.sub(r"[^\w\s]", "", above[-1]).split()[-1:]
    return bool(last) and last[0].upper() not in _CALLS_FOR


_DASH_TAIL = re.compile(r"^[–—-]\s+[^\W\d_]")


def _dash_tail(above: str, text: str, *, ran_on: bool = False) -> bool:
    """A line opening with a dash and a small letter under a line that ends in a word: a
    sentence wrapped before its dash ("... phát triển kinh tế" / "– xã hội và bảo đảm ...",
    1710 of the eighth draw: the subject stopped at "kinh tế"), not a list's next item, whose
    line above ends in punctuation and whose own text opens in capitals. Under a line that ran
    to the margin (`ran_on`), a dash and a capital too: the dash that joins two names ("... sự
    kiện hoa Anh đào" / "- Mường Phăng - huyện Điện Biên ...", made up; draw13/2837's shape as
    a scan, its trích yếu cut there); a list's item follows a colon, a stop or a short line."""
    if not (_DASH_TAIL.match(text) and above[-1:].isalpha()):
        return False
    return text[2:].lstrip()[:1].islower() or ran_on


# A line that opens with a short label in a capital and its colon, a value after it ("Số hiệu:
# 16/HD-MT", "Loại văn bản: Hướng dẫn", "Kính gửi: ..."): a record's field or a letter's part,
# never a sentence's wrapped tail, even under a line that ran to the margin (made up; 2574 of
# the twelfth draw as a PDF, a site's listing under its last paragraph: the number was lost).
_LABELLED = re.compile(r"^[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s?:(?:\s|$)")
_CLOSING_MARK = re.compile(r"^(?:\d+|[IVXLC]+|[a-zđ])\)")


def _closes_bracket(above: str, text: str) -> bool:
    """A line opening with "IX)", "2)" under a line that opened a bracket it did not close: the
    bracket's end, no list's item ("... của Ban Bí thư (khóa" / "IX) về “Tăng cường ...”",
    made up; 1707 of the eighth draw as a PDF: the trích yếu stopped at "(khóa")."""
    return bool(_CLOSING_MARK.match(text)) and above.count("(") > above.count(")")


_PLACE_DATE = re.compile(r"\bng\s?[àa]\s?y\b.*\bth\s?[áa]\s?ng\b.*\bn\s?[ăa]\s?m\b", re.IGNORECASE)


def _apart(left: str, right: str, after: str) -> bool:
    vv = _VV.match(left) and not _caps(right) and not after[:1].islower()
    return bool(_PLACE_DATE.search(right) or vv)


_VV = re.compile(r"\W*V\s?/\s?v\b", re.IGNORECASE)


def _heading_tail(text: str, *, flush: bool) -> bool:
    """A line that goes on with the heading in capitals above it, which ran to the right margin:
    a number without words (the end of a range, centred under it: "- 2025"), one word in
    capitals ("... NỘI DUNG CỦA NGHỊ" / "ĐỊNH", 1133), or a line from the left margin that
    opens with a number, in capitals but for a code's small letters
    ("18/TTr-MTTW VỀ VIỆC ..."). Not a line that opens with a word: the authority under a
    decision's subject ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"), a document's type ("KẾ HOẠCH")."""
    letters = _LETTER.findall(text)
    if not letters:
        return any(c.isdigit() for c in text)
    small = sum(c.islower() for c in letters)
    if len(text.split()) == 1 and not small:
        return True  # "... CỦA NGHỊ" / "ĐỊNH": no heading, no type is one word
    return flush and text[:1].isdigit() and small <= 0.1 * len(letters)


def _line_spacing(rows: list[_Row]) -> float:
    """The step from one line of a paragraph to the next: the lower quartile of the steps.

    Not their median: in a text of one-line paragraphs (a list of "Căn cứ ..." lines) most
    steps are the wider ones between paragraphs, and the median would hide every paragraph
    break. Steps under 0.6 of the type size are one line's words at two heights.
    """
    size = statistics.median(r.size for r in rows) if rows else 0.0
    steps = sorted(b.top - a.top for a, b in pairwise(rows) if b.top - a.top > 0.6 * size)
    return steps[len(steps) // 4] if steps else 0.0


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _margins(rows: list[_Row]) -> tuple[float, float]:
    """The text's left margin (the commonest start) and right margin (where full lines end)."""
    if not rows:
        return 0.0, 0.0
    starts = sorted(round(r.x0) for r in rows)
    left = statistics.mode(starts)
    ends = sorted(r.x1 for r in rows)
    right = ends[int(len(ends) * 0.9)]
    return float(left), right


def _zone(
    rows: list[_Row], start: int, width: float, breaks: set[int]
) -> tuple[int, list[str], list[str]] | None:
    """A run of rows in two columns from ``start``: (end, left lines, right lines), or None."""
    split = _split(rows[start], width)
    if split is None:
        return None
    left_words, right_words = split
    gutter_l = max(w.x1 for w in left_words)
    gutter_r = min(w.x0 for w in right_words)
    left, right = [rows[start].text(left_words)], [rows[start].text(right_words)]
    pitches: list[float] = []
    last = rows[start]
    end = start + 1
    while end < len(rows) and end not in breaks:
        row = rows[end]
        pitch = row.top - last.top
        # The columns end at the first step down wider than their own line spacing (the space
        # after a header table, before the signer's name). Steps from top to top, not gaps:
        # OCR's line boxes grow with the marks above capitals, their tops keep the spacing.
        limit = 1.5 * statistics.median(pitches) if pitches else 2.0 * (last.bottom - last.top)
        if pitch > limit:
            break
        pitches.append(pitch)
        split = _split(row, width)
        if split is not None:
            lw, rw = split
            if max(w.x1 for w in lw) > gutter_r or min(w.x0 for w in rw) < gutter_l:
                break
            left.append(row.text(lw))
            right.append(row.text(rw))
        # A cell's line, centred or flush, reaches into its column past the gutter's edge; a
        # line within the gutter is centred under both (the type's "CHỈ THỊ" a step down the
        # header's pitch takes for its own: 1431 of the sixth draw as a scan).
        elif row.x1 <= gutter_r and row.x0 < gutter_l:
            left.append(row.text())
        elif row.x0 >= gutter_l and row.x1 > gutter_r:
            right.append(row.text())
        else:
            break
        last = row
        end += 1
    if (
        end < len(rows)
        and end not in breaks
        and _left_tail(rows[end], last, pitches, (gutter_l, gutter_r))
    ):
        left.append(rows[end].text())
        end += 1
    return end, _unwrap(left), _unwrap(right)


def _left_tail(row: _Row, last: _Row, pitches: list[float], gutter: tuple[float, float]) -> bool:
    """The left column's wrapped line a blank line under the columns' last row: in the left
    column, opening in small letters, as a line's tail does ("V/v Tổ chức tuyên truyền," /
    "cổ động về Festival Huế 2010", 1807 of the eighth draw: a copy that set a blank line
    between every line). Read after the right column it ran the motto into the subject."""
    if not pitches or not row.words[0].text[:1].islower():
        return False
    in_left = row.x0 < gutter[0] and row.x1 <= gutter[1]
    return in_left and row.top - last.top <= 2.5 * statistics.median(pitches)


def _unwrap(lines: list[str]) -> list[str]:
    """A column's lines with a wrapped line joined back ("... Công văn số" / "189-CV/TU"), and
    a quotation's tail ("“V/v tổ chức Đại hội Cháu ngoan Bác" / "Hồ”", 1414 of the sixth draw
    as a scan: its subject lost its last word)."""
    out: list[str] = []
    for line in lines:
        quoted = _open_quote(out[-1]) and "”" in line if out else False
        if out and (
            line[:1].isdigit() | line[:1].islower()
            or quoted
            or _after_comma(out[-1], line)
            or _subject_tail(out[-1], line)
            or _name_tail(out[-1], line)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][a-zđà-ỹ]+$")


def _name_tail(above: str, line: str) -> bool:
    """The last word or two of a signer's name wrapped in its column, under a signature block
    a copy wrote on one line ("KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị" / "Xuyên", made up; 3070 of
    the fourteenth draw as a PDF, a legal site's crawl: the signer was "Nguyễn Thị"): the line
    above ends in two words of a name after a title in capitals. A name under a name (two
    signers' names stacked) has no title before it on its line."""
    words, tail = above.split(), line.split()
    if not 1 <= len(tail) <= 2 or not all(_NAME_WORD.match(w) for w in tail):
        return False
    if len(words) < 3 or not all(_NAME_WORD.match(w) for w in words[-2:]):
        return False
    return any(len(_LETTER.findall(w)) >= 2 and w.isupper() for w in words[:-2])


# A signature block's authority line: "TM.", "KT.", "TL.", "T/M", "Q."; never a line's tail.
_AUTHORITY_START = re.compile(r"^(?:T\s?/\s?M|TM|KT|TL|TUQ|Q)\b", re.IGNORECASE)


def _after_comma(above: str, line: str) -> bool:
    """A column's line under a list item that ends in a comma, neither the list's next item nor a
    signature's authority: the tail of a recipient wrapped in its narrow column ("- Văn phòng
    UBND tỉnh: LĐVP, TH, VX," / "KTN, TN.", 468 of the unseen part as a PDF once its columns
    were read whole: the recipients' list ended there, and the signer under it was lost)."""
    if not (above.endswith(",") and _LIST_MARK.match(above)):
        return False
    return not _LIST_MARK.match(line) and not _AUTHORITY_START.match(line)


_NEXT_ITEM = re.compile(r"^\W*(?:S\s?[ốỐ]|K[íÍ]NH\s+G[ửỬ]I|N[ơƠ]I\s+NH[ậẬ]N)\b", re.IGNORECASE)


def _subject_tail(above: str, line: str) -> bool:
    """A V/v subject's wrapped line in its column, whatever its first letter ("V/v Triển khai
    ... phòng chống dịch cúm" / "A (H5N1)", 1611 of the seventh draw as a PDF: the subject lost
    its tail): under the subject the left column holds nothing else but a list's item or the
    number, the place and date, "Kính gửi", "Nơi nhận"."""
    if not _VV.match(above) or _LIST_MARK.match(line) or _NEXT_ITEM.match(line):
        return False
    if _PLACE_DATE.search(line):
        return False  # the place and date under it (338 of the unseen part as a PDF)
    if _authority_under(above, line):
        return False
    return len(_LETTER.findall(line)) >= 2 and not _rule(line)


# The head of a decision's authority line: "CHỦ TỊCH UBND TỈNH ...", "BỘ TRƯỞNG BỘ ...".
_AUTHORITY_HEAD = re.compile(
    r"^(?:CH[ỦU]\s+T[ỊI]CH|B[ỘO]\s+TR[ƯU][ỞO]NG|GI[ÁA]M\s+Đ[ỐO]C|TH[ỦU]\s+T[ƯU][ỚO]NG"
    r"|[ỦUỶ]Y\s+BAN\s+NH[ÂA]N\s+D[ÂA]N|UBND|H[ỘO]I\s+Đ[ỒO]NG\s+NH[ÂA]N\s+D[ÂA]N"
    r"|BAN\s+TH[ƯU][ỜO]NG\s+V[ỤU]|BAN\s+CH[ẤA]P\s+H[ÀA]NH|TH[ƯU][ỜO]NG\s+TR[ỰU]C)\b"
)
# A subject's last word that calls for more: the authority's line under it is its tail.
_CALLS_FOR = {"CỦA", "VÀ", "CHO", "VỚI", "GIỮA", "THUỘC", "TẠI", "VỀ", "TỪ", "ĐẾN", "THEO", "BỞI"}
_CALLS_FOR |= {"LÀ", "NGHỊ", "TRÌNH", "CÁC", "NHỮNG", "CẤP"}


def _authority_under(above: str, line: str) -> bool:
    """A decision's authority line in capitals under its V/v subject, which ends on a name
    ("V/V BAN HÀNH QUY CHẾ ... TỈNH HẬU GIANG" / "CHỦ TỊCH UBND TỈNH HẬU GIANG", made up;
    draw10/2274's shape as a scan: the authority was read as the subject's tail); not under
    one that ends in a word calling for more ("... Ý KIẾN CHỈ ĐẠO CỦA" / "CHỦ TỊCH UBND ...")."""
    words = re.sub(r"[^\w\s]", "", line).split()
    if not _caps(line) or not _AUTHORITY_HEAD.match(" ".join(words)):
        return False
    last = re.sub(r"[^\w\s]", "", above).split()[-1:]
    return bool(last) and above.rstrip()[-1:].isalnum() and last[0].upper() not in _CALLS_FOR


def _rule(line: str) -> bool:
    marks = [c for c in line if not c.isspace()]
    return sum(c.isalnum() for c in marks) < 0.5 * len(marks)


def _open_quote(line: str) -> bool:
    """A line that opens a quotation it does not close (“ without ”); the next line closes it
    (a speck read as "“" over the place and date, 214 of the corpus as a scan, opens none)."""
    return line.count("“") > line.count("”")
