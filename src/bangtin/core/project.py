"""The whole project loaded: files walked, records read, checked across files, filtered.

The audience filter (`filter_audience`) is applied here, right after loading: the one place
visibility is decided.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from pathlib import Path

from bangtin.core.attachments import DEFAULT_MAX_MB, check_files
from bangtin.core.checks import (
    check_directives,
    check_pages,
    check_practices,
    check_unique,
    check_urls,
)
from bangtin.core.fields import DIRECTIVE_FIELDS, NEWS_FIELDS, PRACTICE_FIELDS, THEME_FIELDS
from bangtin.core.model import (
    ContentError,
    Directive,
    NewsItem,
    Practice,
    Registry,
    Theme,
    Unit,
    Visibility,
)
from bangtin.core.parallel import load_records
from bangtin.core.published import unpublishable_files
from bangtin.core.read import rel_path
from bangtin.core.record_cache import RecordCache
from bangtin.core.records import (
    build_directive,
    build_news,
    build_practice,
    build_theme,
    directive_order,
)
from bangtin.core.result import LoadResult
from bangtin.core.units import code_owners, load_units
from bangtin.core.walk import (
    DIRECTIVES_DIR,
    directives_folder,
    markdown_files,
    odd_files,
    outside_links,
    twin_names,
)

__all__ = ["filter_audience", "load_project"]


def load_project(
    root: Path,
    *,
    audience: Visibility = Visibility.INTERNAL,
    docs_dir: str = "content",
    directives_dir: str = DIRECTIVES_DIR,
    later: list[Callable[[], None]] | None = None,
    attachment_max_mb: int = DEFAULT_MAX_MB,
) -> LoadResult:
    """Load every record of the project at ``root`` and filter it for ``audience``.

    ``attachment_max_mb``: the size limit of a file kept beside a directive (`attachments`).

    ``directives_dir``: the plugin's option of that name (see `directives_folder`, which
    raises ValueError for a wrong one). ``later``: where to put the writing of the record
    cache, for a caller that does it beside its own work (a build forks it); None writes it
    before returning.
    """
    root = root.resolve()
    result = LoadResult(registry=Registry(audience=audience))
    content = root / docs_dir
    directives_root = directives_folder(root, directives_dir, content)
    problems = _unreadable_files(root, directives_root, content)
    result.errors.extend(problems)
    skip = frozenset(root / e.path for e in problems)
    units = load_units(root, content, result.errors) if content / "units.yml" not in skip else []
    code_to_unit = code_owners(units)
    unit_ids = {u.id for u in units}

    directive_files = markdown_files(directives_root, skip)
    cache = RecordCache(
        root / ".cache" / "bangtin" / "records",
        salt=f"{docs_dir}|{sorted(code_to_unit.items())}",
    )
    directives: list[Directive] = load_records(
        root,
        directive_files,
        DIRECTIVE_FIELDS,
        lambda doc, data, check: build_directive(doc, data, check, code_to_unit, content),
        result,
        cache,
    )
    # The kept files are checked at every load, outside the record cache: they change apart
    # from the directive's own file.
    result.errors.extend(check_files(root, directives, attachment_max_mb * 1024 * 1024))
    save = functools.partial(cache.save, {str(p) for p in directive_files})
    if later is None:
        save()
    else:
        later.append(save)
    themes, practices, news = _load_content_records(root, content, skip, result)
    check_pages(root, content, result, skip)
    check_directives(
        directives, unit_ids, {t.year for t in themes}, result, rel_path(root, directives_root)
    )
    check_practices(practices, unit_ids, result)
    check_unique(themes, lambda t: t.year, "chủ đề năm", result)
    check_urls(practices, "mô hình", result)
    check_urls(news, "tin", result)

    result.all_directives = tuple(sorted(directives, key=directive_order))
    result.registry = filter_audience(
        audience,
        directives=result.all_directives,
        themes=themes,
        units=units,
        practices=practices,
        news=news,
    )
    result.registry.warnings = tuple(result.warnings)
    return result


def _unreadable_files(root: Path, directives_root: Path, content: Path) -> list[ContentError]:
    """Files that must not be read: links out of the project, the second of two look-alike
    names, odd files, and files that would run in the site (HTML, SVG, scripts). Each is one
    error; the rest of the project is still checked."""
    folders = (directives_root, content)
    problems = outside_links(root, folders) + twin_names(root, folders)
    problems += odd_files(root, folders, frozenset(root / e.path for e in problems))
    problems += unpublishable_files(root, content)
    return problems


def _load_content_records(
    root: Path, content: Path, skip: frozenset[Path], result: LoadResult
) -> tuple[list[Theme], list[Practice], list[NewsItem]]:
    """The themes, practices and news of docs_dir (read each time: they are few)."""
    themes: list[Theme] = load_records(
        root,
        markdown_files(content / "themes", skip),
        THEME_FIELDS,
        lambda d, x, c: build_theme(d, x),
        result,
    )
    practices: list[Practice] = load_records(
        root,
        markdown_files(content / "practices", skip),
        PRACTICE_FIELDS,
        lambda d, x, c: build_practice(d, x),
        result,
    )
    news: list[NewsItem] = load_records(
        root,
        markdown_files(content / "news", skip),
        NEWS_FIELDS,
        lambda d, x, c: build_news(d, x),
        result,
    )
    return themes, practices, news


def filter_audience(
    audience: Visibility,
    *,
    directives: Iterable[Directive],
    themes: Iterable[Theme] = (),
    units: Iterable[Unit] = (),
    practices: Iterable[Practice] = (),
    news: Iterable[NewsItem] = (),
) -> Registry:
    """The audience filter (DESIGN §4): keep only what ``audience`` may see."""
    directives = tuple(directives)
    visible = tuple(d for d in directives if d.visibility.visible_to(audience))
    hidden = frozenset(d.number.key for d in directives if not d.visibility.visible_to(audience))
    return Registry(
        directives=visible,
        themes=tuple(
            sorted((t for t in themes if t.visibility.visible_to(audience)), key=lambda t: -t.year)
        ),
        units=tuple(units),
        practices=tuple(
            sorted(
                (p for p in practices if p.visibility.visible_to(audience)),
                key=lambda p: (-p.year, p.slug),
            )
        ),
        news=tuple(
            sorted(
                (n for n in news if n.visibility.visible_to(audience)),
                key=lambda n: (-n.date.toordinal(), n.slug),
            )
        ),
        audience=audience,
        hidden_numbers=hidden - frozenset(d.number.key for d in visible),
    )
