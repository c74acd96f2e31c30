"""What studying costs (applicants/costs.md): first, the tuition fee of every programme
(code and name, its group by code and name, academic year, form of study) with the yearly
total of tuition and a dormitory place; then the other fees, the dormitory and the support.

The yearly total adds only what the data state as amounts of a period: the tuition of a
year and twelve times the dormitory's price a month (the sum is shown as such). The other
fees are charged per credit or once: they are listed, never guessed into a total."""

from __future__ import annotations

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.pages.common import (
    COSTS,
    LABEL,
    L,
    group_link,
    no_data,
    tenge,
)
from kazutb_transparency.applicants.summary import first_year_fees
from kazutb_transparency.core.locale_format import format_number, year_range
from kazutb_transparency.core.markdown import dataset_links, esc, page_href, table, tr
from kazutb_transparency.core.provenance import weakest
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.labels import DOCUMENT_KIND, PAGE_TITLE
from kazutb_transparency.disclosures.lacking import in_languages
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    mark,
    marker,
    no_info,
    notice,
    register_note,
)
from kazutb_transparency.disclosures.pages.documents import document_reference

DORM_MONTHS = 12  # the yearly total counts a dormitory place for the whole year
COST_ROWS = 60  # rows on the page; a larger university's full list is the comparison's


def fee_text(fees: list[tuple[int, str]], lang: str) -> str:
    """One form's first-year fee: one amount, or the amount per language of study."""
    amounts = sorted({fee for fee, _ in fees})
    if len(amounts) == 1:
        return tenge(amounts[0], lang)
    return "; ".join(
        f"{tenge(fee, lang)} ({in_languages([lg for f, lg in fees if f == fee], lang)})"
        for fee in amounts
    )


def tuition_rows(a: Applicants, d: Disclosures, lang: str) -> list[list[str]]:
    """One row per programme and form of study: the first-year fee of the latest academic
    year, and the yearly total with a dormitory place where the dormitory's price is known."""
    dorm = a.costs.dormitory
    rows = []
    for p in sorted(d.programmes, key=lambda p: p.code):
        tuition = a.tuition_of(p.code)
        name = tr(p.name, lang) if p.name else ""
        link = f'<a href="{page_href(COSTS, f"programmes/{p.code}.md")}">{p.code}</a> {name}'
        group = a.group_of(p.code)
        group_cell = group_link(COSTS, group, lang) if group else no_data(lang)
        if tuition is None or not first_year_fees(tuition):
            rows.append([link, group_cell, "—", "—", no_data(lang), "—"])
            continue
        by_form: dict[str, list[tuple[int, str]]] = {}
        for f in tuition.fees:
            if f.year_of_study in (1, None):
                by_form.setdefault(f.form, []).append((f.fee, f.language))
        m = mark(tuition, lang, "fees")
        for form, fees in sorted(by_form.items()):
            total = "—"
            if dorm is not None:
                low = min(fee for fee, _ in fees) + DORM_MONTHS * dorm.price_per_month
                # One mark: the sum is as confirmed as the weaker of its two parts.
                state = weakest([tuition.state("fees"), dorm.state("price_per_month")])
                total = f"{tenge(low, lang)} {marker(state, lang)}"
            rows.append(
                [
                    link,
                    group_cell,
                    esc(year_range(tuition.academic_year)),
                    tr(d.form(form).name, lang),
                    fee_text(fees, lang) + m,
                    total,
                ]
            )
    return rows


def _tuition(a: Applicants, d: Disclosures, lang: str) -> str:
    """The first content of the page: what a year of each programme costs."""
    rows = tuition_rows(a, d, lang)
    if not rows:
        return no_info(L["groups_none"][lang], lang)
    dorm = a.costs.dormitory
    total_help = (
        L["total_help"][lang].format(months=DORM_MONTHS, price=tenge(dorm.price_per_month, lang))
        if dorm is not None
        else L["total_none"][lang]
    )
    headers = [
        L[k][lang] for k in ("programme", "group", "academic_year", "form", "fee_year", "total")
    ]
    shown = rows[:COST_ROWS]
    more = ""
    if len(rows) > len(shown):
        compare = page_href(COSTS, "applicants/compare-by-fee.md")
        more = f'<p><a href="{compare}">{L["all_fees"][lang].format(n=len(d.programmes))}</a></p>\n'
    return (
        table(headers, shown, L["tuition"][lang])
        + more
        + f"<p>{L['tuition_help'][lang]} {total_help}</p>\n"
    )


