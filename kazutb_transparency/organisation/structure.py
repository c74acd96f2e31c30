"""The academic structure: the faculties and the programmes under them, each with one id.

It is kept once, in the disclosures' files: a faculty in data/disclosures/faculties.yaml
(its parent is a body of data/units.yaml), a programme in
data/disclosures/programmes/<code>.yaml with its `faculty:`. The disclosures loader checks
those files in full; other domains (the surveys) get the structure from here, built from
the loaded disclosures in the build or read directly by the survey scripts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kazutb_transparency.core.datafiles import display_path, load_yaml
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import Localized

FACULTIES_FILE = Path("disclosures") / "faculties.yaml"
PROGRAMMES_DIR = Path("disclosures") / "programmes"


@dataclass(frozen=True)
class ProgrammeNode:
    code: str
    name: Localized | None  # None while the university has not published it
    faculty: str


@dataclass(frozen=True)
class FacultyNode:
    id: str
    name: Localized
    programmes: tuple[ProgrammeNode, ...]


@dataclass(frozen=True)
class AcademicStructure:
    faculties: tuple[FacultyNode, ...]
    _faculty_of: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    _faculty: dict[str, FacultyNode] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for faculty in self.faculties:
            self._faculty[faculty.id] = faculty
            for programme in faculty.programmes:
                self._faculty_of[programme.code] = faculty.id

    @classmethod
    def of(
        cls,
        faculties: Iterable[tuple[str, Localized]],
        programmes: Iterable[tuple[str, Localized | None, str]],
    ) -> AcademicStructure:
        """From (id, name) of each faculty and (code, name, faculty id) of each programme,
        in the order given; a programme under no listed faculty is left out (the
        disclosures loader reports it)."""
        under: dict[str, list[ProgrammeNode]] = {}
        for code, name, faculty in programmes:
            under.setdefault(faculty, []).append(ProgrammeNode(code, name, faculty))
        return cls(
            tuple(
                FacultyNode(faculty_id, name, tuple(under.get(faculty_id, ())))
                for faculty_id, name in faculties
            )
        )

    @property
    def faculty_of(self) -> dict[str, str]:
        """Programme code → faculty id."""
        return self._faculty_of

    def faculty(self, faculty_id: str) -> FacultyNode | None:
        return self._faculty.get(faculty_id)

    def programme(self, code: str) -> ProgrammeNode | None:
        faculty = self._faculty.get(self._faculty_of.get(code, ""))
        return next((p for p in faculty.programmes if p.code == code), None) if faculty else None


def read_structure(data_dir: Path) -> AcademicStructure:
    """The structure read straight from `data_dir` (ids, names and parents only).

    Raises DataError naming the file and record of anything it cannot read.
    """
    problems: list[Problem] = []
    faculties = [
        (faculty_id, name)
        for faculty_id, name, _ in _records(data_dir / FACULTIES_FILE, "id", problems)
        if name is not None
    ]
    programmes = []
    for path in sorted((data_dir / PROGRAMMES_DIR).glob("*.yaml")):
        programmes += _records(path, "code", problems, parent="faculty", named=False)
    if problems:
        raise DataError(problems)
    return AcademicStructure.of(faculties, programmes)


def _records(
    path: Path, key: str, problems: list[Problem], parent: str | None = None, named: bool = True
) -> list[tuple[str, Localized | None, str]]:
    """(id, name, parent id) of each record of a list file, or of a one-record file; the
    name may be missing unless `named`."""
    file = display_path(path)
    try:
        data, lines = load_yaml(path)
    except DataError as exc:
        problems.extend(exc.problems)
        return []
    found = []
    for index, item in enumerate(data if isinstance(data, list) else [data]):
        where = (index,) if isinstance(data, list) else ()
        line = lines.line_of(where) if lines and where else None
        if not isinstance(item, dict) or not isinstance(item.get(key), str):
            problems.append(Problem(file, f"a record without its '{key}'", line=line))
            continue
        try:
            given = item.get("name")
            name = None if given is None and not named else Localized.model_validate(given)
        except ValueError:
            problems.append(
                Problem(file, "no name in kk, ru and en", record=item[key], field="name", line=line)
            )
            continue
        owner = item.get(parent) if parent else ""
        if parent and not isinstance(owner, str):
            problems.append(
                Problem(
                    file,
                    f"no '{parent}'",
                    record=item[key],
                    field=parent,
                    line=line,
                    hint="give the id of its faculty in disclosures/faculties.yaml",
                )
            )
            continue
        found.append((item[key], name, owner or ""))
    return found
