"""Words a query may have meant: Telex and VNI leftovers, and one-edit typos, from the index's own
vocabulary (``search/vocab.json``, resident in the browser).

A typed word that the index does not hold ("khio", "truyeen", "thij", "ddang", "fanpgae") is
read as the folded syllables it was probably meant to be: first what an unfinished Telex or VNI
input leaves behind (tone letters s f r x j at the end, "dd", "aa", "ee", "oo", "w"; VNI digits),
then the words one edit away (a letter left out, added, changed, or two letters swapped), the
commonest first. A number or a code (any digit, but VNI's inside a word) is never corrected.
``search.js`` implements the same rules in the same order (``corrections``); the tests hold the
two to it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["CANDIDATES", "CORRECTABLE", "corrections", "edits", "telex"]

#: Candidates kept per word, the likeliest first (their union stands for the word).
CANDIDATES = 3
#: A word that may be a typo: letters, or letters with VNI's digits inside, after a letter.
CORRECTABLE = re.compile(r"^[a-z]+(?:[1-9][a-z1-9]*)?$")
#: From this length on every edit is tried; shorter words only gain a letter ("vn" -> "van").
ALL_EDITS_FROM = 4
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_DOUBLE_VOWEL = re.compile(r"([aeo])\1")
_HOOK = re.compile(r"([aou])w")
_TONE_AT_END = re.compile(r"(?<=[a-z])[sfrxj]$")
_VNI_DIGITS = re.compile(r"[1-9]")


def telex(word: str) -> list[str]:
    """What ``word`` reads as once Telex's or VNI's mark letters are taken out, likeliest first.

    >>> telex("thij"), telex("ddang"), telex("truyeen"), telex("nguwowif"), telex("d9a6ng")
    (['thi'], ['dang'], ['truyen'], ['nguoi', 'nguoif'], ['dang'])
    """
    plain = _VNI_DIGITS.sub("", word)
    plain = _HOOK.sub(r"\1", _DOUBLE_VOWEL.sub(r"\1", plain.replace("dd", "d"))).replace("w", "u")
    out = [_TONE_AT_END.sub("", plain), plain]
    return [v for v in dict.fromkeys(out) if v and v != word]


def edits(word: str) -> list[str]:
    """The words one edit away from ``word``: deletions, swaps of neighbours, changes, insertions
    (only insertions for a word shorter than :data:`ALL_EDITS_FROM`), in that order."""
    n = len(word)
    out: list[str] = []
    if n >= ALL_EDITS_FROM:
        out += [word[:i] + word[i + 1 :] for i in range(n)]
        out += [word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(n - 1)]
        out += [word[:i] + c + word[i + 1 :] for i in range(n) for c in _LETTERS if c != word[i]]
    out += [word[:i] + c + word[i:] for i in range(n + 1) for c in _LETTERS]
    return out


def corrections(word: str, rank: Mapping[str, int], *, known: bool = False) -> list[str]:
    """Up to :data:`CANDIDATES` words of the vocabulary ``word`` may have meant.

    Args:
        word: a folded word of the query.
        rank: the vocabulary, word -> its place by commonness (0 the commonest).
        known: look even when ``word`` is in the vocabulary (a typo that made another word,
            found because no page holds every word of the query).

    Returns:
        Telex/VNI readings first, then one-edit neighbours by commonness; never ``word`` itself,
        none for a number or a code.
    """
    if (word in rank and not known) or not CORRECTABLE.match(word):
        return []
    found = [v for v in telex(word) if v in rank]
    if not any(ch.isdigit() for ch in word):
        near = {e for e in edits(word) if e in rank and e != word}
        found += sorted(near, key=lambda e: (rank[e], e))
    return list(dict.fromkeys(found))[:CANDIDATES]
