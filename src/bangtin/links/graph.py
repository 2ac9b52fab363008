"""Links between directives: relations from front-matter and text, backlinks, stubs and status.

:func:`build_graph` takes every loaded directive and the build's audience and returns a frozen
:class:`LinkGraph`. The rules, in the order they apply:

- Only directives the audience may see are read; their relations come from front-matter
  (``relations:``), from the subject and from the body (code and link URLs masked). A relation
  written twice is kept once per (target, kind); front-matter wins; a "cites" found in the text is
  dropped when the same target has a stronger kind.
- A citation with a date resolves to the document with that number and that date, else to the one
  with that number in that year (a warning: the dates disagree). A citation without a date resolves
  to the latest document with that number issued on or before the citing document's date (DESIGN
  §3); when every such document is later, to the one in the same year (a warning), else to a stub.
- A document cited but absent becomes a stub (``Directive(stub=True)``) built from what the
  citations in visible documents say of it; a citation nested in a stub's subject ("... về Đẩy mạnh
  thực hiện Công văn số 189-CV/TU") becomes the stub's own relation. An undated stub takes the
  earliest date of the documents citing it (an upper bound; :meth:`LinkGraph.date_is_estimate`).
  A stub is as visible as the most visible document citing it; since only visible documents are
  read, a stub cited only by internal documents never exists in a public build.
- A record the audience may not see is dropped before anything else: a citation of it is a
  citation of an unknown number (a stub), whatever the build shows of it cannot differ from
  what it shows of a number the portal does not have. Confidential records are never a target.
- Status: a document some visible document supersedes is ``superseded``; a Kế hoạch whose period
  has ended (``valid_until``, else the last year named in its subject: "năm 2024", "giai đoạn
  2021-2025") is ``expired`` after that date; a status written in front-matter other than
  ``in-force`` is kept.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import multiprocessing as mp
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from bangtin.core.model import (
    ContentError,
    Directive,
    DocType,
    Relation,
    RelationKind,
    Status,
    Visibility,
    fast_pickling,
)
from bangtin.core.numbers import DocNumber
from bangtin.core.text import format_date_short
from bangtin.links.citations import Citation, LinkTarget, find_citations, mask_code

__all__ = [
    "LinkGraph",
    "ResolvedRelation",
    "build_graph",
    "identity_of",
    "same_fields",
    "same_graph",
    "same_links",
]

Identity = tuple[str, int]

# Lower is stronger: the kind kept when one target is related twice with different kinds.
_STRENGTH = {
    RelationKind.SUPERSEDES: 0,
    RelationKind.AMENDS: 1,
    RelationKind.IMPLEMENTS: 2,
    RelationKind.GUIDES: 3,
    RelationKind.BASED_ON: 4,
    RelationKind.CITES: 9,
}
_PERIOD = re.compile(r"(?:giai\s+đoạn|nhiệm\s+kỳ)\s+(?:19|20)\d\d\s*[-–]\s*((?:19|20)\d\d)", re.I)
_YEAR = re.compile(r"năm\s+((?:19|20)\d\d)(?!\d)", re.I)
_TITLE_MAX = 160


@dataclass(frozen=True, slots=True, kw_only=True)
class ResolvedRelation:
    """One relation of the graph, ready for a template.

    Attributes:
        kind: how ``source`` stands to the target.
        source: the citing record (a directive of this build or a stub).
        target: the cited record, or None when this audience may not see it (number only).
        number: the number as cited.
        type_name: the type name (the target's, else the citation's).
        date: the target's date, else the date cited, else None.
        explicit: True when written in front-matter.
        line: where it stands in ``source.path``.
    """

    kind: RelationKind
    source: Directive
    target: Directive | None
    number: DocNumber
    type_name: str = ""
    date: dt.date | None = None
    explicit: bool = False
    line: int = 0

    @property
    def hidden(self) -> bool:
        """True when the target is a record this audience may not see."""
        return self.target is None

    @property
    def label(self) -> str:
        """ "Công văn số 1271-CV/BDVTU", the way a relation is listed."""
        if self.target is not None:
            return self.target.title
        return f"{self.type_name} số {self.number}" if self.type_name else f"Số {self.number}"

    @property
    def subject(self) -> str:
        """The target's subject; empty for a hidden target."""
        return self.target.subject if self.target is not None else ""

    def view(self) -> tuple[object, ...]:
        """The relation as a page may show it, the records at both ends named by identity (a
        hidden target by the number and type name it is listed under)."""
        target = self.target
        if target is not None:
            return (self.kind.value, _id(self.source), _id(target), self.date, self.explicit)
        return (
            self.kind.value,
            _id(self.source),
            str(self.number),
            self.type_name,
            self.date,
            self.explicit,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkGraph:
    """Relations, backlinks, stubs and derived status of one build. Build with :func:`build_graph`.

    Attributes:
        audience: the audience this graph was built for.
        directives: every record of the build (stubs included) with its derived status, sorted by
            date descending then number.
        stubs: the stubs alone, in the same order.
        warnings: ambiguous or contradictory citations, as ``path:line`` warnings in Vietnamese.
    """

    audience: Visibility
    directives: tuple[Directive, ...]
    stubs: tuple[Directive, ...]
    warnings: tuple[ContentError, ...]
    _by_id: dict[Identity, Directive] = field(repr=False)
    _out: dict[Identity, tuple[ResolvedRelation, ...]] = field(repr=False)
    _in: dict[Identity, tuple[ResolvedRelation, ...]] = field(repr=False)
    _index: _Index = field(repr=False)
    _estimated: frozenset[Identity] = field(repr=False)
    # Each stub's citations (citing record, mention) in build order (records by `_sort_key`,
    # then mention order): the first dated one gives a dated stub its number and date.
    _cited_by: dict[Identity, tuple[tuple[Directive, _Mention], ...]] = field(
        default_factory=dict, repr=False
    )
    _today: dt.date | None = field(default=None, repr=False)

    def get(self, directive: Directive) -> Directive | None:
        """The graph's record for ``directive`` (with derived status), or None when not shown."""
        if not directive.visibility.visible_to(self.audience):
            return None  # not the stub that may stand at its number (a citation's)
        return self._by_id.get(_id(directive))

    @property
    def by_identity(self) -> dict[Identity, Directive]:
        """Every record of the graph (stubs included) by (number key, year); do not change it."""
        return self._by_id

    def outgoing(self, directive: Directive) -> tuple[ResolvedRelation, ...]:
        """The documents ``directive`` implements, rests on, supersedes, amends, guides or cites."""
        return self._out.get(_id(directive), ())

    def incoming(self, directive: Directive) -> tuple[ResolvedRelation, ...]:
        """Backlinks: the relations of other records of this build to ``directive``."""
        return self._in.get(_id(directive), ())

    def superseded_by(self, directive: Directive) -> tuple[Directive, ...]:
        """The records of this build that supersede ``directive``."""
        return tuple(
            r.source for r in self.incoming(directive) if r.kind is RelationKind.SUPERSEDES
        )

    def date_is_estimate(self, directive: Directive) -> bool:
        """True for a stub whose date no citation gave (its date is the earliest citing date)."""
        return _id(directive) in self._estimated

    def ancestors(self, directive: Directive, depth: int = 3) -> tuple[Directive, ...]:
        """Visible records ``directive`` rests on, breadth first, up to ``depth`` steps."""
        return self._walk(directive, depth, upward=True)

    def descendants(self, directive: Directive, depth: int = 3) -> tuple[Directive, ...]:
        """Visible records resting on ``directive``, breadth first, up to ``depth`` steps."""
        return self._walk(directive, depth, upward=False)

    def with_bodies(self, records: Iterable[Directive], *, whole: bool = False) -> LinkGraph:
        """This graph with the bodies of ``records`` put into the records it holds for them
        (with ``whole``: ``records`` themselves, each with the status the graph derived).

        For `bangtin serve`: an edit that changed only a directive's body, and not the
        documents the body cites (:func:`same_links`), or only fields the graph does not read
        (:func:`same_graph`, ``whole``), leaves every relation, stub, status and warning as it
        was, so the graph is kept and only those records are replaced (with their derived
        status). Records this graph does not show are ignored.
        """
        swap: dict[Identity, Directive] = {}
        by_object: dict[int, Directive] = {}  # id(record this graph holds) -> its replacement
        for new in records:
            ident = _id(new)
            old = self._by_id.get(ident)
            if old is not None and not old.stub:
                swap[ident] = by_object[id(old)] = (
                    dataclasses.replace(new, status=old.status)
                    if whole
                    else dataclasses.replace(
                        old, body=new.body, body_line=new.body_line, lines=new.lines
                    )
                )
        if not swap:
            return self

        def record(d: Directive) -> Directive:
            return by_object.get(id(d), d)

        def replaced(r: ResolvedRelation) -> ResolvedRelation:
            if id(r.source) not in by_object and (
                r.target is None or id(r.target) not in by_object
            ):
                return r
            target = record(r.target) if r.target is not None else None
            return dataclasses.replace(r, source=record(r.source), target=target)

        # Only the relations of the replaced records, and those of their neighbours that point
        # at them, hold a replaced record.
        touched: set[Identity] = set()
        for ident in swap:
            touched.add(ident)
            touched.update(_id(r.target) for r in self._out.get(ident, ()) if r.target is not None)
            touched.update(_id(r.source) for r in self._in.get(ident, ()))
        out, inc = dict(self._out), dict(self._in)
        for ident in touched:
            for table in (out, inc):
                rels = table.get(ident)
                if rels is not None:
                    table[ident] = tuple(replaced(r) for r in rels)
        by_id = dict(self._by_id)
        by_id.update(swap)
        return dataclasses.replace(
            self,
            directives=tuple(by_object.get(id(d), d) for d in self.directives),
            _by_id=by_id,
            _out=out,
            _in=inc,
        )

    def with_records(
        self,
        records: Iterable[Directive],
        memo: dict[int, tuple[Directive, list[_Mention]]] | None = None,
    ) -> LinkGraph | None:
        """This graph with ``records`` in place of those it holds for them, each of which
        differs from its old one in no field the graph reads (:func:`same_fields`), only,
        perhaps, in what its subject and body cite; None when the graph must be built again.

        For `bangtin serve` (a citation added or taken out: a quarter of a second less at
        10,000 directives). A record's relations are made again when each document it cites,
        before and after, is a record of the graph: then the edit changes no stub, no other
        record's citation, no status (none it supersedes, before or after: else None), only
        its own relations, the backlinks of what it cites and its own warnings. ``memo`` is
        :func:`build_graph`'s, given the new records' citations.
        """
        records = list(records)
        graph = self.with_bodies(records, whole=True)
        for new in records:
            own = _id(new)
            old = self._by_id.get(own)
            if old is None or old.stub:
                continue  # a record the graph does not show: ignored, as by with_bodies
            before, after = _mentions(old), _mentions(new)
            if memo is not None:
                memo[id(new)] = (new, after)
            if before == after:
                continue
            patched = graph._with_mentions(graph._by_id[own], before, after)
            if patched is None:
                return None
            graph = patched
        return graph

    def _with_mentions(
        self, source: Directive, before: list[_Mention], after: list[_Mention]
    ) -> LinkGraph | None:
        """This graph with ``source``'s relations made from ``after`` (they were made from
        ``before``); None when the edit changes what a stub is made of, or a status."""
        old_rows = self._resolve_own(source, before)
        new_rows = self._resolve_own(source, after)
        # A stub is made of the citations of it (and of those nested in them): the same.
        if old_rows is None or new_rows is None or old_rows[2] != new_rows[2]:
            return None
        own = _id(source)
        old_edges, new_edges = _own_edges(own, old_rows[0]), _own_edges(own, new_rows[0])
        if any(kind is RelationKind.SUPERSEDES for _, kind in (*old_edges, *new_edges)):
            return None  # what it supersedes takes another status: build it
        out, inc = dict(self._out), dict(self._in)
        _drop_own(own, out, inc)
        made, _ = _resolved_relations({own: new_edges}, self._by_id)
        _put_own(own, made.get(own, ()), out, inc)
        warnings = {w for w in self.warnings if w.path != source.path} | set(new_rows[1])
        return dataclasses.replace(
            self,
            warnings=tuple(sorted(warnings, key=lambda w: (w.path, w.line, w.message))),
            _out=out,
            _in=inc,
        )

    def _resolve_own(
        self, source: Directive, mentions: list[_Mention]
    ) -> tuple[_Resolved, list[ContentError], list[tuple[object, ...]]] | None:
        """``source``'s mentions resolved as `build_graph` resolves them, its warnings, and
        the mentions a stub is made of (those of a stub, those nested in one's); None when
        one names a document of which the graph has neither a record nor a stub (it would
        make one)."""
        rows: _Resolved = []
        warnings: list[ContentError] = []
        for m in mentions:
            on = source.date
            if m.parent is not None and mentions[m.parent].date is not None:
                on = min(on, mentions[m.parent].date or on)
            if m.date is None and m.date_text:
                warnings.append(_no_such_date(source, m))
            found = self._index.resolve(m.number, m.date, on)
            if found is None:
                return None
            ident, problem = found
            stub = ident not in self._index.real
            key = _key(m.number)
            if m.date is not None and stub and self._index.has_record(key):
                problem = (
                    f"trích dẫn số {m.number} ghi ngày {format_date_short(m.date)}, nhưng văn bản "
                    f"số {m.number} trong kho thuộc năm khác; kiểm tra lại ngày hoặc số hiệu."
                )
            if problem:
                warnings.append(ContentError(source.path, m.line, problem, warning=True))
            rows.append((m, ident))
        stubs: list[tuple[object, ...]] = []
        for m, target in rows:
            parent = rows[m.parent][1] if m.parent is not None else None
            if any(i is not None and i not in self._index.real for i in (target, parent)):
                stubs.append((m, target, parent))
        return rows, warnings, stubs

    def with_files(
        self,
        added: Iterable[Directive],
        removed: Iterable[Directive],
        memo: dict[int, tuple[Directive, list[_Mention]]] | None = None,
    ) -> LinkGraph | None:
        """This graph with the records of new files ``added`` and without those of deleted
        files ``removed`` (as they were read); None when the graph must be built again.

        For `bangtin serve` (a new or deleted file: a third of a second less at 10,000
        directives). A record comes or goes alone when no citation names its number and it
        supersedes nothing; the stubs it cites are made again from their citations (date,
        number, subject, visibility) unless one is undated (its date is the earliest citing
        date), would be left uncited, or holds a citation nested in the record's citation of
        it; a citation of a document the graph lacks makes a stub: built again. ``memo`` is
        :func:`build_graph`'s, given the new records' citations.
        """
        graph: LinkGraph | None = self
        for old in removed:
            if graph is not None and old.visibility.visible_to(self.audience):
                held = memo.get(id(old)) if memo is not None else None
                mentions = held[1] if held is not None and held[0] is old else _mentions(old)
                graph = graph._without(old, mentions)
        for new in added:
            if graph is not None and new.visibility.visible_to(self.audience):
                mentions = _mentions(new)
                if memo is not None:
                    memo[id(new)] = (new, mentions)
                graph = graph._with_new(new, mentions)
        return graph

    def _alone(
        self, d: Directive, mentions: list[_Mention]
    ) -> tuple[_Edges, set[Identity], list[ContentError], _Resolved] | None:
        """``d``'s edges and the stubs it cites, ``d`` being in this graph's index; None when
        its coming or going changes more than its own relations and those stubs."""
        key, own = _key(d.number), _id(d)
        if self._index.entries.get(key) != [(d.date, own)] or key in self._index.undated:
            return None  # another document has its number, or a citation names it
        rows = self._resolve_own(d, mentions)
        if rows is None:
            return None
        stubs: set[Identity] = set()
        for _, target, parent in rows[2]:
            assert isinstance(target, tuple)
            if parent is not None and parent not in self._index.real:
                return None  # nested in a citation of a stub: the stub's own relations
            if target in self._estimated:
                return None  # an undated stub: dated by its earliest citation
            stubs.add(target)
        edges = _own_edges(own, rows[0])
        if any(kind is RelationKind.SUPERSEDES for _, kind in edges):
            return None  # what it supersedes takes another status
        return edges, stubs, rows[1], rows[0]

    def _with_new(self, new: Directive, mentions: list[_Mention]) -> LinkGraph | None:
        own = _id(new)
        if own[0] in self._index.entries or own[0] in self._index.undated:
            return None  # another document has its number, or a citation names it
        index = _Index(dict(self._index.entries), set(self._index.real), self._index.undated)
        index.entries[own[0]] = [(new.date, own)]
        index.real.add(own)
        graph = dataclasses.replace(self, _index=index)
        alone = graph._alone(new, mentions)
        if alone is None:
            return None
        edges, stubs, warnings, resolved = alone
        cited_by = dict(self._cited_by)
        order = _sort_key(new)
        for stub in stubs:
            held = cited_by[stub]
            at = bisect.bisect([_sort_key(d) for d, _ in held], order)
            own_rows = tuple((new, m) for m, target in resolved if target == stub)
            cited_by[stub] = (*held[:at], *own_rows, *held[at:])
        restubbed = dataclasses.replace(graph, _cited_by=cited_by)._restubbed(stubs)
        if restubbed is None:
            return None
        by_id = dict(restubbed._by_id)
        by_id[own] = _with_status(new, False, self._today)
        made, _ = _resolved_relations({own: edges}, by_id)
        out, inc = dict(restubbed._out), dict(restubbed._in)
        _put_own(own, made.get(own, ()), out, inc)
        return restubbed._settled(by_id, out, inc, set(warnings))

    def _without(self, old: Directive, mentions: list[_Mention]) -> LinkGraph | None:
        own = _id(old)
        held = self._by_id.get(own)
        if held is None or held.stub or held.path != old.path:
            return None
        if any(_id(r.source) != own for r in self._in.get(own, ())):
            return None
        alone = self._alone(old, mentions)
        if alone is None:
            return None
        out, inc = dict(self._out), dict(self._in)
        _drop_own(own, out, inc)
        inc.pop(own, None)
        by_id = dict(self._by_id)
        del by_id[own]
        index = _Index(dict(self._index.entries), set(self._index.real), self._index.undated)
        del index.entries[own[0]]
        index.real.discard(own)
        cited_by = dict(self._cited_by)
        for stub in alone[1]:
            cited_by[stub] = tuple((d, m) for d, m in cited_by[stub] if d.path != old.path)
            if not cited_by[stub]:
                return None  # its last citation: the stub goes
        graph = dataclasses.replace(
            self, _index=index, _cited_by=cited_by, _by_id=by_id, _out=out, _in=inc
        )._restubbed(alone[1])
        if graph is None:
            return None
        return graph._settled(graph._by_id, graph._out, graph._in, set(), gone=old.path)

    def _restubbed(self, stubs: set[Identity]) -> LinkGraph | None:
        """This graph with ``stubs`` made again from their citations (`_cited_by`), and every
        relation to or from them holding the new ones."""
        by_id, out, inc = dict(self._by_id), dict(self._out), dict(self._in)
        for ident in sorted(stubs):
            old = by_id[ident]
            cited = self._cited_by[ident]
            first = next((m for _, m in cited if m.date is not None), None)
            if first is None or first.date is None:
                return None
            draft = _StubDraft(number=first.number, date=first.date, mentions=list(cited))
            made = _stub_fields(ident, draft, first.date, old.relations)
            new = _with_status(made, old.status is Status.SUPERSEDED, self._today)
            if new == old:
                continue
            if new.date != old.date:
                return None  # its citations with the other date take or lose a warning
            by_id[ident] = new

            def into(r: ResolvedRelation, new: Directive = new) -> ResolvedRelation:
                return dataclasses.replace(
                    r, target=new, number=new.number, type_name=new.type.value, date=new.date
                )

            def points(r: ResolvedRelation, ident: Identity = ident) -> bool:
                return r.target is not None and _id(r.target) == ident

            for source in {_id(r.source) for r in inc.get(ident, ())}:
                rels = (into(r) if points(r) else r for r in out[source])
                out[source] = tuple(sorted(rels, key=_relation_order))
            if ident in inc:
                inc[ident] = tuple(into(r) for r in inc[ident])
            for rel in out.get(ident, ()):
                assert rel.target is not None
                target = _id(rel.target)
                inc[target] = tuple(
                    sorted(
                        (
                            dataclasses.replace(r, source=new) if _id(r.source) == ident else r
                            for r in inc[target]
                        ),
                        key=_backlink_order,
                    )
                )
            if ident in out:
                out[ident] = tuple(dataclasses.replace(r, source=new) for r in out[ident])
        return dataclasses.replace(self, _by_id=by_id, _out=out, _in=inc)

    def _settled(
        self,
        by_id: dict[Identity, Directive],
        out: dict[Identity, tuple[ResolvedRelation, ...]],
        inc: dict[Identity, tuple[ResolvedRelation, ...]],
        warnings: set[ContentError],
        gone: str = "",
    ) -> LinkGraph:
        """This graph with these records, relations and new warnings (``gone``'s dropped)."""
        everything = set(self.warnings) | warnings
        if gone:
            everything = {w for w in everything if w.path != gone}
        directives = _in_order(self.directives, by_id.values())
        return dataclasses.replace(
            self,
            directives=directives,
            stubs=tuple(d for d in directives if d.stub),
            warnings=tuple(sorted(everything, key=lambda w: (w.path, w.line, w.message))),
            _by_id=by_id,
            _out=out,
            _in=inc,
        )

    def _walk(self, directive: Directive, depth: int, *, upward: bool) -> tuple[Directive, ...]:
        seen = {_id(directive)}
        order: list[Directive] = []
        frontier = [directive]
        for _ in range(max(0, depth)):
            nxt: list[Directive] = []
            for node in frontier:
                rels = self.outgoing(node) if upward else self.incoming(node)
                for rel in rels:
                    other = rel.target if upward else rel.source
                    if other is not None and _id(other) not in seen:
                        seen.add(_id(other))
                        order.append(other)
                        nxt.append(other)
            frontier = nxt
        return tuple(order)

    def resolve_citation(
        self, citation: Citation, citing: Directive | None = None, *, on: dt.date | None = None
    ) -> LinkTarget | None:
        """Where a citation in a rendered page leads, for :class:`CitationLinkExtension`.

        Args:
            citation: the citation found in the page's text.
            citing: the directive whose page it is, if any (its date bounds an undated citation).
            on: the date bounding an undated citation on other pages (news, themes).

        Returns:
            A target with the record's site-relative URL and a tooltip; a target with ``url``
            None for a record this audience may not see; None when nothing is known of it.
        """
        own = citing is not None and _key(citation.number) == _key(citing.number)
        if own and citation.date in (None, citing.date if citing else None):
            return None  # the document's own number
        found = self._index.resolve(
            citation.number, citation.date, on or (citing.date if citing else None)
        )
        if found is None:
            return None
        identity, _ = found
        target = self._by_id.get(identity)
        if target is None:
            return LinkTarget(url=None, title="")
        return LinkTarget(
            url=target.url, title=_tooltip(target, estimated=identity in self._estimated)
        )


# number object's id -> (the number, its key); the number is held so that its id is not reused.
_KEYS: dict[int, tuple[DocNumber, str]] = {}


def _key(number: DocNumber) -> str:
    # DocNumber.key folds text on every call and the graph asks for it many times per document;
    # looked up by the object's identity, which is cheaper than hashing the number's fields.
    held = _KEYS.get(id(number))
    if held is not None and held[0] is number:
        return held[1]
    if len(_KEYS) > 200_000:
        _KEYS.clear()
    key = number.key
    _KEYS[id(number)] = (number, key)
    return key


def _id(d: Directive) -> Identity:
    return (_key(d.number), d.date.year)


def identity_of(d: Directive) -> Identity:
    """``d.identity``, the number's key kept by the number object (it folds text each call)."""
    return _id(d)


def _tooltip(directive: Directive, *, estimated: bool = False) -> str:
    text = (
        directive.title if estimated else f"{directive.title}, {format_date_short(directive.date)}"
    )
    if directive.subject:
        text = f"{text}: {directive.subject}"
    if len(text) > _TITLE_MAX:
        text = text[: _TITLE_MAX - 1].rsplit(" ", 1)[0] + "…"
    return text


@dataclass(slots=True)
class _Index:
    """Documents by number key, for resolution: records (visible or not) and stubs."""

    entries: dict[str, list[tuple[dt.date, Identity]]] = field(default_factory=dict)
    real: set[Identity] = field(default_factory=set)
    undated: dict[str, Identity] = field(default_factory=dict)

    def add(self, key: str, date: dt.date, identity: Identity, *, real: bool) -> None:
        bisect.insort(self.entries.setdefault(key, []), (date, identity))
        if real:
            self.real.add(identity)

    def has_record(self, key: str) -> bool:
        """True when a record (not a stub) has the number ``key``."""
        return any(ident in self.real for _, ident in self.entries.get(key, ()))

    def resolve(
        self, number: DocNumber, date: dt.date | None, on: dt.date | None
    ) -> tuple[Identity, str] | None:
        """Return (identity, problem) for a citation; problem is "" or a warning message."""
        cands = self.entries.get(_key(number), [])
        if date is not None:
            exact = [ident for d, ident in cands if d == date]
            if exact:
                return exact[-1], ""
            same_year = [(d, ident) for d, ident in cands if d.year == date.year]
            if same_year:
                ident = same_year[-1][1]
                return ident, (
                    f"trích dẫn số {number} ghi ngày {format_date_short(date)}, nhưng văn bản "
                    f"số {number} năm {date.year} trong kho ghi ngày khác; kiểm tra lại ngày."
                )
            return None
        if not cands:
            undated = self.undated.get(_key(number))
            return (undated, "") if undated else None
        earlier = [ident for d, ident in cands if on is None or d <= on]
        if earlier:
            return earlier[-1], ""
        if on is not None:
            later = [ident for d, ident in cands if d.year == on.year]
            if later:
                return later[0], (
                    f"trích dẫn số {number} không ghi ngày và văn bản cùng số trong kho ban hành "
                    "sau văn bản này; kiểm tra lại số hiệu hoặc ghi rõ ngày."
                )
        undated = self.undated.get(_key(number))
        return (undated, "") if undated else None


@fast_pickling
@dataclass(slots=True)
class _Mention:
    """A relation as written, before resolution."""

    kind: RelationKind
    number: DocNumber
    date: dt.date | None
    type_name: str
    issuer: str
    subject: str
    line: int
    explicit: bool
    parent: int | None = None  # index in the same document's mention list
    date_text: str = ""


def _mentions(directive: Directive) -> list[_Mention]:
    out: list[_Mention] = []
    rel_line = directive.lines.get("relations", 1)
    for rel in directive.relations:
        out.append(
            _Mention(
                kind=rel.kind,
                number=rel.target,
                date=rel.date,
                type_name=rel.type_name,
                issuer=rel.issuer,
                subject=rel.subject,
                line=rel.line or rel_line,
                explicit=True,
            )
        )
    texts = ((directive.subject, directive.lines.get("subject", 1)), (directive.body, 0))
    for text, line in texts:
        if not text:
            continue
        first = line or directive.body_line
        base = len(out)
        for c in find_citations(mask_code(text), first_line=first):
            out.append(
                _Mention(
                    kind=c.kind,
                    number=c.number,
                    date=c.date,
                    type_name=c.type_name,
                    issuer=c.issuer,
                    subject=c.subject,
                    line=c.line,
                    explicit=False,
                    parent=None if c.parent is None else base + c.parent,
                    date_text=c.date_text,
                )
            )
    return out


#: From this many documents on, their citations are found in two processes (fork).
PARALLEL_SCAN_FROM = 2000
# The share the forked scanner reads (set just before the pool forks it).
_SCAN_SHARE: list[Directive] = []


def _scan_share() -> list[list[_Mention]]:
    return [_mentions(d) for d in _SCAN_SHARE]


def _scan(visible: list[Directive]) -> list[list[_Mention]]:
    """Each document's mentions, in order; the second half in a forked process when there are
    many (at 10,000 directives the scan is 2.6 s of the build's serial start)."""
    if (
        len(visible) < PARALLEL_SCAN_FROM
        or (os.cpu_count() or 1) < 2
        or "fork" not in mp.get_all_start_methods()
    ):
        return [_mentions(d) for d in visible]
    half = len(visible) // 2
    _SCAN_SHARE[:] = visible[half:]
    try:
        with ProcessPoolExecutor(1, mp_context=mp.get_context("fork")) as pool:
            later = pool.submit(_scan_share)
            first = [_mentions(d) for d in visible[:half]]
            return first + later.result()
    finally:
        _SCAN_SHARE.clear()


def _all_mentions(
    visible: list[Directive],
    memo: dict[int, tuple[Directive, list[_Mention]]] | None,
    kept: Kept | None = None,
) -> dict[Identity, list[_Mention]]:
    if memo is None and kept is not None:
        return _kept_mentions(visible, *kept)
    if memo is None:
        return {_id(d): found for d, found in zip(visible, _scan(visible), strict=True)}
    # Keyed by the record object itself (kept alive in the value, so its id is not reused): a file
    # read again is a new object, and equal records may still differ in their line numbers.
    fresh: dict[int, tuple[Directive, list[_Mention]]] = {}
    out: dict[Identity, list[_Mention]] = {}
    for d in visible:
        held = memo.get(id(d))
        found = held[1] if held is not None and held[0] is d else _mentions(d)
        fresh[id(d)] = (d, found)
        out[_id(d)] = found
    memo.clear()
    memo.update(fresh)
    return out


def _kept_mentions(
    visible: list[Directive], sources: Mapping[str, str], kept: dict[str, list[_Mention]]
) -> dict[Identity, list[_Mention]]:
    """The mentions of each document, from ``kept`` (by source digest) where the last build
    found them; ``kept`` is left holding this build's."""
    last = dict(kept)
    kept.clear()
    todo = [d for d in visible if sources.get(d.path) not in last]
    found = dict(zip(map(id, todo), _scan(todo), strict=True))
    out: dict[Identity, list[_Mention]] = {}
    for d in visible:
        source = sources.get(d.path)
        mentions = found.get(id(d))
        if mentions is None:
            assert source is not None
            mentions = last[source]
        if source is not None:
            kept[source] = mentions
        out[_id(d)] = mentions
    return out


def same_links(
    old: Directive,
    new: Directive,
    memo: dict[int, tuple[Directive, list[_Mention]]] | None = None,
) -> bool:
    """True when ``new`` differs from ``old`` only in its body, and that body names the same
    documents at the same lines: the link graph of a build with ``new`` is then the graph with
    ``old``, bodies aside (:meth:`LinkGraph.with_bodies`).

    ``memo`` is :func:`build_graph`'s: ``old``'s citations are taken from it when it has them.
    """
    if dataclasses.replace(old, body=new.body, body_line=new.body_line) != new:
        return False
    held = memo.get(id(old)) if memo is not None else None
    before = held[1] if held is not None and held[0] is old else _mentions(old)
    return _mentions(new) == before


#: The fields of a directive the graph reads besides the citations of its subject and body
#: (`_mentions`): an edit of others (tags, signer, recipients, tasks...) keeps the graph.
_GRAPH_FIELDS = (
    "path",
    "number",
    "date",
    "type",
    "relations",
    "visibility",
    "status",
    "valid_until",
    "stub",
)


def same_fields(old: Directive, new: Directive) -> bool:
    """True when ``new`` differs from ``old`` in no field the graph reads but the citations of
    its subject and body: :meth:`LinkGraph.with_records` may then take it into the graph."""
    if any(getattr(old, name) != getattr(new, name) for name in _GRAPH_FIELDS):
        return False
    return _plan_end(old) == _plan_end(new)  # a plan's end is read from its subject


def same_graph(
    old: Directive,
    new: Directive,
    memo: dict[int, tuple[Directive, list[_Mention]]] | None = None,
) -> bool:
    """True when ``new`` differs from ``old`` only in fields the graph does not read, its
    subject and body naming the same documents at the same lines: the link graph of a build
    with ``new`` is then the graph with ``old``, records aside (:meth:`LinkGraph.with_bodies`
    with ``whole``). ``memo`` as for :func:`same_links`."""
    if not same_fields(old, new):
        return False
    held = memo.get(id(old)) if memo is not None else None
    before = held[1] if held is not None and held[0] is old else _mentions(old)
    return _mentions(new) == before


def _sort_key(d: Directive) -> tuple[int, str, str]:
    return (-d.date.toordinal(), _key(d.number), d.path)


def _in_order(
    directives: tuple[Directive, ...], records: Iterable[Directive]
) -> tuple[Directive, ...]:
    """``records`` in `_sort_key` order, from ``directives`` (in that order) that hold most
    of them: those of ``directives`` still there stay in their places, the others are put in
    where they sort, not 10,000 keys made and sorted again. No two records have one key (it
    ends with the path)."""
    records = list(records)
    there = set(map(id, records))
    out = [d for d in directives if id(d) in there]
    placed = set(map(id, out))
    for d in records:
        if id(d) not in placed:
            out.insert(bisect.bisect(out, _sort_key(d), key=_sort_key), d)
    return tuple(out)


def _plan_end(d: Directive) -> dt.date | None:
    if d.valid_until is not None:
        return d.valid_until
    if d.type is not DocType.KE_HOACH:
        return None
    years = [int(m.group(1)) for m in _PERIOD.finditer(d.subject)]
    years += [int(m.group(1)) for m in _YEAR.finditer(d.subject)]
    return dt.date(max(years), 12, 31) if years else None


@dataclass(slots=True)
class _StubDraft:
    number: DocNumber
    date: dt.date | None
    mentions: list[tuple[Directive, _Mention]] = field(default_factory=list)


def build_graph(
    directives: Iterable[Directive],
    *,
    audience: Visibility,
    today: dt.date | None = None,
    memo: dict[int, tuple[Directive, list[_Mention]]] | None = None,
    kept: Kept | None = None,
) -> LinkGraph:
    """Compute relations, backlinks, stubs, warnings and status for one build.

    Args:
        directives: every loaded directive, whatever its visibility; those the audience may
            not see are dropped first and never looked at.
        audience: the audience of the build.
        today: the date against which plans expire; None leaves plans in force.
        memo: the citations found in each directive by an earlier call, kept by `bangtin serve`
            between rebuilds (finding them is most of the cost); updated in place.
        kept: (sources, mentions): the citations found by the last build, by each record's
            source digest (`LoadResult.sources`); left holding this build's (`KeptWork`).

    Returns:
        The frozen graph of the build.
    """
    # After the audience filter a hidden record is simply unknown: a citation of its number
    # resolves, renders and is indexed as one of a number the portal does not have (a stub),
    # or the difference would tell a reader which cited numbers exist behind the filter.
    records = sorted((d for d in directives if d.visibility.visible_to(audience)), key=_sort_key)
    visible = records
    index = _Index()
    for d in records:
        index.add(_key(d.number), d.date, _id(d), real=True)
    mentions = _all_mentions(visible, memo, kept)
    drafts = _dated_stub_drafts(records, visible, mentions, index)
    real_keys = {_key(d.number) for d in records}
    resolved, undated_dates, warnings = _resolve_mentions(
        visible, mentions, index, drafts, real_keys
    )
    renamed = _date_undated_stubs(undated_dates, drafts, index)
    edges = _edges(visible, resolved, renamed, drafts)
    stubs, estimated = _stub_records(drafts, undated_dates, edges)
    final = _with_statuses({_id(d): d for d in visible} | stubs, edges, today)
    out, inc = _resolved_relations(edges, final)
    all_final = tuple(sorted(final.values(), key=_sort_key))
    return LinkGraph(
        audience=audience,
        directives=all_final,
        stubs=tuple(d for d in all_final if d.stub),
        warnings=tuple(sorted(set(warnings), key=lambda w: (w.path, w.line, w.message))),
        _by_id=final,
        _out={k: tuple(sorted(v, key=_relation_order)) for k, v in out.items()},
        _in={k: tuple(sorted(v, key=_backlink_order)) for k, v in inc.items()},
        _index=index,
        _estimated=frozenset(estimated),
        _cited_by={ident: tuple(draft.mentions) for ident, draft in drafts.items()},
        _today=today,
    )


# `build_graph`'s kept citations: each record's source digest by path, the mentions by digest.
Kept = tuple[Mapping[str, str], dict[str, list[_Mention]]]
# What a mention resolved to: the identity of its target (None: nothing to link to).
_Resolved = list[tuple[_Mention, Identity | None]]
# A document's edges: (target identity, kind) -> (the mention that makes it, explicit).
_Edges = dict[tuple[Identity, RelationKind], tuple[_Mention, bool]]


def _dated_stub_drafts(
    records: list[Directive],
    visible: list[Directive],
    mentions: dict[Identity, list[_Mention]],
    index: _Index,
) -> dict[Identity, _StubDraft]:
    """Dated citations of absent documents: one stub per number and year (added to ``index``)."""
    drafts: dict[Identity, _StubDraft] = {}
    known_years = {(_key(d.number), d.year) for d in records}
    for d in visible:
        for m in mentions[_id(d)]:
            if m.date is None or (_key(m.number), m.date.year) in known_years:
                continue
            ident = (_key(m.number), m.date.year)
            if ident not in drafts:
                drafts[ident] = _StubDraft(number=m.number, date=m.date)
                index.add(_key(m.number), m.date, ident, real=False)
    return drafts


def _resolve_mentions(
    visible: list[Directive],
    mentions: dict[Identity, list[_Mention]],
    index: _Index,
    drafts: dict[Identity, _StubDraft],
    real_keys: set[str],
) -> tuple[dict[Identity, _Resolved], dict[str, dt.date], list[ContentError]]:
    """Resolve every mention of the visible documents.

    An undated citation with no candidate makes an undated stub, identity ``(key, 0)``, in
    ``drafts`` and ``index``.

    Returns:
        Each document's mentions with what they resolve to; the earliest date citing each
        undated stub, by number key; the warnings (dates that do not exist or disagree).
    """
    undated_dates: dict[str, dt.date] = {}
    resolved: dict[Identity, _Resolved] = {}
    warnings: list[ContentError] = []
    for d in visible:
        rows: _Resolved = []
        own_mentions = mentions[_id(d)]
        for m in own_mentions:
            # A citation nested in another one's subject was written before that one's date.
            on = d.date
            if m.parent is not None and own_mentions[m.parent].date is not None:
                on = min(on, own_mentions[m.parent].date or on)
            if m.date is None and m.date_text:
                warnings.append(_no_such_date(d, m))
            found = _resolve_or_stub(m, on, index, drafts)
            if found is None:
                rows.append((m, None))
                continue
            ident, problem = found
            if ident[1] == 0:  # an undated stub: its date is the earliest citing date
                undated_dates[ident[0]] = min(undated_dates.get(ident[0], on), on)
            if m.date is not None and ident in drafts and _key(m.number) in real_keys:
                problem = (
                    f"trích dẫn số {m.number} ghi ngày {format_date_short(m.date)}, nhưng văn bản "
                    f"số {m.number} trong kho thuộc năm khác; kiểm tra lại ngày hoặc số hiệu."
                )
            if problem:
                warnings.append(ContentError(d.path, m.line, problem, warning=True))
            rows.append((m, ident))
        resolved[_id(d)] = rows
    return resolved, undated_dates, warnings


def _no_such_date(d: Directive, m: _Mention) -> ContentError:
    return ContentError(
        d.path,
        m.line,
        f"ngày “{m.date_text}” trong trích dẫn số {m.number} không có thật; kiểm tra lại.",
        warning=True,
    )


def _own_edges(own: Identity, rows: _Resolved) -> _Edges:
    """A document's edges from its resolved mentions, as `_edges` makes them when none of its
    targets is a stub (a nested citation's relation then stays the citing document's)."""
    bucket: _Edges = {}
    for m, target in rows:
        if target is None or target == own:
            continue
        _add_edge(bucket, target, RelationKind.CITES if m.parent is not None else m.kind, m)
    return bucket


def _resolve_or_stub(
    m: _Mention, on: dt.date, index: _Index, drafts: dict[Identity, _StubDraft]
) -> tuple[Identity, str] | None:
    """What ``m`` resolves to (and a warning); an undated citation of nothing makes a stub."""
    found = index.resolve(m.number, m.date, on)
    if found is None and m.date is None:
        key = _key(m.number)
        index.undated[key] = (key, 0)
        drafts.setdefault((key, 0), _StubDraft(number=m.number, date=None))
        found = ((key, 0), "")
    return found


def _date_undated_stubs(
    undated_dates: dict[str, dt.date], drafts: dict[Identity, _StubDraft], index: _Index
) -> dict[Identity, Identity]:
    """Give undated stubs their final identity, by the earliest citing date: old -> new."""
    renamed: dict[Identity, Identity] = {}
    for key, when in undated_dates.items():
        new_id = (key, when.year)
        if new_id in drafts or new_id in index.real:
            new_id = (key, -when.year)  # cannot happen by the rules above; keep keys distinct
        renamed[(key, 0)] = new_id
        index.undated[key] = new_id
        drafts[new_id] = drafts.pop((key, 0))
    return renamed


def _edges(
    visible: list[Directive],
    resolved: dict[Identity, _Resolved],
    renamed: dict[Identity, Identity],
    drafts: dict[Identity, _StubDraft],
) -> dict[Identity, _Edges]:
    """Each document's edges (a stub's too: a citation nested in its subject); each stub
    draft collects the mentions of it."""
    edges: dict[Identity, _Edges] = {}
    for d in visible:
        own = _id(d)
        rows = resolved[own]
        bucket = edges.setdefault(own, {})
        for m, row_id in rows:
            if row_id is None:
                continue
            target_ident = renamed.get(row_id, row_id)
            if target_ident == own:
                continue
            parent_ident = None
            parent_row = rows[m.parent][1] if m.parent is not None else None
            if parent_row is not None:
                parent_ident = renamed.get(parent_row, parent_row)
            # For the citing document a nested citation is only mentioned: the relation the
            # words express belongs to the citation it is nested in.
            kind = RelationKind.CITES if m.parent is not None else m.kind
            _add_edge(bucket, target_ident, kind, m)
            if target_ident in drafts:
                drafts[target_ident].mentions.append((d, m))
            if parent_ident in drafts and parent_ident != target_ident:
                _add_edge(edges.setdefault(parent_ident, {}), target_ident, m.kind, m)
    return edges


def _stub_records(
    drafts: dict[Identity, _StubDraft],
    undated_dates: dict[str, dt.date],
    edges: dict[Identity, _Edges],
) -> tuple[dict[Identity, Directive], set[Identity]]:
    """Stub records, from what the citations in visible documents say; and the stubs whose
    date is an estimate."""
    stub_records: dict[Identity, Directive] = {}
    estimated: set[Identity] = set()
    for ident, draft in drafts.items():
        if not draft.mentions:
            continue
        stub_records[ident] = _make_stub(ident, draft, undated_dates, edges.get(ident, {}))
        if draft.date is None:
            estimated.add(ident)
    return stub_records, estimated


def _with_statuses(
    base: dict[Identity, Directive], edges: dict[Identity, _Edges], today: dt.date | None
) -> dict[Identity, Directive]:
    """The records with their derived status (superseded by a record here, or expired)."""
    # Edges from stubs nobody visible cites (cannot happen) are not read.
    superseded: dict[Identity, list[Identity]] = defaultdict(list)
    for src, bucket in edges.items():
        if src not in base:
            continue
        for (target, kind), _ in bucket.items():
            if kind is RelationKind.SUPERSEDES and target in base:
                superseded[target].append(src)
    return {ident: _with_status(d, bool(superseded.get(ident)), today) for ident, d in base.items()}


def _resolved_relations(
    edges: dict[Identity, _Edges], final: dict[Identity, Directive]
) -> tuple[dict[Identity, list[ResolvedRelation]], dict[Identity, list[ResolvedRelation]]]:
    """The relations out of each record and into each, one per target and kind ("cites" dropped
    when the same target has a stronger kind)."""
    out: dict[Identity, list[ResolvedRelation]] = defaultdict(list)
    inc: dict[Identity, list[ResolvedRelation]] = defaultdict(list)
    for src, bucket in edges.items():
        source = final.get(src)
        if source is None:
            continue
        kinds_by_target: dict[Identity, list[RelationKind]] = defaultdict(list)
        for target_key, kind in bucket:
            kinds_by_target[target_key].append(kind)
        for (target_id, kind), (m, explicit) in bucket.items():
            if kind is RelationKind.CITES and len(kinds_by_target[target_id]) > 1:
                continue
            target_rec = final.get(target_id)
            if target_rec is None:
                continue
            rel = ResolvedRelation(
                kind=kind,
                source=source,
                target=target_rec,
                number=target_rec.number,
                type_name=target_rec.type.value,
                date=target_rec.date,
                explicit=explicit,
                line=m.line,
            )
            out[src].append(rel)
            inc[target_id].append(rel)
    return out, inc


def _relation_order(r: ResolvedRelation) -> tuple[int, int, str]:
    """A record's relations: strongest kind first, then the latest, then by number."""
    other = r.target or r.source
    return (_STRENGTH[r.kind], -(r.date or other.date).toordinal(), _key(r.number))


def _backlink_order(r: ResolvedRelation) -> tuple[int, int, str]:
    """A record's backlinks: strongest kind first, then the latest source, then by number."""
    return (_STRENGTH[r.kind], -r.source.date.toordinal(), _key(r.source.number))


def _add_edge(
    bucket: _Edges,
    target: Identity,
    kind: RelationKind,
    mention: _Mention,
) -> None:
    key = (target, kind)
    held = bucket.get(key)
    # Front-matter wins over the text; among equals the first mention (lowest line) stays.
    if held is None or (mention.explicit and not held[1]):
        bucket[key] = (mention, mention.explicit)


def _make_stub(
    ident: Identity,
    draft: _StubDraft,
    undated_dates: dict[str, dt.date],
    own_edges: _Edges,
) -> Directive:
    relations = tuple(
        Relation(
            kind=kind,
            target=m.number,
            date=m.date,
            issuer=m.issuer,
            subject=m.subject,
            type_name=m.type_name,
        )
        for (_, kind), (m, _) in own_edges.items()
    )
    return _stub_fields(ident, draft, draft.date or undated_dates[ident[0]], relations)


def _stub_fields(
    ident: Identity, draft: _StubDraft, date: dt.date, relations: tuple[Relation, ...]
) -> Directive:
    """A stub from the citations of it (``draft``), its date and its own relations."""
    mentions = sorted(draft.mentions, key=lambda dm: (dm[0].date, dm[0].path, dm[1].line))

    def first(attr: str) -> str:
        return next((str(getattr(m, attr)) for _, m in mentions if getattr(m, attr)), "")

    type_name = first("type_name") or (draft.number.type_name or "")
    doc_type = DocType.from_text(type_name) or DocType.CONG_VAN
    best = min(d.visibility.rank for d, _ in mentions)
    visibility = next(v for v in Visibility if v.rank == best)
    return Directive(
        path="",
        number=draft.number,
        date=date,
        type=doc_type,
        subject=first("subject"),
        issuer=first("issuer"),
        relations=relations,
        visibility=visibility,
        stub=True,
    )


def _with_status(d: Directive, superseded: bool, today: dt.date | None) -> Directive:
    if superseded:
        status = Status.SUPERSEDED
    elif d.status is not Status.IN_FORCE:
        status = d.status
    else:
        end = _plan_end(d)
        expired = today is not None and end is not None and end < today
        status = Status.EXPIRED if expired else Status.IN_FORCE
    return d if status is d.status else dataclasses.replace(d, status=status)


def _drop_own(
    own: Identity,
    out: dict[Identity, tuple[ResolvedRelation, ...]],
    inc: dict[Identity, tuple[ResolvedRelation, ...]],
) -> None:
    """Take ``own``'s relations out of ``out`` and their backlinks out of ``inc``."""
    for rel in out.pop(own, ()):
        assert rel.target is not None
        target = _id(rel.target)
        left = tuple(r for r in inc.get(target, ()) if _id(r.source) != own)
        if left:
            inc[target] = left
        else:
            inc.pop(target, None)


def _put_own(
    own: Identity,
    made: Iterable[ResolvedRelation],
    out: dict[Identity, tuple[ResolvedRelation, ...]],
    inc: dict[Identity, tuple[ResolvedRelation, ...]],
) -> None:
    """Put ``own``'s relations ``made`` into ``out`` and their backlinks into ``inc``, in order."""
    rels = tuple(made)
    if rels:
        out[own] = tuple(sorted(rels, key=_relation_order))
    for rel in rels:
        assert rel.target is not None
        target = _id(rel.target)
        inc[target] = tuple(sorted((*inc.get(target, ()), rel), key=_backlink_order))
