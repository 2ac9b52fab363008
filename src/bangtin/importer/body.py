"""The body as Markdown: paragraphs rejoined, lists, footnote references."""

from __future__ import annotations

import re

from bangtin.importer.footnotes import SUPER, SUPER_MAP
from bangtin.importer.lines import ITEM, PARAGRAPH_OPENER, is_caps, is_rule


def render_body(lines: list[str], footnotes: dict[str, str]) -> str:
    paragraphs = _paragraphs(lines)
    paragraphs = _rejoin(paragraphs)
    out: list[str] = []
    in_numbered = False
    for para in paragraphs:
        para = _markers(para, footnotes)
        if re.match(r"^\d+\.\s", para):
            in_numbered = True
        elif not ITEM.match(para):
            in_numbered = False
        if ITEM.match(para):
            para = "- " + ITEM.sub("", para)
            if in_numbered:
                # Bullets under "1." belong to that item, as in the hand-made sample.
                para = "    " + para
        out.append(para)
    body = "\n\n".join(out).strip()
    if footnotes:
        notes = "\n".join(
            f"[^{n}]: {_markers(t, {})}"
            for n, t in sorted(footnotes.items(), key=lambda kv: int(kv[0]))
        )
        body = f"{body}\n\n{notes}" if body else notes
    return body


def _paragraphs(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines into paragraphs; list items and openers start new ones."""
    paras: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paras.append(" ".join(" ".join(current).split()))
            current.clear()

    for line in lines:
        c = line.strip()
        if not c:
            flush()
            continue
        if c.strip("*_ ") == "" or is_rule(c):
            continue
        if current and (
            PARAGRAPH_OPENER.match(c)
            or is_caps(c) != is_caps(current[-1])
            or (re.search(r"[.;:!?…]$|\./\.$", current[-1]) and re.match(r"^[\W\d]*[A-ZĐÀ-Ỹ]", c))
        ):
            flush()
        current.append(c)
    flush()
    return paras


def _rejoin(paras: list[str]) -> list[str]:
    """Mend a sentence split by a page break: a paragraph starting in lower case continues."""
    out: list[str] = []
    for para in paras:
        if (
            out
            and re.match(r"^[”\"’)]*[a-zđà-ỹ]", para)
            and not re.search(r"[.;:!?]$", out[-1])
            and not is_caps(out[-1])
        ):
            out[-1] = f"{out[-1]} {para}"
        else:
            out.append(para)
    return out


def _markers(text: str, footnotes: dict[str, str]) -> str:
    """Footnote markers in running text as Markdown references."""
    text = re.sub(rf"⁽([{SUPER}]+)⁾", lambda m: f"[^{m[1].translate(SUPER_MAP)}]", text)

    def known(m: re.Match[str], digits: str) -> str:
        return f"[^{digits}]" if digits in footnotes else m[0]

    text = re.sub(
        rf"(?<=[\w”\"’).,;:])([{SUPER}]+)", lambda m: known(m, m[1].translate(SUPER_MAP)), text
    )
    text = re.sub(r"(?<=[\w”\"’.,;:])\[(\d{1,3})\]", lambda m: known(m, m[1]), text)
    text = re.sub(r"(?<=[\w”\"’])\((\d{1,2})\)", lambda m: known(m, m[1]), text)
    return text
