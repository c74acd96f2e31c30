"""The survey catalogue and the published indicators as flat open-data rows.

Published values only. The columns (names, types, constraints and their kk/ru/en titles and
descriptions) are defined once, in `kazutb_transparency.surveys.datasets`, which turns these
rows into the `survey-catalogue`, `survey-indicators`, `survey-distributions` and
`survey-questions` datasets;
each row's keys are those columns, in that order.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.incremental import remembered, remembering
from kazutb_transparency.surveys.claims import RowLookup, SurveyRows, against_university, trend
from kazutb_transparency.surveys.codes import KEY_COLUMNS as INDICATOR_KEY
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.distribution import step
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import SurveyTargets
from kazutb_transparency.surveys.significance import against_target

Row = dict[str, Any]
LANGS = ("kk", "ru", "en")
# The translated columns of the catalogue: `<key>_kk`, `<key>_ru`, `<key>_en`.
TEXT_KEYS = ("name", "target_group", "periodicity", "timing")
# The tested claims beside each indicator (typed in datasets.CLAIM_COLUMNS).
CLAIM_KEYS = (
    "previous_wave",
    "change",
    "change_z",
    "change_p",
    "change_direction",
    "target_verdict",
    "vs_university",
    "vs_university_p",
)


def survey_catalogue_records(data: SurveyData) -> list[Row]:
    rows = []
    for survey in data.surveys:
        row: Row = {"id": survey.id, "number": survey.number}
        for key in TEXT_KEYS:
            text = getattr(survey, key)
            for lang in LANGS:
                row[f"{key}_{lang}"] = getattr(text, lang)
        row["responsible"] = list(survey.responsible)
        row["timing_source"] = survey.timing_source
        regulation = survey.regulation_timing
        for lang in LANGS:
            row[f"regulation_timing_{lang}"] = getattr(regulation, lang) if regulation else None
        for lang in LANGS:
            row[f"note_{lang}"] = getattr(survey.note, lang) if survey.note else None
        row["verified"] = data.catalogue.verified
        row["provenance"] = "confirmed" if data.catalogue.verified else "placeholder"
        rows.append(row)
    return rows


def survey_indicator_records(data: SurveyData) -> list[Row]:
    """One row per published indicator, survey by survey. The claims beside a row compare
    it with rows of its own survey only, so each survey's rows are made from its indicators
    alone, and their verdicts against the targets from that survey's targets: the preview
    makes again only the verdicts of the survey whose target an editor changed (21,700 of
    the large site's 100,000 rows), not every survey's rows and tests."""
    groups = remembered("survey indicators by survey", _by_survey, data.indicators)
    demonstration = data.meta.demonstration
    rows: list[Row] = []
    for survey, indicators in groups.items():
        records = remembered(
            f"survey indicator records of {survey}", _survey_records, indicators, demonstration
        )
        rows += remembered(
            f"survey indicator verdicts of {survey}",
            _with_verdicts,
            indicators,
            records,
            data.targets[survey],
        )
    return rows


def _by_survey(indicators: tuple[IndicatorRow, ...]) -> dict[str, tuple[IndicatorRow, ...]]:
    groups: dict[str, list[IndicatorRow]] = {}
    for row in indicators:
        groups.setdefault(row.survey, []).append(row)
    return {survey: tuple(rows) for survey, rows in groups.items()}


class _Records(list[Row]):
    """A survey's rows without their verdicts, and each row with a verdict as it was made
    first (`verdict_row`): in the preview, a target's edit changes the verdicts of a few of
    its survey's rows, and the others are the very objects encoded last time, which
    `core/opendata/row_lines.py` takes as runs instead of keying them one by one."""

    def __init__(self, rows: list[Row]) -> None:
        super().__init__(rows)
        self._made: dict[tuple[int, str], Row] = {}

    def verdict_row(self, at: int, verdict: str) -> Row:
        """Row `at` with its verdict against the target; the same object for the same
        verdict as long as these records are remembered (they are never changed)."""
        row = self._made.get((at, verdict))
        if row is None:
            row = self._made[at, verdict] = {**self[at], "target_verdict": verdict}
        return row


def _survey_records(indicators: tuple[IndicatorRow, ...], demonstration: bool) -> list[Row]:
    """A survey's rows, with every claim but the verdict against the target."""
    rows = SurveyRows(indicators)
    records = [
        {
            "survey": r.survey,
            "wave": r.wave,
            "unit_type": r.unit_type,
            "unit": r.unit,
            "block": r.block,
            "question": r.question,
            "respondents": r.respondents,
            "valid": r.valid,
            "invited": r.invited,
            "response_rate": _number(r.response_rate),
            "satisfaction": _number(r.satisfaction),
            "ci_low": _number(r.ci_low),
            "ci_high": _number(r.ci_high),
            "suppressed": r.suppressed,
            "suppression_reason": r.suppression_reason or None,
            "flags": list(r.flags) or None,
            **claim_cells(rows, r),
            "demonstration": demonstration,
            "provenance": "placeholder" if demonstration else "confirmed",
        }
        for r in indicators
    ]
    return _Records(records) if remembering() else records


def _with_verdicts(
    indicators: tuple[IndicatorRow, ...], records: list[Row], targets: SurveyTargets
) -> list[Row]:
    """The rows with their verdicts against the survey's targets; a row without one (a
    suppressed row) is the row itself."""
    rows = []
    for at, (indicator, record) in enumerate(zip(indicators, records, strict=True)):
        verdict = target_verdict(targets, indicator)
        if verdict is None:
            rows.append(record)
        elif isinstance(records, _Records):
            rows.append(records.verdict_row(at, verdict))
        else:
            rows.append({**record, "target_verdict": verdict})
    return rows


def claim_cells(rows: RowLookup, row: IndicatorRow) -> Row:
    """The tests behind what the pages say of this row, but its verdict against the target
    (`target_verdict`); empty where nothing was compared (a suppressed row, the first wave,
    a university row against itself). `rows`: the indicators of the row's survey (or all
    of them)."""
    cells: Row = dict.fromkeys(CLAIM_KEYS)
    if row.suppressed or row.satisfaction is None:
        return cells
    found = trend(rows, row)
    if found is not None:
        cells["previous_wave"] = found.previous_wave
        cells["change"] = float(found.change)
        cells["change_z"] = _rounded(found.test.z, 3)
        cells["change_p"] = _rounded(found.test.p_value, 4)
        cells["change_direction"] = found.direction
    unit = against_university(rows, row)
    if unit is not None:
        cells["vs_university"] = unit[0]
        cells["vs_university_p"] = _rounded(unit[1].p_value, 4)
    return cells


def target_verdict(targets: SurveyTargets, row: IndicatorRow) -> str | None:
    """The row against its survey's target (`targets`); None where nothing was compared."""
    if row.suppressed or row.satisfaction is None:
        return None
    target = targets.overall if row.block == OVERALL else targets.for_block(row.block)
    return against_target(row.ci_low, row.ci_high, target.target)


def _rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def survey_question_records(data: SurveyData) -> list[Row]:
    """One row per question of each survey's questionnaire: its block, scale, reverse coding
    and text in three languages, said once here and named by survey and question in the
    distributions' rows (the large site's 24,000 rows carried each text on every row)."""
    rows = []
    for survey, questionnaire in data.questionnaire.items():
        for question in questionnaire.questions:
            row: Row = {"survey": survey, "question": question.id, "block": question.block}
            row |= {"scale": question.scale, "reversed": question.reversed}
            row |= {f"question_{lang}": getattr(question.text, lang) for lang in LANGS}
            row["demonstration"] = data.meta.demonstration
            row["provenance"] = "placeholder" if data.meta.demonstration else "confirmed"
            rows.append(row)
    return rows


def survey_distribution_records(data: SurveyData) -> list[Row]:
    """One row per scale point of each published distribution; the question's text is in
    `survey-questions`, by survey and question."""
    rows = []
    for key, shares in data.distributions.items():
        question = data.questionnaire[key[0]].question(key[5])
        if question is None:  # read_distributions has refused it already
            continue
        indicator = data.row(*key)
        size = step(indicator.valid, data.meta.min_n) if indicator and indicator.valid else None
        for point, share in enumerate(shares, start=1):
            row: Row = dict(zip(INDICATOR_KEY, key, strict=True))
            row |= {"scale_point": point, "share": share / 1000, "scale": question.scale}
            row |= {"reversed": question.reversed, "step": (size or 0) / 1000}
            row["demonstration"] = data.meta.demonstration
            row["provenance"] = "placeholder" if data.meta.demonstration else "confirmed"
            rows.append(row)
    return rows


def _number(value: Any) -> float | None:
    return None if value is None else float(value)
