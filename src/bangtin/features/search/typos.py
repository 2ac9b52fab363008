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
from collections.abc import Mapping, Sequence

__all__ = ["CANDIDATES", "CORRECTABLE", "corrections", "edits", "suspicious", "telex"]

#: Candidates kept per word, the likeliest first (their union stands for the word).
CANDIDATES = 3
#: A word of the index is read as a typo for a neighbour by one edit only when that neighbour
#: stands beside the query's other words on at least this many pages...
TOGETHER_PAGES = 2
#: ...and on this many times as many pages as the word typed does ("bàn tin bình" on none,
#: "bàn tỉnh bình" on hundreds): a word that stands where it was typed is left alone.
TOGETHER_FACTOR = 16
#: Words of the index shorter than this are never read as typos ("va", "ve", "vi" are all words).
SUSPECT_FROM = 3
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


def corrections(
    word: str,
    rank: Mapping[str, int],
    *,
    known: bool = False,
    together: Mapping[str, int] | None = None,
    limit: int = CANDIDATES,
) -> list[str]:
    """Up to ``limit`` words of the vocabulary ``word`` may have meant.

    Args:
        word: a folded word of the query.
        rank: the vocabulary, word -> its place by commonness (0 the commonest).
        known: look even when ``word`` is in the vocabulary (a typo that made another word,
            found because no page holds every word of the query).
        together: word -> pages where it stands beside the query's other words where ``word``
            was typed (from the neighbours in the shards, see :func:`suspicious`); those that
            stand there on more pages come first.

    Returns:
        Telex/VNI readings first, then one-edit neighbours by the pages where they stand with
        the other words, then by commonness; never ``word`` itself, none for a number or a code.
    """
    if (word in rank and not known) or not CORRECTABLE.match(word):
        return []
    found = [v for v in telex(word) if v in rank]
    if not any(ch.isdigit() for ch in word):
        near = {e for e in edits(word) if e in rank and e != word}
        beside = together or {}
        found += sorted(near, key=lambda e: (-beside.get(e, 0), rank[e], e))
    return list(dict.fromkeys(found))[:limit]


def suspicious(
    word: str, rank: Mapping[str, int], sides: Sequence[tuple[int, Mapping[str, int]]]
) -> list[str]:
    """The word of the vocabulary that ``word``, a word of the index, was probably a typo for
    ("tin" for "tinh" in "bàn tin bình thuận"), as a list of one, or [].

    A typo that makes another word is no unknown word: what gives it away is its neighbours in
    the query. ``sides`` holds, for each neighbour of ``word`` in the query, the pages where
    the two stand together as typed, and the words that stand there beside that neighbour
    (word -> pages, from the neighbour's entry). A neighbour by one edit of ``word`` is meant
    when it stands beside them on at least :data:`TOGETHER_PAGES` pages in all, and on every
    side on :data:`TOGETHER_FACTOR` times as many pages as ``word`` does: a word that stands
    with one of its neighbours ("nguyên trong") is left alone. Never a word under
    :data:`SUSPECT_FROM` letters, never a number or a code.
    """
    if len(word) < SUSPECT_FROM or not sides:
        return []
    together: dict[str, int] = {}
    for _, near in sides:
        for w, n in near.items():
            together[w] = together.get(w, 0) + n
    for c in corrections(word, rank, known=True, together=together, limit=len(rank)):
        if together.get(c, 0) >= TOGETHER_PAGES and all(
            near.get(c, 0) >= TOGETHER_FACTOR * typed for typed, near in sides
        ):
            return [c]
    return []
