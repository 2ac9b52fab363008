"""Classifying one line of a document: header phrases, numbers, dates, names, noise, rules."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Sequence

from bangtin.core.model import HEADER_BODY_HEADS, DocType
from bangtin.core.numbers import DocNumber, parse_number
from bangtin.core.text import fold


def compact_key(text: str) -> str:
    """Folded, without spaces or punctuation: "K ÉT LUẬN" and "KẾT LUẬN" both give "ketluan"."""
    return re.sub(r"[\W_]+", "", fold(text))


# A weekday as portals write it before their date ("Thứ Hai", "Thứ tư", "Chủ Nhật"), and the
# words a portal's date line puts where a place stands ("Hôm nay, ngày ...", "Thứ Tư, ngày ...").
WEEKDAY = r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|Chủ\s+nhật)"
PORTAL_DAY = rf"(?:Hôm\s+nay|{WEEKDAY})"
# The mottos under their old names too: "VIỆT NAM DÂN CHỦ CỘNG HÒA" (the nation 1945–1976) and
# "ĐẢNG LAO ĐỘNG VIỆT NAM" (the Party 1951–1976) stand in the same column of an archive's
# document, and are never an issuer's line.
OLD_MOTTOS = ("VIỆT NAM DÂN CHỦ CỘNG HÒA", "ĐẢNG LAO ĐỘNG VIỆT NAM")
# The right-hand block of a header: the mottos, and the organisations' names printed in the
# motto's place.
RIGHT_HAND_NAMES = (
    *OLD_MOTTOS,
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "ĐOÀN TNCS HỒ CHÍ MINH",
    "ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH",
    "ĐỘI TNTP HỒ CHÍ MINH",
    "ĐỘI THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH",
    "MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM",
    "HỘI CỰU CHIẾN BINH VIỆT NAM",
    "HỘI NÔNG DÂN VIỆT NAM",
    "CÔNG ĐOÀN VIỆT NAM",
    "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM",
    "HỘI LIÊN HIỆP THANH NIÊN VIỆT NAM",
    "HỘI SINH VIÊN VIỆT NAM",
    "HỘI CHỮ THẬP ĐỎ VIỆT NAM",
)
_RIGHT_HAND = {compact_key(t) for t in RIGHT_HAND_NAMES}
_MOTTOS = {
    compact_key(t)
    for t in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        *OLD_MOTTOS,
    )
}
_DOC_TYPES = {compact_key(t.value): t for t in DocType} | {
    # A kind named after its type is the type, the kind part of its name and no word of the
    # trích yếu: "THÔNG CÁO BÁO CHÍ" / "Về phiên bế mạc ..." (made up; draw9/1910's shape); a
    # New Year letter is a Thư chúc mừng (the corpus's key convention, heldback/237).
    compact_key(kind): t
    for kind, t in (
        ("Thông cáo báo chí", DocType.THONG_CAO),
        ("Thông cáo đặc biệt", DocType.THONG_CAO),
        ("Thông cáo chung", DocType.THONG_CAO),
        ("Thư chúc Tết", DocType.THU_CHUC_MUNG),
    )
}
# Stamps above the title block, not header lines: "DỰ THẢO" (a draft of Văn phòng Chính phủ).
STAMPS = {
    compact_key(t)
    for t in ("DỰ THẢO", "MẬT", "TỐI MẬT", "TUYỆT MẬT", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC")
}
# Rules under header lines; also the "|" lines legal-text sites put between table cells.
# ... also typed with en or em dashes ("––––––––" under a commune's name, a Word file's habit).
_RULE = re.compile(r"^[\s*\-–—_=~.·•o0O|]*$")
_MARKUP = re.compile(r"^[*_#>\s]+|[*_\s]+$")
# Also "S?:" and "S:" where damaged text lost the "ố" (a code page without it, mojibake). Never
# "số 43/2011/NĐ-CP ngày ..." in small letters without a colon: a ground's sentence wrapped
# after its type ("Căn cứ Nghị định" / "số 43/2011/NĐ-CP ..."), read as the own number where
# the header was cut off.
# ... and "So:", "SO 12-KH/TU" where a copy lost every mark (never "so 12", a word of prose).
NUMBER_LINE = re.compile(
    r"^(?!(?-i:s\s?ố)\s*\d)(?:S\s?ố(?:\s*(?:và\s*)?ký\s*hiệu)?\s*:?|S\??\s*:"
    r"|(?-i:S[oO])\s*:|(?-i:S[oO])\s+(?=\d{1,5}\s*[-/]))\s*(?P<num>.*)$",
    re.IGNORECASE,
)
_DATE = re.compile(
    # A place may end with its number: "Quận 6, ngày 16 tháng 10 năm 2019".
    # Without the comma only capitalised words: "Quảng Bình ngày 08 tháng 10 năm 2014", "Phan
    # Rang-Tháp Chàm ngày ...", "Quận 6 ngày ..." (a place's number after its kind).
    r"^(?:(?P<place>[^,\d]{2,60}?(?:\s\d{1,2})?)\s*,\s*"
    r"|(?P<bare>(?:(?:Thành\s+phố|Thị\s+xã|Thị\s+trấn)\s+)?(?:[A-ZĐÀ-Ỹ][\w.-]*\s+){1,4}"
    r"(?:\d{1,2}\s+)?))?"
    # The date's words with their vowel lost or replaced ("Lm H, ngy 22 thng 11 nm 2021", a
    # Word file's text that lost every letter outside ASCII; "ng�y 16 th�ng 12", a dump's
    # replacement characters; "ngay 12 thang 01 nm 2017"; made up, unseen/320's, draw11/2413's
    # and unseen/442's shape): still the date line, in that order with its figures.
    r"ng(?:\s?[àa]|[�?])?\s?y\s*(?:(?P<d>\d{1,2})\s*"
    # "mon" for "tháng": a synonym spinner's copy ("Hà Thành, ngày 14 mon 04 năm 2017"); a
    # month's two figures with a space typed between them, "tháng 0 7" (made up; draw11/2420's
    # shape, a legal site's header table).
    r"(?:th(?:\s?[áa]|[�?])?\s?ng|mon)\s*(?P<m>\d(?: ?\d)?)\s*n(?:\s?[ăa]|[�?])?\s?m\s*"
    r"(?P<y>(?:19|20)\d\d)"
    # ... or in figures, as a letter printed by a paper writes it ("Hà Nội ngày 8-11-2021.").
    r"|(?P<nd>\d{1,2})\s*(?P<sep>[-/.])\s*(?P<nm>\d{1,2})\s*(?P=sep)\s*(?P<ny>(?:19|20)\d\d))"
    # ... or the place after the date: "ngày 07 tháng 3 năm 2024, Bình Thuận".
    r"(?:\s*,\s*(?P<after>[^\W\d][^,\d]{1,40}?))?[\s.*_)]*$",
    re.IGNORECASE,
)
# Also "Kinh gửi:" (the accent lost) and "Kínhgửi:" (the space lost).
# ... and "Kinh gui:", "Noi nhan:" where every mark was lost (then with their colon); and "Kính
# gởi:", as offices of the South write it.
# "Kính gửi:", and where a Công điện puts it, its sender's "THỦ TƯỚNG CHÍNH PHỦ điện:" (Nghị
# định 30; an authority's name, then "điện", alone on its line), the addressees under either.
# ... any body or title as the sender ("BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÒNG, CHỐNG THIÊN TAI điện:",
# "BỘ Y TẾ điện:", "HỘI ĐỒNG BỘ TRƯỞNG điện:", "BAN THƯỜNG VỤ TỈNH ỦY điện:"), never a sentence
# that ends with the word for electricity ("... tiết kiệm điện:", "... cung cấp điện:").
KINH_GUI = re.compile(
    r"^(?:K\s?[íi]\s?nh\s*g\s?[ửở]\s?i\s*:?|Kinh\s+gui\s*:"
    r"|(?:Thủ\s+tướng|Chủ\s+tịch|Bộ\s+trưởng|Ủy\s+ban|Uỷ\s+ban|UBND|Ban\s+Chỉ\s+đạo|Giám\s+đốc)"
    r"[^:;,.]{0,80}?\s+điện\s*:?(?=\s*$)"
    r"|(?:Ban|Bộ|Hội\s+đồng|Tổng\s+cục|Cục|Sở|Văn\s+phòng|Chính\s+phủ|Thường\s+trực|Tỉnh\s+ủy"
    r"|Thành\s+ủy)\s[^:;.]{0,100}?(?<!\bcông)(?<!\bthủy)(?<!\bthuỷ)(?<!\bnhiệt)(?<!\bbưu)"
    r"(?<!\bkiệm)(?<!\bdụng)(?<!\blưới)(?<!\bnguồn)(?<!\bcấp)(?<!\bmất)(?<!\bcắt)(?<!\bán)\s+điện\s*:?"
    r"(?=\s*$))\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
NOI_NHAN = re.compile(
    r"^(?:N\s?ơ\s?i\s+nh\s?ậ\s?n\s*:?|Noi\s+nhan\s*:)\s*(?P<rest>.*)$", re.IGNORECASE
)
# ... also with the space after the mark's dot lost: "KT.BỘ TRƯỞNG", "TM.BCH ...".
# ... and as texts of 1960-1990 write them, a dot after each letter: "K.T. BỘ TRƯỞNG", "T.M.
# HỘI ĐỒNG CHÍNH PHỦ", "T.L. BỘ TRƯỞNG" (made up; old ministries' texts on legal-text sites).
AUTHORITY = re.compile(
    r"^(?P<prefix>T\s*/\s*M|K\s*/\s*T|T\s*/\s*L|K\.\s?T\.|T\.\s?[ML]\.|T\.\s?U\.\s?Q\."
    r"|TM\.?|KT\.?|TL\.?|TUQ\.?|Q\.)"
    r"(?:\s+|(?<=\.)(?=[A-ZĐ]))(?P<rest>\S.*)$"
)
# ... also without its brackets, as web copies write it: "Đã ký", "ĐÃ KÝ", "Đã ký và đóng dấu".
SIGNED = re.compile(
    r"^\((?:đã|Đã|ĐÃ)\s[^)]*\)$|^\((?:ký|Ký|KÝ)[^)]*\)$"
    # ... also in square brackets, as some portals write it: "[Đã ký]".
    r"|^\[(?:đã|Đã|ĐÃ)\s+(?:ký|KÝ)[^\]]*\]$"
    r"|^(?:đã|Đã|ĐÃ)\s+(?:ký|KÝ)(?:\s+(?:và|VÀ)\s+(?:đóng|ĐÓNG)\s+(?:dấu|DẤU))?\.?$"
    # ... and a converter's placeholder for the seal and the signature between the title and
    # the name: "<stamp and signature>" (a Markdown file made from a scan; made up,
    # draw13/2867's shape), "(dấu đỏ)".
    r"|^<\s*(?i:stamp|signature|seal)\b[^<>]*>$|^\((?i:dấu)(?:\s+\w+)?\)$"
)
ITEM = re.compile(r"^[-–—+•]\s*")
# A recipient naming several bodies of one kind after a colon, however long: "- Các Bộ: Kế hoạch
# và Đầu tư, Tài chính, ..., Nội vụ;" (commas only, no sentence in it): one item, no body glued.
ENUMERATION = re.compile(r"^(?:[-–—+•]\s*)?[^:.;]{2,40}:\s[^.;:]+[;,.]?$")
# The trích yếu's mark, as typed and as damaged: "V/v", "V.v.", "V/v:", "Về việc", "Vềviệc"
# (a space lost), "Về viêc" (a tone mark typed wrong), "V vic" (a font's text layer lost every
# letter outside its code page); also opening a quote that wraps the subject ("“V/v ...”"); "Về
# vệc", an OCR that lost the "i" (made up; draw11/2427's shape: no word "vệc" is Vietnamese).
V_V = re.compile(
    r"^[“\"]?(?:V\s*[/.]\s*v|V[ềêe]?\s*vi[ệêeé]?c|V[ềê]\s+vệc)\b\.?\s*:?\s*", re.IGNORECASE
)
END_MARK = re.compile(r"\./\.\s*$")
# Web-page noise that is never part of a document, wherever it stands.
NOISE = re.compile(
    r"^(?:"
    r"(?:Trang chủ|Home)\b.*"
    r"|.*\s[>»›]\s.*"
    r"|(?:Số\s+)?(?:Lượt xem|Lượt truy cập|Lượt đọc|Đã xem)\s*:?.*"
    # ... also without the colon before the date: "Đăng ngày 03/06/2021" (no place and date line).
    r"|(?:Ngày đăng|Ngày cập nhật|Cập nhật lúc|Cập nhật|Đăng lúc|Đăng ngày|Ngày đưa tin|Thời gian đăng)"
    r"\s*(?::|(?=\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})).*"
    r"|(?:Số ký hiệu|Ngày ban hành|Ngày hiệu lực|Loại văn bản|Cơ quan ban hành|Người ký|Lĩnh vực|Tình trạng hiệu lực)\s*:.*"
    r"|.*(?:https?://|www\.).*"
    r"|(?:CỔNG|Cổng|TRANG|Trang) (?:THÔNG TIN|thông tin)\b.*"
    r"|(?:Chia sẻ|In trang|In bài|Bản in|Gửi email|Tải về|Tải xuống|Đầu trang|Quay lại|Xem thêm|Bình luận|Ý kiến bạn đọc|Đăng nhập|Tìm kiếm)\b.{0,30}"
    r"|©.*|Bản quyền\b.*|Copyright\b.*"
    r"|Trang \d+(?:/\d+)?|-\s*\d+\s*-"
    # A document-sharing site's counters: "VIEWS: 10 PAGES: 1".
    r"|(?:Views|Pages|Downloads|Lượt tải)\s*:.*"
    r"|Mục lục(?: văn bản)?"
    # A legal-text site's tabs over the document it renders ("TÓM TẮT VĂN BẢN", "Thuộc tính
    # văn bản", "Văn bản liên quan"): no body's name, no title.
    r"|(?:Tóm tắt|Nội dung|Thuộc tính|Lược đồ|Tải)\s+văn\s+bản"
    r"|Văn\s+bản\s+(?:gốc|liên\s+quan|tiếng\s+Anh|hợp\s+nhất|được\s+hướng\s+dẫn)"
    # The draft's file path the clerk left between Nơi nhận and the signature (Hậu Giang's
    # portal: "d:\2011\CV\SVH\T4\Bau cho Vinh Ha Long", "D\2017\CVUB\uy quyen CDDH").
    r"|[A-Za-z]:?\\[^\s\\]+\\.*"
    # A portal's own date line above a republished document ("Thứ Hai, 6/12/2021", "Chủ Nhật,
    # 14/4/2024", "Thứ tư, 07/06/2023 (GMT+7)", "Thứ hai - 04/07/2022 04:34 288 0") and a post's
    # time stamp ("11:18 - 27/08/2014"): never the document's date.
    rf"|{WEEKDAY}\s*[,\-–]\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}.*"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*[-–|]?\s*\d{1,2}/\d{1,2}/\d{4}.*"
    r")$",
    re.IGNORECASE,
)
# What follows a document on a web page: everything from such a line on is dropped.
# A portal's date stamp with the page's text glued after it (a copy that lost its line breaks:
# "Chủ Nhật, 14/4/2024 Công văn số 293-CV/TW, ngày 14/10/1999 ..."): the stamp alone is NOISE.
_GLUED_STAMP = re.compile(
    rf"^{WEEKDAY}\s*[,\-–]\s*\d{{1,2}}/\d{{1,2}}/\d{{4}}"
    r"(?:\s*\(GMT[+-]\d+\))?(?:\s*[-–|]?\s*\d{1,2}:\d{2})?\s+(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])",
    re.IGNORECASE,
)


def without_stamp(line: str) -> str:
    """``line`` without a portal's date stamp glued before its text (see _GLUED_STAMP)."""
    return _GLUED_STAMP.sub("", line, count=1)


