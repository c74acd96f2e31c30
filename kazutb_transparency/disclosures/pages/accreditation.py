"""The accreditation page (§9.7.1.4, §9.7.2.3): institutional and programme decisions, modelled
on DEQAR, with the agencies; expired and negative decisions stay listed as history."""

from __future__ import annotations

from collections import Counter

from kazutb_transparency.core.countries import country
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import dataset_links, esc, href, table, tr
from kazutb_transparency.disclosures.accreditation import Accreditation, Status, overall_status
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import PAGE_TITLE, REGISTER
from kazutb_transparency.disclosures.pages.common import (
    dates,
    day,
    mark,
    no_info,
    notice,
    page_href,
    register_note,
)
from kazutb_transparency.disclosures.pages.programmes import (
    ACCREDITATION_HEADERS,
    accreditation_rows,
    status_text,
)
from kazutb_transparency.disclosures.pages.programmes import L as PL

PAGE = "accreditation/index.md"

L: dict[str, dict[str, str]] = catalog("disclosures_accreditation")


def _records_table(d: Disclosures, activity: str, lang: str) -> str:
    records = (
        d.institutional()
        if activity == "institutional"
        else sorted(
            (a for a in d.accreditations if a.activity == "programme"),
            key=lambda a: (a.valid_until, a.id),
            reverse=True,
        )
    )
    if not records:
        return no_info(L[f"{activity}_none"][lang], lang)
    base = accreditation_rows(d, records, PAGE, lang)
    rows = []
    for record, row in zip(records, base, strict=True):
        extra = []
        if activity == "programme":
            extra.append(
                ", ".join(
                    f'<a href="{page_href(PAGE, f"programmes/{code}.md")}">{code}</a>'
                    for code in record.programmes
                )
            )
        report = _report(d, record, lang)
        history = d.status_of(record) in (Status.EXPIRED, Status.NONE)
        rows.append([*row, *extra, report, dates(record, d.today, lang, history=history)])
    headers = [PL[k][lang] for k in ACCREDITATION_HEADERS]
    if activity == "programme":
        headers.append(L["programmes"][lang])
    headers += [L["report"][lang], L["dates"][lang]]
    return table(headers, rows, L[activity][lang])


def _report(d: Disclosures, record: Accreditation, lang: str) -> str:
    """The decision's report (its file), or the statement that it is not published; then
    its page in DEQAR, when the agency publishes it there."""
    report = f'<em class="no-info">{L["report_none"][lang]}</em>'
    if record.report:
        entry = d.document(record.report)
        if entry.file is not None:
            report = f'<a href="{href(PAGE, entry.file.published, lang)}">{L["report"][lang]}</a>'
    if record.deqar_url:
        report += f'<br><a href="{esc(record.deqar_url)}" hreflang="en">{L["deqar"][lang]}</a>'
    return report


def _summary(d: Disclosures, lang: str) -> str:
    counts = Counter(d.programme_status(p.code)[0] for p in d.programmes)
    rows = [
        [status_text(status, None, lang, short=False), str(counts[status])]
        for status in (Status.VALID, Status.EXPIRING, Status.EXPIRED, Status.NONE)
    ]
    return table([PL["status"][lang], L["count"][lang]], rows, L["summary"][lang])


def _institutional_status(d: Disclosures, lang: str) -> str:
    status, record = overall_status(d.institutional(), d.today)
    return f"<p>{PL['status_now'][lang]}: {status_text(status, record, lang, short=False)}</p>\n"


def _agencies(d: Disclosures, lang: str) -> str:
    if not d.agencies:
        return no_info(L["agencies_none"][lang], lang)
    rows = []
    for agency in sorted(d.agencies.values(), key=lambda a: a.name.get(lang)):
        name = tr(agency.name, lang)
        if agency.website:
            name = f'<a href="{esc(agency.website)}">{name}</a>'
        registers = "<br>".join(tr(REGISTER[r], lang) for r in agency.registers)
        if agency.deqar_id is not None:
            registers += "<br>" + L["deqar_id"][lang].format(id=agency.deqar_id)
        rows.append(
            [
                name + mark(agency, lang),
                esc(agency.abbreviation or "—"),
                # The country's name (CLDR, via Babel); the code stays in the open data.
                esc(country(agency.country).get(lang)),
                registers or L["none"][lang],
                dates(agency, d.today, lang),
            ]
        )
    headers = [
        PL["agency"][lang],
        *(L[k][lang] for k in ("abbreviation", "country", "registers", "dates")),
    ]
    return table(headers, rows, L["agencies"][lang])


def accreditation_page(d: Disclosures, lang: str) -> str:
    shown = [*d.accreditations, *d.agencies.values()]
    return "\n".join(
        [
            f"# {PAGE_TITLE[PAGE].get(lang)}\n",
            notice(shown, lang),
            f"{L['intro'][lang].format(today=day(d.today, lang))}\n",
            register_note(PAGE, ("9.7.1.4", "9.7.2.3"), lang),
            dataset_links(PAGE, ["accreditations"], lang),
            f"## {L['institutional'][lang]}\n",
            _institutional_status(d, lang),
            _records_table(d, "institutional", lang),
            f"## {L['programme'][lang]}\n",
            _summary(d, lang),
            _records_table(d, "programme", lang),
            f"## {L['agencies'][lang]}\n",
            _agencies(d, lang),
        ]
    )
