"""The published figures of one cell, computed exactly and rounded the same way everywhere."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from kazutb_transparency.surveys.codes import LOW_RESPONSE_RATE, Z_95

THOUSANDTH = Decimal("0.001")


def thousandths(numerator: int, denominator: int) -> int:
    """numerator / denominator in thousandths, rounded half up, in integers only.

    floor(1000·n/d + 1/2) = floor((2000·n + d) / (2·d)): exact (and a zero denominator
    raises ZeroDivisionError), and far cheaper than Fraction over ~10⁵ published rows.
    """
    return (2000 * numerator + denominator) // (2 * denominator)


def share(numerator: int, denominator: int) -> Decimal:
    """numerator / denominator rounded half up to 3 decimals, computed without floats."""
    return Decimal(thousandths(numerator, denominator)) / 1000


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
