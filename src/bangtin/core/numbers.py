"""Document numbers ("Số và ký hiệu") of Party, state and mass-organisation documents.

Two forms exist (FORMATS.md): the Party form ``2078-CV/ĐUK`` (number, hyphen, type code, slash,
issuer code) and the state form ``08/KH-UBND`` or ``30/2020/NĐ-CP`` (number, slash, [year, slash,]
type code, hyphen, issuer code). Real text damages the spacing and the dashes; this module reads
every variant and writes one canonical text, one matching key and one URL slug.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from bangtin.core.text import fold, nfc, slugify

__all__ = [
    "PARTY_TYPE_CODES",
    "STATE_TYPE_CODES",
    "TYPE_CODES",
    "DocNumber",
    "ascii_digits",
    "canonical_type_code",
    "eth_as_d",
    "number_key",
    "parse_number",
    "type_name_for_code",
]

# Party type codes (Hướng dẫn 36-HD/VPTW). "QĐ" serves Quyết định and Quy định: the type line decides.
PARTY_TYPE_CODES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "KL": "Kết luận",
    "QC": "Quy chế",
    "TT": "Thông tri",
    "HD": "Hướng dẫn",
    "TB": "Thông báo",
    "BC": "Báo cáo",
    "KH": "Kế hoạch",
    "CTr": "Chương trình",
    "ĐA": "Đề án",
    "TTr": "Tờ trình",
    "CV": "Công văn",
    "BB": "Biên bản",
    "BS": "Bản sao",
    "TC": "Thông cáo",
    "QyĐ": "Quy định",
    # The Central Committee's regulations since 2019: "Quy định số 11-QĐi/TW".
    "QĐi": "Quy định",
    "TCT": "Thông tri",
}

# State codes (Nghị định 30/2020/NĐ-CP, Phụ lục III) and the legal-norm codes used in citations.
STATE_TYPE_CODES: dict[str, str] = {
    "NQ": "Nghị quyết",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "BGN": "Bản ghi nhớ",
    "BTT": "Bản thỏa thuận",
    "GUQ": "Giấy ủy quyền",
    "GM": "Giấy mời",
    "GGT": "Giấy giới thiệu",
    "GNP": "Giấy nghỉ phép",
    "PG": "Phiếu gửi",
    "PC": "Phiếu chuyển",
    "PB": "Phiếu báo",
    "SY": "Bản sao y",
    "TrS": "Bản trích sao",
    "SL": "Bản sao lục",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
    "L": "Luật",
    "PL": "Pháp lệnh",
    "QH": "Luật",
    "UBTVQH": "Nghị quyết",
    "CV": "Công văn",
    # A consolidated text ("03/2021/VBHN-VPQH", văn bản hợp nhất: Pháp lệnh hợp nhất văn bản quy
    # phạm pháp luật 2012) and a joint directive ("103/CTLT-EVN-CĐĐLVN", chỉ thị liên tịch).
    "VBHN": "Văn bản hợp nhất",
    "CTLT": "Chỉ thị liên tịch",
}

TYPE_CODES: frozenset[str] = frozenset(PARTY_TYPE_CODES) | frozenset(STATE_TYPE_CODES)
# Upper-case, d-folded spelling -> canonical code, so "QD", "Qđ", "CTR" and "DA" are understood.
_CODE_BY_KEY: dict[str, str] = {}
for _code in sorted(TYPE_CODES, key=len):
    _CODE_BY_KEY.setdefault(_code.upper(), _code)
for _code in sorted(TYPE_CODES, key=len):
    _CODE_BY_KEY.setdefault(fold(_code).upper(), _code)
# "DA" is Dự án in state documents but Party texts typed without "Đ" mean Đề án far more often;
# keep the exact code when the text has it, fold only when nothing else matches.
_CODE_BY_KEY["DA"] = "DA"

_DASH = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_DASHES = re.compile(f"[{_DASH}]")
_CODE = r"[A-Za-zĐđÀ-ỹ][A-Za-z0-9ĐđÀ-ỹ]*"
_ISSUER = rf"{_CODE}(?:\s*[-.&]\s*{_CODE})*"
# Party form: "2078-CV/ĐUK", "1313 -CV/ĐUK", "225 - KH/TWĐTN-CTTN", "84 QĐ/TWĐTN". A letter may
# follow the serial, a capital only before the hyphen: the Central Committee told one plenum's
# resolutions apart so ("08B-NQ/HNTW", draw7/1565); "20NQ/TW" is a code glued on (_GLUED_PARTY).
_PARTY = re.compile(
    rf"^(?P<serial>\d{{1,6}}(?:[a-z]|[A-Z](?=\s*-))?)\s*(?:-\s*|\s+)(?P<type>{_CODE})\s*/\s*"
    rf"(?P<issuer>{_ISSUER})$"
)
# A Party number typed with a hyphen for its slash ("39-CT-TW", draw6/1431; "Chỉ thị số
# 08-CT-TW", draw9/1938): read only where the code after the type's is a Party committee's own
# (_PARTY_COMMITTEES), which no state body numbers with, and the type's a Party one.
_HYPHENED_PARTY = re.compile(
    r"^(?P<serial>\d{1,6}[a-z]?)\s*-\s*(?P<type>[A-ZĐ][A-Za-zĐ]{1,3})\s*-\s*"
    r"(?P<issuer>TW|TƯ|TU|ThU|HU|ĐU|ĐUK)$"
)
# A Party letter's drafting unit in small letters after the issuer's code ("1840-CV/VPTW/nb",
# draw7/1554, draw10/2155, 2157, 2158): part of the number, written as it is.
_UNIT = re.compile(r"\s*/\s*(?P<unit>[a-z]{1,4})$")
# State form: "08/KH-UBND", "4919/VPCP-KTTH", "30/2020/NĐ-CP", "17/2023/TT-BTC"; older and
# joint documents put a slash between the code and the issuer: "19/2001/CT/UB",
# "19/2008/NQLT/CP-UBTUMTTQVN", "01/QCPH/UBND-UBMTTQ".
# ... and a decimal serial before a year: the Government's resolutions of 2025, "66.2/2025/NQ-CP".
_STATE = re.compile(
    rf"^(?P<serial>\d{{1,6}}(?:[a-z]|\.\d{{1,2}}(?=/(?:19|20)\d\d/))?)\s*/\s*"
    rf"(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?"
    rf"(?P<rest>{_ISSUER}(?:\s*/\s*{_ISSUER})?)$"
)
# A state number whose slash was typed as a space or lost ("Kế hoạch số 41 KH-BTV", "Tờ trình số
# 353TT-KHĐT"): read only where the caller knows from the words around it that this is a number
# (``lenient``), its code a known one.
_SPACED_STATE = re.compile(
    rf"^(?P<serial>\d{{1,6}}[a-z]?)\s*(?P<type>{_CODE})\s*-\s*(?P<issuer>{_ISSUER})$"
)
# ... and a Party number whose hyphen was lost, the code glued to the serial ("Nghị quyết số
# 20NQ/TW", "hướng dẫn số 22HD/TWĐTN"), likewise.
_GLUED_PARTY = re.compile(
    rf"^(?P<serial>\d{{1,6}})(?P<type>[A-ZĐ][A-Za-zĐ]{{1,3}})\s*/\s*(?P<issuer>{_ISSUER})$"
)
# PDF text layers that drop every hyphen glue the type code to the issuer ("1961/QĐUBND",
# "61/2018/NĐCP", "01/2018/TTVPCP"): split only before an issuer family that is unmistakable.
_GLUED_CODES = ("TTLT", "QĐ", "NĐ", "NQ", "TT", "CT", "KH", "TB", "HD", "BC", "CV")
# (... or a council's standing committee, "120/QĐTTHĐND"; made up, draw13/2892's shape.)
_GLUED_ISSUER = re.compile(r"^(?:UBND|(?:TT)?HĐND|CP|TTG|VPCP|B[A-ZĐ]{1,7})$")
# Party type codes that, first in a state number, are a body's code: "2728/TCT-DNL" is a công
# văn of Tổng cục Thuế, never a Thông tri.
_NO_STATE_TYPE = frozenset({"TCT"})
# The Party's Central Committee: no state body numbers its documents with "TW" alone; nor with a
# provincial, city, district or grassroots Party committee's code alone (Tỉnh ủy "TU", Thành ủy
# "ThU", Huyện ủy "HU", Đảng ủy "ĐU", Đảng ủy khối "ĐUK": Hướng dẫn 36); nor with a Party
# cell's, "CB" (a chi bộ's plan "24/KH-CB" is the Party's 24-KH/CB; draw15/3101, 3131).
_PARTY_COMMITTEES = frozenset({"TW", "TƯ", "TU", "ThU", "HU", "ĐU", "ĐUK", "CB"})
_PREFIX = re.compile(r"^\s*(?:số\s*(?:và\s*ký\s*hiệu)?\s*:?\s*)", re.IGNORECASE)
# The older state form (Hội đồng Chính phủ, Hội đồng Bộ trưởng, Thủ tướng, 1960s to 1990s):
# number, hyphen and the issuer's code with no type code, "101-HĐBT", "43-TTg", "130-CP",
# "16-NT", "124-CT" (Chủ tịch Hội đồng Bộ trưởng); a code of capitals, a last small letter allowed
# ("TTg"). A code that is also a type code ("124-CT", "12-KH") may be a Party number cut short:
# the citation reader takes it only where a type word of another type names it.
_OLD_STATE = re.compile(r"^(?P<serial>\d{1,6}[a-z]?)\s*-\s*(?P<issuer>[A-ZĐ]{2,5}[a-z]?)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class DocNumber:
    """A parsed document number.

    Attributes:
        serial: the running number without leading zeros ("2078", "8").
        type_code: the canonical type code ("CV", "QĐ", "CTr"), or None when the number has none
            (a state công văn "4919/VPCP-KTTH").
        issuer_code: the issuer code with any unit suffix ("ĐUK", "TWĐTN-CTTN", "VPCP-KTTH").
        year: the year written inside the number (state legal norms: "30/2020/NĐ-CP"), else None.
        form: "party" or "state".
        padded: the number as written when it had leading zeros ("08"), for display.
    """

    serial: str
    type_code: str | None
    issuer_code: str
    year: int | None = None
    form: Literal["party", "state"] = "party"
    padded: str = ""
    # The older state form, issuer code after the hyphen (_OLD_STATE, _old_ministry): written
    # back as it was, "43-TTg", "18-BYT/TT", never as "43/TTg".
    old: bool = False
    # A Party letter's drafting unit in small letters after the issuer ("nb" of
    # "1840-CV/VPTW/nb", see _UNIT), else "".
    unit: str = ""

    def __str__(self) -> str:
        return self._text(self.padded or self.serial)

    def _text(self, serial: str) -> str:
        if self.old:
            code = f"/{self.type_code}" if self.type_code else ""
            return f"{serial}-{self.issuer_code}{code}"
        if self.form == "party":
            unit = f"/{self.unit}" if self.unit else ""
            return f"{serial}-{self.type_code}/{self.issuer_code}{unit}"
        middle = f"{self.year}/" if self.year else ""
        code = f"{self.type_code}-" if self.type_code else ""
        return f"{serial}/{middle}{code}{self.issuer_code}"

    @property
    def key(self) -> str:
        """Matching key: independent of case, spacing, dashes and of "Đ" typed as "D".

        An older state number with no type code is one number with a hyphen or a slash: offices
        and gazettes wrote "812-MTg" and "812/MTg", "16-NT" and "16/NT" for one document.
        """
        if self.old and self.type_code is None:
            return _key_of(f"{self.serial}/{self.issuer_code}")
        return _key_of(self._text(self.serial))

    @property
    def slug(self) -> str:
        """URL slug: "2078-CV/ĐUK" -> "2078-cv-duk"; "08-HD/BDVTU" -> "8-hd-bdvtu".

        Leading zeros are dropped so that "08-HD" and "8-HD", one document, share one URL.
        """
        return _slug_of(self._text(self.serial))

    @property
    def type_name(self) -> str | None:
        """The Vietnamese type name the code stands for, or None."""
        if self.type_code == "TT" and self.issuer_code == "LB":
            # "11-TT/LB", "4/TT-LB": ministries' joint circular (liên bộ) in either pattern; the
            # Party's "TT" (Thông tri) is never issued by "LB".
            return "Thông tư liên bộ"
        return type_name_for_code(self.type_code, form=self.form)


@functools.lru_cache(maxsize=65536)
def _slug_of(text: str) -> str:
    # Every URL of a directive is built from its slug, thousands of times a build.
    return slugify(text)


@functools.lru_cache(maxsize=65536)
def _key_of(text: str) -> str:
    # Keys are asked for again and again (identity checks, lookups, sorting): fold once.
    return number_key(text)


def number_key(text: str) -> str:
    """Matching key of a number text: folded, upper case, spaces removed."""
    return re.sub(r"\s+", "", fold(_DASHES.sub("-", nfc(text)))).upper()


def type_name_for_code(code: str | None, *, form: str = "party") -> str | None:
    """Return the type name a code stands for ("CV" -> "Công văn"), or None when unknown."""
    if code is None:
        return None
    table = PARTY_TYPE_CODES if form == "party" else STATE_TYPE_CODES
    return table.get(code) or PARTY_TYPE_CODES.get(code) or STATE_TYPE_CODES.get(code)


def canonical_type_code(code: str) -> str | None:
    """The canonical type code a code written in any case, with or without "Đ", stands for
    ("qd" -> "QĐ", "CTR" -> "CTr"), or None when it is no type code."""
    return _canonical_code(code)


def _canonical_code(code: str) -> str | None:
    code = code.strip()
    if code in TYPE_CODES:
        return code
    return _CODE_BY_KEY.get(code.upper()) or _CODE_BY_KEY.get(fold(code).upper())


def _clean_issuer(issuer: str) -> str:
    issuer = re.sub(r"\s*([-.&])\s*", r"\1", issuer.strip())
    cleaned = _PART.sub(_issuer_part, issuer)
    # (Every number passes here, the build's citations too: the dotted code is rare.)
    return _DOTTED_CENTRAL.sub("TW", cleaned) if "T." in cleaned else cleaned


# Newspapers abbreviate Trung ương "T.Ư" (or "T.W") and write the Politburo's numbers so
# ("Thông báo Kết luận số 234-TB/T.Ư"): the Central Committee's code, written "TW" on its own
# documents (Hướng dẫn 36). Only a whole code part; a plain "TƯ" is left as read (Trung ương
# typed with its Ư, or an OCR's horn on a Tỉnh ủy's "TU": only the text around can tell).
_DOTTED_CENTRAL = re.compile(r"(?<![^-/&])T\.[ƯW](?![^-/&])")


# An issuer code is written in capitals, but a few official ones mix cases: "TTg" (Thủ tướng
# Chính phủ, on every "1400/QĐ-TTg"), "GDTrH" (Vụ Giáo dục Trung học), "CTr"... Such a part,
# capitals with lower case letters among them, keeps the case it was written in ("QĐ-TTG"
# would be a misspelling on the page); a part typed all in lower case is put in capitals. The
# matching key and the URL slug ignore case either way, so both spellings are one document.
_PART = re.compile(r"[^-./&]+")


def _issuer_part(m: re.Match[str]) -> str:
    part = m[0]
    uppers = sum(c.isupper() for c in part)
    if part[:1].isupper() and uppers >= 2 and uppers < sum(c.isalpha() for c in part):
        return part  # "TTg", "GDTrH"; not "Ubnd", a word typed with a capital
    return part.upper()


def _serial(raw: str) -> tuple[str, str]:
    digits = raw.lstrip("0") or "0"
    return digits, raw


def _unglue(rest: str) -> list[str] | None:
    """ "QĐUBND" -> ["QĐ", "UBND"] when a PDF dropped the hyphen (see _GLUED_ISSUER)."""
    for code in _GLUED_CODES:
        tail = rest[len(code) :]
        if rest.startswith(code) and _GLUED_ISSUER.match(tail.upper()):
            return [code, tail]
    return None


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit of another script as its ASCII digit.

    "２０７８" typed with a full-width input method or "٢٠٧٨" pasted from an Arabic-locale tool
    are the number 2078: `\\d` matches them, so without this "２０７８-CV/ĐUK" would be a second
    document beside "2078-CV/ĐUK", with its own key, page and citations.
    """
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(c)) if not c.isascii() and c.isdecimal() else c for c in text
    )


