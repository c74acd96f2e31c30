"""Loading data/quality/ with the cross-checks the quality office needs: unique document
codes (a duplicate names both documents), known processes, units and findings, and the
§7.5.5 review rule for the audits' actions (the same rule as the survey actions')."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kazutb_transparency.core import withhold
from kazutb_transparency.core.audit import Audit, Concern, untranslated
from kazutb_transparency.core.datafiles import Lines, display_path, load_yaml, validate
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.provenance import audit_provenance
from kazutb_transparency.organisation import Units
from kazutb_transparency.quality.capa import date_issues
from kazutb_transparency.quality.models import (
    AuditsFile,
    DocumentsFile,
    Policy,
    QmsDocument,
    Role,
)

FOLDER = "quality"


@dataclass(frozen=True)
class QualitySystem:
    documents: tuple[QmsDocument, ...] = ()
    checksums: dict[str, str] = field(default_factory=dict)  # code → sha256 of its file
    policy: Policy | None = None
    records: AuditsFile | None = None

    @property
    def as_of(self) -> date | None:
        return self.records.as_of if self.records else None

    def document(self, code: str) -> QmsDocument | None:
        return next((d for d in self.documents if d.code == code), None)


def _read(path: Path, model: type, problems: list[Problem]):
    """(record, lines), or (None, None) with the problems noted."""
    try:
        data, lines = load_yaml(path)
        if data is None:
            raise DataError([Problem(display_path(path), "file is empty")])
        return validate(model, data, display_path(path), lines), lines
    except DataError as exc:
        problems.extend(exc.problems)
        return None, None


def _documents(
    path: Path, documents_dir: Path, audit: Audit, problems: list[Problem]
) -> tuple[tuple[QmsDocument, ...], dict[str, str]]:
    register, lines = _read(path, DocumentsFile, problems)
    if register is None:
        return (), {}
    name = display_path(path)
    first: dict[str, tuple[int, QmsDocument]] = {}
    checksums: dict[str, str] = {}
    for index, document in enumerate(register.documents):
        record = f"document {document.code}"
        line = lines.line_of(("documents", index, "code"))
        if document.code in first:
            other_index, other = first[document.code]
            other_line = lines.line_of(("documents", other_index, "code"))
            problems.append(
                Problem(
                    name,
                    f"code '{document.code}' is given to two documents: "
                    f"«{other.title.kk}» (line {other_line}) and «{document.title.kk}» "
                    f"(line {line})",
                    record,
                    "code",
                    line,
                    "every document needs its own code: ask the document's owner which one "
                    "was registered under this code and give the other its own",
                )
            )
            continue
        first[document.code] = (index, document)
        if document.file:
            file = documents_dir / document.file
            if not file.is_file():
                problems.append(
                    Problem(
                        name,
                        f"no file '{document.file}' in {display_path(documents_dir)}",
                        record,
                        "file",
                        lines.line_of(("documents", index, "file")),
                        "put the approved file there, or leave 'file' out",
                    )
                )
            else:
                checksums[document.code] = hashlib.sha256(file.read_bytes()).hexdigest()
        audit_provenance(audit, document, name, lines, ("documents", index), record)
        audit.extend(
            Concern.TRANSLATION,
            untranslated(document, name, lines, record, ("documents", index)),
        )
    return tuple(register.documents), checksums


def _role(
    role: Role, units: Units, name: str, lines: Lines, loc: tuple, record: str
) -> list[Problem]:
    if role.unit in units.by_id:
        return []
    return [
        Problem(
            name,
            f"unknown unit '{role.unit}'",
            record,
            ".".join(map(str, (*loc[2:], "unit"))),
            lines.line_of((*loc, "unit")),
            "use an id from data/units.yaml",
        )
    ]


def _records(
    path: Path, units: Units, codes: set[str], audit: Audit, problems: list[Problem]
) -> AuditsFile | None:
    records, lines = _read(path, AuditsFile, problems)
    if records is None:
        return None
    name = display_path(path)
    findings: set[str] = set()
    actions: set[str] = set()
    for index, item in enumerate(records.audits):
        loc: tuple[str | int, ...] = ("audits", index)
        record = f"audit {item.id}"

        def bad(
            where: tuple,
            message: str,
            hint: str | None = None,
            rec: str = record,
            loc: tuple[str | int, ...] = loc,
        ) -> None:
            line = lines.line_of((*loc, *where))
            problems.append(Problem(name, message, rec, ".".join(map(str, where)), line, hint))

        if item.end < item.start:
            bad(("end",), "the audit ends before it starts")
        if item.start.year != item.year:
            bad(("year",), f"year {item.year} differs from the start {item.start.isoformat()}")
        problems.extend(_role(item.lead, units, name, lines, (*loc, "lead"), record))
        for number, finding in enumerate(item.findings):
            where = ("findings", number)
            if finding.id in findings:
                bad((*where, "id"), f"finding '{finding.id}' is listed twice")
            findings.add(finding.id)
            if finding.process not in item.processes:
                bad(
                    (*where, "process"),
                    f"process {finding.process} was not audited in {item.id}",
                    "add it to 'processes' or correct the finding's process",
                )
            if (finding.kind == "nonconformity") != (finding.severity is not None):
                bad(
                    (*where, "severity"),
                    "a nonconformity needs its severity (major or minor); an observation has none",
                )
        own = {finding.id for finding in item.findings}
        for number, action in enumerate(item.actions):
            where = ("actions", number)
            rec = f"action {action.id}"
            if action.id in actions:
                bad((*where, "id"), f"action '{action.id}' is listed twice", rec=rec)
            actions.add(action.id)
            if action.finding not in own:
                bad(
                    (*where, "finding"),
                    f"no finding '{action.finding}' in {item.id}",
                    f"use one of: {', '.join(sorted(own)) or '(no findings)'}",
                    rec,
                )
            if action.responsible not in units.by_id:
                bad((*where, "responsible"), f"unknown unit '{action.responsible}'", None, rec)
            for field_name, message, hint in date_issues(action, records.as_of):
                bad((*where, field_name), message, hint, rec)
        audit_provenance(audit, item, name, lines, loc, record)
        audit.extend(Concern.TRANSLATION, untranslated(item, name, lines, record, loc))
    for index, review in enumerate(records.reviews):
        loc = ("reviews", index)
        record = f"review {review.id}"
        problems.extend(_role(review.chair, units, name, lines, (*loc, "chair"), record))
        cited = [("minutes", review.minutes)] + [
            (f"decisions.{n}.document", d.document) for n, d in enumerate(review.decisions)
        ]
        for where, code in cited:
            if code is not None and code not in codes:
                problems.append(
                    Problem(
                        name,
                        f"no document '{code}' in the register",
                        record,
                        where,
                        lines.line_of((*loc, *where.split("."))),
                        "add it to data/quality/documents.yaml, or correct the code",
                    )
                )
        audit_provenance(audit, review, name, lines, loc, record)
        audit.extend(Concern.TRANSLATION, untranslated(review, name, lines, record, loc))
    return records


def load_quality(data_dir: Path, units: Units, audit: Audit) -> QualitySystem:
    """Everything of data/quality/; a missing file means that part is not published yet."""
    folder = data_dir / FOLDER
    problems: list[Problem] = []
    documents: tuple[QmsDocument, ...] = ()
    checksums: dict[str, str] = {}
    if (folder / "documents.yaml").exists():
        documents, checksums = _documents(
            folder / "documents.yaml", data_dir / "documents", audit, problems
        )
    codes = {document.code for document in documents}
    policy = None
    if (folder / "policy.yaml").exists() and not withhold.hidden(
        display_path(folder / "policy.yaml")
    ):
        path = folder / "policy.yaml"
        policy, lines = _read(path, Policy, problems)
        if policy is not None:
            if policy.document is not None and policy.document not in codes:
                problems.append(
                    Problem(
                        display_path(path),
                        f"no document '{policy.document}' in the register",
                        field="document",
                        line=lines.line_of(("document",)),
                        hint="add it to data/quality/documents.yaml, or correct the code",
                    )
                )
            audit_provenance(audit, policy, display_path(path), lines, (), "quality policy")
            if not policy.text:
                audit.add(
                    Concern.INCOMPLETE,
                    Problem(
                        display_path(path),
                        "the quality policy's text is not published: the page says it is missing",
                        "quality policy",
                        "text",
                        lines.line_of(("text",)),
                        "add the approved text in kk, ru and en, with its document code",
                    ),
                )
            audit.extend(Concern.TRANSLATION, untranslated(policy, display_path(path), lines, None))
    records = None
    if (folder / "audits.yaml").exists():
        records = _records(folder / "audits.yaml", units, codes, audit, problems)
    if problems:
        raise DataError(problems)
    return QualitySystem(documents, checksums, policy, records)
