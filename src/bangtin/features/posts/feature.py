"""The posts feature in a build: post boxes on pages, og: tags, /bai-dang/, exports and cards.

`posts.py` and `cards.py` compose and draw; this module decides which records get posts (public
ones only, through `compose_posts`), where the files go, and reuses cards drawn by an earlier
build from a cache keyed by everything that can change a card.
"""

from __future__ import annotations

import functools
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup

from bangtin.core.model import Directive, NewsItem, Practice, Theme
from bangtin.core.text import sort_key
from bangtin.features.base import BuildContext, Feature
from bangtin.features.posts import cards
from bangtin.features.posts import compose as posts
from bangtin.site.pages import PageSpec, SiteIndex, register_renderer
from bangtin.site.render import Links, relative_url, render_template

__all__ = ["PostsFeature"]

Record = Directive | Theme | Practice | NewsItem
CACHE_DIR = Path(".cache") / "bangtin" / "cards"


class PostsFeature(Feature):
    """Fanpage posts for every public record."""

    def __init__(self, ctx: BuildContext) -> None:
        super().__init__(ctx)
        opts = ctx.options
        self.options = posts.PostOptions(
            org_hashtag=opts.org_hashtag, org_name=opts.organisation, emoji=opts.emoji
        )
        reg = ctx.registry
        records: list[Record] = [*reg.directives, *reg.themes, *reg.practices, *reg.news]
        self.by_page: dict[str, tuple[posts.Post, ...]] = {}
        self.records: dict[str, Record] = {}
        # `bangtin serve` keeps each record's posts between rebuilds (its fields are all a post
        # reads, with units and themes, whose change means a full build). Keyed by the record
        # object itself, kept alive in the value so its id is not reused, as links.py keeps
        # citations: a record the rebuild did not touch is the same object, an edited one is
        # new, and hashing 10,000 records by value would cost half a second per edit.
        memo: dict[int, tuple[Record, tuple[posts.Post, ...]]] | None = None
        if ctx.memo is not None:
            memo = ctx.memo.setdefault("posts.composed", {})
        fresh: dict[int, tuple[Record, tuple[posts.Post, ...]]] = {}
        for record in records:
            held = memo.get(id(record)) if memo is not None else None
            if held is not None and held[0] is record:
                composed = held[1]
            else:
                composed = posts.compose_posts(
                    record, registry=reg, site_url=opts.site_url, options=self.options
                )
            fresh[id(record)] = (record, composed)
            if composed:
                self.by_page[record.src_uri] = composed
                self.records[record.src_uri] = record
        if memo is not None:
            memo.clear()
            memo.update(fresh)
        self.all = _sorted_posts(
            [p for group in self.by_page.values() for p in group],
            ctx.memo.setdefault("posts.sort_keys", {}) if ctx.memo is not None else {},
        )
        register_renderer("posts", self._render_index)

    def extra_css(self) -> list[str]:
        return ["assets/bangtin/posts.css"]

    def extra_javascript(self) -> list[str]:
        return ["assets/bangtin/posts.js"]

    def pages(self) -> list[PageSpec]:
        return [PageSpec(src_uri="bai-dang/index.md", title="Bài đăng fanpage", kind="posts")]

    def _card_url(self, group: tuple[posts.Post, ...], page_url: str) -> str:
        if not self.ctx.options.cards or not group:
            return ""
        return relative_url(group[0].image, page_url)

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        group = self.by_page.get(spec.src_uri)
        if not group:
            return {}
        html = render_template(
            "partials/bangtin/post_box.html", posts=group, card_url=self._card_url(group, page_url)
        )
        return {"posts": html}

    def head(self, spec: PageSpec, page_url: str) -> Markup:
        group = self.by_page.get(spec.src_uri)
        if not group:
            return Markup("")
        post = group[0]
        site_url = self.ctx.options.site_url
        image = ""
        if self.ctx.options.cards:
            image = (
                site_url.rstrip("/") + "/" + post.image
                if site_url
                else relative_url(post.image, page_url)
            )
        return Markup(
            render_template(
                "partials/bangtin/og.html",
                title=post.title,
                description=post.description,
                url=post.url,
                image=image,
                image_alt=post.image_alt,
                site_name=self.ctx.options.site_name,
            )
        )

    def _render_index(
        self, spec: PageSpec, index: SiteIndex, links: Links, extras: dict[str, Markup]
    ) -> Markup:
        themes = [t for t in index.registry.themes if t.visibility.value == "public"]
        base = relative_url("", spec.url).rstrip("/") or "."
        return render_template("bai-dang.html", posts=self.all, themes=themes, base_url=base)

    def _cards_to_draw(self) -> list[tuple[Path, cards.CardSpec]]:
        cache = self.ctx.options.root / CACHE_DIR
        todo = []
        for src_uri in sorted(self.by_page):
            spec = posts.card_spec(
                self.records[src_uri], registry=self.ctx.registry, options=self.options
            )
            cached = cache / f"{cards.card_cache_key(spec)}.png"
            if not cached.exists():
                todo.append((cached, spec))
        return todo

    def background(self) -> list[Callable[[], list[str]]]:
        """Draw the cards the cache lacks in a forked process while pages are rendered."""
        if not self.ctx.options.cards:
            return []
        todo = self._cards_to_draw()
        return [functools.partial(_draw_cards, todo)] if len(todo) > 20 else []

    def post_build(self, site_dir: Path) -> None:
        posts.write_exports(self.all, site_dir, site_url=self.ctx.options.site_url)
        if not self.ctx.options.cards:
            return
        cache = self.ctx.options.root / CACHE_DIR
        cache.mkdir(parents=True, exist_ok=True)
        for src_uri, group in sorted(self.by_page.items()):
            spec = posts.card_spec(
                self.records[src_uri], registry=self.ctx.registry, options=self.options
            )
            target = site_dir / group[0].image
            target.parent.mkdir(parents=True, exist_ok=True)
            cached = cache / f"{cards.card_cache_key(spec)}.png"
            if not cached.exists():
                _draw_cards([(cached, spec)])
            shutil.copyfile(cached, target)


def _sorted_posts(items: list[posts.Post], keys: dict[str, tuple[Any, ...]]) -> list[posts.Post]:
    """`posts.sorted_posts`, with each source's Vietnamese sort key computed once per session."""

    def source_key(source: str) -> tuple[Any, ...]:
        key = keys.get(source)
        if key is None:
            key = keys[source] = sort_key(source)
        return key

    by_rest = sorted(items, key=lambda p: (source_key(p.source), p.channel, p.slug))
    return sorted(by_rest, key=lambda p: p.publish_on, reverse=True)


def _draw_cards(todo: list[tuple[Path, cards.CardSpec]]) -> list[str]:
    """Draw cards into the cache, each written whole (a reader never sees half a file)."""
    for cached, spec in todo:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(cards.render_card(spec))
        os.replace(tmp, cached)
    return []
