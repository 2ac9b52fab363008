"""Which generated pages an edit of a few directives changes, for the incremental rebuilds of serve.

`bangtin serve` reads the changed directive files again, rebuilds the features from records it
mostly kept, and renders only the pages this module names: the changed records' own pages, the
pages whose relation list or lược đồ shows them, and the listings that include them. It imports
no MkDocs.
"""

from __future__ import annotations

from collections.abc import Iterable

from bangtin.core.model import Directive
from bangtin.core.text import slugify
from bangtin.features.followup.answers import may_answer
from bangtin.features.registry import Features
from bangtin.links.graph import LinkGraph
from bangtin.site.pages import PageSpec

__all__ = ["ALWAYS", "EVERY_RECORD", "affected_pages", "changed_records", "left_the_view"]

# Small listings with counts or the latest documents: cheap, rendered after every edit.
ALWAYS = (
    "index.md",
    "van-ban/index.md",
    "van-ban/loai/index.md",
    "van-ban/co-quan/index.md",
    "chu-de/index.md",
    "don-vi/index.md",
    "thong-ke/index.md",
)
STUBS_PAGE = "van-ban/chua-co-toan-van.md"
FOLLOWUP_PAGE = "theo-doi/index.md"
# Pages that list every record of the audience, whatever the edit (/bai-dang/: the newest posts).
# Like the features' files (the search index, the exports, the calendars) they are not made
# again on an edit (seconds at 10,000 directives), but when a record leaves the audience's
# view (`left_the_view`): then they are all made again, so nothing shows what went.
EVERY_RECORD = ("bai-dang/index.md",)
# How far the lược đồ of a page reaches (links_feature draws ancestors and descendants to 3).
DIAGRAM_DEPTH = 3


def _graph(features: Features) -> LinkGraph:
    graph = features.ctx.state.get("links.graph")
    assert isinstance(graph, LinkGraph)
    return graph


def changed_records(
    old: Features, new: Features, edited: Iterable[Directive]
) -> tuple[list[Directive], list[Directive]]:
    """The records whose page or listing entries may differ, as (old versions, new versions).

    The edited directives, plus every record of the graph whose derived record changed: a stub
    that appears, disappears or takes another subject, a document superseded or no longer so.
    """
    old_graph, new_graph = _graph(old), _graph(new)
    before: list[Directive] = []
    after: list[Directive] = []
    for d in edited:
        for graph, out in ((old_graph, before), (new_graph, after)):
            found = graph.get(d)
            if found is not None:
                out.append(found)
    old_by, new_by = old_graph.by_identity, new_graph.by_identity
    for key in old_by.keys() | new_by.keys():
        a, b = old_by.get(key), new_by.get(key)
        if a is b or a == b:
            continue
        if a is not None:
            before.append(a)
        if b is not None:
            after.append(b)
    return before, after


def left_the_view(old: Features, new: Features) -> bool:
    """True when something ``old``'s build showed may not be shown by ``new``'s: a record
    deleted, renumbered or no longer visible to the audience (its number may stay as a stub's,
    cited by a visible record), or a stub that changed or went (what it said came from records
    that may have left the view). A visible record edited in place is not: it shows what its
    editor wrote."""
    new_by = _graph(new).by_identity
    for key, before in _graph(old).by_identity.items():
        after = new_by.get(key)
        if after is None or ((before.stub or after.stub) and before != after):
            return True
    return False


def _unit_page(features: Features, ref: str) -> str:
    index = features.index
    unit_id = ref if ref in index.units else (slugify(ref) or "khac")
    return f"don-vi/{unit_id}.md"


def _pages_of(features: Features, d: Directive) -> set[str]:
    """The pages that show ``d`` in ``features``' build: its own, its neighbours', its listings."""
    graph = _graph(features)
    reg = features.ctx.registry
    out = {d.src_uri, f"van-ban/{d.year}/index.md", f"van-ban/loai/{d.type.slug}.md"}
    for other in (
        *graph.ancestors(d, DIAGRAM_DEPTH),
        *graph.descendants(d, DIAGRAM_DEPTH),
    ):
        out.add(other.src_uri)
    out.add(_unit_page(features, d.issuer or "khac"))
    out.update(_unit_page(features, ref) for ref in (*d.to, *d.cc))
    out.update(_unit_page(features, task.who) for task in d.tasks)
    for year in d.themes:
        theme = reg.theme(year)
        if theme is not None:
            out.add(theme.src_uri)
    if d.stub or any(rel.target is not None and rel.target.stub for rel in graph.outgoing(d)):
        out.add(STUBS_PAGE)
    if d.tasks or d.to or may_answer(d):  # /theo-doi/ lists tasks, and reports owed and sent
        out.add(FOLLOWUP_PAGE)
    return out


def affected_pages(
    old: Features,
    new: Features,
    edited: Iterable[Directive],
    new_specs: dict[str, PageSpec],
) -> set[str]:
    """The pages to render again after an edit of ``edited``.

    Args:
        old: the features of the build on screen.
        new: the features rebuilt after the edit.
        edited: the directives read again (their old and their new versions).
        new_specs: every generated page of the new build, by source path.

    Returns:
        The pages to render, all in ``new_specs`` (the caller adds the pages that are new and
        removes those that are gone).
    """
    before, after = changed_records(old, new, edited)
    wanted: set[str] = set(ALWAYS)
    # What a feature shows differently of records the edit left (the posts that now share
    # the organisation's card, or no longer do).
    for was, now in zip(old.items, new.items, strict=True):
        if was is not now:
            wanted |= now.pages_changed(was)
    for d in before:
        wanted |= _pages_of(old, d)
    for d in after:
        wanted |= _pages_of(new, d)
    return {uri for uri in wanted if uri in new_specs}
