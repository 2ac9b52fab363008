"""`bangtin build`'s work beside its pages, started as soon as the records are read: the
features' files that need no page, and what the build keeps for the next one."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from bangtin.adapter.reuse import reuse_mode
from bangtin.adapter.workers import Workers, can_fork
from bangtin.core.kept import KeptWork, package_digest
from bangtin.site.outputs import KeptOutputs

if TYPE_CHECKING:
    from bangtin.features.registry import Features
    from bangtin.site.publish import AtomicSite

__all__ = ["OUTPUTS", "run_later", "start_build_work"]

OUTPUTS = Path(".cache") / "bangtin" / "outputs"


def start_build_work(
    features: Features,
    atomic: AtomicSite,
    root: Path,
    later: list[Callable[[], None]],
    kept: KeptWork,
) -> list[Workers]:
    """Start the features' background work and the saving of what the build keeps.

    From now on, beside the build's start and its pages: the cards (into their cache), and the
    features' files that need no page (exports, calendars, the search index) into a folder of
    their own (MkDocs empties the staging folder before it reads the files), in two processes;
    then ``later`` (the record cache's shards) and the kept work, in a third. Without fork,
    ``later`` runs here and the features' files wait for the end of the build.

    Returns:
        The processes started, joined at the end of the build.
    """
    started: list[Workers] = []
    if can_fork():
        gc.freeze()  # the records live to the end of the build: no worker walks them again
        outputs = None
        if reuse_mode() == "on":  # off and check write every file
            outputs = KeptOutputs(root / OUTPUTS, atomic.target, package_digest())
        for group in features.job_groups(atomic.early, outputs):
            started.extend(_some(Workers.start(group, None, 1)))
    if reuse_mode() != "off":
        features.page_inputs()  # its kept faces are saved with the rest
    later.append(kept.save)
    if can_fork():
        gc.freeze()  # see above
        started.extend(_some(Workers.start([functools.partial(run_later, later)], None, 1)))
    else:
        run_later(later)
    return started


def run_later(work: list[Callable[[], None]]) -> list[str]:
    """Run each job of ``work`` (a worker's job: it returns no warnings)."""
    for job in work:
        job()
    return []


def _some(workers: Workers | None) -> list[Workers]:
    return [workers] if workers is not None else []
