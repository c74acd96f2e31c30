"""Survey charts: Altair specs made from published values only, drawn to static SVG at build
time (vl-convert), labelled in the page's language, cached by a hash of the spec."""

from __future__ import annotations

import hashlib
import html
import json
import math
import os
import re
import sys
import textwrap
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, wraps
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

import vl_convert

from kazutb_transparency.surveys.pages.fmt import NUMBER_LOCALE

PLOT_WIDTH = 300  # px: with the axis, about 370 px in all
FONT_SIZE = 14  # px, as drawn
# Characters a title line may have. Vega does not wrap, and the browser draws the title in
# its own font, up to ~10.5 px a character in bold 16 px Cyrillic: 28 × 10.5 ≈ 295 px stays
# within the plot's width, at 390 px and on a desktop, in every language.
TITLE_CHARS = 28
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#000000", "#CC79A7", "#8C564B", "#56B4E9")
VL_VERSION = "6.4"  # the Vega-Lite of altair 6.3 (schema v6.4.1)
_MEMORY: dict[str, str] = {}  # drawn SVGs of this process, by spec hash
Result = TypeVar("Result")

# Vega's own accessibility attributes are in English and describe marks, not the data; the
# chart's accessible name and description are ours (see `accessible`).
_VEGA_ARIA = re.compile(r'\s(?:aria-[a-z]+|role)="[^"]*"')
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")


@dataclass(frozen=True)
class Series:
    label: str
    points: list[tuple[str, float]]  # (wave, share 0..1): published values only
    # (wave, low, high) of the published 95 % intervals: drawn as error bars, so that a
    # movement inside the noise is not read as a change.
    intervals: tuple[tuple[str, float, float], ...] = ()


@dataclass(frozen=True)
class TrendChart:
    """What a trend chart shows, in one language."""

    chart_id: str
    title: str
    description: str
    waves: list[str]
    series: list[Series]
    target: float
    threshold: float
    axis_wave: str
    axis_share: str
    legend: str
    target_label: str
    threshold_label: str


def trend_spec(chart: TrendChart, lang: str, validate: bool = False) -> dict[str, Any]:
    """The Vega-Lite spec: one line per series, target and threshold as horizontal rules.

    Validation against the Vega-Lite schema costs ~0.1 s a chart; the tests run it.
    """
    import altair as alt  # here: a build whose charts are all cached never imports it (0.3 s)

    values = [
        {"wave": wave, "series": s.label, "share": share}
        for s in chart.series
        for wave, share in s.points
    ]
    order = [s.label for s in chart.series]
    # Drawn for a phone: 340 px of plot and 14 px text keep text at 12 px or more when the
    # picture is shrunk to a 390 px screen, and a desktop shows it at its own size.
    width, font = PLOT_WIDTH, FONT_SIZE
    # The value axis spans the data, the target and the threshold (not 0-100 %).
    shares = [share for s in chart.series for _, share in s.points]
    shares += [bound for s in chart.series for _, low, high in s.intervals for bound in (low, high)]
    low = min([*shares, chart.target, chart.threshold])
    high = max([*shares, chart.target, chart.threshold])
    domain = [max(0.0, math.floor(low * 20 - 1) / 20), min(1.0, math.ceil(high * 20 + 1) / 20)]
    # Named data, filled in after to_dict: Altair deep-copies inline values on every call.
    base = alt.Chart(alt.Data(name="trend"))
    x = alt.X("wave:O", title=chart.axis_wave, sort=chart.waves, axis=alt.Axis(labelAngle=0))
    y = alt.Y(
        "share:Q",
        title=chart.axis_share,
        scale=alt.Scale(domain=domain, zero=False),
        axis=alt.Axis(format=".0%", tickCount=5),
    )
    # Colour (Okabe-Ito, distinct under the common colour-vision deficiencies, each at least
    # 3:1 on white) and dash pattern both tell the series apart.
    lines = base.mark_line(strokeWidth=2.5, point={"filled": True, "size": 60}).encode(
        x=x,
        y=y,
        color=alt.Color(
            "series:N",
            title=chart.legend,
            sort=order,
            scale=alt.Scale(range=list(PALETTE)),
        ),
        strokeDash=alt.StrokeDash("series:N", sort=order, legend=None),
    )
    marks = []
    bars = [
        {"wave": wave, "series": s.label, "low": low, "high": high}
        for s in chart.series
        for wave, low, high in s.intervals
    ]
    if bars:
        band = alt.Chart(alt.Data(values=bars))
        colour = alt.Color("series:N", sort=order, scale=alt.Scale(range=list(PALETTE)))
        marks.append(
            band.mark_rule(strokeWidth=1.5, opacity=0.7).encode(
                x=x, y=alt.Y("low:Q", scale=alt.Scale(domain=domain)), y2="high:Q", color=colour
            )
        )
        for end in ("low", "high"):
            marks.append(
                band.mark_tick(thickness=1.5, size=10, opacity=0.7, orient="horizontal").encode(
                    x=x, y=alt.Y(f"{end}:Q", scale=alt.Scale(domain=domain)), color=colour
                )
            )
    for share, label, dash in (
        (chart.target, chart.target_label, [1, 0]),
        (chart.threshold, chart.threshold_label, [6, 4]),
    ):
        level = alt.Chart(alt.Data(values=[{"share": share, "label": label}]))
        marks.append(level.mark_rule(color="#555", strokeDash=dash).encode(y=alt.Y("share:Q")))
        marks.append(
            level.mark_text(align="right", dx=-4, dy=-7, color="#333", fontSize=font).encode(
                y=alt.Y("share:Q"), x=alt.XValue(width), text=alt.Text("label:N")
            )
        )
    # A long title is wrapped into lines: Vega does not wrap, and a wide title is cut off.
    title = textwrap.wrap(chart.title, TITLE_CHARS) or [chart.title]
    layered = alt.layer(*marks, lines).properties(title=title, width=width, height=240)
    spec = layered.to_dict(validate=False)
    spec["datasets"] = {"trend": values}
    spec["config"] = chart_config(lang)
    if validate:
        alt.LayerChart.from_dict(spec, validate=True)
    return spec


