"""Public councils and collegial bodies (§8.3.5): role, composition by position, meetings
with their agenda and decisions as documents. Positions only, except the board of
directors' members, public office holders named as data/privacy/allowlist.yaml writes them."""

from __future__ import annotations

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.locale_format import DateText, fill
from kazutb_transparency.core.markdown import dataset_links, href, tr
from kazutb_transparency.core.provenance import Provenance, weakest
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.documents import DocumentEntry
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    day,
    mark,
    no_info,
    notice,
    register_note,
)
from kazutb_transparency.organisation import Units
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import BODY_KIND, L, title
from kazutb_transparency.transparency.models import NAMED_BODY_KINDS, Body, Meeting

PAGE = "transparency/councils.md"
# A body's older meetings are in the open data; the page shows the latest ones, so that it
# stays within the page-weight budget with dozens of bodies.
SHOWN_MEETINGS = 3


def _decision(entry: DocumentEntry, lang: str, shown: Provenance | None = None) -> str:
    """A document's title, linked to its file when there is one, with its provenance mark
    unless it is `shown` already (the mark of the meetings beside which it stands: with
    dozens of bodies the same mark twice in every line would break the page-weight budget)."""
    name = tr(entry.document.title, lang)
    if entry.file is not None:
        name = f'<a href="{href(PAGE, entry.file.published, lang)}">{name}</a>'
    if weakest(entry.document.states()) == shown:
        return name
    return name + mark(entry.document, lang)


def _unit(body: Body, units: Units, lang: str) -> str:
    """The unit the body belongs to, unless it is the body itself (the Board)."""
    if body.unit is None or units.by_id[body.unit].name == body.name:
        return ""
    return f" — {tr(units.by_id[body.unit].name, lang)}"


def _members(body: Body, lang: str) -> str:
    """A board's named members, or the statement that their names are not published yet."""
    if not body.members:  # a sentence of its own, not «Members: The members' names…»
        return f"<p>{L['members_not_published'][lang]}{mark(body, lang, 'members')}</p>\n"
    heading = f"<strong>{L['members_named'][lang]}</strong>{mark(body, lang, 'members')}"
    items = []
    for member in body.members:
        since = (
            f" ({L['member_since'][lang].format(date=DateText(member.since, lang, html=True))})"
            if member.since
            else ""
        )
        items.append(f"<li>{tr(member.position, lang)}: {tr(member.name, lang)}{since}</li>")
    return f"<p>{heading}</p>\n<ul>{''.join(items)}</ul>\n"


def _meeting(m: Meeting, d: Disclosures, shown: Provenance, lang: str) -> str:
    """One meeting: its day, the agenda in a line, the agenda and decisions as documents;
    what is not published as a document is said."""
    parts = [tr(m.agenda, lang)] if m.agenda else []
    documents = [_decision(d.document(m.agenda_document), lang, shown)] if m.agenda_document else []
    documents += [_decision(d.document(i), lang, shown) for i in m.decisions]
    if not documents:
        parts.append(f'<em class="no-info">{L["no_documents"][lang]}</em>')
    else:
        missing = []
        if m.agenda_document is None:
            missing.append(f'<em class="no-info">{L["no_agenda_document"][lang]}</em>')
        if not m.decisions:
            missing.append(f'<em class="no-info">{L["no_decisions"][lang]}</em>')
        # One label for every document: a document's title names what it is, and
        # «Повестка: Повестка заседания…» would say it twice.
        parts.append(f"{L['meeting_documents'][lang]}: " + "; ".join(documents + missing))
    # The day as the item's label: "20 November 2026: agenda — documents".
    return f"<li>{day(m.date, lang)}: {' — '.join(parts)}</li>"


def _body(body: Body, t: Transparency, d: Disclosures, units: Units, lang: str) -> list[str]:
    out = [
        f"## {tr(body.name, lang)}{mark(body, lang, 'name')}\n",
        f"<p><em>{tr(BODY_KIND[body.kind], lang)}</em>{_unit(body, units, lang)}</p>\n",
        f"<p>{tr(body.role, lang)}{mark(body, lang, 'role')}</p>\n",
    ]
    # Lists rather than tables: the page stays within the page-weight budget with dozens of
    # bodies (the open data hold every seat and meeting).
    # "Position — 4 seats": the noun keeps a position named with a number ("Member 2") from
    # reading as a range, «Position: count» after «Құрамы:» would be a chain of labels, and
    # «Ректор (төраға) (1)» two pairs of brackets.
    seats = "; ".join(
        f"{tr(s.position, lang)} — {counted(s.count, 'seats', lang)}" for s in body.composition
    )
    # One sentence, «Құрамында 5 орын бар: …», not «Құрамы: …. Барлығы: 5.»
    composition = fill(
        L["composition"][lang],
        seats_total=counted(body.seats, "seats", lang),
        seats=seats,
    )
    out.append(f"<p>{composition}</p>\n")
    if body.kind in NAMED_BODY_KINDS:
        out.append(_members(body, lang))
    meetings = sorted(body.meetings, key=lambda m: m.date, reverse=True)
    # A paragraph, not a heading: with dozens of bodies the page's table of contents (in
    # every page's HTML) would double.
    out.append(f"<p><strong>{L['meetings'][lang]}</strong>{mark(body, lang, 'meetings')}</p>\n")
    if not meetings:
        out.append(no_info(L["meetings"][lang], lang))
    shown = body.state("meetings")
    items = [_meeting(m, d, shown, lang) for m in meetings[:SHOWN_MEETINGS]]
    if items:
        out.append(f"<ul>{''.join(items)}</ul>\n")
    if len(meetings) > SHOWN_MEETINGS:
        more = L["more_meetings"][lang].format(count=len(meetings) - SHOWN_MEETINGS)
        out.append(f"<p>{more}</p>\n")
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