def _groups(a: Applicants, lang: str) -> str:
    if not a.groups:
        return ""
    links = "; ".join(group_link(COSTS, g, lang) for g in a.groups)
    return f"<p>{L['compare_groups'][lang]}: {links}</p>\n"


def _other_fees(a: Applicants, lang: str) -> str:
    fees = a.costs.other_fees
    out = f"## {L['other_fees'][lang]}\n"
    if fees is None:
        return out + no_info(L["other_fees_none"][lang], lang)
    rows = [
        [tr(f.name, lang), tenge(f.amount, lang) + mark(fees, lang, "items"), tr(f.per, lang)]
        for f in fees.items
    ]
    headers = [L[k][lang] for k in ("fee_name", "amount", "per")]
    return out + table(headers, rows, L["other_fees"][lang]) + dates_line(fees, a.today, lang)


def _dormitory(a: Applicants, lang: str) -> str:
    dorm = a.costs.dormitory
    out = f"## {L['dormitory'][lang]}\n"
    if dorm is None:
        return out + no_info(L["dormitory_none"][lang], lang)
    rows = [
        (L["dorm_places"][lang], format_number(dorm.places, lang) + mark(dorm, lang, "places")),
        (
            L["dorm_price"][lang],
            tenge(dorm.price_per_month, lang) + mark(dorm, lang, "price_per_month"),
        ),
        (L["dorm_apply"][lang], tr(dorm.how_to_apply, lang) + mark(dorm, lang, "how_to_apply")),
    ]
    body = "".join(f"<dt>{term}</dt><dd>{value}</dd>" for term, value in rows)
    return out + f'<dl class="facts">{body}</dl>\n' + dates_line(dorm, a.today, lang)


def _support(a: Applicants, lang: str) -> str:
    support = a.costs.support
    out = f"## {L['support'][lang]}\n"
    if support is None:
        return out + no_info(L["support_none"][lang], lang)
    rows = [
        [
            LABEL["support_" + item.kind][lang],
            tr(item.name, lang) + mark(support, lang, "items"),
            tr(item.description, lang),
        ]
        for item in support.items
    ]
    headers = [L[k][lang] for k in ("kind", "fee_name", "description")]
    return out + table(headers, rows, L["support"][lang]) + dates_line(support, a.today, lang)


PAID_KINDS = ("paid-education-contract", "tuition-fee-order")


def _paid_documents(d: Disclosures, lang: str) -> str:
    """The contract of paid education and the order approving the fees (documents.yaml):
    each current one linked, or what is not yet published."""
    out = [f"## {L['paid_documents'][lang]} {{#paid-documents}}\n"]
    items = []
    for kind in PAID_KINDS:
        found = d.documents_of(kind, current=True)
        if found:
            items += [f"<li>{document_reference(e, COSTS, lang)}</li>" for e in found]
        else:
            items.append(f"<li>{no_info(tr(DOCUMENT_KIND[kind], lang), lang)}</li>")
    out.append(f"<ul>{''.join(items)}</ul>\n")
    return "\n".join(out)


def costs_page(a: Applicants, lang: str, d: Disclosures) -> str:
    sections = [a.costs.other_fees, a.costs.dormitory, a.costs.support]
    tuitions = [t for p in d.programmes if (t := a.tuition_of(p.code)) is not None]
    return "\n".join(
        [
            f"# {PAGE_TITLE[COSTS].get(lang)}\n",
            # One short line: the first screen belongs to the fees.
            notice([*tuitions, *(s for s in sections if s is not None)], lang, line=True),
            _tuition(a, d, lang),
            f"<p>{L['costs_intro'][lang]}</p>\n",
            _groups(a, lang),
            register_note(COSTS, ("8.6.1",), lang),
            dataset_links(COSTS, ["tuition-fees"], lang),
            _other_fees(a, lang),
            _dormitory(a, lang),
            _support(a, lang),
            _paid_documents(d, lang),
        ]
    )
