"""Shared helpers of the hostile-input tests: reading every byte of a built site, finding live markup."""

from __future__ import annotations

import gzip
import html
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from bangtin.features.search.reader import read_shard

# The search feature (the static index under search/, /api/van-ban.json, /tra-cuu/) is switched
# on in the builds of these tests, so its output is scanned like every other file.
SEARCH = True
PLUGIN: dict[str, Any] = {"search": SEARCH}

#: The folder of the search index in a built site (docs/search-index.md).
SEARCH_DIR = "search"
GZIP_MAGIC = b"\x1f\x8b"


def site_files(site_dir: Path) -> Iterator[tuple[Path, bytes]]:
    """Every file under ``site_dir`` as bytes, gzip-compressed ones (sitemap.xml.gz) decompressed."""
    for path in sorted(site_dir.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data.startswith(GZIP_MAGIC):
            data = gzip.decompress(data)
        yield path, data


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (symlinks not followed) by relative path, for byte comparison."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def search_terms(site_dir: Path) -> Iterator[tuple[str, str]]:
    """``(shard, term)`` for every term of the search index's binary shards (``search/t/*.bin``).

    Terms are folded ("dang uy", "2078cvduk"): scanning the shard's bytes for the text as typed
    is not enough, so the shards are decoded and their terms scanned.
    """
    for path in sorted((site_dir / SEARCH_DIR / "t").glob("*.bin")):
        rel = path.relative_to(site_dir).as_posix()
        for term in read_shard(path.read_bytes()):
            yield rel, term


def search_strings(site_dir: Path) -> Iterator[tuple[str, str]]:
    """``(file, string)`` for every string of the index's JSON files: the page records
    (``search/p/*.json``), completions (``v/``), facets and manifest, decoded."""
    for path in sorted((site_dir / SEARCH_DIR).rglob("*.json")):
        rel = path.relative_to(site_dir).as_posix()
        for text in json_strings(decoded_json(path.read_bytes())):
            yield rel, text


def json_strings(value: Any) -> Iterator[str]:
    """Every string inside a decoded JSON value (keys included)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from json_strings(item)


def decoded_json(data: bytes) -> Any:
    return json.loads(data.decode("utf-8-sig"))


# Elements that run code or load a document when a browser meets them in our content.
ACTIVE_TAGS = {"script", "iframe", "frame", "object", "embed", "svg", "math", "base", "form"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcset", "poster"}
CODE_TAGS = {"script", "style", "iframe", "noscript", "template", "xmp", "noembed"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg")


class LiveMarkup(HTMLParser):
    """Collects what a browser would execute: active elements, handlers and script URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._active: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            text = value or ""
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={text!r}>")
            # Browsers drop control characters and spaces before the scheme.
            squeezed = "".join(ch for ch in html.unescape(text) if ch > " ").lower()
            if name in URL_ATTRIBUTES and squeezed.startswith(BAD_SCHEMES):
                self.found.append(f"<{tag} {name}={text!r}>")
        if tag in ACTIVE_TAGS:
            self.found.append(f"<{tag} {attrs!r}>")
        if tag in CODE_TAGS:
            self._active.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._active and self._active[-1] == tag:
            self._active.pop()

    def handle_data(self, data: str) -> None:
        # Text inside <script> or <style> is code; text inside an (inline, our own) <svg> is text.
        if self._active:
            self.found.append(f"<{self._active[-1]}>{data[:60]!r}")


def live_markup(text: str, markers: tuple[str, ...]) -> list[str]:
    """The active markup of ``text`` that carries one of ``markers`` (our payloads, not Material's)."""
    parser = LiveMarkup()
    parser.feed(text)
    parser.close()
    return [item for item in parser.found if any(m in item for m in markers)]