def _damaged_number(cleaned: str) -> DocNumber | None:
    """A number whose separator was lost or typed as a space, its code a known one (see
    _GLUED_PARTY, _SPACED_STATE): read only where the words around it say it is a number."""
    for pattern, form in ((_GLUED_PARTY, "party"), (_SPACED_STATE, "state")):
        if (m := pattern.match(cleaned)) and (code := _canonical_code(m["type"])):
            serial, padded = _serial(m["serial"])
            return DocNumber(
                serial=serial,
                type_code=code,
                issuer_code=_clean_issuer(m["issuer"]),
                form="party" if form == "party" else "state",
                padded=padded if len(padded) > len(serial) else "",
            )
    return None


# The types a ministry numbered that way ("18-BYT/TT", "59-BYT/QĐ", "16-BYT/CT"); any other
# second code names one of its units.
_OLD_MINISTRY_TYPES = frozenset({"TT", "QĐ", "CT", "TTLT"})


def _old_number(cleaned: str, party: re.Match[str] | None) -> DocNumber | None:
    """A number of the older state forms: "101-HĐBT" (_OLD_STATE), or a ministry's "15-BTC/TT",
    "18-BYT/TT", "59-BYT/QĐ" (1970s to 1990s: number, the ministry's code, slash, the type code,
    the reverse of the Party's order). The latter is told from a Party number by its codes: the
    first is no type code and the last is one ("11-TT/LB", a joint circular, stays Party-shaped).
    ``party`` is parse_number's one match of _PARTY on ``cleaned``.
    """
    if m := _OLD_STATE.match(cleaned):
        issuer, code = m["issuer"], None
    elif (m := party) and _canonical_code(m["type"]) is None:
        issuer, code = m["type"], _canonical_code(m["issuer"])
        if code is None or not re.fullmatch(r"[A-ZĐ]{2,6}", issuer):
            return None
        if code not in _OLD_MINISTRY_TYPES:
            # "1406-BYT/TC": the second code is the ministry's unit (Vụ Tổ chức), not Thông cáo.
            issuer, code = f"{issuer}/{_clean_issuer(m['issuer'])}", None
    else:
        return None
    serial, padded = _serial(m["serial"])
    return DocNumber(
        serial=serial,
        type_code=code,
        issuer_code=issuer,
        form="state",
        padded=padded if len(padded) > len(serial) else "",
        old=True,
    )


