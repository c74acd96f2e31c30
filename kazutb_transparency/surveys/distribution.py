"""The distribution of a published question's valid answers over its scale (§7.5.3), after
reverse coding, rounded so that no count below min-n can be worked out from it.

The rule: the shares of a cell are multiples of one step, the finest of STEPS at which one
step stands for at least min-n answers (step × valid ≥ min-n); they are rounded to it by the
largest remainder, so that they add up to exactly 1. A count below min-n is then less than
one step and cannot be told apart from 0 or from a count of one step, and no count at all
can be read back from share × valid. A cell too small for a 10 % step (fewer than
10 × min-n valid answers) gets no distribution; a suppressed cell never has one. Exact
integer arithmetic only: the same counts give the same bytes everywhere.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kazutb_transparency.surveys.codes import KEY_COLUMNS

if TYPE_CHECKING:  # the build reads the rule without pandas
    from kazutb_transparency.surveys.aggregate import Aggregate

STEPS = (1, 2, 5, 10, 20, 50, 100)  # in thousandths: 0.1 % … 10 %
DISTRIBUTION_COLUMNS = (*KEY_COLUMNS, "scale_point", "share")


def step(valid: int, min_n: int) -> int | None:
    """The finest step (thousandths) of which one stands for at least min_n answers."""
    return next((s for s in STEPS if s * valid >= 1000 * min_n), None)


def rounded(counts: list[int], step_size: int) -> list[int]:
    """Shares in thousandths, multiples of `step_size`, adding up to 1000: each count's
    whole steps, then one more step for the largest remainders (the lower point first)."""
    units, total = 1000 // step_size, sum(counts)
    whole = [c * units // total for c in counts]
    by_remainder = sorted(range(len(counts)), key=lambda j: (-(counts[j] * units % total), j))
    for j in by_remainder[: units - sum(whole)]:
        whole[j] += 1
    return [w * step_size for w in whole]


def text(thousandths: int) -> str:
    return f"{thousandths // 1000}.{thousandths % 1000:03d}"


def distribution_rows(aggregate: Aggregate, min_n: int) -> list[dict[str, str]]:
    """One row per scale point of every published question cell large enough, sorted."""
    rows = []
    for key, cell in aggregate.cells.items():
        if not key[5] or cell.suppressed or not cell.valid:
            continue
        found = step(cell.valid, min_n)
        if found is None:
            continue
        for point, share in enumerate(rounded(cell.points, found), start=1):
            rows.append([*key, point, text(share)])
    rows.sort(key=lambda r: (*r[:6], r[6]))
    return [dict(zip(DISTRIBUTION_COLUMNS, (*r[:6], str(r[6]), r[7]), strict=True)) for r in rows]
