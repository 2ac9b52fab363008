"""The MkDocs plugin: a thin adapter that loads the records and hands them to MkDocs as pages.

Everything the portal knows lives in the core modules; this module only translates between them
and MkDocs' events. It is one of the two modules that import mkdocs (with `cli.py`).
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from markupsafe import Markup, escape
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc

from bangtin.core.load import LoadResult, load_project, parse_audience, reload_directives
from bangtin.core.model import ContentError
from bangtin.features.incremental import affected_pages
from bangtin.features.registry import Features
from bangtin.links.graph import same_links
from bangtin.site import progress
from bangtin.site.pages import PageSpec, SiteIndex, home_block, plan_pages, render_page
from bangtin.site.publish import AtomicSite
from bangtin.site.render import sanitize

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


class ContentErrors(PluginError):
    """The content has errors: every one of them, one ``path:line: message`` per line."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = errors
        lines = [str(e) for e in errors]
        lines.append(
            f"Có {len(errors)} lỗi trong nội dung; chưa dựng trang nào, trang đang đăng vẫn giữ nguyên."
        )
        super().__init__("\n".join(lines))


class BangtinConfig(base.Config):  # type: ignore[no-untyped-call]
    """Options of the `bangtin` plugin in mkdocs.yml."""

    audience = c.Choice(("internal", "public"), default="internal")
    """Who the build is for; BANGTIN_AUDIENCE in the environment overrides it."""
    organisation = c.Type(str, default="")
    """The organisation's name, printed on social cards and posts."""
    org_hashtag = c.Type(str, default="")
    """A hashtag added to every post, without '#' (e.g. ĐảngỦyKhốiBìnhThuận)."""
    emoji = c.Type(bool, default=True)
    """Allow a few emoji in composed posts."""
    search = c.Type(bool, default=True)
    """Build the Pagefind search index after the build."""
    cards = c.Type(bool, default=True)
    """Draw a social card (PNG) for every post."""
    directives_dir = c.Type(str, default="directives")
    """Where the directive files are, relative to mkdocs.yml."""
    workers = c.Type(int, default=-1)
    """Processes that render directive pages: -1 chooses (every core, from 300 pages on);
    0 renders them in the main process, like any MkDocs page."""


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
        self._workers: _Workers | None = None
        self._own_share: Callable[[], list[str]] | None = None
        self.root = Path.cwd()
        # Kept for `bangtin serve`'s incremental rebuilds (see `update_directives`).
        self._memo: dict[str, Any] | None = None
        self._load_warnings: list[ContentError] = []
        self._visible_pages: set[str] = set()
        self._mkdocs: _Built | None = None

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
        docs_rel = os.path.relpath(config.docs_dir, self.root)
        progress.current().stage("Đọc nội dung")
        result = load_project(self.root, audience=audience, docs_dir=docs_rel)
        if result.errors:
            raise ContentErrors(result.errors)
        _log_warnings(result.warnings)
        self.result = result
        self._load_warnings = list(result.warnings)
        progress.current().stage("Liên kết văn bản")
        # Serve keeps each record's citations and posts, so that an edit costs little.
        self._memo = {} if self._command == "serve" else None
        self.features = Features.create(self, config, result, memo=self._memo)
        self.index = self.features.index

        # The intranet has no internet: never let Material fetch Google Fonts.
        if config.theme.get("font"):
            config.theme["font"] = False
        _insert_overrides(config)
        # The header shows bangtin's Pagefind box only when the index is built.
        config.extra["bangtin_search"] = bool(self.config.search)
        for css in ("assets/bangtin/bangtin.css", *self.features.extra_css()):
            if css not in config.extra_css:
                config.extra_css.append(css)
        for js in self.features.extra_javascript():
            if js not in config.extra_javascript:
                config.extra_javascript.append(js)
        config.markdown_extensions.extend(self.features.markdown_extensions())

        if self._command == "build":
            self._atomic = AtomicSite(Path(config.site_dir))
            self._complete = False
            config.site_dir = str(self._atomic.staging)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        assert self.result is not None and self.index is not None and self.features is not None
        visible_pages = {
            path
            for path, vis in self.result.pages.items()
            if vis.visible_to(self.result.registry.audience)
        }
        self._visible_pages = visible_pages
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
                if uri.startswith(DATA_FOLDERS) or uri not in visible_pages:
                    files.remove(file)
            elif uri in DATA_FILES or uri.startswith(DATA_FOLDERS) or uri in hidden_assets:
                files.remove(file)

        for spec in self._plan().values():
            if files.get_file_from_path(spec.src_uri) is not None:
                existing = files.get_file_from_path(spec.src_uri)
                assert existing is not None
                log.warning(
                    f"{config.docs_dir}/{spec.src_uri}: trùng đường dẫn với trang do bangtin tạo; "
                    "trang của bangtin được dùng"
                )
                files.remove(existing)
            self.specs[spec.src_uri] = spec
            files.append(
                File.generated(
                    config, spec.src_uri, content=spec.markdown, inclusion=InclusionLevel.NOT_IN_NAV
                )
            )
        # `serve` runs a live-reload server thread: no fork there (and previews are incremental).
        workers = 0 if self._command == "serve" else self.config.workers
        self.deferred = _choose_deferred(self.specs, workers)
        for asset in sorted(ASSETS_DIR.rglob("*")):
            if asset.is_file():
                uri = f"assets/bangtin/{asset.relative_to(ASSETS_DIR).as_posix()}"
                files.append(File.generated(config, uri, abs_src_path=str(asset)))
        if config.nav is None:
            config.nav = _default_nav(self.specs, visible_pages)
            for item in _nav_paths(config.nav):
                in_nav = files.get_file_from_path(item)
                if in_nav is not None:
                    in_nav.inclusion = InclusionLevel.INCLUDED
        return files

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
        if spec is None:
            if page.title is not None and not isinstance(page.title, Markup):
                page.title = Markup(escape(str(page.title)))
            if page.file.abs_src_path:
                safe = safe + self.features.page_footer(page.file.abs_src_path)
            if page.is_homepage:
                return str(safe + home_block(self.index, page.url))
            return str(safe)
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
            self._mkdocs = _Built(
                config=config, files=files, doc_files=list(doc_files), nav=self._nav, env=env
            )
        pages = [f.page for f in doc_files if f.src_uri in self.deferred and f.page is not None]
        jobs: list[Callable[[], list[str]]] = []
        if pages:
            count = max(
                1, min(os.cpu_count() or 1, self.config.workers if self.config.workers > 0 else 8)
            )
            shares = [pages[i::count] for i in range(count)]
            # The main process renders the first share itself once its own pages are built
            # (on_post_build): with two cores, one worker and the main process keep both busy.
            self._own_share = functools.partial(
                self._render_pages, shares[0], config, files, doc_files, env
            )
            for share in shares[1:]:
                jobs.append(
                    functools.partial(self._render_pages, share, config, files, doc_files, env)
                )
        jobs.extend(self.features.background())
        self._workers = _Workers.start(jobs)
        progress.current().stage("Dựng trang", len(doc_files))
        # The main process still builds these pages, but with an empty template: MkDocs then
        # writes nothing for them and the workers' files stay.
        for page in pages:
            page.meta["template"] = SKIP_TEMPLATE
        return None

    def _render_pages(
        self,
        pages: list[Page],
        config: MkDocsConfig,
        files: Files,
        doc_files: Sequence[File],
        env: jinja2.Environment,
    ) -> list[str]:
        """In a worker process: Markdown, bangtin's content and Material's template, written."""
        from mkdocs.commands.build import _build_page

        assert self._nav is not None and self.features is not None
        for page in pages:
            spec = self.specs[page.file.src_uri]
            page.markdown = spec.markdown
            self.features.begin_page(spec, spec.src_uri)
            page.render(config, files)
            page.content = self._generated_content(spec, page, Markup(sanitize(page.content or "")))
            page.meta.pop("template", None)  # the skip template is for MkDocs' own loop only
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
        if self._own_share is not None:
            own, self._own_share = self._own_share, None
            progress.current().stage("Dựng văn bản")
            own()
        progress.current().stage("Chờ các tiến trình dựng trang")
        if self._workers is not None:
            workers, self._workers = self._workers, None
            for message in workers.join():
                log.warning(message)
            if workers.failed:
                raise PluginError("\n".join(workers.failed))
        progress.current().stage("Bài đăng, lịch, chỉ mục tìm kiếm")
        self.features.post_build(Path(config.site_dir))
        progress.current().finish()
        # Only a build that got this far may be published: an interrupted one (Ctrl-C, a killed
        # worker) skips on_build_error but still reaches on_shutdown with half a site.
        self._complete = True

    def on_build_error(self, *, error: Exception) -> None:
        if self._workers is not None:
            self._workers.stop()
            self._workers = None
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

    # --- incremental rebuilds (bangtin serve) ----------------------------------------------------

    def update_directives(self, paths: Iterable[Path]) -> UpdateReport:
        """Take an edit of a few directive files into the built site, rendering only what shows them.

        Reads the files again (a missing one was deleted), rebuilds the link graph, the posts and
        the listings from the records kept in memory, renders the pages of the changed records,
        of the records they cite or that cite them (within the lược đồ's reach), and the listings
        that include them, and removes the pages that no longer exist. A file with an error keeps
        its page as it was. The search index, the exports and the calendars wait for the next
        full build.

        Args:
            paths: the directive files that changed (absolute, or relative to the project).

        Returns:
            What was done. Raises whatever a page's rendering raises (the caller then rebuilds
            the whole site).
        """
        start = time.perf_counter()
        built = self._mkdocs
        assert built is not None and self.result is not None and self.features is not None
        config = built.config
        docs_rel = os.path.relpath(config.docs_dir, self.root)
        base = dataclasses.replace(self.result, warnings=list(self._load_warnings))
        absolute = [p if p.is_absolute() else self.root / p for p in paths]
        result, changed, errors = reload_directives(self.root, base, absolute, docs_dir=docs_rel)
        for error in errors:
            log.error(str(error))
        if not changed:
            return UpdateReport(errors=tuple(errors), seconds=time.perf_counter() - start)
        before = {d.path: d for d in self.result.all_directives}
        edited = [before[rel] for rel in changed if rel in before]
        edited += [d for d in changed.values() if d is not None]

        self._load_warnings = list(result.warnings)
        old_features, old_specs = self.features, self.specs
        # An edit of bodies only, citing the same documents as before (a typo, a sentence): no
        # relation, listing or status changes, so the link graph stays and only the edited
        # records' own pages are rendered again.
        pairs = [
            (before[rel], new) for rel, new in changed.items() if rel in before and new is not None
        ]
        assert self._memo is not None  # serve keeps a memo
        mentions = self._memo.setdefault("links.mentions", {})
        bodies_only = len(pairs) == len(changed) and all(
            same_links(old, new, mentions) for old, new in pairs
        )
        features = Features.create(
            self,
            config,
            result,
            memo=self._memo,
            previous=old_features,
            body_edits=[new for _, new in pairs] if bodies_only else (),
        )
        for warning in result.warnings:
            if warning.path in changed:
                log.warning(str(warning))
        self.result, self.features, self.index = result, features, features.index
        self.specs = self._plan()
        if bodies_only:
            wanted = {new.src_uri for _, new in pairs}
        else:
            wanted = affected_pages(old_features, features, edited, self.specs)
        wanted |= self.specs.keys() - old_specs.keys()
        gone = sorted(old_specs.keys() - self.specs.keys())
        if "index.md" not in self.specs and not bodies_only:
            wanted.add("index.md")  # an editor's own home page still lists the latest documents
        rendered = [uri for uri in sorted(wanted) if self._render_again(uri, built)]
        for uri in gone:
            self._remove_page(uri, built)
        return UpdateReport(
            changed=tuple(sorted(changed)),
            rendered=tuple(rendered),
            removed=tuple(gone),
            errors=tuple(errors),
            seconds=time.perf_counter() - start,
        )

    def _render_again(self, uri: str, built: _Built) -> bool:
        """Render one page again (creating its MkDocs file when the page is new)."""
        from mkdocs.commands.build import _build_page, _populate_page
        from mkdocs.structure.pages import Page

        config, files = built.config, built.files
        spec = self.specs.get(uri)
        file = files.get_file_from_path(uri)
        if file is None:
            if spec is None:
                return False
            file = File.generated(
                config, uri, content=spec.markdown, inclusion=InclusionLevel.NOT_IN_NAV
            )
            files.append(file)
            built.doc_files.append(file)
            Page(None, file, config)
        elif spec is not None:
            file.content_string = spec.markdown
        if file.page is None:
            return False
        _populate_page(file.page, config, files)
        _build_page(file.page, config, built.doc_files, built.nav, built.env)
        return True

    def _remove_page(self, uri: str, built: _Built) -> None:
        file = built.files.get_file_from_path(uri)
        if file is None:
            return
        built.files.remove(file)
        if file in built.doc_files:
            built.doc_files.remove(file)
        out = Path(file.abs_dest_path)
        out.unlink(missing_ok=True)
        # "van-ban/2024/x/index.html": the folder goes too when nothing else is in it.
        with contextlib.suppress(OSError):
            out.parent.rmdir()

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        for path in (self.root / self.config.directives_dir,):
            if path.exists():
                server.watch(str(path))
        return server


