"""The compliance register: for each clause, the items that answer it and the computed status.

A clause is complete when every item it requires is present and confirmed, unverified when
all are present but some are sample or unconfirmed data, incomplete when any is missing.
Stale (past the review date of any of its items) is shown beside the status.

Where the register reads a page value by value (`PAGE_VALUES`: the page "About the
university"), a clause naming that page is judged on the values the page shows for it —
or on every value of the page when the clause is about the page as a whole (§8.3.1) — from
the same records the page renders: two clauses about one page never disagree about a value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.core.locale_format import year_range
from kazutb_transparency.disclosures.about import PAGE as ABOUT_PAGE
from kazutb_transparency.disclosures.about import about_sections
from kazutb_transparency.disclosures.accreditation import Status
from kazutb_transparency.disclosures.calendar import current_calendar
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.coverage import Coverage
from kazutb_transparency.disclosures.documents import EXPLAINED_KINDS, KIND_CLAUSES
from kazutb_transparency.disclosures.labels import DOCUMENT_KIND, RESOURCE_CATEGORY
from kazutb_transparency.disclosures.lacking import lacking_phrase
from kazutb_transparency.disclosures.models import RESOURCE_CATEGORIES, Clause
from kazutb_transparency.disclosures.programmes import Programme
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
        "financial-statements",
        "annual-report",
        "anti-corruption-policy",
        "paid-education-contract",
        "tuition-fee-order",
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


# The page's own words: each value is named in the register as the page names it.
ABOUT: dict[str, dict[str, str]] = catalog("disclosures_about")


def _about_values(d: Disclosures) -> list[tuple[tuple[str, ...], Evidence]]:
    """Every value the page "About the university" shows, with the clauses it answers:
    a section without a record, or a value without data, is what the page says it has no
    information on."""
    out = []
    for section in about_sections(d.about):
        heading = ABOUT[section.heading]
        record = section.record
        if record is None:
            out.append((section.clauses, missing(Localized(**heading))))
            continue
        for value in section.values:
            label = Localized(
                **{
                    lang: heading[lang]
                    if value.label is None
                    else f"{heading[lang]}: {ABOUT[value.label][lang]}"
                    for lang in _LANGS
                }
            )
            if all(getattr(record, f) in (None, [], {}) for f in value.fields):
                evidence = missing(label, record)
            else:
                evidence = Evidence(label, record, fields=value.fields)
            out.append((section.clauses, evidence))
    return out


# The pages the register reads value by value, from the records the page itself shows.
PAGE_VALUES: dict[str, Callable[[Disclosures], list[tuple[tuple[str, ...], Evidence]]]] = {
    ABOUT_PAGE: _about_values,
}


def _page_evidence(clause: Clause, d: Disclosures) -> list[Evidence]:
    """The values of the clause's pages that answer it; every value of a page when the
    clause is about the page as a whole (no value of the page names it)."""
    out: list[Evidence] = []
    for page in clause.pages:
        values = PAGE_VALUES.get(page)
        if values is None:
            continue
        shown = values(d)
        answered = {c for clauses, _ in shown for c in clauses}
        whole = clause.clause not in answered
        out += [e for clauses, e in shown if whole or clause.clause in clauses]
    return out


def _structure(d: Disclosures, units: Units) -> list[Evidence]:
    chart_unverified = any(not unit.confirmed for unit in units)
    structure = d.about.structure
    out = [
        Evidence(PART["structure"], structure, relies_on_unverified=chart_unverified)
        if structure is not None
        else missing(PART["structure"])
    ]
    out += [Evidence(f.name, f) for f in d.faculties] or [missing(PART["faculties"])]
    return out + _unit_regulations(d, units)


def _unit_regulations(d: Disclosures, units: Units) -> list[Evidence]:
    """Each structural unit's regulation, published as a file: what the unit does and whom
    it answers to is part of the structure (§9.7.1.2). Required: a unit without one is
    missing, as the page says. Governance bodies, executive roles and collegial bodies act
    under the charter and their own rules, which the documents of §9.7.2 and §8.3.5 give."""
    out: list[Evidence] = []
    for unit in units:
        if unit.kind != "unit":
            continue
        if unit.regulation is None:
            out.append(missing(_joined(unit.name, PART["regulation"])))
            continue
        entry = d.document(unit.regulation)
        doc = entry.document
        if entry.file is None:
            out.append(missing(_joined(doc.title, PART["file"]), doc))
        else:
            out.append(Evidence(doc.title, doc))
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
        covered = d.coverage_of(p)
        parts = [
            ("name", p.name is not None),
            ("outcomes", bool(p.learning_outcomes)),
            ("disciplines", covered.disciplines != "none"),
        ]
        gaps = [name for name, present in parts if not present]
        # §9.7.1.6 asks for programmes and their disciplines; learning outcomes are extra.
        out += [missing(_code(p.code, PART[name]), p, name == "outcomes") for name in gaps]
        if covered.disciplines in ("partial", "over"):
            # Disciplines for only part of the programme's credits are not its disciplines.
            out.append(missing(_code(p.code, _credits_listed(covered)), p))
            gaps.append("credits")
        if not [name for name in gaps if name != "outcomes"]:
            out.append(Evidence(_code(p.code, p.name or PART["name"]), p))
        out += _curriculum(d, p)
    return out or [missing(PART["programmes"])]


def _credits_listed(covered: Coverage) -> Localized:
    """«пәндер мен модульдер (көрсетілген кредит: 95, барлығы: 240)», "… (credits listed:
    95 of 240)"."""
    return _l(
        *(
            PART["credits_listed"].get(lang).format(listed=covered.listed, total=covered.total)
            for lang in _LANGS
        )
    )


