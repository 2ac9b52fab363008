"""The `bangtin` command: check, build, serve (and the editors' commands), for people, in Vietnamese.

Exit codes: 0 done, 1 content errors (or a failed build), 2 usage errors.
"""

from __future__ import annotations

import functools
import gc
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from typing import Any

import click

from bangtin.cli.editor import import_command, new_command, schema_command
from bangtin.core.load import load_project, parse_audience
from bangtin.site import progress

__all__ = ["main"]

CONFIG_OPTION = click.option(
    "-f",
    "--config-file",
    type=click.Path(dir_okay=False),
    default="mkdocs.yml",
    show_default=True,
    help="Tệp cấu hình mkdocs.yml của cổng.",
)


class _Echo(logging.Handler):
    """Prints MkDocs' and the plugin's log records as plain lines on stderr."""

    def __init__(self, verbose: bool) -> None:
        super().__init__(logging.DEBUG if verbose else logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("bangtin: "):
            message = message.removeprefix("bangtin: ")
        if record.levelno >= logging.ERROR and message.startswith("Aborted with"):
            return
        click.echo(message, err=True)


def _where(exc: BaseException) -> str:
    """``path:line: `` of the template an error came from (Jinja maps its frames to templates)."""
    filename = getattr(exc, "filename", None)
    lineno = getattr(exc, "lineno", None)
    if isinstance(filename, str) and isinstance(lineno, int):
        return f"{filename}:{lineno}: "
    frames = [
        f
        for f in traceback.extract_tb(exc.__traceback__)
        if f.filename.endswith((".html", ".xml", ".j2"))
    ]
    return f"{frames[-1].filename}:{frames[-1].lineno}: " if frames else ""


def _setup_logging(verbose: bool) -> None:
    logger = logging.getLogger("mkdocs")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    logger.addHandler(_Echo(verbose))
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    logger.propagate = False


def _project_root(config_file: str) -> Path:
    return Path(config_file).resolve().parent


def _docs_dir(config_file: str) -> str:
    """docs_dir from mkdocs.yml without loading MkDocs (check must stay fast)."""
    import yaml

    class _Loose(yaml.SafeLoader):
        pass

    # mkdocs.yml may use !ENV and Python tags for Material's extensions: ignore them here.
    _Loose.add_multi_constructor("", lambda loader, suffix, node: None)
    try:
        with open(config_file, encoding="utf-8-sig") as fh:
            data = yaml.load(fh, Loader=_Loose)
    except (OSError, yaml.YAMLError):
        return "content"
    value = data.get("docs_dir", "docs") if isinstance(data, dict) else "docs"
    return str(value) if isinstance(value, str) else "docs"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="bangtin")
def main() -> None:
    """Bảng tin: dựng cổng thông tin và bài đăng fanpage từ văn bản trong git."""


@main.command()
@CONFIG_OPTION
@click.option(
    "--audience",
    type=click.Choice(["internal", "public"]),
    help="Kiểm tra như bản dựng cho đối tượng này.",
)
@click.option("--strict", is_flag=True, help="Coi cảnh báo là lỗi.")
def check(config_file: str, audience: str | None, strict: bool) -> None:
    """Kiểm tra toàn bộ nội dung mà không dựng trang."""
    if not Path(config_file).is_file():
        raise click.UsageError(
            f"không tìm thấy {config_file}: hãy chạy lệnh trong thư mục của cổng"
        )
    root = _project_root(config_file)
    start = time.perf_counter()
    try:
        who = parse_audience(audience or os.environ.get("BANGTIN_AUDIENCE"))
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    result = load_project(root, audience=who, docs_dir=_docs_dir(config_file))
    for problem in result.errors:
        click.echo(str(problem), err=True)
    for warning in result.warnings:
        click.echo(str(warning), err=True)
    elapsed = time.perf_counter() - start
    reg = result.registry
    if result.errors or (strict and result.warnings):
        count = len(result.errors) + (len(result.warnings) if strict else 0)
        click.echo(f"Có {count} lỗi cần sửa ({elapsed:.1f} giây).", err=True)
        sys.exit(1)
    click.echo(
        f"Không có lỗi: {len(result.all_directives)} văn bản, {len(reg.themes)} chủ đề năm, "
        f"{len(reg.units)} đơn vị; {len(result.warnings)} cảnh báo ({elapsed:.1f} giây).",
        err=True,
    )