# Slashes other than "/" that typists and word processors put in a number: the fraction slash
# (U+2044, autoformat's "1478⁄CĐ-TTg"), the division slash (U+2215), the full-width one.
SLASHES = str.maketrans({"\u2044": "/", "\u2215": "/", "\uff0f": "/"})
# The Latin "Ð" (U+00D0) a page's font types for "Đ" ("Quy định số 127- QÐ/TW", "của Ðảng"): the
# same letter on paper. Beside a "Đ" it is OCR's second reading of one ("1836-QĐÐ/TWĐTN", a
# number left damaged), and stays.
_ETH = re.compile(r"(?<![ĐÐđð])[Ðð](?![ĐÐđð])")


def eth_as_d(text: str) -> str:
    """``text`` with every "Ð"/"ð" that stands for "Đ"/"đ" written so (see _ETH); same length."""
    if "Ð" not in text and "ð" not in text:
        return text
    return _ETH.sub(lambda m: "Đ" if m[0] == "Ð" else "đ", text)


_MARKDOWN_MARKS = re.compile(r"\*+|\\(?=[-./_])")


def parse_number(text: str, *, lenient: bool = False) -> DocNumber | None:
    """Parse a document number in any of its written forms; None when it is not one.

    >>> str(parse_number("Số 1313 -CV/ĐUK"))
    '1313-CV/ĐUK'
    >>> str(parse_number("Số: 08/KH-UBND"))
    '08/KH-UBND'
    >>> parse_number("30/2020/NĐ-CP").year
    2020

    Args:
        text: the number as written, with or without "Số".
        lenient: accept a Party-form number whose type code is in no table ("01-CB/TW"); for
            callers that know from the words around it that this is a document number.
    """
    if not isinstance(text, str):
        return None
    cleaned = _DASHES.sub("-", ascii_digits(nfc(text))).replace("\u00a0", " ").translate(SLASHES)
    cleaned = eth_as_d(cleaned)
    if "*" in cleaned or "\\" in cleaned:
        # Markdown's marks around and inside a number of a converted Word file ("**Số:** 123
        # /UBND\\-VP", "Số 45\\-KH/HU": bold, a converter's escaped dash): no part of it.
        cleaned = _MARKDOWN_MARKS.sub("", cleaned)
    cleaned = _PREFIX.sub("", cleaned).strip().rstrip(".,;:")
    if not cleaned or len(cleaned) > 80:
        return None
    if (unit := _UNIT.search(cleaned)) is not None:
        head = parse_number(cleaned[: unit.start()], lenient=lenient)
        if head is not None and head.form == "party" and not head.old:
            return dataclasses.replace(head, unit=unit["unit"])
    party = _PARTY.match(cleaned)
    if (old := _old_number(cleaned, party)) is not None:
        return old
    if m := party:
        code = _canonical_code(m["type"])
        if code is None and lenient and re.fullmatch(r"[A-ZĐ]{2,4}|Q", m["type"]):
            # A code outside the tables, trusted where the text says what the number is:
            # "Công văn số 01-CB/TW" (a circular of the Central Committee); "Q", a "QĐ" whose
            # "Đ" a copy outside its code page lost ("s?: 514-Q/TWTN-BKT"), kept as written.
            code = m["type"]
        if code is not None:
            serial, padded = _serial(m["serial"])
            issuer = _clean_issuer(m["issuer"])
            return DocNumber(
                serial=serial,
                type_code=code,
                issuer_code=issuer,
                # ("16-CT/TTg": the Prime Minister numbers in the state's pattern, never the
                # Party's; made up after draw12/2558.)
                form="state" if issuer == "TTg" else "party",
                padded=padded if len(padded) > len(serial) else "",
            )
    if (m := _HYPHENED_PARTY.match(cleaned)) and _canonical_code(m["type"]) in PARTY_TYPE_CODES:
        serial, padded = _serial(m["serial"])
        return DocNumber(
            serial=serial,
            type_code=_canonical_code(m["type"]),
            issuer_code=m["issuer"],
            form="party",
            padded=padded if len(padded) > len(serial) else "",
        )
    if lenient and (damaged := _damaged_number(cleaned)) is not None:
        return damaged
    if m := _STATE.match(cleaned):
        return _state_number(m)
    return None


