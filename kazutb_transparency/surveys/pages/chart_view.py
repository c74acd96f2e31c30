"""The trend chart of a survey page: what it shows (published values only), its drawing and
the table of its numbers."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.core.markdown import esc, table
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import SurveyDef
from kazutb_transparency.surveys.pages.charts import (
    Series,
    TrendChart,
    accessible,
    cached_spec,
    draw,
    once_per_data,
    trend_spec,
)
from kazutb_transparency.surveys.pages.fmt import count, interval, percent
from kazutb_transparency.surveys.pages.fragments import block_label, rate_cell, share_cell, t

Drawn = tuple[TrendChart, dict, str]  # the chart, its Vega-Lite spec, its accessible SVG


def trend_chart(data: SurveyData, survey: SurveyDef, lang: str) -> TrendChart | None:
    waves = data.waves(survey.id)
    series = []
    for block in [OVERALL, *data.questionnaire[survey.id].block_ids()]:
        published = [
            (wave, float(row.satisfaction))
            for wave in waves
            if (row := data.row(survey.id, wave, block=block)) is not None
            and row.satisfaction is not None
        ]
        if published:
            label = (
                t("overall", lang) if block == OVERALL else block_text(survey.id, block, data, lang)
            )
            # The interval of the overall figure only: one set of error bars stays legible.
            intervals = tuple(
                (wave, float(row.ci_low), float(row.ci_high))
                for wave in waves
                if block == OVERALL
                and (row := data.row(survey.id, wave, block=block)) is not None
                and row.ci_low is not None
                and row.ci_high is not None
            )
            series.append(Series(label, published, intervals))
    if not series:
        return None
    overall = [row for wave in waves if (row := data.row(survey.id, wave)) and not row.suppressed]
    target = data.target(survey.id)
    title = t("chart_title", lang, survey=survey.name.get(lang))
    description = t(
        "chart_desc",
        lang,
        first=waves[0],
        last=waves[-1],
        start=percent(overall[0].satisfaction, lang) if overall else "—",
        end=percent(overall[-1].satisfaction, lang) if overall else "—",
        target=percent(target.target, lang),
        threshold=percent(target.threshold, lang),
    )
    description += " " + t("chart_ci", lang)
    return TrendChart(
        chart_id=f"chart-{survey.id}",
        title=title,
        description=description,
        waves=waves,
        series=series,
        target=float(target.target),
        threshold=float(target.threshold),
        axis_wave=t("wave", lang),
        axis_share=t("share_axis", lang),
        legend=t("series", lang),
        target_label=f"{t('target', lang)} {percent(target.target, lang)}",
        threshold_label=f"{t('threshold', lang)} {percent(target.threshold, lang)}",
    )


def block_text(survey: str, block: str, data: SurveyData, lang: str) -> str:
    """A block name as plain text (chart labels are not HTML)."""
    name = data.questionnaire[survey].blocks.get(block)
    return name.get(lang) if name else block


def chart_table(data: SurveyData, survey: SurveyDef, chart: TrendChart, lang: str) -> str:
    blocks = [OVERALL, *data.questionnaire[survey.id].block_ids()]
    headers = [
        esc(t("wave", lang)),
        *(block_label(data, survey.id, b, lang) for b in blocks),
        esc(t("ci", lang)),
        esc(t("respondents", lang)),
        esc(t("response_rate", lang)),
    ]
    rows = []
    for wave in chart.waves:
        overall = data.row(survey.id, wave)
        cells = [esc(wave)]
        cells += [share_cell(data.row(survey.id, wave, block=b), data, lang) for b in blocks]
        if overall is None or overall.suppressed:
            cells += ["—", "—", "—"]
        else:
            cells += [
                interval(overall.ci_low, overall.ci_high, lang),
                count(overall.respondents, lang),
                rate_cell(overall, lang),
            ]
        rows.append(cells)
    return table(headers, rows, t("chart_data", lang).format(title=esc(chart.title)))


@once_per_data
def draw_charts(data: SurveyData, lang: str, cache_dir: Path | None) -> dict[str, Drawn]:
    """survey id → (chart, spec, accessible SVG), for the surveys with published values."""
    out: dict[str, Drawn] = {}
    for survey in data.surveys:
        chart = trend_chart(data, survey, lang)
        if chart is None:
            continue
        spec = cached_spec(trend_spec, chart, lang, cache_dir)
        svg = accessible(draw(spec, cache_dir), chart.chart_id, chart.title, chart.description)
        out[survey.id] = (chart, spec, svg)
    return out
