"""Everything the disclosure pages show, loaded and cross-checked, with the lookups pages need."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from kazutb_transparency.disclosures.accreditation import (
    Accreditation,
    Agency,
    Status,
    overall_status,
    record_status,
)
from kazutb_transparency.disclosures.calendar import AcademicCalendar
from kazutb_transparency.disclosures.common import Level
from kazutb_transparency.disclosures.coverage import Coverage, coverage
from kazutb_transparency.disclosures.documents import DocumentEntry
from kazutb_transparency.disclosures.models import (
    About,
    Clause,
    Faculty,
    FormOfStudy,
    Identity,
    Resource,
)
from kazutb_transparency.disclosures.programmes import AnnouncedProgramme, Discipline, Programme
from kazutb_transparency.organisation.structure import AcademicStructure


@dataclass(frozen=True)
class Disclosures:
    today: date
    about: About
    forms: tuple[FormOfStudy, ...]
    faculties: tuple[Faculty, ...]
    programmes: tuple[Programme, ...]  # sorted by code
    disciplines: Mapping[str, tuple[Discipline, ...]]  # by programme code, in file order
    agencies: Mapping[str, Agency]
    accreditations: tuple[Accreditation, ...]
    documents: tuple[DocumentEntry, ...]
    resources: tuple[Resource, ...]
    clauses: tuple[Clause, ...]
    calendars: tuple[AcademicCalendar, ...] = ()  # one per academic year (calendar.yaml)
    # The publishing build's programmes with only a real code and name (core/withhold.py).
    announced: tuple[AnnouncedProgramme, ...] = ()

    def form(self, form_id: str) -> FormOfStudy:
        return next(f for f in self.forms if f.id == form_id)

    def faculty(self, faculty_id: str) -> Faculty:
        return next(f for f in self.faculties if f.id == faculty_id)

    def document(self, document_id: str) -> DocumentEntry:
        found = self._documents_by_id.get(document_id)
        if found is None:  # raises StopIteration, as it always did for an unknown id
            found = next(d for d in self.documents if d.document.id == document_id)
        return found

    @cached_property
    def _documents_by_id(self) -> dict[str, DocumentEntry]:
        """Each document by its id, the first of an id as a search finds it: asked for each
        programme's curriculum and certificates, of hundreds of documents."""
        by_id: dict[str, DocumentEntry] = {}
        for entry in self.documents:
            by_id.setdefault(entry.document.id, entry)
        return by_id

    def documents_of(self, *kinds: str, current: bool | None = None) -> list[DocumentEntry]:
        """Documents of the given kinds, newest first; `current` filters by superseded or not."""
        found = [
            d
            for d in self.documents
            if d.document.kind in kinds and (current is None or d.document.current == current)
        ]
        # Newest first; on the same date the main document before its annexes.
        return sorted(
            found,
            key=lambda d: (d.document.date, d.document.annex_of is None, d.document.id),
            reverse=True,
        )

    def current(self, kind: str) -> DocumentEntry | None:
        """The newest current document of `kind`, None when there is none: the one answer,
        for every page that mentions such a document, to whether it exists (the quality
        policy: `QUALITY_POLICY`)."""
        found = self.documents_of(kind, current=True)
        return found[0] if found else None

    def identity(self) -> Identity:
        """The university's names and website: all a programme's page says of it (a method,
        so that the live preview renders the page again when they change, not when any
        other text of "About" does)."""
        return self.about.identity

    def programmes_at(self, level: Level) -> list[Programme]:
        return [p for p in self.programmes if p.level == level]

    def disciplines_of(self, code: str) -> tuple[Discipline, ...]:
        return self.disciplines.get(code, ())

    def coverage_of(self, programme: Programme) -> Coverage:
        """The credits its disciplines list against its total, and its learning outcomes."""
        return coverage(programme, self.disciplines_of(programme.code))

    def accreditations_of(self, code: str) -> list[Accreditation]:
        """Programme accreditations covering `code`, latest validity first (history included)."""
        found = [a for a in self.accreditations if code in a.programmes]
        return sorted(found, key=lambda a: (a.valid_until, a.id), reverse=True)

    def institutional(self) -> list[Accreditation]:
        found = [a for a in self.accreditations if a.activity == "institutional"]
        return sorted(found, key=lambda a: (a.valid_until, a.id), reverse=True)

    def status_of(self, record: Accreditation) -> Status:
        return record_status(record, self.today)

    def programme_status(self, code: str) -> tuple[Status, Accreditation | None]:
        return overall_status(self.accreditations_of(code), self.today)

    def all_items(self) -> list[object]:
        """Every dated item of the disclosures (to find whether a page shows unverified data)."""
        about = [getattr(self.about, name) for name in type(self.about).model_fields]
        return [
            *[item for item in about if item is not None],
            *self.forms,
            *self.faculties,
            *self.programmes,
            *self.agencies.values(),
            *self.accreditations,
            *[d.document for d in self.documents],
            *self.resources,
        ]


def academic_structure(d: Disclosures) -> AcademicStructure:
    """The faculties and their programmes, for the domains that refer to them by id."""
    return AcademicStructure.of(
        ((f.id, f.name) for f in d.faculties),
        ((p.code, p.name, p.faculty) for p in d.programmes),
    )
