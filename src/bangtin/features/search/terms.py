"""Search terms of Vietnamese text: folded syllables, pairs of neighbouring syllables, number keys.

Every term is folded the way staff type on a phone: tone marks off, "đ" written "d", lowercase,
letters and digits only ("Đảng ủy Khối" -> "dang", "uy", "khoi"). Most Vietnamese words are two
syllables, so each pair of neighbouring syllables is a term too, written with one space
("dang uy", "uy khoi"): the pair is the word and the phrase key, and a page where the query's
words stand together ranks above one where they are scattered. A document number is also a set
of compact keys ("2078-CV/ĐUK" -> "2078cvduk", "2078duk", "2078cv", "2078") so every way people
type it finds it. ``search.js`` folds a query with the same rules (``fold``, ``compactKey``).

Pure functions on strings; fast on whole documents: the folding is one ``str.translate`` and the
tokens and pairs come from two regular-expression scans, with no Python loop per character. The
index writer folds many texts at once (:func:`fold_fields`: one table lookup per character, in
numpy) and finds the numbers they mention (:func:`find_mentions`) where a number can be.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bangtin.core.numbers import DocNumber

__all__ = [
    "PAIR_SEPARATOR",
    "TERM_BYTES",
    "FoldedFields",
    "compact_key",
    "find_mentions",
    "fold_fields",
    "fold_letters",
    "fold_text",
    "number_keys",
    "number_mentions",
    "pairs",
    "tokens",
    "words",
]

#: Joins the two syllables of a pair term ("dan van"); never inside a single term.
PAIR_SEPARATOR = " "


# Punctuation outside ASCII that stands between words in Vietnamese text: a term break. Every
# other character outside ASCII that is left after the tone marks are taken off (another script,
# a symbol) is dropped. ``SPACES`` in search.js is the same list.
_SPACES = "\u00a0\u2002\u2003\u2009\u200b“”‘’–—…«»•·"
#: ``bytes.translate`` table of folded text to terms: bytes that are not [0-9a-z] become spaces
#: (one C-level translate, not a regular expression).
TERM_BYTES = bytes(c if (48 <= c <= 57 or 97 <= c <= 122) else 32 for c in range(256))
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


# A code point's fold is one byte of this table: the ASCII character _ascii makes of it, or
# _DROPPED (a mark, another script) or _UNFOLDED (more than one character: none in Unicode 15,
# but the table is made from the running Python's unicodedata, so it is checked).
_DROPPED = 0xFF
_UNFOLDED = 0xFE
_LINE = ord("\n")


@functools.cache
def _fold_table() -> np.ndarray:
    # Every code point but the surrogates and the line break, each followed by a line break,
    # folded as one string (one normalisation, ~0.1 s): NFD is per character, and its canonical
    # reordering moves only marks (never ASCII, never a line break), so the folded text is the
    # folds of the characters in turn, each closed by its line break.
    points = np.concatenate(
        (np.arange(0, _LINE), np.arange(_LINE + 1, 0xD800), np.arange(0xE000, 0x110000))
    ).astype("<u4")
    spaced = np.full(2 * len(points), _LINE, dtype="<u4")
    spaced[::2] = points
    folded = np.frombuffer(_ascii(spaced.tobytes().decode("utf-32-le")), dtype=np.uint8)
    breaks = np.flatnonzero(folded == _LINE)
    table = np.full(0x110000, _UNFOLDED, dtype=np.uint8)
    table[_LINE] = _LINE
    if len(breaks) != len(points):  # a character folded to a line break: fold each alone
        return table
    size = np.diff(breaks, prepend=-1) - 1
    table[points] = np.where(size == 0, _DROPPED, _UNFOLDED)
    one = size == 1
    table[points[one]] = folded[breaks[one] - 1]
    return table


@dataclass(frozen=True, slots=True)
class FoldedFields:
    """Texts folded as :func:`fold_letters` folds each (as ASCII bytes), one after the other.

    Attributes:
        data: the folded texts, each followed by a line break.
        starts: where each text starts in ``data``.
        ends: where each ends (its line break).
    """

    data: bytes
    starts: np.ndarray
    ends: np.ndarray


def fold_fields(texts: Sequence[str]) -> FoldedFields:
    """Fold many texts at once: each character is looked up in a table made from unicodedata.

    ``data[starts[i]:ends[i]]`` is exactly ``fold_letters(texts[i])`` as bytes, at a fifth of
    the cost of folding each text with :func:`unicodedata.normalize` (numpy does the work,
    whatever the number of texts).

    >>> folded = fold_fields(["Đảng ủy Khối", "2078-CV/ĐUK"])
    >>> folded.data, folded.starts.tolist(), folded.ends.tolist()
    (b'dang uy khoi\\n2078-cv/duk\\n', [0, 13], [12, 24])
    """
    if not texts:
        nothing = np.zeros(0, dtype=np.int64)
        return FoldedFields(b"", nothing, nothing)
    joined = "\n".join(texts) + "\n"
    points = np.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    folded = _fold_table()[points]
    del points
    odd = np.flatnonzero(folded >= _UNFOLDED)  # dropped, or not one byte: few in any text
    if (folded[odd] == _UNFOLDED).any():
        parts = [_ascii(t) for t in texts]
        sizes = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)) + 1
        ends = np.cumsum(sizes) - 1
        return FoldedFields(b"\n".join(parts) + b"\n", ends - (sizes - 1), ends)
    # Each text and its line break, less what is dropped from it.
    sizes = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1
    if odd.size:
        sizes -= np.bincount(
            np.searchsorted(np.cumsum(sizes), odd, side="right"), minlength=len(texts)
        )
        folded = np.delete(folded, odd)
    ends = np.cumsum(sizes) - 1
    return FoldedFields(folded.tobytes(), ends - (sizes - 1), ends)


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
    return " ".join(_ascii(text).translate(TERM_BYTES).decode("ascii").split())


def tokens(text: str) -> list[str]:
    """The terms of :func:`fold_text`, as a list: ``fold_text(text).split()``, without the join."""
    return _ascii(text).translate(TERM_BYTES).decode("ascii").split()


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
    out: list[bytes] = []
    for serial, codes in _MENTION.findall(data):
        _mention_keys(serial, codes, out)
    return [key.decode("ascii") for key in out]


def _mention_keys(serial: bytes, codes: bytes, out: list[bytes]) -> None:
    # A mention's keys: the serial and every code ("1271cvbdvtu"), then without the type's.
    parts = [p for p in _CODE_SEPARATOR.split(codes) if p]
    out.append(serial + b"".join(parts))
    if len(parts) > 1:
        out.append(serial + parts[-1])


# The longest text a mention spans from the separator after its serial to its end (the space
# after the separator, four codes of twelve characters and their separators, the last code),
# and the farthest its serial starts before that separator (six digits and a space): with a
# character more each side for the look-behind and the look-ahead.
_MENTION_AFTER = 1 + 1 + 4 * 13 + 12 + 1
_MENTION_BEFORE = 6 + 1 + 1


def find_mentions(data: bytes, starts: np.ndarray, ends: np.ndarray) -> list[list[bytes]]:
    """The compact keys of the numbers mentioned in each span of folded text, as UTF-8 bytes.

    The same keys as :func:`number_mentions` of each span's text, but the regular expression
    runs only around the places where a number can be, a digit before a "-" or a "/" (a tenth
    of a body at most), not over every character: on whole documents that scan was the cost.
    A match holds such a place and is at most :data:`_MENTION_AFTER` characters long, so the
    windows around these places, merged where they overlap, find what a scan of the whole span
    finds, in the same order.

    Args:
        data: folded ASCII text (:func:`fold_fields`), the spans separated by a character that
            no mention holds (a line break).
        starts: the first byte of each span.
        ends: the end of each span (exclusive).

    Returns:
        For each span, the keys of its mentions in order: "1271cvbdvtu", "1271bdvtu", ...
    """
    out: list[list[bytes]] = [[] for _ in range(len(starts))]
    text = np.frombuffer(data, dtype=np.uint8)
    digit = (text >= ord("0")) & (text <= ord("9"))
    # The "-" or "/" after a serial: a digit before it, or a digit and a space.
    at = np.flatnonzero((text == ord("-")) | (text == ord("/")))
    at = at[at >= 1]
    two_back = np.maximum(at - 2, 0)
    at = at[digit[at - 1] | ((text[at - 1] == ord(" ")) & digit[two_back] & (at >= 2))]
    span = np.searchsorted(ends, at, side="right")
    inside = span < len(ends)
    at, span = at[inside], span[inside]
    inside = at >= starts[span]
    at, span = at[inside], span[inside]
    if not at.size:
        return out
    low = np.maximum(at - _MENTION_BEFORE, starts[span])
    high = np.minimum(at + _MENTION_AFTER, ends[span])
    # Windows of one span, in order, merge while they overlap (their ends only grow).
    new = np.ones(len(at), dtype=bool)
    new[1:] = (span[1:] != span[:-1]) | (low[1:] > high[:-1])
    first = np.flatnonzero(new)
    last = np.concatenate((first[1:], [len(at)])) - 1
    findall = _MENTION.findall
    for index, begin, end in zip(
        span[first].tolist(), low[first].tolist(), high[last].tolist(), strict=True
    ):
        found = out[index]
        for serial, codes in findall(data, begin, end):
            _mention_keys(serial, codes, found)
    return out
