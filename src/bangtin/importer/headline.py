"""A republished document's headline or lead sentence, read where the header is missing.

The lines of other kinds a page may name its document in are read in `web/`, one module
a kind: `lead_words` (where a lead's trích yếu ends), `lead_date`, `title`, `issued`,
`lead_subject`, `acts`, `presented`, `grounds`.
"""

from __future__ import annotations

import datetime as dt
import re

from bangtin.core.model import DocType
from bangtin.core.numbers import DocNumber, parse_number
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import KINH_GUI, NOISE, clean, is_caps
from bangtin.importer.web.acts import (
    read_annexed,
    read_guided,
    read_plan_ground,
    read_set_going,
    read_state_letter,
)
from bangtin.importer.web.grounds import read_grounds
from bangtin.importer.web.issued import (
    AGENDA_NEXT,
    EVENT_ACTS,
    PLACE_COLON,
    as_follows,
    body_ends,
    issued_type,
    notified,
    signed_type,
)
from bangtin.importer.web.lead_date import lead_date
from bangtin.importer.web.lead_subject import (
    LEAD_MAX,
    acts_now,
    aim_headlined,
    closed_by_stop,
    extended_by_lead,
    lead_subject,
    page_text,
    read_only_document,
)
from bangtin.importer.web.lead_words import (
    AUDIENCE,
    LEAD_ABOUT,
    LEAD_VERB,
    NEXT_SENTENCE,
    QD,
    SENTENCE_END,
    TYPE_ALT,
    cited_type,
    date_of,
    invites,
    lead_words,
)
from bangtin.importer.web.presented import read_according, read_presented
from bangtin.importer.web.studied import carried_out_locally, studied_bare, studied_title
from bangtin.importer.web.title import ARCHIVE_LABEL, DOWNLOAD_LABEL, read_title
from bangtin.links.citations import TYPE_WORDS, Citation, find_citations

# A lead whose number has no code ("ban hành Chỉ thị số 17 về việc ...", "đã ký ban hành Thông
# báo số 57 về việc ...", "xây dựng Kế hoạch số 35 về ...", "vừa có Công văn số 278 gửi các tổ
# chức Hội ... về việc ..."): type and subject only.
_LEAD_NO_CODE = re.compile(
    r"(?<!\w)(?:ký\s+ban\s+hành|ban\s+hành|ký|có|xây\s+dựng|phát\s+hành)\s+"
    # (... or without "số": "... vừa ban hành Quy định 377 về phân cấp ..." (made up; draw6/1232's
    # shape); never a year, "ban hành Kế hoạch 2024 về ...", which names no number.)
    r"(?P<type>[^\d,;.]{3,25}?)\s+(?:số\s+\d+|(?!(?:19|20)\d\d(?!\d))\d{1,4}(?![\d/.-]))"
    # (... its year after it: "... ban hành Chỉ thị 21 năm 2013 về việc ...", made up,
    # draw11/2363's shape.)
    r"(?:\s+năm\s+(?:19|20)\d\d(?!\d))?"
    # (... also with a comma before the "về": "... có Công điện số 1510, về việc tăng cường ...",
    # made up, draw8/1803's shape.)
    r"(?:\s+(?:gửi|tới|đến|của)\s+[^.;:]{3,150}?)?\s*,?\s+(?=về\b)",
    re.IGNORECASE,
)


# ... and such a lead without "về" after the number, its day maybe after it ("... đã có Công văn
# số 3940, ngày 31-7-2020, thông báo đến ...").
_LEAD_BARE = re.compile(
    # ("(Baonghean.vn) - Đó là nội dung của Công văn số 116 ngày 5/10/2017 căn cứ ...": what the
    # page reports, said to be the document's, as _LEAD_AT's "Đó là ... tại".)
    r"(?:(?<!\w)(?:(?:đã|vừa|mới)\s+)(?:ký\s+ban\s+hành|ban\s+hành|ký|có)"
    r"|(?:^(?:\([^()]{2,30}\)\s*[-–]?\s*)?|[.!?]\s+)Đó\s+là\s+nội\s+dung\s+(?:chính\s+)?(?:của|tại))"
    r"\s+(?P<type>[^\d,;.]{3,25}?)"
    r"\s+số\s+\d+(?![\d/-])(?:\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)(?!\d))?",
    re.IGNORECASE,
)


# A news item's first sentence that reports what the document says: "Tại Công văn số ...,
# Ban Chỉ đạo ... đề nghị ...", "Đó là chỉ đạo của UBND tỉnh ... tại Công văn số ...".
# (A news source's tag may open the lead: "(TGCT) Đó là chỉ đạo của ... tại Chỉ thị số ...".)
_LEAD_AT = re.compile(
    r"(?:^(?:\([^()]{2,30}\)\s*[-–]?\s*)?|[.!?]\s+)(?:Tại|Đó là\b[^.;:]{0,200}?\stại)\s+$"
)


# A lead that names the document first and says after it that a body issued it: "Nội dung trên
# thể hiện trong Chỉ thị số 17-CT/TU về việc ..., vừa được Ban Thường vụ Thành ủy ban hành."
# (... or right after the number, without a comma: "... trong Văn bản số 822/UBND-KTN vừa được
# UBND tỉnh ban hành gửi các sở, ...".)
_ISSUED_AFTER = re.compile(
    r"(?:[^.;!?]{0,250}?,\s*(?:vừa|mới|đã)|\s+(?:vừa|mới))\s+được\s+[^.;!?,]{0,80}?\s"
    r"(?:ký\s+)?ban\s+hành\b",
    re.IGNORECASE,
)


# "Kính gửi:" inside a line: a copy whose line breaks were lost.
_KINH_GUI_INSIDE = re.compile(r"(?<!\w)Kính\s+gửi\s*:", re.IGNORECASE)


