"""The disclosures as open data: `programmes`, `disciplines`, `accreditations`, `documents`
and `disclosure-register`.

Statuses (accreditation status, stale) are computed on the build date, like the pages.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.core.opendata.dataset import (
    REGULATION,
    Dataset,
    Field,
    localized_fields,
    localized_values,
)
from kazutb_transparency.core.provenance import MIXED, STATES, Sourced
from kazutb_transparency.disclosures.accreditation import Agency, Status
from kazutb_transparency.disclosures.calendar import PERIOD_KINDS
from kazutb_transparency.disclosures.common import LEVELS, PROGRAMME_CODE, Dated
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.documents import KIND_CLAUSES
from kazutb_transparency.disclosures.labels import FIELD, PROVENANCE_MARK
from kazutb_transparency.disclosures.register_rows import Evidence, RegisterRow
from kazutb_transparency.organisation import Units

# Titles and descriptions of the datasets' fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_disclosures")
# Sentences of the open-data schemas with {placeholders}: data/interface/<lang>.yaml.
SENTENCES = catalog("datasets_sentences")
LANGUAGE_NAMES = catalog("language_names")
REGISTER_WORDS = catalog("disclosures_register")
LANGS3 = ("kk", "ru", "en")


def _in_language(template: dict[str, str], of: str) -> tuple[str, str, str]:
    """A column's title naming the language of its values («…, қазақша», "…, in Kazakh")."""
    return tuple(fill(template[lang], language=LANGUAGE_NAMES[lang][of]) for lang in LANGS3)  # type: ignore[return-value]


T = Localized


def _f(name: str, kind: Any, key: str, **extra: Any) -> Field:
    """A field titled by the catalog's `key` and described by `key.meaning`: what it counts
    or says, its unit and where it comes from (data/interface/<lang>.yaml)."""
    return Field(name, kind, TEXTS[key], TEXTS[f"{key}.meaning"], **extra)


def _loc(prefix: str, key: str, required: bool = False) -> tuple[Field, ...]:
    fields = localized_fields(prefix, TEXTS[key], TEXTS[f"{key}.meaning"])
    return tuple(replace(f, required=f.required and required) for f in fields)


def _in_language_field(name: str, sentence: str, lang: str) -> Field:
    """A list column of one language (`learning_outcomes_kk`…): its title and its meaning
    are sentences of the catalog naming the language."""
    return Field(
        f"{name}_{lang}",
        "array",
        T(**dict(zip(LANGS3, _in_language(SENTENCES[sentence], lang), strict=True))),
        T(**dict(zip(LANGS3, _in_language(SENTENCES[f"{sentence}_meaning"], lang), strict=True))),
    )


PROVENANCE_FIELDS: tuple[Field, ...] = (
    Field(
        "provenance",
        "string",
        TEXTS["provenance_fields.provenance.title"],
        TEXTS["provenance_fields.provenance.description"],
        required=True,
        enum=(*STATES, MIXED),
    ),
    Field(
        "provenance_fields",
        "string",
        TEXTS["provenance_fields.provenance_fields.title"],
        TEXTS["provenance_fields.provenance_fields.description"],
    ),
)


def _provenance(item: Sourced) -> dict[str, Any]:
    return {"provenance": item.overall, "provenance_fields": item.detail() or None}


META_FIELDS: tuple[Field, ...] = (
    _f("posted", "date", "meta_fields.posted", required=True),
    _f("updated", "date", "meta_fields.updated", required=True),
    _f("review_due", "date", "meta_fields.review_due", required=True),
    _f("review_months", "integer", "meta_fields.review_months", required=True, minimum=1),
    *PROVENANCE_FIELDS,
    *_loc("source", "meta_fields.source_kk_ru_en", required=True),
)


def meta_values(item: Dated) -> dict[str, Any]:
    """The dates, provenance and source columns of a record (META_FIELDS)."""
    return {
        "posted": item.posted,
        "updated": item.updated,
        "review_due": item.review_due(),
        "review_months": item.review_months,
        **_provenance(item),
        **localized_values("source", item.source),
    }


