"""A reader of the static search index, and the query rules of search.js, in Python.

The executable description of the format (docs/search-index.md) and of the browser's ranking:
tests check the writer against it, and check that the browser ranks as it does. The portal's
users never run it: their browser runs ``site/assets/search.js``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Set
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bangtin.features.search import terms, typos
from bangtin.features.search.index import FORMAT_VERSION, shard_of

__all__ = [
    "Entry",
    "Found",
    "Hit",
    "IndexReader",
    "Postings",
    "read_entries",
    "read_heads",
    "read_shard",
]

#: Pairs of the query found together on a page add this much of their impact (as search.js).
PAIR_BOOST = 1.5
COMPLETIONS = 8
_NUMBER = re.compile(r"^\d{1,6}[a-z]?(?:\s*[-/.\u2013\s]\s*[0-9a-z]{1,12}){1,5}$")

#: term -> impact blocks, best first: [(impact byte, [page ids ascending]), ...]
Postings = list[tuple[int, list[int]]]


@dataclass(frozen=True, slots=True)
class Found:
    """What a query found: its results best first, whether they hold only some of its words
    (the relaxed fallback), and the words searched for instead of misspelt ones (or None)."""

    hits: list[Hit]
    relaxed: bool
    corrected: list[str] | None


@dataclass(frozen=True, slots=True)
class Hit:
    """One result: the page record and its score."""

    id: int
    score: float
    url: str
    kind: str
    title: str


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, i


@dataclass(frozen=True, slots=True)
class Entry:
    """A term's entry in its shard: pages holding it, its impact blocks, and for a word of the
    vocabulary its commonest neighbours: place in vocab.json -> pages where they stand together,
    before it (``left``) and after it (``right``)."""

    df: int
    blocks: Postings
    left: dict[int, int]
    right: dict[int, int]


def _neighbour_list(data: bytes, i: int) -> tuple[dict[int, int], int]:
    count, i = _varint(data, i)
    out: dict[int, int] = {}
    for _ in range(count):
        place, i = _varint(data, i)
        out[place], i = _varint(data, i)
    return out, i


def read_entries(data: bytes) -> dict[str, Entry]:
    """Every term of one shard file with its entry."""
    if data[:4] != b"BTX1":
        raise ValueError("not a bangtin shard")
    out: dict[str, Entry] = {}
    length, i = _varint(data, 4)
    count, i = _varint(data, i + length)  # past the head records (read_heads)
    for _ in range(count):
        length, i = _varint(data, i)
        term = data[i : i + length].decode("utf-8")
        i += length
        df, i = _varint(data, i)
        nblocks, i = _varint(data, i)
        blocks: Postings = []
        for _ in range(nblocks):
            impact = data[i]
            n, i = _varint(data, i + 1)
            ids, previous = [], -1
            for _ in range(n):
                gap, i = _varint(data, i)
                previous += gap
                ids.append(previous)
            blocks.append((impact, ids))
        left: dict[int, int] = {}
        right: dict[int, int] = {}
        if " " not in term:  # a single term's entry ends with its neighbours
            left, i = _neighbour_list(data, i)
            right, i = _neighbour_list(data, i)
        out[term] = Entry(df, blocks, left, right)
    return out


def read_heads(data: bytes) -> dict[int, list[Any]]:
    """The head records a shard file carries (its terms' best pages): page id -> [url, kind,
    title, stub], as the page's record in p/ begins."""
    if data[:4] != b"BTX1":
        raise ValueError("not a bangtin shard")
    length, i = _varint(data, 4)
    return {row[0]: row[1:] for row in json.loads(data[i : i + length].decode("utf-8"))}


def read_shard(data: bytes) -> dict[str, Postings]:
    """Every term of one shard file with its impact blocks."""
    return {term: entry.blocks for term, entry in read_entries(data).items()}


