"""Measurements of the processes' key indicators (data/processes/measurements.csv).

An indicator is named as the open data `process-indicators` name it: the process number and
the indicator's position in the card's `key_indicators` (1-based). Each row is one period's
value with its unit, target, the direction that is better, where the value comes from and
its provenance. The quality office fills the file; demonstration rows are `placeholder`,
shown as such and refused by the strict build.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal

from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.datafiles import CsvRow, display_path, read_csv
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.provenance import STATES, Provenance

FILE_NAME = "measurements.csv"
COLUMNS = (
    "process",
    "indicator",
    "period",
    "value",
    "unit",
    "target",
    "better",
    "source",
    "provenance",
)
# A year ("2025") or a semester of a year ("2025-S1"): sorted as text, they sort in time.
PERIOD = re.compile(r"^(19|20)\d\d(-S[12])?$")
# The range each unit allows, and whether it counts whole things.
UNITS: dict[str, tuple[float, float | None, bool]] = {
    "percent": (0, 100, False),
    "count": (0, None, True),
    "days": (0, None, False),
    "score-5": (0, 5, False),
}
# Where a value comes from: a survey of the site, a document (its code), a unit's report.
SOURCE = re.compile(r"^(survey|document|unit):\S.*$")
Better = Literal["higher", "lower"]
Status = Literal["met", "not-met", "not-measured"]


@dataclass(frozen=True)
class Measurement:
    process: int
    indicator: int  # position in the card's key_indicators, from 1
    period: str
    value: float  # NaN until a survey figure is taken from the survey engine
    unit: str
    target: float | None
    better: Better
    source: str
    provenance: Provenance
    line: int

    @property
    def key(self) -> tuple[int, int]:
        return (self.process, self.indicator)

    @property
    def from_survey(self) -> bool:
        """The value is the survey engine's (the file leaves it empty)."""
        return math.isnan(self.value)

    @property
    def demonstration(self) -> bool:
        return self.provenance == "placeholder"

    def meets_target(self) -> bool | None:
        if self.target is None:
            return None
        if self.better == "higher":
            return self.value >= self.target
        return self.value <= self.target


@dataclass(frozen=True)
class Measurements:
    """Every measurement, by indicator, oldest period first."""

    rows: tuple[Measurement, ...] = ()

    def of(self, process: int, indicator: int) -> list[Measurement]:
        return list(self._by_key.get((process, indicator), ()))

    @cached_property
    def _by_key(self) -> dict[tuple[int, int], tuple[Measurement, ...]]:
        # Asked for every indicator of every process on several pages: one pass over the
        # rows, not one a question (the large site's 1,230 questions cost 0.47 s).
        return {key: tuple(rows) for key, rows in self.by_indicator().items()}

    def by_indicator(self) -> dict[tuple[int, int], list[Measurement]]:
        grouped: dict[tuple[int, int], list[Measurement]] = defaultdict(list)
        for row in self.rows:
            grouped[row.key].append(row)
        return grouped


def measured(rows: list[Measurement]) -> list[Measurement]:
    """The real measurements: a placeholder is an illustration, never a measured value."""
    return [m for m in rows if not m.demonstration]


def status(rows: list[Measurement]) -> Status:
    """Met or not met by the latest real measurement with a target; else not measured."""
    real = [m for m in measured(rows) if m.target is not None]
    if not real:
        return "not-measured"
    return "met" if real[-1].meets_target() else "not-met"


def trend(rows: list[Measurement]) -> Literal["better", "worse", "same"] | None:
    """How the latest real value moved from the one before, in the better direction."""
    real = measured(rows)
    if len(real) < 2:
        return None
    before, latest = real[-2].value, real[-1].value
    if latest == before:
        return "same"
    up = latest > before
    return "better" if up == (real[-1].better == "higher") else "worse"


def _number(text: str) -> float | None:
    """A finite number: float() also reads "nan", "inf" and "1e999", which no figure is."""
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _check_value(
    name: str, row: CsvRow, field: str, value: float, unit: str, record: str
) -> Problem | None:
    low, high, whole = UNITS[unit]
    if value < low or (high is not None and value > high) or (whole and value != int(value)):
        allowed = f"{low:g}–{high:g}" if high is not None else f"{low:g} or more"
        kind = "a whole number " if whole else ""
        return Problem(
            name,
            f"{field} {value:g} is outside the range of unit '{unit}'",
            record=record,
            field=field,
            line=row.line,
            hint=f"a value in {unit} must be {kind}{allowed}",
        )
    return None


