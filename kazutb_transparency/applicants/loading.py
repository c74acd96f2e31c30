"""Loading and cross-checking data/applicants/ against the programme catalogue.

Every problem names the file, the record, the field and the line; all files are read
before the problems are raised together, so one run lists every mistake.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from kazutb_transparency.applicants.content import Applicants, Origin, OriginKey
from kazutb_transparency.applicants.figures import Count, publish
from kazutb_transparency.applicants.models import (
    Admission,
    Costs,
    Group,
    ProgrammeFigures,
    Staff,
)
from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.datafiles import (
    Lines,
    display_path,
    load_yaml,
    present,
    read_record_list,
    validate,
)
from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.incremental import remembered
from kazutb_transparency.core.loader import RecordLoader
from kazutb_transparency.core.provenance import weakest
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.programmes import Programme

Model = TypeVar("Model", bound=BaseModel)
Loc = tuple[str | int, ...]
FOLDER = "applicants"


class _Loader(RecordLoader):
    REVIEWED = (Dated,)

    def __init__(self, data_dir: Path, d: Disclosures, audit: Audit) -> None:
        super().__init__(audit, d.today)
        self.folder = data_dir / FOLDER
        self.d = d
        self.programmes = {p.code: p for p in d.programmes}
        self.forms = {f.id for f in d.forms}
        self.faculties = {f.id for f in d.faculties}

    def sections(self, name: str, model: type[Model]) -> Model:
        """A file of sections (admission.yaml, costs.yaml); an absent file has none."""
        path = self.folder / name
        if not path.exists():
            return model()
        data, lines = load_yaml(path)
        file = display_path(path)
        record = validate(model, data or {}, file, lines)
        for section in type(record).model_fields:
            item = getattr(record, section)
            if item is not None:
                self.track(item, file, lines, (section,), section)
        return record

    def records(
        self, name: str, model: type[Model], label: Callable[[dict], str]
    ) -> tuple[list[tuple[Model, int]], Lines, str]:
        """A YAML list of records, each with its index; every record's problems kept."""
        path = self.folder / name
        if not path.exists():
            return [], Lines(None), display_path(path)
        listed = read_record_list(path, model, key=None, label=label)
        self.problems.extend(listed.problems)
        return [(record, index) for index, _, record in listed.found], listed.lines, listed.file

    # --- the files -----------------------------------------------------------------------

    def groups(self) -> list[Group]:
        found, lines, file = self.records("groups.yaml", Group, lambda i: str(i.get("id", "?")))
        seen_group: set[str] = set()
        member: dict[str, str] = {}
        for group, index in found:
            at = lambda *loc, index=index: lines.line_of((index, *loc))  # noqa: E731
            if group.id in seen_group:
                self.report(
                    file,
                    f"duplicate id '{group.id}'",
                    group.id,
                    "id",
                    at("id"),
                    "each group needs its own id",
                )
            seen_group.add(group.id)
            for i, code in enumerate(group.programmes):
                if code not in self.programmes:
                    self.report(
                        file,
                        f"unknown programme '{code}'",
                        group.id,
                        f"programmes.{i}",
                        at("programmes", i),
                        "use a code of data/disclosures/programmes/",
                    )
                elif code in member and member[code] != group.id:
                    self.report(
                        file,
                        f"programme {code} is already in group {member[code]}",
                        group.id,
                        f"programmes.{i}",
                        at("programmes", i),
                        "a programme belongs to one group of programmes",
                    )
                member.setdefault(code, group.id)
            self.track(group, file, lines, (index,), group.id)
        return sorted((g for g, _ in found), key=lambda g: g.id)

    def staff(self) -> list[Staff]:
        found, lines, file = self.records(
            "staff.yaml", Staff, lambda i: f"{i.get('faculty', '?')} {i.get('academic_year', '')}"
        )
        seen: set[tuple[str, str]] = set()
        for item, index in found:
            record = f"{item.faculty} {item.academic_year}"
            if item.faculty not in self.faculties:
                self.report(
                    file,
                    f"unknown faculty '{item.faculty}'",
                    record,
                    "faculty",
                    lines.line_of((index, "faculty")),
                    "use an id of data/disclosures/faculties.yaml",
                )
            if (item.faculty, item.academic_year) in seen:
                self.report(
                    file,
                    "this faculty and year are given twice",
                    record,
                    "academic_year",
                    lines.line_of((index, "academic_year")),
                    "keep one record per faculty and academic year",
                )
            seen.add((item.faculty, item.academic_year))
            self.track(item, file, lines, (index,), record)
        return [item for item, _ in found]

    def programme_figures(self) -> dict[str, ProgrammeFigures]:
        out: dict[str, ProgrammeFigures] = {}
        folder = self.folder / "programmes"
        forms = frozenset(self.forms)
        for path in sorted(folder.glob("*.yaml")) if folder.exists() else []:
            if not present(path):
                continue
            # Each file on its own: the live preview checks again only the file edited.
            figures, problems = remembered(
                f"programme figures {path}",
                programme_file,
                *(path, self.programmes.get(path.stem), forms, self.today, self.audit),
            )
            self.problems.extend(problems)
            if figures is not None:
                out[figures.programme] = figures
        return out


