"""The posts feature in a build: post boxes on pages, og: tags, /bai-dang/, exports and cards.

`posts.py` and `cards.py` compose and draw; this module decides which records get posts (public
ones only, through `compose_posts`), where the files go, and reuses cards drawn by an earlier
build from a cache keyed by everything that can change a card.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import hashlib
from collections.abc import Callable, Sequence
from pathlib import Path

from markupsafe import Markup

from bangtin.core.model import Directive, NewsItem, Practice, Theme, Visibility
from bangtin.core.plain import plain_line
from bangtin.features.base import BuildContext, Feature, OutputFile
from bangtin.features.posts import cards
from bangtin.features.posts import compose as posts
from bangtin.site.pages import PageSpec, SiteIndex, register_renderer
from bangtin.site.render import Links, relative_url, render_template

__all__ = ["PostsFeature"]

Record = Directive | Theme | Practice | NewsItem
CACHE_DIR = Path(".cache") / "bangtin" / "cards"
#: The organisation's card, shared by the posts of old directives (see `card_days`).
SHARED_CARD = f"{posts.CARDS_DIR}/chung.png"


class PostsFeature(Feature):
    """Fanpage posts for every public record."""

    def __init__(self, ctx: BuildContext, previous: PostsFeature | None = None) -> None:
        super().__init__(ctx)
        opts = ctx.options
        self.options = posts.PostOptions(
            org_hashtag=opts.org_hashtag, org_name=opts.organisation, emoji=opts.emoji
        )
        if previous is None or not self._take(previous):
            self._compose(ctx)
        register_renderer("posts", self._render_index)

    @classmethod
    def after_files_edit(
        cls,
        previous: Feature,
        ctx: BuildContext,
        added: Sequence[Directive],
        removed: Sequence[Directive],
    ) -> Feature:
        # New and deleted files: the other records' posts and their order stay (`_take`).
        assert isinstance(previous, PostsFeature)
        return cls(ctx, previous)

    @classmethod
    def after_fields_edit(
        cls, previous: Feature, ctx: BuildContext, records: Sequence[Directive]
    ) -> Feature:
        # An edited record's posts are made again, the others' stay (`_take`).
        assert isinstance(previous, PostsFeature)
        return cls(ctx, previous)

    def _compose(self, ctx: BuildContext) -> None:
        """Every record's posts (those kept by record in serve's memo reused), their order."""
        opts = ctx.options
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
        # `bangtin build` keeps each directive's posts for the next build under its source
        # digest (`KeptWork`), with what else a post reads: units, themes and options.
        last, kept, shared = self._kept_posts(ctx) if memo is None else ({}, None, "")
        for record in records:
            held = memo.get(id(record)) if memo is not None else None
            source = ctx.result.sources.get(record.path) if kept is not None else None
            key = f"{source}|{getattr(record, 'status', '')}|{shared}" if source else ""
            if held is not None and held[0] is record:
                composed = held[1]
            elif key in last:
                composed = last[key]
            else:
                composed = posts.compose_posts(
                    record, registry=reg, site_url=opts.site_url, options=self.options
                )
            if kept is not None and key:
                kept[key] = composed
            fresh[id(record)] = (record, composed)
            if composed:
                self.by_page[record.src_uri] = composed
                self.records[record.src_uri] = record
        if memo is not None:
            memo.clear()
            memo.update(fresh)
        if ctx.kept is not None and kept is not None:
            ctx.kept.put("posts.composed", kept)
        self.shared = self._share_old_cards()
        self.all = posts.sorted_posts(
            [p for group in self.by_page.values() for p in group],
            ctx.memo.setdefault("posts.sort_keys", {}) if ctx.memo is not None else {},
        )

    def _take(self, previous: PostsFeature) -> bool:
        """``previous``'s posts for this build, whose records are ``previous``'s but the
        directives that came or went (`bangtin serve`: new, deleted or edited files): theirs are
        composed or dropped and put in or taken out of the order, the others stay (a post
        reads its record, the units and themes only). False (nothing taken) when more changed,
        or when the newest directive did, which decides which posts share the card."""
        ctx, reg, old = self.ctx, self.ctx.registry, previous.ctx.registry
        memo = ctx.memo
        if memo is None or previous.options != self.options or previous.ctx.options != ctx.options:
            return False
        if any(
            a is not b and a != b
            for a, b in (
                (reg.units, old.units),
                (reg.themes, old.themes),
                (reg.practices, old.practices),
                (reg.news, old.news),
            )
        ):
            return False
        was, now = set(map(id, old.directives)), set(map(id, reg.directives))
        gone = [d for d in old.directives if id(d) not in now]
        came = [d for d in reg.directives if id(d) not in was]
        if len(gone) + len(came) > _FEW or _newest(old.directives) != _newest(reg.directives):
            return False
        by_page, records = dict(previous.by_page), dict(previous.records)
        dropped: set[int] = set()
        shared = previous.shared
        for d in gone:
            if records.get(d.src_uri) is d:
                del records[d.src_uri]
                group = by_page.pop(d.src_uri)
                dropped.update(id(p) for p in group)
                shared -= group[0].image == SHARED_CARD
        composed_memo = memo.setdefault("posts.composed", {})
        for d in came:
            composed = posts.compose_posts(
                d, registry=reg, site_url=ctx.options.site_url, options=self.options
            )
            composed_memo[id(d)] = (d, composed)
            if composed:
                by_page[d.src_uri], records[d.src_uri] = composed, d
        self.by_page, self.records = by_page, records
        self.shared = shared + self._share_cards_of(came)
        keys = memo.setdefault("posts.sort_keys", {})
        ordered = (
            [p for p in previous.all if id(p) not in dropped] if dropped else list(previous.all)
        )

        def order(post: posts.Post) -> tuple[object, ...]:
            return posts.post_order(post, keys)

        for d in came:
            for post in self.by_page.get(d.src_uri, ()):
                # No two posts have one key (it ends with the post's slug): where it sorts.
                ordered.insert(bisect.bisect(ordered, order(post), key=order), post)
        self.all = ordered
        return True

    def _share_cards_of(self, came: Sequence[Directive]) -> int:
        """`_share_old_cards` for the posts of the directives ``came`` alone (the newest
        directive the same): how many now share the card."""
        opts, newest = self.ctx.options, _newest(self.ctx.registry.directives)
        if opts.card_days <= 0 or not opts.cards or newest is None:
            return 0
        since = newest - dt.timedelta(days=opts.card_days)
        alt = self._shared_spec().title
        memo: dict[int, tuple[tuple[posts.Post, ...], tuple[posts.Post, ...]]] = (
            self.ctx.memo.setdefault(f"posts.shared {alt}", {}) if self.ctx.memo is not None else {}
        )
        shared = 0
        for d in came:
            group = self.by_page.get(d.src_uri)
            if group and self.records[d.src_uri] is d and d.post is None and d.date <= since:
                copies = tuple(
                    dataclasses.replace(p, image=SHARED_CARD, image_alt=alt) for p in group
                )
                memo[id(group)] = (group, copies)
                self.by_page[d.src_uri] = copies
                shared += 1
        return shared

    def _kept_posts(
        self, ctx: BuildContext
    ) -> tuple[dict[str, tuple[posts.Post, ...]], dict[str, tuple[posts.Post, ...]] | None, str]:
        """The posts the last build kept, this build's (empty) and the digest of what every
        post reads besides its record."""
        if ctx.kept is None:
            return {}, None, ""
        reg = ctx.registry
        shared = hashlib.blake2b(
            repr((reg.units, reg.themes, ctx.options.site_url, self.options)).encode(),
            digest_size=16,
        ).hexdigest()
        return ctx.kept.last("posts.composed"), {}, shared

    def extra_css(self) -> list[str]:
        return ["assets/bangtin/posts.css"]

    def extra_javascript(self) -> list[str]:
        return ["assets/bangtin/posts.js"]

    def pages(self) -> list[PageSpec]:
        return [PageSpec(src_uri="bai-dang/index.md", title="Bài đăng fanpage", kind="posts")]

    def own_view(self, d: Directive) -> object:
        # A post's text is made of its record and the options (in every page's digest); which
        # card it shows is decided against every other record (`_share_old_cards`).
        return tuple((p.image, p.image_alt) for p in self.by_page.get(d.src_uri, ()))

    def body_kinds(self) -> frozenset[str]:
        return frozenset({"posts"})

    def pages_changed(self, previous: Feature) -> set[str]:
        # Which posts share the organisation's card follows the newest directive: a new
        # newest (or its date, or its deletion) changes the card on older records' pages,
        # and on /bai-dang/ that lists their posts. A record whose posts are the objects of
        # the last build shows what it showed.
        if not isinstance(previous, PostsFeature):
            return set()
        out: set[str] = set()
        for uri, group in self.by_page.items():
            was = previous.by_page.get(uri)
            if was is not None and was is not group and _cards(was) != _cards(group):
                out.add(uri)
        return out | {"bai-dang/index.md"} if out else out

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
        shown = self.all[: posts.PAGE_POSTS]
        return render_template(
            "bai-dang.html", posts=shown, total=len(self.all), themes=themes, base_url=base
        )

    def _share_old_cards(self) -> int:
        """Give the posts of directives older than ``card_days`` the organisation's card.

        Drawing a card costs about 5 ms: 50 s of a cold build at 10,000 directives, for cards
        of documents nobody posts any more (a communications officer posts this month's). A
        directive issued ``card_days`` or more before the newest one therefore shares one card,
        unless its front-matter has a `post:` block (someone means to post it). Measured from
        the newest directive, not the clock, so the same content always builds the same site.

        Returns:
            How many records share the card.
        """
        days = self.ctx.options.card_days
        dated = [d.date for d in self.ctx.registry.directives if not d.stub]
        if days <= 0 or not self.ctx.options.cards or not dated:
            return 0
        since = max(dated) - dt.timedelta(days=days)
        alt = self._shared_spec().title
        # serve: the posts of a record an edit did not touch are the same objects as before
        # (see __init__), and so are their shared-card copies.
        memo: dict[int, tuple[tuple[posts.Post, ...], tuple[posts.Post, ...]]] = (
            self.ctx.memo.setdefault(f"posts.shared {alt}", {}) if self.ctx.memo is not None else {}
        )
        fresh: dict[int, tuple[tuple[posts.Post, ...], tuple[posts.Post, ...]]] = {}
        for src_uri, record in self.records.items():
            if isinstance(record, Directive) and record.post is None and record.date <= since:
                group = self.by_page[src_uri]
                held = memo.get(id(group))
                if held is None or held[0] is not group:
                    copies = tuple(
                        dataclasses.replace(p, image=SHARED_CARD, image_alt=alt) for p in group
                    )
                    held = (group, copies)
                fresh[id(group)] = held
                self.by_page[src_uri] = held[1]
        memo.clear()
        memo.update(fresh)
        return len(fresh)

    def _shared_spec(self) -> cards.CardSpec:
        """The organisation's card: its name in the current yearly theme's colour."""
        reg = self.ctx.registry
        public = [t for t in reg.themes if t.visibility is Visibility.PUBLIC]
        org = plain_line(self.options.org_name) or plain_line(self.ctx.options.site_name)
        return cards.CardSpec(
            title=org or "Bảng tin",
            subtitle="Văn bản chỉ đạo, chủ đề năm và bài đăng fanpage",
            org=plain_line(self.ctx.options.site_name),
            badge="Văn bản",
            color=max(public, key=lambda t: t.year).color if public else cards.DEFAULT_COLOR,
        )

    def _card_specs(self) -> dict[str, cards.CardSpec]:
        """Each card of the build, by its site-relative path (the shared one once)."""
        specs: dict[str, cards.CardSpec] = {}
        for src_uri, group in sorted(self.by_page.items()):
            image = group[0].image
            if image in specs:
                continue
            if image == SHARED_CARD:
                specs[image] = self._shared_spec()
            else:
                specs[image] = posts.card_spec(
                    self.records[src_uri], registry=self.ctx.registry, options=self.options
                )
        return specs

    def _cards_to_draw(self) -> list[cards.CardSpec]:
        # Only whether a card is there: post_build checks each one it copies, and draws again
        # one that is damaged.
        cache = self.ctx.options.root / CACHE_DIR
        return [
            spec
            for spec in self._card_specs().values()
            if not cards.card_cache_path(cache, spec).exists()
        ]

    def background(self) -> list[Callable[[], list[str]]]:
        """Draw the cards the cache lacks in a forked process while pages are rendered."""
        if not self.ctx.options.cards:
            return []
        todo = self._cards_to_draw()
        cache = self.ctx.options.root / CACHE_DIR
        return [functools.partial(_draw_cards, cache, todo)] if len(todo) > 20 else []

    def output_key(self) -> object:
        # The exports are every post and the site's address; the cards, each image's spec.
        specs = self._card_specs() if self.ctx.options.cards else {}
        return (
            self.all,
            self.ctx.options.site_url,
            self.ctx.options.cards,
            sorted((image, cards.card_cache_key(spec)) for image, spec in specs.items()),
        )

    def output_files(self) -> dict[str, OutputFile]:
        """The export files (`posts.export_files`) and the cards, each card made of its spec."""
        files = posts.export_files(self.all, site_url=self.ctx.options.site_url)
        if self.ctx.options.cards:
            cache = self.ctx.options.root / CACHE_DIR
            for image, spec in self._card_specs().items():
                files[image] = OutputFile(spec, functools.partial(cards.cached_card, cache, spec))
        return files

    def post_build(self, site_dir: Path) -> None:
        made: set[Path] = set()
        for rel, file in self.output_files().items():
            target = site_dir / rel
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            target.write_bytes(file.data())


def _cards(group: Sequence[posts.Post]) -> list[tuple[str, str]]:
    return [(p.image, p.image_alt) for p in group]


# More records than this came or went: the posts are composed again (a full build's edit).
_FEW = 16


def _newest(directives: Sequence[Directive]) -> dt.date | None:
    """The date of the newest directive (not a stub): cards are shared from it."""
    return max((d.date for d in directives if not d.stub), default=None)


def _draw_cards(cache: Path, todo: list[cards.CardSpec]) -> list[str]:
    """Draw cards into the cache (a forked process, while the pages are rendered)."""
    cards.draw_into_cache(cache, todo)
    return []
