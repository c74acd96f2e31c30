"""The survey catalogue and the published indicators as flat open-data rows.

Published values only. The columns (names, types, constraints and their kk/ru/en titles and
descriptions) are defined once, in `kazutb_transparency.surveys.datasets`, which turns these
rows into the `survey-catalogue` and `survey-indicators` datasets; each row's keys are those
columns, in that order.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.surveys.loading import SurveyData

Row = dict[str, Any]
LANGS = ("kk", "ru", "en")
# The translated columns of the catalogue: `<key>_kk`, `<key>_ru`, `<key>_en`.
TEXT_KEYS = ("name", "target_group", "periodicity", "timing")


def survey_catalogue_records(data: SurveyData) -> list[Row]:
    rows = []
    for survey in data.surveys:
        row: Row = {"id": survey.id, "number": survey.number}
        for key in TEXT_KEYS:
            text = getattr(survey, key)
            for lang in LANGS:
                row[f"{key}_{lang}"] = getattr(text, lang)
        row["responsible"] = list(survey.responsible)
        row["verified"] = data.catalogue.verified
        rows.append(row)
    return rows


def survey_indicator_records(data: SurveyData) -> list[Row]:
    rows = []
    for r in data.indicators:
        rows.append(
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
                "demonstration": data.meta.demonstration,
            }
        )
    return rows


def _number(value: Any) -> float | None:
    return None if value is None else float(value)