TRAILER = re.compile(
    r"^(?:Tin liên quan|Các tin khác|Tin khác|Văn bản liên quan|Văn bản khác|Các văn bản khác|"
    r"Văn bản mới|Tin mới|Tin đọc nhiều|Tin nổi bật|Bài viết khác|"
    r"Bài viết liên quan|Tin cùng chuyên mục|Tệp đính kèm|File đính kèm)\b",
    re.IGNORECASE,
)
_ITEM_MARK = re.compile(r"^[-–•+*]\s")
_LIST_ITEM = re.compile(r"^[-–•+*]\s|\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\bngày\s+\d")


def without_site_lists(lines: list[str]) -> list[str]:
    """``lines`` without a site's lists of other pages ("Tin liên quan" and its items).

    A page lists other documents under such a head, each with its number and date: above the
    document's own text (where the trailer's cut does not reach) their numbers, dates and
    types were read as the page's own. The head and its items go, blank lines between them
    too; the first line that is no list item (no mark, no number, no date) ends the list, and
    so does one without the items' mark (the page's own headline after a blank line: "Công
    văn số 293-CV/TW, ngày 14/10/1999 ...").
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        c = clean(lines[i])
        end = _list_end(lines, i + 1) if TRAILER.match(c) and len(c) <= 40 else i
        if end == i:
            out.append(lines[i])
            i += 1
        else:
            i = end
    return out


def _list_end(lines: list[str], start: int) -> int:
    """The index after a site's list of items opening at ``start`` (``start - 1``: none)."""
    j, end, marks = start, start - 1, None
    while j < len(lines):
        item = clean(lines[j])
        j += 1
        if not item:
            continue
        marked = bool(_ITEM_MARK.match(item))
        if len(item) > 250 or not (_LIST_ITEM.search(item) or number_in(item)):
            break
        if marks is not None and marked != marks:
            break
        if not marks and end != j - 2:
            break  # unmarked items stand on lines together; a blank line ended them
        marks, end = marked, j
    return end


