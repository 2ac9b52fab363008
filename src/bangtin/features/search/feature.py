"""The search feature in a build: the static index, the lookup page /tra-cuu/ and the JSON API.

`index` writes the index files, `documents` says what each page puts in them, `api` writes
``/api/van-ban.json``; this module decides what goes in: only the pages and records this build's
audience may see (the audience filter ran before any of it).
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from markupsafe import Markup

from bangtin.core.model import Directive, Visibility
from bangtin.features.base import BuildContext, Feature
from bangtin.features.search import api
from bangtin.features.search.documents import site_docs
from bangtin.features.search.index import IndexCache, IndexStats, update_index, write_index
from bangtin.links.graph import LinkGraph, ResolvedRelation
from bangtin.site.pages import PageSpec, SiteIndex, register_renderer
from bangtin.site.render import Links, relative_url, render_template

__all__ = ["INDEX_FOLDER", "SearchFeature"]

# MkDocs prints what its "mkdocs.*" loggers say; this module imports no MkDocs.
log = logging.getLogger("mkdocs.plugins.bangtin.search")

#: Where the index goes in the built site.
INDEX_FOLDER = "search"


# id(a record's relations in the graph) -> (those relations, kept alive so that the id is not
# reused; what the API shows of them).
_REFS: dict[int, tuple[tuple[ResolvedRelation, ...], list[api.RelationRef]]] = {}
_MAX_REFS = 50_000


class SearchFeature(Feature):
    """Full-text search in the header box, /tra-cuu/ and /api/van-ban.json."""

    def __init__(self, ctx: BuildContext) -> None:
        super().__init__(ctx)
        register_renderer("lookup", self._render_lookup)

    def extra_css(self) -> list[str]:
        css = ["assets/bangtin/lookup.css"]
        return ["assets/bangtin/search.css", *css] if self.ctx.options.search else css

    def extra_javascript(self) -> list[str]:
        search = ["assets/bangtin/search.js"] if self.ctx.options.search else []
        # highlight.js first: the header search and the lookup page both mark with it.
        return ["assets/bangtin/highlight.js", *search, "assets/bangtin/lookup.js"]

    def pages(self) -> list[PageSpec]:
        return [PageSpec(src_uri="tra-cuu/index.md", title="Tra cứu văn bản", kind="lookup")]

    def _render_lookup(
        self, spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
    ) -> Markup:
        base = relative_url("", spec.url).rstrip("/") or "."
        return render_template("tra-cuu.html", base_url=base)

    def _relations(self, d: Directive) -> list[api.RelationRef]:
        graph: LinkGraph | None = self.ctx.state.get("links.graph")
        if graph is None:
            return []
        rels = graph.outgoing(d)
        if not rels:
            return []
        # Kept by the graph's tuple, which serve keeps while the record's relations stay
        # (`LinkGraph.with_files`...): the API is written again after a new or deleted file.
        held = _REFS.get(id(rels))
        if held is not None and held[0] is rels:
            return held[1]
        refs = [
            api.RelationRef(
                kind=rel.kind.value,
                number=str(rel.number),
                url=rel.target.url if rel.target is not None else None,
            )
            for rel in rels
        ]
        if len(_REFS) >= _MAX_REFS:
            _REFS.clear()
        _REFS[id(rels)] = (rels, refs)
        return refs

    def _write_index(self, target: Path) -> IndexStats:
        """The whole index into an empty folder: in serve, through the cache the updates after
        the edits start from (what it builds and counts is kept; the files are all written)."""
        cache = self._cache()
        if cache is None:
            return write_index(
                site_docs(self.ctx.site_index()), target, workers=min(os.cpu_count() or 1, 4)
            )
        cache.files = None  # compared with the empty folder: every file written
        cache.slots = None  # ids laid out afresh: the holes serve's deletions left go
        cache.stats = None  # the statistics counted afresh, and kept for the edits after it
        return update_index(site_docs(self.ctx.site_index()), target, cache)[0]

    def _cache(self) -> IndexCache | None:
        """What serve keeps of the index between edits (None outside serve)."""
        if self.ctx.memo is None:
            return None
        cache = self.ctx.memo.setdefault("search.index", IndexCache())
        assert isinstance(cache, IndexCache)
        return cache

    def update_index(self, site_dir: Path) -> tuple[list[str], int, float] | None:
        """Bring the served site's index up to this build's records (`bangtin serve`, after an
        edit): only the documents that changed are built again and only the files whose bytes
        change are written (``index.update_index``), what serve keeps between the edits in its
        memo.

        Returns:
            Every file of the index (relative to ``site_dir``), how many were rewritten and the
            CPU seconds it took; None when search is off or outside serve.
        """
        cache = self._cache()
        if not self.ctx.options.search or cache is None:
            return None
        started = time.process_time()
        _, rewritten = update_index(
            site_docs(self.ctx.site_index()), site_dir / INDEX_FOLDER, cache
        )
        files = [f"{INDEX_FOLDER}/{name}" for name in sorted(cache.files or ())]
        return files, len(rewritten), time.process_time() - started

    def post_build(self, site_dir: Path) -> None:
        reg = self.ctx.registry
        api.write_registry_json(
            reg.directives,
            site_dir / "api" / "van-ban.json",
            issuer_name=reg.unit_name,
            relations=self._relations,
            include_visibility=reg.audience is not Visibility.PUBLIC,
        )
        if self.ctx.options.search:
            started = time.perf_counter()
            stats = self._write_index(site_dir / INDEX_FOLDER)
            log.info(
                "Chỉ mục tìm kiếm: %d trang, %d từ khóa, %d phần, %.1f MB, ghi trong %.2f giây.",
                stats.pages,
                stats.terms,
                stats.shards,
                stats.bytes / 1e6,
                time.perf_counter() - started,
                extra={"summary": True},
            )
