"""A page's own act on a document it names: carrying it out, guiding, sending, annexing."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bangtin.core.model import DocType
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import KINH_GUI, NOISE, clean
from bangtin.importer.web.issued import (
    EVENT_ACTS,
    PLACE_COLON,
    body_ends,
    issued_type,
    sent_about,
    setting_going,
)
from bangtin.importer.web.lead_date import lead_date
from bangtin.importer.web.lead_words import (
    LEAD_ABOUT,
    NEXT_SENTENCE,
    SENTENCE_END,
    TYPE_ALT,
    act_end,
    cited_type,
    lead_words,
    names_only,
)
from bangtin.importer.web.studied import studied_unnumbered
from bangtin.links.citations import find_citations


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
# up; draw9/1925-1933's shapes). Also several made known on one matter ("... công bố các quyết
# định của Bộ Chính trị về việc chỉ định ...", "... vừa ban hành các quyết định chuẩn y ...";
# made up, draw13/2726's, 2730's, 2731's shapes): one trích yếu for them, the keys' convention
# (draw12/2584, draw13/2726); and a merger's ("... công bố quyết định hợp nhất cơ quan ...",
# 2741's).
_DECISION_ACT = (
    r"(?:chuẩn\s+y|chỉ\s+định|điều\s+động|bổ\s+nhiệm|phân\s+công|luân\s+chuyển|giới\s+thiệu"
    r"|(?:truy\s+|trao\s+)?tặng|công\s+nhận|thành\s+lập|kỷ\s+luật|khen\s+thưởng|cho\s+thôi"
    r"|hợp\s+nhất|sáp\s+nhập|giải\s+thể"
    # (... and an allocation, a grant or an admission: "... đã quyết định phân bổ số tiền 30 tỷ
    # đồng cho 3 tỉnh ...", "... trao quyết định kết nạp hội viên mới."; made up, draw14/2967's
    # and 2979's shapes.)
    r"|phân\s+bổ|hỗ\s+trợ|kết\s+nạp"
    # (... and a retirement: "... trao Quyết định nghỉ chế độ cho 6 Ủy viên Bộ Chính trị ...";
    # made up, draw13/2739's shape.)
    r"|nghỉ\s+chế\s+độ|nghỉ\s+hưu|thôi\s+giữ\s+chức)[\s,]"
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
# (... and the Politburo's, the Secretariat's or a standing committee's own decision without a
# tense word: "(Ngày Nay) - Bộ Chính trị quyết định điều động, phân công ..."; made up, draw13/
# 2729's shape; "Ban Thường vụ Thành ủy Quyết định thành lập Ban Chỉ đạo ...", 2710's.)
_HANDED_DECISION = re.compile(
    rf"(?<=\w)\s+(?:vừa|mới|đã)\s+quyết\s+định\s+(?!kỷ\s+luật\s)(?={_DECISION_ACT})"
    r"|(?:(?<=Bộ\sChính\strị)|(?<=Ban\sBí\sthư)|(?<=Ban\sThường\svụ)|(?<=Tỉnh\sủy)|(?<=Tỉnh\suỷ)"
    r"|(?<=Thành\sủy)|(?<=Thành\suỷ)|(?<=Huyện\sủy)|(?<=Huyện\suỷ)|(?<=Đảng\sủy)|(?<=Đảng\suỷ))"
    r"\s+quyết\s+định\s+"
    rf"(?!kỷ\s+luật\s)(?={_DECISION_ACT})"
    # (... or signed, its "về việc" right after it: "... đã ký các quyết định về việc hỗ trợ
    # đoàn viên ..."; made up, draw14/2976's shape.)
    r"|(?<!\w)(?:trao|công\s+bố|triển\s+khai|ban\s+hành|ký)\s+(?:toàn\s+văn\s+|các\s+)?quyết\s+định"
    r"(?:\s+quan\s+trọng)?\s+(?:của\s+[A-ZĐÀ-Ỹ](?:[^,.;:()“\"]|\.(?=\S)){2,80}?\s+"
    rf"(?:(?P<about>về\s+việc\s+|về\s+)|(?={_DECISION_ACT}))|về\s+việc\s+|(?={_DECISION_ACT}))",
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
        if m is None:
            continue
        if not re.search(r"[.!]\s", c[m.end() :] + " "):
            # A headline's or an unclosed lead's ("... vào ngày 9-10 đã công bố Quyết định thành
            # lập thêm 3 Công đoàn xã ... (thuộc khu vực ...)"; made up, draw14/2964's shape):
            # the decision is the page's; its words, the editor's, are left to fill.
            found.doc_type = DocType.QUYET_DINH
            continue
        end = act_end(c, m.end(), m.end())
        said = _WORKS_WITH.split(c[m.end() : end.start() if end else len(c)], maxsplit=1)[0]
        words = lead_words(said.rstrip(". "))
        found.doc_type = DocType.QUYET_DINH
        if (
            words
            and not EVENT_ACTS.search(words[0])
            and not _numbered_later(lines, c)
            and not _writers_shorthand(c[: m.start()], words[0])
        ):
            found.subject = words
        if m.group()[:1].isspace() and found.date is None:
            # "... ngày 7-11, Ban Vận động cứu trợ Trung ương đã quyết định phân bổ ..." (made up;
            # draw14/2967's shape): the lead's day is the body's deciding, the decision's own;
            # not where it was handed over or made known ("Ngày 1/8, ... đã tổ chức công bố
            # quyết định ...": the ceremony's day).
            found.date = lead_date(c, m.start(), found.posted)
        return


# A shorthand the writer defines in brackets after the words it stands for ("Hội Cựu chiến binh
# (CCB) tỉnh ...").
_DEFINED_SHORT = re.compile(r"\((?P<a>[A-ZĐ]{2,6})\)")


def _writers_shorthand(before: str, words: str) -> bool:
    """The decision's words use a shorthand the lead defined before them ("Hội Cựu chiến binh
    (CCB) tỉnh tổ chức lễ công bố quyết định thành lập Hội CCB các xã, phường mới sáp nhập
    ..."; made up, draw14/2970's shape): the writer's retelling, not the decision's own words
    (a trích yếu writes the name whole); left to fill."""
    return any(
        re.search(rf"(?<!\w){re.escape(m['a'])}(?!\w)", words)
        for m in _DEFINED_SHORT.finditer(before)
    )


# A decision named by its number and its own words ("Quyết định số 135 về việc thành lập ...",
# "02 Quyết định số 232/QĐ-LHH và 233/QĐ-LHH ngày ... của Ban Chấp hành ... công nhận ..."); not
# one that a clause after a comma carries out ("Thực hiện Quyết định số 842 của ..., từ ngày
# 1/8/2018, cơ quan ... được hợp nhất ...": draw13/2741, the lead's words the trích yếu).
_NUMBERED_DECISION = re.compile(
    rf"(?<!\w)quyết\s+định\s+số\s+\d[^.;:,]{{0,150}}?\s(?:về\s+việc\s|{_DECISION_ACT})",
    re.IGNORECASE,
)


def _numbered_later(lines: list[str], lead: str) -> bool:
    """The page names a decision by its number in its first lines after the ``lead`` that told
    it was made known ("... công bố các quyết định về việc giải thể ..." over "... công bố Quyết
    định số 135 về việc thành lập ..."; made up, draw14/2951's and draw6/1302's shapes): the
    lead's words are the writer's, the decision's own are written there; which one is the
    page's is not sure (left to fill)."""
    texts = [c for _, c in _lead_lines(lines, 8)]
    after = texts[texts.index(lead) + 1 :] if lead in texts else []
    return any(_NUMBERED_DECISION.search(c) for c in after)


# A Party committee that decided to enforce a discipline ("Ngày 2/10/2023, ..., Ban Chấp hành
# Trung ương Đảng quyết định thi hành kỷ luật Cách tất cả các chức vụ trong Đảng đối với ...";
# made up, draw10/2130's, 2136's, 2138's shapes) did so by a Quyết định, "thi hành kỷ luật ..."
# its trích yếu (Hướng dẫn 36's and every such key's wording); the reason after it ("do đã vi
# phạm ...") is the page's account. Never an inspection commission's meeting ("Ủy ban Kiểm tra
# ... đã họp ... và quyết định thi hành kỷ luật ..."): its communiqué, a Thông báo, tells it.
# (... also "quyết định kỷ luật ..." and "đã có quyết định kỷ luật ...": "Ban Chấp hành Trung
# ương Đảng quyết định kỷ luật đồng chí ...", "... Ban Thường vụ Huyện uỷ ... đã có quyết định
# kỷ luật Đảng ủy xã ..., đồng thời ..."; made up, draw12/2546's and 2522's shapes, keyed
# Quyết định, the words from "kỷ luật" the trích yếu. Not the sanction right after "kỷ luật",
# "... quyết định kỷ luật cảnh cáo Bí thư ...": a paper's shorthand, draw10/2139, see
# lead_words.)
_ENFORCES = re.compile(
    r"(?<=\w)\s+(?:(?:đã|vừa|mới)\s+)?(?:có\s+)?quyết\s+định\s+(?=thi\s+hành\s+kỷ\s+luật\s"
    r"|kỷ\s+luật\s+(?!cảnh\s+cáo|khiển\s+trách|cách\s+chức|khai\s+trừ|giáng\s+chức|buộc\s+thôi"
    r"|bằng\s+hình\s+thức))",
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
    end = SENTENCE_END.search(c, m.end())
    words = _WHY.split(c[m.end() : end.start() if end else len(c)].rstrip(". "), maxsplit=1)[0]
    return [words]


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
            bare = PLACE_COLON.sub("", title).rstrip(" .")
            if fold(bare) == said and len(said.split()) >= 4:
                kind = " ".join(m["t"].split()).casefold()
                found.doc_type = DocType.from_text("Công văn" if kind == "văn bản" else kind)
                found.subject = [m["w"].rstrip(" .")]
                return


# A lead quoting a document's whole title, its type then its trích yếu, its issuer after the
# quote: '"Lời kêu gọi phòng chống dịch Covid-19" của Bí thư Tỉnh uỷ ...'.
_QUOTED_NAMED = re.compile(
    rf"[“\"](?P<t>{TYPE_ALT})\s+(?P<s>[a-zđà-ỹ][^“”\"]{{8,200}}?)[”\"]\s+của\s+[A-ZĐÀ-Ỹ]"
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


# A Party meeting's resolution the lead says it passed, named by the meeting ("... đã biểu quyết
# thông qua Nghị quyết Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ thành phố khóa XVIII, nhiệm kỳ
# 2025 - 2030.", "Đại hội đã thông qua Nghị quyết Đại hội Đảng bộ tỉnh ..., nhiệm kỳ 2020-2025
# với những mục tiêu ..."; made up, draw13/2725's and 2744's shapes): a congress's or plenum's
# resolution is titled by it (Hướng dẫn 36: "NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ ..."), its
# trích yếu the meeting's name to the sentence's end; what it aims at after "với" is the
# writer's. (A programme of action passed so, "... thông qua Chương trình hành động thực hiện
# Nghị quyết Đại hội XII ...", gives its type: 2747's trích yếu names more than the lead.)
_PASSED = re.compile(
    r"(?<!\w)(?:[Bb]iểu\s+quyết\s+)?thông\s+qua\s+(?:(?P<nq>[Nn]ghị\s+quyết)\s+"
    r"(?P<s>(?:Đại\s+hội|Hội\s+nghị)\s[^.;:!?]{5,200}?)(?=\s+với\s|\s*[.;!?](?:\s|$)|$)"
    r"|(?P<ct>[Cc]hương\s+trình\s+hành\s+động)\s+thực\s+hiện\s)"
)


# A headline naming another document by its type and no programme ("Xã ... quán triệt, triển
# khai Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I" over "... đã quán triệt, triển khai và
# thông qua Chương trình hành động thực hiện Nghị quyết ...; Hướng dẫn ..."; made up, draw15/
# 3123's shape): the page is on that document, the programme passed with it one of several.
_OTHER_HEADLINED = re.compile(
    r"^(?!.*Chương\s+trình).*(?<!\w)(?:Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|Kế\s+hoạch|Quy\s+định)(?!\w)"
)


def _passed_resolution(lines: list[str], found: Found) -> None:
    """Type and trích yếu of a Party meeting's resolution a lead says it passed (see _PASSED),
    where no number and no type was read."""
    if found.number is not None or found.doc_type is not None:
        return
    headline = ""
    for seen, c in _lead_lines(lines, 4):
        headline = headline or c
        if (m := _PASSED.search(c)) is None:
            continue
        if m["ct"]:
            if seen == 1 or not _OTHER_HEADLINED.search(headline):
                found.doc_type = DocType.CHUONG_TRINH
            return
        found.doc_type = DocType.NGHI_QUYET
        found.subject = found.subject or [m["s"].strip(" ,")]
        # (The day the lead says the meeting passed it is the resolution's: "Chiều 12.11, Ban
        # Chấp hành ... đã biểu quyết thông qua Nghị quyết ...", 2725's; the corpus README.)
        found.date = found.date or lead_date(c, m.start(), found.posted)
        return


# A letter titled by its writer, then its matter: "Thư của Chủ tịch UBMTTQ Việt Nam tỉnh Quảng
# Nam chúc mừng Đại lễ Phật đản ...", "Thư của Chủ tịch Tổng LĐLĐVN gửi cán bộ, đoàn viên ...",
# "Thư của Ủy ban MTTQ ... kêu gọi ủng hộ ..." (made up; draw13/2764's, 2766's, draw6/1298's,
# dev/747's shapes): Phụ lục III's "Thư công", a letter a head or body writes in its name (the
# keys' type); its trích yếu the matter after the writer, opened by what a letter does.
_HEAD_LETTER = re.compile(
    r"^Thư\s+của\s+[A-ZĐÀ-Ỹ][^.;:!?“\"]{2,100}?\s+(?P<s>(?:chúc\s+mừng|chúc\s+Tết|gửi|kêu\s+gọi"
    r"|[Nn]hân\s+(?:dịp|kỷ\s+niệm)|động\s+viên|thăm\s+hỏi|cảm\s+ơn|tri\s+ân)\s[^.;:!?]{5,200})$"
)


def _head_letter(lines: list[str], found: Found) -> None:
    """Type and trích yếu of a letter its headline titles by its writer (see _HEAD_LETTER),
    where no type was read."""
    if found.doc_type is not None or found.number is not None:
        return
    for _, c in _lead_lines(lines, 2):
        if m := _HEAD_LETTER.match(c):
            found.doc_type = DocType.THU_CONG
            if not found.subject or fold(" ".join(found.subject)) == fold(c):
                found.subject = [m["s"].strip()]  # (not the headline whole, its writer in it)
            return


# ... and one a lead says its writer sent, named apart from its purpose: "Ngày 19/7/2021, ...
# Chủ tịch Hội LHPN Việt Nam ... đã gửi thư tới chị em hội viên ...", "Chiều 18/8, Bí thư Tỉnh
# ủy ... đã gửi thư động viên đến ...", "... đã có thư gửi cấp ủy ..." (made up; draw12/2558's,
# draw13/2718's, draw9/1946's shapes; the corpus README's "... đã có thư gửi ..."). A letter of
# a kind the model names written together ("gửi thư chúc mừng", "thư kêu gọi") is read as such
# elsewhere (title._SENT_LETTER); the lead's day is the day it was sent.
_SENT_APART = re.compile(
    r"(?<=\w)\s+(?:(?:đã|vừa|mới)\s+)?(?:gửi\s+(?:tâm\s+)?thư(?=\s+(?:tới|đến|động\s+viên)\s)"
    r"|có\s+thư\s+gửi\s)"
)


def _sent_apart(lines: list[str], found: Found) -> None:
    """Type (and day) of a letter a lead's sentence says its writer sent (see _SENT_APART),
    where no number and no type was read."""
    if found.doc_type is not None or found.number is not None:
        return
    for _, c in _lead_lines(lines, 3):
        if (m := _SENT_APART.search(c)) is None or not re.search(r"[.!]\s*$", c):
            continue  # (a lead's sentence, closed by its stop: not a headline's words)
        found.doc_type = DocType.THU_CONG
        found.date = found.date or lead_date(c, m.start(), found.posted)
        return


def read_set_going(lines: list[str], found: Found) -> None:
    """The plan a news item's headline or lead says a body set going, where no document was
    named by its number: "Ủy ban MTTQ xã Mỹ Thạnh triển khai kế hoạch tổ chức “Ngày hội ...”
    ...", "... tổ chức hội nghị triển khai kế hoạch chuẩn bị Đại hội ...". The page reports on
    that plan, which has no number here (tests/fixtures/real/README.md, draw3 545, 547, 552):
    its type, and its trích yếu as issued_type reads it. Also the trích yếu alone where a lead
    gave the plan's type without it ("Huyện ủy triển khai kế hoạch tuyên truyền ..." over "...,
    Huyện ủy đã triển khai kế hoạch tới các Chi, Đảng bộ cơ sở trong huyện.")."""
    _handed_decision(lines, found)
    _passed_resolution(lines, found)
    _head_letter(lines, found)
    _sent_apart(lines, found)
    _echoed_teaser(lines, found)
    _quoted_named(lines, found)
    _plan_set_going(lines, found)
    studied_unnumbered([c for _, c in _lead_lines(lines, 3)], found)


def _plan_set_going(lines: list[str], found: Found) -> None:
    """The plan's type and trích yếu (see read_set_going), where no other type was read."""
    if found.doc_type not in (None, DocType.KE_HOACH) or found.subject:
        return
    headlined = found.doc_type is not None  # (see issued_type: the type is matched, not set)
    for seen, c in _lead_lines(lines, 3):
        headlined = issued_type(c, found, seen, lines[:12], again=headlined, verbs=setting_going)
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
            about = LEAD_ABOUT.search(c, cit.number_end)
            if (
                DocType.from_text(cit.type_name or cit.number.type_name or "") is DocType.KE_HOACH
                and about is not None
                and names_only(c[cit.number_end : about.start()])
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
        if verb is None or not body_ends(sentence[: verb.start()]):
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
        if m is None or not body_ends(c[: m.start()]) or _STATE_BODY.search(c[: m.start()]):
            continue
        found.doc_type = DocType.HUONG_DAN
        words = m["s"].strip()
        # (A number among the words names a document the sentence goes on to: no trích yếu.)
        if (
            m["end"] in (".", "")
            and not re.search(r",|(?<!\w)số\s*\d", words)
            and 12 <= len(words) <= 200
        ):
            found.subject = lead_words(words)
        return


# A state body's letter a lead names without number: "Văn phòng Chính phủ vừa có văn bản truyền
# đạt ý kiến chỉ đạo của Thủ tướng ... về việc xử lý ...", "UBND tỉnh vừa có văn bản gửi HĐND
# tỉnh ...". A state body writes by công văn (Nghị định 30/2020, Phụ lục III).
_STATE_LETTER = re.compile(
    r"\s(?:vừa|đã|mới)\s+(?:có|gửi|ban\s+hành)\s+văn\s+bản\s+(?!số\b)", re.IGNORECASE
)


# ... and any body's, Party, state or mass organisation alike, where its matter follows after
# "về việc" (the corpus README: a paper named only "văn bản" with its matter after "về (việc)"
# is a công văn): also without a tense word after the lead's day ("Ngày 4/3, Bộ ... có văn bản
# gửi UBND ... về việc ...", "TT - Đoàn đại biểu Quốc hội ... vừa có văn bản gửi ... kiến nghị
# về việc ..."; made up, draw11/2464's and 2460's shapes).
_ANY_LETTER = re.compile(
    # (The day may follow a headline glued on without a stop: "... trên biển Ngày 4/3, Bộ ...".)
    r"(?:\s(?:vừa|đã|mới)|(?:^|(?<=\s))Ngày\s+\d{1,2}\s*[/-]\s*\d{1,2}[^.;:]{3,150}?)"
    r"\s+(?:có|gửi|ban\s+hành)\s+văn\s+bản\s+(?!số\b)"
)


_MARKED = re.compile(r"\s(?:về\s+việc|v/v)\s+", re.IGNORECASE)


def read_state_letter(lines: list[str], found: Found) -> None:
    """The công văn a news item's lead says a state body sent (see _STATE_LETTER), or any body
    with its matter after "về việc" (see _ANY_LETTER), where nothing named the page's document:
    its type, and its trích yếu after "về việc" to the sentence's end."""
    if found.doc_type is not None or found.subject:
        return
    for _, c in _lead_lines(lines, 5):
        m = _STATE_LETTER.search(c)
        state = m is not None and bool(_STATE_BODY.search(c[: m.start()].rsplit(". ", 1)[-1]))
        if not state:
            m = _ANY_LETTER.search(c)
        if m is None:
            continue
        marked = _MARKED.search(c, m.end()) or sent_about(c, m.end())
        if marked and NEXT_SENTENCE.search(c, m.end(), marked.start()):
            marked = None  # (another sentence's "về việc")
        if not (state or marked):
            continue
        found.doc_type = DocType.CONG_VAN
        if marked:
            stop = SENTENCE_END.search(c, marked.end())
            if stop is not None and (stop[0].startswith(".") or stop.end() == len(c)):
                found.subject = lead_words(c[marked.end() : stop.start()])
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
                found.doc_type = cited_type(cits[0])
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
