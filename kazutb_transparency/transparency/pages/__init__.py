"""Pages of the transparency mechanisms, at fixed addresses inside each language folder
(listed in guide/addresses.md and the disclosures README)."""

from __future__ import annotations

from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.core.markdown import page_href
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.organisation import Units
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import L, title
from kazutb_transparency.transparency.pages.appeals import appeals_page
from kazutb_transparency.transparency.pages.by_law import competitions_page, procurement_page
from kazutb_transparency.transparency.pages.councils import councils_page
from kazutb_transparency.transparency.pages.finances import finances_page
from kazutb_transparency.transparency.pages.inspections import inspections_page
from kazutb_transparency.transparency.pages.participation import (
    anti_corruption_page,
    consultations_page,
)

INDEX = "transparency/index.md"
# The pages of the index, each with its one-line description (key in the catalog).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("transparency/appeals.md", "about_appeals"),
    ("transparency/councils.md", "about_councils"),
    ("transparency/consultations.md", "about_consultations"),
    ("transparency/anti-corruption.md", "about_anti"),
    ("transparency/procurement.md", "about_procurement"),
    ("transparency/competitions.md", "about_competitions"),
    ("transparency/inspections.md", "about_inspections"),
    ("transparency/finances.md", "about_finances"),
)


def index_page(lang: str) -> str:
    items = "".join(
        f'<li><a href="{page_href(INDEX, page)}">{title(page, lang)}</a> — {L[key][lang]}</li>'
        for page, key in SECTIONS
    )
    return f"# {title(INDEX, lang)}\n\n{L['index_intro'][lang]}\n\n<ul>{items}</ul>\n"


def render_transparency_pages(
    t: Transparency, d: Disclosures, units: Units, policy: DisclosurePolicy, lang: str
) -> dict[str, str]:
    """{path inside the language folder: Markdown} for every transparency page."""
    return {
        INDEX: index_page(lang),
        "transparency/appeals.md": appeals_page(t, policy, lang),
        "transparency/councils.md": councils_page(t, d, units, lang),
        "transparency/consultations.md": consultations_page(t, d, lang),
        "transparency/anti-corruption.md": anti_corruption_page(t, d, lang),
        "transparency/procurement.md": procurement_page(t, d, lang),
        "transparency/competitions.md": competitions_page(t, d, units, lang),
        "transparency/inspections.md": inspections_page(t, d, lang),
        "transparency/finances.md": finances_page(t, d, lang),
    }


__all__ = ["render_transparency_pages"]