def programme_file(
    path: Path, programme: Programme | None, forms: frozenset[str], today: date, audit: Audit
) -> tuple[ProgrammeFigures | None, tuple[Problem, ...]]:
    """One file of data/applicants/programmes/, checked against its programme (None: not in
    the catalogue) and the forms of study: its figures, or None, and the problems found."""
    loader = _ProgrammeFile(programme, forms, audit, today)
    figures = loader.attempt(lambda: loader.load(path), None)
    return figures, tuple(loader.problems)


class _ProgrammeFile(RecordLoader):
    REVIEWED = (Dated,)

    def __init__(
        self, programme: Programme | None, forms: frozenset[str], audit: Audit, today: date
    ) -> None:
        super().__init__(audit, today)
        self.programme = programme
        self.forms = forms

    def load(self, path: Path) -> ProgrammeFigures | None:
        data, lines = load_yaml(path)
        file = display_path(path)
        code = path.stem
        figures = validate(ProgrammeFigures, data or {}, file, lines, code)
        if figures.programme != code:
            self.report(
                file,
                f"the file is named {path.name} but holds {figures.programme}",
                code,
                "programme",
                lines.line_of(("programme",)),
                "name the file after the programme code",
            )
            return None
        programme = self.programme
        if programme is None:
            self.report(
                file,
                f"unknown programme '{code}'",
                code,
                "programme",
                lines.line_of(("programme",)),
                "add it to data/disclosures/programmes/ first",
            )
            return None
        years = math.ceil(programme.duration_years)
        for section in SECTIONS:
            periods: set[object] = set()
            for index, item in enumerate(getattr(figures, section)):
                period = _period(item)
                record = f"{code} {section} {period}"
                if period in periods:
                    self.report(
                        file,
                        f"{section} of {period} are given twice",
                        record,
                        section,
                        lines.line_of((section, index)),
                        "keep one record per year",
                    )
                periods.add(period)
                part = ROWS.get(section, "")
                for r, row in enumerate(getattr(item, part, None) or []):
                    at = lines.line_of((section, index, part, r))
                    if hasattr(row, "form") and row.form not in self.forms:
                        self.report(
                            file,
                            f"unknown form of study '{row.form}'",
                            record,
                            f"{section}.{index}.{part}.{r}.form",
                            at,
                            "use an id of data/disclosures/forms.yaml",
                        )
                    if row.year_of_study is not None and row.year_of_study > years:
                        self.report(
                            file,
                            f"year of study {row.year_of_study} in a programme of {years} years",
                            record,
                            f"{section}.{index}.{part}.{r}.year_of_study",
                            at,
                            f"use 1 to {years}",
                        )
                self.track(item, file, lines, (section, index), record)
        return figures


# The lists of a programme's file, each a record per year, and the rows inside a record.
SECTIONS = ("tuition", "students", "graduates", "cohorts", "attestation", "earnings", "vacancies")
ROWS = {"tuition": "fees", "students": "counts", "vacancies": "places"}


def _period(item: object) -> object:
    """The year a record of a programme's figures is about."""
    for name in ("academic_year", "year", "entry_year"):
        if hasattr(item, name):
            return getattr(item, name)
    return None


