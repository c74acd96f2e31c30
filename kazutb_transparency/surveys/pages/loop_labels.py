"""Interface text for closing the loop (§7.5.5: overdue actions, review windows), the years
of data behind each survey's dynamics (§7.5.3) and the source of the catalogue's timings.
Merged into `labels.L`; the counted phrases need plural forms, built here."""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog

LOOP_LABELS: dict[str, dict[str, str]] = catalog("surveys_loop")


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def years_count(n: int, lang: str) -> str:
    """The N of "N-year dynamics": kk «2 жылдық», ru «2 года» (after «за»), en "2-year"."""
    if lang == "kk":
        return f"{n} жылдық"
    if lang == "ru":
        return f"{n} {_ru_plural(n, 'год', 'года', 'лет')}"
    return f"{n}-year"


def months_count(n: int, lang: str) -> str:
    """ "24 months" as the object of "the waves span …"."""
    if lang == "kk":
        return f"{n} ай"
    if lang == "ru":
        return f"{n} {_ru_plural(n, 'месяц', 'месяца', 'месяцев')}"
    return f"{n} month" if n == 1 else f"{n} months"


def waves_count(n: int, lang: str) -> str:
    if lang == "kk":
        return f"{n} толқын"
    if lang == "ru":
        return f"{n} {_ru_plural(n, 'волна', 'волны', 'волн')}"
    return f"{n} wave" if n == 1 else f"{n} waves"