BODY_HEADS = HEADER_BODY_HEADS
PARAGRAPH_OPENER = re.compile(
    r"^(?:[-–—+•]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ][).]\s|[IVXLC]+[.)]\s|Điều\s+\d+|Chương\s+[IVXLC\d]+|"
    # A section's numeral with a slash: "I/ ĐẶC ĐIỂM TÌNH HÌNH", "2/ Nội dung" (never a number's
    # "12/KH-UBND": a space after the slash, a capital after it).
    r"(?:[IVXLC]+|\d{1,2})/\s+[A-ZĐÀ-Ỹ]|"
    # A section's letter or numeral with a dash: "A -MỤC ĐÍCH, YÊU CẦU", "I – CĂN CỨ LẬP KẾ HOẠCH".
    r"(?:[A-ZĐ]|[IVXLC]+)\s*[-–—]\s*[A-ZĐÀ-Ỹ]|"
    # ... or a stop: "A. BÁO CÁO TỔNG KẾT" (a report's first part, in capitals).
    r"[A-ZĐ]\.\s+[A-ZĐÀ-Ỹ]{2,}\s+[A-ZĐÀ-Ỹ]{2,}|"
    r"Căn cứ\b|Xét\b|Theo đề nghị\b|Mục\s+\d+|Phần\s+[IVXLC\d]+|[A-ZĐÀ-Ỹ ]{4,}:$|\|)"
)
# (A department's head signs in the office's own name: "CỤC TRƯỞNG" / the name, no authority
# line, made up; draw9/1961's shape; so does a ministry's "VỤ TRƯỞNG".)
TITLE_WORDS = re.compile(
    r"(?:PHÓ\s+)?(?:CỤC TRƯỞNG|VỤ TRƯỞNG|"
    r"BỘ TRƯỞNG|THỨ TRƯỞNG|THỦ TƯỚNG|BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|TRƯỞNG|GIÁM ĐỐC|CHÁNH VĂN PHÒNG|ỦY VIÊN|UỶ VIÊN|"
    r"THƯỜNG TRỰC|TỔNG BÍ THƯ|CHÁNH ÁN|VIỆN TRƯỞNG|HIỆU TRƯỞNG|CHỦ NHIỆM|TỔNG PHỤ TRÁCH|PHỤ TRÁCH)"
)