# A news page's chrome between its headline and lead, which must not push the lead past the
# first lines read: a photo's caption ("Ảnh minh họa", "(Ảnh: TTXVN)") and the desk's posting
# stamp ending in the hour ("Ban Thời sự-Thứ ba, ngày 26/03/2019 20:09 GMT+7").
_CHROME = re.compile(
    r"\(?(?:Ảnh\s+minh\s+h(?:ọa|oạ)|Ảnh\s*:[^.]{0,60})\)?\.?$"
    # (... and a site's masthead lines: its hotline, "Đường dây nóng: 0237 3721150", and its
    # tagline in English, "Thanh Hoa Radio and Television"; made up, draw10/2120's shape: no
    # Vietnamese line is all ASCII with "and", "of" or "the".)
    r"|(?:Đường\s+dây\s+nóng|Hotline)\s*:?\s*[\d\s.()+-]{6,}$"
    # (... and a weather widget's lines, "Hà Nội 22 °C", "• Đà Nẵng Hà Nội 24°C"; made up,
    # draw9/1916's shape.)
    r"|[^.;:]{2,60}?\s-?\d{1,2}\s*°\s*C$"
    # (... and its reading tools, font size and contrast: "A- A A+ | Tăng tương phản Giảm tương
    # phản", "Màu chữ Cỡ chữ"; made up, draw11/2361's shape.)
    r"|(?:[\s|•:]*(?:Aa?\s*[-+]|A\b|Cỡ\s+chữ|Màu\s+chữ|Mặc\s+định|(?:Tăng|Giảm)\s+tương\s+phản))+"
    r"[\s|•:]*$"
    r"|(?=[\x20-\x7e]+$)(?=.*\b(?:and|of|the)\b).*$"
    r"|[^.;]{0,60}\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4},?\s+\d{1,2}:\d{2}(?::\d{2})?"
    r"\s*(?:\(?GMT\s*\+\s*7\)?|[AaPp][Mm])?$",
    re.IGNORECASE,
)


# A sentence broken before the number it names: "- Căn cứ Quyết định số" / "162-QĐ/TW, ngày
# 01/02/2013 của Bộ Chính trị về việc thành lập ..." (made up; draw10/2167's shape, a legal
# site's tab whose lines break inside the grounds). The line that opens with the number goes on
# with the words above it, a type word and "số" in small letters: it is no headline naming the
# page's own document. (A title in capitals, "QUYẾT ĐỊNH SỐ" over its number, and a header's
# "Số:" are not this shape.)
# A paper's kicker over its headline, the body's name and a colon ("Đảng ủy Quân sự thành phố:";
# made up, draw10/2110's shape): no headline or lead of its own.
_KICKER = re.compile(
    r"^(?:Đảng\s+[uủ][yỷ]|Tỉnh\s+[uủ][yỷ]|Thành\s+[uủ][yỷ]|Huyện\s+[uủ][yỷ]|Quận\s+[uủ][yỷ]|Thị\s+[uủ][yỷ]|UBND|HĐND"
    r"|[UỦ][yỷ]\s+ban|Hội|Sở|Ban|Bộ|Đoàn|Tỉnh\s+Đoàn|Thành\s+Đoàn|Huyện\s+Đoàn|Công\s+đoàn|Liên\s+đoàn"
    r"|Mặt\s+trận|MTTQ|Quân\s+khu|Công\s+an|Tỉnh|Huyện|Thành\s+phố|TP\.?|Quận|Thị\s+xã|Xã|Phường)"
    r"(?!\w)[^.:;!?]{0,50}:$"
)


_SENTENCE_GOES_ON = re.compile(r"(?<![\w])[a-zà-ỹđ]+[ \t]+số[ \t]*$")


# An HTML tag left in a page stored raw ("<title>...</title>", '<meta ... content="...">'; made
# up, draw12/2509's shape): markup, no words of the page's; a tag's attributes (a description
# cut by the site, "... - Tin Tức -...") go with it.
_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,400}>")


def read_headline(lines: list[str], found: Found) -> None:
    """Fill what a republished document's headline or lead says of it, where the header is absent.

    Two shapes (tests/fixtures/real, "web"): a headline that is the document's own citation, at
    the start of a line ("Công văn số 454-CV/BDVTW ngày 24/9/2015 của Ban Dân vận Trung ương về
    việc báo cáo ..."), often under the portal's date line; and a lead sentence naming it after
    "ban hành" or "đã ký" (see LEAD_VERB). Number, date, type and subject are taken only where the
    header gave none; the subject runs from "về" / "về việc" to the end of the sentence.
    """
    lines = _split_at_tags(lines[:30]) + lines[30:]
    seen = 0
    own: str | None = None  # the number a headline named: its repetitions may say more
    headlined = False  # the type and trích yếu were read from a headline, not a sentence
    # ... or from a lead's sentence that named no number: the same document named again by its
    # number and "về việc" gives its own words ("... vừa ký quyết định tặng Bằng khen ... cho 86
    # học sinh ..." over "... vừa ký quyết định số 351/QĐ-UBND về việc tặng Bằng khen kèm theo
    # tiền thưởng 824.250.000 đồng ..."; made up, draw14/3017's shape: see _lead_over_headline).
    sentenced = False
    addressed = False
    last = ""
    read: set[str] = set()  # the lines read so far
    above = ""  # the line before, read or not
    for i, line in enumerate(lines[:30]):
        c = ARCHIVE_LABEL.sub("", DOWNLOAD_LABEL.sub("", _MARKUP.sub("", clean(line)).strip()))
        c, above = ("" if _SENTENCE_GOES_ON.search(above) and c[:1].isdigit() else c), c or above
        if KINH_GUI.match(c) or addressed:
            # A lead stands above the document it presents; from "Kính gửi" on the text is the
            # document's own (a notice that opens with it: "Ngày 31/8/2020, Ban Chấp hành ... đã
            # ban hành Thông tri số 02-TT/ĐU ..." there names an earlier document, not itself).
            return
        if inside := _KINH_GUI_INSIDE.search(c):
            # ... also where the line breaks were lost and "Kính gửi:" stands inside the line
            # ("Công văn số 2073-CV/HNDTW ... Kính gửi: ... Ngày 04/2/2012, Ban Bí thư ban hành
            # Chỉ thị số 11-CT/TW ..."): only the words before it are a headline or lead.
            c, addressed = c[: inside.start()], True
        if seen == 0 and own is None and (alone := _number_alone(c)) is not None:
            # A document page titled with the number alone ("3313/BVHTTDL-VHDT" over "Công văn
            # V/v ..." and "Kính gửi: ..."): the page's own; its repetitions may say more.
            found.number, own = alone, alone.key
            continue
        if not c or NOISE.match(c) or len(c.split()) <= 2 or _CHROME.match(c) or _KICKER.match(c):
            # A portal's counters and labels ("Hôm nay:", "106620") are neither lead nor title,
            # nor its photo captions and posting stamps (see _CHROME).
            continue
        if c == last or (seen <= 2 and c in read):
            # The page's title repeated as its heading: one headline (draw3/610); also with the
            # posting stamp between ("Tạm dừng Đại hội ..." / "2025-03-12Báo Đồng Nai điện tử" /
            # "Tạm dừng Đại hội ..."; made up, draw13/2838's shape): the lead under it is still
            # the first sentences read.
            continue
        last = c
        read.add(c)
        seen += 1
        if seen > 8:
            return
        for cit in find_citations(c):
            if own is not None and own == cit.number.key and found.date is None and cit.date:
                # The page's own number written again with its day attached ("... Kết luận số
                # 19-KL/TW, ngày 14/10/2021 của Bộ Chính trị ..." under a headline that named it
                # without one; made up, draw12/2549's shape): that day is the document's.
                found.date = cit.date
            typed = _typed_before(c, cit)
            if enacting := _enacting_decision(c, cit, found, typed):
                found.doc_type, found.subject = None, []  # (the rules it enacts: their type)
            if not (enacting or _named_own(c, cit, typed)) or _other_type(found, cit, typed):
                continue
            if own not in (None, cit.number.key):
                continue
            if own is None and _acted_on_later(c, lines[i + 1 : i + 3], cit):
                continue  # the ground of the page's own later act (see _NOW_OWN_ACT)
            if own is None and _after_bare_numbered(c, cit):
                continue  # what a document named by a bare number carries on (_BARE_NUMBERED)
            if own is None and _carried_out_locally(c, cit, lines, found):
                return  # a local committee's document carries it out (see studied.py)
            _take_cited(c, cit, found, typed)
            if not found.subject:
                _own_lead_subject(c, lines, i, cit, found, typed)
            elif headlined or sentenced:
                _lead_over_headline(c, lines, i, cit, found, typed)
            if found.subject and found.date is not None:
                if not closed_by_stop(c, found.subject):
                    extended_by_lead(lines[i + 1 : i + 4], cit, found)
                return
            # "Quyết định 65/1998/QĐ-TTg của Thủ tướng Chính phủ" (a document site's title) is
            # repeated a few lines on with "về việc xuất khẩu ...": read on for that number only.
            own = cit.number.key
            break
        if own is not None:
            continue
        if _no_code_lead(c, found) or as_follows(c, found) or _studied_bare(c, found):
            return
        if studied_bare(c, lines[i + 1 : i + 5], found):
            return
        # (What was issued first: "... ký Nghị quyết liên tịch ban hành Quy chế ..." gives its
        # trích yếu there; the lead's day and a "về" subject after it. A headline's reading may
        # be taken over by the lead's: see issued_type.)
        if invites(lines[i + 1 : i + 4]):
            continue  # (the page's own invitation follows: see _INVITES)
        before = found.subject
        headlined = issued_type(c, found, seen, lines[:12], again=headlined, verbs=_issuing_verbs)
        sentenced = sentenced or (not headlined and found.subject != before)
        if signed_type(c, found) or (seen <= 3 and notified(c, found)):
            return


