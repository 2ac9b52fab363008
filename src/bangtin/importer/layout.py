"""Where the document starts inside a page, and what the layout reader found in it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bangtin.core.model import DocType
from bangtin.core.numbers import DocNumber
from bangtin.importer.lines import (
    NOISE,
    NUMBER_LINE,
    V_V,
    WEEKDAY,
    clean,
    compact_key,
    date_in,
    doc_type_line,
    is_caps,
    is_motto,
    is_right_hand,
    is_rule,
    names_the_next_number,
    number_in,
)

_MOTTO_KEYS = ("conghoaxahoichunghiavietnam", "dangcongsanvietnam")
# ... written in capitals, as a header writes it ("nước Cộng hòa xã hội chủ nghĩa Việt Nam" in
# a sentence is no header).
# (also as OCR writes it without its marks: "CONG HOA XA HOI CHU NGHIA VIET NAM")
MOTTO_CAPS = re.compile(
    r"C[ỘO]NG\s+H(?:OÀ|ÒA|OA)\s+X|[ĐD][ẢA]NG\s+C[ỘO]NG\s+S[ẢA]N\s+VI[ỆE]T\s+NAM"
)
_TERM = re.compile(r"^(?:nhiệm\s+kỳ|kỳ\s+họp|khóa|khoá)\b[^.;:]{0,40}$", re.IGNORECASE)


def dated_header(lines: list[str], end: int) -> bool:
    """A document's own header stands above ``end``: the national or the Party's motto, or its
    place and date line ("Vĩnh Long, ngày 05 tháng 3 năm 2020"). A copy whose number line was
    cut off still has them; a news item about a document has neither, so the grounds under them
    ("Căn cứ Thông tư số 40/2017/TT-BTC ngày ...") are the document's own bases, never itself.
    """
    for line in lines[:end]:
        c = clean(line)
        if _GROUND.match(c) or (len(c) > 100 and not is_caps(c)):
            break  # (only above the grounds and the prose: a date line under them is a byline)
        if is_motto(c) or ((d := date_in(c)) is not None and d[0]):
            return True
    return False


_GROUND = re.compile(r"^[-–•+]?\s*(?:Căn\s+cứ|Thực\s+hiện|Xét|Theo|Trên\s+cơ\s+sở)\b")


def doc_start(lines: list[str]) -> int:
    """Index of the first line of the document inside a web page (or 0)."""
    anchor = None
    last = ""
    for i, line in enumerate(lines):
        c = clean(line)
        if is_right_hand(c) or (number_in(c) is not None and not names_the_next_number(last)):
            # (never the number a title's wrapped line names: "... CỦA NGHỊ ĐỊNH" / "SỐ 68/...")
            anchor = i
            break
        last = c or last
    if anchor is None:
        return 0
    start = anchor
    i = anchor - 1
    while i >= 0:
        c = clean(lines[i])
        if (
            not c
            or is_rule(c)
            or is_right_hand(c)
            or date_in(c)
            or V_V.match(c)
            or NUMBER_LINE.match(c)  # "Số:" left blank in a draft, its code on a later line
            # A council's term and session under its name: "Nhiệm kỳ 1999 – 2004" / "Kỳ họp thứ 3".
            or _TERM.match(c)
        ):
            i -= 1
            continue
        if MOTTO_CAPS.search(c) and any(m in compact_key(c) for m in _MOTTO_KEYS):
            # The motto inside a line of the interleaved columns ("ỦY BAN NHÂN DÂN CỘNG HÒA
            # XàHỘI CHỦ NGHĨA VIỆT NAM TỈNH", a text layer's damage) is the header's too.
            start = i
            i -= 1
            continue
        # Digits end the walk up (a date, a counter), but for a unit's own number at the end of
        # its name: "BCH QUẬN ĐOÀN – QUẬN 6", "CHI BỘ 3", "ĐẢNG ỦY PHƯỜNG 12", also with the
        # district or ward shortened ("HỘI LIÊN HIỆP PHỤ NỮ Q11", "ĐOÀN PHƯỜNG P.12").
        digits = re.search(r"\d", c) and not re.search(r"(?:\D\s|\b[QP]\.?)\d{1,2}$", c)
        if NOISE.match(c) or not is_caps(c) or digits or doc_type_line(c):
            break
        start = i
        i -= 1
    return start


@dataclass(slots=True)
class Found:
    number: DocNumber | None = None
    number_idx: int | None = None
    place: str = ""
    date: dt.date | None = None
    left: list[str] = field(default_factory=list)
    doc_type: DocType | None = None
    subject: list[str] = field(default_factory=list)
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    authority: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)
    name: str = ""
    # The signature block ends without a name where the page lost it: a legal site's table row
    # ("| TM. ỦY BAN NHÂN DÂN |"), the annex's title right under it, or the text's end. Its
    # authority and title are sure; the name is left to fill.
    nameless_block: bool = False
    footnotes: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # The page's lines above the document (a web page's title stands there).
    above: list[str] = field(default_factory=list)
    # The body's first words where a copy glued them onto the Kính gửi line ("... các trường.
    # Thực hiện Kế hoạch số ..."): cut from the recipients, they open the body, never dropped.
    lead: str = ""
    # The date the page was posted (a byline, "Ngày cập nhật ..."): never the document's date,
    # but the year of a lead's "ngày 25/8" (see headline.lead_date).
    posted: dt.date | None = None
    # A portal's record of the document, label by label (see importer/record.py).
    record: dict[str, str] = field(default_factory=dict)


# A posting stamp: a date with its time ("26/08/2021 08:05"), an ISO date ("2025-09-28"), or a
# date on a line of page chrome ("Số lượt xem 4571Ngày cập nhật 27/03/2020").
_STAMP_DMY = re.compile(r"(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d/])")
_STAMP_ISO = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])")
_STAMP_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# ... or after the weekday, as a portal dates its page ("Thứ ba 22/10/2019").
_WEEKDAY = re.compile(rf"^{WEEKDAY}\b", re.IGNORECASE)


def posted_date(lines: list[str]) -> dt.date | None:
    """The page's posting date among its first lines (see Found.posted), or None."""
    for line in lines[:25]:
        c = clean(line)
        found = []
        if m := _STAMP_ISO.search(c):
            found.append((int(m[1]), int(m[2]), int(m[3])))
        if (m := _STAMP_DMY.search(c)) and (
            # ... or a line that is the date alone ("02/10/2022" over a tag page's teaser).
            _STAMP_TIME.search(c) or NOISE.match(c) or _WEEKDAY.match(c) or m[0] == c
        ):
            found.append((int(m[3]), int(m[2]), int(m[1])))
        for y, mo, d in found:
            try:
                return dt.date(y, mo, d)
            except ValueError:
                continue
    return None


