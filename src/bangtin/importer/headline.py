"""A republished document's headline or lead sentence, read where the header is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator

from bangtin.core.model import DocType, RelationKind
from bangtin.core.numbers import DocNumber, parse_number
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import (
    KINH_GUI,
    NOISE,
    PARAGRAPH_OPENER,
    PORTAL_DAY,
    clean,
    doc_type_line,
    is_caps,
)
from bangtin.links.citations import TYPE_WORDS, Citation, find_citations

# Where a portal's lead names the document it republishes: "Ban Tuyên giáo Trung ương ban hành
# Hướng dẫn số 55-HD/BTGTW về ...", "LTS: Ngày 14-11-2016, Ban Chấp hành ... đã ban hành Nghị
# quyết số 10-NQ/TU về ...", "... Phó Chủ tịch ... đã ký văn bản số 1117/ĐCT-TG về việc ...".
# Also "Ban Thường vụ Thành ủy có Công văn số ... yêu cầu ..." and "Đảng ủy ... đã xây dựng Kế
# hoạch số ..." (a news item's lead): the body that did it, a verb of issuing, the document.
# A portal's words that present the document it carries name it the same way: "Phòng Văn hóa và
# Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của ...", "... trân trọng giới
# thiệu (toàn văn) Kế hoạch số ...".
_LEAD_VERB = re.compile(
    r"(?<!\w)(?:(?:đã|vừa|mới|xin|trân\s+trọng)\s+)*(?:ban\s+hành|ký(?:\s+ban\s+hành)?|có"
    r"|xây\s+dựng|phát\s+hành|ra|gửi|đăng\s+tải|giới\s+thiệu|công\s+bố)(?:\s+toàn\s+văn)?\s+",
    re.IGNORECASE,
)
_LEAD_ABOUT = re.compile(r"[\s,]*(?:v\s*/\s*v|về\s+việc|về)\s*:?\s+", re.IGNORECASE)
# A lead whose number has no code ("ban hành Chỉ thị số 17 về việc ...", "đã ký ban hành Thông
# báo số 57 về việc ...", "xây dựng Kế hoạch số 35 về ...", "vừa có Công văn số 278 gửi các tổ
# chức Hội ... về việc ..."): type and subject only.
_LEAD_NO_CODE = re.compile(
    r"(?<!\w)(?:ký\s+ban\s+hành|ban\s+hành|ký|có|xây\s+dựng|phát\s+hành)\s+"
    # (... or without "số": "... vừa ban hành Quy định 377 về phân cấp ..." (made up; draw6/1232's
    # shape); never a year, "ban hành Kế hoạch 2024 về ...", which names no number.)
    r"(?P<type>[^\d,;.]{3,25}?)\s+(?:số\s+\d+|(?!(?:19|20)\d\d(?!\d))\d{1,4}(?![\d/.-]))"
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
# A document's own opening formula in a copy without its header: "..., Đảng ủy Khối xây dựng Kế
# hoạch tổ chức đại hội Đảng các cấp ... như sau:" names its type and subject.
_LEAD_AS_FOLLOWS = re.compile(
    r"(?<!\w)(?:ban\s+hành|xây\s+dựng)\s+(?P<rest>[^.;:]{12,400}?)\s+như\s+sau\s*:",
    re.IGNORECASE,
)
# A conference's audience: "cho 3.500 đại biểu", "cho hơn 300 cán bộ chủ chốt" (see _SENTENCE_END);
# ... and how it met: ", qua hình thức trực tiếp kết hợp với trực tuyến", " theo hình thức trực
# tuyến" (made up, draw8/1713's shape).
_AUDIENCE = re.compile(
    r"\s+cho\s+(?:hơn|gần|trên|khoảng|tổng\s+số)?\s*\d[\d.]*\s+(?:cán\s+bộ|đảng\s+viên|đại\s+biểu"
    r"|học\s+viên|hội\s+viên|đoàn\s+viên|cựu\s+chiến\s+binh)(?!\w)"
    r"|,?\s+(?:qua|theo|bằng)\s+hình\s+thức\s+(?:trực\s+tiếp|trực\s+tuyến|họp\s+trực)"
)
# A lead's subject ends with its sentence, or where the sentence goes on about something else:
# "... với chủ đề "90 hành động ...", theo đó, nội dung trọng tâm là ...".
_SENTENCE_END = re.compile(
    # (The next sentence may open with a quote, "... Việt Nam. “Ngày sách ...” được tổ chức
    # ...", or be glued on without a space after a word in small letters, "... xăng, dầu.Theo
    # đó, ...", after small letters or figures: not an abbreviation's dot, "TP.Hội An".)
    # (Nor the dot of a town's or city's abbreviation before its name: "... phát triển TP. Hải
    # Phòng đến năm 2030", "TX. Sơn Tây".)
    r"(?<!(?<!\w)T[PpXx])\.(?=\s+[“\"]?[A-ZĐÀ-Ỹ])|(?<=[a-zđà-ỹ\d]{2})\.(?=[A-ZĐ][a-zđà-ỹ])"
    r"|[,;]\s+(?:theo đó|trong đó|cụ thể|nhằm|đồng thời|yêu cầu|đề nghị"
    r"|với\s+(?:những\s+|các\s+)?nội\s+dung)\b"
    # ... and why it was made, after a semicolon ("... về việc dời thời gian tổ chức xét tuyển
    # viên chức y tế năm 2019; do tình hình dịch bệnh ..."): the page's account.
    r"|;\s+(?:do|vì)\s"
    # ... and the clause after it that says what it is for, how, or to whom it applies ("...,
    # với chủ đề “...”", "..., với mục đích tạo nguồn ...", "..., áp dụng đối với ...", "...,
    # thiết thực chào mừng ..."): the page's words on it, never in a trích yếu of the corpus.
    r"|,\s+(?:với\s+(?:chủ\s+đề|mục\s+đích|mục\s+tiêu)|áp\s+dụng\s+(?:đối\s+)?với|thiết\s+thực)\s"
    # ... and whose proposal it answers ("... tặng bằng khen ... cho 23 tập thể và 23 cá nhân
    # theo đề nghị của Ban Tuyên giáo Tỉnh ủy."): the page's account, in no trích yếu either.
    r"|,?\s+theo\s+đề\s+nghị\s+của\s"
    # "... về việc tổ chức ... gửi Lãnh đạo Hội các tỉnh": whom it went to ends the subject (a
    # subject's own "gửi" has an object in small letters: "về việc gửi báo cáo ...").
    r"|\s+gửi\s+(?=(?:các\s+|toàn\s+thể\s+)?[A-ZĐÀ-Ỹ])"
    # ... also "gửi các sở, ban, ngành ...", "tới Ủy ban MTTQ các tỉnh" (never "hướng tới Đại
    # hội ...", a subject's own words); what it is for ("... năm 2018 nhằm nâng cao ...") and
    # when it is planned ("... năm 2021 dự kiến trong các ngày ...") go on past it.
    r"|\s+gửi\s+các\s|(?<!hướng)(?<!tiến)\s+tới\s+(?=(?:các\s+)?[A-ZĐÀ-Ỹ])"
    r"|\s+(?:nhằm|dự\s+kiến)\s"
    # ... and what was done with the document ("..., vừa được Ban Thường vụ ban hành"), or who
    # issued it closing a legal-text site's title ("... do Văn phòng Chính phủ ban hành"), also
    # where a table's cell bar glues the document's text on ("... ban hành | BỘ CHÍNH TRỊ ...").
    r"|,\s*(?:vừa|mới|đã)\s+được\s|\s+do\s+[^.;|]{2,120}?\s+ban\s+hành\s*(?:$|\|)"
    # ... and where the event it sets up takes place ("... toàn quốc diễn ra từ ngày 15 – 19/11
    # tại tỉnh An Giang"): the page's report, not the trích yếu.
    r"|\s+diễn\s+ra\s+(?:từ|vào|tại|trong)\s"
    # ... and a day after a comma, the sentence going on in small letters (", ngày 22/10/2024
    # chọn ấp Hòa Tân làm đại hội điểm"): the event's, not part of the subject.
    # (Not a cited document's day and issuer: "... nội dung Quy định số 86-QĐ/TW, ngày
    # 28/10/2022 của Ban Bí thư về nhiệm vụ của đảng viên" names it inside the trích yếu.)
    r"|\s*,\s*ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s+(?=(?!của\s)[a-zđà-ỹ])"
    # ... and whom a conference taught the document it studied ("... về tổ chức và hoạt động của
    # Hội NCT Việt Nam cho 3.500 đại biểu tại 62 điểm cầu ..."; made up, draw9/1941's shape).
    r"|(?=" + _AUDIENCE.pattern + ")"
    # "..., với nội dung:", "... như sau:": the lead hands over to the text it introduces.
    r"|\s+như sau\s*:|\s*:\s*$|[.!]?\s*$"
    # ("... Covid-19 cụ thể như sau" without its colon.)
    r"|,?\s+(?:cụ\s+thể\s+)?như\s+sau\W*$"
    # "Tại Công văn số 59-CV/BCĐ về việc sắp xếp ... ngày 12/9/2025, Ban Chỉ đạo ...": the date
    # written after the subject, the sentence's main clause after it, ends it ("... theo Chỉ thị
    # số 16/CT-TTg ngày 31/3/2020 của Thủ tướng" is the date of a document the subject names).
    # ... also the day it was issued, said after it ("Nghị quyết số 21-NQ/TW về công tác dân số
    # trong tình hình mới ban hành ngày 25/10/2017 đã xác định ..."): whatever follows, the
    # trích yếu has ended (a document its trích yếu names is dated by its number: "... Quyết
    # định số 12/QĐ-UBND ban hành ngày ..." is not this shape, hence a word before "ban hành").
    r"|(?:,?\s+|(?P<issued>(?<=[a-zđà-ỹ”\"])\s+(?:được\s+)?ban\s+hành\s+(?:vào\s+)?))"
    r"ngày\s+(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>(?:19|20)\d\d)(?(issued)|(?=\s*,\s*[A-ZĐÀ-Ỹ]))"
)
# A news item's first sentence that reports what the document says: "Tại Công văn số ...,
# Ban Chỉ đạo ... đề nghị ...", "Đó là chỉ đạo của UBND tỉnh ... tại Công văn số ...".
# (A news source's tag may open the lead: "(TGCT) Đó là chỉ đạo của ... tại Chỉ thị số ...".)
_LEAD_AT = re.compile(
    r"(?:^(?:\([^()]{2,30}\)\s*[-–]?\s*)?|[.!?]\s+)(?:Tại|Đó là\b[^.;:]{0,200}?\stại)\s+$"
)


def _date_of(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


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


def read_headline(lines: list[str], found: Found) -> None:
    """Fill what a republished document's headline or lead says of it, where the header is absent.

    Two shapes (tests/fixtures/real, "web"): a headline that is the document's own citation, at
    the start of a line ("Công văn số 454-CV/BDVTW ngày 24/9/2015 của Ban Dân vận Trung ương về
    việc báo cáo ..."), often under the portal's date line; and a lead sentence naming it after
    "ban hành" or "đã ký" (see _LEAD_VERB). Number, date, type and subject are taken only where the
    header gave none; the subject runs from "về" / "về việc" to the end of the sentence.
    """
    seen = 0
    own: str | None = None  # the number a headline named: its repetitions may say more
    headlined = False  # the type and trích yếu were read from a headline, not a sentence
    addressed = False
    last = ""
    above = ""  # the line before, read or not
    for i, line in enumerate(lines[:30]):
        c = _ARCHIVE_LABEL.sub("", _DOWNLOAD_LABEL.sub("", clean(line)))
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
        if c == last:
            continue  # the page's title repeated as its heading: one headline (draw3/610)
        last = c
        seen += 1
        if seen > 8:
            return
        for cit in find_citations(c):
            typed = _typed_before(c, cit)
            if not _named_own(c, cit, typed) or _other_type(found, cit, typed):
                continue
            if own not in (None, cit.number.key):
                continue
            if own is None and _acted_on_later(c, lines[i + 1 : i + 3], cit):
                continue  # the ground of the page's own later act (see _NOW_OWN_ACT)
            _take_cited(c, cit, found, typed)
            if not found.subject:
                _own_lead_subject(c, lines, i, cit, found, typed)
            elif headlined:
                _lead_over_headline(c, lines, i, cit, found, typed)
            if found.subject and found.date is not None:
                _extended_by_lead(lines[i + 1 : i + 4], cit, found)
                return
            # "Quyết định 65/1998/QĐ-TTg của Thủ tướng Chính phủ" (a document site's title) is
            # repeated a few lines on with "về việc xuất khẩu ...": read on for that number only.
            own = cit.number.key
            break
        if own is not None:
            continue
        if _no_code_lead(c, found) or _as_follows(c, found) or _studied_bare(c, found):
            return
        # (What was issued first: "... ký Nghị quyết liên tịch ban hành Quy chế ..." gives its
        # trích yếu there; the lead's day and a "về" subject after it. A headline's reading may
        # be taken over by the lead's: see _issued_type.)
        if _invites(lines[i + 1 : i + 4]):
            continue  # (the page's own invitation follows: see _INVITES)
        headlined = _issued_type(c, found, seen, lines[:12], again=headlined, verbs=_issuing_verbs)
        if _signed_type(c, found):
            return


def _acted_on_later(c: str, following: list[str], cit: Citation) -> bool:
    """The lead ``c`` names ``cit`` as the ground of an act the page tells after it, in its own
    line or the next two ("..., nay Ban tổ chức thông báo gia hạn ...": see _NOW_OWN_ACT)."""
    return bool(acts_now(c, cit.end) or acts_now(_page_text(following)))


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
        found.doc_type = _cited_type(cit, typed, c)


# A page whose own words invite ("Trân trọng kính mời các tổ chức và cá nhân tham gia Hội thi
# ..."; made up, draw10/2225's shape) is the body's own letter: a document it tells it issued
# just before ("Ngày 26/4/2019, Ban Tổ chức đã họp, quyết định ban hành Thể lệ ...") is its
# ground, not the page's; the letter's own type is not written.
_INVITES = re.compile(r"^(?:Trân\s+trọng\s+)?[Kk]ính\s+mời\s")


def _invites(after: list[str]) -> bool:
    """One of the paragraphs ``after`` a lead opens with the page's own invitation."""
    return any(_INVITES.match(clean(x)) for x in after)


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


def _cited_type(cit: Citation, typed: str = "", line: str = "") -> DocType | None:
    """The type of the page's own document that its citation ``cit`` names (or ``typed``, the
    type the lead writes apart from the number).

    "Thông báo kết luận số 234-TB/TW" names no type of Hướng dẫn 36 or Nghị định 30: the news
    word joins the type and its trích yếu's first word; the number's code says which it is, a
    Thông báo (TB) or a Kết luận ("Thông báo kết luận số 05/KL-LĐLĐ"); without a code it is a
    Thông báo, "kết luận" opening its trích yếu (the keys' convention, draw4/812, draw8/1707).
    """
    named = DocType.from_text(cit.type_name or typed or "")
    coded = DocType.from_text(cit.number.type_name or "")
    if named is DocType.CONG_VAN and coded not in (None, DocType.CONG_VAN):
        if cit.start == 0 and line.startswith("Công văn"):
            # "Công văn 10453/CT-TTHT năm 2016 về ..." (made up; draw10/2208's shape): a title
            # opening with the type is the site's own naming; a letter's code is its issuer's
            # sign ("CT" a Cục Thuế), which may read as another type's (``line``: where
            # ``cit`` stands).
            return named
        # "... vừa có công văn số 91/ TB - HĐND thông báo thời gian ... kỳ họp ..." (made up;
        # draw9/2011's shape): a news item calls any letter "công văn"; the code is the type's
        # own sign (Nghị định 30, Phụ lục III), a Thông báo.
        return coded
    if named is not DocType.THONG_BAO_KET_LUAN:
        return named
    return coded or DocType.THONG_BAO


def _own_lead_subject(
    c: str, lines: list[str], i: int, cit: Citation, found: Found, typed: str
) -> None:
    """The trích yếu the headline or lead ``c`` (line ``i`` of ``lines``) gives its own ``cit``
    (its type written apart: ``typed``), or none where its end is not sure."""
    _lead_subject(_with_wrapped(c, lines[i + 1 : i + 6]), cit, found)
    if not found.subject and typed:
        found.subject = _named_before_bracket(c, cit)
    if not found.subject and _cited_type(cit, typed) in _ASKING_TYPES:
        found.subject = _echoed_headline(lines[:i], c, cit)
    if found.subject and not _named_own(c, cit, typed, studied=False):
        # ("...; triển khai, hướng dẫn các văn bản ...": the conference's next item, see
        # _AGENDA_NEXT; made up, draw6/1201's shape.)
        found.subject = [_AGENDA_NEXT.split(found.subject[0], maxsplit=1)[0]]
    if not _named_own(c, cit, typed, studied=False) and not _marked_end(c, cit, found.subject):
        # Named only as what a conference studied: its sentence goes on to the conference ("...
        # đến năm 2045, qua hình thức trực tuyến", "...; triển khai, hướng dẫn ..."); only a
        # quote or the paragraph's end marks where the trích yếu ends.
        found.subject = []
    _drop_own_type_name(cit, found)
    if _announced(c, cit) and _EVENT_ACTS.search(" ".join(found.subject)):
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
    for m in reversed(list(_LEAD_VERB.finditer(line, start, bracket))):
        rest = line[m.end() : bracket]
        if rest.casefold().startswith(cit.type_name.casefold() + " "):
            words = rest[len(cit.type_name) :].strip()
            if words[:1].islower() and not re.match(r"(?:số|này|của|về|mới)\b", words):
                return _lead_words(words)
            return []
    return []


# A headline's place before a colon ("Nghệ An: Tăng cường ..."), the paper's words; and a
# document's ask after its number in a lead ("... số 04/CT-UBND yêu cầu các sở, ... tăng cường
# ...").
_PLACE_COLON = re.compile(r"^[^:.;]{2,30}:\s+")
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
    end = _SENTENCE_END.search(c, cit.number_end)
    asked = fold(c[cit.number_end : end.start() if end else len(c)]).rstrip(" .")
    for line in above:
        title = _PLACE_COLON.sub("", clean(line)).rstrip(" .")
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
        if m and DocType.from_text(m["t"]) is _cited_type(cit):
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
    or "". (A headline that names the number too is _extended_by_lead's.)
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
# A document-sharing site's download label and the file's size, glued to the page's title or
# standing on a line of its own ("... không chuyên tráchtải về 6.9 Kb.", "tải về 66.06 Kb."):
# the site's words, never the trích yếu's last ones.
_DOWNLOAD_LABEL = re.compile(r"\s*tải\s+về\s+\d+(?:[.,]\d+)?\s*[KMG]?B\.?\s*$", re.IGNORECASE)
# ... and a blog's tag-page label glued after its title ("Công văn 10453/CT-TTHT năm 2016 về
# thuế suất thuế giá trị gia tăng Lưu trữ", WordPress's "Archives"; made up, draw10/2208's
# shape): capitalised after a word in small letters, never "văn thư, lưu trữ" (a subject's pair).
# (... also in English, "Archives", and a legal-text site's name after a dash: "... về hóa đơn
# điện tử - Thư Viện Pháp Luật", "- LuatVietnam", "– Luật Minh Khuê".)
_ARCHIVE_LABEL = re.compile(
    r"(?<=[a-zđà-ỹ\d])(?<!thư)\s+(?:[-–|]\s+)?(?:Lưu\s+trữ|Archives)\s*$"
    r"|\s+[-–|]\s+(?i:thư\s+viện\s+pháp\s+luật|luatvietnam(?:\.vn)?|luật\s+minh\s+khuê"
    r"|thuvienphapluat(?:\.vn)?)\s*$"
)


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


def _extended_by_lead(after: list[str], cit: Citation, found: Found) -> None:
    """The lead under a headline that names the same number again with a longer trích yếu, the
    headline's words and more ("Quy định 96-QĐ/TW ... về lấy phiếu tín nhiệm đối với chức danh,
    chức vụ lãnh đạo, quản lý" over "... Quy định số 96-QĐ/TW về việc lấy phiếu tín nhiệm đối
    với chức danh, chức vụ lãnh đạo, quản lý trong hệ thống chính trị."): a headline shortens,
    the lead's sentence gives the trích yếu whole."""
    headline = fold(" ".join(found.subject))
    for line in after:
        c = clean(line)
        again = next((x for x in find_citations(c) if x.number.key == cit.number.key), None)
        if again is None:
            continue
        lead = Found(above=[], posted=found.posted, record=found.record)
        _lead_subject(c, again, lead)
        longer = fold(" ".join(lead.subject))
        if len(longer) > len(headline) and longer.startswith(headline):
            found.subject = lead.subject
        return


def _named_own(c: str, cit: Citation, typed: str, *, studied: bool = True) -> bool:
    """The headline or lead ``c`` names ``cit`` as the page's own document: at its start, after a
    verb of issuing (see _LEAD_VERB, _LEAD_AT), with its type apart (``typed``), or followed by
    the clause that says it was just issued (see _ISSUED_AFTER)."""
    # (An urgency stamp may open the headline: "HOẢ TỐC: CHỈ THỊ SỐ 06-CT/TU VỀ VIỆC ...".)
    # (... or a news source's tag and dash: "(ĐCSVN)- Quy định số 54-QĐ/TW ngày ... về ...".)
    at_start = bool(cit.type_name) and (
        cit.start == 0
        or bool(_STAMP_BEFORE.fullmatch(c[: cit.start]))
        or bool(_SOURCE_TAG.fullmatch(c[: cit.start]))
    )
    verb = next(
        (m for m in _LEAD_VERB.finditer(c, 0, cit.start + 1) if m.end() == cit.start), None
    ) or _LEAD_AT.search(c, 0, cit.start)
    if verb is not None and _ADVISED.search(c, max(0, verb.start() - 120), verb.start()):
        # "... Ban Thường trực ... xây dựng kế hoạch ..., tham mưu Ban Thường vụ Huyện ủy ban
        # hành Thông tri số 09-TT/HU về ...": the page's body advised another to issue it; what
        # the page reports is its own work, the document is one of its fruits (left to fill).
        verb = None
    passive = _ISSUED_AFTER.match(c, cit.number_end)
    if passive and find_citations(c[cit.end : passive.end()]):
        passive = None  # (another document named before the verb)
    return bool(at_start or verb or typed or passive or (studied and _studied_alone(c, cit)))


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
    # audience or its form (_AUDIENCE) mark the end as the paragraph's does; made up, draw6/
    # 1223's shape.)
    after = at + len(subject[0])
    return ";" not in subject[0] and (
        not c[after:].strip(' .”"')
        or bool(_AUDIENCE.match(c, after) or _AGENDA_NEXT.match(c, after))
        or bool(re.match(r"\.\s+[A-ZĐÀ-Ỹ]", c[after:]))
    )


def _studied_alone(c: str, cit: Citation) -> bool:
    """The lead ``c`` reports a conference that studies the one document ``cit``: the page is on
    it. Where the sentence names others, before its "về" or after a semicolon ("... quán triệt
    Hướng dẫn số 03-HD/BTCTU ... về ...; Hướng dẫn số 05-HD/HU ..."), the page names several
    documents alike and none is its own (left to fill)."""
    if not _STUDIED.search(c, 0, cit.start):
        return False
    end = _NEXT_SENTENCE.search(c, cit.number_end)
    sentence = c[cit.number_end : end.start() if end else len(c)]
    about = _LEAD_ABOUT.search(sentence)
    named = sentence[: about.start()] if about else sentence
    listed = sentence[sentence.index(";") :] if ";" in sentence else ""
    return not find_citations(named) and not find_citations(listed)


# A lead that reports an event at which the document was made public: "Tại cuộc họp, lãnh đạo
# Ban Tuyên giáo ... công bố Quyết định số 708-QĐ/TU ngày 8-12-2023 của ... về ...", "Ngày
# 5/9/2022, Ban Chấp hành Trung ương công bố Quy định số 80-QĐ/TW về ...". The day of the
# lead is the event's, not the document's (issued earlier: 80-QĐ/TW on 18/8/2022).
_ANNOUNCED = re.compile(r"(?<!\w)công\s+bố\s+(?:toàn\s+văn\s+)?$", re.IGNORECASE)
# ... and the sentence goes on with the event's next act after "và" ("... về thành lập Ban tổ
# chức và thông qua dự thảo phân công nhiệm vụ ..."): where the trích yếu ends is not sure.
_EVENT_ACTS = re.compile(
    r"\svà\s+(?:thông\s+qua|trao|tặng|phát\s+động|ra\s+mắt|ký\s+kết|bàn\s+giao|triển\s+khai"
    r"|quán\s+triệt)\s",
    re.IGNORECASE,
)


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
            if not found.subject and (about := _LEAD_ABOUT.match(c, m.end())):
                end = _SENTENCE_END.search(c, about.end())
                found.subject = _lead_words(c[about.end() : end.start() if end else len(c)])
            return True
    for m in _LEAD_BARE.finditer(c):
        # "... Sở ... đã có Công văn số 3940, ngày 31-7-2020, thông báo đến các đơn vị ...": no
        # "về" right after, the words between say what it does; its type and its day only.
        if name := _bare_type(m["type"]):
            found.doc_type = found.doc_type or DocType.from_text(name)
            if found.date is None:
                found.date = _date_of(m) if m["d"] else lead_date(c, m.start(), found.posted)
            return True
    return False


def _bare_type(words: str) -> str:
    """The type a lead's words give a number without a code: a type's name, or "văn bản" for a
    công văn ("... ký văn bản số 58 ngày 7/1, gửi các sở ...", "... đã có văn bản số 1346 thông
    báo về việc ...", draw6/1313, 1353: Nghị định 30 gives a công văn's number no type code)."""
    folded = words.casefold()
    return "Công văn" if folded == "văn bản" else TYPE_WORDS.get(folded, "")


# What a page does with a document it reports on ("thực hiện", "sơ kết", "quán triệt" it).
_ACTS_ON = re.compile(
    # ... and "Xét Tờ trình số ...": the proposal a resolution answers, its header cut off.
    r"(?i)(?:\b(?:thực\s+hiện|triển\s+khai|quán\s+triệt|học\s+tập|sơ\s+kết|tổng\s+kết|theo"
    r"|nhận\s+được|xét)|\()\s*:?\s*$"
)


_QD = frozenset({DocType.QUYET_DINH, DocType.QUY_DINH})


def _other_type(found: Found, cit: Citation, typed: str) -> bool:
    """A citation of another type than the document's own heading: never its own number.

    A text whose header was cut off keeps its heading ("KẾ HOẠCH" / "Thực hiện Đề án ... theo
    Quyết định số 41/QĐ-TTg ngày ..."): the decision the plan carries out is not the plan. ("QĐ"
    names a Quyết định and a Quy định alike.)
    """
    if found.doc_type is None:
        return False
    named = DocType.from_text(cit.type_name or typed or cit.number.type_name or "")
    return named is not None and named is not found.doc_type and not {named, found.doc_type} <= _QD


def read_only_document(lines: list[str], found: Found) -> None:
    """The one document a short page names, by its type and number, as the page's own.

    A tag page's or a list's teaser, its headline glued to its lead ("Phương án nhân sự ... sáp
    nhập Kết luận 150-KL/TW của Bộ Chính trị hướng dẫn ..."): a page of a few sentences naming
    one document and no other is about that document. A fallback where the header, the
    headline, the lead and the grounds named none.
    """
    if found.subject or found.to:
        return  # (a page with its own "V/v" or "Kính gửi" is a document, not a teaser)
    if (only := _one_document_page(lines)) is None:
        if found.doc_type is None and acts_now(_page_text(lines)) == "thông báo":
            found.doc_type = DocType.THONG_BAO  # "... Nay UBND phường ... thông báo ...": its own
        return
    text, cit = only
    found.number = cit.number
    found.date = found.date or cit.date
    found.doc_type = found.doc_type or _cited_type(cit)
    if not found.subject:
        _lead_subject(text, cit, found)


# An event done by the one document the page names ("... Chi bộ trường ... tiến hành đại hội
# nhiệm kỳ 2022 - 2025 theo kế hoạch số 31-KH/ĐU của Đảng ủy xã ...", "Theo Quyết định số
# 219-QĐ/TU ngày 7-8-2025 của Ban Thường vụ Tỉnh ủy, đợt này có 13 đảng viên ... được trao tặng
# Huy hiệu Đảng"): the page reports on that document, also over a longer page. Of the acting
# words before a citation (_ACTS_ON), "theo" alone says so.
_BY_ITS_DOCUMENT = 2500
# ... unless a sentence after it opens with "Nay" and the body's own act: "Theo Thông báo số ...
# của Điện lực ... về việc ngừng cấp điện ... Nay UBND phường ... thông báo thời gian ..." (made
# up; draw9/2017's shape, a ward's unnumbered notice relaying a power company's numbered one).
# "Nay" opening a sentence after a ground is the administrative "now [we]": the page is the
# body's own document, the named one its ground (a citation); its own number is not written.
# ... also the notice's conclusion, "Vậy, UBND huyện thông báo để ... biết" (made up; draw10/
# 2218's shape: "Theo Thông báo số 658/TB-UBND ... thì ... Tuy nhiên, ... Vậy, UBND huyện thông
# báo ..."), "Vì vậy", "Do đó": the body acts in its own name on the ground it named first. So
# does a later step ("Tiếp đó, Ban Thường vụ ... quyết định thi hành kỷ luật ...", after "Ngày
# 4/5, Huyện ủy có Tờ trình số 90-TTr/HU đề nghị ...": draw11/2351's shape) and "..., nay Ban tổ
# chức thông báo gia hạn ..." after the earlier notice's number (draw11/2370's).
_NOW_OWN_ACT = re.compile(
    r"(?:(?:^|[.;:]\s+)(?:Nay|Vậy|Vì\s+vậy|Do\s+vậy|Do\s+đó|Tiếp\s+đó|Sau\s+đó)|,\s+nay),?\s+[^.;:]{0,80}?(?<!\w)(?:thông\s+báo|hướng\s+dẫn|ban\s+hành|quyết\s+định"
    r"|đề\s+nghị|yêu\s+cầu|triệu\s+tập|chỉ\s+đạo|mời)(?!\w)"
)


def acts_now(text: str, pos: int = 0) -> str | None:
    """The body's own act ("thông báo", "hướng dẫn", ...) a sentence after ``pos`` opens with
    "Nay" for (see _NOW_OWN_ACT), its words joined by one space; None where there is none."""
    m = _NOW_OWN_ACT.search(text, pos)
    return None if m is None else " ".join(m.group().split()[-2:])


def _page_text(lines: list[str]) -> str:
    """The page's lines joined into one text, without noise."""
    return " ".join(c for x in lines if (c := clean(x)) and not NOISE.match(c))


def _one_document_page(lines: list[str]) -> tuple[str, Citation] | None:
    """The page's text and the citation of the one document it names (see read_only_document)."""
    text = _page_text(lines)
    if len(text) > _BY_ITS_DOCUMENT:
        return None
    cits = find_citations(text)
    keys = {c.number.key for c in cits}
    if len(keys) != 1 or not all(c.type_name and c.kind is RelationKind.CITES for c in cits):
        return None  # (a ground the page acts on, "Căn cứ Kế hoạch số ...", is not the page)
    acts = [m for c in cits if (m := _ACTS_ON.search(text[max(0, c.start - 40) : c.start]))]
    if any(m.group().strip().casefold() != "theo" for m in acts):
        return None  # "Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW ...": a page on its rollout
    if len(text) > 600 and not (acts and cits[0].start < _LEAD_MAX):
        return None  # (done by it in the lead, not in passing further down: "theo" above)
    if any(re.search(r"(?i)kèm\s+theo\s*$", text[max(0, c.start - 40) : c.start]) for c in cits):
        return None  # "... ban hành kèm theo Quyết định số ...": the annex's parent
    if acts_now(text, cits[0].end):
        return None  # "Theo Thông báo số ... . Nay UBND phường ... thông báo ...": its ground
    rest = text
    for cit in reversed(cits):  # (the text without the citations)
        rest = f"{rest[: cit.start]} {rest[cit.end :]}"
    if re.search(r"(?i)\bsố\s+\d", rest):
        return None  # another document by its bare number: "... ban hành Kế hoạch số 08 về ..."
    return text, cits[0]


# A trích yếu written right after a lead's number: a word in small letters that is neither the
# number's issuer, date or agent ("của", "ngày", "do", "được") nor the sentence going on to
# something else ("với nội dung", "nhằm", "gửi", "yêu cầu", "đề nghị", ...).
_OBJECT_AFTER = re.compile(
    # (The year after the number names the document, its trích yếu opens after it: "... ban
    # hành Hướng dẫn 20-HD/BTGDVTW năm 2025 tuyên truyền kỷ niệm ...".)
    r"\s+(?:năm\s+(?:19|20)\d\d\s+)?(?!(?:của|ngày|do|được|và|với|nhằm|gửi|tới|cho|tại|đã|sẽ|này|đó|có|là|về|như|theo|trong"
    r"|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|nêu|quy\s+định\s+rõ)\b)"
    # ... nor what it asks, after a word or two of what it does ("... có công văn số 514/HBT ngày
    # 20/10/2016 hướng dẫn và đề nghị các tỉnh, thành Hội thực hiện ...": the page's account).
    r"(?!\S+(?:\s+\S+)?\s+và\s+(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo)\b)"
    # ... nor the issuer's place ("Kế hoạch số 155-KH/ĐU phường Phước Ninh, ngày ...").
    r"(?!(?:phường|xã|huyện|quận|tỉnh|thị\s+trấn|thị\s+xã|thành\s+phố)\s+[A-ZĐÀ-Ỹ])(?=[a-zđà-ỹ])"
)


# A lead's sentence gone on past the trích yếu it names: its main clause after a comma, with a
# tense word ("..., Liên đội nhà trường đã tổ chức ...", "..., các cấp uỷ ... đã triển khai ...")
# or a body in capitals doing something ("..., Công đoàn phối hợp ..."); what the lead says of it
# ("... nêu rõ ...", a paper's "... đăng toàn văn ..."), its aim (", phấn đấu ...") or its scale
# ("... với quy mô ..."), or the lead cut before its "như sau" ("... với các nội dung cụ thể").
# Where the trích yếu ends cannot be told surely: it is left to fill (never a guess).
# Capital letters only ("À-Ỹ" also holds small ones: "ư", "ạ").
_CAPITALS = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1EA0, 0x1EFA)]) if c.isupper()
)
_RUNS_PAST = re.compile(
    # (... or "luôn": "..., Chi bộ trường ... luôn quan tâm chỉ đạo ...".)
    r",\s[^,;]{0,120}?(?<!\w)(?:đã|đang|vừa|sẽ|luôn)\s+[a-zđà-ỹ]"
    # (The body may end in small letters: "..., Đoàn trường tổ chức ...", "..., Liên đội nhà
    # trường phát động ...".)
    rf"|,\s+[{_CAPITALS}]\w*(?:\s+\w+){{0,4}}?\s+(?:phối\s+hợp|tổ\s+chức|phát\s+động|triển\s+khai"
    r"|xây\s+dựng|ban\s+hành)\s"
    r"|\s(?:nêu\s+rõ|đăng\s+toàn\s+văn)\s|,\s+phấn\s+đấu\s|\svới\s+quy\s+mô\s"
    # (... or the issuer named as the main clause's subject, its verb after it: "... năm học
    # 2022-2023 của Bộ Giáo dục và Đào tạo xác định chủ đề năm học mới là ...".)
    rf"|\scủa\s+[{_CAPITALS}][^,;]{{0,80}}?\s(?:xác\s+định|nhấn\s+mạnh|chỉ\s+rõ)\s"
    r"|\svới\s+(?:các\s+)?nội\s+dung(?:\s+cụ\s+thể)?\s*$"
)


