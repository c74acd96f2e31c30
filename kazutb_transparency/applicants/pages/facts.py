"""The key facts at the top of a programme's page: what an applicant reads first (fee,
places and grants, entry subjects with the threshold of the coming admission and the scores
of the last admission, each with its year, students, employment, accreditation, survey
results), each value with its own provenance mark and its date, "no data yet" where there is
none — what Discover Uni shows per course."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kazutb_transparency.applicants.content import ProgrammeFacts
from kazutb_transparency.applicants.models import Group, Tuition
from kazutb_transparency.applicants.pages.common import (
    COSTS,
    LABEL,
    L,
    group_link,
    hidden,
    no_data,
    origin_mark,
    percent,
    tenge,
)
from kazutb_transparency.core.locale_format import DateText, fill, format_number, year_range
from kazutb_transparency.core.markdown import esc, page_href, tr
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.pages.common import day, mark, marker
from kazutb_transparency.disclosures.pages.programmes import status_text
from kazutb_transparency.disclosures.programmes import Programme

# Where a value's date goes; `key_facts` writes the dates once the block is complete.
_DATE = "\x00{}\x00"
_DATE_SLOT = re.compile("\x00([0-9-]+)\x00")


def _dated(item: Any, field: str, lang: str) -> str:
    """A record's mark for one field, and (a slot for) its `updated` date."""
    return mark(item, lang, field) + _DATE.format(item.updated.isoformat())


def _with_dates(block: str, lang: str) -> str:
    """Each value's date beside it; when every value has the same date, it is said once
    under the block (a programme page must stay light on a large university's site). The
    marks stay beside their values: an invented fee never reads as a fact."""
    found = set(_DATE_SLOT.findall(block))
    if len(found) == 1:
        # A whole sentence of the catalog, the date in the case its sentence needs.
        when = DateText(date.fromisoformat(found.pop()), lang, html=True)
        note = (
            f'<p><small class="item-dates">{fill(L["all_updated"][lang], date=when)}</small></p>\n'
        )
        return _DATE_SLOT.sub("", block) + note
    return _DATE_SLOT.sub(
        lambda m: (
            f' <small class="item-dates">'
            f"{fill(L['as_of'][lang], date=DateText(date.fromisoformat(m[1]), lang, html=True))}"
            "</small>"
        ),
        block,
    )


def fee_range(tuition: Tuition, year_of_study: int = 1) -> tuple[int, int] | None:
    fees = [f.fee for f in tuition.fees if f.year_of_study in (year_of_study, None)]
    return (min(fees), max(fees)) if fees else None


def _fee(f: ProgrammeFacts, page: str, lang: str) -> str:
    tuition = f.tuition
    span = fee_range(tuition) if tuition else None
    if tuition is None or span is None:
        return no_data(lang)
    low, high = span
    amount = tenge(low, lang) if low == high else f"{tenge(low, lang)} – {tenge(high, lang)}"
    costs = page_href(page, COSTS)
    year = esc(year_range(tuition.academic_year))
    return (
        f"{amount} {L['a_year'][lang]} ({L['first_year'][lang]}, {year})"
        f'{_dated(tuition, "fees", lang)} · <a href="{costs}">{L["other_costs"][lang]}</a>'
    )


def _places(group: Group | None, page: str, lang: str) -> str:
    intake = group.latest() if group else None
    if group is None or intake is None:
        return no_data(lang)
    link = group_link(page, group, lang)
    text = L["places_text"][lang].format(
        grants=format_number(intake.grants, lang),
        paid=format_number(intake.paid_places, lang),
        year=intake.year,
        group=link,
    )
    return text + _dated(group, "intake", lang)


def threshold_text(group: Group, lang: str) -> str:
    """The threshold with the admission it applies to (thresholds change every year, so a
    score is never read against another year's)."""
    score = format_number(group.threshold or 0, lang)
    if group.threshold_year is None:
        return L["threshold_no_year"][lang].format(score=score)
    return L["threshold_text"][lang].format(score=score, year=group.threshold_year)


def _subjects(group: Group | None, lang: str) -> str:
    if group is None:
        return no_data(lang)
    # Each value with its own mark: the subjects, the exam and the threshold may differ.
    parts = []
    if group.subjects:
        subjects = ", ".join(tr(s, lang) for s in group.subjects)
        parts.append(subjects + mark(group, lang, "subjects"))
    if group.special_exam:
        parts.append(tr(group.special_exam, lang) + mark(group, lang, "special_exam"))
    if group.threshold is not None:
        parts.append(threshold_text(group, lang) + mark(group, lang, "threshold"))
    if not parts:
        return no_data(lang)
    return "; ".join(parts) + _DATE.format(group.updated.isoformat())


def _scores(min_n: int, group: Group | None, lang: str) -> str:
    past = [i for i in group.intake if i.min_score is not None] if group else []
    if group is None or not past:
        return no_data(lang)
    last = past[-1]
    # The lowest score of a handful of entrants is one person's result: same rule as counts.
    if last.admitted is None or last.admitted < min_n:
        return hidden(min_n, lang)
    text = L["scores_text"][lang].format(
        low=format_number(last.min_score or 0, lang),
        median=format_number(last.median_score, lang) if last.median_score is not None else "—",
        year=last.year,
        admitted=format_number(last.admitted, lang),
    )
    return text + _dated(group, "intake", lang)


def _students(f: ProgrammeFacts, lang: str) -> str:
    year = f.students_year
    if year is None:
        return no_data(lang)
    total, origin = f.students, f.students_origin
    dated = origin_mark(origin, lang, with_date=False) + (
        _DATE.format(origin.updated.isoformat()) if origin else ""
    )
    if total is None:
        return hidden(f.min_n, lang, f.students_status) + dated
    text = L["students_text"][lang].format(n=format_number(total, lang), year=year_range(year))
    if f.grant_share is not None:
        text += f" ({L['on_grant'][lang].format(share=percent(f.grant_share, lang))})"
    return text + dated


