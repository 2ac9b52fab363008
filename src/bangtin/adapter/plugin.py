"""The MkDocs plugin: a thin adapter that loads the records and hands them to MkDocs as pages.

Everything the portal knows lives in the packages below; this module only translates between
them and MkDocs' events, a table of hooks that call named collaborators: the plugin's options
(`config`), the theme's additions (`theme`), MkDocs' files (`files`), the build's work beside
its pages (`background`), the forked page workers (`workers`), the generated pages' rendering
and the warm build's caches (`rendering`), the default navigation (`nav`) and serve's
incremental updates (`serve_update`, `update`).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from bangtin.adapter.background import start_build_work
from bangtin.adapter.config import BangtinConfig
from bangtin.adapter.convert import use_cache
from bangtin.adapter.errors import ContentErrors
from bangtin.adapter.files import (
    add_assets,
    add_generated_pages,
    drop_unshown_files,
    include_in_nav,
    mark_deferred,
    staging_site,
)
from bangtin.adapter.nav import default_nav, nav_paths
from bangtin.adapter.rendering import (
    PageCaches,
    PageRenderer,
    deferred_pages,
    escape_meta,
    generated_content,
    generated_meta,
    own_content,
)
from bangtin.adapter.serve_update import ServeUpdate
from bangtin.adapter.shell import Shells
from bangtin.adapter.theme import configure_theme
from bangtin.adapter.update import Built, UpdateReport
from bangtin.adapter.workers import (
    SKIP_TEMPLATE,
    PagePool,
    Workers,
    choose_deferred,
    process_count,
)
from bangtin.core.kept import KeptWork
from bangtin.core.load import LoadResult, load_project, parse_audience
from bangtin.core.model import ContentError, Visibility
from bangtin.features.registry import Features
from bangtin.site import progress
from bangtin.site.pages import PageSpec, SiteIndex, plan_pages
from bangtin.site.publish import AtomicSite
from bangtin.site.render import safe_toc, sanitize

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

__all__ = ["BangtinConfig", "BangtinPlugin", "ContentErrors", "UpdateReport"]

log = get_plugin_logger(__name__)

# Warnings after this many are summarised in one line ("và 37 trường hợp khác").
MAX_WARNINGS_SHOWN = 30
KEPT_FILE = Path(".cache") / "bangtin" / "kept.pickle"
# Plugin options that change how a build runs, not what it writes.
_RUN_OPTIONS = frozenset({"workers"})


class BangtinPlugin(BasePlugin[BangtinConfig]):  # type: ignore[no-untyped-call]
    """Turns directives, themes, units, practices and news into the portal's pages."""

    supports_multiple_instances = False

    def __init__(self) -> None:
        self._command: str | None = None
        self._atomic: AtomicSite | None = None
        self._complete = False
        self._reset()

    def _reset(self) -> None:
        self.result: LoadResult | None = None
        self.index: SiteIndex | None = None
        self.features: Features | None = None
        self.specs: dict[str, PageSpec] = {}
        self.deferred: frozenset[str] = frozenset()
        self.root = Path.cwd()
        self._visible_pages: set[str] = set()
        self._nav: Navigation | None = None
        # Forked processes: the cards and features' files (on_config), the pages (on_env).
        self._workers: list[Workers] = []
        self._pool: PagePool | None = None
        # `bangtin build`: the last build's pages and conversions, reused where nothing changed.
        self._caches = PageCaches()
        use_cache(None)
        # Generated pages the main process rendered, spliced into Material's shell at on_env.
        self._to_splice: list[Page] = []
        # `bangtin serve`: what its incremental rebuilds keep (see `update_directives`).
        self._serve = ServeUpdate(memo=None, load_warnings=[])

    # --- global events -------------------------------------------------------------------------

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self._command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        audience = _audience(self.config.audience)
        building = self._command == "build"
        if self._command != "serve":  # before any work: the site folder may be refused
            own = self.config.directives_dir
            self._atomic = staging_site(self._command, config, root=self.root, directives=own)
            self._complete = False
        # A build writes the record cache beside its own work (`start_build_work`).
        later: list[Callable[[], None]] = []
        result = _load(self.root, config, self.config, audience, later if building else None)
        if building:
            gc.freeze()  # the records live to the end of the build (see on_env)
        self.result = result
        progress.current().stage("Liên kết văn bản")
        # Serve keeps each record's citations and posts, so that an edit costs little.
        memo: dict[str, Any] | None = {} if self._command == "serve" else None
        self._serve = ServeUpdate(memo=memo, load_warnings=result.warnings)
        kept = KeptWork(self.root / KEPT_FILE) if building else None
        self.features = Features.create(self, config, result, memo=memo, kept=kept)
        self.index = self.features.index
        configure_theme(config, self.features, search=bool(self.config.search))
        if building:
            assert self._atomic is not None and kept is not None
            config.site_dir = str(self._atomic.staging)
            self._workers += start_build_work(self.features, self._atomic, self.root, later, kept)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        assert self.result is not None and self.features is not None
        audience = self.result.registry.audience
        self._visible_pages = {p for p, v in self.result.pages.items() if v.visible_to(audience)}
        hidden = self.features.hidden_files()
        drop_unshown_files(
            files, config, root=self.root, visible_pages=self._visible_pages, hidden_assets=hidden
        )
        self.specs.update(add_generated_pages(files, config, self.plan().values()))
        # The directives' kept files, beside their pages (only this audience's records give any).
        for uri, source in self.features.site_files():
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        # `serve` runs a live-reload server thread: no fork there (and previews are incremental).
        self.deferred = choose_deferred(
            self.specs, 0 if self._command == "serve" else self.config.workers
        )
        mark_deferred(files, self.deferred)
        add_assets(files, config)
        if config.nav is None:
            config.nav = default_nav(self.specs, self._visible_pages)
            include_in_nav(files, nav_paths(config.nav))
        if self._command == "build":
            options = {k: v for k, v in self.config.items() if k not in _RUN_OPTIONS}
            target = self._atomic.target if self._atomic is not None else None
            self._caches = PageCaches.start(
                self.root, target, config, options, self.features, files
            )
        return files

    def plan(self) -> dict[str, PageSpec]:
        """Every generated page, by source path."""
        assert self.index is not None and self.features is not None
        specs = plan_pages(self.index) + self.features.pages()
        if "index.md" not in self._visible_pages:
            specs.append(PageSpec(src_uri="index.md", title="Trang chủ", kind="home"))
        return {spec.src_uri: spec for spec in specs}

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        spec = self.specs.get(page.file.src_uri)
        if spec is not None:
            generated_meta(page, spec)
            if spec.src_uri in self.deferred:
                return ""  # rendered by a worker process (see on_env)
        else:
            escape_meta(page)
        if self.features is not None:
            self.features.begin_page(spec, page.file.src_uri)
        return None

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        assert self.index is not None and self.features is not None
        spec = self.specs.get(page.file.src_uri)
        if spec is not None and spec.src_uri in self.deferred:
            return ""
        safe = Markup(sanitize(html))
        safe_toc(page.toc)  # the ids sanitize gave the headings
        if spec is None:
            return own_content(page, safe, self.index, self.features)
        if self._command != "serve":  # serve renders its pages again one by one (`update`)
            self._to_splice.append(page)
        return generated_content(spec, page, safe, self.index, self.features)

    def on_nav(
        self, nav: Navigation, /, *, config: MkDocsConfig, files: Files
    ) -> Navigation | None:
        self._nav = nav
        return None

    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment | None:
        assert self.features is not None and self.index is not None
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        pages = deferred_pages(doc_files, self.deferred, self.specs)
        self._pool = None
        renderer = None
        if self._nav is not None:
            self._serve.built = Built(
                config=config, files=files, doc_files=list(doc_files), nav=self._nav, env=env
            )
            renderer = PageRenderer(
                specs=self.specs,
                index=self.index,
                features=self.features,
                nav=self._nav,
                caches=self._caches,
                shells=Shells(config, doc_files, self._nav, env),
                to_splice=self._to_splice,
            )
            self._pool = renderer.pool(
                pages, config=config, files=files, doc_files=doc_files, env=env
            )
        # A build started the features' background work in on_config; `serve` (no fork from
        # its server) draws here the cards the cache lacks, when there are many.
        jobs = self.features.background() if self._command != "build" else []
        forks = process_count(self.config.workers) - 1 if self._pool is not None else 0
        if self._command == "build" and forks:
            # The build's objects live to its end: out of the collector's sight, no process
            # walks them again (a full collection over 10,000 records costs a second) nor
            # copies the pages it walks from the one they were forked from.
            gc.freeze()
        started = Workers.start(jobs, self._pool, forks)
        self._workers += [started] if started is not None else []
        progress.current().stage("Dựng trang", len(doc_files))
        if renderer is not None:
            renderer.splice_own()
        self._to_splice = []
        # The main process still builds these pages, but with an empty template: MkDocs then
        # writes nothing for them and the workers' files stay.
        for page in pages:
            page.meta["template"] = SKIP_TEMPLATE
        return None

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        progress.current().advance()
        return None

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.features is not None
        pool, self._pool = self._pool, None
        # The workers stay listed until they are joined: should the main process's own share of
        # the pages fail, on_build_error stops them before the staging folder is thrown away
        # (they went on writing pages into it, beside the published site).
        _finish_pages(pool, self._workers)
        self._workers = []
        if self._atomic is not None:
            self._atomic.join_early()
        self._caches.finish()
        progress.current().stage("Bài đăng, lịch, chỉ mục tìm kiếm")
        if self._command == "serve":  # an edit writes them again (`update_directives`)
            self._serve.write_outputs(self.features, Path(config.site_dir))
        else:
            self.features.post_build(Path(config.site_dir))  # what did not run beside the pages
        progress.current().finish()
        # Only a build that got this far may be published: an interrupted one (Ctrl-C, a killed
        # worker) skips on_build_error but still reaches on_shutdown with half a site.
        self._complete = True

    def on_build_error(self, *, error: Exception) -> None:
        started, self._workers = self._workers, []
        for workers in started:
            workers.stop()
        if self._atomic is not None:
            self._atomic.abandon()
            self._atomic = None

    def on_shutdown(self) -> None:
        if self._atomic is not None:
            if self._complete:
                self._atomic.publish()
            else:
                self._atomic.abandon()
            self._atomic = None
        if self._command == "build":
            gc.unfreeze()  # what the build froze may be collected by a process that goes on

    # --- incremental rebuilds (bangtin serve) ----------------------------------------------------

    @property
    def can_update(self) -> bool:
        """True once a full build kept what `update_directives` needs (MkDocs' objects)."""
        return self._serve.built is not None

    def update_directives(self, paths: Iterable[Path]) -> UpdateReport:
        """Take an edit of a few directive files into the built site (`ServeUpdate.update`)."""
        return self._serve.update(self, paths)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        for path in (self.root / self.config.directives_dir,):
            if path.exists():
                server.watch(str(path))
        return server


