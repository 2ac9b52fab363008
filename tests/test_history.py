"""Page history from git: one git call per build, dates from git, no failure outside git."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from bangtin.features import history
from bangtin.features.history import (
    History,
    history_markup,
    parse_log,
    read_history,
    updated_markup,
)
from conftest import HOME, UNITS, MakeSite, Site, directive

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
DIRECTIVE = "directives/2024/2078-cv-duk.md"


def git(root: Path, *args: str, date: str = "", author: str = "Nguyễn Văn An") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": author,
        "GIT_AUTHOR_EMAIL": "an@example.org",
        "GIT_COMMITTER_NAME": author,
        "GIT_COMMITTER_EMAIL": "an@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


def commit_all(root: Path, message: str, date: str, author: str = "Nguyễn Văn An") -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, date=date, author=author)


@pytest.fixture
def repo_site(make_site: MakeSite) -> Site:
    """A portal in a git repository with two commits of its directive."""
    site = make_site(files={DIRECTIVE: directive(subject="Bản đầu")}, build=False)
    git(site.root, "init", "-q", "-b", "main")
    (site.root / ".gitignore").write_text("site/\nsite.*/\n.cache/\n", encoding="utf-8")
    commit_all(site.root, "Nhập Công văn 2078", "2024-03-07T09:00:00+07:00")
    site.write({DIRECTIVE: directive(subject="Bản sửa <lại>")})
    commit_all(
        site.root,
        "Sửa trích yếu <b>in đậm</b> & chú thích",
        "2024-03-09T16:30:00+07:00",
        author="Trần Thị Bình",
    )
    return site


@needs_git
def test_directive_page_shows_last_update_and_changes(repo_site: Site) -> None:
    repo_site.build()
    assert repo_site.exit_code == 0, repo_site.output
    page = repo_site.page("van-ban/2024/2078-cv-duk/")
    section = page[page.index('<section class="bt-history"') :]
    section = section[: section.index("</section>")]
    assert "Lịch sử cập nhật" in section
    assert (
        'Cập nhật lần cuối: <time datetime="2024-03-09">ngày 09 tháng 3 năm 2024</time>' in section
    )
    items = re.findall(r"<li>(.*?)</li>", section)
    assert len(items) == 2
    # Newest first; subjects and names are text, never markup.
    assert "09/3/2024" in items[0] and "Trần Thị Bình" in items[0]
    assert "Sửa trích yếu &lt;b&gt;in đậm&lt;/b&gt; &amp; chú thích" in items[0]
    assert "<b>in đậm" not in page
    assert "07/3/2024" in items[1] and "Nguyễn Văn An" in items[1]


@needs_git
def test_two_builds_are_identical_whatever_the_clock(repo_site: Site) -> None:
    first = dict(repo_site.build().all_bytes())
    os.utime(repo_site.root / DIRECTIVE, (time.time() + 86400 * 400,) * 2)
    second = dict(repo_site.build().all_bytes())
    page = repo_site.site_dir / "van-ban/2024/2078-cv-duk/index.html"
    assert first[page] == second[page]


@needs_git
def test_one_git_log_per_build(repo_site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    real = subprocess.run

    def spy(args: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
        if args and args[0] == "git":
            calls.append(args)
        return real(args, **kw)  # type: ignore[call-overload,no-any-return]

    for n in range(20):
        repo_site.write(
            {f"directives/2024/{100 + n}-cv-duk.md": directive(number=f"{100 + n}-CV/ĐUK")}
        )
    commit_all(repo_site.root, "Thêm 20 công văn", "2024-04-01T08:00:00+07:00")
    monkeypatch.setattr(history.subprocess, "run", spy)
    repo_site.build()
    assert repo_site.exit_code == 0, repo_site.output
    logs = [c for c in calls if "log" in c]
    assert len(logs) == 1
    assert len(calls) == 2  # and one rev-parse: is it a full clone?
    assert "Thêm 20 công văn" in repo_site.page("van-ban/2024/105-cv-duk/")


@needs_git
def test_renamed_file_keeps_its_history(repo_site: Site) -> None:
    git(repo_site.root, "mv", DIRECTIVE, "directives/2024/cv-2078.md")
    commit_all(repo_site.root, "Đổi tên tệp", "2024-03-10T08:00:00+07:00")
    found = read_history(repo_site.root)
    assert [c.subject for c in found.of("directives/2024/cv-2078.md")] == [
        "Đổi tên tệp",
        "Sửa trích yếu <b>in đậm</b> & chú thích",
        "Nhập Công văn 2078",
    ]


@needs_git
def test_portal_in_a_subfolder_of_the_repository(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    portal = tmp_path / "cong"
    (portal / "directives" / "2024").mkdir(parents=True)
    (portal / DIRECTIVE).write_text(directive(), encoding="utf-8")
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    commit_all(tmp_path, "Đầu tiên", "2024-01-02T08:00:00+07:00")
    found = read_history(portal)
    assert list(found.by_path) == [DIRECTIVE]
    assert found.last_updated(DIRECTIVE) is not None


def test_build_outside_git_shows_no_history(make_site: MakeSite) -> None:
    site = make_site(files={DIRECTIVE: directive()})
    assert site.exit_code == 0, site.output
    page = site.page("van-ban/2024/2078-cv-duk/")
    assert "bt-history" not in page and "Cập nhật lần cuối" not in page


@needs_git
def test_shallow_clone_shows_no_history(repo_site: Site, tmp_path: Path) -> None:
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{repo_site.root}", str(clone))
    assert read_history(clone) == History()


def test_no_git_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # nowhere to find git
    assert read_history(tmp_path) == History()


def test_build_without_git_program(make_site: MakeSite, monkeypatch: pytest.MonkeyPatch) -> None:
    site = make_site(files={DIRECTIVE: directive()}, build=False)
    monkeypatch.setenv("PATH", str(site.root))
    site.build()
    assert site.exit_code == 0, site.output
    assert "bt-history" not in site.page("van-ban/2024/2078-cv-duk/")


def test_parse_log_table() -> None:
    rs, us = "\x1e", "\x1f"
    out = (
        f"{rs}c3{us}2024-05-01T23:30:00-02:00{us}Lê Văn C{us}Đổi tên\n\n"
        "R090\tdirectives/old.md\tdirectives/new.md\n"
        f"{rs}c2{us}2024-04-01T00:10:00+07:00{us}Trần B{us}Sửa\n\n"
        "M\tdirectives/old.md\nA\tcontent/huong-dan/index.md\n"
        f"{rs}c1{us}không phải ngày{us}X{us}Hỏng\n\nM\tdirectives/old.md\n"
        f"{rs}c0{us}2024-03-01T08:00:00+07:00{us}Ngue\u0302\u0303n{us}Tạo\n\n"
        "A\tdirectives/old.md\n"
    )
    found = parse_log(out)
    assert [c.sha for c in found.of("directives/new.md")] == ["c3", "c2", "c0"]
    assert found.of("directives/old.md") == ()
    # The author's own calendar day, not converted to another zone.
    assert found.last_updated("directives/new.md").isoformat() == "2024-05-01"  # type: ignore[union-attr]
    assert found.of("directives/new.md")[-1].author == "Ngu\u1ec5n"  # NFC
    assert found.last_updated("content/huong-dan/index.md").isoformat() == "2024-04-01"  # type: ignore[union-attr]


def test_markup_escapes_and_limits() -> None:
    rs, us = "\x1e", "\x1f"
    out = "".join(
        f"{rs}c{n}{us}2024-03-{n + 1:02d}T08:00:00+07:00{us}<script>{us}Sửa lần {n}\n\nM\ta.md\n"
        for n in range(12, 0, -1)
    )
    found = parse_log(out)
    html = str(history_markup(found, "a.md"))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert html.count("<li>") == history.MAX_SHOWN
    assert "và 4 lần sửa trước đó" in html
    assert "ngày 13 tháng 3 năm 2024" in str(updated_markup(found, "a.md"))
    assert str(history_markup(found, "b.md")) == "" == str(updated_markup(found, "b.md"))


@needs_git
def test_editor_page_update_line(repo_site: Site) -> None:
    repo_site.write({"content/huong-dan/index.md": HOME.replace("Trang chủ", "Hướng dẫn")})
    commit_all(repo_site.root, "Thêm hướng dẫn", "2024-06-02T10:00:00+07:00")
    found = read_history(repo_site.root)
    assert (
        str(updated_markup(found, "content/huong-dan/index.md"))
        == '<p class="bt-updated">Cập nhật lần cuối: <time datetime="2024-06-02">'
        "ngày 02 tháng 6 năm 2024</time></p>"
    )
    assert UNITS  # the fixture's units file is part of the portal too
    assert found.last_updated("content/units.yml") is not None
