"""The one list of the portal's features (links, posts, search, follow-up, history), wired together.

The adapter asks this module, at each MkDocs event, what the features add: stub pages, extra
pages, fragments of a page, head tags and files written after the build. Each feature is a
`Feature` subclass (`base`) in its own module; this module only holds the list and merges their
answers. It imports no MkDocs.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from bangtin.core.kept import KeptWork
from bangtin.core.load import LoadResult
from bangtin.core.model import Directive
from bangtin.features.attachments import AttachmentsFeature
from bangtin.features.base import BuildContext, Feature, Options
from bangtin.features.followup.feature import FollowupFeature
from bangtin.features.history import HistoryFeature
from bangtin.features.inputs import PageInputs, face_digest
from bangtin.features.links import LinksFeature
from bangtin.features.posts.feature import PostsFeature
from bangtin.features.search.feature import SearchFeature
from bangtin.links.graph import identity_of
from bangtin.site.outputs import KeptOutputs
from bangtin.site.pages import PageSpec, SiteIndex

__all__ = ["FEATURES", "BuildContext", "Feature", "Features", "Options"]


_REFERENCE = re.compile(r"""\]\(\s*<?([^)\s>]+)|\b(?:src|href)\s*=\s*["']([^"']+)["']""")


def _referenced_files(markdown: str) -> set[str]:
    """Relative file paths a Markdown body points to ("../content/anh/x.png" -> "anh/x.png")."""
    out: set[str] = set()
    if "](" not in markdown and "src" not in markdown and "href" not in markdown:
        return out  # what most bodies are: no link, no image (a regex walk costs more)
    for match in _REFERENCE.finditer(markdown):
        ref = (match[1] or match[2] or "").split("#", 1)[0].split("?", 1)[0]
        if not ref or "://" in ref or ref.startswith(("mailto:", "tel:", "data:")):
            continue
        parts = [p for p in ref.replace("\\", "/").split("/") if p not in ("", ".", "..")]
        if parts and parts[0] == "content":
            parts = parts[1:]
        # Every tail of the path: the body may point from directives/ or from a page's folder.
        out.update("/".join(parts[i:]) for i in range(len(parts)))
    return out


# In the order they are asked. LinksFeature first: its stubs and derived statuses are what the
# others see. Follow-up: tasks, /theo-doi/, calendars, /mo-hinh/, /tin-tuc/, /thong-ke/.
# History: last update and change history, from git. Attachments: the kept files to download.
FEATURES: tuple[type[Feature], ...] = (
    LinksFeature,
    PostsFeature,
    SearchFeature,
    FollowupFeature,
    HistoryFeature,
    AttachmentsFeature,
)


# Features whose state does not depend on the directives' content: a directive edited during
# `bangtin serve` keeps them (the git history is read again on the next full build).
_KEPT_ON_UPDATE = frozenset({"HistoryFeature", "SearchFeature"})


@dataclass(slots=True)
class Features:
    """Every feature of one build, asked in order."""

    ctx: BuildContext
    items: list[Feature] = field(default_factory=list)
    # The features whose post_build runs in a background job (see `background`).
    written_beside: set[str] = field(default_factory=set)
    _inputs: PageInputs | None = None

    @classmethod
    def create(
        cls,
        plugin: Any,
        config: Any,
        result: LoadResult,
        *,
        memo: dict[str, Any] | None = None,
        kept: KeptWork | None = None,
        previous: Features | None = None,
        body_edits: Sequence[Directive] = (),
        field_edits: Sequence[Directive] = (),
        files: tuple[Sequence[Directive], Sequence[Directive]] = ((), ()),
    ) -> Features:
        """Every feature for ``result``.

        Args:
            plugin: the MkDocs plugin (its options and root).
            config: MkDocs' config (site name and URL).
            result: the load result; the features read it and add their warnings to it.
            memo: per-record work kept between the rebuilds of `bangtin serve` (citations found
                in each directive, composed posts); None for a one-off build.
            kept: the same work kept from one `bangtin build` to the next (`KeptWork`).
            previous: the features of the build this one replaces (`bangtin serve`): features
                that do not depend on the directives (git history, search) are kept, not rebuilt.
            body_edits: the directives (as read again) when the only change from ``previous``'s
                build is their bodies, citing the same documents on the same lines; each
                feature then decides what it keeps (:meth:`Feature.after_body_edit`).
            field_edits: likewise when the only change is fields of these directives that the
                link graph does not read (:meth:`Feature.after_fields_edit`).
            files: (added, removed): likewise when the only change is new and deleted files
                (:meth:`Feature.after_files_edit`).
        """
        opts = plugin.config
        options = Options(
            organisation=opts.organisation or config.site_name,
            org_hashtag=opts.org_hashtag,
            emoji=opts.emoji,
            search=opts.search,
            cards=opts.cards,
            card_days=opts.card_days,
            site_url=config.site_url or "",
            site_name=config.site_name,
            root=plugin.root,
            folders=(opts.directives_dir, os.path.relpath(config.docs_dir, plugin.root)),
            attachment_max_mb=opts.attachment_max_mb,
            trust_roots=tuple(opts.trust_roots),
        )
        ctx = BuildContext(options=options, result=result, memo=memo, kept=kept)
        before = {type(f): f for f in previous.items} if previous is not None else {}
        items: list[Feature] = []
        for feature_class in FEATURES:
            old = before.get(feature_class)
            if old is not None and feature_class.__name__ in _KEPT_ON_UPDATE:
                old.ctx = ctx
                items.append(old)
            elif old is not None and body_edits:
                items.append(feature_class.after_body_edit(old, ctx, body_edits))
            elif old is not None and field_edits:
                items.append(feature_class.after_fields_edit(old, ctx, field_edits))
            elif old is not None and (files[0] or files[1]):
                items.append(feature_class.after_files_edit(old, ctx, *files))
            else:
                items.append(feature_class(ctx))
        features = cls(ctx=ctx, items=items)
        stubs = tuple(s for f in features.items for s in f.stubs())
        ctx.index = SiteIndex.build(result.registry, stubs=stubs)
        return features

    @property
    def index(self) -> SiteIndex:
        return self.ctx.site_index()

    def extra_css(self) -> list[str]:
        return [css for f in self.items for css in f.extra_css()]

    def extra_javascript(self) -> list[str]:
        return [js for f in self.items for js in f.extra_javascript()]

    def markdown_extensions(self) -> list[Any]:
        return [ext for f in self.items for ext in f.markdown_extensions()]

    def hidden_files(self) -> set[str]:
        """docs_dir files that only records this audience may not see use.

        Attachments, and images or files a hidden record's body points to: a public build
        must not copy an internal record's picture just because it sits in content/.
        """
        audience = self.ctx.registry.audience
        visible: set[str] = set()
        hidden: set[str] = set()
        for d in self.ctx.result.all_directives:
            target = visible if d.visibility.visible_to(audience) else hidden
            target.update(a.lstrip("/") for a in d.attachments)
            target.update(_referenced_files(d.body))
        return hidden - visible

    def pages(self) -> list[PageSpec]:
        return [spec for f in self.items for spec in f.pages()]

    def site_files(self) -> list[tuple[str, Path]]:
        """Files from outside docs_dir to publish: (place in the site, path on disk)."""
        return [x for f in self.items if isinstance(f, AttachmentsFeature) for x in f.site_files()]

    def begin_page(self, spec: PageSpec | None, src_uri: str = "") -> None:
        for f in self.items:
            f.begin_page(spec, src_uri)

    def markdown_lookups(self) -> tuple[Any, ...]:
        """Each feature's `Feature.markdown_lookups` for the page being converted."""
        return tuple(f.markdown_lookups() for f in self.items)

    def lookups_hold(self, lookups: tuple[Any, ...]) -> bool:
        """True when each feature's lookups of a cached conversion still give the same."""
        return len(lookups) == len(self.items) and all(
            f.lookups_hold(own) for f, own in zip(self.items, lookups, strict=True)
        )

    def page_inputs(self) -> PageInputs:
        """The digests of this build's generated pages (`inputs`), made on first use."""
        if self._inputs is None:
            reg = self.ctx.registry
            links = next(f for f in self.items if isinstance(f, LinksFeature))
            shared = (
                reg.audience,
                sorted(reg.hidden_numbers),
                reg.units,
                reg.themes,
                reg.practices,
                reg.news,
                self.ctx.options,
                tuple(f.global_view() for f in self.items),
            )
            self._inputs = PageInputs(
                links.graph,
                # Citations resolve against every record, those this audience may not see too.
                numbers=[
                    (identity_of(d), d.date, d.visibility.value)
                    for d in self.ctx.result.all_directives
                ],
                shared=shared,
                record_views=lambda d: tuple(f.record_view(d) for f in self.items),
                own_views=lambda d: tuple(f.own_view(d) for f in self.items),
                body_kinds=frozenset(k for f in self.items for k in f.body_kinds()),
                fields=self._kept_faces(),
            )
        return self._inputs

    def _kept_faces(self) -> Callable[[Directive], bytes]:
        """`face_digest`, taken from the last build by each record's source digest (a record is
        its file's; the link graph changes only its status, which is in the key)."""
        kept, sources = self.ctx.kept, self.ctx.result.sources
        if kept is None:
            return face_digest
        last: dict[str, bytes] = kept.last("inputs.faces")
        fresh: dict[str, bytes] = {}
        kept.put("inputs.faces", fresh)

        def fields(d: Directive) -> bytes:
            source = sources.get(d.path) if not d.stub else None
            if source is None:
                return face_digest(d)
            key = f"{source}|{d.status.value}"
            held = last.get(key) or fresh.get(key) or face_digest(d)
            fresh[key] = held
            return held

        return fields

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        out: dict[str, Markup] = {}
        for f in self.items:
            out.update(f.extras(spec, page_url))
        return out

    def head(self, spec: PageSpec, page_url: str) -> Markup:
        return Markup("").join(f.head(spec, page_url) for f in self.items)

    def page_footer(self, abs_src_path: str) -> Markup:
        return Markup("").join(f.page_footer(abs_src_path) for f in self.items)

    def background(self) -> list[Callable[[], list[str]]]:
        """The features' work that writes nothing into the site (the cards, into their cache),
        to run in forked processes from the start of the build."""
        return [job for f in self.items for job in f.background()]

    def job_groups(
        self, early: Path, outputs: KeptOutputs | None = None
    ) -> list[list[Callable[[], list[str]]]]:
        """The features' background work and each one's `post_build` as a job of its own, dealt
        into two groups, one per forked process: a feature's background work and its writer in
        one (the posts need the cards the background draws), every other writer in the other.
        `post_build` below then skips those features.

        A feature's files may need what its background work makes: a writer that finds a card
        missing draws it, as a build without background work does.

        Each writer writes into a folder of its own under ``early`` (``early/NAME/``), which the
        build then moves into the site; with ``outputs``, a feature that says what its files are
        made of (`Feature.output_key`) links the last build's when that is unchanged.
        """
        first: list[Callable[[], list[str]]] = []
        second: list[Callable[[], list[str]]] = []
        for f in self.items:
            own = f.background()
            writes = type(f).post_build is not Feature.post_build
            if writes:
                self.written_beside.add(type(f).__name__)
            group = first if type(f).background is not Feature.background else second
            group.extend(own)
            if writes:
                group.append(functools.partial(_write_files, f, early, outputs))
        return [group for group in (first, second) if group]

    def post_build(self, site_dir: Path) -> None:
        """Each feature's files, but those of the features whose job already wrote them."""
        for f in self.items:
            if type(f).__name__ not in self.written_beside:
                f.post_build(site_dir)


def _write_files(feature: Feature, early: Path, outputs: KeptOutputs | None) -> list[str]:
    name = type(feature).__name__
    out = early / name
    if outputs is None or type(feature).output_key is Feature.output_key:
        feature.post_build(out)
    else:
        outputs.write(name, feature.output_key, out, feature.post_build)
    return []
