"""Closing the loop with evidence (§7.5.5): who approved an action, and what a judged status
("effective", "not-effective") rests on — the re-measured value of the action's indicator,
the wave it comes from and whether the change is significant (significance.py).

"Effective" without that evidence is an error, and so is an "effective" whose evidence shows
a significant fall: the claim would contradict the published figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from kazutb_transparency.core.datafiles import load_yaml
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.action_rules import JUDGED
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.models import Action
from kazutb_transparency.surveys.significance import Test, two_proportions


class SurveyData(Protocol):
    """What the rules need of loading.SurveyData (which checks the actions with them)."""

    def row(
        self,
        survey: str,
        wave: str,
        unit_type: str = ...,
        unit: str = ...,
        block: str = ...,
        question: str = ...,
    ) -> IndicatorRow | None: ...


# Kinds of data/units.yaml that may approve an action: a unit or a collegial body.
APPROVING_KINDS = frozenset({"unit", "collegial-body", "governance-body"})

Issue = tuple[str, str, str | None]  # field, message, what to do


@dataclass(frozen=True)
class Judged:
    """The evidence of a judged action: the triggering and the re-measured figure."""

    before: IndicatorRow
    after: IndicatorRow
    test: Test


def unit_kinds(units_file: Path) -> dict[str, str]:
    """id → kind of data/units.yaml (its own loader checks the rest; unreadable: empty)."""
    try:
        data, _ = load_yaml(units_file)
    except DataError:
        return {}
    return {
        item["id"]: str(item.get("kind"))
        for item in (data if isinstance(data, list) else [])
        if isinstance(item, dict) and isinstance(item.get("id"), str)
    }


def judged(action: Action, data: SurveyData) -> Judged | None:
    """The evidence's figures and test, if the action has evidence and both are published."""
    if action.evidence is None:
        return None
    ref = action.indicator
    before = data.row(*ref.key())
    after = data.row(
        ref.survey, action.evidence.wave, ref.unit_type, ref.unit, ref.block, ref.question
    )
    if before is None or after is None or before.satisfaction is None:
        return None
    if after.satisfaction is None:
        return None
    test = two_proportions(
        after.satisfaction, after.respondents, before.satisfaction, before.respondents
    )
    return Judged(before, after, test)


def approval_issues(action: Action, kinds: dict[str, str]) -> list[Issue]:
    approval = action.approved_by
    if approval is None:
        return [
            (
                "approved_by",
                "the action does not say who approved it",
                "add approved_by: {body: <id of units.yaml>, decision: <the decision's number "
                "as printed>, dated: YYYY-MM-DD}",
            )
        ]
    kind = kinds.get(approval.body)
    if kind is None:
        return [("approved_by", f"unknown body '{approval.body}'", "use an id of units.yaml")]
    if kind not in APPROVING_KINDS:
        return [
            (
                "approved_by",
                f"'{approval.body}' is a {kind}, not a unit or collegial body",
                "name the unit or collegial body whose decision approved the action",
            )
        ]
    return []


def evidence_issues(action: Action, data: SurveyData) -> list[Issue]:
    """Everything wrong with what a judged status rests on."""
    evidence = action.evidence
    if evidence is None:
        if action.status in JUDGED:
            return [
                (
                    "evidence",
                    f"status '{action.status}' without evidence: the re-measured value it "
                    "rests on is not given",
                    "add evidence: {wave: YYYY-MM}, the wave in which the indicator was "
                    "measured again, or set the status back to done",
                )
            ]
        return []
    if action.status not in JUDGED:
        return [
            (
                "evidence",
                f"evidence is what an effective or not-effective status rests on; the status "
                f"is '{action.status}'",
                "set the status the evidence supports, or remove evidence",
            )
        ]
    ref = action.indicator
    if evidence.wave <= ref.wave:
        return [
            (
                "evidence",
                f"evidence wave {evidence.wave} is not after the indicator's wave {ref.wave}",
                "give the wave in which the indicator was measured again, after the action",
            )
        ]
    if action.review is not None and evidence.wave > action.review.isoformat()[:7]:
        return [
            (
                "evidence",
                f"evidence wave {evidence.wave} is after the review {action.review.isoformat()}",
                "a review can rest only on a wave published by its day",
            )
        ]
    key = (ref.survey, evidence.wave, ref.unit_type, ref.unit, ref.block, ref.question)
    row = data.row(*key)
    if row is None or row.suppressed:
        return [
            (
                "evidence",
                f"the indicator is not published in wave {evidence.wave}",
                "give a wave of indicators.csv in which this indicator is published",
            )
        ]
    found = judged(action, data)
    if action.status == "effective" and found is not None and found.test.direction == "down":
        return [
            (
                "status",
                f"'effective', but the indicator fell significantly in wave {evidence.wave}",
                "set the status the evidence supports (not-effective)",
            )
        ]
    return []


def decided(action: Action) -> date | None:
    return action.approved_by.dated if action.approved_by else None
