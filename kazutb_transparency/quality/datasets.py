"""The quality system as open data: `qms-documents`, `audit-findings` and
`corrective-actions` (the actions of audits and of surveys, one row each)."""

from __future__ import annotations

from datetime import date

from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    Dataset,
    Field,
    localized_fields,
    localized_values,
)
from kazutb_transparency.core.provenance import provenance_column, weakest
from kazutb_transparency.processes import Registry
from kazutb_transparency.quality.actions import Capa, all_actions
from kazutb_transparency.quality.capa import is_overdue
from kazutb_transparency.quality.loading import QualitySystem
from kazutb_transparency.quality.models import LEVELS
from kazutb_transparency.surveys.loading import SurveyData

# Titles and descriptions of the datasets and their fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_quality")
STATUSES = ("planned", "in-progress", "done", "effective", "not-effective")


def _f(name: str, kind: str, **options: object) -> Field:
    return Field(
        name,
        kind,  # type: ignore[arg-type]
        TEXTS[f"{name}.title"],
        TEXTS[f"{name}.description"],
        **options,  # type: ignore[arg-type]
    )


def _documents(quality: QualitySystem, updated: date) -> Dataset:
    fields = (
        _f("code", "string", required=True, unique=True),
        *localized_fields("title", TEXTS["title.title"], TEXTS["title.description"]),
        _f("level", "string", enum=LEVELS),
        _f("version", "string"),
        _f("approved", "string"),
        *localized_fields(
            "approved_by", TEXTS["approved_by.title"], TEXTS["approved_by.description"]
        ),
        _f("status", "string", required=True, enum=("current", "superseded")),
        _f("file", "string"),
        _f("sha256", "string"),
        _f("process", "integer", minimum=1, maximum=22),
        provenance_column(TEXTS["provenance"]),
    )
    rows = [
        {
            "code": d.code,
            **localized_values("title", d.title),
            "level": d.level,
            "version": d.version,
            "approved": d.approved,
            **localized_values("approved_by", d.approved_by),
            "status": d.status,
            "file": d.file,
            "sha256": quality.checksums.get(d.code),
            "process": d.process,
            "provenance": weakest(d.states()),  # a record is as confirmed as its weakest value
        }
        for d in quality.documents
    ]
    return Dataset(
        name="qms-documents",
        title=TEXTS["documents.title"],
        description=TEXTS["documents.description"],
        fields=fields,
        rows=rows,
        primary_key=("code",),
        updated=updated,
        sources=(TEXTS["documents.sources"],),
        evidence=TEXTS["documents.evidence"],
        pages=("qms/documents.md",),
    )


def _findings(quality: QualitySystem, updated: date) -> Dataset:
    fields = (
        _f("audit", "string", required=True),
        _f("year", "integer", required=True),
        _f("finding", "string", required=True, unique=True),
        _f("process", "integer", required=True, minimum=1, maximum=22),
        _f("kind", "string", required=True, enum=("nonconformity", "observation")),
        _f("severity", "string", enum=("major", "minor")),
        _f("clause", "string"),
        *localized_fields("text", TEXTS["text.title"], TEXTS["text.description"]),
        provenance_column(TEXTS["provenance"]),
    )
    audits = quality.records.audits if quality.records else []
    rows = [
        {
            "audit": audit.id,
            "year": audit.year,
            "finding": f.id,
            "process": f.process,
            "kind": f.kind,
            "severity": f.severity,
            "clause": f.clause,
            **localized_values("text", f.text),
            "provenance": audit.provenance,
        }
        for audit in audits
        for f in audit.findings
    ]
    return Dataset(
        name="audit-findings",
        title=TEXTS["findings.title"],
        description=TEXTS["findings.description"],
        fields=fields,
        rows=rows,
        primary_key=("finding",),
        updated=updated,
        sources=(TEXTS["findings.sources"],),
        evidence=TEXTS["findings.evidence"],
        pages=("qms/audits.md",),
    )


def _actions(actions: list[Capa], updated: date) -> Dataset:
    fields = (
        _f("id", "string", required=True, unique=True),
        _f("origin", "string", required=True, enum=("audit", "survey")),
        _f("answers", "string", required=True),
        _f("process", "integer", minimum=1, maximum=22),
        _f("kind", "string", required=True, enum=("corrective", "preventive")),
        *localized_fields("action", TEXTS["action.title"], TEXTS["action.description"]),
        _f("responsible", "string", required=True),
        _f("opened", "date"),
        _f("due", "date", required=True),
        _f("status", "string", required=True, enum=STATUSES),
        _f("closed", "date"),
        _f("review", "date"),
        _f("overdue", "boolean", required=True),
        _f("state", "string", required=True, enum=("open", "overdue", "closed")),
        _f("as_of", "date", required=True),
        provenance_column(TEXTS["provenance"]),
    )
    rows = [
        {
            "id": c.action.id,
            "origin": c.origin,
            "answers": c.answers,
            "process": c.process,
            "kind": c.action.kind,
            **localized_values("action", c.action.action),
            "responsible": c.action.responsible,
            "opened": c.action.opened.isoformat() if c.action.opened else None,
            "due": c.action.due.isoformat(),
            "status": c.action.status,
            "closed": c.action.closed.isoformat() if c.action.closed else None,
            "review": c.action.review.isoformat() if c.action.review else None,
            "overdue": is_overdue(c.action, c.as_of),
            "state": c.state,
            "as_of": c.as_of.isoformat(),
            "provenance": c.provenance,
        }
        for c in actions
    ]
    return Dataset(
        name="corrective-actions",
        title=TEXTS["actions.title"],
        description=TEXTS["actions.description"],
        fields=fields,
        rows=rows,
        primary_key=("id",),
        updated=updated,
        sources=(TEXTS["actions.sources"], TEXTS["actions.regulation"]),
        evidence=TEXTS["actions.evidence"],
        pages=("qms/actions.md",),
    )


def quality_datasets(
    quality: QualitySystem, surveys: SurveyData, registry: Registry
) -> list[Dataset]:
    actions = all_actions(quality, surveys)
    # The data's own date (the statuses' as_of), never the day of the build.
    updated = quality.as_of or registry.document.updated
    return [
        _documents(quality, updated),
        _findings(quality, updated),
        _actions(actions, updated),
    ]