def chart_config(lang: str, legend_columns: int = 1) -> dict[str, Any]:
    """What every survey chart shares: fonts readable on a phone, number locale, a legend
    that never truncates (one label a line), title placement."""
    font = FONT_SIZE
    return {
        "aria": False,
        "locale": {"number": NUMBER_LOCALE[lang]},
        "font": "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
        "axis": {"labelFontSize": font, "titleFontSize": font},
        "legend": {
            "orient": "bottom",
            "direction": "vertical",
            "columns": legend_columns,
            "labelLimit": 0,
            "labelFontSize": font,
            "titleFontSize": font,
            "symbolStrokeWidth": 2.5,
            "symbolSize": 300,
            "symbolType": "stroke",
        },
        "title": {"anchor": "start", "fontSize": font + 2},
    }


_SPECS: dict[str, dict[str, Any]] = {}  # specs of this process, by what they are made of


@cache
def _code_of(module: str) -> str:
    """What a spec is made with: the module of its maker, this one, the formats, Altair."""
    names = {sys.modules[module].__file__, __file__, str(Path(__file__).with_name("fmt.py"))}
    code = b"".join(Path(name).read_bytes() for name in sorted(n for n in names if n))
    return hashlib.sha256(code + f"altair {version('altair')}".encode()).hexdigest()[:16]


def spec_key(make: Callable[[Any, str], dict[str, Any]], chart: Any, lang: str) -> str:
    """What a spec is kept by: what the chart shows (a dataclass: its repr), the language
    and the code that makes it."""
    code = _code_of(make.__module__)
    return hashlib.sha256(f"{code}\n{make.__qualname__}\n{lang}\n{chart!r}".encode()).hexdigest()


def spec_known(key: str, cache_dir: Path | None) -> bool:
    """Whether the spec of `key` is made already (in memory or in the cache folder)."""
    return key in _SPECS or (cache_dir is not None and (cache_dir / f"spec-{key}.json").exists())


# Called with a spec's key before the cache folder is read for it: the live preview's worker
# that draws charts ahead (charts_ahead.py) finishes the one it was handed.
_waiter: Callable[[str], None] = lambda key: None  # noqa: E731


def wait_for_drawings(waiter: Callable[[str], None]) -> None:
    global _waiter
    _waiter = waiter


