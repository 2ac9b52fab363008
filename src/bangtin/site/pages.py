"""The generated pages: which pages a registry makes, at which URL, and their HTML.

The plugin turns each `PageSpec` into a virtual MkDocs file; Markdown bodies go through MkDocs'
Markdown (for the citation links and footnotes) and are sanitised; everything else is rendered
here from records with the autoescaping templates of `render.py`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from bangtin.core.model import Directive, DocType, NewsItem, Practice, Registry, Theme, Unit
from bangtin.core.text import slugify, sort_key
from bangtin.site.render import Links, render_template

__all__ = ["PageSpec", "SiteIndex", "plan_pages", "render_page"]

# Extra fragments other modules add to a page (relations, diagram, posts, tasks...): called with
# the spec and the Links of the page, they return trusted HTML keyed by slot name.
Extra = Callable[["PageSpec", Links], dict[str, Markup]]


@dataclass(frozen=True, slots=True, kw_only=True)
class PageSpec:
    """One generated page.

    Attributes:
        src_uri: the virtual source path ("van-ban/2024/2078-cv-duk.md").
        title: the page title, plain text (escaped when rendered).
        kind: which renderer makes it ("directive", "year", "theme", ...).
        markdown: Markdown to render as the page body ("" for listing pages).
        record: the record the page shows, if any.
        key: a kind-specific key (a year, a type, a unit id).
        description: plain text for the description meta tag.
    """

    src_uri: str
    title: str
    kind: str
    markdown: str = ""
    record: Any = None
    key: Any = None
    description: str = ""

    @property
    def url(self) -> str:
        stem = self.src_uri.removesuffix(".md")
        if stem == "index":
            return ""
        return stem.removesuffix("/index") + "/"


@dataclass(slots=True)
class SiteIndex:
    """Lookups over the registry that several pages share, computed once per build."""

    registry: Registry
    by_year: dict[int, list[Directive]] = field(default_factory=dict)
    by_type: dict[DocType, list[Directive]] = field(default_factory=dict)
    by_issuer: dict[str, list[Directive]] = field(default_factory=dict)
    received: dict[str, list[Directive]] = field(default_factory=dict)
    by_theme: dict[int, list[Directive]] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)
    children: dict[str, list[Unit]] = field(default_factory=dict)
    stubs: tuple[Directive, ...] = ()

    @classmethod
    def build(cls, registry: Registry, stubs: tuple[Directive, ...] = ()) -> SiteIndex:
        index = cls(registry=registry, stubs=stubs)
        index.units = {u.id: u for u in registry.units}
        for d in registry.directives:
            index.by_year.setdefault(d.year, []).append(d)
            index.by_type.setdefault(d.type, []).append(d)
            index.by_issuer.setdefault(d.issuer or "khac", []).append(d)
            for ref in dict.fromkeys((*d.to, *d.cc)):
                index.received.setdefault(ref, []).append(d)
            for year in d.themes:
                index.by_theme.setdefault(year, []).append(d)
        for u in registry.units:
            if u.parent:
                index.children.setdefault(u.parent, []).append(u)
        return index

    def pseudo_units(self) -> list[Unit]:
        """Issuers written as text (not in units.yml) get a page too, under a slug of their name."""
        out = []
        for ref in self.by_issuer:
            if ref not in self.units:
                out.append(
                    Unit(id=slugify(ref) or "khac", name=ref if ref != "khac" else "Chưa rõ")
                )
        return out


def _directive_markdown(d: Directive) -> str:
    # The body keeps its own line numbers for Markdown's error messages: no prefix is added.
    return d.body


def plan_pages(index: SiteIndex) -> list[PageSpec]:
    """Every generated page of the build, in a stable order."""
    reg = index.registry
    return [
        *_document_pages(index),
        *_theme_pages(reg),
        *_unit_pages(index),
        *(_record_page(p, "practice") for p in reg.practices),
        *(_record_page(n, "news") for n in reg.news),
    ]


def _document_pages(index: SiteIndex) -> list[PageSpec]:
    """Each directive's (and stub's) page, then the listings by year, type and issuer."""
    specs = [
        PageSpec(
            src_uri=d.src_uri,
            title=d.title,
            kind="directive",
            markdown=_directive_markdown(d),
            record=d,
            description=d.subject,
        )
        for d in (*index.registry.directives, *index.stubs)
    ]
    specs.append(PageSpec(src_uri="van-ban/index.md", title="Văn bản", kind="directives"))
    specs.extend(
        PageSpec(
            src_uri=f"van-ban/{year}/index.md", title=f"Văn bản năm {year}", kind="year", key=year
        )
        for year in sorted(index.by_year, reverse=True)
    )
    specs.append(PageSpec(src_uri="van-ban/loai/index.md", title="Văn bản theo loại", kind="types"))
    specs.extend(
        PageSpec(
            src_uri=f"van-ban/loai/{doc_type.slug}.md",
            title=doc_type.value,
            kind="type",
            key=doc_type,
        )
        for doc_type in sorted(index.by_type, key=lambda t: sort_key(t.value))
    )
    specs.append(
        PageSpec(
            src_uri="van-ban/co-quan/index.md",
            title="Văn bản theo cơ quan ban hành",
            kind="issuers",
        )
    )
    return specs


def _theme_pages(reg: Registry) -> list[PageSpec]:
    """The themes' listing, then each year's theme."""
    specs = [PageSpec(src_uri="chu-de/index.md", title="Chủ đề năm", kind="themes")]
    specs.extend(
        PageSpec(
            src_uri=t.src_uri,
            title=f"Chủ đề năm {t.year}: {t.title}",
            kind="theme",
            markdown=t.body,
            record=t,
            key=t.year,
            description=t.summary or t.title,
        )
        for t in reg.themes
    )
    return specs


def _unit_pages(index: SiteIndex) -> list[PageSpec]:
    """The units' listing, then each unit (and each issuer known only by name)."""
    specs = [PageSpec(src_uri="don-vi/index.md", title="Đơn vị", kind="units")]
    specs.extend(
        PageSpec(src_uri=u.src_uri, title=u.name, kind="unit", record=u, key=u.id)
        for u in (*index.registry.units, *index.pseudo_units())
    )
    return specs


