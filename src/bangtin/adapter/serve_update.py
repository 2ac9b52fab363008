"""`bangtin serve`'s incremental update: an edit of a few directive files taken into the served site.

`ServeUpdate` keeps what an update needs between the edits (MkDocs' objects of the last full
build, the per-record memo, the files each feature wrote) and, for each edit, reads the files
again, makes the new records the build's (through the plugin, its `UpdateHost`) and renders only
the pages that show them (`update` does the page work on MkDocs' side).
"""

from __future__ import annotations

import copy
import dataclasses
import gc
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from mkdocs.plugins import get_plugin_logger

from bangtin.adapter.update import (
    UNKNOWN,
    Built,
    UpdateReport,
    Written,
    add_page,
    place_pages,
    remove_page,
    render_again,
    sitemap_loc,
    update_outputs,
    write_outputs,
    write_sitemap,
)
from bangtin.core.load import LoadResult, reload_directives
from bangtin.core.model import ContentError, Directive
from bangtin.features.attachments import sync_files
from bangtin.features.incremental import EVERY_RECORD, affected_pages, left_the_view
from bangtin.features.registry import Features
from bangtin.features.search.feature import INDEX_FOLDER, SearchFeature
from bangtin.links.graph import same_fields, same_links

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from bangtin.adapter.config import BangtinConfig
    from bangtin.site.pages import PageSpec, SiteIndex

__all__ = ["ServeUpdate", "UpdateHost"]

log = get_plugin_logger(__name__)


class UpdateHost(Protocol):
    """What an update reads and replaces of the plugin: its options, records and pages."""

    root: Path
    result: LoadResult | None
    features: Features | None
    index: SiteIndex | None
    specs: dict[str, PageSpec]

    @property
    def config(self) -> BangtinConfig: ...

    def plan(self) -> dict[str, PageSpec]:
        """Every generated page of the current records, by source path."""
        ...


