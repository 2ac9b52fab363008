"""Measure search on a large site: bytes a query transfers and time from typing to first results.

Generates N synthetic Vietnamese directive pages (or takes a built site / a portal project),
indexes them with bangtin.features.search.pagefind.build_search_index, serves the site on 127.0.0.1 and drives
Debian's chromium (headless, through Playwright) typing each query into the search box. Prints a
Markdown table.

    python scripts/search_bench.py --pages 10000
    python scripts/search_bench.py --site path/to/site          # an already built site
    python scripts/search_bench.py --project path/to/portal     # mkdocs build, then measure
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gzip
import http.server
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from bangtin.core.numbers import parse_number
from bangtin.features.search.pagefind import (
    SearchFields,
    SearchStats,
    build_search_index,
    search_markup,
)

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "bangtin"
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
)
ISSUERS = (
    ("ĐUK", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"),
    ("BDVTU", "Ban Dân vận Tỉnh ủy"),
    ("TU", "Tỉnh ủy Bình Thuận"),
    ("BTGTU", "Ban Tuyên giáo Tỉnh ủy"),
    ("HNDT", "Hội Nông dân tỉnh"),
    ("TWĐTN", "Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    ("HLHPN", "Hội Liên hiệp Phụ nữ tỉnh"),
)
TYPES = (
    ("CV", "Công văn"),
    ("KH", "Kế hoạch"),
    ("HD", "Hướng dẫn"),
    ("BC", "Báo cáo"),
    ("NQ", "Nghị quyết"),
    ("TB", "Thông báo"),
    ("QĐ", "Quyết định"),
    ("CT", "Chỉ thị"),
)
STATUSES = ("Còn hiệu lực", "Đã bị thay thế", "Hết hiệu lực")
# Phrases of real directives, recombined: enough distinct words for a realistic index.
PHRASES = (
    "tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận và các đoàn thể",
    "đẩy mạnh phong trào thi đua Dân vận khéo gắn với thực hiện nhiệm vụ chính trị",
    "Ban Thường vụ Đảng ủy Khối đề nghị cấp ủy các chi, đảng bộ cơ sở triển khai thực hiện",
    "tăng cường công tác tuyên truyền trên mạng xã hội, đấu tranh phản bác quan điểm sai trái",
    "xây dựng Đảng bộ trong sạch, vững mạnh; nâng cao năng lực lãnh đạo và sức chiến đấu",
    "chuyển đổi số trong hoạt động của cơ quan, đơn vị, doanh nghiệp",
    "báo cáo kết quả về Ban Tuyên giáo - Dân vận trước ngày 15 hằng tháng",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "chăm lo đời sống vật chất, tinh thần của đoàn viên, hội viên, người lao động",
    "thực hiện tốt quy chế dân chủ ở cơ sở, phát huy quyền làm chủ của nhân dân",
    "công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
    "phòng, chống tham nhũng, tiêu cực; thực hành tiết kiệm, chống lãng phí",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh phối hợp với Hội Cựu Chiến binh Khối",
    "kiểm tra, giám sát việc thực hiện nghị quyết của cấp ủy các cấp",
    "tổ chức hội nghị sơ kết, tổng kết, biểu dương điển hình tiên tiến",
    "nâng cao chất lượng sinh hoạt chi bộ, tự phê bình và phê bình",
    "bảo đảm an ninh trật tự, an toàn giao thông, phòng chống thiên tai",
    "xây dựng nông thôn mới, đô thị văn minh, giảm nghèo bền vững",
)
SHELL = """<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>{title}</title></head>
<body><input type="checkbox" id="__search" hidden>
<div class="md-search" data-bangtin-search data-bangtin-root="{root}">
<form name="search"><input type="text" name="q" data-bangtin-search-query></form>
<details data-bangtin-search-filters hidden><summary>Lọc kết quả</summary>
<div data-bangtin-search-filter-list></div></details>
<div data-bangtin-search-meta></div><ol data-bangtin-search-list></ol>
<button type="button" data-bangtin-search-more hidden>Xem thêm kết quả</button></div>
{body}
<script src="{root}assets/bangtin/search.js"></script></body></html>
"""


def generate_site(site: Path, pages: int, seed: int = 20240307) -> None:
    """Write ``pages`` synthetic directive pages (plain HTML with bangtin's search markup)."""
    rng = random.Random(seed)
    shutil.copytree(PACKAGE / "site" / "assets", site / "assets" / "bangtin")
    (site / "index.html").write_text(
        SHELL.format(title="Trang chủ", root="./", body="<main><h1>Trang chủ</h1></main>"),
        encoding="utf-8",
    )
    serials: dict[tuple[str, str, int], int] = {}
    for i in range(pages):
        if i == 0:
            code, issuer, (tcode, tname), year = "ĐUK", ISSUERS[0][1], TYPES[0], 2024
            serial, date = 2078, dt.date(2024, 3, 7)
        else:
            code, issuer = rng.choice(ISSUERS)
            tcode, tname = rng.choice(TYPES)
            year = rng.randint(2015, 2025)
            key = (code, tcode, year)
            serials[key] = serial = serials.get(key, rng.randint(1, 40)) + rng.randint(1, 9)
            date = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        number = parse_number(f"{serial}-{tcode}/{code}")
        assert number is not None
        subject = rng.choice(PHRASES).capitalize()
        paragraphs = [
            " ".join(rng.choice(PHRASES) + "." for _ in range(rng.randint(3, 7)))
            for _ in range(rng.randint(3, 8))
        ]
        if rng.random() < 0.05 and i:
            paragraphs.append("Thực hiện Công văn số 2078-CV/ĐUK ngày 07/3/2024.")
        fields = SearchFields(
            number=number,
            title=f"{tname} số {number}",
            subject=subject,
            date=date,
            type_name=tname,
            issuer_name=issuer,
            themes=tuple(str(y) for y in sorted({year, min(year + 1, 2025)})),
            status=rng.choice(STATUSES),
        )
        body = (
            f"<main><article data-pagefind-body><h1>{fields.title}</h1>"
            f"<p><strong>{issuer}</strong>, ngày {date:%d/%m/%Y}</p><p><em>V/v {subject}</em></p>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + search_markup(fields)
            + "</article></main>"
        )
        target = site / "van-ban" / str(year) / number.slug / "index.html"
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            SHELL.format(title=fields.title, root="../../../", body=body), encoding="utf-8"
        )