def _record_page(record: Practice | NewsItem, kind: str) -> PageSpec:
    return PageSpec(
        src_uri=record.src_uri,
        title=record.title,
        kind=kind,
        markdown=record.body,
        record=record,
        description=record.summary or record.title,
    )


def _unit_for(index: SiteIndex, ref: str) -> Unit:
    return index.units.get(ref) or Unit(id=slugify(ref) or "khac", name=ref or "Chưa rõ")


def _unit_rows(index: SiteIndex) -> list[tuple[Unit, int]]:
    rows: list[tuple[Unit, int]] = []
    known = set(index.units)

    def walk(unit: Unit, depth: int) -> None:
        rows.append((unit, depth))
        for child in sorted(index.children.get(unit.id, []), key=lambda u: sort_key(u.name)):
            walk(child, depth + 1)

    roots = [u for u in index.registry.units if not u.parent or u.parent not in known]
    for root in sorted(roots, key=lambda u: sort_key(u.name)):
        walk(root, 0)
    for pseudo in sorted(index.pseudo_units(), key=lambda u: sort_key(u.name)):
        rows.append((pseudo, 0))
    return rows


def render_page(
    spec: PageSpec,
    index: SiteIndex,
    *,
    body: Markup | None = None,
    extras: dict[str, Markup] | None = None,
) -> Markup:
    """The HTML of a generated page's content area."""
    page = _Page(
        spec=spec,
        index=index,
        links=Links(index.registry, spec.url),
        body=body or Markup(""),
        extras=extras or {},
    )
    own = _RENDERERS.get(spec.kind)
    if own is not None:
        return own(page)
    renderer = _EXTRA_RENDERERS.get(spec.kind)
    if renderer is None:
        raise KeyError(spec.kind)
    return renderer(spec, index, page.links, page.extras)


@dataclass(frozen=True, slots=True, kw_only=True)
class _Page:
    """What every renderer of a page kind reads."""

    spec: PageSpec
    index: SiteIndex
    links: Links
    body: Markup
    extras: dict[str, Markup]

    @property
    def registry(self) -> Registry:
        return self.index.registry


def _directive_page(page: _Page) -> Markup:
    reg, d = page.registry, page.spec.record
    assert isinstance(d, Directive)
    issuer = reg.unit(d.issuer)
    parent = reg.unit(issuer.parent) if issuer and issuer.parent else None
    return render_template(
        "directive.html",
        d=d,
        body=page.body,
        links=page.links,
        registry=reg,
        issuer_name=issuer.name if issuer else reg.unit_name(d.issuer),
        superior=parent.name if parent else "",
        themes=[t for t in (reg.theme(y) for y in d.themes) if t is not None],
        extras=page.extras,
    )


