"""The compliance register: for each clause, the items that answer it and the computed status.

A clause is complete when every item it requires is present and confirmed, unverified when
all are present but some are sample or unconfirmed data, incomplete when any is missing.
Stale (past the review date of any of its items) is shown beside the status.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import DOCUMENT_KIND, RESOURCE_CATEGORY
from kazutb_transparency.disclosures.models import RESOURCE_CATEGORIES
from kazutb_transparency.disclosures.register_rows import Evidence, RegisterRow, missing
from kazutb_transparency.organisation import Units

# Clauses of §9.7.1–9.7.2 that the register must always have a row for.
REQUIRED_CLAUSES: tuple[str, ...] = (
    "9.7.1.1",
    "9.7.1.2",
    "9.7.1.3",
    "9.7.1.4",
    "9.7.1.5",
    "9.7.1.6",
    "9.7.1.7",
    "9.7.1.8",
    "9.7.2.1",
    "9.7.2.2",
    "9.7.2.3",
)


def _l(kk: str, ru: str, en: str) -> Localized:
    return Localized(kk=kk, ru=ru, en=en)


# Document kinds a clause cannot do without; the others count when present.
REQUIRED_KINDS: frozenset[str] = frozenset(
    {
        "charter",
        "licence",
        "licence-annex",
        "accreditation-certificate",
        "certificate-annex",
        "methodological",
        "development-programme",
        "report",
        "goals-declaration",
    }
)

PART: dict[str, Localized] = localized("disclosures_register_part")


def _joined(*parts: Localized) -> Localized:
    return _l(*(": ".join(part.get(lang) for part in parts) for lang in ("kk", "ru", "en")))


def _code(code: str, part: Localized) -> Localized:
    return _l(*(f"{code}: {part.get(lang)}" for lang in ("kk", "ru", "en")))


def _documents(d: Disclosures, *kinds: str) -> list[Evidence]:
    """Each current document of each kind, its file required; a required kind with none
    is missing."""
    out: list[Evidence] = []
    for kind in kinds:
        entries = d.documents_of(kind, current=True)
        if not entries and kind in REQUIRED_KINDS:
            out.append(missing(DOCUMENT_KIND[kind]))
        for entry in entries:
            doc = entry.document
            if entry.file is None:
                out.append(missing(_joined(doc.title, PART["file"]), doc))
            else:
                out.append(Evidence(doc.title, doc))
    return out


def _contacts(d: Disclosures, units: Units) -> list[Evidence]:
    about = d.about
    out = []
    for name in ("founding", "location", "schedule", "phones", "emails"):
        item = getattr(about, name)
        out.append(Evidence(PART[name], item) if item is not None else missing(PART[name]))
    return out


def _structure(d: Disclosures, units: Units) -> list[Evidence]:
    chart_unverified = any(not unit.confirmed for unit in units)
    out = [Evidence(PART["structure"], d.about.structure, relies_on_unverified=chart_unverified)]
    out += [Evidence(f.name, f) for f in d.faculties] or [missing(PART["faculties"])]
    return out


def _forms(d: Disclosures, units: Units) -> list[Evidence]:
    return [Evidence(f.name, f) for f in d.forms] or [missing(PART["forms"])]


def _accreditation_terms(d: Disclosures, units: Units) -> list[Evidence]:
    out = []
    for programme in d.programmes:
        records = d.accreditations_of(programme.code)
        label = _code(programme.code, PART["accreditation"])
        if records:
            out.append(Evidence(label, max(records, key=lambda r: r.updated)))
        else:
            out.append(missing(label, programme))
    return out or [missing(PART["programmes"])]


def _programmes(d: Disclosures, units: Units) -> list[Evidence]:
    out = []
    for p in d.programmes:
        parts = [
            ("name", p.name is not None),
            ("outcomes", bool(p.learning_outcomes)),
            ("disciplines", bool(d.disciplines_of(p.code))),
        ]
        gaps = [name for name, present in parts if not present]
        # §9.7.1.6 asks for programmes and their disciplines; learning outcomes are extra.
        out += [missing(_code(p.code, PART[name]), p, name == "outcomes") for name in gaps]
        if not [name for name in gaps if name != "outcomes"]:
            out.append(Evidence(_code(p.code, p.name or PART["name"]), p))
    return out or [missing(PART["programmes"])]


def _head(d: Disclosures, units: Units) -> list[Evidence]:
    head = d.about.head
    if head is None:
        return [missing(PART["head"])]
    # §9.7.1.7 asks for the head's name; the date of taking office is extra.
    since = Evidence(PART["since"], head) if head.since else missing(PART["since"], head, True)
    return [Evidence(PART["head"], head), since]


def _resources(d: Disclosures, units: Units) -> list[Evidence]:
    out = []
    for category in RESOURCE_CATEGORIES:
        items = [r for r in d.resources if r.category == category]
        out += [Evidence(r.name, r) for r in items] or [missing(RESOURCE_CATEGORY[category])]
    return out


Rule = Callable[[Disclosures, Units], list[Evidence]]

RULES: dict[str, Rule] = {
    "9.7.1.1": _contacts,
    "9.7.1.2": _structure,
    "9.7.1.3": _forms,
    "9.7.1.4": _accreditation_terms,
    "9.7.1.5": lambda d, u: _documents(d, "methodological", "quality"),
    "9.7.1.6": _programmes,
    "9.7.1.7": _head,
    "9.7.1.8": _resources,
    "9.7.2.1": lambda d, u: _documents(d, "charter"),
    "9.7.2.2": lambda d, u: _documents(d, "licence", "licence-annex"),
    "9.7.2.3": lambda d, u: _documents(d, "accreditation-certificate", "certificate-annex"),
    "9.7.3": lambda d, u: _documents(d, "development-programme"),
    "8.3.6": lambda d, u: _documents(d, "report"),
    "8.5.5": lambda d, u: _documents(d, "goals-declaration"),
}


def build_register(
    d: Disclosures, units: Units, answered: Mapping[str, list[Evidence]] | None = None
) -> tuple[RegisterRow, ...]:
    """The register's rows: the clauses of the disclosures by their rules, and those another
    domain answers (the applicants' pages) by the evidence it gives in `answered`."""
    answered = answered or {}
    rows = [
        RegisterRow(c, tuple(RULES[c.clause](d, units)), d.today)
        if c.clause in RULES
        else RegisterRow(c, tuple(answered[c.clause]), d.today)
        for c in d.clauses
        if c.clause in RULES or c.clause in answered
    ]
    # The invariant block (§9.7) first, then the variative items, each in clause order.
    return tuple(sorted(rows, key=lambda row: (row.clause.block != "invariant", row.clause.key)))
