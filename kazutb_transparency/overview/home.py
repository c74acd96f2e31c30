"""The home page: the university at a glance, generated from the data in each language.

The first screen of a phone answers what a family asks first: the programmes (how many, of
which levels, the catalogue), the range of tuition fees with its academic year, this year's
admission dates, the institutional accreditation, and the way to the applicants' pages and
the costs. Then the licence, one line on the mandatory disclosures (their clause numbers
live on the register only), the latest survey figures, when the data were last updated,
and how to reach the university. Nothing is typed twice: every figure comes from the same
data as the pages it links to, with its provenance mark.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.pages.common import tenge
from kazutb_transparency.applicants.summary import coming_deadlines, fee_span
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.jsonld import jsonld_script
from kazutb_transparency.core.locale_format import DateText, fill, year_range
from kazutb_transparency.core.markdown import esc, href, tr
from kazutb_transparency.core.provenance import weakest
from kazutb_transparency.disclosures import Disclosures, jsonld
from kazutb_transparency.disclosures.accreditation import overall_status
from kazutb_transparency.disclosures.common import LEVELS
from kazutb_transparency.disclosures.labels import ACCREDITATION_STATUS, LEVEL
from kazutb_transparency.disclosures.pages.common import day, day_range, mark, marker, notice
from kazutb_transparency.disclosures.register_rows import RegisterRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.page_names import survey_page_name
from kazutb_transparency.surveys.pages.views import latest

PAGE = "index.md"


T = localized("home")
# The sections a visitor is led to, in this order: (page, its name).
SECTIONS = tuple(localized("home_sections").items())


def _percent(value: Decimal, lang: str) -> str:
    number = f"{value * 100:.0f}"
    return f"{number}%" if lang == "en" else f"{number}\u00a0%"


def _licence(d: Disclosures, lang: str) -> tuple[str, list[object]]:
    current = d.documents_of("licence", current=True)
    if not current:
        return esc(T["no_licence"].get(lang)), []
    entry = current[0]
    doc = entry.document
    number = f"{T['number'].get(lang)} {esc(doc.number)}" if doc.number else ""
    parts = [number, day(doc.date, lang)]
    text = ", ".join(p for p in [*parts, tr(doc.issuer, lang)] if p)
    if entry.file is not None:
        text = f'<a href="{href(PAGE, entry.file.published, lang)}">{text}</a>'
    return text + mark(doc, lang), [doc]


def _accreditation(d: Disclosures, lang: str) -> tuple[str, list[object]]:
    status, record = overall_status(d.institutional(), d.today)
    if record is None:
        return esc(T["no_accreditation"].get(lang)), []
    agency = d.agencies.get(record.agency)
    name = tr(agency.name, lang) if agency is not None else esc(record.agency)
    term = day_range(record.valid_from, record.valid_until, lang)
    label = tr(ACCREDITATION_STATUS[status.value], lang)
    text = f"[{name}, {term}](accreditation/index.md) — {label}"
    return text + mark(record, lang), [record]


def _programmes(d: Disclosures, lang: str) -> str:
    counts = {level: 0 for level in LEVELS}
    for programme in d.programmes:
        counts[programme.level] += 1
    # «Бакалавриат — 28», not «(Бакалавриат: 28)»: a label and colon inside brackets.
    parts = [f"{tr(LEVEL[level], lang)} — {n}" for level, n in counts.items() if n]
    total = sum(counts.values())
    if not total and d.announced:  # named by code and name only (the publishing build)
        state = weakest([p.provenance for p in d.announced])
        return (
            f"{len(d.announced)} {marker(state, lang)} — "
            f"[{esc(T['announced'].get(lang))}](programmes/index.md#announced)"
        )
    if not total:  # none published yet: the catalogue says so, without a count of none
        return f"_{esc(T['no_programmes'].get(lang))}_"
    # The count rests on the programme codes: it is as confirmed as the weakest of them.
    codes = weakest([p.state("code") for p in d.programmes]) if d.programmes else None
    count = f"{total}{' ' + marker(codes, lang) if codes else ''}"
    return (
        f"{count} ({'; '.join(parts)}) — [{esc(T['catalogue'].get(lang))}](programmes/index.md)"
        f" · [{esc(T['compare'].get(lang))}](applicants/compare.md)"
    )


def _fees(a: Applicants, lang: str) -> tuple[str, list[object]]:
    """The lowest and highest first-year fee of the latest academic year, with its year."""
    span = fee_span(a)
    if span is None:
        return f'<em class="no-info">{esc(T["no_fees"].get(lang))}</em>', []
    amount = (
        tenge(span.low, lang)
        if span.low == span.high
        else f"{tenge(span.low, lang)} – {tenge(span.high, lang)}"
    )
    text = (
        T["fees_text"]
        .get(lang)
        .format(amount=amount, year=year_range(span.academic_year), n=span.programmes)
    )
    return (
        f"{text} {marker(span.state, lang)} — [{esc(T['costs'].get(lang))}](applicants/costs.md)",
        [],
    )


def _admission(a: Applicants, lang: str) -> tuple[str, str, list[object]]:
    """(label, value, records shown): the admission dates still to come, with their year."""
    items = coming_deadlines(a)
    deadlines = a.admission.deadlines
    if not items or deadlines is None:
        return (
            T["admission"].get(lang),
            f'<em class="no-info">{esc(T["no_dates"].get(lang))}</em>',
            [],
        )
    year = max(d.end for d in items).year
    label = T["admission_year"].get(lang).format(year=year)
    # One clause per stage, the dates in the cases the language needs («…маусымнан …тамызға
    # дейін»), never a label after the label «2027 жылғы қабылдау мерзімдері:».
    shown = "; ".join(
        fill(
            T["admission_item"].get(lang),
            what=tr(d.what, lang),
            start=DateText(d.start, lang, html=True),
            end=DateText(d.end, lang, html=True),
        )
        for d in items
    )
    return label, shown + mark(deadlines, lang, "items"), [deadlines]


def _register(rows: tuple[RegisterRow, ...], lang: str) -> str:
    """Where the mandatory disclosures are checked, and what is not yet published: the
    counts of complete and incomplete clauses are the register's (a reviewer's words, not
    the first thing a family reads)."""
    register = f"[{esc(T['register_link'].get(lang))}](register/index.md)"
    if not any(row.status == "incomplete" for row in rows):
        return register
    return f"{register} · [{esc(T['pending_link'].get(lang))}](register/not-yet-published.md)"


def _surveys(data: SurveyData, lang: str) -> str:
    lines = []
    for survey in data.catalogue.surveys:
        row = latest(data, survey.id)
        if row is None or row.suppressed or row.satisfaction is None:
            continue
        page = f"quality/{survey_page_name(survey.id)}.md"
        lines.append(
            fill(
                T["survey_line"].get(lang),
                survey=f"[{tr(survey.name, lang)}]({page})",
                percent=_percent(row.satisfaction, lang),
                wave=esc(row.wave),
            )
        )
    # Demonstration figures are illustrations: marked as placeholders, like any other.
    shown = "; ".join(lines[:4])
    return f"{shown} {marker('placeholder', lang)}" if shown and data.meta.demonstration else shown


def _actions(lang: str) -> str:
    """The two ways in a family looks for first: the applicants' pages and the costs."""
    return (
        '<p class="home-actions">'
        f'<a class="md-button md-button--primary" href="applicants/index.html">'
        f"{esc(T['for_applicants'].get(lang))}</a> "
        f'<a class="md-button" href="applicants/costs.html">{esc(T["costs_button"].get(lang))}</a>'
        "</p>\n"
    )