def _directives_index(page: _Page) -> Markup:
    index = page.index
    years = [(y, len(index.by_year[y])) for y in sorted(index.by_year, reverse=True)]
    return render_template(
        "directives_index.html",
        years=years,
        total=len(page.registry.directives),
        links=page.links,
        stub_count=len(index.stubs),
    )


def _year_page(page: _Page) -> Markup:
    year = page.spec.key
    return render_template(
        "directives_year.html", year=year, directives=page.index.by_year[year], links=page.links
    )


def _types_index(page: _Page) -> Markup:
    by_type = sorted(page.index.by_type.items(), key=lambda kv: sort_key(kv[0].value))
    types = [(t, len(v)) for t, v in by_type]
    return render_template("types_index.html", types=types, links=page.links)


def _type_page(page: _Page) -> Markup:
    doc_type = page.spec.key
    return render_template(
        "type_page.html",
        doc_type=doc_type,
        directives=page.index.by_type[doc_type],
        links=page.links,
    )


def _issuers_index(page: _Page) -> Markup:
    index = page.index
    issuers = sorted(
        ((_unit_for(index, ref), len(v)) for ref, v in index.by_issuer.items()),
        key=lambda uc: sort_key(uc[0].name),
    )
    return render_template("issuers_index.html", issuers=issuers, links=page.links)


def _themes_index(page: _Page) -> Markup:
    counts = Counter({year: len(v) for year, v in page.index.by_theme.items()})
    return render_template(
        "themes_index.html", themes=page.registry.themes, counts=counts, links=page.links
    )


def _theme_page(page: _Page) -> Markup:
    reg, t = page.registry, page.spec.record
    assert isinstance(t, Theme)
    return render_template(
        "theme_page.html",
        t=t,
        body=page.body,
        directives=page.index.by_theme.get(t.year, []),
        practices=[p for p in reg.practices if t.year in p.themes],
        news=[n for n in reg.news if t.year in n.themes],
        links=page.links,
        extras=page.extras,
    )


def _units_index(page: _Page) -> Markup:
    return render_template("units_index.html", rows=_unit_rows(page.index), links=page.links)


def _unit_page(page: _Page) -> Markup:
    index, u = page.index, page.spec.record
    assert isinstance(u, Unit)
    # A body known only by name is listed under the name as written (its pseudo-unit's id is
    # that name's slug).
    issued_key = (
        u.id
        if u.id in index.units
        else next((ref for ref in index.by_issuer if (slugify(ref) or "khac") == u.id), u.id)
    )
    return render_template(
        "unit_page.html",
        unit=u,
        issued=index.by_issuer.get(issued_key, []),
        received=index.received.get(u.id, []),
        children=sorted(index.children.get(u.id, []), key=lambda c: sort_key(c.name)),
        parent=index.units.get(u.parent) if u.parent else None,
        links=page.links,
        extras=page.extras,
    )


def _record_page_html(page: _Page) -> Markup:
    """A practice's or a news item's page."""
    return render_template(
        f"{page.spec.kind}.html",
        r=page.spec.record,
        body=page.body,
        links=page.links,
        registry=page.registry,
        extras=page.extras,
    )


_RENDERERS: dict[str, Callable[[_Page], Markup]] = {
    "directive": _directive_page,
    "directives": _directives_index,
    "year": _year_page,
    "types": _types_index,
    "type": _type_page,
    "issuers": _issuers_index,
    "themes": _themes_index,
    "theme": _theme_page,
    "units": _units_index,
    "unit": _unit_page,
    "practice": _record_page_html,
    "news": _record_page_html,
}


_EXTRA_RENDERERS: dict[str, Callable[[PageSpec, SiteIndex, Links, dict[str, Markup]], Markup]] = {}


def register_renderer(
    kind: str, renderer: Callable[[PageSpec, SiteIndex, Links, dict[str, Markup]], Markup]
) -> None:
    """Let a feature module (search, posts, follow-up) render its own kind of page."""
    _EXTRA_RENDERERS[kind] = renderer


def home_block(index: SiteIndex, page_url: str) -> Markup:
    """The block appended to the home page: the current theme and the latest directives.

    The current theme is the newest one in the content, not one chosen by the build date, so
    two builds of the same commit are identical.
    """
    reg = index.registry
    theme = reg.themes[0] if reg.themes else None
    return render_template(
        "home.html",
        theme=theme,
        latest=list(reg.directives[:10]),
        news=list(reg.news[:5]),
        links=Links(reg, page_url),
    )