# A news site's tag inside a line, after the headline's words and before the lead's: "... ra
# Nghị quyết lãnh đạo nhiệm vụ quý IV (QNO) - Sáng 14/10, Đảng ủy ..." (made up; draw11/2357's
# shape, a page whose line breaks were lost): the tag opens the lead ("(TTXVN) - ", "(ĐCSVN)- ",
# "(Baonghean.vn) - "), its capital after the dash.
_TAG_INSIDE = re.compile(
    r"(?<=\w)\s+(?=\(\s*(?:[A-ZĐ][A-ZĐ0-9.&\s]{1,14}|[A-ZĐ][\w-]{2,20}\.(?:vn|com|net))\)\s*[-–]"
    r"\s*[A-ZĐÀ-Ỹ])"
)


def _split_at_tags(lines: list[str]) -> list[str]:
    """``lines`` with each line that runs a headline into its lead's source tag (see _TAG_INSIDE)
    broken before the tag, at least three words of headline above it."""
    split: list[str] = []
    for line in lines:
        tag = _TAG_INSIDE.search(line)
        if tag is not None and len(line[: tag.start()].split()) >= 3:
            split += [line[: tag.start()], line[tag.end() :]]
        else:
            split.append(line)
    return split


# A document the lead names by its type and a bare number, without code, before the numbered
# one: "... quán triệt thực hiện Kết luận số 52 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số
# 11-CT/TW ..." (made up; draw12/2547's shape): the page is about the first; the coded one is
# what it carries on, never the page's own (its number is left to fill).
_BARE_NUMBERED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted((re.escape(w) for w in TYPE_WORDS), key=len, reverse=True))
    + r")\s+(?:số\s+)?\d{1,4}(?=\s+(?:của|về)(?!\w))",
    re.IGNORECASE,
)
# ... and between the two, only its issuer and the words that make the coded one its object:
# "của Ban Bí thư về tiếp tục đẩy mạnh thực hiện".
_CARRIES_ON = re.compile(
    r"\s+(?:của\s+[^.;,]{3,60}?\s+)?về\s+(?:việc\s+)?(?:tiếp\s+tục\s+)?(?:đẩy\s+mạnh\s*,?\s+)?"
    r"(?:(?:triển\s+khai|thực\s+hiện|sơ\s+kết|tổng\s+kết)\s*,?\s*)+",
    re.IGNORECASE,
)


def _after_bare_numbered(c: str, cit: Citation) -> bool:
    """A document named by a bare number (see _BARE_NUMBERED) stands before ``cit`` in ``c``,
    ``cit`` the object it carries on (see _CARRIES_ON)."""
    cited = [(x.start, x.end) for x in find_citations(c)]
    return any(
        not any(a <= m.start() < b for a, b in cited)
        and _CARRIES_ON.fullmatch(c, m.end(), cit.start) is not None
        for m in _BARE_NUMBERED.finditer(c, 0, cit.start)
    )


def _carried_out_locally(c: str, cit: Citation, lines: list[str], found: Found) -> bool:
    """The central document ``cit`` the lead ``c`` studies is carried out by a local committee's
    document (see carried_out_locally): that one, named by its number, is the page's own (its
    number, day, type and trích yếu); else the page's own is left to fill."""
    page = page_text(lines[:60])
    local, carrier = carried_out_locally(c, cit, page)
    if local and carrier is not None:
        found.number, found.date = carrier.number, carrier.date
        found.doc_type = cited_type(carrier)
        lead_subject(page, carrier, found)
    return local


def _acted_on_later(c: str, following: list[str], cit: Citation) -> bool:
    """The lead ``c`` names ``cit`` as the ground of an act the page tells after it, in its own
    line or the next two ("..., nay Ban tổ chức thông báo gia hạn ...": see _NOW_OWN_ACT), or
    a paragraph after it tells the page's body issued its own, unnumbered (see _ISSUED_NEXT)."""
    return bool(
        acts_now(c, cit.end)
        or acts_now(page_text(following))
        or any(_issued_next(clean(x), c) for x in following)
    )


def _issued_next(line: str, lead: str) -> bool:
    """``line`` tells the page's body issued its own document after the one the ``lead`` named
    (see _ISSUED_NEXT); not the same one told again in its words ("Bộ Chính trị đã ban hành Quy
    định về phân cấp, quản lý cán bộ ..." under "... công bố Quy định số 80-QĐ/TW về phân cấp
    quản lý cán bộ ...": draw6/1231)."""
    m = _ISSUED_NEXT.match(line)
    if m is None:
        return False
    words = re.findall(r"\w+", line[m.end() :])[:3]
    return " ".join(fold(w) for w in words) not in " ".join(
        fold(w) for w in re.findall(r"\w+", lead)
    )


