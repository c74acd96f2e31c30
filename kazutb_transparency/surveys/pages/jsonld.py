"""schema.org description of a survey page: the published indicators of one survey as a
Dataset, with what it measures (the questionnaire's blocks, satisfaction and response rate)
and the waves it covers, all from the survey's data.

Demonstration figures are said to be so in `disambiguatingDescription`: a search engine
takes the description as fact and cannot show the page's warning.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.jsonld import CONTEXT
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import SurveyDef
from kazutb_transparency.surveys.pages.fragments import t


def _variables(data: SurveyData, survey: SurveyDef, lang: str) -> list[str]:
    """The figures the page publishes: satisfaction overall and per block, response rate."""
    names = [t("satisfaction", lang), t("response_rate", lang)]
    entry = data.questionnaire.get(survey.id)
    if entry is not None:
        blocks = [entry.blocks.get(block) for block in entry.block_ids() if block != OVERALL]
        names += [f"{t('satisfaction', lang)}: {b.get(lang)}" for b in blocks if b is not None]
    return names


def survey_page(data: SurveyData, survey: SurveyDef, lang: str) -> dict[str, Any]:
    description = "; ".join(
        f"{t(key, lang)}: {getattr(survey, key).get(lang)}"
        for key in ("target_group", "periodicity")
    )
    found: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "Dataset",
        "name": survey.name.get(lang),
        "description": description,
        "inLanguage": lang,
        "identifier": survey.id,
        "variableMeasured": _variables(data, survey, lang),
    }
    waves = data.waves(survey.id)
    if waves:
        # ISO 8601: one month (2025-05) or the interval from the first wave to the last.
        found["temporalCoverage"] = waves[0] if len(waves) == 1 else f"{waves[0]}/{waves[-1]}"
    if data.meta.demonstration:
        found["disambiguatingDescription"] = t("demo_text", lang)
    return found
