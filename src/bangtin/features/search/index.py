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

import gc
import hashlib
import json
import multiprocessing as mp
import os
import shutil
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from bangtin.core.plain import clip
from bangtin.features.search import terms

__all__ = [
    "FACETS",
    "FORMAT_VERSION",
    "GROUP_SIZE",
    "KINDS",
    "CorpusStats",
    "DocSource",
    "Field",
    "IndexCache",
    "IndexStats",
    "SearchDoc",
    "shard_of",
    "update_index",
    "write_index",
]

#: Bumped with every change of the files' layout; search.js checks it.
FORMAT_VERSION = 3
#: Page records per file of ``search/p/``: a result list of ten fetches a few small files.
GROUP_SIZE = 8
#: Target size of a shard of postings (bytes before gzip); the shard count follows from it.
SHARD_TARGET = 4_000
MAX_SHARDS = 4096
#: Terms of a prefix file (``search/v/``) at most, the most frequent first.
PREFIX_TERMS = 400
#: Words of the vocabulary (``search/vocab.json``) at most, the commonest first: Vietnamese has
#: about 2,900 syllables without tone marks; the rest are names, loanwords and typos.
VOCAB_TERMS = 6000
#: Neighbours kept per side for a word of the vocabulary in its shard entry (the words seen most
#: often just before it and just after it): what tells "bàn tin" from "bàn tỉnh" at no extra
#: fetch (a typo that made another word, typos.py).
NEIGHBOURS = 16
#: Lead excerpt of a result, in characters.
LEAD_CHARS = 220
#: Pages per file of ``search/x/`` (a divisor of GROUP_SIZE): a result's passages are fetched
#: only for it, and the text of its neighbours costs a phone bytes for nothing.
PASSAGE_GROUP = 4
#: A page's passages (``search/x/``) in characters at most: the browser looks in them for the
#: excerpt where the typed words stand; a huge page must not make a phone fetch megabytes.
PASSAGE_CHARS = 30_000

#: Field weights: a page's own number > its title (subject) > headings, issuer, type, tags > body.
WEIGHT_NUMBER = 16.0
#: A page's own keys (its number, its issuer's and type's codes) multiply its impact for them:
#: a short report that cites "2078-CV/ĐUK" in its trích yếu must not outrank the document itself
#: for "2078" (length normalisation favours the short one, and the two landed in one step).
OWN_KEY_FACTOR = 2.0
# Own keys are counted at this weight, far above what a page's text sums to for one term, so
# that the scorer tells them apart in the summed frequency; it counts them as WEIGHT_NUMBER.
_OWN_MARK = 1 << 16
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
        passages: the text's paragraphs, each one plain line (``core.plain``), where the
            browser finds the excerpt that holds the typed words (``search/x/``).
            A paragraph that holds a heading is ``(text, anchor)``: the id of the heading on
            the page, where a result whose match lies under it links (a sub-result).
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
    passages: tuple[str | tuple[str, str], ...] = ()
    stub: bool = False
    fields: tuple[Field, ...] = ()
    keys: tuple[str, ...] = ()
    facets: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def build(self) -> SearchDoc:
        """A document is its own source (:class:`DocSource`)."""
        return self


#: What stands at a page id that is no page's while serving (a page deleted since the full
#: build: its id is kept free so that no other page's id moves). No term holds it; it counts
#: neither in the scores (n, the average length) nor in the facets.
_HOLE = SearchDoc(url="", kind="", title="")


class DocSource(Protocol):
    """A page to index: what orders it, and how to build its document when it is counted."""

    @property
    def url(self) -> str: ...
    @property
    def stub(self) -> bool: ...
    @property
    def sort_date(self) -> str: ...
    def build(self) -> SearchDoc: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class IndexStats:
    """What :func:`write_index` wrote."""

    pages: int
    terms: int
    postings: int
    shards: int
    bytes: int


def shard_of(term: str, shards: int) -> int:
    """The shard that holds ``term``: CRC-32 (IEEE) of its UTF-8 bytes, modulo ``shards``.

    ``shardOf`` in search.js computes the same.
    """
    return zlib.crc32(term.encode("utf-8")) % shards


def _varint(value: int) -> bytes:
    """``value`` as an unsigned LEB128 varint."""
    out = bytearray()
    while value >= 0x80:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