# A headline's shorthand: capitals joined by a comma without a space ("... phát triển mạnh mẽ về
# TD,TT" for "thể dục, thể thao đến năm 2020"). No trích yếu in small letters writes so (the keys'
# only such pairs are in subjects all in capitals, "VỀ THU, CHI"); the document's own words and
# their end are not known: left to fill.
_SHORTHAND = re.compile(r"(?<![\wÀ-ỹ])[A-ZĐ]{1,3},[A-ZĐ]{1,3}(?![\wÀ-ỹ])")


# A closing quote and the copula after it: "... chấp thuận Tài liệu "Hướng dẫn ..." là cơ sở
# chuyên môn ... được áp dụng ..." (made up; draw5/1131's shape). What follows "là" is the page's
# account of what the document makes of the quoted thing; no trích yếu of the corpus writes "là"
# after a closing quote ("Tự hào tôi là cán bộ ..." holds it inside), and where this one ends
# the page does not say: left to fill.
_QUOTE_IS = re.compile(r"[”\"]\s+là\s")
# The page's account of what moved the document, run on after its trích yếu without a mark:
# the risk (", nguy cơ bùng phát ...") or the forecast or situation it answers ("... ứng phó mưa
# lũ trước dự báo tình hình mưa lũ còn diễn biến phức tạp ..."; made up, draw7/1616's and
# 1603's shapes). No trích yếu of the corpus holds them; where this one ends is not written:
# left to fill.
# ... and its account of the document after the trích yếu, without a mark: what it brings
# about (", qua đó ..."), stresses ("... nhấn mạnh ..."), its setting (", trong bối cảnh ..."),
# what it holds (", bao gồm ..."), when it takes effect or where it applies ("... có hiệu lực
# từ ...", "... được áp dụng tại ..."). None in a trích yếu of the corpus: left to fill.
_ACCOUNT = re.compile(
    # (", đặt ra những mục tiêu cụ thể ...": what it sets out; draw9/1947's shape.)
    r",\s+(?:qua\s+đó|trong\s+bối\s+cảnh|bao\s+gồm|đặt\s+ra)\s|\snhấn\s+mạnh\s"
    r"|\scó\s+hiệu\s+lực\s+(?:thi\s+hành\s+)?(?:kể\s+)?từ\s"
    r"|\sđược\s+áp\s+dụng\s+(?:trong|tại|cho|từ|đối\s+với)\s",
    re.IGNORECASE,
)
_CIRCUMSTANCE = re.compile(r",\s+nguy\s+cơ\s|\strước\s+(?:dự\s+báo|tình\s+hình)\s", re.IGNORECASE)
# Words that hand over to what follows: "... lưu ý các nội dung sau:", "... quán triệt một số
# vấn đề như sau" (made up; draw9/2007's shape). They say what the document asks and that the
# page lists it next; no trích yếu ends so: left to fill.
# (... also cut before its "như sau:" by the sentence's end: "... lưu ý một số nội dung".)
_HANDS_OVER = re.compile(
    r"(?<!\w)(?P<q>(?:các|một\s+số|những)\s+)?(?:nội\s+dung|vấn\s+đề|việc|nhiệm\s+vụ"
    r"|biện\s+pháp|giải\s+pháp|yêu\s+cầu|điểm)(?:\s+(?:chính|cụ\s+thể|chủ\s+yếu|trọng\s+tâm))?"
    r"(?:\s+(?:như\s+)?sau|(?(q)|(?!)))\W*$",
    re.IGNORECASE,
)


# A discipline named by its sanction right after "kỷ luật" ("... đã có quyết định kỷ luật cảnh
# cáo Bí thư và Chủ tịch UBND xã ... vì ..."; made up, draw10/2139's shape) is a paper's
# shorthand: a disciplinary decision's trích yếu reads "thi hành kỷ luật (bằng hình thức ...) đối
# với ..." (every such key of the corpus); its own words are not written: left to fill.
_SANCTION_FIRST = re.compile(
    r"^kỷ\s+luật\s+(?:cảnh\s+cáo|khiển\s+trách|cách\s+chức|khai\s+trừ|giáng\s+chức"
    r"|buộc\s+thôi\s+việc)\s",
    re.IGNORECASE,
)


# A full stop that ends the lead's sentence (not an abbreviation's in capitals: "TP. Huế").
_NEXT_SENTENCE = re.compile(r"(?<![A-ZĐ][A-ZĐp])\.\s+(?=[A-ZĐÀ-Ỹ])")


def _lead_words(subject: str) -> list[str]:
    """The lead's trích yếu as the subject's lines: none where it ran past (see _RUNS_PAST).

    Where a quoted name closes before the comma the sentence goes on after ("... về nâng cao
    hiệu quả phong trào thi đua “Dân vận khéo”, các cấp uỷ, ... đã triển khai ..."), the quote
    makes the end clear: the trích yếu is read to it.
    """
    subject = _NAMING_BRACKET.sub("", subject)
    if _SHORTHAND.search(subject) and not subject.isupper():
        return []
    if _QUOTE_IS.search(subject) or _CIRCUMSTANCE.search(subject) or _ACCOUNT.search(subject):
        return []
    if _HANDS_OVER.search(subject) or _SANCTION_FIRST.match(subject):
        return []
    run = _RUNS_PAST.search(subject)
    if run is None:
        return [subject]
    closed = [m.start() + 1 for m in _QUOTE_COMMA.finditer(subject, 0, run.start() + 1)]
    if closed and _paired(subject[: closed[-1]]):
        return [subject[: closed[-1]]]
    if (
        ("," not in subject[: run.start()] or _TENSE_CLAUSE.match(subject, run.start()))
        and run.start() >= 12
        and _NEW_CLAUSE.match(subject, run.start())
    ):
        # The sentence's main clause after the first comma, a body in capitals opening it ("...
        # về việc tham gia hưởng ứng các hoạt động kỷ niệm Ngày Quốc tế Phụ nữ 8/3/2025, Công
        # đoàn phối hợp ...") or its aim (", phấn đấu ..."): the trích yếu holds no comma, so it
        # ends there. (A comma inside it, "phòng, chống dịch, các cấp đã ...", or small letters
        # after it, "... khen thưởng tập thể, cá nhân đã có thành tích ...", leave it unsure.)
        # (A time adverbial of the clause before its body goes with it: "... nhiệm kỳ 2026 –
        # 2031, trong thời gian qua, Đảng ủy xã ... đã tập trung ...".)
        return [_PAST_WHILE.sub("", subject[: run.start()].rstrip())]
    return []


_PAST_WHILE = re.compile(
    r",\s*(?:trong\s+)?(?:thời\s+gian|những\s+năm|các\s+năm|mấy\s+năm)\s+(?:qua|vừa\s+qua|gần\s+đây)$"
    r"|,\s*(?:thời\s+gian\s+)?vừa\s+qua$",
    re.IGNORECASE,
)


