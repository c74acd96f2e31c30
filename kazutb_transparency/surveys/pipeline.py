"""The whole aggregation: raw files in, the texts of indicators.csv and distributions.csv out."""

from __future__ import annotations

import sys
import threading
from collections import Counter
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

from kazutb_transparency.core.datafiles import display_path
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.gc_pause import collections_paused
from kazutb_transparency.organisation.structure import AcademicStructure
from kazutb_transparency.surveys.aggregate import aggregate
from kazutb_transparency.surveys.background import CellChecker
from kazutb_transparency.surveys.codes import DEFAULT_MIN_N
from kazutb_transparency.surveys.distribution import DISTRIBUTION_COLUMNS, distribution_rows
from kazutb_transparency.surveys.inputs import load_questionnaire, read_population
from kazutb_transparency.surveys.models import SurveyQuestions
from kazutb_transparency.surveys.personal_data import Scanner
from kazutb_transparency.surveys.publish import published_rows, to_csv
from kazutb_transparency.surveys.responses import read_responses
from kazutb_transparency.surveys.suppression import suppress


@dataclass(frozen=True)
class Result:
    csv: str
    rows: list[dict[str, str]]
    duplicates: int  # answer rows dropped because the same question was answered again later
    answers: int  # answer rows kept
    distributions: str = ""  # distributions.csv: shares of the scale points of each question

    def summary(self) -> str:
        reasons = Counter(r["suppression_reason"] for r in self.rows if r["suppressed"] == "true")
        return (
            f"{self.answers} answers ({self.duplicates} duplicate row(s) dropped, the last one "
            f"kept); {len(self.rows)} indicator rows, {reasons['primary']} suppressed as "
            f"primary, {reasons['secondary']} as secondary"
        )


def _import_in_background(module: str) -> None:
    # Not a daemon: a refused export exits before counting, and the interpreter then waits
    # for the import to end instead of stopping it halfway through a C extension's set-up.
    if module not in sys.modules:
        threading.Thread(target=import_module, args=(module,)).start()


def run(
    responses: Path,
    questionnaire: Path,
    population: Path,
    min_n: int = DEFAULT_MIN_N,
    scanner: Scanner | None = None,
    loaded: dict[str, SurveyQuestions] | None = None,
    structure: AcademicStructure | None = None,
) -> Result:
    """Validate the inputs, aggregate, suppress; raises DataError naming every bad row.

    `loaded` is the questionnaire already read from `questionnaire`, if the caller has it.
    With the academic `structure`, every faculty and programme must be one of it, each
    programme under its catalogue faculty.
    """
    # The personal-data check runs on a thread while the files are read and the answers
    # counted; nothing is returned before it has answered.
    # The run keeps what it makes (Arrow's lists of texts, counts, the attack's programs)
    # in no cycle: automatic collections walked it all (a fifth of the CPU on a million
    # answers).
    with collections_paused(), CellChecker(scanner) as checker:
        # pandas (only for counting) is imported on a thread while Arrow reads R.csv, which
        # it does without holding the interpreter.
        _import_in_background("pandas")
        questions = loaded if loaded is not None else load_questionnaire(questionnaire)
        answers = read_responses(responses, questions, checker, wait=False, structure=structure)
        try:
            invited = read_population(
                population, questions, checker, wait=False, structure=structure
            )
            cells = aggregate(answers.answers, questions, invited.invited, display_path(population))
        except DataError:
            answers.confirm()  # the answers' own problems are reported first, as they come first
            raise
        suppress(cells, min_n)
        rows = published_rows(cells, min_n)
        shares = to_csv(distribution_rows(cells, min_n), DISTRIBUTION_COLUMNS)
        answers.confirm()
        invited.confirm()
    return Result(to_csv(rows), rows, answers.duplicates, len(answers.answers), shares)
