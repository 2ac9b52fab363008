"""Full-text search (Pagefind) and the registry as JSON: page markup, index build, API file.

Pagefind indexes the built site offline and sends each browser only the index chunks a query
needs. Those chunks hold, for every word, each page and position where it occurs, and Vietnamese
repeats its syllables ("dân", "vận", "Đảng", "thực hiện") in every document: indexed as written,
10,000 directives made one query fetch 1-2 MB. So Pagefind indexes a staged copy of each page
(:func:`staged_page`) that writes each distinct word once: the heading and the first
:data:`LEAD_WORDS` words of the text stay readable for excerpts, every other word of the body goes
into a hidden bag. Matching stays full-text; ranking counts where a word is (heading, keys,
issuer), no longer how often.

Pagefind ignores tone marks but keeps "đ" apart from "d", and Vietnamese staff type "dang uy
khoi" and "DUK" for "Đảng ủy Khối" and "ĐUK". So the bag also holds every word that holds "đ",
with "đ" written "d"; the browser script writes "đ" as "d" in the query too. Hidden text sits
between two ``⁂`` marks (:data:`FOLD_SENTINEL`), and ``search.js`` cuts everything between the
marks out of the text before it builds an excerpt, so results and excerpts keep their diacritics.

Pagefind matches each query word as a prefix, and a syllable ("dan", "van") starts dozens of
words that most pages hold, so a query of a few syllables downloaded most of the index. The bag
therefore also holds each pair of neighbouring syllables of the heading, subject and body, folded
and joined (:func:`syllable_pairs`: "Dân vận khéo" -> "danvan vankheo"; the heading's and the
issuer's pairs at their weights), and ``search.js`` asks a query of several words as its pairs
first and as its words only when the pairs find nothing: at 10,000 directives that cut a query
from 0.8-1 MB to 50-90 KB.

Number lookup: each directive page carries hidden, heavily weighted keys of its number written
without punctuation ("2078cvduk", "2078duk", "2078cv", "2078"); ``search.js`` turns a query that
looks like a number ("2078-CV/ĐUK", "2078-cv-duk", "2078/ĐUK") into the same key, so the
directive comes first.

``/api/van-ban.json`` (:func:`write_registry_json`) is the registry as JSON for other systems:
one array, sorted by date (newest first), then by number. Each item::

    {
      "number": "2078-CV/ĐUK",            // số và ký hiệu, as written canonically
      "type": "Công văn",                 // tên loại
      "date": "2024-03-07",               // ISO 8601
      "issuer": "dang-uy-khoi",           // unit id (or the issuing body's name as written)
      "issuer_name": "Đảng ủy Khối ...",  // display name of the issuer
      "subject": "Đẩy mạnh thực hiện ...",// trích yếu
      "url": "van-ban/2024/2078-cv-duk/", // page address relative to the site root
      "themes": [2023, 2024],             // years of the yearly themes ("chủ đề năm")
      "status": "in-force",               // in-force | superseded | expired
      "status_label": "Còn hiệu lực",     // the status in Vietnamese
      "visibility": "public",             // public | internal (left out of public builds)
      "relations": [                      // documents this one names
        {"kind": "implements", "number": "1271-CV/BDVTU", "url": null}
      ]
    }

``relations[].kind`` is one of implements, based-on, supersedes, amends, guides, cites;
``relations[].url`` is null when the document has no page in this build. Text is NFC UTF-8; the
file ends with a newline and is byte-identical for the same registry.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import json
import multiprocessing as mp
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from bangtin.core.model import Directive, Relation
from bangtin.core.numbers import DocNumber
from bangtin.core.text import fold, format_date_short, nfc
from bangtin.features.search.stable import stabilise_bundle

__all__ = [
    "BODY_ATTRIBUTE",
    "FILTERS",
    "FOLD_MARKER",
    "FOLD_SENTINEL",
    "LEAD_WORDS",
    "PAIR_LIMIT",
    "SLOW_SCORING_FROM",
    "RelationRef",
    "SearchError",
    "SearchFields",
    "SearchStats",
    "build_search_index",
    "compact_key",
    "d_fold",
    "d_words",
    "number_keys",
    "registry_records",
    "search_markup",
    "staged_page",
    "syllable_pairs",
    "version_hint",
    "write_registry_json",
]

#: The attribute that marks the indexed region of a page: ``<article data-pagefind-body>``.
BODY_ATTRIBUTE = "data-pagefind-body"
#: Opens and closes text that is indexed but never shown in an excerpt (search.js drops it).
FOLD_SENTINEL = "⁂"
#: Where :func:`staged_page` puts the bag of a page's words (and their "đ → d" copies).
FOLD_MARKER = "<!--bangtin:search-fold-->"
#: Pagefind filter keys (ASCII, so they survive URLs and scripts) and their Vietnamese labels.
FILTERS: dict[str, str] = {
    "loai": "Loại văn bản",
    "co_quan": "Cơ quan ban hành",
    "nam": "Năm",
    "chu_de": "Chủ đề năm",
    "tinh_trang": "Tình trạng",
}
# Pagefind's largest weight; a heading h1 weighs 7, body text 1.
_KEY_WEIGHT = 10
_ISSUER_WEIGHT = 5
_TITLE_WEIGHT = 7
# Bundle files Pagefind writes for its own UIs; search.js uses only pagefind.js and its worker.
_UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
_D_TABLE = str.maketrans({"đ": "d", "Đ": "D"})
_D_WORD = re.compile(r"[^\s<>]*[đĐ][^\s<>]*")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")
_SERIAL = re.compile(r"^(\d+)(.*)$")
_HIDDEN_BLOCKS = re.compile(r"<(script|style|template)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


class SearchError(Exception):
    """The search index could not be built; the message is for the person running the build."""


def d_fold(text: str) -> str:
    """Write "đ" as "d" and "Đ" as "D", keeping every other mark: "Đảng" -> "Dảng".

    Pagefind already ignores tone marks, so only "đ" needs folding for its matching.
    """
    return nfc(text).translate(_D_TABLE)


def d_words(text: str) -> str:
    """The distinct words of ``text`` that hold "đ", in first-seen order, with "đ" written "d".

    Each word comes once: the copy only has to make a page findable, and repeating "Đảng" as
    often as the text does would double the largest posting lists of the index, which is what a
    browser downloads for a query.

    >>> d_words("Đảng ủy Khối và Đoàn Khối, 2078-CV/ĐUK, Đảng bộ")
    'dảng doàn 2078-cv/duk'
    """
    seen: dict[str, None] = {}
    for word in _D_WORD.findall(nfc(text)):
        seen.setdefault(d_fold(word).strip(".,;:!?()[]“”\"'…").casefold(), None)
    return " ".join(w for w in seen if w)


@functools.lru_cache(maxsize=1 << 18)
def compact_key(text: str) -> str:
    """Fold a number (or any text) to lowercase letters and digits only: "2078-CV/ĐUK" -> "2078cvduk".

    ``search.js`` computes the same key from a query (function ``compactKey``).
    """
    return _NOT_ALNUM.sub("", fold(nfc(text)))


def number_keys(number: DocNumber) -> tuple[str, ...]:
    """The lookup keys of a number, as typed by people who skip parts of it.

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
        if key and key not in keys:
            keys.append(key)
    return tuple(keys)


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchFields:
    """What the search index needs to know about one directive page.

    Attributes:
        number: the parsed number.
        title: how people name the document ("Công văn số 2078-CV/ĐUK").
        subject: the trích yếu.
        date: the date of issue.
        type_name: loại văn bản ("Công văn").
        issuer_name: display name of the issuing body.
        themes: labels of the yearly themes it serves ("2023", "2024").
        status: tình trạng in Vietnamese ("Còn hiệu lực").
    """

    number: DocNumber
    title: str
    subject: str
    date: dt.date
    type_name: str
    issuer_name: str
    themes: tuple[str, ...] = ()
    status: str = ""

    @classmethod
    def from_directive(
        cls,
        directive: Directive,
        *,
        issuer_name: str,
        theme_labels: Sequence[str] | None = None,
    ) -> SearchFields:
        """Build the fields of a directive page.

        Args:
            directive: the record.
            issuer_name: the issuer's display name (``Registry.unit_name(directive.issuer)``).
            theme_labels: labels for the themes; the years as text when omitted.
        """
        themes = (
            tuple(theme_labels)
            if theme_labels is not None
            else tuple(str(y) for y in directive.themes)
        )
        return cls(
            number=directive.number,
            title=directive.title,
            subject=directive.subject,
            date=directive.date,
            type_name=directive.type.value,
            issuer_name=issuer_name,
            themes=themes,
            status=directive.status.label,
        )


