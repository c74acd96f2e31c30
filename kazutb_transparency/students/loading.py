"""Loading data/students/, with the cross-checks an editor needs.

Every problem names the file, the record, the field and the line; all problems are
collected before the build stops. A file that does not exist is an absent item: the page
says "no information" and the register counts it as missing.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

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
from kazutb_transparency.students.content import Students
from kazutb_transparency.students.models import SERVICE_KINDS, GradeAppeals, SupportService

Model = TypeVar("Model", bound=BaseModel)
FOLDER = "students"
README = "see data/students/README.md"


class _Loader(RecordLoader):
    REVIEWED = (Dated,)

    def __init__(
        self,
        data_dir: Path,
        units: Units,
        documents: Mapping[str, str],
        questions: Mapping[str, frozenset[str]],
        today: date,
        audit: Audit,
    ) -> None:
        super().__init__(audit, today)
        self.folder = data_dir / FOLDER
        self.units = units
        self.documents = documents  # id → kind, from data/disclosures/documents.yaml
        self.questions = questions  # survey id → its question ids

    def _read(self, file: str) -> tuple[Any, Lines, str] | None:
        path = self.folder / file
        if not present(path):
            return None
        data, lines = load_yaml(path)
        return data, lines, display_path(path)

    def appeals(self, file: str) -> GradeAppeals | None:
        read = self._read(file)
        if read is None:
            return None
        data, lines, name = read
        if data is None:
            raise DataError([Problem(name, "file is empty", hint=README)])
        record = validate(GradeAppeals, data, name, lines)
        self.track(record, name, lines, (), None)
        self._check_policy(record, name, lines)
        self._check_question(record, name, lines)
        return record

    def services(self, file: str) -> list[SupportService]:
        path = self.folder / file
        if not path.is_file():
            return []
        listed = read_record_list(path, SupportService)
        if listed.problems:
            raise DataError(listed.problems)
        name, lines = listed.file, listed.lines
        for index, label, record in listed.found:
            self.track(record, name, lines, (index,), label)
            if record.unit is not None and record.unit not in self.units.by_id:
                where = lines.line_of((index, "unit"))
                hint = "use an id from data/units.yaml"
                self.report(name, f"unknown unit '{record.unit}'", label, "unit", where, hint)
        return listed.records

    def _check_policy(self, record: GradeAppeals, name: str, lines: Lines) -> None:
        if record.policy is not None and record.policy not in self.documents:
            self.report(
                name,
                f"unknown document '{record.policy}'",
                None,
                "policy",
                lines.line_of(("policy",)),
                "use the id of a record in data/disclosures/documents.yaml",
            )

    def _check_question(self, record: GradeAppeals, name: str, lines: Lines) -> None:
        asked = record.survey_question
        if asked is None:
            return
        if asked.survey not in self.questions:
            self.report(
                name,
                f"unknown survey '{asked.survey}'",
                None,
                "survey_question.survey",
                lines.line_of(("survey_question", "survey")),
                "use a survey id of data/surveys/questionnaire.yaml",
            )
        elif asked.question not in self.questions[asked.survey]:
            self.report(
                name,
                f"survey '{asked.survey}' has no question '{asked.question}'",
                None,
                "survey_question.question",
                lines.line_of(("survey_question", "question")),
                f"use a question id of '{asked.survey}' in data/surveys/questionnaire.yaml",
            )


def load_students(
    data_dir: Path,
    units: Units,
    documents: Mapping[str, str],
    questions: Mapping[str, frozenset[str]],
    today: date,
    audit: Audit,
) -> Students:
    """Load and cross-check data/students/; `documents` maps each document id to its kind,
    `questions` each survey to its question ids. Raises DataError listing every problem."""
    loader = _Loader(data_dir, units, documents, questions, today, audit)
    appeals = loader.attempt(lambda: loader.appeals("grade-appeals.yaml"), None)
    services = loader.attempt(lambda: loader.services("support.yaml"), [])
    if loader.problems:
        raise DataError(loader.problems)
    order = {kind: n for n, kind in enumerate(SERVICE_KINDS)}
    return Students(
        today=today,
        appeals=appeals,
        services=tuple(sorted(services, key=lambda s: (order[s.kind], s.id))),
    )