def _parse(
    name: str,
    row: CsvRow,
    indicators: dict[int, int],
    unit_ids: frozenset[str],
    problems: list[Problem],
) -> Measurement | None:
    v = {key: value.strip() for key, value in row.values.items()}
    record = f"process {v['process']}, indicator {v['indicator']}, {v['period']}"
    before = len(problems)

    def bad(field: str, message: str, hint: str) -> None:
        problems.append(Problem(name, message, record, field, row.line, hint))

    process = int(v["process"]) if v["process"].isdigit() else None
    indicator = int(v["indicator"]) if v["indicator"].isdigit() else None
    if process is None or process not in indicators:
        bad("process", f"no process '{v['process']}'", "use a process number 1–22")
    elif indicator is None or not 1 <= indicator <= indicators[process]:
        bad(
            "indicator",
            f"process {process} has no key indicator '{v['indicator']}'",
            f"its card lists {indicators[process]} key indicator(s): use 1–{indicators[process]}"
            " (their order in the card's key_indicators)",
        )
    if not PERIOD.match(v["period"]):
        bad("period", f"'{v['period']}' is not a year or a semester", "write 2025 or 2025-S1")
    if v["unit"] not in UNITS:
        bad("unit", f"unknown unit '{v['unit']}'", f"use one of: {', '.join(UNITS)}")
    if v["better"] not in ("higher", "lower"):
        bad("better", f"'{v['better']}' is not a direction", "write higher or lower")
    if not SOURCE.match(v["source"]):
        bad(
            "source",
            f"source '{v['source']}' names no survey, document or unit",
            "write survey:<survey id>, document:<code> or unit:<unit id>",
        )
    elif v["source"].startswith("unit:") and v["source"][5:] not in unit_ids:
        bad("source", f"unknown unit '{v['source'][5:]}'", "use an id from data/units.yaml")
    if v["provenance"] not in STATES:
        bad("provenance", f"unknown provenance '{v['provenance']}'", f"use {', '.join(STATES)}")
    numbers: dict[str, float | None] = {}
    for field in ("value", "target"):
        # No target: none set. No value: a survey figure, taken from the survey engine.
        if not v[field] and (field == "target" or v["source"].startswith("survey:")):
            numbers[field] = None
            continue
        number = _number(v[field])
        if number is None:
            bad(
                field,
                f"{field} '{v[field]}' is not a number",
                "write a number like 87.5 (a survey figure may be left empty: the site takes it "
                "from the survey's published indicators)",
            )
        elif v["unit"] in UNITS:
            problem = _check_value(name, row, field, number, v["unit"], record)
            if problem is not None:
                problems.append(problem)
        numbers[field] = number
    if len(problems) > before:
        return None
    assert process is not None and indicator is not None
    return Measurement(
        process=process,
        indicator=indicator,
        period=v["period"],
        value=numbers["value"] if numbers["value"] is not None else math.nan,
        unit=v["unit"],
        target=numbers["target"],
        better=v["better"],  # type: ignore[arg-type]
        source=v["source"],
        provenance=v["provenance"],  # type: ignore[arg-type]
        line=row.line,
    )


def load_measurements(
    processes_dir: Path, indicators: dict[int, int], unit_ids: frozenset[str], audit: Audit
) -> Measurements:
    """Read and check the file; `indicators` is {process number: its number of indicators},
    `unit_ids` the units a value may come from.

    No file means nothing measured yet. Every problem names the file, line and field.
    """
    path = processes_dir / FILE_NAME
    if not path.exists():
        return Measurements()
    name = display_path(path)
    problems: list[Problem] = []
    found: list[Measurement] = []
    seen: dict[tuple[int, int, str], int] = {}
    units: dict[tuple[int, int], tuple[str, int]] = {}
    for row in read_csv(path, COLUMNS):
        measurement = _parse(name, row, indicators, unit_ids, problems)
        if measurement is None:
            continue
        record = f"process {measurement.process}, indicator {measurement.indicator}"
        key = (*measurement.key, measurement.period)
        if key in seen:
            problems.append(
                Problem(
                    name,
                    f"a second value for period {measurement.period} (also on line {seen[key]})",
                    record,
                    "period",
                    row.line,
                    "keep one row per indicator and period",
                )
            )
            continue
        seen[key] = row.line
        unit, first = units.setdefault(measurement.key, (measurement.unit, row.line))
        if unit != measurement.unit:
            problems.append(
                Problem(
                    name,
                    f"unit '{measurement.unit}' differs from '{unit}' on line {first}",
                    record,
                    "unit",
                    row.line,
                    "measure an indicator in one unit over all periods",
                )
            )
            continue
        if measurement.demonstration:
            audit.add(
                Concern.PLACEHOLDER,
                Problem(
                    name,
                    "a demonstration value, not a measurement of the university",
                    record,
                    "provenance",
                    row.line,
                    "replace it by the measured value and its source, set provenance to "
                    "confirmed, or delete the row (the page then says 'not measured yet')",
                ),
            )
        found.append(measurement)
    if problems:
        raise DataError(problems)
    found.sort(key=lambda m: (m.process, m.indicator, m.period))
    return Measurements(tuple(found))
