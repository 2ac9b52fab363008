"""Official casing of text written in capitals: bodies, titles, subjects, names."""

from __future__ import annotations

import re

from bangtin.core.numbers import parse_number
from bangtin.importer.lines import is_caps

# Lower-case spelling -> official spelling, longest first when applied.
_TERMS = {
    "đảng cộng sản việt nam": "Đảng Cộng sản Việt Nam",
    "ban chấp hành trung ương": "Ban Chấp hành Trung ương",
    "ban chấp hành": "Ban Chấp hành",
    "ban thường vụ": "Ban Thường vụ",
    "ban bí thư": "Ban Bí thư",
    "bộ chính trị": "Bộ Chính trị",
    "ban tuyên giáo - dân vận": "Ban Tuyên giáo - Dân vận",
    "ban tuyên giáo": "Ban Tuyên giáo",
    "ban dân vận": "Ban Dân vận",
    "ban tổ chức": "Ban Tổ chức",
    "ban nội chính": "Ban Nội chính",
    "ban kinh tế": "Ban Kinh tế",
    "ủy ban kiểm tra": "Ủy ban Kiểm tra",
    "ủy ban mặt trận tổ quốc việt nam": "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "mặt trận tổ quốc việt nam": "Mặt trận Tổ quốc Việt Nam",
    "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "ủy ban nhân dân": "Ủy ban nhân dân",
    "hội đồng nhân dân": "Hội đồng nhân dân",
    "hội đồng đội": "Hội đồng Đội",
    "đoàn tncs hồ chí minh": "Đoàn TNCS Hồ Chí Minh",
    "đoàn thanh niên cộng sản hồ chí minh": "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "hội cựu chiến binh": "Hội Cựu chiến binh",
    "hội liên hiệp phụ nữ": "Hội Liên hiệp Phụ nữ",
    "hội liên hiệp thanh niên": "Hội Liên hiệp Thanh niên",
    "hội nông dân": "Hội Nông dân",
    "liên đoàn lao động": "Liên đoàn Lao động",
    "công đoàn": "Công đoàn",
    "cơ quan và doanh nghiệp": "Cơ quan và Doanh nghiệp",
    "văn phòng": "Văn phòng",
    "đảng ủy": "Đảng ủy",
    "đảng bộ": "Đảng bộ",
    "đảng đoàn": "Đảng đoàn",
    "ban cán sự đảng": "Ban cán sự đảng",
    "chi bộ": "Chi bộ",
    "tỉnh ủy": "Tỉnh ủy",
    "huyện ủy": "Huyện ủy",
    "thành ủy": "Thành ủy",
    "thị ủy": "Thị ủy",
    "quận ủy": "Quận ủy",
    "tỉnh đoàn": "Tỉnh đoàn",
    "huyện đoàn": "Huyện đoàn",
    "thành đoàn": "Thành đoàn",
    "đoàn khối": "Đoàn Khối",
    "trung ương": "Trung ương",
    "thường trực": "Thường trực",
    "khối": "Khối",
    "sở": "Sở",
    "nội vụ": "Nội vụ",
    "bí thư": "Bí thư",
    "thủ tướng chính phủ": "Thủ tướng Chính phủ",
    "thủ tướng": "Thủ tướng",
    "chủ tịch": "Chủ tịch",
    "chánh văn phòng": "Chánh Văn phòng",
    "tổng phụ trách đội": "Tổng phụ trách Đội",
    "liên đội": "Liên đội",
    "giám đốc": "Giám đốc",
    "trưởng ban": "Trưởng ban",
    "ủy viên": "Ủy viên",
    "đảng": "Đảng",
    "việt nam": "Việt Nam",
    "hồ chí minh": "Hồ Chí Minh",
}
_TERM_RE = re.compile(
    r"(?<!\w)(" + "|".join(re.escape(t) for t in sorted(_TERMS, key=len, reverse=True)) + r")(?!\w)"
)
_PLACE_LEVEL = re.compile(
    r"(?<!\w)(tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|tp\.)\s+(?!ủy\b|đoàn\b)"
    r"((?:\w+)(?:\s+\w+){0,3})"
)
_ACRONYMS = {"UBND", "HĐND", "MTTQ", "TNCS", "TNTP", "BCH", "BTV", "CCB", "TW", "VP", "LĐLĐ", "CP"}
_PLACE_STOP = {"và", "của", "về", "cơ", "doanh", "khối", "nhiệm", "năm"}


def name_case(text: str) -> str:
    """Official casing of a body or title written in capitals: "BAN DÂN VẬN TỈNH ỦY" -> ..."""
    text = " ".join(text.replace("UỶ", "ỦY").replace("Uỷ", "Ủy").split())
    if not is_caps(text):
        return text
    words = text.split()
    keep = {i for i, w in enumerate(words) if w.strip(".,;") in _ACRONYMS}
    lowered = " ".join(w if i in keep else w.lower() for i, w in enumerate(words))
    lowered = _TERM_RE.sub(lambda m: _TERMS[m[1]], lowered)

    def place(m: re.Match[str]) -> str:
        names = m[2].split()
        out = []
        for w in names:
            if w.lower() in _PLACE_STOP:
                break
            out.append(w[:1].upper() + w[1:])
        rest = names[len(out) :]
        return " ".join([m[1], *out, *rest])

    lowered = _PLACE_LEVEL.sub(place, lowered)
    # "KT. BỘ TRƯỞNG BỘ NỘI VỤ": the ministry after a minister's title is a name ("Bộ Nội vụ").
    lowered = _MINISTRY.sub("Bộ", lowered)
    return lowered[:1].upper() + lowered[1:]


_MINISTRY = re.compile(r"(?<=trưởng )bộ(?= \w)")


def sentence_case(text: str) -> str:
    """A subject written in capitals, in sentence case; numbers and known names keep theirs."""
    if not is_caps(text):
        return text[:1].upper() + text[1:]
    words = []
    for w in text.split():
        if parse_number(w.strip(".,;:()")) is not None or w.strip(".,;:()") in _ACRONYMS:
            words.append(w)
        else:
            words.append(w.lower())
    out = _TERM_RE.sub(lambda m: _TERMS[m[1]], " ".join(words))
    return out[:1].upper() + out[1:]


def person_case(text: str) -> str:
    if not is_caps(text):
        return text
    return " ".join(w[:1] + w[1:].lower() for w in text.split())
