"""The words of a page's lead that name a document: its verbs, and where its trích yếu ends."""

from __future__ import annotations

import datetime as dt
import re

from bangtin.core.model import DocType
from bangtin.core.text import fold
from bangtin.importer.lines import clean
from bangtin.links.citations import Citation

# Where a portal's lead names the document it republishes: "Ban Tuyên giáo Trung ương ban hành
# Hướng dẫn số 55-HD/BTGTW về ...", "LTS: Ngày 14-11-2016, Ban Chấp hành ... đã ban hành Nghị
# quyết số 10-NQ/TU về ...", "... Phó Chủ tịch ... đã ký văn bản số 1117/ĐCT-TG về việc ...".
# Also "Ban Thường vụ Thành ủy có Công văn số ... yêu cầu ..." and "Đảng ủy ... đã xây dựng Kế
# hoạch số ..." (a news item's lead): the body that did it, a verb of issuing, the document.
# A portal's words that present the document it carries name it the same way: "Phòng Văn hóa và
# Thông tin đăng tải Hướng dẫn số 35-HD/BTG ngày 25/12/2018 của ...", "... trân trọng giới
# thiệu (toàn văn) Kế hoạch số ...".
LEAD_VERB = re.compile(
    r"(?<!\w)(?:(?:đã|vừa|mới|xin|trân\s+trọng)\s+)*(?:ban\s+hành|ký(?:\s+ban\s+hành)?|có"
    r"|xây\s+dựng|phát\s+hành|ra|gửi|đăng\s+tải|giới\s+thiệu|công\s+bố)(?:\s+toàn\s+văn)?\s+",
    re.IGNORECASE,
)


LEAD_ABOUT = re.compile(r"[\s,]*(?:v\s*/\s*v|về\s+việc|về)\s*:?\s+", re.IGNORECASE)


# A conference's audience: "cho 3.500 đại biểu", "cho hơn 300 cán bộ chủ chốt" (see SENTENCE_END);
# ... and how it met: ", qua hình thức trực tiếp kết hợp với trực tuyến", " theo hình thức trực
# tuyến" (made up, draw8/1713's shape).
AUDIENCE = re.compile(
    r"\s+cho\s+(?:hơn|gần|trên|khoảng|tổng\s+số)?\s*\d[\d.]*\s+(?:cán\s+bộ|đảng\s+viên|đại\s+biểu"
    r"|học\s+viên|hội\s+viên|đoàn\s+viên|cựu\s+chiến\s+binh)(?!\w)"
    r"|,?\s+(?:qua|theo|bằng)\s+hình\s+thức\s+(?:trực\s+tiếp|trực\s+tuyến|họp\s+trực)"
)


# What a lead says the document is, after its trích yếu and a comma (", là căn cứ ...").
_SAID_OF_IT = r"(?:cơ\s+sở|căn\s+cứ|văn\s+bản|một|bước|dấu\s+mốc|kim\s+chỉ\s+nam|nền\s+tảng)"


# Who heads a body the document sets up, named by the writer (see SENTENCE_END).
_HEADED_BY = r"do\s+(?:đồng\s+chí|ông|bà)\s+[A-ZĐÂÔƠƯ][^,;.]{0,60}?\s+làm\s"


# The writer's clause after a trích yếu (see SENTENCE_END), as its opening words: what it says of
# the person or of the document, the slogan, how it came to be, the aim it sets.
WRITERS_CLAUSE = (
    r"người\s+(?:liên\s+quan|bị|đã|từng|vừa)|là\s+" + _SAID_OF_IT + r"|trên\s+cơ\s+sở"
    r"|với\s+thông\s+điệp|đặt\s+(?:ra\s+)?mục\s+tiêu|" + _HEADED_BY.removesuffix(r"\s")
)


_WRITERS_AFTER = re.compile(r",?\s+(?:" + WRITERS_CLAUSE + r")(?=[\s,])")


def opens_writers_clause(end: str) -> bool:
    """``end``, where SENTENCE_END stopped a trích yếu, opens the writer's clause (see
    WRITERS_CLAUSE): a sure end, as the sentence's stop is."""
    return bool(_WRITERS_AFTER.match(end))