def clean(line: str) -> str:
    """A line without Markdown emphasis around it, for classification."""
    return _MARKUP.sub("", line).strip()


def is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_motto(line: str) -> bool:
    """The Party's or the nation's motto line: never a body's name (unlike an organisation's)."""
    compact = compact_key(line)
    return compact in _MOTTOS or compact.startswith("doclap")


def is_right_hand(line: str) -> bool:
    compact = compact_key(line)
    # The motto survives OCR, font and spinner damage by its first words: "Độc lập  Tự do  Hạnh
    # phúc" (hyphens lost), "Độc lập - Tự do - Hạ! p!"c" (font map), "Tự vì chưng" (spinner).
    motto = compact.startswith("doclap") and len(compact) <= 24
    # ... but "Độc lập - Tự do - Hạnh phúc Hà Nơi" (the place glued on) is not the motto alone.
    return compact in _RIGHT_HAND or (
        motto and (compact.endswith("hanhphuc") or "hanhphuc" not in compact)
    )


def is_rule(line: str) -> bool:
    return bool(_RULE.match(line)) and not line.strip().isdigit()


def doc_type_line(line: str) -> DocType | None:
    text = clean(line)
    words = text.split()
    # (A heading set with letter spacing, "Q U Y Ế T Đ Ị N H", has a word per letter.)
    spaced = all(len(w) == 1 for w in words)
    if len(words) > 1 and parse_number(words[-1]) is not None:
        # The heading with the number after it: "HƯỚNG DẪN 165-HD/BTGTW" (a republished copy),
        # whose code may hold small letters ("QUYẾT ĐỊNH 1677/QĐ-TTg").
        text = " ".join(words[:-1])
    if not text or not is_caps(text) or ":" in text or (len(words) > 8 and not spaced):
        return None
    if (carried := heading_number(text)) is not None:
        return carried[0]  # ... also glued to it: "THÔNG TƯ15/2017/TT-BCT"
    if (qualified := _QUALIFIER.match(text)) is not None:
        # "QUY ĐỊNH (BỔ SUNG)", "KẾ HOẠCH (SỬA ĐỔI)": the heading with what kind of text it is
        # in brackets after it; the bracket is the heading's, not the trích yếu's first words.
        return _DOC_TYPES.get(compact_key(qualified["head"]))
    return _DOC_TYPES.get(compact_key(text))