def _number_sort_value(number: DocNumber) -> str:
    # Zero-pad the serial so that a text sort keeps "987" before "2078".
    match = _SERIAL.match(number.serial)
    digits, rest = (match[1], match[2]) if match else ("0", number.serial)
    return f"{int(digits):07d}{compact_key(rest)}"


def _attr(name: str, value: str) -> str:
    # Pagefind reads a value from another attribute with "key[attr]"; keeping the value out of the
    # element's text keeps it out of the indexed words and out of excerpts.
    return (
        f'<span data-pagefind-{name.split(":")[0]}="{html.escape(name.split(":")[1])}[data-value]" '
        f'data-value="{html.escape(nfc(value))}"></span>'
    )


def search_markup(fields: SearchFields) -> str:
    """The hidden search data of a directive page, to place inside its ``data-pagefind-body``.

    It holds the filters (loai, co_quan, nam, chu_de, tinh_trang), the metadata shown in results
    (number, date, title, subject), the sort key (date; each sort key adds a list of every page
    to what a browser downloads first), the number's lookup keys with
    the highest weight, and :data:`FOLD_MARKER`, where the index build writes the page's bag of
    words (:func:`staged_page`). Every value is HTML-escaped.

    Args:
        fields: the directive's search fields.

    Returns:
        HTML text (safe to mark ``|safe`` in a template).
    """
    parts: list[str] = ['<div class="bangtin-search-data" hidden>']
    parts.append(_attr("filter:loai", fields.type_name))
    if fields.issuer_name:
        parts.append(_attr("filter:co_quan", fields.issuer_name))
    parts.append(_attr("filter:nam", str(fields.date.year)))
    parts.extend(_attr("filter:chu_de", theme) for theme in fields.themes)
    if fields.status:
        parts.append(_attr("filter:tinh_trang", fields.status))
    parts.append(_attr("meta:title", fields.title))
    parts.append(_attr("meta:number", str(fields.number)))
    parts.append(_attr("meta:date", format_date_short(fields.date)))
    parts.append(_attr("meta:subject", fields.subject))
    parts.append(_attr("sort:date", fields.date.isoformat()))
    keys = " ".join(number_keys(fields.number))
    parts.append(
        f'<div data-pagefind-weight="{_KEY_WEIGHT}">{FOLD_SENTINEL} {html.escape(keys)} '
        f"{FOLD_SENTINEL}</div>"
    )
    # The title is the page's h1 (weight 7), but Pagefind cannot match "ĐUK" in it for "DUK":
    # repeat it with "đ" written "d" at the same weight, or mere mentions would outrank it.
    parts.append(
        f'<div data-pagefind-weight="{_TITLE_WEIGHT}">{FOLD_SENTINEL} '
        f"{html.escape(d_fold(fields.title))} {FOLD_SENTINEL}</div>"
    )
    if fields.issuer_name:
        # A search for a body's name ("dang uy khoi") should rank what that body issued above
        # what merely mentions it; the name is written with "đ" as "d" as a query is.
        parts.append(
            f'<div data-pagefind-weight="{_ISSUER_WEIGHT}">{FOLD_SENTINEL} '
            f"{html.escape(d_fold(fields.issuer_name))} {FOLD_SENTINEL}</div>"
        )
    parts.append(FOLD_MARKER)
    parts.append("</div>")
    return "".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchStats:
    """What one index build did.

    Attributes:
        pages: pages indexed (those with ``data-pagefind-body``).
        skipped: HTML files left out because they carry no ``data-pagefind-body``.
        bundle_bytes: size of ``site/pagefind/`` on disk.
        seconds: wall time of the build.
        pagefind_version: the version of Pagefind that wrote the bundle ("1.5.2").
    """

    pages: int
    skipped: int
    bundle_bytes: int
    seconds: float
    pagefind_version: str = ""