def before_writers_clause(title: str) -> str:
    """A headline's trích yếu ended before the writer's clause run on after it ("Nghị quyết 71 về
    đột phá phát triển giáo dục và đào tạo đặt mục tiêu đến năm 2035, ..."; made up, draw12/
    2506's shape: the aim the writer says it sets, see WRITERS_CLAUSE)."""
    m = _WRITERS_AFTER.search(title)
    return title[: m.start()] if m else title


# A lead's subject ends with its sentence, or where the sentence goes on about something else:
# "... với chủ đề "90 hành động ...", theo đó, nội dung trọng tâm là ...".
SENTENCE_END = re.compile(
    # (The next sentence may open with a quote, "... Việt Nam. “Ngày sách ...” được tổ chức
    # ...", or be glued on without a space after a word in small letters, "... xăng, dầu.Theo
    # đó, ...", after small letters or figures: not an abbreviation's dot, "TP.Hội An".)
    # (Nor the dot of a town's or city's abbreviation before its name: "... phát triển TP. Hải
    # Phòng đến năm 2030", "TX. Sơn Tây".)
    # (... or a photo's caption, a dash or a bracket after the full stop: "... hai cấp. - (Ảnh
    # minh họa)"; made up, draw12/2576's shape.)
    r"(?<!(?<!\w)T[PpXx])\.(?=\s+(?:[“\"]?[A-ZĐÀ-Ỹ]|[-–—(|]))"
    r"|(?<=[a-zđà-ỹ\d]{2})\.(?=[A-ZĐ][a-zđà-ỹ])"
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
    # ... and what the writer says of the person it names (", người liên quan đến vụ việc ...";
    # made up, draw12/2520's shape: a trích yếu names a person by name and office only), of
    # the document itself (", là căn cứ chính trị quan trọng ...", draw12/2510's), the
    # slogan it carries ("... năm 2019 với thông điệp “...”", 2563's), how it came to be (",
    # trên cơ sở thống nhất ...", 2569's: without a comma, "... trên cơ sở sáp nhập ...", a
    # trích yếu's own words, draw12/2526) or the aim a headline says it sets ("... đặt mục tiêu
    # đến năm 2035", 2506's). None in a trích yếu of the corpus.
    r"|,\s+(?:người\s+(?:liên\s+quan|bị|đã|từng|vừa)|là\s+"
    + _SAID_OF_IT
    + r"|trên\s+cơ\s+sở)(?=[\s,])"
    r"|,?\s+với\s+thông\s+điệp\s|\s+đặt\s+(?:ra\s+)?mục\s+tiêu\s"
    # ... and who heads the body it sets up ("... thành lập Đảng bộ ... do đồng chí Nguyễn Văn
    # A làm Bí thư"; made up, draw12/2526's shape): the page's account, a title names no head.
    r"|\s+(?:" + _HEADED_BY + ")"
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
    r"|(?=" + AUDIENCE.pattern + ")"
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
    # (... its comma too: "..., được ban hành vào ngày 27/10/2023, đã ..."; draw12/2540's shape.)
    r"|(?:,?\s+|(?P<issued>(?<=[a-zđà-ỹ”\"]),?\s+(?:được\s+)?ban\s+hành\s+(?:vào\s+)?))"
    r"ngày\s+(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>(?:19|20)\d\d)(?(issued)|(?=\s*,\s*[A-ZĐÀ-Ỹ]))"
)


# An award's act opening the trích yếu ("tặng Giải thưởng ... cho 100 cán bộ Đoàn tiêu biểu ...";
# made up, draw14/2965's shape): whom it honours, "cho" and a count of people, is the trích yếu's
# own (the keys'), not a conference's audience (see AUDIENCE).
_AWARD_ACT = re.compile(r"\s*(?:trao\s+|truy\s+)?(?:tặng|khen\s+thưởng)\s", re.IGNORECASE)


