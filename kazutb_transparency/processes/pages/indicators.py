"""The key indicators' measurements on the process pages: the latest value against its
target with the trend, a small chart and the table of every period; and each process's
status at a glance on the index (met / not met / not measured yet)."""

from __future__ import annotations

from collections.abc import Callable

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import format_number
from kazutb_transparency.core.markdown import esc, table, tr
from kazutb_transparency.organisation import Units
from kazutb_transparency.processes.measurements import (
    Measurement,
    Measurements,
    Status,
    measured,
    status,
    trend,
)
from kazutb_transparency.processes.models import Item, Process
from kazutb_transparency.processes.pages.indicator_chart import indicator_svg

M: dict[str, dict[str, str]] = catalog("process_measurements")
MARK: dict[str, dict[str, str]] = catalog("disclosures_provenance_mark")
STATUSES: tuple[Status, ...] = ("met", "not-met", "not-measured")


def value_text(value: float, unit: str, lang: str) -> str:
    number = format_number(value, lang, 0 if unit == "count" else None)
    return M[f"unit_{unit}"][lang].format(value=number)


def period_text(period: str, lang: str) -> str:
    """2025 as written; a semester (2025-S1) in words of the page's language."""
    year, _, semester = period.partition("-S")
    if not semester:
        return esc(period)
    return M["semester"][lang].format(year=year, number=semester)


def _source(source: str, units: Units, lang: str) -> str:
    kind, _, ref = source.partition(":")
    if kind == "unit" and ref in units.by_id:
        return f"{M[f'source_{kind}'][lang]}: {tr(units.by_id[ref].name, lang)}"
    return f"{M[f'source_{kind}'][lang]}: <code>{esc(ref)}</code>"


def _status_cell(state: Status, lang: str) -> str:
    return f'<span class="indicator-{state}">{M[state][lang]}</span>'


def _mark(row: Measurement, lang: str) -> str:
    return f'<span class="prov prov-{row.provenance}">{MARK[row.provenance][lang]}</span>'


def _chart(process: Process, index: int, text: str, rows: list[Measurement], lang: str) -> str:
    real = measured(rows)
    if not real:
        return ""
    latest = real[-1]
    points = [
        (m.period.replace("-S", "/"), m.value, value_text(m.value, m.unit, lang)) for m in real
    ]
    listed = "; ".join(f"{period}: {shown}" for period, _, shown in points)
    description = M["chart_desc"][lang].format(values=listed)
    if latest.target is not None:
        description += " " + M["chart_target"][lang].format(
            target=value_text(latest.target, latest.unit, lang)
        )
    svg = indicator_svg(
        f"{process.slug}-i{index}",
        M["chart_title"][lang].format(indicator=text),
        description,
        points,
        latest.target,
    )
    caption = ""
    if latest.target is not None:
        target = value_text(latest.target, latest.unit, lang)
        caption = f"<figcaption>{M['target_line'][lang].format(target=target)}</figcaption>"
    return f'<figure class="indicator-figure">{svg}{caption}</figure>'


def _periods_table(text: str, rows: list[Measurement], units: Units, lang: str) -> str:
    body = [
        [
            period_text(m.period, lang),
            value_text(m.value, m.unit, lang)
            + (f" ({M['not_a_measurement'][lang]})" if m.demonstration else ""),
            value_text(m.target, m.unit, lang) if m.target is not None else "—",
            M[f"better_{m.better}"][lang],
            _source(m.source, units, lang),
            _mark(m, lang),
        ]
        for m in rows
    ]
    headers = [M[k][lang] for k in ("period", "value", "target", "better", "source", "state")]
    return table(headers, body, M["periods_caption"][lang].format(indicator=text))


def _latest(row: Measurement, lang: str) -> str:
    return f"{value_text(row.value, row.unit, lang)} ({period_text(row.period, lang)})"


def indicators_section(
    process: Process,
    measurements: Measurements,
    units: Units,
    lang: str,
    item_text: Callable[[Item], str],
) -> str:
    """The measured indicators of one process page (in place of the bare list); `item_text`
    writes an indicator as the card's lists do (with its editorial reading)."""
    out = [f"## {M['heading'][lang]}", ""]
    summary_rows = []
    details = []
    for index, item in enumerate(process.key_indicators, start=1):
        text = tr(item, lang)
        rows = measurements.of(process.number, index)
        real = measured(rows)
        latest = real[-1] if real else None
        state = status(rows)
        moved = trend(rows)
        summary_rows.append(
            [
                str(index),
                item_text(item),
                _latest(latest, lang) if latest else "—",
                value_text(latest.target, latest.unit, lang)
                if latest and latest.target is not None
                else "—",
                _status_cell(state, lang),
                M[f"trend_{moved}"][lang] if moved else "—",
            ]
        )
        if rows:
            details += [f"### {index}. {text}", "", _chart(process, index, text, rows, lang)]
            if rows and not real:
                details.append(f"<p>{M['only_demonstration'][lang]}</p>")
            details += ["", _periods_table(text, rows, units, lang)]
    headers = [M[k][lang] for k in ("number", "indicator", "latest", "target", "status", "trend")]
    out.append(table(headers, summary_rows, M["heading"][lang]))
    counts = process_counts(process, measurements)
    out += [M["summary"][lang].format(**counts), ""]
    out += details
    return "\n".join(out)


def process_counts(process: Process, measurements: Measurements) -> dict[str, int]:
    found = {"met": 0, "not_met": 0, "not_measured": 0}
    for index, _ in enumerate(process.key_indicators, start=1):
        found[status(measurements.of(process.number, index)).replace("-", "_")] += 1
    return found


def status_cells(process: Process, measurements: Measurements, lang: str) -> list[str]:
    """The index's three columns for one process: met, not met, not measured yet."""
    counts = process_counts(process, measurements)
    return [str(counts["met"]), str(counts["not_met"]), str(counts["not_measured"])]


def status_headers(lang: str) -> list[str]:
    return [M[f"col_{state}"][lang] for state in STATUSES]
