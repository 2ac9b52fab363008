"""The "lược đồ": an inline SVG of a directive's ancestors and descendants, drawn at build time.

Layout: one row per generation, ancestors above the document, descendants below, at most two
nodes side by side (so each stays readable on a 360 px wide phone: the drawing is 360 units wide
and scales with ``width="100%"``); a generation with more nodes takes several rows. Each edge goes
from the citing document up to the cited one and carries the relation's label. No script, no
external reference, every text XML-escaped; ``<title>`` elements name the drawing and each node.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from bangtin.core.model import Directive
from bangtin.core.text import format_date_short
from bangtin.links.graph import LinkGraph, ResolvedRelation

__all__ = ["draw_diagram"]

_WIDTH = 360
_MARGIN = 8
_PER_ROW = 3
_NODE_GAP = 12
_ROW_GAP = 40  # room for an edge label between two rows
_LINE = 14
_PAD = 6
_CHARS = 15  # characters per line in a node three to a row, at 11 px
_FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif"'
_COLORS = {
    "focus": ("#b71c1c", "#fff", "#b71c1c"),  # stroke, fill, text
    "doc": ("#5f6368", "#fff", "#202124"),
    "stub": ("#9aa0a6", "#f8f9fa", "#3c4043"),
    "hidden": ("#bdc1c6", "#f1f3f4", "#5f6368"),
}


@dataclass(slots=True)
class _Node:
    key: str
    lines: list[str]
    title: str
    url: str | None
    style: str
    level: int
    strong: tuple[int, ...] = ()  # the lines of the number, drawn bold
    x: float = 0
    y: float = 0
    w: float = 0
    h: float = 0


def draw_diagram(
    graph: LinkGraph,
    directive: Directive,
    url_for: Callable[[Directive], str | None],
    *,
    depth: int = 3,
) -> str:
    """Draw the relations around ``directive`` as an inline SVG string.

    Args:
        graph: the build's link graph.
        directive: the document at the centre, highlighted.
        url_for: the URL of a record's page as the calling page must write it, or None.
        depth: how many generations to draw above and below.

    Returns:
        The ``<svg>`` element, or "" when the document has no relation to draw.
    """
    focus = graph.get(directive) or directive
    nodes: dict[str, _Node] = {}
    edges: list[tuple[str, str, str]] = []  # (from citing, to cited, label)
    nodes[_key(focus)] = _doc_node(
        focus, 0, url_for, style="focus", estimated=graph.date_is_estimate(focus)
    )
    _grow(graph, focus, depth, nodes, edges, url_for, upward=True)
    _grow(graph, focus, depth, nodes, edges, url_for, upward=False)
    if len(nodes) == 1:
        return ""
    height = _place(nodes)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height:.0f}" '
        f'width="100%" role="img" class="bt-diagram" {_FONT} font-size="11" '
        f"aria-label={quoteattr('Lược đồ quan hệ của ' + focus.title)}>",
        f"<title>{escape('Lược đồ quan hệ của ' + focus.title)}</title>",
        '<defs><marker id="bt-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" '
        'fill="#5f6368"/></marker></defs>',
    ]
    seen: set[tuple[str, str]] = set()
    labels: dict[str, list[str]] = {}  # far node -> labels already written next to it
    for src, dst, label in edges:
        if (src, dst) in seen or src not in nodes or dst not in nodes:
            continue
        seen.add((src, dst))
        out.append(_edge(nodes[src], nodes[dst], label, labels))
    for node in sorted(nodes.values(), key=lambda n: (n.y, n.x)):
        out.append(_node(node))
    out.append("</svg>")
    return "\n".join(out)


def _key(d: Directive) -> str:
    return f"{d.number.key}@{d.year}"


def _doc_node(
    d: Directive,
    level: int,
    url_for: Callable[[Directive], str | None],
    *,
    style: str,
    estimated: bool = False,
) -> _Node:
    # A stub's date guessed from the documents citing it is not printed as if it were known.
    when = "" if estimated else format_date_short(d.date)
    title = f"{d.title}, ngày {when}" if when else d.title
    if d.subject:
        title += f": {d.subject}"
    if d.stub:
        title += " (chưa có toàn văn trong kho)"
    kind, number = _wrap(d.type.value), _wrap(str(d.number))
    return _Node(
        key=_key(d),
        lines=[*kind, *number, *([when] if when else [])],
        strong=tuple(range(len(kind), len(kind) + len(number))),
        title=title,
        url=None if style == "focus" else url_for(d),  # the focus is the page being read
        style=style if style == "focus" or not d.stub else "stub",
        level=level,
    )


def _hidden_node(rel: ResolvedRelation, level: int) -> _Node:
    kind = _wrap(rel.type_name) if rel.type_name else []
    number = _wrap(str(rel.number))
    return _Node(
        key=f"hidden:{rel.number.key}",
        lines=[*kind, *number],
        strong=tuple(range(len(kind), len(kind) + len(number))),
        title=f"{rel.label} (không công bố trong phạm vi này)",
        url=None,
        style="hidden",
        level=level,
    )


# Nodes drawn above (and again below) the focus: more would not be readable at 360 px.
MAX_NODES = 8


@functools.lru_cache(maxsize=65536)
def _wrapped(text: str) -> tuple[str, ...]:
    # Each document is a node in the diagrams of all its neighbours: wrap its text once.
    return tuple(textwrap.wrap(text, _CHARS, break_on_hyphens=True)) or ("",)


def _wrap(text: str) -> list[str]:
    return list(_wrapped(text))


def _grow(
    graph: LinkGraph,
    focus: Directive,
    depth: int,
    nodes: dict[str, _Node],
    edges: list[tuple[str, str, str]],
    url_for: Callable[[Directive], str | None],
    *,
    upward: bool,
) -> None:
    # Collect the generations breadth first, then put each node at its longest distance from
    # the focus, so a chain 189 -> 1271 -> 2078 stays a chain even when 2078 also cites 189.
    step = -1 if upward else 1
    distance: dict[str, int] = {}
    found: dict[str, _Node] = {}
    links: list[tuple[str, str, str]] = []  # (nearer to focus, farther, label)
    frontier = [focus]
    for _ in range(max(0, depth)):
        nxt: list[Directive] = []
        for doc in frontier:
            rels = graph.outgoing(doc) if upward else graph.incoming(doc)
            for rel in rels:
                other = rel.target if upward else rel.source
                key = f"hidden:{rel.number.key}" if other is None else _key(other)
                if key not in nodes and key not in found:
                    if len(found) >= MAX_NODES:
                        # A phone cannot show more; the relation lists above name them all.
                        continue
                    if other is None:
                        found[key] = _hidden_node(rel, 0)
                    else:
                        found[key] = _doc_node(
                            other, 0, url_for, style="doc", estimated=graph.date_is_estimate(other)
                        )
                        nxt.append(other)
                links.append((_key(doc), key, rel.kind.label))
        frontier = nxt
    distance = {key: 0 for key in nodes if nodes[key].level == 0}
    for _ in range(len(found) + 1):
        changed = False
        for near, far, _label in links:
            if near in distance and far in found:
                d = min(distance[near] + 1, max(1, depth))
                if d > distance.get(far, 0):
                    distance[far] = d
                    changed = True
        if not changed:
            break
    for key, node in found.items():
        node.level = step * distance.get(key, 1)
        nodes[key] = node
    for near, far, label in links:
        edges.append((near, far, label) if upward else (far, near, label))


def _place(nodes: dict[str, _Node]) -> float:
    by_level: dict[int, list[_Node]] = {}
    for node in nodes.values():
        by_level.setdefault(node.level, []).append(node)
    y = float(_MARGIN)
    for level in sorted(by_level):
        row_nodes = by_level[level]
        for start in range(0, len(row_nodes), _PER_ROW):
            row = row_nodes[start : start + _PER_ROW]
            width = (_WIDTH - 2 * _MARGIN - _NODE_GAP * (len(row) - 1)) / len(row)
            width = min(width, (_WIDTH - 2 * _MARGIN - _NODE_GAP) / 2)
            total = width * len(row) + _NODE_GAP * (len(row) - 1)
            x = (_WIDTH - total) / 2
            height = max(len(n.lines) for n in row) * _LINE + 2 * _PAD
            for node in row:
                node.x, node.y, node.w, node.h = x, y, width, height
                x += width + _NODE_GAP
            y += height + _ROW_GAP
    return y - _ROW_GAP + _MARGIN


def _edge(src: _Node, dst: _Node, label: str, labels: dict[str, list[str]]) -> str:
    # From the citing document to the one it cites. The label stands next to the node farther
    # from the focus: each such node has its own column, so labels of a fan never overlap, and
    # lines crossing a row pass behind its nodes (edges are drawn first).
    x1, x2 = src.x + src.w / 2, dst.x + dst.w / 2
    if src.y > dst.y:
        y1, y2 = src.y, dst.y + dst.h
    else:
        y1, y2 = src.y + src.h, dst.y
    line = (
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#5f6368" '
        'stroke-width="1.2" marker-end="url(#bt-arrow)"/>'
    )
    far, at_far = (dst, y2) if abs(dst.level) > abs(src.level) else (src, y1)
    if abs(dst.level) == abs(src.level):
        lx, ly = (x1 + x2) / 2, (y1 + y2) / 2 + 4
    else:
        written = labels.setdefault(far.key, [])
        if label in written:
            return f'<g class="bt-diagram__edge">{line}</g>'
        written.append(label)
        lx = far.x + far.w / 2
        offset = 12 * len(written)
        ly = at_far + offset + 2 if at_far > far.y else at_far - offset + 10
    return (
        f'<g class="bt-diagram__edge">{line}'
        f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="middle" fill="#3c4043" '
        f'stroke="#fff" stroke-width="3" paint-order="stroke" font-style="italic">'
        f"{escape(label)}</text></g>"
    )


def _node(node: _Node) -> str:
    stroke, fill, ink = _COLORS[node.style]
    dash = ' stroke-dasharray="4 3"' if node.style in ("stub", "hidden") else ""
    width = "2.5" if node.style == "focus" else "1.2"
    cx = node.x + node.w / 2
    texts = []
    for i, line in enumerate(node.lines):
        weight = ' font-weight="700"' if i in node.strong else ""
        y = node.y + _PAD + _LINE * (i + 1) - 3
        texts.append(
            f'<text x="{cx:.1f}" y="{y:.1f}" text-anchor="middle" fill="{ink}"{weight}>'
            f"{escape(line)}</text>"
        )
    body = (
        f"<g><title>{escape(node.title)}</title>"
        f'<rect x="{node.x:.1f}" y="{node.y:.1f}" width="{node.w:.1f}" height="{node.h:.1f}" '
        f'rx="6" fill="{fill}" stroke="{stroke}" stroke-width="{width}"{dash}/>'
        f"{''.join(texts)}</g>"
    )
    if node.url is None:
        return body
    return f"<a href={quoteattr(node.url)}>{body}</a>"
