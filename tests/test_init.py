"""`bangtin init`: a second office's portal that checks and builds, and the package as pip
installs it without `-e` (every template, asset and starter file shipped)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml
from click.testing import CliRunner

from bangtin.cli.main import main
from conftest import REPO

OFFICE = [
    "--name",
    "Ban Dân vận Huyện ủy Tuy Phong",
    "--short",
    "Ban Dân vận Huyện ủy",
    "--code",
    "BDVHU",
    "--parent",
    "Huyện ủy Tuy Phong",
]


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_init_writes_a_portal_that_checks_and_builds(tmp_path: Path) -> None:
    portal = tmp_path / "tuy-phong"
    code, out = _run("init", str(portal), *OFFICE)
    assert code == 0, out
    units = yaml.safe_load((portal / "content" / "units.yml").read_text(encoding="utf-8"))
    office = units["units"][-1]
    assert office["name"] == "Ban Dân vận Huyện ủy Tuy Phong" and office["code"] == "BDVHU"
    assert office["parent"] == units["units"][0]["id"]
    assert (portal / "directives").is_dir() and not any((portal / "directives").iterdir())
    assert (portal / ".gitignore").read_text(encoding="utf-8").count("/site/") == 1
    guide = sorted(p.name for p in (portal / "content" / "huong-dan").glob("*.md"))
    assert guide == sorted(p.name for p in (REPO / "content" / "huong-dan").glob("*.md"))

    config = str(portal / "mkdocs.yml")
    code, out = _run("check", "-f", config, "--strict")
    assert code == 0, out
    code, out = _run("build", "-f", config, "--strict")
    assert code == 0, out
    site = portal / "site"
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "Bảng tin Ban Dân vận Huyện ủy" in home
    assert (site / "huong-dan" / "cac-muc" / "index.html").is_file()
    themes = list((site / "chu-de").rglob("index.html"))
    assert themes, "the current year's theme has a page"
    units_page = (site / "don-vi" / "index.html").read_text(encoding="utf-8")
    assert "Ban Dân vận Huyện ủy Tuy Phong" in units_page and "Huyện ủy Tuy Phong" in units_page


def test_a_document_of_the_new_office_is_attributed_to_it(tmp_path: Path) -> None:
    portal = tmp_path / "p"
    assert _run("init", str(portal), *OFFICE)[0] == 0
    (portal / "directives" / "2026").mkdir()
    (portal / "directives" / "2026" / "15-cv-bdvhu.md").write_text(
        "---\nnumber: 15-CV/BDVHU\ndate: 2026-03-02\nsubject: Về việc thử\nvisibility: public\n"
        "---\nNội dung.\n",
        encoding="utf-8",
    )
    code, out = _run("build", "-f", str(portal / "mkdocs.yml"), "--strict")
    assert code == 0, out
    records = json.loads((portal / "site" / "api" / "van-ban.json").read_text(encoding="utf-8"))
    text = json.dumps(records, ensure_ascii=False)
    assert "15-CV/BDVHU" in text and "ban-dan-van-huyen-uy" in text


def test_init_refuses_a_folder_with_files_and_bad_values(tmp_path: Path) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("giữ nguyên", encoding="utf-8")
    code, out = _run("init", str(taken), *OFFICE)
    assert code == 2 and "thư mục đã có tệp" in out
    assert sorted(p.name for p in taken.iterdir()) == ["notes.txt"]

    bad = [*OFFICE]
    bad[bad.index("BDVHU")] = "BDV HU"
    code, out = _run("init", str(tmp_path / "new"), *bad)
    assert code == 2 and "ký hiệu" in out and not (tmp_path / "new").exists()


def test_init_without_a_terminal_names_the_missing_option(tmp_path: Path) -> None:
    code, out = _run("init", str(tmp_path / "p"), "--short", "Ban")
    assert code == 2 and "thiếu Tên cơ quan" in out
    assert not (tmp_path / "p").exists()


def test_a_non_editable_install_builds_the_sample(tmp_path: Path) -> None:
    """`pip install .` (no -e) into a folder of its own, then the sample built with that copy."""
    source = tmp_path / "source"
    for part in ("src", "pyproject.toml", "README.md"):
        copy = shutil.copytree if (REPO / part).is_dir() else shutil.copy2
        copy(REPO / part, source / part)
    for junk in source.rglob("__pycache__"):
        shutil.rmtree(junk)
    for junk in source.rglob("*.egg-info"):
        shutil.rmtree(junk)
    target = tmp_path / "lib"
    # No build isolation and no dependencies: nothing is downloaded, the venv's setuptools builds.
    pip = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation"]
    done = subprocess.run(
        [*pip, "--target", str(target), str(source)], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert not (target / "bangtin" / "__editable__").exists()

    portal = tmp_path / "portal"
    for part in ("content", "directives", "theme", "mkdocs.yml"):
        copy = shutil.copytree if (REPO / part).is_dir() else shutil.copy2
        copy(REPO / part, portal / part)
    env = {**os.environ, "PYTHONPATH": str(target), "NO_MKDOCS_2_WARNING": "1"}
    where = subprocess.run(
        [sys.executable, "-c", "import bangtin; print(bangtin.__file__)"],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert where.stdout.startswith(str(target)), where.stdout
    built = subprocess.run(
        [sys.executable, "-m", "bangtin.cli.main", "build", "-f", str(portal / "mkdocs.yml")],
        capture_output=True, text=True, env=env, timeout=600,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    page = portal / "site" / "van-ban" / "2024" / "2078-cv-duk" / "index.html"
    assert "2078-CV/ĐUK" in page.read_text(encoding="utf-8")
    assert (portal / "site" / "assets" / "bangtin" / "search.js").is_file()

    started = subprocess.run(
        [sys.executable, "-m", "bangtin.cli.main", "init", str(tmp_path / "new"), *OFFICE],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert (tmp_path / "new" / "content" / "huong-dan" / "cac-muc.md").is_file()


def test_the_sample_carries_the_guide_that_init_writes() -> None:
    """The editors' guide is written once: the package's starter copy is the sample's."""
    starter = REPO / "src" / "bangtin" / "cli" / "starter" / "content" / "huong-dan"
    sample = REPO / "content" / "huong-dan"
    names = sorted(p.name for p in sample.glob("*.md"))
    assert names == sorted(p.name for p in starter.glob("*.md"))
    for name in names:
        assert (starter / name).read_bytes() == (sample / name).read_bytes(), (
            f"content/huong-dan/{name} differs from the starter's copy: "
            "cp content/huong-dan/*.md src/bangtin/cli/starter/content/huong-dan/"
        )