_QUALIFIER = re.compile(r"^(?P<head>[^()]+?)\s*\((?:[^()\d]{1,24}|LẦN\s+\d)\)$")


# A title line in capitals that ends with a type's name: the "SỐ ..." line under it is the
# number of the document the title names ("QUY ĐỊNH, HƯỚNG DẪN ... CỦA NGHỊ ĐỊNH" / "SỐ
# 68/2017/NĐ-CP NGÀY 25 THÁNG 5 NĂM 2017 ...", "... KÈM THEO QUYẾT ĐỊNH" / "SỐ 13/2018/QĐ-UBND").
_TITLE_TYPE_END = re.compile(
    r"\s(?:" + "|".join(re.escape(t.value.upper()) for t in DocType) + r")$"
)


def names_the_next_number(line: str) -> bool:
    """``line``, above a "SỐ ..." line, is a title that waits for the number it names.

    Also an old gazette title block's issuer line, under its heading: "QUYẾT ĐỊNH" / "CỦA BỘ
    TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG" / "SỐ 02/2006/QĐ-BTNMT NGÀY ..." (no header's line opens
    with "CỦA": the number is the title's, read with it, header.py's _GAZETTE).
    """
    text = clean(line)
    return is_caps(text) and bool(_TITLE_TYPE_END.search(text) or text.startswith("CỦA "))


# A heading with the document's number after it, glued or not, with or without "SỐ":
# "THÔNG TƯ15/2017/TT-BCT", "HƯỚNG DẪN 165-HD/BTGTW", "QUYẾT ĐỊNH SỐ 12/QĐ-UBND" (a law
# archive's or a republished copy's title over a text without its header).
_HEADING_NUMBER = re.compile(r"^(?P<head>[^\d:]+?)\s*(?:SỐ\s*:?\s*)?(?P<num>\d[^\s:]*)$")