_TYPE_ALT = "|".join(re.escape(t.value) for t in sorted(DocType, key=lambda t: -len(t.value)))
# A conference that studies a document named by a bare number, its title quoted ("... tổ chức
# Hội nghị cán bộ chủ chốt quán triệt Quy định 57 của Bộ Chính trị “Về một số vấn đề ...”.",
# "... Hội nghị tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành
# Trung ương ... về 'Một số vấn đề ...'"; made up, draw5/1038's, draw7/1517's, draw4/721's
# shapes): the quotes mark the trích yếu; the day written with the number dates it.
_STUDIED_BARE = re.compile(
    r"(?<!\w)hội\s+nghị\b[^.;:]{0,120}?(?<!\w)(?:quán\s+triệt|học\s+tập|tổng\s+kết|sơ\s+kết)\b"
    rf"[^.;:]{{0,60}}?\s(?P<type>{_TYPE_ALT})\s+(?:số\s+)?\d{{1,4}}(?![\d/-])"
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
    found.date = found.date or (_date_of(m) if m["d"] else None)
    found.subject = found.subject or [m["s"].strip()]
    return True


# (The title form a headline may write, see _titled_headline.)
_TITLE_FORM = re.compile(
    rf"^(?:\s*date\s+\d{{4}}-\d\d-\d\d\s+)?(?P<t>{_TYPE_ALT})(?:\s+(?:khẩn|hỏa\s+tốc|hoả\s+tốc))?"
    r"\s+của\s+[^.;:]{3,80}?\s+về\s+việc\s+(?P<s>[^.;:]{8,250})$"
)
# A bracket closing the lead that names the document short: "(gọi tắt là Hướng dẫn số
# 1510/UBND-GDĐT)", "(sau đây gọi tắt là Kế hoạch)", "(sau đây gọi là Nghị quyết Trung ương
# 7)", "(Kết luận số 114)", "(sau đây gọi chung là cơ quan tham mưu ...)": the page's words.
_NAMING_BRACKET = re.compile(
    r"\s*\((?:(?:sau\s+đây|dưới\s+đây)\s+)?(?:gọi|viết)\s+(?:chung\s+)?(?:tắt\b|là\s)[^()]*\)$"
    rf"|\s*\((?:{_TYPE_ALT})\s+(?:số\s+)?\d[^()]*\)$",
    re.IGNORECASE,
)
# A clause that opens anew after a comma: a body in capitals, or the aim.
_NEW_CLAUSE = re.compile(rf",\s*(?:[{_CAPITALS}]|phấn\s+đấu\b)")
# ... a body in capitals doing something, its tense word after its name ("..., Chi bộ trường
# Tiểu học ... luôn quan tâm ...", "..., các cấp ủy đã ..."): a trích yếu holds no tense word, so
# the comma before it ends the trích yếu even where commas stand inside it ("tư tưởng, đạo đức,
# phong cách Hồ Chí Minh năm 2017, Chi bộ ... luôn ...").
_TENSE_CLAUSE = re.compile(
    rf",\s+[{_CAPITALS}][^,;]{{0,80}}?(?<!\w)(?:đã|đang|vừa|sẽ|luôn)\s+[a-zđà-ỹ]"
)
# A closing quote and the comma after it.
_QUOTE_COMMA = re.compile(r"[”\"]\s*,")


def _paired(text: str) -> bool:
    """Every quote ``text`` opens, it closes (curly quotes balanced, straight ones even)."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


def _repeats_type(words: str, cit: Citation) -> bool:
    """``words`` open with the type of the document ``cit`` names, as a verb ("hướng dẫn ...")."""
    name = (cit.type_name or cit.number.type_name or "").casefold()
    return bool(name) and words.casefold().startswith(name + " ")


def _named_and_repeated(line: str, obj: re.Match[str], cit: Citation) -> bool:
    """The lead names the document by its type's own name ("Hướng dẫn số ...") and repeats it
    as a verb after the number ("... hướng dẫn ..."); not a "văn bản số 71-HD/BTGTW hướng dẫn
    việc ..." whose code alone gives the type (unseen/336: its purpose in prose, no trích yếu)."""
    name = (cit.type_name or "").casefold()
    written = line[max(0, cit.start - 30) : cit.number_end].casefold()
    return bool(name) and name in written and line[obj.end() :].casefold().startswith(name + " ")


# Whom a document's act is for, right after its type's word ("... hướng dẫn các cấp ủy ..."):
# what it asks of them, no trích yếu.
_WHOM = re.compile(r"\s*(?:các|toàn\s+thể|những|mọi|cho)\s", re.IGNORECASE)


def _after_own_word(line: str, start: int, cit: Citation) -> re.Match[str] | None:
    """Where the trích yếu opens after the type's own word the lead writes at ``start`` ("...
    Quy định 125-QĐ/TW quy định chức năng, nhiệm vụ ..." (made up; draw7/1528's shape), "...
    Hướng dẫn số 26-HD/BTCTW, ngày ... hướng dẫn một số nội dung ...": the heading's "QUY ĐỊNH /
    chức năng ...", the keys' convention: draw4/701, draw7/1518, 1528, 1537); None where whom it
    guides or what it asks follows ("... hướng dẫn các cấp ủy ...", "... hướng dẫn và đề nghị
    ..."): no trích yếu."""
    name = cit.type_name or cit.number.type_name or ""
    at = start + len(name)
    if _WHOM.match(line, at):
        return None
    return _OBJECT_AFTER.match(line, at)


# A decision's issuer and its act after the number: "... số 1960/QĐ-UBND của Chủ tịch UBND tỉnh
# tặng Bằng khen ...", "... ngày 22/01/2021 của Thủ tướng Chính phủ ban hành Chương trình ...".
_ENACTED = re.compile(
    r"[\s,]*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*)?của\s+"
    r"(?:(?!về\b)[^,;.:()“\"])+?\s+"
    r"(?P<act>(?:ban\s+hành|phê\s+duyệt|tặng|công\s+nhận|thành\s+lập|khen\s+thưởng|cho\s+phép)\s)",
    re.IGNORECASE,
)


def _closes(end: re.Match[str], line: str) -> bool:
    """``end`` closes an act's words that open without "về" (see _lead_subject): the sentence's
    full stop or the line's end, or whose proposal the act answers ("... theo đề nghị của ...")."""
    return end[0].startswith(".") or end.end() == len(line) or "đề nghị" in end[0]


# What a công điện asks right after its number, in small letters and not whom it asks ("...
# Công điện số 231/CĐ-TTg, yêu cầu tăng cường ...", never "... yêu cầu các Bộ, ngành ...").
# (Whom is also an office or its head in small letters: "... yêu cầu giám đốc, thủ trưởng các
# sở ... chủ động ứng phó ...", "yêu cầu người đứng đầu ...", "yêu cầu lãnh đạo ..." (made up;
# draw9/2024's shape): what it asks of them is the page's account, no trích yếu.)
_TELEGRAM_ASKS = re.compile(
    r"[\s,]*yêu\s+cầu\s+(?!(?:các|toàn\s+thể|mọi|những|chủ\s+tịch|thủ\s+trưởng|giám\s+đốc"
    r"|người\s+đứng\s+đầu|lãnh\s+đạo(?!\s*,)|cấp\s+ủy|cấp\s+uỷ|bí\s+thư|trưởng|cơ\s+quan|đơn\s+vị"
    r"|địa\s+phương|sở|ban|ngành|ủy\s+ban|uỷ\s+ban)\b)(?=[a-zđà-ỹ])"
)


# A Thông báo's "kết luận" right after its number (its day between): "... Thông báo số 27-TB/TW
# kết luận về việc ...", "... Thông báo số 45-TB/TW, ngày 2/3/2019 kết luận của Ban Bí thư về ...".
_CONCLUDES = re.compile(
    r"[\s,]*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*)?"
    r"(?P<k>kết\s+luận)\s+(?=(?:về|của|tại)\s)",
    re.IGNORECASE,
)


def _to_sentence_end(line: str, start: int, after: int, found: Found) -> None:
    """The trích yếu from ``start`` to the end of the sentence after ``after``, where the lead
    closes it there (see _closes); else the subject stays as it was."""
    end = _SENTENCE_END.search(line, after)
    if end is not None and _closes(end, line):
        found.subject = _lead_words(line[start : end.start()].rstrip("./ "))


# A legal text's own verb right after its number (its day between): "... Thông tư 15/2024/TT-
# BGDĐT quy định về chuẩn ...", "... Nghị định 88/2024/NĐ-CP quy định chi tiết một số điều của
# Luật ... về ...", "... Thông tư số 40/2024/TT-BTC hướng dẫn quản lý ..." (made up; news items
# on a circular or decree): the trích yếu opens with it, as under the heading, and a "về" after
# it is inside it (never "quy định rõ", what the text states).
_LEGAL_TEXTS = frozenset(
    {DocType.THONG_TU, DocType.NGHI_DINH, DocType.THONG_TU_LIEN_TICH, DocType.THONG_TU_LIEN_BO}
)
_LEGAL_VERB = re.compile(
    r"[\s,]*(?:ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*,?\s*)?"
    r"(?P<v>(?:quy\s+định|hướng\s+dẫn)\s+(?!rõ\b)(?=[a-zđà-ỹ]))"
)


def _legal_verb(line: str, cit: Citation) -> re.Match[str] | None:
    """A Thông tư's or Nghị định's own verb right after its number (see _LEGAL_VERB), only in a
    lead, a body having issued it: an old gazette's title block "SỐ 21-BNN/TT NGÀY ... CỦA BỘ
    ... HƯỚNG DẪN ..." does not mark where its issuer ends."""
    legal = _LEGAL_VERB.match(line, cit.number_end)
    if (
        legal is not None
        and _cited_type(cit) in _LEGAL_TEXTS
        and _LEAD_VERB.search(line[: cit.start].rsplit(". ", 1)[-1])
    ):
        return legal
    return None


def _lead_subject(line: str, cit: Citation, found: Found) -> None:
    """The trích yếu a headline or lead gives its own citation ``cit``: from "về" / "về việc" to
    the end of the sentence (see _SENTENCE_END), and a date written after it."""
    if legal := _legal_verb(line, cit):
        _to_sentence_end(line, legal.start("v"), legal.end(), found)
        return
    if enacted := _ENACTED.match(line, cit.number_end):
        # "Quyết định số 1960/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen cho ...", "... số
        # 608/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch ...": the issuer named, its act is
        # the trích yếu, to the end of the sentence (a "về" inside it is the act's own).
        _to_sentence_end(line, enacted.start("act"), enacted.end(), found)
        return
    concludes = _CONCLUDES.match(line, cit.number_end)
    if concludes is not None and _cited_type(cit) is DocType.THONG_BAO:
        # "... ban hành Thông báo số 27-TB/TW kết luận về việc sơ kết Chỉ thị số 54-CT/TW ... về
        # “...”." (made up; draw8/1707's shape): a Thông báo kết luận's trích yếu opens with "kết
        # luận", as under its heading; the "về" is inside it.
        _to_sentence_end(line, concludes.start("k"), concludes.end(), found)
        return
    asks = _TELEGRAM_ASKS.match(line, cit.number_end)
    if asks is not None and _cited_type(cit) is DocType.CONG_DIEN:
        # "... ký Công điện khẩn số 03/CĐ-UBND yêu cầu tập trung ứng phó ... bão số 4.": a công
        # điện's trích yếu is what it asks, to the end of the sentence.
        _to_sentence_end(line, asks.end(), asks.end(), found)
        return
    about = _LEAD_ABOUT.search(line, cit.number_end)
    if about is not None and _NEXT_SENTENCE.search(line, cit.number_end, about.start()):
        # "... ban hành Quyết định số 1570/QĐ-UBND phê duyệt ... . Ngày 27/7/2022, Sở ... có Văn
        # bản số ... về việc ...": the "về" of the next sentence is another document's.
        about = None
    obj = _OBJECT_AFTER.match(line, cit.end)
    if about is not None and not (obj is not None and _named_and_repeated(line, obj, cit)):
        # (The type's own word right after the number opens the trích yếu even where a "về"
        # follows inside it: "... Hướng dẫn số 30-HD/BTCTW hướng dẫn một số vấn đề cụ thể về
        # công tác đảng viên."; made up, draw4/701's and draw7/1518's shape.)
        obj = None
    if obj is not None and _repeats_type(line[obj.end() :], cit):
        # "... Hướng dẫn số 26-HD/BTCTW, ngày 18/10/2019 hướng dẫn một số nội dung ...": the
        # lead says what the document does in its type's own word, as its heading does: the
        # trích yếu opens after that word (see _after_own_word), or is left to fill.
        obj = _after_own_word(line, obj.end(), cit)
        if obj is None:
            return
    if obj is not None and line[obj.end() : obj.end() + 1].islower():
        # "... ban hành kế hoạch số 97/KH-BVĐ tổ chức hoạt động Tháng cao điểm ... (từ 17/10 đến
        # 18/11/2017).": no "về", the trích yếu right after the number, to the sentence's end.
        end = _SENTENCE_END.search(line, obj.end())
        if end is not None and _closes(end, line):
            found.subject = _lead_words(line[obj.end() : end.start()].rstrip("./ "))  # (".")
        return
    if (
        about is None
        or "về" in line[cit.number_end : about.start()].casefold()
        # The sentence went on to something else first: "Báo cáo số 113-BC/HNDTW ... nêu rõ:
        # Thực hiện Kết luận ... về việc, lãnh đạo ..." is no subject.
        # (Addressees listed with ";" after "gửi" are no such thing: "... gửi các cơ quan báo
        # chí; Phòng Văn hóa ... về việc ...".)
        or re.search(
            _STOPS_BETWEEN, _BETWEEN.sub(r"\g<rest>", line[cit.number_end : about.start()])
        )
        or not (
            _names_only(line[cit.number_end : about.start()])
            or _directed(line[cit.number_end : about.start()], about)
        )
        or re.match(r"\s*việc\s*[,.;:]", line[about.end() - 1 :], re.IGNORECASE)
    ):
        return
    end = _SENTENCE_END.search(line, about.end())
    while end is not None and _AIM.fullmatch(end[0]) and _titled_by(line, cit):
        end = _SENTENCE_END.search(line, end.end() - 1)
    found.subject = _lead_words(_quoted(line, about, end.start() if end else len(line)))
    if verb := _REGULATES.search(line, cit.number_end, about.start()):
        # "Thông tư số 23/2017/TT-BNNPTNT ... của Bộ ... Quy định về trồng rừng ...": the trích
        # yếu opens with the verb, its "về" inside it.
        found.subject = _lead_words(line[verb.start() : end.start() if end else len(line)])
    if found.date is None and end is not None and end["d"]:
        found.date = _date_of(end)


# The aim a lead's sentence may go on with ("... năm 2018 nhằm nâng cao nhận thức ...": the
# page's words, see _SENTENCE_END) ...
_AIM = re.compile(r"\s+nhằm\s")


def _titled_by(line: str, cit: Citation) -> bool:
    """``line`` is a title that opens with the citation ``cit`` and holds no sentence: "Nghị
    quyết số 19-NQ/ĐU của Ban Thường vụ ... về tập trung ... vào sản xuất và quản lý nhằm nâng
    cao hiệu quả ... giai đoạn 2017 - 2020, tầm nhìn đến năm 2030" (made up; draw7/1510's
    shape). A title holds nothing but the trích yếu to its end: its "nhằm" is the document's."""
    return not line[: cit.start].strip() and not re.search(r"[.;:!?](?:\s|$)", line)


# A lead naming the document by its type, then its number with an urgency word or a bracket
# between: "... đã có công văn hoả tốc số 570/UBND-KGVX ...", "... đã có Công văn (số
# 73/TTg-CN) chỉ đạo ...".
_LEAD_TYPED = re.compile(
    _LEAD_VERB.pattern + rf"(?P<t>{_TYPE_ALT})(?:\s*\(|\s+(?:(?:hỏa|hoả)\s+tốc|khẩn))\s*\(?\s*$",
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
    for m in _LEAD_VERB.finditer(line, start, cit.start):
        if line[m.end() :].casefold().startswith(cit.type_name.casefold() + " "):
            return cit.type_name
    return ""


def _quoted(line: str, about: re.Match[str], end: int) -> str:
    """The lead's subject from ``about`` to ``end``, ending at the quote that closes the one
    opened before its "về việc" ("... số 09-CV/HĐĐ, ngày 06/10/2022 “về việc tổ chức Đại hội ...
    2022 – 2023”, tổ chức Đại hội đảm bảo ...": the sentence goes on after the quote)."""
    subject = line[about.end() : end]
    if "“" in line[about.start() - 2 : about.end()] and "“" not in subject:
        subject = subject.split("”", 1)[0]
    elif (inside := _quote_alone(line, about.end())) is not None:
        subject = inside
    return subject


# What may follow a quoted trích yếu for the quote to be the whole of it: the sentence's
# punctuation, its end, or a bracket naming the document short ("... (sau đây gọi tắt là Nghị
# quyết 35), công tác này ..."); never more words ("về “Tháng nhân đạo” năm 2019").
_AFTER_QUOTE = re.compile(r"\s*(?:[,.;:!]|\(|$)")


def _quote_alone(line: str, start: int) -> str | None:
    """The trích yếu a lead writes whole in quotes right after its "về" (``start``), without its
    outer pair: "... Kết luận số 21-KL/TW về “đẩy mạnh ... biểu hiện “tự diễn biến”, “tự chuyển
    hóa””. Nội dung ...". The quote that pairs the opening one ends it (quotes nest inside it),
    whatever the sentence says after; None where no quote opens there, none pairs it, or the
    trích yếu goes on past it."""
    if not line.startswith("“", start):
        return None
    depth = 0
    for i in range(start, len(line)):
        depth += {"“": 1, "”": -1}.get(line[i], 0)
        if depth == 0:
            inside = line[start + 1 : i].strip()
            return inside if _AFTER_QUOTE.match(line, i + 1) and inside else None
    return None


def _number_alone(line: str) -> DocNumber | None:
    """The number that is the whole line, with its type or a state issuer's code, or None."""
    number = parse_number(line) if line and " " not in line.strip() else None
    if number is None or (number.type_code is None and number.form != "state"):
        return None
    return number


# A legal title's trích yếu that opens with "quy định" after the issuer (see read_headline).
_REGULATES = re.compile(r"(?<=\s)quy\s+định\s*$", re.IGNORECASE)


# What may stand between a lead's number and its "về": the date, the issuer, the addressees
# ("số 35-CT/TU ngày 7/12/2023 của Ban Thường vụ Tỉnh ủy gửi các huyện ủy về việc ...").
_BETWEEN = re.compile(
    r"^[\s,]*(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?))?[\s,]*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


# ... and the year after the number ("Chỉ thị 19-CT/TW năm 2022 về ...").
_NUMBER_YEAR = re.compile(r"^năm\s+(?:19|20)\d\d(?!\d)[\s,]*", re.IGNORECASE)


# A second document issued with the first, named by type and number: "và Kế hoạch số 62/KH-HU".
_JOINT = re.compile(
    rf"và\s+(?:{_TYPE_ALT})\s+số\s+\d[\w/.\-]*[A-ZĐ][\w/.\-]*(?=\s|$)", re.IGNORECASE
)


# What ends a lead's sentence between its number and "về" (see _lead_subject); a ";" only
# outside a list of addressees after "gửi".
_STOPS_BETWEEN = r"^(?!\s*(?:(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s+)?gửi\s)[^:;]*[:;]|:"


def _names_only(between: str) -> bool:
    """Nothing but a date, the issuer or the addressees stands before the lead's "về".

    A verb there means the sentence went on about what the document does ("số 1455-CV/VPTU
    thông báo ý kiến chỉ đạo ... về việc ...", "số 71-HD/BTGTW hướng dẫn việc học tập ... về
    ..."): what follows "về" is then that act's object, not the document's trích yếu.
    """
    m = _BETWEEN.match(between)
    rest = m["rest"].strip() if m else between.strip()
    # (A legal site names the document with its year after the number, "Chỉ thị 19-CT/TW năm
    # 2022 về tổ chức Tết ..." (made up; draw8/1705's shape): the document's year, as its day.)
    rest = _NUMBER_YEAR.sub("", rest)
    if joint := _JOINT.match(rest):
        # "... ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU về tổ chức đại hội ...": two
        # documents issued together on one matter share the trích yếu.
        return _names_only(rest[joint.end() :])
    if re.match(r"(?i)(?:được\s+)?ban\s+hành\s+bởi\s", rest):
        return _names_only(re.sub(r"(?i)^(?:được\s+)?ban\s+hành\s+bởi", "của", rest))
    if re.search(r"(?i)\s(?:ban\s+hành|phê\s+duyệt)\s", rest):
        # "số 608/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch ... về ...": the issuer's
        # act goes on after its name, the "về" inside the trích yếu ("ban hành Kế hoạch ...").
        return False
    return not rest or bool(re.match(r"(?i)(?:của|gửi|tới|đến|do)\s|[“\"(]", rest))


# Whom a document directs, right after its number, before its "về việc" ("... Công điện số
# 12/CĐ-UBND chỉ đạo các sở, ban, ngành, địa phương về việc tập trung ứng phó ..."; made up,
# draw10/2243's shape): the addressees of its own act, the trích yếu after its formal mark.
_DIRECTS = re.compile(r"^[\s,]*chỉ\s+đạo\s+(?:các|toàn\s+thể)\s[^.;:“\"]{0,150}$", re.IGNORECASE)


def _directed(between: str, about: re.Match[str]) -> bool:
    """Only whom the document directs stands before its "về việc" ``about`` (see _DIRECTS)."""
    return "việc" in about.group().casefold() and bool(_DIRECTS.match(between))


# Where a news item names the document it reports on, anywhere on the page: "(Nguồn: Thông báo
# số 81/TB-UBND ngày 08/6/2021)", "Xem chi tiết tại đây: 81/TB-UBND", "... tại Văn bản số
# 2873/SYT-NV ngày 13/6/2021 đính kèm".
# Also "Xem toàn bộ Quy định số 27-QĐ/TU ... tại đây", "(Kèm theo: Công văn số 359/UBND-NN ...
# .pdf)", "(Theo Công văn số 6012/UBND-KT, ngày 14/11/2023)": the page's link, attachment or
# source. Only in a bracket: "Theo" in running text reports what another document says, and
# "(Ban hành kèm theo Quyết định số ...)" is an annex's line naming the decision it belongs to.
_SOURCE = re.compile(
    r"(?:Nguồn|\(\s*Theo|\(\s*Kèm\s+theo\s*:|Xem\s+toàn\s+(?:bộ|văn)"
    # ("(Nguồn: Từ Công văn số 1150/UBND-VP ngày 22/04/2021)": the source's "từ" / "theo".)
    r"|(?:Xem\s+)?(?:thông\s+tin\s+)?chi\s+tiết\s+tại\s+đây)\s*:?\s*(?:(?:từ|theo)\s+)?$",
    re.I,
)
_ATTACHED = re.compile(r"[\s,]*(?:được\s+)?đính\s+kèm\b", re.IGNORECASE)


# A document's ground: what it rests on or answers, never a page's title or its report.
_RESTS_ON = re.compile(r"^(?:[-–+•]\s*)?(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị)\b")


def read_presented(page: list[str], lines: list[str], found: Found) -> None:
    """The number of the one document a news item reports on, where no header or lead gave it.

    Three shapes: the page names it as its source or attachment (see _SOURCE, _ATTACHED); or the
    page's title repeats a citation's subject ("Ủy ban MTTQ phường triển khai kế hoạch vận động
    quỹ ..." over "... trình bày Kế hoạch số 94/KH-BTT ... về triển khai kế hoạch vận động quỹ
    ..."). That number is the page's own: never listed among its citations. A source or an
    attachment named anywhere wins over a title's repeat: "Triển khai hướng dẫn tuyên truyền ...
    của Huyện ủy" over "Thực hiện Hướng dẫn số 06-HD/HU ... về tuyên truyền ..." is a page
    carrying the guide out, "(Nguồn: Từ Công văn số 1150/UBND-VP ...)" under it its document
    (the scan read the title's dash as the lead's and took the guide).
    """
    titles = [
        fold(clean(x))
        for x in [*page, *lines][:12]
        if len(clean(x).split()) >= 4 and not _RESTS_ON.match(clean(x))
    ][:3]
    repeat: tuple[str, Citation] | None = None
    for line in lines[:200]:
        c = clean(line)
        for cit in find_citations(c):
            about = fold(" ".join(cit.subject.split()))
            # (Never where the document's own title block was read: its trích yếu may name what it
            # carries out or answers, "KẾ HOẠCH" / "TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW ... VỀ
            # ...", "V/v ..." of a reply repeating the letter it answers; the header was cut off.
            # Nor a ground's: a decision whose header was cut off names in "Căn cứ Quyết định số
            # 2441/QĐ-TTg ... phê duyệt ..." and "Xét Tờ trình số 60/TTr-HĐND ... về việc ban hành
            # ..." what it rests on and answers, often in its own title's words.)
            # (A "title" that names the citation's number is the lead itself, repeated above it
            # as a teaser cut with "...": no title repeating a citation's words.)
            number = fold(cit.number_text)
            repeated = (
                not found.subject
                and not _RESTS_ON.match(c)
                and len(about.split()) >= 5
                and any(about in t and t != fold(c) and number not in t for t in titles)
            )
            if _SOURCE.search(c, 0, cit.start) or _ATTACHED.match(c, cit.end):
                _presented(found, cit)
                return
            if repeated and repeat is None:
                repeat = (c, cit)
    if repeat is not None and not _titled_otherwise([*page, *lines][:6], repeat[1].type_name):
        # (Not where the title names another type: "Thông báo: Về việc gia hạn ... cuộc thi ..."
        # over "Thực hiện Kế hoạch số ... về việc tổ chức cuộc thi ..." is a notice on the plan.)
        c, cit = repeat
        _presented(found, cit)
        if not found.subject and not _goes_on_after(c, cit.subject):
            found.subject = [cit.subject + _closing_bracket(c, cit.subject)]


def _presented(found: Found, cit: Citation) -> None:
    """The page's own number, and the date and type the citation gives, where none was read."""
    found.number = cit.number
    if found.date is None:
        found.date = cit.date
    if found.doc_type is None and cit.type_name:
        found.doc_type = _cited_type(cit)


def _goes_on_after(line: str, subject: str) -> bool:
    """The sentence goes on after a citation's ``subject`` past a comma ("... về triển khai công
    tác chuẩn bị Đại hội các Chi bộ trực thuộc Đảng ủy, Đại hội Đảng bộ xã lần thứ XII, ..."):
    the extractor stopped there, where the trích yếu's end is not sure."""
    at = line.find(subject)
    tail = line[at + len(subject) :] if at >= 0 else ""
    return bool(re.match(r"\s*,\s*(?!(?:ngày|năm)\b)\w", tail))


# A bracket that closes the sentence right after a trích yếu: "... về tổ chức Đại hội Đảng bộ các
# cấp (cấp huyện, cơ sở và chi bộ trực thuộc Đảng ủy cơ sở).", "... Đảng bộ phường Phúc La (
# nhiệm kỳ 2020-2025)": the trích yếu's own words (the extractor stops before any bracket).
_BRACKET_END = re.compile(r"\s*\([^()]{1,120}\)(?=\s*[.;]?\s*$)")


def _closing_bracket(line: str, subject: str) -> str:
    """The bracket closing the sentence right after ``subject`` in ``line``, or ""."""
    at = line.find(subject)
    m = _BRACKET_END.match(line, at + len(subject)) if at >= 0 else None
    return m.group() if m and not _NAMING_BRACKET.fullmatch(m.group()) else ""


# A lead naming the document by its type alone: "Chiều nay ngày 26/3/2020, ... Phó Bí thư ... đã
# ký công văn hỏa tốc gửi ... về việc tạm dừng ...", "Ngày 24/9/2025, Ban Thường vụ Tỉnh ủy ban
# hành Công văn hỏa tốc về việc ...", "ngày 25/8, Chủ tịch ... đã có Thư kêu gọi ...".
_SIGNED = re.compile(
    # "... đã ra Lời kêu gọi ...": "ra" only after "đã" / "vừa" ("diễn ra", "đưa ra" are no issuing).
    # ("... tổ chức Hội nghị ký kết Chương trình phối hợp về ...": the bodies sign it together.)
    # ("... Bộ trưởng ... gửi công điện đến chủ tịch UBND các tỉnh ... về việc ...": a letter or a
    # telegram is sent, see _SENT_TYPES.)
    r"(?<!\w)(?:(?:(?:đã|vừa|mới)\s+)?(?:ký(?:\s+ban\s+hành|\s+kết)?|ban\s+hành|có|(?P<sent>gửi))"
    r"|(?:đã|vừa)\s+ra)\s+",
    re.IGNORECASE,
)
_SENT_TYPES = frozenset({DocType.CONG_VAN, DocType.CONG_DIEN})


def _only_sent_to(between: str) -> bool:
    """Nothing but an urgency word and the addressees stand between a lead's type and its
    "về": no clause end, no other "về"; a list of addressees may hold ";" ("... Công điện khẩn
    gửi Giám đốc các sở, ban, ngành TP; Chủ tịch UBND các quận, huyện ... về việc ...")."""
    stops = r"[:.]|\bvề\b" if re.match(_SENT_TO, between) else r"[:;.]|\bvề\b"
    return not re.search(stops, between, re.IGNORECASE)


_SENT_TO = re.compile(r"\s*(?:(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s+)?gửi\s", re.IGNORECASE)


# A document to come, or one that must or may be made ("... cho đến khi có thông báo mới", "...
# phải có báo cáo UBND huyện ...", "... cần ban hành kế hoạch ..."): none issued.
_UNTIL_FURTHER = re.compile(r"(?<!\w)(?:khi|phải|cần|sẽ|chưa|không|nếu)\s+$", re.IGNORECASE)


def _signed_type(line: str, found: Found) -> bool:
    """Type, date and subject of a dated lead that names the document by its type (see _SIGNED).

    A news item that "sent" or "had" a công văn reports on it, and a page that reports on one
    document takes it as its own (tests/fixtures/real/README.md): its type too. The lead's day
    may lack its year ("Ngày 10/10, Bộ ... có công điện khẩn gửi ... về ..."): the date is then
    left to fill, the rest read.
    """
    for m in _SIGNED.finditer(line):
        rest = line[m.end() :].casefold()
        name = next((t for t in _TYPE_BY_LENGTH if rest.startswith(t.casefold() + " ")), None)
        if name is None or re.match(r"\s*số\b", rest[len(name) :]):
            continue
        if _UNTIL_FURTHER.search(line, 0, m.start()) or re.match(r"\s*mới\b", rest[len(name) :]):
            # "... từ 00 giờ ngày 12/7/2021 cho đến khi có thông báo mới": until further notice,
            # a notice to come, no document issued (its day is the measure's); see _UNTIL_FURTHER.
            continue
        if m["sent"] and (
            DocType.from_text(name) not in _SENT_TYPES
            or not (about := _LEAD_ABOUT.search(line, m.end() + len(name)))
            or not _only_sent_to(line[m.end() + len(name) : about.start()])
        ):
            # ("... gửi báo cáo về Ban Tuyên giáo ...": what is sent back, not issued; "... đã gửi
            # công văn đến các chi bộ.": a letter sent, its matter not named, is not the page's.)
            continue
        date = lead_date(line, m.start(), found.posted)
        if date is None and not _LEAD_DAY.search(line, 0, m.start()):
            continue
        if found.date is None:
            found.date = date
        if found.doc_type is None:
            found.doc_type = DocType.from_text(name)
        end = m.end() + len(name)
        about = _LEAD_ABOUT.search(line, end)
        if (
            not found.subject
            and about is not None
            and _only_sent_to(line[end : about.start()])
            # (Another document named before the "về": a page whose breaks were lost, "... ban
            # hành Đề cương tuyên truyền ... Thực hiện ... Hướng dẫn số 314 - HD/HĐĐTW ..., để
            # góp phần ... về truyền thống ...": that "về" is no longer the lead's.)
            and not find_citations(line[end : about.start()])
        ):
            stop = _SENTENCE_END.search(line, about.end())
            found.subject = _lead_words(line[about.end() : stop.start() if stop else len(line)])
        return True
    return False


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
    r"|(?:đã|vừa|mới)\s+(?:chỉ\s+đạo\s+)?(?:xây\s+dựng|triển\s+khai)|ký\s+kết)\s+",
    re.IGNORECASE,
)
# (... or its theme, aim, scope or the proposal it answers: see _SENTENCE_END.)
_CLAUSE_AFTER = re.compile(
    r"\.?|nhằm|(?:gửi|tới)(?:\s+các)?|với\s+(?:chủ\s+đề|mục\s+đích|mục\s+tiêu)"
    r"|áp\s+dụng\s+(?:đối\s+)?với|thiết\s+thực|theo\s+đề\s+nghị\s+của"
    # ("..., với những nội dung cụ thể như sau:": the lead hands over to the text.)
    r"|với\s+(?:những\s+|các\s+)?nội\s+dung"
)
# An urgency word between the type and what follows: "công văn khẩn về việc ...".
_URGENT = re.compile(r"^(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s+", re.IGNORECASE)
# What the document asks of whom, after its type: no trích yếu ("vừa có công văn yêu cầu ...").
# (Nor whom it went to: "... đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.")
# A news source's tag opening a lead: "(ĐCSVN)- ", "(TTXVN) – ", "(QNO) - ".
_SOURCE_TAG = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9.&\s]{1,14}\)\s*[-–]\s*")
_STAMP_BEFORE = re.compile(r"(?:khẩn|hỏa\s+tốc|hoả\s+tốc)\s*[:!-]?\s*", re.IGNORECASE)
_ASKS = re.compile(r"^(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|gửi|giao|đồng\s+ý|tới|đến)\b", re.IGNORECASE)


