"""Loading data/disclosures/ and data/documents/, with every cross-check an editor needs.

Every problem names the file, the record, the field and the line; all problems are
collected before the build stops, so one run lists everything to fix.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from kazutb_transparency.core import withhold
from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.datafiles import (
    CsvRow,
    Lines,
    display_path,
    load_yaml,
    read_csv,
    read_record_list,
    validate,
)
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.filecheck import content_refusal
from kazutb_transparency.core.incremental import remembered
from kazutb_transparency.core.loader import RecordLoader
from kazutb_transparency.disclosures.accreditation import Accreditation, Agency
from kazutb_transparency.disclosures.calendar import AcademicCalendar
from kazutb_transparency.disclosures.common import PROGRAMME_CODE, Dated
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.coverage import coverage
from kazutb_transparency.disclosures.documents import Document, DocumentEntry, read_file
from kazutb_transparency.disclosures.labels import FIELD, PAGE_TITLE
from kazutb_transparency.disclosures.models import About, Clause, Faculty, FormOfStudy, Resource
from kazutb_transparency.disclosures.programmes import (
    DISCIPLINE_COLUMNS,
    DISCIPLINE_OPTIONAL_COLUMNS,
    AnnouncedProgramme,
    Discipline,
    Programme,
)
from kazutb_transparency.disclosures.register import (
    PAGE_VALUES,
    REQUIRED_CLAUSES,
    REQUIRED_KINDS,
    RULES,
    OtherEvidence,
    build_register,
)
from kazutb_transparency.disclosures.register_rows import RegisterRow
from kazutb_transparency.organisation import (
    Units,
    read_allowlist,
    regulation_problems,
    unlisted_name,
)

Model = TypeVar("Model", bound=BaseModel)
Loc = tuple[str | int, ...]


class _Loader(RecordLoader):
    REVIEWED = (Dated,)

    def __init__(
        self,
        data_dir: Path,
        units: Units,
        today: date,
        audit: Audit,
        other_clauses: Collection[str] = (),
    ) -> None:
        super().__init__(audit, today)
        self.other_clauses = frozenset(other_clauses)  # clauses another domain gives evidence for
        self.data_dir = data_dir
        self.folder = data_dir / "disclosures"
        self.documents_dir = data_dir / "documents"
        self.units = units
        # Programmes whose file could not be read: records that refer to them are not
        # reported as "unknown" (one mistake, one message).
        self.unreadable_programmes: set[str] = set()
        self.announced: list[AnnouncedProgramme] = []
        self.unreadable_lists: set[str] = set()  # "faculties", "agencies", … that failed
        # Each programme's file and the lines of its total credits and its outcomes, for
        # the check of its curriculum once the disciplines are read (the parsed files
        # themselves are not kept: thousands on a large site).
        self.programme_lines: dict[str, tuple[str, int | None, int | None]] = {}

    def read_list(
        self, path: Path, model: type[Model], key: str = "id"
    ) -> tuple[list[Model], Lines, str]:
        """A YAML list of records (an empty file is an empty list); duplicate keys refused."""
        listed = read_record_list(path, model, key)
        if listed.problems:
            self.unreadable_lists.add(path.stem)
            raise DataError(
                [
                    *listed.problems,
                    Problem(
                        listed.file,
                        "this file could not be read, so the records that refer to it were not "
                        "checked against it",
                        hint="fix the problems above; the rest is checked on the next run",
                    ),
                ]
            )
        return listed.records, listed.lines, listed.file

    def unit_known(self, unit: str, file: str, record: str, field: str, line: int | None) -> None:
        if unit not in self.units.by_id:
            self.report(
                file,
                f"unknown unit '{unit}'",
                record,
                field,
                line,
                "use an id from data/units.yaml",
            )

    # --- the files -----------------------------------------------------------------------

    def about(self) -> About:
        path = self.folder / "about.yaml"
        data, lines = load_yaml(path)
        name = display_path(path)
        if data is None:
            raise DataError([Problem(name, "file is empty", hint="see README.md")])
        about = validate(About, data, name, lines)
        for section in type(about).model_fields:
            item = getattr(about, section)
            if item is not None:
                self.track(item, name, lines, (section,), section)
        if about.head is not None:
            self.unit_known(
                about.head.unit, name, "head", "head.unit", lines.line_of(("head", "unit"))
            )
            # §9.7.1.7 requires the head's name: published only as the allowlist lists it.
            allowlist = read_allowlist(self.data_dir)
            self.problems += unlisted_name(
                allowlist, about.head.name, name, lines, "head", ("head", "name")
            )
        return about

    def simple_list(self, file: str, model: type[Model]) -> list[Model]:
        records, lines, name = self.read_list(self.folder / file, model)
        for index, record in enumerate(records):
            self.track(record, name, lines, (index,), str(record.id))  # type: ignore[attr-defined]
        return records

    def agencies(self) -> list[Agency]:
        records, lines, name = self.read_list(self.folder / "agencies.yaml", Agency)
        for index, agency in enumerate(records):
            self.track(agency, name, lines, (index,), agency.id)
            if agency.deqar_id is not None and not agency.in_deqar:
                self.report(
                    name,
                    "a DEQAR id, but the agency is not registered in EQAR (DEQAR holds only "
                    "the reports of agencies registered there)",
                    agency.id,
                    "deqar_id",
                    lines.line_of((index, "deqar_id")),
                    "add eqar to 'registers' if the agency is in the EQAR register, "
                    "otherwise remove 'deqar_id'",
                )
        return records

    def faculties(self) -> list[Faculty]:
        records, lines, name = self.read_list(self.folder / "faculties.yaml", Faculty)
        for index, faculty in enumerate(records):
            self.track(faculty, name, lines, (index,), faculty.id)
            self.unit_known(
                faculty.parent, name, faculty.id, "parent", lines.line_of((index, "parent"))
            )
        return records

    def _announce(self, partial: dict | None, name: str) -> None:
        """A programme the publishing view leaves out, named by its real code and name."""
        if partial is None:
            return
        try:
            self.announced.append(validate(AnnouncedProgramme, partial, name))
        except DataError:
            return  # not even a real code: nothing of it is published

    def programmes(self, faculties: list[Faculty], forms: list[FormOfStudy]) -> list[Programme]:
        faculty_ids = {f.id for f in faculties}
        form_ids = {f.id for f in forms}
        seen: dict[str, str] = {}
        programmes = []
        for path in sorted((self.folder / "programmes").glob("*.yaml")):
            name = display_path(path)
            if withhold.hidden(name):
                self._announce(withhold.partial(name), name)
                continue
            try:
                data, lines = load_yaml(path)
                if data is None:
                    raise DataError([Problem(name, "file is empty", hint="see README.md")])
                programme = validate(Programme, data, name, lines)
            except DataError as exc:
                self.problems.extend(exc.problems)
                self.unreadable_programmes.add(path.stem)
                self.report(
                    name,
                    f"programme {path.stem} could not be read, so its disciplines and "
                    "accreditations were not checked",
                    path.stem,
                    "(whole record)",
                    None,
                    "fix the problem above; the others will be checked on the next run",
                )
                continue
            code = programme.code
            line = lines.line_of(("code",))
            if code in seen:
                self.report(
                    name,
                    f"duplicate programme code '{code}' (also in {seen[code]})",
                    code,
                    "code",
                    line,
                    "each programme has one file",
                )
                continue
            seen[code] = name
            if programme.field_code not in FIELD:
                self.report(
                    name,
                    f"unknown field of education '{programme.field_code}' in '{code}'",
                    code,
                    "code",
                    line,
                    "digits 3–4 of the code must be a field 01–12 of the classifier",
                )
            if programme.faculty not in faculty_ids and "faculties" not in self.unreadable_lists:
                self.report(
                    name,
                    f"unknown faculty '{programme.faculty}'",
                    code,
                    "faculty",
                    lines.line_of(("faculty",)),
                    "use an id from data/disclosures/faculties.yaml",
                )
            for index, form in enumerate(programme.forms):
                if form not in form_ids and "forms" not in self.unreadable_lists:
                    self.report(
                        name,
                        f"unknown form of study '{form}'",
                        code,
                        f"forms.{index}",
                        lines.line_of(("forms", index)),
                        "use an id from data/disclosures/forms.yaml",
                    )
            self.track(programme, name, lines, (), code)
            self.programme_lines[code] = (
                name,
                lines.line_of(("credits",)),
                lines.line_of(("learning_outcomes",)) or line,
            )
            programmes.append(programme)
        return sorted(programmes, key=lambda p: p.code)

    def disciplines(self, programmes: list[Programme]) -> dict[str, tuple[Discipline, ...]]:
        by_code = {p.code: p for p in programmes}
        found: dict[str, list[Discipline]] = {}
        seen: dict[tuple[str, int, str], str] = {}
        for path in sorted((self.folder / "disciplines").glob("*.csv")):
            name = display_path(path)
            # Each file is read and checked on its own step: the preview reads again only
            # the files that changed (a large site has hundreds, 16,000 rows).
            rows, problems = remembered(f"disciplines {path}", discipline_file, path, self.audit)
            self.problems.extend(problems)
            for discipline, line in rows:
                code = discipline.programme
                programme = by_code.get(code)
                if programme is None and code in self.unreadable_programmes:
                    continue
                if programme is None:
                    self.report(
                        name,
                        f"unknown programme '{code}'",
                        code,
                        "programme",
                        line,
                        "add data/disclosures/programmes/<code>.yaml or fix the code",
                    )
                    continue
                if discipline.semester > programme.semesters:
                    self.report(
                        name,
                        f"semester {discipline.semester} is after the end of the "
                        f"programme ({programme.semesters} semesters)",
                        code,
                        "semester",
                        line,
                    )
                key = (code, discipline.semester, discipline.name.kk)
                if key in seen:
                    self.report(
                        name,
                        f"the same discipline twice in semester "
                        f"{discipline.semester} (also at {seen[key]})",
                        code,
                        "name_kk",
                        line,
                    )
                seen[key] = f"{name}:{line}"
                found.setdefault(code, []).append(discipline)
        return {code: tuple(items) for code, items in found.items()}

    def curriculum_coverage(
        self, programmes: list[Programme], disciplines: dict[str, tuple[Discipline, ...]]
    ) -> None:
        """Each programme's curriculum published whole (§9.7.1.6): its disciplines add up
        to its total credits and it gives its learning outcomes. A gap is shown on the
        pages and refused by the strict build; nothing here is invented to fill it."""
        for programme in programmes:
            code = programme.code
            found = coverage(programme, disciplines.get(code, ()))
            file, credits_line, outcomes_line = self.programme_lines[code]
            csv = f"data/disclosures/disciplines/{code}.csv"
            state = found.disciplines
            if state != "complete":
                if state == "none":
                    message = f"no discipline listed for the programme's {found.total} credits"
                elif state == "partial":
                    message = (
                        f"the disciplines list {found.listed} of the programme's "
                        f"{found.total} credits"
                    )
                else:
                    message = (
                        f"the disciplines list {found.listed} credits, more than the "
                        f"programme's {found.total}"
                    )
                hint = (
                    f"check the credits column of {csv} against the approved curriculum, "
                    "or correct 'credits' here"
                    if state == "over"
                    else f"add the programme's other disciplines to {csv} (their credits "
                    "add up to 'credits'), or correct 'credits' if the total is wrong"
                )
                kind = Concern.INCONSISTENT if state == "over" else Concern.INCOMPLETE
                self.audit.add(kind, Problem(file, message, code, "credits", credits_line, hint))
            if not found.outcomes:
                self.audit.add(
                    Concern.INCOMPLETE,
                    Problem(
                        file,
                        "no learning outcomes",
                        code,
                        "learning_outcomes",
                        outcomes_line,
                        "list the programme's intended learning outcomes under "
                        "'learning_outcomes', one text each in kk, ru and en, as the approved "
                        "programme states them",
                    ),
                )

    def documents(self) -> list[DocumentEntry]:
        records, lines, name = self.read_list(self.folder / "documents.yaml", Document)
        ids = {d.id for d in records}
        files: dict[str, str] = {}
        entries = []
        for index, doc in enumerate(records):
            at = lambda field, index=index: lines.line_of((index, field))  # noqa: E731
            for field in ("annex_of", "superseded_by"):
                target = getattr(doc, field)
                if target is not None and (target not in ids or target == doc.id):
                    self.report(
                        name,
                        f"unknown document '{target}'",
                        doc.id,
                        field,
                        at(field),
                        "use the id of another record in this file",
                    )
            file = None
            if doc.file is not None:
                if doc.file in files:
                    self.report(
                        name,
                        f"file '{doc.file}' is also used by '{files[doc.file]}'",
                        doc.id,
                        "file",
                        at("file"),
                    )
                files[doc.file] = doc.id
                path = self.documents_dir / doc.file
                if not path.is_file():
                    self.report(
                        name,
                        f"file not found: {display_path(path)}",
                        doc.id,
                        "file",
                        at("file"),
                        "put the file in data/documents/ or fix the name",
                    )
                elif (wrong := content_refusal(path)) is not None:
                    self.report(
                        name,
                        f"{display_path(path)}: {wrong.message}",
                        doc.id,
                        "file",
                        at("file"),
                        wrong.hint
                        or "replace it with the document itself (a PDF exported from the original)",
                    )
                else:
                    file = read_file(path)
                    if doc.sha256 is not None and doc.sha256 != file.sha256:
                        self.report(
                            name,
                            "declared SHA-256 does not match the file "
                            f"(the file's is {file.sha256})",
                            doc.id,
                            "sha256",
                            at("sha256"),
                            "if the file was replaced on purpose, update "
                            "'sha256' (or remove it to have it computed)",
                        )
                if not doc.languages:
                    self.report(
                        name,
                        "the language(s) of the file are missing",
                        doc.id,
                        "languages",
                        at("file"),
                        "add e.g. languages: [kk, ru]",
                    )
            self.track(doc, name, lines, (index,), doc.id, history=not doc.current)
            if doc.current and doc.kind in REQUIRED_KINDS and doc.lacking_languages:
                # §11.6: documented information is given in Kazakh, Russian and English.
                self.audit.add(
                    Concern.INCOMPLETE,
                    Problem(
                        name,
                        f"mandatory document without its "
                        f"{', '.join(doc.lacking_languages)} version (regulation §11.6)",
                        doc.id,
                        "languages",
                        at("languages") or at("id"),
                        "publish the document in kk, ru and en and list them in 'languages'",
                    ),
                )
            entries.append(DocumentEntry(doc, file))
        self.orphan_files(set(files))
        return entries

    def orphan_files(self, described: set[str]) -> None:
        """A file nobody described would be published without title or date: refuse it."""
        # The publishing view (core/withhold.py) leaves the records of sample documents out,
        # and with them what describes their files: those files are checked with the full
        # data, and only described files are published.
        if not self.documents_dir.is_dir() or withhold.active():
            return
        for path in sorted(self.documents_dir.iterdir()):
            if path.is_file() and not path.name.startswith(".") and path.name not in described:
                self.problems.append(
                    Problem(
                        display_path(path),
                        "file is not described in data/disclosures/documents.yaml",
                        hint="add a record with `file: " + path.name + "`, or remove the file",
                    )
                )

    def regulations(self, documents: list[DocumentEntry]) -> None:
        """A unit's `regulation` (data/units.yaml) names a document of kind `unit-regulation`."""
        if "documents" in self.unreadable_lists:
            return
        kinds = {e.document.id: e.document.kind for e in documents}
        self.problems += regulation_problems(self.units, kinds)

    def calendars(self) -> list[AcademicCalendar]:
        """calendar.yaml: the academic calendar of each year; no file, no calendar."""
        path = self.folder / "calendar.yaml"
        if not path.is_file():
            return []
        records, lines, name = self.read_list(path, AcademicCalendar, key="academic_year")
        for index, record in enumerate(records):
            self.track(record, name, lines, (index,), f"calendar {record.academic_year}")
        return records

    def curricula(self, programmes: list[Programme], documents: list[DocumentEntry]) -> None:
        """A programme's `curriculum` names a document of kind `curriculum`."""
        if "documents" in self.unreadable_lists:
            return
        kinds = {e.document.id: e.document.kind for e in documents}
        for programme in programmes:
            target = programme.curriculum
            if target is None or kinds.get(target) == "curriculum":
                continue
            path = self.folder / "programmes" / f"{programme.code}.yaml"
            _, lines = load_yaml(path)
            if target in kinds:
                found = f"'{target}' is a document of kind '{kinds[target]}', not a curriculum"
            else:
                found = f"unknown document '{target}'"
            self.report(
                display_path(path),
                found,
                programme.code,
                "curriculum",
                lines.line_of(("curriculum",)),
                "use the id of a record of kind 'curriculum' in data/disclosures/documents.yaml",
            )

    def accreditations(
        self,
        agencies: dict[str, Agency],
        programmes: list[Programme],
        documents: list[DocumentEntry],
    ) -> list[Accreditation]:
        records, lines, name = self.read_list(self.folder / "accreditations.yaml", Accreditation)
        codes = {p.code for p in programmes}
        kinds = {e.document.id: e.document.kind for e in documents}
        for index, record in enumerate(records):
            at = lambda *loc, index=index: lines.line_of((index, *loc))  # noqa: E731
            rid = record.id
            if record.agency not in agencies and "agencies" not in self.unreadable_lists:
                self.report(
                    name,
                    f"unknown agency '{record.agency}'",
                    rid,
                    "agency",
                    at("agency"),
                    "use an id from data/disclosures/agencies.yaml",
                )
            for i, code in enumerate(record.programmes):
                if code not in codes and code not in self.unreadable_programmes:
                    self.report(
                        name,
                        f"unknown programme '{code}'",
                        rid,
                        f"programmes.{i}",
                        at("programmes", i),
                        "use the code of a programme in data/disclosures/programmes/",
                    )
            agency = agencies.get(record.agency)
            if record.deqar_url is not None and agency is not None and not agency.in_deqar:
                self.report(
                    name,
                    f"a DEQAR link, but agency '{record.agency}' is not registered in EQAR, "
                    "so DEQAR holds none of its decisions",
                    rid,
                    "deqar_url",
                    at("deqar_url"),
                    "remove 'deqar_url', or add eqar to the agency's 'registers' in "
                    "data/disclosures/agencies.yaml if it is in the EQAR register",
                )
            if record.activity == "programme" and not record.programmes:
                self.report(
                    name,
                    "a programme accreditation must list its programmes",
                    rid,
                    "programmes",
                    at("activity"),
                )
            if record.activity == "institutional" and record.programmes:
                self.report(
                    name,
                    "an institutional accreditation lists no programmes",
                    rid,
                    "programmes",
                    at("programmes"),
                    "record programme accreditations separately",
                )
            expected = {
                "certificate": "accreditation-certificate",
                "report": "accreditation-report",
            }
            for field, kind in expected.items():
                target = getattr(record, field)
                if (
                    target is not None
                    and kinds.get(target) != kind
                    and "documents" not in self.unreadable_lists
                ):
                    self.report(
                        name,
                        f"'{target}' is not a document of kind '{kind}' in documents.yaml",
                        rid,
                        field,
                        at(field),
                    )
            history = record.decision == "negative" or record.valid_until < self.today
            self.track(record, name, lines, (index,), rid, history=history)
        return records

    def clauses(self) -> list[Clause]:
        records, lines, name = self.read_list(self.folder / "register.yaml", Clause, key="clause")
        for index, clause in enumerate(records):
            record = f"clause {clause.clause}"
            at = lambda *loc, index=index: lines.line_of((index, *loc))  # noqa: E731
            # A clause is checked by a rule, or on a page the register reads value by value.
            read = any(page in PAGE_VALUES for page in clause.pages)
            if clause.clause not in RULES and clause.clause not in self.other_clauses and not read:
                self.report(
                    name,
                    f"the build has no rule to check clause {clause.clause}",
                    record,
                    "clause",
                    at("clause"),
                    f"known clauses: {', '.join([*RULES, *sorted(self.other_clauses)])}, and "
                    f"any clause of the pages {', '.join(PAGE_VALUES)}",
                )
            for i, page in enumerate(clause.pages):
                if page not in PAGE_TITLE:
                    self.report(
                        name,
                        f"unknown page '{page}'",
                        record,
                        f"pages.{i}",
                        at("pages", i),
                        f"use one of: {', '.join(PAGE_TITLE)}",
                    )
            if clause.unit is not None:
                self.unit_known(clause.unit, name, record, "unit", at("unit"))
            self.track(clause, name, lines, (index,), record)
        missing = [c for c in REQUIRED_CLAUSES if c not in {r.clause for r in records}]
        if missing:
            self.report(
                name,
                f"missing clause(s): {', '.join(missing)}",
                None,
                "clause",
                None,
                "every clause of §9.7.1–9.7.2 needs a row in the register",
            )
        return records


