"""Citizens' appeals (§8.3.4): how to write and get an answer, and the yearly counts."""

from __future__ import annotations

from datetime import date

from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    jsonld_script,
    mark,
    no_info,
    notice,
    number,
    register_note,
)
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import CHANNEL_KIND, TOPIC, L, title
from kazutb_transparency.transparency.models import Appeals, AppealYear

PAGE = "transparency/appeals.md"


def _channels(appeals: Appeals, today: date, lang: str) -> list[str]:
    rows = [
        [f"{tr(c.label, lang)}", _address(c.kind, c.address), tr(CHANNEL_KIND[c.kind], lang)]
        for c in appeals.channels
    ]
    headers = [L["channel"][lang], L["address"][lang], L["channel_kind"][lang]]
    term = L["response_term"][lang].format(days=number(appeals.response_days, lang))
    return [
        table(headers, rows, L["channels"][lang]),
        f"<p><strong>{term}</strong>{mark(appeals, lang, 'response_days')} "
        f"({tr(appeals.response_rule, lang)}).</p>\n",
        f"<p>{L['further'][lang]}: {tr(appeals.further_appeal, lang)}</p>\n",
        dates_line(appeals, today, lang),
    ]


def _address(kind: str, address: str) -> str:
    if kind == "email":
        return f'<a href="mailto:{esc(address)}">{esc(address)}</a>'
    if address.startswith("https://"):
        return f'<a href="{esc(address)}">{esc(address)}</a>'
    return esc(address)


def _year(year: AppealYear, lang: str) -> str:
    rows = [
        [
            tr(TOPIC[t.topic], lang),
            number(t.received, lang),
            number(t.answered_in_term, lang),
            number(t.answered_late, lang),
            number(t.pending, lang),
        ]
        for t in year.topics
    ]
    rows.append(
        [
            f"<strong>{L['total'][lang]}</strong>",
            *(
                f"<strong>{number(v, lang)}</strong>"
                for v in (year.received, year.answered_in_term, year.answered_late, year.pending)
            ),
        ]
    )
    headers = [L[k][lang] for k in ("topic", "received", "in_term", "late", "pending")]
    caption = f"{L['statistics'][lang]}, {year.year}"
    return f"### {year.year}{mark(year, lang)}\n\n" + table(headers, rows, caption)


def _jsonld(appeals: Appeals, lang: str) -> str:
    point: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ContactPoint",
        "contactType": L["title"][lang],
    }
    if appeals.email:
        point["email"] = appeals.email
    return jsonld_script(point)


def appeals_page(t: Transparency, lang: str) -> str:
    out = [
        f"# {title(PAGE, lang)}\n",
        notice([t.appeals, *t.appeal_years], lang),
        register_note(PAGE, ("8.3.4",), lang),
        f"{L['appeals_intro'][lang]}\n",
        f"## {L['how_to_write'][lang]}\n",
    ]
    if t.appeals is None:
        out.append(no_info(L["how_to_write"][lang], lang))
    else:
        out += _channels(t.appeals, t.today, lang)
    out.append(f"## {L['statistics'][lang]}\n")
    out.append(dataset_links(PAGE, ["appeals-statistics"], lang))
    if not t.appeal_years:
        out.append(no_info(L["statistics"][lang], lang))
    out += [_year(year, lang) for year in t.appeal_years]
    if t.appeals is not None:
        out.append(_jsonld(t.appeals, lang))
    return "\n".join(out)
