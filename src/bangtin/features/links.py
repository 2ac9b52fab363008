"""The cross-links feature in a build: citation links in bodies, relation lists, the lược đồ, stubs.

`citations.py` finds citations and `links.py` resolves them into a graph; this module puts the
graph on the pages. It runs first among the features: its stubs become pages and the statuses it
derives (superseded, expired) are what every other feature sees.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup

from bangtin.core.model import Directive, RelationKind
from bangtin.features.base import BuildContext, Feature
from bangtin.links.citations import Citation, CitationLinkExtension, LinkTarget
from bangtin.links.diagram import draw_diagram
from bangtin.links.graph import LinkGraph, ResolvedRelation, build_graph
from bangtin.site.pages import PageSpec, SiteIndex, register_renderer
from bangtin.site.render import Links, relative_url, render_template

__all__ = ["LinksFeature"]

STUBS_PAGE = "van-ban/chua-co-toan-van.md"
# The order relations are listed in, strongest first.
_KIND_ORDER = (
    RelationKind.SUPERSEDES,
    RelationKind.AMENDS,
    RelationKind.IMPLEMENTS,
    RelationKind.GUIDES,
    RelationKind.BASED_ON,
    RelationKind.CITES,
)


def _graph_records(
    graph: LinkGraph, records: Sequence[Directive], memo: dict[str, Any] | None
) -> tuple[Directive, ...]:
    """Each record as the graph has it (``graph.get``), or as it is. In serve (``memo``) the
    graph's record of each one is kept by record object: it is still the graph's while the
    graph holds that object (at the record's own identity: an object stands at one), so
    10,000 identities are not looked up again for each edit."""
    if memo is None:
        return tuple(graph.get(d) or d for d in records)
    last: dict[int, tuple[Directive, Directive | None]] = memo.get("links.records", {})
    holds = set(map(id, graph.directives))
    fresh: dict[int, tuple[Directive, Directive | None]] = {}
    out: list[Directive] = []
    for d in records:
        held = last.get(id(d))
        if held is None or held[0] is not d or held[1] is None or id(held[1]) not in holds:
            held = (d, graph.get(d))
        fresh[id(d)] = held
        out.append(held[1] or d)
    memo["links.records"] = fresh
    return tuple(out)


class LinksFeature(Feature):
    """Every citation a link, both ways."""

    def __init__(self, ctx: BuildContext, graph: LinkGraph | None = None) -> None:
        super().__init__(ctx)
        reg = ctx.registry
        if graph is None:
            memo = ctx.memo.setdefault("links.mentions", {}) if ctx.memo is not None else None
            kept = None
            if ctx.kept is not None and memo is None:
                kept = (ctx.result.sources, dict(ctx.kept.last("links.mentions")))
            graph = build_graph(
                ctx.result.all_directives, audience=reg.audience, memo=memo, kept=kept
            )
            if ctx.kept is not None and kept is not None:
                ctx.kept.put("links.mentions", kept[1])
        self.graph: LinkGraph = graph
        ctx.state["links.graph"] = self.graph
        ctx.result.warnings.extend(self.graph.warnings)
        # The statuses the graph derives (superseded by a later document) replace the written ones.
        reg.directives = _graph_records(graph, reg.directives, ctx.memo)
        self._current: Directive | None = None
        self._on: Any = None
        self._current_src = ""
        self._lookups: list[tuple[Citation, LinkTarget | None]] = []
        # MkDocs keeps the Markdown extension of the first build: after an incremental rebuild
        # (`bangtin serve`) it must still resolve through the newest graph and page.
        self._holder: list[LinksFeature] = (
            ctx.memo.setdefault("links.feature", [self]) if ctx.memo is not None else [self]
        )
        self._holder[0] = self
        register_renderer("stubs", self._render_stubs)

    @classmethod
    def after_body_edit(
        cls, previous: Feature, ctx: BuildContext, records: Sequence[Directive]
    ) -> Feature:
        # The same documents cited on the same lines: the graph stays, with the new bodies.
        assert isinstance(previous, LinksFeature)
        return cls(ctx, previous.graph.with_bodies(records))

    @classmethod
    def after_fields_edit(
        cls, previous: Feature, ctx: BuildContext, records: Sequence[Directive]
    ) -> Feature:
        # No field the graph reads changed (a subject, tags, a signer, what the texts cite):
        # the graph stays, with the new records and their relations, unless a citation
        # changed that a stub or a status hangs on (then it is built: a third of a second
        # at 10,000 directives).
        assert isinstance(previous, LinksFeature)
        memo = ctx.memo.setdefault("links.mentions", {}) if ctx.memo is not None else None
        graph = previous.graph.with_records(records, memo)
        return cls(ctx, graph) if graph is not None else cls(ctx)

    @classmethod
    def after_files_edit(
        cls,
        previous: Feature,
        ctx: BuildContext,
        added: Sequence[Directive],
        removed: Sequence[Directive],
    ) -> Feature:
        # A new or deleted file whose number no citation names: the graph stays, with the
        # record's relations and the stubs it cites made again (else built: a third of a
        # second at 10,000 directives).
        assert isinstance(previous, LinksFeature)
        memo = ctx.memo.setdefault("links.mentions", {}) if ctx.memo is not None else None
        graph = previous.graph.with_files(added, removed, memo)
        return cls(ctx, graph) if graph is not None else cls(ctx)

    def stubs(self) -> tuple[Directive, ...]:
        return self.graph.stubs

    def markdown_extensions(self) -> list[Any]:
        holder = self._holder
        return [CitationLinkExtension(lambda citation: holder[0]._looked_up(citation))]

    def pages(self) -> list[PageSpec]:
        return [
            PageSpec(
                src_uri=STUBS_PAGE,
                title="Văn bản được dẫn chiếu nhưng chưa có toàn văn",
                kind="stubs",
            )
        ]

    def begin_page(self, spec: PageSpec | None, src_uri: str = "") -> None:
        record = spec.record if spec is not None else None
        self._current = record if isinstance(record, Directive) else None
        # An undated citation on a news page resolves as of the news item's date.
        self._on = None if self._current is not None else getattr(record, "date", None)
        self._current_src = spec.src_uri if spec is not None else src_uri
        self._lookups = []

    def markdown_lookups(self) -> tuple[tuple[Citation, LinkTarget | None], ...]:
        """The citations the page's Markdown resolved since `begin_page`, with their targets."""
        return tuple(self._lookups)

    def lookups_hold(self, lookups: Any) -> bool:
        """True when every citation of ``lookups`` still resolves to the same target."""
        return all(self._resolve(citation) == target for citation, target in lookups)

    def _looked_up(self, citation: Citation) -> LinkTarget | None:
        target = self._resolve(citation)
        self._lookups.append((citation, target))
        return target

    def _resolve(self, citation: Citation) -> LinkTarget | None:
        target = self.graph.resolve_citation(citation, self._current, on=self._on)
        if target is None or target.url is None:
            return target
        # A link to the target's Markdown source: MkDocs turns it into the right relative URL
        # and checks that the page exists.
        src = target.url.rstrip("/") + ".md"
        here = posixpath.dirname(self._current_src)
        return LinkTarget(url=posixpath.relpath(src, here or "."), title=target.title)

    def record_view(self, d: Directive) -> object:
        return (
            tuple(r.view() for r in self.graph.outgoing(d)),
            tuple(r.view() for r in self.graph.incoming(d)),
            self.graph.date_is_estimate(d),
        )

    def _item(self, rel: ResolvedRelation, page_url: str, *, reverse: bool) -> dict[str, Any]:
        other = rel.source if reverse else rel.target
        if other is None:
            return {"label": rel.label, "url": None, "subject": "", "date": None, "stub": False}
        return {
            "label": other.title,
            "url": relative_url(other.url, page_url),
            "subject": other.subject,
            "date": None if self.graph.date_is_estimate(other) else other.date,
            "stub": other.stub,
        }

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        d = spec.record
        if spec.kind != "directive" or not isinstance(d, Directive):
            return {}
        outgoing: dict[RelationKind, list[dict[str, Any]]] = defaultdict(list)
        for rel in self.graph.outgoing(d):
            outgoing[rel.kind].append(self._item(rel, page_url, reverse=False))
        incoming: dict[RelationKind, list[dict[str, Any]]] = defaultdict(list)
        for rel in self.graph.incoming(d):
            incoming[rel.kind].append(self._item(rel, page_url, reverse=True))
        out: dict[str, Markup] = {
            "relations": render_template(
                "partials/bangtin/relations.html",
                outgoing=[(k.label, outgoing[k]) for k in _KIND_ORDER if outgoing.get(k)],
                incoming=[(k.reverse_label, incoming[k]) for k in _KIND_ORDER if incoming.get(k)],
            )
        }
        svg = draw_diagram(self.graph, d, lambda other: relative_url(other.url, page_url))
        if svg:
            out["diagram"] = Markup(
                '<section class="bt-diagram-box" aria-labelledby="bt-diagram-h">'
                '<h2 id="bt-diagram-h">Lược đồ</h2>{}</section>'
            ).format(Markup(svg))
        newer = self.graph.superseded_by(d)
        if newer:
            out["superseded_by"] = Markup(", ").join(
                Markup('<a href="{}">{}</a>').format(relative_url(n.url, page_url), n.title)
                for n in newer
            )
        if d.stub and self.graph.date_is_estimate(d):
            out["date_note"] = Markup("chưa rõ (được dẫn chiếu từ {})").format(
                d.date.strftime("%d/%m/%Y")
            )
        return out

    def _render_stubs(
        self, spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
    ) -> Markup:
        rows = [
            (stub, [rel.source for rel in self.graph.incoming(stub)]) for stub in self.graph.stubs
        ]
        return render_template("stubs.html", stubs=rows, links=links)