def discipline_file(
    path: Path, audit: Audit
) -> tuple[tuple[tuple[Discipline, int], ...], tuple[Problem, ...]]:
    """One file of data/disclosures/disciplines/: each valid row's discipline with its line,
    and the problems of the others (checked against the programmes by the loader)."""
    loader = _DisciplineFile(audit)
    name = display_path(path)
    rows = loader.attempt(
        lambda: read_csv(path, DISCIPLINE_COLUMNS, DISCIPLINE_OPTIONAL_COLUMNS), []
    )
    found = tuple(
        (discipline, row.line)
        for row in rows
        if (discipline := loader.discipline(row, name)) is not None
    )
    return found, tuple(loader.problems)


class _DisciplineFile(RecordLoader):
    def __init__(self, audit: Audit) -> None:
        super().__init__(audit, date.min)  # nothing in it is reviewed

    def discipline(self, row: CsvRow, file: str) -> Discipline | None:
        cells = {k: v.strip() for k, v in row.values.items()}
        record = cells.get("programme") or None
        named_for = Path(file).stem
        if record and re.match(PROGRAMME_CODE, named_for) and record != named_for:
            # A row copied from another programme's file would move a discipline silently.
            self.report(
                file,
                f"the row is for programme {record}, but the file is {named_for}'s",
                record,
                "programme",
                row.line,
                f"write {named_for} in the programme column, or move the row to {record}.csv",
            )
            return None
        data = {
            "programme": cells["programme"],
            "code": cells.get("code") or None,
            "name": {lang: cells[f"name_{lang}"] or None for lang in ("kk", "ru", "en")},
            **{k: cells[k] for k in ("credits", "semester", "cycle", "component")},
        }
        try:
            discipline = Discipline.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                loc = [str(part) for part in error["loc"]]
                column = "_".join(loc[:2]) if loc[:1] == ["name"] else (loc[0] if loc else "")
                self.report(file, error["msg"], record, column, row.line)
            return None
        for lang in discipline.name.missing():
            self.audit.add(
                Concern.TRANSLATION,
                Problem(
                    file,
                    f"no {lang} text",
                    record,
                    f"name_{lang}",
                    row.line,
                    f"fill in the name_{lang} column",
                ),
            )
        return discipline


