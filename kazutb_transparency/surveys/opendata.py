"""The survey catalogue and the published indicators as open data: flat rows and their
Frictionless Table Schemas (field titles in kk, ru and en). Published values only."""

from __future__ import annotations

from typing import Any

from kazutb_transparency.surveys.codes import (
    FLAG_LOW_RESPONSE,
    ID_PATTERN,
    UNIT_TYPES,
    WAVE_PATTERN,
)
from kazutb_transparency.surveys.loading import SurveyData

Row = dict[str, Any]
_LANGS = ("kk", "ru", "en")


def _field(
    name: str,
    kind: str,
    titles: tuple[str, str, str],
    description: str,
    **constraints: Any,
) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": name,
        "type": kind,
        "title": titles[2],
        "titles": dict(zip(_LANGS, titles, strict=True)),
        "description": description,
    }
    if constraints:
        field["constraints"] = constraints
    return field


_TEXTS = {
    "name": ("Атауы", "Название", "Name"),
    "target_group": ("Нысаналы топ", "Целевая группа", "Target group"),
    "periodicity": ("Кезеңділігі", "Периодичность", "Periodicity"),
    "timing": ("Өткізу мерзімі", "Сроки проведения", "Timing"),
}
# The name of each language (inner key) in each language (outer key).
_LANG_NAMES = {
    "kk": {"kk": "қазақша", "ru": "орысша", "en": "ағылшынша"},
    "ru": {"kk": "на казахском", "ru": "на русском", "en": "на английском"},
    "en": {"kk": "Kazakh", "ru": "Russian", "en": "English"},
}


def survey_catalogue_schema() -> dict[str, Any]:
    fields = [
        _field(
            "id",
            "string",
            ("Сәйкестендіргіш", "Идентификатор", "Identifier"),
            "Stable id of the survey, used by survey-indicators.",
            required=True,
            unique=True,
            pattern=ID_PATTERN[1:-1],
        ),
        _field(
            "number",
            "integer",
            ("№", "№", "No."),
            "Number of the survey in §7.8 of the methodology.",
            required=True,
            minimum=1,
        ),
    ]
    for key, titles in _TEXTS.items():
        for lang in _LANGS:
            fields.append(
                _field(
                    f"{key}_{lang}",
                    "string",
                    (
                        f"{titles[0]} ({_LANG_NAMES['kk'][lang]})",
                        f"{titles[1]} ({_LANG_NAMES['ru'][lang]})",
                        f"{titles[2]} ({_LANG_NAMES['en'][lang]})",
                    ),
                    f"{titles[2]} in {_LANG_NAMES['en'][lang]}; empty while the translation "
                    "is pending.",
                    required=lang == "kk",
                )
            )
    fields += [
        _field(
            "responsible",
            "string",
            ("Жауапты бөлімшелер", "Ответственные подразделения", "Responsible units"),
            "Unit ids of data/units.yaml separated by ';', the leading unit first.",
            required=True,
        ),
        _field(
            "verified",
            "boolean",
            ("Расталған", "Подтверждено", "Verified"),
            "False while the university has not confirmed the adaptation.",
            required=True,
        ),
    ]
    return {"fields": fields, "primaryKey": ["id"]}


def survey_catalogue_records(data: SurveyData) -> list[Row]:
    rows = []
    for survey in data.surveys:
        row: Row = {"id": survey.id, "number": survey.number}
        for key in _TEXTS:
            text = getattr(survey, key)
            for lang in _LANGS:
                row[f"{key}_{lang}"] = getattr(text, lang)
        row["responsible"] = ";".join(survey.responsible)
        row["verified"] = data.catalogue.verified
        rows.append(row)
    return rows