def generate_from_corpus(site: Path, pages: int, seed: int = 1, *, body: bool = True) -> None:
    """Write ``pages`` directive pages with the realistic text of scripts/gen_corpus.py.

    The Markdown bodies are rendered with Python-Markdown into the same plain shell as
    :func:`generate_site`, so the index sees the text a real build would index without paying
    for a full MkDocs build of the corpus.
    """
    import markdown
    import yaml

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import gen_corpus

    corpus = gen_corpus.build_corpus(pages, seed=seed)
    shutil.copytree(PACKAGE / "site" / "assets", site / "assets" / "bangtin")
    (site / "index.html").write_text(
        SHELL.format(title="Trang chủ", root="./", body="<main><h1>Trang chủ</h1></main>"),
        encoding="utf-8",
    )
    md = markdown.Markdown(extensions=["tables", "footnotes"])
    statuses = {"in-force": STATUSES[0], "superseded": STATUSES[1], "expired": STATUSES[2]}
    for doc in corpus.docs:
        text = gen_corpus.render_directive(corpus, doc)
        _, front, markdown_text = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        number = parse_number(str(meta["number"]))
        if number is None:
            continue
        fields = SearchFields(
            number=number,
            title=f"{doc.type_name} số {number}",
            subject=str(meta["subject"]),
            date=doc.date,
            type_name=doc.type_name,
            issuer_name=doc.unit.name,
            themes=tuple(str(y) for y in doc.themes),
            status=statuses.get(doc.status, doc.status),
        )
        html_body = md.reset().convert(markdown_text)
        # Without body, only the heading part is indexed: title, issuer, date, subject, keys.
        indexed, outside = (html_body, "") if body else ("", html_body)
        # The shape of templates/directive.html: search data, a print header Pagefind ignores,
        # the title, the subject, the metadata list, the text.
        page = (
            f"<main><article data-pagefind-body>{search_markup(fields)}"
            f"<header data-pagefind-ignore><div>{doc.unit.name.upper()}</div>"
            f"<div>Số {number}</div></header>"
            f"<h1>{fields.title}</h1><p>{fields.subject}</p>"
            f"<dl><dt>Số, ký hiệu</dt><dd>{number}</dd><dt>Loại văn bản</dt>"
            f"<dd>{doc.type_name}</dd><dt>Ngày ban hành</dt><dd>{doc.date:%d/%m/%Y}</dd>"
            f"<dt>Cơ quan ban hành</dt><dd>{doc.unit.name}</dd><dt>Trích yếu</dt>"
            f"<dd>{fields.subject}</dd><dt>Tình trạng</dt><dd>{fields.status}</dd></dl>"
            f"<section>{indexed}</section></article>{outside}</main>"
        )
        target = site / "van-ban" / str(doc.date.year) / number.slug / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(
            SHELL.format(title=fields.title, root="../../../", body=page), encoding="utf-8"
        )


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


