"""The dates of a corrective or preventive action (§7.5.5): when its effectiveness may be
judged, and when it is overdue.

Effectiveness is judged 6–12 months after the action was due, both ends included (months
counted as `core.dates.add_months` does: 31 August + 6 months = 28 February). An action that
is still planned or in progress after its due day is overdue; a done action, or one whose
effectiveness has been judged, never is.
"""

from __future__ import annotations

from datetime import date

from kazutb_transparency.core.dates import add_months
from kazutb_transparency.surveys.models import Action

REVIEW_FROM_MONTHS = 6
REVIEW_TO_MONTHS = 12
JUDGED = frozenset({"effective", "not-effective"})
OPEN = frozenset({"planned", "in-progress"})


def review_window(due: date) -> tuple[date, date]:
    """The first and last day on which effectiveness may be judged."""
    return add_months(due, REVIEW_FROM_MONTHS), add_months(due, REVIEW_TO_MONTHS)


def is_overdue(action: Action, as_of: date) -> bool:
    return action.status in OPEN and action.due < as_of


def date_issues(action: Action, as_of: date) -> list[tuple[str, str, str]]:
    """(field, message, what to do) for every broken date rule of one action."""
    first, last = review_window(action.due)
    window = f"{first.isoformat()}–{last.isoformat()}"
    if action.review is None:
        if action.status in JUDGED:
            return [
                (
                    "review",
                    f"status '{action.status}' needs the date effectiveness was judged",
                    f"add review: a date from {window} (6–12 months after due), or set the "
                    "status back to done",
                )
            ]
        return []
    issues = []
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
