"""What the applicants' pages share: money, shares, counts with their marks, "no data yet"."""

from __future__ import annotations

from kazutb_transparency.applicants.content import Origin
from kazutb_transparency.applicants.figures import (
    NOT_APPLICABLE,
    NOT_COLLECTED,
    PROTECTS_ANOTHER,
    SMALL_GROUP,
)
from kazutb_transparency.applicants.models import Group
from kazutb_transparency.applicants.summary import group_label
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import NBSP, DateText, fill, format_number
from kazutb_transparency.core.markdown import page_href
from kazutb_transparency.disclosures.pages.common import marker

# Interface strings: data/interface/<lang>.yaml, namespace "applicants".
L: dict[str, dict[str, str]] = catalog("applicants")
LABEL: dict[str, dict[str, str]] = catalog("applicants_labels")

INDEX = "applicants/index.md"
COSTS = "applicants/costs.md"
OUTCOMES = "applicants/outcomes.md"


def group_path(group_id: str) -> str:
    """The comparison page of a group of programmes: applicants/group-b041.md."""
    return f"applicants/group-{group_id.lower()}.md"


def group_link(page: str, group: Group, lang: str) -> str:
    """A group's code and name, linking to the comparison of its programmes: a group code
    is never printed without the name that says what it is."""
    return f'<a href="{page_href(page, group_path(group.id))}">{group_label(group, lang)}</a>'


def tenge(amount: int, lang: str) -> str:
    """1 250 000 ₸ (kk, ru) / ₸1,250,000 is not how English writes tenge: 1,250,000 ₸."""
    return f"{format_number(amount, lang)}{NBSP}₸"


def percent(value: float, lang: str) -> str:
    """A share as a whole percentage: 68 % (kk, ru), 68% (en)."""
    number = format_number(round(value * 100), lang)
    return f"{number}%" if lang == "en" else f"{number}{NBSP}%"


def no_data(lang: str) -> str:
    return f'<em class="no-info">{L["no_data"][lang]}</em>'


# What a withheld value says of itself, by its status (applicants/figures.py): never
# "fewer than 10" on a value hidden only to protect another one.
_WITHHELD = {SMALL_GROUP: "suppressed", PROTECTS_ANOTHER: "suppressed_secondary"}


def withheld_reason(min_n: int, lang: str, status: str = SMALL_GROUP) -> str | None:
    """Why a value is withheld, as a phrase (None: nothing withheld, the value does not
    apply or was not collected)."""
    if status in (NOT_APPLICABLE, NOT_COLLECTED):
        return None
    return L[_WITHHELD[status]][lang].format(n=min_n)


def hidden(min_n: int, lang: str, status: str = SMALL_GROUP) -> str:
    """A value withheld by the small-group rule: the reason, never the value."""
    if status == NOT_APPLICABLE:
        return "—"
    if status == NOT_COLLECTED:
        return no_data(lang)
    text = withheld_reason(min_n, lang, status)
    return f'<em class="suppressed" data-status="{status}">{text}</em>'


def origin_mark(origin: Origin | None, lang: str, with_date: bool = True) -> str:
    """The provenance mark of an aggregate and the date its records were last updated."""
    if origin is None:
        return ""
    text = " " + marker(origin.state, lang)
    if with_date:
        # A whole sentence of the catalog: «2026 жылғы 20 қарашада жаңартылды».
        updated = fill(L["as_of"][lang], date=DateText(origin.updated, lang, html=True))
        text += f' <small class="item-dates">{updated}</small>'
    return text


def count_cell(
    value: int | None, known: bool, min_n: int, lang: str, status: str = SMALL_GROUP
) -> str:
    """A published count, why it is withheld (`status`), or "no data yet"."""
    if not known:
        return no_data(lang)
    return hidden(min_n, lang, status) if value is None else format_number(value, lang)


def share_cell(
    value: float | None, known: bool, min_n: int, lang: str, status: str = SMALL_GROUP
) -> str:
    if not known:
        return no_data(lang)
    return hidden(min_n, lang, status) if value is None else percent(value, lang)
