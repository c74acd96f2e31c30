"""The personal-data check of the survey files, on a thread beside the reading and counting.

Each check runs on one worker thread, in the order asked, while the caller goes on reading
P.csv and counting the answers (Arrow and numpy work without holding the interpreter). It
loads the full detector (about a quarter of a CPU second) only when the screen keeps a
value for it (surveys.personal_data), which most exports never make it do.

It was a forked child process: the fork itself then cost more CPU than the check of most
exports (every page either process wrote afterwards was copied, about a quarter of a CPU
second of the kernel's on a million answers), once the detector no longer had to load
beside the reading.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.surveys.personal_data import (
    Occurrence,
    Scanner,
    check_cells,
    default_scanner,
)

Pending = Callable[[], list[Problem]]  # waits for a check's problems (raises its error)


class CellChecker:
    """Checks distinct cell values for personal data beside the caller's own work."""

    def __init__(self, scanner: Scanner | None = None) -> None:
        self._scanner = scanner or default_scanner()
        self._worker: ThreadPoolExecutor | None = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="personal-data-check"
        )

    def check(self, file: str, cells: list[Occurrence]) -> Pending:
        """Start checking `cells`; the returned call waits for their problems."""
        if self._worker is None:
            raise RuntimeError("the personal-data check is closed")
        answer: Future[list[Problem]] = self._worker.submit(check_cells, file, cells, self._scanner)
        return answer.result

    def close(self) -> None:
        """Stop the worker: checks not yet begun are dropped (the caller has failed)."""
        if self._worker is None:
            return
        self._worker.shutdown(wait=True, cancel_futures=True)
        self._worker = None

    def __enter__(self) -> CellChecker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
