"""The features' common interface: `Feature`, the `BuildContext` they share, and `Options`.

Every feature module imports this one and the packages below it (core, links, site); the list of
features lives in `registry`, so no feature imports its own registry. It imports no MkDocs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from bangtin.core.kept import KeptWork
from bangtin.core.load import LoadResult
from bangtin.core.model import Directive, Registry
from bangtin.site.pages import PageSpec, SiteIndex

__all__ = ["BuildContext", "Feature", "Options", "OutputFile"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """The plugin options the features read, copied out of MkDocs' config."""

    organisation: str = ""
    org_hashtag: str = ""
    emoji: bool = True
    search: bool = True
    cards: bool = True
    card_days: int = 183
    site_url: str = ""
    site_name: str = ""
    root: Path = Path(".")
    # The folders of the portal's content, relative to ``root``: directives_dir and docs_dir.
    folders: tuple[str, ...] = ("directives", "content")
    # Files kept beside directives: the size limit of one (MB) and the trust roots (PEM paths).
    attachment_max_mb: int = 50
    trust_roots: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutputFile:
    """One file of a feature's `Feature.post_build`, as `Feature.output_files` tells it.

    Attributes:
        key: what the file is made of: two equal keys give the same bytes, so `bangtin serve`
            writes a file again only when its key changed (compared with ``==``: records and
            posts kept between edits are the same objects, so that is cheap).
        data: the file's bytes, made only when they are written.
    """

    key: object
    data: Callable[[], bytes]


@dataclass(slots=True)
class BuildContext:
    """What every feature of one build shares: options, the load result and the site index."""

    options: Options
    result: LoadResult
    index: SiteIndex | None = None
    state: dict[str, Any] = field(default_factory=dict)
    # Per-record work kept between the builds of one `bangtin serve` (None: nothing is kept).
    memo: dict[str, Any] | None = None
    # Per-record work kept from one `bangtin build` to the next, by source digest (`kept`).
    kept: KeptWork | None = None

    @property
    def registry(self) -> Registry:
        return self.result.registry

    def site_index(self) -> SiteIndex:
        assert self.index is not None, "the site index is built after the stubs are known"
        return self.index


class Feature:
    """One feature's answers to the plugin's questions; every method has a neutral default."""

    def __init__(self, ctx: BuildContext) -> None:
        self.ctx = ctx

    @classmethod
    def after_body_edit(
        cls, previous: Feature, ctx: BuildContext, records: Sequence[Directive]
    ) -> Feature:
        """This feature for ``ctx``, whose only change from ``previous``'s build is the bodies
        of ``records`` (`bangtin serve`; the same documents cited on the same lines).

        A feature that reads no body, or can take new bodies into what it built, overrides
        this to reuse ``previous``; the default builds the feature anew.
        """
        return cls(ctx)

    @classmethod
    def after_fields_edit(
        cls, previous: Feature, ctx: BuildContext, records: Sequence[Directive]
    ) -> Feature:
        """This feature for ``ctx``, whose only change from ``previous``'s build is fields of
        ``records`` that the link graph does not read, the same documents cited on the same
        lines (`bangtin serve`, `links.graph.same_graph`). The default builds the feature anew.
        """
        return cls(ctx)

    @classmethod
    def after_files_edit(
        cls,
        previous: Feature,
        ctx: BuildContext,
        added: Sequence[Directive],
        removed: Sequence[Directive],
    ) -> Feature:
        """This feature for ``ctx``, whose only change from ``previous``'s build is the new
        files' records ``added`` and the deleted files' ``removed`` (as they were read;
        `bangtin serve`). The default builds the feature anew.
        """
        return cls(ctx)

    def stubs(self) -> tuple[Directive, ...]:
        """Directive pages for documents known only by citation."""
        return ()

    def extra_css(self) -> list[str]:
        return []

    def extra_javascript(self) -> list[str]:
        return []

    def markdown_extensions(self) -> list[Any]:
        return []

    def pages(self) -> list[PageSpec]:
        """Extra generated pages (their kinds rendered through `pages.register_renderer`)."""
        return []

    def begin_page(self, spec: PageSpec | None, src_uri: str = "") -> None:
        """Called before a page's Markdown is rendered (spec None for an editor's own page)."""

    def markdown_lookups(self) -> Any:
        """What this feature's Markdown extensions looked up for the page since `begin_page`
        (picklable; None when they look nothing up): a cached conversion of the same Markdown
        is reused only while `lookups_hold` of it."""
        return None

    def lookups_hold(self, lookups: Any) -> bool:
        """True when every lookup of ``lookups`` (from `markdown_lookups`) still gives the same."""
        return True

    def global_view(self) -> object:
        """What this feature shows on many pages that is no record's (the build date...), as a
        value whose ``repr`` changes when it does: part of every page's digest (`inputs`)."""
        return None

    def record_view(self, d: Directive) -> object:
        """What this feature shows of ``d`` on other records' pages (its relations...), as a
        value whose ``repr`` changes when it does (see `inputs`)."""
        return None

    def own_view(self, d: Directive) -> object:
        """What this feature shows of ``d`` on its own page and on listings only (its posts,
        its history), as a value whose ``repr`` changes when it does (see `inputs`)."""
        return None

    def pages_changed(self, previous: Feature) -> set[str]:
        """The pages (source paths) that show what this feature made differently from
        ``previous`` (the same feature before an edit in `bangtin serve`) for records the edit
        did not touch; serve renders them again. The default: none."""
        return set()

    def body_kinds(self) -> frozenset[str]:
        """This feature's page kinds that show what records' bodies give (the posts' key
        points): their digest reads every body, not only every record's face (see `inputs`)."""
        return frozenset()

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        """Trusted HTML fragments for a generated page, by slot name.

        Whatever they show must be in the feature's views (`record_view`, `own_view`,
        `global_view`): a page is reused while its views are unchanged."""
        return {}

    def head(self, spec: PageSpec, page_url: str) -> Markup:
        """Trusted HTML for the page's <head> (from the feature's views, as `extras`)."""
        return Markup("")

    def page_footer(self, abs_src_path: str) -> Markup:
        """Trusted HTML added under an editor's own page (content/*.md)."""
        return Markup("")

    def background(self) -> list[Callable[[], list[str]]]:
        """Work to run in a forked process while pages are rendered; each returns notes."""
        return []

    def post_build(self, site_dir: Path) -> None:
        """Write files into the built site (it is the staging folder during `build`)."""

    def output_files(self) -> dict[str, OutputFile] | None:
        """Every file `post_build` writes, by path relative to the site, each with what it is
        made of (`OutputFile`): `bangtin serve` then writes only the files an edit changes and
        removes those no longer made. None (the default): the feature cannot tell, and all its
        files are written again. A feature that answers writes its `post_build` from it."""
        return None

    def output_key(self) -> object:
        """What the files of `post_build` are made of, as a value whose ``repr`` changes when
        they would: a build with the same key as the last one links the last build's files
        (`site.outputs`). Only features that override it are kept so."""
        return None
