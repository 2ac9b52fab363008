"""The checks across records, each problem as path:line.

One number per issuer and year, one page per URL, relations that resolve and do not loop,
units and themes that exist, content pages that can be read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bangtin.core.fields import PAGE_FIELDS
from bangtin.core.model import (
    ContentError,
    Directive,
    NewsItem,
    Practice,
    Relation,
    RelationKind,
    Visibility,
)
from bangtin.core.read import Checker, nearest, read_document
from bangtin.core.result import LoadResult
from bangtin.core.units import UNIT_ID
from bangtin.core.walk import DIRECTIVES_DIR, markdown_files

__all__ = [
    "check_directives",
    "check_pages",
    "check_practices",
    "check_unique",
    "check_urls",
    "number_lookup",
]


def check_pages(
    root: Path, content: Path, result: LoadResult, skip: frozenset[Path] = frozenset()
) -> None:
    """Content pages: their front-matter read, their visibility noted in ``result.pages``."""
    data_folders = {"themes", "practices", "news"}
    for path in markdown_files(content, skip):
        rel_docs = path.relative_to(content).as_posix()
        if rel_docs.split("/", 1)[0] in data_folders:
            continue
        doc = read_document(root, path, required=False)
        result.errors.extend(doc.errors)
        visibility = Visibility.INTERNAL
        if doc.meta is not None:
            check = Checker(doc.path)
            data = check.mapping(doc.meta, PAGE_FIELDS)
            result.errors.extend(check.errors)
            result.warnings.extend(check.warnings)
            visibility = data.get("visibility", Visibility.INTERNAL)
        result.pages[rel_docs] = visibility


def check_directives(
    directives: list[Directive],
    unit_ids: set[str],
    theme_years: set[int],
    result: LoadResult,
    folder: str = DIRECTIVES_DIR,
) -> None:
    """The checks across directives: one number per issuer and year, one page per URL, units, themes
    and relations that exist."""
    seen: dict[tuple[str, int], Directive] = {}
    urls: dict[str, Directive] = {}
    for d in directives:
        identity = d.identity
        if identity not in seen and d.url in urls:
            # Two numbers, one slug ("5-CV/ĐUK" and "5/CV-ĐUK"): one page would overwrite the other.
            other = urls[d.url]
            result.errors.append(
                ContentError(
                    d.path,
                    d.lines.get("number", 1),
                    f"số {d.number} cho cùng địa chỉ trang /{d.url} với số {other.number} ở tệp "
                    f"{other.path}: hai văn bản không thể chung một trang; hãy kiểm tra lại số",
                )
            )
            continue
        urls.setdefault(d.url, d)
        if identity in seen:
            other = seen[identity]
            result.errors.append(
                ContentError(
                    d.path,
                    d.lines.get("number", 1),
                    f"số {d.number} năm {d.year} đã có ở tệp {other.path}: mỗi văn bản chỉ "
                    "được có một tệp; hãy kiểm tra lại số hoặc ngày, hoặc xóa một tệp",
                )
            )
            continue
        seen[identity] = d
        expected = f"{folder}/{d.year}/{d.slug}.md"
        if d.path != expected and d.path.startswith(f"{folder}/"):
            result.warnings.append(
                ContentError(
                    d.path,
                    1,
                    f"tệp nên đặt tên theo số và năm: {expected} (trang vẫn ở /{d.url})",
                    warning=True,
                )
            )
        for task in d.tasks:
            if UNIT_ID.match(task.who) and task.who not in unit_ids:
                result.warnings.append(
                    ContentError(
                        d.path,
                        task.line or d.lines.get("tasks", 1),
                        f"nhiệm vụ giao cho «{task.who}» nhưng không có đơn vị mã này trong "
                        "content/units.yml",
                        warning=True,
                    )
                )
        if d.issuer and UNIT_ID.match(d.issuer) and d.issuer not in unit_ids:
            result.warnings.append(
                ContentError(
                    d.path,
                    d.lines.get("issuer", 1),
                    f"cơ quan ban hành «{d.issuer}» không có trong content/units.yml",
                    warning=True,
                )
            )
        for year in d.themes:
            if year not in theme_years:
                result.warnings.append(
                    ContentError(
                        d.path,
                        d.lines.get("themes", 1),
                        f"chủ đề năm {year} chưa có tệp content/themes/{year}.md",
                        warning=True,
                    )
                )
    _check_relations(list(seen.values()), result)


def check_practices(practices: list[Practice], unit_ids: set[str], result: LoadResult) -> None:
    """A practice belongs to one unit of units.yml: one of no unit would be on no unit's page."""
    for practice in practices:
        if practice.unit in unit_ids:
            continue
        near = nearest(practice.unit, sorted(unit_ids))
        hint = f"; có phải ý là «{near}»?" if near else ""
        result.errors.append(
            ContentError(
                practice.path,
                practice.lines.get("unit", 1),
                f"«unit»: không có đơn vị mã «{practice.unit}» trong content/units.yml{hint}",
            )
        )