#: From this many indexed pages on, the browser's scoring in Pagefind before 1.6 is slow enough
#: to notice (it compares every result with every match: 2,000 hits ≈ 40 ms, 8,000 ≈ 1 s).
SLOW_SCORING_FROM = 3000


def version_hint(stats: SearchStats) -> str | None:
    """A note for the person running the build when this Pagefind makes large searches slow.

    Pagefind up to 1.5.x scores each result against every matching word of every page (upstream
    pull request 1334, released in 1.6.0), so in a browser a query found in 8,000 of 10,000
    directives takes about a second. Returns None when the version is 1.6 or later, unknown, or
    the site is small.
    """
    parts = re.findall(r"\d+", stats.pagefind_version)[:2]
    if len(parts) < 2 or stats.pages < SLOW_SCORING_FROM:
        return None
    if (int(parts[0]), int(parts[1])) >= (1, 6):
        return None
    pages = f"{stats.pages:,}".replace(",", ".")
    return (
        f"Chỉ mục tìm kiếm có {pages} trang, dựng bằng Pagefind {stats.pagefind_version}: với "
        "bản này, từ khóa có trong hàng nghìn văn bản mất khoảng một giây mới hiện kết quả trên "
        "trình duyệt. Pagefind 1.6 trở lên nhanh hơn nhiều: cài bản đó rồi đặt biến môi trường "
        "PAGEFIND_BINARY_PATH trỏ tới chương trình pagefind (xem README)."
    )


