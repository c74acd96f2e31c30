"""Whether a unit's own rows pin a withheld count (surveys/suppression.py, pinned_within):
the answer is remembered for the row and the unit's withheld rows, and asked again when
those change."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.core.disclosure_attack import range_of
from kazutb_transparency.surveys import pipeline, suppression
from kazutb_transparency.surveys.aggregate import Aggregate

from .helpers import WAVE, group, write_inputs


@pytest.fixture
def counted(tmp_path: Path, monkeypatch) -> Aggregate:
    """The cells of 20 respondents of one programme, nothing withheld."""
    kept: list[Aggregate] = []
    monkeypatch.setattr(pipeline, "suppress", lambda cells, min_n: kept.append(cells))
    pipeline.run(*write_inputs(tmp_path, group(0, 20, "F1", "P1")), scanner=lambda value: [])
    for cell in kept[0].cells.values():
        cell.suppression = ""
    return kept[0]


def test_the_answer_is_asked_again_when_the_units_withheld_rows_change(counted, monkeypatch):
    asked = []
    monkeypatch.setattr(suppression, "range_of", lambda *a: asked.append(a) or range_of(*a))
    protection = suppression._Protection(counted)
    unit = ("s1", WAVE, "programme", "P1")
    question, block = (*unit, "b", "q3"), (*unit, "b", "")
    counted.cells[question].suppression = "primary"
    # The block's only question: the published block gives it exactly.
    assert protection.pinned_within(question, 10) is True
    assert protection.pinned_within(question, 10) is True
    assert len(asked) == 1
    # The block withheld too: the overall row minus block a leaves it 0 to 20 wide.
    counted.cells[block].suppression = "secondary"
    assert protection.pinned_within(question, 10) is False
    assert len(asked) == 2
