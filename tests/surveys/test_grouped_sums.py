"""Counting by combinations of integer codes: one slot per combination, or sorted when the
combinations would be too many slots; both give the sums a dictionary of counts gives."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from kazutb_transparency.surveys import aggregate


def by_hand(columns: list[np.ndarray], weights: np.ndarray) -> dict[tuple, int]:
    sums: Counter[tuple] = Counter()
    rows = zip(*(c.tolist() for c in columns), strict=True)
    for row, weight in zip(rows, weights.tolist(), strict=True):
        sums[row] += weight
    return dict(sums)


@pytest.mark.parametrize("dense_slots", [1 << 22, 0])
def test_sums_per_combination_match_counting_by_hand(dense_slots, monkeypatch):
    monkeypatch.setattr(aggregate, "_DENSE_SLOTS", dense_slots)
    rng = np.random.default_rng(7)
    # a wide third column: 3 * 40 * 5,000 slots for 300 rows, more than four per row
    columns = [rng.integers(0, 3, 300), rng.integers(0, 40, 300), rng.integers(0, 5000, 300)]
    weights = rng.integers(1, 9, 300)
    keys, (sums,) = aggregate._summed(columns, [weights])
    assert dict(zip(zip(*keys, strict=True), sums, strict=True)) == by_hand(columns, weights)
    assert all(type(v) is int for v in sums)


def test_no_rows_no_combinations():
    empty = np.zeros(0, dtype=np.int64)
    assert aggregate._summed([empty, empty], [empty]) == ([[], []], [[]])
