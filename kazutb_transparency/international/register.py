"""What international cooperation gives the compliance register: clause 9.8, the
variative block the university publishes by its own decision."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.disclosures.register_rows import Evidence, missing
from kazutb_transparency.international.content import International

PART: dict[str, Localized] = localized("international_register_part")
CLAUSES: tuple[str, ...] = ("9.8",)
_LANGS = ("kk", "ru", "en")


def _partners(i: International) -> list[Evidence]:
    if i.partners is None:
        return [missing(PART["partners"])]
    in_force = [p for p in i.partners if p.in_force(i.today)]
    if not in_force:
        return [missing(PART["agreements"])]
    newest = max(in_force, key=lambda p: (p.updated, p.id))
    return [Evidence(PART["agreements"], newest)]


def _mobility(i: International) -> list[Evidence]:
    if i.mobility is None:
        return [missing(PART["mobility"])]
    if not i.mobility:  # a university may have none: said, not a gap
        return [missing(PART["mobility"], optional=True)]
    return [Evidence(PART["mobility"], max(i.mobility, key=lambda m: (m.updated, m.id)))]


def _students(i: International) -> list[Evidence]:
    # The last academic year that has begun before this one: it must be counted.
    year = i.today.year - 1
    label = Localized(
        **{lang: f"{PART['students'].get(lang)} {year}–{year + 1}" for lang in _LANGS}
    )
    found = next((y for y in i.student_years or () if y.year == year), None)
    return [Evidence(label, found) if found else missing(label)]


def register_evidence(i: International) -> dict[str, list[Evidence]]:
    """{clause: the evidence this domain gives it}."""
    return {"9.8": [*_partners(i), *_mobility(i), *_students(i)]}