def cached_spec(
    make: Callable[[Any, str], dict[str, Any]], chart: Any, lang: str, cache_dir: Path | None
) -> dict[str, Any]:
    """`make(chart, lang)`, kept by what the chart shows (a dataclass: its repr), the
    language and the code that makes it: Altair builds a spec in ~50 ms, and the charts of
    a site rarely change. The spec is shared by every caller: read, never changed."""
    key = spec_key(make, chart, lang)
    if key not in _SPECS:
        _waiter(key)  # the preview's worker may be drawing it (charts_ahead.py)
        cached = cache_dir / f"spec-{key}.json" if cache_dir is not None else None
        if cached is not None and cached.exists():
            _SPECS[key] = json.loads(cached.read_text(encoding="utf-8"))
        else:
            _SPECS[key] = make(chart, lang)
            if cached is not None:
                cached.parent.mkdir(parents=True, exist_ok=True)
                partial = cached.with_suffix(f".{os.getpid()}.tmp")
                partial.write_text(json.dumps(_SPECS[key], ensure_ascii=False), encoding="utf-8")
                partial.replace(cached)  # atomic: parallel builds never read half a file
    return _SPECS[key]


# What each spec of this process was encoded to (its hash, its file), by the spec itself:
# the preview's rebuild asks for every chart of every language again, and encoding the
# unchanged ones twice cost more than drawing the one that changed. The spec is kept beside
# its answers, so that its id is not another object's.
_ENCODED: dict[tuple[str, int], tuple[dict[str, Any], Any]] = {}


def _encoded_once(kind: str, spec: dict[str, Any], encode: Callable[[dict[str, Any]], Any]) -> Any:
    known = _ENCODED.get((kind, id(spec)))
    if known is not None and known[0] is spec:
        return known[1]
    answer = encode(spec)
    _ENCODED[(kind, id(spec))] = (spec, answer)
    return answer


def spec_hash(spec: dict[str, Any]) -> str:
    return _encoded_once("hash", spec, _spec_hash)


def _spec_hash(spec: dict[str, Any]) -> str:
    text = json.dumps(spec, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    salt = f"vl-convert {vl_convert.__version__} vega-lite {VL_VERSION}\n"
    return hashlib.sha256((salt + text).encode("utf-8")).hexdigest()


def draw(spec: dict[str, Any], cache_dir: Path | None = None) -> str:
    """vl-convert's SVG for `spec`; unchanged specs come from memory or `cache_dir`."""
    key = spec_hash(spec)
    if key in _MEMORY:
        return _MEMORY[key]
    cached = cache_dir / f"{key}.svg" if cache_dir is not None else None
    if cached is not None and cached.exists():
        svg = cached.read_text(encoding="utf-8")
    else:
        svg = vl_convert.vegalite_to_svg(spec, vl_version=VL_VERSION)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            partial = cached.with_suffix(f".{os.getpid()}.tmp")
            partial.write_text(svg, encoding="utf-8")
            partial.replace(cached)  # atomic: parallel builds never read half a file
    _MEMORY[key] = svg
    return svg


def accessible(svg: str, chart_id: str, title: str, description: str) -> str:
    """The SVG as an image with our own title and description, on one line."""
    body = _VEGA_ARIA.sub("", svg).replace("\n", " ")
    opening = _SVG_OPEN.search(body)
    if opening is None:
        raise ValueError("not an SVG document")
    tag = opening.group(0)[:-1].rstrip("/").replace('class="marks"', 'class="marks survey-chart"')
    new_tag = (
        f'{tag} role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" '
        f'style="max-width:100%;height:auto">'
        f'<title id="{chart_id}-title">{html.escape(title, quote=False)}</title>'
        f'<desc id="{chart_id}-desc">{html.escape(description, quote=False)}</desc>'
    )
    return body[: opening.start()] + new_tag + body[opening.end() :]


def spec_json(spec: dict[str, Any]) -> bytes:
    return _encoded_once("file", spec, _spec_file)


def _spec_file(spec: dict[str, Any]) -> bytes:
    return (json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def once_per_data(
    draw_all: Callable[[Any, str, Path | None], Result],
) -> Callable[[Any, str, Path | None], Result]:
    """The survey pages and the chart files both need every chart of a language: each is
    made (Altair spec, hash, SVG) once per loaded data, and forgotten with the data."""
    made: dict[tuple[int, str, Path | None], tuple[weakref.ref[Any], Result]] = {}

    @wraps(draw_all)
    def drawn(data: Any, lang: str, cache_dir: Path | None) -> Result:
        key = (id(data), lang, cache_dir)
        found = made.get(key)
        if found is not None and found[0]() is data:
            return found[1]
        for old in [k for k, (ref, _) in made.items() if ref() is None]:
            del made[old]
        result = draw_all(data, lang, cache_dir)
        made[key] = (weakref.ref(data), result)
        return result

    return drawn
