"""Interface text of the survey pages, in kk, ru and en (always complete: written in code)."""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import NumberText, fill
from kazutb_transparency.surveys.pages.loop_labels import LOOP_LABELS

L: dict[str, dict[str, str]] = catalog("surveys")
L |= LOOP_LABELS


def fewer_than(min_n: int, lang: str) -> str:
    """What a primary-suppressed cell says, with the minimum actually used
    (kk «респонденттер 5-тен аз»: the number takes the ablative)."""
    return fill(L["fewer_than"][lang], n=NumberText(min_n, lang))
