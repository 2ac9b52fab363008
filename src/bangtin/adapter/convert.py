"""bangtin's generated pages as MkDocs pages, converted by one Markdown converter per process.

MkDocs' `Page.render` builds a new ``markdown.Markdown`` for every page: every extension, every
inline pattern and every processor made again, which costs more than converting a short directive.
A `GeneratedPage` converts its Markdown with a `Converter` that builds one instance per build and
process and resets it between pages (``Markdown.reset``: the API Python-Markdown gives for reuse,
which every extension with state implements). MkDocs' own processors (anchors, relative links,
the title) are made per page, as MkDocs makes them, and registered in place of the last page's.

A page that a worker process renders (`later`) is not converted in the main process at all:
MkDocs' loop still runs its events, but no Markdown instance is built for an empty body.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import markdown
from mkdocs.structure.pages import (
    Page,
    _ExtractAnchorsTreeprocessor,
    _ExtractTitleTreeprocessor,
    _RawHTMLPreprocessor,
    _RelativePathTreeprocessor,
)
from mkdocs.structure.toc import get_toc

from bangtin.adapter.shell import splice_enabled

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

__all__ = ["Converter", "GeneratedPage"]

_mkdocs_log = logging.getLogger("mkdocs.structure.pages")


class Converter:
    """One reusable Markdown converter for the pages of one build (config and files)."""

    def __init__(self, config: MkDocsConfig, files: Files) -> None:
        self.config, self.files = config, files
        self.md = markdown.Markdown(
            extensions=config["markdown_extensions"],
            extension_configs=config["mdx_configs"] or {},
        )

    def render(self, page: Page) -> None:
        """What `Page.render` does to ``page``, on this converter's Markdown instance."""
        if page.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        md = self.md
        md.reset()
        raw_html = _RawHTMLPreprocessor()
        raw_html._register(md)
        anchors = _ExtractAnchorsTreeprocessor(page.file, self.files, self.config)
        anchors._register(md)
        relative = _RelativePathTreeprocessor(page.file, self.files, self.config)
        relative._register(md)
        title = _ExtractTitleTreeprocessor()
        title._register(md)
        page.content = md.convert(page.markdown)
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page._title_from_render = title.title
        page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
        if _mkdocs_log.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = relative.links_to_anchors


_current: list[Converter] = []


def converter(config: MkDocsConfig, files: Files) -> Converter:
    """This process's converter for the build of ``config`` and ``files`` (made on first use)."""
    if not _current or _current[0].config is not config or _current[0].files is not files:
        _current[:] = [Converter(config, files)]
    return _current[0]


class GeneratedPage(Page):
    """A page bangtin generates (a directive, a listing, a unit...)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Rendered by a worker process: MkDocs' own loop converts nothing for it.
        self.later = False

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.later:
            self.content = ""
            self.toc = get_toc([])
            return
        if not splice_enabled():
            super().render(config, files)  # the reference: MkDocs' own, page by page
            return
        converter(config, files).render(self)