@dataclass(slots=True, kw_only=True)
class _Built:
    """MkDocs' objects of the last full build, kept for incremental rebuilds."""

    config: MkDocsConfig
    files: Files
    doc_files: list[File]
    nav: Navigation
    env: jinja2.Environment


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateReport:
    """What `BangtinPlugin.update_directives` did.

    Attributes:
        changed: the directive files taken (relative to the project).
        rendered: the pages rendered again (source paths).
        removed: the pages removed.
        errors: the problems of the files not taken (their pages stay as they were).
        seconds: how long it took.
    """

    changed: tuple[str, ...] = ()
    rendered: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    errors: tuple[ContentError, ...] = ()
    seconds: float = 0.0


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


_NAV_SECTIONS: tuple[tuple[str, str], ...] = (
    ("Tra cứu", "tra-cuu/index.md"),
    ("Chủ đề năm", "chu-de/index.md"),
    ("Theo dõi nhiệm vụ", "theo-doi/index.md"),
    ("Mô hình, điển hình", "mo-hinh/index.md"),
    ("Tin tức", "tin-tuc/index.md"),
    ("Bài đăng fanpage", "bai-dang/index.md"),
    ("Đơn vị", "don-vi/index.md"),
    ("Thống kê", "thong-ke/index.md"),
)
_FOLDER_TITLES = {"huong-dan": "Hướng dẫn biên tập", "gioi-thieu": "Giới thiệu"}


