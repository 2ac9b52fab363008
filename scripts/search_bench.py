"""Measure search on a large portal: bytes a query transfers and time from typing to first results.

Builds a portal (a synthetic corpus of N directives from scripts/gen_corpus.py, marked as
synthetic, or a given project) with `bangtin build`, which writes bangtin's own search index,
serves it on 127.0.0.1 and drives Debian's chromium (headless, through Playwright) putting each
query into the header search box, a fresh browser context (cold cache) per query. Prints a
Markdown table: results, first result, time from the last input to the first result on screen
(the typing pause counted), the engine's own time, bytes for opening the box and for the query.

Modes (``--mode``): ``typed``, a character every 60 ms; ``paste``, the whole query in one input
event (a number copied from a message); ``phone``, typed on Chrome's "Slow 4G" profile (562.5 ms
round trip, 1.44 Mbps down) with a 4× slower CPU, through Chromium's DevTools protocol.

    python scripts/search_bench.py --directives 10000           # nginx + deploy/nginx.conf
    python scripts/search_bench.py --site path/to/site --mode paste
    python scripts/search_bench.py --project path/to/portal     # bangtin build, then measure
    python scripts/search_bench.py --battery    # tests/search_battery.yml in Python: found@k, nDCG
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SCRIPTS = Path(__file__).resolve().parent
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
QUERIES = (
    "dan van kheo",
    "dang uy khoi",
    "DUK",
    "chuyen doi so",
    "2078",
    "2078-CV/ĐUK",
    "2078 cv duk",
    "nang cao nang luc canh tranh",
)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    # Keep-alive and TCP_NODELAY, as nginx serves: HTTP/1.0 opens a connection for every file,
    # and Nagle's algorithm holds a response's body back for the client's delayed ACK (40 ms).
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:
        pass


# What deploy/nginx.conf gzips (gzip_types, gzip_comp_level 5, gzip_min_length 512).
_GZIP_SUFFIXES = (".html", ".css", ".js", ".json", ".txt", ".csv", ".svg", ".bin")


class _Gzip(_Quiet):
    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants and path.suffix in _GZIP_SUFFIXES and path.is_file()):
            super().do_GET()
            return
        raw = path.read_bytes()
        if len(raw) < 512:
            super().do_GET()
            return
        body = gzip.compress(raw, compresslevel=5)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


TYPE_AND_WAIT = """async (query) => {
  const box = document.querySelector('[data-bangtin-search-query]');
  const root = document.querySelector('[data-bangtin-search]');
  let last = 0;
  const done = new Promise(resolve => root.addEventListener('bangtin:results', e => {
    if (e.detail.query === query) resolve(e.detail);
  }));
  for (const ch of query) {
    box.value += ch;
    last = performance.now();
    box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: ch}));
    await new Promise(r => setTimeout(r, 60));  // a fast typist: ~16 characters a second
  }
  const detail = await done;
  const first = document.querySelector('.md-search-result__item h1');
  return {ms: performance.now() - last, count: detail.count, first: first && first.textContent,
          engine: detail.searched, step: detail.ms, relaxed: detail.relaxed, ahead: !!detail.ahead};
}"""


# The whole query in one input event, as a paste makes it.
PASTE_AND_WAIT = TYPE_AND_WAIT.replace(
    """  for (const ch of query) {
    box.value += ch;
    last = performance.now();
    box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertText', data: ch}));
    await new Promise(r => setTimeout(r, 60));  // a fast typist: ~16 characters a second
  }""",
    """  box.value = query;
  last = performance.now();
  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste', data: query}));""",
)
MODES = ("typed", "paste", "phone")
MODE_TEXT = {
    "typed": "typing at 60 ms per character",
    "paste": "the query pasted in one input event",
    "phone": "typing at 60 ms per character on Slow 4G (562.5 ms, 1.44 Mbps) with a 4× slower CPU",
}
# Chrome DevTools' "Slow 4G" preset (its numbers: 150 ms × 3.75, 1.6 Mbps × 0.9, 750 kbps × 0.9).
SLOW_4G = {
    "offline": False,
    "latency": 562.5,
    "downloadThroughput": 1.44e6 / 8,
    "uploadThroughput": 0.675e6 / 8,
}
PHONE_CPU = 4

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


