"""Size and outcomes as aggregates (applicants/outcomes.md): students by funding, language,
form, citizenship and year of study; teaching staff, graduates with their employment, and
completion per entry cohort, per faculty. Every count passed the small-group rule."""

from __future__ import annotations

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.figures import SMALL_GROUP, UNIVERSITY, UnitRef
from kazutb_transparency.applicants.pages.common import (
    LABEL,
    OUTCOMES,
    L,
    count_cell,
    no_data,
    origin_mark,
    share_cell,
)
from kazutb_transparency.core.locale_format import format_number, year_range
from kazutb_transparency.core.markdown import dataset_links, table, tr
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.labels import LANGUAGE, PAGE_TITLE
from kazutb_transparency.disclosures.pages.common import notice, register_note

DIMENSIONS = ("funding", "language", "form", "citizenship", "year_of_study")


def _category(d: Disclosures, dimension: str, category: str, lang: str) -> str:
    if dimension == "language":
        return tr(LANGUAGE[category], lang)
    if dimension == "form":
        return tr(d.form(category).name, lang)
    if dimension == "year_of_study":
        return L["year_of_study_n"][lang].format(n=category)
    return LABEL[f"{dimension}_{category}"][lang]


def _students(a: Applicants, d: Disclosures, lang: str) -> str:
    out = [f"## {L['students'][lang]}\n"]
    year = a.latest("students", UNIVERSITY)
    if year is None:
        return out[0] + f"<p>{no_data(lang)}</p>\n"
    p = a.published
    total = p.get("students", year, UNIVERSITY)
    total_status = p.status("students", year, UNIVERSITY)
    out.append(
        f"<p>{L['students_total'][lang].format(year=year_range(year))}: "
        f"<strong>{count_cell(total, True, a.min_n, lang, total_status)}</strong>"
        f"{origin_mark(a.origin('students', year, UNIVERSITY), lang)}</p>\n"
    )
    rows = []
    for dimension in DIMENSIONS:
        for category in p.categories("students", year, UNIVERSITY, dimension):
            n = p.get("students", year, UNIVERSITY, dimension, category)
            share = p.share("students", year, UNIVERSITY, dimension, category)
            rows.append(
                [
                    LABEL[f"dimension_{dimension}"][lang],
                    _category(d, dimension, category, lang),
                    count_cell(
                        n,
                        True,
                        a.min_n,
                        lang,
                        p.status("students", year, UNIVERSITY, dimension, category),
                    ),
                    share_cell(
                        share,
                        True,
                        a.min_n,
                        lang,
                        p.share_status("students", year, UNIVERSITY, dimension, category),
                    ),
                ]
            )
    headers = [L[k][lang] for k in ("breakdown", "category", "count", "share")]
    out.append(table(headers, rows, f"{L['students'][lang]}, {year_range(year)}"))
    return "\n".join(out)


def _rate(
    a: Applicants,
    measure: str,
    period: str | None,
    unit: UnitRef,
    dim: str,
    yes: str,
    no: str,
    lang: str,
) -> str:
    if period is None or not a.published.known(measure, period, unit):
        return no_data(lang)
    value = a.published.rate(measure, period, unit, dim, yes, no)
    status = a.published.rate_status(measure, period, unit, dim, yes, no)
    return share_cell(value, True, a.min_n, lang, status)


def _count(a: Applicants, measure: str, period: str | None, unit: UnitRef, lang: str) -> str:
    if period is None:
        return no_data(lang)
    known = a.published.known(measure, period, unit)
    status = a.published.status(measure, period, unit)
    return count_cell(a.published.get(measure, period, unit), known, a.min_n, lang, status)


def _ratio(a: Applicants, students: str | None, staff: str | None, unit: UnitRef, lang: str) -> str:
    s = a.published.get("students", students, unit) if students else None
    t = a.published.get("staff", staff, unit) if staff else None
    if not s or not t:
        return no_data(lang) if not (students and staff) else "—"
    return format_number(round(s / t, 1), lang, 1)