def act_end(line: str, start: int, pos: int) -> re.Match[str] | None:
    """SENTENCE_END from ``pos`` for an act's words that open at ``start``, passing over an
    audience (see AUDIENCE) where the act is an award's (see _AWARD_ACT)."""
    end = SENTENCE_END.search(line, pos)
    if _AWARD_ACT.match(line, start):
        while end is not None and not end[0] and AUDIENCE.match(line, end.start()):
            end = SENTENCE_END.search(line, end.start() + 1)
    return end


def date_of(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


# A page whose own words invite ("Trân trọng kính mời các tổ chức và cá nhân tham gia Hội thi
# ..."; made up, draw10/2225's shape) is the body's own letter: a document it tells it issued
# just before ("Ngày 26/4/2019, Ban Tổ chức đã họp, quyết định ban hành Thể lệ ...") is its
# ground, not the page's; the letter's own type is not written.
_INVITES = re.compile(r"^(?:Trân\s+trọng\s+)?[Kk]ính\s+mời\s")


def invites(after: list[str]) -> bool:
    """One of the paragraphs ``after`` a lead opens with the page's own invitation."""
    return any(_INVITES.match(clean(x)) for x in after)


def cited_type(cit: Citation, typed: str = "", line: str = "") -> DocType | None:
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


QD = frozenset({DocType.QUYET_DINH, DocType.QUY_DINH})


# A trích yếu written right after a lead's number: a word in small letters that is neither the
# number's issuer, date or agent ("của", "ngày", "do", "được") nor the sentence going on to
# something else ("với nội dung", "nhằm", "gửi", "yêu cầu", "đề nghị", ...).
OBJECT_AFTER = re.compile(
    # (The year after the number names the document, its trích yếu opens after it: "... ban
    # hành Hướng dẫn 20-HD/BTGDVTW năm 2025 tuyên truyền kỷ niệm ...".)
    r"\s+(?:năm\s+(?:19|20)\d\d\s+)?(?!(?:của|ngày|do|được|và|với|nhằm|gửi|tới|cho|tại|đã|sẽ|này|đó|có|là|về|như|theo|trong"
    r"|yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|nêu|quy\s+định\s+rõ"
    # ... nor the year with what the text holds after it (the year's group above given back:
    # "... Nghị quyết 27-NQ/TW năm 2018 có nêu những nội dung ..."), nor how the document sees
    # a thing ("Việc Nghị quyết 68-NQ/TW coi khu vực tư nhân là động lực ..."): the writer's
    # account, no title (made up; draw12/2532's and 2505's shapes).
    r"|năm\s+\d+|coi|khẳng\s+định|nhấn\s+mạnh|chỉ\s+rõ|đề\s+ra|đặt\s+ra|mở\s+ra)\b)"
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
CAPITALS = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1EA0, 0x1EFA)]) if c.isupper()
)


