"""The press office's contact for journalists (§8.3.10): a position and institutional
addresses, never a person's name."""

from __future__ import annotations

from kazutb_transparency.core.jsonld import stated
from kazutb_transparency.core.markdown import esc, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    dates_line,
    jsonld_script,
    mark,
    no_info,
    no_info_cell,
    notice,
    register_note,
)
from kazutb_transparency.news.content import News
from kazutb_transparency.news.labels import CONTACT, L, title
from kazutb_transparency.organisation import Units


def contact_page(n: News, d: Disclosures, units: Units, lang: str) -> str:
    contact = n.contact
    out = [
        f"# {title(CONTACT, lang)}\n",
        notice([contact] if contact else [], lang),
        register_note(CONTACT, ("8.3.10",), lang),
        f"{L['contact_intro'][lang]}\n",
        f"## {L['contact'][lang]}\n",
    ]
    if contact is None:
        out.append(no_info(L["contact"][lang], lang))
        return "\n".join(out)
    rows = [
        (L["position"][lang], f"{tr(contact.position, lang)}{mark(contact, lang, 'position')}"),
        (L["unit"][lang], tr(units.by_id[contact.unit].name, lang)),
    ]
    if contact.email:
        email = esc(contact.email)
        link = f'<a href="mailto:{email}">{email}</a>{mark(contact, lang, "email")}'
        rows.append((L["email"][lang], link))
    else:
        rows.append((L["email"][lang], no_info_cell(lang)))
    if contact.phone:
        rows.append((L["phone"][lang], f"{esc(contact.phone)}{mark(contact, lang, 'phone')}"))
    else:
        rows.append((L["phone"][lang], no_info_cell(lang)))
    if contact.hours:
        rows.append((L["hours"][lang], tr(contact.hours, lang)))
    rows.append((L["how_to_request"][lang], tr(contact.how_to_request, lang)))
    out.append("<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows) + "</dl>\n")
    out.append(dates_line(contact, n.today, lang))
    point = {
        "@type": "ContactPoint",
        "contactType": L["contact_type"][lang],
        "name": contact.position.get(lang),
        "availableLanguage": ["kk", "ru", "en"],
    }
    if contact.email:
        point["email"] = contact.email
    if contact.phone:
        point["telephone"] = contact.phone
    organisation = {
        "@context": "https://schema.org",
        "@type": "CollegeOrUniversity",
        "name": d.about.identity.full_name.get(lang),
        "contactPoint": point,
    }
    if stated(contact):
        out.append(jsonld_script(organisation))
    return "\n".join(out)
