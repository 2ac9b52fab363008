"""Shared fixtures: real sites built in tmp_path with the real MkDocs, Material and plugin."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from bangtin.cli.main import main

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "tests" / "fixtures" / "seed" / "2078-CV-DUK.txt"

BASE_CONFIG: dict[str, Any] = {
    "site_name": "Bảng tin thử",
    "docs_dir": "content",
    "site_dir": "site",
    "theme": {"name": "material", "language": "vi", "font": False},
    "plugins": [{"bangtin": {"organisation": "Đảng ủy Khối thử", "search": False, "cards": False}}],
    "markdown_extensions": ["footnotes", "attr_list", "tables", "admonition"],
    "extra": {"generator": False},
}

UNITS = """\
units:
  - id: tinh-uy
    name: Tỉnh ủy Bình Thuận
    short: Tỉnh ủy
    code: TU
  - id: dang-uy-khoi
    name: Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh
    short: Đảng ủy Khối
    code: ĐUK
    parent: tinh-uy
  - id: ban-tgdv-duk
    name: Ban Tuyên giáo - Dân vận Đảng ủy Khối
    code: TGDVĐUK
    parent: dang-uy-khoi
  - id: doan-khoi
    name: Đoàn Khối
    parent: dang-uy-khoi
"""

HOME = "---\ntitle: Trang chủ\nvisibility: public\n---\n\n# Bảng tin thử\n"


def load_script(name: str) -> ModuleType:
    """A script of scripts/ (they are not a package) imported as the module ``name``."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def serve_build(site: Site, out: Path) -> tuple[Any, Any]:
    """Build ``site`` in this process as `bangtin serve` builds it (into ``out``): the plugin
    and MkDocs' config, kept for what a test does next (an incremental update, a page)."""
    from mkdocs.commands.build import build as mkdocs_build

    from bangtin.adapter.config import load_mkdocs_config

    config = load_mkdocs_config(config_file=str(site.root / "mkdocs.yml"), site_dir=str(out))
    config.plugins.on_startup(command="serve", dirty=False)
    mkdocs_build(config)
    return config.plugins["bangtin"], config


def directive(
    number: str = "2078-CV/ĐUK",
    date: str = "2024-03-07",
    subject: str = "Đẩy mạnh thực hiện Công văn số 189-CV/TU",
    visibility: str | None = "public",
    body: str = "Nội dung văn bản.",
    **extra: str,
) -> str:
    """A directive file's text; extra keys are written as given (YAML text)."""
    lines = ["---", f"number: {number}", f"date: {date}", f"subject: {subject}"]
    if visibility is not None:
        lines.append(f"visibility: {visibility}")
    lines.extend(f"{key}: {value}" for key, value in extra.items())
    lines.append("---")
    return "\n".join(lines) + "\n\n" + textwrap.dedent(body).strip() + "\n"


@dataclass
class Site:
    """A project in tmp_path and what building it produced."""

    root: Path
    exit_code: int = 0
    output: str = ""
    site_dir: Path = field(init=False)

    def __post_init__(self) -> None:
        self.site_dir = self.root / "site"

    def page(self, url: str) -> str:
        """The HTML of the page at a site URL like "van-ban/2024/2078-cv-duk/"."""
        path = (
            self.site_dir / url.strip("/") / "index.html"
            if not url.endswith(".html")
            else self.site_dir / url
        )
        return path.read_text(encoding="utf-8")

    def all_bytes(self) -> Iterator[tuple[Path, bytes]]:
        for path in sorted(self.site_dir.rglob("*")):
            if path.is_file():
                yield path, path.read_bytes()

    def build(self, *args: str, audience: str | None = None) -> Site:
        return _build(self, list(args), audience)

    def write(self, files: dict[str, str | bytes]) -> None:
        for rel, content in files.items():
            path = self.root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")


def _build(site: Site, args: list[str], audience: str | None) -> Site:
    runner = CliRunner()
    cmd = ["build", "-f", str(site.root / "mkdocs.yml"), *args]
    if audience:
        cmd += ["--audience", audience]
    old = os.environ.pop("BANGTIN_AUDIENCE", None)
    try:
        result = runner.invoke(main, cmd, catch_exceptions=False)
    finally:
        os.environ.pop("BANGTIN_AUDIENCE", None)
        if old is not None:
            os.environ["BANGTIN_AUDIENCE"] = old
    site.exit_code = result.exit_code
    site.output = result.output + (result.stderr if hasattr(result, "stderr") else "")
    return site


def run_build(project: Path, *, epoch: str, reuse: str = "1") -> subprocess.CompletedProcess[str]:
    """`bangtin build` of ``project`` in a process of its own, as a person runs it: the date
    fixed by ``epoch`` (SOURCE_DATE_EPOCH), page reuse as ``reuse`` (BANGTIN_REUSE)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": epoch}
    env["BANGTIN_REUSE"] = reuse
    env.pop("BANGTIN_AUDIENCE", None)
    env.pop("BANGTIN_SPLICE", None)
    return subprocess.run(
        [sys.executable, "-m", "bangtin.cli.main", "build"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


MakeSite = Callable[..., Site]


@pytest.fixture
def make_site(tmp_path: Path) -> MakeSite:
    """Build a real site: ``make_site(files={path: text}, config={...}, sample=False)``."""

    def make(
        files: dict[str, str | bytes] | None = None,
        config: dict[str, Any] | None = None,
        *,
        sample: bool = False,
        audience: str | None = None,
        build: bool = True,
        plugin: dict[str, Any] | None = None,
    ) -> Site:
        root = tmp_path / "portal"
        root.mkdir(exist_ok=True)
        cfg = {**BASE_CONFIG, **(config or {})}
        if plugin:
            cfg["plugins"] = [{"bangtin": {**BASE_CONFIG["plugins"][0]["bangtin"], **plugin}}]
        if sample:
            for folder in ("content", "directives", "theme"):
                shutil.copytree(REPO / folder, root / folder, dirs_exist_ok=True)
            cfg["theme"] = {**cfg["theme"], "custom_dir": "theme"}
        (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
        site = Site(root)
        base: dict[str, str | bytes] = (
            {} if sample else {"content/index.md": HOME, "content/units.yml": UNITS}
        )
        site.write({**base, **(files or {})})
        if build:
            site.build(audience=audience)
        return site

    return make
