"""Fuzzing with hypothesis: the readers of editors' text never crash, hang or fail open.

For every generated input: no exception other than our `ContentError` results, never more than
2 s (measured here, hypothesis' own deadline is off because the CI machine is shared), and never
a public record without an explicit ``visibility: public``.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import markdown
import yaml
from hostile_support import live_markup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bangtin.core.frontmatter import YMap, split_document
from bangtin.core.load import load_project
from bangtin.core.model import ContentError, Visibility
from bangtin.core.numbers import parse_number
from bangtin.links.citations import find_citations
from bangtin.site.render import sanitize

LIMIT = 10.0  # a guard against blow-ups (nested aliases, runaway patterns), not a speed target
# The same 200 examples on every run, so that CI is never red by the draw of the day; a wider,
# random search: BANGTIN_FUZZ_EXAMPLES=5000 pytest tests/hostile/test_fuzz.py.
_WIDE = os.environ.get("BANGTIN_FUZZ_EXAMPLES")
SETTINGS = settings(
    max_examples=int(_WIDE or 200),
    derandomize=not _WIDE,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
R = TypeVar("R")


def timed(fn: Callable[[], R]) -> R:
    start = time.perf_counter()
    out = fn()
    elapsed = time.perf_counter() - start
    assert elapsed < LIMIT, f"{elapsed:.2f} s"
    return out


# --- strategies -----------------------------------------------------------------------------------

KEYS = ["number", "date", "subject", "visibility", "title", "year", "unit", "field", "tags",
        "themes", "status", "post", "signer", "relations", "tasks", "attachments", "summary",
        "Visibility", "visibility ", "visiblity", "<<", "? visibility", "- visibility"]  # fmt: skip
VALUES = ["public", "Public", "'public'", '"public"', "public # x", "no", "yes", "true", "~", "",
          "internal", "confidential", "pubic", "[public]", "{a: public}", "!!str public",
          "!ENV X", "!!python/name:os.system", "&a public", "*a", "1:20", "2024-02-30",
          "2024-03-07", "2078-CV/ĐUK", "Đảng ủy Khối", "'a: b'", "a: b", "|\n  public",
          ">-\n  public", "\"\\u0070ublic\"", "\"pub\\x6cic\"", "publi\u0063", "ｐｕｂｌｉｃ",
          "public\u200b", "\u00a0public", "kinh tế", "2024", "[2024]", "\"\\0\"", "x #y"]  # fmt: skip
FENCES = ["---", "--- ", "...", "+++", "\ufeff---", "----", "-- -", ""]

line = st.one_of(
    st.builds(lambda k, v, indent: f"{indent}{k}: {v}", st.sampled_from(KEYS),
              st.sampled_from(VALUES), st.sampled_from(["", "", "  ", "\t", " "])),
    st.text(max_size=40),
)  # fmt: skip
document = st.one_of(
    st.builds(
        lambda open_, lines, close, body, nl: nl.join([open_, *lines, close, body]),
        st.sampled_from(FENCES),
        st.lists(line, max_size=12),
        st.sampled_from(FENCES),
        st.text(max_size=200),
        st.sampled_from(["\n", "\r\n", "\r"]),
    ),
    st.text(max_size=400),
)
# YAML allows blanks between a key and its colon ("visibility : public" is the same key).
PUBLIC_LINE = re.compile(r"""^visibility[ \t]*:[ ]+(public|'public'|"public")[ ]*(#.*)?$""", re.M)


FRONT = re.compile(r"\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)", re.S)


def explicit_public(text: str) -> bool:
    """An explicit ``visibility: public`` at the top level of the front-matter: on the key's
    line, or as YAML itself reads the value under it ("visibility:" then "  public" on the next
    line, a block scalar), by a YAML reader that is not the loader's."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if PUBLIC_LINE.search(text):
        return True
    if not (m := FRONT.match(text)):
        return False
    try:
        meta = yaml.safe_load(m[1])
    except (yaml.YAMLError, RecursionError):
        return False
    value = meta.get("visibility") if isinstance(meta, dict) else None
    return isinstance(value, str) and value.strip() == "public"


# --- the front-matter reader ---------------------------------------------------------------------


@SETTINGS
@given(document)
def test_split_document_never_raises(text: str) -> None:
    doc = timed(lambda: split_document("a.md", text))
    assert all(isinstance(e, ContentError) and e.line >= 1 for e in doc.errors)
    assert doc.meta is None or isinstance(doc.meta, YMap)
    for error in doc.errors:
        assert "\n" not in str(error)


TARGETS = [
    "directives/2024/1-cv-duk.md",
    "content/news/tin.md",
    "content/practices/mo-hinh.md",
    "content/themes/2024.md",
    "content/trang.md",
]
VALID_HEAD = {
    TARGETS[0]: "number: 1-CV/ĐUK\ndate: 2024-01-02\nsubject: a\n",
    TARGETS[1]: "title: Tin\ndate: 2024-01-02\n",
    TARGETS[2]: "title: M\nunit: doan-khoi\nyear: 2024\nfield: kinh tế\n",
    TARGETS[3]: "year: 2024\ntitle: Chủ đề\n",
    TARGETS[4]: "title: Trang\n",
}
loadable = st.one_of(
    document,
    # Mostly valid records with hostile extra lines: the interesting half of the space.
    st.builds(
        lambda target, lines: f"---\n{VALID_HEAD[target]}" + "\n".join(lines) + "\n---\nThân\n",
        st.sampled_from(TARGETS),
        st.lists(line, max_size=6),
    ),
)


@SETTINGS
@given(st.sampled_from(TARGETS), loadable)
def test_load_project_never_raises_and_never_fails_open(target: str, text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        path = root / target
        path.parent.mkdir(parents=True)
        path.write_text(
            text, encoding="utf-8", errors="surrogatepass"
        ) if False else path.write_bytes(text.encode("utf-8", "surrogatepass"))
        result = timed(lambda: load_project(root, audience=Visibility.PUBLIC))
    for problem in (*result.errors, *result.warnings):
        assert isinstance(problem, ContentError) and problem.line >= 1
        assert "\n" not in str(problem) and "\r" not in str(problem), str(problem)
    reg = result.registry
    public = [*reg.directives, *reg.news, *reg.practices, *reg.themes]
    public_pages = [p for p, v in result.pages.items() if v is Visibility.PUBLIC]
    if public or public_pages:
        assert explicit_public(text), text
    for record in result.all_directives:
        if record.visibility is Visibility.PUBLIC:
            assert explicit_public(text), text


# --- numbers, citations, Markdown ---------------------------------------------------------------

number_like = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda parts: "".join(parts),
        st.lists(
            st.sampled_from(
                [
                    "2078",
                    "-",
                    "/",
                    "CV",
                    "ĐUK",
                    "Đ",
                    "D",
                    " ",
                    "–",
                    "—",
                    "08",
                    "KH",
                    "UBND",
                    "2020",
                    "NĐ-CP",
                    "Số",
                    ":",
                    ".",
                    "0",
                    "9" * 30,
                    "\u0110",
                    "\u0301",
                    "ｰ",
                    "\n",
                    "TTr",
                    "QĐ",
                    "HD/BTGTW",
                    "-",
                ]
            ),
            max_size=14,
        ),
    ),
)


@SETTINGS
@given(number_like)
def test_parse_number_never_raises(text: str) -> None:
    number = timed(lambda: parse_number(text))
    if number is not None:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", number.slug), number.slug
        assert number.key and "\n" not in str(number)


citation_text = st.one_of(
    st.text(max_size=400),
    st.builds(
        lambda parts: " ".join(parts),
        st.lists(
            st.sampled_from(
                [
                    "Công văn số",
                    "Nghị quyết",
                    "số",
                    "2078-CV/ĐUK",
                    "1271-CV/BDVTU,",
                    "ngày",
                    "29/02/2024",
                    "30/02/2024",
                    "của",
                    "Ban Thường vụ Tỉnh ủy",
                    "về việc",
                    "(",
                    ")",
                    "và",
                    ",",
                    "08/KH-UBND",
                    "Chỉ thị số 05-CT/TW",
                    "năm 2024",
                    "ngày 7 tháng 3 năm 2024",
                    "[",
                    "](",
                    "`",
                    "\n",
                    "``",
                ]
            ),
            max_size=60,
        ),
    ),
)


@SETTINGS
@given(citation_text)
def test_find_citations_never_raises(text: str) -> None:
    found = timed(lambda: find_citations(text))
    for citation in found:
        assert citation.number is not None


def test_find_citations_long_input_is_fast() -> None:
    text = ("Công văn số 2078-CV/ĐUK, ngày 07/3/2024 của Đảng ủy Khối về việc " * 2000)[:200_000]
    timed(lambda: find_citations(text))
    timed(lambda: find_citations("số " * 50_000 + "-CV/"))
    timed(lambda: find_citations("1-" * 50_000))


html_text = st.builds(
    lambda parts: "".join(parts),
    st.lists(
        st.one_of(
            st.sampled_from(["<script>", "</script>", "<img src=x onerror=", "javascript:", "&#106;",
                             "&#x6a;", "avascript:", "data:text/html,", "<svg", " onload=", "<a href=\"",
                             "\">", "[x](", ")", "![a](", "{: ", " }", "onclick=\"", "alert(1)", "\"",
                             "'", "<iframe", "<", ">", "\n", "\n\n", "`", "    ", "<!--", "-->",
                             "<style>", "<math>", "xlink:href=", "&", ";", "vbscript:", "\t", "\x00"]),
            st.text(max_size=8),
        ),
        max_size=40,
    ),
)  # fmt: skip


@SETTINGS
@given(html_text)
def test_sanitised_markdown_has_no_live_markup(text: str) -> None:
    def render() -> str:
        return sanitize(markdown.markdown(text, extensions=["attr_list", "footnotes", "tables"]))

    out = timed(render)
    # Every element a browser would run, every handler and every script URL, whatever its text.
    parser_found = live_markup(out, ("",))
    assert parser_found == [], (text, out)
