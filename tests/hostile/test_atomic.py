"""Atomic publishing: a build that fails at any stage leaves the published site byte-identical.

The naive stack empties site/ before it builds and writes every page before --strict fails, so
a failed build takes the portal down or publishes the bad site. Each case here builds a good
site, breaks the project one way, builds again and compares every byte.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hostile_support import snapshot

from conftest import BASE_CONFIG, MakeSite, Site, directive

THEME_CONFIG = {"theme": {**BASE_CONFIG["theme"], "custom_dir": "theme"}}
GOOD: dict[str, str | bytes] = {
    "directives/2024/5-cv-duk.md": directive("5-CV/ĐUK", "2024-01-02", body="Văn bản thứ năm."),
    "directives/2024/6-cv-duk.md": directive("6-CV/ĐUK", "2024-01-03", body="Văn bản thứ sáu."),
    "content/gioi-thieu.md": "---\ntitle: Giới thiệu\nvisibility: public\n---\n\nGiới thiệu.\n",
    "theme/.keep": "",
}


def leftovers(site: Site) -> list[str]:
    return sorted(p.name for p in site.root.iterdir() if ".bangtin-" in p.name)


def _break_content(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    site.write(
        {
            "directives/2024/7-cv-duk.md": "---\nnumber: 7-CV/ĐUK\ndate: 2024-02-30\nsubject: x\n---\n"
        }
    )
    return ()


def _break_page_yaml(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    # mkdocs alone drops front-matter it cannot parse and publishes the page, "internal" and all.
    site.write(
        {
            "content/gioi-thieu.md": "---\ntitle: Giới thiệu: bản mới\nvisibility: internal\n---\n\nMới.\n"
        }
    )
    return ()


def _raise_in_renderer(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    import bangtin.adapter.rendering

    real = bangtin.adapter.rendering.render_page

    def boom(spec: Any, *args: Any, **kwargs: Any) -> Any:
        if spec.src_uri == "van-ban/2024/6-cv-duk.md":
            raise RuntimeError("hỏng khi dựng trang")
        return real(spec, *args, **kwargs)

    mp.setattr(bangtin.adapter.rendering, "render_page", boom)
    return ()


# A fault injected into a function of the build leaves this file beside the project when it
# fires (the build may call the function in a process of its own): a test whose function is no
# longer called (moved, renamed) would pass without testing anything, so it checks the file.
FIRED = "fault-fired"


def _interrupt_after_pages(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    # Ctrl-C once the pages are written: half a site must not be published on the way out.
    import bangtin.features.posts.compose

    def stop(*args: Any, **kwargs: Any) -> None:
        (site.root.parent / FIRED).touch()
        raise KeyboardInterrupt

    mp.setattr(bangtin.features.posts.compose, "posts_json", stop)
    mp.setenv("BANGTIN_REUSE", "0")  # the exports are written, not taken from the last build
    return ()


def _raise_after_build(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    import bangtin.features.posts.compose

    def full(*args: Any, **kwargs: Any) -> None:
        (site.root.parent / FIRED).touch()
        raise OSError(28, "No space left on device")

    mp.setattr(bangtin.features.posts.compose, "posts_json", full)
    mp.setenv("BANGTIN_REUSE", "0")  # the exports are written, not taken from the last build
    return ()


def _jinja_runtime_error(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    site.write(
        {
            "theme/main.html": '{% extends "base.html" %}\n{% block content %}{{ page.meta.khong.co }}{{ 1 // 0 }}{% endblock %}\n'
        }
    )
    return ()


def _jinja_syntax_error(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    site.write(
        {
            "theme/main.html": '{% extends "base.html" %}\n{% block content %}{% if %}{% endblock %}\n'
        }
    )
    return ()


def _strict_loader_warning(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    site.write(
        {
            "directives/2024/7-cv-duk.md": directive(
                "7-CV/ĐUK", "2024-02-03", subject="Hội nghị lần #2"
            )
        }
    )
    return ("--strict",)


def _strict_mkdocs_warning(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    site.write(
        {
            "content/gioi-thieu.md": "---\ntitle: Giới thiệu\nvisibility: public\n---\n\n[hỏng](khong-co.md)\n"
        }
    )
    return ("--strict",)


BREAKERS: dict[str, Callable[[Site, pytest.MonkeyPatch], tuple[str, ...]]] = {
    "bad content": _break_content,
    "unparsable page front-matter": _break_page_yaml,
    "a page that raises": _raise_in_renderer,
    "interrupted build": _interrupt_after_pages,
    "failure after every page is written": _raise_after_build,
    "jinja error in theme override": _jinja_runtime_error,
    "jinja syntax error in theme override": _jinja_syntax_error,
    "--strict and a loader warning": _strict_loader_warning,
    "--strict and a MkDocs warning": _strict_mkdocs_warning,
}


@pytest.mark.parametrize("breaker", BREAKERS.values(), ids=list(BREAKERS))
def test_failed_build_keeps_the_previous_site(
    make_site: MakeSite,
    monkeypatch: pytest.MonkeyPatch,
    breaker: Callable[[Site, pytest.MonkeyPatch], tuple[str, ...]],
) -> None:
    site = make_site(GOOD, config=THEME_CONFIG, plugin={"cards": True})
    assert site.exit_code == 0, site.output
    before = snapshot(site.site_dir)
    assert "van-ban/2024/6-cv-duk/index.html" in before
    args = breaker(site, monkeypatch)
    site.build(*args)
    if breaker in (_interrupt_after_pages, _raise_after_build):
        fired = site.root.parent / FIRED
        assert fired.exists(), "the injected fault never fired: the build no longer calls it"
    assert site.exit_code != 0, site.output
    assert "Traceback" not in site.output
    if breaker in (_jinja_runtime_error, _jinja_syntax_error):
        assert "theme/main.html:2: Dựng thất bại" in site.output  # the editor sees where
    assert snapshot(site.site_dir) == before
    assert leftovers(site) == []


def test_failed_first_build_creates_nothing(make_site: MakeSite) -> None:
    site = make_site({"directives/2024/7-cv-duk.md": "---\nnumber: 7-CV/ĐUK\n---\n"})
    assert site.exit_code == 1
    assert not site.site_dir.exists() and leftovers(site) == []


def test_successful_build_equals_a_clean_build(make_site: MakeSite, tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        **GOOD,
        "directives/2024/8-cv-duk.md": directive("8-CV/ĐUK", "2024-01-04", visibility="internal"),
        "content/news/tin-noi-bo.md": "---\ntitle: Tin nội bộ\ndate: 2024-02-01\nvisibility: internal\n---\n\nTin.\n",
        "content/files/bien-ban.pdf": b"%PDF-1.4 noi bo",
    }
    files["directives/2024/8-cv-duk.md"] = directive(
        "8-CV/ĐUK", "2024-01-04", visibility="internal", attachments="[files/bien-ban.pdf]"
    )
    site = make_site(files, audience="internal")
    assert site.exit_code == 0, site.output
    assert (site.site_dir / "van-ban/2024/8-cv-duk/index.html").exists()
    (site.root / "directives/2024/5-cv-duk.md").unlink()
    site.build(audience="public")
    assert site.exit_code == 0, site.output
    after = snapshot(site.site_dir)
    clean = site.build("-d", str(tmp_path / "clean"), audience="public")
    assert clean.exit_code == 0, clean.output
    assert sorted(after) == sorted(snapshot(tmp_path / "clean"))
    assert not any(
        k.startswith(("van-ban/2024/5-cv-duk", "van-ban/2024/8-cv-duk", "files/")) for k in after
    )
    assert leftovers(site) == []


# A build run in a process of its own that kills itself (SIGKILL: no cleanup runs) at one moment
# of its publishing: before or after the n-th rename that touches the site's path or a sibling
# of it (an exchange counts as one), or once the pages are written (half a site staged).
_KILLER = """
import os, signal, sys
from pathlib import Path

