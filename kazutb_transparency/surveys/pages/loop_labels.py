"""Interface text for closing the loop (§7.5.5: overdue actions, review windows), the years
of data behind each survey's dynamics (§7.5.3) and the source of the catalogue's timings.
Merged into `labels.L`; the counted phrases need plural forms, built here."""

from __future__ import annotations

from kazutb_transparency.core.counted import counted, noun_form
from kazutb_transparency.core.interface import catalog

LOOP_LABELS: dict[str, dict[str, str]] = catalog("surveys_loop")


def years_count(n: int, lang: str) -> str:
    """The N of "N-year dynamics": kk «2 жылдық», ru «2 года» (after «за»), en "2-year"."""
    if lang == "en":
        return f"{n}-{noun_form(n, 'year_spans', lang)}"
    return counted(n, "year_spans", lang)


def months_count(n: int, lang: str) -> str:
    """ "24 months" as the object of "the waves span …"."""
    return counted(n, "months", lang)


def waves_count(n: int, lang: str) -> str:
    return counted(n, "waves", lang)
