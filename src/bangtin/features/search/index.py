"""The static search index: documents in, the files of ``search/`` out (format: docs/search-index.md).

Written by the build from the audience-filtered records and the text it already has (no HTML is
read back), so a public build indexes only what it shows. The browser side is
``site/assets/search.js``; the format is documented in ``docs/search-index.md`` and the two
must change together (``FORMAT_VERSION``).

Scoring is done here, once: for each term and page an impact (BM25-like: field weights, a
saturating term frequency, body-length normalisation, the term's rarity), quantised to one byte
on a log scale. The browser adds the impacts of the query's terms; the postings of a term are
stored in impact order, so the best pages for it come first. Pure Python, no MkDocs, no Jinja.
"""

from __future__ import annotations

import array
import hashlib
import json
import math
import shutil
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bangtin.core.plain import clip
from bangtin.features.search import terms

__all__ = [
    "FACETS",
    "FORMAT_VERSION",
    "GROUP_SIZE",
    "KINDS",
    "Field",
    "IndexStats",
    "SearchDoc",
    "fnv1a",
    "write_index",
]

#: Bumped with every change of the files' layout; search.js checks it.
FORMAT_VERSION = 1
#: Page records per file of ``search/p/``: a result list of ten fetches a few small files.
GROUP_SIZE = 16
#: Target size of a shard of postings (bytes before gzip); the shard count follows from it.
SHARD_TARGET = 12_000
MAX_SHARDS = 4096
#: Terms of a prefix file (``search/v/``) at most, the most frequent first.
PREFIX_TERMS = 400
#: Lead excerpt of a result, in characters.
LEAD_CHARS = 220

#: Field weights: a page's own number > its title (subject) > headings, issuer, type, tags > body.
WEIGHT_NUMBER = 16.0
WEIGHT_TITLE = 6.0
WEIGHT_META = 3.0
WEIGHT_BODY = 1.0
#: A document known only by citation ranks below pages with text: its impacts are scaled down.
STUB_FACTOR = 0.15
_K1 = 1.2
#: Impact bytes run from 1 to this (each step about 16 % at a 10,000-fold range).
IMPACT_LEVELS = 64
_B = 0.75

#: Result kinds, in the order they are labelled, with their Vietnamese labels.
KINDS: dict[str, str] = {
    "van-ban": "Văn bản",
    "chu-de": "Chủ đề năm",
    "mo-hinh": "Mô hình",
    "tin-tuc": "Tin tức",
    "don-vi": "Đơn vị",
}
#: Facets (ASCII keys, for URLs and scripts) and their Vietnamese labels.
FACETS: dict[str, str] = {
    "muc": "Mục",
    "loai": "Loại văn bản",
    "co_quan": "Cơ quan ban hành",
    "nam": "Năm",
    "chu_de": "Chủ đề năm",
    "tinh_trang": "Tình trạng",
}

_MAGIC = b"BTX1"