def heading_number(line: str) -> tuple[DocType, DocNumber] | None:
    """The type and number of a heading that carries its number (see _HEADING_NUMBER), where
    the number's code agrees with the heading."""
    m = _HEADING_NUMBER.match(clean(line))
    if m is None or not is_caps(m["head"]):
        return None
    doc_type = _DOC_TYPES.get(compact_key(m["head"]))
    number = parse_number(m["num"])
    if doc_type is None or number is None or number.type_code is None:
        return None
    named = DocType.from_text(number.type_name or "")
    return (doc_type, number) if named is doc_type or number.type_code == "QĐ" else None


def type_lead(line: str) -> tuple[DocType, str] | None:
    """A type line that carries the subject too: "HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG".

    Blogs and portals print the title block as one line (Hướng dẫn 11-HD/VPTW on a blog; "KẾ
    HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM ..." on a provincial portal).
    """
    text = clean(line)
    # A colon: "QUYẾT ĐỊNH: Điều 1. ..." (the operative heading), a sentence; but for one inside
    # a title in capitals ("NGHỊ QUYẾT KẾ HOẠCH VỐN ... GIAI ĐOẠN I: TỪ NĂM 2021 ...").
    if (":" in text and not is_caps(text)) or len(text) > 400:
        return None
    words = text.split()
    for k in (4, 3, 2, 1):
        if len(words) > k + 1 and (t := _DOC_TYPES.get(compact_key(" ".join(words[:k])))):
            if t is DocType.THONG_BAO_KET_LUAN:
                # "THÔNG BÁO KẾT LUẬN CỦA ...": a Thông báo, "KẾT LUẬN ..." its trích yếu's
                # first words (the README's key convention; made up, draw5/1059's shape).
                t, k = DocType.THONG_BAO, k - 2
            head, rest = " ".join(words[:k]), " ".join(words[k:])
            if ":" in head:
                return None
            # Capitals throughout; or the heading in capitals and the subject glued after it in
            # sentence case ("KẾ HOẠCH Phát động phong trào ..." on a documents site), or in small
            # letters where a preview flattened the page ("HƯỚNG DẪN thể thức và kỹ thuật ...").
            if is_caps(text) or (
                is_caps(head)
                and (rest[:1].isupper() or rest[:1].islower())
                and rest[1:2].islower()
                and not text.endswith(".")
                and not re.match(r"(?i)này\b", rest)
            ):
                return t, rest
    return None


def number_in(line: str) -> DocNumber | None:
    """The number of a "Số: ..." line, also when the copy glued the next words onto it.

    "Số: 123/ABC-VPV/v tổ chức ..." (the subject's "V/v" glued to the code) and "Số: 45/2019/NQ-
    HĐND Hà Nội, ngày ..." (the date cell on the same line): the longest run of words from the
    start that is a number, never a number made up of the words after it.
    """
    m = NUMBER_LINE.match(clean(line))
    if not m:
        return _typed_number_line(clean(line))
    text = m["num"].strip().strip("*_ ")
    whole = parse_number(text)
    if whole is not None or not text:
        return whole
    text = _GLUED_VV.sub(" ", text)
    words = text.split()
    for k in range(min(len(words), 6), 0, -1):
        rest = words[k] if k < len(words) else ""
        # What follows must not look like more of the code ("01/ KH LĐ - THCSMM" is one
        # damaged number, not "01/KH" and some words): a sure cut, or nothing.
        if re.fullmatch(r"[A-ZĐ0-9\-–/.&]+", rest):
            continue
        if (number := parse_number(" ".join(words[:k]))) is not None:
            return number
    return None


def glyph_codes(line: str) -> bool:
    """``line`` is a symbol font's glyph codes, not words ('! "# $%&'!()*+,%', '&(%+-"./(&0': a
    Word file in such a font, as a text layer gives it): more marks than letters and digits."""
    marks = sum(1 for c in line if not (c.isalnum() or c.isspace()))
    return marks >= 4 and marks > sum(1 for c in line if c.isalnum())


def foreign_letters(number: DocNumber) -> bool:
    """``number`` holds a letter of another script than the Latin one ("649/HD-TLР", a Cyrillic
    "Р" for the "Đ" an old Word file's legacy code page lost).

    Vietnamese codes are Latin initials (with "Đ", and a slip's "Ư"); a letter of another script
    is the code page's, not the paper's: the code read is not the one the document bears, and
    the number is left to fill rather than given.
    """
    return any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in str(number))


# "Nghị quyết số: 09-NQ/TW" alone on the header's number line (a legal site wrote the type's
# name before "Số:"; the colon sets it apart from a title naming a number, "Nghị quyết số 09").
_TYPED_NUMBER_HEAD = r"^(?P<type>[^\W\d][^:\d]{2,30}?)\s+số\s*:"
_TYPED_NUMBER_LINE = re.compile(_TYPED_NUMBER_HEAD + r"\s*(?P<num>\S+)$", re.IGNORECASE)


def typed_number_head(line: str) -> bool:
    """``line`` opens with a type's name and "số:" ("Nghị quyết số: 11-NQ/TW ...")."""
    m = re.match(_TYPED_NUMBER_HEAD, line, re.IGNORECASE)
    return m is not None and DocType.from_text(m["type"]) is not None


