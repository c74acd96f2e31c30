"""A small static SVG of one indicator's measured values against its target.

The survey charts' conventions (static SVG made at build time, our own accessible title and
description, the Okabe-Ito blue, 14 px text readable on a phone, the data table beside it),
but drawn directly: a Vega SVG weighs 20–30 KB, and a process page shows up to seven of
these, so the page would pass the 100 KB budget. Only real measurements are given to it:
a placeholder is never plotted.
"""

from __future__ import annotations

import html

WIDTH, HEIGHT = 340, 170
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 14, 30
FONT = 14
LINE = "#0072B2"  # Okabe-Ito blue, as the survey charts' first series
TARGET = "#555"


def _fmt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def indicator_svg(
    chart_id: str,
    title: str,
    description: str,
    points: list[tuple[str, float, str]],
    target: float | None,
) -> str:
    """`points`: (period, value, value as the page writes it), oldest first. The dashed
    target line is explained by the figure's caption (a label inside would cover points)."""
    values = [value for _, value, _ in points]
    low = min([*values, *([target] if target is not None else [])])
    high = max([*values, *([target] if target is not None else [])])
    pad = (high - low) * 0.15 or max(abs(high) * 0.1, 1.0)
    low, high = low - pad, high + pad
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(index: int) -> float:
        return LEFT + (plot_w * (index + 0.5) / len(points))

    def y(value: float) -> float:
        return TOP + plot_h * (high - value) / (high - low)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="indicator-chart" width="{WIDTH}" '
        f'height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" style="max-width:100%;height:auto"'
        f' font-family="system-ui, sans-serif" font-size="{FONT}">',
        f'<title id="{chart_id}-title">{html.escape(title, quote=False)}</title>',
        f'<desc id="{chart_id}-desc">{html.escape(description, quote=False)}</desc>',
        f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" '
        'stroke="#767676"/>',
    ]
    if target is not None:
        ty = f"{y(target):.1f}"
        parts.append(
            f'<line x1="{LEFT}" y1="{ty}" x2="{WIDTH - RIGHT}" y2="{ty}" stroke="{TARGET}" '
            'stroke-dasharray="6 4"/>'
            f'<text x="{LEFT - 4}" y="{ty}" dy="5" text-anchor="end" fill="#333">'
            f"{html.escape(_fmt(target))}</text>"
        )
    coords = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    if len(points) > 1:
        parts.append(
            f'<polyline points="{coords}" fill="none" stroke="{LINE}" stroke-width="2.5"/>'
        )
    for index, (period, value, _) in enumerate(points):
        parts.append(f'<circle cx="{x(index):.1f}" cy="{y(value):.1f}" r="4" fill="{LINE}"/>')
        parts.append(
            f'<text x="{x(index):.1f}" y="{HEIGHT - 8}" text-anchor="middle" fill="#333">'
            f"{html.escape(period)}</text>"
        )
    # The latest value is written beside its point: the figure reads without the table.
    *_, (_, last, shown) = points
    parts.append(
        f'<text x="{x(len(points) - 1):.1f}" y="{y(last):.1f}" dy="-9" text-anchor="middle" '
        f'fill="{LINE}" font-weight="600">{html.escape(shown)}</text>'
    )
    parts.append("</svg>")
    return "".join(parts)