# What deploy/nginx.conf gzips (gzip_types, gzip_comp_level 5, gzip_min_length 512); Pagefind's
# .pf_* chunks and its .pagefind wasm are gzip already and go out as they are, as with nginx.
_GZIP_SUFFIXES = (".html", ".css", ".js", ".mjs", ".json", ".txt", ".csv", ".svg", ".wasm")


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
    box.dispatchEvent(new Event('input', {bubbles: true}));
    await new Promise(r => setTimeout(r, 60));  // a fast typist: ~16 characters a second
  }
  const detail = await done;
  const first = document.querySelector('.md-search-result__item h1');
  return {ms: performance.now() - last, count: detail.count, first: first && first.textContent,
          step: detail.ms, searched: detail.searched, timings: detail.timings};
}"""


def existing_index(site: Path) -> SearchStats:
    """The statistics of the Pagefind bundle already in ``site`` (``--reuse-index``)."""
    bundle = site / "pagefind"
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(language["page_count"] for language in entry["languages"].values())
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
    return SearchStats(pages=pages, skipped=0, bundle_bytes=size, seconds=0.0)


def measure(
    site: Path,
    queries: tuple[str, ...],
    home: str,
    *,
    compress: bool = False,
    trace: bool = False,
) -> list[dict[str, object]]:
    """Run each query in a fresh browser context; return one row per query.

    With ``compress``, the server gzips as deploy/nginx.conf does; with ``trace``, each request
    under /pagefind/ is printed (time since the first keystroke, size, path) to stderr.
    """
    from playwright.sync_api import sync_playwright

    handler = functools.partial(_Gzip if compress else _Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rows: list[dict[str, object]] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
            for query in queries:
                context = browser.new_context()
                foreign: list[str] = []
                context.route(
                    "**/*",
                    lambda route, foreign=foreign: (
                        route.continue_()
                        if urlsplit(route.request.url).hostname == "127.0.0.1"
                        else (foreign.append(route.request.url), route.abort())
                    ),
                )
                finished: list[object] = []
                context.on(
                    "requestfinished", lambda request, finished=finished: finished.append(request)
                )
                tab = context.new_page()
                tab.goto(base + home)
                # Opening the box preloads Pagefind, as a person's first tap does.
                tab.focus("[data-bangtin-search-query]")
                tab.wait_for_timeout(300)
                tab.wait_for_load_state("networkidle")
                loaded = _pagefind_bytes(finished)
                opened = len(finished)
                typed = time.time()
                result = tab.evaluate(TYPE_AND_WAIT, query)
                tab.wait_for_timeout(300)
                total = _pagefind_bytes(finished)
                if trace:
                    print(
                        f"{query!r}: step {result['step']:.0f} ms, search {result['searched']:.0f}"
                        f" ms, pagefind {result['timings']}",
                        file=sys.stderr,
                    )
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
                        "first": result["first"],
                        "ms": result["ms"],
                        "open_kb": loaded / 1024,
                        "query_kb": (total - loaded) / 1024,
                        "total_kb": total / 1024,
                        "foreign": len(foreign),
                    }
                )
                context.close()
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return rows


def _pagefind_bytes(requests: list[object]) -> int:
    # Everything the search loaded (pagefind.js, its worker and wasm, index, filter and fragment
    # chunks, including what the worker fetched): response bodies and headers as sent.
    total = 0
    for request in requests:
        if "/pagefind/" in request.url:  # type: ignore[attr-defined]
            sizes = request.sizes()  # type: ignore[attr-defined]
            total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000, help="synthetic pages to generate")
    parser.add_argument(
        "--simple",
        action="store_true",
        help="recombine a few stock phrases (worst case) instead of gen_corpus.py's text",
    )
    parser.add_argument(
        "--no-body",
        action="store_true",
        help="index only each directive's heading (title, issuer, date, subject), not its text",
    )
    parser.add_argument("--site", type=Path, help="an already built site folder")
    parser.add_argument("--project", type=Path, help="a portal folder to build with mkdocs")
    parser.add_argument("--home", default="", help="page with the search box, relative to root")
    parser.add_argument("--keep", action="store_true", help="keep the generated site")
    parser.add_argument(
        "--reuse-index",
        action="store_true",
        help="measure the Pagefind bundle already in the site instead of indexing it again",
    )
    parser.add_argument(
        "--trace", action="store_true", help="print each request a query made, with its time"
    )
    parser.add_argument(
        "--gzip",
        action="store_true",
        help="also measure with the server gzipping responses, as deploy/nginx.conf does",
    )
    args = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bangtin-bench-"))
    started = time.perf_counter()
    if args.site:
        site, source = args.site, f"site {args.site}"
    elif args.project:
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        site = work / "site"
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
            cwd=args.project,
            env=env,
            check=True,
        )
        source = f"project {args.project}"
    else:
        site = work / "site"
        if args.simple:
            generate_site(site, args.pages)
            source = f"{args.pages} pages recombining stock phrases"
        else:
            generate_from_corpus(site, args.pages, body=not args.no_body)
            source = f"{args.pages} directive pages with the text of scripts/gen_corpus.py" + (
                ", headings only" if args.no_body else ""
            )
    prepared = time.perf_counter() - started
    stats = existing_index(site) if args.reuse_index else build_search_index(site)
    runs = [("no compression", measure(site, QUERIES, args.home, trace=args.trace))]
    if args.gzip:
        runs.append(
            (
                "gzip as deploy/nginx.conf",
                measure(site, QUERIES, args.home, compress=True, trace=args.trace),
            )
        )

    print(f"## Search benchmark: {source}\n")
    print(
        f"- pages indexed: {stats.pages:,} (skipped {stats.skipped}); site prepared in "
        f"{prepared:.1f} s; Pagefind index built in {stats.seconds:.1f} s; bundle "
        f"{stats.bundle_bytes / 1024 / 1024:.1f} MB on disk"
    )
    print(
        "- served by Python's http.server on 127.0.0.1 (Pagefind's index chunks are "
        "gzip-compressed by Pagefind itself), headless Debian chromium, cold cache per query; "
        "typing at 60 ms per character; time is from the last keystroke to the first results "
        "on screen; bytes are response bodies and headers as sent under /pagefind/"
    )
    for label, rows in runs:
        print(f"\n### {label}\n")
        print(
            "| query | results | first result | last key → results (ms) | open box (KB) "
            "| query (KB) | total (KB) | off-host requests |"
        )
        print("|---|---:|---|---:|---:|---:|---:|---:|")
        for row in rows:
            print(
                f"| `{row['query']}` | {row['results']} | {row['first']} | {row['ms']:.0f} | "
                f"{row['open_kb']:.0f} | {row['query_kb']:.1f} | {row['total_kb']:.0f} | "
                f"{row['foreign']} |"
            )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"\nsite kept in {site}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
