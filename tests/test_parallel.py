"""Directive pages rendered in worker processes are the pages the main process would render."""

from __future__ import annotations

import shutil

from conftest import MakeSite, directive


def _files() -> dict[str, str | bytes]:
    files: dict[str, str | bytes] = {}
    for n in range(1, 13):
        body = (
            f"Thực hiện Công văn số {n - 1}-CV/ĐUK, ngày 02/01/2024.\n\n- Việc thứ {n}\n- Việc khác"
        )
        files[f"directives/2024/{n}-cv-duk.md"] = directive(
            f"{n}-CV/ĐUK", f"2024-02-{n:02d}", subject=f"Văn bản số {n}", body=body
        )
    return files


def _snapshot(site_dir) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    return {
        p.relative_to(site_dir).as_posix(): p.read_bytes()
        for p in site_dir.rglob("*")
        if p.is_file()
    }


def test_workers_write_the_same_site(make_site: MakeSite, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1735689600")
    site = make_site(_files(), plugin={"workers": 0})
    assert site.exit_code == 0, site.output
    sequential = _snapshot(site.site_dir)
    shutil.rmtree(site.site_dir)
    site = make_site(_files(), plugin={"workers": 2})
    assert site.exit_code == 0, site.output
    parallel = _snapshot(site.site_dir)
    assert sorted(parallel) == sorted(sequential)
    different = [name for name in sequential if sequential[name] != parallel[name]]
    assert different == []
    page = parallel["van-ban/2024/5-cv-duk/index.html"].decode()
    assert 'href="../4-cv-duk/"' in page and "Văn bản số 5" in page


def test_a_failing_worker_fails_the_build_and_keeps_the_site(
    make_site: MakeSite, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    site = make_site(_files(), plugin={"workers": 2})
    assert site.exit_code == 0
    before = _snapshot(site.site_dir)

    def boom(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("hỏng khi vẽ lược đồ")

    # Only directive pages draw a diagram, and with workers only the workers render them (every
    # page, not the last build's: nothing changed since).
    monkeypatch.setattr("bangtin.features.links.draw_diagram", boom)
    monkeypatch.setenv("BANGTIN_REUSE", "0")
    site.build()
    assert site.exit_code == 1
    assert "hỏng khi vẽ lược đồ" in site.output
    assert "Traceback" not in site.output
    assert _snapshot(site.site_dir) == before
    assert not list(site.root.glob("site.bangtin-*"))
