"""Vietnamese text: NFC normalisation, diacritic folding, slugs, sort keys and date wording."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

__all__ = [
    "fold",
    "format_date",
    "format_date_short",
    "nfc",
    "slugify",
    "sort_key",
]

# "Đ" has no decomposition in Unicode, so a bare NFD + ASCII fold would drop it.
_SPECIAL = str.maketrans({"đ": "d", "Đ": "D", "ð": "d", "Ð": "D"})
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the one form we store and compare."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Fold Vietnamese diacritics away for matching: "Đảng ủy Khối" -> "dang uy khoi".

    The result is lowercase ASCII-ish text; letters outside Latin keep their form.
    Display never uses it: it is only a matching key.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_SPECIAL))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def slugify(text: str, *, max_length: int = 80) -> str:
    """Return the URL slug of ``text``: folded, lowercase, words joined by hyphens.

    >>> slugify("2078-CV/ĐUK")
    '2078-cv-duk'
    >>> slugify("Dân vận khéo")
    'dan-van-kheo'
    """
    slug = _NON_SLUG.sub("-", fold(nfc(text))).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
# then the tones in the order of the dictionary: level, huyền, hỏi, ngã, sắc, nặng.
_BASE_ORDER = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_BASE_RANK = {ch: i for i, ch in enumerate(_BASE_ORDER)}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Combining marks that make a base letter (breve, circumflex, horn) rather than a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def _letter_keys(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    primary: list[int] = []
    tones: list[int] = []
    for cluster in _clusters(nfc(text).lower()):
        base, marks = cluster[0], cluster[1:]
        letter = unicodedata.normalize(
            "NFC", base + "".join(m for m in marks if m in _LETTER_MARKS)
        )
        tone = next((_TONES[m] for m in marks if m in _TONES), 0)
        if letter in _BASE_RANK:
            primary.append(1000 + _BASE_RANK[letter])
        elif letter.isdigit():
            primary.append(ord(letter) - ord("0"))
        elif letter.isspace() or letter in "-_/.,":
            primary.append(500)
        else:
            primary.append(2000 + ord(letter))
        tones.append(tone)
    return tuple(primary), tuple(tones)


def _clusters(text: str) -> list[str]:
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out:
            out[-1] += ch
        else:
            out.append(ch)
    return out


def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Sort key for Vietnamese: "Đ" after "D", "Ư" after "U", tones after the letters.

    >>> sorted(["Đoàn", "Dân", "Ban", "Ủy"], key=sort_key)
    ['Ban', 'Dân', 'Đoàn', 'Ủy']
    """
    primary, tones = _letter_keys(text)
    return primary, tones, text


def format_date(value: dt.date) -> str:
    """Write a date as documents do: "ngày 07 tháng 3 năm 2024".

    Days under 10 are zero-padded and months 1 and 2 too ("tháng 01", "tháng 02"),
    as Hướng dẫn 36-HD/VPTW asks, so a month can never be read as a day.
    """
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


def format_date_short(value: dt.date) -> str:
    """Write a date in the short form used in tables and citations: "07/3/2024"."""
    month = f"{value.month:02d}" if value.month < 3 else str(value.month)
    return f"{value.day:02d}/{month}/{value.year}"
