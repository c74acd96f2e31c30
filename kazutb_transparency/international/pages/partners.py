"""Partners and agreements (§9.8): each partner university, organisation or network, its
country, and its agreements (kind, signed, valid until, the text when it is public)."""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.countries import country
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.jsonld import stated
from kazutb_transparency.core.markdown import dataset_links, esc, href, table, tr
from kazutb_transparency.core.provenance import weakest
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    jsonld_script,
    mark,
    marker,
    no_info,
    notice,
    register_note,
)
from kazutb_transparency.international.content import International
from kazutb_transparency.international.labels import (
    AGREEMENT_KIND,
    PARTNER_KIND,
    L,
    title,
)
from kazutb_transparency.international.models import Agreement, Partner
from kazutb_transparency.international.pages.common import process_line

PARTNERS = "international/index.md"
MOBILITY = "international/mobility.md"
SCHEMA_TYPE = {"university": "CollegeOrUniversity", "organisation": "Organization"}


def _agreement(a: Agreement, d: Disclosures, lang: str) -> str:
    # Years only: the days are in the open data (agreements), the page stays short.
    # An open-ended agreement in words ("since 2021, no end date"): "2021–no end" is no range.
    years = (
        f"{a.signed.year}–{a.valid_until.year}"
        if a.valid_until
        else L["open_ended"][lang].format(year=a.signed.year)
    )
    text = f"{tr(AGREEMENT_KIND[a.kind], lang)}, {years}"
    if a.document is not None:
        entry = d.document(a.document)
        if entry.file is not None:
            link = href(PARTNERS, entry.file.published, lang)
            text += f' · <a href="{link}">{L["text"][lang]}</a>'
    return f"<li>{text}</li>"


def _row(p: Partner, d: Disclosures, i: International, lang: str) -> list[str]:
    name = tr(p.name, lang)
    if p.url:
        name = f'<a href="{esc(p.url)}">{name}</a>'
    # Agreements no longer in force are in the open data: the page stays short at 150 partners.
    agreements = "".join(_agreement(a, d, lang) for a in p.in_force(i.today))
    kind = "" if p.kind == "university" else f"<br>{tr(PARTNER_KIND[p.kind], lang)}"
    return [
        f"<strong>{name}</strong>{mark(p, lang)}{kind}",
        tr(country(p.country), lang),
        f"<ul>{agreements}</ul>",
    ]


def _organisation(p: Partner, lang: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": SCHEMA_TYPE.get(p.kind, "Organization"),
        "name": p.name.get(lang),
        "address": {"@type": "PostalAddress", "addressCountry": p.country},
    }
    if p.url:
        node["url"] = p.url
    return node


def _jsonld(i: International, d: Disclosures, lang: str) -> str:
    """The university with the networks it is a member of (`memberOf`), and its partners as
    a list of schema.org organisations: schema.org has no "partner" property, so the
    partnership is said by the list's name, not by a property of the university."""
    # Demonstration partners are left out: search engines take JSON-LD as facts.
    partners = [p for p in i.partners or () if p.in_force(i.today) and stated(p)]
    if not partners:
        return ""
    members = [
        _organisation(p, lang)
        for p in partners
        if p.kind == "network"
        and any(a.kind == "membership" and a.in_force(i.today) for a in p.agreements)
    ]
    university: dict[str, Any] = {
        "@type": "CollegeOrUniversity",
        "name": d.about.identity.full_name.get(lang),
    }
    if members:
        university["memberOf"] = members
    listed = {
        "@type": "ItemList",
        "name": title(PARTNERS, lang),
        "numberOfItems": len(partners),
        "itemListElement": [
            {"@type": "ListItem", "position": n, "item": _organisation(p, lang)}
            for n, p in enumerate(partners, start=1)
        ],
    }
    return jsonld_script({"@context": "https://schema.org", "@graph": [university, listed]})


def partners_page(
    i: International, d: Disclosures, process: tuple[str, Localized] | None, lang: str
) -> str:
    partners = list(i.partners or ())
    out = [
        f"# {title(PARTNERS, lang)}\n",
        notice(partners, lang),
        register_note(PARTNERS, ("9.8",), lang),
        f"{L['partners_intro'][lang]}\n",
        process_line(PARTNERS, MOBILITY, process, lang),
        dataset_links(PARTNERS, ["partners", "agreements"], lang),
    ]
    if i.partners is None:
        out.append(no_info(L["partners"][lang], lang))
        return "\n".join(out)
    if not partners:
        out.append(f"<p>{L['no_partners'][lang]}</p>\n")
        return "\n".join(out)
    current = [p for p in partners if p.in_force(i.today)]
    earlier = [p for p in partners if not p.in_force(i.today)]
    count = L["partners_count"][lang].format(
        partners=counted(len(partners), "partners", lang), in_force=len(current)
    )
    out.append(f"<p>{count}</p>\n")
    headers = [L[k][lang] for k in ("partner", "country", "agreements")]
    if current:
        rows = [_row(p, d, i, lang) for p in current]
        out.append(table(headers, rows, L["partners"][lang]))
    if earlier:
        # "Name, country": a name may hold brackets of its own, and a second pair reads badly.
        names = "; ".join(f"{tr(p.name, lang)}, {tr(country(p.country), lang)}" for p in earlier)
        state = weakest(set().union(*(p.states() for p in earlier)))
        out.append(f"## {L['earlier'][lang]}\n\n<p>{names} {marker(state, lang)}</p>\n")
    out.append(_jsonld(i, d, lang))
    return "\n".join(out)
