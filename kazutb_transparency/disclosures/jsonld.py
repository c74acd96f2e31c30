"""schema.org descriptions of the university and of each programme, embedded as JSON-LD.

Unconfirmed values are included (the strict build that publishes the site refuses them),
each description then says in `disambiguatingDescription` that it holds sample data.
"""

from __future__ import annotations

from typing import Any

from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import DEGREE_LEVEL
from kazutb_transparency.disclosures.programmes import Programme

SAMPLE = {
    "kk": "Үлгі деректер — университет әлі растамаған",
    "ru": "Образец данных: сведения ещё не подтверждены университетом",
    "en": "Sample data — not yet confirmed by the university",
}
CONTEXT = "https://schema.org"


def provider(d: Disclosures, lang: str) -> dict[str, Any]:
    identity = d.about.identity
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
    if about.location is not None:
        shown.append(about.location)
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": about.location.address.get(lang),
            "addressLocality": identity.city.get(lang),
            "addressCountry": about.location.country,
        }
    if about.phones is not None:
        shown.append(about.phones)
        data["telephone"] = [phone.number for phone in about.phones.items]
    if about.emails is not None:
        shown.append(about.emails)
        data["email"] = [email.address for email in about.emails.items]
    if about.founding is not None:
        shown.append(about.founding)
        data["foundingDate"] = about.founding.founded.isoformat()
    if about.registration is not None:
        shown.append(about.registration)
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "BIN",
            "value": about.registration.bin,
        }
    if about.head is not None:
        shown.append(about.head)
        data["employee"] = {
            "@type": "Person",
            "name": about.head.name.get(lang),
            "jobTitle": about.head.title.get(lang),
        }
    if any(not item.verified for item in shown):
        data["disambiguatingDescription"] = SAMPLE[lang]
    return data


def programme(d: Disclosures, p: Programme, lang: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "EducationalOccupationalProgram",
        "name": p.name.get(lang) if p.name else p.code,
        "identifier": p.code,
        "educationalLevel": DEGREE_LEVEL[p.level].get(lang),
        "provider": provider(d, lang),
        "inLanguage": list(p.languages),
        "timeToComplete": p.iso_duration,
        "numberOfCredits": p.credits,
        "educationalProgramMode": sorted({d.form(form).mode for form in p.forms}),
    }
    if p.qualification is not None:
        data["educationalCredentialAwarded"] = {
            "@type": "EducationalOccupationalCredential",
            "name": p.qualification.get(lang),
            "credentialCategory": "degree",
        }
    courses = d.disciplines_of(p.code)
    if courses:
        data["hasCourse"] = [
            {
                "@type": "Course",
                "name": course.name.get(lang),
                **({"courseCode": course.code} if course.code else {}),
                "numberOfCredits": course.credits,
            }
            for course in courses
        ]
    if not p.verified:
        data["disambiguatingDescription"] = SAMPLE[lang]
    return data