def _varints(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LEB128 varints of ``values`` (non-negative, below 2**35) in one array, and each one's length.

    Most values (gaps between page ids) take one byte: every value's first byte is written in
    one pass, the few longer ones' further bytes after it.
    """
    lengths = np.ones(len(values), dtype=np.int64)
    long = np.flatnonzero(values >= 0x80)
    for bits in (14, 21, 28):
        lengths[long] += values[long] >= (1 << bits)
    lengths[long] += 1
    ends = np.cumsum(lengths)
    starts = ends - lengths
    out = np.empty(int(ends[-1]) if len(ends) else 0, dtype=np.uint8)
    out[starts] = (values & 0x7F) | ((lengths > 1) << 7)
    for k in range(1, 5):
        long = long[lengths[long] > k]
        if not long.size:
            break
        part = (values[long] >> (7 * k)) & 0x7F
        out[starts[long] + k] = part | ((lengths[long] > k + 1) << 7)
    return out, lengths


def _order(docs: Sequence[DocSource]) -> list[DocSource]:
    # Page ids follow this order, and equal scores keep it: pages with text before stubs, then
    # the newest first, then by address (stable across builds). Sorts are stable: last key first.
    by_url = sorted(docs, key=lambda d: d.url)
    newest = sorted(by_url, key=lambda d: d.sort_date, reverse=True)
    return sorted(newest, key=lambda d: d.stub)


# A pair term's key: (first syllable's id + 1) << 24 | second syllable's id; a single term's key
# is its id. Ids are below 2**24, so the two kinds never meet and a key fits in 49 bits, which
# leaves 10 bits for the page within a batch and 4 for the weight (see _Postings.add).
_ID_BITS = 24
_BATCH_BITS = 10
_BATCH = 1 << _BATCH_BITS
_WEIGHT_BITS = 4


class _Vocabulary(dict[bytes, int]):
    """Terms (syllables and keys, as UTF-8 bytes) to ids, in first-seen order.

    A word not seen yet gets the next id as it is looked up (``__missing__``), so the ids of a
    batch's tokens are one pass of C over them, and they never hang on the hash seed.
    """

    def __missing__(self, word: bytes) -> int:
        number = len(self)
        if number >= 1 << _ID_BITS:
            raise ValueError("the search index holds at most 16,777,216 distinct words")
        self[word] = number
        return number

    def of(self, tokens: Sequence[bytes]) -> np.ndarray:
        """The ids of ``tokens``, new words added."""
        return np.fromiter(map(self.__getitem__, tokens), dtype=np.int64, count=len(tokens))

    def words(self) -> list[bytes]:
        """Every word, by id."""
        return list(self)


def _term_text(words: Sequence[bytes], key: int) -> str:
    """The term of a key: a word, or two joined by :data:`terms.PAIR_SEPARATOR`."""
    if key >> _ID_BITS:
        first = words[(key >> _ID_BITS) - 1].decode("utf-8")
        return first + terms.PAIR_SEPARATOR + words[key & ((1 << _ID_BITS) - 1)].decode("utf-8")
    return words[key].decode("utf-8")


def _token_spans(data: bytes, ends: np.ndarray) -> np.ndarray:
    """The span (index into ``ends``) of each term of ``data``, which is :data:`terms.TERM_BYTES`
    output: terms of [0-9a-z] between spaces, in the order ``data.split()`` gives them."""
    letter = np.frombuffer(data, dtype=np.uint8) != ord(" ")
    starts = np.flatnonzero(letter[1:] & ~letter[:-1]) + 1
    if letter.size and letter[0]:
        starts = np.concatenate(([0], starts))
    return np.searchsorted(ends, starts, side="right")


_SLOT_BITS = _BATCH_BITS + _WEIGHT_BITS


def _sum_weights(
    keys: np.ndarray, slots: np.ndarray, weights: np.ndarray, bound: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each (term, page) of a batch once, with the sum of its occurrences' weights.

    Args:
        keys: a term key per occurrence, below ``bound``.
        slots: its page in the batch and its weight's class (``page << 4 | class``).
        weights: the weight of each class.
        bound: above every key; keys and slots that fit 32 bits sort twice as fast.

    Returns:
        Term keys, pages in the batch and frequencies (float32), by term then page.
    """
    # One sort makes each (term, page, weight) a run; its length times the weight, summed over
    # the weights of a (term, page), is its frequency. The weights are small whole numbers, so
    # the sums are exact whatever their order.
    dtype = np.dtype(np.uint32 if bound << _SLOT_BITS <= 1 << 32 else np.int64)
    coded: np.ndarray = keys.astype(dtype) << _SLOT_BITS
    coded = np.sort(coded | slots.astype(dtype))
    run = np.flatnonzero(np.diff(coded, prepend=coded[:1] ^ 1))
    counts = np.diff(run, append=len(coded))
    coded = coded[run]
    weight = weights[coded & ((1 << _WEIGHT_BITS) - 1)] * counts
    coded >>= _WEIGHT_BITS
    posting = np.flatnonzero(np.diff(coded, prepend=coded[:1] ^ 1))
    coded = coded[posting]
    return (
        (coded >> _BATCH_BITS).astype(np.int64),
        (coded & ((1 << _BATCH_BITS) - 1)).astype(np.int32),
        np.add.reduceat(weight, posting).astype(np.float32),
    )


@dataclass(slots=True)
class _Postings:
    """Every (term, page) of the index with its weighted frequency, and the pages' lengths.

    Pages are counted in batches of :data:`_BATCH`: a batch's texts are folded, split and looked
    up together, and its (term, page) pairs counted with one sort, so the work per page is a few
    list appends, not numpy calls or a Python loop over its words.
    """

    vocabulary: _Vocabulary = field(default_factory=_Vocabulary)
    keys: list[np.ndarray] = field(default_factory=list)
    tfs: list[np.ndarray] = field(default_factory=list)
    pages: list[np.ndarray] = field(default_factory=list)
    lengths: list[np.ndarray] = field(default_factory=list)

    def add(self, first: int, docs: Sequence[SearchDoc]) -> None:
        """Count the pages ``first`` … ``first + len(docs) - 1``: their words, pairs of words
        and keys, each with its field's weight.

        A term's frequency on a page is the sum of the weights of its occurrences; a pair is
        two neighbouring words of one field (never across two) at that field's weight; keys
        weigh :data:`WEIGHT_NUMBER` and the numbers a body mentions its weight.
        """
        if len(docs) > 1 << _BATCH_BITS:
            raise ValueError(f"a batch holds at most {1 << _BATCH_BITS} pages")
        texts: list[str] = []
        text_page: list[int] = []
        text_weight: list[float] = []
        body: list[int] = []
        loose: list[bytes] = []  # terms that pair with nothing: keys, numbers cited
        loose_page: list[int] = []
        loose_weight: list[float] = []
        for page, doc in enumerate(docs):
            for f in doc.fields:
                if f.body:
                    body.append(len(texts))
                texts.append(f.text)
                text_page.append(page)
                text_weight.append(f.weight)
            loose += [key.encode("utf-8") for key in doc.keys]
            loose_page += [page] * len(doc.keys)
            loose_weight += [float(_OWN_MARK)] * len(doc.keys)
        folded = terms.fold_fields(texts)
        for at, mentions in zip(
            body,
            terms.find_mentions(folded.data, folded.starts[body], folded.ends[body]),
            strict=True,
        ):
            loose += mentions
            loose_page += [text_page[at]] * len(mentions)
            loose_weight += [text_weight[at]] * len(mentions)
        words = folded.data.translate(terms.TERM_BYTES)
        ids = self.vocabulary.of(words.split())
        span = _token_spans(words, folded.ends)
        weights, weight_class = np.unique(
            np.asarray(text_weight + loose_weight, dtype=np.float64), return_inverse=True
        )
        if len(weights) > 1 << _WEIGHT_BITS:
            raise ValueError(f"a batch of pages has at most {1 << _WEIGHT_BITS} field weights")
        # Per text (then per loose term): its page and its weight, in the low bits of a code.
        slot = (np.asarray(text_page + loose_page, dtype=np.int64) << _WEIGHT_BITS) | weight_class
        singles = np.concatenate((ids, self.vocabulary.of(loose)))
        single_slot = np.concatenate((span, np.arange(len(loose)) + len(texts)))
        # Pairs of neighbours within a field, never across two.
        within = span[1:] == span[:-1]
        pairs = (((ids[:-1] + 1) << _ID_BITS) | ids[1:])[within]
        counted = (
            _sum_weights(singles, slot[single_slot], weights, len(self.vocabulary)),
            _sum_weights(pairs, slot[span[:-1][within]], weights, 1 << (2 * _ID_BITS + 1)),
        )
        # Single terms' keys are below any pair's: the batch stays sorted by (term, page).
        self.keys.append(np.concatenate([c[0] for c in counted]))
        self.pages.append(np.concatenate([c[1] for c in counted]) + np.int32(first))
        self.tfs.append(np.concatenate([c[2] for c in counted]))
        # A page's length: the words of its body fields.
        per_text = np.bincount(span, minlength=len(texts))[body]
        self.lengths.append(
            np.bincount(np.asarray(text_page)[body], weights=per_text, minlength=len(docs))
        )


#: Pages per batch that :func:`update_index` keeps counted: an edit counts its batch again.
UPDATE_BATCH = 128
#: From this many pages on, the pages' terms are counted in forked processes.
PARALLEL_FROM = 2000
# The shares the forked counters read (set just before the pool forks them).
_FORK_JOBS: dict[int, tuple[Sequence[DocSource], int, int]] = {}


@dataclass(slots=True)
class _Counted:
    """The pages' terms counted, with the files of their records and their facet values."""

    postings: _Postings
    groups: list[bytes]  # ``p/N.json`` of each group of GROUP_SIZE pages
    passages: list[bytes]  # ``x/N.json`` of each group of PASSAGE_GROUP pages
    facets: list[Mapping[str, Sequence[str]]]
    heads: list[list[Any]]  # each page's head record (url, kind, title, stub) for the shards

    def extend(self, part: _Counted, keys: list[np.ndarray] | None = None) -> None:
        """``part``'s pages after these; ``keys`` in place of its term keys (remapped ones)."""
        self.postings.keys += part.postings.keys if keys is None else keys
        self.postings.tfs += part.postings.tfs
        self.postings.pages += part.postings.pages
        self.postings.lengths += part.postings.lengths
        self.groups += part.groups
        self.heads += part.heads
        self.passages += part.passages
        self.facets += part.facets


def _count_range(ordered: Sequence[DocSource], first: int, end: int) -> _Counted:
    # ``first`` starts a group of records (a multiple of GROUP_SIZE).
    postings = _Postings()
    records: list[list[Any]] = []
    texts: list[list[str | list[str]]] = []
    facets: list[Mapping[str, Sequence[str]]] = []
    for start in range(first, end, _BATCH):
        batch = [source.build() for source in ordered[start : min(start + _BATCH, end)]]
        postings.add(start, batch)
        records += map(_page_record, batch)
        texts += (_passages(doc.passages) for doc in batch)
        facets += (doc.facets for doc in batch)
    return _grouped(postings, records, texts, facets)


def _grouped(
    postings: _Postings,
    records: list[list[Any]],
    texts: Sequence[Sequence[Any]],
    facets: list[Mapping[str, Sequence[str]]],
) -> _Counted:
    """The pages counted, their records and passages as the files that hold them (the pages'
    first starts a group of GROUP_SIZE)."""
    groups = [_json(records[at : at + GROUP_SIZE]) for at in range(0, len(records), GROUP_SIZE)]
    steps = range(0, len(texts), PASSAGE_GROUP)
    passages = [_json(texts[at : at + PASSAGE_GROUP]) for at in steps]
    heads = [[r[0], r[1], r[2], r[7]] if r else [] for r in records]
    return _Counted(postings, groups, passages, facets, heads)


def _count_share(job: int) -> tuple[list[bytes], _Counted]:
    counted = _count_range(*_FORK_JOBS[job])
    words = counted.postings.vocabulary.words()
    counted.postings.vocabulary = _Vocabulary()  # sent as the word list alone
    return words, counted


def _count(ordered: Sequence[DocSource], workers: int) -> _Counted:
    """Every page built and its terms counted, in ``workers`` forked processes when many."""
    workers = min(workers, -(-len(ordered) // (PARALLEL_FROM // 2)) if ordered else 1)
    if workers < 2 or "fork" not in mp.get_all_start_methods():
        return _count_range(ordered, 0, len(ordered))
    # Shares of whole groups of records, so that each writes its own ``p/N.json``.
    size = -(-len(ordered) // workers)
    size += -size % GROUP_SIZE
    bounds = [(start, min(start + size, len(ordered))) for start in range(0, len(ordered), size)]
    if len(bounds) < 2:
        return _count_range(ordered, 0, len(ordered))
    for job, (first, end) in enumerate(bounds):
        _FORK_JOBS[job] = (ordered, first, end)
    terms.fold_fields(["prepare"])  # the fold table, made once before the fork for every process
    # No collection while the processes share their pages: a full one walks every object of the
    # build, and each page it writes to is then copied (the forked ones inherit this).
    collecting = gc.isenabled()
    gc.disable()
    try:
        # This process counts the first share itself while the forked ones count the rest.
        with ProcessPoolExecutor(len(bounds) - 1, mp_context=mp.get_context("fork")) as pool:
            others = pool.map(_count_share, range(1, len(bounds)))
            merged = _count_range(ordered, *bounds[0])
            shares = list(others)
    finally:
        _FORK_JOBS.clear()
        if collecting:
            gc.enable()
    vocab = merged.postings.vocabulary
    mask = (1 << _ID_BITS) - 1
    for words, share in shares:
        # The share's word ids -> this vocabulary's; a pair key is remapped by its two halves.
        remap = vocab.of(words)
        keys = []
        for batch in share.postings.keys:
            head = batch >> _ID_BITS
            single = remap[batch & mask]
            paired = ((remap[np.maximum(head - 1, 0)] + 1) << _ID_BITS) | single
            keys.append(np.where(head > 0, paired, single))
        merged.extend(share, keys)
    return merged


@dataclass(slots=True)
class _ByTerm:
    """Every posting of the index by (term key, page): its term's key, frequency and page."""

    keys: np.ndarray  # int64
    tfs: np.ndarray  # float32
    pages: np.ndarray  # int32

    def update(self, gone: Sequence[tuple[int, int]], added: Sequence[_Postings]) -> _ByTerm:
        """These postings with those of the pages in the ranges ``gone`` (first id, end)
        taken out and ``added``'s put in (`bangtin serve`: the batches an edit counted again).

        The same arrays as `_by_term` of every batch, without sorting millions of postings
        again: the few new ones are sorted and merged in where they belong."""
        keys, tfs, pages = self.keys, self.tfs, self.pages
        if gone and len(pages):
            out = np.zeros(max(int(pages.max()) + 1, *(end for _, end in gone)), dtype=bool)
            for first, end in gone:
                out[first:end] = True
            kept = ~out[pages]
            keys, tfs, pages = keys[kept], tfs[kept], pages[kept]
        new = _ByTerm(
            *(
                np.concatenate(parts) if parts else np.zeros(0, dtype)
                for parts, dtype in (
                    ([k for a in added for k in a.keys], np.int64),
                    ([t for a in added for t in a.tfs], np.float32),
                    ([g for a in added for g in a.pages], np.int32),
                )
            )
        ).sorted()
        if not len(new.keys):
            return _ByTerm(keys, tfs, pages)
        # (key, page) as one number, to find where each new posting goes.
        bits = int(max(pages.max() if len(pages) else 0, new.pages.max())).bit_length()
        top = int(max(keys.max() if len(keys) else 0, new.keys.max()))
        if top.bit_length() + bits > 62:  # too wide for one number: all sorted again
            return _ByTerm(
                np.concatenate((keys, new.keys)),
                np.concatenate((tfs, new.tfs)),
                np.concatenate((pages, new.pages)),
            ).sorted()
        at = np.searchsorted((keys << bits) | pages, (new.keys << bits) | new.pages)
        # The merged order: each new posting where it goes, the kept ones in the rest.
        placed = at + np.arange(len(at))
        fresh = np.zeros(len(keys) + len(at), dtype=bool)
        fresh[placed] = True
        merged = []
        for old, more in ((keys, new.keys), (tfs, new.tfs), (pages, new.pages)):
            both = np.empty(len(fresh), dtype=old.dtype)
            both[placed] = more
            both[~fresh] = old
            merged.append(both)
        return _ByTerm(*merged)

    def sorted(self) -> _ByTerm:
        """These postings sorted by (term key, page)."""
        order = np.lexsort((self.pages, self.keys))
        return _ByTerm(self.keys[order], self.tfs[order], self.pages[order])


@dataclass(frozen=True, slots=True)
class CorpusStats:
    """The corpus statistics impacts are computed with: what `bangtin serve` keeps from its last
    full build, so that an edit changes only the impacts of the terms its pages hold (the rule
    is in docs/search-index.md, "In `bangtin serve`").

    Attributes:
        n: pages counted (holes not).
        avg: their average body length.
        idf: each term's rarity, by term; a term not in it has :meth:`rare`'s.
        low: the smallest impact before quantisation; a smaller one is raised to it.
        high: the largest; a larger one is lowered to it.
    """

    n: int
    avg: float
    idf: Mapping[str, float]
    low: float
    high: float

    def rare(self) -> float:
        """The idf of a term new since these were taken: a term found on one page of ``n``."""
        return float(np.log(1 + (self.n - 1 + 0.5) / 1.5))


@dataclass(slots=True)
class _Scored:
    """The postings scored, quantised and sorted: by term, impact (highest first), page."""

    words: list[str]  # each term as text, by term number
    key: np.ndarray  # each term's key (a pair's: both words' ids, see _ID_BITS), by term number
    df: np.ndarray  # pages per term
    term: np.ndarray  # per posting: its term number
    impact: np.ndarray  # per posting: its impact byte
    page: np.ndarray  # per posting: its page id
    low: float
    high: float
    n: int  # pages scored (holes not), and their average body length
    avg: float
    idf: np.ndarray  # each term's idf, by term number

    def stats(self) -> CorpusStats:
        """The statistics these were scored with, to score others alike (`bangtin serve`)."""
        idf = dict(zip(self.words, self.idf.tolist(), strict=True))
        return CorpusStats(n=self.n, avg=self.avg, idf=idf, low=self.low, high=self.high)


@dataclass(slots=True)
class _Terms:
    """Every term of the index, by key, with its entry's bytes in its shard (`_encode_terms`):
    what the shard files, the vocabulary and the completions are made of."""

    words: list[str]  # each term as text, by term number (its key's order)
    key: np.ndarray  # each term's key
    df: np.ndarray  # pages per term
    best: list[int]  # each term's best page (the first of its first block)
    data: bytes  # the terms' entries one after the other
    offsets: list[int]  # where each starts, and the end last
    postings: int
    low: float
    high: float
    #: Each single term's end of entry (its neighbours), as `_write` made it.
    tails: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def of(cls, scored: _Scored) -> _Terms:
        """The terms of ``scored``, encoded."""
        data, offsets = _encode_terms(scored)
        best = scored.page[np.searchsorted(scored.term, np.arange(len(scored.words)))].tolist()
        return cls(
            scored.words, scored.key, scored.df, best, data, offsets,
            len(scored.term), scored.low, scored.high,
        )  # fmt: skip

    def entries(self) -> dict[int, tuple[str, int, int, bytes]]:
        """Each term's key -> its text, df, best page and entry bytes (kept by serve)."""
        data, at = self.data, self.offsets
        return {
            key: (word, df, best, data[at[k] : at[k + 1]])
            for k, (key, word, df, best) in enumerate(
                zip(self.key.tolist(), self.words, self.df.tolist(), self.best, strict=True)
            )
        }

    @classmethod
    def of_entries(
        cls,
        entries: Mapping[int, tuple[str, int, int, bytes]],
        postings: int,
        low: float,
        high: float,
    ) -> _Terms:
        """The table of ``entries`` (by key, as `entries` gives them)."""
        keys = sorted(entries)
        rows = [entries[key] for key in keys]
        lengths = [len(row[3]) for row in rows]
        return cls(
            [row[0] for row in rows],
            np.asarray(keys, dtype=np.int64),
            np.asarray([row[1] for row in rows], dtype=np.int64),
            [row[2] for row in rows],
            b"".join(row[3] for row in rows),
            [0, *np.cumsum(lengths, dtype=np.int64).tolist()],
            postings,
            low,
            high,
        )


@dataclass(slots=True)
class _KeptShards:
    """The shard files of serve's last update, and what tells which of them an edit leaves as
    they were: a shard is made of its terms' entries, their neighbours and their best pages'
    head records, and an edit changes only the entries of the terms its pages hold (`edited`,
    which a changed head record also is: its page holds the term) and the neighbours that
    moved."""

    files: Mapping[str, bytes]
    edited: set[str]  # the terms scored again, as text
    tails: Mapping[str, bytes]  # each single term's neighbours, last time
    shards: int

    def clean(self, tails: Mapping[str, bytes], shards: int) -> Callable[[int, str], bool]:
        """Whether a shard (its number and file) is the same as last time, with ``tails``."""
        if shards != self.shards:
            return lambda number, name: False
        moved = {w for w, tail in tails.items() if self.tails.get(w) != tail}
        moved |= self.tails.keys() - tails.keys()
        dirty = {zlib.crc32(w.encode("utf-8")) % shards for w in self.edited | moved}
        return lambda number, name: number not in dirty and name in self.files


def _by_term(postings: _Postings) -> _ByTerm:
    """Every posting sorted by (term key, page); ``postings``' lists emptied as they are read."""
    keys = np.concatenate(postings.keys) if postings.keys else np.zeros(0, dtype=np.int64)
    postings.keys.clear()
    # Batches come in page order, each sorted by (term, page): a stable sort by term alone
    # gives (term, page) order. Narrow types, and each array freed once read: these hold
    # millions of postings (memory), and gathering them is the cost (time).
    by_term = np.argsort(keys, kind="stable")
    keys = keys[by_term]
    tf = np.concatenate(postings.tfs)[by_term] if postings.tfs else np.zeros(0, np.float32)
    postings.tfs.clear()
    page = np.concatenate(postings.pages)[by_term] if postings.pages else np.zeros(0, np.int32)
    postings.pages.clear()
    return _ByTerm(keys, tf, page)


def _norms(lengths: np.ndarray, avg: float) -> np.ndarray:
    """Each page's BM25 length norm, by page id."""
    return _K1 * (1 - _B + _B * (lengths / avg))


def _scores(
    idf: np.ndarray, tf: np.ndarray, norms: np.ndarray, page: np.ndarray, stub: np.ndarray
) -> np.ndarray:
    """Each posting's score before quantisation: idf × tf × (k1 + 1) / (tf + norm), a page's
    own keys weighed up, stubs down. ``idf``: each posting's (float64, changed in place);
    ``tf``: each posting's weighted frequency (float32, changed in place); ``norms`` and
    ``stub`` by page id. `_score` and `_moved_keys` both score with it, alike to the bit."""
    # A page's own keys: marked by their weight, counted as WEIGHT_NUMBER (see _OWN_MARK).
    own = tf >= _OWN_MARK
    tf[own] -= np.floor(tf[own] / _OWN_MARK) * (_OWN_MARK - WEIGHT_NUMBER)
    # Computed in place (arrays of millions: each new one is memory the kernel has to map).
    score = idf
    score *= tf
    score *= _K1 + 1
    norm = norms[page]
    norm += tf
    score /= norm
    del norm
    score[own] *= OWN_KEY_FACTOR
    if stub.any():
        score[stub[page]] *= STUB_FACTOR
    return score


def _levels(score: np.ndarray, low: float, high: float, *, clip: bool) -> None:
    """``score`` made its impact level before rounding, in place (``clip``: into [low, high]
    first, as with frozen statistics)."""
    if clip:
        np.clip(score, low, high, out=score)
    # IMPACT_LEVELS steps on a log scale between the smallest and the largest impact: a common
    # word's impacts and a rare word's differ a thousand-fold, and a linear scale would flatten
    # the former. Few levels make few blocks, so the ids of a block are close and their gaps
    # small: the commonest lists (8,000 pages) shrink by a third once gzipped.
    score /= low
    np.log(score, out=score)
    score *= (IMPACT_LEVELS - 1) / np.log(high / low)


def _score(
    postings: _Postings,
    stubs: Sequence[bool],
    holes: Sequence[bool] = (),
    by_term: _ByTerm | None = None,
    frozen: CorpusStats | None = None,
) -> _Scored:
    """BM25-like impact of every (term, page), quantised (see docs/search-index.md).

    ``holes`` marks the ids that are no page's (`_HOLE`): left out of the page count and the
    average length. ``by_term``: the postings already sorted (serve keeps them,
    `_ByTerm.update`); else they are sorted here. ``frozen``: the statistics to score with
    (serve's, from its last full build) instead of these pages' own.
    """
    lengths = np.concatenate(postings.lengths) if postings.lengths else np.zeros(0)
    pages = lengths[~np.asarray(holes, dtype=bool)] if any(holes) else lengths
    n = len(pages)
    if by_term is None:
        by_term = _by_term(postings)
    if not len(by_term.keys):
        empty = np.zeros(0, dtype=np.int64)
        low, high = (1.0, 1.0001) if frozen is None else (frozen.low, frozen.high)
        return _Scored([], empty, empty, empty, empty, empty, low, high, n, 1.0, np.zeros(0))
    keys, page = by_term.keys, by_term.pages
    tf = by_term.tfs.copy()  # changed in place below; serve keeps the sorted ones
    new_term = np.concatenate(([True], keys[1:] != keys[:-1]))
    starts = np.flatnonzero(new_term)
    vocabulary = postings.vocabulary.words()
    term_keys = keys[starts]
    words = [_term_text(vocabulary, key) for key in term_keys.tolist()]
    del keys
    term = np.cumsum(new_term, dtype=np.int32)
    term -= 1
    del new_term
    df = np.diff(np.concatenate((starts, [len(term)])))
    if frozen is None:
        avg = float(pages.mean()) or 1.0
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    else:
        n, avg, rare = frozen.n, frozen.avg, frozen.rare()
        idf = np.fromiter((frozen.idf.get(w, rare) for w in words), np.float64, len(words))
    stub = np.asarray(stubs, dtype=bool)
    score = _scores(np.repeat(idf, df), tf, _norms(lengths, avg), page, stub)
    del tf
    if frozen is None:
        low = float(score.min())
        high = max(float(score.max()), low * 1.0001)
    else:
        low, high = frozen.low, frozen.high
    _levels(score, low, high, clip=frozen is not None)
    np.rint(score, out=score)
    score += 1
    impact = score.astype(np.int32)
    del score
    # Within a term: the highest impact first, then by page (pages stay ascending: stable).
    # Keys that fit 16 bits (serve's edits score a few hundred terms) sort by radix, six times
    # faster than 32-bit ones.
    span = len(words) * IMPACT_LEVELS
    kind = np.dtype(np.uint16 if span <= 1 << 16 else np.int32 if span < 1 << 31 else np.int64)
    by_impact: np.ndarray = term.astype(kind)
    by_impact *= IMPACT_LEVELS
    by_impact += (IMPACT_LEVELS - impact).astype(kind)
    order = np.argsort(by_impact, kind="stable")
    del by_impact
    return _Scored(
        words, term_keys, df, term[order], impact[order], page[order], low, high, n, avg, idf
    )


#: Postings encoded at a time (whole terms): arrays of megabytes, not of every posting.
_ENCODE_CHUNK = 1 << 20


def _encode_terms(scored: _Scored) -> tuple[bytes, list[int]]:
    """Each term's df, block count and blocks in a shard file (docs/search-index.md).

    Returns:
        The terms' bytes one after the other, by term number, and where each starts (with the
        end last): a term's entry in its shard is its key's length and key, then these bytes.
    """
    count = len(scored.words)
    if not count:
        return b"", [0]
    # Chunks of whole terms, about _ENCODE_CHUNK postings each.
    first_posting = np.searchsorted(scored.term, np.arange(count))
    cuts = np.unique(np.searchsorted(first_posting, np.arange(0, len(scored.term), _ENCODE_CHUNK)))
    cuts = np.append(cuts, count)
    parts: list[bytes] = []
    offsets: list[np.ndarray] = []
    done = 0
    for first, end in zip(cuts[:-1].tolist(), cuts[1:].tolist(), strict=True):
        a = int(first_posting[first])
        b = int(first_posting[end]) if end < count else len(scored.term)
        data, starts = _encode_chunk(
            scored.term[a:b] - first, scored.impact[a:b], scored.page[a:b], scored.df[first:end]
        )
        parts.append(data)
        offsets.append(starts + done)
        done += len(data)
    return b"".join(parts), [*np.concatenate(offsets).tolist(), done]


def _encode_chunk(
    term: np.ndarray, impact: np.ndarray, page: np.ndarray, df: np.ndarray
) -> tuple[bytes, np.ndarray]:
    """The bytes of terms 0 … len(df) - 1 (``term``: each posting's, sorted) and their starts.

    A term is ``[df][blocks]`` then each block ``[impact][count][gaps]``: all varints (an
    impact is below 128, one byte as a varint too), so they are laid out as one array of
    values, encoded at once.
    """
    new_block = np.ones(len(term), dtype=bool)
    new_block[1:] = (term[1:] != term[:-1]) | (impact[1:] != impact[:-1])
    block_start = np.flatnonzero(new_block)
    block = np.cumsum(new_block) - 1  # each posting's block
    del new_block
    block_term = term[block_start]
    first_block = np.flatnonzero(np.diff(block_term, prepend=-1))  # each term's first block
    blocks = np.diff(first_block, append=len(block_start))
    # A block's page ids ascending, as gaps: first id + 1, then id - previous id.
    gaps = page.astype(np.int64)
    gaps[1:] -= page[:-1]
    gaps[block_start] = page[block_start] + 1
    # Where each value goes: a posting's gap after the headers of its term and block and of
    # those before them (two values each).
    values = np.empty(len(term) + 2 * len(block_start) + 2 * len(df), dtype=np.int64)
    values[np.arange(len(term)) + 2 * (term + 1) + 2 * (block + 1)] = gaps
    del gaps, block
    at = block_start + 2 * (block_term + 1) + 2 * np.arange(len(block_start))
    values[at] = impact[block_start]
    values[at + 1] = np.diff(block_start, append=len(term))
    at = block_start[first_block] + 2 * np.arange(len(df)) + 2 * first_block
    values[at] = df
    values[at + 1] = blocks
    data, lengths = _varints(values)
    return data.tobytes(), np.cumsum(lengths)[at] - lengths[at]


def _shard_count(total: int) -> int:
    count = 1
    while count < MAX_SHARDS and total / count > SHARD_TARGET:
        count *= 2
    return count


def _page_record(doc: SearchDoc) -> list[Any]:
    if doc is _HOLE:
        return []  # no term leads to it: the browser never reads it
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


def _vocabulary(scored: _Terms) -> list[int]:
    """The term numbers of the words of letters only (no pair, number or code with digits), the
    commonest first: what a misspelt word of a query is corrected to (``typos``, in the browser
    too)."""
    found = [
        (-int(scored.df[number]), word, number)
        for number, word in enumerate(scored.words)
        if 2 <= len(word) <= 12 and word.isascii() and word.isalpha()
    ]
    return [number for _, _, number in sorted(found)[:VOCAB_TERMS]]


def _neighbours(scored: _Terms, vocabulary: Sequence[int]) -> dict[int, bytes]:
    """Per word of the vocabulary (by term number), the end of its shard entry: the words of the
    vocabulary seen just before it, then just after it, each side the :data:`NEIGHBOURS` most
    frequent (pages holding the pair), as ``[count]`` then ``[word's place in vocab.json][pages]``
    varints. Read from the pair terms' keys: no text is looked at again."""
    rank = np.full(len(scored.words), -1, dtype=np.int64)
    rank[np.asarray(vocabulary, dtype=np.int64)] = np.arange(len(vocabulary))
    head = scored.key >> _ID_BITS
    single = np.flatnonzero(head == 0)
    term_of = np.full(int(scored.key[single].max()) + 1 if single.size else 1, 0, dtype=np.int64)
    term_of[scored.key[single]] = single
    pair = np.flatnonzero(head > 0)
    first = rank[term_of[head[pair] - 1]]
    second = rank[term_of[scored.key[pair] & ((1 << _ID_BITS) - 1)]]
    df = scored.df[pair].astype(np.int64)
    kept = (first >= 0) & (second >= 0)
    first, second, df = first[kept], second[kept], df[kept]
    sides = []
    for owner, other in ((second, first), (first, second)):  # words before it, words after it
        order = np.lexsort((other, -df, owner))
        owner, other_, count = owner[order], other[order], df[order]
        starts = np.flatnonzero(np.diff(owner, prepend=-1))
        place = np.arange(len(owner)) - np.repeat(starts, np.diff(starts, append=len(owner)))
        top = place < NEIGHBOURS
        lists: dict[int, list[int]] = {}
        for word, near, n in zip(
            owner[top].tolist(), other_[top].tolist(), count[top].tolist(), strict=True
        ):
            lists.setdefault(word, []).extend((near, n))
        sides.append(lists)
    out: dict[int, bytes] = {}
    for at, number in enumerate(vocabulary):
        values = [len(sides[0].get(at, ())) // 2, *sides[0].get(at, ())]
        values += [len(sides[1].get(at, ())) // 2, *sides[1].get(at, ())]
        out[number] = b"".join(map(_varint, values))
    return out


def _passages(passages: Sequence[str | tuple[str, str]]) -> list[str | list[str]]:
    """A page's passages (plain lines) up to :data:`PASSAGE_CHARS` in all (the last clipped);
    a heading's passage as ``[text, anchor]``."""
    out: list[str | list[str]] = []
    room = PASSAGE_CHARS
    for passage in passages:
        if room <= 0:
            break
        text, anchor = (passage, "") if isinstance(passage, str) else passage
        if text:
            shown = clip(text, room) if len(text) > room else text
            out.append([shown, anchor] if anchor else shown)
            room -= len(text)
    return out


def _facet_columns(pages: Sequence[Mapping[str, Sequence[str]]]) -> list[dict[str, Any]]:
    """Per facet: its values (by count, then name) and, per page, the indexes of its values."""
    columns = []
    for key, label in FACETS.items():
        held = [tuple(dict.fromkeys(facets.get(key, ()))) for facets in pages]
        counts = Counter(chain.from_iterable(held))
        if not counts:
            continue
        values = sorted(counts, key=lambda v: (-counts[v], v))
        position = {v: i for i, v in enumerate(values)}
        per_page = [
            position[mine[0]] if len(mine) == 1 else ([position[v] for v in mine] or -1)
            for mine in held
        ]
        columns.append({"key": key, "label": label, "values": values, "pages": per_page})
    return columns


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


class _Files:
    """The files of the index, written into a fresh folder by a thread as soon as they are made.

    Creating two thousand small files is the kernel's work (a tenth to a whole second of it on
    ext4, as busy as the disk is), done while the terms are scored and encoded. The files are
    handed over in a few lots (:meth:`send`), each written with plain system calls: one task
    and few switches of the interpreter's lock between the threads, not one per file.
    """

    def __init__(self, target: Path) -> None:
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        self.target = target
        self.data: dict[str, bytes] = {}
        self._folders = {target}
        self._pending: list[tuple[str, bytes]] = []
        self._pool = ThreadPoolExecutor(1)
        self._written: list[Future[None]] = []

    def digest(self, name: str) -> bytes:
        """The digest of the file ``name`` added (what the manifest's version is made of)."""
        return hashlib.blake2b(self.data[name], digest_size=16).digest()

    def add(self, name: str, data: bytes) -> None:
        """Keep ``data`` as the file ``name`` (relative to the folder), to be written."""
        self.data[name] = data
        path = self.target / name
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        self._pending.append((str(path), data))

    def send(self) -> None:
        """Have the files added so far written."""
        if self._pending:
            self._written.append(self._pool.submit(_write_files, self._pending))
            self._pending = []

    def __enter__(self) -> _Files:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        # Every file written (the first error of a write raised), or, on an error here, the
        # writes not begun cancelled.
        if kind is None:
            self.send()
        self._pool.shutdown(wait=True, cancel_futures=kind is not None)
        if kind is None:
            for written in self._written:
                written.result()


def _write_files(files: list[tuple[str, bytes]]) -> None:
    for path, data in files:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        try:
            with memoryview(data) as rest:
                while rest:
                    rest = rest[os.write(fd, rest) :]
        finally:
            os.close(fd)


def write_index(
    docs: Iterable[DocSource],
    target: Path,
    *,
    workers: int = 1,
    stats: CorpusStats | None = None,
) -> IndexStats:
    """Write the index of ``docs`` into the folder ``target`` (replaced whole).

    Args:
        docs: the pages this build shows (already filtered for its audience), as documents
            or as sources that build them when they are counted.
        target: the ``search`` folder of the built site.
        workers: processes that count the pages' terms (forked; 1: this process only). The
            files are the same whatever the number.
        stats: score with these statistics (another build's, as `bangtin serve` does between
            two full builds) instead of those of ``docs``.

    Returns:
        What was written.
    """
    ordered = _order(list(docs))
    counted = _count(ordered, workers)
    with _Files(target) as files:
        return _write(ordered, counted, files, frozen=stats)[0]


def _write(
    ordered: Sequence[DocSource],
    counted: _Counted,
    files: _Files,
    by_term: _ByTerm | None = None,
    frozen: CorpusStats | None = None,
    table: _Terms | None = None,
    kept: _KeptShards | None = None,
) -> tuple[IndexStats, _Terms, _Scored | None]:
    """The index's files into ``files``; ``table``: its terms already scored and encoded
    (serve's, `_edited_terms`), else they are scored here (with ``frozen``'s statistics if
    given); ``kept``: the shard files of the last update, kept where none of their terms
    changed. Returns the terms and, when scored here, the scores."""
    # The page records and facets first: they are written while the terms are scored.
    for number, group in enumerate(counted.groups):
        files.add(f"p/{number}.json", group)
    for number, group in enumerate(counted.passages):
        files.add(f"x/{number}.json", group)
    files.add("facets.json", _json(_facet_columns(counted.facets)))
    files.send()

    holes = [d is _HOLE for d in ordered]
    scored = None
    if table is None:
        scored = _score(counted.postings, [d.stub for d in ordered], holes, by_term, frozen)
        table = _Terms.of(scored)
    del counted.postings
    data = table.data
    keys = [word.encode("utf-8") for word in table.words]
    heads = [_varint(len(key)) + key for key in keys]
    vocabulary = _vocabulary(table)
    # A single term's entry ends with its neighbours (none: two zero counts); a pair's does not.
    near = _neighbours(table, vocabulary)
    empty = b"\0\0"
    paired = (table.key >> _ID_BITS).astype(bool).tolist()
    tails = [b"" if pair else near.get(k, empty) for k, pair in enumerate(paired)]
    shards = _shard_count(sum(map(len, heads)) + len(data) + sum(map(len, tails)))
    tail_of = {table.words[k]: tails[k] for k, pair in enumerate(paired) if not pair}
    clean = kept.clean(tail_of, shards) if kept is not None else None
    table.tails = tail_of
    _write_shards(files, table, keys, heads, tails, shards, counted.heads, clean, kept)

    _write_completions(files, table, vocabulary)

    # The version: a digest of each file's name and digest (serve's files that kept their bytes
    # keep theirs: `_Changed.digest`), so that any change of a file changes it.
    digest = hashlib.blake2b(digest_size=8)
    for name in sorted(files.data):
        digest.update(name.encode())
        digest.update(files.digest(name))
    manifest = {
        "format": FORMAT_VERSION,
        "version": digest.hexdigest(),
        "pages": len(ordered),
        "shards": shards,
        "group": GROUP_SIZE,
        "passage_group": PASSAGE_GROUP,
        "impact": [table.low, table.high],
        "levels": IMPACT_LEVELS,
        "kinds": KINDS,
        "facets": FACETS,
    }
    files.add("manifest.json", _json(manifest))
    stats = IndexStats(
        pages=len(ordered) - sum(holes),
        terms=len(table.words),
        postings=table.postings,
        shards=shards,
        bytes=sum(len(b) for b in files.data.values()),
    )
    return stats, table, scored


def _write_shards(
    files: _Files,
    table: _Terms,
    keys: list[bytes],
    heads: list[bytes],
    tails: list[bytes],
    shards: int,
    page_heads: Sequence[Sequence[object]],
    clean: Callable[[int, str], bool] | None,
    kept: _KeptShards | None,
) -> None:
    """The term shards ``t/NNN.bin``: each term's head, entry and tail, in the shard its key's
    CRC names; a shard ``clean`` says is unchanged is taken from ``kept`` as it was."""
    data, offsets = table.data, table.offsets
    # Each shard's terms sorted by their UTF-8 bytes: every term by its bytes, then by shard
    # (stable).
    shard = np.fromiter(map(zlib.crc32, keys), dtype=np.int64, count=len(keys)) % shards
    order = np.array(sorted(range(len(keys)), key=keys.__getitem__), dtype=np.int64)
    order = order[np.argsort(shard[order], kind="stable")]
    sizes = np.bincount(shard, minlength=shards)
    # Each term's best page (the first of its first block): its head record travels with the
    # shard, so that a query's first results are shown without waiting for their p/ files.
    best = table.best
    taken = 0
    # Each page's head record as JSON once, however many shards carry it.
    head_json: dict[int, bytes] = {}
    for number in np.flatnonzero(sizes).tolist():
        name = f"t/{number:03x}.bin"
        if clean is not None and kept is not None and clean(number, name):
            files.add(name, kept.files[name])
            taken += sizes[number]
            continue
        mine = order[taken : taken + sizes[number]].tolist()
        shown = sorted({best[k] for k in mine})
        for page in shown:
            if page not in head_json:
                head_json[page] = _json([page, *page_heads[page]])[:-1]
        records = b"[" + b",".join(head_json[page] for page in shown) + b"]"
        buf = [_MAGIC, _varint(len(records)), records, _varint(int(sizes[number]))]
        for k in mine:
            buf += (heads[k], data[offsets[k] : offsets[k + 1]], tails[k])
        taken += sizes[number]
        files.add(name, b"".join(buf))
    files.send()


def _write_completions(files: _Files, table: _Terms, vocabulary: Sequence[int]) -> None:
    """``v/XX.json``: the completions of a last word being typed, and ``vocab.json``."""
    # Completions of a last word being typed, by its first two letters, the commonest first.
    prefixes: dict[str, list[tuple[str, int]]] = {}
    for number, word in enumerate(table.words):
        if terms.PAIR_SEPARATOR in word or len(word) < 2:
            continue
        prefixes.setdefault(word[:2], []).append((word, int(table.df[number])))
    for prefix, completions in prefixes.items():
        completions.sort(key=lambda e: (-e[1], e[0]))
        files.add(f"v/{prefix}.json", _json([[w, n] for w, n in completions[:PREFIX_TERMS]]))
    files.add("vocab.json", _json([table.words[number] for number in vocabulary]))


@dataclass(slots=True)
class _Batch:
    """A batch of pages counted (:data:`_BATCH` at most), kept by :class:`IndexCache`."""

    docs: tuple[SearchDoc, ...]
    counted: _Counted


@dataclass(slots=True)
class IndexCache:
    """What ``bangtin serve`` keeps of the index between two edits (:func:`update_index`).

    Attributes:
        docs: by page address, the source's key and the document built from it.
        batches: by first page id, the batch of pages counted last time.
        vocabulary: the words of every batch counted (their ids are the batches' keys).
        files: the index's files as last written (name -> bytes); None: as on disk.
        digests: their digests (name -> (bytes, digest)), reused for the same bytes.
        slots: the address of the page at each id while serving (None: a hole, `_HOLE`);
            None: the ids are laid out afresh (`_order`) at the next update, as a full build
            lays them out.
        by_term: every posting sorted by term, and the batches it holds (`_kept_by_term`).
        stats: the statistics of the last full build, which every update scores with (None:
            the next update computes them, as a full build does, and keeps them).
        entries: each term's key -> its text, df, best page and entry bytes as last written:
            an edit scores and encodes again only the terms of the pages it changed
            (`_edited_terms`), which the statistics kept make possible.
    """

    docs: dict[str, tuple[object, SearchDoc]] = field(default_factory=dict)
    batches: dict[int, _Batch] = field(default_factory=dict)
    vocabulary: _Vocabulary = field(default_factory=_Vocabulary)
    files: dict[str, bytes] | None = None
    digests: dict[str, tuple[bytes, bytes]] = field(default_factory=dict)
    slots: list[str | None] | None = None
    by_term: tuple[dict[int, _Batch], _ByTerm] | None = None
    stats: CorpusStats | None = None
    entries: dict[int, tuple[str, int, int, bytes]] | None = None
    #: Each single term's neighbours and the shard count, as last written (`_KeptShards`).
    tails: dict[str, bytes] = field(default_factory=dict)
    shards: int = 0


def _edited_keys(
    before: Mapping[int, _Batch],
    now: Mapping[int, _Batch],
    vocabulary: _Vocabulary,
    frozen: CorpusStats,
) -> tuple[np.ndarray, np.ndarray]:
    """The terms an edit changes, between two updates: (the keys whose entries change, the
    keys held by the pages whose head record changed), each sorted, once each.

    With the statistics kept, a term's entry changes only where a page changed the term's
    posting: added, taken out, or moved to another impact level (a page's impacts hang on its
    own text, its length and being a stub). A page's edit seldom moves the levels of the
    common words it holds, whose postings are half the index's at 10,000 directives: their
    entries are kept, not scored and encoded again. A page whose head record changed (its
    title...) changes the shards whose terms it holds (they carry it), not their entries."""
    words = vocabulary.words()
    moved: list[np.ndarray] = []
    shown: list[np.ndarray] = []
    for start in before.keys() | now.keys():
        old, new = before.get(start), now.get(start)
        if old is new:
            continue
        size = max(len(old.docs) if old is not None else 0, len(new.docs) if new is not None else 0)
        for at in range(size):
            a = _page_postings(old, start, at)
            b = _page_postings(new, start, at)
            if a is not None and b is not None and _same_doc(a.doc, b.doc):
                continue
            moved.append(_moved(a, b, words, frozen))
            if a is None or b is None or a.head != b.head:
                shown += [x.keys for x in (a, b) if x is not None]
    return tuple(  # type: ignore[return-value]
        np.unique(np.concatenate(parts)) if parts else np.zeros(0, dtype=np.int64)
        for parts in (moved, shown)
    )


@dataclass(slots=True)
class _PagePostings:
    """One page's postings in a batch, and what its impacts and its head record hang on."""

    doc: SearchDoc
    keys: np.ndarray
    tfs: np.ndarray
    length: np.ndarray
    head: list[Any]


def _page_postings(batch: _Batch | None, start: int, at: int) -> _PagePostings | None:
    """The page at id ``start + at`` in ``batch`` (None: the batch does not reach it)."""
    if batch is None or at >= len(batch.docs):
        return None
    postings = batch.counted.postings
    page = start + at
    keys: list[np.ndarray] = []
    tfs: list[np.ndarray] = []
    for k, t, g in zip(postings.keys, postings.tfs, postings.pages, strict=True):
        mine = g == page
        keys.append(k[mine])
        tfs.append(t[mine])
    lengths = np.concatenate(postings.lengths) if postings.lengths else np.zeros(at + 1)
    return _PagePostings(
        batch.docs[at],
        np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64),
        np.concatenate(tfs) if tfs else np.zeros(0, dtype=np.float32),
        lengths[at : at + 1],
        batch.counted.heads[at],
    )


# A level this close to halfway between two is not trusted to round alike in another sum.
_HALFWAY = 1e-6


def _moved(
    a: _PagePostings | None, b: _PagePostings | None, words: Sequence[bytes], frozen: CorpusStats
) -> np.ndarray:
    """The keys of the terms whose posting of this page is added, taken out or moved to
    another impact level between ``a`` and ``b`` (the page before and after)."""
    levels = [_page_levels(x, words, frozen) if x is not None else {} for x in (a, b)]
    keys = levels[0].keys() | levels[1].keys()
    out = [key for key in keys if _differs(levels[0].get(key), levels[1].get(key))]
    return np.asarray(out, dtype=np.int64)


def _differs(x: float | None, y: float | None) -> bool:
    """True when levels ``x`` and ``y`` (None: no posting) may give other impacts (rounded
    half to even, as `np.rint`)."""
    if x is None or y is None:
        return x is not y
    if x == y:
        return False
    return round(x) != round(y) or min(abs(x % 1 - 0.5), abs(y % 1 - 0.5)) < _HALFWAY


def _page_levels(
    page: _PagePostings, words: Sequence[bytes], frozen: CorpusStats
) -> dict[int, float]:
    """Each term's impact level on ``page`` before rounding, as `_score` computes it with the
    statistics ``frozen``."""
    keys = page.keys.tolist()
    rare = frozen.rare()
    idf = np.fromiter(
        (frozen.idf.get(_term_text(words, key), rare) for key in keys), np.float64, len(keys)
    )
    ids = np.zeros(len(keys), dtype=np.int64)
    stub = np.asarray([page.doc.stub], dtype=bool)
    score = _scores(idf, page.tfs.copy(), _norms(page.length, frozen.avg), ids, stub)
    _levels(score, frozen.low, frozen.high, clip=True)
    return dict(zip(keys, score.tolist(), strict=True))


def _edited_terms(
    keys: np.ndarray,
    by_term: _ByTerm,
    postings: _Postings,
    placed: Sequence[SearchDoc],
    cache: IndexCache,
) -> tuple[_Terms, set[str]]:
    """Every term, the entries of those of ``keys`` scored and encoded again with the kept
    statistics, the others' kept (`IndexCache.entries`): the same entries as scoring every
    posting with those statistics gives, for the cost of the edited pages' terms; and those
    terms as text."""
    assert cache.stats is not None and cache.entries is not None
    first = np.searchsorted(by_term.keys, keys, side="left")
    counts = np.searchsorted(by_term.keys, keys, side="right") - first
    # The postings of those terms: each one's run of by_term, one after the other.
    ends = np.cumsum(counts)
    at = np.arange(int(ends[-1]) if len(ends) else 0) - np.repeat(ends - counts - first, counts)
    mine = _ByTerm(by_term.keys[at], by_term.tfs[at], by_term.pages[at])
    stubs = [d.stub for d in placed]
    holes = [d is _HOLE for d in placed]
    part = _Terms.of(_score(postings, stubs, holes, mine, cache.stats))
    entries = cache.entries
    edited = set(part.words)
    for key in keys.tolist():
        gone = entries.pop(key, None)
        if gone is not None:
            edited.add(gone[0])
    entries.update(part.entries())
    table = _Terms.of_entries(entries, len(by_term.keys), cache.stats.low, cache.stats.high)
    return table, edited


def _kept_by_term(cache: IndexCache) -> _ByTerm:
    """Every posting of ``cache.batches`` sorted by term, as `_score` sorts them, from those
    sorted last time: the postings of the batches counted again taken out and put in. Sorting
    every posting again was a fifth of an edit's index work at 10,000 directives."""
    now = cache.batches
    if cache.by_term is None:
        postings = _Postings()
        for batch in now.values():
            postings.keys += batch.counted.postings.keys
            postings.tfs += batch.counted.postings.tfs
            postings.pages += batch.counted.postings.pages
        by_term = _by_term(postings)
    else:
        before, by_term = cache.by_term
        added = [start for start, batch in now.items() if before.get(start) is not batch]
        gone = [
            (start, start + len(batch.docs))
            for start, batch in before.items()
            if now.get(start) is not batch
        ]
        if added or gone:
            by_term = by_term.update(gone, [now[start].counted.postings for start in added])
    cache.by_term = (dict(now), by_term)
    return by_term


def _place(ordered: list[DocSource], cache: IndexCache) -> list[DocSource]:
    """The pages by id while serving: each page keeps the id it had, a page gone leaves a hole
    (`_HOLE`), new pages take ids after the last (in `_order`'s order); holes at the end are
    dropped. Without a layout (``cache.slots``) the ids follow `_order`, as in a full build.

    A new or deleted page would otherwise move the id of every page after it, and with them
    the bytes of nearly every file of the index; now an edit rewrites the files of the pages
    and terms it changes. The holes go at the next full build (`IndexCache.slots` reset)."""
    if cache.slots is None:
        placed = ordered
    else:
        by_url = {d.url: d for d in ordered}
        placed = [_HOLE if url is None else by_url.pop(url, _HOLE) for url in cache.slots]
        placed += [d for d in ordered if d.url in by_url]
        while placed and placed[-1] is _HOLE:
            placed.pop()
    cache.slots = [None if d is _HOLE else d.url for d in placed]
    return placed


def _cached_docs(ordered: Sequence[DocSource], cache: IndexCache) -> list[SearchDoc]:
    """Each source's document: the one built last time when its key is equal, else built."""
    docs: list[SearchDoc] = []
    kept: dict[str, tuple[object, SearchDoc]] = {}
    for source in ordered:
        key = getattr(source, "key", None)
        old = cache.docs.get(source.url)
        doc = old[1] if key is not None and old is not None and old[0] == key else source.build()
        if key is not None:
            kept[source.url] = (key, doc)
        docs.append(doc)
    cache.docs = kept
    return docs


def _same_doc(a: SearchDoc, b: SearchDoc) -> bool:
    return a is b or a == b


def _count_cached(docs: Sequence[SearchDoc], cache: IndexCache) -> _Counted:
    """The pages counted, batch by batch: a batch of the very documents of last time is not
    counted again (its postings, records and passages are kept with the vocabulary's ids)."""
    merged = _Counted(_Postings(cache.vocabulary), [], [], [], [])
    batches: dict[int, _Batch] = {}
    # Whole groups of records per batch, so that a batch's files are its own; small batches,
    # so that an edit counts few pages again (the postings are the same whatever the batches).
    size = max(GROUP_SIZE, min(_BATCH, UPDATE_BATCH) // GROUP_SIZE * GROUP_SIZE)
    for start in range(0, len(docs), size):
        batch = tuple(docs[start : start + size])
        old = cache.batches.get(start)
        same = old is not None and len(old.docs) == len(batch)
        # The very documents of last time, or equal ones (a theme's, a unit's: built each time).
        if not (same and old is not None and all(map(_same_doc, old.docs, batch))):
            postings = _Postings(cache.vocabulary)
            postings.add(start, batch)
            records = [_page_record(doc) for doc in batch]
            texts = [_passages(doc.passages) for doc in batch]
            old = _Batch(batch, _grouped(postings, records, texts, [d.facets for d in batch]))
        batches[start] = old
        merged.extend(old.counted)
    cache.batches = batches
    return merged


class _Changed(_Files):
    """The files of the index written into the existing folder, only those whose bytes changed
    (each replaced whole, so the server never sends half a file), the manifest last and the
    files no longer made removed."""

    def __init__(
        self,
        target: Path,
        before: Mapping[str, bytes] | None,
        digests: dict[str, tuple[bytes, bytes]] | None = None,
    ) -> None:
        target.mkdir(parents=True, exist_ok=True)
        self.target = target
        self.data = {}
        self._before = before
        self.rewritten: list[str] = []
        #: Each file's bytes and digest as last written: a file whose bytes stay keeps its
        #: digest (tens of megabytes are not hashed again for an edit of a few files).
        self.digests: dict[str, tuple[bytes, bytes]] = {}
        self._digests = digests or {}

    def digest(self, name: str) -> bytes:
        data = self.data[name]
        held = self._digests.get(name)
        if held is not None and (held[0] is data or held[0] == data):
            one = held[1]
        else:
            one = super().digest(name)
        self.digests[name] = (data, one)
        return one

    def add(self, name: str, data: bytes) -> None:
        self.data[name] = data

    def send(self) -> None:
        """Nothing until the end: the manifest must follow the files it names."""

    def __enter__(self) -> _Changed:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:
            return
        names = sorted(self.data, key=lambda name: name == "manifest.json")
        for name in names:
            path = self.target / name
            if self._old(name, path) == self.data[name]:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            part = path.with_name(f".{path.name}.part")
            _write_files([(str(part), self.data[name])])
            os.replace(part, path)
            self.rewritten.append(name)
        before = self._before or {
            p.relative_to(self.target).as_posix(): b""
            for p in self.target.rglob("*")
            if p.is_file()
        }
        for name in sorted(before.keys() - self.data.keys()):
            (self.target / name).unlink(missing_ok=True)

    def _old(self, name: str, path: Path) -> bytes | None:
        if self._before is not None:
            return self._before.get(name)
        try:
            return path.read_bytes()
        except OSError:
            return None


def update_index(
    docs: Iterable[DocSource], target: Path, cache: IndexCache
) -> tuple[IndexStats, list[str]]:
    """Bring the index in ``target`` up to ``docs``, rewriting only the files that change.

    The first update (``cache.stats`` None) computes the corpus statistics as
    :func:`write_index` does and keeps them; the updates after it score with those
    (:class:`CorpusStats`): they find the pages a full build finds, with the same records,
    passages and facets, and impacts that differ from a full build's only by the statistics.
    Only the documents whose source changed are built again, only the batches of pages that
    hold one are counted again, and only the files whose bytes differ are written (an edit of a
    body: its record's files, the shards of its terms, the vocabulary, the manifest). The
    pages keep their ids from one update to the next (`_place`): a new page's comes last, a
    deleted one's is a hole; the next full build lays them out afresh.

    Returns:
        What the index holds, and the names of the files rewritten (relative to ``target``).
    """
    if cache.slots is None:  # the ids laid out afresh: the statistics counted afresh
        cache.stats = cache.entries = None
    ordered = _place(_order(list(docs)), cache)
    built = _cached_docs(ordered, cache)
    before = cache.batches
    counted = _count_cached(built, cache)
    by_term = _kept_by_term(cache)
    table = kept = None
    if cache.stats is not None and cache.entries is not None:
        keys, shown = _edited_keys(before, cache.batches, cache.vocabulary, cache.stats)
        table, edited = _edited_terms(keys, by_term, counted.postings, built, cache)
        # The shards that carry a changed head record are made again, their entries kept.
        words = cache.vocabulary.words()
        edited.update(_term_text(words, key) for key in shown.tolist())
        if cache.files is not None:
            kept = _KeptShards(cache.files, edited, cache.tails, cache.shards)
    with _Changed(target, cache.files, cache.digests) as files:
        stats, table, scored = _write(built, counted, files, by_term, cache.stats, table, kept)
    cache.files, cache.digests = files.data, files.digests
    cache.tails, cache.shards = table.tails, stats.shards
    if scored is not None:
        cache.stats = cache.stats or scored.stats()
        cache.entries = table.entries()
    return stats, files.rewritten
