"""bangtin's generated pages as MkDocs pages, converted by one Markdown converter per process,
and what a conversion gave kept for the next build.

MkDocs' `Page.render` builds a new ``markdown.Markdown`` for every page: every extension, every
inline pattern and every processor made again, which costs more than converting a short directive.
A `GeneratedPage` converts its Markdown with a `Converter` that builds one instance per build and
process and resets it between pages (``Markdown.reset``: the API Python-Markdown gives for reuse,
which every extension with state implements). MkDocs' own processors (anchors, relative links,
the title) are made per page, as MkDocs makes them, and registered in place of the last page's.

A page that a worker process renders (`later`) is not converted in the main process at all:
MkDocs' loop still runs its events, but no Markdown instance is built for an empty body.

A `MarkdownCache` keeps each page's conversion (HTML, headings, title, anchors) for the next
build, keyed by the page's path, its Markdown and everything that converts it (the extensions,
their options, the versions and bangtin's own converting code). The output also depends on what
the conversion looked up: the documents its citations resolved to (`Feature.markdown_lookups`)
and the pages its relative links point to. Both are recorded with the entry and looked up again
before it is reused; MkDocs' link checks run again too, so their warnings are the same.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
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

from bangtin.core.kept import read_salted, write_salted
from bangtin.core.model import fast_pickling
from bangtin.site.render import fragments_cached

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

__all__ = ["Converter", "GeneratedPage", "MarkdownCache", "markdown_salt", "use_cache"]

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
        """What `Page.render` does to ``page``, on this converter's Markdown instance; from the
        cache when the same Markdown converted the same way before (see the module's doc)."""
        if page.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        cache, lookups, hold = _context.cache, _context.lookups, _context.hold
        key = cache.key(page.file.src_uri, page.markdown) if cache is not None else ""
        entry = cache.get(key) if cache is not None else None
        if entry is not None and hold(entry.lookups) and self._links_hold(page, entry):
            entry.apply(page)
            assert cache is not None
            cache.keep(key, entry)
            return
        md = self.md
        md.reset()
        raw_html = _RawHTMLPreprocessor()
        raw_html._register(md)
        anchors = _ExtractAnchorsTreeprocessor(page.file, self.files, self.config)
        anchors._register(md)
        relative = _RecordingLinks(page.file, self.files, self.config)
        relative._register(md)
        title = _ExtractTitleTreeprocessor()
        title._register(md)
        page.content = md.convert(page.markdown)
        toc_tokens = getattr(md, "toc_tokens", [])
        page.toc = get_toc(toc_tokens)
        page._title_from_render = title.title
        page.present_anchor_ids = anchors.present_anchor_ids | raw_html.present_anchor_ids
        if _mkdocs_log.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = relative.links_to_anchors
        if cache is not None:
            cache.keep(
                key,
                _Converted(
                    html=page.content,
                    toc_tokens=toc_tokens,  # get_toc only reads it; reset() makes a new list
                    title=title.title,
                    anchors=frozenset(page.present_anchor_ids),
                    links=tuple(relative.seen),
                    lookups=lookups(),
                ),
            )

    def _links_hold(self, page: Page, entry: _Converted) -> bool:
        """True when each relative link of ``entry`` still leads where it did; MkDocs' checks
        (and their warnings) run as in a conversion, and the anchors they collect are set."""
        relative = _RelativePathTreeprocessor(page.file, self.files, self.config)
        if any(relative.path_to_url(url) != out for url, out in entry.links):
            return False
        if _mkdocs_log.getEffectiveLevel() > logging.DEBUG:
            page.links_to_anchors = relative.links_to_anchors
        return True


class _RecordingLinks(_RelativePathTreeprocessor):
    """MkDocs' relative link rewriter, noting each link it rewrote and what it gave."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.seen: list[tuple[str, str]] = []

    def path_to_url(self, url: str) -> str:
        out = str(super().path_to_url(url))
        self.seen.append((url, out))
        return out


@fast_pickling
@dataclass(frozen=True, slots=True)
class _Converted:
    """One page's conversion, as the cache keeps it."""

    html: str
    toc_tokens: Any
    title: str | None
    anchors: frozenset[str]
    links: tuple[tuple[str, str], ...]
    lookups: Any

    def apply(self, page: Page) -> None:
        page.content = self.html
        page.toc = get_toc(self.toc_tokens)
        page._title_from_render = self.title
        page.present_anchor_ids = set(self.anchors)


class MarkdownCache:
    """The conversions of the last build, read at its start and written at its end.

    Each process of a build writes the entries it used or made into a part of its own
    (``part-PID-N.pickle``, with the salt); the next build reads every part whose salt is its
    own, and once it has written its own parts removes the ones it read. Entries no page used
    are thus dropped, and no process waits for another to join the parts.
    """

    #: Parts a build that reads none (``read=False``) leaves before one reads and joins them.
    MAX_PARTS = 16

    def __init__(self, folder: Path, config: MkDocsConfig, *, read: bool = True) -> None:
        """
        Args:
            folder: where the parts are.
            config: the build's config (its extensions make the salt).
            read: False when the build takes its pages from the last one and converts only
                the few an edit changed: the parts are then neither read nor removed, and this
                build's conversions are added as parts of their own (up to `MAX_PARTS`).
        """
        self.folder = folder
        self.salt = markdown_salt(config)
        self.entries: dict[str, _Converted] = {}
        self.kept: dict[str, _Converted] = {}
        self.hits = 0
        parts = sorted(folder.glob("part-*.pickle")) if folder.is_dir() else []
        self.reading = read or len(parts) >= self.MAX_PARTS
        self._read = parts if self.reading else []
        for part in self._read:
            entries = read_salted(part, self.salt)  # None: only costs conversions
            if isinstance(entries, dict):
                self.entries.update(entries)

    def key(self, src_uri: str, markdown: str) -> str:
        """The entry of ``markdown`` at ``src_uri`` (the salt is checked when a part is read)."""
        digest = hashlib.blake2b(src_uri.encode(), digest_size=16)
        digest.update(b"\0" + markdown.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> _Converted | None:
        entry = self.entries.get(key)
        if entry is not None:
            self.hits += 1
        return entry

    def keep(self, key: str, entry: _Converted) -> None:
        self.kept[key] = entry

    def carry(self, src_uri: str, markdown: str) -> None:
        """Keep the last build's conversion of a page not converted in this one (its file was
        taken from the last build), for the next build."""
        key = self.key(src_uri, markdown)
        entry = self.entries.get(key)
        if entry is not None:
            self.kept[key] = entry

    def save_part(self) -> None:
        """Write this process's entries as a part of the next build's cache."""
        if not self.kept and not self.reading:
            return
        name = f"part-{os.getpid()}-{time.time_ns()}.pickle"
        write_salted(self.folder / name, self.salt, self.kept)

    def finish(self) -> None:
        """In the main process, once every worker saved its part: save this process's part and
        remove the parts of the last build."""
        self.save_part()
        for part in self._read:  # none when the build read none
            with contextlib.suppress(OSError):  # a cache that cannot be written costs time only
                part.unlink(missing_ok=True)


def markdown_salt(config: MkDocsConfig) -> str:
    """What converts Markdown besides the text: a change of any of it empties the cache."""
    here = Path(__file__).parent.parent
    parts = [
        importlib.metadata.version(name) for name in ("markdown", "mkdocs", "pymdown-extensions")
    ]
    for ext in config["markdown_extensions"]:
        parts.append(
            ext if isinstance(ext, str) else f"{type(ext).__module__}.{type(ext).__name__}"
        )
    parts.append(repr(sorted((config["mdx_configs"] or {}).items())))
    parts.append(str(config.use_directory_urls))
    for source in (here / "adapter" / "convert.py", here / "links" / "citations.py"):
        parts.append(hashlib.blake2b(source.read_bytes(), digest_size=8).hexdigest())
    return "\n".join(parts)


@dataclass(slots=True)
class _Context:
    """This build's cache and the features' lookups (`use_cache`)."""

    cache: MarkdownCache | None = None
    lookups: Callable[[], Any] = tuple
    hold: Callable[[Any], bool] = lambda lookups: True


_context = _Context()


def use_cache(
    cache: MarkdownCache | None,
    lookups: Callable[[], Any] = tuple,
    hold: Callable[[Any], bool] = lambda lookups: True,
) -> None:
    """Convert this build's pages through ``cache`` (None: no cache), recording and checking
    the features' lookups with ``lookups`` and ``hold``."""
    _context.cache, _context.lookups, _context.hold = cache, lookups, hold


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
        if not fragments_cached():
            super().render(config, files)  # the reference: MkDocs' own, page by page
            return
        converter(config, files).render(self)