def _employment(f: ProgrammeFacts, lang: str) -> str:
    record = f.graduates
    if record is None or record.employed is None:
        return no_data(lang)
    year = str(record.year)
    rate = f.employment_rate
    if rate is None:
        return hidden(f.min_n, lang, f.employment_status) + _dated(record, "employed", lang)
    source = tr(record.employment_source, lang) if record.employment_source else ""
    as_of = day(record.employment_as_of, lang) if record.employment_as_of else ""
    text = L["employment_text"][lang].format(rate=percent(rate, lang), year=year)
    return f"{text} ({source}, {as_of}){_dated(record, 'employed', lang)}"


def _attestation(f: ProgrammeFacts, lang: str) -> str:
    record = f.attestation
    if record is None:
        return no_data(lang)
    if f.pass_rate is None:
        return hidden(f.min_n, lang, f.attestation_status) + _dated(record, "passed", lang)
    text = L["attestation_text"][lang].format(rate=percent(f.pass_rate, lang), year=record.year)
    if f.distinction_rate is not None:
        share = percent(f.distinction_rate, lang)
        text += f" ({L['with_distinction'][lang]}: {share})"
    return text + _dated(record, "passed", lang)


def _earnings(f: ProgrammeFacts, lang: str) -> str:
    record = f.earnings
    if record is None:
        return no_data(lang)
    if f.earnings_status != "published":
        return hidden(f.min_n, lang, f.earnings_status) + _dated(record, "median_monthly", lang)
    text = L["earnings_text"][lang].format(
        amount=tenge(record.median_monthly, lang),
        year=record.year,
        n=format_number(record.graduates_counted, lang),
    )
    source = f"{tr(record.earnings_source, lang)}, {day(record.as_of, lang)}"
    return f"{text} ({source}){_dated(record, 'median_monthly', lang)}"


def _accreditation(d: Disclosures, code: str, lang: str) -> str:
    status, record = d.programme_status(code)
    return status_text(status, record, lang, short=False) + (mark(record, lang) if record else "")


def _surveys(surveys: Provenance | None, sentence: str, lang: str) -> str:
    if surveys is None:
        return no_data(lang)
    # The headline figure as a family reads it; every survey's results are in the section
    # the link leads to, and their statistics on the faculty's survey pages it links to.
    link = f'<a href="#survey-results">{L["survey_link"][lang]}</a> {marker(surveys, lang)}'
    return f"{sentence}<p>{link}</p>" if sentence else link


def key_facts(
    f: ProgrammeFacts,
    d: Disclosures,
    p: Programme,
    page: str,
    lang: str,
    surveys: Provenance | None = None,
    survey_sentence: str = "",
) -> str:
    """The block; `surveys` is the state of the programme's survey results on the page
    (demonstration figures are placeholders), None when it has none; `survey_sentence`
    its headline survey figure as a family reads it (HTML, from the surveys' pages)."""
    group = f.group
    rows = [
        ("fee", _fee(f, page, lang)),
        ("places", _places(group, page, lang)),
        ("subjects", _subjects(group, lang)),
        ("scores", _scores(f.min_n, group, lang)),
        ("students", _students(f, lang)),
        ("employment", _employment(f, lang)),
        ("attestation", _attestation(f, lang)),
        ("earnings", _earnings(f, lang)),
        ("accreditation", _accreditation(d, p.code, lang)),
        ("surveys", _surveys(surveys, survey_sentence, lang)),
    ]
    body = "".join(f"<dt>{LABEL['fact_' + key][lang]}</dt><dd>{value}</dd>" for key, value in rows)
    block = f'<dl class="facts key-facts">{body}</dl>\n'
    return f"## {L['key_facts'][lang]} {{#key-facts}}\n\n" + _with_dates(block, lang)


def states_of(f: ProgrammeFacts) -> set[Provenance]:
    """The provenance states the key facts show (for the page's legend and warning)."""
    states: set[Provenance] = set()
    for item in (f.tuition, f.graduates, f.group, f.attestation, f.earnings):
        if item is not None:
            states |= item.states()
    if f.students_origin is not None:
        states.add(f.students_origin.state)
    return states


def _real(item: Any, field: str) -> bool:
    return item is not None and item.state(field) != "placeholder"


def jsonld_additions(facts: ProgrammeFacts, lang: str) -> dict[str, Any]:
    """schema.org properties of EducationalOccupationalProgram from the applicants' data;
    placeholders are left out, as the disclosures leave theirs out."""
    out: dict[str, Any] = {}
    tuition = facts.tuition
    if tuition is not None and _real(tuition, "fees"):
        first = sorted(
            (f for f in tuition.fees if f.year_of_study in (1, None)),
            key=lambda f: (f.form, f.language),
        )
        out["offers"] = [
            {
                "@type": "Offer",
                "category": f"{f.form}, {f.language}",
                "price": f.fee,
                "priceCurrency": "KZT",
                "validFrom": f"{tuition.academic_year[:4]}-09-01",
            }
            for f in first
        ]
    group = facts.group
    if group is not None and group.subjects and _real(group, "subjects"):
        out["programPrerequisites"] = [s.get(lang) for s in group.subjects]
    if group is not None and _real(group, "intake") and group.latest() is not None:
        intake = group.latest()
        assert intake is not None
        out["financialAidEligible"] = LABEL["aid_eligible"][lang] if intake.grants else None
        out = {k: v for k, v in out.items() if v is not None}
    return out
