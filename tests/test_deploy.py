"""The publishing recipes: deploy/nginx.conf served by a real nginx over a real built site, the CI
recipes' commands, the pre-commit hooks."""

from __future__ import annotations

import gzip
import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from conftest import MakeSite, Site

REPO = Path(__file__).resolve().parents[1]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def site(make_site: MakeSite) -> Site:
    # Search on, as in a portal: the index's files go through the same rules, and its script
    # runs under the policy.
    built = make_site(sample=True, audience="public", plugin={"search": True})
    assert built.exit_code == 0, built.output
    return built


@pytest.fixture
def served(site: Site, tmp_path: Path) -> Iterator[str]:
    """The built site behind deploy/nginx.conf, on a free port; yields the base URL."""
    if not Path(NGINX).exists():
        # The README's test command installs nginx: its absence is a broken set-up, not a skip.
        pytest.fail(
            "không tìm thấy nginx: chạy scripts/install-test-deps.sh (apt-get install nginx-light)"
        )
    port = _free_port()
    prefix = tmp_path / "nginx"
    (prefix / "logs").mkdir(parents=True)
    server = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    server = server.replace("listen 80;", f"listen 127.0.0.1:{port};")
    server = server.replace("root /srv/bangtin/site;", f"root {site.site_dir};")
    (prefix / "bangtin.conf").write_text(server, encoding="utf-8")
    (prefix / "nginx.conf").write_text(
        # As root, nginx's workers would run as nobody and not read pytest's private tmp_path.
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {prefix}/nginx.pid;\nerror_log {prefix}/logs/error.log;\n"
        "events {}\n"
        f"http {{\n include /etc/nginx/mime.types;\n access_log off;\n"
        f" client_body_temp_path {prefix}/body;\n proxy_temp_path {prefix}/proxy;\n"
        f" fastcgi_temp_path {prefix}/fcgi;\n uwsgi_temp_path {prefix}/uwsgi;\n"
        f" scgi_temp_path {prefix}/scgi;\n include {prefix}/bangtin.conf;\n}}\n",
        encoding="utf-8",
    )
    args = [NGINX, "-p", str(prefix), "-c", str(prefix / "nginx.conf")]
    check = subprocess.run([*args, "-t"], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen([*args, "-g", "daemon off;"], stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=1).close()
                break
            except OSError:
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _get(url: str, **headers: str) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _asset(site: Site, pattern: str) -> str:
    found = sorted(site.site_dir.glob(pattern))
    assert found, pattern
    return "/" + found[0].relative_to(site.site_dir).as_posix()


def test_headers_cache_and_gzip(served: str, site: Site) -> None:
    bundle = _asset(site, "assets/javascripts/bundle.*.min.js")
    cases = [
        ("/", "no-cache"),
        ("/van-ban/2024/2078-cv-duk/", "no-cache"),
        (bundle, "public, max-age=31536000, immutable"),
        ("/assets/bangtin/bangtin.css", "public, max-age=86400"),
        # The search index: the manifest names the current version; the rest is fetched as
        # name?v=<version>, so minutes of caching, never immutable (no hash in the names).
        ("/search/manifest.json", "no-cache"),
        (_asset(site, "search/t/*.bin") + "?v=1", "public, max-age=300"),
        (_asset(site, "search/p/*.json") + "?v=1", "public, max-age=300"),
        (_asset(site, "search/v/*.json"), "public, max-age=300"),
        ("/search/facets.json?v=1", "public, max-age=300"),
        ("/api/van-ban.json", "no-cache"),
    ]
    for path, cache in cases:
        status, headers, _ = _get(served + path)
        assert status == 200, path
        assert headers["Cache-Control"] == cache, path
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "img-src 'self' data:" in csp
        script_src = csp.split("script-src", 1)[1].split(";", 1)[0]
        assert "unsafe-inline" not in script_src and "eval" not in script_src
        assert headers["X-Content-Type-Options"] == "nosniff"
    status, headers, body = _get(
        served + "/assets/bangtin/bangtin.css", **{"Accept-Encoding": "gzip"}
    )
    assert headers.get("Content-Encoding") == "gzip"
    assert b"bt-" in gzip.decompress(body)
    # The search index's binary shards and JSON page records are compressed on the wire too.
    shard = max(site.site_dir.glob("search/t/*.bin"), key=lambda p: p.stat().st_size)
    records = max(site.site_dir.glob("search/p/*.json"), key=lambda p: p.stat().st_size)
    for path, magic in ((shard, b"BTX1"), (records, b"[[")):
        url = "/" + path.relative_to(site.site_dir).as_posix()
        status, headers, body = _get(served + url, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers.get("Content-Encoding") == "gzip", url
        assert gzip.decompress(body) == path.read_bytes() and body.startswith(b"\x1f\x8b")
        assert gzip.decompress(body).startswith(magic), url
    status, headers, body = _get(served + "/khong-co-trang-nay/")
    assert status == 404 and headers["Content-Security-Policy"]
    assert "text/html" in headers["Content-Type"] and "utf-8" in headers["Content-Type"]
    status, _, _ = _get(served + "/.git/config")
    assert status == 404


# Files a browser runs when it opens them, as if one from content/ had reached the site.
ACTIVE = {
    "files/bao-cao.html": b"<script>alert(1)</script>",
    "files/Bao-cao.HTM": b"<script>alert(1)</script>",
    "files/so-do.svg": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    "files/trang.xhtml": b'<html xmlns="http://www.w3.org/1999/xhtml"><script>1</script></html>',
    "files/du-lieu.xml": b"<?xml-stylesheet href='x.xsl'?><a/>",
    "files/ma.js": b"alert(1)",
    "assets/ma.mjs": b"alert(1)",
}


def test_active_files_are_downloaded_and_sandboxed(served: str, site: Site) -> None:
    for rel, data in ACTIVE.items():
        (site.site_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (site.site_dir / rel).write_bytes(data)
    for rel in ACTIVE:
        status, headers, _ = _get(served + "/" + rel)
        assert status == 200, rel
        assert headers.get("Content-Disposition") == "attachment", rel
        policy = [p.strip() for p in headers["Content-Security-Policy"].split(";")]
        assert "sandbox" in policy and "default-src 'self'" in policy, rel
    # The portal's own pages are shown as pages, under the policy without sandbox.
    for path in ("/", "/van-ban/2024/2078-cv-duk/", "/van-ban/2024/2078-cv-duk/index.html",
                 "/khong-co-trang-nay/"):  # fmt: skip
        status, headers, body = _get(served + path)
        assert "Content-Disposition" not in headers, path
        assert "sandbox" not in headers["Content-Security-Policy"], path
        assert b"<html" in body


def test_built_pages_have_no_inline_script(site: Site) -> None:
    """The CSP forbids inline scripts: every executable <script> of the site has a src."""
    pages = sorted(site.site_dir.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for attrs, body in re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
            if 'type="application/json"' in attrs:
                continue  # data, not code: CSP does not apply
            assert "src=" in attrs and not body.strip(), (page, attrs, body[:80])
    home = (site.site_dir / "index.html").read_text(encoding="utf-8")
    assert 'src="assets/bangtin/md-base.js" data-scope="."' in home


@pytest.mark.browser
def test_material_works_under_the_policy(served: str) -> None:
    """In chromium, under the real header: no CSP violation and Material's helpers are there."""
    sync_api = pytest.importorskip("playwright.sync_api")
    violations: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page()
            page.on(
                "console",
                lambda m: (
                    violations.append(m.text) if "Content Security Policy" in m.text else None
                ),
            )
            page.goto(served + "/van-ban/2024/2078-cv-duk/")
            page.wait_for_load_state("load")
            scope = page.evaluate("window.__md_scope && window.__md_scope.href")
            page.evaluate("__md_set('__bt_test', 7)")
            stored = page.evaluate("__md_get('__bt_test')")
            bundle_ran = page.evaluate("typeof document$ !== 'undefined'")
            # The search box: plain JavaScript and fetch(), no WebAssembly, under the same policy.
            page.fill("[data-bangtin-search-query]", "dân vận")
            page.wait_for_selector(".md-search-result__item h1", timeout=10_000)
            hits = page.locator(".md-search-result__item").count()
        finally:
            browser.close()
    assert violations == []
    assert scope == served + "/"
    assert stored == 7
    assert bundle_ran
    assert hits > 0


def test_ci_recipes_run_check_then_strict_public_build() -> None:
    github = yaml.safe_load((REPO / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    steps = [s for job in github["jobs"].values() for s in job.get("steps", [])]
    runs = "\n".join(s.get("run", "") for s in steps)
    assert runs.index("bangtin check") < runs.index("bangtin build --strict --audience public")
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0  # the history of every page needs all commits
    assert any(s.get("uses", "").startswith("actions/deploy-pages") for s in steps)
    # What bangtin keeps between builds survives from one run to the next, its trash does not.
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache"))
    kept = cache["with"]["path"].split()
    assert ".cache/bangtin" in kept and "!.cache/bangtin/trash" in kept
    assert steps.index(cache) < next(
        i for i, s in enumerate(steps) if "bangtin build" in s.get("run", "")
    )
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    pages = gitlab["pages"]
    script = "\n".join(pages["script"])
    assert script.index("bangtin check") < script.index("bangtin build --strict --audience public")
    assert pages["artifacts"]["paths"] == ["public"]
    assert ".cache/bangtin" in pages["cache"]["paths"]
    assert gitlab["variables"]["GIT_DEPTH"] == 0


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "bangtin-check")
    assert hook["entry"] == "bangtin check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    for path, matched in [
        ("directives/2024/2078-cv-duk.md", True),
        ("content/units.yml", True),
        ("src/bangtin/load.py", False),
        ("README.md", False),
    ]:
        assert bool(re.search(hook["files"], path)) is matched, path
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    ids = [h["id"] for repo in config["repos"] for h in repo["hooks"]]
    assert ids == ["ruff", "ruff-format", "bangtin-check"]