def load_disclosures(
    data_dir: Path,
    units: Units,
    today: date,
    audit: Audit,
    other_clauses: Collection[str] = (),
) -> Disclosures:
    """Load and cross-check the disclosures (the register's rows need the evidence of other
    domains: `compliance_register`); raises DataError listing every problem found.
    `other_clauses`: register clauses another domain gives evidence for."""
    loader = _Loader(data_dir, units, today, audit, other_clauses)
    about = loader.attempt(loader.about, None)
    forms = loader.attempt(lambda: loader.simple_list("forms.yaml", FormOfStudy), [])
    faculties = loader.attempt(loader.faculties, [])
    programmes = loader.programmes(faculties, forms)
    disciplines = loader.disciplines(programmes)
    loader.curriculum_coverage(programmes, disciplines)
    agencies = loader.attempt(loader.agencies, [])
    documents = loader.attempt(loader.documents, [])
    accreditations = loader.attempt(
        lambda: loader.accreditations({a.id: a for a in agencies}, programmes, documents), []
    )
    resources = loader.attempt(lambda: loader.simple_list("resources.yaml", Resource), [])
    calendars = loader.attempt(loader.calendars, [])
    loader.curricula(programmes, documents)
    loader.regulations(documents)
    clauses = loader.attempt(loader.clauses, [])
    if loader.problems:
        raise DataError(loader.problems)
    disclosures = Disclosures(
        today=today,
        about=about,
        forms=tuple(forms),
        faculties=tuple(faculties),
        programmes=tuple(programmes),
        disciplines=disciplines,
        agencies={a.id: a for a in agencies},
        accreditations=tuple(accreditations),
        documents=tuple(documents),
        resources=tuple(resources),
        clauses=tuple(clauses),
        calendars=tuple(calendars),
        announced=tuple(sorted(loader.announced, key=lambda p: p.code)),
    )
    return disclosures


def compliance_register(
    disclosures: Disclosures,
    units: Units,
    data_dir: Path,
    audit: Audit,
    other: OtherEvidence | None = None,
) -> tuple[RegisterRow, ...]:
    """The compliance register's rows, `other` giving the evidence of other domains by
    clause; an incomplete clause is a concern the strict build refuses. Kept apart from the
    disclosures, so that an edit of another domain's evidence changes the register alone."""
    register = build_register(disclosures, units, other)
    # A clause without data is shown as "no information"; publishing refuses it.
    register_file = display_path(data_dir / "disclosures" / "register.yaml")
    for row in register:
        if row.status == "incomplete":
            lacking = ", ".join(label.en or label.kk for label in row.missing) or "no items"
            audit.add(
                Concern.INCOMPLETE,
                Problem(
                    register_file,
                    f"clause {row.clause.clause}: missing {lacking}",
                    record=row.clause.clause,
                    hint="add the data, or get the clause's status decided",
                ),
            )
    return register