def _decision_reports(d: Disclosures) -> list[Evidence]:
    """§9.7.2.3 (and ESG 2.6): the report of every decision not yet expired, published as a
    file; an expired decision is history, shown with its report or without."""
    out = []
    for record in sorted(d.accreditations, key=lambda r: (r.valid_from, r.id)):
        if d.status_of(record) is Status.EXPIRED:
            continue
        name = record.certificate_number or record.id
        if record.report is None:
            out.append(missing(_joined(_l(name, name, name), PART["report"]), record))
            continue
        entry = d.document(record.report)
        doc = entry.document
        if entry.file is None:
            out.append(missing(_joined(doc.title, PART["file"]), doc))
        else:
            out.append(Evidence(doc.title, doc))
    return out


def _curriculum(d: Disclosures, p: Programme) -> list[Evidence]:
    """A programme's curriculum and its approval, published as a file (§9.7.1.6)."""
    if p.curriculum is None:
        return [missing(_code(p.code, PART["curriculum"]), p)]
    entry = d.document(p.curriculum)
    if entry.file is None:
        return [missing(_joined(entry.document.title, PART["file"]), entry.document)]
    return [Evidence(entry.document.title, entry.document)]


def _calendar(d: Disclosures) -> list[Evidence]:
    """§9.7.1.5: the academic calendar of the year (about/calendar.md)."""
    calendar = current_calendar(d.calendars)
    if calendar is None:
        return [missing(PART["calendar"])]
    return [
        Evidence(_joined(PART["calendar"], _l(*[year_range(calendar.academic_year)] * 3)), calendar)
    ]


def _resources(d: Disclosures, units: Units) -> list[Evidence]:
    out = []
    for category in RESOURCE_CATEGORIES:
        items = [r for r in d.resources if r.category == category]
        out += [Evidence(r.name, r) for r in items] or [missing(RESOURCE_CATEGORY[category])]
    return out


def _open_data(d: Disclosures, units: Units) -> list[Evidence]:
    # The datasets are written from the data at every build; what they hold is as confirmed
    # as the data, and their licence still awaits the university's approval.
    return [Evidence(PART["opendata"], None, relies_on_unverified=True)]


def _explained(d: Disclosures, units: Units) -> list[Evidence]:
    """§8.3.7: every current plan, policy and programme says why it exists and what for."""
    out = []
    for entry in d.documents_of(*sorted(EXPLAINED_KINDS), current=True):
        doc = entry.document
        if doc.purpose is None:
            out.append(missing(_joined(doc.title, PART["purpose"]), doc))
        else:
            out.append(Evidence(_joined(doc.title, PART["purpose"]), doc))
    return out or [missing(PART["explained"])]


def _three_languages(d: Disclosures, units: Units) -> list[Evidence]:
    """§11.6: every current document in kk, ru and en; each one lacking a language is listed."""
    out = []
    for entry in d.documents_of(*KIND_CLAUSES, current=True):
        doc = entry.document
        lacking = doc.lacking_languages
        if lacking:
            label = _l(
                *(
                    f"{doc.title.get(lang)}: {lacking_phrase(lacking, lang, 'register')}"
                    for lang in _LANGS
                )
            )
            out.append(missing(label, doc))
        else:
            out.append(Evidence(doc.title, doc))
    return out or [missing(PART["documents"])]


_LANGS = ("kk", "ru", "en")

Rule = Callable[[Disclosures, Units], list[Evidence]]

RULES: dict[str, Rule] = {
    "9.7.1.2": _structure,
    "9.7.1.3": _forms,
    "9.7.1.4": _accreditation_terms,
    "9.7.1.5": lambda d, u: [
        *_documents(d, "methodological", "quality-policy", "quality"),
        *_calendar(d),
    ],
    "9.7.1.6": _programmes,
    "9.7.1.8": _resources,
    "9.7.2.1": lambda d, u: _documents(d, "charter"),
    "9.7.2.2": lambda d, u: _documents(d, "licence", "licence-annex"),
    "9.7.2.3": lambda d, u: [
        *_documents(d, "accreditation-certificate", "certificate-annex"),
        *_decision_reports(d),
    ],
    "9.7.3": lambda d, u: _documents(
        d,
        "development-programme",
        "financial-statements",
        "annual-report",
        "procurement-plan",
        "paid-education-contract",
        "tuition-fee-order",
        "procurement-report",
    ),
    "8.3.2": _open_data,
    "8.3.6": lambda d, u: _documents(d, "report"),
    "8.3.7": _explained,
    "8.5.5": lambda d, u: _documents(d, "goals-declaration"),
    "11.6": _three_languages,
}

# Evidence other domains give for a clause (the transparency mechanisms of §8.3), by clause.
OtherEvidence = Mapping[str, Sequence[Evidence]]


def build_register(
    d: Disclosures, units: Units, other: OtherEvidence | None = None
) -> tuple[RegisterRow, ...]:
    """Each clause's row: the values of its pages read value by value (`PAGE_VALUES`), the
    evidence of its rule here, then what other domains give."""
    extra = other or {}
    rows = [
        RegisterRow(
            c,
            (
                *_page_evidence(c, d),
                *(RULES[c.clause](d, units) if c.clause in RULES else ()),
                *extra.get(c.clause, ()),
            ),
            d.today,
        )
        for c in d.clauses
    ]
    # The invariant block (§9.7) first, then the variative items, each in clause order.
    return tuple(sorted(rows, key=lambda row: (row.clause.block != "invariant", row.clause.key)))