def _finish_pages(pool: PagePool | None, started: list[Workers]) -> None:
    """The main process's share of the pool, then the build's processes waited for: their
    warnings logged, their failures raised."""
    if pool is not None:
        progress.current().stage("Dựng văn bản")
        for message in pool.drain():
            log.warning(message)
    progress.current().stage("Chờ các tiến trình dựng trang")
    failed: list[str] = []
    for workers in started:
        for message in workers.join():
            log.warning(message)
        for line in workers.summaries:
            log.info(line, extra={"summary": True})
        failed.extend(workers.failed)
    if failed:
        raise PluginError("\n".join(failed))


def _audience(option: str) -> Visibility:
    """The build's audience: BANGTIN_AUDIENCE, else the plugin's option."""
    try:
        return parse_audience(os.environ.get("BANGTIN_AUDIENCE") or option)
    except ValueError as exc:
        raise PluginError(f"BANGTIN_AUDIENCE: {exc}") from None


def _load(
    root: Path,
    config: MkDocsConfig,
    options: BangtinConfig,
    audience: Visibility,
    later: list[Callable[[], None]] | None,
) -> LoadResult:
    """The project's records for ``audience``; their errors stop the build, their warnings are
    logged (the first `MAX_WARNINGS_SHOWN`)."""
    progress.current().stage("Đọc nội dung")
    result = load_project(
        root,
        audience=audience,
        docs_dir=os.path.relpath(config.docs_dir, root),
        directives_dir=options.directives_dir,
        later=later,
        attachment_max_mb=options.attachment_max_mb,
    )
    if result.errors:
        raise ContentErrors(result.errors)
    _log_warnings(result.warnings)
    return result


def _log_warnings(warnings: list[ContentError]) -> None:
    for warning in warnings[:MAX_WARNINGS_SHOWN]:
        log.warning(str(warning))
    if len(warnings) > MAX_WARNINGS_SHOWN:
        log.warning(
            f"và {len(warnings) - MAX_WARNINGS_SHOWN} cảnh báo khác (chạy `bangtin check` để xem hết)"
        )