# How many words of a page's running text stay readable in the index, for excerpts; the rest is
# indexed once per distinct word in the hidden bag.
LEAD_WORDS = 40
# Block-level tags: text on either side of one of these is two words, never one.
_BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
_VOID_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_SKIPPED_TAGS = frozenset(("script", "style", "template", "noscript", "svg"))
# Pagefind's own key for a word: it drops every non-word character and lowercases.
_NON_WORD = re.compile(r"[^\w]+")
_EDGE_PUNCTUATION = ".,;:!?()[]{}“”‘’\"'…«»-–—/"
_DATA_BLOCK = re.compile(
    r'<div class="bangtin-search-data" hidden>.*?' + re.escape(FOLD_MARKER) + r"</div>",
    re.DOTALL,
)
_META_SUBJECT = re.compile(r'data-pagefind-meta="subject\[data-value\]" data-value="([^"]*)"')
_FILTER_ISSUER = re.compile(r'data-pagefind-filter="co_quan\[data-value\]" data-value="([^"]*)"')
_SENTINEL_TEXT = re.compile(f"{FOLD_SENTINEL}([^{FOLD_SENTINEL}]*){FOLD_SENTINEL}")


def _word_key(token: str) -> str:
    return _NON_WORD.sub("", token).casefold()


def _tokens(text: str) -> list[str]:
    out = []
    for raw in text.replace(FOLD_SENTINEL, " ").split():
        token = raw.strip(_EDGE_PUNCTUATION)
        if token and _word_key(token):
            out.append(token)
    return out


# At most this many syllable pairs of a page's body are indexed (heading and issuer pairs always
# are): a directive of a few pages has fewer, and an annex of tables should not flood the index.
PAIR_LIMIT = 600
# A token that ends (or starts) with one of these closes a phrase: no pair spans it.
_CLAUSE_END = tuple(".,;:!?)]}…")
_CLAUSE_START = tuple("([{")


def syllable_pairs(text: str) -> list[str]:
    """The distinct pairs of neighbouring syllables of ``text``, folded and joined, in order.

    Pagefind matches each query word as a prefix, and a Vietnamese syllable ("dan", "van") is the
    prefix of dozens of words found in most pages, so a query of three syllables downloads the
    posting lists of most of the index. A pair of syllables ("danvan") is rare and expands to
    few words. Each syllable is folded as a query is typed without diacritics (tone marks
    dropped, "đ" written "d", lowercase, letters and digits only); a pair never spans a clause
    break (".", ",", ";", brackets, a lone dash), so only neighbours people read together pair.
    ``search.js`` turns a query of several words into the same pairs (``queryPairs``).

    >>> syllable_pairs("Đảng ủy Khối đẩy mạnh “Dân vận khéo”, chuyển đổi số")
    ['danguy', 'uykhoi', 'khoiday', 'daymanh', 'manhdan', 'danvan', 'vankheo', 'chuyendoi', 'doiso']
    """
    seen: dict[str, None] = {}
    previous = ""
    for raw in nfc(text).split():
        word = raw.strip("“”‘’\"'«»*_")
        key = compact_key(word)
        if not key or word.startswith(_CLAUSE_START):
            previous = ""
        if previous and key:
            seen.setdefault(previous + key, None)
        previous = "" if word.endswith(_CLAUSE_END) else key
    return list(seen)