class ServeUpdate:
    """What serve keeps from one edit to the next, and the update of an edit.

    Attributes:
        memo: each record's citations and posts (None outside serve: a one-off build).
        load_warnings: the warnings of the records as last read (a file read again replaces its own).
        built: MkDocs' objects of the last full build (None until one has reached on_env).
        written: the files each feature wrote into the served site.
    """

    def __init__(self, *, memo: dict[str, Any] | None, load_warnings: list[ContentError]) -> None:
        self.memo = memo
        self.load_warnings = list(load_warnings)
        self.built: Built | None = None
        self.written: Written = {}

    def write_outputs(self, features: Features, site_dir: Path) -> None:
        """Every feature's files, written into the served site (and noted for the next edit)."""
        self.written = write_outputs(features.items, site_dir, self.written)

    def _follow_records(self, features: Features, site_dir: Path) -> None:
        """The features' files brought to ``features``' records (a record left the view): only
        the files whose makings changed are written (`update_outputs`); the search index
        follows in `_follow_search`, its other files (the API) are written here."""
        written = dict(self.written)
        written.update(update_outputs(features.items, site_dir, written, skip=(SearchFeature,)))
        for feature in features.items:
            if isinstance(feature, SearchFeature):
                written.update(_write_beside_index(feature, site_dir, written))
        self.written = written

    def update(self, host: UpdateHost, paths: Iterable[Path]) -> UpdateReport:
        """Take an edit of a few directive files into the built site, rendering only what shows them.

        Reads the files again (a missing one was deleted), rebuilds the link graph, the posts and
        the listings from the records kept in memory, renders the pages of the changed records,
        of the records they cite or that cite them (within the lược đồ's reach), and the listings
        that include them, and removes the pages that no longer exist. A file with an error keeps
        its page as it was. The search index follows every edit (only its files that change are
        written); the posts' page and the other features' files (the exports, the feed, the
        calendars, the API) wait for the next full build, unless a record left the audience's
        view: then the posts' page is rendered again and every feature file whose makings
        changed since it was written is written again, those no longer made removed
        (`update_outputs`). The sitemap follows the pages.

        Args:
            paths: the directive files that changed (absolute, or relative to the project).

        Returns:
            What was done. Raises whatever a page's rendering raises (the caller then rebuilds
            the whole site).
        """
        # No collection while the update runs: it makes millions of short-lived objects (the
        # index's terms), and each collection they set off walks every object serve keeps
        # unfrozen (0.5-1 s of an edit's CPU at 10,000 directives); they go as they are freed.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._update(host, paths)
        finally:
            if collecting:
                gc.enable()

    def _update(self, host: UpdateHost, paths: Iterable[Path]) -> UpdateReport:
        start = time.perf_counter()
        built = self.built
        assert built is not None and host.result is not None and host.features is not None
        result, changed, errors = self._read_again(host, paths, built.config)
        if not changed:
            return UpdateReport(errors=tuple(errors), seconds=time.perf_counter() - start)
        before = {d.path: d for d in host.result.all_directives}
        # (old, new) of each record edited in place; an added or deleted file has no pair.
        pairs = [
            (before[rel], new) for rel, new in changed.items() if rel in before and new is not None
        ]
        in_place = len(pairs) == len(changed)
        bodies_only = in_place and self._same_links(pairs, same_links)
        # Other fields edited, none the link graph reads but what the texts cite: the graph is
        # kept with the records, their relations made again (`LinkGraph.with_records`).
        fields_only = in_place and not bodies_only and self._same_links(pairs, _same_fields)
        old_features, old_specs = host.features, host.specs
        edits = [new for _, new in pairs] if bodies_only else []
        # Only new and deleted files: the graph may take or drop their records alone
        # (`LinkGraph.with_files`).
        added = [new for rel, new in changed.items() if rel not in before and new is not None]
        removed = [before[rel] for rel, new in changed.items() if rel in before and new is None]
        files = (added, removed) if not pairs else ([], [])
        self._take(
            host,
            result,
            changed,
            built.config,
            edits,
            [new for _, new in pairs if fields_only],
            files,
        )
        # A body's words can change what other pages show of it (a report's "báo cáo kết quả
        # thực hiện ..." answers a directive): then those pages are rendered too.
        bodies_only = bodies_only and _same_views(pairs, old_features, host.features)
        if bodies_only:
            wanted = {new.src_uri for _, new in pairs}
        else:
            edited = [before[rel] for rel in changed if rel in before]
            edited += [d for d in changed.values() if d is not None]
            wanted = _pages_showing(host, edited, old_features)
        made = sorted(host.specs.keys() - old_specs.keys())
        gone = sorted(old_specs.keys() - host.specs.keys())
        wanted.update(made)
        # A record that left the audience's view must leave every file: what lists every
        # record (the posts' page, every feature's files) is then made again from the new ones.
        refresh = left_the_view(old_features, host.features)
        if refresh:
            wanted |= {uri for uri in EVERY_RECORD if uri in host.specs}
        # MkDocs resolves a page's links against its files: the pages this edit makes are
        # among them, and those it ends are not, before any page is rendered (a citing page
        # and the stub page its new citation makes).
        # Their sitemap entries, which a deletion takes out of the sitemap (`write_sitemap`).
        entries = [sitemap_loc(built, uri) for uri in gone]
        for uri in gone:
            remove_page(built, uri)
        for uri in made:
            add_page(built, uri, host.specs[uri])
        place_pages(built, made, host.specs)
        rendered = [uri for uri in sorted(wanted) if render_again(built, uri, host.specs.get(uri))]
        if refresh:
            self._follow_records(host.features, Path(built.config.site_dir))
        search = self._follow_search(host.features, Path(built.config.site_dir))
        if gone or made:
            write_sitemap(built, None if made else entries)
        return UpdateReport(
            refreshed=refresh,
            changed=tuple(sorted(changed)),
            rendered=tuple(rendered),
            removed=tuple(gone),
            errors=tuple(errors),
            seconds=time.perf_counter() - start,
            search=search,
        )

    def _follow_search(self, features: Features, site_dir: Path) -> tuple[int, int, float] | None:
        """The search index follows every edit: only its files that the edit changes are
        written. Returns the files rewritten, the index's files and the CPU seconds."""
        for feature in features.items:
            if not isinstance(feature, SearchFeature):
                continue
            done = feature.update_index(site_dir)
            if done is None:
                return None
            index, rewritten, seconds = done
            # Its files as they are now, so that a later whole rewrite removes what it drops.
            name = type(feature).__name__
            own = {
                rel: key
                for rel, key in self.written.get(name, {}).items()
                if not rel.startswith(f"{INDEX_FOLDER}/")
            }
            self.written = {**self.written, name: {**own, **dict.fromkeys(index, UNKNOWN)}}
            return rewritten, len(index), seconds
        return None

    def _read_again(
        self, host: UpdateHost, paths: Iterable[Path], config: MkDocsConfig
    ) -> tuple[LoadResult, dict[str, Directive | None], list[ContentError]]:
        """The directive files read again into a new load result (`reload_directives`); the
        errors of the files not taken are logged."""
        assert host.result is not None
        docs_rel = os.path.relpath(config.docs_dir, host.root)
        base = dataclasses.replace(host.result, warnings=list(self.load_warnings))
        absolute = [p if p.is_absolute() else host.root / p for p in paths]
        result, changed, errors = reload_directives(
            host.root,
            base,
            absolute,
            docs_dir=docs_rel,
            attachment_max_mb=host.config.attachment_max_mb,
        )
        for error in errors:
            log.error(str(error))
        return result, changed, errors

    def _same_links(
        self, pairs: list[tuple[Directive, Directive]], same: Callable[..., bool]
    ) -> bool:
        """True when ``same`` (`same_links`, `same_fields`) holds for every pair: with
        `same_links`, an edit of bodies only, citing the same documents as before (a typo, a
        sentence): no relation, listing or status changes, so the link graph stays and only the
        edited records' own pages are rendered again; with `same_fields`, the graph stays with
        the records' relations made again (`LinkGraph.with_records`)."""
        assert self.memo is not None  # serve keeps a memo
        mentions = self.memo.setdefault("links.mentions", {})
        return all(same(old, new, mentions) for old, new in pairs)

    def _take(
        self,
        host: UpdateHost,
        result: LoadResult,
        changed: dict[str, Directive | None],
        config: MkDocsConfig,
        body_edits: list[Directive],
        field_edits: list[Directive],
        files: tuple[list[Directive], list[Directive]] = ([], []),
    ) -> None:
        """Make ``result`` the host's: features rebuilt from the kept ones, pages planned."""
        self.load_warnings = list(result.warnings)
        before = host.features.site_files() if host.features is not None else []
        features = Features.create(
            host,
            config,
            result,
            memo=self.memo,
            previous=host.features,
            body_edits=body_edits,
            field_edits=field_edits,
            files=files,
        )
        for warning in result.warnings:
            if warning.path in changed:
                log.warning(str(warning))
        host.result, host.features, host.index = result, features, features.index
        host.specs = host.plan()
        # The directives' kept files follow the records (the full build had MkDocs copy them).
        sync_files(before, features.site_files(), Path(config.site_dir))


