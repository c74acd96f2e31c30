"""Loading data/transparency/, with the cross-checks an editor needs.

Every problem names the file, the record, the field and the line; all problems are
collected before the build stops. A file that does not exist is an absent item: the page
says "no information" and the register counts it as missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.datafiles import (
    Lines,
    display_path,
    load_yaml,
    present,
    read_record_list,
    validate,
)
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.loader import RecordLoader
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.organisation import Units
from kazutb_transparency.privacy.allowlist import Allowlist, AllowlistError, load_allowlist
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.models import (
    AntiCorruption,
    Appeals,
    AppealYear,
    Body,
    Competition,
    Consultation,
    FinancialYear,
    Inspection,
    Procurement,
)

Model = TypeVar("Model", bound=BaseModel)
FOLDER = "transparency"
ALLOWLIST = Path("privacy") / "allowlist.yaml"
# The kind of document a field must name (the others may name any kind).
EXPECTED_KIND = {
    "policy": "anti-corruption-policy",
    "reports": "anti-corruption-report",
    "plan_document": "procurement-plan",
    "result_document": "procurement-report",
    "statements": "financial-statements",
    "annual_report": "annual-report",
    "agenda_document": "agenda",
    "decisions": "decision",
}
# The same for a field of one model only: an inspection's document is its act or order,
# a consultation's is the draft under comment.
EXPECTED_KIND_OF = {
    (Inspection, "document"): "inspection-act",
    (Consultation, "document"): "draft",
}


class _Loader(RecordLoader):
    REVIEWED = (Dated,)

    def __init__(
        self, data_dir: Path, units: Units, documents: Mapping[str, str], today: date, audit: Audit
    ) -> None:
        super().__init__(audit, today)
        self.data_dir = data_dir
        self.folder = data_dir / FOLDER
        self.units = units
        self.documents = documents  # id → kind, from data/disclosures/documents.yaml
        self._allowlist: Allowlist | None = None

    def allowlist(self) -> Allowlist:
        """data/privacy/allowlist.yaml, read when a record names a person."""
        if self._allowlist is None:
            path = self.data_dir / ALLOWLIST
            try:
                self._allowlist = load_allowlist(path) if path.is_file() else Allowlist()
            except AllowlistError as exc:
                raise DataError([Problem(display_path(path), str(exc))]) from exc
        return self._allowlist

    def check_members(self, body: Body, file: str, lines: Lines, index: int) -> None:
        """A board member is named only as the allowlist writes the name, with its reason."""
        for m, member in enumerate(body.members):
            for lang in ("kk", "ru", "en"):
                name = member.name.get(lang)
                if self.allowlist().lists_name(name):
                    continue
                self.problems.append(
                    Problem(
                        file,
                        f"'{name}' is not a name data/privacy/allowlist.yaml allows",
                        body.id,
                        f"members.{m}.name.{lang}",
                        lines.line_of((index, "members", m, "name", lang)),
                        "add the official under people: in data/privacy/allowlist.yaml with "
                        "this form and the rule that requires the name (reason), or leave "
                        "the member out",
                    )
                )

    def one(self, file: str, model: type[Model]) -> Model | None:
        path = self.folder / file
        if not present(path):
            return None
        data, lines = load_yaml(path)
        name = display_path(path)
        if data is None:
            raise DataError(
                [Problem(name, "file is empty", hint="see data/transparency/README.md")]
            )
        record = validate(model, data, name, lines)
        self.track(record, name, lines, (), None)  # type: ignore[arg-type]
        self.check_refs(record, name, lines, (), None)
        return record

    def many(self, file: str, model: type[Model], key: str = "id") -> list[Model]:
        path = self.folder / file
        if not path.is_file():
            return []
        listed = read_record_list(path, model, key)
        if listed.problems:
            raise DataError(listed.problems)
        for index, label, record in listed.found:
            self.track(record, listed.file, listed.lines, (index,), label)  # type: ignore[arg-type]
            self.check_refs(record, listed.file, listed.lines, (index,), label)
            if isinstance(record, Body) and record.members:
                self.check_members(record, listed.file, listed.lines, index)
        return listed.records

    def check_refs(self, record: BaseModel, file: str, lines: Lines, loc: tuple, label: str | None):
        """Units and documents named by a record must exist."""
        for field, value in _references(record):
            where = lines.line_of((*loc, *field))
            name = ".".join(str(part) for part in field)
            if field[0] == "unit" and value not in self.units.by_id:
                self.problems.append(
                    Problem(
                        file,
                        f"unknown unit '{value}'",
                        label,
                        name,
                        where,
                        "use an id from data/units.yaml",
                    )
                )
            elif field[0] != "unit" and value not in self.documents:
                self.problems.append(
                    Problem(
                        file,
                        f"unknown document '{value}'",
                        label,
                        name,
                        where,
                        "use the id of a record in data/disclosures/documents.yaml",
                    )
                )
            elif (kind := _expected_kind(record, field)) and self.documents[value] != kind:
                self.problems.append(
                    Problem(
                        file,
                        f"'{value}' is a document of kind '{self.documents[value]}', not '{kind}'",
                        label,
                        name,
                        where,
                        f"name a document of kind '{kind}' in data/disclosures/documents.yaml",
                    )
                )


def _expected_kind(record: BaseModel, path: tuple[str | int, ...]) -> str | None:
    """The kind the field at `path` must name: ("meetings", 0, "decisions", 1) → decision."""
    field = [part for part in path if isinstance(part, str)][-1]
    return EXPECTED_KIND_OF.get((type(record), field)) or EXPECTED_KIND.get(field)


# The fields that name a unit ("unit") or a document (every other one).
DOCUMENT_FIELDS = (
    "unit",
    "document",
    "policy",
    "plan_document",
    "result_document",
    "statements",
    "annual_report",
)


def _references(record: BaseModel) -> list[tuple[tuple[str | int, ...], str]]:
    """(field path, id) of every unit and document a record refers to."""
    found: list[tuple[tuple[str | int, ...], str]] = []
    for name in DOCUMENT_FIELDS:
        value = getattr(record, name, None)
        if isinstance(value, str):
            found.append(((name,), value))
    for index, value in enumerate(getattr(record, "reports", None) or []):
        found.append((("reports", index), value))
    for m, meeting in enumerate(getattr(record, "meetings", None) or []):
        if meeting.agenda_document is not None:
            found.append((("meetings", m, "agenda_document"), meeting.agenda_document))
        for d, value in enumerate(meeting.decisions):
            found.append((("meetings", m, "decisions", d), value))
    outcome = getattr(record, "outcome", None)
    if outcome is not None:
        found.append((("outcome", "final_document"), outcome.final_document))
    return found


def load_transparency(
    data_dir: Path, units: Units, documents: Mapping[str, str], today: date, audit: Audit
) -> Transparency:
    """Load and cross-check data/transparency/; `documents` maps each document id to its
    kind. Raises DataError listing every problem found."""
    loader = _Loader(data_dir, units, documents, today, audit)
    appeals = loader.attempt(lambda: loader.one("appeals.yaml", Appeals), None)
    years = loader.attempt(lambda: loader.many("appeals-statistics.yaml", AppealYear, "year"), [])
    bodies = loader.attempt(lambda: loader.many("bodies.yaml", Body), [])
    consultations = loader.attempt(lambda: loader.many("consultations.yaml", Consultation), [])
    anti = loader.attempt(lambda: loader.one("anti-corruption.yaml", AntiCorruption), None)
    procurement = loader.attempt(lambda: loader.many("procurement.yaml", Procurement), [])
    competitions = loader.attempt(lambda: loader.many("competitions.yaml", Competition), [])
    inspections = loader.attempt(lambda: loader.many("inspections.yaml", Inspection), [])
    finances = loader.attempt(lambda: loader.many("finances.yaml", FinancialYear, "year"), [])
    # An absent file is no information; a file with no record says there were none.
    inspected = (data_dir / FOLDER / "inspections.yaml").is_file()
    reported = (data_dir / FOLDER / "finances.yaml").is_file()
    if loader.problems:
        raise DataError(loader.problems)
    return Transparency(
        today=today,
        appeals=appeals,
        appeal_years=tuple(sorted(years, key=lambda y: y.year, reverse=True)),
        bodies=tuple(bodies),
        consultations=tuple(sorted(consultations, key=lambda c: (c.deadline, c.id), reverse=True)),
        anti_corruption=anti,
        procurement=tuple(sorted(procurement, key=lambda p: (-p.year, p.stage, p.id))),
        competitions=tuple(sorted(competitions, key=lambda c: (c.deadline, c.id), reverse=True)),
        inspections=(
            tuple(sorted(inspections, key=lambda i: (i.date, i.id), reverse=True))
            if inspected
            else None
        ),
        finances=tuple(sorted(finances, key=lambda y: y.year, reverse=True)) if reported else None,
    )
