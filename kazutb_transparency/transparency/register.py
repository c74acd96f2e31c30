"""What the transparency mechanisms give the compliance register, clause by clause.

The register lives in the disclosures; this domain hands it the evidence of §8.3.4,
§8.3.5, §8.3.9 and the procurement, competitions, inspections and income and expenditure of
§9.7.3 (the documents of §9.7.3 are the disclosures' own).
"""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.register_rows import Evidence, missing
from kazutb_transparency.transparency.content import Transparency

PART: dict[str, Localized] = localized("transparency_register_part")

# The clauses this domain gives evidence for (register.yaml may name them).
CLAUSES: tuple[str, ...] = ("8.3.4", "8.3.5", "8.3.9", "9.7.3")


def _appeals(t: Transparency, d: Disclosures) -> list[Evidence]:
    out = [Evidence(PART["channels"], t.appeals) if t.appeals else missing(PART["channels"])]
    # The yearly count: the last full year must be there.
    last = t.today.year - 1
    year = next((y for y in t.appeal_years if y.year == last), None)
    label = Localized(**{lang: f"{PART['statistics'].get(lang)} {last}" for lang in _LANGS})
    out.append(Evidence(label, year) if year else missing(label))
    return out


def _councils(t: Transparency, d: Disclosures) -> list[Evidence]:
    out = [Evidence(body.name, body) for body in t.bodies]
    if not any(body.kind == "public-council" for body in t.bodies):
        out.append(missing(PART["public_council"]))
    return out


def _document(d: Disclosures, doc_id: str | None, label: Localized) -> Evidence:
    entry = next((e for e in d.documents if e.document.id == doc_id), None)
    if entry is None:
        return missing(label)
    if entry.file is None:
        file = Localized(
            **{
                lang: f"{entry.document.title.get(lang)}: {PART['file'].get(lang)}"
                for lang in _LANGS
            }
        )
        return missing(file, entry.document)
    return Evidence(entry.document.title, entry.document)


def _anti_corruption(t: Transparency, d: Disclosures) -> list[Evidence]:
    anti = t.anti_corruption
    # Open consultations are shown when there are any; none open is not a gap.
    out = [Evidence(c.title, c) for c in t.open_consultations()] or [
        missing(PART["consultations"], optional=True)
    ]
    # A consultation past its deadline owes its outcome: each one without it is a gap.
    out += [
        missing(_outcome_label(c.title), c) for c in t.consultations if c.lacks_outcome(t.today)
    ]
    if anti is None:
        return [*out, missing(PART["anti_corruption"])]
    out.append(_document(d, anti.policy, PART["policy"]))
    for name in ("email", "hotline"):
        out.append(Evidence(PART[name], anti) if getattr(anti, name) else missing(PART[name]))
    last = t.today.year - 1
    reports = [e for e in d.documents if e.document.id in anti.reports]
    latest = [e for e in reports if e.document.period == str(last)]
    label = Localized(**{lang: f"{PART['report'].get(lang)} {last}" for lang in _LANGS})
    out.append(_document(d, latest[0].document.id, label) if latest else missing(label))
    return out


def _other_by_law(t: Transparency, d: Disclosures) -> list[Evidence]:
    year = t.today.year
    plan = [p for p in t.procurement if p.year == year and p.stage == "plan"]
    result = [p for p in t.procurement if p.year == year - 1 and p.stage == "result"]
    out = []
    for items, key, when in ((plan, "procurement_plan", year), (result, "procurement", year - 1)):
        label = Localized(**{lang: f"{PART[key].get(lang)} {when}" for lang in _LANGS})
        out += [Evidence(label, p) for p in items] or [missing(label)]
    # Competitions are announced when posts are vacant: none open is not a gap.
    out += [Evidence(c.post, c) for c in t.open_competitions()] or [
        missing(PART["competitions"], optional=True)
    ]
    return [*out, _inspections(t), _finances(t)]


def _finances(t: Transparency) -> Evidence:
    """Income and expenditure of the last full financial year, which the audited statements
    cover; no file, or no record of that year, is missing."""
    last = t.today.year - 1
    # A whole phrase with its year in place: Russian «за 2025 год», never «за 2025».
    label = Localized(**{lang: fill(PART["finances"].get(lang), year=last) for lang in _LANGS})
    year = next((y for y in t.finances or () if y.year == last), None)
    return Evidence(label, year) if year else missing(label)


def _inspections(t: Transparency) -> Evidence:
    """Inspections by supervisory bodies: the list, dated by its newest record. No file is
    no information; a file with no record says there was no inspection, which is no gap."""
    if t.inspections is None:
        return missing(PART["inspections"])
    if not t.inspections:
        return missing(PART["no_inspections"], optional=True)
    return Evidence(PART["inspections"], t.inspections[0])


_LANGS = ("kk", "ru", "en")


def _outcome_label(title: Localized) -> Localized:
    """ "Outcome of the consultation: <title>"."""
    part = PART["consultation_outcome"]
    return Localized(**{lang: f"{part.get(lang)} {title.get(lang)}" for lang in _LANGS})


def register_evidence(t: Transparency, d: Disclosures) -> dict[str, list[Evidence]]:
    """{clause: the evidence this domain gives it}."""
    return {
        "8.3.4": _appeals(t, d),
        "8.3.5": _councils(t, d),
        "8.3.9": _anti_corruption(t, d),
        "9.7.3": _other_by_law(t, d),
    }
