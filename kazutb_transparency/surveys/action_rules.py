"""The dates of a corrective or preventive action (§7.5.5): one rule for the actions of
surveys and of internal audits, kept with the shared model in `quality.capa`."""

from kazutb_transparency.quality.capa import (
    JUDGED,
    OPEN,
    REVIEW_FROM_MONTHS,
    REVIEW_TO_MONTHS,
    date_issues,
    is_overdue,
    review_window,
)

__all__ = [
    "JUDGED",
    "OPEN",
    "REVIEW_FROM_MONTHS",
    "REVIEW_TO_MONTHS",
    "date_issues",
    "is_overdue",
    "review_window",
]
