"""Fanpage posts: the plain text, card and export files a unit copies to Facebook and Zalo.

One post per channel is composed for each public record (directive, yearly theme, practice,
news item). Everything here is pure: records in, frozen ``Post`` values and file bytes out, the
same bytes for the same input (nothing depends on the clock; a post's date is its record's).

Channels and their limits (FORMATS.md, "Social platforms"):

- ``facebook``: the hook line fits in the first 125 characters (the mobile "Xem thêm" fold),
  then 2 to 4 key points, a call to action with the link, and the hashtags; the whole text aims
  at 1,000 characters at most and can never pass Facebook's 63,206.
- ``zalo`` (Official Account article): title at most 150 characters, description at most 300,
  then the body text and the link.

Characters are counted as Unicode code points of the NFC text, as both platforms count them.

Export files written by :func:`write_exports` under ``bai-dang/``:

- ``SLUG-CHANNEL.txt``: the text of one post, UTF-8, ending with a newline.
- ``posts.json``: a list of objects with ``channel``, ``source`` (the directive number, the
  theme year, the practice or news slug), ``kind``, ``slug``, ``title``, ``description``,
  ``text``, ``hook``, ``hashtags``, ``themes``, ``url`` (the portal page), ``image`` (the card,
  site-relative), ``image_url`` (absolute when the site URL is known) and ``publish_on``
  (ISO date).
- ``posts.csv``: for bulk schedulers (Meta Business Suite, Buffer and the like), UTF-8 with a
  byte-order mark so Excel reads Vietnamese correctly, CRLF line ends, one header row. Columns:
  ``date`` (publish date, YYYY-MM-DD), ``channel`` (facebook or zalo), ``text`` (the full text
  to post, line breaks kept inside quotes), ``link`` (the portal page), ``image_url`` (the card;
  absolute when the site URL is known), ``title`` (the post's title, Zalo's title field).
- ``feed.xml``: RSS 2.0 of the posts, newest first.

All lists are sorted newest first, then by source, then by channel.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Final, Literal
from xml.sax.saxutils import escape as xml_escape

from bangtin.core.model import (
    Directive,
    NewsItem,
    PostSpec,
    Practice,
    Registry,
    Theme,
    Visibility,
    fast_pickling,
)
from bangtin.core.plain import CONTROL as _CONTROL
from bangtin.core.plain import ELLIPSIS as _ELLIPSIS
from bangtin.core.plain import clip, plain_line, plain_text
from bangtin.core.spreadsheet import csv_text
from bangtin.core.text import fold, format_date, format_date_short, nfc, sort_key
from bangtin.features.base import OutputFile
from bangtin.features.posts.cards import DEFAULT_COLOR, CardSpec

__all__ = [
    "CARDS_DIR",
    "CHANNELS",
    "CSV_COLUMNS",
    "FACEBOOK_FOLD",
    "FACEBOOK_LIMIT",
    "FACEBOOK_TARGET",
    "POSTS_DIR",
    "ZALO_DESCRIPTION_LIMIT",
    "ZALO_TEXT_LIMIT",
    "ZALO_TITLE_LIMIT",
    "Post",
    "PostOptions",
    "PostRecord",
    "card_spec",
    "clip",
    "clip_lines",
    "compose_posts",
    "hashtag",
    "plain_line",
    "plain_text",
    "post_order",
    "post_stem",
    "posts_csv",
    "posts_json",
    "posts_rss",
    "sorted_posts",
    "write_exports",
]

Channel = Literal["facebook", "zalo"]
PostRecord = Directive | Theme | Practice | NewsItem

CHANNELS: Final[tuple[Channel, ...]] = ("facebook", "zalo")
FACEBOOK_FOLD: Final = 125
FACEBOOK_LIMIT: Final = 63_206
FACEBOOK_TARGET: Final = 1_000
ZALO_TITLE_LIMIT: Final = 150
ZALO_DESCRIPTION_LIMIT: Final = 300
# Zalo states no limit on an article's body; ours keeps a pasted text short enough to read.
ZALO_TEXT_LIMIT: Final = 2_000
MAX_HASHTAGS: Final = 5
POSTS_DIR: Final = "bai-dang"
CARDS_DIR: Final = f"{POSTS_DIR}/the"
#: The newest posts that /bai-dang/ shows and feed.xml carries: a feed reader and an officer
#: posting this week's items want these (all 20,000 posts of 10,000 directives made a 62 MB
#: page and a 22 MB feed); posts.json and posts.csv keep every post.
PAGE_POSTS: Final = 200
FEED_ITEMS: Final = 200

# A point longer than this is cut at a word; shorter limits are tried until the text fits the aim.
_POINT_LENGTHS = (180, 140, 110, 80)
_LEAD_LIMIT = 300
_MAX_POINTS = 4
_HASHTAG_LIMIT = 60
# Vietnam has one time zone and no daylight saving; RSS dates need one.
_VN_TZ = dt.timezone(dt.timedelta(hours=7))


@dataclass(frozen=True, slots=True, kw_only=True)
class PostOptions:
    """How posts are written; set from the plugin's ``post_*`` options.

    Attributes:
        org_hashtag: the organisation's hashtag ("ĐảngỦyKhối"), always kept among the five.
        org_name: the organisation's name, shown on cards.
        emoji: put a few emoji in the text (one before the hook, the points and the link).
        cta: the call to action before the link.
        channels: the channels to write, unless a record's ``post.channels`` narrows them.
        target_length: the length a Facebook text aims at; points are shortened to meet it.
    """

    org_hashtag: str = ""
    org_name: str = ""
    emoji: bool = False
    cta: str = "Xem chi tiết tại:"
    channels: tuple[str, ...] = CHANNELS
    target_length: int = FACEBOOK_TARGET


@fast_pickling
@dataclass(frozen=True, slots=True, kw_only=True)
class Post:
    """One ready-to-paste post for one channel.

    Attributes:
        channel: "facebook" or "zalo".
        kind: "directive", "theme", "practice" or "news".
        source: the directive number ("2078-CV/ĐUK"), theme year ("2024") or practice/news slug.
        slug: the export file stem, ``STEM-CHANNEL`` ("van-ban-2024-2078-cv-duk-facebook").
        title: at most 150 characters (Zalo's title; the RSS title and og:title).
        description: at most 300 characters (Zalo's description; og:description).
        text: the full plain text to paste.
        hook: the first line (Facebook: at most 125 characters).
        points: the key points as plain text.
        hashtags: at most five, each with its "#".
        url: the portal page, absolute when the site URL is known, else site-relative.
        page_url: the portal page, always site-relative ("van-ban/2024/2078-cv-duk/").
        image: the card, site-relative ("bai-dang/the/van-ban-2024-2078-cv-duk.png").
        image_alt: the card's alternative text.
        publish_on: the date to publish (the record's own date unless ``post.publish_on``).
        themes: the yearly themes the record serves (for filtering).
    """

    channel: Channel
    kind: str
    source: str
    slug: str
    title: str
    description: str
    text: str
    hook: str
    points: tuple[str, ...]
    hashtags: tuple[str, ...]
    url: str
    page_url: str
    image: str
    image_alt: str
    publish_on: dt.date
    themes: tuple[int, ...]

    @property
    def length(self) -> int:
        """Characters in ``text`` as the platforms count them."""
        return len(self.text)

    @property
    def limit(self) -> int:
        """The channel's hard limit on ``text``."""
        return FACEBOOK_LIMIT if self.channel == "facebook" else ZALO_TEXT_LIMIT

    @property
    def fold_at(self) -> int | None:
        """Where the channel folds the text behind "Xem thêm" (Facebook mobile), else None."""
        return FACEBOOK_FOLD if self.channel == "facebook" else None

    @property
    def first_line(self) -> str:
        return self.text.split("\n", 1)[0]

    @property
    def publish_on_text(self) -> str:
        """The publish date as tables write it: "07/3/2024"."""
        return format_date_short(self.publish_on)

    @property
    def channel_label(self) -> str:
        return {"facebook": "Facebook", "zalo": "Zalo OA"}[self.channel]


def compose_posts(
    record: PostRecord,
    *,
    registry: Registry,
    site_url: str = "",
    options: PostOptions | None = None,
) -> tuple[Post, ...]:
    """Compose one post per channel for ``record``; nothing for a record that is not public.

    The audience filter already drops non-public records from a public build; posts check again
    because a post is made to leave the portal (defence in depth).

    Args:
        record: a directive, theme, practice or news item.
        registry: the build's registry (theme hashtags and colours, unit names).
        site_url: the portal's address ("https://bangtin.example.vn/"); empty for relative links.
        options: how to write; the defaults when None.

    Returns:
        The posts, in the order of ``CHANNELS``; empty when the record is not public or a
        stub, or when its ``post.channels`` names no known channel.
    """
    options = options or PostOptions()
    spec = record.post or PostSpec()
    channels = _channels(record, spec, options)
    if not channels:
        return ()

    parts = _parts(record, registry=registry, spec=spec)
    stem = post_stem(record)
    url = _absolute(site_url, record.url)
    hashtags = _hashtags(record, registry=registry, spec=spec, options=options)
    publish_on = spec.publish_on or _record_date(record)
    themes = _served_themes(record)
    image = f"{CARDS_DIR}/{stem}.png"
    title = clip(spec.hook or parts.title, ZALO_TITLE_LIMIT)
    description = clip(parts.lead or parts.title, ZALO_DESCRIPTION_LIMIT)
    image_alt = clip(plain_line(spec.image_alt) or parts.title, ZALO_DESCRIPTION_LIMIT)

    posts: list[Post] = []
    for channel in channels:
        hook, text, points = _channel_text(
            channel,
            parts,
            spec,
            title=title,
            description=description,
            url=url,
            hashtags=hashtags,
            options=options,
        )
        posts.append(
            Post(
                channel=channel,
                kind=_kind(record),
                source=_source(record),
                slug=f"{stem}-{channel}",
                title=title,
                description=description,
                text=text,
                hook=hook,
                points=points,
                hashtags=hashtags,
                url=url,
                page_url=record.url,
                image=image,
                image_alt=image_alt,
                publish_on=publish_on,
                themes=themes,
            )
        )
    return tuple(posts)


def _channels(record: PostRecord, spec: PostSpec, options: PostOptions) -> tuple[Channel, ...]:
    """The channels ``record`` is posted to, in the order of ``CHANNELS``: none for a record
    that is not public or a stub, else those its ``post.channels`` (or the options) name."""
    if record.visibility is not Visibility.PUBLIC:
        return ()
    if isinstance(record, Directive) and record.stub:
        return ()
    wanted = spec.channels or options.channels
    return tuple(c for c in CHANNELS if c in wanted)


def _channel_text(
    channel: Channel,
    parts: _Parts,
    spec: PostSpec,
    *,
    title: str,
    description: str,
    url: str,
    hashtags: tuple[str, ...],
    options: PostOptions,
) -> tuple[str, str, tuple[str, ...]]:
    """One channel's hook, text and points: Facebook's hook above its fold, Zalo's title."""
    if channel == "facebook":
        hook = clip(spec.hook or parts.hook, FACEBOOK_FOLD)
        text, points = _facebook_text(
            hook=hook,
            lead=parts.lead if (parts.lead and parts.lead != hook) else "",
            points=parts.points,
            url=url,
            hashtags=hashtags,
            options=options,
        )
        return hook, text, points
    text, points = _zalo_text(
        description=description,
        points=parts.points,
        url=url,
        hashtags=hashtags,
        options=options,
    )
    return title, text, points


def card_spec(
    record: PostRecord, *, registry: Registry, options: PostOptions | None = None
) -> CardSpec:
    """The card of ``record``'s posts (one card serves every channel of a record).

    Args:
        record: a public directive, theme, practice or news item.
        registry: the build's registry (theme colours, unit names).
        options: the organisation's name for the card's band.

    Returns:
        The spec to pass to :func:`bangtin.features.posts.cards.render_card`.
    """
    options = options or PostOptions()
    color = DEFAULT_COLOR
    for year in sorted(_served_themes(record), reverse=True):
        theme = registry.theme(year)
        if theme is not None and theme.visibility is Visibility.PUBLIC:
            color = theme.color
            break
    org = plain_line(options.org_name)
    if isinstance(record, Directive):
        return CardSpec(
            title=plain_line(record.subject) or record.title,
            subtitle=f"{record.title} · {format_date(record.date)}",
            org=org or plain_line(registry.unit_name(record.issuer)),
            badge=record.type.value,
            color=color,
        )
    if isinstance(record, Theme):
        return CardSpec(
            title=plain_line(record.title),
            subtitle=_theme_source_line(record),
            org=org,
            badge=f"Chủ đề năm {record.year}",
            color=record.color,
        )
    if isinstance(record, Practice):
        return CardSpec(
            title=plain_line(record.title),
            subtitle=f"{plain_line(registry.unit_name(record.unit))} · năm {record.year}",
            org=org,
            badge="Mô hình, điển hình, cách làm hay",
            color=color,
        )
    return CardSpec(
        title=plain_line(record.title),
        subtitle=format_date(record.date),
        org=org,
        badge="Tin tức",
        color=color,
    )


def post_stem(record: PostRecord) -> str:
    """The file stem of a record's posts and card: its page URL with "/" turned into "-".

    Page URLs are unique, so stems are too, even for one number reused in another year
    ("van-ban-2024-2078-cv-duk", "chu-de-2024", "mo-hinh-2024-SLUG", "tin-tuc-2024-SLUG").
    """
    return record.url.strip("/").replace("/", "-")


# --- composition -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Parts:
    title: str
    hook: str
    lead: str
    points: tuple[str, ...]


def _parts(record: PostRecord, *, registry: Registry, spec: PostSpec) -> _Parts:
    raw_items, raw_paragraphs = _read_body(record.body)

    # Converting Markdown is most of the cost; only what the post uses is converted.
    def paragraphs() -> Iterator[str]:
        return (p for p in map(plain_text, raw_paragraphs) if p)

    summary = plain_line(record.summary)
    name = plain_line(record.subject if isinstance(record, Directive) else record.title)
    if isinstance(record, Directive):
        title = f"{record.title}: {name}" if name else record.title
        issuer = plain_line(registry.unit_name(record.issuer)) if record.issuer else ""
        byline = f"{issuer} ban hành {format_date(record.date)}" if issuer else ""
        if summary:
            lead = summary
        elif len(title) > FACEBOOK_FOLD and name:
            # The hook is cut at the fold: give the whole subject right under it.
            lead = f"{byline}: {name}" if byline else name
        else:
            lead = f"{byline}." if byline else ""
    elif isinstance(record, Theme):
        title = f"Chủ đề năm {record.year}: “{name}”" if name else f"Chủ đề năm {record.year}"
        lead = summary or next(paragraphs(), "")
    elif isinstance(record, Practice):
        unit = plain_line(registry.unit_name(record.unit))
        title = f"Mô hình “{name}”" + (f" của {unit}" if unit else "")
        lead = summary or plain_line(record.results) or next(paragraphs(), "")
    else:
        title = name
        lead = summary or next(paragraphs(), "")
    lead = clip(lead, _LEAD_LIMIT)

    points = tuple(p for p in map(plain_line, spec.points) if p) or _first(
        (p for p in map(_point, raw_items) if p), _MAX_POINTS
    )
    if not points:
        # A body without a list: its paragraphs, except the lead and any that repeats the title.
        name_key = fold(name)
        points = _first(
            (
                _point(p)
                for p in paragraphs()
                if clip(p, _LEAD_LIMIT) != lead and not (name_key and name_key in fold(p))
            ),
            _MAX_POINTS,
        )
    return _Parts(title=title, hook=title, lead=lead, points=points)


_FENCE = re.compile(r"^\s*(```|~~~)")
_LIST_ITEM = re.compile(r"^(?P<indent>\s*)(?:[-*+]|\d{1,3}[.)])\s+(?P<text>\S.*)$")
_FOOTNOTE_DEF = re.compile(r"^\s*\[\^[^\]]+\]:")
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|>|!!!|\?\?\?|\||---|\*\*\*|___)")


def _first(values: Iterable[str], count: int) -> tuple[str, ...]:
    return tuple(itertools.islice(values, count))


def _read_body(body: str) -> tuple[list[str], list[str]]:
    """The list items that make the key points, and the paragraphs, of a Markdown body, as
    Markdown (converted to plain text by the caller, only as far as it needs).

    Leaf items are preferred: a numbered item that only introduces sub-items ("trong đó, tập
    trung ...:") says less than the sub-items themselves.
    """
    items: list[tuple[int, str]] = []
    paragraphs: list[str] = []
    current: int | None = None  # index of the list item that a following line continues
    in_fence = False
    paragraph: list[str] = []
    for raw in nfc(body).splitlines():
        if _FENCE.match(raw):
            in_fence = not in_fence
            current = None
            continue
        if in_fence or _FOOTNOTE_DEF.match(raw):
            current = None
            if paragraph:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
            continue
        line = raw.expandtabs(4)
        if match := _LIST_ITEM.match(line):
            items.append((len(match["indent"]), match["text"]))
            current = len(items) - 1
            if paragraph:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
            continue
        if not line.strip():
            current = None
            if paragraph:
                paragraphs.append(" ".join(paragraph))
                paragraph = []
            continue
        if current is not None and not _BLOCK_START.match(line):
            # A lazy continuation line of the current list item.
            indent, text = items[current]
            items[current] = (indent, f"{text} {line.strip()}")
            continue
        if not _BLOCK_START.match(line):
            paragraph.append(line.strip())
    if paragraph:
        paragraphs.append(" ".join(paragraph))

    leaves = [
        text
        for i, (indent, text) in enumerate(items)
        if not (i + 1 < len(items) and items[i + 1][0] > indent)
    ]
    chosen = leaves if len(leaves) >= 2 else [text for _indent, text in items]
    return chosen, paragraphs


def _point(markdown: str) -> str:
    """A key point: the item's first clause when that says enough, as plain text."""
    text = plain_text(markdown).rstrip(" ;:./")
    for separator in ("; ", ". "):
        head, found, _rest = text.partition(separator)
        if found and len(head) >= 30:
            return head
    return text


def _facebook_text(
    *,
    hook: str,
    lead: str,
    points: tuple[str, ...],
    url: str,
    hashtags: tuple[str, ...],
    options: PostOptions,
) -> tuple[str, tuple[str, ...]]:
    opener = "📢 " if options.emoji else ""
    # The emoji counts towards the fold: shorten the hook, never push it past 125.
    hook_line = opener + clip(hook, FACEBOOK_FOLD - len(opener))
    best = ""
    best_points: tuple[str, ...] = ()
    for count in (4, 3, 2):
        for length in _POINT_LENGTHS:
            chosen = tuple(clip(p, length) for p in points[:count])
            text = _assemble(
                hook_line,
                lead,
                chosen,
                url,
                hashtags,
                options,
                bullet="✅ " if options.emoji else "• ",
            )
            best, best_points = text, chosen
            if len(text) <= options.target_length:
                return text, chosen
    # Even the shortest form is over the aim (a very long site URL or lead): drop the lead.
    text = _assemble(hook_line, "", best_points, url, hashtags, options, bullet="• ")
    if len(text) <= options.target_length or len(text) < len(best):
        best = text
    return clip_lines(best, FACEBOOK_LIMIT), best_points


def _zalo_text(
    *,
    description: str,
    points: tuple[str, ...],
    url: str,
    hashtags: tuple[str, ...],
    options: PostOptions,
) -> tuple[str, tuple[str, ...]]:
    chosen = tuple(clip(p, _POINT_LENGTHS[0]) for p in points[:4])
    text = _assemble("", description, chosen, url, hashtags, options, bullet="• ")
    return clip_lines(text, ZALO_TEXT_LIMIT), chosen


def _assemble(
    hook: str,
    lead: str,
    points: tuple[str, ...],
    url: str,
    hashtags: tuple[str, ...],
    options: PostOptions,
    *,
    bullet: str,
) -> str:
    blocks: list[str] = []
    if hook:
        blocks.append(hook)
    if lead:
        blocks.append(lead)
    if points:
        blocks.append("\n".join(bullet + p for p in points))
    cta = plain_line(options.cta)
    pointer = "👉 " if options.emoji else ""
    blocks.append(f"{pointer}{cta}\n{url}" if cta else f"{pointer}{url}")
    if hashtags:
        blocks.append(" ".join(hashtags))
    return "\n\n".join(blocks)


def clip_lines(text: str, limit: int) -> str:
    """Multi-line ``text`` cut to ``limit`` characters at a word, keeping its line breaks."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(_ELLIPSIS) + 1]
    cut = max(head.rfind(" "), head.rfind("\n"))
    head = head[:cut] if cut > 0 else text[: limit - len(_ELLIPSIS)]
    return head.rstrip() + _ELLIPSIS


# --- hashtags --------------------------------------------------------------------------------


def hashtag(text: str) -> str:
    """``text`` as a hashtag that keeps its diacritics: "dân vận khéo" -> "#DânVậnKhéo".

    Words written apart are joined in title case; a word already written together
    ("ChỉnhTrangĐôThị") keeps its own capitals. Punctuation is dropped. Returns "" when nothing
    usable is left (only digits, or longer than 60 characters).

    >>> hashtag("mạng xã hội")
    '#MạngXãHội'
    """
    words = re.split(r"[^\w]+", nfc(text).lstrip("#"))
    joined = "".join(w[:1].upper() + w[1:] for w in words if w)
    joined = "".join(ch for ch in joined if ch.isalnum() or ch == "_")
    if not joined or joined.isdigit() or len(joined) > _HASHTAG_LIMIT:
        return ""
    return "#" + joined


def _hashtags(
    record: PostRecord, *, registry: Registry, spec: PostSpec, options: PostOptions
) -> tuple[str, ...]:
    org = hashtag(options.org_hashtag) if options.org_hashtag else ""
    if spec.hashtags:
        candidates: list[str] = list(spec.hashtags)
    else:
        theme_tags: list[tuple[str, ...]] = []
        if isinstance(record, Theme):
            theme_tags.append(record.hashtags)
        else:
            for year in sorted(_served_themes(record), reverse=True):
                theme = registry.theme(year)
                # Only a public theme's hashtags: an internal build's registry holds others too.
                if theme is not None and theme.visibility is Visibility.PUBLIC:
                    theme_tags.append(theme.hashtags)
        # The first (canonical) hashtag of each theme, then the record's tags, then the rest:
        # with five places, every theme and the record's own subject are represented.
        candidates = [tags[0] for tags in theme_tags if tags]
        candidates += list(record.tags) if not isinstance(record, Theme) else []
        candidates += [tag for tags in theme_tags for tag in tags[1:]]
    room = MAX_HASHTAGS - (1 if org else 0)
    chosen: list[str] = []
    seen = {_hashtag_key(org)} if org else set()
    for candidate in candidates:
        tag = hashtag(candidate)
        key = _hashtag_key(tag)
        if tag and key not in seen and len(chosen) < room:
            seen.add(key)
            chosen.append(tag)
    if org:
        chosen.append(org)
    return tuple(chosen)


def _hashtag_key(tag: str) -> str:
    return fold(tag.lstrip("#"))


# --- records ---------------------------------------------------------------------------------


def _kind(record: PostRecord) -> str:
    if isinstance(record, Directive):
        return "directive"
    if isinstance(record, Theme):
        return "theme"
    if isinstance(record, Practice):
        return "practice"
    return "news"


def _source(record: PostRecord) -> str:
    if isinstance(record, Directive):
        return str(record.number)
    if isinstance(record, Theme):
        return str(record.year)
    return record.slug


def _record_date(record: PostRecord) -> dt.date:
    if isinstance(record, Directive | NewsItem):
        return record.date
    # Themes and practices carry a year only: the first of January keeps them in year order.
    return dt.date(record.year, 1, 1)


def _served_themes(record: PostRecord) -> tuple[int, ...]:
    if isinstance(record, Theme):
        return (record.year,)
    return tuple(sorted(set(record.themes)))


def _theme_source_line(theme: Theme) -> str:
    if theme.source is not None:
        return f"Theo văn bản số {theme.source}"
    return f"Năm {theme.year}"


def _absolute(site_url: str, path: str) -> str:
    if not site_url:
        return path
    return site_url.rstrip("/") + "/" + path.lstrip("/")


# --- exports ---------------------------------------------------------------------------------


def sorted_posts(
    posts: Iterable[Post], keys: dict[str, tuple[Any, ...]] | None = None
) -> list[Post]:
    """Posts newest first, then by source (Vietnamese order), then by channel and slug.

    ``keys``: each source's sort key, kept by the caller across calls (`bangtin serve`); a
    source's channels share one key either way.
    """
    keys = {} if keys is None else keys

    def rest(p: Post) -> tuple[Any, ...]:
        key = keys.get(p.source)
        if key is None:
            key = keys[p.source] = sort_key(p.source)
        return (key, p.channel, p.slug)

    by_rest = sorted(posts, key=rest)
    return sorted(by_rest, key=lambda p: p.publish_on, reverse=True)


def post_order(post: Post, keys: dict[str, tuple[Any, ...]]) -> tuple[Any, ...]:
    """`sorted_posts`' order as one ascending key (newest first, then by source, channel and
    slug), with ``keys`` as there: to put a post in where it sorts."""
    key = keys.get(post.source)
    if key is None:
        key = keys[post.source] = sort_key(post.source)
    return (-post.publish_on.toordinal(), key, post.channel, post.slug)


def export_files(ordered: Sequence[Post], *, site_url: str = "") -> dict[str, OutputFile]:
    """The export files under ``bai-dang/``, in a stable order, each with what it is made of:
    a post's text file of its text; ``posts.json`` and ``posts.csv`` of every post; ``feed.xml``
    of the newest `FEED_ITEMS`. ``ordered`` is `sorted_posts`'s order."""
    files = {
        f"{POSTS_DIR}/{p.slug}.txt": OutputFile(p.text, functools.partial(_text_file, p.text))
        for p in ordered
    }
    every = (tuple(ordered), site_url)
    for name, key, make in (
        ("posts.json", every, posts_json),
        ("posts.csv", every, posts_csv),
        ("feed.xml", (tuple(ordered[:FEED_ITEMS]), site_url), posts_rss),
    ):
        files[f"{POSTS_DIR}/{name}"] = OutputFile(
            key, functools.partial(make, ordered, site_url=site_url)
        )
    return files


def _text_file(text: str) -> bytes:
    return (text + "\n").encode("utf-8")


def write_exports(posts: Sequence[Post], out_dir: Path, *, site_url: str = "") -> list[Path]:
    """Write the posts' text files, ``posts.json``, ``posts.csv`` and ``feed.xml``
    (`export_files`) under ``out_dir / "bai-dang"``; the paths written, in a stable order."""
    (out_dir / POSTS_DIR).mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for rel, file in export_files(sorted_posts(posts), site_url=site_url).items():
        path = out_dir / rel
        path.write_bytes(file.data())
        written.append(path)
    return written


def posts_json(ordered: Sequence[Post], *, site_url: str = "") -> bytes:
    """``posts.json``: the posts (in `sorted_posts`' order) as a JSON list (see the module
    docstring), as ``json.dumps(rows, ensure_ascii=False, indent=2)`` writes it."""
    if not ordered:
        return b"[]\n"
    objects = _kept_bytes(_POST_BYTES, ordered, site_url, lambda p: _post_json(p, site_url))
    return b"[\n" + b",\n".join(objects) + b"\n]\n"


# id(post) -> (the post, kept alive so that its id is not reused; the site's address; its bytes
# in the file): the last call's, for the next (`_kept_bytes`).
_Kept = dict[int, tuple[Post, str, bytes]]
_POST_BYTES: _Kept = {}
_CSV_BYTES: _Kept = {}


def _kept_bytes(
    kept: _Kept, ordered: Sequence[Post], site_url: str, make: Callable[[Post], str]
) -> list[bytes]:
    """Each post's part of a file as bytes, ``kept``'s where the post is the same object and
    the site's address the same (`bangtin serve` keeps the posts of the records an edit left):
    30 MB of posts.json at 10,000 directives are joined, not encoded again; ``kept`` is left
    holding this call's."""
    fresh: _Kept = {}
    out = []
    for p in ordered:
        held = kept.get(id(p))
        if held is None or held[0] is not p or held[1] != site_url:
            held = (p, site_url, make(p).encode("utf-8"))
        fresh[id(p)] = held
        out.append(held[2])
    kept.clear()
    kept.update(fresh)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _post_json(p: Post, site_url: str) -> str:
    """One post's object in ``posts.json``, indented as in the list. Kept by post: `bangtin
    serve` writes the file again when a record leaves the view, with every other post as it
    was (16,000 posts at 10,000 directives: a second to encode)."""
    row = {
        "channel": p.channel,
        "kind": p.kind,
        "source": p.source,
        "slug": p.slug,
        "title": p.title,
        "description": p.description,
        "text": p.text,
        "hook": p.hook,
        "hashtags": list(p.hashtags),
        "themes": list(p.themes),
        "url": p.url,
        "image": p.image,
        "image_url": _absolute(site_url, p.image),
        "publish_on": p.publish_on.isoformat(),
    }
    return _indented_json([row])[2:-2]


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _indented_json(rows: list[dict[str, Any]]) -> str:
    """``json.dumps(rows, ensure_ascii=False, indent=2)`` for a list of flat objects whose values
    are scalars or lists of scalars, with the C encoder: the standard library's indenting
    encoder is pure Python (a second of the build at 10,000 directives)."""
    if not rows:
        return "[]"

    def value(v: Any) -> str:
        if isinstance(v, list):
            if not v:
                return "[]"
            return "[\n" + ",\n".join("      " + _ENCODE(x) for x in v) + "\n    ]"
        return _ENCODE(v)

    objects = (
        "  {\n" + ",\n".join(f"    {_ENCODE(k)}: {value(v)}" for k, v in row.items()) + "\n  }"
        if row
        else "  {}"
        for row in rows
    )
    return "[\n" + ",\n".join(objects) + "\n]"


CSV_COLUMNS: Final = ("date", "channel", "text", "link", "image_url", "title")


def posts_csv(ordered: Sequence[Post], *, site_url: str = "") -> bytes:
    """``posts.csv`` of the posts (in `sorted_posts`' order) for bulk schedulers: UTF-8 with
    BOM, CRLF (see the module docstring); cells escaped by OWASP's rule (`csv_text`)."""
    lines = _kept_bytes(_CSV_BYTES, ordered, site_url, lambda p: _post_csv(p, site_url))
    return "\ufeff".encode() + csv_text(CSV_COLUMNS, ()).encode("utf-8") + b"".join(lines)


@functools.lru_cache(maxsize=1 << 16)
def _post_csv(p: Post, site_url: str) -> str:
    """One post's line of ``posts.csv`` (`csv_text` writes each row on its own line). Kept by
    post, as `_post_json`: `bangtin serve` writes the file again when a record leaves the view,
    with every other post as it was (16,000 rows at 10,000 directives: 0.3 s to write)."""
    row = (
        p.publish_on.isoformat(),
        p.channel,
        p.text,
        p.url,
        _absolute(site_url, p.image),
        p.title,
    )
    header = csv_text((), ())
    return csv_text((), [row])[len(header) :]


def posts_rss(ordered: Sequence[Post], *, site_url: str = "") -> bytes:
    """``feed.xml``: an RSS 2.0 feed of the newest `FEED_ITEMS` posts (in `sorted_posts`'
    order), dated by their own dates."""
    home = _absolute(site_url, f"{POSTS_DIR}/")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0">',
        "<channel>",
        f"<title>{_xml('Bài đăng fanpage')}</title>",
        f"<link>{_xml(home)}</link>",
        f"<description>{_xml('Bài đăng soạn sẵn cho trang Facebook và Zalo OA')}</description>",
        "<language>vi</language>",
    ]
    if ordered:
        # The newest post's own date, never the build's clock: two builds give the same bytes.
        lines.append(f"<lastBuildDate>{_rfc822(ordered[0].publish_on)}</lastBuildDate>")
    for p in ordered[:FEED_ITEMS]:
        lines += [
            "<item>",
            f"<title>{_xml(f'[{p.channel_label}] {p.title}')}</title>",
            f"<link>{_xml(p.url)}</link>",
            f'<guid isPermaLink="false">{_xml(p.slug)}</guid>',
            f"<pubDate>{_rfc822(p.publish_on)}</pubDate>",
            f"<category>{_xml(p.channel)}</category>",
            # RSS readers render a description as HTML: the post's plain text is escaped as
            # HTML first, or a title like "<script>" would run in the reader.
            f"<description>{_xml(html.escape(p.text, quote=False))}</description>",
            f'<enclosure url="{_xml(_absolute(site_url, p.image), attr=True)}" '
            'length="0" type="image/png"/>',
            "</item>",
        ]
    lines += ["</channel>", "</rss>", ""]
    return "\n".join(lines).encode("utf-8")


def _xml(text: str, *, attr: bool = False) -> str:
    # XML 1.0 forbids most control characters even as references; they are gone already from
    # composed text, this guards any other caller.
    text = _CONTROL.sub("", text)
    if attr:
        return xml_escape(text, {'"': "&quot;"})
    return xml_escape(text)


def _rfc822(day: dt.date) -> str:
    return format_datetime(dt.datetime(day.year, day.month, day.day, 7, 0, tzinfo=_VN_TZ))