def _counts(
    figures: dict[str, ProgrammeFigures], staff: list[Staff], faculty_of: dict[str, str]
) -> tuple[list[Count], dict[OriginKey, list[Dated]]]:
    """The input counts of every measure, and the records behind each aggregate."""
    counts: list[Count] = []
    behind: dict[OriginKey, list[Dated]] = {}

    def add(measure: str, period: str, faculty: str, code: str | None, item: Dated) -> None:
        units = [("university", ""), ("faculty", faculty)] + ([("programme", code)] if code else [])
        for unit_type, unit in units:
            behind.setdefault((measure, period, unit_type, unit), []).append(item)

    for code, f in sorted(figures.items()):
        faculty = faculty_of[code]
        for s in f.students:
            for c in s.counts:
                parts = {
                    "year_of_study": str(c.year_of_study),
                    "funding": c.funding,
                    "language": c.language,
                    "form": c.form,
                    "citizenship": c.citizenship,
                }
                counts.append(Count("students", s.academic_year, faculty, code, parts, c.count))
            add("students", s.academic_year, faculty, code, s)
        for g in f.graduates:
            period = str(g.year)
            if g.employed is None:
                split = [("unknown", g.graduates)]
            else:
                split = [("employed", g.employed), ("not-employed", g.graduates - g.employed)]
            for category, n in split:
                parts = {"employment": category}
                counts.append(Count("graduates", period, faculty, code, parts, n))
            add("graduates", period, faculty, code, g)
        for c in f.cohorts:
            period = str(c.entry_year)
            split = [
                ("completed", c.completed),
                ("dropped-out", c.dropped_out),
                ("continuing", c.continuing),
            ]
            for category, n in split:
                counts.append(Count("cohort", period, faculty, code, {"outcome": category}, n))
            add("cohort", period, faculty, code, c)
        for t in f.attestation:
            # One count per person, read by two breakdowns (passed or not; with distinction
            # or not), as students are read by funding and language: every reader can
            # subtract, so both splits go through the small-group rule together.
            period = str(t.year)
            split = [
                ({"passed": "yes", "distinction": "yes"}, t.with_distinction),
                ({"passed": "yes", "distinction": "no"}, t.passed - t.with_distinction),
                ({"passed": "no", "distinction": "no"}, t.sat - t.passed),
            ]
            for parts, n in split:
                counts.append(Count("attestation", period, faculty, code, parts, n))
            add("attestation", period, faculty, code, t)
        for e in f.earnings:
            # A median of a handful of graduates is near one person's pay: it is shown only
            # where the count of graduates it is taken from is published.
            period = str(e.year)
            counts.append(Count("earnings", period, faculty, code, {}, e.graduates_counted))
            add("earnings", period, faculty, code, e)
    for s in staff:
        split = [("with-degree", s.with_degree), ("without-degree", s.headcount - s.with_degree)]
        for category, n in split:
            counts.append(Count("staff", s.academic_year, s.faculty, None, {"degree": category}, n))
        add("staff", s.academic_year, s.faculty, None, s)
    # A student row of 0 is no group of people: it adds no cell of its own. A zero of a
    # split every reader knows the parts of (employed or not, completed, dropped out or
    # still studying, with a degree or without) stays: the total minus the other parts
    # gives it away, so it follows the policy on zeros (data/disclosure.yaml).
    return [c for c in counts if c.n > 0 or c.measure != "students"], behind


def load_applicants(
    data_dir: Path, d: Disclosures, policy: DisclosurePolicy, today: date, audit: Audit
) -> Applicants:
    """Load and cross-check data/applicants/; raises DataError listing every problem found.

    `policy` is the site's disclosure control (data/disclosure.yaml): one rule for every count.
    """
    loader = _Loader(data_dir, d, audit)
    admission = loader.attempt(lambda: loader.sections("admission.yaml", Admission), Admission())
    costs = loader.attempt(lambda: loader.sections("costs.yaml", Costs), Costs())
    groups = loader.attempt(loader.groups, [])
    staff = loader.attempt(loader.staff, [])
    figures = loader.programme_figures()
    if loader.problems:
        raise DataError(loader.problems)
    faculty_of = {p.code: p.faculty for p in d.programmes}
    counts, behind = _counts(figures, staff, faculty_of)
    origins = {
        key: Origin(weakest([s for i in items for s in i.states()]), max(i.updated for i in items))
        for key, items in behind.items()
    }
    return Applicants(
        today=today,
        min_n=policy.min_group,
        admission=admission,
        costs=costs,
        groups=tuple(groups),
        figures=figures,
        staff=tuple(staff),
        # The preview suppresses again only when a count changed, not for a fee or a date.
        published=remembered(
            "published counts", publish, counts, policy.min_group, policy.zero_publishable
        ),
        origins=origins,
    )