def _default_nav(specs: dict[str, PageSpec], pages: set[str]) -> list[Any]:
    """A short navigation: index pages only, never one entry per directive."""
    nav: list[Any] = [{"Trang chủ": "index.md"}]
    documents: list[Any] = [{"Theo năm": "van-ban/index.md"}]
    for title, uri in (
        ("Theo loại", "van-ban/loai/index.md"),
        ("Theo cơ quan ban hành", "van-ban/co-quan/index.md"),
        ("Chưa có toàn văn", "van-ban/chua-co-toan-van.md"),
    ):
        if uri in specs:
            documents.append({title: uri})
    nav.append({"Văn bản": documents})
    nav.extend({title: uri} for title, uri in _NAV_SECTIONS if uri in specs)
    folders: dict[str, list[str]] = {}
    for path in sorted(pages):
        if path == "index.md":
            continue
        folder = path.split("/", 1)[0] if "/" in path else ""
        folders.setdefault(folder, []).append(path)
    for path in folders.pop("", []):
        nav.append(path)
    for folder, paths in sorted(folders.items()):
        title = _FOLDER_TITLES.get(folder, folder.replace("-", " ").capitalize())
        ordered = sorted(paths, key=lambda p: (not p.endswith("index.md"), p))
        nav.append({title: ordered})
    return nav


