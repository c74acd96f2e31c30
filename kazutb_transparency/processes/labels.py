"""Interface text of the process pages and datasets, in kk, ru and en (written in code)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog

L: dict[str, dict[str, str]] = catalog("processes")


def localized_label(key: str) -> Localized:
    """A fixed label as a Localized value (for open-data titles)."""
    return Localized(**L[key])
