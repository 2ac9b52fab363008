"""What one load produced (`LoadResult`), and the audience a build is for."""

from __future__ import annotations

from dataclasses import dataclass, field

from bangtin.core.model import ContentError, Directive, Registry, Visibility

__all__ = ["LoadResult", "parse_audience"]


@dataclass(slots=True)
class LoadResult:
    """What one load produced.

    Attributes:
        registry: the records the audience may see (the one thing pages are made from).
        all_directives: every directive, whatever its visibility, for the link graph only.
        errors: fatal problems; the build stops when there is any.
        warnings: problems the build recovers from (``mkdocs build --strict`` fails on them).
        pages: content pages (path relative to docs_dir -> visibility) for the audience filter.
        sources: a digest of each directive's file and of what its reading depends on (the
            record cache's key), by the record's path; work that depends on the record alone
            is kept between builds under it. A record read with attachments has none.
    """

    registry: Registry
    all_directives: tuple[Directive, ...] = ()
    errors: list[ContentError] = field(default_factory=list)
    warnings: list[ContentError] = field(default_factory=list)
    pages: dict[str, Visibility] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)


def parse_audience(value: str | None) -> Visibility:
    """Read an audience setting; only "public" and "internal" are audiences."""
    text = (value or "internal").strip().lower()
    if text == "public":
        return Visibility.PUBLIC
    if text == "internal":
        return Visibility.INTERNAL
    raise ValueError(f"đối tượng (audience) «{value}» không hợp lệ: chỉ nhận public hoặc internal")
