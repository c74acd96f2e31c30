"""The applicants' entry page (applicants/index.md): the admission rules, deadlines, and per
group of programmes the entry requirements, places and last year's results."""

from __future__ import annotations

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.models import Group, Intake
from kazutb_transparency.applicants.pages.common import (
    COSTS,
    INDEX,
    OUTCOMES,
    L,
    group_link,
    hidden,
    no_data,
)
from kazutb_transparency.applicants.summary import group_label
from kazutb_transparency.core.locale_format import format_number, year_range
from kazutb_transparency.core.markdown import dataset_links, esc, page_href, table, tr
from kazutb_transparency.core.provenance import weakest
from kazutb_transparency.disclosures.labels import PAGE_TITLE
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    day,
    mark,
    marker,
    no_info,
    notice,
    register_note,
)

CLAUSES = ("8.6.1",)
VACANCY_COLUMNS = ("group", "academic_year", "vacancy_grant", "vacancy_fee")


def _rules(a: Applicants, lang: str) -> str:
    rules = a.admission.rules
    out = [f"## {L['rules'][lang]}\n"]
    if rules is None:
        return out[0] + no_info(L["rules_none"][lang], lang)
    title = tr(rules.title, lang) + mark(rules, lang, "title")
    if rules.url:
        title = f'<a href="{esc(rules.url)}">{title}</a>'
    out.append(f"<p>{title}</p>\n")
    if rules.summary:
        out.append(f"<p>{tr(rules.summary, lang)}{mark(rules, lang, 'summary')}</p>\n")
    out.append(dates_line(rules, a.today, lang))
    return "\n".join(out)


def _deadlines(a: Applicants, lang: str) -> str:
    deadlines = a.admission.deadlines
    out = f"## {L['deadlines'][lang]}\n"
    if deadlines is None:
        return out + no_info(L["deadlines_none"][lang], lang)
    rows = [
        [tr(d.what, lang) + mark(deadlines, lang, "items"), day(d.start, lang), day(d.end, lang)]
        for d in deadlines.items
    ]
    headers = [L[k][lang] for k in ("stage", "from", "until")]
    return out + table(headers, rows, L["deadlines"][lang]) + dates_line(deadlines, a.today, lang)


def _requirements(g: Group, page: str, lang: str) -> list[str]:
    subjects = ", ".join(tr(s, lang) for s in g.subjects) or "—"
    exam = tr(g.special_exam, lang) if g.special_exam else "—"
    threshold = "—"
    if g.threshold is not None:  # with the admission it applies to: thresholds change yearly
        score = format_number(g.threshold, lang)
        year = g.threshold_year
        cell = L["threshold_cell" if year else "threshold_cell_no_year"][lang]
        threshold = cell.format(score=score, year=year)
    return [
        group_link(page, g, lang),
        str(len(g.programmes)),
        subjects + mark(g, lang, "subjects"),
        exam + (mark(g, lang, "special_exam") if g.special_exam else ""),
        threshold + (mark(g, lang, "threshold") if g.threshold is not None else ""),
    ]


def counted(value: int | None, min_n: int, lang: str) -> str:
    """A count of people from the group's record: withheld below the minimum group."""
    if value is None:
        return "—"
    return hidden(min_n, lang) if value < min_n else format_number(value, lang)


INTAKE_COLUMNS = (
    "group",
    "year",
    "grants",
    "paid_places",
    "applicants",
    "admitted",
    "min_score",
    "median_score",
)


def intake_row(a: Applicants, g: Group, i: Intake, lang: str) -> list[str]:
    small = i.admitted is not None and i.admitted < a.min_n

    def score(value: float | None) -> str:
        # The scores of a handful of entrants are their own results: same rule as counts.
        if value is None:
            return "—"
        return hidden(a.min_n, lang) if small else format_number(value, lang)

    m = mark(g, lang, "intake")
    return [
        group_label(g, lang),
        str(i.year),
        format_number(i.grants, lang) + m,
        format_number(i.paid_places, lang) + m,
        counted(i.applicants, a.min_n, lang),
        counted(i.admitted, a.min_n, lang),
        score(i.min_score),
        score(i.median_score),
    ]


def _vacancies(a: Applicants, page: str, lang: str) -> str:
    """Vacant places for transfer and reinstatement in each group of programmes: the places
    of its programmes' latest academic year, by funding (places, not people: all shown).
    Each programme's places by year of study are in the open data: a large university's
    hundreds of programmes would make this page a table of thousands of rows."""
    out = [f"## {L['vacancies'][lang]} {{#vacancies}}\n", f"<p>{L['vacancies_help'][lang]}</p>\n"]
    rows = []
    for group in a.groups:
        found = [v for code in group.programmes if (v := a.vacancies_of(code)) is not None]
        if not found:
            continue
        places = {"grant": 0, "fee": 0}
        for v in found:
            for row in v.places:
                places[row.funding] = places.get(row.funding, 0) + row.places
        m = " " + marker(weakest(v.state("places") for v in found), lang)
        years = ", ".join(sorted({esc(year_range(v.academic_year)) for v in found}))
        rows.append(
            [
                group_link(page, group, lang),
                years,
                format_number(places["grant"], lang) + m,
                format_number(places["fee"], lang) + m,
            ]
        )
    if not rows:
        return "\n".join(out) + no_data(lang)
    headers = [L[k][lang] for k in VACANCY_COLUMNS]
    return "\n".join([*out, table(headers, rows, L["vacancies"][lang])])


def admission_page(a: Applicants, lang: str) -> str:
    page = INDEX
    links = " · ".join(
        f'<a href="{page_href(page, target)}">{PAGE_TITLE[target].get(lang)}</a>'
        for target in (COSTS, OUTCOMES, "programmes/index.md")
    )
    out = [
        f"# {PAGE_TITLE[page].get(lang)}\n",
        notice([*a.groups, a.admission.rules, a.admission.deadlines], lang),
        f"<p>{L['intro'][lang]}</p>\n",
        f"<p>{links}</p>\n",
        register_note(page, CLAUSES, lang),
        dataset_links(page, ["admission", "vacant-places"], lang),
        _rules(a, lang),
        _deadlines(a, lang),
        f"## {L['requirements'][lang]} {{#requirements}}\n",
    ]
    if not a.groups:
        out.append(no_info(L["groups_none"][lang], lang))
        return "\n".join([*out, _vacancies(a, page, lang)])
    headers = [L[k][lang] for k in ("group", "programmes", "subjects", "special_exam", "threshold")]
    rows = [_requirements(g, page, lang) for g in a.groups]
    out.append(table(headers, rows, L["requirements"][lang]))
    out.append(f"## {L['places'][lang]}\n")
    out.append(f"<p>{L['places_help'][lang].format(n=a.min_n)}</p>\n")
    rows = [intake_row(a, g, i, lang) for g in a.groups for i in reversed(g.intake)]
    if rows:
        headers = [L[k][lang] for k in INTAKE_COLUMNS]
        out.append(table(headers, rows, L["places"][lang]))
    else:
        out.append(no_data(lang))
    out.append(_vacancies(a, page, lang))
    return "\n".join(out)