def _issued_type(
    line: str,
    found: Found,
    seen: int,
    top: list[str],
    *,
    again: bool,
    verbs: Callable[[str], list[re.Match[str]]],
) -> bool:
    """Type and subject of a headline or first lead that says a body issued a document.

    "Ban Bí thư T.Ư Đoàn ban hành kế hoạch tổ chức các hoạt động kỷ niệm 95 năm ..." (a paper's
    headline), "Hội Cựu chiến binh tỉnh mới đây vừa ban hành Kế hoạch tổ chức Đại hội ...": the
    page reports that one document. Its type is taken; the words after it are its trích yếu
    when they end the sentence there, short, and begin in small letters (not "số", not "này").
    Never a line that opens with "Ban hành": that is a decision's own subject ("Ban hành Quy
    định về ..." under "QUYẾT ĐỊNH").

    A headline is the editor's words, often shorter than the document's ("Châu Phú triển khai
    kế hoạch chuẩn bị Đại hội Đảng bộ các cấp" over a lead naming "kế hoạch chuẩn bị Đại hội
    Đảng các cấp, tiến tới ..."): ``again`` (the type was read from a headline) lets the lead's
    sentence that names the same type give the trích yếu instead. Returns whether the type was
    read from a headline, so that the next line may do so.
    """
    if seen > 3 or (found.doc_type is not None and not again):
        return again
    for m in verbs(line):
        rest = line[m.end() :]
        name = _type_opening(rest)
        if name is None or re.match(r"\s*(?:số|này)\b", rest[len(name) :], re.IGNORECASE):
            if again and name is not None and _unconfirmed(line, rest[len(name) :], name, found):
                found.subject = []  # (the headline's words, the editor's: see _unconfirmed)
                return False
            continue
        if _ASKED.search(line[: m.start()].rsplit(". ", 1)[-1]):
            # "... Ban Bí thư yêu cầu các tỉnh uỷ ... xây dựng, ban hành quy chế làm việc ...":
            # a document others are asked to make is not the page's.
            return again
        enacting = "" if _DECIDES.search(line, 0, m.start()) else _type_ending(line[: m.start()])
        if enacting and "hành" in m.group():
            # "... ký Nghị quyết liên tịch ban hành Quy chế phối hợp ...": the document is the
            # one that enacts, its trích yếu "ban hành Quy chế ...".
            name, rest = enacting, f"{enacting} {line[m.start() :].lstrip()}"
        if (joint := name) != (name := _joint_name(name, rest)) and _named_jointly(top, joint):
            # "... ký kết chương trình phối hợp hoạt động ..." over "... ký kết chương trình phối
            # hợp về việc ...": the page names it fully further on; read it there.
            return again
        doc_type = DocType.from_text(name)
        if again and doc_type is not found.doc_type:
            return False  # the lead names another document than the headline
        found.doc_type = doc_type
        # ("thông báo Kết luận của ...": the capital that made it no longer type opens the trích
        # yếu, see _capital_inside.)
        capital = any(_capital_inside(rest, t) for t in _TYPE_BY_LENGTH if len(t) > len(name))
        tail = rest[len(name) :]
        if doc_type is DocType.THONG_CAO:  # "... ra Thông cáo đặc biệt báo tin ...": its kind
            tail = " " + _COMMUNIQUE_KIND.sub("", tail.lstrip())
        words = _issued_words(tail, doc_type, capital=capital)
        if words and _numbered_inside(words[0], doc_type):
            words = []
        _named_after_words(rest[len(name) :], doc_type, found)
        headline = not again and not re.search(r"[.!?…:]\W*$", line)
        if words and (headline or verbs is _setting_going) and _cut_short(words[0], top):
            # The page's text goes on where these words stop: a headline's, or a plan's set
            # going, that shortened the trích yếu ("... triển khai kế hoạch vận động ủng hộ quỹ
            # ... năm 2023." over "... năm 2023 trên địa bàn phường ...").
            words = []
        if words and not headline and _titled_otherwise_above(top, line, name, words[0]):
            words = []
        if words and re.match(r"hội\s+nghị\s", m.group(), re.IGNORECASE):
            words = [_AGENDA_NEXT.split(words[0], maxsplit=1)[0]]
        if words and (again or not found.subject):
            found.subject = words
        return headline
    return again


def _type_opening(rest: str) -> str | None:
    """The type name ``rest`` opens with (the longest), not one whose capital inside makes it
    another's words (see _capital_inside), or None."""
    return next(
        (
            t
            for t in _TYPE_BY_LENGTH
            if rest.casefold().startswith(t.casefold() + " ") and not _capital_inside(rest, t)
        ),
        None,
    )


def _numbered_inside(words: str, doc_type: DocType | None) -> bool:
    """The words after an issued document's type hold its own number: "... xây dựng Chương
    trình phối hợp công tác dân vận số 15-CTr/BDV-CA-QSTP ngày 22/01/2018 về ...": written after
    some words of its name, so they are no trích yếu (where it starts is not sure)."""
    return any(
        DocType.from_text(x.number.type_name or "") is doc_type for x in find_citations(words)
    )


def _titled_otherwise_above(top: list[str], lead_line: str, name: str, words: str) -> bool:
    """A title among the first lines ``top``, above the lead ``lead_line``, names the lead's
    document by its type ``name`` and other words than the lead's ``words`` (no issuer among
    them), neither the other's words and more: "Kế hoạch tổ
    chức đợt sinh hoạt chính trị và tuyên truyền Đại hội MTTQ Việt Nam các cấp lần thứ X" over
    "... vừa triển khai Kế hoạch tổ chức đợt sinh hoạt chính trị và tuyên truyền về Đại hội
    MTTQ Việt Nam các cấp và Đại hội đại biểu toàn quốc ..." (made up; draw4/779's shape):
    which is the document's is not written (see _titled_apart)."""
    lead = fold(words).rstrip(" .")
    for line in top:
        if clean(line)[:60] == lead_line[:60]:
            return False  # (the lead's own line: the lines under it are its text)
        text = fold(clean(line)).rstrip(" .")
        if not text.startswith(fold(name) + " ") or len(text) > 250 or clean(line)[:1].islower():
            continue
        title = text[len(name) + 1 :]
        if len(title.split()) < 4 or not title[:1].isalpha() or title.startswith(("so ", "ve ")):
            continue
        if " cua " in f" {title} " or ":" in title:
            # ("Chương trình hành động của Ban Thường vụ ...", "Thông cáo đặc biệt: Chủ tịch
            # nước ... từ trần": the page's own account, no title of the document's.)
            continue
        if title != lead and not lead.startswith(title) and not title.startswith(lead):
            return True
    return False


# A conference that passes a resolution among other items ("... chủ trì hội nghị ra Nghị quyết
# lãnh đạo thực hiện nhiệm vụ ... năm 2026; tổng kết công tác ... năm 2025, triển khai ..."; made
# up, draw10/2109's shape): the next item of its agenda, after a semicolon, ends the trích yếu.
_AGENDA_NEXT = re.compile(
    r"\s*;\s+(?=(?:tổng\s+kết|sơ\s+kết|đánh\s+giá|triển\s+khai|quán\s+triệt|bàn|thảo\s+luận"
    r"|cho\s+ý\s+kiến)(?!\w))",
    re.IGNORECASE,
)


# "quyết định" after a comma or a tense word is the verb "decide" ("Ban Tổ chức đã họp, quyết
# định ban hành Thể lệ Hội thi ...", "... vừa quyết định ban hành ..."; made up, draw10/2225's
# shape): the document issued is the one after "ban hành", no Quyết định that enacts it.
_DECIDES = re.compile(r"(?:,|(?<!\w)(?:đã|vừa|mới|sẽ))\s+quyết\s+định\s*$", re.IGNORECASE)


def _unconfirmed(line: str, after: str, name: str, found: Found) -> bool:
    """The lead ``line`` names a document of the headline's type ``name`` by its number
    (``after`` its type: "số ...") with a "về" of its own, and the headline's trích yếu is not
    among its words: "Ban Bí thư ra chỉ thị về bảo đảm an toàn thực phẩm" over "... đã ban hành
    Chỉ thị số 08-CT-TW ngày ... về tăng cường sự lãnh đạo ..." (made up; draw9/1938's shape,
    its number not read). The headline's words are the editor's: left to fill."""
    if DocType.from_text(name) is not found.doc_type or not found.subject:
        return False
    if not re.match(r"\s*số\s+\S+[^.;]{0,80}?\svề\s", after, re.IGNORECASE):
        return False
    return fold(" ".join(found.subject)).rstrip(" .") not in fold(line)


def _named_jointly(top: list[str], joint: str) -> bool:
    """One of the first lines ``top`` names a "Chương trình phối hợp" (``joint``) with its trích
    yếu after "về" or "giữa" (see _joint_name)."""
    pattern = re.compile(rf"(?<!\w){re.escape(joint)}\s+(?:về|giữa)\s", re.IGNORECASE)
    return any(pattern.search(clean(x)) for x in top)


# A few words of the type's name between it and "số": "Chương trình phối hợp công tác dân vận
# số 15-CTr/BDV-CA-QSTP", "Kế hoạch liên tịch số 12/KH-...".
_NAME_WORDS = re.compile(r"\s*(?:[a-zđà-ỹ]+\s+){1,6}(?=số\s+\d)")


def _named_after_words(after: str, doc_type: DocType | None, found: Found) -> None:
    """The number (and the date written with it) of the document a lead says a body issued,
    where it stands after a few words of the type's name in small letters (see _NAME_WORDS)
    and is of that type: the page's own, where no number was read."""
    words = _NAME_WORDS.match(after)
    if found.number is not None or words is None:
        return
    cit = next(iter(find_citations(after[words.end() :])), None)
    if (
        cit is not None
        and cit.start == 0
        and DocType.from_text(cit.number.type_name or "") is (doc_type)
    ):
        found.number = cit.number
        found.date = found.date or cit.date


# A body that sets its own plan going, named right before the verb ("Ủy ban MTTQ phường Sài
# Đồng triển khai kế hoạch ...", "Huyện ủy triển khai kế hoạch ..."), or a meeting that does so
# ("... tổ chức hội nghị (quán triệt,) triển khai kế hoạch ..."): a headline's or lead's plan.
# (... also one that draws it up: "Ban Thường trực Ủy ban MTTQ Việt Nam huyện xây dựng kế hoạch
# tổ chức Ngày hội ..."; made up, draw5/1018's shape.)
_SETS_GOING = re.compile(
    r"(?:(?<=\w)\s+|(?<!\w)hội\s+nghị\s+(?:quán\s+triệt\s*,?\s*)?)(?:triển\s+khai|xây\s+dựng)\s+"
    r"(?=kế\s+hoạch\s)",
    re.IGNORECASE,
)


# A body that "ra" (puts out) a document, named right before the verb ("Ban Bí thư ra chỉ thị về
# ...", "Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo ...", "Bộ Y tế ra công văn khẩn ..."), or a
# meeting that does ("... tổ chức hội nghị ra Nghị quyết lãnh đạo ..."): "ra" alone is too
# common a word ("diễn ra", "đưa ra") to be a verb of issuing anywhere else.
_PUTS_OUT = re.compile(r"(?:(?<=\w)\s+|(?<!\w)hội\s+nghị\s+)ra\s+", re.IGNORECASE)
# ... never an anniversary's ("70 năm ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái
# quốc"), nor one a body was asked or advised to make ("... xem xét và ra quyết định ...").
# (A day in figures is the lead's date: "Ngày 5/3 Ban Bí thư ra chỉ thị ...".)
_LEAD_MAX = 400
_DAY_OF = re.compile(r"(?<!\w)ngày\s+[^,.;:\d]*$", re.IGNORECASE)