@contextlib.contextmanager
def _python_server(site: Path, *, compress: bool) -> Iterator[str]:
    handler = functools.partial(_Gzip if compress else _Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def _nginx_server(site: Path) -> Iterator[str]:
    """``site`` behind deploy/nginx.conf (gzip, cache headers, CSP) on a free loopback port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    prefix = Path(tempfile.mkdtemp(prefix="bangtin-nginx-"))
    (prefix / "logs").mkdir()
    conf = (SCRIPTS.parent / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    conf = conf.replace("listen 80;", f"listen 127.0.0.1:{port};")
    conf = conf.replace("root /srv/bangtin/site;", f"root {site.resolve()};")
    (prefix / "bangtin.conf").write_text(conf, encoding="utf-8")
    temp = "".join(
        f" {k}_temp_path {prefix}/{k};\n"
        for k in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (prefix / "nginx.conf").write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {prefix}/nginx.pid;\nerror_log {prefix}/logs/error.log;\nevents {{}}\n"
        f"http {{\n include /etc/nginx/mime.types;\n access_log off;\n{temp}"
        f" include {prefix}/bangtin.conf;\n}}\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf"), "-g", "daemon off;"],
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base, timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        shutil.rmtree(prefix, ignore_errors=True)


def measure(
    site: Path,
    queries: tuple[str, ...],
    home: str,
    *,
    compress: bool = False,
    trace: bool = False,
    nginx: bool = False,
    mode: str = "typed",
) -> list[dict[str, object]]:
    """Run each query in a fresh browser context; return one row per query.

    ``mode``: one of :data:`MODES` (typed, pasted, or typed on a throttled phone).

    With ``nginx``, the site is served by nginx with deploy/nginx.conf (gzip as deployed);
    otherwise by Python's http.server, gzipping as that configuration does with ``compress``.
    With ``trace``, each request under /search/ is printed (time since the first keystroke,
    size, path) to stderr.
    """
    from playwright.sync_api import sync_playwright

    serving = _nginx_server(site) if nginx else _python_server(site, compress=compress)
    rows: list[dict[str, object]] = []
    with serving as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
        for query in queries:
            context = browser.new_context()
            foreign: list[str] = []
            finished: list[object] = []
            # Watched, not intercepted: routing each request through Playwright would add
            # its own delay to every fetch the search makes.
            context.on("request", _off_host(foreign))
            context.on("requestfinished", _collect(finished))
            tab = context.new_page()
            if mode == "phone":
                cdp = context.new_cdp_session(tab)
                cdp.send("Network.enable")
                cdp.send("Network.emulateNetworkConditions", SLOW_4G)
                cdp.send("Emulation.setCPUThrottlingRate", {"rate": PHONE_CPU})
            tab.goto(base + home)
            tab.wait_for_load_state("networkidle")
            page_bytes = _bytes(finished, search_only=False)
            # Opening the box loads the index's manifest, as a person's first tap does.
            tab.focus("[data-bangtin-search-query]")
            tab.wait_for_load_state("networkidle")
            # ...and its vocabulary: a person opens the box a moment before the first key.
            tab.evaluate(
                "() => document.querySelector('[data-bangtin-search]').bangtinSearch.load()"
                ".then(index => index.vocabulary())"
            )
            tab.wait_for_timeout(200)
            loaded = _bytes(finished)
            opened = len(finished)
            typed = time.time()
            result = tab.evaluate(PASTE_AND_WAIT if mode == "paste" else TYPE_AND_WAIT, query)
            tab.wait_for_timeout(300)
            total = _bytes(finished)
            if trace:
                for request in finished[opened:]:
                    timing = request.timing  # type: ignore[attr-defined]
                    sizes = request.sizes()  # type: ignore[attr-defined]
                    print(
                        f"{query!r}: +{timing['startTime'] / 1000 - typed:8.3f} s "
                        f"{sizes['responseBodySize']:>8} B {urlsplit(request.url).path}",  # type: ignore[attr-defined]
                        file=sys.stderr,
                    )
            rows.append(
                {
                    "query": query,
                    "results": result["count"],
                    "relaxed": result["relaxed"],
                    "first": result["first"],
                    "ms": result["ms"],
                    "engine_ms": result["engine"],
                    "ahead": result["ahead"],
                    "step_ms": result["step"],
                    "page_kb": page_bytes / 1024,
                    "open_kb": loaded / 1024,
                    "query_kb": (total - loaded) / 1024,
                    "total_kb": total / 1024,
                    "foreign": len(foreign),
                }
            )
            context.close()
        browser.close()
    return rows


def _off_host(found: list[str]) -> Callable[[Any], None]:
    """A listener that keeps the address of every request that leaves 127.0.0.1."""

    def watch(request: Any) -> None:
        if urlsplit(request.url).hostname != "127.0.0.1":
            found.append(request.url)

    return watch


def _collect(found: list[object]) -> Callable[[Any], None]:
    """A listener that keeps every request (Playwright takes no built-in method as one)."""

    def keep(request: Any) -> None:
        found.append(request)

    return keep


def _bytes(requests: list[object], *, search_only: bool = True) -> int:
    # Response bodies and headers as sent: the index files, or (search_only False) everything.
    total = 0
    for request in requests:
        if not search_only or "/search/" in urlsplit(request.url).path:  # type: ignore[attr-defined]
            sizes = request.sizes()  # type: ignore[attr-defined]
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return total


def build(project: Path, site: Path) -> tuple[float, str]:
    """`bangtin build` of ``project`` into ``site``; the build's seconds and its index line."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bangtin.cli.main", "build", "--site-dir", str(site)],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    line = next((x for x in done.stderr.splitlines() if "Chỉ mục tìm kiếm" in x), "")
    return seconds, re.sub(r"^\S*INFO\S*\s*", "", line).strip()


def _cpu_seconds() -> float:
    """CPU time (user and system) of this process and of its children that have ended."""
    import resource

    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def index_cost(project: Path) -> dict[str, float]:
    """Seconds and peak extra memory (MB, tracemalloc) of writing the search index of ``project``.

    The records are loaded and linked as a build does (``load_project``, the link graph for the
    stubs); only the index writer (``site_docs`` and ``write_index``) is timed, wall and CPU
    (``cpu_s``: this process and the forked counting ones, user and system: on a machine
    whose other cores are busy, the wall time comes near it), then run again under tracemalloc
    for its peak: the memory it adds to a build at the moment it runs.
    """
    import tracemalloc

    from bangtin.core.load import load_project
    from bangtin.features.search.documents import site_docs
    from bangtin.features.search.index import write_index
    from bangtin.links.graph import build_graph
    from bangtin.site.pages import SiteIndex

    result = load_project(project)
    reg = result.registry
    graph = build_graph(reg.directives, audience=reg.audience)
    index = SiteIndex.build(reg, stubs=graph.stubs)
    out = Path(tempfile.mkdtemp(prefix="bangtin-index-"))
    try:
        started, cpu_started = time.perf_counter(), _cpu_seconds()
        workers = min(os.cpu_count() or 1, 4)
        stats = write_index(site_docs(index), out / "search", workers=workers)
        seconds, cpu_seconds = time.perf_counter() - started, _cpu_seconds() - cpu_started
        tracemalloc.start()
        write_index(site_docs(index), out / "search")  # one process: tracemalloc sees it all
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return {
        "pages": stats.pages,
        "seconds": seconds,
        "cpu_s": cpu_seconds,
        "peak_mb": peak / 2**20,
        "files_mb": stats.bytes / 2**20,
        "shards": stats.shards,
    }


BATTERY = SCRIPTS.parent / "tests" / "search_battery.yml"
#: The classes the issue holds to the top 5 (typos) and to the top 3 (the rest of its bars).
TOP5_CLASSES = ("typo", "telex")
TOP3_CLASSES = ("accented", "unaccented", "number")


def load_battery(path: Path = BATTERY) -> dict[str, Any]:
    """The battery file: ``portal`` (how to build it) and ``queries`` (q, class, expect)."""
    import yaml

    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def build_battery_portal(battery: dict[str, Any], project: Path) -> None:
    """Write the battery's portal into ``project``: the generated corpus of its seed and size,
    the repository's own directives, and the battery's own pages (practices, news)."""
    portal = battery["portal"]
    gen = [sys.executable, str(SCRIPTS / "gen_corpus.py"), str(portal["directives"])]
    gen += ["--seed", str(portal["seed"]), "--project", str(project), "-q"]
    subprocess.run(gen, check=True)
    if portal.get("sample"):
        for source in sorted((SCRIPTS.parent / "directives").glob("*/*")):
            target = project / "directives" / source.parent.name / source.name
            if target.exists():
                raise FileExistsError(f"{target}: the corpus already holds a sample file")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    for rel, text in portal.get("pages", {}).items():
        target = project / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def judge(urls: list[str], expect: list[str]) -> dict[str, float]:
    """found@1, @3, @5 (an expected page within the first k) and nDCG@10 (binary relevance)."""
    wanted = set(expect)
    first = next((i for i, url in enumerate(urls) if url in wanted), None)
    dcg = sum(1 / math.log2(i + 2) for i, url in enumerate(urls[:10]) if url in wanted)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(wanted), 10)))
    out = {f"found@{k}": float(first is not None and first < k) for k in (1, 3, 5)}
    out["ndcg@10"] = dcg / ideal if ideal else 0.0
    return out