# The agency's own record beside the accreditation's: its short name, website, dates,
# provenance and source (the accreditation's columns carry the accreditation's own).
AGENCY_FIELDS: tuple[Field, ...] = (
    _f("agency_abbreviation", "string", "accreditations.agency_abbreviation"),
    _f("agency_website", "string", "accreditations.agency_website"),
    _f("agency_posted", "date", "accreditations.agency_posted", required=True),
    _f("agency_updated", "date", "accreditations.agency_updated", required=True),
    _f(
        "agency_review_months",
        "integer",
        "accreditations.agency_review_months",
        required=True,
        minimum=1,
    ),
    _f(
        "agency_provenance",
        "string",
        "accreditations.agency_provenance",
        required=True,
        enum=(*STATES, MIXED),
    ),
    _f("agency_provenance_fields", "string", "accreditations.agency_provenance_fields"),
    *_loc("agency_source", "accreditations.agency_source_kk_ru_en", required=True),
)


def _agency_values(agency: Agency) -> dict[str, Any]:
    """The values of AGENCY_FIELDS."""
    return {
        "agency_abbreviation": agency.abbreviation,
        "agency_website": agency.website,
        "agency_posted": agency.posted,
        "agency_updated": agency.updated,
        "agency_review_months": agency.review_months,
        **{f"agency_{name}": value for name, value in _provenance(agency).items()},
        **localized_values("agency_source", agency.source),
    }


def _updated(items: list[Dated], fallback: date) -> date:
    return max((item.updated for item in items), default=fallback)


def _sources(items: list[Dated]) -> tuple[Localized, ...]:
    unique = {item.source.get("en"): item.source for item in items}
    return tuple(unique[key] for key in sorted(unique)) or (TEXTS["no_records"],)


def _list(values: list[Localized], lang: str) -> list[str]:
    return [value.get(lang) for value in values]


def _number(value: float) -> int | float:
    return int(value) if value == int(value) else value


STATUS_ENUM = tuple(status.value for status in Status)


def programmes_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f(
            "code",
            "string",
            "programmes.code",
            required=True,
            unique=True,
            pattern=PROGRAMME_CODE,
        ),
        _f("level", "string", "programmes.level", required=True, enum=LEVELS),
        _f(
            "field_code",
            "string",
            "programmes.field_code",
            required=True,
            enum=tuple(FIELD),
        ),
        *_loc("field", "programmes.field_kk_ru_en", required=True),
        *_loc("name", "programmes.name_kk_ru_en"),
        _f("faculty", "string", "programmes.faculty", required=True),
        *_loc("faculty", "programmes.faculty_kk_ru_en", required=True),
        _f(
            "languages",
            "array",
            "programmes.languages",
            required=True,
        ),
        _f(
            "forms",
            "array",
            "programmes.forms",
            required=True,
        ),
        _f(
            "duration_years",
            "number",
            "programmes.duration_years",
            required=True,
            minimum=0.5,
        ),
        _f(
            "time_to_complete",
            "string",
            "programmes.time_to_complete",
            required=True,
        ),
        _f(
            "credits",
            "integer",
            "programmes.credits",
            required=True,
            minimum=1,
        ),
        *_loc("qualification", "programmes.qualification_kk_ru_en"),
        *(_in_language_field("learning_outcomes", "learning_outcomes", lang) for lang in LANGS3),
        _f(
            "disciplines",
            "integer",
            "programmes.disciplines",
            required=True,
            minimum=0,
        ),
        _f(
            "credits_listed",
            "integer",
            "programmes.credits_listed",
            required=True,
            minimum=0,
        ),
        _f(
            "curriculum_complete",
            "boolean",
            "programmes.curriculum_complete",
            required=True,
        ),
        _f(
            "accreditation_status",
            "string",
            "programmes.accreditation_status",
            required=True,
            enum=STATUS_ENUM,
        ),
        _f(
            "accredited_until",
            "date",
            "programmes.accredited_until",
        ),
        _f("curriculum", "string", "programmes.curriculum"),
        *META_FIELDS,
    )
    rows = []
    for p in d.programmes:
        faculty = d.faculty(p.faculty)
        status, record = d.programme_status(p.code)
        covered = d.coverage_of(p)
        row = {
            "code": p.code,
            "level": p.level,
            "field_code": p.field_code,
            **localized_values("field", FIELD[p.field_code]),
            **localized_values("name", p.name),
            "faculty": p.faculty,
            **localized_values("faculty", faculty.name),
            "languages": list(p.languages),
            "forms": list(p.forms),
            "duration_years": _number(p.duration_years),
            "time_to_complete": p.iso_duration,
            "credits": p.credits,
            **localized_values("qualification", p.qualification),
            **{
                f"learning_outcomes_{lang}": _list(p.learning_outcomes, lang)
                for lang in ("kk", "ru", "en")
            },
            "disciplines": len(d.disciplines_of(p.code)),
            "credits_listed": covered.listed,
            "curriculum_complete": covered.complete,
            "accreditation_status": status.value,
            "accredited_until": record.valid_until if record else None,
            "curriculum": p.curriculum,
            **meta_values(p),
        }
        rows.append(row)
    return Dataset(
        name="programmes",
        title=TEXTS["programmes.title"],
        description=TEXTS["programmes.description"],
        fields=fields,
        rows=rows,
        primary_key=("code",),
        updated=_updated(list(d.programmes), d.today),
        sources=_sources(list(d.programmes)),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.6; ESG 2015, 1.8",
            ru=f"{REGULATION}, 9.7.1.6; ESG 2015, 1.8",
            en=f"{REGULATION}, 9.7.1.6; ESG 2015, 1.8",
        ),
        pages=("programmes/index.md",),
    )


