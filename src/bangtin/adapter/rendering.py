"""A generated page's rendering on MkDocs' side: taken from the last build, or filled and written.

`PageCaches` holds a build's two caches (the last build's pages, `PageReuse`, and the Markdown
conversions, `MarkdownCache`) from the files' event to the end of the build. `PageRenderer` is
what the page pool runs in any process: a page whose digest is the last build's is linked from
the last site (taken), any other is converted, filled with bangtin's content (kept from the last
build or rendered) and written into Material's shell where the shell proves the same (`Shells`),
by MkDocs' own page builder otherwise. `generated_content` is bangtin's content of one page,
shared with the plugin's page event.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape
from mkdocs.commands.build import _build_page
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.toc import get_toc

from bangtin.adapter.convert import GeneratedPage, MarkdownCache, markdown_salt, use_cache
from bangtin.adapter.reuse import PageReuse, page_salt, reuse_mode
from bangtin.adapter.shell import Shells
from bangtin.adapter.workers import SKIP_TEMPLATE, PagePool
from bangtin.site.pages import PageSpec, SiteIndex, home_block, render_page
from bangtin.site.render import safe_toc, sanitize

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

    from bangtin.features.registry import Features

__all__ = [
    "PageCaches",
    "PageRenderer",
    "deferred_pages",
    "escape_meta",
    "generated_content",
    "generated_meta",
    "own_content",
]

log = get_plugin_logger(__name__)

MARKDOWN_CACHE = Path(".cache") / "bangtin" / "markdown"
PAGES_CACHE = Path(".cache") / "bangtin" / "pages"


def generated_content(
    spec: PageSpec, page: Page, safe: Markup, index: SiteIndex, features: Features
) -> str:
    """bangtin's content of a generated page around its converted Markdown (``safe``); its head
    goes into the page's meta."""
    page.title = Markup(escape(spec.title))
    extras = features.extras(spec, page.url)
    out = render_page(spec, index, body=safe, extras=extras)
    if spec.kind == "home":
        out = out + home_block(index, page.url)
    head = features.head(spec, page.url)
    if head:
        page.meta["bangtin_head"] = head
    return str(out)


def generated_meta(page: Page, spec: PageSpec) -> None:
    """A generated page's title and description, escaped (Material prints them as they are)."""
    page.meta = {"title": Markup(escape(spec.title))}
    if spec.description:
        page.meta["description"] = Markup(escape(" ".join(spec.description.split())[:300]))
    page.title = page.meta["title"]


def escape_meta(page: Page) -> None:
    """An editor's page's title and description, escaped: Material prints them unescaped, and
    an editor's page title must not become markup."""
    for key in ("title", "description"):
        if key in page.meta and page.meta[key] is not None:
            page.meta[key] = Markup(escape(str(page.meta[key])))


def own_content(page: Page, safe: Markup, index: SiteIndex, features: Features) -> str:
    """An editor's own page's content: its converted Markdown (``safe``), the features' footer,
    and the home block on the home page."""
    if page.title is not None and not isinstance(page.title, Markup):
        page.title = Markup(escape(str(page.title)))
    if page.file.abs_src_path:
        safe = safe + features.page_footer(page.file.abs_src_path)
    if page.is_homepage:
        return str(safe + home_block(index, page.url))
    return str(safe)


def deferred_pages(
    doc_files: Sequence[File], deferred: frozenset[str], specs: Mapping[str, PageSpec]
) -> list[Page]:
    """The pages the pool renders, the listings first: the longest pages start early and the
    pool ends evenly."""
    pages = [f.page for f in doc_files if f.src_uri in deferred and f.page is not None]
    pages.sort(key=lambda p: specs[p.file.src_uri].kind == "directive")
    return pages


@dataclass(slots=True)
class PageCaches:
    """`bangtin build`'s caches: the last build's pages and its conversions (see `reuse`)."""

    reuse: PageReuse | None = None
    markdown: MarkdownCache | None = None

    @classmethod
    def start(
        cls,
        root: Path,
        previous_site: Path | None,
        config: MkDocsConfig,
        options: Mapping[str, Any],
        features: Features,
        files: Files,
    ) -> PageCaches:
        """Open both caches for this build's pages and let the conversions use the Markdown one.

        Args:
            root: the project folder (the caches live under its .cache/bangtin/).
            previous_site: the published site whose pages may be linked (None: no page reuse).
            config: MkDocs' config.
            options: the plugin's options that change what a build writes.
            features: this build's features (their page inputs and Markdown lookups).
            files: this build's files.
        """
        reuse = None
        if reuse_mode() != "off" and previous_site is not None:
            reuse = PageReuse(
                root / PAGES_CACHE,
                previous_site,
                page_salt(config, dict(options), markdown_salt(config)),
                checking=reuse_mode() == "check",
            )
            reuse.set_world(features.page_inputs().every, files)
        # Pages taken by their quick digest need no conversion looked up: a build whose world
        # is the last one's converts only the pages an edit changed, and reads no conversion.
        read = reuse is None or not reuse.same_world or reuse.checking
        markdown = MarkdownCache(root / MARKDOWN_CACHE, config, read=read)
        use_cache(markdown, features.markdown_lookups, features.lookups_hold)
        return cls(reuse=reuse, markdown=markdown)

    def save_parts(self) -> None:
        """What this process kept for the next build (run by each worker at its end)."""
        if self.markdown is not None:
            self.markdown.save_part()
        if self.reuse is not None:
            self.reuse.save_part()

    def finish(self) -> None:
        """Merge every process's part for the next build; the conversions stop using the cache."""
        if self.markdown is not None:
            markdown, self.markdown = self.markdown, None
            use_cache(None)
            markdown.finish()
            log.debug(f"{markdown.hits} pages' Markdown taken from the last build")
        if self.reuse is not None:
            reuse, self.reuse = self.reuse, None
            reuse.finish()
            log.debug(f"{reuse.linked} pages taken from the last build")


