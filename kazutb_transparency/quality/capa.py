"""A corrective or preventive action (CAPA, §7.5.5 of the monitoring methodology): one
model and one review rule for the actions of surveys and of internal audits.

Each origin adds only what the action answers (a survey indicator, an audit finding): the
rest — kind, text, responsible unit, due day, status, effectiveness review — is this model.

Effectiveness is judged 6–12 months after the action was due, both ends included (months
counted as `core.dates.add_months` does: 31 August + 6 months = 28 February). An action that
is still planned or in progress after its due day is overdue; a done action, or one whose
effectiveness has been judged, never is.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.core.dates import add_months
from kazutb_transparency.core.i18n import Localized

ID_PATTERN = r"^[a-z][a-z0-9-]{0,47}$"
ActionStatus = Literal["planned", "in-progress", "done", "effective", "not-effective"]

REVIEW_FROM_MONTHS = 6
REVIEW_TO_MONTHS = 12
JUDGED = frozenset({"effective", "not-effective"})
OPEN = frozenset({"planned", "in-progress"})


class Action(BaseModel):
    """What every corrective or preventive action has, whatever it answers."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=ID_PATTERN)
    kind: Literal["corrective", "preventive"]
    action: Localized
    responsible: str = Field(pattern=ID_PATTERN)  # a unit id of data/units.yaml
    due: date
    status: ActionStatus
    review: date | None = None  # effectiveness judged 6–12 months after `due` (§7.5.5)
    opened: date | None = None  # the day the action was decided
    closed: date | None = None  # the day it was done; only once done (or judged)


def state(action: Action, as_of: date) -> Literal["open", "overdue", "closed"]:
    """Where the list of actions shows it: open, overdue, or closed (done or judged)."""
    if action.status not in OPEN:
        return "closed"
    return "overdue" if is_overdue(action, as_of) else "open"


def review_window(due: date) -> tuple[date, date]:
    """The first and last day on which effectiveness may be judged."""
    return add_months(due, REVIEW_FROM_MONTHS), add_months(due, REVIEW_TO_MONTHS)


def is_overdue(action: Action, as_of: date) -> bool:
    return action.status in OPEN and action.due < as_of


def _open_close_issues(action: Action, as_of: date) -> list[tuple[str, str, str]]:
    issues = []
    if action.closed is not None and action.status in OPEN:
        issues.append(
            (
                "closed",
                f"an action still {action.status} cannot have a closing day",
                "remove 'closed', or set the status to done",
            )
        )
    if action.opened is not None and action.opened > action.due:
        issues.append(("opened", "opened after its due day", "check 'opened' and 'due'"))
    if action.closed is not None and action.opened is not None and action.closed < action.opened:
        issues.append(("closed", "closed before it was opened", "check 'opened' and 'closed'"))
    if action.closed is not None and action.closed > as_of:
        issues.append(
            ("closed", f"closed after the statuses' date {as_of.isoformat()}", "check 'closed'")
        )
    return issues


def date_issues(action: Action, as_of: date) -> list[tuple[str, str, str]]:
    """(field, message, what to do) for every broken date rule of one action."""
    opening = _open_close_issues(action, as_of)
    first, last = review_window(action.due)
    window = f"{first.isoformat()}–{last.isoformat()}"
    if action.review is None:
        if action.status in JUDGED:
            return [
                *opening,
                (
                    "review",
                    f"status '{action.status}' needs the date effectiveness was judged",
                    f"add review: a date from {window} (6–12 months after due), or set the "
                    "status back to done",
                ),
            ]
        return opening
    issues = opening
    if not first <= action.review <= last:
        issues.append(
            (
                "review",
                f"review {action.review.isoformat()} is not 6–12 months after due "
                f"{action.due.isoformat()}",
                f"effectiveness is judged 6–12 months after due: use a date from {window}",
            )
        )
    if action.status in JUDGED and action.review > as_of:
        issues.append(
            (
                "status",
                f"status '{action.status}' is dated {action.review.isoformat()}, after the "
                f"statuses' date {as_of.isoformat()}",
                "effectiveness cannot be judged before its review: set the status to done "
                "until then",
            )
        )
    return issues
