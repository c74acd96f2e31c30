"""Partners and agreements (§9.8): each partner university, organisation or network, its
country, and its agreements (kind, signed, valid until, the text when it is public)."""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.markdown import dataset_links, esc, href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    day,
    jsonld_script,
    mark,
    no_info,
    notice,
    register_note,
)
from kazutb_transparency.international.content import International
from kazutb_transparency.international.labels import (
    AGREEMENT_KIND,
    PARTNER_KIND,
    L,
    country,
    title,
)
from kazutb_transparency.international.models import Agreement, Partner
from kazutb_transparency.international.pages.common import process_line

PARTNERS = "international/index.md"
MOBILITY = "international/mobility.md"
SCHEMA_TYPE = {"university": "CollegeOrUniversity", "organisation": "Organization"}


def _agreement(a: Agreement, d: Disclosures, i: International, lang: str) -> str:
    until = day(a.valid_until, lang) if a.valid_until else L["no_end"][lang]
    state = "" if a.in_force(i.today) else f" <em>({L['ended'][lang]})</em>"
    text = f"{tr(AGREEMENT_KIND[a.kind], lang)}: {day(a.signed, lang)} – {until}{state}"
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
    agreements = "".join(_agreement(a, d, i, lang) for a in p.agreements)
    return [
        f"<strong>{name}</strong>{mark(p, lang)}<br>{tr(PARTNER_KIND[p.kind], lang)}",
        tr(country(p.country), lang),
        f"<ul>{agreements}</ul>",
    ]


def _organisation(p: Partner, lang: str) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": SCHEMA_TYPE.get(p.kind, "Organization"),
        "name": tr(p.name, lang),
        "address": {"@type": "PostalAddress", "addressCountry": p.country},
    }
    if p.url:
        node["url"] = p.url
    return node


def _jsonld(i: International, d: Disclosures, lang: str) -> str:
    """The university with the networks it is a member of (`memberOf`), and its partners as
    a list of schema.org organisations: schema.org has no "partner" property, so the
    partnership is said by the list's name, not by a property of the university."""
    partners = list(i.partners or ())
    members = [
        _organisation(p, lang)
        for p in partners
        if p.kind == "network"
        and any(a.kind == "membership" and a.in_force(i.today) for a in p.agreements)
    ]
    university: dict[str, Any] = {
        "@type": "CollegeOrUniversity",
        "name": tr(d.about.identity.full_name, lang),
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
    in_force = sum(1 for p in partners if p.in_force(i.today))
    out.append(f"<p>{L['partners_count'][lang].format(n=len(partners), in_force=in_force)}</p>\n")
    headers = [L[k][lang] for k in ("partner", "country", "agreements")]
    rows = [_row(p, d, i, lang) for p in partners]
    out.append(table(headers, rows, L["partners"][lang]))
    out.append(_jsonld(i, d, lang))
    return "\n".join(out)
