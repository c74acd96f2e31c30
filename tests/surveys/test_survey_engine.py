"""The aggregation engine gives, byte for byte, what the original row-by-row engine gave.

The fixtures under fixtures/ were written by that engine (before the pandas rewrite) from
the seeded bulk export below: two surveys, 2- to 11-point scales, reverse-coded items,
units of very different sizes, `na`/`dk`/missing answers and repeated submissions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.surveys.bulk import Shape, generate
from kazutb_transparency.surveys.pipeline import run

FIXTURES = Path(__file__).parent / "fixtures"
BULK = Shape(answers=40_000, surveys=2, waves=4, programmes=12, seed=3)


@pytest.fixture(scope="module")
def bulk_inputs(tmp_path_factory) -> tuple[Path, Path, Path]:
    return generate(BULK, tmp_path_factory.mktemp("bulk"))


@pytest.mark.parametrize("min_n", [10, 5])
def test_same_indicators_as_the_original_engine(bulk_inputs, min_n):
    result = run(*bulk_inputs, min_n, scanner=lambda value: [])
    expected = (FIXTURES / f"bulk-indicators-min{min_n}.csv").read_text(encoding="utf-8")
    assert result.csv == expected
    assert (result.answers, result.duplicates) == (40_066, 188)
