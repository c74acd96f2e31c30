"""Loading data/units.yaml: unique ids, known parents, no loops in the chain of parents, and
every unit's e-mail and phone in the allowlist. A unit's regulation is a document: the
disclosures' loader checks it against documents.yaml (`regulations.py`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kazutb_transparency.core.audit import Audit, Concern, untranslated
from kazutb_transparency.core.datafiles import read_record_list
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.provenance import audit_provenance
from kazutb_transparency.organisation.allowlisted import read_allowlist, unlisted_contacts
from kazutb_transparency.organisation.models import Unit, UnitRef


@dataclass(frozen=True)
class Units:
    by_id: dict[str, Unit]
    file: str = "data/units.yaml"
    # The line of each unit's `regulation`, for the check against documents.yaml.
    regulation_lines: dict[str, int | None] = field(default_factory=dict, compare=False)

    def __iter__(self):
        return iter(self.by_id.values())

    def get(self, ref: UnitRef | str) -> Unit:
        unit_id = ref.unit if isinstance(ref, UnitRef) else ref
        return self.by_id[unit_id]

    def label(self, ref: UnitRef) -> Localized:
        """How a reference reads: the unit's name, or its head's title for `head:` refs."""
        unit = self.get(ref)
        return unit.head if ref.head and unit.head else unit.name

    def children(self, parent: str | None) -> list[Unit]:
        return [unit for unit in self.by_id.values() if unit.parent == parent]


def load_units(data_dir: Path, audit: Audit) -> Units:
    listed = read_record_list(data_dir / "units.yaml", Unit)
    if listed.problems:
        raise DataError(listed.problems)
    name, lines = listed.file, listed.lines
    problems: list[Problem] = []
    by_id = {unit.id: unit for unit in listed.records}
    for index, _, unit in listed.found:
        audit.extend(Concern.TRANSLATION, untranslated(unit, name, lines, unit.id, (index,)))
        audit_provenance(audit, unit, name, lines, (index,), unit.id)
        if unit.parent is not None and unit.parent not in by_id:
            problems.append(
                Problem(
                    name,
                    f"unknown parent '{unit.parent}'",
                    record=unit.id,
                    field="parent",
                    line=lines.line_of((index, "parent")),
                    hint="use the id of another record in this file",
                )
            )
    problems.extend(_cycles(by_id, name))
    contacts = [
        (unit.id, unit.email, unit.phone, (index,))
        for index, _, unit in listed.found
        if unit.email is not None or unit.phone is not None
    ]
    if contacts:
        problems.extend(unlisted_contacts(read_allowlist(data_dir), contacts, name, lines))
    if problems:
        raise DataError(problems)
    regulation_lines = {
        unit.id: lines.line_of((index, "regulation"))
        for index, _, unit in listed.found
        if unit.regulation is not None
    }
    return Units(by_id, name, regulation_lines)


def _cycles(by_id: dict[str, Unit], name: str) -> list[Problem]:
    problems = []
    for unit in by_id.values():
        seen = {unit.id}
        parent = unit.parent
        while parent is not None and parent in by_id:
            if parent in seen:
                problems.append(
                    Problem(
                        name, "parent chain loops back to itself", record=unit.id, field="parent"
                    )
                )
                break
            seen.add(parent)
            parent = by_id[parent].parent
    return problems
