"""Consultation and anti-corruption (§8.3.9): documents open for comment with their
deadline and how to send proposals; the policy, the compliance service, hotline, reports."""

from __future__ import annotations

from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.core.markdown import dataset_links, esc, href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    day,
    day_range,
    mark,
    no_info,
    no_info_cell,
    notice,
    number,
    register_note,
)
from kazutb_transparency.disclosures.pages.documents import document_table
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import L, title
from kazutb_transparency.transparency.models import AntiCorruption, Consultation

CONSULTATIONS = "transparency/consultations.md"
ANTI_CORRUPTION = "transparency/anti-corruption.md"
SHOWN_CLOSED = 20  # older consultations are in the open data


def _mail(address: str) -> str:
    return f'<a href="mailto:{esc(address)}">{esc(address)}</a>'


def _document(doc_id: str, d: Disclosures, lang: str) -> str:
    """A document's title, linked to its file when there is one."""
    entry = d.document(doc_id)
    name = tr(entry.document.title, lang)
    if entry.file is not None:
        name = f'<a href="{href(CONSULTATIONS, entry.file.published, lang)}">{name}</a>'
    return name + mark(entry.document, lang)


def _name(c: Consultation, d: Disclosures, lang: str) -> str:
    return (
        f"<strong>{tr(c.title, lang)}</strong>{mark(c, lang)}<br>{tr(c.summary, lang)}"
        f"<br>{L['draft'][lang]}: {_document(c.document, d, lang)}"
    )


def _open_rows(items: list[Consultation], d: Disclosures, lang: str) -> list[list[str]]:
    return [
        [
            _name(c, d, lang),
            day_range(c.opened, c.deadline, lang),
            # The space keeps the address a word of its own in the search index (the
            # personal-data gate reads "answer.consultations@…" as another address).
            f"{tr(c.how_to_send, lang)}<br> {_mail(c.email)}",
        ]
        for c in items
    ]


def _outcome(c: Consultation, d: Disclosures, lang: str) -> str:
    """What came of it, or the flag that the outcome is overdue."""
    if c.outcome is None:
        return f'<strong class="no-info">{L["outcome_missing"][lang]}</strong>'
    o = c.outcome
    return "<br>".join(
        [
            f"{L['comments_received'][lang]}: {number(o.comments, lang)}",
            f"{L['what_changed'][lang]}: {tr(o.changes, lang)}",
            f"{L['final_document'][lang]}: {_document(o.final_document, d, lang)}",
            f"<small>{day(o.published, lang)}</small>{mark(c, lang, 'outcome')}",
        ]
    )


def _closed_rows(items: list[Consultation], d: Disclosures, lang: str) -> list[list[str]]:
    return [
        [
            _name(c, d, lang),
            day_range(c.opened, c.deadline, lang),
            _outcome(c, d, lang),
        ]
        for c in items
    ]


def consultations_page(t: Transparency, d: Disclosures, lang: str) -> str:
    page = CONSULTATIONS
    headers = [L[k][lang] for k in ("document", "open_period", "how_to_send")]
    opened = t.open_consultations()
    closed = [c for c in t.consultations if c not in opened]
    out = [
        f"# {title(page, lang)}\n",
        notice(t.consultations, lang),
        register_note(page, ("8.3.9",), lang),
        f"{L['consultations_intro'][lang]}\n",
        dataset_links(page, ["consultations"], lang),
        f"## {L['open_now'][lang]}\n",
    ]
    if opened:
        out.append(table(headers, _open_rows(opened, d, lang), L["open_now"][lang]))
    else:
        out.append(f"<p>{L['none_open'][lang]}</p>\n")
    if closed:
        out.append(f"## {L['closed'][lang]}\n")
        # Every closed consultation still lacking its outcome is shown, however old.
        overdue = [c for c in closed if c.lacks_outcome(t.today)]
        shown = overdue + [c for c in closed if not c.lacks_outcome(t.today)]
        rows = _closed_rows(shown[: max(SHOWN_CLOSED, len(overdue))], d, lang)
        closed_headers = [L[k][lang] for k in ("document", "open_period", "outcome")]
        out.append(table(closed_headers, rows, L["closed"][lang]))
    return "\n".join(out)


def anti_corruption_page(t: Transparency, d: Disclosures, lang: str) -> str:
    page = ANTI_CORRUPTION
    anti = t.anti_corruption
    out = [
        f"# {title(page, lang)}\n",
        notice([anti] if anti else [], lang),
        register_note(page, ("8.3.9",), lang),
        f"{L['anti_intro'][lang]}\n",
    ]
    if anti is None:
        return "\n".join([*out, no_info(title(page, lang), lang)])
    contacts = [f"<strong>{tr(anti.service, lang)}</strong>{mark(anti, lang, 'service')}"]
    if anti.email:
        contacts.append(f"{L['email'][lang]}: {_mail(anti.email)}{mark(anti, lang, 'email')}")
    if anti.hotline:
        phone = anti.hotline
        tel = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
        contacts.append(
            f'{L["hotline"][lang]}: <a href="tel:{tel}">{esc(phone)}</a>'
            f"{mark(anti, lang, 'hotline')}"
        )
    else:  # a missing hotline is said, not hidden (the register counts it as missing)
        contacts.append(f"{L['hotline'][lang]}: {no_info_cell(lang)}")
    out += [
        f"## {L['report_it'][lang]}\n",
        "<p>" + "<br>".join(contacts) + "</p>\n",
        f"<p>{tr(anti.how_to_report, lang)}</p>\n",
        dates_line(anti, t.today, lang),
        f"## {L['policy'][lang]}\n",
    ]
    out += _policy(anti, d, lang)
    out.append(f"## {L['reports'][lang]}\n")
    reports = [d.document(i) for i in anti.reports]
    reports.sort(key=lambda e: e.document.date, reverse=True)
    if reports:
        out.append(document_table(reports, d, page, L["reports"][lang], lang))
    else:
        out.append(no_info(L["reports"][lang], lang))
    # The register asks for the last full year's report: its absence is said, not left to
    # be noticed in the list.
    last = str(t.today.year - 1)
    if not any(e.document.period == last for e in reports):
        out.append(
            f'<p><em class="no-info">{fill(L["report_missing"][lang], year=last)}</em></p>\n'
        )
    return "\n".join(out)


def _policy(anti: AntiCorruption, d: Disclosures, lang: str) -> list[str]:
    """The policy's document, or what is missing: no document named, or its file."""
    if not anti.policy:
        return [
            no_info(L["policy"][lang], lang),
            f'<p><em class="no-info">{L["policy_missing"][lang]}</em></p>\n',
        ]
    entry = d.document(anti.policy)
    out = [document_table([entry], d, ANTI_CORRUPTION, L["policy"][lang], lang)]
    if entry.file is None:
        out.append(f'<p><em class="no-info">{L["policy_file_missing"][lang]}</em></p>\n')
    # The purpose is in the document's row already (document_table): said once.
    return out
