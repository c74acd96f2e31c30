"""Interface text of the survey pages, in kk, ru and en (always complete: written in code)."""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.surveys.pages.loop_labels import LOOP_LABELS

L: dict[str, dict[str, str]] = catalog("surveys")
L |= LOOP_LABELS

# Kazakh ablative ending after a number written in digits ("10-нан", "5-тен", "20-дан"):
# it follows the last word of the number read aloud.
_KK_UNITS = {
    1: "ден",
    2: "ден",
    3: "тен",
    4: "тен",
    5: "тен",
    6: "дан",
    7: "ден",
    8: "ден",
    9: "дан",
}
_KK_TENS = {
    1: "нан",
    2: "дан",
    3: "дан",
    4: "тан",
    5: "ден",
    6: "тан",
    7: "тен",
    8: "нен",
    9: "нан",
}


def kk_ablative(number: int) -> str:
    if number % 10:
        return _KK_UNITS[number % 10]
    if number % 100:
        return _KK_TENS[(number // 10) % 10]
    return "ден"  # жүз, мың


def fewer_than(min_n: int, lang: str) -> str:
    """What a primary-suppressed cell says, with the minimum actually used."""
    if lang == "kk":
        return f"респонденттер {min_n}-{kk_ablative(min_n)} аз"
    if lang == "ru":
        return f"респондентов меньше {min_n}"
    return f"fewer than {min_n} respondents"
