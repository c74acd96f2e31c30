"""Pages for students, at fixed addresses inside each language folder (listed in
guide/addresses.md and the disclosures README)."""

from __future__ import annotations

from collections.abc import Mapping

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.markdown import page_href
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.organisation import Units
from kazutb_transparency.students.content import Students
from kazutb_transparency.students.labels import APPEALS, INDEX, SUPPORT, L, title
from kazutb_transparency.students.pages.appeals import appeals_page
from kazutb_transparency.students.pages.support import support_page

# The pages of the index, each with its one-line description (key in the catalog).
SECTIONS: tuple[tuple[str, str], ...] = ((APPEALS, "about_appeals"), (SUPPORT, "about_support"))


def index_page(lang: str) -> str:
    items = "".join(
        f'<li><a href="{page_href(INDEX, page)}">{title(page, lang)}</a> — {L[key][lang]}</li>'
        for page, key in SECTIONS
    )
    return f"# {title(INDEX, lang)}\n\n{L['index_intro'][lang]}\n\n<ul>{items}</ul>\n"


def render_student_pages(
    s: Students, d: Disclosures, units: Units, surveys: Mapping[str, Localized], lang: str
) -> dict[str, str]:
    """{path inside the language folder: Markdown} for every page for students; `surveys`
    names each survey (the appeals page links the survey that asks about it)."""
    return {
        INDEX: index_page(lang),
        APPEALS: appeals_page(s, d, surveys, lang),
        SUPPORT: support_page(s, d, units, lang),
    }


__all__ = ["procedure_pages", "render_student_pages"]


def procedure_pages(s: Students) -> dict[tuple[str, str], str]:
    """The survey questions the students' pages answer: {(survey, question): page}. The
    integrity survey asks whether students know how to appeal a grade; its page links here."""
    asked = s.appeals.survey_question if s.appeals else None
    return {(asked.survey, asked.question): APPEALS} if asked else {}
