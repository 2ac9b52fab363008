"""Page history from git: "Cập nhật lần cuối" and each directive's list of changes.

One ``git log`` per build, parsed once into a table by file: never one git call per file, so a
portal of 10,000 directives pays for one process. Dates are git's (the author's date of each
commit), never the clock's, so two builds of the same commit are byte-identical.

Outside a git checkout (git missing, not a repository, a shallow clone whose history is cut)
there is simply no history: pages show nothing, and nothing fails.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup

from bangtin.core.model import Directive, Visibility
from bangtin.core.text import format_date, format_date_short, nfc
from bangtin.features.base import BuildContext, Feature
from bangtin.site.pages import PageSpec

__all__ = [
    "Commit",
    "History",
    "HistoryFeature",
    "history_markup",
    "read_history",
    "updated_markup",
]

# Shown on a page: the newest changes; older ones are counted, not listed.
MAX_SHOWN = 8
GIT_TIMEOUT = 120
# Separators git never writes in a name or a subject line (ASCII record/unit separators).
_RS, _US = "\x1e", "\x1f"
_FORMAT = f"{_RS}%H{_US}%aI{_US}%an{_US}%s"


@dataclass(frozen=True, slots=True, kw_only=True)
class Commit:
    """One change of a file, as git records it."""

    sha: str
    date: dt.date
    author: str
    subject: str


@dataclass(frozen=True, slots=True)
class History:
    """The commits that touched each file (paths relative to the portal's root), newest first."""

    by_path: dict[str, tuple[Commit, ...]] = field(default_factory=dict)

    def of(self, path: str) -> tuple[Commit, ...]:
        """The commits of ``path`` ("directives/2024/2078-cv-duk.md"), newest first."""
        return self.by_path.get(path.replace(os.sep, "/"), ())

    def last_updated(self, path: str) -> dt.date | None:
        """The date of the newest commit of ``path``; None when git does not know it."""
        commits = self.of(path)
        return commits[0].date if commits else None


def _git(root: Path, *args: str) -> str | None:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0"}
    try:
        done = subprocess.run(
            ["git", "-c", "core.quotePath=false", "-C", str(root), *args],
            capture_output=True,
            timeout=GIT_TIMEOUT,
            env=env,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None  # git missing or stuck: no history rather than no site
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def read_history(root: Path, paths: Iterable[str] = ("directives", "content")) -> History:
    """Read the history of every file under ``paths`` of the portal at ``root`` in one git call.

    Renames are followed: a file's commits under its earlier names count as its own.

    Args:
        root: the portal's root (it may be a subfolder of the git repository).
        paths: the folders to read, relative to ``root``.

    Returns:
        The history; empty outside a git checkout or in a shallow clone.
    """
    shallow = _git(root, "rev-parse", "--is-shallow-repository")
    if shallow is None or shallow.strip() != "false":
        # Not a repository, or a shallow clone: its oldest commit would claim every file.
        return History()
    out = _git(
        root,
        "log",
        f"--format={_FORMAT}",
        "--name-status",
        "-M",
        "--relative",
        "--no-color",
        "--",
        *paths,
    )
    if not out:
        return History()
    return parse_log(out)


def parse_log(out: str) -> History:
    """Parse ``git log --format=<_FORMAT> --name-status -M`` output (newest commit first)."""
    table: dict[str, list[Commit]] = {}
    # A file's older name -> its name now; commits are read newest first, so a rename is seen
    # before the commits made under the old name.
    current: dict[str, str] = {}
    for chunk in out.split(_RS):
        if not chunk.strip():
            continue
        header, _, files = chunk.partition("\n")
        parts = header.split(_US)
        if len(parts) != 4:
            continue
        sha, when, author, subject = parts
        try:
            date = dt.datetime.fromisoformat(when.strip()).date()
        except ValueError:
            continue
        commit = Commit(sha=sha, date=date, author=nfc(author.strip()), subject=nfc(subject))
        for line in files.split("\n"):
            fields = line.split("\t")
            if len(fields) < 2:
                continue
            status, names = fields[0], fields[1:]
            name = names[-1]
            now = current.get(name, name)
            if status.startswith("R") and len(names) == 2:
                current[names[0]] = now
            table.setdefault(now, []).append(commit)
    return History({path: tuple(commits) for path, commits in table.items()})


def updated_markup(history: History, path: str) -> Markup:
    """The "Cập nhật lần cuối: ngày 07 tháng 3 năm 2024" line of a page; empty if unknown."""
    date = history.last_updated(path)
    if date is None:
        return Markup("")
    return Markup(
        '<p class="bt-updated">Cập nhật lần cuối: <time datetime="{iso}">{text}</time></p>'
    ).format(iso=date.isoformat(), text=format_date(date))


def history_markup(history: History, path: str) -> Markup:
    """The last update and the newest changes of a directive, as a section; empty if unknown."""
    commits = history.of(path)
    if not commits:
        return Markup("")
    items = Markup("").join(
        Markup(
            '<li><time datetime="{iso}">{short}</time> · '
            '<span class="bt-history__author">{author}</span>: {subject}</li>'
        ).format(
            iso=c.date.isoformat(),
            short=format_date_short(c.date),
            author=c.author,
            subject=c.subject,
        )
        for c in commits[:MAX_SHOWN]
    )
    more = len(commits) - MAX_SHOWN
    older = (
        Markup('<p class="bt-history__more">và {n} lần sửa trước đó</p>').format(n=more)
        if more > 0
        else Markup("")
    )
    return Markup(
        '<section class="bt-history" aria-labelledby="bt-history-h">'
        '<h2 id="bt-history-h">Lịch sử cập nhật</h2>{updated}'
        '<ol class="bt-history__list">{items}</ol>{older}</section>'
    ).format(updated=updated_markup(history, path), items=items, older=older)


class HistoryFeature(Feature):
    """Adds the "history" slot to directive pages; `updated` serves editors' own pages."""

    def __init__(self, ctx: BuildContext) -> None:
        super().__init__(ctx)
        self.root = ctx.options.root
        self.history = read_history(self.root, ctx.options.folders)

    def extra_css(self) -> list[str]:
        return ["assets/bangtin/history.css"]

    def own_view(self, d: Directive) -> object:
        return self.history.of(d.path)

    def extras(self, spec: PageSpec, page_url: str) -> dict[str, Markup]:
        record = spec.record
        path = getattr(record, "path", "")
        if spec.kind != "directive" or not path or getattr(record, "stub", False):
            return {}
        if self.ctx.registry.audience is Visibility.PUBLIC:
            # Commit subjects and authors are the office's working notes ("thêm công văn mật
            # ..."): a public page shows only the date of the last change.
            html = updated_markup(self.history, path)
        else:
            html = history_markup(self.history, path)
        return {"history": html} if html else {}

    def page_footer(self, abs_src_path: str) -> Markup:
        return self.updated(abs_src_path)

    def updated(self, path: str) -> Markup:
        """The "Cập nhật lần cuối" line of any file of the portal.

        Args:
            path: the file, absolute or relative to the portal's root.
        """
        rel = Path(path)
        if rel.is_absolute():
            try:
                rel = rel.relative_to(self.root)
            except ValueError:
                return Markup("")
        return updated_markup(self.history, rel.as_posix())
