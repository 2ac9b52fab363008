"""The MkDocs plugin: a thin adapter that loads the records and hands them to MkDocs as pages.

Everything the portal knows lives in the packages below; this module only translates between
them and MkDocs' events. Its neighbours in the adapter hold the plugin's options (`config`), the
forked page workers (`workers`), the default navigation (`nav`) and what serve's incremental
updates do on MkDocs' side (`update`).
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from markupsafe import Markup, escape
from mkdocs.commands.build import _build_page
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc

from bangtin.adapter.config import BangtinConfig
from bangtin.adapter.convert import GeneratedPage, MarkdownCache, markdown_salt, use_cache
from bangtin.adapter.errors import ContentErrors, SiteDirRefused
from bangtin.adapter.nav import default_nav, nav_paths
from bangtin.adapter.reuse import PageReuse, page_salt, reuse_mode
from bangtin.adapter.shell import Shells
from bangtin.adapter.update import (
    Built,
    UpdateReport,
    Written,
    remove_page,
    render_again,
    write_outputs,
    write_sitemap,
)
from bangtin.adapter.workers import (
    SKIP_TEMPLATE,
    PagePool,
    Workers,
    can_fork,
    choose_deferred,
    process_count,
)
from bangtin.core.kept import KeptWork, package_digest
from bangtin.core.load import LoadResult, load_project, parse_audience, reload_directives
from bangtin.core.model import ContentError, Directive
from bangtin.features.attachments import sync_files
from bangtin.features.incremental import EVERY_RECORD, affected_pages, left_the_view
from bangtin.features.registry import Features
from bangtin.links.graph import same_links
from bangtin.site import progress
from bangtin.site.outputs import KeptOutputs
from bangtin.site.pages import PageSpec, SiteIndex, home_block, plan_pages, render_page
from bangtin.site.publish import AtomicSite, UnsafeSiteDir, check_site_dir, project_folders
from bangtin.site.render import safe_toc, sanitize

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.livereload import LiveReloadServer
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

__all__ = ["BangtinConfig", "BangtinPlugin", "ContentErrors", "UpdateReport"]

log = get_plugin_logger(__name__)

SITE_DIR = Path(__file__).parent.parent / "site"
ASSETS_DIR = SITE_DIR / "assets"
OVERRIDES_DIR = SITE_DIR / "templates" / "overrides"
# Warnings after this many are summarised in one line ("và 37 trường hợp khác").
MAX_WARNINGS_SHOWN = 30
# Folders of docs_dir that hold records, not pages.
DATA_FOLDERS = ("themes/", "practices/", "news/")
DATA_FILES = ("units.yml",)
MARKDOWN_CACHE = Path(".cache") / "bangtin" / "markdown"
PAGES_CACHE = Path(".cache") / "bangtin" / "pages"
KEPT_FILE = Path(".cache") / "bangtin" / "kept.pickle"
TRASH = Path(".cache") / "bangtin" / "trash"
OUTPUTS = Path(".cache") / "bangtin" / "outputs"
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
        self._nav: Navigation | None = None
        # Forked processes: the cards (on_config), the features' files (on_files), the pages.
        self._workers: list[Workers] = []
        self._pool: PagePool | None = None
        # `bangtin build`: the conversions of the last build, reused where nothing changed.
        self._markdown: MarkdownCache | None = None
        use_cache(None)
        # `bangtin build`: the pages of the last build, linked where nothing they show changed.
        self._reuse: PageReuse | None = None
        # Material's shells of this build, made at on_env: forked workers inherit them.
        self._shell_set: Shells | None = None
        # Generated pages the main process rendered, spliced into Material's shell at on_env.
        self._to_splice: list[Page] = []
        self.root = Path.cwd()
        # Kept for `bangtin serve`'s incremental rebuilds (see `update_directives`).
        self._memo: dict[str, Any] | None = None
        self._load_warnings: list[ContentError] = []
        self._visible_pages: set[str] = set()
        self._mkdocs: Built | None = None
        # `bangtin serve`: the files each feature wrote into the site (`write_outputs`).
        self._written: Written = {}

    # --- global events -------------------------------------------------------------------------

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        self._command = command

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        self._reset()
        self.root = Path(config.config_file_path or "mkdocs.yml").resolve().parent
        try:
            audience = parse_audience(os.environ.get("BANGTIN_AUDIENCE") or self.config.audience)
        except ValueError as exc:
            raise PluginError(f"BANGTIN_AUDIENCE: {exc}") from None
        if self._command != "serve":  # before any work: the site folder may be refused
            self._atomic = self._atomic_site(config)
            self._complete = False
        docs_rel = os.path.relpath(config.docs_dir, self.root)
        progress.current().stage("Đọc nội dung")
        # A build writes the record cache beside its own work (see below).
        later: list[Callable[[], None]] | None = [] if self._command == "build" else None
        result = load_project(
            self.root,
            audience=audience,
            docs_dir=docs_rel,
            directives_dir=self.config.directives_dir,
            later=later,
            attachment_max_mb=self.config.attachment_max_mb,
        )
        if result.errors:
            raise ContentErrors(result.errors)
        _log_warnings(result.warnings)
        if self._command == "build":
            gc.freeze()  # the records live to the end of the build (see on_env)
        self.result = result
        self._load_warnings = list(result.warnings)
        progress.current().stage("Liên kết văn bản")
        # Serve keeps each record's citations and posts, so that an edit costs little.
        self._memo = {} if self._command == "serve" else None
        kept = KeptWork(self.root / KEPT_FILE) if self._command == "build" else None
        self.features = Features.create(self, config, result, memo=self._memo, kept=kept)
        self.index = self.features.index
        self._configure_theme(config, self.features)
        if self._command == "build":
            assert self._atomic is not None
            config.site_dir = str(self._atomic.staging)
            assert kept is not None and later is not None
            if can_fork():
                # From now on, beside the build's start and its pages: the cards (into their
                # cache), and the features' files that need no page (exports, calendars, the
                # search index) into a folder of their own (MkDocs empties the staging folder
                # before it reads the files), in two processes.
                gc.freeze()  # see on_env
                outputs = None
                if reuse_mode() == "on":  # off and check write every file
                    outputs = KeptOutputs(
                        self.root / OUTPUTS, self._atomic.target, package_digest()
                    )
                for group in self.features.job_groups(self._atomic.early, outputs):
                    self._start(Workers.start(group, None, 1))
            if reuse_mode() != "off":
                self.features.page_inputs()  # its kept faces are saved with the rest
            later.append(kept.save)
            if can_fork():
                gc.freeze()  # see on_env
                self._start(Workers.start([functools.partial(_run_later, later)], None, 1))
            else:
                _run_later(later)
        return config

    def _atomic_site(self, config: MkDocsConfig) -> AtomicSite | None:
        """The staging folder of a build (None for another command, such as gh-deploy, whose
        MkDocs empties the site folder itself); a site folder a build must not replace (the
        project's own folders, a folder bangtin did not build) stops it here."""
        site = Path(config.site_dir)
        own = project_folders(
            self.root, config.docs_dir, config.theme.custom_dir, self.config.directives_dir
        )
        try:
            if self._command != "build":
                check_site_dir(site, self.root, own)
                return None
            return AtomicSite(site, project=self.root, own=own, trash=self.root / TRASH)
        except UnsafeSiteDir as exc:
            raise SiteDirRefused(str(exc)) from None

    def _configure_theme(self, config: MkDocsConfig, features: Features) -> None:
        """bangtin's templates, styles, scripts and Markdown extensions, added to MkDocs' config."""
        # The intranet has no internet: never let Material fetch Google Fonts.
        if config.theme.get("font"):
            config.theme["font"] = False
        _insert_overrides(config)
        # The header shows bangtin's search box only when the index is built.
        config.extra["bangtin_search"] = bool(self.config.search)
        for css in ("assets/bangtin/bangtin.css", *features.extra_css()):
            if css not in config.extra_css:
                config.extra_css.append(css)
        for js in features.extra_javascript():
            if js not in config.extra_javascript:
                config.extra_javascript.append(js)
        config.markdown_extensions.extend(features.markdown_extensions())

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        assert self.result is not None
        self._visible_pages = {
            path
            for path, vis in self.result.pages.items()
            if vis.visible_to(self.result.registry.audience)
        }
        self._drop_unshown_files(files, config)
        self._add_generated_pages(files, config)
        # The directives' kept files, beside their pages (only this audience's records give any).
        for uri, source in self.features.site_files():  # type: ignore[union-attr]
            files.append(File.generated(config, uri, abs_src_path=str(source)))
        # `serve` runs a live-reload server thread: no fork there (and previews are incremental).
        workers = 0 if self._command == "serve" else self.config.workers
        self.deferred = choose_deferred(self.specs, workers)
        for uri in self.deferred:
            page = files.src_uris[uri].page
            if isinstance(page, GeneratedPage):
                page.later = True
        for asset in sorted(ASSETS_DIR.rglob("*")):
            if asset.is_file():
                uri = f"assets/bangtin/{asset.relative_to(ASSETS_DIR).as_posix()}"
                files.append(File.generated(config, uri, abs_src_path=str(asset)))
        if config.nav is None:
            config.nav = default_nav(self.specs, self._visible_pages)
            for item in nav_paths(config.nav):
                in_nav = files.get_file_from_path(item)
                if in_nav is not None:
                    in_nav.inclusion = InclusionLevel.INCLUDED
        if self._command == "build":
            self._start_caches(config, files)
        return files

    def _start_caches(self, config: MkDocsConfig, files: Files) -> None:
        """The last build's pages and conversions, for this build's pages (see `reuse`)."""
        assert self.features is not None
        reuse = None
        if reuse_mode() != "off" and self._atomic is not None:
            options = {k: v for k, v in self.config.items() if k not in _RUN_OPTIONS}
            reuse = PageReuse(
                self.root / PAGES_CACHE,
                self._atomic.target,
                page_salt(config, options, markdown_salt(config)),
                checking=reuse_mode() == "check",
            )
            reuse.set_world(self.features.page_inputs().every, files)
        self._reuse = reuse
        # Pages taken by their quick digest need no conversion looked up: a build whose world
        # is the last one's converts only the pages an edit changed, and reads no conversion.
        read = reuse is None or not reuse.same_world or reuse.checking
        self._markdown = MarkdownCache(self.root / MARKDOWN_CACHE, config, read=read)
        use_cache(self._markdown, self.features.markdown_lookups, self.features.lookups_hold)

    def _drop_unshown_files(self, files: Files, config: MkDocsConfig) -> None:
        """Remove the docs_dir files this build must not publish: records' files, pages and
        attachments the audience may not see, and links out of the project."""
        assert self.features is not None
        hidden_assets = self.features.hidden_files()
        for file in list(files):
            if file.generated_by is not None:
                continue
            uri = file.src_uri
            if _escapes(file.abs_src_path, config.docs_dir, self.root):
                # MkDocs follows symlinks out of docs_dir and copies what they point at. The
                # loader reports such links as errors; this is the net should it ever miss one.
                log.warning(f"{config.docs_dir}/{uri}: trỏ ra ngoài thư mục dự án; không đăng")
                files.remove(file)
                continue
            if file.is_documentation_page():
                if uri.startswith(DATA_FOLDERS) or uri not in self._visible_pages:
                    files.remove(file)
            elif uri in DATA_FILES or uri.startswith(DATA_FOLDERS) or uri in hidden_assets:
                files.remove(file)

    def _add_generated_pages(self, files: Files, config: MkDocsConfig) -> None:
        """Add bangtin's pages to MkDocs' files (out of the navigation), over an editor's own."""
        for spec in self._plan().values():
            existing = files.get_file_from_path(spec.src_uri)
            if existing is not None:
                log.warning(
                    f"{config.docs_dir}/{spec.src_uri}: trùng đường dẫn với trang do bangtin tạo; "
                    "trang của bangtin được dùng"
                )
                files.remove(existing)
            self.specs[spec.src_uri] = spec
            file = File.generated(
                config, spec.src_uri, content=spec.markdown, inclusion=InclusionLevel.NOT_IN_NAV
            )
            GeneratedPage(None, file, config)  # sets file.page; MkDocs then keeps it
            files.append(file)

    def _plan(self) -> dict[str, PageSpec]:
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
            page.meta = {"title": Markup(escape(spec.title))}
            if spec.description:
                page.meta["description"] = Markup(escape(" ".join(spec.description.split())[:300]))
            page.title = page.meta["title"]
            if spec.src_uri in self.deferred:
                return ""  # rendered by a worker process (see on_env)
            if self.features is not None:
                self.features.begin_page(spec, spec.src_uri)
        else:
            # Material prints these unescaped: an editor's page title must not become markup.
            for key in ("title", "description"):
                if key in page.meta and page.meta[key] is not None:
                    page.meta[key] = Markup(escape(str(page.meta[key])))
            if self.features is not None:
                self.features.begin_page(None, page.file.src_uri)
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
            if page.title is not None and not isinstance(page.title, Markup):
                page.title = Markup(escape(str(page.title)))
            if page.file.abs_src_path:
                safe = safe + self.features.page_footer(page.file.abs_src_path)
            if page.is_homepage:
                return str(safe + home_block(self.index, page.url))
            return str(safe)
        if self._command != "serve":  # serve renders its pages again one by one (`update`)
            self._to_splice.append(page)
        return self._generated_content(spec, page, safe)

    def _generated_content(self, spec: PageSpec, page: Page, safe: Markup) -> str:
        assert self.index is not None and self.features is not None
        page.title = Markup(escape(spec.title))
        extras = self.features.extras(spec, page.url)
        out = render_page(spec, self.index, body=safe, extras=extras)
        if spec.kind == "home":
            out = out + home_block(self.index, page.url)
        head = self.features.head(spec, page.url)
        if head:
            page.meta["bangtin_head"] = head
        return str(out)

    def on_nav(
        self, nav: Navigation, /, *, config: MkDocsConfig, files: Files
    ) -> Navigation | None:
        self._nav = nav
        return None

    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment | None:
        assert self.features is not None
        doc_files = files.documentation_pages(inclusion=InclusionLevel.is_included)
        if self._nav is not None:
            self._mkdocs = Built(
                config=config, files=files, doc_files=list(doc_files), nav=self._nav, env=env
            )
        pages = [f.page for f in doc_files if f.src_uri in self.deferred and f.page is not None]
        # The listings first: the longest pages start early and the pool ends evenly.
        pages.sort(key=lambda p: self.specs[p.file.src_uri].kind == "directive")
        self._pool = None
        if self._nav is not None:
            self._shell_set = Shells(config, doc_files, self._nav, env)
        if pages:
            render = functools.partial(
                self._render_pages, config=config, files=files, doc_files=doc_files, env=env
            )

            self._pool = PagePool(pages, render, self._save_parts)
        # A build started the features' background work in on_config; `serve` (no fork from
        # its server) draws here the cards the cache lacks, when there are many.
        jobs = self.features.background() if self._command != "build" else []
        forks = process_count(self.config.workers) - 1 if self._pool is not None else 0
        if self._command == "build" and forks:
            # The build's objects live to its end: out of the collector's sight, no process
            # walks them again (a full collection over 10,000 records costs a second) nor
            # copies the pages it walks from the one they were forked from.
            gc.freeze()
        self._start(Workers.start(jobs, self._pool, forks))
        progress.current().stage("Dựng trang", len(doc_files))
        self._splice_own(config, doc_files, env)
        # The main process still builds these pages, but with an empty template: MkDocs then
        # writes nothing for them and the workers' files stay.
        for page in pages:
            page.meta["template"] = SKIP_TEMPLATE
        return None

    def _splice_own(
        self, config: MkDocsConfig, doc_files: Sequence[File], env: jinja2.Environment
    ) -> None:
        """Write the main process's generated pages spliced into Material's shell; MkDocs' own
        loop then skips them (an empty template) and writes only those that cannot be."""
        pages, self._to_splice = self._to_splice, []
        if self._shell_set is None or not pages:
            return
        shells = self._shell_set
        for page in pages:
            if shells.try_write(page):
                page.meta["template"] = SKIP_TEMPLATE
        log.debug(f"{shells.spliced} of {len(pages)} pages spliced into Material's shell")

    def _took(self, reuse: PageReuse, page: Page, previous: Path | None, quick: bytes) -> bool:
        """Link the last build's file of ``page`` (``previous``) into this build's site."""
        if previous is None or reuse.checking or not reuse.link(page, previous, quick):
            return False
        if self._markdown is not None:
            self._markdown.carry(page.file.src_uri, self.specs[page.file.src_uri].markdown)
        page.markdown = page.content = None
        page.toc = get_toc([])
        return True

    def _fill(
        self, spec: PageSpec, page: Page, kept: tuple[str, str] | None, *, checking: bool
    ) -> None:
        """bangtin's content of ``page``: the last build's (``kept``) or rendered (`check`:
        rendered and compared with the last build's)."""
        safe_toc(page.toc)  # the ids sanitize gives the headings
        if kept is not None and not checking:
            page.title = Markup(escape(spec.title))
            page.content, head = kept
            if head:
                page.meta["bangtin_head"] = Markup(head)
            return
        page.content = self._generated_content(spec, page, Markup(sanitize(page.content or "")))
        if kept is not None:
            _compare_content(page, kept)

    def _save_parts(self) -> None:
        """What this process kept for the next build (run by each worker at its end)."""
        if self._markdown is not None:
            self._markdown.save_part()
        if self._reuse is not None:
            self._reuse.save_part()

    def _render_pages(
        self,
        pages: list[Page],
        *,
        config: MkDocsConfig,
        files: Files,
        doc_files: Sequence[File],
        env: jinja2.Environment,
    ) -> list[str]:
        """From the pool, in any process: Markdown, bangtin's content and Material's page, written.

        Material's page is spliced into its shell where the shell proves the same (`Shells`).
        """
        assert self._nav is not None and self.features is not None
        shells = self._shell_set or Shells(config, doc_files, self._nav, env)
        reuse = self._reuse if shells.enabled else None
        for page in pages:
            spec = self.specs[page.file.src_uri]
            page.markdown = spec.markdown
            self.features.begin_page(spec, spec.src_uri)
            if isinstance(page, GeneratedPage):
                page.later = False
            digest, quick, previous, kept = None, b"", None, None
            if reuse is not None:
                own = self.features.page_inputs().digest(spec)
                quick = reuse.quick(own)
                previous = reuse.previous(page, quick, shells, quick=True)
                if self._took(reuse, page, previous, quick):
                    continue
            page.render(config, files)
            if reuse is not None:
                digest = reuse.digest(own, page, shells.toc_html(page))
                previous = reuse.previous(page, digest, shells) or previous
                if self._took(reuse, page, previous, quick):
                    continue
                kept = reuse.content(page, digest, quick)
            self._fill(spec, page, kept, checking=reuse is not None and reuse.checking)
            page.meta.pop("template", None)  # the skip template is for MkDocs' own loop only
            if shells.try_write(page):
                if reuse is not None and digest is not None:
                    _keep(reuse, shells, page, (digest, quick), previous)
            else:
                if reuse is not None and digest is not None and (kept is None or reuse.checking):
                    reuse.keep_content(page, digest, quick)
                _build_page(page, config, doc_files, self._nav, env)
            # Written: nothing reads this page's text again in this process, and 10,000 pages'
            # Markdown and HTML held to the end of the build weigh hundreds of megabytes.
            page.markdown = page.content = None
            page.toc = get_toc([])
        return []

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        progress.current().advance()
        return None

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        assert self.features is not None
        if self._pool is not None:
            pool, self._pool = self._pool, None
            progress.current().stage("Dựng văn bản")
            for message in pool.drain():
                log.warning(message)
        progress.current().stage("Chờ các tiến trình dựng trang")
        started, self._workers = self._workers, []
        failed: list[str] = []
        for workers in started:
            for message in workers.join():
                log.warning(message)
            for line in workers.summaries:
                log.info(line, extra={"summary": True})
            failed.extend(workers.failed)
        if failed:
            raise PluginError("\n".join(failed))
        if self._atomic is not None:
            self._atomic.join_early()
        if self._markdown is not None:
            markdown, self._markdown = self._markdown, None
            use_cache(None)
            markdown.finish()
            log.debug(f"{markdown.hits} pages' Markdown taken from the last build")
        if self._reuse is not None:
            reuse, self._reuse = self._reuse, None
            reuse.finish()
            log.debug(f"{reuse.linked} pages taken from the last build")
        progress.current().stage("Bài đăng, lịch, chỉ mục tìm kiếm")
        if self._command == "serve":  # an edit writes them again (`update_directives`)
            self._written = write_outputs(self.features, Path(config.site_dir), {})
        else:
            self.features.post_build(Path(config.site_dir))  # what did not run beside the pages
        progress.current().finish()
        # Only a build that got this far may be published: an interrupted one (Ctrl-C, a killed
        # worker) skips on_build_error but still reaches on_shutdown with half a site.
        self._complete = True

    def _start(self, workers: Workers | None) -> None:
        if workers is not None:
            self._workers.append(workers)

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
        return self._mkdocs is not None

    def update_directives(self, paths: Iterable[Path]) -> UpdateReport:
        """Take an edit of a few directive files into the built site, rendering only what shows them.

        Reads the files again (a missing one was deleted), rebuilds the link graph, the posts and
        the listings from the records kept in memory, renders the pages of the changed records,
        of the records they cite or that cite them (within the lược đồ's reach), and the listings
        that include them, and removes the pages that no longer exist. A file with an error keeps
        its page as it was. The posts' page and every feature's files (the search index, the
        exports, the feed, the calendars, the API) wait for the next full build, unless a
        record left the audience's view: they are then made again from the new records. The
        sitemap follows the pages.

        Args:
            paths: the directive files that changed (absolute, or relative to the project).

        Returns:
            What was done. Raises whatever a page's rendering raises (the caller then rebuilds
            the whole site).
        """
        start = time.perf_counter()
        built = self._mkdocs
        assert built is not None and self.result is not None and self.features is not None
        result, changed, errors = self._read_again(paths, built.config)
        if not changed:
            return UpdateReport(errors=tuple(errors), seconds=time.perf_counter() - start)
        before = {d.path: d for d in self.result.all_directives}
        # (old, new) of each record edited in place; an added or deleted file has no pair.
        pairs = [
            (before[rel], new) for rel, new in changed.items() if rel in before and new is not None
        ]
        bodies_only = len(pairs) == len(changed) and self._same_links(pairs)
        old_features, old_specs = self.features, self.specs
        self._take(result, changed, built.config, [new for _, new in pairs] if bodies_only else [])
        # A body's words can change what other pages show of it (a report's "báo cáo kết quả
        # thực hiện ..." answers a directive): then those pages are rendered too.
        bodies_only = bodies_only and self._same_views(pairs, old_features)
        if bodies_only:
            wanted = {new.src_uri for _, new in pairs}
        else:
            edited = [before[rel] for rel in changed if rel in before]
            edited += [d for d in changed.values() if d is not None]
            wanted = self._pages_showing(edited, old_features)
        wanted |= self.specs.keys() - old_specs.keys()
        gone = sorted(old_specs.keys() - self.specs.keys())
        # A record that left the audience's view must leave every file: what lists every
        # record (the posts' page, every feature's files) is then made again from the new ones.
        refresh = left_the_view(old_features, self.features)
        if refresh:
            wanted |= {uri for uri in EVERY_RECORD if uri in self.specs}
        rendered = [uri for uri in sorted(wanted) if render_again(built, uri, self.specs.get(uri))]
        for uri in gone:
            remove_page(built, uri)
        if refresh:
            self._written = write_outputs(self.features, Path(built.config.site_dir), self._written)
        if gone or self.specs.keys() - old_specs.keys():
            write_sitemap(built)
        return UpdateReport(
            refreshed=refresh,
            changed=tuple(sorted(changed)),
            rendered=tuple(rendered),
            removed=tuple(gone),
            errors=tuple(errors),
            seconds=time.perf_counter() - start,
        )

    def _read_again(
        self, paths: Iterable[Path], config: MkDocsConfig
    ) -> tuple[LoadResult, dict[str, Directive | None], list[ContentError]]:
        """The directive files read again into a new load result (`reload_directives`); the
        errors of the files not taken are logged."""
        assert self.result is not None
        docs_rel = os.path.relpath(config.docs_dir, self.root)
        base = dataclasses.replace(self.result, warnings=list(self._load_warnings))
        absolute = [p if p.is_absolute() else self.root / p for p in paths]
        result, changed, errors = reload_directives(
            self.root,
            base,
            absolute,
            docs_dir=docs_rel,
            attachment_max_mb=self.config.attachment_max_mb,
        )
        for error in errors:
            log.error(str(error))
        return result, changed, errors

    def _same_links(self, pairs: list[tuple[Directive, Directive]]) -> bool:
        """True for an edit of bodies only, citing the same documents as before (a typo, a
        sentence): no relation, listing or status changes, so the link graph stays and only the
        edited records' own pages are rendered again."""
        assert self._memo is not None  # serve keeps a memo
        mentions = self._memo.setdefault("links.mentions", {})
        return all(same_links(old, new, mentions) for old, new in pairs)

    def _same_views(self, pairs: list[tuple[Directive, Directive]], old: Features) -> bool:
        """True when no feature shows the edited records differently on other pages."""
        assert self.features is not None
        new = self.features
        return all(
            [f.record_view(a) for f in old.items] == [f.record_view(b) for f in new.items]
            for a, b in pairs
        )

    def _take(
        self,
        result: LoadResult,
        changed: dict[str, Directive | None],
        config: MkDocsConfig,
        body_edits: list[Directive],
    ) -> None:
        """Make ``result`` this build's: features rebuilt from the kept ones, pages planned."""
        self._load_warnings = list(result.warnings)
        before = self.features.site_files() if self.features is not None else []
        features = Features.create(
            self, config, result, memo=self._memo, previous=self.features, body_edits=body_edits
        )
        for warning in result.warnings:
            if warning.path in changed:
                log.warning(str(warning))
        self.result, self.features, self.index = result, features, features.index
        self.specs = self._plan()
        # The directives' kept files follow the records (the full build had MkDocs copy them).
        sync_files(before, features.site_files(), Path(config.site_dir))

    def _pages_showing(self, edited: list[Directive], old_features: Features) -> set[str]:
        """The pages that show the edited records, before or after the edit."""
        assert self.features is not None
        wanted = affected_pages(old_features, self.features, edited, self.specs)
        if "index.md" not in self.specs:
            wanted.add("index.md")  # an editor's own home page still lists the latest documents
        return wanted

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        for path in (self.root / self.config.directives_dir,):
            if path.exists():
                server.watch(str(path))
        return server


def _compare_content(page: Page, kept: tuple[str, str]) -> None:
    """`check`: fail when bangtin's content of a page differs from what would be reused."""
    if (page.content or "", str(page.meta.get("bangtin_head") or "")) != kept:
        raise PluginError(
            f"BANGTIN_REUSE=check: {page.file.src_uri}: nội dung dựng lại khác nội dung của lần "
            "dựng trước dù đầu vào như nhau"
        )


def _run_later(work: list[Callable[[], None]]) -> list[str]:
    for job in work:
        job()
    return []


def _keep(
    reuse: PageReuse,
    shells: Shells,
    page: Page,
    digests: tuple[bytes, bytes],
    previous: Path | None,
) -> None:
    """Note a page just spliced for the next build; `check`: compare it with the last build's."""
    variant = shells.last_variant
    shell = shells.shell_digest(variant)
    if shell is None:
        return
    reuse.keep(page, *digests, variant, shell)
    if previous is not None:
        reuse.compare(page, previous)
        if reuse.differ:
            raise PluginError(
                f"BANGTIN_REUSE=check: {page.file.src_uri}: trang dựng lại khác trang của lần "
                "dựng trước dù đầu vào như nhau"
            )


def _log_warnings(warnings: list[ContentError]) -> None:
    for warning in warnings[:MAX_WARNINGS_SHOWN]:
        log.warning(str(warning))
    if len(warnings) > MAX_WARNINGS_SHOWN:
        log.warning(
            f"và {len(warnings) - MAX_WARNINGS_SHOWN} cảnh báo khác (chạy `bangtin check` để xem hết)"
        )


def _escapes(path: str | None, docs_dir: str, root: Path) -> bool:
    """True for a docs_dir file that is, through a symlink, really outside the project."""
    if not path or not Path(os.path.abspath(path)).is_relative_to(os.path.abspath(docs_dir)):
        return False  # theme files live in their package, not in docs_dir
    return not Path(os.path.realpath(path)).is_relative_to(root)


def _insert_overrides(config: MkDocsConfig) -> None:
    dirs: list[str] = config.theme.dirs
    if str(OVERRIDES_DIR) in dirs:
        return
    # After the portal's own theme/ (custom_dir), before Material: a portal can still override us.
    custom = config.theme.custom_dir
    position = 1 if custom and dirs and os.path.samefile(dirs[0], custom) else 0
    dirs.insert(position, str(OVERRIDES_DIR))
