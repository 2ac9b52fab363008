"""Material's page shell, rendered once per folder and spliced: the HTML MkDocs would write, faster.

Every directive page of one folder (``/van-ban/2024/…/``) gets the same HTML from Material's
``base.html`` but for a few holes: the title, the description, bangtin's head fragment, the
content, the table of contents (and the skip link to its first heading) and the page's own name
in its URL. Running base.html and its navigation once per page costs more than everything else
the page needs, so a `Shells` renders it once per folder and *variant* (which optional parts a
page has) and fills the holes for each page.

The shell proves itself before it is used. For each folder and variant two probe pages, with
different marker values in every hole, are rendered by MkDocs' own page builder. The shell is the
first probe's HTML cut at its markers; it is used only if filling it with the second probe's
values gives the second probe's HTML byte for byte. A template that prints anything else of a
page (another meta key, its URL in a form we do not cut, a filter applied to its title) therefore
makes the two probes disagree, and those pages go through MkDocs' page builder as before. So do
pages that something else could make different: a page in the navigation, a page with other meta
keys or another template, a title whose escaped forms differ, and every page when another plugin
hooks page_context or post_page.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import write_file

from bangtin.site.render import SPLICE_ENV, fragments_cached

if TYPE_CHECKING:
    import jinja2
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation

__all__ = ["SPLICE_ENV", "Shells", "splice_allowed"]

# The meta keys bangtin sets on its pages; a page with any other key is not spliced.
_META_KEYS = frozenset({"title", "description", "bangtin_head"})
_TOC_TEMPLATE = (
    '{% import "partials/language.html" as lang with context %}{% include "partials/toc.html" %}'
)
_HOLES = ("title", "description", "head", "content", "skip", "slug")


def splice_allowed(config: MkDocsConfig) -> bool:
    """True when no plugin but bangtin sees a page's context or its finished HTML."""
    if not fragments_cached() or not config.use_directory_urls:
        return False
    for event in ("page_context", "post_page"):
        for method in config.plugins.events.get(event, []):
            owner = getattr(method, "__self__", None)
            if type(owner).__module__ != "bangtin.adapter.plugin":
                return False
    return True


@dataclass(frozen=True, slots=True)
class _Variant:
    """Which optional parts a page has: each changes which branches of base.html run."""

    template: str
    shape: str  # the source path with the page's name as "{}" ("van-ban/2024/{}.md")
    description: bool
    head: bool
    h1: bool
    toc: bool


class _Shell:
    """A page's HTML cut at its holes: literal, hole, literal, ..., literal."""

    def __init__(self, pieces: list[str], holes: list[str]) -> None:
        self.pieces = pieces
        self.holes = holes

    def fill(self, values: dict[str, str]) -> str:
        out = [self.pieces[0]]
        for hole, piece in zip(self.holes, self.pieces[1:], strict=True):
            out.append(values[hole])
            out.append(piece)
        return "".join(out)


def _cut(html: str, markers: dict[str, str]) -> _Shell | None:
    """``html`` cut at each marker; None when a marker is missing or the cut is ambiguous.

    The table of contents is cut first (it holds the skip link's marker too), then every other
    marker wherever it occurs. An empty marker stands for a part the variant has not: no hole.
    """
    toc = markers["toc"]
    if "\x00" in html or html.count(toc) != 1:
        return None
    html = html.replace(toc, "\x00")
    holes = {value: hole for hole, value in markers.items() if hole != "toc" and value}
    holes["\x00"] = "toc"
    pattern = re.compile("|".join(re.escape(v) for v in sorted(holes, key=len, reverse=True)))
    pieces: list[str] = []
    order: list[str] = []
    last = 0
    for match in pattern.finditer(html):
        pieces.append(html[last : match.start()])
        order.append(holes[match.group()])
        last = match.end()
    pieces.append(html[last:])
    return _Shell(pieces, order)