# A paragraph that opens with what it carries out and tells that a body then issued a document
# of its own, named by its type without a number: "Căn cứ ...; sau khi thống nhất ..., Ban Tổ
# chức Trung ương đã ban hành Hướng dẫn số 31-HD/BTCTW ..." over "Thực hiện Kết luận số
# 160-KL/TW ..., Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam đã ban hành hướng dẫn bổ sung
# ..." (made up; draw14/2952's shape): the numbered one the lead named first is the ground, the
# page's own is the later one (its number not written).
_ISSUED_NEXT = re.compile(
    r"(?:Thực\s+hiện|Triển\s+khai|Căn\s+cứ)\s[^.]{0,300}?,\s+[^.,;]{3,120}?\s(?:đã|vừa|mới)\s+"
    rf"ban\s+hành\s+(?:các\s+)?(?:{TYPE_ALT})(?!\w)(?!\s+(?:số\s+)?\d)",
    re.IGNORECASE,
)


def _take_cited(c: str, cit: Citation, found: Found, typed: str) -> None:
    """Number, date and type of the page's own document that the headline or lead ``c`` names
    by its citation ``cit`` (its type written apart: ``typed``), where none was read."""
    dated = _lead_dated(c, cit, found)
    if found.number is None and found.date is not None and dated not in (None, found.date):
        # The page's print or posting date stood above the lead as a date line ("Hải Phòng,
        # ngày 18 tháng 11 năm 2019" over a 2011 plan): the lead dates the document.
        found.place = ""
        found.date = None
    if found.number is None:
        found.number = cit.number
    if found.date is None:
        found.date = dated
    if found.doc_type is None:
        found.doc_type = cited_type(cit, typed, c) or _letter_by_number(c, cit)


def _letter_by_number(c: str, cit: Citation) -> DocType | None:
    """A Công văn, where the lead calls its document "văn bản" and its state number carries no
    type code ("... đã có Văn bản số 3102/UBND-VP ngày 20/11/2020 về việc báo cáo ..."; made up,
    draw14/3042's shape): Nghị định 30 gives every other type its code; else None."""
    named = re.match(r"văn\s+bản\s", c[cit.start :], re.IGNORECASE)
    letter = cit.number.form == "state" and cit.number.type_code is None
    return DocType.CONG_VAN if named and letter else None


def _lead_over_headline(
    c: str, lines: list[str], i: int, cit: Citation, found: Found, typed: str
) -> None:
    """The trích yếu the lead ``c`` gives its own numbered ``cit``, over the one a headline above
    gave the same type ("Tỉnh ủy ban hành Chỉ thị về tăng cường công tác phòng cháy" over "...
    vừa ban hành Chỉ thị số 12-CT/TU về tăng cường sự lãnh đạo của Đảng đối với công tác phòng
    cháy, chữa cháy ..."; made up, the shape of news items whose headline rewords the title):
    the lead names the document as titled, by its number; the headline is the editor's words.
    Where the lead gives none, or the same words and more (its sentence may go on past them:
    "... 2021 (Kế hoạch);"), the headline's stays."""
    headline = found.subject
    found.subject = []
    _own_lead_subject(c, lines, i, cit, found, typed)
    ours, theirs = fold(" ".join(headline)).rstrip(" ."), fold(" ".join(found.subject))
    if not theirs or theirs.startswith(ours) or ours.startswith(theirs):
        found.subject = headline


def _own_lead_subject(
    c: str, lines: list[str], i: int, cit: Citation, found: Found, typed: str
) -> None:
    """The trích yếu the headline or lead ``c`` (line ``i`` of ``lines``) gives its own ``cit``
    (its type written apart: ``typed``), or none where its end is not sure."""
    lead_subject(text := _with_wrapped(c, lines[i + 1 : i + 6]), cit, found)
    found.subject = aim_headlined(text, found.subject, lines[:i])
    if not found.subject and typed:
        found.subject = _named_before_bracket(c, cit)
    if not found.subject and cited_type(cit, typed) in _ASKING_TYPES:
        found.subject = _echoed_headline(lines[:i], c, cit)
    if found.subject and not _named_own(c, cit, typed, studied=False):
        # ("...; triển khai, hướng dẫn các văn bản ...": the conference's next item, see
        # AGENDA_NEXT; made up, draw6/1201's shape.)
        found.subject = [AGENDA_NEXT.split(found.subject[0], maxsplit=1)[0]]
    if not _named_own(c, cit, typed, studied=False) and not _marked_end(c, cit, found.subject):
        # Named only as what a conference studied: its sentence goes on to the conference ("...
        # đến năm 2045, qua hình thức trực tuyến", "...; triển khai, hướng dẫn ..."); only a
        # quote or the paragraph's end marks where the trích yếu ends.
        found.subject = []
    _drop_own_type_name(cit, found)
    if _announced(c, cit) and EVENT_ACTS.search(" ".join(found.subject)):
        found.subject = []
    if found.subject and _CUT_WITH_DOTS.search(found.subject[-1]):
        # "Nghị quyết 10/2018/NQ-HĐND về việc hỗ trợ ... thị trấn; ở t...": a title cut short
        # by the site; its repetition below may give it whole.
        found.subject = []
    if found.subject and (title := _titled_apart(lines[:i], found)):
        found.subject = _stated_after(title, found.subject)


# A bracket that names the document's number and closes the lead's sentence: "... (Kế hoạch số
# 155-KH/TU, ngày 28-6-2024)." at the end of its paragraph or before the next sentence.
_CLOSING_BRACKET = re.compile(r"\([^()]*\)\s*(?:\.(?=\s+[A-ZĐÀ-Ỹ])|[.;]?\s*$)")


def _named_before_bracket(line: str, cit: Citation) -> list[str]:
    """The trích yếu a lead writes after the issued document's type, before the bracket that
    names its number and closes the sentence: "... đã xây dựng, ban hành Kế hoạch chuẩn bị và
    tổ chức đại hội đảng bộ các cấp ..., nhiệm kỳ 2025 - 2030 (Kế hoạch số 155-KH/TU, ngày
    28-6-2024)." (made up; draw9/1904's shape): the bracket marks where the name ends."""
    bracket = line.rfind("(", 0, cit.start)
    if bracket < 0 or not _CLOSING_BRACKET.match(line, bracket) or not cit.type_name:
        return []
    start = max((m.end() for m in re.finditer(r"[.;!?]\s", line[:bracket])), default=0)
    for m in reversed(list(LEAD_VERB.finditer(line, start, bracket))):
        rest = line[m.end() : bracket]
        if rest.casefold().startswith(cit.type_name.casefold() + " "):
            words = rest[len(cit.type_name) :].strip()
            if words[:1].islower() and not re.match(r"(?:số|này|của|về|mới)\b", words):
                return lead_words(words)
            return []
    return []


