"""Forked page workers: generated pages rendered in other processes while MkDocs builds the rest.

A forked process shares the build's state as it was when it was forked and sends back only its
warnings and summary lines. At on_files a `bangtin build` forks one for the features'
background work (cards, exports, calendars, the search index); at on_env, when the build's state
is complete, the page workers, which render generated pages from a `PagePool` until none is
left. The main process renders from the same pool once MkDocs has written its own pages, so
every core stays busy to the end whatever each page costs. The main process gives the pooled
pages an empty template, so MkDocs writes nothing over them.
"""

from __future__ import annotations

import functools
import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from bangtin.site.pages import PageSpec

__all__ = [
    "PARALLEL_FROM",
    "SKIP_TEMPLATE",
    "PagePool",
    "Workers",
    "can_fork",
    "choose_deferred",
    "process_count",
]

SKIP_TEMPLATE = "bangtin-skip.html"
# Below this many directive pages a worker costs more than it saves.
PARALLEL_FROM = 300
# With `workers: -1` (choose), at most this many processes however many cores there are.
MAX_CHOSEN = 8

T = TypeVar("T")


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def choose_deferred(specs: dict[str, PageSpec], workers: int) -> frozenset[str]:
    """The generated pages rendered from the pool (none when fork is unavailable).

    Every generated page but the home page (which MkDocs' navigation and an editor's own home
    page share): directives, listings, units, the features' pages.
    """
    if workers == 0 or not can_fork():
        return frozenset()
    directives = sum(1 for spec in specs.values() if spec.kind == "directive")
    if workers < 0 and directives < PARALLEL_FROM:
        return frozenset()
    return frozenset(uri for uri, spec in specs.items() if spec.kind != "home")


def process_count(workers: int) -> int:
    """How many processes render pages, the main one included (``workers`` as in the option)."""
    return max(1, min(os.cpu_count() or 1, workers if workers > 0 else MAX_CHOSEN))


class PagePool:
    """Pages taken a few at a time by whichever process is free, through a counter in shared
    memory that the forked processes inherit."""

    CHUNK = 8

    def __init__(
        self,
        items: Sequence[T],
        render: Callable[[list[T]], list[str]],
        finish: Callable[[], None] | None = None,
    ) -> None:
        self.items: Sequence[Any] = items
        self.render: Callable[[list[Any]], list[str]] = render
        #: Run by each worker once the pool is empty (the main process does its own).
        self.finish = finish
        self._next = multiprocessing.get_context("fork").Value("q", 0)

    def drain(self) -> list[str]:
        """Render pages until the pool is empty; returns the renderer's notes."""
        notes: list[str] = []
        while True:
            with self._next.get_lock():
                start = self._next.value
                self._next.value = start + self.CHUNK
            if start >= len(self.items):
                return notes
            notes.extend(self.render(list(self.items[start : start + self.CHUNK])))


class _SkipFilter(logging.Filter):
    """Hides MkDocs' "Page skipped" line for the pages the workers write."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            record.levelno == logging.INFO and record.getMessage().startswith("Page skipped: ")
        )


logging.getLogger("mkdocs.commands.build").addFilter(_SkipFilter())


class _Collect(logging.Handler):
    """A worker's warnings, and its summary lines (``extra={"summary": True}``), to send back."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []
        self.summaries: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.WARNING:
            self.messages.append(record.getMessage())
        elif getattr(record, "summary", False):
            self.summaries.append(record.getMessage())


def _work(jobs: Sequence[Callable[[], list[str]]], pool: PagePool | None) -> list[str]:
    """A worker's day: its background jobs, then pages from the pool until none is left."""
    notes = [note for job in jobs for note in job()]
    if pool is not None:
        notes.extend(pool.drain())
        if pool.finish is not None:
            pool.finish()
    return notes


def _run_job(job: Callable[[], list[str]], conn: Any) -> None:
    """The body of a worker process: run the job, send back its warnings or its failure."""
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    collect = _Collect()
    logger.addHandler(collect)
    try:
        notes = job()
        conn.send(("ok", collect.messages + notes, collect.summaries))
    except BaseException as exc:
        failure = [*collect.messages, f"{type(exc).__name__}: {exc}"]
        conn.send(("error", failure, collect.summaries))
    finally:
        conn.close()


class Workers:
    """Forked processes that share the build's state as it was at on_env."""

    def __init__(self) -> None:
        self.procs: list[tuple[Any, Any]] = []
        self.failed: list[str] = []
        self.summaries: list[str] = []

    @classmethod
    def start(
        cls, jobs: list[Callable[[], list[str]]], pool: PagePool | None, processes: int
    ) -> Workers | None:
        """Fork ``processes`` workers (one at least when there are jobs), the jobs dealt among
        them; each then renders from ``pool``."""
        processes = max(processes, 1 if jobs else 0)
        if processes == 0:
            return None
        ctx = multiprocessing.get_context("fork")
        workers = cls()
        for i in range(processes):
            job = functools.partial(_work, jobs[i::processes], pool)
            parent_end, child_end = ctx.Pipe(duplex=False)
            # Not a daemon: a job may fork processes of its own (the search index counts in two).
            proc = ctx.Process(target=_run_job, args=(job, child_end), daemon=False)
            proc.start()
            child_end.close()
            workers.procs.append((proc, parent_end))
        return workers

    def join(self) -> list[str]:
        """Wait for every worker; return their warnings, keep their failures in `failed`."""
        messages: list[str] = []
        for proc, conn in self.procs:
            try:
                status, notes, summaries = conn.recv()
            except EOFError:
                status, summaries = "error", []
                notes = [f"một tiến trình dựng trang đã dừng bất thường (mã {proc.exitcode})"]
            proc.join()
            self.summaries.extend(summaries)
            if status == "ok":
                messages.extend(notes)
            else:
                self.failed.extend(notes)
        return messages

    def stop(self) -> None:
        for proc, _conn in self.procs:
            if proc.is_alive():
                proc.terminate()
            proc.join()