def _faculties(a: Applicants, d: Disclosures, lang: str) -> str:
    staff = a.latest("staff", UNIVERSITY)
    students = a.latest("students", UNIVERSITY)
    graduates = a.latest("graduates", UNIVERSITY)
    cohort = a.latest("cohort", UNIVERSITY)
    units: list[tuple[str, UnitRef]] = [(L["university"][lang], UNIVERSITY)]
    units += [(tr(f.name, lang), ("faculty", f.id)) for f in d.faculties]
    out = [f"## {L['staff'][lang]}\n"]
    out.append(f"<p>{L['staff_help'][lang].format(year=year_range(staff or '—'))}</p>\n")
    rows = [
        [
            name,
            _count(a, "staff", staff, unit, lang),
            _rate(a, "staff", staff, unit, "degree", "with-degree", "without-degree", lang),
            _ratio(a, students, staff, unit, lang),
        ]
        for name, unit in units
    ]
    headers = [L[k][lang] for k in ("unit", "headcount", "with_degree", "ratio")]
    out.append(table(headers, rows, L["staff"][lang]))
    out.append(f"## {L['graduates'][lang]}\n")
    out.append(f"<p>{L['graduates_help'][lang].format(year=year_range(graduates or '—'))}</p>\n")
    rows = [
        [
            name,
            _count(a, "graduates", graduates, unit, lang),
            _rate(a, "graduates", graduates, unit, "employment", "employed", "not-employed", lang),
        ]
        for name, unit in units
    ]
    headers = [L[k][lang] for k in ("unit", "graduates_n", "employment")]
    out.append(table(headers, rows, L["graduates"][lang]))
    out.append(f"## {L['cohorts'][lang]}\n")
    out.append(f"<p>{L['cohorts_help'][lang].format(year=year_range(cohort or '—'))}</p>\n")
    rows = []
    for name, unit in units:
        known = cohort is not None and a.published.known("cohort", cohort, unit)
        shares = [
            (
                a.published.share("cohort", cohort, unit, "outcome", o),
                a.published.share_status("cohort", cohort, unit, "outcome", o),
            )
            if cohort
            else (None, SMALL_GROUP)
            for o in ("completed", "dropped-out")
        ]
        rows.append(
            [
                name,
                _count(a, "cohort", cohort, unit, lang),
                *(share_cell(s, known, a.min_n, lang, why) for s, why in shares),
            ]
        )
    headers = [L[k][lang] for k in ("unit", "entrants", "completed", "dropped_out")]
    out.append(table(headers, rows, L["cohorts"][lang]))
    out.append(_attestation(a, units, lang))
    return "\n".join(out)


def _attestation(a: Applicants, units: list[tuple[str, UnitRef]], lang: str) -> str:
    """The final attestation of the latest year: who sat it, the shares passed and passed
    with distinction (each a share of those who sat), per unit."""
    year = a.latest("attestation", UNIVERSITY)
    out = [f"## {L['attestation'][lang]} {{#attestation}}\n"]
    out.append(f"<p>{L['attestation_help'][lang].format(year=year or '—')}</p>\n")
    rows = [
        [
            name,
            _count(a, "attestation", year, unit, lang),
            _rate(a, "attestation", year, unit, "passed", "yes", "no", lang),
            _rate(a, "attestation", year, unit, "distinction", "yes", "no", lang),
        ]
        for name, unit in units
    ]
    headers = [L[k][lang] for k in ("unit", "sat", "passed", "with_distinction")]
    return "\n".join([*out, table(headers, rows, L["attestation"][lang])])


def outcomes_page(a: Applicants, d: Disclosures, lang: str) -> str:
    states = {o.state for o in a.origins.values()}
    legend = notice([], lang, also=states) if states else ""
    return "\n".join(
        [
            f"# {PAGE_TITLE[OUTCOMES].get(lang)}\n",
            legend,
            f"<p>{L['outcomes_intro'][lang].format(n=a.min_n)}</p>\n",
            register_note(OUTCOMES, ("8.5",), lang),
            dataset_links(
                OUTCOMES,
                [
                    "students",
                    "graduate-outcomes",
                    "teaching-staff",
                    "final-attestation",
                    "graduate-earnings",
                ],
                lang,
            ),
            _students(a, d, lang),
            _faculties(a, d, lang),
        ]
    )
