"""The site folder: a build replaces it whole, so it may only be a folder bangtin built.

`bangtin build --site-dir .git` once reported success and deleted the repository: publishing
moves the target away and deletes it. A site folder that is, holds or lies inside one of the
project's own folders, holds the project itself, or is any non-empty folder that bangtin did
not build is refused before anything is written (exit 2, a Vietnamese message), and the
folder is left as it was, whichever way the folder was named (the CLI's option, mkdocs.yml's
``site_dir``, ``mkdocs build -d``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hostile_support import snapshot

from conftest import MakeSite, Site, directive

FILES: dict[str, str | bytes] = {
    "directives/2024/5-cv-duk.md": directive("5-CV/ĐUK", "2024-01-02", body="Văn bản thứ năm."),
    "theme/main.html": '{% extends "base.html" %}\n',
    ".git/HEAD": "ref: refs/heads/main\n",
    ".git/config": "[core]\n\tbare = false\n",
    "src/ghi-chu.txt": "mã nguồn\n",
    "tests/test_x.py": "def test_x() -> None:\n    pass\n",
}
THEME = {"theme": {"name": "material", "language": "vi", "custom_dir": "theme"}}
MARKER = ".bangtin-site"


def _everything(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, the site folders of the builds left out."""
    return {k: v for k, v in snapshot(folder).items() if not k.startswith(("site/", ".cache/"))}


@pytest.fixture
def portal(make_site: MakeSite) -> Site:
    site = make_site(FILES, config=THEME)
    assert site.exit_code == 0, site.output
    return site


REFUSED = [
    ".git",
    ".git/site",
    "directives",
    "directives/2024",
    "content",
    "theme",
    ".cache",
    ".cache/bangtin",
    "src",
    "tests",
    ".",
    "..",
    "ghi-chu",
    "../khac",
]


@pytest.mark.parametrize("where", REFUSED)
def test_a_site_folder_that_is_not_bangtins_is_refused(portal: Site, where: str) -> None:
    (portal.root / "ghi-chu").mkdir()
    (portal.root / "ghi-chu" / "việc.txt").write_text("Việc cần làm.\n", encoding="utf-8")
    (portal.root.parent / "khac").mkdir(exist_ok=True)
    (portal.root.parent / "khac" / "thư.txt").write_text("Thư riêng.\n", encoding="utf-8")
    before = _everything(portal.root.parent)
    site_before = snapshot(portal.site_dir)
    cwd = Path.cwd()
    os.chdir(portal.root)  # --site-dir is relative to where the command runs
    try:
        portal.build("--site-dir", where)
    finally:
        os.chdir(cwd)
    assert portal.exit_code == 2, portal.output
    assert "Traceback" not in portal.output
    assert "thư mục đầu ra" in portal.output, portal.output
    assert _everything(portal.root.parent) == before
    assert snapshot(portal.site_dir) == site_before
    assert not [p for p in portal.root.parent.rglob("*.bangtin-*") if p.name != MARKER]


@pytest.mark.parametrize("where", ["directives", ".git", "../khac"])
def test_site_dir_in_mkdocs_yml_is_refused(portal: Site, where: str) -> None:
    (portal.root.parent / "khac").mkdir(exist_ok=True)
    (portal.root.parent / "khac" / "thư.txt").write_text("Thư riêng.\n", encoding="utf-8")
    config = yaml.safe_load((portal.root / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_dir"] = where
    (portal.root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    before = _everything(portal.root.parent)
    portal.build()
    assert portal.exit_code == 2, portal.output
    assert "thư mục đầu ra" in portal.output, portal.output
    assert "Traceback" not in portal.output
    assert _everything(portal.root.parent) == before


@pytest.mark.parametrize(("command", "where"), [("build", ".git"), ("gh-deploy", "directives")])
def test_mkdocs_own_commands_are_refused_too(portal: Site, command: str, where: str) -> None:
    """The check is in the plugin, so MkDocs' own commands go through it (gh-deploy's build
    empties the folder itself)."""
    before = _everything(portal.root)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", command, "-q", "-d", where],
        cwd=portal.root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0, done.stdout + done.stderr
    assert "thư mục đầu ra" in done.stderr, done.stderr
    assert _everything(portal.root) == before


def test_every_built_site_carries_the_marker(portal: Site) -> None:
    assert (portal.site_dir / MARKER).is_file()


@pytest.mark.parametrize("state", ["missing", "empty", "bangtin's", "bangtin's without marker"])
def test_a_folder_bangtin_may_replace_is_built(make_site: MakeSite, state: str) -> None:
    site = make_site(FILES, config=THEME)
    assert site.exit_code == 0, site.output
    target = site.root.parent / "xuat-ban"
    if state == "empty":
        target.mkdir()
    elif state.startswith("bangtin's"):
        site.build("--site-dir", str(target))
        assert site.exit_code == 0, site.output
        if state.endswith("without marker"):  # a site of a bangtin from before the marker
            (target / MARKER).unlink()
    site.build("--site-dir", str(target))
    assert site.exit_code == 0, site.output
    assert (target / "van-ban/2024/5-cv-duk/index.html").is_file()
    assert (target / MARKER).is_file()