_RUNS_PAST = re.compile(
    # (... or "luôn": "..., Chi bộ trường ... luôn quan tâm chỉ đạo ...".)
    r",\s[^,;]{0,120}?(?<!\w)(?:đã|đang|vừa|sẽ|luôn)\s+[a-zđà-ỹ]"
    # (The body may end in small letters: "..., Đoàn trường tổ chức ...", "..., Liên đội nhà
    # trường phát động ...".)
    rf"|,\s+[{CAPITALS}]\w*(?:\s+\w+){{0,4}}?\s+(?:phối\s+hợp|tổ\s+chức|phát\s+động|triển\s+khai"
    r"|xây\s+dựng|ban\s+hành)\s"
    # (... or a site's editors posting it, their name long: "..., BBT Trang Thông tin điện tử
    # HĐND tỉnh đăng tải nội dung ..."; made up, draw14/3032's shape.)
    rf"|,\s+[{CAPITALS}][^,;.]{{0,80}}?\s(?:đăng\s+tải|trích\s+đăng)\s"
    r"|\s(?:nêu\s+rõ|đăng\s+toàn\s+văn)\s|,\s+phấn\s+đấu\s|\svới\s+quy\s+mô\s"
    # (... or the issuer named as the main clause's subject, its verb after it: "... năm học
    # 2022-2023 của Bộ Giáo dục và Đào tạo xác định chủ đề năm học mới là ...".)
    rf"|\scủa\s+[{CAPITALS}][^,;]{{0,80}}?\s(?:xác\s+định|nhấn\s+mạnh|chỉ\s+rõ)\s"
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
NEXT_SENTENCE = re.compile(r"(?<![A-ZĐ][A-ZĐp])\.\s+(?=[A-ZĐÀ-Ỹ])")


def lead_words(subject: str) -> list[str]:
    """The lead's trích yếu as the subject's lines: none where it ran past (see _RUNS_PAST).

    Where a quoted name closes before the comma the sentence goes on after ("... về nâng cao
    hiệu quả phong trào thi đua “Dân vận khéo”, các cấp uỷ, ... đã triển khai ..."), the quote
    makes the end clear: the trích yếu is read to it.
    """
    subject = NAMING_BRACKET.sub("", subject)
    if (told := news_tail(subject)) is None:
        return []
    subject = told
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


TYPE_ALT = "|".join(re.escape(t.value) for t in sorted(DocType, key=lambda t: -len(t.value)))


# A bracket closing the lead that names the document short: "(gọi tắt là Hướng dẫn số
# 1510/UBND-GDĐT)", "(sau đây gọi tắt là Kế hoạch)", "(sau đây gọi là Nghị quyết Trung ương
# 7)", "(Kết luận số 114)", "(sau đây gọi chung là cơ quan tham mưu ...)": the page's words.
NAMING_BRACKET = re.compile(
    r"\s*\((?:(?:sau\s+đây|dưới\s+đây)\s+)?(?:gọi|viết)\s+(?:chung\s+)?(?:tắt\b|là\s)[^()]*\)$"
    rf"|\s*\((?:{TYPE_ALT})\s+(?:số\s+)?\d[^()]*\)$",
    re.IGNORECASE,
)


# One day in brackets closing a headline: the site's posting day ('... nông thôn
# mới"(21/09/2011)'; made up, draw13/2817's shape); an anniversary's span "(3/2/1930 -
# 3/2/2020)" is a trích yếu's own and stays.
POSTED_BRACKET = re.compile(r"\s*\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*\)\s*$")


# Where a news item's own words run on after the trích yếu it names (none of them in a trích
# yếu of the corpus's 1,921 keys): the news item's, never the document's.
_NEWS_TAIL = re.compile(
    # A second document named with its own "về" ("... về việc trao tặng ... năm 2022 và Quyết
    # định số 189-QĐ/TƯHSV về việc ..."; made up, draw13/2763's shape): each has its trích yếu.
    rf"\s+và\s+(?:{TYPE_ALT})\s+(?:số\s+)?\d[\w/.\-]*(?:\s+[^.;]{{0,120}}?)?\s+về\s"
    # The news item's event joined on and when it took place ("... nhiệm kỳ 2020 - 2025 và hội
    # nghị Đảng ủy ... lần thứ nhất diễn ra sáng 4/6"; draw13/2746's).
    r"|\s+và\s+(?:hội\s+nghị|lễ|buổi\s+lễ|cuộc\s+họp|phiên\s+họp)\s[^.;]{0,150}?\s"
    r"(?:diễn\s+ra|được\s+tổ\s+chức)\s"
    # The conference's next act after a comma (", thông qua báo cáo ...": 2745's); when the
    # matter arose (", sau nhiều năm dự án bị trì hoãn ...": 2825's); the spirit it is done in
    # (" với phương châm “...”": 2830's; "với chủ đề" is a trích yếu's own, draw11/2369).
    r"|,\s+thông\s+qua\s|,\s+sau\s+(?:nhiều|hơn|gần|\d+|một\s+thời\s+gian|thời\s+gian)\s"
    r"|,?\s+với\s+(?:phương\s+châm|khẩu\s+hiệu)\s"
    # A full stop glued to the next mark (".; đồng chí ... chủ trì hội nghị": 2773's slip).
    r"|(?<=\w)\.\s*[;,]"
    # A period in brackets the lead goes on after ("... năm 2020 (từ ngày 1/5 - 31/5/2020),
    # định hướng ...": 2754's); closing the sentence it is a trích yếu's own (dev/532).
    r"|\s*\(\s*từ\s[^()]{3,40}\)\s*,\s+(?=[a-zđà-ỹ])"
    # A photo's caption number glued on ("... khóa XIII - ảnh 1Tổng Bí thư ... trao Quyết định
    # cho ..."; made up, draw13/2739's shape): the headline repeated as the photo's label.
    r"|\s+[-–]\s+ảnh\s+\d"
    # The month a month-long campaign falls in, glossed in brackets at the end ("... Tháng Công
    # nhân năm 2019 (tháng 5-2019)"; made up, draw11/2377's shape): the writer's; no key has one.
    r"|\s*\(\s*tháng\s+\d{1,2}(?:\s*[-/]\s*(?:19|20)\d\d)?\s*\)\s*$"
    # A second act after a comma, its object in capitals ("... thành lập Hội LHPN phường Việt
    # Hưng, quyết định chỉ định BCH, BTV ..."; made up, draw14/2974's and 2983's shapes): another
    # decision's. (A pair of acts on one object stands together: "điều động, chỉ định ông ...".)
    r"|,\s+(?:quyết\s+định\s+)?(?:chỉ\s+định|chuẩn\s+y|bổ\s+nhiệm|công\s+nhận)\s+(?-i:(?=[A-ZĐ]))"
    # How many members the body it sets up counts (", gồm 15 thành viên": 2978's); a list after
    # "gồm:" is a trích yếu's own (draw13/2779).
    r"|,\s+gồm\s+(?!:)"
    # A second document issued with it, its type in capitals ("... năm 2021 và ban hành Thể lệ
    # Giải": 2971's); "... và ban hành kế hoạch kiểm toán ..." in small letters is the trích
    # yếu's own (draw13/2832).
    rf"|\s+và\s+ban\s+hành\s+(?-i:(?=[A-ZĐ]))(?:{TYPE_ALT})(?!\w)"
    r"|" + POSTED_BRACKET.pattern,
    re.IGNORECASE,
)


# A part of the day and its date ("... điều động các lãnh đạo huyện sáng 27/4", "... chiều
# nay"; made up, draw13/2734's shape, a photo's caption) or the future tense ("... sẽ được thực
# hiện theo Quyết định ...", 2831's): when the news happened or what will come, the writer's
# sentence; no trích yếu of the corpus dates itself so or speaks of the future.
_NEWS_SENTENCE = re.compile(
    r"(?<!\w)(?:sáng|chiều|tối|trưa|đêm)\s+(?:ngày\s+)?\d{1,2}\s*[/-]\s*\d{1,2}(?![\d\w])"
    r"|(?<!\w)(?:sáng|chiều|tối|trưa)\s+(?:nay|qua|hôm\s+qua)(?!\w)|(?<!\w)sẽ\s",
    re.IGNORECASE,
)


# A closing quote, the first of the subject, and the sentence going on after it with "và" or a
# comma and small letters (see news_tail); a straight quote before it opens no pair either.
_CLOSED_ALONE = re.compile(r'^[^“"]*?(?P<q>”)(?=\s+và\s+[a-zđà-ỹ]|\s*,\s+[a-zđà-ỹ])')


# A journalist's initials for the words before them, closing the subject ("... bệnh tay, chân,
# miệng (TCM)"; made up, draw13/2823's shape); a storm's name, "(RAGASA)", is no one's initials.
_INITIALS = re.compile(r"\s*\((?P<i>[A-ZĐ]{2,6})\)$")


def news_tail(subject: str) -> str | None:
    """``subject`` without the news item's words run on after it (see _NEWS_TAIL, _INITIALS);
    None where it is the writer's sentence (see _NEWS_SENTENCE): left to fill."""
    if m := _NEWS_TAIL.search(subject):
        subject = subject[: m.start()].rstrip(" ,")
    if m := _CLOSED_ALONE.match(subject):
        # The quote opened before the trích yếu (left off with it) closes it, the sentence going
        # on to the page's event ("... giai đoạn 2020-2025” và gặp mặt kỷ niệm ngày nhà giáo
        # ..."; made up, draw14/2935's shape).
        subject = subject[: m.start("q")]
    if (m := _INITIALS.search(subject)) is not None:
        words = re.findall(r"\w+", subject[: m.start()])
        initials = "".join(w[0] for w in words[-len(m["i"]) :]).upper()
        if fold(initials) == fold(m["i"]):
            subject = subject[: m.start()]
    return None if _NEWS_SENTENCE.search(subject) else subject


# A clause that opens anew after a comma: a body in capitals, or the aim.
_NEW_CLAUSE = re.compile(rf",\s*(?:[{CAPITALS}]|phấn\s+đấu\b)")


# ... a body in capitals doing something, its tense word after its name ("..., Chi bộ trường
# Tiểu học ... luôn quan tâm ...", "..., các cấp ủy đã ..."): a trích yếu holds no tense word, so
# the comma before it ends the trích yếu even where commas stand inside it ("tư tưởng, đạo đức,
# phong cách Hồ Chí Minh năm 2017, Chi bộ ... luôn ...").
_TENSE_CLAUSE = re.compile(
    rf",\s+[{CAPITALS}][^,;]{{0,80}}?(?<!\w)(?:đã|đang|vừa|sẽ|luôn)\s+[a-zđà-ỹ]"
)


# A closing quote and the comma after it.
_QUOTE_COMMA = re.compile(r"[”\"]\s*,")


def _paired(text: str) -> bool:
    """Every quote ``text`` opens, it closes (curly quotes balanced, straight ones even)."""
    return text.count("“") == text.count("”") and text.count('"') % 2 == 0


# What may stand between a lead's number and its "về": the date, the issuer, the addressees
# ("số 35-CT/TU ngày 7/12/2023 của Ban Thường vụ Tỉnh ủy gửi các huyện ủy về việc ...").
BETWEEN = re.compile(
    r"^[\s,]*(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?))?[\s,]*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


# ... and the year after the number ("Chỉ thị 19-CT/TW năm 2022 về ...").
_NUMBER_YEAR = re.compile(r"^năm\s+(?:19|20)\d\d(?!\d)[\s,]*", re.IGNORECASE)


# A second document issued with the first, named by type and number: "và Kế hoạch số 62/KH-HU".
_JOINT = re.compile(
    rf"và\s+(?:{TYPE_ALT})\s+số\s+\d[\w/.\-]*[A-ZĐ][\w/.\-]*(?=\s|$)", re.IGNORECASE
)


def names_only(between: str) -> bool:
    """Nothing but a date, the issuer or the addressees stands before the lead's "về".

    A verb there means the sentence went on about what the document does ("số 1455-CV/VPTU
    thông báo ý kiến chỉ đạo ... về việc ...", "số 71-HD/BTGTW hướng dẫn việc học tập ... về
    ..."): what follows "về" is then that act's object, not the document's trích yếu.
    """
    m = BETWEEN.match(between)
    rest = m["rest"].strip() if m else between.strip()
    # (A legal site names the document with its year after the number, "Chỉ thị 19-CT/TW năm
    # 2022 về tổ chức Tết ..." (made up; draw8/1705's shape): the document's year, as its day.)
    rest = _NUMBER_YEAR.sub("", rest)
    if joint := _JOINT.match(rest):
        # "... ban hành Chỉ thị số 25/CT-HU và Kế hoạch số 62/KH-HU về tổ chức đại hội ...": two
        # documents issued together on one matter share the trích yếu.
        return names_only(rest[joint.end() :])
    if re.match(r"(?i)(?:được\s+)?ban\s+hành\s+bởi\s", rest):
        return names_only(re.sub(r"(?i)^(?:được\s+)?ban\s+hành\s+bởi", "của", rest))
    if re.search(r"(?i)\s(?:ban\s+hành|phê\s+duyệt)\s", rest):
        # "số 608/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch ... về ...": the issuer's
        # act goes on after its name, the "về" inside the trích yếu ("ban hành Kế hoạch ...").
        return False
    return not rest or bool(re.match(r"(?i)(?:của|gửi|tới|đến|do)\s|[“\"(]", rest))


TYPE_BY_LENGTH = sorted((t.value for t in DocType), key=len, reverse=True)
