"""A reader of the static search index, and the query rules of search.js, in Python.

The executable description of the format (docs/search-index.md) and of the browser's ranking:
tests check the writer against it, and check that the browser ranks as it does. The portal's
users never run it: their browser runs ``site/assets/search.js``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bangtin.features.search import terms
from bangtin.features.search.index import FORMAT_VERSION, shard_of

__all__ = ["Hit", "IndexReader", "Postings"]

#: Pairs of the query found together on a page add this much of their impact (as search.js).
PAIR_BOOST = 1.5
COMPLETIONS = 8
_NUMBER = re.compile(r"^\d{1,6}[a-z]?(?:\s*[-/.\u2013\s]\s*[0-9a-z]{1,12}){1,5}$")

#: term -> impact blocks, best first: [(impact byte, [page ids ascending]), ...]
Postings = list[tuple[int, list[int]]]


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


def read_shard(data: bytes) -> dict[str, Postings]:
    """Every term of one shard file with its impact blocks."""
    if data[:4] != b"BTX1":
        raise ValueError("not a bangtin shard")
    out: dict[str, Postings] = {}
    count, i = _varint(data, 4)
    for _ in range(count):
        length, i = _varint(data, i)
        term = data[i : i + length].decode("utf-8")
        i += length
        _df, i = _varint(data, i)
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
        out[term] = blocks
    return out


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
        self._shards: dict[int, dict[str, Postings]] = {}

    def postings(self, term: str) -> Postings | None:
        shard = shard_of(term, self.manifest["shards"])
        if shard not in self._shards:
            self._shards[shard] = read_shard((self.folder / f"t/{shard:03x}.bin").read_bytes())
        return self._shards[shard].get(term)

    def page(self, page_id: int) -> list[Any]:
        size = self.manifest["group"]
        group = json.loads((self.folder / f"p/{page_id // size}.json").read_text("utf-8"))
        record: list[Any] = group[page_id - (page_id // size) * size]
        return record

    def passages(self, page_id: int) -> list[str]:
        """A page's passages (``x/N.json``): its paragraphs, where an excerpt is looked for."""
        size = self.manifest["group"]
        group = json.loads((self.folder / f"x/{page_id // size}.json").read_text("utf-8"))
        texts: list[str] = group[page_id - (page_id // size) * size]
        return texts

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
        folded = terms.fold_text(query)
        seq = folded.split()
        words = list(dict.fromkeys(seq))
        if not words:
            return [], False
        pairs = list(dict.fromkeys(terms.pairs(folded)))
        number = (
            terms.compact_key(query) if _NUMBER.match(terms.fold_letters(query).strip()) else None
        )
        relaxed = False
        if number and (only := self._scores(terms.compact_key(number))):
            total = only
        else:
            last = seq[-1]
            last_scores = self._scores(last)
            for extra in self.completions(last) if not last_scores else ():
                if extra != last and self.postings(extra) is not None:
                    for k, v in self._scores(extra).items():
                        last_scores[k] = max(last_scores.get(k, 0.0), v)
            if len(last) < 2 and not last_scores and len(words) > 1:
                words = [w for w in words if w != last]  # a last word not typed far enough
            maps = [last_scores if w == last else self._scores(w) for w in words]
            common = set.intersection(*(set(m) for m in maps))
            total = {k: sum(m[k] for m in maps) for k in common}
            if not total and len(maps) > 1 and not number:
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
        ranked = sorted(total, key=lambda k: (-total[k], k))
        hits = []
        for page_id in ranked:
            record = self.page(page_id)
            hits.append(Hit(page_id, total[page_id], record[0], record[1], record[2]))
        return hits, relaxed