@main.command()
@CONFIG_OPTION
@click.option(
    "--audience",
    type=click.Choice(["internal", "public"]),
    help="Dựng cho đối tượng này (mặc định theo mkdocs.yml, hoặc BANGTIN_AUDIENCE).",
)
@click.option(
    "-d", "--site-dir", type=click.Path(file_okay=False), help="Thư mục đầu ra (mặc định site/)."
)
@click.option("--strict", is_flag=True, help="Dừng nếu có cảnh báo (trang cũ giữ nguyên).")
@click.option("-v", "--verbose", is_flag=True, help="In chi tiết.")
def build(
    config_file: str, audience: str | None, site_dir: str | None, strict: bool, verbose: bool
) -> None:
    """Dựng cổng vào thư mục site/; chỉ thay trang cũ khi dựng thành công."""
    if not Path(config_file).is_file():
        raise click.UsageError(
            f"không tìm thấy {config_file}: hãy chạy lệnh trong thư mục của cổng"
        )
    if audience:
        os.environ["BANGTIN_AUDIENCE"] = audience
    _setup_logging(verbose)
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    start = time.perf_counter()
    options: dict[str, Any] = {"config_file": config_file}
    if site_dir:
        options["site_dir"] = str(Path(site_dir).resolve())
    if strict:
        options["strict"] = True
    try:
        config = load_config(**options)
    except (ConfigurationError, Abort) as exc:
        click.echo(f"{config_file}: cấu hình không hợp lệ: {exc}", err=True)
        sys.exit(1)
    target = config.site_dir
    if progress.wanted() and not verbose:
        progress.enable()
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build(config)
    except (Abort, SystemExit):
        click.echo("Dựng thất bại; trang đang đăng vẫn giữ nguyên.", err=True)
        sys.exit(1)
    except Exception as exc:  # a broken theme override or a bug: one message, not a traceback
        if verbose:
            click.echo("".join(traceback.format_exception(exc)), err=True)
        click.echo(
            f"{_where(exc)}Dựng thất bại: {type(exc).__name__}: {exc}; trang đang đăng vẫn giữ "
            "nguyên (chạy lại với -v để xem chi tiết).",
            err=True,
        )
        sys.exit(1)
    finally:
        progress.current().finish()
        config.plugins.on_shutdown()
    elapsed = time.perf_counter() - start
    who = os.environ.get("BANGTIN_AUDIENCE") or "theo mkdocs.yml"
    click.echo(f"Đã dựng cổng ({who}) vào {target} trong {elapsed:.1f} giây.", err=True)


@main.command()
@CONFIG_OPTION
@click.option(
    "-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="Địa chỉ xem thử."
)
@click.option(
    "--audience", type=click.Choice(["internal", "public"]), help="Xem thử như đối tượng này."
)
def serve(config_file: str, dev_addr: str, audience: str | None) -> None:
    """Xem thử cổng trên máy (tự dựng lại khi sửa tệp; sửa văn bản chỉ dựng lại trang liên quan)."""
    if not Path(config_file).is_file():
        raise click.UsageError(
            f"không tìm thấy {config_file}: hãy chạy lệnh trong thư mục của cổng"
        )
    if audience:
        os.environ["BANGTIN_AUDIENCE"] = audience
    _setup_logging(False)
    logging.getLogger("mkdocs").handlers[0].setLevel(logging.INFO)
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        preview = Preview(config_file, dev_addr)
    except (ConfigurationError, Abort) as exc:
        click.echo(f"{config_file}: cấu hình không hợp lệ: {exc}", err=True)
        sys.exit(1)
    try:
        preview.run()
    except (Abort, PreviewFailed) as exc:
        click.echo(str(exc), err=True)
        sys.exit(1)


class PreviewFailed(Exception):
    """The first build of `bangtin serve` failed: nothing to show."""


# How often the fallback watcher looks at the files (seconds), where inotify is not available.
POLL_SECONDS = 0.5


