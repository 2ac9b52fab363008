"""The own number of a page stored as its address's words or as a search page's query.

A download site's page is often stored as one line: its address's words, lower case, without
diacritics or punctuation, the type's name and the number's parts apart by spaces, the trích
yếu run on ("download phap luat thong tu 78 2021 tt btc huong dan luat quan ly thue ...",
draw9/2027's and draw10/2205's shape); a document-sharing site's search page as its query in
quotes, the number's slash and hyphen lost ('"công văn số 4021vpcp cn" trang 8 - tải miễn phí
...', draw10/2233); a content site's title with the code in small letters ("Thông tư
77/2014/tt-btc hướng dẫn ...", draw10/2209) or hyphens for the slashes ("quyết định
15-2012-qĐ-ubnd", draw10/2224). The number such a line gives right after the type's name is the
page's own: it is read where its code confirms the type (a type code of that type, a
state letter's issuer and unit, a National Assembly's "qh14"), never where it names another.
"""

from __future__ import annotations

import datetime as dt
import re

from bangtin.core.model import DocType
from bangtin.core.numbers import DocNumber, canonical_type_code, parse_number, type_name_for_code
from bangtin.core.text import fold
from bangtin.importer.layout import Found
from bangtin.importer.web.title import ARCHIVE_LABEL, DOWNLOAD_LABEL
from bangtin.links.citations import find_citations

__all__ = ["address_citations", "read_address_words"]

_MAX_CHARS = 240
# The types' names as the address writes them, longest first ("thong tu lien tich" before
# "thong tu"); never the "luat" of the site's own "phap luat" ("download phap luat ...").
_KINDS = {fold(t.value): t for t in DocType}
_KIND = re.compile(
    r"(?<![a-z0-9])(?<!phap )(?P<kind>"
    + "|".join(re.escape(k) for k in sorted(_KINDS, key=len, reverse=True))
    + r")(?![a-z0-9])"
)
# After the name: "so" and the number, or the trích yếu first and "so" before the number ("thong
# tu ve tieu chuan ... so 01 2015 tt bvhttdl", "luat quan nhan ... so 98 2015 qh13").
_RIGHT_AFTER = re.compile(r"\s+(?:so\s*)?(?=\d)")
_BETWEEN = re.compile(r"\s+(?P<between>[a-z][a-z0-9 ]{2,150}?)\s+so\s+(?=\d)")
# The number: serial, the year maybe, the codes apart by spaces, slashes or hyphens, or the first
# glued to the serial ("4021vpcp cn", "307qd ttg").
_NUMBER = re.compile(
    r"(?P<serial>\d{1,5})(?:(?:\s+|[/-])(?P<year>(?:19|20)\d\d))?(?:\s+|[/-]|(?=[a-z]{2}))"
    r"(?P<codes>[a-z][a-z0-9]{0,9}(?:(?:\s+|-)[a-z][a-z0-9]{0,9})*)(?![a-z0-9])"
)
_YEARS = re.compile(r"\s*(?:(?:19|20)\d\d\s*)+")
_DAY = re.compile(r"\s*ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d\d)(?!\d)")
# A word of the language: onset, vowels, coda. What is none ("btc", "ubnd", "tcbc", "qh14") is a
# code; "ve", "ban", "cua", "huong" are words of the trích yếu or the sentence.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_ASSEMBLY = re.compile(r"(?:QH|UBTVQH)\d{1,2}")
_ASSEMBLY_KINDS = frozenset({DocType.LUAT, DocType.NGHI_QUYET, DocType.PHAP_LENH})
# A ground's or an act's words before the type's name: the line is a sentence.
_GROUND_BEFORE = re.compile(
    r"(?<![a-z])(?:thuc hien|can cu|theo|trien khai|kem theo|ban hanh|cua)\s*\Z"
)
_QUOTED = re.compile(r"[\"“](?P<q>[^\"”\n]{5,150})[\"”]")
# The Prime Minister's code is written "TTg" (numbers.py keeps such a code's case).
_MIXED_CASE = {"TTG": "TTg"}


def _address(text: str) -> tuple[str, str, bool] | None:
    """The page's words as written and folded, and whether they are a quoted query; None for a
    page that is not one line of address words (see the module)."""
    page = text.strip()
    if "\n" in page or len(page) > _MAX_CHARS:
        return None
    # (A site's label after the words, "... của luật - SEARCH", is none of them: see
    # ARCHIVE_LABEL; made up, draw11/2485's shape.)
    page = ARCHIVE_LABEL.sub("", DOWNLOAD_LABEL.sub("", page))
    quoted = _QUOTED.match(page)
    words = quoted["q"].strip() if quoted else page
    folded = fold(words)
    if len(folded) != len(words):
        return None  # (offsets into the words as written must hold)
    return words, folded, quoted is not None


def address_citations(text: str, own: DocNumber) -> list[DocNumber]:
    """The other documents a page of address words names after its own, each by its type's
    name right before its number ("... sua doi nghi quyet 55 2010 qh12 ve ...", "... theo nghi
    dinh 61 2015 nd cp"; draw10/2217, 2248's shape), read as the own one is."""
    address = _address(text)
    if address is None:
        return []
    _, folded, quoted = address
    cited: list[DocNumber] = []
    for kind in _KIND.finditer(folded):
        if not _RIGHT_AFTER.match(folded, kind.end()):
            continue
        read = _number_after(folded, kind.end(), _KINDS[kind["kind"]], whole=quoted)
        if read is not None and read[0].key != own.key and read[0] not in cited:
            cited.append(read[0])
    return cited


