"""`bangtin serve`: MkDocs' live-reload server, bangtin's file watcher and incremental rebuilds.

The first build is a full one into a temporary folder. After that an edit that touches only
directive files goes through `BangtinPlugin.update_directives` (only the pages that show the
changed records are rendered again); any other change (units, themes, content pages,
mkdocs.yml, theme/) rebuilds the whole site, as `mkdocs serve` does. What happens is told to a
`PreviewListener`: the CLI words it for people.
"""

from __future__ import annotations

import functools
import gc
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast
from urllib.parse import urlsplit

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.exceptions import Abort
from mkdocs.livereload import LiveReloadServer, _serve_url

from bangtin.adapter.config import load_mkdocs_config
from bangtin.adapter.errors import BuildAborted, WatchUnavailable
from bangtin.adapter.plugin import BangtinPlugin
from bangtin.adapter.update import UpdateReport

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

__all__ = ["POLL_SECONDS", "Preview", "PreviewListener"]

# How often the fallback watcher looks at the files (seconds), where inotify is not available.
POLL_SECONDS = 0.5


class PreviewListener(Protocol):
    """What a `Preview` reports while it runs."""

    def built(self, seconds: float) -> None:
        """A full build finished."""

    def updated(self, report: UpdateReport) -> None:
        """An edit of directive files was taken in (or refused: ``report.errors``)."""

    def update_failed(self, error: Exception) -> None:
        """An incremental update raised; a full build follows."""

    def rebuild_failed(self, error: Exception | None) -> None:
        """A rebuild failed and the old pages stay (None: MkDocs aborted, reasons logged)."""

    def watching(self, paths: list[str]) -> None:
        """The first build is served; these paths (relative to the project) are watched."""

    def stopped(self) -> None:
        """Ctrl-C: the server stops."""


class Preview:
    """One `bangtin serve` session: its config, temporary site folder, watcher and server."""

    def __init__(self, config_file: str, dev_addr: str, listener: PreviewListener) -> None:
        """Read mkdocs.yml and prepare the session (nothing is built yet).

        Raises:
            ConfigInvalid: mkdocs.yml cannot be loaded.
        """
        self.config_file = str(Path(config_file).resolve())
        self.dev_addr = dev_addr
        self.listener = listener
        self.site_dir = tempfile.mkdtemp(prefix="bangtin-serve-")
        try:
            self.config = self._load()
        except BaseException:
            shutil.rmtree(self.site_dir, ignore_errors=True)
            raise
        self.config.plugins.on_startup(command="serve", dirty=False)
        host, port = self.config.dev_addr
        self.host, self.port = host, port
        self.mount_path = urlsplit(self.config.site_url or "/").path
        self.serve_url = _serve_url(host, port, self.mount_path)
        root = Path(self.config_file).parent
        self.directives = (root / self._plugin().config.directives_dir).resolve()
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

    def _load(self) -> MkDocsConfig:
        return load_mkdocs_config(
            config_file=self.config_file, site_dir=self.site_dir, dev_addr=self.dev_addr
        )

    def _plugin(self) -> BangtinPlugin:
        return cast(BangtinPlugin, self.config.plugins["bangtin"])

    # --- what changed ----------------------------------------------------------------------------

    def _record(self, event: Any, server: LiveReloadServer) -> None:
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

    # --- building ----------------------------------------------------------------------------

    def full_build(self) -> None:
        """Build the whole site (the first build, and after any change but a directive's)."""
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
        self.listener.built(time.perf_counter() - start)

    def rebuild(self) -> None:
        """The server's builder: after a change, render what it touched (or everything)."""
        events, folder = self._take_events()
        edits = None if folder else self._directive_edits(events)
        if edits is not None and not edits:
            return  # only files the loader never reads
        if edits and self._update(edits):
            return
        try:
            self.full_build()
        except Abort:  # the reason is already logged; the next save tries again
            self.listener.rebuild_failed(None)
        except Exception as exc:  # a broken theme override or a bug: the server keeps running
            self.listener.rebuild_failed(exc)

    def _update(self, edits: list[Path]) -> bool:
        """Take an edit of directives incrementally; False when a full build must follow."""
        plugin = self._plugin()
        if not plugin.can_update:
            return False
        try:
            report = plugin.update_directives(edits)
        except Exception as exc:  # a page failed to render: rebuild everything instead
            self.listener.update_failed(exc)
            return False
        self.listener.updated(report)
        return True

    # --- serving ------------------------------------------------------------------------------

    def run(self) -> None:
        """Build, serve, and rebuild on every change until Ctrl-C.

        Raises:
            BuildAborted: the first build failed (there is nothing to show).
            WatchUnavailable: the files cannot be watched.
        """
        server = LiveReloadServer(
            builder=self.rebuild,
            host=self.host,
            port=self.port,
            root=self.site_dir,
            mount_path=self.mount_path,
            polling_interval=POLL_SECONDS,
        )
        server.error_handler = self._error_page
        observer = None
        try:
            try:
                self.full_build()
            except Abort as exc:
                raise BuildAborted(str(exc)) from None
            observer = watch(
                [p for p in self.watched if p.exists()],
                functools.partial(self._record, server=server),
            )
            root = Path(self.config_file).parent
            self.listener.watching([os.path.relpath(p, root) for p in self.watched])
            try:
                server.serve()  # type: ignore[no-untyped-call]
            except KeyboardInterrupt:
                self.listener.stopped()
            finally:
                server.shutdown()
        finally:
            if observer is not None:
                observer.stop()
                observer.join()
            self.config.plugins.on_shutdown()
            shutil.rmtree(self.site_dir, ignore_errors=True)

    def _error_page(self, code: int) -> bytes | None:
        """The site's own 404 (or 500) page, for the server's error responses."""
        page = os.path.join(self.site_dir, f"{code}.html")
        if code in (404, 500) and os.path.isfile(page):
            with open(page, "rb") as fh:
                return fh.read()
        return None


def watch(paths: list[Path], callback: Any) -> Any:
    """Start watching ``paths``, calling ``callback(event)`` for each change: with inotify where
    it works, else by polling as MkDocs does.

    Polling stats every watched file twice a second: with 10,000 directives that is up to a
    second of work per look on the server's two cores, and as much added to every preview.

    Raises:
        WatchUnavailable: neither way works here.
    """
    from watchdog import events
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    handler = events.FileSystemEventHandler()
    handler.on_any_event = callback  # type: ignore[method-assign]
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
    raise WatchUnavailable("no inotify and no polling observer could start")