_ASKS_AFTER = re.compile(r"[\s,]*(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\s", re.IGNORECASE)


_ASKING_TYPES = frozenset({DocType.CHI_THI, DocType.CONG_DIEN, DocType.CONG_VAN})


def _echoed_headline(above: list[str], c: str, cit: Citation) -> list[str]:
    """The headline above whose words end the lead's sentence as what its document ``cit``
    asks: "Nghệ An: Tăng cường các biện pháp phòng cháy, chữa cháy rừng" over "... ban hành Chỉ
    thị số 04/CT-UBND yêu cầu các sở, ... và các chủ rừng tăng cường các biện pháp phòng cháy,
    chữa cháy rừng." (made up; draw5/1167's shape): headline and lead agree on the words, the
    trích yếu of a Chỉ thị, Công điện or Công văn. Else none."""
    day = _DAY_AFTER.match(c, cit.number_end)
    if not _ASKS_AFTER.match(c, day.end() if day else cit.number_end):
        return []
    if titled := _titled_headline(above, cit):
        return titled
    end = SENTENCE_END.search(c, cit.number_end)
    asked = fold(c[cit.number_end : end.start() if end else len(c)]).rstrip(" .")
    for line in above:
        title = PLACE_COLON.sub("", clean(line)).rstrip(" .")
        folded = fold(title)
        if len(folded.split()) >= 4 and asked.endswith(" " + folded):
            return [title]
    return []


# A date written with the number before what the document asks ("số 21/CĐ-UBND ngày 22/9/2025,
# yêu cầu ...").
_DAY_AFTER = re.compile(r"(?:[\s,]*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})?")


def _titled_headline(above: list[str], cit: Citation) -> list[str]:
    """The trích yếu of a headline above written in the document's own title form, its type
    (and urgency), "của" its issuer and "về việc": "Công điện khẩn của Chủ tịch UBND tỉnh về
    việc chủ động ứng phó với siêu bão ..." over a lead that names the công điện by its number
    and tells what it asks (made up; draw10/2242's shape). Only of the lead's type."""
    for line in above:
        m = _TITLE_FORM.match(clean(line))
        if m and DocType.from_text(m["t"]) is cited_type(cit):
            return [m["s"].rstrip(" .")]
    return []


# What a lead says the document states, right after its trích yếu: "... về chế độ học tập ...
# trong Đảng đưa ra nguyên tắc chung ...", "... nêu rõ ...", "... yêu cầu các cấp ủy ...".
_STATES = re.compile(
    r"(?:đưa\s+ra|nêu\s+rõ|xác\s+định|chỉ\s+rõ|nhấn\s+mạnh|yêu\s+cầu|đề\s+nghị|quy\s+định\s+rõ)\s",
    re.IGNORECASE,
)


def _stated_after(title: str, subject: list[str]) -> list[str]:
    """The lead's first words that are the headline's ``title`` (folded), where the lead goes
    on right after them with what the document states (see _STATES): "Quy định về chế độ học
    tập lý luận chính trị trong Đảng" over "... Quy định số 54-QĐ/TW ... về chế độ học tập lý
    luận chính trị trong Đảng đưa ra nguyên tắc chung ..." (made up; draw7/1502's shape): both
    give those words, the verb ends them. Else none: which one ends the trích yếu is not sure."""
    words = " ".join(subject).split()
    n = len(title.split())
    if fold(" ".join(words[:n])).rstrip(" .") == title and _STATES.match(" ".join(words[n:])):
        return [" ".join(words[:n])]
    return []


def _titled_apart(above: list[str], found: Found) -> str:
    """A headline above the lead names the document by its type and "về" and ends its trích yếu
    elsewhere than the lead does, one the other's words and more.

    "Ban Thường vụ Tỉnh ủy ban hành Quy định về kiểm điểm ... trong hệ thống chính trị" over
    "... ban hành Quy định số 31-QĐ/TU về kiểm điểm ... trong hệ thống chính trị từ tỉnh đến cơ
    sở.": the headline may have shortened the title, or the lead's sentence gone on past it
    (draw7/1507, whose title ends with the headline's); nothing on the page says which, so the
    trích yếu is left to fill (but see _stated_after). Returns the headline's trích yếu, folded,
    or "". (A headline that names the number too is extended_by_lead's.)
    """
    if found.doc_type is None:
        return ""
    lead = fold(" ".join(found.subject)).rstrip(" .")
    about = re.compile(rf"(?<!\w){re.escape(fold(found.doc_type.value))}\s+ve\s+(?P<p>.+)$")
    for line in above:
        m = about.search(fold(clean(line)))
        title = m["p"].rstrip(" .") if m else ""
        if (
            len(title) > 12
            and title != lead
            and (lead.startswith(title + " ") or title.startswith(lead + " "))
        ):
            return title
    return ""


_CUT_WITH_DOTS = re.compile(r"(?:\.{2,}|…)\s*$")


def _drop_own_type_name(cit: Citation, found: Found) -> None:
    """A lead's "về" followed by the name of the type its number's code gives ("... văn bản số
    15-CTr/TU về Chương trình hành động của Ban Thường vụ ...") names the document, type first:
    the trích yếu is what follows the type's name ("hành động của ..."), as under its heading."""
    name = cit.number.type_name
    if not found.subject or not name or cit.number.type_code == "QĐ":
        return  # ("QĐ" is Quyết định and Quy định: which one the words say, not the code)
    first = found.subject[0]
    if first.casefold().startswith(name.casefold() + " "):
        found.subject = [first[len(name) + 1 :], *found.subject[1:]]


def _named_own(c: str, cit: Citation, typed: str, *, studied: bool = True) -> bool:
    """The headline or lead ``c`` names ``cit`` as the page's own document: at its start, after a
    verb of issuing (see LEAD_VERB, _LEAD_AT), with its type apart (``typed``), or followed by
    the clause that says it was just issued (see _ISSUED_AFTER)."""
    # (An urgency stamp may open the headline: "HOẢ TỐC: CHỈ THỊ SỐ 06-CT/TU VỀ VIỆC ...".)
    # (... or a news source's tag and dash: "(ĐCSVN)- Quy định số 54-QĐ/TW ngày ... về ...".)
    at_start = bool(cit.type_name) and (
        cit.start == 0
        or bool(_STAMP_BEFORE.fullmatch(c[: cit.start]))
        or bool(_SOURCE_TAG.fullmatch(c[: cit.start]))
    )
    verb = next(
        (m for m in LEAD_VERB.finditer(c, 0, cit.start + 1) if m.end() == cit.start), None
    ) or _LEAD_AT.search(c, 0, cit.start)
    if verb is not None and _ADVISED.search(c, max(0, verb.start() - 120), verb.start()):
        # "... Ban Thường trực ... xây dựng kế hoạch ..., tham mưu Ban Thường vụ Huyện ủy ban
        # hành Thông tri số 09-TT/HU về ...": the page's body advised another to issue it; what
        # the page reports is its own work, the document is one of its fruits (left to fill).
        verb = None
    passive = _ISSUED_AFTER.match(c, cit.number_end)
    if passive and find_citations(c[cit.end : passive.end()]):
        passive = None  # (another document named before the verb)
    return bool(
        at_start
        or verb
        or typed
        or passive
        or studied_title(c, cit)
        or (studied and _studied_alone(c, cit))
    )


