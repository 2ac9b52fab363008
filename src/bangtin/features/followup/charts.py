"""Charts drawn at build time as plain inline SVG: horizontal bars and monthly columns.

No script and no library: the dashboards must open offline on a phone. Charts are drawn in a
320-unit-wide viewBox with labels above their bars, so they stay legible at the 320-odd pixels
a 360 px phone leaves for content. Every piece of text is escaped; each chart comes with a data
table (rendered by the template) that screen readers read instead of the picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

__all__ = ["Series", "bar_chart", "column_chart"]

WIDTH = 320
FONT = 14
LABEL_CHARS = 38
PALETTE = ("#b71c1c", "#e65100", "#1565c0", "#2e7d32")


@dataclass(frozen=True, slots=True, kw_only=True)
class Series:
    """One series of values, one value per category."""

    name: str
    values: tuple[int, ...]
    color: str = PALETTE[0]
    # Written after each value ("%" for a rate).
    suffix: str = ""


def _clip(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _svg(chart_id: str, title: str, height: float, body: list[Markup]) -> Markup:
    head = Markup(
        '<svg class="bt-chart__svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" '
        'role="img" aria-labelledby="{id}-t" font-size="{f}" '
        'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif">'
        '<title id="{id}-t">{title}</title>'
    ).format(w=WIDTH, h=f"{height:g}", id=chart_id, f=FONT, title=title)
    return head + Markup("").join(body) + Markup("</svg>")


def _num(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def bar_chart(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    series: Sequence[Series],
    *,
    scale_max: int = 0,
) -> Markup:
    """Horizontal bars, one group per label, each label written above its bars.

    Args:
        chart_id: an id unique in the page (used for the SVG title).
        title: the chart's accessible name.
        labels: category names, in the order to draw.
        series: one or more series with a value per label.
        scale_max: the value of a full-width bar (100 for a rate); 0: the largest value.

    Returns:
        The ``<svg>`` element.
    """
    bar_h, gap, label_h = 14, 10, 18
    top = 4.0
    # Room on the right for the value written after the longest bar.
    span = WIDTH - 44 - 8 * max((len(s.suffix) for s in series), default=0)
    peak = scale_max or max((v for s in series for v in s.values), default=0) or 1
    body: list[Markup] = []
    y = top
    for i, label in enumerate(labels):
        body.append(
            Markup(
                '<text x="0" y="{y}" fill="currentColor">{t}<title>{full}</title></text>'
            ).format(y=_num(y + FONT), t=_clip(label), full=label)
        )
        y += label_h
        for s in series:
            value = s.values[i]
            width = span * value / peak
            body.append(
                Markup(
                    '<rect x="0" y="{y}" width="{w}" height="{h}" rx="2" fill="{c}">'
                    "<title>{name}: {v}{u}</title></rect>"
                ).format(
                    y=_num(y),
                    w=_num(max(width, 1.5 if value else 0)),
                    h=bar_h,
                    c=s.color,
                    name=s.name,
                    v=value,
                    u=s.suffix,
                )
            )
            body.append(
                Markup('<text x="{x}" y="{y}" fill="currentColor">{v}{u}</text>').format(
                    x=_num(width + 4), y=_num(y + bar_h - 2), v=value, u=s.suffix
                )
            )
            y += bar_h + 2
        y += gap
    if len(series) > 1:
        x = 0.0
        for s in series:
            body.append(
                Markup(
                    '<rect x="{x}" y="{y}" width="12" height="12" fill="{c}"/>'
                    '<text x="{tx}" y="{ty}" fill="currentColor">{name}</text>'
                ).format(
                    x=_num(x), y=_num(y), c=s.color, tx=_num(x + 16), ty=_num(y + 11), name=s.name
                )
            )
            x += 16 + 8 * len(s.name) + 16
        y += 18
    return _svg(chart_id, title, y, body)


def column_chart(
    chart_id: str,
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    *,
    color: str = PALETTE[0],
    scale_max: int = 0,
    suffix: str = "",
) -> Markup:
    """Vertical columns over time (one per month), with a value axis and sparse x labels.

    Args:
        chart_id: an id unique in the page.
        title: the chart's accessible name.
        labels: one short label per column ("03/24").
        values: one value per column.
        color: the columns' colour.
        scale_max: the value at the top of the axis (100 for a rate); 0: the largest value.
        suffix: written after each value and tick ("%").

    Returns:
        The ``<svg>`` element.
    """
    height = 200
    left, right, top, bottom = 30.0 + 14 * len(suffix), 6.0, 16.0, 164.0
    count = max(len(values), 1)
    peak = max(values, default=0)
    scale_max = scale_max or max(peak, 1)
    step = (WIDTH - left - right) / count
    body: list[Markup] = []
    for tick in sorted({0, math.ceil(scale_max / 2), scale_max}):
        y = bottom - (bottom - top) * tick / scale_max
        body.append(
            Markup(
                '<line x1="{l}" x2="{r}" y1="{y}" y2="{y}" stroke="currentColor" '
                'stroke-opacity=".25"/><text x="{tx}" y="{ty}" text-anchor="end" '
                'fill="currentColor">{v}{u}</text>'
            ).format(
                l=_num(left),
                r=_num(WIDTH - right),
                y=_num(y),
                tx=_num(left - 4),
                ty=_num(y + 4),
                v=tick,
                u=suffix,
            )
        )
    every = max(1, math.ceil(count / 6))
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + i * step
        h = (bottom - top) * value / scale_max
        body.append(
            Markup(
                '<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{c}">'
                "<title>{label}: {v}{u}</title></rect>"
            ).format(
                x=_num(x + step * 0.15),
                y=_num(bottom - h),
                w=_num(step * 0.7),
                h=_num(h),
                c=color,
                label=label,
                v=value,
                u=suffix,
            )
        )
        if value and count <= 12:
            body.append(
                Markup(
                    '<text x="{x}" y="{y}" text-anchor="middle" fill="currentColor">{v}{u}</text>'
                ).format(x=_num(x + step / 2), y=_num(bottom - h - 3), v=value, u=suffix)
            )
        if i % every == 0:
            body.append(
                Markup(
                    '<text x="{x}" y="{y}" text-anchor="middle" fill="currentColor">{t}</text>'
                ).format(x=_num(x + step / 2), y=_num(bottom + 16), t=label)
            )
    return _svg(chart_id, title, height, body)
