"""What every domain's loader does with each file and record it reads.

A loader keeps every problem it finds and goes on with the other files (one run of
`make validate` lists them all), and audits each record it loads: pending translations,
provenance, and — for an item with a review interval — a review date that has passed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from pydantic import BaseModel

from kazutb_transparency.core.audit import Audit, Concern, untranslated
from kazutb_transparency.core.datafiles import Lines
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.provenance import Sourced, audit_provenance

Loc = tuple[str | int, ...]


class RecordLoader:
    # The item types with a review interval (`review_due()`, `stale(today)`), as each
    # domain defines them: the disclosures' `Dated`, which the other domains reuse.
    REVIEWED: ClassVar[tuple[type, ...]] = ()

    def __init__(self, audit: Audit, today: date) -> None:
        self.audit = audit
        self.today = today
        self.problems: list[Problem] = []

    def attempt(self, load: Callable[[], Any], default: Any) -> Any:
        """Run one file's loading; its problems are kept and the other files still load."""
        try:
            return load()
        except DataError as exc:
            self.problems.extend(exc.problems)
            return default

    def report(
        self,
        file: str,
        message: str,
        record: str | None,
        field: str,
        line: int | None,
        hint: str | None = None,
    ) -> None:
        self.problems.append(Problem(file, message, record, field, line, hint))

    def track(
        self,
        item: BaseModel,
        file: str,
        lines: Lines | None,
        loc: Loc,
        record: str | None,
        history: bool = False,
    ) -> None:
        """Audit one item: pending translations, provenance, and (unless it is history, kept
        as it was) a review that is due."""
        self.audit.extend(Concern.TRANSLATION, untranslated(item, file, lines, record, loc))
        if isinstance(item, Sourced):
            audit_provenance(self.audit, item, file, lines, loc, record)
        if history or not isinstance(item, self.REVIEWED) or not item.stale(self.today):  # type: ignore[attr-defined]
            return
        self.audit.add(
            Concern.STALE,
            Problem(
                file,
                f"review was due on {item.review_due().isoformat()}",
                record,
                "updated",
                lines.line_of((*loc, "updated")) if lines else None,
                "check the item against its source, then set 'updated' to that day",
            ),
        )
