"""One page per group of programmes (applicants/group-<id>.md): its entry requirements and
places, and its programmes side by side — fee, students, employment, accreditation — in a
static table that needs no JavaScript."""

from __future__ import annotations

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.figures import SMALL_GROUP
from kazutb_transparency.applicants.models import Group
from kazutb_transparency.applicants.pages.admission import INTAKE_COLUMNS, intake_row
from kazutb_transparency.applicants.pages.common import (
    INDEX,
    L,
    count_cell,
    group_path,
    no_data,
    share_cell,
    tenge,
)
from kazutb_transparency.applicants.pages.facts import fee_range
from kazutb_transparency.applicants.summary import group_label
from kazutb_transparency.core.markdown import dataset_links, page_href, table, tr
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.pages.common import mark, notice
from kazutb_transparency.disclosures.pages.programmes import SHORT_STATUS

COMPARE_COLUMNS = ("programme", "fee_first_year", "students_n", "employment", "accreditation")


def _fee(a: Applicants, code: str, lang: str) -> str:
    tuition = a.tuition_of(code)
    span = fee_range(tuition) if tuition else None
    if tuition is None or span is None:
        return no_data(lang)
    low, high = span
    text = tenge(low, lang) if low == high else f"{tenge(low, lang)} – {tenge(high, lang)}"
    return text + mark(tuition, lang, "fees")


def _row(a: Applicants, d: Disclosures, page: str, code: str, lang: str) -> list[str]:
    programme = next(p for p in d.programmes if p.code == code)
    unit = ("programme", code)
    name = tr(programme.name, lang) if programme.name else ""
    link = f'<a href="{page_href(page, f"programmes/{code}.md")}">{code}</a> {name}'
    students = a.latest("students", unit)
    graduates = a.graduates_of(code)
    year = str(graduates.year) if graduates else None
    rate = (
        a.published.rate("graduates", year, unit, "employment", "employed", "not-employed")
        if year
        else None
    )
    known_rate = graduates is not None and graduates.employed is not None
    status, _record = d.programme_status(code)
    return [
        link,
        _fee(a, code, lang),
        count_cell(
            a.published.get("students", students, unit) if students else None,
            students is not None,
            a.min_n,
            lang,
            a.published.status("students", students, unit) if students else SMALL_GROUP,
        ),
        share_cell(
            rate,
            known_rate,
            a.min_n,
            lang,
            a.published.rate_status(
                "graduates", year, unit, "employment", "employed", "not-employed"
            )
            if year
            else SMALL_GROUP,
        )
        + (f" ({year})" if known_rate else ""),
        SHORT_STATUS[status][lang],
    ]


def group_page(a: Applicants, d: Disclosures, g: Group, lang: str) -> str:
    page = group_path(g.id)
    items = [g, *(x for c in g.programmes for x in (a.tuition_of(c), a.graduates_of(c)) if x)]
    headers = [L[k][lang] for k in COMPARE_COLUMNS]
    rows = [_row(a, d, page, code, lang) for code in g.programmes]
    intake = [intake_row(a, g, i, lang) for i in reversed(g.intake)]
    out = [
        f"# {group_label(g, lang)}\n",
        notice(items, lang),
        f'<p><a href="{page_href(page, INDEX)}">← {L["back"][lang]}</a></p>\n',
        f"<p>{L['compare_help'][lang].format(n=a.min_n)}</p>\n",
        dataset_links(page, ["tuition-fees", "graduate-outcomes"], lang),
        table(headers, rows, L["compare_caption"][lang].format(group=g.id)),
        f"## {L['places'][lang]}\n",
    ]
    if intake:
        headers = [L[k][lang] for k in INTAKE_COLUMNS]
        out.append(table(headers, intake, L["places_caption"][lang].format(group=g.id)))
    else:
        out.append(f"<p>{no_data(lang)}</p>\n")
    return "\n".join(out)
