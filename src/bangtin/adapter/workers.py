"""Forked page workers: directive pages rendered in other processes while MkDocs builds the rest.

At on_env the build's state is complete; a forked process shares it as it was then, renders its
share of the directive pages with MkDocs' own page builder and sends back only its warnings.
The main process gives those pages an empty template, so MkDocs writes nothing over them.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from bangtin.site.pages import PageSpec

__all__ = ["PARALLEL_FROM", "SKIP_TEMPLATE", "Workers", "choose_deferred", "split_shares"]

SKIP_TEMPLATE = "bangtin-skip.html"
# Below this many directive pages a worker costs more than it saves.
PARALLEL_FROM = 300
# With `workers: -1` (choose), at most this many shares however many cores there are.
MAX_CHOSEN = 8

T = TypeVar("T")


def choose_deferred(specs: dict[str, PageSpec], workers: int) -> frozenset[str]:
    """The directive pages rendered in worker processes (none when fork is unavailable)."""
    directive_pages = [uri for uri, spec in specs.items() if spec.kind == "directive"]
    if workers == 0 or "fork" not in multiprocessing.get_all_start_methods():
        return frozenset()
    if workers < 0 and len(directive_pages) < PARALLEL_FROM:
        return frozenset()
    return frozenset(directive_pages)


def split_shares(pages: Sequence[T], workers: int) -> list[list[T]]:
    """``pages`` dealt into one share per process (``workers`` as in the plugin's option)."""
    count = max(1, min(os.cpu_count() or 1, workers if workers > 0 else MAX_CHOSEN))
    return [list(pages[i::count]) for i in range(count)]


class _SkipFilter(logging.Filter):
    """Hides MkDocs' "Page skipped" line for the pages the workers write."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (
            record.levelno == logging.INFO and record.getMessage().startswith("Page skipped: ")
        )


logging.getLogger("mkdocs.commands.build").addFilter(_SkipFilter())


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _run_job(job: Callable[[], list[str]], conn: Any) -> None:
    """The body of a worker process: run the job, send back its warnings or its failure."""
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    collect = _Collect()
    logger.addHandler(collect)
    try:
        notes = job()
        conn.send(("ok", collect.messages + notes))
    except BaseException as exc:
        conn.send(("error", [*collect.messages, f"{type(exc).__name__}: {exc}"]))
    finally:
        conn.close()


class Workers:
    """Forked processes that share the build's state as it was at on_env."""

    def __init__(self) -> None:
        self.procs: list[tuple[Any, Any]] = []
        self.failed: list[str] = []

    @classmethod
    def start(cls, jobs: list[Callable[[], list[str]]]) -> Workers | None:
        if not jobs:
            return None
        ctx = multiprocessing.get_context("fork")
        workers = cls()
        for job in jobs:
            parent_end, child_end = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_run_job, args=(job, child_end), daemon=True)
            proc.start()
            child_end.close()
            workers.procs.append((proc, parent_end))
        return workers

    def join(self) -> list[str]:
        """Wait for every worker; return their warnings, keep their failures in `failed`."""
        messages: list[str] = []
        for proc, conn in self.procs:
            try:
                status, notes = conn.recv()
            except EOFError:
                status, notes = (
                    "error",
                    [f"một tiến trình dựng trang đã dừng bất thường (mã {proc.exitcode})"],
                )
            proc.join()
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
