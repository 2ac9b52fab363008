"""Determinism: two clean builds of the same project are byte-identical, file by file.

Caches are removed between the builds and the second copy of the project lives in another
folder, so nothing may depend on the clock (SOURCE_DATE_EPOCH fixes the build date), on the
build folder, on dict or set order, or on a card cache. The search index (search/) is compared
like every other file. Builds in one process share a string hash seed, so two builds are also
made in two processes with different seeds: a writer that iterated a set (the search index's
terms, records and facets, feeds, sitemap) would give another order there.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hostile_support import PLUGIN, SEARCH_DIR, snapshot

from conftest import BASE_CONFIG, REPO, Site, directive

EXTRA: dict[str, str | bytes] = {
    "directives/2024/10-kh-duk.md": directive(
        "10-KH/ĐUK",
        "2024-04-01",
        subject="Kế hoạch thực hiện Công văn số 2078-CV/ĐUK",
        body="Thực hiện Công văn số 2078-CV/ĐUK ngày 07/3/2024 và Kế hoạch số 99-KH/TU.\n",
        themes="[2024]",
        tags="[dân vận khéo, chuyển đổi số, Đảng ủy]",
        tasks="\n  - {what: Báo cáo kết quả, who: doan-khoi, due: 2024-12-01}",
    ),
    "content/news/hoi-nghi.md": (
        "---\ntitle: Hội nghị sơ kết\ndate: 2024-07-01\nthemes: [2024]\nvisibility: public\n---\n\nTin.\n"
    ),
    "content/practices/vuon-rau.md": (
        "---\ntitle: Vườn rau nghĩa tình\nunit: doan-khoi\nyear: 2024\nfield: kinh tế\n"
        "visibility: public\nthemes: [2024]\n---\n\nMô tả.\n"
    ),
}


def _project(root: Path) -> Site:
    root.mkdir(parents=True)
    for folder in ("content", "directives", "theme"):
        shutil.copytree(REPO / folder, root / folder)
    cfg = {**BASE_CONFIG, "site_url": "https://bangtin.example.vn/"}
    cfg["theme"] = {**cfg["theme"], "custom_dir": "theme"}
    cfg["plugins"] = [
        {"bangtin": {**BASE_CONFIG["plugins"][0]["bangtin"], **PLUGIN, "cards": True}}
    ]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(cfg, allow_unicode=True), encoding="utf-8")
    site = Site(root)
    site.write(EXTRA)
    return site


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_two_clean_builds_are_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, audience: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")  # 2024-06-01
    first = _project(tmp_path / "a" / "portal").build(audience=audience)
    assert first.exit_code == 0, first.output
    second = _project(tmp_path / "b" / "cong").build(audience=audience)
    assert second.exit_code == 0, second.output
    one, two = snapshot(first.site_dir), snapshot(second.site_dir)
    assert sorted(one) == sorted(two)
    differ = [name for name in one if one[name] != two[name]]
    assert differ == []
    assert len(one) > 50
    search = [name for name in one if name.startswith(f"{SEARCH_DIR}/")]
    assert f"{SEARCH_DIR}/manifest.json" in search and f"{SEARCH_DIR}/facets.json" in search
    assert any(name.startswith(f"{SEARCH_DIR}/t/") for name in search)
    assert any(name.startswith(f"{SEARCH_DIR}/p/") for name in search)


def test_rebuild_in_place_is_byte_identical(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same folder, the card cache warm this time: a cached card is the card drawn anew.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    site = _project(tmp_path / "portal").build(audience="public")
    assert site.exit_code == 0, site.output
    before = snapshot(site.site_dir)
    site.build(audience="public")
    assert site.exit_code == 0, site.output
    assert snapshot(site.site_dir) == before


def _build_in_new_process(site: Site, hash_seed: str) -> dict[str, bytes]:
    # A fresh interpreter per build: the string hash seed (and so set order) differs between them.
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "SOURCE_DATE_EPOCH": "1717200000"}
    env.pop("BANGTIN_AUDIENCE", None)
    code = "from bangtin.cli.main import main; main()"
    cmd = [sys.executable, "-c", code, "build", "-f", str(site.root / "mkdocs.yml")]
    done = subprocess.run(
        [*cmd, "--audience", "internal"], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return snapshot(site.root / "site")


def test_builds_do_not_depend_on_hash_order(tmp_path: Path) -> None:
    first = _build_in_new_process(_project(tmp_path / "a" / "portal"), "1")
    second = _build_in_new_process(_project(tmp_path / "b" / "cong"), "2")
    assert f"{SEARCH_DIR}/manifest.json" in first
    assert len([name for name in first if name.startswith(f"{SEARCH_DIR}/")]) > 5
    assert sorted(first) == sorted(second)
    assert [name for name in first if first[name] != second[name]] == []
