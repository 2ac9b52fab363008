#!/usr/bin/env python3
"""Scale benchmark: bangtin build against bare MkDocs Material and Hugo on synthetic corpora.

Usage::

    python scripts/bench.py                       # 1,000, 5,000 and 10,000 directives
    python scripts/bench.py --sizes 1000 --repeat 3
    python scripts/bench.py --quick               # 30 and 60 directives, no Hugo (the test)
    python scripts/bench.py --serve-only /tmp/p10k   # only serve's edits, per edit: seconds
                                                  # to page and search index, CPU, load

For each size (corpora from scripts/gen_corpus.py, reused when ``.gen_corpus.json`` says the
same size and seed) and each repeat, interleaved in this order so that a machine getting busier
hurts every tool alike:

1. bangtin: ``bangtin build`` with the corpus's mkdocs.yml as generated (every feature on,
   search and cards included): cold (``.cache/bangtin`` and ``site/`` removed first) then warm
   (the same again, cache kept); ``bangtin check``; edit-to-preview latency in ``bangtin serve``
   (append a marker to one directive, poll its page over HTTP until the marker shows; at most
   120 s); search bytes per query (bangtin's own index under ``search/``) through
   scripts/search_bench.py's ``measure`` when Playwright and Debian's chromium are there.
2. bare: ``mkdocs build`` of the same directives as plain Markdown pages with plain Material.
   The front-matter is stripped (not kept as MkDocs meta: meta would only be parsed, never
   shown) and the subject becomes the page's H1; one ``index.md``; ``nav`` lists only that
   index page (a short navigation); ``plugins: []``, so the search plugin is disabled and the
   baseline is pure page rendering. Same Markdown extensions as the corpus, theme material with
   ``font: false`` and ``language: vi``.
3. hugo, when ``hugo`` is on PATH: the same Markdown (the subject as ``title`` and as H1) under
   ``content/``, a one-file layout, only home and single pages rendered.

Figures: wall time; peak memory as the larger of the biggest single process of the tree
(``os.wait4``'s ``ru_maxrss``, exact) and the sum of the tree's proportional set sizes (PSS:
pages shared by forked workers counted once) sampled every
0.2 s from /proc (catches worker processes); output size as ``du`` counts it (allocated blocks,
each inode once); pages written (``index.html`` files); ms per page written; the ratio of the
wall time to bare Material's. The median over ``--repeat`` runs is reported. The table goes to
stdout and to ``WORK/RESULTS.md``.

Only the standard library is used; the benchmark runs the tools with the current Python.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib.metadata
import importlib.util
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

__all__ = [
    "COLUMNS",
    "Measured",
    "Row",
    "bangtin_command",
    "du_bytes",
    "machine_info",
    "main",
    "make_bare",
    "make_hugo",
    "prepare_corpus",
    "render_table",
    "run_measured",
    "serve_edits",
    "serve_latencies",
]

REPO_ROOT = Path(__file__).resolve().parents[1]
SCRIPTS = Path(__file__).resolve().parent
CORPUS_MARKER = ".gen_corpus.json"
COPY_MARKER = ".bench_copy.json"
SERVE_TIMEOUT = 120.0
SEARCH_QUERIES = ("dan van kheo", "2078")
MARKDOWN_EXTENSIONS = """markdown_extensions:
  - footnotes
  - attr_list
  - tables
  - admonition
  - toc:
      permalink: true