def disciplines_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f(
            "programme",
            "string",
            "disciplines.programme",
            required=True,
            pattern=PROGRAMME_CODE,
        ),
        _f("semester", "integer", "disciplines.semester", required=True, minimum=1),
        *_loc("name", "disciplines.name_kk_ru_en", required=True),
        _f("code", "string", "disciplines.code"),
        _f(
            "credits",
            "integer",
            "disciplines.credits",
            required=True,
            minimum=1,
        ),
        _f(
            "cycle",
            "string",
            "disciplines.cycle",
            required=True,
            enum=("general", "basic", "major", "final"),
        ),
        _f(
            "component",
            "string",
            "disciplines.component",
            required=True,
            enum=("compulsory", "university", "elective"),
        ),
        replace(PROVENANCE_FIELDS[0], enum=STATES),
    )
    rows = [
        {
            "programme": c.programme,
            "semester": c.semester,
            **localized_values("name", c.name),
            "code": c.code,
            "credits": c.credits,
            "cycle": c.cycle,
            "component": c.component,
            "provenance": p.state("disciplines"),
        }
        for p in d.programmes
        for c in d.disciplines_of(p.code)
    ]
    with_disciplines = [p for p in d.programmes if d.disciplines_of(p.code)]
    return Dataset(
        name="disciplines",
        title=TEXTS["disciplines.title"],
        description=TEXTS["disciplines.description"],
        fields=fields,
        rows=rows,
        primary_key=("programme", "semester", "name_kk"),
        updated=_updated(list(with_disciplines), d.today),
        sources=_sources(list(with_disciplines)),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.6", ru=f"{REGULATION}, 9.7.1.6", en=f"{REGULATION}, 9.7.1.6"
        ),
        pages=("programmes/index.md",),
    )


def accreditations_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f("id", "string", "accreditations.id", required=True, unique=True),
        _f("agency", "string", "accreditations.agency", required=True),
        *_loc("agency_name", "accreditations.agency_name_kk_ru_en", required=True),
        _f(
            "agency_country",
            "string",
            "accreditations.agency_country",
            required=True,
        ),
        _f(
            "agency_registers",
            "array",
            "accreditations.agency_registers",
        ),
        _f(
            "activity",
            "string",
            "accreditations.activity",
            required=True,
            enum=("institutional", "programme"),
        ),
        _f(
            "basis",
            "string",
            "accreditations.basis",
            required=True,
            enum=("obligatory", "voluntary"),
        ),
        _f(
            "decision",
            "string",
            "accreditations.decision",
            required=True,
            enum=("positive", "positive-with-conditions", "negative"),
        ),
        _f(
            "certificate_number",
            "string",
            "accreditations.certificate_number",
        ),
        _f("valid_from", "date", "accreditations.valid_from", required=True),
        _f(
            "valid_until",
            "date",
            "accreditations.valid_until",
            required=True,
        ),
        _f(
            "status",
            "string",
            "accreditations.status",
            required=True,
            enum=STATUS_ENUM,
        ),
        _f("programmes", "array", "accreditations.programmes"),
        _f(
            "certificate_document",
            "string",
            "accreditations.certificate_document",
        ),
        _f(
            "report_document",
            "string",
            "accreditations.report_document",
        ),
        _f("deqar_url", "string", "accreditations.deqar_url"),
        _f("agency_deqar_id", "integer", "accreditations.agency_deqar_id", minimum=1),
        *AGENCY_FIELDS,
        *META_FIELDS,
    )
    rows = []
    for a in d.accreditations:
        agency = d.agencies[a.agency]
        rows.append(
            {
                "id": a.id,
                "agency": a.agency,
                **localized_values("agency_name", agency.name),
                "agency_country": agency.country,
                "agency_registers": list(agency.registers),
                "activity": a.activity,
                "basis": a.basis,
                "decision": a.decision,
                "certificate_number": a.certificate_number,
                "valid_from": a.valid_from,
                "valid_until": a.valid_until,
                "status": d.status_of(a).value,
                "programmes": list(a.programmes),
                "certificate_document": a.certificate,
                "report_document": a.report,
                "deqar_url": a.deqar_url,
                "agency_deqar_id": agency.deqar_id,
                **_agency_values(agency),
                **meta_values(a),
            }
        )
    return Dataset(
        name="accreditations",
        title=TEXTS["accreditations.title"],
        description=TEXTS["accreditations.description"],
        fields=fields,
        rows=rows,
        primary_key=("id",),
        updated=_updated(list(d.accreditations), d.today),
        sources=_sources(list(d.accreditations)),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.4, 9.7.2.3",
            ru=f"{REGULATION}, 9.7.1.4, 9.7.2.3",
            en=f"{REGULATION}, 9.7.1.4, 9.7.2.3",
        ),
        pages=("accreditation/index.md",),
    )


