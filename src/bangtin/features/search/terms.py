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
    "tokens",
    "tokens_and_mentions",
    "words",
]

#: Joins the two syllables of a pair term ("dan van"); never inside a single term.
PAIR_SEPARATOR = " "


# Punctuation outside ASCII that stands between words in Vietnamese text: a term break. Every
# other character outside ASCII that is left after the tone marks are taken off (another script,
# a symbol) is dropped. ``SPACES`` in search.js is the same list.
_SPACES = "\u00a0\u2002\u2003\u2009\u200b“”‘’–—…«»•·"
# Bytes that are not [0-9a-z] become spaces: one C-level translate, not a regular expression.
_TERM_BYTES = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))
# A number mentioned in the text, read from its folded ASCII bytes: digits, a separator, then
# letter codes ("1271-cv/bdvtu", "08/kh-ubnd", "30/2020/nd-cp").
_MENTION = re.compile(
    rb"(?<![0-9a-z/.-])([0-9]{1,6}) ?[-/] ?((?:[0-9a-z]{1,12}[-/.]){0,4}[a-z][0-9a-z]{0,11})(?![0-9a-z])"
)
_CODE_SEPARATOR = re.compile(rb"[-/.]")
_PAIR = re.compile(r"(?=\b([0-9a-z]+ [0-9a-z]+)\b)")


def _ascii(text: str) -> bytes:
    # NFD takes the tone and vowel marks apart from their letters, "đ" is written "d", the
    # punctuation of _SPACES becomes a space, and whatever is not ASCII after that is dropped.
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "d")
    for mark in _SPACES:
        if mark in text:
            text = text.replace(mark, " ")
    return text.encode("ascii", "ignore").lower()


def fold_letters(text: str) -> str:
    """``text`` with its letters folded and its ASCII punctuation kept: "2078-CV/ĐUK" -> "2078-cv/duk"."""
    return _ascii(text).decode("ascii")


def fold_text(text: str) -> str:
    """``text`` folded to terms separated by single spaces: "Dân vận khéo!" -> "dan van kheo".

    Decomposed (NFD) so that tone marks and vowel marks are separate characters, "đ" written
    "d", then what is not ASCII dropped and what is not a letter or digit a space; ``fold`` in
    search.js does the same, in the same order. Fast on whole documents: every step is one
    call into C.

    >>> fold_text("Đảng ủy Khối, 2078-CV/ĐUK")
    'dang uy khoi 2078 cv duk'
    """
    return " ".join(_ascii(text).translate(_TERM_BYTES).decode("ascii").split())


def tokens(text: str) -> list[str]:
    """The terms of :func:`fold_text`, as a list: ``fold_text(text).split()``, without the join."""
    return _ascii(text).translate(_TERM_BYTES).decode("ascii").split()


def tokens_and_mentions(text: str) -> tuple[list[str], list[str]]:
    """:func:`tokens` of ``text`` and :func:`number_mentions` of it, from one folding."""
    data = _ascii(text)
    return data.translate(_TERM_BYTES).decode("ascii").split(), _mentions(data)


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


def number_mentions(text: str) -> list[str]:
    """Compact keys of the document numbers a text mentions, whole and without the type code.

    A page that cites "Công văn số 1271-CV/BDVTU" is found by "1271-CV/BDVTU" and "1271/BDVTU",
    below the document's own page (whose keys weigh more).

    >>> number_mentions("Thực hiện Công văn số 1271-CV/BDVTU và Kế hoạch 08/KH-UBND")
    ['1271cvbdvtu', '1271bdvtu', '08khubnd', '08ubnd']
    """
    return _mentions(_ascii(text))


def _mentions(data: bytes) -> list[str]:
    out: list[str] = []
    for serial, codes in _MENTION.findall(data):
        parts = [p.decode("ascii") for p in _CODE_SEPARATOR.split(codes) if p]
        out.append(serial.decode("ascii") + "".join(parts))
        if len(parts) > 1:
            out.append(serial.decode("ascii") + parts[-1])
    return out