def _issuing_verbs(line: str) -> list[re.Match[str]]:
    """The verbs of issuing in ``line`` (see _ISSUED, _PUTS_OUT)."""
    # (Only in a headline's or a lead's line: a page whose breaks were lost runs a headline on
    # into the text under it, "... nhiệm vụ năm 2024 Toàn cảnh hội nghị.", with no end to tell.)
    puts_out = [
        m
        for m in (_PUTS_OUT.finditer(line, 1) if len(line) <= _LEAD_MAX else ())
        if (m.group().lstrip()[:1] in "hH" or _body_ends(line[: m.start()]))
        and not _DAY_OF.search(line, 0, m.start())
        and not _ADVISED.search(line, max(0, m.start() - 120), m.start())
    ]
    passes = [m for m in _PASSES.finditer(line, 1) if _MEETS.search(line, 0, m.start())]
    return sorted([*_ISSUED.finditer(line, 1), *puts_out, *passes], key=lambda m: m.start())


# A conference or a session that adopts a resolution ("... tổ chức hội nghị nhằm thông qua Nghị
# quyết lãnh đạo thực hiện nhiệm vụ ... năm 2026."; made up, draw10/2110's shape): the page's
# own; never a draft ("thông qua dự thảo Nghị quyết ...": no resolution issued).
_PASSES = re.compile(r"(?<=\w)\s+(?:(?:đã|nhằm|để|vừa)\s+)?thông\s+qua\s+(?=Nghị\s+quyết\s)", re.I)
_MEETS = re.compile(r"(?<!\w)(?:hội\s+nghị|kỳ\s+họp|phiên\s+họp)(?!\w)", re.IGNORECASE)


def _setting_going(line: str) -> list[re.Match[str]]:
    """The verbs that set a plan going in ``line`` (see _SETS_GOING), after a body's name."""
    return [
        m
        for m in _SETS_GOING.finditer(line, 1)
        if m.group().lstrip()[:1] in "hH" or _body_ends(line[: m.start()])
    ]


# The words a body's name may end with in small letters: "Huyện ủy", "Ủy ban MTTQ xã", "Đảng ủy
# phường", "Tỉnh đoàn", "Chi bộ", "Liên đội", "Ủy ban".
_BODY_END_WORDS = frozenset(
    {"ủy", "uỷ", "xã", "phường", "huyện", "tỉnh", "quận", "đoàn", "bộ", "đội", "hội", "ban"}
)


# The words a body's name opens with, whatever it ends with: "Ban Bí thư", "Bộ Chính trị", "Bộ
# Thương mại", "Sở Y tế", "Ủy ban nhân dân tỉnh".
_BODY_HEADS = frozenset({"Ban", "Bộ", "Sở", "Ủy", "Uỷ", "UBND", "HĐND", "Cục", "Tổng", "Văn"})


def _body_ends(text: str) -> bool:
    """``text`` ends with a body's name ("Ủy ban MTTQ phường Sài Đồng", "Huyện ủy"); not a
    sentence's first word, whose capital says nothing ("Để triển khai kế hoạch ...").
    (Also a clause of a few words that opens with a body's kind, its name in capitals, ending
    in small letters: "Ban Bí thư", "Bộ Thương mại"; made up, draw6/1331's shape.)"""
    sentence = re.split(r"[.!?:;]\s+|[,(\-–]\s*", text)[-1].split()
    if not sentence:
        return False
    last = sentence[-1]
    if last in _BODY_END_WORDS or (last[:1].isupper() and len(sentence) > 1):
        return True
    return sentence[0] in _BODY_HEADS and 1 < len(sentence) <= 6 and sentence[1][:1].isupper()


def _lead_lines(lines: list[str], most: int) -> Iterator[tuple[int, str]]:
    """The page's first ``most`` lines of words (a headline, a lead), counted from 1, before any
    "Kính gửi" (from there the text is a document's own): a portal's counters and labels of two
    words or fewer are skipped."""
    seen = 0
    for line in lines[:30]:
        c = clean(line)
        if KINH_GUI.match(c):
            return
        if not c or NOISE.match(c) or len(c.split()) <= 2:
            continue
        seen += 1
        if seen > most:
            return
        yield seen, c


# A decision handed over or made known at an event, named without its number: "... tổ chức Hội
# nghị triển khai Quyết định của Ban Bí thư về việc điều động, bổ nhiệm ...", "... trao quyết
# định của Bộ Chính trị chuẩn y ông ...", "... công bố quyết định quan trọng của Bộ Chính trị
# về công tác nhân sự ...", "Bộ Chính trị vừa công bố quyết định chỉ định đồng chí ..." (made
# up; draw9/1925-1933's shapes). "các quyết định" (several) is not this shape.
_DECISION_ACT = (
    r"(?:chuẩn\s+y|chỉ\s+định|điều\s+động|bổ\s+nhiệm|phân\s+công|luân\s+chuyển|giới\s+thiệu"
    r"|(?:truy\s+|trao\s+)?tặng|công\s+nhận|thành\s+lập|kỷ\s+luật|khen\s+thưởng|cho\s+thôi)\s"
    # (... and an inspection, announced to the body inspected: "... công bố Quyết định kiểm tra,
    # giám sát năm 2026 đối với ..."; made up, draw10/2126's shape.)
    r"|kiểm\s+tra(?:,?\s+giám\s+sát)?[\s,]"
)
# The meeting's work with the body after the decision it announced ("... công bố quyết định kiểm
# tra, giám sát ... năm 2026 và làm việc với Ban Thường vụ ..."; draw10/2127's shape).
_WORKS_WITH = re.compile(r"\s+và\s+làm\s+việc\s+với\s", re.IGNORECASE)
# (... or a body that just decided such an act, the verb standing for the document: "Trung ương
# Đoàn ... vừa quyết định truy tặng huy hiệu ...", "UBND tỉnh vừa quyết định thành lập ..."; made
# up, draw9/1934's shape.)
# (Never "... đã quyết định kỷ luật ...": a discipline is most often decided at a meeting
# whose communiqué the page reports, a Thông báo, not the Quyết định.)
_HANDED_DECISION = re.compile(
    rf"(?<=\w)\s+(?:vừa|mới|đã)\s+quyết\s+định\s+(?!kỷ\s+luật\s)(?={_DECISION_ACT})"
    r"|(?<!\w)(?:trao|công\s+bố|triển\s+khai)\s+(?:toàn\s+văn\s+)?quyết\s+định"
    r"(?:\s+quan\s+trọng)?\s+(?:của\s+[A-ZĐÀ-Ỹ](?:[^,.;:()“\"]|\.(?=\S)){2,80}?\s+"
    rf"(?:(?P<about>về\s+việc\s+|về\s+)|(?={_DECISION_ACT}))|(?={_DECISION_ACT}))",
    re.IGNORECASE,
)


def _handed_decision(lines: list[str], found: Found) -> None:
    """Type and trích yếu of the one decision a news item's lead says was handed over or made
    known (see _HANDED_DECISION), where no number was read: the trích yếu runs to the end of
    the sentence. Only a lead's sentence, closed by its stop: a headline is the editor's words
    ("Công bố quyết định của Bộ Chính trị chuẩn y Bí thư Tỉnh ủy Thái Bình" over a lead "...
    triển khai Quyết định của Bộ Chính trị về công tác cán bộ."; draw9/1928)."""
    if found.number is not None or found.subject:
        return
    if found.doc_type not in (None, DocType.QUYET_DINH):
        return
    read: list[str] = []
    for _, c in _lead_lines(lines, 8):
        if c in read:
            continue  # (a tag page's label and headline repeated: one line each; draw9/1927)
        read.append(c)
        if len(read) > 4:
            return
        if enforced := _ENFORCES.search(c):
            if words := _enforced(c, enforced):
                found.doc_type, found.subject = DocType.QUYET_DINH, words
                found.date = found.date or lead_date(c, enforced.start(), found.posted)
            return
        m = _HANDED_DECISION.search(c)
        if m is None or not re.search(r"[.!]\s", c[m.end() :] + " "):
            continue
        end = _SENTENCE_END.search(c, m.end())
        said = _WORKS_WITH.split(c[m.end() : end.start() if end else len(c)], maxsplit=1)[0]
        words = _lead_words(said.rstrip(". "))
        found.doc_type = DocType.QUYET_DINH
        if words and not _EVENT_ACTS.search(words[0]):
            found.subject = words
        return


# A Party committee that decided to enforce a discipline ("Ngày 2/10/2023, ..., Ban Chấp hành
# Trung ương Đảng quyết định thi hành kỷ luật Cách tất cả các chức vụ trong Đảng đối với ...";
# made up, draw10/2130's, 2136's, 2138's shapes) did so by a Quyết định, "thi hành kỷ luật ..."
# its trích yếu (Hướng dẫn 36's and every such key's wording); the reason after it ("do đã vi
# phạm ...") is the page's account. Never an inspection commission's meeting ("Ủy ban Kiểm tra
# ... đã họp ... và quyết định thi hành kỷ luật ..."): its communiqué, a Thông báo, tells it.
_ENFORCES = re.compile(
    r"(?<=\w)\s+(?:(?:đã|vừa|mới)\s+)?quyết\s+định\s+(?=thi\s+hành\s+kỷ\s+luật\s)",
    re.IGNORECASE,
)
_WHY = re.compile(r",?\s+(?:do|vì)\s")
_MEETING = re.compile(r"(?<!\w)(?:Ủy\s+ban\s+Kiểm\s+tra|Uỷ\s+ban\s+Kiểm\s+tra|UBKT|họp)(?!\w)")


def _enforced(c: str, m: re.Match[str]) -> list[str]:
    """The trích yếu of the discipline a lead's sentence ``c`` says (at ``m``) a committee
    decided to enforce (see _ENFORCES), to the sentence's end or the reason given; none where a
    meeting of an inspection commission decided it."""
    if _MEETING.search(c, 0, m.start()):
        return []
    end = _SENTENCE_END.search(c, m.end())
    words = c[m.end() : end.start() if end else len(c)].rstrip(". ")
    return [_WHY.split(words, maxsplit=1)[0]]


# A lead's document named by its type in small letters after a body's verb, the words after it
# to the sentence's end: "... UBND huyện Lấp Vò có văn bản tạm dừng hoạt động ...".
_TYPED_WORDS = re.compile(
    r"(?<=\w)\s+(?:(?:đã|vừa|mới)\s+)?(?:có|ban\s+hành|ra|ký)\s+(?P<t>văn\s+bản|công\s+văn"
    r"|thông\s+báo|chỉ\s+thị|kế\s+hoạch|quyết\s+định|công\s+điện|hướng\s+dẫn)\s+"
    r"(?P<w>[a-zđà-ỹ][^.;:!?]{10,250}?)\s*(?:[.!?](?:\s|$)|$)"
)


def _echoed_teaser(lines: list[str], found: Found) -> None:
    """Type and trích yếu of a teaser whose lead names its document by its type and then the
    headline's very words to the sentence's end: "Tạm dừng hoạt động các chợ tự phát ..." over
    "... UBND huyện Lấp Vò có văn bản tạm dừng hoạt động các chợ tự phát ... ." (made up;
    draw6/1352's shape): headline and lead agree on the words ("văn bản", a state body's letter,
    is a Công văn). A lead that goes on past them leaves it to fill (see _titled_apart)."""
    if found.number is not None or found.subject or found.doc_type is not None:
        return
    read: list[str] = []
    for _, c in _lead_lines(lines, 6):
        if c in read:
            continue
        read.append(c)
        if len(read) > 4:
            return
        m = _TYPED_WORDS.search(c)
        if m is None:
            continue
        said = fold(m["w"]).rstrip(" .")
        for title in read[:-1]:
            bare = _PLACE_COLON.sub("", title).rstrip(" .")
            if fold(bare) == said and len(said.split()) >= 4:
                kind = " ".join(m["t"].split()).casefold()
                found.doc_type = DocType.from_text("Công văn" if kind == "văn bản" else kind)
                found.subject = [m["w"].rstrip(" .")]
                return


# A lead quoting a document's whole title, its type then its trích yếu, its issuer after the
# quote: '"Lời kêu gọi phòng chống dịch Covid-19" của Bí thư Tỉnh uỷ ...'.
_QUOTED_NAMED = re.compile(
    rf"[“\"](?P<t>{_TYPE_ALT})\s+(?P<s>[a-zđà-ỹ][^“”\"]{{8,200}}?)[”\"]\s+của\s+[A-ZĐÀ-Ỹ]"
)


# ... and an appeal named so without quotes, opening a paragraph: "Lời kêu gọi toàn dân chống
# đại dịch Covid-19 của Tổng Bí thư, Chủ tịch nước như là ..." (made up; draw9/1919's shape).
_APPEAL_NAMED = re.compile(
    r"(?P<t>Lời\s+kêu\s+gọi|Thư\s+kêu\s+gọi)\s+(?P<s>[a-zđà-ỹ][^.;:“”\"]{8,150}?)\s+của\s+"
    r"[A-ZĐÀ-Ỹ]"
)


def _quoted_named(lines: list[str], found: Found) -> None:
    """Type and trích yếu of the document a lead quotes by its whole title and names the
    issuer of after it (see _QUOTED_NAMED; made up, draw9/1918's shape), where no number, type
    or trích yếu was read: the quotes mark where the title ends."""
    if found.number is not None or found.subject or found.doc_type is not None:
        return
    for _, c in _lead_lines(lines, 4):
        if m := _QUOTED_NAMED.search(c) or _APPEAL_NAMED.match(c):
            found.doc_type = DocType.from_text(m["t"])
            found.subject = [m["s"].rstrip(" ,.")]
            return


def read_set_going(lines: list[str], found: Found) -> None:
    """The plan a news item's headline or lead says a body set going, where no document was
    named by its number: "Ủy ban MTTQ xã Mỹ Thạnh triển khai kế hoạch tổ chức “Ngày hội ...”
    ...", "... tổ chức hội nghị triển khai kế hoạch chuẩn bị Đại hội ...". The page reports on
    that plan, which has no number here (tests/fixtures/real/README.md, draw3 545, 547, 552):
    its type, and its trích yếu as _issued_type reads it. Also the trích yếu alone where a lead
    gave the plan's type without it ("Huyện ủy triển khai kế hoạch tuyên truyền ..." over "...,
    Huyện ủy đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.")."""
    _handed_decision(lines, found)
    _echoed_teaser(lines, found)
    _quoted_named(lines, found)
    if found.doc_type not in (None, DocType.KE_HOACH) or found.subject:
        return
    headlined = found.doc_type is not None  # (see _issued_type: the type is matched, not set)
    for seen, c in _lead_lines(lines, 3):
        headlined = _issued_type(c, found, seen, lines[:12], again=headlined, verbs=_setting_going)
    if found.subject and _numbered_plan(lines[:12]):
        # "... tổ chức hội nghị triển khai Kế hoạch tổ chức Đại hội các Chi bộ trực thuộc nhiệm
        # kỳ 2022 - 2025." over "Hội nghị đã triển khai Kế hoạch số 62-KH/ĐU, ngày ... về tổ chức
        # Đại hội chi bộ trực thuộc, nhiệm kỳ 2022 - 2025; ..." (made up; draw8/1702's shape):
        # the set-going words are the page's own; the plan's are not sure. Left to fill.
        found.subject = []


def _numbered_plan(top: list[str]) -> bool:
    """A plan named with its number and its "về" (only its day, issuer or addressees between)
    among the page's first lines."""
    for line in top:
        c = clean(line)
        for cit in find_citations(c):
            about = _LEAD_ABOUT.search(c, cit.number_end)
            if (
                DocType.from_text(cit.type_name or cit.number.type_name or "") is DocType.KE_HOACH
                and about is not None
                and _names_only(c[cit.number_end : about.start()])
            ):
                return True
    return False


# A body that guides, in a lead: "Ban Thường trực Ủy ban MTTQ tỉnh ... hướng dẫn việc tổ chức
# Ngày hội ...", "Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn tuyên truyền ...".
_GUIDES = re.compile(
    r"\s(?:(?:đã|vừa|mới)\s+)?(?:(?:có|ban\s+hành)\s+văn\s+bản\s+)?hướng\s+dẫn\s+(?:việc\s+)?"
    # (Not whom it guides: "hướng dẫn các trường ...", "hướng dẫn toàn Đoàn ...".)
    r"(?!(?:số|các|toàn|cho|này)\b)(?P<s>[a-zđà-ỹ][^.;:!?]*)(?P<end>[.;:!?]|$)",
    re.IGNORECASE,
)
# A state body guides by a công văn (Nghị định 30/2020): its guidance is no Hướng dẫn here.
_STATE_BODY = re.compile(
    # ("Bộ Chính trị" is the Party's.)
    r"(?<!\w)(?:Sở|Phòng|UBND|Ủy\s+ban\s+nhân\s+dân|Bộ(?!\s+Chính\s+trị)|Cục|Tổng\s+cục|Văn\s+phòng\s+Chính\s+phủ"
    r"|Chính\s+phủ|Thủ\s+tướng)(?:\s|$)"
)


# A body's guidance and the number it goes by, in one sentence: "Ban Thường vụ Trung ương Đoàn
# hướng dẫn toàn Đoàn thực hiện ... theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013.".
_GUIDE_VERB = re.compile(r"\s(?:(?:đã|vừa|mới)\s+)?hướng\s+dẫn\s", re.IGNORECASE)
_BY = re.compile(r"(?<!\w)theo\s+$", re.IGNORECASE)


def _guided_by_number(c: str, found: Found) -> bool:
    """The page's own Hướng dẫn, the body's guidance going by its number (see _GUIDE_VERB)."""
    for sentence in re.split(r"(?<=[.!?])\s+", c):
        verb = _GUIDE_VERB.search(sentence)
        if verb is None or not _body_ends(sentence[: verb.start()]):
            continue
        cits = [x for x in find_citations(sentence) if x.start > verb.start()]
        own = [x for x in cits if x.number.type_code == "HD" and _BY.search(sentence, 0, x.start)]
        if len(cits) == 1 and own:
            found.number, found.date = own[0].number, own[0].date
            found.doc_type = DocType.HUONG_DAN
            return True
    return False


def read_guided(lines: list[str], found: Found) -> None:
    """The Hướng dẫn a news item's lead says a Party or mass body gave (see _GUIDES), where
    nothing named the page's document: its type, and its trích yếu where the sentence ends
    without a comma (the end clear)."""
    if found.doc_type is not None or found.subject:
        return
    for _, c in _lead_lines(lines, 5):
        if _guided_by_number(c, found):
            return
        m = _GUIDES.search(c)
        if m is None or not _body_ends(c[: m.start()]) or _STATE_BODY.search(c[: m.start()]):
            continue
        found.doc_type = DocType.HUONG_DAN
        words = m["s"].strip()
        # (A number among the words names a document the sentence goes on to: no trích yếu.)
        if (
            m["end"] in (".", "")
            and not re.search(r",|(?<!\w)số\s*\d", words)
            and 12 <= len(words) <= 200
        ):
            found.subject = _lead_words(words)
        return


# A state body's letter a lead names without number: "Văn phòng Chính phủ vừa có văn bản truyền
# đạt ý kiến chỉ đạo của Thủ tướng ... về việc xử lý ...", "UBND tỉnh vừa có văn bản gửi HĐND
# tỉnh ...". A state body writes by công văn (Nghị định 30/2020, Phụ lục III).
_STATE_LETTER = re.compile(
    r"\s(?:vừa|đã|mới)\s+(?:có|gửi|ban\s+hành)\s+văn\s+bản\s+(?!số\b)", re.IGNORECASE
)
_MARKED = re.compile(r"\s(?:về\s+việc|v/v)\s+", re.IGNORECASE)


# Whom a letter went to and nothing else, before its bare "về": "... vừa có văn bản gửi UBND
# các tỉnh, thành phố trực thuộc Trung ương về công tác quản lý ..." (made up; draw8/1809's
# shape); never a verb of what it asks or does ("... gửi các tỉnh đề nghị tăng cường ... về",
# "... gửi các xã triển khai ... về").
# (An abbreviation's dot stands among them: "Ban cán sự Đảng UBND TP.HCM".)
_ADDRESSED = re.compile(
    r"gửi\s+(?:(?!(?:đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|hướng\s+dẫn|thông\s+báo|giao|triển\s+khai"
    r"|thực\s+hiện|báo\s+cáo|đồng\s+ý|cho\s+phép|về)\b)"
    r"(?:[^.;:!?“\"(]|\.(?=\S)))+?",
    re.IGNORECASE,
)
_BARE_ABOUT = re.compile(r"\svề\s+", re.IGNORECASE)


def _sent_about(c: str, start: int) -> re.Match[str] | None:
    """The bare "về" of a letter named at ``start`` that only whom it went to stands before."""
    about = _BARE_ABOUT.search(c, start)
    if about is None or not _ADDRESSED.fullmatch(c, start, about.start()):
        return None
    return about


def read_state_letter(lines: list[str], found: Found) -> None:
    """The công văn a news item's lead says a state body sent (see _STATE_LETTER), where nothing
    named the page's document: its type, and its trích yếu after "về việc" to the sentence's
    end."""
    if found.doc_type is not None or found.subject:
        return
    for _, c in _lead_lines(lines, 5):
        m = _STATE_LETTER.search(c)
        if m is None or not _STATE_BODY.search(c[: m.start()].rsplit(". ", 1)[-1]):
            continue
        found.doc_type = DocType.CONG_VAN
        marked = _MARKED.search(c, m.end()) or _sent_about(c, m.end())
        if marked and not _NEXT_SENTENCE.search(c, m.end(), marked.start()):
            stop = _SENTENCE_END.search(c, marked.end())
            if stop is not None and (stop[0].startswith(".") or stop.end() == len(c)):
                found.subject = _lead_words(c[marked.end() : stop.start()])
        return


# A list's heading and the line under it naming the document it is attached to: "DANH SÁCH" /
# "Nông dân được bình chọn ..." / "(Kèm theo Quyết định số 4843 - QĐ/HNDT của Ban Thường vụ
# ...)" (a decision's annex: the list of those it rewards, appoints or approves).
_LIST_HEADING = re.compile(r"^(?:DANH\s+SÁCH|PHỤ\s+LỤC|BIỂU)\b")
_ANNEXED = re.compile(r"^\(\s*(?:Ban\s+hành\s+)?[Kk]èm\s+theo\s+$")


