"""Search terms of Vietnamese text: folded syllables, pairs of neighbouring syllables, number keys.

Every term is folded the way staff type on a phone: tone marks off, "đ" written "d", lowercase,
letters and digits only ("Đảng ủy Khối" -> "dang", "uy", "khoi"). Most Vietnamese words are two
syllables, so each pair of neighbouring syllables is a term too, written with one space
("dang uy", "uy khoi"): the pair is the word and the phrase key, and a page where the query's
words stand together ranks above one where they are scattered. A document number is also a set
of compact keys ("2078-CV/ĐUK" -> "2078cvduk", "2078duk", "2078cv", "2078") so every way people
type it finds it. ``search.js`` folds a query with the same rules (``fold``, ``compactKey``).

Pure functions on strings; fast on whole documents: the folding is one ``str.translate`` and the
tokens and pairs come from two regular-expression scans, with no Python loop per character.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from bangtin.core.numbers import DocNumber

__all__ = [
    "PAIR_SEPARATOR",
    "compact_key",
    "fold_letters",
    "fold_text",
    "number_keys",
    "number_mentions",
    "pairs",
    "terms_of",
    "words",
]

#: Joins the two syllables of a pair term ("dan van"); never inside a single term.
PAIR_SEPARATOR = " "


def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.casefold()
    return base if base.isascii() and base.isalnum() else ch


@functools.cache
def _fold_table() -> dict[int, str]:
    # Every letter of Latin script (Vietnamese lives in Latin-1, Latin Extended and Latin
    # Extended Additional) to its folded ASCII form; punctuation and other scripts stay as they
    # are (the callers turn what is not [0-9a-z] into term breaks).
    table: dict[int, str] = {}
    for code in range(0x1F00):
        ch = chr(code)
        folded = _fold_char(ch)
        if folded != ch:
            table[code] = folded
    # Combining marks left by text in NFD (an editor's copy from a PDF): dropped, not a break.
    for code in range(0x0300, 0x0370):
        table[code] = ""
    return table


_NOT_TERM = re.compile(r"[^0-9a-z]+")
_CODE_SEPARATOR = re.compile(r"[-/.]")
_PAIR = re.compile(r"(?=\b([0-9a-z]+ [0-9a-z]+)\b)")
# A number mentioned in the text: digits, a separator, then letter codes ("1271-CV/BDVTU",
# "08/KH-UBND", "30/2020/NĐ-CP"), read from the folded text with the original separators.
_MENTION = re.compile(
    r"(?<![\w/.-])(\d{1,6})\s?[-–/]\s?((?:[0-9a-z]{1,12}[-/.]){0,4}[a-z][0-9a-z]{0,11})"
)


def fold_letters(text: str) -> str:
    """``text`` in NFC with its letters folded and everything else kept: "Số 2078-CV/ĐUK" -> "so 2078-cv/duk"."""
    return unicodedata.normalize("NFC", text).translate(_fold_table())


def terms_of(letters: str) -> str:
    """Folded letters (:func:`fold_letters`) as terms separated by single spaces."""
    return _NOT_TERM.sub(" ", letters).strip()


def fold_text(text: str) -> str:
    """``text`` folded to terms separated by single spaces: "Dân vận khéo!" -> "dan van kheo".

    >>> fold_text("Đảng ủy Khối, 2078-CV/ĐUK")
    'dang uy khoi 2078 cv duk'
    """
    return terms_of(fold_letters(text))


def words(folded: str) -> list[str]:
    """The syllables of folded text, in order."""
    return folded.split()


def pairs(folded: str) -> list[str]:
    """Each pair of neighbouring syllables of folded text, in order, joined by a space.

    >>> pairs("dan van kheo")
    ['dan van', 'van kheo']
    """
    return _PAIR.findall(folded)


@functools.lru_cache(maxsize=1 << 16)
def compact_key(text: str) -> str:
    """Letters and digits only, folded: "2078-CV/ĐUK" -> "2078cvduk" (``compactKey`` in search.js)."""
    return fold_text(text).replace(" ", "")


def number_keys(number: DocNumber) -> tuple[str, ...]:
    """The lookup keys of a number, as typed by people who skip parts of it.

    >>> from bangtin.core.numbers import parse_number
    >>> number_keys(parse_number("2078-CV/ĐUK"))
    ('2078cvduk', '2078duk', '2078cv', '2078')
    >>> number_keys(parse_number("08/KH-UBND"))
    ('8khubnd', '08khubnd', '8ubnd', '08ubnd', '8kh', '08kh', '8', '08')
    """
    serials = [number.serial]
    if number.padded and number.padded != number.serial:
        serials.append(number.padded)
    type_key = compact_key(number.type_code or "")
    issuer_key = compact_key(number.issuer_code)
    year_key = str(number.year) if number.year else ""
    keys: list[str] = []
    full = [s + year_key + type_key + issuer_key for s in serials]
    # "30/NĐ-CP" for "30/2020/NĐ-CP": people drop the year of a legal norm.
    without_year = [s + type_key + issuer_key for s in serials] if year_key else []
    without_type = [s + issuer_key for s in serials]
    with_type = [s + year_key + type_key for s in serials] if type_key else []
    for key in (*full, *without_year, *without_type, *with_type, *serials):
        key = compact_key(key)
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


def number_mentions(letters: str) -> list[str]:
    """Compact keys of the document numbers a text mentions, whole and without the type code.

    A page that cites "Công văn số 1271-CV/BDVTU" is found by "1271-CV/BDVTU" and "1271/BDVTU",
    below the document's own page (whose keys weigh more). ``letters`` is the text as
    :func:`fold_letters` gives it (the separators between the parts are still there).

    >>> number_mentions(fold_letters("Thực hiện Công văn số 1271-CV/BDVTU và Kế hoạch 08/KH-UBND"))
    ['1271cvbdvtu', '1271bdvtu', '08khubnd', '08ubnd']
    """
    out: list[str] = []
    for serial, codes in _MENTION.findall(letters):
        parts = [p for p in _CODE_SEPARATOR.split(codes) if p]
        out.append(serial + "".join(parts))
        if len(parts) > 1:
            out.append(serial + parts[-1])
    return out
