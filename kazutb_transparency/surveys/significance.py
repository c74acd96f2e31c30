"""What the published figures support, and no more: whether a change between two waves is
significant, whether a value meets its target, whether a unit differs from the university.

The rules, stated on the methodology page (methodology_text.py) and applied everywhere a
page or the open data calls something an increase, a decrease, met or different:

- a change between waves, and a unit against the university: the two-sided test for the
  difference of two proportions (pooled z-test), each share with n = its respondents, as the
  Wilson interval uses; significant when p < 0.05. Both figures need CI_MIN_RESPONDENTS
  respondents (the normal approximation, like the interval, is not used below that); else
  the change is "not tested" and called no significant change.
- a value against its target: met when the whole 95 % interval is at or above the target,
  not met when the whole interval is below it, otherwise not distinguishable from the target
  (also when no interval is published: fewer than CI_MIN_RESPONDENTS respondents).

A unit's respondents are also in the university's figure, so the unit test is conservative
(it treats the two as independent); the NSS and Discover Uni flag benchmark differences the
same way.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from kazutb_transparency.surveys.codes import CI_MIN_RESPONDENTS

ALPHA = 0.05  # the significance level the pages state

Direction = Literal["up", "down", "flat"]
TargetVerdict = Literal["met", "not-met", "indistinguishable"]
Comparison = Literal["above", "below", "same"]


@dataclass(frozen=True)
class Test:
    """One two-proportion test: z and the two-sided p (None when not tested)."""

    difference: Decimal  # first minus second, as published (3 decimals)
    z: float | None
    p_value: float | None

    @property
    def significant(self) -> bool:
        return self.p_value is not None and self.p_value < ALPHA

    @property
    def direction(self) -> Direction:
        """up / down only for a significant difference; flat otherwise."""
        if not self.significant:
            return "flat"
        return "up" if self.difference > 0 else "down"


def two_proportions(p1: Decimal, n1: int | None, p2: Decimal, n2: int | None) -> Test:
    """Pooled two-sided z-test of p1 − p2 with sample sizes n1 and n2.

    Not tested (z and p None) if either sample is under CI_MIN_RESPONDENTS. Equal shares, or
    a pooled share of 0 or 1 (no variance), give z = 0 and p = 1.
    """
    difference = p1 - p2
    if n1 is None or n2 is None or min(n1, n2) < CI_MIN_RESPONDENTS:
        return Test(difference, None, None)
    pooled = (float(p1) * n1 + float(p2) * n2) / (n1 + n2)
    variance = pooled * (1 - pooled) * (1 / n1 + 1 / n2)
    if variance <= 0:
        return Test(difference, 0.0, 1.0)
    z = float(difference) / math.sqrt(variance)
    return Test(difference, z, math.erfc(abs(z) / math.sqrt(2)))


def against_target(low: Decimal | None, high: Decimal | None, target: Decimal) -> TargetVerdict:
    """Met / not met only when the whole 95 % interval is on one side of the target."""
    if low is None or high is None:
        return "indistinguishable"
    if low >= target:
        return "met"
    if high < target:
        return "not-met"
    return "indistinguishable"


def comparison(test: Test) -> Comparison:
    """A unit against the university: above / below only when significant."""
    return {"up": "above", "down": "below", "flat": "same"}[test.direction]  # type: ignore[return-value]