@dataclass(slots=True, kw_only=True)
class PageRenderer:
    """The generated pages of one build, rendered and written in whichever process takes them."""

    specs: Mapping[str, PageSpec]
    index: SiteIndex
    features: Features
    nav: Navigation
    caches: PageCaches
    shells: Shells | None = None
    #: Generated pages the main process rendered, spliced into Material's shell at on_env.
    to_splice: list[Page] = field(default_factory=list)

    def pool(
        self,
        pages: list[Page],
        *,
        config: MkDocsConfig,
        files: Files,
        doc_files: Sequence[File],
        env: jinja2.Environment,
    ) -> PagePool | None:
        """The pool of ``pages`` for the workers and the main process (None when there are none)."""
        if not pages:
            return None
        render = functools.partial(
            self.render_pages, config=config, files=files, doc_files=doc_files, env=env
        )
        return PagePool(pages, render, self.caches.save_parts)

    def splice_own(self) -> None:
        """Write the main process's generated pages spliced into Material's shell; MkDocs' own
        loop then skips them (an empty template) and writes only those that cannot be."""
        pages, self.to_splice = self.to_splice, []
        if self.shells is None or not pages:
            return
        for page in pages:
            if self.shells.try_write(page):
                page.meta["template"] = SKIP_TEMPLATE
        log.debug(f"{self.shells.spliced} of {len(pages)} pages spliced into Material's shell")

    def render_pages(
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
        shells = self.shells or Shells(config, doc_files, self.nav, env)
        reuse = self.caches.reuse if shells.enabled else None
        for page in pages:
            spec = self.specs[page.file.src_uri]
            page.markdown = spec.markdown
            self.features.begin_page(spec, spec.src_uri)
            if isinstance(page, GeneratedPage):
                page.later = False
            if reuse is None:
                page.render(config, files)
                self._fill(spec, page, None, checking=False)
                self._write(page, shells, config, doc_files, env)
            else:
                self._render_reusing(reuse, shells, spec, page, config, files, doc_files, env)
            # Written: nothing reads this page's text again in this process, and 10,000 pages'
            # Markdown and HTML held to the end of the build weigh hundreds of megabytes.
            page.markdown = page.content = None
            page.toc = get_toc([])
        return []

    def _render_reusing(
        self,
        reuse: PageReuse,
        shells: Shells,
        spec: PageSpec,
        page: Page,
        config: MkDocsConfig,
        files: Files,
        doc_files: Sequence[File],
        env: jinja2.Environment,
    ) -> None:
        """One page of a warm build: taken by its quick digest, else by its full digest, else
        rendered (its bangtin content perhaps the last build's) and kept for the next build."""
        own = self.features.page_inputs().digest(spec)
        quick = reuse.quick(own)
        previous = reuse.previous(page, quick, shells, quick=True)
        if self._took(reuse, page, previous, quick):
            return
        page.render(config, files)
        digest = reuse.digest(own, page, shells.toc_html(page))
        previous = reuse.previous(page, digest, shells) or previous
        if self._took(reuse, page, previous, quick):
            return
        kept = reuse.content(page, digest, quick)
        self._fill(spec, page, kept, checking=reuse.checking)
        page.meta.pop("template", None)  # the skip template is for MkDocs' own loop only
        if shells.try_write(page):
            _keep(reuse, shells, page, (digest, quick), previous)
            return
        if kept is None or reuse.checking:
            reuse.keep_content(page, digest, quick)
        _build_page(page, config, doc_files, self.nav, env)

    def _write(
        self,
        page: Page,
        shells: Shells,
        config: MkDocsConfig,
        doc_files: Sequence[File],
        env: jinja2.Environment,
    ) -> None:
        page.meta.pop("template", None)  # the skip template is for MkDocs' own loop only
        if not shells.try_write(page):
            _build_page(page, config, doc_files, self.nav, env)

    def _took(self, reuse: PageReuse, page: Page, previous: Path | None, quick: bytes) -> bool:
        """Link the last build's file of ``page`` (``previous``) into this build's site."""
        if previous is None or reuse.checking or not reuse.link(page, previous, quick):
            return False
        if self.caches.markdown is not None:
            self.caches.markdown.carry(page.file.src_uri, self.specs[page.file.src_uri].markdown)
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
        safe = Markup(sanitize(page.content or ""))
        page.content = generated_content(spec, page, safe, self.index, self.features)
        if kept is not None:
            _compare_content(page, kept)


def _compare_content(page: Page, kept: tuple[str, str]) -> None:
    """`check`: fail when bangtin's content of a page differs from what would be reused."""
    if (page.content or "", str(page.meta.get("bangtin_head") or "")) != kept:
        raise PluginError(
            f"BANGTIN_REUSE=check: {page.file.src_uri}: nội dung dựng lại khác nội dung của lần "
            "dựng trước dù đầu vào như nhau"
        )


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
