"""What both international pages share: the link to process 07 and to the other page."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.markdown import page_href, tr
from kazutb_transparency.international.labels import L, title


def process_line(page: str, other: str, process: tuple[str, Localized] | None, lang: str) -> str:
    """Where the work is described (the process card) and the section's other page."""
    # Each a whole sentence of the catalog with the link in its place: a Kazakh sentence
    # ends with its verb, after the link («… бетін де қараңыз»), not a label before it.
    other_link = f'<a href="{page_href(page, other)}">{title(other, lang)}</a>'
    parts = [L["see_also"][lang].format(link=other_link)]
    if process is not None:
        target, name = process
        process_link = f'<a href="{page_href(page, target)}">{tr(name, lang)}</a>'
        parts.append(L["process"][lang].format(link=process_link))
    return "<p>" + ". ".join(parts) + ".</p>\n"
