"""The CLI's `build` and `serve`, done with MkDocs; failures come out as the adapter's exceptions.

`bangtin build` is `mkdocs build` with the plugin's atomic publishing; `bangtin serve` is a
`serve.Preview`. The CLI catches `ConfigInvalid`, `BuildAborted` and `WatchUnavailable` (from
`errors`) and says them in Vietnamese; MkDocs' own exceptions never reach it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.exceptions import Abort

from bangtin.adapter.config import load_mkdocs_config
from bangtin.adapter.errors import BuildAborted, SiteDirRefused
from bangtin.adapter.serve import Preview, PreviewListener
from bangtin.site import progress

__all__ = ["build_site", "serve_site"]


def build_site(
    config_file: str,
    *,
    site_dir: str | None = None,
    strict: bool = False,
    show_progress: bool = False,
) -> str:
    """Build the portal; the published site is replaced only when the build succeeds.

    Args:
        config_file: the portal's mkdocs.yml.
        site_dir: the output folder instead of mkdocs.yml's.
        strict: stop on a warning, as `mkdocs build --strict`.
        show_progress: draw the progress line on the terminal.

    Returns:
        The site folder written.

    Raises:
        ConfigInvalid: mkdocs.yml cannot be loaded.
        SiteDirRefused: the site folder is not one a build may replace; nothing was written.
        BuildAborted: MkDocs stopped the build; the reasons are already logged.
        Exception: whatever a broken theme override or a bug raises, as it is.
    """
    options: dict[str, Any] = {"config_file": config_file}
    if strict:
        options["strict"] = True
    config = load_mkdocs_config(**options)
    if site_dir:
        # Set after MkDocs' checks: the plugin's own (SiteDirRefused) says more, in Vietnamese.
        config.site_dir = str(Path(site_dir).resolve())
    target = str(config.site_dir)
    if show_progress:
        progress.enable()
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    except (Abort, SystemExit) as exc:
        if isinstance(exc.__context__, SiteDirRefused):  # MkDocs aborts on any plugin error
            raise exc.__context__ from None
        raise BuildAborted(str(exc)) from None
    finally:
        progress.current().finish()
        config.plugins.on_shutdown()
    return target


def serve_site(config_file: str, dev_addr: str, listener: PreviewListener) -> None:
    """Build the portal into a temporary folder and serve it until Ctrl-C, rebuilding on edits.

    Raises:
        ConfigInvalid: mkdocs.yml cannot be loaded.
        BuildAborted: the first build failed.
        WatchUnavailable: the project's files cannot be watched.
    """
    Preview(config_file, dev_addr, listener).run()
