"""The personal-data check of the raw files runs in a child process and loses nothing."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys import pipeline
from kazutb_transparency.surveys.background import CellChecker
from kazutb_transparency.surveys.personal_data import Occurrence
from kazutb_transparency.surveys.pipeline import run

from .helpers import group, write_inputs


def flagging(*values: str):
    def scan(value: str) -> list[tuple[str, str]]:
        return [("iin", "8•••••••••••")] if value in values else []

    return scan


def test_answers_come_back_to_the_check_that_asked() -> None:
    with CellChecker(flagging("b")) as checker:
        first = checker.check("one.csv", [Occurrence("x", "a", 2)])
        second = checker.check("two.csv", [Occurrence("x", "b", 3)])
        assert [p.file for p in second()] == ["two.csv"]  # asked out of order
        assert first() == []


def test_a_failing_detector_is_raised_in_the_caller() -> None:
    def broken(value: str) -> list[tuple[str, str]]:
        raise ValueError("detector broke")

    with CellChecker(broken) as checker:
        pending = checker.check("one.csv", [Occurrence("x", "a", 2)])
        with pytest.raises(ValueError, match="detector broke"):
            pending()


def test_closing_with_answers_owed_stops_the_child() -> None:
    checker = CellChecker(flagging())
    checker.check("one.csv", [Occurrence("x", "a", 2)] * 1000)
    checker.close()
    assert not checker._process.is_alive()


def test_personal_data_in_the_population_file_alone_is_refused(tmp_path: Path) -> None:
    r, q, p = write_inputs(tmp_path, group(0, 12), [["s1", "2024-06", "F7", "", "40"]])
    with pytest.raises(DataError) as caught:
        run(r, q, p, 10, scanner=flagging("F7"))
    [problem] = caught.value.problems
    assert problem.file.endswith("P.csv") and problem.line == 2 and problem.field == "faculty"
    assert "looks like personal data" in problem.message and "F7" not in problem.message


def test_personal_data_in_the_answers_is_reported_first(tmp_path: Path) -> None:
    r, q, p = write_inputs(tmp_path, group(0, 12, "F7"), [["s1", "2024-06", "F7", "", "40"]])
    with pytest.raises(DataError) as caught:
        run(r, q, p, 10, scanner=flagging("F7"))
    assert Path(caught.value.problems[0].file).name == "R.csv"


def test_the_child_checks_without_importing_pandas() -> None:
    # In a fresh interpreter: pandas here may already be imported by other tests.
    probe = (
        "import sys, pyarrow as pa\n"
        "from kazutb_transparency.surveys.background import CellChecker\n"
        "from kazutb_transparency.surveys.personal_data import Occurrence\n"
        "def scan(value):\n"
        "    pa.array([value]).to_numpy(zero_copy_only=False)\n"
        "    return [('pandas', 'x')] if 'pandas' in sys.modules else []\n"
        "with CellChecker(scan) as checker:\n"
        "    print(len(checker.check('R.csv', [Occurrence('x', 'a', 2)])()))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "0"


def test_the_run_pauses_garbage_collection_and_restores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = []
    counted = pipeline.aggregate

    def aggregate(*args, **kwargs):
        seen.append(gc.isenabled())
        return counted(*args, **kwargs)

    monkeypatch.setattr(pipeline, "aggregate", aggregate)
    r, q, p = write_inputs(tmp_path, group(0, 12), [["s1", "2024-06", "", "", "40"]])
    assert gc.isenabled()
    run(r, q, p, 10, scanner=flagging())
    assert seen == [False] and gc.isenabled()
