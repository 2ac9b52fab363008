"""What each generated page is made of, as one digest per page: the key of the page reuse.

The HTML bangtin writes for a page is a function of the code and configuration that render it
(the adapter's salt), of what any page may show (units, themes, practices, news, the options,
the audience and each feature's `Feature.global_view`, such as the build date) and of the
records the page shows. `PageInputs` digests the last two; a page whose digest, salt and
Material shell are those of the last build is the last build's page (`adapter/reuse.py`).

**A directive's page** shows its own record whole (its body, its posts, its history: the
features' `Feature.own_view`) and, of other records, only what any page may show of them (the
record's *face*: its fields but the body, and each feature's `Feature.record_view`, such as its
relations) and only within the lược đồ's reach: `REACH` relations away, either way. The faces
within reach are folded as a Weisfeiler-Lehman hash: round k gives each record the digest of its
round k-1 digest and its neighbours' (in the order the graph lists them). After `REACH` rounds a
record's digest changes when anything within reach changes, a relation between two records in
reach included, for three passes over the relations instead of a walk from every page.

**Every other generated page** (listings, units, themes, follow-up) is keyed by every record's
face and own view, in the graph's order: an edit of a body that changes no relation leaves them
as they were. The kinds that show what bodies give (the posts page: `Feature.body_kinds`) are
keyed by every body too.

What a digest does not see makes a page stale, so the reuse is proved the other way too: the
tests build after each kind of edit with and without the last build's pages and compare
(`BANGTIN_REUSE=check` renders every page anyway and fails on any difference).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from bangtin.core.model import Directive
from bangtin.links.graph import LinkGraph, identity_of
from bangtin.site.pages import PageSpec

__all__ = ["REACH", "PageInputs", "face_digest"]

#: How far a directive's page reads other records: the lược đồ's depth (`draw_diagram`).
REACH = 3
_SIZE = 16
# Record fields no other page shows: the body (its own page digests it whole) and the lines
# error messages point to.
_NOT_FACE = frozenset({"body", "body_line", "lines"})


def _digest(*parts: object) -> bytes:
    h = hashlib.blake2b(digest_size=_SIZE)
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.digest()


def face_digest(d: Directive) -> bytes:
    """The digest of what any page may show of ``d``'s own fields (all but its body)."""
    return _digest(_face_fields(d))


def _face_fields(d: Directive) -> tuple[object, ...]:
    names = getattr(type(d), "_bt_face", None)
    if names is None:
        names = tuple(n for n in type(d).__dataclass_fields__ if n not in _NOT_FACE)
        type(d)._bt_face = names  # type: ignore[attr-defined]
    return tuple(getattr(d, n) for n in names)


class PageInputs:
    """The digests of one build's generated pages (see the module's doc)."""

    def __init__(
        self,
        graph: LinkGraph,
        *,
        numbers: Sequence[object],
        shared: Sequence[object],
        record_views: Any,
        own_views: Any,
        body_kinds: frozenset[str] = frozenset(),
        fields: Callable[[Directive], bytes] = face_digest,
    ) -> None:
        """
        Args:
            graph: the build's link graph: its records (stubs included) and their relations.
            numbers: what a citation resolves against (every record's number and date, those
                the audience may not see too): part of `every`, not of a directive's digest
                (its page shows what its citations resolved to, which its digest has).
            shared: what any page may show besides records (units, themes, options...).
            record_views: ``f(d)``, the features' views of a record that any page may show.
            own_views: ``f(d)``, the features' views of a record shown on its own page and on
                listings only.
            body_kinds: the page kinds that show what records' bodies give.
            fields: `face_digest`, or what gives the same faster (kept from the last build).
        """
        self.shared = _digest(*shared)
        records = graph.directives
        idents = [identity_of(d) for d in records]
        faces = {
            ident: _digest(fields(d), record_views(d))
            for ident, d in zip(idents, records, strict=True)
        }
        neighbours = {
            ident: [
                *(identity_of(r.target) for r in graph.outgoing(d) if r.target is not None),
                *(identity_of(r.source) for r in graph.incoming(d)),
            ]
            for ident, d in zip(idents, records, strict=True)
        }
        self._reach = _fold(faces, neighbours, REACH)
        self._own = {ident: _digest(own_views(d)) for ident, d in zip(idents, records, strict=True)}
        every = hashlib.blake2b(self.shared + _digest(numbers), digest_size=_SIZE)
        for ident in idents:  # in the graph's order, which the listings follow
            every.update(faces[ident])
            every.update(self._own[ident])
        self.every = every.digest()
        bodies = hashlib.blake2b(self.every, digest_size=_SIZE)
        for d in records:
            bodies.update(_digest(d.body))
        self.bodies = bodies.digest()
        self.body_kinds = body_kinds

    def digest(self, spec: PageSpec) -> bytes:
        """The page's digest: equal in two builds only when the page shows the same."""
        fields = (spec.src_uri, spec.title, spec.kind, spec.key, spec.description)
        markdown = spec.markdown.encode("utf-8", "surrogatepass")
        record = spec.record
        if spec.kind == "directive" and isinstance(record, Directive):
            ident = identity_of(record)
            reach = self._reach.get(ident)
            if reach is not None:
                return _digest(self.shared, fields, markdown, reach, self._own[ident])
        every = self.bodies if spec.kind in self.body_kinds else self.every
        return _digest(self.shared, fields, markdown, every)


def _fold(
    faces: dict[Any, bytes], neighbours: dict[Any, list[Any]], rounds: int
) -> dict[Any, bytes]:
    """Weisfeiler-Lehman rounds: each node's digest with its neighbours', ``rounds`` times."""
    current = faces
    for _ in range(rounds):
        nxt: dict[Any, bytes] = {}
        for node, own in current.items():
            h = hashlib.blake2b(own, digest_size=_SIZE)
            for other in neighbours.get(node, ()):
                h.update(current.get(other, b"?" * _SIZE))
            nxt[node] = h.digest()
        current = nxt
    return current