def _typed_number_line(line: str) -> DocNumber | None:
    """The number of a "<type> số: <number>" line, where its code agrees with that type.

    Also a legal norm's number with its year and no type code to disagree ("Nghị quyết số:
    653/2019/UBTVQH14": the Standing Committee's numbers carry the issuer's code only;
    draw9/2062's shape); never a công văn's "N/ISSUER", which a page's title line writes as
    often ("Công văn Số: 2728/TCT-DNL V/v: ...", over the header).
    """
    m = _TYPED_NUMBER_LINE.match(line)
    if m is None or (doc_type := DocType.from_text(m["type"])) is None:
        return None
    number = parse_number(m["num"])
    if number is None:
        return None
    if number.type_code is None and number.year is not None:
        return number
    return number if DocType.from_text(number.type_name or "") == doc_type else None


# "V/v" glued to the end of a number's code: "123/ABC-VPV/v" is "123/ABC-VP" then "V/v".
_GLUED_VV = re.compile(r"(?<=[A-ZĐ0-9])(?=V/v\b)")


# A draft's blank date still names the place: "Hà Nội, ngày tháng năm 2023" (a Đoàn draft).
# So does a date an OCR could not read, its day or month a speck or out of range ("Hà Nội, ngày
# ñ| tháng 42 năm 2022", draw12/2680's shape): the line is the place and date, never a trích yếu.
_BLANK_DATE = re.compile(
    # ... also with the month filled in: "Hà Nội, ngày     tháng 3 năm 2024".
    r"^(?P<place>[^,\d]{2,60}?)\s*,\s*ng\s?[àa]\s?y[\s.…]*(?:(?P<d>\S{1,3})[\s.…]+)?th\s?[áa]\s?ng"
    r"[\s.…]*(?:(?P<m>\S{1,3})[\s.…]*)?n\s?[ăa]\s?m\s*(?:19|20)\d\d\W*$",
    re.IGNORECASE,
)


def blank_date_place(line: str) -> str:
    m = _BLANK_DATE.match(clean(line))
    if m is None or _PORTAL_DAY.match(m["place"].strip()):
        return ""  # "Hôm nay, ngày ...", "Thứ Tư, ngày ...": a portal's day, no place
    if m["d"] and m["d"].isdigit() and 1 <= int(m["d"]) <= 31 and (m["m"] or "").isdigit():
        return ""  # a day and a month read whole: a date line date_in has its reasons to refuse
    # (an OCR's number cell before it as well: "sé/(ÖCr-TTHT Bắc Ninh, ngày/WÍ tháng 07 năm
    # 2018"; made up, draw13/2887's shape, is "Bắc Ninh", as date_in reads it)
    return _clean_place(" ".join(m["place"].split()))


_NUMBERED_PLACE = re.compile(r"^(?:Quận|Phường|Q\.|P\.)\s*\d{1,2}$", re.IGNORECASE)


def date_in(line: str) -> tuple[str, dt.date] | None:
    m = _DATE.match(clean(line).lstrip("(*_ "))
    if not m:
        return None
    for loose in (m["bare"], m["after"]):
        # A place without its comma, or after the date, is capitalised words only: "Ngày 15
        # tháng 3 năm 2024, Ban Thường vụ họp" is a sentence of the body, not a date line.
        words = re.sub(r"^(?:Thành\s+phố|Thị\s+xã|Thị\s+trấn)\s+", "", loose or "").split()
        if words and words[-1].isdigit() and not _NUMBERED_PLACE.match(" ".join(words[-2:])):
            return None  # "Tháng 3 ngày ...", never a place's number but for its kind's
        if loose and (len(words) > 4 or not all(w[:1].isupper() or w.isdigit() for w in words)):
            return None
    if m["d"] is None and not (m["place"] or m["bare"]):
        return None  # a date in figures alone on its line is a post's stamp, not a date line
    try:
        if m["d"] is not None:
            date = dt.date(int(m["y"]), int(m["m"].replace(" ", "")), int(m["d"]))
        else:
            date = dt.date(int(m["ny"]), int(m["nm"]), int(m["nd"]))
    except ValueError:
        return None
    place = " ".join((m["place"] or m["bare"] or m["after"] or "").split()).strip(" *_")
    if _PORTAL_DAY.fullmatch(place := _clean_place(place)):
        return None
    return place, date


