"""schema.org descriptions of the university, of each programme and of the academic calendar,
embedded as JSON-LD.

Search engines take these values as facts and cannot show a provenance mark, so placeholder
values are left out; values from a public source are included (the strict build that
publishes the site refuses them) and the description then says in
`disambiguatingDescription` that they are not yet confirmed.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.jsonld import CONTEXT
from kazutb_transparency.core.locale_format import year_range
from kazutb_transparency.core.provenance import Sourced
from kazutb_transparency.disclosures.calendar import AcademicCalendar
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import DEGREE_LEVEL
from kazutb_transparency.disclosures.programmes import Programme

SAMPLE = catalog("jsonld")["sample"]


def _real(item: Sourced | None, field: str) -> bool:
    """The item exists and its `field` is not a placeholder."""
    return item is not None and item.state(field) != "placeholder"


def provider(d: Disclosures, lang: str) -> dict[str, Any]:
    identity = d.identity()
    return {
        "@type": "CollegeOrUniversity",
        "name": identity.full_name.get(lang),
        "url": identity.website,
    }


def university(d: Disclosures, lang: str) -> dict[str, Any]:
    about = d.about
    identity = about.identity
    data: dict[str, Any] = {
        "@context": CONTEXT,
        **provider(d, lang),
        "legalName": identity.full_name.kk,
        "alternateName": sorted(
            {identity.full_name.get(other) for other in ("kk", "ru", "en") if other != lang}
            | {identity.short_name.get(lang)}
        ),
    }
    shown: list[Any] = [identity]
    if _real(about.location, "address"):
        shown.append(about.location)
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": about.location.address.get(lang),
            "addressLocality": identity.city.get(lang),
            "addressCountry": about.location.country,
        }
    if _real(about.phones, "items"):
        shown.append(about.phones)
        data["telephone"] = [phone.number for phone in about.phones.items]
    if _real(about.emails, "items"):
        shown.append(about.emails)
        data["email"] = [email.address for email in about.emails.items]
    if _real(about.founding, "founded"):
        shown.append(about.founding)
        data["foundingDate"] = about.founding.founded.isoformat()
    if _real(about.registration, "bin"):
        shown.append(about.registration)
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "BIN",
            "value": about.registration.bin,
        }
    if _real(about.head, "name"):
        shown.append(about.head)
        data["employee"] = {
            "@type": "Person",
            "name": about.head.name.get(lang),
            "jobTitle": about.head.title.get(lang),
        }
    if any(not item.confirmed for item in shown):
        data["disambiguatingDescription"] = SAMPLE[lang]
    return data


def programme(d: Disclosures, p: Programme, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "EducationalOccupationalProgram",
        "name": p.name.get(lang) if _real(p, "name") and p.name else p.code,
        "provider": provider(d, lang),
    }
    if _real(p, "code"):
        data["identifier"] = p.code
        # schema.org has no level on a programme: the credential it leads to says it.
        data["educationalCredentialAwarded"] = DEGREE_LEVEL[p.level].get(lang)
    if _real(p, "languages"):
        data["inLanguage"] = list(p.languages)
    if _real(p, "duration_years"):
        data["timeToComplete"] = p.iso_duration
    if _real(p, "credits"):
        data["numberOfCredits"] = p.credits
    if _real(p, "forms"):
        data["educationalProgramMode"] = sorted({d.form(form).mode for form in p.forms})
    if p.qualification is not None and _real(p, "qualification"):
        data["educationalCredentialAwarded"] = {
            "@type": "EducationalOccupationalCredential",
            "name": p.qualification.get(lang),
            "credentialCategory": "degree",
        }
    # No hasCourse: a search engine shows a programme by its name, provider, credential,
    # language, length, credits and mode, not by its courses, and the list repeated the
    # page's own table of disciplines (and the open data's disciplines.csv) on every page.
    if not p.confirmed:
        data["disambiguatingDescription"] = SAMPLE[lang]
    return data


def calendar(d: Disclosures, c: AcademicCalendar, lang: str) -> dict[str, Any] | None:
    """The academic year as a series of events (its terms, sessions, holidays, practice
    and final attestation), or None while its dates are placeholders: a search engine
    would show a sample date as the university's."""
    if not _real(c, "periods"):
        return None
    name = catalog("disclosures_calendar")["year"][lang].format(year=year_range(c.academic_year))
    periods = sorted(c.periods, key=lambda p: (p.start, p.end))
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "EventSeries",
        "name": name,
        "startDate": min(p.start for p in periods).isoformat(),
        "endDate": max(p.end for p in periods).isoformat(),
        "organizer": provider(d, lang),
        "subEvent": [
            {
                "@type": "Event",
                "name": p.name.get(lang),
                "startDate": p.start.isoformat(),
                "endDate": p.end.isoformat(),
            }
            for p in periods
        ],
    }
    if not c.confirmed:
        data["disambiguatingDescription"] = SAMPLE[lang]
    return data
