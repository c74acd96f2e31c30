"""responses.groups: one code per distinct combination of columns, numbered in order of
first appearance, whichever width the combined key takes (32 bits, 64 bits, or a
factorisation column by column when the combinations pass 2**62)."""

from __future__ import annotations

import numpy as np
import pytest

from kazutb_transparency.surveys.responses import first_rows, groups


def _reference(*columns: np.ndarray) -> np.ndarray:
    seen: dict[tuple[int, ...], int] = {}
    rows = zip(*columns, strict=True)
    return np.array([seen.setdefault(row, len(seen)) for row in rows], dtype=np.int64)


@pytest.mark.parametrize(
    "values",
    [
        ((0, 1, 2), (0, 7, 39), (0, 5, 899)),  # 108,000 combinations: a 32-bit key
        # 3 × 2**31 combinations: (2, 0) and (0, 0) would meet in a 32-bit key
        ((0, 1, 2), (0, 1, 2**31 - 1)),
        ((0, 1, 2**21 - 1),) * 3,  # 2**63: factorised column by column
    ],
)
def test_codes_number_combinations_in_order_of_appearance(values: tuple[tuple[int, ...]]) -> None:
    rng = np.random.default_rng(7)
    columns = [np.array(v, dtype=np.int32)[rng.integers(0, len(v), 5_000)] for v in values]
    got = groups(*columns)
    assert got.dtype == np.int64
    assert np.array_equal(got, _reference(*columns))
    _, first = np.unique(got, return_index=True)
    assert np.array_equal(first_rows(got), first)
