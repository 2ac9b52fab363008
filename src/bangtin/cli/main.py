"""The `bangtin` command: check, build, serve (and the editors' commands), for people, in Vietnamese.

Exit codes: 0 done, 1 content errors (or a failed build), 2 usage errors.
"""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import click

from bangtin.cli.config_file import attachment_max_mb, config_value, directives_dir, docs_dir
from bangtin.cli.editor import new_command, schema_command
from bangtin.cli.importer import import_command
from bangtin.cli.init import init_command
from bangtin.core.load import load_project, parse_audience
from bangtin.site import progress

if TYPE_CHECKING:
    from bangtin.adapter.update import UpdateReport

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
    """Prints MkDocs' and the plugin's log records as plain lines on stderr.

    Without -v: warnings and errors, and the plugin's few summary lines (records logged with
    ``extra={"summary": True}``: what the IT staff want to know of a build, such as the size of
    the search index and how long it took).
    """

    def __init__(self, verbose: bool) -> None:
        super().__init__(logging.DEBUG if verbose else logging.INFO)
        self.verbose = verbose

    def emit(self, record: logging.LogRecord) -> None:
        if not (
            self.verbose or record.levelno >= logging.WARNING or getattr(record, "summary", False)
        ):
            return
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


def _site_state(config_file: str, site_dir: str | None) -> str:
    """What a failed build left published, said truthfully: a build that fails never touches
    the site, but there may be none yet (a first build)."""
    target = Path(site_dir) if site_dir else None
    if target is None:
        target = _project_root(config_file) / config_value(config_file, "site_dir", "site")
    if target.is_dir() and any(target.iterdir()):
        return "trang đang đăng vẫn giữ nguyên"
    return f"chưa có trang nào được đăng ở {target}"


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
    try:
        result = load_project(
            root,
            audience=who,
            docs_dir=docs_dir(config_file),
            directives_dir=directives_dir(config_file),
            attachment_max_mb=attachment_max_mb(config_file),
        )
    except ValueError as exc:  # a wrong directives_dir: mkdocs.yml's, as `build` says it
        raise click.UsageError(f"{config_file}: cấu hình không hợp lệ: {exc}") from None
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
    from bangtin.adapter.commands import build_site
    from bangtin.adapter.errors import BuildAborted, ConfigInvalid, SiteDirRefused

    start = time.perf_counter()
    try:
        target = build_site(
            config_file,
            site_dir=site_dir,
            strict=strict,
            show_progress=progress.wanted() and not verbose,
        )
    except ConfigInvalid as exc:  # a usage error: mkdocs.yml must be corrected
        click.echo(f"{config_file}: cấu hình không hợp lệ: {exc}", err=True)
        sys.exit(2)
    except SiteDirRefused:  # the reason is logged already: a usage error, nothing written
        click.echo("Chưa dựng gì; không thư mục nào bị thay đổi.", err=True)
        sys.exit(2)
    except BuildAborted:
        click.echo(f"Dựng thất bại; {_site_state(config_file, site_dir)}.", err=True)
        sys.exit(1)
    except Exception as exc:  # a broken theme override or a bug: one message, not a traceback
        if verbose:
            click.echo("".join(traceback.format_exception(exc)), err=True)
        click.echo(
            f"{_where(exc)}Dựng thất bại: {type(exc).__name__}: {exc}; "
            f"{_site_state(config_file, site_dir)} (chạy lại với -v để xem chi tiết).",
            err=True,
        )
        sys.exit(1)
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
    from bangtin.adapter.commands import serve_site
    from bangtin.adapter.errors import BuildAborted, ConfigInvalid, WatchUnavailable

    try:
        serve_site(config_file, dev_addr, _ServeMessages())
    except ConfigInvalid as exc:  # a usage error: mkdocs.yml must be corrected
        click.echo(f"{config_file}: cấu hình không hợp lệ: {exc}", err=True)
        sys.exit(2)
    except BuildAborted as exc:
        click.echo(f"Dựng lần đầu thất bại: {exc}", err=True)
        sys.exit(1)
    except WatchUnavailable:
        raise click.ClickException("không theo dõi được thay đổi của tệp") from None


# After an edit in `bangtin serve`: the posts, the calendars and the exports are written again
# when a record left the preview's audience, else at the next full build; the search index
# follows every edit (`_search_note`).
_OUTPUTS_NOW = "chỉ mục tìm kiếm, bài đăng, lịch và tệp xuất đã ghi lại"
_OUTPUTS_LATER = "trang bài đăng, lịch và tệp xuất cập nhật ở lần dựng đầy đủ"


def _search_note(search: tuple[int, int, float] | None) -> str:
    """The search index's update after an edit, as serve's report says it."""
    if search is None:
        return ""
    rewritten, files, seconds = search
    return f"; chỉ mục tìm kiếm: ghi lại {rewritten}/{files} tệp ({seconds:.2f} giây CPU)"


class _ServeMessages:
    """What `bangtin serve` prints while it runs (the adapter's `PreviewListener`)."""

    def built(self, seconds: float) -> None:
        click.echo(f"Đã dựng toàn bộ cổng trong {seconds:.1f} giây.", err=True)

    def updated(self, report: UpdateReport) -> None:
        if report.changed:
            click.echo(
                f"Đã cập nhật {len(report.rendered)} trang, xóa {len(report.removed)} "
                f"trang sau khi sửa {', '.join(report.changed)} "
                f"({report.seconds:.2f} giây); {_OUTPUTS_NOW if report.refreshed else _OUTPUTS_LATER}"
                f"{_search_note(report.search)}.",
                err=True,
            )
        elif report.errors:
            click.echo("Chưa cập nhật: sửa các lỗi trên; trang cũ vẫn giữ.", err=True)

    def update_failed(self, error: Exception) -> None:
        click.echo(f"{_where(error)}{type(error).__name__}: {error}; dựng lại toàn bộ.", err=True)

    def rebuild_failed(self, error: Exception | None) -> None:
        if error is None:  # MkDocs aborted: the reason is already printed
            click.echo("Dựng thất bại; trang cũ vẫn giữ.", err=True)
        else:
            click.echo(f"{_where(error)}Dựng thất bại: {error}; trang cũ vẫn giữ.", err=True)

    def watching(self, paths: list[str]) -> None:
        click.echo("Theo dõi thay đổi trong: " + ", ".join(paths), err=True)

    def stopped(self) -> None:
        click.echo("Dừng xem thử.", err=True)


for _command in (import_command, new_command, schema_command, init_command):
    main.add_command(_command)


def run() -> None:
    """The ``bangtin`` command: `main`, then an exit that does not free the build's objects.

    Python frees every object of the process one by one as it exits: after a build of 10,000
    directives that is a second of waiting for nothing. Every file is written and closed, every
    worker joined and the logs are flushed here, so the process ends at once. The tests call
    `main` itself, in their own process.
    """
    code = 0
    try:
        main()
    except SystemExit as exc:
        if isinstance(exc.code, int):
            code = exc.code
        elif exc.code is not None:
            print(exc.code, file=sys.stderr)
            code = 1
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":  # python -m bangtin.cli.main
    run()