# A conference that studies a document: "... tổ chức Hội nghị nghiên cứu, học tập, quán triệt và
# triển khai thực hiện Nghị quyết số 59-NQ/TW ...", "Tại hội nghị, các đại biểu đã được quán
# triệt Chỉ thị số 36-CT/TW ...", "... hội nghị trực tuyến ... để quán triệt Nghị quyết số ...".
_STUDIED = re.compile(
    r"(?<!\w)hội\s+nghị\b[^.;:]{0,120}?(?<!\w)(?:quán\s+triệt|học\s+tập)\b[^.;:]{0,80}$",
    re.IGNORECASE,
)


def _marked_end(c: str, cit: Citation, subject: list[str]) -> bool:
    """The trích yếu ``subject`` read after ``cit`` in ``c`` has a marked end: it opens with a
    quote ("... của Bộ Chính trị “Về xây dựng ...”", '... về "Một số chủ trương ..."'), or the
    paragraph ends with it ("... về chức năng, nhiệm vụ ... hội quần chúng.", the lead alone)."""
    if not subject:
        return False
    at = c.casefold().find(subject[0][:20].casefold(), cit.number_end)
    if at < 0:
        return False
    before = re.sub(r"(?i)(?:về\s+việc|về)$", "", c[cit.number_end : at].rstrip()).rstrip()
    if before.endswith(("“", '"')):
        return True
    # (... not where a semicolon goes on to what else the conference did: "... lần thứ XII của
    # Đảng; triển khai, hướng dẫn các văn bản ...".)
    # (... nor where the sentence goes on; but its stop, "... ma túy. Dự hội nghị ...", its
    # audience or its form (AUDIENCE) mark the end as the paragraph's does; made up, draw6/
    # 1223's shape.)
    after = at + len(subject[0])
    return ";" not in subject[0] and (
        not c[after:].strip(' .”"')
        or bool(AUDIENCE.match(c, after) or AGENDA_NEXT.match(c, after))
        or bool(re.match(r"\.\s+[A-ZĐÀ-Ỹ]", c[after:]))
    )


def _studied_alone(c: str, cit: Citation) -> bool:
    """The lead ``c`` reports a conference that studies the one document ``cit``: the page is on
    it. Where the sentence names others, before its "về" or after a semicolon ("... quán triệt
    Hướng dẫn số 03-HD/BTCTU ... về ...; Hướng dẫn số 05-HD/HU ..."), the page names several
    documents alike and none is its own (left to fill)."""
    if not _STUDIED.search(c, 0, cit.start):
        return False
    end = NEXT_SENTENCE.search(c, cit.number_end)
    sentence = c[cit.number_end : end.start() if end else len(c)]
    about = LEAD_ABOUT.search(sentence)
    named = sentence[: about.start()] if about else sentence
    listed = sentence[sentence.index(";") :] if ";" in sentence else ""
    return not find_citations(named) and not find_citations(listed)


# A lead that reports an event at which the document was made public: "Tại cuộc họp, lãnh đạo
# Ban Tuyên giáo ... công bố Quyết định số 708-QĐ/TU ngày 8-12-2023 của ... về ...", "Ngày
# 5/9/2022, Ban Chấp hành Trung ương công bố Quy định số 80-QĐ/TW về ...". The day of the
# lead is the event's, not the document's (issued earlier: 80-QĐ/TW on 18/8/2022).
_ANNOUNCED = re.compile(r"(?<!\w)công\s+bố\s+(?:toàn\s+văn\s+)?$", re.IGNORECASE)


def _announced(c: str, cit: Citation) -> bool:
    """The lead ``c`` names ``cit`` as made public at an event (see _ANNOUNCED)."""
    return bool(_ANNOUNCED.search(c, 0, cit.start))


def _lead_dated(c: str, cit: Citation, found: Found) -> dt.date | None:
    """The date a headline or lead gives the document ``cit`` names: the one written after its
    number; else the lead's day, but not an event's day at which it was announced."""
    if cit.date or cit.date_text or _announced(c, cit):
        # (A date written after the number but impossible, "ngày 29/77/2020", is the document's
        # own, mistyped: no other date of the sentence, a telegram's before it, stands in.)
        return cit.date
    return lead_date(c, cit.start, found.posted)


# A body advising another to issue a document, in the lead's clause before the verb (see
# _named_own).
_ADVISED = re.compile(r"(?<!\w)tham\s+mưu(?:\s+cho)?\s+[^.;,:]{3,100}$", re.IGNORECASE)


def _with_wrapped(c: str, after: list[str]) -> str:
    """The line ``c`` with its sentence's rest that was wrapped onto the next lines (a PDF's or a
    narrow column's page: "Kế hoạch số 71-KH/ĐU, ngày 26/9/2017" / "của Đảng ủy về tổ chức đại"
    / "hội chi bộ ... 2018-2020."): lines opening in small letters while it does not end; a
    headline in capitals wrapped in capitals ("HOẢ TỐC: CHỈ THỊ SỐ 06-CT/TU VỀ VIỆC TIẾP TỤC
    NÂNG CAO HIỆU" / "QUẢ CÔNG TÁC ... TRÊN ĐỊA BÀN THÀNH" / "PHỐ!", a PDF's text layer)."""
    caps = is_caps(c)
    for line in after:
        nxt = clean(line)
        going_on = nxt[:1].islower() or (caps and bool(nxt) and is_caps(nxt))
        if not going_on or re.search(r"[.;:!?]$", c):
            break
        c = f"{c} {nxt}"
    return c


