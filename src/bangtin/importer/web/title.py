"""A republished document's title line (type, number, trích yếu) and where its words end."""

from __future__ import annotations

import re

from bangtin.core.model import DocType
from bangtin.core.numbers import parse_number
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.lines import NOISE, clean, doc_type_line, is_caps
from bangtin.importer.web.lead_words import (
    POSTED_BRACKET,
    QD,
    SENTENCE_END,
    TYPE_BY_LENGTH,
    before_writers_clause,
    date_of,
    lead_words,
    names_only,
)

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


# A document-sharing site's download label and the file's size, glued to the page's title or
# standing on a line of its own ("... không chuyên tráchtải về 6.9 Kb.", "tải về 66.06 Kb."):
# the site's words, never the trích yếu's last ones.
DOWNLOAD_LABEL = re.compile(r"\s*tải\s+về\s+\d+(?:[.,]\d+)?\s*[KMG]?B\.?\s*$", re.IGNORECASE)


# ... and a blog's tag-page label glued after its title ("Công văn 10453/CT-TTHT năm 2016 về
# thuế suất thuế giá trị gia tăng Lưu trữ", WordPress's "Archives"; made up, draw10/2208's
# shape): capitalised after a word in small letters, never "văn thư, lưu trữ" (a subject's pair).
# (... also in English, "Archives", and a legal-text site's name after a dash: "... về hóa đơn
# điện tử - Thư Viện Pháp Luật", "- LuatVietnam", "– Luật Minh Khuê"; and a database's search
# page's label, "... một số điều của luật - SEARCH", made up, draw11/2485's shape.)
ARCHIVE_LABEL = re.compile(
    r"(?<=[a-zđà-ỹ\d])(?<!thư)\s+(?:[-–|]\s+)?(?:Lưu\s+trữ|Archives)\s*$"
    r"|\s+[-–|]\s+(?i:thư\s+viện\s+pháp\s+luật|luatvietnam(?:\.vn)?|luật\s+minh\s+khuê"
    r"|thuvienphapluat(?:\.vn)?|search)\s*$"
)


# A legal-text site's title ends with who issued the document: "Thông báo 117/TB-VPCP về ý kiến
# kết luận của Phó Thủ tướng ... do Văn phòng Chính phủ ban hành" (the site's words).
_ISSUED_BY_TAIL = re.compile(r"\s+do\s+[^.;]{2,120}?\s+ban\s+hành\s*$", re.IGNORECASE)


