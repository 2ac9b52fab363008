"""Loading many files of one kind: from the record cache, else read.

From `PARALLEL_FROM` files on, forked processes read contiguous shares of them.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from bangtin.core.fields import Field
from bangtin.core.frontmatter import Document
from bangtin.core.model import ContentError
from bangtin.core.read import Checker, load_one
from bangtin.core.record_cache import RecordCache
from bangtin.core.result import LoadResult

__all__ = ["PARALLEL_FROM", "load_records"]

# From this many files on, a second process reads half of them (two cores on the server).
PARALLEL_FROM = 800


def _load_share(
    root: Path,
    paths: list[Path],
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], Checker], Any],
) -> list[tuple[Any, list[ContentError], list[ContentError]]]:
    return [load_one(root, path, fields, build) for path in paths]


def load_records(
    root: Path,
    files: Iterable[Path],
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], Checker], Any],
    result: LoadResult,
    cache: RecordCache | None = None,
) -> list[Any]:
    """The records of ``files`` (from ``cache`` where it holds them); errors and warnings go to
    ``result``."""
    paths = list(files)
    outcomes: list[tuple[Any, list[ContentError], list[ContentError]] | None] = [None] * len(paths)
    todo: list[int] = []
    for i, path in enumerate(paths):
        hit = cache.get(path) if cache is not None else None
        if hit is None:
            todo.append(i)
        else:
            outcomes[i] = hit
    fresh = _parallel_load(root, [paths[i] for i in todo], fields, build)
    for i, new in zip(todo, fresh, strict=True):
        outcomes[i] = new
        if cache is not None:
            cache.put(paths[i], new)
    records = []
    for path, outcome in zip(paths, outcomes, strict=True):
        assert outcome is not None
        record, errors, warnings = outcome
        result.errors.extend(errors)
        result.warnings.extend(warnings)
        if record is not None:
            records.append(record)
            digest = cache.digests.get(str(path)) if cache is not None else None
            if digest is not None and not getattr(record, "attachments", ()):
                result.sources[record.path] = digest
    return records


def _parallel_load(
    root: Path,
    paths: list[Path],
    fields: dict[str, Field],
    build: Callable[[Document, dict[str, Any], Checker], Any],
) -> list[tuple[Any, list[ContentError], list[ContentError]]]:
    workers = min(os.cpu_count() or 1, 4)
    if len(paths) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        return _load_share(root, paths, fields, build)
    # Forked, so the builders (closures over this load's units) need no pickling; each worker
    # takes a contiguous share and the results come back in order.
    size = -(-len(paths) // workers)
    shares = [paths[i : i + size] for i in range(0, len(paths), size)]
    for i, share in enumerate(shares):
        _FORK_JOBS[i] = functools.partial(_load_share, root, share, fields, build)
    results: list[tuple[Any, list[ContentError], list[ContentError]]] = []
    try:
        with ProcessPoolExecutor(
            max_workers=len(shares), mp_context=mp.get_context("fork")
        ) as pool:
            for part in pool.map(_load_share_forked, range(len(shares))):
                results.extend(part)
    finally:
        _FORK_JOBS.clear()
    return results


# The job table the forked workers read (set just before the pool forks them).
_FORK_JOBS: dict[int, Callable[[], list[Any]]] = {}


def _load_share_forked(index: int) -> list[Any]:
    return _FORK_JOBS[index]()