@dataclass(frozen=True, slots=True)
class Field:
    """Text of a page at one weight (``WEIGHT_*``)."""

    weight: float
    text: str
    #: Body text counts towards the page's length (the BM25 normalisation); titles do not.
    body: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchDoc:
    """One page of the index.

    Attributes:
        url: the page's address relative to the site root ("van-ban/2024/2078-cv-duk/").
        kind: a key of :data:`KINDS`.
        title: shown as the result's heading.
        number: "2078-CV/ĐUK" for a directive, else "".
        date: the date as shown ("07/03/2024"), or "".
        sort_date: ISO date for ordering equal scores (newest first), or "".
        issuer: display name of the issuing body, or "".
        subject: a directive's trích yếu, shown under its title, or "".
        lead: the excerpt shown under the title (plain text).
        stub: known only by citation ("Chưa có toàn văn trong kho").
        fields: the text to index, by weight.
        keys: exact terms at the number weight (a number's compact keys).
        facets: facet key -> values, for the facet counts.
    """

    url: str
    kind: str
    title: str
    number: str = ""
    date: str = ""
    sort_date: str = ""
    issuer: str = ""
    subject: str = ""
    lead: str = ""
    stub: bool = False
    fields: tuple[Field, ...] = ()
    keys: tuple[str, ...] = ()
    facets: Mapping[str, Sequence[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexStats:
    """What :func:`write_index` wrote."""

    pages: int
    terms: int
    postings: int
    shards: int
    bytes: int


def fnv1a(text: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes (``fnv1a`` in search.js): which shard holds a term."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


def _varint(out: bytearray, value: int) -> None:
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def _order(docs: Sequence[SearchDoc]) -> list[SearchDoc]:
    # Page ids follow this order, and equal scores keep it: pages with text before stubs, then
    # the newest first, then by address (stable across builds). Sorts are stable: last key first.
    by_url = sorted(docs, key=lambda d: d.url)
    newest = sorted(by_url, key=lambda d: d.sort_date, reverse=True)
    return sorted(newest, key=lambda d: d.stub)


def _weighted_counts(doc: SearchDoc) -> tuple[dict[str, float], int]:
    """Each term of a page with its weighted frequency, and the page's body length in words."""
    counts: dict[str, float] = {}
    length = 0
    for f in doc.fields:
        letters = terms.fold_letters(f.text)
        folded = terms.terms_of(letters)
        syllables = terms.words(folded)
        if f.body:
            length += len(syllables)
        for term_counts in (Counter(syllables), Counter(terms.pairs(folded))):
            for term, n in term_counts.items():
                counts[term] = counts.get(term, 0.0) + f.weight * n
        if f.body:
            for key, n in Counter(terms.number_mentions(letters)).items():
                counts[key] = counts.get(key, 0.0) + f.weight * n
    for key in doc.keys:
        counts[key] = counts.get(key, 0.0) + WEIGHT_NUMBER
    return counts, length


class _Postings:
    """Postings gathered page by page: for each term, parallel arrays of page ids and weights."""

    def __init__(self) -> None:
        self.ids: dict[str, array.array[int]] = {}
        self.tfs: dict[str, array.array[float]] = {}
        self.lengths = array.array("I")

    def add(self, page: int, counts: Mapping[str, float], length: int) -> None:
        self.lengths.append(length)
        for term, tf in counts.items():
            ids = self.ids.get(term)
            if ids is None:
                ids = self.ids[term] = array.array("I")
                self.tfs[term] = array.array("f")
            ids.append(page)
            self.tfs[term].append(tf)


def _impacts(
    postings: _Postings, stubs: Sequence[bool]
) -> tuple[dict[str, list[tuple[int, float]]], float, float]:
    """BM25-like impact of every (term, page), and the smallest and largest impact."""
    n = len(postings.lengths)
    avg = (sum(postings.lengths) / n) if n else 1.0
    avg = avg or 1.0
    norms = [_K1 * (1 - _B + _B * (length / avg)) for length in postings.lengths]
    out: dict[str, list[tuple[int, float]]] = {}
    low, high = math.inf, 0.0
    for term, ids in postings.ids.items():
        df = len(ids)
        idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
        scored = []
        for page, tf in zip(ids, postings.tfs[term], strict=True):
            score = idf * tf * (_K1 + 1) / (tf + norms[page])
            if stubs[page]:
                score *= STUB_FACTOR
            scored.append((page, score))
            low = min(low, score)
            high = max(high, score)
        out[term] = scored
    if not out:
        low, high = 1.0, 1.0
    return out, low, max(high, low * 1.0001)


def _quantise(score: float, low: float, high: float) -> int:
    # IMPACT_LEVELS steps on a log scale between the smallest and the largest impact: a common
    # word's impacts and a rare word's differ a thousand-fold, and a linear scale would flatten
    # the former. Few levels make few blocks, so the ids of a block are close and their gaps
    # small: the commonest lists (8,000 pages) shrink by a third once gzipped.
    return 1 + round((IMPACT_LEVELS - 1) * math.log(score / low) / math.log(high / low))


def _encode_term(
    out: bytearray, term: str, scored: list[tuple[int, float]], low: float, high: float
) -> None:
    blocks: dict[int, list[int]] = {}
    for page, score in scored:
        blocks.setdefault(_quantise(score, low, high), []).append(page)
    key = term.encode("utf-8")
    _varint(out, len(key))
    out += key
    _varint(out, len(scored))
    _varint(out, len(blocks))
    for impact in sorted(blocks, reverse=True):
        pages = sorted(blocks[impact])
        out.append(impact)
        _varint(out, len(pages))
        previous = -1
        for page in pages:
            _varint(out, page - previous)
            previous = page


def _shard_count(total: int) -> int:
    count = 1
    while count < MAX_SHARDS and total / count > SHARD_TARGET:
        count *= 2
    return count


def _page_record(doc: SearchDoc) -> list[Any]:
    return [
        doc.url,
        doc.kind,
        doc.title,
        doc.number,
        doc.date,
        doc.issuer,
        clip(doc.lead, LEAD_CHARS),
        int(doc.stub),
        doc.subject,
    ]


def _facet_columns(docs: Sequence[SearchDoc]) -> list[dict[str, Any]]:
    """Per facet: its values (by count, then name) and, per page, the indexes of its values."""
    columns = []
    for key, label in FACETS.items():
        counts: Counter[str] = Counter()
        for d in docs:
            counts.update(set(d.facets.get(key, ())))
        if not counts:
            continue
        values = sorted(counts, key=lambda v: (-counts[v], v))
        position = {v: i for i, v in enumerate(values)}
        per_page: list[Any] = []
        for d in docs:
            picked = [position[v] for v in dict.fromkeys(d.facets.get(key, ()))]
            per_page.append(picked[0] if len(picked) == 1 else (picked or -1))
        columns.append({"key": key, "label": label, "values": values, "pages": per_page})
    return columns


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def write_index(docs: Iterable[SearchDoc], target: Path) -> IndexStats:
    """Write the index of ``docs`` into the folder ``target`` (replaced whole).

    Args:
        docs: the pages this build shows (already filtered for its audience).
        target: the ``search`` folder of the built site.

    Returns:
        What was written.
    """
    ordered = _order(list(docs))
    postings = _Postings()
    for page, doc in enumerate(ordered):
        counts, length = _weighted_counts(doc)
        postings.add(page, counts, length)
    scored, low, high = _impacts(postings, [d.stub for d in ordered])
    del postings

    files: dict[str, bytes] = {}
    encoded: dict[str, bytes] = {}
    for term in scored:
        buf = bytearray()
        _encode_term(buf, term, scored[term], low, high)
        encoded[term] = bytes(buf)
    shards = _shard_count(sum(len(b) for b in encoded.values()))
    by_shard: dict[int, list[str]] = {}
    for term in encoded:
        by_shard.setdefault(fnv1a(term) % shards, []).append(term)
    for shard, names in by_shard.items():
        buf = bytearray(_MAGIC)
        _varint(buf, len(names))
        for term in sorted(names):
            buf += encoded[term]
        files[f"t/{shard:03x}.bin"] = bytes(buf)

    # Completions of a last word being typed, by its first two letters, the commonest first.
    prefixes: dict[str, list[tuple[str, int]]] = {}
    for term, entries in scored.items():
        if terms.PAIR_SEPARATOR in term or len(term) < 2:
            continue
        prefixes.setdefault(term[:2], []).append((term, len(entries)))
    for prefix, completions in prefixes.items():
        completions.sort(key=lambda e: (-e[1], e[0]))
        files[f"v/{prefix}.json"] = _json([[t, n] for t, n in completions[:PREFIX_TERMS]])

    for start in range(0, len(ordered), GROUP_SIZE):
        group = ordered[start : start + GROUP_SIZE]
        files[f"p/{start // GROUP_SIZE}.json"] = _json([_page_record(d) for d in group])
    files["facets.json"] = _json(_facet_columns(ordered))

    digest = hashlib.blake2b(digest_size=8)
    for name in sorted(files):
        digest.update(name.encode())
        digest.update(files[name])
    manifest = {
        "format": FORMAT_VERSION,
        "version": digest.hexdigest(),
        "pages": len(ordered),
        "shards": shards,
        "group": GROUP_SIZE,
        "impact": [low, high],
        "levels": IMPACT_LEVELS,
        "kinds": KINDS,
        "facets": FACETS,
    }
    files["manifest.json"] = _json(manifest)

    if target.exists():
        shutil.rmtree(target)
    for name, data in files.items():
        path = target / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return IndexStats(
        pages=len(ordered),
        terms=len(scored),
        postings=sum(len(v) for v in scored.values()),
        shards=shards,
        bytes=sum(len(b) for b in files.values()),
    )