def notice_first(name: str | None) -> str | None:
    """A title's type name, "Thông báo kết luận" read as "Thông báo": "Thông báo kết luận của
    Phó Thủ tướng ... tại cuộc họp ..." (made up; draw10/2213's shape) is a Thông báo, "kết luận
    của ..." opening its trích yếu (see cited_type), whole."""
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
        # (Its site's labels after it are not its words: see ARCHIVE_LABEL; made up, draw11/2469's
        # and 2485's shapes.)
        c = ARCHIVE_LABEL.sub("", DOWNLOAD_LABEL.sub("", clean(line)))
        if not c or NOISE.match(c):
            continue
        seen += 1
        if seen > 6:
            return
        if presented := _presented_type(c):
            found.doc_type = found.doc_type or presented
            return
        name = notice_first(title_type(c))
        # (A line opening in small letters is a wrapped sentence's rest, "Thực hiện" /
        # "chương trình công tác Đoàn ...; Thực" / "hiện Hướng dẫn số ...", never a title.)
        if len(c) > 250 or is_caps(c) or name is None or c[:1].islower():
            continue
        rest = re.sub(r"^:\s*", "", c[len(name) :].strip())
        if DocType.from_text(name) is DocType.THONG_CAO:
            rest = COMMUNIQUE_KIND.sub("", rest)  # "Thông cáo báo chí ngày làm việc ..."
        if c.endswith((".", ":", "!", ";")) and not (c.endswith(".") and _marked_title(rest)):
            # A sentence, not a title; but "THÔNG BÁO Về việc ... ." is a title closed by a stop,
            # also with its issuer before the mark ("Chỉ thị của Chủ tịch Ủy ban nhân dân tỉnh về
            # việc tiếp tục ... ."): only its issuer and "về việc" follow the type.
            continue
        rest = rest.rstrip(". ") if c.endswith(".") else rest
        rest = POSTED_BRACKET.sub("", _ISSUED_BY_TAIL.sub("", rest))
        if found.doc_type not in (None, DocType.from_text(name)) or _headed_otherwise(lines, name):
            return  # the title names another type than the document gives itself
        found.doc_type = DocType.from_text(name)
        if found.date is None and (dated := _TITLE_DATE.match(rest)):
            found.date = date_of(dated)
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
                # lead's does, see lead_words.)
                # (... and a headline may run on into the writer's clause: see
                # before_writers_clause.)
                titled = before_writers_clause(about["s"])
                found.subject = lead_words(titled) if c.endswith(".") else [titled]
        elif sep := re.match(r"^[-–:]\s+(?P<s>\S.{5,})$", rest):
            # "Thư ngỏ - Vận động ủng hộ ...": the title gives the trích yếu after a separator.
            found.subject = [sep["s"]]
        elif (
            _TITLE_WORDS.match(rest)
            and found.doc_type not in _LETTER_TYPES
            and not _act_and_issuer(rest)
            and not cut_short(rest, lines)
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
    if found.number is None and (named is found.doc_type or {named, found.doc_type} <= QD):
        found.number = number


# The kind of a communiqué after its type word: "Thông cáo báo chí ngày làm việc thứ hai ..."
# (made up; draw9/1912's shape), "Thông cáo đặc biệt", "Thông cáo chung": part of its name, no
# word of its trích yếu.
COMMUNIQUE_KIND = re.compile(r"^(?:báo\s+chí|đặc\s+biệt|chung)(?=[\s:])\s*:?\s*", re.IGNORECASE)


def title_type(line: str) -> str | None:
    """The type a title opens with, followed by a space or a colon ("Thông báo: Về việc ...")."""
    folded = line.casefold()
    return next(
        (t for t in TYPE_BY_LENGTH if folded.startswith((t.casefold() + " ", t.casefold() + ":"))),
        None,
    )


def _headed_otherwise(lines: list[str], name: str) -> bool:
    """A line of its own among the first ones is another type's name alone, in any case (a
    school site's "Kế hoạch" heading under a post titled "Chương trình công tác đội ...")."""
    names = {t.casefold() for t in TYPE_BY_LENGTH}
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
    return names_only(words)


# A title's words that are a word or two of what the document does, then its issuer: "Công văn
# chỉ đạo của UBND tỉnh ..." (made up; draw11/2484's shape), the page's naming of it. A trích
# yếu never ends with its issuer (Nghị định 30, Hướng dẫn 36: the issuer heads the document).
_ACT_AND_ISSUER = re.compile(r"^(?:[a-zđà-ỹ]+\s+){1,2}của\s+(?P<cap>\w)")


def _act_and_issuer(words: str) -> bool:
    """``words`` are only an act's word or two and the issuer (see _ACT_AND_ISSUER)."""
    m = _ACT_AND_ISSUER.match(words)
    return m is not None and m["cap"].isupper()


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


# (... nor a second document named after "và": "... 3/2/2020 và kế hoạch tuyên truyền ...", made
# up, draw11/2356's shape.)
_GOES_ON = re.compile(
    r"\s+(?:voi\s+(?:cac\s+)?noi\s+dung|voi\s+chu\s+de|nhu\s+sau|nham"
    r"|va\s+(?:" + "|".join(re.escape(fold(t)) for t in TYPE_BY_LENGTH) + r"))\b"
)


def _unquote(text: str) -> str:
    return re.sub(r"[“”\"‘’]", "", text)


def cut_short(words: str, lines: list[str]) -> bool:
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
    (Not the lead's own going on, see SENTENCE_END: "..., với chủ đề ...", "..., nhằm ...".)
    """
    for m in _COMMA_SMALL.finditer(line):
        if SENTENCE_END.match(line, m.start()):
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