def _nav_paths(nav: Any) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [p for item in nav for p in _nav_paths(item)]
    if isinstance(nav, dict):
        return [p for value in nav.values() for p in _nav_paths(value)]
    return []


SKIP_TEMPLATE = "bangtin-skip.html"
# Below this many directive pages a worker costs more than it saves.
PARALLEL_FROM = 300


def _choose_deferred(specs: dict[str, PageSpec], workers: int) -> frozenset[str]:
    """The directive pages rendered in worker processes (none when fork is unavailable)."""
    directive_pages = [uri for uri, spec in specs.items() if spec.kind == "directive"]
    if workers == 0 or "fork" not in multiprocessing.get_all_start_methods():
        return frozenset()
    if workers < 0 and len(directive_pages) < PARALLEL_FROM:
        return frozenset()
    return frozenset(directive_pages)


class _SkipFilter(logging.Filter):
    """Hides MkDocs' "Page skipped" line for the pages the workers write."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            record.levelno == logging.INFO and record.getMessage().startswith("Page skipped: ")
        )


logging.getLogger("mkdocs.commands.build").addFilter(_SkipFilter())


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _run_job(job: Callable[[], list[str]], conn: Any) -> None:
    """The body of a worker process: run the job, send back its warnings or its failure."""
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    collect = _Collect()
    logger.addHandler(collect)
    try:
        notes = job()
        conn.send(("ok", collect.messages + notes))
    except BaseException as exc:
        conn.send(("error", [*collect.messages, f"{type(exc).__name__}: {exc}"]))
    finally:
        conn.close()


class _Workers:
    """Forked processes that share the build's state as it was at on_env."""

    def __init__(self) -> None:
        self.procs: list[tuple[Any, Any]] = []
        self.failed: list[str] = []

    @classmethod
    def start(cls, jobs: list[Callable[[], list[str]]]) -> _Workers | None:
        if not jobs:
            return None
        ctx = multiprocessing.get_context("fork")
        workers = cls()
        for job in jobs:
            parent_end, child_end = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_run_job, args=(job, child_end), daemon=True)
            proc.start()
            child_end.close()
            workers.procs.append((proc, parent_end))
        return workers

    def join(self) -> list[str]:
        """Wait for every worker; return their warnings, keep their failures in `failed`."""
        messages: list[str] = []
        for proc, conn in self.procs:
            try:
                status, notes = conn.recv()
            except EOFError:
                status, notes = (
                    "error",
                    [f"một tiến trình dựng trang đã dừng bất thường (mã {proc.exitcode})"],
                )
            proc.join()
            if status == "ok":
                messages.extend(notes)
            else:
                self.failed.extend(notes)
        return messages

    def stop(self) -> None:
        for proc, _conn in self.procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