# Lines only a document's own text has, never a page's headline or the lead above it: a section
# of its body ("I. TÌNH HÌNH ...", "II- NHIỆM VỤ", "Điều 1."). A copy cut above its number line
# starts with its heading or its date line and comes to them soon: what they and the lines
# under them cite is not its own. (Not a ground: "Căn cứ ..." also opens a news item's lead,
# "Căn cứ Kế hoạch số 01/KH-BTCKN ... Ngày 02/11/2021, Sở ... đã ban hành Kế hoạch số ...".)
_OWN_SECTION = re.compile(r"^(?:[IVX]{1,4}\s*[.\-–]\s*[A-ZĐÀ-Ỹ]|Điều\s+1\b)")


# A ground's sentence at a line's start: what it names the document rests on, never the document
# itself ("Căn cứ quyết định trên, liên Bộ đã ban hành thông tư số 05-TT/LB ..."); a lead may go
# on after it ("Căn cứ Kế hoạch số 01/KH-BTCKN ... . Ngày 02/11/2021, Sở ... đã ban hành Kế hoạch
# số 67/KH-SVHTTDL ..."), so only the sentence's figures are left out: its words still stand
# where they stood (the readers count a page's lines before its lead).
_GROUND_SENTENCE = re.compile(r"^Căn\s+cứ\s.*?(?:\.\s+(?=[A-ZĐÀ-Ỹ])|$)")


def lead_lines(lines: list[str]) -> list[str]:
    """The lines a page's headline or lead may stand in: those above the document's sections,
    without their grounds' sentences."""
    out: list[str] = []
    for line in lines:
        c = clean(line)
        if _OWN_SECTION.match(c):
            break
        ground = _GROUND_SENTENCE.match(c)
        out.append(re.sub(r"\d", "x", ground[0]) + c[ground.end() :] if ground else line)
    return out
