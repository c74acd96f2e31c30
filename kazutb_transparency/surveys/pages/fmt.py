"""Numbers as each language writes them: "78,4 %" in kk and ru, "78.4%" in en."""

from __future__ import annotations

from decimal import Decimal

NBSP = "\u00a0"

# d3-format locales for the charts (vega `config.locale.number`); d3 ships none for kk.
_COMMA: dict[str, object] = {
    "decimal": ",",
    "thousands": NBSP,
    "grouping": [3],
    "currency": ["", f"{NBSP}₸"],
    "percent": f"{NBSP}%",
}
NUMBER_LOCALE: dict[str, dict[str, object]] = {
    "kk": _COMMA,
    "ru": _COMMA,
    "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["₸", ""]},
}


def _decimal_mark(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang in ("kk", "ru") else text


def percent(value: Decimal | None, lang: str, empty: str = "—") -> str:
    """A 3-decimal proportion as a percentage with one decimal: 0.784 → 78,4 % / 78.4%."""
    if value is None:
        return empty
    number = _decimal_mark(f"{value * 100:.1f}", lang)
    return f"{number}{NBSP}%" if lang in ("kk", "ru") else f"{number}%"


def points(change: Decimal, lang: str) -> str:
    """A change of a proportion in percentage points, signed: +3,1 п.п. / +3.1 pp."""
    number = _decimal_mark(f"{change * 100:+.1f}", lang).replace("-", "−")
    unit = {"kk": "п.т.", "ru": "п.п.", "en": "pp"}[lang]
    return f"{number}{NBSP}{unit}"


def count(value: int | None, lang: str, empty: str = "—") -> str:
    if value is None:
        return empty
    text = f"{value:,}"
    return text.replace(",", NBSP) if lang in ("kk", "ru") else text


def interval(low: Decimal | None, high: Decimal | None, lang: str, empty: str = "—") -> str:
    if low is None or high is None:
        return empty
    return f"{percent(low, lang)} – {percent(high, lang)}"


def p_value(value: float, lang: str) -> str:
    """A test's p as a statistician writes it, in the language's decimals: "p = 0,030",
    "p &lt; 0,001" (HTML, no-break spaces); never "p = &lt; 0,001"."""
    if value < 0.001:
        return "p &lt; " + _decimal_mark("0.001", lang)  # written into the page as HTML
    return "p = " + _decimal_mark(f"{value:.3f}", lang)