def _no_code_lead(c: str, found: Found) -> bool:
    """Type, date and subject of a lead whose number has no code (see _LEAD_NO_CODE)."""
    for m in _LEAD_NO_CODE.finditer(c):
        if name := _bare_type(m["type"]):
            if found.doc_type is None:
                found.doc_type = DocType.from_text(name)
            if found.date is None:
                found.date = lead_date(c, m.start(), found.posted)
            if not found.subject and (about := LEAD_ABOUT.match(c, m.end())):
                end = SENTENCE_END.search(c, about.end())
                found.subject = lead_words(c[about.end() : end.start() if end else len(c)])
            return True
    for m in _LEAD_BARE.finditer(c):
        # "... Sở ... đã có Công văn số 3940, ngày 31-7-2020, thông báo đến các đơn vị ...": no
        # "về" right after, the words between say what it does; its type and its day only.
        if name := _bare_type(m["type"]):
            found.doc_type = found.doc_type or DocType.from_text(name)
            if found.date is None:
                found.date = date_of(m) if m["d"] else lead_date(c, m.start(), found.posted)
            return True
    return False


def _bare_type(words: str) -> str:
    """The type a lead's words give a number without a code: a type's name, or "văn bản" for a
    công văn ("... ký văn bản số 58 ngày 7/1, gửi các sở ...", "... đã có văn bản số 1346 thông
    báo về việc ...", draw6/1313, 1353: Nghị định 30 gives a công văn's number no type code)."""
    folded = words.casefold()
    return "Công văn" if folded == "văn bản" else TYPE_WORDS.get(folded, "")


def _enacting_decision(c: str, cit: Citation, found: Found, typed: str) -> bool:
    """The decision ``cit`` the lead ``c`` names enacts the text whose type a headline gave
    ("Quyết định ban hành Thể lệ Giải báo chí ..." over "... vừa có Quyết định số 55/QĐ-HĐGBC,
    ngày 16/9/2020 ban hành Thể lệ ...", or "... ban hành Thể lệ Hội thi ... tại Quyết định số
    70/QĐ-BTCHT."; made up, draw14/2955's and 2977's shapes): a news item that reports the
    issuing decision is keyed as it (the corpus README's rule for a text issued with another);
    the enacted text's type is not the page's own."""
    if found.number is not None or found.doc_type in QD or cited_type(cit, typed, c) not in QD:
        return False
    # (The lead that names the rules before the decision may be read before its type is: any
    # type's name in capitals then.)
    name = re.escape(found.doc_type.value) if found.doc_type else f"(?-i:(?=[A-ZĐ]))(?:{TYPE_ALT})"
    after = found.doc_type is not None and re.match(
        r"[\s,]*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*)?"
        rf"(?:của\s+[^.;:]{{3,80}}?\s+)?(?:về\s+việc\s+)?ban\s+hành\s+{name}(?!\w)",
        c[cit.number_end :],
        re.IGNORECASE,
    )
    before = re.search(
        rf"(?<!\w)ban\s+hành\s+{name}\s[^.;:]{{0,200}}?\s(?:tại|kèm\s+theo|bằng)\s*$",
        c[: cit.start],
        re.IGNORECASE,
    )
    return bool(after or before)


def _other_type(found: Found, cit: Citation, typed: str) -> bool:
    """A citation of another type than the document's own heading: never its own number.

    A text whose header was cut off keeps its heading ("KẾ HOẠCH" / "Thực hiện Đề án ... theo
    Quyết định số 41/QĐ-TTg ngày ..."): the decision the plan carries out is not the plan. ("QĐ"
    names a Quyết định and a Quy định alike.)
    """
    if found.doc_type is None:
        return False
    named = DocType.from_text(cit.type_name or typed or cit.number.type_name or "")
    return named is not None and named is not found.doc_type and not {named, found.doc_type} <= QD


# A conference that studies a document named by a bare number, its title quoted ("... tổ chức
# Hội nghị cán bộ chủ chốt quán triệt Quy định 57 của Bộ Chính trị “Về một số vấn đề ...”.",
# "... Hội nghị tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành
# Trung ương ... về 'Một số vấn đề ...'"; made up, draw5/1038's, draw7/1517's, draw4/721's
# shapes): the quotes mark the trích yếu; the day written with the number dates it. The event
# may be "tổ chức" right before the study ("... Ban Thường vụ Thị ủy tổ chức triển khai, quán
# triệt Nghị quyết số 11 của Ban Thường vụ Tỉnh ủy về “...”"; made up, draw15/3124's shape; not a
# "Tổ chức “Ngày hội ...” gắn tổng kết ... Đề án 939 “...”", draw3/614's, an event of its own).
_STUDIED_BARE = re.compile(
    r"(?<!\w)(?:hội\s+nghị\b[^.;:]{0,120}?(?<!\w)(?:quán\s+triệt|học\s+tập|tổng\s+kết|sơ\s+kết)"
    r"|tổ\s+chức\s+(?:triển\s+khai\s*,?\s*(?:và\s+)?)?(?:quán\s+triệt|học\s+tập))\b"
    rf"[^.;:]{{0,60}}?\s(?P<type>{TYPE_ALT})\s+(?:số\s+)?\d{{1,4}}(?![\d/-])"
    r"(?:\s*,?\s*ngày\s+(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>(?:19|20)\d\d)(?!\d))?(?:\s+của\s+[^“\"'‘.;:]{3,120}?)?\s*(?:về\s+)?[“\"'‘]"
    r"(?:[Vv]ề\s+)?(?P<s>[^”\"'’“‘]{8,300})[”\"'’]",
    re.IGNORECASE,
)


def _studied_bare(c: str, found: Found) -> bool:
    """Type, date and trích yếu of the one document a conference studies, named by a bare
    number with its title quoted (see _STUDIED_BARE), where none was read."""
    m = _STUDIED_BARE.search(c)
    if m is None or found.doc_type is not None or found.number is not None:
        return False
    found.doc_type = DocType.from_text(m["type"])
    found.date = found.date or (date_of(m) if m["d"] else None)
    found.subject = found.subject or [m["s"].strip()]
    return True


# (The title form a headline may write, see _titled_headline.)
_TITLE_FORM = re.compile(
    rf"^(?:\s*date\s+\d{{4}}-\d\d-\d\d\s+)?(?P<t>{TYPE_ALT})(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc))?"
    r"\s+của\s+[^.;:]{3,80}?\s+về\s+việc\s+(?P<s>[^.;:]{8,250})$"
)


# A lead naming the document by its type, then its number with an urgency word or a bracket
# between: "... đã có công văn hoả tốc số 570/UBND-KGVX ...", "... đã có Công văn (số
# 73/TTg-CN) chỉ đạo ...".
_LEAD_TYPED = re.compile(
    LEAD_VERB.pattern + rf"(?P<t>{TYPE_ALT})(?:\s*\(|\s+(?:(?:hỏa|hoả)\s+tốc|khẩn))\s*\(?\s*$",
    re.IGNORECASE,
)


