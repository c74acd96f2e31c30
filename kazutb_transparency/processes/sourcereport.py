"""The source report: every way the site differs from the approved process map, as data.

`data/source-report.yaml` lists the differences an editor has to explain (removed markup,
reordered steps, names, owners, the source's own document control, conflicts between
sources). The editorial readings are not listed there: each is written once, beside the
item it reads (`reading:` in the card), and the report collects them from the cards.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.core.audit import Audit, Concern, untranslated
from kazutb_transparency.core.datafiles import display_path, read_record_list
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.processes.models import LIST_FIELDS

SOURCE_REPORT_FILE = "source-report.yaml"

Part = Literal["document", "architecture", "cards", "other-sources"]
PARTS: tuple[Part, ...] = ("document", "architecture", "cards", "other-sources")

Kind = Literal[
    "document-control",  # the source's own approval, registration and control sheets
    "removed-markup",  # HTML or numbering left by the conversion, not shown
    "names-differ",  # one process, two names in the source
    "reordered",  # items shown in another order than the source's reading order
    "split",  # one source line shown as several items, or several kept as one
    "owner",  # a role shown under another wording than the card's
    "capitalisation",  # first letters made capital
    "shared-text",  # lists copied across cards in the source, shown as printed
    "not-a-process",  # a "process" field that names organisations
    "unit-kind",  # a unit called by the wrong kind of unit
    "clause",  # an ISO clause that does not match the process
    "headings-supplied",  # a row heading missing in the source, supplied on the site
    "site-text",  # text on the page that is the site's, not the source's
    "source-conflict",  # two sources that disagree
]

# The card fields a difference may name (besides the list fields).
CARD_FIELDS = frozenset({"title", "code", "owner", "manager", "goal", "category", *LIST_FIELDS})


class Difference(BaseModel):
    """One difference: where it is, what the source says, what the site shows, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    kind: Kind
    part: Part
    processes: list[int] = []
    fields: list[str] = []
    source: str | None = None
    site: Localized | None = None
    reason: Localized

    def covers(self, number: int, field: str | None = None) -> bool:
        return number in self.processes and (
            field is None or not self.fields or field in self.fields
        )


def load_source_report(data_dir: Path, audit: Audit) -> tuple[Difference, ...]:
    path = data_dir / SOURCE_REPORT_FILE
    name = display_path(path)
    if not path.is_file():
        raise DataError(
            [
                Problem(
                    name,
                    "file not found",
                    hint="the source report lists how the site differs from the process map",
                )
            ]
        )
    listed = read_record_list(path, Difference)
    lines = listed.lines
    problems: list[Problem] = list(listed.problems)
    differences = listed.records
    for index, _, item in listed.found:
        for number in item.processes:
            if not 1 <= number <= 22:
                problems.append(
                    Problem(
                        name,
                        f"no process {number}",
                        record=item.id,
                        field="processes",
                        line=lines.line_of((index, "processes")),
                        hint="processes are 1–22",
                    )
                )
        for field in item.fields:
            if field not in CARD_FIELDS:
                problems.append(
                    Problem(
                        name,
                        f"unknown card field '{field}'",
                        record=item.id,
                        field="fields",
                        line=lines.line_of((index, "fields")),
                        hint="use a field name of data/processes/README.md",
                    )
                )
        if item.part == "cards" and not item.processes:
            problems.append(
                Problem(
                    name,
                    "a difference in the cards must name its processes",
                    record=item.id,
                    field="processes",
                    line=lines.line_of((index,)),
                )
            )
        audit.extend(Concern.TRANSLATION, untranslated(item, name, lines, item.id, (index,)))
    if problems:
        raise DataError(problems)
    return tuple(differences)
