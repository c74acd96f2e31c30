"""What studying costs (applicants/costs.md): tuition by programme is on each programme's
page and on the group comparisons; here the other fees, the dormitory and the support."""

from __future__ import annotations

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.pages.common import COSTS, LABEL, L, group_path, tenge
from kazutb_transparency.core.locale_format import format_number
from kazutb_transparency.core.markdown import dataset_links, esc, page_href, table, tr
from kazutb_transparency.disclosures.labels import PAGE_TITLE
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    mark,
    no_info,
    notice,
    register_note,
)


def _tuition(a: Applicants, lang: str) -> str:
    out = [f"## {L['tuition'][lang]}\n", f"<p>{L['tuition_help'][lang]}</p>\n"]
    if not a.groups:
        return "".join(out) + no_info(L["groups_none"][lang], lang)
    links = ", ".join(
        f'<a href="{page_href(COSTS, group_path(g.id))}">{esc(g.id)}</a>' for g in a.groups
    )
    out.append(f"<p>{L['compare_groups'][lang]}: {links}</p>\n")
    return "\n".join(out)


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


def costs_page(a: Applicants, lang: str) -> str:
    sections = [a.costs.other_fees, a.costs.dormitory, a.costs.support]
    return "\n".join(
        [
            f"# {PAGE_TITLE[COSTS].get(lang)}\n",
            notice([s for s in sections if s is not None], lang),
            f"<p>{L['costs_intro'][lang]}</p>\n",
            register_note(COSTS, ("8.6.1",), lang),
            dataset_links(COSTS, ["tuition-fees"], lang),
            _tuition(a, lang),
            _other_fees(a, lang),
            _dormitory(a, lang),
            _support(a, lang),
        ]
    )
