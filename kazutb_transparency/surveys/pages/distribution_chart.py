"""The distribution chart of a survey page: one stacked horizontal bar per question, for the
university in the latest wave, drawn to static SVG, with its numbers as a table beside it.
Published, rounded shares only (distributions.csv, checked on load)."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from kazutb_transparency.core.markdown import esc, table
from kazutb_transparency.surveys.distribution import step
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import SurveyDef
from kazutb_transparency.surveys.pages.charts import (
    PLOT_WIDTH,
    TITLE_CHARS,
    accessible,
    cached_spec,
    chart_config,
    draw,
    once_per_data,
)
from kazutb_transparency.surveys.pages.fmt import count, percent
from kazutb_transparency.surveys.pages.fragments import t

Drawn = tuple["DistributionChart", dict, str]  # the chart, its Vega-Lite spec, its SVG


@dataclass(frozen=True)
class Bar:
    question: str  # id
    label: str  # the question id: the axis of a phone-wide chart has room for no more
    text: str
    valid: int
    shares: tuple[int, ...]  # thousandths at points 1..k
    step: int  # thousandths


@dataclass(frozen=True)
class DistributionChart:
    chart_id: str
    title: str
    description: str
    wave: str
    bars: list[Bar]
    axis: str
    legend: str


def distribution_chart(data: SurveyData, survey: SurveyDef, lang: str) -> DistributionChart | None:
    waves = data.waves(survey.id)
    if not waves:
        return None
    wave, bars = waves[-1], []
    for question in data.questionnaire[survey.id].questions:
        key = (survey.id, wave, "university", "", question.block, question.id)
        shares, row = data.distributions.get(key), data.row(*key)
        if shares and row is not None and row.valid:
            text = question.text.get(lang)
            size = step(row.valid, data.meta.min_n) or 0
            bars.append(Bar(question.id, question.id, text, row.valid, shares, size))
    if not bars:
        return None
    name = survey.name.get(lang)
    return DistributionChart(
        chart_id=f"distribution-{survey.id}",
        title=t("dist_title", lang, survey=name, wave=wave),
        description=t("dist_desc", lang, count=len(bars)),
        wave=wave,
        bars=bars,
        axis=t("dist_axis", lang),
        legend=t("dist_point", lang),
    )


def distribution_spec(chart: DistributionChart, lang: str) -> dict[str, Any]:
    """Vega-Lite: bars stacked by scale point (lowest first), a sequential colour scale.

    Drawn for a phone like the trend chart: the axis names questions by id (the table under
    the chart gives their text) and the legend wraps, so text stays at 12 px or more when the
    picture is shrunk to a 390 px screen.
    """
    import altair as alt  # here: a build whose charts are all cached never imports it

    values = [
        {"question": bar.label, "point": point, "share": share / 1000}
        for bar in chart.bars
        for point, share in enumerate(bar.shares, start=1)
    ]
    bars = (
        alt.Chart(alt.Data(name="distribution"))
        .mark_bar(stroke="white", strokeWidth=0.5)
        .encode(
            x=alt.X(
                "share:Q",
                stack="zero",
                title=chart.axis,
                scale=alt.Scale(domain=[0, 1]),
                # Quarters: five labels fit a phone-wide axis with room between them.
                axis=alt.Axis(format=".0%", values=[0, 0.25, 0.5, 0.75, 1], labelFlush=False),
            ),
            y=alt.Y("question:N", sort=[b.label for b in chart.bars], title=None),
            color=alt.Color("point:O", title=chart.legend, scale=alt.Scale(scheme="blues")),
            order=alt.Order("point:Q"),
        )
        .properties(
            title=textwrap.wrap(chart.title, TITLE_CHARS) or [chart.title],
            width=PLOT_WIDTH,
            height=24 * len(chart.bars),
        )
    )
    spec = bars.to_dict(validate=False)
    spec["datasets"] = {"distribution": values}
    spec["config"] = chart_config(lang, legend_columns=6)
    spec["config"]["legend"]["symbolType"] = "square"  # bars, not lines
    return spec


@once_per_data
def draw_distributions(data: SurveyData, lang: str, cache_dir: Path | None) -> dict[str, Drawn]:
    """survey id → (chart, spec, accessible SVG), for surveys with a distribution to show."""
    out: dict[str, Drawn] = {}
    for survey in data.surveys:
        chart = distribution_chart(data, survey, lang)
        if chart is not None:
            spec = cached_spec(distribution_spec, chart, lang, cache_dir)
            svg = draw(spec, cache_dir)
            out[survey.id] = (
                chart,
                spec,
                accessible(svg, chart.chart_id, chart.title, chart.description),
            )
    return out


def distribution_table(chart: DistributionChart, lang: str) -> str:
    points = max(len(bar.shares) for bar in chart.bars)
    headers = [esc(t(key, lang)) for key in ("question", "valid", "dist_step")]
    headers += [f"{esc(t('dist_point', lang))} {point}" for point in range(1, points + 1)]
    rows = [
        [
            f"{esc(bar.question)} {esc(bar.text)}",
            count(bar.valid, lang),
            percent(Decimal(bar.step) / 1000, lang),
            *(percent(Decimal(s) / 1000, lang) for s in bar.shares),
            *(["—"] * (points - len(bar.shares))),
        ]
        for bar in chart.bars
    ]
    return table(headers, rows, t("chart_data", lang).format(title=esc(chart.title)))


def distribution_section(
    data: SurveyData, survey: SurveyDef, lang: str, drawn: Drawn | None
) -> list[str]:
    """Markdown lines of the survey page's distribution section (latest wave)."""
    waves = data.waves(survey.id)
    if not waves:
        return []
    out = [f"## {esc(t('dist_heading', lang, wave=waves[-1]))}", ""]
    if drawn is None:
        return [*out, esc(t("dist_none", lang)), ""]
    chart, _, svg = drawn
    name = f"{survey.id}-distribution"
    return [
        *out,
        esc(t("dist_intro", lang)),
        "",
        f'<figure class="survey-chart-figure">{svg}'
        f"<figcaption>{esc(chart.title)}</figcaption></figure>",
        "",
        esc(chart.description),
        "",
        distribution_table(chart, lang),
        f"{esc(t('download', lang))}: [{esc(t('svg', lang))}](charts/{name}.svg) · "
        f"[{esc(t('vl_json', lang))}](charts/{name}.vl.json)",
        "",
    ]
