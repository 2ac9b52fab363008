"""The editors' commands and the page history follow the folders mkdocs.yml names.

A portal may keep its pages in another docs_dir and its directives in another directives_dir.
`bangtin import` and `bangtin new` then write where the build reads (a directive written to
directives/ would be silently missing from the portal), read units.yml and the themes from that
docs_dir, and a directive's page shows its git history from that folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from bangtin.cli.main import main
from conftest import HOME, UNITS, MakeSite, Site, directive

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "fixtures" / "seed" / "2078-CV-DUK.txt"
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def renamed(make_site: MakeSite) -> Site:
    """A portal whose pages are in trang/ and whose directives are in van-ban-goc/."""
    site = make_site(
        files={
            "trang/index.md": HOME,
            "trang/units.yml": UNITS,
            "trang/themes/2024.md": "---\nyear: 2024\ntitle: Nâng cao năng lực cạnh tranh\n---\n",
            "van-ban-goc/2024/1-cv-duk.md": directive("1-CV/ĐUK"),
        },
        config={"docs_dir": "trang"},
        plugin={"directives_dir": "van-ban-goc"},
        build=False,
    )
    shutil.rmtree(site.root / "content", ignore_errors=True)
    return site


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_import_writes_into_directives_dir_with_the_units_of_docs_dir(renamed: Site) -> None:
    code, output = _run("import", str(SEED), "--root", str(renamed.root))
    assert code == 0, output
    written = renamed.root / "van-ban-goc" / "2024" / "2078-cv-duk.md"
    assert written.is_file(), output
    assert not (renamed.root / "directives").exists()
    text = written.read_text(encoding="utf-8")
    # The issuer is a unit id of trang/units.yml, and the year's theme of trang/themes is named.
    assert "issuer: dang-uy-khoi" in text, text
    assert "2024" in text.split("themes:", 1)[1].split("\n---", 1)[0], text
    renamed.build()
    assert renamed.exit_code == 0, renamed.output
    assert "2078-CV/ĐUK" in renamed.page("van-ban/2024/2078-cv-duk/")


def test_new_writes_into_the_named_folders(renamed: Site) -> None:
    year = dt.date.today().year
    code, output = _run("new", "directive", "--number", "5-CV/ĐUK", "--root", str(renamed.root))
    assert code == 0, output
    assert (renamed.root / "van-ban-goc" / str(year) / "5-cv-duk.md").is_file(), output
    code, output = _run("new", "practice", "--title", "Dân vận khéo", "--root", str(renamed.root))
    assert code == 0, output
    assert (renamed.root / "trang" / "practices" / str(year) / "dan-van-kheo.md").is_file()
    assert not (renamed.root / "directives").exists()
    assert not (renamed.root / "content").exists()


def _git(root: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Nguyễn Văn An",
        "GIT_AUTHOR_EMAIL": "an@example.org",
        "GIT_COMMITTER_NAME": "Nguyễn Văn An",
        "GIT_COMMITTER_EMAIL": "an@example.org",
        "GIT_AUTHOR_DATE": "2024-03-07T09:00:00+07:00",
        "GIT_COMMITTER_DATE": "2024-03-07T09:00:00+07:00",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=root, env=env, check=True, capture_output=True)


@needs_git
def test_history_is_read_from_directives_dir(renamed: Site) -> None:
    _git(renamed.root, "init", "-q", "-b", "main")
    (renamed.root / ".gitignore").write_text("site/\n.cache/\n", encoding="utf-8")
    _git(renamed.root, "add", "-A")
    _git(renamed.root, "commit", "-q", "-m", "Nhập Công văn 1")
    renamed.build()
    assert renamed.exit_code == 0, renamed.output
    page = renamed.page("van-ban/2024/1-cv-duk/")
    assert "Lịch sử cập nhật" in page and "Nhập Công văn 1" in page


def test_editor_files_point_at_the_named_folders(renamed: Site) -> None:
    code, output = _run("schema", "--root", str(renamed.root))
    assert code == 0, output
    cms = json.loads((renamed.root / "frontmatter.json").read_text(encoding="utf-8"))
    paths = {f["title"]: f["path"] for f in cms["frontMatter.content.pageFolders"]}
    assert paths["Văn bản"] == "[[workspace]]/van-ban-goc"
    assert paths["Chủ đề năm"] == "[[workspace]]/trang/themes"
    assert paths["Trang"] == "[[workspace]]/trang"
    settings = json.loads((renamed.root / ".vscode" / "settings.json").read_text("utf-8"))
    assert settings["yaml.schemas"]["./schema/units.schema.json"] == ["trang/units.yml"]
