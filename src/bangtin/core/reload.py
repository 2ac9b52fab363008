"""`bangtin serve`'s reload: a few directive files read again into a new load result."""

from __future__ import annotations

import bisect
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bangtin.core.attachments import DEFAULT_MAX_MB, check_files
from bangtin.core.checks import check_directives
from bangtin.core.fields import DIRECTIVE_FIELDS
from bangtin.core.frontmatter import Document
from bangtin.core.model import ContentError, Directive, Registry, RelationKind
from bangtin.core.project import filter_audience
from bangtin.core.read import Checker, load_one, rel_path
from bangtin.core.records import build_directive, directive_order
from bangtin.core.result import LoadResult
from bangtin.core.units import code_owners

__all__ = ["reload_directives"]


def reload_directives(
    root: Path,
    result: LoadResult,
    paths: Iterable[Path],
    *,
    docs_dir: str = "content",
    attachment_max_mb: int = DEFAULT_MAX_MB,
) -> tuple[LoadResult, dict[str, Directive | None], list[ContentError]]:
    """Read a few directive files again (edited, added or deleted) into a new load result.

    `bangtin serve` calls this after an edit instead of loading the whole project. A file with
    an error keeps its previous record (the page already built stays as it was).

    Args:
        root: the project's root (where mkdocs.yml is).
        result: the current load result; it is not changed.
        paths: the directive files that changed (a missing file was deleted).
        docs_dir: the docs folder, relative to ``root``.

    Returns:
        The new result (its ``warnings`` are the old ones with those of the changed files read
        again), the changed records by path relative to ``root`` (None for a deleted file), and
        the errors of the files that were not taken.
    """
    root = root.resolve()
    content = root / docs_dir
    reg = result.registry
    code_to_unit = code_owners(reg.units)
    by_path = {d.path: d for d in result.all_directives}
    changed, errors, warnings = _read_changed(
        root,
        paths,
        by_path,
        lambda doc, data, check: build_directive(doc, data, check, code_to_unit, content),
        attachment_max_mb,
    )
    merged = dict(by_path)
    for rel, new in changed.items():
        if new is None:
            merged.pop(rel, None)
        else:
            merged[rel] = new
    _check_across(merged, changed, by_path, reg, errors, warnings)
    new_result = LoadResult(
        registry=reg,
        all_directives=_in_order(result.all_directives, changed),
        warnings=[w for w in result.warnings if w.path not in changed]
        + [w for rel in changed for w in warnings.get(rel, [])],
        pages=result.pages,
    )
    new_result.registry = filter_audience(
        reg.audience,
        directives=new_result.all_directives,
        themes=reg.themes,
        units=reg.units,
        practices=reg.practices,
        news=reg.news,
    )
    new_result.registry.warnings = tuple(new_result.warnings)
    return new_result, changed, errors


def _in_order(
    directives: tuple[Directive, ...], changed: dict[str, Directive | None]
) -> tuple[Directive, ...]:
    """``directives`` (in `directive_order`) with the changed records in their places: the
    others keep theirs (no two records have one key: it ends with the path), each changed one
    is put in where it sorts, not 10,000 keys made and sorted again."""
    out = [d for d in directives if d.path not in changed]
    for new in changed.values():
        if new is not None:
            out.insert(bisect.bisect(out, directive_order(new), key=directive_order), new)
    return tuple(out)


def _read_changed(
    root: Path,
    paths: Iterable[Path],
    by_path: dict[str, Directive],
    build: Callable[[Document, dict[str, Any], Checker], Directive | None],
    attachment_max_mb: int,
) -> tuple[dict[str, Directive | None], list[ContentError], dict[str, list[ContentError]]]:
    """Each changed file read on its own: the records taken (None for a deleted file), the
    errors of the files not taken, the warnings of those taken."""
    changed: dict[str, Directive | None] = {}
    errors: list[ContentError] = []
    warnings: dict[str, list[ContentError]] = {}
    for path in paths:
        rel = rel_path(root, path)
        if not path.exists():
            if rel in by_path:
                changed[rel] = None
            continue
        if not os.path.realpath(path).startswith(str(root) + os.sep):
            errors.append(ContentError(rel, 1, "tệp trỏ ra ngoài thư mục dự án; không đọc"))
            continue
        record, file_errors, file_warnings = load_one(root, path, DIRECTIVE_FIELDS, build)
        if record is not None:
            file_errors += check_files(root, [record], attachment_max_mb * 1024 * 1024)
        if file_errors or record is None:
            errors.extend(file_errors)
            continue
        changed[rel] = record
        warnings[rel] = file_warnings
    return changed, errors, warnings


def _check_across(
    merged: dict[str, Directive],
    changed: dict[str, Directive | None],
    by_path: dict[str, Directive],
    reg: Registry,
    errors: list[ContentError],
    warnings: dict[str, list[ContentError]],
) -> None:
    """The checks across files (one number, one page) for the files read again only: a file
    that fails them is not taken (its previous record comes back into ``merged``)."""
    check = LoadResult(registry=reg)
    check_directives(
        _to_check(merged, changed),
        {u.id for u in reg.units},
        {t.year for t in reg.themes},
        check,
    )
    refused = {e.path for e in check.errors if e.path in changed}
    errors.extend(e for e in check.errors if e.path in changed)
    for rel in refused:
        old = by_path.get(rel)
        if old is None:
            merged.pop(rel, None)
        else:
            merged[rel] = old
        changed.pop(rel, None)
    for w in check.warnings:
        if w.path in changed:
            warnings.setdefault(w.path, []).append(w)


# Each record's (identity, page address) by the record object, as the last edit's check found
# them: an edit's files are checked against the other records without working out 10,000
# addresses again (a tenth of a second at 10,000 directives); only the records of this edit
# are kept, so that the records an edit replaced go.
_ADDRESSES: dict[int, tuple[Directive, tuple[str, int], str]] = {}


def _to_check(
    merged: dict[str, Directive], changed: dict[str, Directive | None]
) -> list[Directive]:
    """The records `check_directives` must see for the changed files' errors and warnings, in
    the order the check takes them (the unchanged first: a clash is the changed file's).

    A changed file clashes only with a record of its number and year or of its page address:
    those, and the changed records, are enough. A changed record that supersedes a document
    may close a loop through any record: then every record is checked, as a load does."""
    ordered = sorted(merged.values(), key=lambda d: d.path in changed)
    fresh = [d for d in changed.values() if d is not None]
    if any(r.kind is RelationKind.SUPERSEDES for d in fresh for r in d.relations):
        return ordered
    addresses: dict[int, tuple[Directive, tuple[str, int], str]] = {}
    for d in ordered:
        kept = _ADDRESSES.get(id(d))
        addresses[id(d)] = kept if kept is not None and kept[0] is d else (d, d.identity, d.url)
    _ADDRESSES.clear()
    _ADDRESSES.update(addresses)
    identities = {addresses[id(d)][1] for d in fresh}
    urls = {addresses[id(d)][2] for d in fresh}
    return [
        d
        for d in ordered
        if d.path in changed or addresses[id(d)][1] in identities or addresses[id(d)][2] in urls
    ]
