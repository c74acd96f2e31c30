"""Public councils and collegial bodies (§8.3.5): role, composition by position, meetings
and the decisions they published. Positions only: no person is named."""

from __future__ import annotations

from kazutb_transparency.core.markdown import dataset_links, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    day,
    mark,
    no_info,
    notice,
    number,
    register_note,
)
from kazutb_transparency.disclosures.pages.documents import document_table
from kazutb_transparency.organisation import Units
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import BODY_KIND, L, title
from kazutb_transparency.transparency.models import Body

PAGE = "transparency/councils.md"
# A body's older meetings are in the open data; the page shows the latest ones.
SHOWN_MEETINGS = 12


def _body(body: Body, t: Transparency, d: Disclosures, units: Units, lang: str) -> list[str]:
    out = [
        f"## {tr(body.name, lang)}{mark(body, lang, 'name')}\n",
        f"<p><em>{tr(BODY_KIND[body.kind], lang)}</em>"
        + (f" — {tr(units.by_id[body.unit].name, lang)}" if body.unit else "")
        + "</p>\n",
        f"<p>{tr(body.role, lang)}{mark(body, lang, 'role')}</p>\n",
    ]
    seats = [[tr(s.position, lang), number(s.count, lang)] for s in body.composition]
    seats.append([f"<strong>{L['total'][lang]}</strong>", number(body.members, lang)])
    caption = f"{tr(body.name, lang)}: {L['composition'][lang]}"
    out.append(table([L["position"][lang], L["seats"][lang]], seats, caption))
    meetings = sorted(body.meetings, key=lambda m: m.date, reverse=True)
    out.append(f"### {L['meetings'][lang]}{mark(body, lang, 'meetings')}\n")
    if not meetings:
        out.append(no_info(L["meetings"][lang], lang))
    for meeting in meetings[:SHOWN_MEETINGS]:
        agenda = f": {tr(meeting.agenda, lang)}" if meeting.agenda else ""
        out.append(f"<p><strong>{day(meeting.date, lang)}</strong>{agenda}</p>\n")
        decisions = [d.document(i) for i in meeting.decisions]
        if decisions:
            caption = f"{L['decisions'][lang]}, {day(meeting.date, lang)}"
            out.append(document_table(decisions, d, PAGE, caption, lang))
    if len(meetings) > SHOWN_MEETINGS:
        out.append(
            f"<p>{L['more_meetings'][lang].format(count=len(meetings) - SHOWN_MEETINGS)}</p>\n"
        )
    out.append(dates_line(body, t.today, lang))
    return out


def councils_page(t: Transparency, d: Disclosures, units: Units, lang: str) -> str:
    out = [
        f"# {title(PAGE, lang)}\n",
        notice(t.bodies, lang),
        register_note(PAGE, ("8.3.5",), lang),
        f"{L['councils_intro'][lang]}\n",
        dataset_links(PAGE, ["collegial-bodies", "body-meetings"], lang),
    ]
    if not any(b.kind == "public-council" for b in t.bodies):
        out.append(no_info(tr(BODY_KIND["public-council"], lang), lang))
    for body in t.bodies:
        out += _body(body, t, d, units, lang)
    return "\n".join(out)