def _write_beside_index(feature: SearchFeature, site_dir: Path, written: Written) -> Written:
    """The search feature's files but its index (the API), as its `post_build` writes them:
    through a copy of the feature whose options leave the index out (`update_index` keeps it)."""
    name = type(feature).__name__
    options = dataclasses.replace(feature.ctx.options, search=False)
    without_index = copy.copy(feature)
    without_index.ctx = dataclasses.replace(feature.ctx, options=options)
    before = written.get(name, {})
    index = {rel: key for rel, key in before.items() if rel.startswith(f"{INDEX_FOLDER}/")}
    rest = {rel: key for rel, key in before.items() if rel not in index}
    made = write_outputs([without_index], site_dir, {name: rest})
    return {name: {**made.get(name, {}), **index}}


def _same_fields(old: Directive, new: Directive, _mentions: object) -> bool:
    return same_fields(old, new)


def _same_views(pairs: list[tuple[Directive, Directive]], old: Features, new: Features) -> bool:
    """True when no feature shows the edited records differently on other pages."""
    return all(
        [f.record_view(a) for f in old.items] == [f.record_view(b) for f in new.items]
        for a, b in pairs
    )


def _pages_showing(host: UpdateHost, edited: list[Directive], old_features: Features) -> set[str]:
    """The pages that show the edited records, before or after the edit."""
    assert host.features is not None
    wanted = affected_pages(old_features, host.features, edited, host.specs)
    if "index.md" not in host.specs:
        wanted.add("index.md")  # an editor's own home page still lists the latest documents
    return wanted