"""
#: The edits `serve_edits` makes, in order, each with its column of the table.
EDITS = (
    ("body", "body s"),
    ("front-matter", "front-matter s"),
    ("citation added", "cite+ s"),
    ("citation removed", "cite− s"),
    ("new file", "new s"),
    ("deleted file", "delete s"),
)
COLUMNS = (
    "directives",
    "tool",
    "build s",
    "warm s",
    "build cpu s",
    "warm cpu s",
    "peak MB",
    "output MB",
    "pages",
    "ms/page",
    "× bare",
    "warm × bare",
    "check s",
    *(column for _, column in EDITS),
    "search KB/query",
    "index s",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Measured:
    """One process run.

    Attributes:
        seconds: wall time from start to exit.
        peak_mb: peak resident memory of the process tree in MiB (see the module docstring).
        returncode: the exit status; 0 is success.
        log: the file holding the run's stdout and stderr.
        cpu_seconds: user and system CPU time of the process and of the descendants it waited
            for (wait4's rusage): on a shared machine the wall time moves with the others'
            load, this much less.
    """

    seconds: float
    peak_mb: float
    returncode: int
    log: Path
    cpu_seconds: float = 0.0


@dataclass(slots=True, kw_only=True)
class Row:
    """Samples of one (size, tool) line of the table, one value per repeat.

    Attributes:
        size: the number of directives.
        tool: "bangtin", "bare" or "hugo".
        samples: metric name (a column of COLUMNS) to the values measured, one per repeat.
        failures: messages of runs that failed.
        notes: lines for the report under the table (serve's own figures per edit).
    """

    size: int
    tool: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, metric: str, value: float | None) -> None:
        """Record one value of ``metric``; None (not measured) is ignored."""
        if value is not None:
            self.samples.setdefault(metric, []).append(value)

    def median(self, metric: str) -> float | None:
        """The median of the values of ``metric``, or None when none were measured."""
        values = self.samples.get(metric)
        return statistics.median(values) if values else None


# ---------------------------------------------------------------------------------------------
# Running and measuring a process
# ---------------------------------------------------------------------------------------------


def _tree_rss(root: int, page: int) -> int:
    # Sum of the resident sets of root and its descendants, from one pass over /proc.
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields start after the last ")".
        ppid = int(stat[stat.rfind(")") + 2 :].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(parents.get(pid, ()))
        total += _memory_of(pid, page)
    return total


def _memory_of(pid: int, page: int) -> int:
    # PSS (proportional set size) splits pages shared by several processes among them, so forked
    # workers' copy-on-write memory is counted once over the tree; RSS would count it per process.
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * page
    except (OSError, IndexError, ValueError):
        return 0


def run_measured(
    cmd: Sequence[str],
    *,
    cwd: Path,
    log: Path,
    env: dict[str, str] | None = None,
    sample: bool = True,
) -> Measured:
    """Run ``cmd`` to completion, measuring wall time and peak memory of its process tree.

    Args:
        cmd: the command and its arguments.
        cwd: the working directory.
        log: a file that receives stdout and stderr (overwritten).
        env: the environment; the benchmark's own when None.
        sample: read the tree's PSS every 0.2 s. Reading it costs the kernel a walk of every
            process's memory: at 10,000 directives that took a core's worth of time from a
            build of five processes (bangtin's cold build 6.6 s slower, 44.2 s against 50.8 s),
            and almost nothing from a build of one. Without it the peak is the biggest
            process's own (wait4's ru_maxrss); `cold_run` times with it off.

    Returns:
        The measurement.
    """
    log.parent.mkdir(parents=True, exist_ok=True)
    page = os.sysconf("SC_PAGE_SIZE")
    peak_sum = 0
    with log.open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        done = threading.Event()

        def sample_tree() -> None:
            nonlocal peak_sum
            while not done.wait(0.2):
                with contextlib.suppress(OSError, ValueError):
                    peak_sum = max(peak_sum, _tree_rss(proc.pid, page))

        sampler = threading.Thread(target=sample_tree, daemon=True)
        if sample:
            sampler.start()
        # wait4 instead of Popen.wait: it hands back this child's own rusage (on Linux the
        # larger of its maxrss and that of the descendants it waited for), not the running
        # maximum over every child of the benchmark that RUSAGE_CHILDREN would give.
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        if sample:
            sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    peak = max(usage.ru_maxrss * 1024, peak_sum)  # ru_maxrss is in KiB on Linux
    return Measured(
        seconds=seconds,
        peak_mb=peak / 2**20,
        returncode=proc.returncode,
        log=log,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
    )


def cold_run(
    cmd: Sequence[str], *, cwd: Path, log: Path, clean: Sequence[Path], env: dict[str, str]
) -> Measured:
    """A cold build timed without the memory sampler, then built again from cold with it for
    the peak memory (see `run_measured`); ``clean`` is what makes a build cold."""

    def make_cold() -> None:
        for path in clean:
            shutil.rmtree(path, ignore_errors=True)

    make_cold()
    timed = run_measured(cmd, cwd=cwd, log=log, env=env, sample=False)
    if timed.returncode:
        return timed
    make_cold()
    sized = run_measured(cmd, cwd=cwd, log=log.with_suffix(".memory.log"), env=env)
    peak = max(timed.peak_mb, sized.peak_mb)
    return Measured(
        seconds=timed.seconds,
        peak_mb=peak,
        returncode=sized.returncode,
        log=log,
        cpu_seconds=timed.cpu_seconds,
    )


def du_bytes(folder: Path) -> int:
    """Disk usage of ``folder`` as ``du -s`` counts it: allocated blocks, each inode once."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in (".", *files):
            st = os.lstat(os.path.join(dirpath, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_blocks * 512
    return total


def count_pages(folder: Path) -> int:
    """The number of ``index.html`` files under ``folder``."""
    return sum(1 for _ in folder.rglob("index.html"))


def bangtin_command() -> list[str]:
    """The ``bangtin`` command of the current Python's environment."""
    script = Path(sys.executable).parent / "bangtin"
    if script.is_file():
        return [str(script)]
    return [
        sys.executable,
        "-c",
        "import sys; sys.argv[0] = 'bangtin'; from bangtin.cli.main import run; run()",
    ]


def _env() -> dict[str, str]:
    # Logs go to files, so bangtin's progress bar stays off (not a terminal) on its own.
    return dict(os.environ, NO_MKDOCS_2_WARNING="1")


# ---------------------------------------------------------------------------------------------
# Corpora and their plain copies
# ---------------------------------------------------------------------------------------------


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def prepare_corpus(work: Path, size: int, seed: int) -> Path:
    """The portal of ``size`` generated directives, generated unless it already exists.

    Args:
        work: the benchmark's folder.
        size: the number of directives.
        seed: the generator's seed.

    Returns:
        The portal's folder (holding mkdocs.yml).
    """
    project = work / f"corpus-{size}-s{seed}"
    marker = _read_json(project / CORPUS_MARKER)
    if marker.get("directives") == size and marker.get("seed") == seed:
        return project
    subprocess.run(
        [
            sys.executable,
            str(SCRIPTS / "gen_corpus.py"),
            str(size),
            "--seed",
            str(seed),
            "--project",
            str(project),
            "--force",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        env=_env(),
    )
    return project


@dataclass(frozen=True, slots=True, kw_only=True)
class _Page:
    year: str
    slug: str
    subject: str
    body: str


def _directives(project: Path) -> list[Path]:
    return sorted((project / "directives").glob("*/*.md"))


def _plain_pages(project: Path) -> Iterator[_Page]:
    for path in _directives(project):
        text = path.read_text(encoding="utf-8")
        # Our front-matter opens the file with "---" and closes at the next "---" line.
        _, head, body = text.split("---\n", 2)
        subject = path.stem
        for line in head.splitlines():
            if line.startswith("subject: "):
                value = line.removeprefix("subject: ").strip()
                # gen_corpus writes a scalar plain or as a JSON string (valid YAML).
                subject = json.loads(value) if value.startswith('"') else value
                break
        yield _Page(year=path.parent.name, slug=path.stem, subject=subject, body=body.lstrip())


def _fresh_copy(dest: Path, project: Path, kind: str) -> bool:
    # True when dest already holds the copy of this very corpus (same generator marker).
    source = _read_json(project / CORPUS_MARKER)
    marker = _read_json(dest / COPY_MARKER)
    return marker == {"kind": kind, "corpus": source}


def _mark_copy(dest: Path, project: Path, kind: str) -> None:
    marker = {"kind": kind, "corpus": _read_json(project / CORPUS_MARKER)}
    (dest / COPY_MARKER).write_text(json.dumps(marker), encoding="utf-8")


def make_bare(project: Path, dest: Path) -> Path:
    """Write the bare Material project of ``project``'s directives into ``dest``.

    Each directive becomes ``docs/van-ban/YEAR/SLUG.md`` (the URL bangtin gives it), front-matter
    stripped, the subject as H1; ``docs/index.md`` is the only page in the navigation.

    Args:
        project: a generated portal.
        dest: the folder to write (replaced unless it already holds this corpus's copy).

    Returns:
        ``dest``.
    """
    if _fresh_copy(dest, project, "bare"):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    docs = dest / "docs"
    count = 0
    for page in _plain_pages(project):
        target = docs / "van-ban" / page.year / f"{page.slug}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"# {page.subject}\n\n{page.body}", encoding="utf-8")
        count += 1
    (docs / "index.md").write_text(
        f"# Văn bản\n\n{count} văn bản tổng hợp (dữ liệu benchmark).\n", encoding="utf-8"
    )
    (dest / "mkdocs.yml").write_text(
        "site_name: Bảng tin — Material trần (benchmark)\n"
        "docs_dir: docs\nsite_dir: site\n"
        "theme:\n  name: material\n  language: vi\n  font: false\n"
        "plugins: []\n"
        "nav:\n  - index.md\n" + MARKDOWN_EXTENSIONS,
        encoding="utf-8",
    )
    _mark_copy(dest, project, "bare")
    return dest


HUGO_CONFIG = """baseURL = "http://127.0.0.1/"
languageCode = "vi"
title = "Bảng tin — Hugo (benchmark)"
disableKinds = ["taxonomy", "term", "section", "RSS", "sitemap", "robotsTXT", "404"]
"""
HUGO_LAYOUT = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ .Content }}</main></body></html>
"""


def make_hugo(project: Path, dest: Path) -> Path:
    """Write the Hugo project of ``project``'s directives into ``dest``.

    The same Markdown as :func:`make_bare` with the subject also as front-matter ``title``; one
    layout for every page; only the home page and the pages themselves are rendered.

    Args:
        project: a generated portal.
        dest: the folder to write (replaced unless it already holds this corpus's copy).

    Returns:
        ``dest``.
    """
    if _fresh_copy(dest, project, "hugo"):
        return dest
    shutil.rmtree(dest, ignore_errors=True)
    content = dest / "content"
    count = 0
    for page in _plain_pages(project):
        target = content / "van-ban" / page.year / f"{page.slug}.md"
        target.parent.mkdir(parents=True, exist_ok=True)
        title = json.dumps(page.subject, ensure_ascii=False)  # a JSON string is valid YAML
        target.write_text(
            f"---\ntitle: {title}\n---\n\n# {page.subject}\n\n{page.body}", encoding="utf-8"
        )
        count += 1
    (content / "_index.md").write_text(
        f"---\ntitle: Văn bản\n---\n\n{count} văn bản tổng hợp (dữ liệu benchmark).\n",
        encoding="utf-8",
    )
    (dest / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    layouts = dest / "layouts" / "_default"
    layouts.mkdir(parents=True)
    for name in ("single.html", "list.html"):
        (layouts / name).write_text(HUGO_LAYOUT, encoding="utf-8")
    (dest / "layouts" / "index.html").write_text(HUGO_LAYOUT, encoding="utf-8")
    _mark_copy(dest, project, "hugo")
    return dest


# ---------------------------------------------------------------------------------------------
# bangtin serve: edit-to-preview latency
# ---------------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _fetch(url: str) -> str | None:
    request = urllib.request.Request(url, headers={"Cache-Control": "no-cache"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return str(response.read().decode("utf-8", "replace"))
    except (OSError, urllib.error.URLError):
        return None


def _stop(proc: subprocess.Popen[bytes]) -> None:
    # The server runs in its own session: signal that group only (it is ours), gently first so
    # mkdocs removes its temporary site folder.
    for sig, grace in ((signal.SIGINT, 20.0), (signal.SIGKILL, 10.0)):
        if proc.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(grace)


_NUMBER = re.compile(r"^number: *(.+)$", re.M)
_DATE = re.compile(r"^date: *(\d{4})-(\d{2})-(\d{2})$", re.M)
_SUBJECT = re.compile(r"^subject: *(.+)$", re.M)
_TYPE = re.compile(r"^type: *(.+)$", re.M)


def _page_of(path: Path) -> str:
    # gen_corpus names each file by its page's slug, in its year's folder.
    return f"van-ban/{path.parent.name}/{path.stem}/"


def _cited_pair(files: list[Path], root: str) -> tuple[Path, Path]:
    """An editable directive X and an earlier one Y that X does not cite yet (nor Y cite X)."""
    x = files[len(files) // 2]
    x_text = x.read_text(encoding="utf-8")
    for y in files[len(files) // 4 :: -1]:
        y_text = y.read_text(encoding="utf-8")
        number = _NUMBER.search(y_text)
        if not number or y.parent.name >= x.parent.name or number.group(1) in x_text:
            continue
        page = _fetch(root + _page_of(y))
        if page is not None and f"../../{x.parent.name}/{x.stem}/" not in page:
            return x, y
    raise RuntimeError("no directive to cite found in the corpus")


def _wait(url: str, shows: Callable[[str], bool], start: float, timeout: float) -> float:
    while True:
        page = _fetch(url)
        elapsed = time.perf_counter() - start
        if page is not None and shows(page):
            return elapsed
        if elapsed > timeout:
            raise RuntimeError(f"the edit did not show on {url} in {timeout:.0f} s")
        time.sleep(0.05)


_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def group_cpu_seconds(group: int) -> float | None:
    """User and system CPU seconds of the live processes of process group ``group`` (and of
    the children they waited for), from /proc; None where there is no /proc."""
    total = 0
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        # The command name, in brackets, may hold spaces: the fields follow its last ")".
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[2]) == group:  # pgrp
            total += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return total / _CLOCK_TICKS


@dataclass(frozen=True, slots=True, kw_only=True)
class EditFigures:
    """One edit in ``bangtin serve``, from the file saved.

    Attributes:
        seconds: until its page (or listing) shows it and the search index holds it (the
            served ``search/manifest.json`` names another version: it is written last).
        page_seconds: until the page shows it.
        cpu_seconds: CPU of serve's processes meanwhile (the machine may be shared).
        load: the one-minute load average when the file was saved.
    """

    seconds: float
    page_seconds: float
    cpu_seconds: float | None
    load: float


class _Editor:
    """Saves an edit and waits for serve to show it on a page and in its search index."""

    def __init__(self, root: str, group: int, timeout: float) -> None:
        self.root, self.group, self.timeout = root, group, timeout
        self.figures: dict[str, EditFigures] = {}

    def version(self) -> str | None:
        text = _fetch(self.root + "search/manifest.json")
        if text is None:
            return None
        try:
            return str(json.loads(text).get("version"))
        except ValueError:
            return None

    def __call__(
        self, name: str, save: Callable[[], None], url: str, shows: Callable[[str], bool]
    ) -> None:
        before = self.version()
        cpu = group_cpu_seconds(self.group)
        load = os.getloadavg()[0]
        start = time.perf_counter()
        save()
        page = _wait(url, shows, start, self.timeout)
        seconds = page
        if before is not None:  # a site without search has no index to wait for
            seconds = _wait(
                self.root + "search/manifest.json",
                lambda text: f'"version":"{before}"' not in text,
                start,
                self.timeout,
            )
            seconds = max(page, seconds)
        after = group_cpu_seconds(self.group)
        self.figures[name] = EditFigures(
            seconds=seconds,
            page_seconds=page,
            cpu_seconds=after - cpu if after is not None and cpu is not None else None,
            load=load,
        )


def serve_latencies(
    project: Path, *, log: Path, startup_timeout: float, timeout: float = SERVE_TIMEOUT
) -> dict[str, float]:
    """Seconds from each kind of edit (`EDITS`) to its effect on ``bangtin serve`` (`serve_edits`)."""
    figures = serve_edits(project, log=log, startup_timeout=startup_timeout, timeout=timeout)
    return {name: f.seconds for name, f in figures.items()}


def serve_edits(
    project: Path, *, log: Path, startup_timeout: float, timeout: float = SERVE_TIMEOUT
) -> dict[str, EditFigures]:
    """Each kind of edit (`EDITS`) made in ``bangtin serve``, with its figures.

    Starts ``bangtin serve`` on a free port of 127.0.0.1 and waits for its first build. Then,
    one after another, each waiting for its effect over HTTP (polled every 0.05 s), on its page
    and in the search index (`EditFigures`):

    1. body: a marker paragraph appended to directive X; X's page shows it.
    2. front-matter: a marker appended to X's subject; X's year listing shows it.
    3. citation added: X's body cites an earlier directive Y ("Thực hiện ... số N, ngày ...");
       Y's page links back to X.
    4. citation removed: the citation taken out again; Y's page no longer links to X.
    5. new file: a copy of X under a new number; the year listing shows the number.
    6. deleted file: that file deleted; the year listing no longer shows it.

    The server is stopped, X restored byte for byte and the new file removed afterwards,
    whatever happens.

    Raises:
        RuntimeError: the server did not come up, or an edit did not show in time.
    """
    files = _directives(project)
    port = _free_port()
    root = f"http://127.0.0.1:{port}/"
    target = files[len(files) // 2]
    original = target.read_bytes()
    new_file = target.with_name(f"bench-new-{uuid.uuid4().hex[:8]}.md")
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                *bangtin_command(),
                "serve",
                "-a",
                f"127.0.0.1:{port}",
                "-f",
                str(project / "mkdocs.yml"),
            ],
            cwd=project,
            env=_env(),
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + startup_timeout
            while _fetch(root + _page_of(target)) is None:
                if proc.poll() is not None:
                    raise RuntimeError(f"bangtin serve exited with {proc.returncode}; see {log}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{root} did not answer in {startup_timeout:.0f} s")
                time.sleep(0.25)
            time.sleep(1.0)  # let the watcher settle after the first build
            x, y = _cited_pair(files, root)
            assert x == target
            edit = _Editor(root, proc.pid, timeout)
            _make_edits(edit, target, original.decode("utf-8"), y, new_file)
            return edit.figures
        finally:
            _stop(proc)
            target.write_bytes(original)
            new_file.unlink(missing_ok=True)


def _make_edits(edit: _Editor, x: Path, text: str, y: Path, new_file: Path) -> None:
    """`serve_edits`' six edits of X (``text``), citing Y, and the new file, in order."""
    root = edit.root
    marker = f"bench-marker-{uuid.uuid4().hex}"
    x_page, y_page = root + _page_of(x), root + _page_of(y)
    listing = f"{root}van-ban/{x.parent.name}/"

    def save(path: Path, new_text: str) -> Callable[[], None]:
        def write() -> None:
            path.write_text(new_text, encoding="utf-8")

        return write

    text += f"\n\nĐã sửa: {marker}\n"
    edit("body", save(x, text), x_page, lambda page: marker in page)
    subject = _SUBJECT.search(text)
    assert subject is not None
    value = subject.group(1)
    quote = value[0] if value[:1] in ("'", '"') else ""
    marked = f"subject: {quote}{marker}s {value[len(quote) :]}"
    text = text.replace(subject.group(0), marked, 1)
    edit("front-matter", save(x, text), listing, lambda page: f"{marker}s" in page)
    y_text = y.read_text(encoding="utf-8")
    number, date = _NUMBER.search(y_text), _DATE.search(y_text)
    kind = _TYPE.search(y_text)
    assert number is not None and date is not None
    cite = (
        f"\n\nThực hiện {kind.group(1) if kind else 'Công văn'} số {number.group(1)}, "
        f"ngày {date.group(3)}/{date.group(2)}/{date.group(1)}.\n"
    )
    backlink = f"../../{x.parent.name}/{x.stem}/"
    edit("citation added", save(x, text + cite), y_page, lambda page: backlink in page)
    edit("citation removed", save(x, text), y_page, lambda page: backlink not in page)
    x_number = _NUMBER.search(text)
    assert x_number is not None
    listed = _fetch(listing) or ""
    new_number = next(
        candidate
        for n in range(9001, 10000)
        if (candidate := re.sub(r"^\d+", str(n), x_number.group(1).strip())) not in listed
    )
    new_text = text.replace(x_number.group(0), f"number: {new_number}", 1)
    edit("new file", save(new_file, new_text), listing, lambda page: new_number in page)
    edit("deleted file", new_file.unlink, listing, lambda page: new_number not in page)


def edits_note(size: int, figures: dict[str, EditFigures]) -> str:
    """The report's line on `serve_edits`' figures (one line: the report's only table is the
    benchmark's)."""
    parts = [
        f"{name} {f.seconds:.2f} s (page {f.page_seconds:.2f} s, serve CPU "
        f"{_fmt(f.cpu_seconds, 2)} s, load {f.load:.2f})"
        for name, _ in EDITS
        if (f := figures.get(name)) is not None
    ]
    return f"serve at {size:,}, save to page and search index: " + "; ".join(parts)


def render_edits(figures: dict[str, EditFigures]) -> str:
    """The per-edit table of `serve_edits`' figures (Markdown)."""
    lines = [
        "| edit | save to page and index s | save to page s | serve CPU s | load (1 min) |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, _ in EDITS:
        f = figures.get(name)
        if f is None:
            continue
        cpu = _fmt(f.cpu_seconds, 2)
        lines.append(f"| {name} | {f.seconds:.2f} | {f.page_seconds:.2f} | {cpu} | {f.load:.2f} |")
    return "\n".join(lines)


# One line of serve's log per edit taken in: the update's own seconds, and the search index's
# files rewritten and CPU seconds when it followed the edit.
_UPDATED = re.compile(
    r"^Đã cập nhật \d+ trang.*?\((\d+\.\d+) giây\)"
    r"(?:.*?chỉ mục tìm kiếm: ghi lại (\d+)/(\d+) tệp \((\d+\.\d+) giây CPU\))?",
    re.M,
)


def serve_updates(log: Path) -> list[tuple[float, float | None]]:
    """Serve's own figures for each edit it took in, in order, from its log: the seconds the
    update took in the server (the rest of an edit's latency is the watcher noticing it and
    the poll) and the search index's CPU seconds (None when it did not follow the edit)."""
    text = log.read_text(encoding="utf-8", errors="replace") if log.is_file() else ""
    return [
        (float(m[1]), float(m[4]) if m[4] is not None else None) for m in _UPDATED.finditer(text)
    ]


def serve_note(size: int, log: Path) -> str:
    """The report's line on serve's own figures per edit (`serve_updates`)."""
    updates = serve_updates(log)
    if len(updates) != len(EDITS):  # an edit taken in two updates, or one missed
        return f"serve at {size:,}: {len(updates)} updates logged for {len(EDITS)} edits ({log})"
    parts = [
        f"{name} {seconds:.2f} s" + (f" (search index {cpu:.2f} s CPU)" if cpu is not None else "")
        for (name, _), (seconds, cpu) in zip(EDITS, updates, strict=True)
    ]
    return f"serve at {size:,}, each update in the server: " + "; ".join(parts)


# ---------------------------------------------------------------------------------------------
# Search bytes per query (scripts/search_bench.py)
# ---------------------------------------------------------------------------------------------


def _search_bench() -> ModuleType | str:
    # The module, or why search cannot be measured here.
    if not Path("/usr/bin/chromium").exists():
        return "no /usr/bin/chromium"
    if importlib.util.find_spec("playwright") is None:
        return "Playwright is not installed in this Python"
    spec = importlib.util.spec_from_file_location("search_bench", SCRIPTS / "search_bench.py")
    if spec is None or spec.loader is None:
        return "scripts/search_bench.py not found"
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except ImportError as exc:
        return f"scripts/search_bench.py cannot be imported: {exc}"
    if not callable(getattr(module, "measure", None)):
        return "scripts/search_bench.py offers no measure()"
    return module


_INDEX_LINE = re.compile(r"Chỉ mục tìm kiếm: .* ghi trong ([0-9.]+) giây")


def index_seconds(log: Path) -> float | None:
    """How long the build took to write its search index, from the line the build prints."""
    try:
        match = _INDEX_LINE.search(log.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None
    return float(match[1]) if match else None


def search_kb_per_query(module: ModuleType, site: Path) -> float:
    """Median KB of the search index (``search/``) a query fetches on ``site``, box opened."""
    rows = module.measure(site, SEARCH_QUERIES, "")
    return float(statistics.median(float(row["query_kb"]) for row in rows))


# ---------------------------------------------------------------------------------------------
# The machine and the table
# ---------------------------------------------------------------------------------------------


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _loadavg() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def machine_info() -> dict[str, str]:
    """The machine and software the benchmark ran on, as label to value."""
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = "?"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 2**20:.1f} GiB"
                break
    hugo = shutil.which("hugo")
    hugo_version = "not installed"
    if hugo:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([hugo, "version"], capture_output=True, text=True, timeout=30)
            hugo_version = out.stdout.split()[1] if out.stdout.split()[1:] else out.stdout.strip()
    return {
        "date": dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %z"),
        "nproc": str(os.cpu_count()),
        # Other work on a shared machine moves every figure: say how busy it was.
        "load average at start": _loadavg(),
        "memory": memory,
        "CPU": cpu,
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "bangtin": _version("bangtin"),
        "mkdocs": _version("mkdocs"),
        "mkdocs-material": _version("mkdocs-material"),
        "hugo": hugo_version,
    }


def _fmt(value: float | None, digits: int) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def render_table(rows: Sequence[Row]) -> str:
    """The Markdown table of ``rows`` (medians), one line per size and tool."""
    digits = {
        "build s": 1, "warm s": 1, "build cpu s": 1, "warm cpu s": 1, "peak MB": 0, "output MB": 1, "pages": 0, "ms/page": 1,
        "× bare": 2, "warm × bare": 2, "check s": 2, "search KB/query": 0, "index s": 2,
        **{column: 2 for _, column in EDITS},
    }  # fmt: skip
    lines = ["| " + " | ".join(COLUMNS) + " |", "|---|---|" + "---:|" * (len(COLUMNS) - 2)]
    for row in rows:
        cells = [f"{row.size:,}", row.tool + (" (failed)" if row.failures else "")]
        cells += [_fmt(row.median(name), digits[name]) for name in COLUMNS[2:]]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _report(
    rows: Sequence[Row], machine: dict[str, str], args: argparse.Namespace, notes: Sequence[str]
) -> str:
    head = [
        f"## Benchmark: bangtin against bare Material{' and Hugo' if args.hugo else ''}",
        "",
        f"Run {machine['date']}: sizes {args.sizes}, seed {args.seed}, median of {args.repeat} "
        f"run(s) each, interleaved per size (bangtin, bare, hugo).",
        "",
        "Machine: " + "; ".join(f"{k} {v}" for k, v in machine.items() if k != "date") + ".",
        "",
        render_table(rows),
        "",
        "- build s: cold `bangtin build` (`.cache/bangtin` and `site/` removed first; every "
        "feature of the generated mkdocs.yml on, search and cards included), `mkdocs build` of "
        "the bare Material copy (front-matter stripped, subject as H1, nav of one index page, "
        "`plugins: []` so no search), `hugo` of the same Markdown with a one-file layout; "
        "timed without the memory sampler (reading PSS slows a build of several processes).",
        "- build cpu s, warm cpu s: the user and system CPU time of those builds (the process "
        "and the workers it waited for): the machine may be shared, the wall time moves with "
        "its load.",
        "- warm s: a second `bangtin build`, one directive's body edited, the cache kept. peak "
        "MB: the larger of the biggest process (wait4 ru_maxrss) and the tree's summed PSS "
        "(shared pages split among processes) sampled every 0.2 s, from a second cold build. "
        "output MB: `du` of the site folder. pages: index.html files written (bangtin "
        "also writes units, themes, year lists, news...). ms/page: build s / pages. "
        "× bare: build s / bare's build s.",
        "- check s: `bangtin check`. body s … delete s: `bangtin serve`, from an edit to its "
        "effect over HTTP: a directive's body (its page), its subject (its year's listing), a "
        "citation added and removed (the cited page's backlink), a new file and its deletion "
        "(the year's listing). search KB/query: bytes of the "
        "search index (search/: shards, page records, completions) fetched per query after "
        f"opening the box (scripts/search_bench.py, queries {SEARCH_QUERIES}). index s: the "
        "time the cold build took to write the search index (the line it prints).",
    ]
    head += [f"- {note}" for note in notes]
    return "\n".join(head) + "\n"


# ---------------------------------------------------------------------------------------------
# The run
# ---------------------------------------------------------------------------------------------


def _bench_bangtin(
    project: Path, row: Row, args: argparse.Namespace, logs: Path, search: ModuleType | None
) -> None:
    size = row.size
    command = [*bangtin_command(), "build", "-f", str(project / "mkdocs.yml")]
    cold = cold_run(
        command,
        cwd=project,
        log=logs / "bangtin-cold.log",
        clean=[project / ".cache" / "bangtin", project / "site"],
        env=_env(),
    )
    if cold.returncode:
        row.failures.append(f"bangtin build of {size} exited with {cold.returncode}: {cold.log}")
        return
    site = project / "site"
    pages = count_pages(site)
    row.add("build s", cold.seconds)
    row.add("build cpu s", cold.cpu_seconds)
    row.add("peak MB", cold.peak_mb)
    row.add("output MB", du_bytes(site) / 2**20)
    row.add("pages", pages)
    row.add("ms/page", cold.seconds * 1000 / max(pages, 1))
    row.add("index s", index_seconds(cold.log))
    # Warm: one directive edited since the cold build, the cache kept.
    edited = _directives(project)[len(_directives(project)) // 3]
    original = edited.read_bytes()
    edited.write_bytes(original + "\n\nĐã sửa trước khi dựng lại.\n".encode())
    try:
        warm = run_measured(
            command, cwd=project, log=logs / "bangtin-warm.log", env=_env(), sample=False
        )
    finally:
        edited.write_bytes(original)
    if warm.returncode:
        row.failures.append(f"warm bangtin build of {size} exited with {warm.returncode}")
    else:
        row.add("warm s", warm.seconds)
        row.add("warm cpu s", warm.cpu_seconds)
    check = run_measured(
        [*bangtin_command(), "check", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        log=logs / "bangtin-check.log",
        env=_env(),
    )
    if check.returncode:
        row.failures.append(f"bangtin check of {size} exited with {check.returncode}")
    else:
        row.add("check s", check.seconds)
    if search is not None:
        try:
            row.add("search KB/query", search_kb_per_query(search, site))
        except Exception as exc:  # a browser problem must not cost the build figures
            row.failures.append(f"search measure on {size}: {type(exc).__name__}: {exc}")
    if args.serve:
        try:
            figures = serve_edits(
                project, log=logs / "bangtin-serve.log", startup_timeout=120 + size * 0.3
            )
        except RuntimeError as exc:
            row.failures.append(f"serve on {size}: {exc}")
        else:
            for name, column in EDITS:
                row.add(column, figures[name].seconds if name in figures else None)
            row.notes.append(serve_note(row.size, logs / "bangtin-serve.log"))
            row.notes.append(edits_note(size, figures))


def _bench_plain(tool: str, folder: Path, row: Row, logs: Path) -> None:
    out = folder / ("public" if tool == "hugo" else "site")
    if tool == "hugo":
        command = [str(shutil.which("hugo")), "--quiet", "-d", str(out)]
    else:
        command = [sys.executable, "-m", "mkdocs", "build", "-f", str(folder / "mkdocs.yml")]
    run = cold_run(
        command,
        cwd=folder,
        log=logs / f"{tool}.log",
        clean=[out, folder / "resources"],  # resources/: Hugo's own cache
        env=_env(),
    )
    if run.returncode:
        row.failures.append(f"{tool} on {row.size} exited with {run.returncode}: {run.log}")
        return
    pages = count_pages(out)
    row.add("build s", run.seconds)
    row.add("peak MB", run.peak_mb)
    row.add("output MB", du_bytes(out) / 2**20)
    row.add("pages", pages)
    row.add("ms/page", run.seconds * 1000 / max(pages, 1))


def _ratios(rows: Sequence[Row]) -> None:
    bare = {row.size: row for row in rows if row.tool == "bare"}
    for row in rows:
        base = bare.get(row.size)
        base_s = base.median("build s") if base else None
        if not base_s:
            continue
        build, warm = row.median("build s"), row.median("warm s")
        if build is not None:
            row.samples["× bare"] = [build / base_s]
        if warm is not None:
            row.samples["warm × bare"] = [warm / base_s]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--sizes", default="1000,5000,10000", help="directive counts, comma-separated"
    )
    parser.add_argument("--seed", type=int, default=1, help="gen_corpus.py's seed")
    parser.add_argument("--repeat", type=int, default=1, help="runs per size; the median is shown")
    parser.add_argument("--work", type=Path, default=REPO_ROOT / "bench", help="working folder")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="sizes 30 and 60, one run, no Hugo, no search (for the test)",
    )
    parser.add_argument("--no-hugo", dest="hugo", action="store_false", help="skip Hugo")
    parser.add_argument(
        "--no-serve", dest="serve", action="store_false", help="skip edit-to-preview latency"
    )
    parser.add_argument(
        "--no-search", dest="search", action="store_false", help="skip search bytes per query"
    )
    parser.add_argument(
        "--serve-only",
        type=Path,
        metavar="PROJECT",
        help="only the serve edits, on this project (made by gen_corpus.py), as a table",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; print the report and write it to WORK/RESULTS.md.

    Args:
        argv: the command-line arguments (sys.argv[1:] when None).

    Returns:
        0, or 1 when a run failed (the report still shows the rest).
    """
    args = _parser().parse_args(argv)
    if args.serve_only is not None:
        return _serve_only(args.serve_only.resolve(), args.work.resolve())
    if args.quick:
        args.sizes, args.repeat, args.hugo, args.search = "30,60", 1, False, False
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    args.sizes = ", ".join(f"{s:,}" for s in sizes)
    work: Path = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []
    if args.hugo and not shutil.which("hugo"):
        args.hugo = False
        notes.append("Hugo skipped: `hugo` is not on PATH (Debian: apt-get install hugo).")
    search: ModuleType | None = None
    if args.search:
        found = _search_bench()
        if isinstance(found, str):
            notes.append(f"search KB/query skipped: {found}.")
        else:
            search = found
    elif not args.quick:
        notes.append("search KB/query skipped (--no-search).")
    if not args.serve:
        notes.append("serve edits skipped (--no-serve).")
    machine = machine_info()
    rows: dict[tuple[int, str], Row] = {}
    tools = ["bangtin", "bare"] + (["hugo"] if args.hugo else [])
    for size in sizes:
        for tool in tools:
            rows[size, tool] = Row(size=size, tool=tool)
    for rep in range(args.repeat):
        for size in sizes:
            print(f"[bench] {size:,} directives, run {rep + 1}/{args.repeat}", file=sys.stderr)
            project = prepare_corpus(work, size, args.seed)
            logs = work / "logs" / f"{size}-r{rep + 1}"
            _bench_bangtin(project, rows[size, "bangtin"], args, logs, search)
            bare = make_bare(project, work / f"bare-{size}-s{args.seed}")
            _bench_plain("bare", bare, rows[size, "bare"], logs)
            if args.hugo:
                hugo = make_hugo(project, work / f"hugo-{size}-s{args.seed}")
                _bench_plain("hugo", hugo, rows[size, "hugo"], logs)
            # A long run leaves its figures so far behind, should it be stopped.
            _write(work, rows, sizes, tools, machine, args, [*notes, "partial: still running"])
    failures = _write(work, rows, sizes, tools, machine, args, notes, final=True)
    return 1 if failures else 0


def _serve_only(project: Path, work: Path) -> int:
    """``--serve-only``: the six edits in serve on ``project``, their table printed."""
    log = work / "logs" / "serve-only.log"
    size = len(_directives(project))
    try:
        figures = serve_edits(project, log=log, startup_timeout=120 + size * 0.3)
    except RuntimeError as exc:
        print(f"serve on {size}: {exc}", file=sys.stderr)
        return 1
    print(f"{size:,} directives, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC\n")
    print(render_edits(figures))
    print(f"\n{serve_note(size, log)}")
    return 0


def _write(
    work: Path,
    rows: dict[tuple[int, str], Row],
    sizes: Sequence[int],
    tools: Sequence[str],
    machine: dict[str, str],
    args: argparse.Namespace,
    notes: Sequence[str],
    *,
    final: bool = False,
) -> int:
    # Writes WORK/RESULTS.md (and prints it when final); returns the number of failed runs.
    ordered = [rows[size, tool] for size in sizes for tool in tools]
    _ratios(ordered)
    failures = [message for row in ordered for message in row.failures]
    notes = [*notes, *(note for row in ordered for note in row.notes)]
    notes += [f"load average at the end: {_loadavg()}"]
    notes += [f"failed: {message}" for message in failures]
    report = _report(ordered, machine, args, notes)
    if final:
        print(report)
    (work / "RESULTS.md").write_text(report, encoding="utf-8")
    return len(failures)


if __name__ == "__main__":
    raise SystemExit(main())
