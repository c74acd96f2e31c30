"""What both international pages share: the link to process 07 and to the other page."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.markdown import page_href, tr
from kazutb_transparency.international.labels import L, title


def process_line(page: str, other: str, process: tuple[str, Localized] | None, lang: str) -> str:
    """Where the work is described (the process card) and the section's other page."""
    parts = [f'{L["see_also"][lang]} <a href="{page_href(page, other)}">{title(other, lang)}</a>']
    if process is not None:
        target, name = process
        parts.append(
            f'{L["process"][lang]} <a href="{page_href(page, target)}">{tr(name, lang)}</a>'
        )
    return "<p>" + ". ".join(parts) + ".</p>\n"
