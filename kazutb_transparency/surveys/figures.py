"""The published figures of one cell, computed exactly and rounded the same way everywhere."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from kazutb_transparency.surveys.codes import LOW_RESPONSE_RATE, Z_95

THOUSANDTH = Decimal("0.001")


def share(numerator: int, denominator: int) -> Decimal:
    """numerator / denominator rounded half up to 3 decimals, computed without floats."""
    value = Fraction(numerator, denominator)
    thousandths = math.floor(value * 1000 + Fraction(1, 2))
    return Decimal(thousandths) / 1000


def round3(value: float) -> Decimal:
    return Decimal(value).quantize(THOUSANDTH, rounding=ROUND_HALF_UP)


def wilson(positives: int, valid: int, n: int, z: float = Z_95) -> tuple[Decimal, Decimal]:
    """Wilson score interval for the share positives/valid with sample size n (respondents)."""
    p = positives / valid
    z2 = z * z
    denominator = 1 + z2 / n
    centre = (p + z2 / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator
    return round3(max(0.0, centre - half)), round3(min(1.0, centre + half))


def low_response(respondents: int, invited: int) -> bool:
    """respondents / invited < 30 %, compared exactly."""
    numerator, denominator = LOW_RESPONSE_RATE
    return respondents * denominator < invited * numerator


def text(value: Decimal) -> str:
    """A proportion as written in indicators.csv: always three decimals."""
    return f"{value:.3f}"
