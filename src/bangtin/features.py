"""The features that sit on the loaded registry (links, search, posts, follow-up), wired together.

The plugin asks this module, at each MkDocs event, what the features add: stub pages, extra
pages, fragments of a page, head tags and files written after the build. It imports no MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from bangtin.load import LoadResult
from bangtin.model import Directive, Registry
from bangtin.pages import PageSpec

__all__ = ["Features", "Options"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """The plugin options the features read, copied out of MkDocs' config."""

    organisation: str = ""
    org_hashtag: str = ""
    emoji: bool = True
    search: bool = True
    cards: bool = True
    site_url: str = ""
    site_name: str = ""
    root: Path = Path(".")


@dataclass(slots=True)
class Features:
    """Per-build state of every feature."""

    options: Options
    result: LoadResult
    current: PageSpec | None = None
    _stubs: tuple[Directive, ...] = ()
    state: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def create(cls, plugin: Any, config: Any, result: LoadResult) -> Features:
        opts = plugin.config
        options = Options(
            organisation=opts.organisation or config.site_name,
            org_hashtag=opts.org_hashtag,
            emoji=opts.emoji,
            search=opts.search,
            cards=opts.cards,
            site_url=config.site_url or "",
            site_name=config.site_name,
            root=plugin.root,
        )
        return cls(options=options, result=result)

    @property
    def registry(self) -> Registry:
        return self.result.registry

    def stubs(self) -> tuple[Directive, ...]:
        """Pages for documents known only by citation."""
        return self._stubs

    def extra_css(self) -> list[str]:
        return []

    def extra_javascript(self) -> list[str]:
        return []

    def markdown_extensions(self) -> list[Any]:
        return []

    def hidden_files(self) -> set[str]:
        """docs_dir files (attachments) that belong only to records this audience may not see."""
        audience = self.registry.audience
        visible: set[str] = set()
        hidden: set[str] = set()
        for d in self.result.all_directives:
            target = visible if d.visibility.visible_to(audience) else hidden
            target.update(a.lstrip("/") for a in d.attachments)
        return hidden - visible

    def pages(self) -> list[PageSpec]:
        return []

    def begin_page(self, spec: PageSpec | None) -> None:
        self.current = spec

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        return {}

    def head(self, spec: PageSpec, page_url: str) -> Markup:
        return Markup("")

    def post_build(self, site_dir: Path) -> None:
        return None