class _BodyEnd(Exception):
    """Raised by :class:`_BodyReader` once the body element is closed: the rest is not read."""


class _BodyReader(HTMLParser):
    """Reads the text of the ``data-pagefind-body`` element the way Pagefind would index it.

    It skips what Pagefind skips (``data-pagefind-ignore``, scripts, styles) and bangtin's own
    search data, and keeps apart the first ``h1`` (the heading), definition lists (the metadata
    table: results show that from the page's meta) and the running text, block by block.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.heading: list[str] = []
        self.blocks: list[list[str]] = [[]]
        self.listed: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._skip = 0
        self._in_h1 = False
        self._h1_seen = False
        self._in_dl = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._break()
        if tag in _VOID_TAGS:
            return
        names = dict(attrs)
        skipped = bool(self._stack) and (
            tag in _SKIPPED_TAGS
            or "data-pagefind-ignore" in names
            or "bangtin-search-data" in (names.get("class") or "").split()
        )
        self._stack.append((tag, skipped))
        self._skip += skipped
        if tag == "h1" and not self._h1_seen and not self._skip:
            self._in_h1 = True
        elif tag == "dl":
            self._in_dl += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        # Tolerate unclosed elements (<p>, <li>): an end tag closes everything opened after it.
        if not any(open_tag == tag for open_tag, _ in self._stack):
            return
        while self._stack:
            open_tag, skipped = self._stack.pop()
            self._skip -= skipped
            if open_tag == "h1" and self._in_h1:
                self._in_h1 = False
                self._h1_seen = True
            elif open_tag == "dl":
                self._in_dl -= 1
            if open_tag == tag:
                break
        if tag in _BLOCK_TAGS:
            self._break()
        if not self._stack:
            raise _BodyEnd

    def handle_data(self, data: str) -> None:
        if not self._stack or self._skip:
            return
        if self._in_h1:
            self.heading.append(data)
        elif self._in_dl:
            self.listed.append(data)
        else:
            self.blocks[-1].append(data)

    def _break(self) -> None:
        if self.blocks[-1]:
            self.blocks.append([])
        self.listed.append(" ")
        if self._in_h1:
            self.heading.append(" ")


def _read_body(region: str) -> _BodyReader:
    reader = _BodyReader()
    try:
        reader.feed(region)
        reader.close()
    except _BodyEnd:
        pass
    return reader


def _bag_block(words: Sequence[str]) -> str:
    if not words:
        return ""
    return (
        f'<div hidden class="bangtin-search-bag">{FOLD_SENTINEL} '
        f"{html.escape(' '.join(words))} {FOLD_SENTINEL}</div>"
    )


def _weighted_block(weight: int, words: Sequence[str]) -> str:
    if not words:
        return ""
    return (
        f'<div hidden data-pagefind-weight="{weight}">{FOLD_SENTINEL} '
        f"{html.escape(' '.join(words))} {FOLD_SENTINEL}</div>"
    )


def staged_page(page: str, *, language: str = "vi") -> str:
    """The page Pagefind indexes in place of a built page that carries ``data-pagefind-body``.

    Pagefind stores every occurrence of a word (page and position) in the posting list that a
    query downloads, and Vietnamese repeats its syllables ("dân", "vận", "Đảng", "thực hiện")
    in every document: at 10,000 directives a query fetched 1-2 MB. So the staged page keeps
    the full text findable but writes each distinct word once:

    - bangtin's search data (:func:`search_markup`: filters, meta, sort, weighted keys) as is;
    - the heading (first ``h1``, weight 7) and the first :data:`LEAD_WORDS` words of the running
      text (the subject paragraph and definition lists left out: results show them from the
      meta), readable, for excerpts;
    - a hidden bag, between :data:`FOLD_SENTINEL` marks, of every other distinct word of the
      body (definition lists included), then every word that holds "đ" with "đ" written "d".

    What the original marks with ``data-pagefind-ignore`` stays out; so do filters and meta set
    outside bangtin's search data, which only bangtin's own markup carries in this site.

    Args:
        page: the built HTML page.
        language: the ``lang`` of the staged page.

    Returns:
        The staged HTML page (the input unchanged when it has no ``data-pagefind-body``).
    """
    start = page.find(BODY_ATTRIBUTE)
    if start < 0:
        return page
    region = page[page.rfind("<", 0, start) :]
    data = _DATA_BLOCK.search(region)
    data_html = data.group(0) if data else ""
    if data:
        region = region[: data.start()] + region[data.end() :]
    reader = _read_body(region)
    subject_match = _META_SUBJECT.search(data_html)
    subject = " ".join(html.unescape(subject_match[1]).split()) if subject_match else ""

    heading = nfc(" ".join("".join(reader.heading).split()))
    blocks = [nfc(" ".join("".join(b).split())) for b in reader.blocks]
    blocks = [b for b in blocks if b]
    lead: list[str] = []
    budget = LEAD_WORDS
    for block in blocks:
        if budget <= 0:
            break
        if block == subject:
            continue
        words = block.split()
        lead.append(" ".join(words[:budget]) + (" …" if len(words) > budget else ""))
        budget -= len(words)

    present = {_word_key(t) for t in _tokens(" ".join((heading, *lead)))}
    present.update(
        _word_key(t) for part in _SENTINEL_TEXT.findall(data_html) for t in _tokens(part)
    )
    everything = _tokens(" ".join((heading, *blocks, nfc("".join(reader.listed)))))
    bag: list[str] = []
    for token in everything:
        key = _word_key(token)
        if key not in present:
            present.add(key)
            bag.append(token)
    for token in everything:
        if "đ" in token or "Đ" in token:
            folded = d_fold(token).casefold()
            key = _word_key(folded)
            if key not in present:
                present.add(key)
                bag.append(folded)

    # Pairs of syllables, each once at the highest weight of where it occurs: the heading's at
    # the heading's weight, the issuer's at the issuer's, then the subject's and the body's.
    issuer_match = _FILTER_ISSUER.search(data_html)
    issuer = html.unescape(issuer_match[1]) if issuer_match else ""
    heading_pairs = [p for p in syllable_pairs(heading) if p not in present]
    present.update(heading_pairs)
    issuer_pairs = [p for p in syllable_pairs(issuer) if p not in present]
    present.update(issuer_pairs)
    body_pairs: list[str] = []
    for block in blocks:  # (a block is a paragraph, a list item, a cell: no pair spans two)
        for pair in syllable_pairs(block):
            if pair not in present and len(body_pairs) < PAIR_LIMIT:
                present.add(pair)
                body_pairs.append(pair)
    bag.extend(body_pairs)

    parts = [
        f'<!doctype html><html lang="{html.escape(language)}"><head><meta charset="utf-8">'
        f"<title>{html.escape(heading)}</title></head><body><article {BODY_ATTRIBUTE}>"
    ]
    hidden = (
        _weighted_block(_TITLE_WEIGHT, heading_pairs)
        + _weighted_block(_ISSUER_WEIGHT, issuer_pairs)
        + _bag_block(bag)
    )
    if data_html:
        parts.append(data_html.replace(FOLD_MARKER, hidden, 1))
    else:
        parts.append(hidden)
    if heading:
        parts.append(f"<h1>{html.escape(heading)}</h1>")
    parts.extend(f"<p>{html.escape(text)}</p>" for text in lead)
    parts.append("</article></body></html>\n")
    return "".join(parts)


def _pagefind_executable() -> Path:
    try:
        from pagefind.service import get_executable
    except ImportError as exc:
        raise SearchError(
            "Không tìm thấy Pagefind để dựng chỉ mục tìm kiếm: hãy cài gói "
            "`pagefind[bin]` (pip install 'pagefind[bin]') rồi dựng lại trang."
        ) from exc
    executable = get_executable()
    if executable is None or not executable.exists():
        raise SearchError(
            "Đã có gói pagefind nhưng thiếu chương trình pagefind: hãy cài gói "
            "`pagefind[bin]` (pip install 'pagefind[bin]') rồi dựng lại trang."
        )
    return executable


def _stage_share(site_dir: Path, stage: Path, paths: list[Path], language: str) -> tuple[int, int]:
    pages = skipped = 0
    for path in paths:
        page = path.read_text(encoding="utf-8")
        if BODY_ATTRIBUTE not in page:
            skipped += 1
            continue
        target = stage / path.relative_to(site_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(staged_page(page, language=language), encoding="utf-8")
        pages += 1
    return pages, skipped


# From this many pages on, staging (pure Python, a few ms a page) is shared among processes.
_PARALLEL_STAGE_FROM = 400
_STAGE_JOBS: dict[int, Callable[[], tuple[int, int]]] = {}


def _run_stage_job(index: int) -> tuple[int, int]:
    return _STAGE_JOBS[index]()


def _stage_all(
    site_dir: Path, stage: Path, paths: list[Path], language: str
) -> list[tuple[int, int]]:
    workers = min(os.cpu_count() or 1, 4)
    if len(paths) < _PARALLEL_STAGE_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        return [_stage_share(site_dir, stage, paths, language)]
    # Forked workers share the code and write their own files; nothing big crosses a pipe.
    shares = [paths[i::workers] for i in range(workers)]
    for i, share in enumerate(shares):
        _STAGE_JOBS[i] = functools.partial(_stage_share, site_dir, stage, share, language)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
            return list(pool.map(_run_stage_job, range(workers)))
    finally:
        _STAGE_JOBS.clear()


def build_search_index(
    site_dir: Path,
    *,
    language: str = "vi",
    output_subdir: str = "pagefind",
    timeout: float = 900.0,
) -> SearchStats:
    """Index the built site with Pagefind, offline, into ``site_dir/output_subdir``.

    Only pages carrying ``data-pagefind-body`` are indexed: they are staged (:func:`staged_page`:
    each distinct word once) in a temporary folder that Pagefind indexes, so no
    other page can slip in and the site's own files are left as MkDocs wrote them. Pagefind's
    unused UI bundles are removed from the output.

    Args:
        site_dir: the built site folder.
        language: the ISO 639-1 code every page is indexed as.
        output_subdir: the bundle folder inside ``site_dir``.
        timeout: seconds after which the Pagefind run is stopped.

    Returns:
        The build's statistics.

    Raises:
        SearchError: Pagefind is missing or failed (the message is in Vietnamese).
    """
    started = time.perf_counter()
    executable = _pagefind_executable()
    site_dir = Path(site_dir)
    output = site_dir / output_subdir
    pages = skipped = 0
    with tempfile.TemporaryDirectory(prefix="bangtin-search-") as tmp:
        stage = Path(tmp) / "site"
        paths = [
            p
            for p in sorted(site_dir.rglob("*.html"))
            if p.relative_to(site_dir).parts[0] != output_subdir
        ]
        for staged, skipped_here in _stage_all(site_dir, stage, paths, language):
            pages += staged
            skipped += skipped_here
        built = Path(tmp) / "bundle"
        if pages:
            _run_pagefind(executable, stage, built, language=language, timeout=timeout)
        else:
            # Pagefind indexes every page when none marks a body; an empty index is the safe
            # answer for a site without directive pages.
            stage.mkdir(parents=True, exist_ok=True)
            (stage / "index.html").write_text(
                f'<html lang="{language}"><body><main {BODY_ATTRIBUTE}></main></body></html>',
                encoding="utf-8",
            )
            _run_pagefind(executable, stage, built, language=language, timeout=timeout)
        for name in _UNUSED_BUNDLE_FILES:
            (built / name).unlink(missing_ok=True)
        # Pagefind orders filters and metadata at random: two builds must give the same bytes.
        stabilise_bundle(built)
        if output.exists():
            shutil.rmtree(output)
        shutil.move(str(built), str(output))
    size = sum(f.stat().st_size for f in output.rglob("*") if f.is_file())
    return SearchStats(
        pages=pages,
        skipped=skipped,
        bundle_bytes=size,
        seconds=time.perf_counter() - started,
        pagefind_version=_bundle_version(output),
    )


def _bundle_version(bundle: Path) -> str:
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    version = entry.get("version") if isinstance(entry, dict) else None
    return version if isinstance(version, str) else ""


def _run_pagefind(
    executable: Path, stage: Path, output: Path, *, language: str, timeout: float
) -> None:
    command = [
        str(executable),
        "--site",
        str(stage),
        "--output-path",
        str(output),
        "--force-language",
        language,
        "--quiet",
    ]
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SearchError(f"Không chạy được Pagefind để dựng chỉ mục tìm kiếm: {exc}") from exc
    if result.returncode != 0 or not (output / "pagefind.js").exists():
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise SearchError(
            "Pagefind không dựng được chỉ mục tìm kiếm"
            + (f": {detail[-1]}" if detail else f" (mã thoát {result.returncode}).")
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class RelationRef:
    """One relation as the JSON API shows it.

    Attributes:
        kind: the relation kind's value ("implements").
        number: the other document's number as text.
        url: its page address relative to the site root, or None when it has no page here.
    """

    kind: str
    number: str
    url: str | None = None


def _default_relations(directive: Directive) -> tuple[RelationRef, ...]:
    return tuple(_relation_ref(r) for r in directive.relations)


def _relation_ref(relation: Relation) -> RelationRef:
    return RelationRef(kind=relation.kind.value, number=str(relation.target), url=None)


def _sort_key(directive: Directive) -> tuple[int, str, str]:
    # Date descending, then number ascending: the order of every list in the portal.
    return (-directive.date.toordinal(), _number_sort_value(directive.number), directive.number.key)


def registry_records(
    directives: Iterable[Directive],
    *,
    issuer_name: Callable[[str], str],
    relations: Callable[[Directive], Iterable[RelationRef]] | None = None,
    url: Callable[[Directive], str] | None = None,
    include_visibility: bool = True,
) -> list[dict[str, Any]]:
    """The registry as a list of plain JSON-ready dicts, in the API's order (see module doc).

    Args:
        directives: the directives this build may show (already filtered by audience).
        issuer_name: gives the display name of an issuer id (``Registry.unit_name``).
        relations: gives a directive's relations with resolved URLs; by default the front-matter
            relations, without URLs.
        url: gives a directive's page address relative to the site root; ``Directive.url`` by
            default.
        include_visibility: write each record's visibility (leave it out of public builds,
            where every record is public).
    """
    get_relations = relations or _default_relations
    records: list[dict[str, Any]] = []
    for d in sorted(directives, key=_sort_key):
        record: dict[str, Any] = {
            "number": nfc(str(d.number)),
            "type": d.type.value,
            "date": d.date.isoformat(),
            "issuer": nfc(d.issuer),
            "issuer_name": nfc(issuer_name(d.issuer)) if d.issuer else "",
            "subject": nfc(d.subject),
            "url": url(d) if url else d.url,
            "themes": sorted(d.themes),
            "status": d.status.value,
            "status_label": d.status.label,
        }
        if include_visibility:
            record["visibility"] = d.visibility.value
        record["relations"] = [
            {"kind": r.kind, "number": nfc(r.number), "url": r.url} for r in get_relations(d)
        ]
        records.append(record)
    return records


def write_registry_json(
    directives: Iterable[Directive],
    out: Path,
    *,
    issuer_name: Callable[[str], str],
    relations: Callable[[Directive], Iterable[RelationRef]] | None = None,
    url: Callable[[Directive], str] | None = None,
    include_visibility: bool = True,
) -> int:
    """Write ``/api/van-ban.json`` (schema in the module docstring); deterministic bytes.

    Args:
        directives: the directives this build may show.
        out: the file to write (its folder is created).
        issuer_name: gives the display name of an issuer id.
        relations: gives a directive's relations with resolved URLs.
        url: gives a directive's page address relative to the site root.
        include_visibility: write each record's visibility.

    Returns:
        The number of records written.
    """
    records = registry_records(
        directives,
        issuer_name=issuer_name,
        relations=relations,
        url=url,
        include_visibility=include_visibility,
    )
    # One record per line: small enough for phones (no indentation), readable in a diff.
    lines = [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records]
    text = "[\n" + ",\n".join(lines) + "\n]\n" if lines else "[]\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8", newline="\n")
    return len(records)
