"""The search feature in a build: Pagefind markup on directive pages, the index, the lookup page.

`search.py` knows Pagefind and the JSON API; this module decides what goes in: only the pages
and records this build's audience may see (the audience filter ran before any of it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from markupsafe import Markup

from bangtin.core.model import Directive, Visibility
from bangtin.features.base import BuildContext, Feature
from bangtin.features.search import pagefind as search
from bangtin.links.graph import LinkGraph
from bangtin.site.pages import PageSpec, SiteIndex, register_renderer
from bangtin.site.render import Links, relative_url, render_template

__all__ = ["SearchFeature"]

# MkDocs prints what its "mkdocs.*" loggers say; this module imports no MkDocs.
log = logging.getLogger("mkdocs.plugins.bangtin.features.search.pagefind")


class SearchFeature(Feature):
    """Full-text search (Pagefind), /tra-cuu/ and /api/van-ban.json."""

    def __init__(self, ctx: BuildContext) -> None:
        super().__init__(ctx)
        register_renderer("lookup", self._render_lookup)

    def extra_css(self) -> list[str]:
        css = ["assets/bangtin/lookup.css"]
        return ["assets/bangtin/search.css", *css] if self.ctx.options.search else css

    def extra_javascript(self) -> list[str]:
        js = ["assets/bangtin/lookup.js"]
        return ["assets/bangtin/search.js", *js] if self.ctx.options.search else js

    def pages(self) -> list[PageSpec]:
        return [PageSpec(src_uri="tra-cuu/index.md", title="Tra cứu văn bản", kind="lookup")]

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        d = spec.record
        if spec.kind != "directive" or not isinstance(d, Directive):
            return {}
        reg = self.ctx.registry
        fields = search.SearchFields.from_directive(
            d,
            issuer_name=reg.unit_name(d.issuer) if d.issuer else "",
            theme_labels=[f"{y}" for y in d.themes],
        )
        return {
            "article_attrs": Markup(search.BODY_ATTRIBUTE),
            "search": Markup(search.search_markup(fields)),
        }

    def _render_lookup(
        self, spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
    ) -> Markup:
        base = relative_url("", spec.url).rstrip("/") or "."
        return render_template("tra-cuu.html", base_url=base)

    def _relations(self, d: Directive) -> list[search.RelationRef]:
        graph: LinkGraph | None = self.ctx.state.get("links.graph")
        if graph is None:
            return []
        return [
            search.RelationRef(
                kind=rel.kind.value,
                number=str(rel.number),
                url=rel.target.url if rel.target is not None else None,
            )
            for rel in graph.outgoing(d)
        ]

    def post_build(self, site_dir: Path) -> None:
        reg = self.ctx.registry
        search.write_registry_json(
            reg.directives,
            site_dir / "api" / "van-ban.json",
            issuer_name=reg.unit_name,
            relations=self._relations,
            include_visibility=reg.audience is not Visibility.PUBLIC,
        )
        if self.ctx.options.search:
            hint = search.version_hint(search.build_search_index(site_dir))
            if hint:
                log.info(hint)
