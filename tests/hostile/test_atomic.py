"""Atomic publishing: a build that fails at any stage leaves the published site byte-identical.

The naive stack empties site/ before it builds and writes every page before --strict fails, so
a failed build takes the portal down or publishes the bad site. Each case here builds a good
site, breaks the project one way, builds again and compares every byte.
"""

from __future__ import annotations

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
    import bangtin.adapter.plugin

    real = bangtin.adapter.plugin.render_page

    def boom(spec: Any, *args: Any, **kwargs: Any) -> Any:
        if spec.src_uri == "van-ban/2024/6-cv-duk.md":
            raise RuntimeError("hỏng khi dựng trang")
        return real(spec, *args, **kwargs)

    mp.setattr(bangtin.adapter.plugin, "render_page", boom)
    return ()


def _interrupt_after_pages(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    # Ctrl-C once the pages are written: half a site must not be published on the way out.
    import bangtin.features.posts.compose

    def stop(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    mp.setattr(bangtin.features.posts.compose, "write_exports", stop)
    mp.setenv("BANGTIN_REUSE", "0")  # the exports are written, not taken from the last build
    return ()


def _raise_after_build(site: Site, mp: pytest.MonkeyPatch) -> tuple[str, ...]:
    import bangtin.features.posts.compose

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    mp.setattr(bangtin.features.posts.compose, "write_exports", full)
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
