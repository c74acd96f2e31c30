"""Prints the corpus's precision and recall per category at the end of the test run."""

from __future__ import annotations

import pytest

# Filled by test_corpus.py: category → (true positives, false positives, false negatives).
CORPUS_SCORES: dict[str, tuple[int, int, int]] = {}


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not CORPUS_SCORES:
        return
    write = terminalreporter.write_line
    terminalreporter.section("personal-data gate: labelled corpus")
    write(f"{'category':<14}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>9}")
    totals = [0, 0, 0]
    for category, (tp, fp, fn) in sorted(CORPUS_SCORES.items()):
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        write(_row(category, tp, fp, fn))
    write(_row("all", *totals))


def _row(name: str, tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"{name:<14}{tp:>5}{fp:>5}{fn:>5}{precision:>11.3f}{recall:>9.3f}"
