"""Rendering of the portal's own HTML fragments from records, with an autoescaping Jinja2 env.

Material's templates do not escape what they print; every value that comes from front-matter is
therefore rendered here, escaped, and handed to Material as finished HTML.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import jinja2
import nh3
from markupsafe import Markup

from bangtin.core.model import Directive, Registry
from bangtin.core.text import format_date, format_date_short, sort_key

__all__ = [
    "SPLICE_ENV",
    "fragments_cached",
    "relative_url",
    "render_template",
    "safe_id",
    "safe_toc",
    "sanitize",
    "template_env",
]

#: Set to "0" to render every page the reference way: page by page with MkDocs' own builder, a
#: new Markdown converter each and no fragment reused. The test of the build's fast paths
#: compares the two.
SPLICE_ENV = "BANGTIN_SPLICE"

# What Markdown may produce in a body. Anything else (script, iframe, svg, event handlers,
# style, forms) is removed after rendering; our own trusted fragments are added afterwards.
_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "code", "col", "colgroup", "dd", "del",
    "details", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
    "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "small",
    "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "u", "ul",
}  # fmt: skip
_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height", "loading"},
    "td": {"colspan", "rowspan", "align"},
    "th": {"colspan", "rowspan", "align", "scope"},
    "ol": {"start", "type"},
    "details": {"open"},
}
_URL_SCHEMES = {"http", "https", "mailto", "tel"}


#: The ids the theme and the page scripts own: Material's all begin with "_" (``__config``,
#: whose JSON sets the site's base and features, ``__search``, ``__drawer``, ``__toc``,
#: ``__palette_0``, ``__nav_2``...), bangtin's with "bangtin" (post boxes) or "bt-" (sections).
#: The first element with an id wins ``getElementById``, and a body comes before the scripts.
RESERVED_ID_PREFIXES = ("_", "bangtin", "bt-")
#: What a body's id in the reserved space is given in front, in the page and its links alike.
BODY_ID_PREFIX = "u-"


def safe_id(value: str) -> str:
    """``value`` as an id a body may hold: one in the theme's or bangtin's space is prefixed."""
    if value.strip().lower().startswith(RESERVED_ID_PREFIXES):
        return BODY_ID_PREFIX + value
    return value


def _attribute(tag: str, attribute: str, value: str) -> str:
    # Every id (and anchor name) from a body, raw HTML, attr_list or the toc's slugger alike,
    # leaves the reserved space; a link to it within the body follows it.
    if attribute in {"id", "name"}:
        return safe_id(value)
    if attribute == "href" and value.startswith("#"):
        return "#" + safe_id(value[1:])
    return value


def sanitize(html: str) -> str:
    """Clean rendered Markdown with an allow-list: no script, handler, or javascript:/data: URL,
    no id the theme or the page scripts look up (`safe_id`)."""
    return str(
        nh3.clean(
            html,
            tags=_TAGS,
            attributes=_ATTRIBUTES,
            url_schemes=_URL_SCHEMES,
            link_rel=None,
            strip_comments=True,
            attribute_filter=_attribute,
        )
    )


def safe_toc(items: Iterable[Any]) -> None:
    """Give the headings of a page's table of contents (MkDocs' anchor links: ``id`` and
    ``children``) the ids `sanitize` gave them in the body."""
    for item in items:
        item.id = safe_id(item.id)
        safe_toc(item.children)


def relative_url(target: str, base: str) -> str:
    """URL of site-relative ``target`` as seen from the page at site-relative ``base``.

    Both are directory URLs without a leading slash ("van-ban/2024/2078-cv-duk/", "" for home).
    The site can thus be served from any sub-path of an intranet server.
    """
    base_dir = base if base.endswith("/") or not base else posixpath.dirname(base) + "/"
    if _UNUSUAL.search(target) or _UNUSUAL.search(base_dir):
        rel = posixpath.relpath("/" + target, "/" + base_dir)
    else:
        # What posixpath.relpath gives for clean paths, without its abspath and normpath: a
        # page has a few dozen links and a listing thousands, so this runs millions of times.
        to = [part for part in target.split("/") if part]
        here = [part for part in base_dir.split("/") if part]
        common = 0
        for a, b in zip(to, here, strict=False):
            if a != b:
                break
            common += 1
        rel = "/".join([".."] * (len(here) - common) + to[common:]) or "."
    if target.endswith("/") and not rel.endswith("/"):
        rel += "/"
    if rel == "./":
        return "./"
    return rel


# Segments that posixpath.relpath normalises ("." and ".." segments, a trailing "/.").
_UNUSUAL = re.compile(r"(?:^|/)\.\.?(?:/|$)")


def _date(value: dt.date | None) -> str:
    return format_date(value) if value else ""


def _short(value: dt.date | None) -> str:
    return format_date_short(value) if value else ""


def _vsorted(items: Iterable[Any], attribute: str | None = None) -> list[Any]:
    if attribute is None:
        return sorted(items, key=lambda x: sort_key(str(x)))
    return sorted(items, key=lambda x: sort_key(str(getattr(x, attribute))))


@lru_cache(maxsize=1)
def template_env() -> jinja2.Environment:
    """The package's template environment (templates ship in ``bangtin/site/templates``)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("bangtin", "site/templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["date_vn"] = _date
    env.filters["date_short"] = _short
    env.filters["vsorted"] = _vsorted
    env.globals["Markup"] = Markup
    return env