def home_page(
    d: Disclosures,
    register: tuple[RegisterRow, ...],
    surveys: SurveyData,
    last_updated: date,
    lang: str,
    applicants: Applicants | None = None,
) -> str:
    """The home page in `lang`; last_updated: the newest date of the data (see changes)."""
    about = d.about
    licence, licence_items = _licence(d, lang)
    accreditation, accreditation_items = _accreditation(d, lang)
    shown: list[object] = [about.identity, *licence_items, *accreditation_items, *d.programmes]
    # What a family asks first: on a phone, the first screen.
    first: list[tuple[str, str]] = [(T["programmes"].get(lang), _programmes(d, lang))]
    if applicants is not None:
        fees, _ = _fees(applicants, lang)
        shown += [t for code in sorted(applicants.figures) if (t := applicants.tuition_of(code))]
        label, dates, records = _admission(applicants, lang)
        shown += records
        first += [(T["fees"].get(lang), fees), (label, dates)]
    first.append((T["accreditation"].get(lang), accreditation))
    rows = [
        (T["licence"].get(lang), licence),
        (T["register"].get(lang), _register(register, lang)),
    ]
    headline = _surveys(surveys, lang)
    if headline:
        rows.append((T["surveys"].get(lang), headline))

    rows.append((T["updated"].get(lang), day(last_updated, lang)))
    contacts = []
    if about.location is not None:
        contacts.append(f"{esc(T['address'].get(lang))}: {tr(about.location.address, lang)}")
        contacts[-1] += mark(about.location, lang)
        shown.append(about.location)
    if about.phones is not None:
        # One label, then its numbers: «Қабылдау комиссиясы: …, …», not the label before each.
        numbers: dict[str, list[str]] = {}
        for p in about.phones.items:
            link = f"[{esc(p.number)}](tel:{p.number.replace(' ', '')})"
            numbers.setdefault(tr(p.label, lang), []).append(link)
        phones = "; ".join(f"{label}: {', '.join(links)}" for label, links in numbers.items())
        contacts.append(phones + mark(about.phones, lang))
        shown.append(about.phones)
    if about.emails is not None:
        emails = ", ".join(
            f"{tr(e.label, lang)}: [{esc(e.address)}](mailto:{e.address})"
            for e in about.emails.items
        )
        contacts.append(emails + mark(about.emails, lang))
        shown.append(about.emails)
    identity = about.identity
    lines = [
        "---",
        f"title: {T['title'].get(lang)}",
        "---",
        "",
        f"# {tr(identity.full_name, lang)}",
        "",
        # What a family asks first, then the two ways in: the first screen of a phone.
        *(f"- **{esc(label)}:** {value}" for label, value in first),
        "",
        _actions(lang),
        # The promise that unconfirmed values are marked: one short line, not a box.
        notice(
            shown,
            lang,
            {"placeholder"} if headline and surveys.meta.demonstration else None,
            line=True,
        ),
        f"## {T['glance'].get(lang)}",
        "",
        *(f"- **{esc(label)}:** {value}" for label, value in rows),
        "",
        f"{tr(identity.legal_form, lang)}, {tr(identity.city, lang)}"
        f"{mark(identity, lang, 'city')}. {esc(T['intro'].get(lang))}",
        "",
        f"## {T['contacts'].get(lang)}",
        "",
        *(f"- {line}" for line in contacts),
        "",
        f"## {T['sections'].get(lang)}",
        "",
        *(f"- [{esc(title.get(lang))}]({path})" for path, title in SECTIONS),
        "",
        # The university as search engines read it: what the sources state, as on "About".
        jsonld_script(jsonld.university(d, lang)),
    ]
    return "\n".join(lines)


def render_home(
    d: Disclosures,
    register: tuple[RegisterRow, ...],
    surveys: SurveyData,
    last_updated: date,
    lang: str,
    applicants: Applicants | None = None,
) -> dict[str, str]:
    """{path inside the language folder: page}."""
    return {PAGE: home_page(d, register, surveys, last_updated, lang, applicants)}
