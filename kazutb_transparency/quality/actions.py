"""Every corrective and preventive action in one list: those opened on internal-audit
findings and those taken on survey indicators — one model (`capa.Action`), one review rule,
one dataset (`corrective-actions`) and one page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from kazutb_transparency.core.datafiles import display_path
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.quality.capa import Action, state
from kazutb_transparency.quality.loading import QualitySystem
from kazutb_transparency.surveys.loading import SurveyData

Origin = Literal["audit", "survey"]


@dataclass(frozen=True)
class Capa:
    origin: Origin
    action: Action
    answers: str  # the finding's id, or the survey indicator's key (survey/wave/unit/…)
    process: int | None  # the audited process of the finding; a survey action names none
    as_of: date  # the day its status was last checked
    provenance: Provenance

    @property
    def state(self) -> Literal["open", "overdue", "closed"]:
        return state(self.action, self.as_of)


def all_actions(quality: QualitySystem, surveys: SurveyData) -> list[Capa]:
    found: list[Capa] = []
    records = quality.records
    if records is not None:
        for audit in records.audits:
            process = {finding.id: finding.process for finding in audit.findings}
            for action in audit.actions:
                found.append(
                    Capa(
                        "audit",
                        action,
                        action.finding,
                        process.get(action.finding),
                        records.as_of,
                        audit.provenance,
                    )
                )
    survey_state: Provenance = "placeholder" if surveys.actions.demonstration else "confirmed"
    for action in surveys.actions.actions:
        key = "/".join(part for part in action.indicator.key() if part)
        found.append(Capa("survey", action, key, None, surveys.as_of, survey_state))
    return sorted(found, key=lambda capa: (capa.action.due, capa.action.id))


def duplicate_ids(quality: QualitySystem, surveys: SurveyData, data_dir: Path) -> list[Problem]:
    """An action id used by an audit action and a survey action: one list, one id each."""
    audits = quality.records.audits if quality.records else []
    audit_ids = {action.id for audit in audits for action in audit.actions}
    return [
        Problem(
            display_path(data_dir / "quality" / "audits.yaml"),
            f"action id '{action.id}' is also used in data/surveys/actions.yaml",
            f"action {action.id}",
            "id",
            hint="every corrective action needs its own id across audits and surveys",
        )
        for action in surveys.actions.actions
        if action.id in audit_ids
    ]