def _check_relations(directives: list[Directive], result: LoadResult) -> None:
    """Front-matter relations that cannot be true: a document related to itself, and
    documents that supersede each other in a loop (each would show as superseded)."""
    table = number_lookup(directives)
    edges: list[list[tuple[int, int]]] = []  # per directive: (target index, line)
    index = {id(d): i for i, d in enumerate(directives)}
    for d in directives:
        out: list[tuple[int, int]] = []
        for rel in d.relations:
            if rel.target.key == d.number.key and (rel.date is None or rel.date.year == d.year):
                result.errors.append(
                    ContentError(
                        d.path,
                        rel.line or d.lines.get("relations", 1),
                        f"«relations.{rel.kind.value}»: văn bản {d.number} không thể có quan hệ "
                        "với chính nó; hãy bỏ số này khỏi relations",
                    )
                )
            elif rel.kind is RelationKind.SUPERSEDES:
                target = _resolve_relation(table, rel, d.date)
                if target is not None:
                    out.append((index[id(target)], rel.line or d.lines.get("relations", 1)))
        edges.append(out)
    for cycle in _cycles(edges):
        for at, (i, line) in enumerate(cycle):
            d = directives[i]
            turn = [directives[j].number for j, _ in cycle[at:] + cycle[:at]] + [d.number]
            shown = " thay thế ".join(str(n) for n in turn)
            result.errors.append(
                ContentError(
                    d.path,
                    line,
                    f"«relations.supersedes»: các văn bản thay thế nhau thành vòng ({shown}); "
                    "hãy bỏ quan hệ sai",
                )
            )


def _resolve_relation(
    table: dict[str, list[Directive]], rel: Relation, on: dt.date
) -> Directive | None:
    """The record a relation names, as the link graph resolves it: by date when it has one,
    else the latest on or before ``on``, else the first of that year."""
    found = table.get(rel.target.key, [])  # newest first
    if rel.date is not None:
        same = [c for c in found if c.date == rel.date] or [
            c for c in found if c.date.year == rel.date.year
        ]
        return same[0] if same else None
    earlier = [c for c in found if c.date <= on]
    if earlier:
        return earlier[0]
    later = [c for c in found if c.date.year == on.year]
    return later[-1] if later else None


def _cycles(edges: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """One cycle per strongly connected component of more than one node (Tarjan's algorithm,
    without recursion), as (node, line of the edge it leaves by) from the component's first node."""
    order: dict[int, int] = {}
    low: dict[int, int] = {}
    stack: list[int] = []
    on_stack: set[int] = set()
    components: list[list[int]] = []
    for root in range(len(edges)):
        if root in order:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                order[node] = low[node] = len(order)
                stack.append(node)
                on_stack.add(node)
            if child < len(edges[node]):
                work.append((node, child + 1))
                target = edges[node][child][0]
                if target not in order:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], order[target])
                continue
            if low[node] == order[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    components.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return [_cycle_from(component[0], set(component), edges) for component in components]


def _cycle_from(
    start: int, members: set[int], edges: list[list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """The shortest way from ``start`` back to itself inside ``members`` (breadth first)."""
    came: dict[int, tuple[int, int]] = {}
    queue = [start]
    for node in queue:
        for target, line in edges[node]:
            if target not in members or target in came:
                continue
            came[target] = (node, line)
            if target == start:
                queue.clear()
                break
            queue.append(target)
    path: list[tuple[int, int]] = []
    node = start
    while True:
        prev, line = came[node]
        path.append((prev, line))
        node = prev
        if node == start:
            break
    return path[::-1]


def check_unique(
    records: list[Any], key: Callable[[Any], Any], what: str, result: LoadResult
) -> None:
    """One record per key (``key``) among ``records``: a second one is an error."""
    seen: dict[Any, Any] = {}
    for record in records:
        k = key(record)
        if k in seen:
            result.errors.append(
                ContentError(record.path, 1, f"{what} {k} đã có ở tệp {seen[k].path}")
            )
        else:
            seen[k] = record


def check_urls(records: list[Practice] | list[NewsItem], what: str, result: LoadResult) -> None:
    """Two files whose names slugify alike would write one page: the second is an error."""
    seen: dict[str, Practice | NewsItem] = {}
    for record in records:
        other = seen.setdefault(record.url, record)
        if other is not record:
            result.errors.append(
                ContentError(
                    record.path,
                    1,
                    f"{what} này có cùng địa chỉ trang /{record.url} với tệp {other.path} "
                    "(tên tệp chỉ khác dấu, chữ hoa hoặc dấu gạch): hãy đổi tên một tệp",
                )
            )


def number_lookup(directives: Iterable[Directive]) -> dict[str, list[Directive]]:
    """Directives by number key, newest first, for resolving citations by number."""
    table: dict[str, list[Directive]] = {}
    for d in directives:
        table.setdefault(d.number.key, []).append(d)
    for items in table.values():
        items.sort(key=lambda d: d.date, reverse=True)
    return table