class Preview:
    """`bangtin serve`: MkDocs' live-reload server with bangtin's incremental rebuilds.

    The first build is a full one into a temporary folder. After that an edit that touches only
    directive files goes through `BangtinPlugin.update_directives` (only the pages that show the
    changed records are rendered again); any other change (units, themes, content pages,
    mkdocs.yml, theme/) rebuilds the whole site, as `mkdocs serve` does.
    """

    def __init__(self, config_file: str, dev_addr: str) -> None:
        from urllib.parse import urlsplit

        from mkdocs.livereload import _serve_url

        self.config_file = str(Path(config_file).resolve())
        self.dev_addr = dev_addr
        self.site_dir = tempfile.mkdtemp(prefix="bangtin-serve-")
        self.config = self._load()
        self.config.plugins.on_startup(command="serve", dirty=False)
        host, port = self.config.dev_addr
        self.host, self.port = host, port
        self.mount_path = urlsplit(self.config.site_url or "/").path
        self.serve_url = _serve_url(host, port, self.mount_path)
        root = Path(self.config_file).parent
        plugin = self._plugin()
        self.directives = (root / plugin.config.directives_dir).resolve()
        self.watched = [
            self.directives,
            Path(self.config.docs_dir).resolve(),
            Path(self.config_file),
        ]
        if self.config.theme.custom_dir:
            self.watched.append(Path(self.config.theme.custom_dir).resolve())
        # Paths the watcher reported since the last build, and whether any was a folder.
        self._lock = threading.Lock()
        self._events: set[str] = set()
        self._folder_event = False
        self._built_once = False

    def _load(self) -> Any:
        from mkdocs.config import load_config

        return load_config(
            config_file=self.config_file, site_dir=self.site_dir, dev_addr=self.dev_addr
        )

    def _plugin(self) -> Any:
        return self.config.plugins["bangtin"]

    def _record(self, event: Any, server: Any) -> None:
        """The watcher's callback: remember which paths changed, and wake the server's builder."""
        if event.is_directory and event.event_type == "modified":
            return  # a folder's date changes with every file written in it
        paths = [os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if event.is_directory and event.event_type == "created":
            # A new folder (directives/2026/): its files are edits; they may be there already.
            paths = [os.path.join(d, f) for d, _, names in os.walk(paths[0]) for f in names]
        with self._lock:
            if event.is_directory and event.event_type != "created":
                self._folder_event = True  # a folder moved or deleted: its files went silently
            self._events.update(paths)
        # What LiveReloadServer.watch's own callback does (MkDocs 1.6); bangtin watches with its
        # own observer because inotify also reports reads, which would rebuild without end.
        with server._rebuild_cond:
            server._want_rebuild = True
            server._rebuild_cond.notify_all()

    def _take_events(self) -> tuple[list[str], bool]:
        with self._lock:
            events, folder = sorted(self._events), self._folder_event
            self._events, self._folder_event = set(), False
        return events, folder

    def _directive_edits(self, events: list[str]) -> list[Path] | None:
        """The directive files an edit touched, or None when something else changed too."""
        edits: list[Path] = []
        for event in events:
            path = Path(event)
            if not path.is_relative_to(self.directives):
                return None
            parts = path.relative_to(self.directives).parts
            # The loader reads only *.md outside hidden folders: editors' swap and backup files
            # there change nothing.
            if path.suffix == ".md" and not any(part.startswith(".") for part in parts):
                edits.append(path)
        return edits

    def full_build(self) -> None:
        """Build the whole site (the first build, and after any change but a directive's)."""
        from mkdocs.commands.build import build as mkdocs_build

        if self._built_once:  # a rebuild: mkdocs.yml may have changed, read it again
            self.config = self._load()
        self._built_once = True
        self.config.site_url = self.serve_url
        start = time.perf_counter()
        gc.unfreeze()  # what the last full build left may be garbage now
        mkdocs_build(self.config, serve_url=self.serve_url)
        # The build's millions of objects stay for the incremental rebuilds: out of the
        # collector's sight, so that an edit never pays a full collection over all of them
        # (a second at 10,000 directives).
        gc.collect()
        gc.freeze()
        click.echo(f"Đã dựng toàn bộ cổng trong {time.perf_counter() - start:.1f} giây.", err=True)

    def rebuild(self) -> None:
        """The server's builder: after a change, render what it touched (or everything)."""
        from mkdocs.exceptions import Abort

        events, folder = self._take_events()
        edits = None if folder else self._directive_edits(events)
        if edits is not None and not edits:
            return  # only files the loader never reads
        plugin = self._plugin()
        if edits and getattr(plugin, "_mkdocs", None) is not None:
            try:
                report = plugin.update_directives(edits)
            except Exception as exc:  # a page failed to render: rebuild everything instead
                click.echo(f"{_where(exc)}{type(exc).__name__}: {exc}; dựng lại toàn bộ.", err=True)
            else:
                if report.changed:
                    click.echo(
                        f"Đã cập nhật {len(report.rendered)} trang, xóa {len(report.removed)} "
                        f"trang sau khi sửa {', '.join(report.changed)} "
                        f"({report.seconds:.2f} giây); chỉ mục tìm kiếm và trang bài đăng cập nhật ở lần dựng đầy đủ.",
                        err=True,
                    )
                elif report.errors:
                    click.echo("Chưa cập nhật: sửa các lỗi trên; trang cũ vẫn giữ.", err=True)
                return
        try:
            self.full_build()
        except Abort:  # the reason is already printed; the next save tries again
            click.echo("Dựng thất bại; trang cũ vẫn giữ.", err=True)
        except Exception as exc:  # a broken theme override or a bug: the server keeps running
            click.echo(f"{_where(exc)}Dựng thất bại: {exc}; trang cũ vẫn giữ.", err=True)

    def run(self) -> None:
        """Build, serve, and rebuild on every change until Ctrl-C."""
        from os.path import isfile, join

        from mkdocs.exceptions import Abort
        from mkdocs.livereload import LiveReloadServer

        server = LiveReloadServer(
            builder=self.rebuild,
            host=self.host,
            port=self.port,
            root=self.site_dir,
            mount_path=self.mount_path,
            polling_interval=POLL_SECONDS,
        )

        def error_page(code: int) -> bytes | None:
            page = join(self.site_dir, f"{code}.html")
            if code in (404, 500) and isfile(page):
                with open(page, "rb") as fh:
                    return fh.read()
            return None

        server.error_handler = error_page
        from watchdog.events import FileSystemEventHandler

        handler = FileSystemEventHandler()
        handler.on_any_event = functools.partial(self._record, server=server)  # type: ignore[method-assign]
        observer = None
        try:
            try:
                self.full_build()
            except Abort as exc:
                raise PreviewFailed(f"Dựng lần đầu thất bại: {exc}") from None
            observer = _watch([p for p in self.watched if p.exists()], handler)
            click.echo(
                "Theo dõi thay đổi trong: "
                + ", ".join(
                    os.path.relpath(p, Path(self.config_file).parent) for p in self.watched
                ),
                err=True,
            )
            try:
                server.serve()  # type: ignore[no-untyped-call]
            except KeyboardInterrupt:
                click.echo("Dừng xem thử.", err=True)
            finally:
                server.shutdown()
        finally:
            if observer is not None:
                observer.stop()
                observer.join()
            self.config.plugins.on_shutdown()
            shutil.rmtree(self.site_dir, ignore_errors=True)


def _watch(paths: list[Path], handler: Any) -> Any:
    """Start watching ``paths``: with inotify where it works, else by polling as MkDocs does.

    Polling stats every watched file twice a second: with 10,000 directives that is up to a
    second of work per look on the server's two cores, and as much added to every preview.
    """
    from watchdog import events
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    # Writes, creations, deletions and renames; not the opening and reading of files.
    wanted = [
        events.FileCreatedEvent,
        events.FileDeletedEvent,
        events.FileModifiedEvent,
        events.FileMovedEvent,
        events.FileClosedEvent,
        events.DirCreatedEvent,
        events.DirDeletedEvent,
        events.DirMovedEvent,
    ]
    for make in (Observer, functools.partial(PollingObserver, timeout=POLL_SECONDS)):
        observer = make()
        try:
            for path in paths:
                observer.schedule(handler, str(path), recursive=path.is_dir(), event_filter=wanted)
            observer.start()
        except OSError:  # no inotify here, or its limits reached
            continue
        return observer
    raise click.ClickException("không theo dõi được thay đổi của tệp")


for _command in (import_command, new_command, schema_command):
    main.add_command(_command)


if __name__ == "__main__":  # python -m bangtin.cli.main.main
    main()
