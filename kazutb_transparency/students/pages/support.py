"""Student support: advising, psychological support, health care, catering and disability
access — where, when, the institutional contact and whether the place is reached without
steps. Scholarships are on the costs page, linked here rather than repeated."""

from __future__ import annotations

from kazutb_transparency.core.jsonld import stated
from kazutb_transparency.core.markdown import dataset_links, esc, page_href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    jsonld_script,
    mark,
    no_info,
    notice,
    register_note,
)
from kazutb_transparency.organisation import Units
from kazutb_transparency.students.content import Students
from kazutb_transparency.students.datasets import DATASET
from kazutb_transparency.students.labels import SERVICE_KIND, SUPPORT, L, title
from kazutb_transparency.students.models import REQUIRED_KINDS, SERVICE_KINDS, SupportService

COSTS = "applicants/costs.md"


def _contact(x: SupportService) -> str:
    parts = []
    if x.email:
        parts.append(f'<a href="mailto:{esc(x.email)}">{esc(x.email)}</a>')
    if x.phone:
        parts.append(f'<a href="tel:{esc(x.phone.replace(" ", ""))}">{esc(x.phone)}</a>')
    return "<br>".join(parts) or "—"


def _rows(items: list[SupportService], units: Units, lang: str) -> list[list[str]]:
    return [
        [
            f"<strong>{tr(x.name, lang)}</strong>{mark(x, lang)}<br>{tr(x.description, lang)}"
            + (f"<br><small>{tr(units.by_id[x.unit].name, lang)}</small>" if x.unit else ""),
            tr(x.where, lang),
            tr(x.hours, lang),
            _contact(x),
            L["accessible_yes" if x.accessible else "accessible_no"][lang],
        ]
        for x in items
    ]


def _jsonld(s: Students, d: Disclosures, lang: str) -> str:
    # schema.org Service, in the page's language (a search engine shows it beside the page);
    # the university and the audience are named once and referred to (a large university's
    # hundred services would otherwise repeat them in every one).
    university = {"@type": "CollegeOrUniversity", "@id": "#university",
                  "name": d.about.identity.full_name.get(lang)}  # fmt: skip
    students = {"@type": "EducationalAudience", "@id": "#students", "educationalRole": "student"}
    services: list[dict[str, object]] = [university, students]
    for x in filter(stated, s.services):
        channel: dict[str, object] = {
            "@type": "ServiceChannel",
            "serviceLocation": {"@type": "Place", "name": x.where.get(lang)},
        }
        if x.email:
            channel["serviceUrl"] = f"mailto:{x.email}"
        if x.phone:
            channel["servicePhone"] = {"@type": "ContactPoint", "telephone": x.phone}
        services.append(
            {
                "@type": "Service",
                "name": x.name.get(lang),
                "description": x.description.get(lang),
                "serviceType": SERVICE_KIND[x.kind].get(lang),
                "audience": {"@id": "#students"},
                "provider": {"@id": "#university"},
                "availableChannel": channel,
            }
        )
    if len(services) == 2:  # no service but demonstration ones
        return ""
    return jsonld_script({"@context": "https://schema.org", "@graph": services})


def support_page(s: Students, d: Disclosures, units: Units, lang: str) -> str:
    headers = [L[k][lang] for k in ("service", "where", "hours", "contact", "accessible")]
    out = [
        f"# {title(SUPPORT, lang)}\n",
        notice(s.services, lang),
        register_note(SUPPORT, ("9.7.1.8",), lang),
        f"<p>{L['support_intro'][lang]}</p>\n",
        dataset_links(SUPPORT, DATASET, lang),
    ]
    for kind in SERVICE_KINDS:
        items = s.of_kind(kind)
        if not items and kind not in REQUIRED_KINDS:
            continue
        name = tr(SERVICE_KIND[kind], lang)
        out.append(f"## {name}\n")
        if kind == "disability":
            out.append(f"<p>{L['disability_intro'][lang]}</p>\n")
        if items:
            out.append(table(headers, _rows(items, units, lang), name))
        else:
            out.append(no_info(name, lang))
    out += [
        f"## {L['scholarships'][lang]}\n",
        f'<p>{L["scholarships_text"][lang]} <a href="{page_href(SUPPORT, COSTS)}">'
        f"{title(COSTS, lang)}</a>.</p>\n",
        f'<p class="register-note">{L["national_law"][lang]} {L["esg_support"][lang]}</p>\n',
    ]
    if s.services:
        out.append(_jsonld(s, d, lang))
    return "\n".join(out)