def survey_indicator_schema() -> dict[str, Any]:
    share = {"minimum": 0, "maximum": 1}
    fields = [
        _field(
            "survey",
            "string",
            ("Сауалнама", "Опрос", "Survey"),
            "Survey id (survey-catalogue).",
            required=True,
            pattern=ID_PATTERN[1:-1],
        ),
        _field(
            "wave",
            "string",
            ("Толқын", "Волна", "Wave"),
            "YYYY-MM: the month the survey wave closed.",
            required=True,
            pattern=WAVE_PATTERN[1:-1],
        ),
        _field(
            "unit_type",
            "string",
            ("Деңгей", "Уровень", "Unit level"),
            "university, faculty or programme.",
            required=True,
            enum=list(UNIT_TYPES),
        ),
        _field(
            "unit",
            "string",
            ("Бөлімше", "Подразделение", "Unit"),
            "Faculty or programme code; empty for the university.",
        ),
        _field(
            "block",
            "string",
            ("Блок", "Блок", "Block"),
            "Question block id, or 'overall' for the whole survey.",
            required=True,
        ),
        _field(
            "question",
            "string",
            ("Сұрақ", "Вопрос", "Question"),
            "Question id; empty for a block or the whole survey.",
        ),
        _field(
            "respondents",
            "integer",
            ("Респонденттер", "Респонденты", "Respondents"),
            "Distinct respondents with at least one valid answer; empty when suppressed.",
            minimum=0,
        ),
        _field(
            "valid",
            "integer",
            ("Жарамды жауаптар", "Валидные ответы", "Valid answers"),
            "Valid answers (1..k; not na, dk or missing); empty when suppressed.",
            minimum=0,
        ),
        _field(
            "invited",
            "integer",
            ("Шақырылғандар", "Приглашены", "Invited"),
            "People invited to the survey in this unit; empty if unknown.",
            minimum=0,
        ),
        _field(
            "response_rate",
            "number",
            ("Жауап деңгейі", "Доля ответивших", "Response rate"),
            "respondents / invited, 3 decimals; empty when suppressed or invited is unknown.",
            **share,
        ),
        _field(
            "satisfaction",
            "number",
            ("Қанағаттану", "Удовлетворённость", "Satisfaction"),
            "Share of positive answers (top 40% of the scale) among valid answers, "
            "3 decimals; empty when suppressed.",
            **share,
        ),
        _field(
            "ci_low",
            "number",
            ("Аралықтың төменгі шегі", "Нижняя граница интервала", "CI lower bound"),
            "Wilson 95% interval, n = respondents; only from 30 respondents.",
            **share,
        ),
        _field(
            "ci_high",
            "number",
            ("Аралықтың жоғарғы шегі", "Верхняя граница интервала", "CI upper bound"),
            "Wilson 95% interval, n = respondents; only from 30 respondents.",
            **share,
        ),
        _field(
            "suppressed",
            "boolean",
            ("Жасырылған", "Скрыто", "Suppressed"),
            "True when the figures are withheld to protect small groups.",
            required=True,
        ),
        _field(
            "suppression_reason",
            "string",
            ("Жасыру себебі", "Причина скрытия", "Suppression reason"),
            "primary: fewer respondents than the minimum; "
            "secondary: hidden so that another hidden group cannot be worked out.",
            enum=["primary", "secondary"],
        ),
        _field(
            "flags",
            "string",
            ("Белгілер", "Отметки", "Flags"),
            "low-response-rate when the response rate is below 30%; empty on suppressed rows.",
            enum=[FLAG_LOW_RESPONSE],
        ),
        _field(
            "demonstration",
            "boolean",
            ("Демонстрациялық", "Демонстрационные", "Demonstration"),
            "True while the figures are synthetic demonstration data.",
            required=True,
        ),
    ]
    return {
        "fields": fields,
        "primaryKey": ["survey", "wave", "unit_type", "unit", "block", "question"],
        "missingValues": [""],
    }


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
                "flags": ";".join(r.flags) or None,
                "demonstration": data.meta.demonstration,
            }
        )
    return rows


def _number(value: Any) -> float | None:
    return None if value is None else float(value)