def read_annexed(lines: list[str], found: Found) -> None:
    """The document a page's list is attached to, where nothing else named the page's: a page
    carrying a decision's list (see _LIST_HEADING, _ANNEXED) is about that decision. Not an
    annex with a document's own heading ("QUY ĐỊNH" / "(Ban hành kèm theo Quyết định số ...)"):
    that annex is a document of its own (draw3 640)."""
    content = [c for x in lines[:80] if (c := clean(x))]
    for i, c in enumerate(content):
        if not _LIST_HEADING.match(c):
            continue
        for line in content[i + 1 : i + 4]:
            cits = find_citations(line)
            if cits and _ANNEXED.match(line[: cits[0].start]) and cits[0].type_name:
                found.number, found.date = cits[0].number, cits[0].date
                found.doc_type = _cited_type(cits[0])
                return
        return


# A plan named without a number as what the page's opening rests on: "Thực hiện kế hoạch tổ
# chức Đại hội ... của Ban Thường vụ Huyện đoàn.", "Căn cứ kế hoạch của HĐĐ ... về việc ...",
# "TP - Theo kế hoạch của Ban Bí thư T.Ư Đoàn về việc ..." (a paper's tag before the lead). Not
# "Theo kế hoạch, lịch tiếp ... là vào ngày ...": "as planned", no document.
_PLAN_GROUND = re.compile(
    r"(?:^|[.;:,]\s+|\)\s*-?\s*|\w\s+-\s+)(?:thực\s+hiện|căn\s+cứ(?:\s+vào)?|theo)\s+(?:các\s+)?"
    r"kế\s+hoạch\s+(?!số\b|\d)(?-i:[a-zđà-ỹ])",
    re.IGNORECASE,
)


# The page's own act of another type than a plan, introducing its content: "... báo cáo kết quả
# như sau:", "... thông báo:", "... hướng dẫn cụ thể như sau:"; or a letter's request ("...,
# Phòng Giáo dục đề nghị các trường ...": a công văn).
_OTHER_ACT = re.compile(
    r"(?<!\w)(?:báo\s+cáo|thông\s+báo|hướng\s+dẫn|tổng\s+kết|sơ\s+kết)\b[^.;]{0,120}?"
    r"(?:\snhư\s+sau|:)|(?<!\w)(?:đề\s+nghị|yêu\s+cầu)\s+(?:các|toàn\s+thể)\s",
    re.IGNORECASE,
)


def read_plan_ground(lines: list[str], found: Found) -> None:
    """The type of a page whose opening rests on a plan named without a number (see
    _PLAN_GROUND), where nothing else named the page's document: a report on the event the plan
    set going, or a grassroots unit's plan made to carry out a higher one ("Căn cứ kế hoạch nhiệm
    vụ năm học ... của Liên đội ...; Nay Ban phụ trách đề ra kế hoạch ..."). Either way a plan;
    its trích yếu is not the ground's words (a higher plan's), so it is left to fill."""
    if found.doc_type is not None or found.subject:
        return
    for _, c in _lead_lines(lines, 5):
        if _OTHER_ACT.search(c):
            return  # "Thực hiện kế hoạch ..., trường báo cáo kết quả như sau:": a report
        if _PLAN_GROUND.search(c):
            found.doc_type = DocType.KE_HOACH
            return


def _issued_words(after: str, doc_type: DocType | None, *, capital: bool = False) -> list[str]:
    """The trích yếu after an issued document's type (see _issued_type), or none; opening with
    a capital only where ``capital`` (a longer type's word: "thông báo Kết luận của ...")."""
    words = _URGENT.sub("", after.strip())
    if (sent := _sent_about(words, 0)) is not None:
        # "... vừa ban hành công văn gửi Ban cán sự Đảng UBND TP.HCM, ..., các Quận ủy, Huyện ủy
        # về tăng cường ..." (made up; draw6/1205's shape): whom it went to, then its "về".
        words = words[sent.start() :].lstrip()
    if quoted := _QUOTED_TITLE.match(words):
        # "... vừa có Thư ngỏ "San sẻ yêu thương cùng miền Trung," kêu gọi ...": the title in
        # quotes right after the type, its end marked by the closing quote (the comma inside it
        # is the sentence's); keyed without its outer quotes (tests/fixtures/real/README.md).
        return [quoted["q"].rstrip(' ,.;:”"').rstrip(" ,.;:")]
    # "Nghị quyết chuyên đề về phát triển ...": a thematic resolution, its trích yếu after "về".
    words = re.sub(r"^chuyên\s+đề\s+(?=về\s)", "", words, flags=re.IGNORECASE)
    stop = _SENTENCE_END.search(words)
    while (
        stop is not None
        and stop.group().lstrip(" ,").startswith("ngày")
        and (_DATES_OTHER.search(words, 0, stop.start()))
    ):
        # "... thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về ...": the
        # day dates the document the trích yếu names; it does not end it.
        stop = _SENTENCE_END.search(words, stop.end())
    subject = words[: stop.start() if stop else len(words)].strip()
    if issuer := _ISSUER_ABOUT.match(subject):
        # "... ban hành Nghị quyết của Bộ Chính trị “về tăng cường ... đến năm 2020”.": the
        # issuer named before the "về", the quote opened there closes the trích yếu.
        subject = subject[issuer.end() :]
        if issuer["q"]:
            if "”" not in subject and '"' not in subject:
                return []
            subject = re.split(r"[”\"]", subject, maxsplit=1)[0]
    about = _LEAD_ABOUT.match(f" {subject}")
    if about:
        subject = f" {subject}"[about.end() :]
    elif theme := _THEMED.search(subject):
        # Without "về" the words are the page's own account of the document, and a campaign's
        # theme after them ("... kế hoạch tổ chức chiến dịch ... hè 2020 với chủ đề “...”") the
        # page's too; after "về việc" the trích yếu may hold it (dev/219).
        subject = subject[: theme.start()]
    if (
        (subject[:1].islower() or (capital and not about))
        # (A notice's conclusions name who and where in full: longer than other trích yếu.)
        and 12 <= len(subject) <= (300 if capital else 200)
        and not _ASKS.match(subject)
        # "... vừa ra lời kêu gọi các cơ quan, đơn vị, ... ủng hộ Quỹ ...": an appeal's
        # words name whom it calls on first, not its trích yếu.
        and not (doc_type in _APPEALS and not _CALLED_FOR.match(subject))
        # After "về việc" the subject is marked; else it must end the sentence, or a clause
        # of purpose or the addressees must follow it (", nhằm ...", "... tới Ủy ban ...").
        and (about or stop is None or _CLAUSE_AFTER.fullmatch(stop.group().strip(" ,")))
    ):
        return _lead_words(subject)
    return []


# A title in quotes right after an issued document's type: "Thư ngỏ “...”", 'Thư ngỏ "..."'.
# (Only where the quote ends the title: at the sentence's punctuation, inside the quote or after
# it; not "“Tháng nhân đạo” năm 2019", a quoted name the title goes on after.)
_QUOTED_TITLE = re.compile(r"[“\"](?P<q>[^“”\"]{8,200}(?:[,.;:][”\"]|[”\"]\s*(?:[,.;:]|$)))")
_APPEALS = frozenset({DocType.LOI_KEU_GOI, DocType.THU_KEU_GOI})
# What an appeal calls for, opening its trích yếu ("Thư kêu gọi ủng hộ đồng bào ...", "Lời kêu
# gọi hưởng ứng phong trào ..."); anything else first is whom it calls on ("... đã có Thư kêu
# gọi cán bộ, công chức ... khẩn cấp ủng hộ ...", heldback/123; "... các cơ quan, đơn vị ...").
_CALLED_FOR = re.compile(
    r"(?:ủng\s+hộ|hưởng\s+ứng|chung\s+tay|quyên\s+góp|giúp\s+đỡ|chia\s+sẻ|tham\s+gia)\s",
    re.IGNORECASE,
)
# The issuer between an issued document's type and its "về", a quote perhaps opening there: "...
# Nghị quyết của Bộ Chính trị “về tăng cường ...”".
_ISSUER_ABOUT = re.compile(r"của\s+(?:[^\s“\"”,.;]+\s+){1,8}?(?P<q>[“\"])?(?=về\s)")
_THEMED = re.compile(r"\s+với\s+chủ\s+đề\s")
_ASKED = re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị)\s+(?:các|toàn\s+thể)\s", re.IGNORECASE)


def _capital_inside(text: str, name: str) -> bool:
    """``text`` writes the type ``name`` in small letters but a later word of it with a capital:
    "thông báo Kết luận của Phó Thủ tướng ..." is a Thông báo whose trích yếu opens with
    "Kết luận", not a Thông báo kết luận."""
    words = text[: len(name)].split()
    return text[:1].islower() and any(w[:1].isupper() for w in words[1:])


def _type_ending(text: str) -> str:
    """The type name that ``text`` ends with ("... ký Nghị quyết liên tịch "), or "".

    Matched without marks: a web copy may lose one ("18-2019-TT-BGDĐT Thông tu ban hành quy
    định ...": the Thông tư that enacts the Quy định)."""
    folded = fold(text.rstrip())
    return next((t for t in _TYPE_BY_LENGTH if folded.endswith(" " + fold(t))), "")


def _joint_name(name: str, rest: str) -> str:
    """ "Chương trình phối hợp" only where its trích yếu follows "về" or "giữa" ("ký kết Chương
    trình phối hợp về “Đẩy mạnh ...”"); "chương trình phối hợp hoạt động khuyến học ..." is a
    Chương trình whose trích yếu opens with the verb "phối hợp" (keys 32, unseen/458)."""
    if not name.casefold().endswith(" phối hợp"):
        return name
    after = rest[len(name) :].lstrip().casefold()
    return name if after.startswith(("về ", "giữa ")) else name[: -len(" phối hợp")]


# "ngày 26/3/2020", "Ngày 28-9", "ngày 25/8": the day a lead says the document was issued.
_LEAD_DAY = re.compile(
    # A doubled separator is a typing slip: "Ngày 22/11//2022".
    # ... or a part of the day for "ngày": "Sáng 16.4, Hội Nông dân ... đã ký kết ...".
    # ... or "hôm nay" / "nay" with it: "chiều hôm nay 18 tháng 8 năm 2016, Thủ tướng ... đã ký",
    # and "hôm qua": "Phó chủ tịch UBND tỉnh ... hôm qua 1.3 đã ký quyết định về việc ...".
    r"(?<!\w)(?:ngày|(?:sáng|chiều|trưa|tối)(?=\s+\d{1,2}\s*[/.-]\s*\d)"
    r"|(?:(?:sáng|chiều|trưa|tối)\s+)?(?:hôm\s+qua|(?:hôm\s+)?nay)(?=\s+\d{1,2}(?:\s*[/.-]\s*\d|\s+tháng)))"
    r"\s+(?P<d>\d{1,2})"
    r"(?:\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})"
    r"(?:\s*(?P=sep){1,2}\s*(?P<y>(?:19|20)\d\d))?(?![\d/.-])"
    # ... or in words: "Ngày 27 tháng 5 năm 2022, đồng chí ... đã ký ban hành Công văn số ...".
    r"|\s+tháng\s+(?P<wm>\d{1,2})\s+năm\s+(?P<wy>(?:19|20)\d\d)(?!\d))",
    re.IGNORECASE,
)


# What stands before a day that dates another document: its number or its type word ("số
# 16-CTr/TU ngày ...", "Công điện ngày 28/7/2020").
_DATES_OTHER = re.compile(
    r"(?:\d[\w/.\-]*[A-ZĐa-z]|\b(?:"
    + "|".join(sorted(map(re.escape, TYPE_WORDS), key=len, reverse=True))
    + r"))\s*,?\s*$",
    re.IGNORECASE,
)


