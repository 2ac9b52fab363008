"""What each kind of page puts in the search index: records in, `SearchDoc`s out.

Directives (and stubs, known only by citation), yearly themes, practices, news and units: every
page a user looks for. The records come from the audience-filtered registry, so a public build
cannot index an internal record. Bodies are Markdown; :func:`paragraphs` strips its syntax
without rendering it (the build renders each page once, for MkDocs), with the inline rules of the
fanpage posts (`core.plain`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bangtin.core.model import Directive, NewsItem, Practice, Registry, Theme, Unit
from bangtin.core.plain import plain_text
from bangtin.core.text import format_date_short
from bangtin.features.search.index import (
    WEIGHT_BODY,
    WEIGHT_META,
    WEIGHT_TITLE,
    Field,
    SearchDoc,
)
from bangtin.features.search.terms import compact_key, number_keys

__all__ = ["paragraphs", "search_docs"]

_FENCE = re.compile(r"^(```|~~~).*?^\1", re.M | re.S)
_HIDDEN_BLOCK = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
# Reference-link definitions ("[1]: https://...") are not shown; footnotes ("[^1]: ...") are.
_REFERENCE_DEF = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:\s*\S+.*$", re.M)
_TABLE_RULE = re.compile(r"^[\s|:-]+$", re.M)
_LINE_MARK = re.compile(
    r"^ {0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+|!!!\s*\w*|\?\?\?\+?\s*\w*)", re.M
)
_HEADING = re.compile(r"^ {0,3}#{1,6}\s+(.+?)\s*#*\s*$", re.M)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs(markdown: str) -> list[str]:
    """The paragraphs of a Markdown body as plain text, in order (what a reader sees).

    >>> paragraphs("## Mục 1\\n\\nThực hiện **Công văn** [số 1271](../x/)[^1]\\n- ý một")
    ['Mục 1', 'Thực hiện Công văn số 1271 ý một']
    """
    text = _FENCE.sub(" ", markdown)
    text = _HIDDEN_BLOCK.sub(" ", text)
    text = _REFERENCE_DEF.sub("", text)
    text = _TABLE_RULE.sub("", text)
    text = _LINE_MARK.sub("", text).replace("|", " ")
    return [p for p in map(plain_text, _PARAGRAPH_BREAK.split(text)) if p]


def _headings(markdown: str) -> str:
    return "\n".join(plain_text(h) for h in _HEADING.findall(markdown))


def _lead(paras: list[str]) -> str:
    # The first paragraph that says something: not a heading, not the "Kính gửi" line.
    for para in paras:
        if len(para) > 40 and not para.lower().startswith(("kính gửi", "căn cứ")):
            return para
    return paras[0] if paras else ""


def _directive(d: Directive, reg: Registry) -> SearchDoc:
    issuer = reg.unit_name(d.issuer) if d.issuer else ""
    paras = paragraphs(d.body) if not d.stub else []
    meta = [d.type.value, issuer, *d.tags, d.place]
    if d.signer is not None:
        meta.append(d.signer.name)
    themes = [t.title for y in d.themes if (t := reg.theme(y)) is not None]
    return SearchDoc(
        url=d.url,
        kind="van-ban",
        title=d.title,
        number=str(d.number),
        date=format_date_short(d.date),
        sort_date=d.date.isoformat(),
        issuer=issuer,
        # A stub has no text: its excerpt is its subject, never the page's boilerplate.
        lead=d.subject if d.stub else (d.summary or _lead(paras) or d.subject),
        stub=d.stub,
        fields=(
            Field(WEIGHT_TITLE, f"{d.title}. {d.subject}"),
            Field(WEIGHT_META, "\n".join([*meta, _headings(d.body)])),
            Field(WEIGHT_BODY, "\n".join([d.summary, *paras, *themes]), body=True),
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
    paras = paragraphs(t.body)
    return SearchDoc(
        url=t.url,
        kind="chu-de",
        title=f"Chủ đề năm {t.year}: {t.title}",
        date=str(t.year),
        sort_date=f"{t.year}-12-31",
        lead=t.summary or _lead(paras) or t.title,
        fields=(
            Field(WEIGHT_TITLE, f"Chủ đề năm {t.year}. {t.title}"),
            Field(WEIGHT_META, " ".join(t.hashtags) + "\n" + _headings(t.body)),
            Field(WEIGHT_BODY, "\n".join([t.summary, *paras]), body=True),
        ),
        facets={"muc": ("Chủ đề năm",), "nam": (str(t.year),), "chu_de": (str(t.year),)},
    )


def _practice(p: Practice, reg: Registry) -> SearchDoc:
    paras = paragraphs(p.body)
    unit = reg.unit_name(p.unit) if p.unit else ""
    return SearchDoc(
        url=p.url,
        kind="mo-hinh",
        title=p.title,
        date=str(p.year),
        sort_date=f"{p.year}-12-31",
        issuer=unit,
        lead=p.summary or _lead(paras) or p.title,
        fields=(
            Field(WEIGHT_TITLE, p.title),
            Field(WEIGHT_META, "\n".join([unit, p.field.value, *p.tags, _headings(p.body)])),
            Field(WEIGHT_BODY, "\n".join([p.summary, p.results, *paras]), body=True),
        ),
        facets={
            "muc": ("Mô hình",),
            "co_quan": (unit,) if unit else (),
            "nam": (str(p.year),),
            "chu_de": tuple(str(y) for y in p.themes),
        },
    )


def _news(n: NewsItem) -> SearchDoc:
    paras = paragraphs(n.body)
    return SearchDoc(
        url=n.url,
        kind="tin-tuc",
        title=n.title,
        date=format_date_short(n.date),
        sort_date=n.date.isoformat(),
        lead=n.summary or _lead(paras) or n.title,
        fields=(
            Field(WEIGHT_TITLE, n.title),
            Field(WEIGHT_META, "\n".join([*n.tags, _headings(n.body)])),
            Field(WEIGHT_BODY, "\n".join([n.summary, *paras]), body=True),
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


def search_docs(
    reg: Registry, *, stubs: tuple[Directive, ...], units: tuple[Unit, ...]
) -> Iterator[SearchDoc]:
    """Every page of this build a user may search for, as index documents.

    Args:
        reg: the audience-filtered registry.
        stubs: pages of documents known only by citation (the links feature's).
        units: the unit pages (``units.yml`` and issuers written as text).
    """
    for d in (*reg.directives, *stubs):
        yield _directive(d, reg)
    for t in reg.themes:
        yield _theme(t)
    for p in reg.practices:
        yield _practice(p, reg)
    for n in reg.news:
        yield _news(n)
    for u in units:
        yield _unit(u, reg)