class IndexReader:
    """The index folder of a built site, read as the browser reads it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest: dict[str, Any] = json.loads((folder / "manifest.json").read_text("utf-8"))
        if self.manifest["format"] != FORMAT_VERSION:
            raise ValueError(f"search index format {self.manifest['format']}")
        low, high = self.manifest["impact"]
        top = self.manifest["levels"] - 1
        self.scale = [low * (high / low) ** ((q - 1) / top) for q in range(256)]
        self._shards: dict[int, dict[str, Entry]] = {}
        self._vocabulary: dict[str, int] | None = None
        self._words: list[str] = []

    def entry(self, term: str) -> Entry | None:
        """The term's entry in its shard, or None when no page holds it."""
        shard = shard_of(term, self.manifest["shards"])
        if shard not in self._shards:
            self._shards[shard] = read_entries((self.folder / f"t/{shard:03x}.bin").read_bytes())
        return self._shards[shard].get(term)

    def postings(self, term: str) -> Postings | None:
        entry = self.entry(term)
        return entry.blocks if entry else None

    def df(self, term: str) -> int:
        """Pages that hold ``term`` (0: none)."""
        entry = self.entry(term)
        return entry.df if entry else 0

    def neighbours(self, word: str) -> tuple[dict[str, int], dict[str, int]]:
        """The words most often just before ``word`` and just after it, with the pages where
        they stand so (a word of the vocabulary; else nothing)."""
        entry = self.entry(word)
        if entry is None:
            return {}, {}
        self.vocabulary()
        return (
            {self._words[k]: v for k, v in entry.left.items()},
            {self._words[k]: v for k, v in entry.right.items()},
        )

    def page(self, page_id: int) -> list[Any]:
        size = self.manifest["group"]
        group = json.loads((self.folder / f"p/{page_id // size}.json").read_text("utf-8"))
        record: list[Any] = group[page_id - (page_id // size) * size]
        return record

    def passages(self, page_id: int) -> list[str]:
        """A page's passages (``x/N.json``): its paragraphs, where an excerpt is looked for."""
        return [p if isinstance(p, str) else p[0] for p in self._passages(page_id)]

    def headings(self, page_id: int) -> list[tuple[int, str, str]]:
        """The passages of a page that hold a heading: (index, text, anchor on the page)."""
        return [
            (i, p[0], p[1]) for i, p in enumerate(self._passages(page_id)) if isinstance(p, list)
        ]

    def section(self, page_id: int, at: int) -> tuple[str, str] | None:
        """The heading (text, anchor) the passage ``at`` of a page lies under, as search.js
        shows it under a result, or None before the first heading."""
        under = [(text, anchor) for i, text, anchor in self.headings(page_id) if i <= at]
        return under[-1] if under else None

    def _passages(self, page_id: int) -> list[str | list[str]]:
        size = self.manifest["passage_group"]
        group = json.loads((self.folder / f"x/{page_id // size}.json").read_text("utf-8"))
        entries: list[str | list[str]] = group[page_id - (page_id // size) * size]
        return entries

    def vocabulary(self) -> dict[str, int]:
        """``vocab.json``: each word of letters -> its place by commonness (0 the commonest)."""
        if self._vocabulary is None:
            self._words = json.loads((self.folder / "vocab.json").read_text("utf-8"))
            self._vocabulary = {word: at for at, word in enumerate(self._words)}
        return self._vocabulary

    def completions(self, prefix: str) -> list[str]:
        path = self.folder / f"v/{prefix[:2]}.json"
        if len(prefix) < 2 or not path.exists():
            return []
        entries = json.loads(path.read_text("utf-8"))
        return [t for t, _ in entries if t.startswith(prefix)][:COMPLETIONS]

    def _scores(self, term: str) -> dict[int, float]:
        out: dict[int, float] = {}
        for impact, ids in self.postings(term) or ():
            for page_id in ids:
                out[page_id] = self.scale[impact]
        return out

    def search(self, query: str) -> tuple[list[Hit], bool]:
        """The results of ``query`` best first, and whether the relaxed fallback gave them."""
        found = self.query(query)
        return found.hits, found.relaxed

    def query(self, query: str, *, exact: bool = False) -> Found:
        """The results of ``query``, as search.js finds them (typos corrected included; with
        ``exact``, the words as typed: what the box offers beside a correction)."""
        folded = terms.fold_text(query)
        seq = folded.split()
        words = list(dict.fromkeys(seq))
        if not words:
            return Found([], False, None)
        number = (
            terms.compact_key(query) if _NUMBER.match(terms.fold_letters(query).strip()) else None
        )
        if number and (only := self._scores(terms.compact_key(number))):
            return Found(self._hits(only), False, None)
        last = seq[-1]
        last_scores = self._scores(last)
        for extra in self.completions(last) if not last_scores else ():
            if extra != last and self.postings(extra) is not None:
                for k, v in self._scores(extra).items():
                    last_scores[k] = max(last_scores.get(k, 0.0), v)
        if len(last) < 2 and not last_scores and len(words) > 1:
            words = [w for w in words if w != last]  # a last word not typed far enough
        maps = {w: last_scores if w == last else self._scores(w) for w in words}
        pairs = list(dict.fromkeys(terms.pairs(folded)))
        total, relaxed = self._combine([maps[w] for w in words], pairs, not number)
        if number is None and not exact:
            fixed = self._corrected(words, seq, maps, bool(total) and not relaxed)
            if fixed is not None:
                return fixed
        return Found(self._hits(total), relaxed, None)

    def _combine(
        self, maps: list[dict[int, float]], pairs: list[str], relax: bool
    ) -> tuple[dict[int, float], bool]:
        """AND of the words' scores (or, with ``relax``, the pages with most of them), plus
        the pairs' boost."""
        common = set.intersection(*(set(m) for m in maps))
        total = {k: sum(m[k] for m in maps) for k in common}
        relaxed = False
        if not total and len(maps) > 1 and relax:
            relaxed = True
            matched: dict[int, int] = {}
            for m in maps:
                for k, v in m.items():
                    total[k] = total.get(k, 0.0) + v
                    matched[k] = matched.get(k, 0) + 1
            bonus = max(total.values(), default=0.0) + 1
            total = {k: v + matched[k] * bonus for k, v in total.items()}
        for pair in pairs:
            for k, v in self._scores(pair).items():
                if k in total:
                    total[k] += PAIR_BOOST * v
        return total, relaxed

    def _corrected(
        self, words: list[str], seq: list[str], maps: dict[str, dict[int, float]], found: bool
    ) -> Found | None:
        """The results of the words the query probably meant (``typos``), or None.

        Tried when a word is in no page (unless it is the last one being typed and has
        completions), all unknown words at once, with the words of the index that look like a
        typo for a word standing beside the others far more often (``typos.suspicious``); else,
        when no page holds every word, each word in turn. The first try that some page answers
        in full wins. Candidates standing beside the query's other words come first.
        """
        rank = self.vocabulary()
        together = {w: self._together(w, seq) for w in words}
        unknown = [w for w in words if not maps[w] and typos.CORRECTABLE.match(w)]
        suspect = self._suspects(words, seq, set(unknown))
        if found and not unknown and not suspect:
            return None
        tries: list[dict[str, list[str]]] = []
        if unknown:
            meant = {w: typos.corrections(w, rank, together=together[w]) for w in unknown}
            if all(meant.values()):
                tries += [{**meant, **suspect}, meant] if suspect else [meant]
        else:
            tries += [suspect] if suspect else []
            if not found:
                # A typo that made another word is likelier the rarer the word: the rarest first.
                for w in sorted(words, key=lambda w: -rank.get(w, len(rank))):
                    near = typos.corrections(w, rank, known=True, together=together[w])
                    if near:
                        tries.append({w: near})
        for meant in tries:
            union = {w: self._union(c) for w, c in meant.items()}
            common = set.intersection(*(set(union.get(w, maps[w])) for w in words))
            if not common:
                continue
            best = {
                w: max(
                    (c for c in cands if set(self._scores(c)) & common),
                    key=lambda c, w=w, cands=cands: (  # type: ignore[misc]
                        self._typed_pairs(w, seq, c),
                        -cands.index(c),
                    ),
                )
                for w, cands in meant.items()
            }
            fixed_seq = [best.get(w, w) for w in seq]
            pairs = list(dict.fromkeys(terms.pairs(" ".join(fixed_seq))))
            total, _ = self._combine([union.get(w, maps[w]) for w in words], pairs, False)
            return Found(self._hits(total), False, fixed_seq)
        return None

    def _suspects(
        self, words: list[str], seq: list[str], unknown: set[str]
    ) -> dict[str, list[str]]:
        """Words of the index that look like typos (``typos.suspicious``) -> [the word meant].

        The likeliest first (the most pages beside the others): a word found to be one, or an
        unknown word, no longer vouches for its neighbours.
        """
        rank = self.vocabulary()
        out: dict[str, list[str]] = {}
        while True:
            ignore = unknown | out.keys()
            best: tuple[int, str, str] | None = None
            for w in words:
                if w in ignore or self.postings(w) is None or not typos.CORRECTABLE.match(w):
                    continue
                sides = self._sides(w, seq, ignore)
                near = typos.suspicious(w, rank, sides)
                pages = sum(side.get(near[0], 0) for _, side in sides) if near else 0
                if near and (best is None or pages > best[0]):
                    best = (pages, w, near[0])
            if best is None:
                return out
            out[best[1]] = [best[2]]

    def _sides(
        self, word: str, seq: list[str], ignore: Set[str] = frozenset()
    ) -> list[tuple[int, dict[str, int]]]:
        """For each neighbour of ``word`` in the query (but those in ``ignore``): the pages
        where the two stand together as typed, and the words that stand beside that neighbour
        on that side (word -> pages, from its shard entry)."""
        out = []
        for i, w in enumerate(seq):
            if w != word:
                continue
            if i > 0 and seq[i - 1] not in ignore:
                left = seq[i - 1]
                out.append((self.df(left + terms.PAIR_SEPARATOR + w), self.neighbours(left)[1]))
            if i + 1 < len(seq) and seq[i + 1] not in ignore:
                right = seq[i + 1]
                out.append((self.df(w + terms.PAIR_SEPARATOR + right), self.neighbours(right)[0]))
        return out

    def _together(self, word: str, seq: list[str]) -> dict[str, int]:
        """Words -> pages where they stand where ``word`` was typed, beside its neighbours."""
        out: dict[str, int] = {}
        for _, side in self._sides(word, seq):
            for near, n in side.items():
                out[near] = out.get(near, 0) + n
        return out

    def _typed_pairs(self, word: str, seq: list[str], instead: str) -> int:
        """Pages holding the pairs ``instead`` makes in place of ``word`` with its neighbours in
        the query, summed over where it stands."""
        total = 0
        for i, w in enumerate(seq):
            if w != word:
                continue
            if i > 0:
                total += self.df(seq[i - 1] + terms.PAIR_SEPARATOR + instead)
            if i + 1 < len(seq):
                total += self.df(instead + terms.PAIR_SEPARATOR + seq[i + 1])
        return total

    def _union(self, terms_: list[str]) -> dict[int, float]:
        out: dict[int, float] = {}
        for term in terms_:
            for k, v in self._scores(term).items():
                out[k] = max(out.get(k, 0.0), v)
        return out

    def _hits(self, total: dict[int, float]) -> list[Hit]:
        ranked = sorted(total, key=lambda k: (-total[k], k))
        hits = []
        for page_id in ranked:
            record = self.page(page_id)
            hits.append(Hit(page_id, total[page_id], record[0], record[1], record[2]))
        return hits