def render_template(name: str, **context: Any) -> Markup:
    """Render a package template to safe HTML."""
    return Markup(template_env().get_template(name).render(**context))


class Links:
    """URL helpers bound to the page being rendered, for templates."""

    def __init__(self, registry: Registry, page_url: str) -> None:
        self.registry = registry
        self.page_url = page_url

    def to(self, target: str) -> str:
        return relative_url(target, self.page_url)

    def directive(self, d: Directive) -> str:
        return relative_url(d.url, self.page_url)

    def row(self, d: Directive, show_issuer: bool) -> Markup:
        """``d``'s row of a listing (partials/bangtin/directive_row.html).

        A record is listed on its year's, its type's, its issuer's and every recipient's page,
        and each listing's rows are the same from every page of its depth: each row is
        rendered once per link and kept (by the record's identity, the record kept with it).
        """
        href = self.directive(d)
        units = self.registry.units  # the issuer's name comes from them
        key = (id(d), id(units), href, show_issuer)
        held = _ROWS.get(key) if fragments_cached() else None
        if held is not None and held[0] is d and held[1] is units:
            return held[2]
        html = render_template(
            "partials/bangtin/directive_row.html", d=d, links=self, show_issuer=show_issuer
        )
        if fragments_cached():
            if len(_ROWS) >= _MAX_ROWS:  # `bangtin serve` edits records for hours
                _ROWS.clear()
            _ROWS[key] = (d, units, html)
        return html

    def unit(self, ref: str) -> Markup:
        """A unit id as a link to its page; text that is not a unit id stays text."""
        unit = self.registry.unit(ref)
        if unit is None:
            return Markup("{}").format(ref) if ref else Markup("")
        href = relative_url(unit.url, self.page_url)
        return Markup('<a href="{}">{}</a>').format(href, unit.name)

    def unit_name(self, ref: str) -> str:
        return self.registry.unit_name(ref)


#: Listing rows already rendered (`Links.row`), by record and units identity, link and columns;
#: the record and units are kept with the row, so their ids cannot be taken by other objects.
_ROWS: dict[tuple[int, int, str, bool], tuple[Directive, Any, Markup]] = {}
_MAX_ROWS = 200_000


def fragments_cached() -> bool:
    """False when the environment asks for the reference, page-by-page render (SPLICE_ENV)."""
    return os.environ.get(SPLICE_ENV, "1") != "0"
