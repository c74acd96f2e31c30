"""The personal-data check of the raw files runs on a thread and loses nothing."""

from __future__ import annotations

import gc
import os
import threading
from concurrent.futures import CancelledError
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


def test_closing_with_answers_owed_drops_the_checks_not_begun() -> None:
    started = threading.Event()
    release = threading.Event()

    def slow(value: str) -> list[tuple[str, str]]:
        started.set()
        release.wait(timeout=30)
        return []

    checker = CellChecker(slow)
    first = checker.check("one.csv", [Occurrence("x", "a", 2)])
    second = checker.check("two.csv", [Occurrence("x", "b", 3)])
    assert started.wait(timeout=30)
    release.set()
    checker.close()
    assert first() == []
    with pytest.raises(CancelledError):
        second()
    with pytest.raises(RuntimeError, match="closed"):
        checker.check("three.csv", [])


def test_the_checks_run_beside_the_caller_not_in_another_process() -> None:
    where = []

    def scan(value: str) -> list[tuple[str, str]]:
        where.append((os.getpid(), threading.current_thread() is threading.main_thread()))
        return []

    with CellChecker(scan) as checker:
        checker.check("one.csv", [Occurrence("x", "a", 2)])()
    assert where == [(os.getpid(), False)]


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