def _typed_before(line: str, cit: Citation) -> str:
    """The type a lead gives the document whose number ``cit`` is, written apart from it.

    Two shapes: the type after the verb and the number after an urgency word or in a bracket
    (see _LEAD_TYPED); or the lead names the document by type and trích yếu and gives its number
    in a bracket closing the sentence: "... thay mặt Ban Bí thư ký ban hành Chỉ thị của Ban Bí thư
    về lãnh đạo Đại hội ... (Chỉ thị số 22-CT/TW)". Returns the type's name, or "".
    """
    if m := _LEAD_TYPED.search(line, 0, cit.start):
        return m["t"]
    bracket = rf"\(\s*(?:{re.escape(cit.type_name)}\s+)?$"
    if not cit.type_name or not re.search(bracket, line[: cit.start], re.IGNORECASE):
        return ""
    start = max((m.end() for m in re.finditer(r"[.;!?]\s", line[: cit.start])), default=0)
    for m in LEAD_VERB.finditer(line, start, cit.start):
        if line[m.end() :].casefold().startswith(cit.type_name.casefold() + " "):
            return cit.type_name
    return ""


def _number_alone(line: str) -> DocNumber | None:
    """The number that is the whole line, with its type or a state issuer's code, or None."""
    number = parse_number(line) if line and " " not in line.strip() else None
    if number is None or (number.type_code is None and number.form != "state"):
        return None
    return number


# "... vừa ban hành Kế hoạch tổ chức Đại hội ...": what was issued, its type and trích yếu.
# Also a lead's "vừa có", "mới có", "vừa ra", "vừa ký" ("Bộ Y tế vừa có công văn khẩn về việc ...",
# "Công đoàn ngành vừa có hướng dẫn triển khai ..."): the page reports on that one document.
# Also "đã có" with a type right after ("Ban Thường trực ... đã có hướng dẫn tổ chức Ngày hội
# ...", "... Bí thư Tỉnh ủy đã có Thư kêu gọi ủng hộ đồng bào ..."; draw5/1051's, draw8/1703's
# shapes); "đã có" before anything else is no issuing ("đã có nhiều hoạt động").
# ... and "đã xây dựng kế hoạch ...", "vừa triển khai kế hoạch ...", "đã chỉ đạo xây dựng Kế
# hoạch ...", "... ký kết Chương trình phối hợp về ...": what the body made or set going.
_ISSUED = re.compile(
    r"(?<!\w)(?:(?:(?:đã|vừa|mới)\s+)*ban\s+hành|(?:vừa|mới)\s+(?:có|ra|ký)|đã\s+có"
    r"|(?:đã|vừa|mới)\s+(?:chỉ\s+đạo\s+)?(?:xây\s+dựng|triển\s+khai)|ký\s+kết"
    # (... and a communiqué or an appeal made public: "Văn phòng Thành ủy ... cho biết vừa công bố
    # thông cáo báo chí kỳ họp thứ 3 ...", "... vừa phát đi Lời kêu gọi vận động ..."; made up,
    # draw13/2720's and 2758's shapes: published is how they are issued.)
    # (... and a plan its issuer makes public: "UBND TP.HCM vừa công bố kế hoạch tổ chức lễ hội
    # Tết năm 2012 ..."; made up, draw14/3024's shape.)
    r"|(?:đã|vừa|mới)\s+(?:công\s+bố|phát\s+đi)"
    r"(?=\s+(?:thông\s+cáo|lời\s+kêu\s+gọi|kế\s+hoạch)\b))\s+",
    re.IGNORECASE,
)


# What the document asks of whom, after its type: no trích yếu ("vừa có công văn yêu cầu ...").
# (Nor whom it went to: "... đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.")
# A news source's tag opening a lead: "(ĐCSVN)- ", "(TTXVN) – ", "(QNO) - ".
_SOURCE_TAG = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9.&\s]{1,14}\)\s*[-–]\s*")


_STAMP_BEFORE = re.compile(r"(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s*[:!-]?\s*", re.IGNORECASE)


# A body that "ra" (puts out) a document, named right before the verb ("Ban Bí thư ra chỉ thị về
# ...", "Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo ...", "Bộ Y tế ra công văn khẩn ..."), or a
# meeting that does ("... tổ chức hội nghị ra Nghị quyết lãnh đạo ..."): "ra" alone is too
# common a word ("diễn ra", "đưa ra") to be a verb of issuing anywhere else.
_PUTS_OUT = re.compile(r"(?:(?<=\w)\s+|(?<!\w)hội\s+nghị\s+)ra\s+", re.IGNORECASE)


_DAY_OF = re.compile(r"(?<!\w)ngày\s+[^,.;:\d]*$", re.IGNORECASE)


def _issuing_verbs(line: str) -> list[re.Match[str]]:
    """The verbs of issuing in ``line`` (see _ISSUED, _PUTS_OUT)."""
    # (Only in a headline's or a lead's line: a page whose breaks were lost runs a headline on
    # into the text under it, "... nhiệm vụ năm 2024 Toàn cảnh hội nghị.", with no end to tell.)
    puts_out = [
        m
        for m in (_PUTS_OUT.finditer(line, 1) if len(line) <= LEAD_MAX else ())
        if (m.group().lstrip()[:1] in "hH" or body_ends(line[: m.start()]))
        and not _DAY_OF.search(line, 0, m.start())
        and not _ADVISED.search(line, max(0, m.start() - 120), m.start())
    ]
    passes = [m for m in _PASSES.finditer(line, 1) if _MEETS.search(line, 0, m.start())]
    return sorted([*_ISSUED.finditer(line, 1), *puts_out, *passes], key=lambda m: m.start())


# A conference or a session that adopts a resolution ("... tổ chức hội nghị nhằm thông qua Nghị
# quyết lãnh đạo thực hiện nhiệm vụ ... năm 2026."; made up, draw10/2110's shape): the page's
# own; never a draft ("thông qua dự thảo Nghị quyết ...": no resolution issued).
# ... or puts it out after its review ("... tổ chức Hội nghị đánh giá kết quả thực hiện nhiệm vụ quý
# 1 và ra nghị quyết lãnh đạo thực hiện nhiệm vụ quý 2/2024."; made up, draw14/2942's shape).
_PASSES = re.compile(
    r"(?<=\w)\s+(?:(?:đã|nhằm|để|vừa)\s+)?thông\s+qua\s+(?=Nghị\s+quyết\s)"
    r"|(?<=\w)\s+và\s+ra\s+(?=nghị\s+quyết\s)",
    re.I,
)


_MEETS = re.compile(r"(?<!\w)(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp)(?!\w)", re.IGNORECASE)


__all__ = [
    "acts_now",
    "read_according",
    "read_annexed",
    "read_grounds",
    "read_guided",
    "read_headline",
    "read_only_document",
    "read_plan_ground",
    "read_presented",
    "read_set_going",
    "read_state_letter",
    "read_title",
]