# The boards and office of the Party's Central Committee (Văn phòng, Ban Tổ chức, its older "TCTW",
# Tuyên giáo, Dân vận, Kinh tế, Nội chính, Đối ngoại, Ủy ban Kiểm tra): no state body numbers
# with their codes, so a number of theirs in the state's pattern ("152/CV-TCTW", draw11/2417) is
# the Party's.
_CENTRAL_BOARDS = frozenset(
    {"VPTW", "BTCTW", "TCTW", "BTGTW", "BDVTW", "BKTTW", "BNCTW", "BĐNTW", "UBKTTW", "BTGDVTW"}
)
# A state body's own code: a number that holds one is the state's, whatever follows it.
_STATE_BODIES = frozenset({"UBND", "HĐND", "UB", "CP", "TTg", "VPCP"})


def _party_committees(issuer: str) -> bool:
    """``issuer`` is a board of the Central Committee's (_CENTRAL_BOARDS), or a Party committee's
    own code, alone or last after a unit's ("TU", "NS-TU":
    a provincial standing committee's resolution of the 1980s, "621/NQ-NS-TU", made up after
    draw12/2526), with no state body's code in it ("12/QĐ-UBND-TU" stays the state's)."""
    if issuer in _CENTRAL_BOARDS:
        return True
    parts = issuer.split("-")
    return parts[-1] in _PARTY_COMMITTEES and not _STATE_BODIES.intersection(parts)