def run_battery(search: Path, queries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each query of the battery run by the Python reader (search.js's rules) over the index
    folder ``search``: its results' urls and its :func:`judge` figures."""
    from bangtin.features.search.reader import IndexReader

    reader = IndexReader(search)
    rows = []
    for query in queries:
        urls = [hit.url for hit in reader.query(query["q"]).hits]
        rows.append({**query, "urls": urls[:10], **judge(urls, query["expect"])})
    return rows


def _of_class(name: str) -> Callable[[dict[str, Any]], bool]:
    return lambda row: bool(row["class"] == name)


def battery_table(rows: list[dict[str, Any]]) -> str:
    """The Markdown table of the battery: per class and in all, each figure's mean."""
    classes = list(dict.fromkeys(row["class"] for row in rows))
    figures = ("found@1", "found@3", "found@5", "ndcg@10")
    lines = ["| class | queries | " + " | ".join(figures) + " |", "|---|---:" + "|---:" * 4 + "|"]
    # The typo and Telex classes together (the bar), and their held-out queries (`new`:
    # made by rule and never tuned on) apart.
    groups: dict[str, Callable[[dict[str, Any]], bool]] = {
        name: _of_class(name) for name in classes
    }
    groups["typo+telex"] = lambda row: row["class"] in TOP5_CLASSES
    groups["typo+telex, held out"] = lambda row: (
        row["class"] in TOP5_CLASSES and bool(row.get("new"))
    )
    groups["all"] = lambda row: True
    for name, wanted in groups.items():
        some = [row for row in rows if wanted(row)]
        if not some:
            continue
        means = [sum(row[f] for row in some) / len(some) for f in figures]
        lines.append(
            f"| {name} | {len(some)} | "
            + " | ".join(
                f"{m:.1%}" if f != "ndcg@10" else f"{m:.3f}"
                for f, m in zip(figures, means, strict=True)
            )
            + " |"
        )
    return "\n".join(lines)


def battery_main(path: Path, keep: bool) -> int:
    """Build the battery's portal, run its queries in Python, print the table and the misses."""
    battery = load_battery(path)
    work = Path(tempfile.mkdtemp(prefix="bangtin-battery-"))
    build_battery_portal(battery, work / "portal")
    seconds, _ = build(work / "portal", work / "site")
    rows = run_battery(work / "site" / "search", battery["queries"])
    print(f"## Search battery: {path.name}, {len(rows)} queries (Python reader)\n")
    print(f"- portal built in {seconds:.1f} s; found@k: an expected page within the first k\n")
    print(battery_table(rows))
    misses = [row for row in rows if not row["found@5"]]
    if misses:
        print("\nNot in the top 5:\n")
        for row in misses:
            print(
                f"- `{row['q']}` ({row['class']}): expected {row['expect']}, got {row['urls'][:5]}"
            )
    if keep:
        print(f"\nportal and site kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--directives", type=int, default=10_000, help="synthetic directives to generate"
    )
    parser.add_argument("--site", type=Path, help="an already built site folder")
    parser.add_argument("--project", type=Path, help="a portal folder to build")
    parser.add_argument("--home", default="", help="page with the search box, relative to root")
    parser.add_argument("--keep", action="store_true", help="keep the generated portal")
    parser.add_argument(
        "--index-cost",
        action="store_true",
        help="also time the index writer alone and measure its peak memory (needs the project)",
    )
    parser.add_argument(
        "--trace", action="store_true", help="print each request a query made, with its time"
    )
    parser.add_argument(
        "--python-server",
        action="store_true",
        help="serve with Python's http.server instead of nginx and deploy/nginx.conf",
    )
    parser.add_argument(
        "--gzip", action="store_true", help="with --python-server: gzip as deploy/nginx.conf"
    )
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="typed",
        help="typed (60 ms a key), paste (one input event), phone (typed, Slow 4G, 4x CPU)",
    )
    parser.add_argument(
        "--battery",
        type=Path,
        nargs="?",
        const=BATTERY,
        help="run the query battery (tests/search_battery.yml) in Python and print its table",
    )
    args = parser.parse_args(argv)
    if args.battery:
        return battery_main(args.battery, args.keep)

    work = Path(tempfile.mkdtemp(prefix="bangtin-search-bench-"))
    index_line = ""
    if args.site:
        site, source = args.site, f"site {args.site}"
    else:
        project = args.project
        if project is None:
            project = work / "portal"
            subprocess.run(
                [
                    sys.executable,
                    str(SCRIPTS / "gen_corpus.py"),
                    str(args.directives),
                    "--seed",
                    "1",
                    "--project",
                    str(project),
                    "-q",
                ],
                check=True,
            )
            source = f"{args.directives:,} synthetic directives (scripts/gen_corpus.py --seed 1)"
        else:
            source = f"project {project}"
        site = work / "site"
        seconds, index_line = build(project, site)
        source += f", built in {seconds:.1f} s"
        if args.index_cost:
            cost = index_cost(project)
            index_line += (
                f"\n- index writer alone: {cost['pages']:,.0f} pages in {cost['seconds']:.2f} s "
                f"({cost['cpu_s']:.2f} s of CPU), "
                f"peak {cost['peak_mb']:.0f} MB (tracemalloc), {cost['files_mb']:.1f} MB of files "
                f"in {cost['shards']:.0f} shards"
            )
    nginx = not args.python_server and Path(NGINX).exists()
    rows = measure(
        site, QUERIES, args.home, compress=args.gzip, trace=args.trace, nginx=nginx, mode=args.mode
    )
    print(f"## Search benchmark: {source}\n")
    if index_line:
        print(f"- {index_line}")
    print(
        "- served on 127.0.0.1 "
        + (
            "by nginx with deploy/nginx.conf (gzip)"
            if nginx
            else "by Python's http.server " + ("gzipping" if args.gzip else "without compression")
        )
        + "; headless Debian chromium, cold cache per query; "
        + MODE_TEXT[args.mode]
        + "; time from the last input to the first result on screen (a typing pause counted); "
        "engine: the script's own time from the query to its ranked ids, after the pause "
        "('ahead': ranked while the pause ran, with the shards the typing fetched); bytes are "
        "response bodies and headers under /search/\n"
    )
    print(
        "| query | results | first result | last key → first result (ms) | engine (ms) "
        "| open box (KB) | query (KB) | box + query (KB) | off-host requests |"
    )
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        relaxed = " (gần đúng)" if row["relaxed"] else ""
        print(
            f"| `{row['query']}` | {row['results']:,}{relaxed} | {row['first']} | "
            f"{row['ms']:.0f} | {row['engine_ms']:.0f}{' (ahead)' if row['ahead'] else ''} | "
            f"{row['open_kb']:.1f} | "
            f"{row['query_kb']:.1f} | {row['total_kb']:.1f} | {row['foreign']} |"
        )
    total = sorted(float(row["total_kb"]) for row in rows)  # type: ignore[arg-type]
    slowest = max(float(row["ms"]) for row in rows)  # type: ignore[arg-type]
    print(
        f"\nbox + query at the 95th percentile: {_percentile(total, 0.95):.1f} KB; "
        f"slowest first result: {slowest:.0f} ms after the last input"
    )
    if args.keep:
        print(f"\nportal and site kept in {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _percentile(ordered: list[float], share: float) -> float:
    """The ``share`` percentile of ``ordered`` (ascending), interpolated as numpy's default."""
    at = share * (len(ordered) - 1)
    low = math.floor(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)


if __name__ == "__main__":
    raise SystemExit(main())