def read_address_words(text: str, found: Found) -> bool:
    """Fill ``found``'s number (and type, trích yếu and day where the line gives them) from a
    page that is one line of address words or a query (see the module); else nothing. Whether
    it did."""
    address = _address(text)
    if address is None:
        return False
    words, folded, quoted = address
    for kind in _KIND.finditer(folded):
        if _GROUND_BEFORE.search(folded, 0, kind.start()):
            return False  # "thuc hien ke hoach so ...": a sentence's ground, not the page's name
        read = _number_after(folded, kind.end(), _KINDS[kind["kind"]], whole=quoted)
        if read is None:
            continue
        number, subject, day, at = read
        if any(c.number_start == at for c in find_citations(words)):
            return False  # (a number written whole: a citation, the other readers' to place)
        found.number = number
        found.doc_type = found.doc_type or _KINDS[kind["kind"]]
        if not found.subject and subject is not None:
            found.subject = [words[subject[0] : subject[1]]] if subject[1] > subject[0] else []
        found.date = found.date or day
        return True
    return False


def _number_after(
    folded: str, at: int, kind: DocType, *, whole: bool
) -> tuple[DocNumber, tuple[int, int] | None, dt.date | None, int] | None:
    """The number right after the type's name at ``at`` (see _BETWEEN, _NUMBER), the span of
    the trích yếu, the day and where the number starts; None where there is none or its code
    is not sure."""
    between = _RIGHT_AFTER.match(folded, at) or _BETWEEN.match(folded, at)
    m = _NUMBER.match(folded, between.end()) if between is not None else None
    if between is None or m is None:
        return None
    tokens = re.split(r"[\s-]+", m["codes"])
    kept = _code_tokens(tokens, kind, year=m["year"] is not None, whole=whole)
    if kept is None:
        return None
    codes, used = kept
    year = f"{m['year']}/" if m["year"] else ""
    number = parse_number(f"{m['serial']}/{year}{codes}")
    if number is None or (number.form == "party" and number.type_code is None):
        return None
    # Where the codes end: the used tokens' end in the line.
    end = m.start("codes")
    for token in tokens[:used]:
        end = folded.index(token, end) + len(token)
    if between.re is _BETWEEN:
        return number, _about(folded, *between.span("between")), None, m.start()
    rest = _YEARS.match(folded, end)
    after = rest.end() if rest else end
    day = None
    if (d := _DAY.match(folded, end)) is not None:
        day = _date(d)
        after = d.end()
    if whole or folded.startswith("cua ", after):
        return number, None, day, m.start()  # (the issuer's "cua ...": no trích yếu)
    return number, _about(folded, after, len(folded)), day, m.start()


def _code_tokens(
    tokens: list[str], kind: DocType, *, year: bool, whole: bool
) -> tuple[str, int] | None:
    """The number's codes ("TT-BTC", "VPCP-CN", "QH14") from the tokens after its serial and
    how many of them they take; None where the first names another type than ``kind``."""
    upper = [t.upper() for t in tokens]
    code = canonical_type_code(upper[0])
    if code is not None and len(upper) > 1:
        named = type_name_for_code(code, form="state")
        if named != kind.value and not (code == "QĐ" and kind is DocType.QUY_DINH):
            return None
        take = 2 + _more_codes(tokens[2:], whole=whole)
        parts = [code, *(_MIXED_CASE.get(t, t) for t in upper[1:take])]
        return "-".join(parts), take
    if _ASSEMBLY.fullmatch(upper[0]):
        return (upper[0], 1) if year and kind in _ASSEMBLY_KINDS else None
    if code is not None or year or _SYLLABLE.fullmatch(tokens[0]):
        return None
    if kind is not DocType.CONG_VAN and not whole:
        # A number without a type code is a letter's (Nghị định 30/2020): under another type's
        # name, only as a query writes it whole ('"thông tư số 420bvhttdl tv"', draw10/2235);
        # in running address words a lost or misread code ("nghi quyet 103 ng cp", a PDF's
        # reading of draw10/2215's "nq") would give another number.
        return None
    # A state letter's number without a type code: the issuer's code and its unit's.
    take = 1 + _more_codes(tokens[1:], whole=whole)
    if take < 2:
        return None
    return "-".join(_MIXED_CASE.get(t, t) for t in upper[:take]), take


def _more_codes(tokens: list[str], *, whole: bool) -> int:
    """How many of ``tokens`` go on with the number's code: all in a quoted query; else those
    that are no word of the language (a unit's "tcbc", a second issuer's "btc")."""
    if whole:
        return len(tokens)
    n = 0
    while n < len(tokens) and not _SYLLABLE.fullmatch(tokens[n]) and not tokens[n].isdigit():
        n += 1
    return n


def _about(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The trích yếu's span: without a leading "ve"; none for fewer than two words."""
    while start < end and folded[start] == " ":
        start += 1
    if folded.startswith("ve ", start):
        start += 3
    text = folded[start:end].strip()
    if len(text.split()) < 2:
        return None
    return start, start + len(text)


def _date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