import bangtin.site.publish as publish

where, n, no_exchange = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
count = 0


def touches_site(*paths):
    return any(Path(p).name == "site" or Path(p).name.startswith("site.bangtin-") for p in paths)


def counted(real):
    def wrapper(a, b, *args, **kwargs):
        global count
        if not touches_site(a, b):
            return real(a, b, *args, **kwargs)
        count += 1
        if where == "before" and count == n:
            os.kill(os.getpid(), signal.SIGKILL)
        done = real(a, b, *args, **kwargs)
        if where == "after" and count == n:
            os.kill(os.getpid(), signal.SIGKILL)
        return done
    return wrapper


os.replace = counted(os.replace)
if hasattr(publish, "_exchange"):
    publish._exchange = (lambda a, b: False) if no_exchange else counted(publish._exchange)
if where == "staged":  # every page written, the early files not yet joined

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    publish.AtomicSite.join_early = die
from bangtin.cli.main import main

main(["build"])
"""

KILLS = [
    ("staged", 0, False),
    ("before", 1, False),
    ("after", 1, False),
    ("after", 2, False),
    ("after", 1, True),  # no exchange: between the two renames
    ("after", 2, True),
    ("after", 3, True),
]


def _run_build(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "BANGTIN_REUSE": "0"}
    env.pop("BANGTIN_AUDIENCE", None)
    return subprocess.run(
        [sys.executable, *args], cwd=root, env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.parametrize(("where", "n", "no_exchange"), KILLS, ids=[str(k) for k in KILLS])
def test_a_killed_build_leaves_the_old_site_or_the_new_one(
    make_site: MakeSite, tmp_path: Path, where: str, n: int, no_exchange: bool
) -> None:
    site = make_site(GOOD, config=THEME_CONFIG, build=False)
    build = ("-m", "bangtin.cli.main", "build")
    assert _run_build(site.root, *build).returncode == 0
    old = snapshot(site.site_dir)
    site.write({"directives/2024/7-cv-duk.md": directive("7-CV/ĐUK", "2024-01-05")})
    assert _run_build(site.root, *build, "-d", str(tmp_path / "mới")).returncode == 0
    new = snapshot(tmp_path / "mới")
    killer = tmp_path / "killer.py"
    killer.write_text(_KILLER, encoding="utf-8")
    killed = _run_build(site.root, str(killer), where, str(n), "1" if no_exchange else "0")
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    # Whatever was killed, the site's path holds a whole site: the old one or the new one;
    # without an exchange, between the two renames, the old one waits beside it.
    aside = [snapshot(p) for p in site.root.glob("site.bangtin-old-*")]
    if no_exchange and not site.site_dir.exists():
        assert aside == [old]
    else:
        assert snapshot(site.site_dir) in (old, new)
    kept = snapshot(site.site_dir) if site.site_dir.exists() else old
    # A build that fails puts back what a stopped swap moved aside and says so truthfully.
    bad = site.root / "directives/2024/8-cv-duk.md"
    bad.write_text("---\nnumber: 8-CV/ĐUK\n---\n", encoding="utf-8")
    failed = _run_build(site.root, *build)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "trang đang đăng vẫn giữ nguyên" in failed.stderr
    assert snapshot(site.site_dir) == kept
    # The next build builds, and removes what the killed one left.
    bad.unlink()
    done = _run_build(site.root, *build)
    assert done.returncode == 0, done.stdout + done.stderr
    assert snapshot(site.site_dir) == new
    assert leftovers(site) == []
    trash = site.root / ".cache" / "bangtin" / "trash"
    deadline = time.monotonic() + 30
    while trash.is_dir() and any(trash.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not trash.is_dir() or not any(trash.iterdir())


def test_a_failed_build_with_no_site_does_not_say_it_kept_one(make_site: MakeSite) -> None:
    site = make_site({"directives/2024/7-cv-duk.md": "---\nnumber: 7-CV/ĐUK\n---\n"})
    assert site.exit_code == 1
    assert "giữ nguyên" not in site.output, site.output
    assert "chưa có trang nào được đăng" in site.output, site.output


def test_leftovers_of_a_running_build_are_left_alone(tmp_path: Path) -> None:
    """The next build removes what killed builds left beside the site, but not the staging
    folder of another build of the same site that is still running."""
    from bangtin.site.publish import MARKER, AtomicSite

    project = tmp_path / "portal"
    site = project / "site"
    site.mkdir(parents=True)
    (site / MARKER).write_text("", encoding="utf-8")
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        gone_pid = 2**22 + 12345  # above Linux's largest process id: no such process
        mine = project / f"site.bangtin-new-{running.pid}"
        killed = project / f"site.bangtin-new-{gone_pid}"
        for folder in (mine, killed):
            folder.mkdir()
            (folder / "index.html").write_text("x", encoding="utf-8")
        AtomicSite(site, project=project, trash=None)
        assert mine.is_dir()
        assert not killed.exists()
    finally:
        running.kill()
        running.wait()