def _clean_place(place: str) -> str:
    """The place of a place-and-date line without what a copy glued before it."""
    # The subject's last words glued before the place, a sentence's stop between them (": Thực
    # hiện quy định về hóa đơn. Hà Nội, ngày ..."): the place follows the stop ("TP. Hồ Chí
    # Minh", "Tp. Huế" keep theirs: no word of small letters ends there). A word of one letter
    # ends a sentence too: "V/v: Hỗ trợ ... về nhà ở. Hà Nội, ngày ..." (draw12/2659's shape, a
    # table's number cell with its V/v beside the place's cell, read as one line).
    place = re.split(r"(?:(?<=[a-zđà-ỹ]{2})|(?<=\s[a-zđà-ỹ]))[.!?]\s+(?=[A-ZĐÀ-Ỹ])", place)[-1]
    if re.search(r"[:/]", place):
        # The number cell glued before the place: "Số: / KH-LĐ Nại Hiên Đông, ngày ...".
        words = re.split(r"[:/]", place)[-1].split()
        while words and re.fullmatch(r"[A-ZĐ0-9][A-ZĐ0-9\-–.&]*", words[0]) and len(words) > 1:
            words = words[1:]
        place = " ".join(words)
    if re.search(r"[^\w\s.\-–?'’]", place):
        # A scan's noise before the place ("“ S.ắ... ni =====e==e=a Hà Nội"): the place is the
        # run of capitalised words (or a district's number) that ends the cell, or nothing.
        words = place.split()
        k = len(words)
        while k > 0 and re.fullmatch(r"[A-ZĐÀ-Ỹ\d][\w.\-–?'’]*", words[k - 1]):
            k -= 1
        place = " ".join(words[k:])
    return _without_caps_run(_MOTTO_BEFORE.sub("", place))


# The motto glued before the place where a header's right cell was read as one line ("CỘNG HOÀ
# ... VIỆT NAM Độc lập - Tự do - Hạnh phúc Bắc Giang, ngày ..."): in sentence case, so the run
# of capitals before the place (_without_caps_run) does not take it.
_MOTTO_BEFORE = re.compile(r"^.*?Độc\s*lập\W+Tự\s*do\W+Hạnh\s*phúc\W*", re.IGNORECASE)


# A portal dates its page in the words of a place and date line, "Hôm nay" or the weekday where
# the place stands ("Hôm nay, ngày 22 tháng 1 năm 2019", "Thứ Tư, ngày 1 tháng 4 năm 2020"):
# neither is a place, and the page's day is not the document's.
_PORTAL_DAY = re.compile(PORTAL_DAY, re.IGNORECASE)


def _without_caps_run(place: str) -> str:
    """``place`` without the header's words in capitals glued before it.

    A copy that lost its line breaks runs the motto's or the title's last words into the place
    ("ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội", "ĐOÀN TNCS HỒ CHÍ MINH Thọ Xuân"): a place is written in
    capitals throughout or not at all, so a run of two or more words in capitals before a word
    in small letters is not the place's.
    """
    words = place.split()
    k = 0
    while k < len(words) and len(words[k]) >= 2 and words[k].isupper() and words[k].isalpha():
        k += 1
    if k >= 2 and k < len(words) and not words[k].isupper():
        return " ".join(words[k:])
    return place


_SURNAME_TEXT = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai "
    "Trịnh Trương Cao Lưu Tạ Châu Quách Tôn Thái La Lương Hà Kiều Nông Chu Từ Đào Tăng Thân "
    "Triệu Kim Giang Diệp Lục Vương Âu Mạc Tô Phùng Khổng Hứa Nghiêm Doãn Chế Bạch Đàm Lại "
    "Ông Tống Mã Hàn Quan Viên Ninh Khúc Văn Lò Đồng Trang Hầu Thạch Ksor Y Lữ Lã Phí Khương "
    "Ung Thiều Giáp Bế Nhữ Cù Đậu Lường Sầm Hứa Vi "
    # ... and the surnames of the Hmông, Dao, Thái and Central Highlands peoples, whose communes
    # and districts sign as any other ("Thào Mí Sính", "Giàng Seo Phử", "Cầm Văn Chính").
    "Thào Giàng Sùng Vàng Lầu Mùa Hờ Tráng Chảo Tẩn Cầm Lự Quàng Sình Hạng Điểu Siu Rơ Kpă "
    # ... and of the Tày and Nùng ("Lan Thị Vân", a commune's Front; draw11/2302's shape; "Lân",
    # the same key). Not the Dao's "Bàn": its key is "ban", as "BAN THƯỜNG VỤ".
    "Lan "
)
_SURNAMES = frozenset(fold(s) for s in _SURNAME_TEXT.split())


def is_name(line: str) -> bool:
    """A person's name: two to six capitalised words, no punctuation, a known surname first."""
    words = line.split()
    if not 2 <= len(words) <= 6 or re.search(r"[\d,;:.()/]", line):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    return fold(words[0]) in _SURNAMES


def without_hard_break(text: str) -> str:
    """``text`` without a Markdown hard break's backslash at its end ("ỦY BAN NHÂN DÂN\\": a Word
    paragraph's line break, kept by a Markdown copy and by a PDF printed from one); an escaped
    backslash ("\\\\") stays. No body's name or line of a document ends with one."""
    text = text.rstrip()
    if text.endswith("\\") and not text.endswith("\\\\"):
        return text[:-1].rstrip()
    return text


def opens_with(line: str, names: Sequence[str]) -> str:
    """The longest of ``names`` (folded) that ``line`` opens with as whole words, else ""."""
    folded = fold(" ".join(line.split()))
    hits = [n for n in names if folded == n or folded.startswith(n + " ")]
    return max(hits, key=len, default="")
