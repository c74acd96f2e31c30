"""The corrective and preventive actions (§7.5.5) as open data: `survey-actions`.

One row per action of data/surveys/actions.yaml, keyed by its id; the indicator it answers is
given by the same six columns as in `survey-indicators`. `overdue` is computed against the
statuses' date (`as_of`, also a column), so the file reads the same on every rebuild of the
same data.
"""

from __future__ import annotations

from datetime import date, timedelta

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.locale_format import DateText, fill
from kazutb_transparency.core.opendata.dataset import Dataset, Field, localized_fields
from kazutb_transparency.core.provenance import provenance_column
from kazutb_transparency.surveys.action_rules import is_overdue
from kazutb_transparency.surveys.codes import ID_PATTERN, KEY_COLUMNS
from kazutb_transparency.surveys.evidence import judged
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.rows import LANGS, Row

# Titles and descriptions of the datasets' fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_survey_actions")

STATUSES = ("planned", "in-progress", "done", "effective", "not-effective")


def _date(name: str, title: Localized, description: Localized, required: bool) -> Field:
    return Field(name, "date", title, description, required=required)


def action_fields(indicator_key: tuple[Field, ...]) -> tuple[Field, ...]:
    """The columns; `indicator_key` are the key columns of survey-indicators, defined there."""
    return (*_HEAD, *indicator_key, *_TAIL)


_HEAD: tuple[Field, ...] = (
    Field(
        "id",
        "string",
        TEXTS["_head.id.title"],
        TEXTS["_head.id.description"],
        required=True,
        unique=True,
        pattern=ID_PATTERN.removeprefix("^").removesuffix("$"),
    ),
    Field(
        "kind",
        "string",
        TEXTS["_head.kind.title"],
        TEXTS["_head.kind.description"],
        required=True,
        enum=("corrective", "preventive"),
    ),
)

_TAIL: tuple[Field, ...] = (
    _date(
        "due",
        TEXTS["_tail.due.title"],
        TEXTS["_tail.due.description"],
        required=True,
    ),
    Field(
        "status",
        "string",
        TEXTS["_tail.status.title"],
        TEXTS["_tail.status.description"],
        required=True,
        enum=STATUSES,
    ),
    _date(
        "review",
        TEXTS["_tail.review.title"],
        TEXTS["_tail.review.description"],
        required=False,
    ),
    Field(
        "overdue",
        "boolean",
        TEXTS["_tail.overdue.title"],
        TEXTS["_tail.overdue.description"],
        required=True,
    ),
    _date(
        "overdue_on",
        TEXTS["_tail.overdue_on.title"],
        TEXTS["_tail.overdue_on.description"],
        required=True,
    ),
    *localized_fields(
        "action",
        TEXTS["actions.action.title"],
        TEXTS["actions.action.description"],
    ),
    Field(
        "responsible",
        "string",
        TEXTS["_tail.responsible.title"],
        TEXTS["_tail.responsible.description"],
        required=True,
    ),
    Field(
        "approved_by",
        "string",
        TEXTS["_tail.approved_by.title"],
        TEXTS["_tail.approved_by.description"],
        required=True,
    ),
    Field(
        "decision",
        "string",
        TEXTS["_tail.decision.title"],
        TEXTS["_tail.decision.description"],
        required=True,
    ),
    _date(
        "decision_date",
        TEXTS["_tail.decision_date.title"],
        TEXTS["_tail.decision_date.description"],
        required=True,
    ),
    Field(
        "evidence_wave",
        "string",
        TEXTS["_tail.evidence_wave.title"],
        TEXTS["_tail.evidence_wave.description"],
    ),
    Field(
        "evidence_satisfaction",
        "number",
        TEXTS["_tail.evidence_satisfaction.title"],
        TEXTS["_tail.evidence_satisfaction.description"],
        minimum=0,
        maximum=1,
    ),
    Field(
        "evidence_change",
        "number",
        TEXTS["_tail.evidence_change.title"],
        TEXTS["_tail.evidence_change.description"],
        minimum=-1,
        maximum=1,
    ),
    Field(
        "evidence_p",
        "number",
        TEXTS["_tail.evidence_p.title"],
        TEXTS["_tail.evidence_p.description"],
        minimum=0,
        maximum=1,
    ),
    Field(
        "evidence_direction",
        "string",
        TEXTS["_tail.evidence_direction.title"],
        TEXTS["_tail.evidence_direction.description"],
        enum=("up", "down", "flat"),
    ),
    _date(
        "as_of",
        TEXTS["_tail.as_of.title"],
        TEXTS["_tail.as_of.description"],
        required=True,
    ),
    Field(
        "demonstration",
        "boolean",
        TEXTS["_tail.demonstration.title"],
        TEXTS["_tail.demonstration.description"],
        required=True,
    ),
    provenance_column(TEXTS["actions.provenance"]),
)


def survey_action_records(data: SurveyData) -> list[Row]:
    rows = []
    for action in data.actions.actions:
        ref = action.indicator
        row: Row = {"id": action.id, "kind": action.kind}
        row |= dict(zip(KEY_COLUMNS, ref.key(), strict=True))
        row |= {
            "due": action.due.isoformat(),
            "status": action.status,
            "review": action.review.isoformat() if action.review else None,
            "overdue": is_overdue(action, data.overdue_day),
            "overdue_on": data.overdue_day.isoformat(),
        }
        row |= {f"action_{lang}": getattr(action.action, lang) for lang in LANGS}
        approval = action.approved_by
        found = judged(action, data)
        row |= {
            "responsible": action.responsible,
            "approved_by": approval.body if approval else None,
            "decision": approval.decision if approval else None,
            "decision_date": approval.dated.isoformat() if approval else None,
            "evidence_wave": found.after.wave if found else None,
            "evidence_satisfaction": float(found.after.satisfaction or 0) if found else None,
            "evidence_change": float(found.test.difference) if found else None,
            "evidence_p": (
                None
                if found is None or found.test.p_value is None
                else round(found.test.p_value, 4)
            ),
            "evidence_direction": found.test.direction if found else None,
            "as_of": data.as_of.isoformat(),
            "demonstration": data.actions.demonstration,
            "provenance": "placeholder" if data.actions.demonstration else "confirmed",
        }
        rows.append(row)
    return rows


def actions_updated(data: SurveyData, latest_wave: date) -> date:
    """When the dataset's content last changed: the statuses' date (else the latest wave),
    or the day the most recent overdue action became overdue, if later."""
    updated = data.actions.as_of or latest_wave
    became = [
        a.due + timedelta(days=1) for a in data.actions.actions if is_overdue(a, data.overdue_day)
    ]
    return max([updated, *became])


def actions_dataset(
    data: SurveyData, indicator_key: tuple[Field, ...], latest_wave: date
) -> Dataset:
    as_of = data.overdue_day
    return Dataset(
        name="survey-actions",
        title=TEXTS["actions.title"],
        # A whole sentence per language; the date in the case its sentence needs.
        description=Localized(
            **{
                lang: fill(TEXTS["actions.description"].get(lang), as_of=DateText(as_of, lang))
                for lang in ("kk", "ru", "en")
            }
        ),
        fields=action_fields(indicator_key),
        rows=survey_action_records(data),
        primary_key=("id",),
        # The statuses' date if the file has one; else the data's latest survey wave, so
        # that the package's dates never depend on the day of the build.
        updated=actions_updated(data, latest_wave),
        sources=(data.actions.source, TEXTS["actions.methodology"]),
        evidence=TEXTS["actions.evidence"],
        pages=("quality/actions.md",),
    )
