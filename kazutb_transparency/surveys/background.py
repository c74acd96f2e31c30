"""The personal-data check of the survey files, in a forked child process.

The child is forked before anything is read: it loads the detector (importing it and its
lexicons, about a quarter of a second) while this process reads R.csv, then checks the
distinct values sent to it while this process counts the answers, so the check costs
almost no time of its own on two cores. Where fork is not available (Windows, macOS
defaults) each check runs here, when it is asked for.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from multiprocessing.connection import Connection
from typing import Any

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.surveys.personal_data import (
    Occurrence,
    Scanner,
    check_cells,
    default_scanner,
)

Pending = Callable[[], list[Problem]]  # waits for a check's problems (raises its error)


class _WithoutPandas:
    """An import finder that says pandas is not installed.

    Arrow imports pandas the first time it turns Python values into an array or an array
    into numpy, only to recognise pandas objects among them; the child hands it lists and
    reads back booleans, and never uses pandas, whose import costs it about a third of a
    CPU second (more than the check itself)."""

    @staticmethod
    def find_spec(name: str, path: object = None, target: object = None) -> ModuleSpec | None:
        if name.partition(".")[0] == "pandas":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def _serve(scanner: Scanner | None, pipe: Connection) -> None:
    """The child: load the detector, then answer every request in the order sent."""
    # What the child inherited is never collected by it: a collection would walk it and,
    # by writing to each object, copy the parent's memory page by page.
    gc.freeze()
    if "pandas" not in sys.modules:
        sys.meta_path.insert(0, _WithoutPandas)  # this process only: it is a forked child
    scan: Scanner | None = None
    failure: Exception | None = None
    try:
        scan = scanner or default_scanner()
    except Exception as exc:  # reported with the first answer
        failure = exc
    while True:
        try:
            request = pipe.recv()
        except EOFError:
            return
        if request is None:
            return
        file, cells = request
        try:
            if scan is None:
                raise failure or RuntimeError("the personal-data detector did not load")
            outcome: tuple[bool, Any] = (True, check_cells(file, cells, scan))
        except Exception as exc:  # handed back to the parent, raised there
            outcome = (False, exc)
        try:
            pipe.send(outcome)
        except Exception as exc:  # the exception itself would not pickle
            pipe.send((False, RuntimeError(f"the personal-data check failed: {exc!r}")))


class CellChecker:
    """Checks distinct cell values for personal data beside the caller's own work."""

    def __init__(self, scanner: Scanner | None = None) -> None:
        self._scanner = scanner
        self._answers: dict[int, tuple[bool, Any]] = {}
        self._sent = self._received = 0
        try:
            context = multiprocessing.get_context("fork")
        except ValueError:
            self._pipe: Connection | None = None
            return
        self._pipe, child_end = context.Pipe()
        self._process = context.Process(target=_serve, args=(scanner, child_end), daemon=True)
        self._process.start()
        child_end.close()

    def check(self, file: str, cells: list[Occurrence]) -> Pending:
        """Start checking `cells`; the returned call waits for their problems."""
        if self._pipe is None:
            if self._scanner is None:
                self._scanner = default_scanner()
            found = check_cells(file, cells, self._scanner)
            return lambda: found
        self._pipe.send((file, cells))
        ticket, self._sent = self._sent, self._sent + 1
        return lambda: self._answer(ticket)

    def _answer(self, ticket: int) -> list[Problem]:
        while ticket not in self._answers:
            assert self._pipe is not None
            try:
                outcome = self._pipe.recv()
            except EOFError:  # the child died without a word
                outcome = (False, RuntimeError("the personal-data check stopped"))
            self._answers[self._received] = outcome
            self._received += 1
        ok, value = self._answers[ticket]
        if not ok:
            raise value
        return value

    def close(self) -> None:
        """Stop the child: at once if answers are still owed (the caller has failed)."""
        if self._pipe is None:
            return
        if self._received < self._sent:
            self._process.terminate()
        else:
            self._pipe.send(None)
        self._pipe.close()
        self._process.join()
        self._pipe = None

    def __enter__(self) -> CellChecker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
