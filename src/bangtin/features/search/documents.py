"""What each kind of page puts in the search index: records in, `SearchDoc`s out.

Directives (and stubs, known only by citation), yearly themes, practices, news and units: every
page a user looks for. The records come from the audience-filtered registry, so a public build
cannot index an internal record. Bodies are Markdown; :func:`paragraphs` strips its syntax
without rendering it (the build renders each page once, for MkDocs), with the inline rules of the
fanpage posts (`core.plain`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache, partial

from markdown.extensions import toc

from bangtin.core.model import Directive, NewsItem, Practice, Registry, Theme, Unit
from bangtin.core.plain import plain_text
from bangtin.core.text import format_date_short
from bangtin.features.search.index import (
    WEIGHT_BODY,
    WEIGHT_META,
    WEIGHT_TITLE,
    DocSource,
    Field,
    SearchDoc,
)
from bangtin.features.search.terms import compact_key, number_keys
from bangtin.site.pages import SiteIndex
from bangtin.site.render import safe_id

__all__ = ["index_text", "paragraphs", "search_sources", "sections", "site_docs"]

_HIDDEN_BLOCK = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
# What a reader never sees as text: tags, link and image targets, footnote marks, attribute
# lists ("{: .class }", "{#id}"), and reference-link definitions ("[1]: https://..."; footnotes,
# "[^1]: ...", are shown).
_UNSEEN = re.compile(
    r"<[^>]*>|\]\([^)]*\)|\[\^[^\]]*\]|\{:[^{}\n]*\}|\{[ \t]*[#.][^{}\n]*\}"
    r"|^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*\S.*$",
    re.M,
)
_UNSEEN_MARKS = "<[]{"
_TABLE_RULE = re.compile(r"^[\s|:-]+$", re.M)
_LINE_MARK = re.compile(
    r"^ {0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+|!!!\s*\w*|\?\?\?\+?\s*\w*)", re.M
)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_HEADING_LINE = re.compile(r"\n {0,3}#")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A heading's own id, written with attr_list: "## Tiêu đề {#id}" (or "{: #id .class}").
_HEADING_ID = re.compile(r"\{:?[^{}]*?#([\w-]+)[^{}]*\}\s*$")


def index_text(markdown: str) -> str:
    """The text of a Markdown body for the index: its syntax folds away with the punctuation,
    so only what a reader never sees as words (tags, link targets, footnote marks, reference
    definitions, scripts) is taken out. One pass over the body, not one per paragraph.

    >>> from bangtin.features.search.terms import fold_text
    >>> fold_text(index_text("Thực hiện **Công văn** [số 1271](../x/2078/)[^1] <b>x</b>"))
    'thuc hien cong van so 1271 x'
    """
    if "<" in markdown:
        markdown = _HIDDEN_BLOCK.sub(" ", markdown)
    # Every match of _UNSEEN holds one of these characters, at most three spaces after the
    # start of its line: the lines before the first of them are kept as they are, unscanned
    # (most bodies have none: no link, no footnote).
    first = min((at for at in map(markdown.find, _UNSEEN_MARKS) if at >= 0), default=-1)
    if first < 0:
        return markdown
    line = markdown.rfind("\n", 0, first) + 1
    return markdown[:line] + _UNSEEN.sub(" ", markdown[line:])


def paragraphs(markdown: str) -> Iterator[str]:
    """The paragraphs of a Markdown body as plain text, in order (what a reader sees), lazily.

    >>> list(paragraphs("## Mục 1\\n\\nThực hiện **Công văn** [số 1271](../x/)[^1]\\n- ý một"))
    ['Mục 1', 'Thực hiện Công văn số 1271 ý một']
    """
    for para, _ in _paragraphs(markdown):
        yield para


def sections(markdown: str) -> tuple[str | tuple[str, str], ...]:
    """:func:`paragraphs`, a paragraph that holds a heading as ``(text, anchor)``: the id the
    page gives that heading (MkDocs' toc: its slug, "_1" after a repeated one, an attr_list
    ``{#id}`` as written; then `safe_id`), where a match under it links.

    >>> sections("## I. MỤC ĐÍCH\\n\\nNội dung.\\n\\n## I. MỤC ĐÍCH\\n\\n## Khác {#rieng}")
    (('I. MỤC ĐÍCH', 'i-muc-ich'), 'Nội dung.', ('I. MỤC ĐÍCH', 'i-muc-ich_1'), ('Khác', 'rieng'))
    """
    out: list[str | tuple[str, str]] = []
    used: set[str] = set()
    for para, block in _paragraphs(markdown):
        heads = _heading_texts(block) if "#" in block else []
        anchors = [_anchor(h, used) for h in heads]
        out.append((para, anchors[0]) if anchors else para)
    return tuple(out)


def _anchor(heading: str, used: set[str]) -> str:
    if custom := _HEADING_ID.search(heading):
        used.add(custom[1])
        return safe_id(custom[1])
    return safe_id(toc.unique(toc.slugify(html.unescape(plain_text(heading)), "-"), used))


def _paragraphs(markdown: str) -> Iterator[tuple[str, str]]:
    """Each paragraph's plain text with the Markdown block it comes from."""
    for block in _blocks(markdown):
        para = _paragraph(block)
        if para:
            yield para, block


@lru_cache(maxsize=1 << 16)
def _paragraph(block: str) -> str:
    """A Markdown block's plain text ("" for code, a script, a style), kept for the blocks seen
    again: the closing lines of a directive ("Nơi nhận:", "- Như trên;", "- Lưu VP.") and a
    generated corpus's sentences recur page after page (four blocks in ten at 2,000
    generated directives), and each costs a dozen regular expressions."""
    if block.lstrip().startswith(("```", "~~~", "<script", "<style")):
        return ""
    # A table's rule line ("|---|:-:|") or a bare "---": only where "|" or "--" is.
    text = _TABLE_RULE.sub("", block) if "|" in block or "--" in block else block
    text = _LINE_MARK.sub("", text).replace("|", " ")
    if "[" in text:
        text = _UNSEEN.sub(" ", text) if "]:" in text else text
    return plain_text(text)


def _blocks(markdown: str) -> Iterator[str]:
    # _PARAGRAPH_BREAK.split(markdown), lazily: a lead is found in the first few paragraphs,
    # and splitting a whole body was a tenth of the cost of a page's document.
    start = 0
    for brk in _PARAGRAPH_BREAK.finditer(markdown):
        yield markdown[start : brk.start()]
        start = brk.end()
    yield markdown[start:]


def _headings(markdown: str) -> str:
    return "\n".join(plain_text(h) for h in _heading_texts(markdown))


def _heading_texts(markdown: str) -> list[str]:
    """``_HEADING.findall(markdown)``, trying only the lines that start with a "#" (after at
    most three spaces): found by a scan for a line break, not by trying the anchored pattern at
    every character. A match may run on over blank lines, so a line inside the last one is
    skipped, as the scan of the whole text would."""
    found: list[str] = []
    end = 0
    starts = [brk.start() + 1 for brk in _HEADING_LINE.finditer(markdown)]
    if _HEADING_LINE.match("\n" + markdown[:4]):
        starts.insert(0, 0)
    for start in starts:
        if start >= end and (heading := _HEADING.match(markdown, start)):
            found.append(heading[1])
            end = heading.end()
    return found


def _texts(passages: Iterable[str | tuple[str, str]]) -> Iterator[str]:
    return (p if isinstance(p, str) else p[0] for p in passages)


def _lead(paras: Iterable[str]) -> str:
    # The first paragraph that says something: not a heading, not the "Kính gửi" line.
    first = ""
    for para in paras:
        first = first or para
        if len(para) > 40 and not para.lower().startswith(("kính gửi", "căn cứ")):
            return para
    return first


def _directive(d: Directive, reg: Registry, theme_titles: Mapping[int, str]) -> SearchDoc:
    issuer = reg.unit_name(d.issuer) if d.issuer else ""
    # Its paragraphs, once: the excerpts' passages (a heading's with its anchor, for a match
    # under it) and the lead among them.
    passages = () if d.stub else sections(d.body)
    meta = [d.type.value, issuer, *d.tags, d.place]
    if d.signer is not None:
        meta.append(d.signer.name)
    themes = [theme_titles[y] for y in d.themes if y in theme_titles]
    return SearchDoc(
        url=d.url,
        kind="van-ban",
        title=d.title,
        number=str(d.number),
        date=format_date_short(d.date),
        sort_date=d.date.isoformat(),
        issuer=issuer,
        # A stub has no text: its excerpt is its subject, never the page's boilerplate.
        lead=d.subject if d.stub else (d.summary or _lead(_texts(passages)) or d.subject),
        passages=passages,
        stub=d.stub,
        fields=(
            Field(WEIGHT_TITLE, f"{d.title}. {d.subject}"),
            Field(WEIGHT_META, "\n".join([*meta, _headings(d.body)])),
            Field(WEIGHT_BODY, "\n".join([d.summary, index_text(d.body), *themes]), body=True),
        ),
        # The issuer's and the type's codes of its own number: "DUK" finds what ĐUK issued first.
        keys=(
            *number_keys(d.number),
            *(compact_key(c) for c in (d.number.issuer_code, d.number.type_code or "") if c),
        ),
        subject=d.subject,
        facets={
            "muc": ("Văn bản",),
            "loai": (d.type.value,),
            "co_quan": (issuer,) if issuer else (),
            "nam": (str(d.year),),
            "chu_de": tuple(str(y) for y in d.themes),
            "tinh_trang": (d.status.label,),
        },
    )


def _theme(t: Theme) -> SearchDoc:
    return SearchDoc(
        url=t.url,
        kind="chu-de",
        title=f"Chủ đề năm {t.year}: {t.title}",
        date=str(t.year),
        sort_date=f"{t.year}-12-31",
        lead=t.summary or _lead(paragraphs(t.body)) or t.title,
        passages=tuple(paragraphs(t.body)),
        fields=(
            Field(WEIGHT_TITLE, f"Chủ đề năm {t.year}. {t.title}"),
            Field(WEIGHT_META, " ".join(t.hashtags) + "\n" + _headings(t.body)),
            Field(WEIGHT_BODY, "\n".join([t.summary, index_text(t.body)]), body=True),
        ),
        facets={"muc": ("Chủ đề năm",), "nam": (str(t.year),), "chu_de": (str(t.year),)},
    )


def _practice(p: Practice, reg: Registry) -> SearchDoc:
    unit = reg.unit_name(p.unit) if p.unit else ""
    return SearchDoc(
        url=p.url,
        kind="mo-hinh",
        title=p.title,
        date=str(p.year),
        sort_date=f"{p.year}-12-31",
        issuer=unit,
        lead=p.summary or _lead(paragraphs(p.body)) or p.title,
        passages=tuple(paragraphs(p.body)),
        fields=(
            Field(WEIGHT_TITLE, p.title),
            Field(WEIGHT_META, "\n".join([unit, p.field.value, *p.tags, _headings(p.body)])),
            Field(WEIGHT_BODY, "\n".join([p.summary, p.results, index_text(p.body)]), body=True),
        ),
        facets={
            "muc": ("Mô hình",),
            "co_quan": (unit,) if unit else (),
            "nam": (str(p.year),),
            "chu_de": tuple(str(y) for y in p.themes),
        },
    )


def _news(n: NewsItem) -> SearchDoc:
    return SearchDoc(
        url=n.url,
        kind="tin-tuc",
        title=n.title,
        date=format_date_short(n.date),
        sort_date=n.date.isoformat(),
        lead=n.summary or _lead(paragraphs(n.body)) or n.title,
        passages=tuple(paragraphs(n.body)),
        fields=(
            Field(WEIGHT_TITLE, n.title),
            Field(WEIGHT_META, "\n".join([*n.tags, _headings(n.body)])),
            Field(WEIGHT_BODY, "\n".join([n.summary, index_text(n.body)]), body=True),
        ),
        facets={
            "muc": ("Tin tức",),
            "nam": (str(n.date.year),),
            "chu_de": tuple(str(y) for y in n.themes),
        },
    )


def _unit(u: Unit, reg: Registry) -> SearchDoc:
    parent = reg.unit_name(u.parent) if u.parent else ""
    names = [u.name, u.short, u.code]
    return SearchDoc(
        url=u.url,
        kind="don-vi",
        title=u.name,
        lead=" · ".join(x for x in (u.short, f"Ký hiệu {u.code}" if u.code else "", parent) if x),
        fields=(
            Field(WEIGHT_TITLE, "\n".join(n for n in names if n)),
            Field(WEIGHT_META, parent),
        ),
        keys=(compact_key(u.code),) if u.code else (),
        facets={"muc": ("Đơn vị",)},
    )


@dataclass(frozen=True, slots=True)
class _Source:
    """A page to index, known by what orders it; its text is read only when it is built.

    The index writer orders the pages first and builds them in forked processes, so most of
    the Markdown is read on the second core.
    """

    url: str
    stub: bool
    sort_date: str
    make: Callable[[], SearchDoc]
    #: What the document is made of, compared between two serve updates (``IndexCache``):
    #: an equal key reuses the document built last time. None: built every time.
    key: object = None

    def build(self) -> SearchDoc:
        return self.make()


def search_sources(
    reg: Registry, *, stubs: tuple[Directive, ...], units: tuple[Unit, ...]
) -> list[DocSource]:
    """Every page of this build a user may search for, as index sources.

    Args:
        reg: the audience-filtered registry.
        stubs: pages of documents known only by citation (the links feature's).
        units: the unit pages (``units.yml`` and issuers written as text).
    """
    out: list[DocSource] = []
    # Each year's theme title, as reg.theme(year) finds it (the first of that year), looked up
    # once here, not by a scan of the themes for every directive.
    theme_titles: dict[int, str] = {}
    for t in reg.themes:
        theme_titles.setdefault(t.year, t.title)
    for d in (*reg.directives, *stubs):
        # What _directive reads: the record, its issuer's name, its themes' titles.
        issuer = reg.unit_name(d.issuer) if d.issuer else ""
        key = (d, issuer, tuple(theme_titles.get(y) for y in d.themes))
        make = partial(_directive, d, reg, theme_titles)
        out.append(_Source(d.url, d.stub, d.date.isoformat(), make, key))
    for t in reg.themes:
        out.append(_Source(t.url, False, f"{t.year}-12-31", partial(_theme, t)))
    for p in reg.practices:
        out.append(_Source(p.url, False, f"{p.year}-12-31", partial(_practice, p, reg)))
    for n in reg.news:
        out.append(_Source(n.url, False, n.date.isoformat(), partial(_news, n)))
    for u in units:
        out.append(_Source(u.url, False, "", partial(_unit, u, reg)))
    return out


def site_docs(index: SiteIndex) -> list[DocSource]:
    """The index sources of a build: its registry, the stubs and every unit page."""
    reg = index.registry
    return search_sources(reg, stubs=index.stubs, units=(*reg.units, *index.pseudo_units()))