# A body telling the paper, right before the lead's day, of a signing "vừa" (lately): "Cục ...
# thông tin, chiều 10-1, Cục trưởng ... vừa ký Quyết định số 07 ..." (made up; draw6/1361's
# shape). The day is the news's, the signing before it: no day of the document's. ("... cho
# biết, ngày 5/3, Sở đã ký ..." dates the signing.)
_TOLD = re.compile(
    r"(?<!\w)(?:thông\s+tin|cho\s+biết|cho\s+hay)\s*[,:]\s*(?:vào\s+)?$", re.IGNORECASE
)
_LATELY = re.compile(r"(?<!\w)(?:vừa|mới)\s", re.IGNORECASE)
# A body that tells, after the lead's day, that it issued the document ("Ngày 11-1, Liên đoàn
# Lao động ... cho biết đã ban hành kế hoạch ..."; made up, draw10/2125's shape): the day is the
# telling's, the document's own is not in the text.
_TELLS_AFTER = re.compile(r"(?<!\w)(?:cho\s+biết|cho\s+hay)\b", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(rf"(?<!\w){PORTAL_DAY}\s*[,:\-–]?\s*$", re.IGNORECASE)


def lead_date(line: str, end: int, posted: dt.date | None) -> dt.date | None:
    """The date in a lead's sentence before ``end``; without a year, the page's posting year.

    A news item writes "Ngày 28-9, Văn phòng Trung ương ban hành ..." under its own stamp
    ("2025-09-28"): the day is the document's, the year the stamp's when the day falls within
    four months before it (a January post on a December document takes the year before).
    """
    start = max((m.end() for m in re.finditer(r"[.;!?](?:\s|$)", line[:end])), default=0)
    # The day nearest the document, not one that dates another document named before it
    # ("Thực hiện Chương trình số 16-CTr/TU ngày 25/3/2008 ..., ngày 13/5/2011, UBND huyện ban
    # hành Kế hoạch số 42/KH-UBND").
    # (Nor a portal's day, its weekday or "Hôm nay" before it: "Thứ Tư, ngày 1 tháng 4 năm 2020"
    # opening a page whose breaks were lost.)
    days = [
        d
        for d in _LEAD_DAY.finditer(line, start, end)
        if not _DATES_OTHER.search(line, 0, d.start())
        and not _WEEKDAY_BEFORE.search(line, 0, d.start())
    ]
    m = days[-1] if days else None
    if m is None or (_TOLD.search(line, 0, m.start()) and _LATELY.search(line, m.end(), end)):
        return None
    if _TELLS_AFTER.search(line, m.end(), end):
        return None
    day, month = int(m["d"]), int(m["m"] or m["wm"])
    written = m["y"] or m["wy"]
    years = [int(written)] if written else [posted.year, posted.year - 1] if posted else []
    for year in years:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        if written or (posted is not None and 0 <= (posted - date).days <= 120):
            return date
    return None


# A notice's own opening in a copy without its header: "Ban Thường vụ Đoàn trường thông báo đến
# các cơ sở Đoàn về việc huy động lực lượng ... cụ thể như sau:".
_NOTICE_AS_FOLLOWS = re.compile(
    r"(?<!\w)thông\s+báo\s+(?:đến|tới|cho)\s+[^.;:]{3,150}?\s+về\s+việc\s+(?P<s>[^;:]{10,400}?)"
    r"\s*,?\s+(?:cụ\s+thể\s+)?như\s+sau\s*:",
    re.IGNORECASE,
)


def _as_follows(line: str, found: Found) -> bool:
    """Type and subject from a document's own "... xây dựng Kế hoạch ... như sau:" (see above),
    or a notice's own "... thông báo đến ... về việc ... như sau:" (see _NOTICE_AS_FOLLOWS)."""
    if (notice := _NOTICE_AS_FOLLOWS.search(line)) and found.doc_type in (None, DocType.THONG_BAO):
        found.doc_type = DocType.THONG_BAO
        if not found.subject:
            found.subject = _lead_words(notice["s"])
        return True
    for m in _LEAD_AS_FOLLOWS.finditer(line):
        rest = m["rest"]
        name = next(
            (t for t in _TYPE_BY_LENGTH if rest.casefold().startswith(t.casefold() + " ")), None
        )
        if name is None:
            continue
        if found.doc_type is None:
            found.doc_type = DocType.from_text(name)
        subject = rest[len(name) :].strip()
        if not found.subject and not re.match(r"(?i)số\b", subject):
            found.subject = _lead_words(subject)
        return True
    return False


# A page's title that names the document: "Đề cương tuyên truyền kỷ niệm 83 năm ...", "Thư ngỏ
# hưởng ứng “Tháng cao điểm Vì người nghèo”", "Thư cảm ơn của Ban Thường trực ...".
_TITLE_ABOUT = re.compile(r"\s(?:về\s+việc|về|v/v)\s+(?P<s>\S.*)$", re.IGNORECASE)
# "Thông báo v/v ủng hộ ...", "Thông báo về việc ...": the subject's mark right after the type (a
# bare "về" there is the title's own paraphrase: "Công văn về ủng hộ đồng bào ...").
_TITLE_MARK = re.compile(r"(?:về\s+việc|v/v)\s+(?P<s>\S.*)$", re.IGNORECASE)
# (... but a communiqué's own title: "Thông cáo báo chí về ngày làm việc thứ hai ...".)
_COMMUNIQUE_ABOUT = re.compile(r"về\s+(?P<s>[^\W\d_].{10,})$", re.IGNORECASE)
# A title's date of the document itself: right after the type, its bare number, an urgency word
# or the issuer, before any subject ("Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc
# ...", "Thông báo Khẩn ngày 18/10/2020"); a date further on is the subject's own ("Thông báo
# nghỉ học thứ 2 ngày 26/11/2018" names the day off).
_TITLE_DATE = re.compile(
    r"(?:số\s+)?(?:\d+\s+)?(?:khẩn\s+|hỏa\s+tốc\s+|hoả\s+tốc\s+)?(?:của\s+[^,;:.]{3,80}?\s+)?"
    r"ngày\s+(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<y>(?:19|20)\d\d)"
    r"(?!\d)\s*(?:$|,|về\b|v/v\b)",
    re.IGNORECASE,
)
_TYPE_BY_LENGTH = sorted((t.value for t in DocType), key=len, reverse=True)


# A legal-text site's title: the number, the issuer's place maybe, the year, the trích yếu.
# (Never with the site's menu glued on, a page whose breaks were lost: "... tiêu cực • Thuộc tính
# • Nội dung • VB gốc ...".)
# (... the place also without "của", the trích yếu also opening with an abbreviation in capitals:
# "Quyết định 4207/QĐ-UBND Nghệ An 2023 TTHC lĩnh vực nuôi con nuôi", "Quyết định 439/QĐ-TTg
# 2023 BCĐ quản lý vị trí việc làm ..."; made up, draw9/2016's, 2033's shapes.)
_TITLE_YEAR = re.compile(
    r"^(?:số\s+)?\S*\d\S*\s+(?:(?:của\s+)?(?:[A-ZĐÀ-Ỹ]\w*\s+){1,4})?(?:năm\s+)?(?:19|20)\d\d\s+"
    r"(?P<s>(?:[A-ZĐ]{2,6}\s+)?[a-zđà-ỹ][^\n•|»]{10,250})$"
)
_YEARLY = frozenset({DocType.KE_HOACH, DocType.CHUONG_TRINH})
# A legal-text site's title ends with who issued the document: "Thông báo 117/TB-VPCP về ý kiến
# kết luận của Phó Thủ tướng ... do Văn phòng Chính phủ ban hành" (the site's words).
_ISSUED_BY_TAIL = re.compile(r"\s+do\s+[^.;]{2,120}?\s+ban\s+hành\s*$", re.IGNORECASE)


def _notice_first(name: str | None) -> str | None:
    """A title's type name, "Thông báo kết luận" read as "Thông báo": "Thông báo kết luận của
    Phó Thủ tướng ... tại cuộc họp ..." (made up; draw10/2213's shape) is a Thông báo, "kết luận
    của ..." opening its trích yếu (see _cited_type), whole."""
    if name and DocType.from_text(name) is DocType.THONG_BAO_KET_LUAN:
        return name[: -len(" kết luận")]
    return name


def read_title(lines: list[str], found: Found) -> None:
    """The type (and maybe the subject) from a title line at the top, where no heading gave it.

    A line opening with a type name, in sentence case, among the first lines of the page: the
    type is the document's. Its subject is taken only after "về" ("Lời kêu gọi của ... về ...");
    the other words of a title are the editor's paraphrase as often as the trích yếu ("Thư kêu
    gọi quyên góp ..." over a letter that has none), so they are left for the editor to fill.
    """
    seen = 0
    for line in lines:
        c = clean(line)
        if not c or NOISE.match(c):
            continue
        seen += 1
        if seen > 6:
            return
        if presented := _presented_type(c):
            found.doc_type = found.doc_type or presented
            return
        name = _notice_first(_title_type(c))
        # (A line opening in small letters is a wrapped sentence's rest, "Thực hiện" /
        # "chương trình công tác Đoàn ...; Thực" / "hiện Hướng dẫn số ...", never a title.)
        if len(c) > 250 or is_caps(c) or name is None or c[:1].islower():
            continue
        rest = re.sub(r"^:\s*", "", c[len(name) :].strip())
        if DocType.from_text(name) is DocType.THONG_CAO:
            rest = _COMMUNIQUE_KIND.sub("", rest)  # "Thông cáo báo chí ngày làm việc ..."
        if c.endswith((".", ":", "!", ";")) and not (c.endswith(".") and _marked_title(rest)):
            # A sentence, not a title; but "THÔNG BÁO Về việc ... ." is a title closed by a stop,
            # also with its issuer before the mark ("Chỉ thị của Chủ tịch Ủy ban nhân dân tỉnh về
            # việc tiếp tục ... ."): only its issuer and "về việc" follow the type.
            continue
        rest = rest.rstrip(". ") if c.endswith(".") else rest
        rest = _ISSUED_BY_TAIL.sub("", rest)
        if found.doc_type not in (None, DocType.from_text(name)) or _headed_otherwise(lines, name):
            return  # the title names another type than the document gives itself
        found.doc_type = DocType.from_text(name)
        if found.date is None and (dated := _TITLE_DATE.match(rest)):
            found.date = _date_of(dated)
        if found.subject:
            return
        if found.doc_type is DocType.THONG_BAO and re.match(r"kết\s+luận\s+của\s", rest):
            found.subject = [rest]  # (a "về" in it is the conclusions' matter, see above)
        elif dated_title := _TITLE_YEAR.match(rest):
            # "Hướng dẫn 25-HD/BCĐTW 2022 một số nội dung về ...", "Quyết định 3109/QĐ-UBND của
            # Bình Phước năm 2021 thủ tục hành chính ...": a legal-text site's title, its number
            # and year, then the trích yếu in small letters. (Not a yearly plan's or programme's:
            # its own trích yếu most often ends with the year the site moved before it, "Kế
            # hoạch 64-KH/TWĐTN-CTTN 2023 tổ chức các hoạt động hè ..." for "... thiếu nhi năm
            # 2023"; draw6/1290's shape: left to fill.)
            if found.doc_type not in _YEARLY or re.search(r"(?:19|20)\d\d", dated_title["s"]):
                found.subject = [dated_title["s"]]
        elif found.doc_type is DocType.THONG_CAO and (own := _COMMUNIQUE_ABOUT.match(rest)):
            # "Thông cáo báo chí về phiên bế mạc Hội nghị lần thứ 11 ..." (made up; draw9/1910's
            # and 1911's shape): a communiqué is titled so by its issuer, its bare "về" its own.
            found.subject = [own["s"]]
        elif about := _TITLE_MARK.match(rest) or _TITLE_ABOUT.search(rest):
            # Not where other words stand before the "về" ("Hướng dẫn 25-HD/BCĐTW 2022 một số nội
            # dung về công tác ..."): it is inside the trích yếu, whose start is not sure.
            if _title_names_only(rest[: about.start()]):
                # (A title closed by a stop is a sentence: it may run on past its trích yếu as a
                # lead's does, see _lead_words.)
                found.subject = _lead_words(about["s"]) if c.endswith(".") else [about["s"]]
        elif sep := re.match(r"^[-–:]\s+(?P<s>\S.{5,})$", rest):
            # "Thư ngỏ - Vận động ủng hộ ...": the title gives the trích yếu after a separator.
            found.subject = [sep["s"]]
        elif (
            _TITLE_WORDS.match(rest)
            and found.doc_type not in _LETTER_TYPES
            and not _cut_short(rest, lines)
        ):
            # "Kế hoạch tổ chức Hội thi xe tuyên truyền ...", "Giấy mời dự Lễ phát động ...": a
            # document's own title, its type then its trích yếu in small letters (a letter's
            # title is the page's paraphrase: "Thư kêu gọi quyên góp ...").
            found.subject = [rest]
        _title_number(found)
        return


# A portal's title that gives the number in a bracket after the trích yếu: "Quyết định về việc
# hợp nhất Ban Khoa giáo Trung ương, ... thành Ban Tuyên giáo Trung ương (số 44-QĐ/TW)".
_NUMBER_AFTER = re.compile(r"\s*\(\s*(?:số\s+)?(?P<n>\d[^()\s]*)\s*\)$", re.IGNORECASE)


def _title_number(found: Found) -> None:
    """The number a title's bracket gives after its trích yếu (see _NUMBER_AFTER): out of the
    trích yếu, and the page's own where its code is of the title's type."""
    m = _NUMBER_AFTER.search(found.subject[-1]) if found.subject else None
    if m is None or (number := parse_number(m["n"])) is None:
        return
    found.subject = [*found.subject[:-1], found.subject[-1][: m.start()]]
    named = DocType.from_text(number.type_name or "")
    # ("QĐ" of a Party number is a Quyết định and a Quy định alike: the title's word decides.)
    if found.number is None and (named is found.doc_type or {named, found.doc_type} <= _QD):
        found.number = number


# The kind of a communiqué after its type word: "Thông cáo báo chí ngày làm việc thứ hai ..."
# (made up; draw9/1912's shape), "Thông cáo đặc biệt", "Thông cáo chung": part of its name, no
# word of its trích yếu.
_COMMUNIQUE_KIND = re.compile(r"^(?:báo\s+chí|đặc\s+biệt|chung)(?=[\s:])\s*:?\s*", re.IGNORECASE)


def _title_type(line: str) -> str | None:
    """The type a title opens with, followed by a space or a colon ("Thông báo: Về việc ...")."""
    folded = line.casefold()
    return next(
        (t for t in _TYPE_BY_LENGTH if folded.startswith((t.casefold() + " ", t.casefold() + ":"))),
        None,
    )


def _headed_otherwise(lines: list[str], name: str) -> bool:
    """A line of its own among the first ones is another type's name alone, in any case (a
    school site's "Kế hoạch" heading under a post titled "Chương trình công tác đội ...")."""
    names = {t.casefold() for t in _TYPE_BY_LENGTH}
    for line in lines[:30]:
        c = clean(line).casefold()
        if c in names and c != name.casefold():
            return True
    return False


def _marked_title(rest: str) -> bool:
    """A title's words after its type: "về việc" / "V/v" first, or after its issuer only."""
    mark = _TITLE_MARK.search(rest)
    return mark is not None and (mark.start() == 0 or _title_names_only(rest[: mark.start()]))


def _title_names_only(before: str) -> bool:
    """Only the number, the year, the date or the issuer stand between a title's type and its
    "về" ("Công văn 3676 của Ban Tổ chức TW ngày 29/10/2012 về việc ...")."""
    words = re.sub(r"^\s*(?:số\s*)?\S*\d\S*(?:\s+(?:năm\s+)?(?:19|20)\d\d)?", "", before)
    return _names_only(words)


# The words of a title after its type that read as a trích yếu: small letters first, no date or
# number of the page's own, no more than a long line.
# (Never "cho ..." or "gửi ...": "Công văn cho Hội Khuyến học các huyện, thành phố" names whom
# the letter goes to, the page's words, not its trích yếu.)
_TITLE_WORDS = re.compile(r"^(?=[a-zđà-ỹ])(?!(?:số|này|của|mới|khẩn|về|cho|gửi)\b)[^\n]{12,200}$")


# A bracket after the title's words that names a document's number (folded text: "... tren dia
# ban tinh (ke hoach so 142-kh/tu, ngay 09/9/2020)."): the document's reference, not the title
# going on.
_NUMBER_BRACKET = re.compile(r"\s*\((?:[a-z]+(?:\s+[a-z]+){0,3}\s+)?(?:so\s*)?\d+\s*[-/]\s*\w")
# ... or the type alone, the short name the text goes on to use: "... “Năm dân vận khéo” 2020
# (Kế hoạch);".
_NAME_BRACKET = re.compile(r"\s*\((?:(?:sau\s+day\s+)?goi\s+tat\s+la\s+)?(?P<t>[a-z ]{2,30})\)")


def _reference_bracket(tail: str) -> bool:
    """``tail`` (folded) opens with a bracket that names a document (see _NUMBER_BRACKET)."""
    if _NUMBER_BRACKET.match(tail):
        return True
    named = _NAME_BRACKET.match(tail)
    return named is not None and named["t"].strip() in {fold(t.value) for t in DocType}


_GOES_ON = re.compile(r"\s+(?:voi\s+(?:cac\s+)?noi\s+dung|voi\s+chu\s+de|nhu\s+sau|nham)\b")


def _unquote(text: str) -> str:
    return re.sub(r"[“”\"‘’]", "", text)


def _cut_short(words: str, lines: list[str]) -> bool:
    """The page's text goes on where the title's words stop: the title shortened the trích yếu.

    "Đề cương tuyên truyền kỷ niệm 75 năm Ngày thành lập Đội" over a lead that names "Đề cương
    tuyên truyền kỷ niệm 75 năm Ngày thành lập Đội TNTP Hồ Chí Minh (15/5/1941 - 15/5/2016)".
    """
    # (Quotes do not count: "tháng cao điểm vì người nghèo năm 2017" over a lead's "Tháng cao
    # điểm “Vì người nghèo” năm 2017 (từ 17/10 đến 18/11/2017)".)
    key = _unquote(fold(words)).rstrip()
    for i, line in enumerate(lines[:12]):
        text = _unquote(fold(clean(line)))
        at = text.find(key)
        while at >= 0:
            tail = text[at + len(key) :]
            nxt = tail.lstrip()[:1]
            # (Not the sentence going on to what the document holds: "... năm 2019 với các nội
            # dung như sau:", "... với chủ đề ...", "... nhằm ...".)
            if (
                tail[:1] == " "
                and (nxt.isalnum() or nxt == "(")
                and not _GOES_ON.match(tail)
                and not _reference_bracket(tail)
            ):
                return True
            if not tail.strip() and _heading_goes_on(lines, i):
                return True
            at = text.find(key, at + 1)
        if _goes_on_after_comma(clean(line), key):
            return True
    return False


# A comma, then the sentence going on in small letters (not a term or period the page adds to
# the title: "Nghị quyết Đại hội ... lần thứ XI" over "... lần thứ XI, nhiệm kỳ 2020 - 2025 đã
# được ...", draw4/739, whose key ends with the headline's words).
_COMMA_SMALL = re.compile(
    r",\s+(?=[a-zđà-ỹ])(?!(?:nhiệm\s+kỳ|giai\s+đoạn|năm|khóa|khoá)\s+(?:học\s+)?[\dIVXL])"
)


def _goes_on_after_comma(line: str, key: str) -> bool:
    """The title's words (``key``, folded) go on in ``line`` after a comma in small letters:
    "Quy định trách nhiệm nêu gương của cán bộ, Đảng viên" over a lead's "... ký ban hành Quy
    định trách nhiệm nêu gương của cán bộ, Đảng viên, trước hết là Ủy viên Bộ Chính trị, ...
    (Quy định số 08-QĐi/TW)" (draw7/1516): a title ends at no comma, the headline shortened it.
    (Not the lead's own going on, see _SENTENCE_END: "..., với chủ đề ...", "..., nhằm ...".)
    """
    for m in _COMMA_SMALL.finditer(line):
        if _SENTENCE_END.match(line, m.start()):
            continue
        if _unquote(fold(line[: m.start()])).rstrip().endswith(key):
            return True
    return False


def _heading_goes_on(lines: list[str], i: int) -> bool:
    """The heading in capitals at ``i`` goes on on the next line ("LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ" /
    "" / "CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ ...", a title block wrapped over two lines)."""
    first = clean(lines[i])
    nxt = next((clean(x) for x in lines[i + 1 : i + 4] if clean(x)), "")
    return (
        is_caps(first)
        and is_caps(nxt)
        and len(nxt) <= 160
        and doc_type_line(nxt) is None
        and not _BODY_CAPS.match(nxt)
    )


# Capitals under a heading that are not its rest: the body's "QUYẾT ĐỊNH:", a section's numeral.
_BODY_CAPS = re.compile(r"^(?:[IVX]+\.|\d+\.|[A-ZĐ]\.)\s|.*:$")


# A portal's words that present the document below them: "Dưới đây là lời kêu gọi của ...:",
# "... xin trân trọng đăng tải toàn văn Thư kêu gọi của ...", "Sau đây là toàn văn Chỉ thị ...".
_PRESENTS = re.compile(r"(?:dưới đây là|sau đây là|toàn văn)\s+(?:toàn văn\s+)?", re.IGNORECASE)
# ... and a news lead on a letter it reproduces: "... Chủ tịch Ủy ban T.Ư MTTQ Việt Nam đã gửi
# thư chúc mừng Ban Chấp hành ...", "... đã có Thư kêu gọi cán bộ ..." (only letters: a lead that
# "sent" a công văn reports on it).
# ("Ủy ban MTTQ huyện có Thư kêu gọi ...", "... đã ra Lời kêu gọi ...": a letter's own verbs.)
_SENT_LETTER = re.compile(r"(?<!\w)(?:(?:(?:đã|vừa)\s+)?(?:gửi|có)|(?:đã|vừa)\s+ra)\s+", re.I)
_LETTERS = (
    DocType.THU_NGO,
    DocType.THU_KEU_GOI,
    DocType.LOI_KEU_GOI,
    DocType.THU_CAM_ON,
    DocType.THU_CHUC_MUNG,
    DocType.THU_THAM_HOI,
)
# Letters have no trích yếu of their own.
_LETTER_TYPES = frozenset(_LETTERS)


def _presented_type(line: str) -> DocType | None:
    """The type a republishing page names where it presents the document's full text."""
    for pattern, types in ((_PRESENTS, tuple(DocType)), (_SENT_LETTER, _LETTERS)):
        for m in pattern.finditer(line):
            rest = line[m.end() :].casefold()
            name = next((t.value for t in types if rest.startswith(t.value.casefold() + " ")), None)
            if name is not None:
                return DocType.from_text(name)
    return None


# A news item on an event a document set going (a congress, a ceremony, a campaign's launch):
# the page has no header and no "Số" line; its lead names the grounds the way a document does,
# from the highest to the nearest ("Căn cứ Điều lệ ...; Thực hiện Chỉ thị số 35-CT/TW ...; Thực
# hiện Kế hoạch số 71-KH/ĐU ... về việc tổ chức đại hội ...", "... được triển khai, quán triệt
# Hướng dẫn số ...; Hướng dẫn số ..."), then the event. The nearest ground is the document the
# page reports on (tests/fixtures/real/README.md: such a page takes it as its own).
_GROUND_WORD = re.compile(
    # ... opening a clause: "Đó là nội dung của Công văn số 116 ... căn cứ Thông báo ..." names
    # the ground of another document, "sơ kết 2 năm thực hiện chỉ thị ..." an act's object.
    # A ground may be a list item ("– Căn cứ Kế hoạch số ..."), and its word may go on with
    # "theo" ("Thực hiện theo Đề án số ...") or be "trên cơ sở (của)": the same ground.
    # ("Nhằm thực hiện Quyết định số 897/QĐ-TTg ..., Ban Bí thư ... xây dựng kế hoạch ...".)
    r"(?:^|[.;:,•]\s*)(?:[-–+•]\s*)?(?:(?:nhằm|để)\s+)?"
    r"(?:căn\s+cứ(?:\s+vào|\s+theo)?|thực\s+hiện(?:\s+theo)?"
    r"|triển\s+khai(?:\s+theo)?|quán\s+triệt|trên\s+cơ\s+sở(?:\s+của)?)\s+$",
    re.IGNORECASE,
)
_GROUND_LINE = re.compile(
    r"^(?:[-–+•]\s*)?(?:(?:nhằm|để)\s+)?(?:căn\s+cứ|thực\s+hiện|triển\s+khai|quán\s+triệt"
    r"|trên\s+cơ\s+sở)\b",
    re.IGNORECASE,
)
# A document's own number line ahead of its grounds ("... ĐẢNG CỘNG SẢN VIỆT NAM Số: 126-HD/BTGTW
# Hà Nội, ngày ... HƯỚNG DẪN ... Căn cứ Nghị định số 145/2013/NĐ-CP ...", an official text whose
# line breaks were lost behind a legal site's menus): its grounds are its citations, never the
# document a news item reports on.
_NUMBERED_ITEM = re.compile(r"^(?:\d{1,2}|[a-zđ]|[IVX]{1,4})\s*[.)]\s")
_OWN_NUMBER_LINE = re.compile(
    r"(?<!\w)(?:Số|SỐ)(?:\s+(?:hiệu|HIỆU))?\s*:\s*\d{1,5}(?:/\d{4})?\s*[-/]"
)
# The page's own document made after the grounds: "Ban Thường vụ Huyện đoàn xây dựng Kế hoạch
# tổ chức Hội trại ...", "... như sau:" (a headerless copy of the document itself, its own
# grounds first). The page is then about that document, which has no number here.
_OWN_MADE = re.compile(
    # ("... thực hiện các nhiệm vụ sau:": the document's own words introducing its content.)
    r"\bsau\s*:|(?<!\w)(?:xây\s+dựng|ban\s+hành|quy\s+định|ra)\s+(?:"
    + "|".join(re.escape(t.value) for t in DocType)
    + r")\b",
    re.IGNORECASE,
)
# (Not the dot of an abbreviation in capitals: "trên địa bàn TP. Huế".)
# (A body asking, not a person speaking in a report: "Phát biểu chỉ đạo hội nghị đồng chí ...
# đề nghị các cấp ủy ...".)
_ASKS_ALL = re.compile(
    r"^(?![^.;:]{0,80}?(?:đồng\s+chí|đ/c|phát\s+biểu))[^.;:]{0,80}?(?<!\w)(?:đề\s+nghị|yêu\s+cầu)"
    r"\s+(?:các|toàn\s+thể)\s",
    re.IGNORECASE,
)
_SENTENCE_STOP = re.compile(r"(?<![A-ZĐ][A-ZĐp])\.(?:\s+(?=[A-ZĐÀ-Ỹ])|\s*$)")
# The event's day: "Chiều ngày 20/5/2022", "Ngày 11/10/2017", "Trong hai ngày 19 và 20/5".
_EVENT_DAY = re.compile(r"(?<!\w)ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}|\s+(?:và|tháng)\s+\d)", re.I)
# Where a lead's trích yếu ends: its sentence or clause, or the event's day after it ("..., vào
# ngày 04 tháng 3 năm 2023 Công đoàn cơ sở ... đã tổ chức ...").
_GROUND_SUBJECT_END = re.compile(
    r";|\.(?:\s+(?=[A-ZĐÀ-Ỹ])|\s*$)|,?\s+(?:vào\s+|sáng\s+|chiều\s+|tối\s+)?ngày\s+\d"
    # ... or whose agreement the event had (", được sự đồng ý của ...", ", dưới sự chỉ đạo ...").
    r"|,\s*(?:được\s+sự|dưới\s+sự)\s",
    re.I,
)


# The event's time of day and day after a comma: ", sáng ngày 28/02/2020", ", vào ngày 5/3".
# ... or whose agreement the event had (", được sự đồng ý của ...", ", dưới sự chỉ đạo của ...").
_EVENT_TIME = re.compile(
    r",\s*(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?ngày\s+\d|,\s*(?:được\s+sự|dưới\s+sự)\s", re.I
)


def read_grounds(page: list[str], lines: list[str], found: Found) -> None:
    """The document a news item on an event reports on: the nearest of its lead's grounds.

    Only a run of grounds (see _GROUND_WORD) among the page's first lines, its documents named
    with type, number, date and trích yếu; the last such one is taken (a ground named bare, "và
    Hướng dẫn số 01-HD/ĐU ngày ...", is named in passing), and only where the page gives the
    event's own day (_EVENT_DAY, around the grounds and dating none of them) or its grounds are a
    sentence of their own. NOT where the page is about another document: its title names a
    document of another type ("Kế hoạch tổ chức ngày hội
    ..." over "Thực hiện Hướng dẫn số 25/HD-MTTQ ..."), or its body makes its own after the
    grounds (see _OWN_MADE; a headerless document's own grounds: "Căn cứ ...; Căn cứ tình hình
    thực tế; Ban Chấp hành đề ra ..."); nor where no ground opens the run (several documents
    named side by side, a list of new documents, are named equally: the number is left to fill).
    """
    content = _unwrapped([clean(x) for x in lines[:60] if clean(x) and not NOISE.match(clean(x))])
    content = content[:10]
    run = _ground_run(content)
    if run is None:
        return
    if not run:
        _rolled_out(content, [*page, *lines][:6], found)
        return
    if _NUMBERED_ITEM.match(content[run[0]]):
        # A numbered item ("5. Căn cứ Quyết định số 932/QĐ-UBND ...") is a document's own list of
        # legal bases (its header cut off above it), never a news item's lead.
        return
    text = " ".join(content[i] for i in run)
    cits = [c for c in find_citations(text) if c.parent is None]
    opening = [c for c in cits if _ground_opens(text, c)]
    before = [*content[: run[0]], text[: opening[0].start]] if opening else []
    if not opening or any(_OWN_NUMBER_LINE.search(x) for x in before):
        return
    named = _named_grounds(text, cits, opening)
    chosen = _nearest_ground(named)
    if chosen is None:
        return
    after = " ".join([text[named[-1].end :], *content[run[-1] + 1 :][:2]])
    # The event's day stands in the report around the grounds, never in a ground of its own
    # ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;").
    report = [x for x in content[: run[0]] if not _GROUND_LINE.match(x)]
    lead = " ".join([*report, text[: opening[0].start], after])
    nxt = content[run[-1] + 1] if run[-1] + 1 < len(content) else ""
    # ... or where the grounds are a sentence of their own ("Căn cứ vào kế hoạch số 23-KH/ĐTN ...
    # về việc tổ chức ... hè năm 2018." and the report after it): a document's own grounds end
    # with ";" or ",", and its body goes on with a section ("I. MỤC ĐÍCH, YÊU CẦU").
    reported = text.endswith(".") and not PARAGRAPH_OPENER.match(nxt) and not is_caps(nxt)
    if _invites(content[run[-1] + 1 :]):
        # The page is the body's own letter, inviting a few paragraphs on ("Trân trọng kính mời
        # ..."; see _INVITES): neither a report on its grounds nor on what it made after them.
        return
    if _own_made(after[:600]):
        _made_after(after[:600], found, [*page, *lines][:6])
        return
    if (
        # "Thực hiện Hướng dẫn số 96-HD/BTGTW ... ." / "Ban Tuyên giáo Tỉnh ủy đề nghị các địa
        # phương ...": the page is the body's own letter, asking, not a report.
        _ASKS_ALL.match(nxt)
        # ... also in the grounds' own sentence ("Thực hiện Công văn số ... ngày ... của UBND
        # tỉnh, Sở ... đề nghị các đơn vị ...").
        or _ASKS_ALL.match(re.split(r"[.;!?]\s", text[named[-1].end :] + " ")[0].lstrip(" ,"))
        or _titled_otherwise([*page, *lines][:6], chosen.type_name)
        or not (_event_day(lead) or reported)
    ):
        return
    if found.date not in (None, chosen.date):
        # A place and date line elsewhere on the page ("Tam Nông, ngày 08 tháng 02 năm 2023" under
        # the news item, its byline) dated the page, not the document: its place goes with it.
        found.place = ""
    found.number = chosen.number
    found.date = chosen.date
    found.doc_type = DocType.from_text(chosen.type_name)
    if not found.subject:
        found.subject = _lead_words(_without_issuer(_ground_subject(text, chosen), chosen))


# The lead's ground names other grounds first, without number ("Thực hiện Điều lệ Công đoàn
# Việt Nam khóa XI, kế hoạch số 83/KH-LĐLĐ ..."): the first document named is an item of it.
_GROUND_ITEMS = re.compile(
    r"^(?:[-–+•]\s*)?(?:căn\s+cứ|thực\s+hiện|triển\s+khai|quán\s+triệt)\s+[^.;:\d]{3,80},\s+$",
    re.IGNORECASE,
)


def _ground_opens(text: str, cit: Citation) -> bool:
    """A ground word opens the clause that names ``cit`` (see _GROUND_WORD, _GROUND_ITEMS)."""
    return bool(_GROUND_WORD.search(text, 0, cit.start) or _GROUND_ITEMS.match(text[: cit.start]))


def _ground_run(content: list[str]) -> list[int] | None:
    """The indexes of the run of ground lines among the page's first lines (see _GROUND_WORD),
    [] where there is none, None where the text is a document addressed to someone."""
    run: list[int] = []
    for i, c in enumerate(content):
        if KINH_GUI.match(c):
            return None  # the text is a document addressed to someone, not a news item
        if run and not _GROUND_LINE.match(c):
            break
        if run or any(_ground_opens(c, cit) for cit in find_citations(c)):
            run.append(i)
    return run


def _named_grounds(text: str, cits: list[Citation], opening: list[Citation]) -> list[Citation]:
    """The grounds of the run ``text`` named with their type and day or trích yếu."""
    # The grounds end with the sentence of the last one a ground word opens.
    stop = _SENTENCE_STOP.search(text, opening[-1].end)
    grounds = [
        c for c in cits if c.start >= opening[0].start and (not stop or c.start < stop.start())
    ]
    # A document named right after another ground's number, no list mark between ("Thực hiện kế
    # hoạch số 186-KH/QU việc thực hiện Chỉ thị 24-CT/TU ngày ... về việc ..."), is named in that
    # ground's trích yếu: what it carries out, not a ground of the page (grounds side by side are
    # set apart by ",", ";", "và" or their own ground word).
    grounds = [
        c
        for k, c in enumerate(grounds)
        if k == 0
        or _GROUND_WORD.search(text, 0, c.start)
        or re.search(r"[,;.]|\b(?:và|cùng)\b", text[grounds[k - 1].end : c.start])
    ]
    # A document named after a verb of issuing ("..., tham mưu Ban Thường vụ Huyện ủy ban hành
    # Thông tri số 09-TT/HU ...") is what was done after the grounds, not one of them.
    grounds = [
        c
        for c in grounds
        if not any(m.end() == c.start for m in _LEAD_VERB.finditer(text, 0, c.start + 1))
    ]
    grounds = [_with_object(text, c) for c in grounds]
    # A ground named with its day or its trích yếu alone ("Thực hiện Kết luận số 79-KL/TW ngày
    # 16-6-2020 của Bộ Chính trị, từ ngày 17 ...") names it as well, where the run of grounds is
    # whole: a run cut inside its sentence ("... của Ban Thường vụ" / "Tỉnh ủy ... về “...”;")
    # may name its trích yếu on the line after.
    whole = bool(stop) or bool(re.search(r"[.;:!?…]$", text))
    return [
        c
        for c in grounds
        if c.type_name and ((c.date and c.subject) or (whole and (c.date or c.subject)))
    ]


def _nearest_ground(named: list[Citation]) -> Citation | None:
    """The ground the page reports on among ``named``, or None where that cannot be told."""
    if not named:
        return None
    last = named[-1]
    # Grounds run from the higher body down to the one nearest the event ("Chỉ thị số 35-CT/TW
    # ...; Hướng dẫn số 23-HD/ĐUK ...; Kế hoạch số 314-KH/ĐU ..."): the nearest body's. Where
    # that body is named with several documents ("Căn cứ Kế hoạch số 19-KH/ĐTN ... về tổ chức
    # Cuộc thi ...; Quyết định số 80-QĐ/ĐTN ... về việc thành lập Ban Giám khảo ...", "Căn cứ
    # Quy định số 45-QĐ/TW ...;" / "Thực hiện Hướng dẫn số 01-HD/TW ..."), its first is the one
    # the others carry out (draw4 723, 734, 751 are keyed so): their trích yếu repeat its words.
    # Documents of one body named equally, each on its own matter ("Chỉ thị số 20-CT/TW ... về
    # giáo dục lịch sử Đảng; Chỉ thị số 23-CT/TW ... về học tập lý luận ..."), leave it to fill.
    if last.type_name.casefold() == "công văn" and (
        passed := [
            c
            for c in named[:-1]
            if c.number.issuer_code != last.number.issuer_code
            and last.subject
            and _carries_out(c.subject, last.subject)
        ]
    ):
        # A lower body's letter that passes a higher body's document on, in its words ("Thực hiện
        # Hướng dẫn số 138-HD/BTGTW ... về việc “Bồi dưỡng chính trị hè năm 2020 cho ...” và Công
        # văn số 18-CV/BTGTU ... về việc “bồi dưỡng chính trị hè năm 2020”"): the page carries out
        # the document the letter passes on.
        return passed[0]
    body = [c for c in named if _same_body(c, last)]
    chosen = body[0]
    # (A ground named without trích yếu, "và Hướng dẫn số 01-HD/ĐU ngày ...", says nothing of
    # its matter: only those with one can be told to be on another.)
    if any(c.subject and not _carries_out(c.subject, chosen.subject) for c in body[1:]):
        return None
    return chosen


def _same_body(one: Citation, other: Citation) -> bool:
    """``one`` and ``other`` were issued by one body: the same issuer code, and the same issuer
    where both name theirs. A code shared by every body of a kind ("ĐTN" of each Đoàn, "ĐU" of
    each Đảng ủy, "UBND") does not tell a district's plan from a commune's: "Căn cứ kế hoạch số
    109-KH/ĐTN ... của Ban chấp hành Huyện đoàn ...; Căn cứ Kế hoạch số 22-KH/ĐTN ... của Ban
    chấp hành Đoàn xã ..." names the higher body's and then the nearest body's own."""
    if one.number.issuer_code != other.number.issuer_code:
        return False
    if not (one.issuer and other.issuer):
        return True
    # (Named again shorter, its place left off: "Ban Thường vụ Tỉnh ủy Bắc Kạn", then "Ban Thường
    # vụ Tỉnh ủy": one body.)
    first, second = (fold(" ".join(c.issuer.split())) for c in (one, other))
    return first.startswith(second) or second.startswith(first)


# A news item on a document's rollout, the document the subject of a passive sentence: "4 nội
# dung, 6 giải pháp quan trọng của Nghị quyết 10 - NQ/TU, ngày 10/8/2017 về ... được Ban Thường
# vụ Thành ủy quán triệt, triển khai trong đội ngũ bí thư chi bộ chiều 30/8."
_ROLLED_OUT = re.compile(
    r"\s+(?:đã\s+)?được\s+[^.;:]{0,100}?(?:quán\s+triệt|triển\s+khai|phổ\s+biến)(?!\w)",
    re.IGNORECASE,
)


_ROLLED_IN = re.compile(
    r"(?<!\w)(?:đã\s+)?được\s+(?:quán\s+triệt|triển\s+khai|phổ\s+biến)"
    r"(?:\s*,\s*(?:quán\s+triệt|triển\s+khai|phổ\s+biến))*\s+(?-i:[A-ZĐ]{2,4}\s+)?$",
    re.IGNORECASE,
)


# ... and the one a review looks back on: "Sau 5 năm thực hiện Chỉ thị số 21-CT/T.Ư ngày ...".
_REVIEWED = re.compile(
    r"(?:^|[.!?]\s+)Sau\s+(?:hơn\s+)?\S+\s+năm\s+(?:triển\s+khai\s+)?thực\s+hiện\s+"
    r"(?-i:[A-ZĐ]{2,4}\s+)?$",
    re.IGNORECASE,
)
# ... or the review the lead reports ("... nghe và cho ý kiến về kết quả 10 năm thực hiện nghị
# quyết 05-NQ/TU ...", "... tổ chức tổng kết 10 năm thực hiện Nghị quyết số 20-NQ/TW ..."): in the
# page's first paragraph only (a later one's "gắn với sơ kết 2 năm thực hiện chỉ thị ..." is an
# item of the report, not its subject).
_REVIEW_REPORTED = re.compile(
    r"(?<!\w)(?:kết\s+quả|sơ\s+kết|tổng\s+kết)\s+(?:hơn\s+)?\S+\s+năm\s+"
    r"(?:triển\s+khai\s+)?thực\s+hiện\s+(?-i:[A-ZĐ]{2,4}\s+)?$",
    re.IGNORECASE,
)


def _rolled_in(
    c: str, cits: list[Citation], top: list[str], found: Found, *, lead: bool = False
) -> bool:
    """The one document a lead says its audience had rolled out to it, named after the verb
    ("... 300 đại biểu đã được quán triệt NQ số 33-NQ/TW ngày 9/6/2014 của BCH TW Đảng về ...;"),
    alone in its clause, with type and date: the page's own."""
    for k, cit in enumerate(cits):
        reviewed = bool(_REVIEWED.search(c, 0, cit.start)) or (
            lead and bool(_REVIEW_REPORTED.search(c, 0, cit.start))
        )
        if not (reviewed or _ROLLED_IN.search(c, 0, cit.start)):
            continue
        if not (cit.type_name and (cit.date or reviewed)):
            continue
        end = min(
            (x for x in (c.find(";", cit.end), c.find(". ", cit.end)) if x >= 0), default=len(c)
        )
        if any(x.start < end for x in cits[k + 1 :]) or _titled_otherwise(top, cit.type_name):
            return False
        found.number, found.date = cit.number, cit.date
        found.doc_type = _cited_type(cit)
        if not found.subject and cit.subject and not _goes_on_after(c, cit.subject):
            found.subject = _lead_words(cit.subject.strip("“”\"' ,"))
        return True
    return False


def _rolled_out(content: list[str], top: list[str], found: Found) -> None:
    """The one document a lead's sentence says was rolled out (see _ROLLED_OUT), as the page's.

    Only the one document named in that sentence, with type, date and trích yếu (the trích yếu
    runs to "được"); not where the page's title names another type.
    """
    # (The first paragraph: the first line of a dozen words or more that ends a sentence; a
    # title has no full stop.)
    # (Not a page whose breaks were lost, one line of it all: its later paragraphs' reviews are
    # items of the report, draw3 614 flattened.)
    first = next(
        (
            c
            for c in content[:6]
            if len(c.split()) >= 12 and len(c) <= 700 and re.search(r"[.!?…]$|\.\s", c)
        ),
        None,
    )
    for c in content[:6]:
        cits = [x for x in find_citations(c) if x.parent is None]
        if _rolled_in(c, cits, top, found, lead=c is first):
            return
        stop = _SENTENCE_STOP.search(c, cits[0].end) if cits else None
        sentence = [x for x in cits if stop is None or x.start < stop.start()]
        if len(sentence) != 1 or not (sentence[0].type_name and sentence[0].date):
            continue
        cit = sentence[0]
        passive = _ROLLED_OUT.search(c, cit.end, stop.start() if stop else len(c))
        at = c.find(cit.subject, cit.number_end) if cit.subject else -1
        if passive is None or at < 0 or _titled_otherwise(top, cit.type_name):
            continue
        found.number, found.date = cit.number, cit.date
        found.doc_type = _cited_type(cit)
        if not found.subject:
            found.subject = _lead_words(c[at : passive.start()].strip("“”\"' ,"))
        return


def _with_object(text: str, cit: Citation) -> Citation:
    """A ground's citation with its trích yếu written right after its number and date, without
    "về" ("... thực hiện kế hoạch 17/KH-MTTQ ngày 13/4/2023 triển khai vận động ủng hộ quỹ ...
    trên địa bàn phường Sài Đồng."): words in small letters to the end of the clause."""
    obj = _OBJECT_AFTER.match(text, cit.end) if not cit.subject else None
    if obj is None or not text[obj.end() : obj.end() + 1].islower():
        return cit
    end = _GROUND_SUBJECT_END.search(text, obj.end())
    words = text[obj.end() : end.start() if end else len(text)].strip(" ,")
    if not 12 <= len(words) <= 200 or find_citations(words):
        return cit
    return dataclasses.replace(cit, subject=words)


def _carries_out(subject: str, first: str) -> bool:
    """``subject`` repeats most words of ``first`` (3 in 5 or more): a document that carries out
    the first ("... thành lập Ban Giám khảo ... cuộc thi “Chi đoàn kiểu mẫu” năm 2023" under
    "tổ chức Cuộc thi “Chi đoàn kiểu mẫu” năm 2023")."""
    words = {w for w in re.findall(r"\w+", fold(first)) if len(w) > 1}
    said = {w for w in re.findall(r"\w+", fold(subject)) if len(w) > 1}
    return bool(words) and len(words & said) * 5 >= len(words) * 3


# The page's own document made after the grounds, by its type: "..., Ban Thường vụ Thành đoàn
# xây dựng Kế hoạch đẩy mạnh học tập ... năm 2022; theo đó, ...".
_MADE = re.compile(
    r"(?<!\w)(?:xây\s+dựng|ban\s+hành)\s+(?P<t>"
    + "|".join(re.escape(t) for t in _TYPE_BY_LENGTH)
    + r")\s+(?P<rest>.*)$",
    re.IGNORECASE,
)


def _made_after(text: str, found: Found, top: list[str]) -> None:
    """Type and trích yếu of the page's own document made after its grounds, without number
    (tests/fixtures/real/README.md: that document is the page's): its type after the verb, its
    trích yếu the words in small letters after the type to the clause's end, where no number
    follows the type and no body was asked to make it (see _own_made). A title of that type
    above gives the trích yếu instead (see read_title): "Kế hoạch tổ chức Đại hội Chi bộ
    Trường THPT ... lần IV" over "Chi ủy ... xây dựng kế hoạch tổ chức Đại hội chi bộ ...".
    """
    # (In the grounds' sentence or the next: "Thực hiện Kế hoạch số 78-KH/HU ... . Ban Thường vụ
    # Huyện đoàn xây dựng Kế hoạch tổ chức Hội trại ...".)
    made = ((x, _MADE.search(x)) for x in re.split(r"[.!?]\s+", text)[:2])
    sentence, m = next(((x, m) for x, m in made if m), ("", None))
    if m is None or _ASKED.search(sentence[: m.start()]) or find_citations(m["rest"][:40]):
        return
    if found.doc_type is None:
        found.doc_type = DocType.from_text(m["t"])
    if found.doc_type is not DocType.from_text(m["t"]) or found.subject:
        return
    if any((t := _title_type(clean(x))) and t.casefold() == m["t"].casefold() for x in top):
        return
    words = m["rest"]
    stop = _SENTENCE_END.search(words)
    if stop is None or not re.match(r"[.;,]", stop.group().strip()):
        # Only where its sentence or clause ends there ("... năm 2022; theo đó, ..."): what it is
        # for ("... Hội trại Thanh niên nhằm chào mừng ...") may be the trích yếu's own words.
        return
    subject = words[: stop.start() if stop else len(words)].strip(" ,")
    subject = re.sub(r"\s+như\s+sau\W*$", "", subject)  # (its content follows)
    about = _LEAD_ABOUT.match(f" {subject}")
    subject = f" {subject}"[about.end() :] if about else subject
    if subject[:1].islower() and 12 <= len(subject) <= 250 and not _ASKS.match(subject):
        found.subject = _lead_words(subject)


def _own_made(text: str) -> bool:
    """The page's own document made after its grounds (see _OWN_MADE); not one its body asks
    others to make ("... lãnh đạo Huyện ủy đã đề nghị các đồng chí bí thư ... kịp thời xây dựng
    chương trình, kế hoạch hành động ...", as _ASKED in _issued_type)."""
    # ... also a plan the body sets going, without number ("Thực hiện kế hoạch số 49/KH-LĐLĐ
    # ... của Liên đoàn Lao động thành phố ... . Ngày 06/3/2017, Ban Thường vụ Liên đoàn Lao động
    # huyện tổ chức Hội nghị triển khai kế hoạch tổ chức Đại hội ...", see _SETS_GOING): its own.
    going = [
        m for m in _setting_going(text) if not re.match(r"kế\s+hoạch\s+số\b", text[m.end() :], re.I)
    ]
    for m in [*_OWN_MADE.finditer(text), *going]:
        sentence = re.split(r"[.!?]\s+", text[: m.start()])[-1]
        if not _ASKED.search(sentence):
            return True
    return False


# A line that cannot end there: its last word opens what follows ("về", "về việc", "của", "và").
_DANGLING_END = re.compile(r"(?<!\w)(?:về(?:\s+việc)?|của|và|là)$", re.IGNORECASE)


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines with a paragraph's wrapped rest joined on: a line that opens in small letters
    after one that does not end its sentence (a PDF's or a hard-wrapped page's lines)."""
    out: list[str] = []
    for c in lines:
        # (... or an opening quote after "về việc": "... của BTV Huyện Đoàn về việc" / "“Triển
        # khai, thực hiện công trình thanh" / "niên ...”.", a hard-wrapped page.)
        going_on = c[:1].islower() or (
            c[:1] in '“"' and bool(_DANGLING_END.search(out[-1] if out else ""))
        )
        if out and going_on and not re.search(r"[.;:!?]$", out[-1]):
            out[-1] = f"{out[-1]} {c}"
        else:
            out.append(c)
    return out


def _event_day(text: str) -> bool:
    """A day in ``text`` that dates no document named right before it ("... số 2071/QĐ-BGDĐT
    ngày 16/6/2017" is that decision's day, not the event's)."""
    return any(not _DATES_OTHER.search(text, 0, m.start()) for m in _EVENT_DAY.finditer(text))


def _ground_subject(text: str, cit: Citation) -> str:
    """The ground's trích yếu, to the end of its clause (the extractor stops at a bracket)."""
    at = text.find(cit.subject, cit.number_end)
    subject = cit.subject
    if at >= 0:
        # (The extractor's trích yếu may run past the event's time and day: "... Đảng bộ phường
        # Tứ Liên, sáng ngày 28/02/2020 Chi bộ ... tổ chức Đại hội".)
        event = _EVENT_TIME.search(text, at, at + len(cit.subject))
        end = event or _GROUND_SUBJECT_END.search(text, at + len(cit.subject))
        nxt = next((c.start for c in find_citations(text) if c.start > at), len(text))
        longer = text[at : min(end.start() if end else len(text), nxt)]
        subject = re.sub(r"[\s,]+(?:và|,)?\s*$", "", longer) or subject
    # (Quotes are left to subject_of, which drops a pair around the whole or an unpaired one at
    # an end: "... cuộc thi viết “Tìm hiểu lịch sử ... 1938-2017”" keeps its closing quote.)
    opened = subject.lstrip()
    if (opened.startswith("“") and not re.search('[”″"]', opened)) or (
        opened.startswith('"') and opened.count('"') % 2
    ):
        # A quote opened on the trích yếu and never closed in its clause ("... về việc “kiện toàn
        # ... Hà Nội, Sau khi tiến hành ...", a page whose breaks were lost): its end is unsure.
        return ""
    return subject.strip("' ")


# A body named after a comma at the trích yếu's end (see _without_issuer).
_BODY_TAIL = re.compile(rf",\s+(?P<b>[{_CAPITALS}][^,;:()“”\"]{{3,80}})$")


def _without_issuer(subject: str, cit: Citation) -> str:
    """``subject`` without the issuer written after it: "... vui tết Trung thu cho con đoàn viên
    công đoàn, Liên đoàn Lao động thành phố Thủ Đức" of "Kế hoạch số 106/KH-LĐLĐ" (made up;
    draw6/1293's shape), the body whose words' initials are the number's code ("LĐLĐ")."""
    tail = _BODY_TAIL.search(subject)
    code = fold(cit.number.issuer_code or "").split("-")[0].replace(".", "").upper()
    if tail is None or len(code) < 2:
        return subject
    initials = "".join(w[0] for w in fold(tail["b"]).split()).upper()
    return subject[: tail.start()] if initials.startswith(code) else subject


def _titled_otherwise(top: list[str], type_name: str) -> bool:
    """A title among the page's first lines opens with a type other than ``type_name``."""
    for line in top:
        if clean(line)[:1].islower():
            continue  # a wrapped sentence's rest, not a title (see read_title)
        c = clean(line).casefold()
        # ("Thông báo: Về việc gia hạn ...": the type may stand before a colon.)
        name = next((t for t in _TYPE_BY_LENGTH if re.match(rf"{t.casefold()}\s*:?\s", c)), None)
        if name is not None and name.casefold() != type_name.casefold():
            return True
    return False


# A news item that goes on "Theo kế hoạch, ...", "Theo thông báo, ..." (its lead having named
# the document by its type alone): what follows is that document's content, the page's own.
_ACCORDING = re.compile(
    r"^(?:\([^()]{2,30}\)\s*[-–]?\s*)?Theo\s+(?P<t>"
    + "|".join(re.escape(t) for t in _TYPE_BY_LENGTH)
    + r")\s*,",
    re.IGNORECASE,
)


def read_according(lines: list[str], found: Found) -> None:
    """The type of the document a news item's paragraph goes on "according to" (see _ACCORDING),
    where nothing else gave the page's type or number: one such type only among its first
    paragraphs."""
    if found.doc_type is not None or found.number is not None or found.left:
        return
    # (Not where the lines above it cite a document of another type: "Theo báo cáo, thời gian
    # qua, ..." in a news item on a meeting about "Chương trình hành động số 01-CTr/TU" is the
    # report the meeting heard, draw7/1520.)
    top = [clean(x) for x in lines[:20]]
    named = {
        DocType.from_text(m["t"])
        for i, c in enumerate(top)
        if (m := _ACCORDING.match(c)) and not _other_cited(top[:i], m["t"])
    }
    if len(named) == 1:
        found.doc_type = next(iter(named))


def _other_cited(above: list[str], type_name: str) -> bool:
    """One of the lines ``above`` cites a document whose type is not ``type_name``."""
    kind = DocType.from_text(type_name)
    return any(
        DocType.from_text(cit.type_name or cit.number.type_name or "") not in (None, kind)
        for line in above
        for cit in find_citations(line)
    )