def documents_dataset(d: Disclosures) -> Dataset:
    fields = (
        _f("id", "string", "documents.id", required=True, unique=True),
        _f(
            "kind",
            "string",
            "documents.kind",
            required=True,
            enum=tuple(KIND_CLAUSES),
        ),
        *_loc("title", "documents.title_kk_ru_en", required=True),
        _f("number", "string", "documents.number"),
        _f(
            "protocol",
            "string",
            "documents.protocol",
        ),
        _f("date", "date", "documents.date", required=True),
        *_loc(
            "issuer",
            "documents.issuer_kk_ru_en",
            required=True,
        ),
        _f("period", "string", "documents.period"),
        _f("languages", "array", "documents.languages"),
        *_loc("purpose", "documents.purpose_kk_ru_en"),
        _f("file", "string", "documents.file"),
        _f("bytes", "integer", "documents.bytes", minimum=0),
        _f(
            "sha256",
            "string",
            "documents.sha256",
            pattern="^[0-9a-f]{64}$",
        ),
        _f(
            "status",
            "string",
            "documents.status",
            required=True,
            enum=("current", "superseded"),
        ),
        _f(
            "superseded_by",
            "string",
            "documents.superseded_by",
        ),
        _f("annex_of", "string", "documents.annex_of"),
        _f(
            "clauses",
            "array",
            "documents.clauses",
            required=True,
        ),
        *META_FIELDS,
    )
    rows = []
    for entry in d.documents:
        doc, file = entry.document, entry.file
        rows.append(
            {
                "id": doc.id,
                "kind": doc.kind,
                **localized_values("title", doc.title),
                "number": doc.number,
                "protocol": doc.protocol,
                "date": doc.date,
                **localized_values("issuer", doc.issuer),
                "period": doc.period,
                "languages": list(doc.languages),
                **localized_values("purpose", doc.purpose),
                "file": file.published if file else None,
                "bytes": file.size if file else None,
                "sha256": file.sha256 if file else None,
                "status": "current" if doc.current else "superseded",
                "superseded_by": doc.superseded_by,
                "annex_of": doc.annex_of,
                "clauses": list(doc.clauses),
                **meta_values(doc),
            }
        )
    items = [e.document for e in d.documents]
    return Dataset(
        name="documents",
        title=TEXTS["documents.title"],
        description=TEXTS["documents.description"],
        fields=fields,
        rows=rows,
        primary_key=("id",),
        updated=_updated(items, d.today),
        sources=_sources(items),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.5, 9.7.2, 9.7.3, 8.3.6, 8.5.5",
            ru=f"{REGULATION}, 9.7.1.5, 9.7.2, 9.7.3, 8.3.6, 8.5.5",
            en=f"{REGULATION}, 9.7.1.5, 9.7.2, 9.7.3, 8.3.6, 8.5.5",
        ),
        pages=("about/documents.md", "about/reports.md"),
    )


def _unconfirmed(e: Evidence, lang: str) -> str:
    """A value not confirmed, as the register page names it, in plain text: "Location —
    placeholder", "6B04105: Accounting — code, name: public source; placeholder"."""
    parts = []
    for state, fields in e.reasons():
        if state is None:
            parts.append(REGISTER_WORDS["relies"][lang])
            continue
        word = PROVENANCE_MARK[state][lang].partition(" ")[2]
        names = [REGISTER_WORDS["other_values"][lang] if f == "*" else f for f in fields]
        parts.append(f"{', '.join(names)}: {word}" if names else word)
    return f"{e.label.get(lang)} — {'; '.join(parts)}"


