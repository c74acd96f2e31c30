"""Indicators that are survey figures take their value from the survey engine.

A row of measurements.csv whose source is `survey:<id>` and whose value is left empty gets
the university's overall satisfaction of that survey in the period (the latest wave of the
year, or of the semester: S1 = January–June, S2 = July–December), as a percentage — the
figure the survey pages publish, not a second copy typed in by hand. Demonstration survey
data make the value a placeholder.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.datafiles import display_path
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.measurements import FILE_NAME, Measurement, Measurements
from kazutb_transparency.surveys.loading import SurveyData

SEMESTER_MONTHS = {"S1": range(1, 7), "S2": range(7, 13)}


def _waves_in(period: str, waves: list[str]) -> list[str]:
    year, _, semester = period.partition("-")
    months = SEMESTER_MONTHS.get(semester, range(1, 13))
    return [w for w in waves if w[:4] == year and int(w[5:7] or 0) in months]


def _resolve(
    row: Measurement, surveys: SurveyData, file: str
) -> tuple[Measurement | None, Problem | None]:
    survey = row.source.removeprefix("survey:")
    record = f"process {row.process}, indicator {row.indicator}, {row.period}"

    def problem(field: str, message: str, hint: str) -> tuple[None, Problem]:
        return None, Problem(file, message, record, field, row.line, hint)

    if survey not in {s.id for s in surveys.catalogue.surveys}:
        return problem("source", f"no survey '{survey}'", "use a survey id of the catalogue")
    if not row.from_survey:
        return row, None
    if row.unit != "percent":
        return problem("unit", "a survey figure is a percentage", "write percent")
    for wave in reversed(_waves_in(row.period, surveys.waves(survey))):
        found = surveys.row(survey, wave)
        if found is not None and found.satisfaction is not None and not found.suppressed:
            state = "placeholder" if surveys.meta.demonstration else row.provenance
            value = round(float(found.satisfaction) * 100, 1)
            return replace(row, value=value, provenance=state), None
    return problem(
        "value",
        f"survey '{survey}' publishes no university-wide figure for {row.period}",
        "write the value, or choose a period with a published wave",
    )


def take_survey_values(
    registry: Registry, surveys: SurveyData, data_dir: Path, audit: Audit
) -> tuple[Registry, list[Problem]]:
    file = display_path(data_dir / "processes" / FILE_NAME)
    rows: list[Measurement] = []
    problems: list[Problem] = []
    for row in registry.measurements.rows:
        if not row.source.startswith("survey:"):
            rows.append(row)
            continue
        resolved, problem = _resolve(row, surveys, file)
        if problem is not None:
            problems.append(problem)
        elif resolved is not None:
            if resolved.demonstration and not row.demonstration:
                audit.add(
                    Concern.PLACEHOLDER,
                    Problem(
                        file,
                        "the survey figure is demonstration data, not a measurement",
                        f"process {row.process}, indicator {row.indicator}, {row.period}",
                        "value",
                        row.line,
                        "publish the survey's real indicators (data/surveys/)",
                    ),
                )
            rows.append(resolved)
    return replace(registry, measurements=Measurements(tuple(rows))), problems
