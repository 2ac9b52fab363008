"""Plain text from Markdown and from front-matter values, for posts, excerpts and the search index.

Pure string functions (regular expressions, no Markdown renderer): a body is rendered once per
build, for MkDocs; what needs its words as text (a fanpage post, a search excerpt, the index)
takes them from here.
"""

from __future__ import annotations

import html
import re

from bangtin.core.text import nfc

__all__ = ["CONTROL", "ELLIPSIS", "clip", "plain_line", "plain_text"]

ELLIPSIS = "…"

#: Control characters (and non-characters) that never belong in text.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]+\]")
_CODE = re.compile(r"`+([^`]+)`+")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MARKS = re.compile(r"(~~|==|\^\^)(?=\S)(.+?)(?<=\S)\1")
_ATTR_LIST = re.compile(r"\s*\{:?[^{}]*\}\s*$")


def plain_text(markdown: str) -> str:
    """Markdown inline text as plain text: no emphasis, links, footnote marks, HTML or entities.

    >>> plain_text("Mô hình “*Dân vận khéo*”[^2] &amp; [Hướng dẫn](../hd/)")
    'Mô hình “Dân vận khéo” & Hướng dẫn'

    Args:
        markdown: a fragment of Markdown (one paragraph or list item).

    Returns:
        NFC text on one line, spaces collapsed.
    """
    text = nfc(markdown)
    # Each pattern runs only when its marker character is there: most list items have none,
    # and 10,000 directives make tens of thousands of items.
    if "<" in text:
        text = _HTML_COMMENT.sub(" ", text)
        text = _AUTOLINK.sub(r"\1", text)
        text = _HTML_TAG.sub("", text)
    if "[" in text:
        text = _FOOTNOTE_REF.sub("", text)
        text = _IMAGE.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    for _ in range(2):  # nested emphasis: ***x***, **_x_**
        if "*" in text or "_" in text:
            text = _STRONG.sub(r"\2", text)
            text = _EMPHASIS.sub(r"\2", text)
        if "~" in text or "=" in text or "^" in text:
            text = _MARKS.sub(r"\2", text)
    if "{" in text:
        text = _ATTR_LIST.sub("", text)
    # Entities last, so "&lt;b&gt;" written by an editor stays the literal text "<b>".
    if "&" in text:
        text = html.unescape(text)
    return plain_line(text)


def plain_line(text: str) -> str:
    """Front-matter text as one clean line: NFC, no control characters, spaces collapsed.

    Front-matter is plain text, not Markdown: "<script>" in a subject stays those characters.
    """
    return " ".join(CONTROL.sub(" ", nfc(text)).split())


def clip(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters at a word boundary, ending with "…".

    A single word longer than the limit is cut inside (the only way to respect the limit).

    >>> clip("Đẩy mạnh thực hiện Công văn", 15)
    'Đẩy mạnh thực…'
    """
    text = plain_line(text)
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    head = text[: room + 1]
    cut = head.rfind(" ")
    # Cut inside a word only when it is the first one: otherwise a word is never split.
    head = head[:cut] if cut > 0 else text[:room]
    return head.rstrip(" ,;:.-–") + ELLIPSIS