def register_dataset(d: Disclosures, register: tuple[RegisterRow, ...], units: Units) -> Dataset:
    fields = (
        _f("clause", "string", "register.clause", required=True, unique=True),
        _f(
            "block",
            "string",
            "register.block",
            required=True,
            enum=("invariant", "variative"),
        ),
        *_loc("requirement", "register.requirement_kk_ru_en", required=True),
        _f(
            "pages",
            "array",
            "register.pages",
            required=True,
        ),
        _f(
            "status",
            "string",
            "register.status",
            required=True,
            enum=("complete", "incomplete", "unverified"),
        ),
        *(_in_language_field("missing", "missing", lang) for lang in LANGS3),
        *(_in_language_field("unconfirmed", "unconfirmed", lang) for lang in LANGS3),
        _f("stale", "boolean", "register.stale", required=True),
        _f("updated", "date", "register.updated"),
        _f("review_due", "date", "register.review_due"),
        _f(
            "unit",
            "string",
            "register.unit",
        ),
        *_loc(
            "unit_name",
            "register.unit_name_kk_ru_en",
        ),
        *PROVENANCE_FIELDS,
    )
    rows = [
        {
            "clause": row.clause.clause,
            "block": row.clause.block,
            **localized_values("requirement", row.clause.requirement),
            "pages": list(row.clause.pages),
            "status": row.status,
            **{f"missing_{lang}": _list(row.missing, lang) for lang in ("kk", "ru", "en")},
            **{
                f"unconfirmed_{lang}": [_unconfirmed(e, lang) for e in row.unverified]
                for lang in ("kk", "ru", "en")
            },
            "stale": row.stale,
            "updated": row.updated,
            "review_due": row.review_due,
            "unit": row.clause.unit,
            **localized_values(
                "unit_name", units.get(row.clause.unit).name if row.clause.unit else None
            ),
            **_provenance(row.clause),
        }
        for row in register
    ]
    dated = [row.updated for row in register if row.updated]
    return Dataset(
        name="disclosure-register",
        title=TEXTS["register.title"],
        description=TEXTS["register.description"],
        fields=fields,
        rows=rows,
        primary_key=("clause",),
        updated=max(dated, default=d.today),
        sources=(
            T(
                **{
                    of: fill(SENTENCES["register_source"][of], regulation=REGULATION)
                    for of in LANGS3
                }
            ),
        ),
        evidence=T(
            kk=f"{REGULATION}, 9.7; 14", ru=f"{REGULATION}, 9.7; 14", en=f"{REGULATION}, 9.7; 14"
        ),
        pages=("register/index.md",),
    )


def calendar_dataset(d: Disclosures) -> Dataset:
    """The academic calendar: one row per period of each academic year."""
    fields = (
        _f("academic_year", "string", "calendar.academic_year", required=True),
        _f("kind", "string", "calendar.kind", required=True, enum=PERIOD_KINDS),
        *_loc("name", "calendar.name_kk_ru_en", required=True),
        _f("start", "date", "calendar.start", required=True),
        _f("end", "date", "calendar.end", required=True),
        *META_FIELDS,
    )
    rows = [
        {
            "academic_year": c.academic_year,
            "kind": p.kind,
            **localized_values("name", p.name),
            "start": p.start,
            "end": p.end,
            **meta_values(c),
        }
        for c in sorted(d.calendars, key=lambda c: c.academic_year)
        for p in sorted(c.periods, key=lambda p: (p.start, p.end))
    ]
    return Dataset(
        name="academic-calendar",
        title=TEXTS["calendar.title"],
        description=TEXTS["calendar.description"],
        fields=fields,
        rows=rows,
        primary_key=("academic_year", "kind", "start"),
        updated=_updated(list(d.calendars), d.today),
        sources=_sources(list(d.calendars)),
        evidence=T(
            kk=f"{REGULATION}, 9.7.1.5", ru=f"{REGULATION}, 9.7.1.5", en=f"{REGULATION}, 9.7.1.5"
        ),
        pages=("about/calendar.md",),
    )


def disclosure_datasets(d: Disclosures, units: Units) -> list[Dataset]:
    return [
        programmes_dataset(d),
        disciplines_dataset(d),
        accreditations_dataset(d),
        documents_dataset(d),
        calendar_dataset(d),
    ]