class Shells:
    """Material's shells of one build's pages, made on first use and kept for the process."""

    def __init__(
        self,
        config: MkDocsConfig,
        doc_files: Sequence[File],
        nav: Navigation,
        env: jinja2.Environment,
    ) -> None:
        self.config, self.doc_files, self.nav, self.env = config, doc_files, nav, env
        self.enabled = splice_allowed(config)
        self._shells: dict[_Variant, _Shell | None] = {}
        self._toc = env.from_string(_TOC_TEMPLATE)
        self._tocs: dict[Any, str] = {}
        self._digests: dict[_Variant, bytes | None] = {}
        self.spliced = 0
        #: The variant of the page `try_write` last wrote (see `shell_digest`).
        self.last_variant: _Variant | None = None

    def try_write(self, page: Page) -> bool:
        """Write a rendered page (content, toc and meta set) spliced into its shell.

        Returns:
            False, writing nothing, when the page cannot be spliced: MkDocs' page builder must
            write it. The post_page event is not run: `splice_allowed` made sure that only
            bangtin hooks it, and bangtin's hook only counts pages (MkDocs' own loop still
            counts these).
        """
        shell, values = self._splice(page) if self.enabled else (None, None)
        if shell is None or values is None:
            return False
        output = shell.fill(values)
        write_file(output.encode("utf-8", errors="xmlcharrefreplace"), page.file.abs_dest_path)
        self.spliced += 1
        return True

    def shell_digest(self, variant: Any) -> bytes | None:
        """A digest of the variant's shell in this build (None when it has none): a page
        written into an equal shell, with equal holes, is the same page."""
        if not isinstance(variant, _Variant):
            return None
        if variant not in self._digests:
            shell = self._shell(variant)
            digest = None
            if shell is not None:
                h = hashlib.blake2b(digest_size=16)
                for piece in (*shell.pieces, "\x00", *shell.holes):
                    data = piece.encode("utf-8", "surrogatepass")
                    h.update(len(data).to_bytes(8, "little"))
                    h.update(data)
                digest = h.digest()
            self._digests[variant] = digest
        return self._digests[variant]

    def toc_html(self, page: Page) -> str:
        """The page's table of contents as Material's partial renders it."""
        return self._toc_html(page)

    def _shell(self, variant: _Variant) -> _Shell | None:
        if variant not in self._shells:
            self._shells[variant] = self._make(variant)
        return self._shells[variant]

    def _splice(self, page: Page) -> tuple[_Shell | None, dict[str, str] | None]:
        self.last_variant = None
        found = self._variant(page)
        if found is None:
            return None, None
        variant, slug = found
        shell = self._shell(variant)
        if shell is None:
            return None, None
        self.last_variant = variant
        return shell, self._values(page, slug)

    def _variant(self, page: Page) -> tuple[_Variant, str] | None:
        """The page's variant and its name in its URL, or None for a page never spliced."""
        meta = page.meta
        if not set(meta) <= _META_KEYS or page.parent is not None or page.is_homepage:
            return None
        if page.previous_page is not None or page.next_page is not None:
            return None
        title = str(page.title or "")
        if not isinstance(page.title, Markup) or str(escape(page.title.striptags())) != title:
            return None
        url, src = page.url, page.file.src_uri
        if not url.endswith("/"):
            return None
        slug = url[:-1].rsplit("/", 1)[-1]
        if src.count(slug) != 1 or url.count(slug) != 1:
            return None
        variant = _Variant(
            template="main.html",
            shape=src.replace(slug, "{}"),
            description=bool(meta.get("description")),
            head=bool(meta.get("bangtin_head")),
            h1="\u003ch1" in (page.content or ""),
            toc=bool(page.toc.items),
        )
        return variant, slug

    def _values(self, page: Page, slug: str) -> dict[str, str]:
        first = next(iter(page.toc), None)
        return {
            "title": str(page.title),
            "description": str(page.meta.get("description") or ""),
            "head": str(page.meta.get("bangtin_head") or ""),
            "content": page.content or "",
            "toc": self._toc_html(page),
            "skip": first.url if first is not None else "",
            "slug": slug,
        }

    def _toc_html(self, page: Page) -> str:
        key = (page.file.src_uri.rsplit("/", 1)[0], _toc_key(page.toc.items))
        html = self._tocs.get(key)
        if html is None:
            html = self._toc.render(get_context(self.nav, self.doc_files, self.config, page))
            if len(self._tocs) < 10_000:
                self._tocs[key] = html
        return html

    def _make(self, variant: _Variant) -> _Shell | None:
        """The variant's shell, proved on a second probe; None when the probes disagree."""
        first, first_markers = self._probe(variant, "a")
        second, second_markers = self._probe(variant, "b")
        shell = _cut(first, first_markers)
        if shell is None or shell.fill(second_markers) != second:
            return None
        return shell

    def _probe(self, variant: _Variant, tag: str) -> tuple[str, dict[str, str]]:
        """A probe page of the variant rendered by MkDocs, and its marker values."""
        markers = {hole: f"bt0{hole}0probe0{tag}" for hole in _HOLES}
        markers["skip"] = f"#{markers['skip'][1:]}"
        if variant.h1:
            markers["content"] = f"<h1>{markers['content']}</h1>"
        src = variant.shape.format(markers["slug"])
        file = File.generated(self.config, src, content="", inclusion=InclusionLevel.NOT_IN_NAV)
        page = Page(None, file, self.config)
        page.title = Markup(markers["title"])
        page.meta = {"title": page.title}
        if variant.description:
            page.meta["description"] = Markup(markers["description"])
        else:
            markers["description"] = ""
        if variant.head:
            page.meta["bangtin_head"] = Markup(markers["head"])
        else:
            markers["head"] = ""
        page.content = markers["content"]
        item = {"level": 2, "id": markers["skip"][1:], "name": f"bt0item0probe0{tag}"}
        page.toc = get_toc([{**item, "children": []}] if variant.toc else [])  # type: ignore[typeddict-item]
        if not variant.toc:
            markers["skip"] = ""
        markers["toc"] = self._toc.render(get_context(self.nav, self.doc_files, self.config, page))
        html = _render(page, self.config, self.doc_files, self.nav, self.env)
        return html, markers


def _render(
    page: Page,
    config: MkDocsConfig,
    doc_files: Sequence[File],
    nav: Navigation,
    env: jinja2.Environment,
) -> str:
    """What MkDocs' page builder would write for ``page`` (its steps, without the file)."""
    page.active = True
    try:
        context = get_context(nav, doc_files, config, page)
        template = env.get_template("main.html")
        context = config.plugins.on_page_context(context, page=page, config=config, nav=nav)
        return str(template.render(context))
    finally:
        page.active = False


def _toc_key(items: Sequence[Any]) -> tuple[Any, ...]:
    return tuple((i.title, i.id, i.level, _toc_key(i.children)) for i in items)
