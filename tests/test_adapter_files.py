"""The adapter's small collaborators: MkDocs' files of a build (`files`), the theme's additions
(`theme`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mkdocs.structure.files import File, Files

from bangtin.adapter.errors import SiteDirRefused
from bangtin.adapter.files import drop_unshown_files, staging_site
from bangtin.adapter.theme import OVERRIDES_DIR, configure_theme
from conftest import MakeSite, directive, serve_build


@pytest.fixture
def served(make_site: MakeSite, tmp_path: Path) -> tuple[Any, Any]:
    site = make_site({"directives/2024/2078-cv-duk.md": directive()}, build=False)
    return serve_build(site, tmp_path / "served")


def test_records_hidden_pages_and_links_out_are_not_published(
    served: tuple[Any, Any], tmp_path: Path
) -> None:
    plugin, config = served
    docs = Path(config.docs_dir)
    outside = tmp_path / "ngoài.md"
    outside.write_text("# Ngoài dự án\n", encoding="utf-8")
    (docs / "liên-kết.md").symlink_to(outside)
    names = ["themes/2024.md", "units.yml", "giới-thiệu.md", "nội-bộ.md", "liên-kết.md", "ảnh.png"]
    files = Files(
        [File(n, str(docs), str(tmp_path / "out"), use_directory_urls=True) for n in names]
    )

    drop_unshown_files(
        files,
        config,
        root=plugin.root,
        visible_pages={"giới-thiệu.md", "liên-kết.md"},
        hidden_assets={"ảnh.png"},
    )

    assert [f.src_uri for f in files] == ["giới-thiệu.md"]


def test_the_theme_is_configured_once(served: tuple[Any, Any]) -> None:
    plugin, config = served
    assert config.theme.dirs.count(str(OVERRIDES_DIR)) == 1  # the build added it
    assert config.theme["font"] is False
    configure_theme(config, plugin.features, search=True)  # serve's rebuild runs it again
    assert config.theme.dirs.count(str(OVERRIDES_DIR)) == 1
    assert config.extra_css.count("assets/bangtin/bangtin.css") == 1
    assert config.extra["bangtin_search"] is True


def test_a_folder_bangtin_did_not_build_is_refused(served: tuple[Any, Any], tmp_path: Path) -> None:
    plugin, config = served
    mine = tmp_path / "của-tôi"
    mine.mkdir()
    (mine / "thư.txt").write_text("không phải trang", encoding="utf-8")
    config.site_dir = str(mine)
    with pytest.raises(SiteDirRefused):
        staging_site("build", config, root=plugin.root, directives="directives")
    assert (mine / "thư.txt").is_file()
    config.site_dir = str(tmp_path / "mới")
    staged = staging_site("build", config, root=plugin.root, directives="directives")
    assert staged is not None and staged.target == tmp_path / "mới"
    staged.abandon()
    assert staging_site("gh-deploy", config, root=plugin.root, directives="directives") is None