def _state_number(m: re.Match[str]) -> DocNumber | None:
    """The number `_STATE` matched ("08/KH-UBND", "30/2020/NĐ-CP", "556/TTg"), or None where it
    holds no type code, no year and no code in capitals."""
    serial, padded = _serial(m["serial"])
    rest = re.sub(r"\s*/\s*", "/", _clean_issuer(m["rest"]))
    head, slash, tail = rest.partition("/")
    if slash and _canonical_code(head) is not None:
        rest = f"{head}-{tail}"  # "CT/UB" is "CT-UB" written the older way
    head, dot, tail = rest.partition(".")
    if dot and not rest.isupper() and "-" not in head and _canonical_code(head) is not None:
        # ... as is "TTr.UB" ("Tờ trình số 40/TTr.UB", "8202/TTr .UBND.VX"; draw3/656, draw8/
        # 1887's shape): the dot after a mixed-case type code stands for the hyphen; without it
        # the number is none. A code in capitals reads as written ("364/CV.BCH", "03/KH.LĐ").
        rest = f"{head}-{tail}"
    parts = rest.split("-")
    if len(parts) == 1 and "/" not in rest:
        parts = _unglue(rest) or parts
    code = _canonical_code(parts[0]) if len(parts) > 1 else None
    if code in _NO_STATE_TYPE:
        code = None
    issuer = "-".join(parts[1:] if code is not None else parts)
    year = int(m["year"]) if m["year"] else None
    if (
        year is None
        and code is None
        and len(parts) == 1
        and not m["rest"].isupper()
        # (but the older state form's mixed code: "556/TTg", "812/MTg")
        and not _OLD_STATE.match(f"{serial}-{m['rest']}")
    ):
        return None
    if year is None and code in PARTY_TYPE_CODES and _party_committees(issuer):
        # The Central Committee's number in the state's pattern ("Chỉ thị số 22/CT-TW", a
        # site's "09/CT/TW"), or a Party committee's ("07/CT-TU", "25/CT-HU", with a code
        # between, "621/NQ-NS-TU"): a Party number, written the Party's way (Hướng dẫn 36).
        form: Literal["party", "state"] = "party"
    else:
        form = "state"
    return DocNumber(
        serial=serial,
        type_code=code,
        issuer_code=issuer,
        year=year,
        form=form,
        padded=padded if len(padded) > len(serial) else "",
    )
