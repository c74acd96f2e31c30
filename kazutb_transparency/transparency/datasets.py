"""The transparency mechanisms as open data: appeals statistics, collegial bodies and their
meetings, consultations, procurement, competitions, inspections and income and expenditure
(CSV + JSON, schema in the package)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    Dataset,
    Field,
    localized_values,
    status_field,
)
from kazutb_transparency.core.opendata.texts import DatasetTexts
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.datasets import META_FIELDS, meta_values
from kazutb_transparency.transparency.appeal_counts import (
    DATASET,
    OUTCOMES,
    count_of,
    published_appeals,
)
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import HEADING, TOPIC
from kazutb_transparency.transparency.models import (
    APPEAL_TOPICS,
    DIRECTIONS,
    EXPENDITURE_HEADINGS,
    INCOME_HEADINGS,
    INSPECTION_KINDS,
    Consultation,
)

# Titles and descriptions of the datasets and their fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_transparency")


DATASETS = DatasetTexts(TEXTS, META_FIELDS)
_f, _loc = DATASETS.field, DATASETS.localized


def _dataset(
    name: str,
    fields: tuple[Field, ...],
    rows: list[dict[str, Any]],
    key: tuple[str, ...],
    items: list[Dated],
    t: Transparency,
    clause: str,
    page: str,
) -> Dataset:
    return DATASETS.records(name, fields, rows, key, items, t.today, clause, (page,))


def appeals_dataset(t: Transparency, policy: DisclosurePolicy) -> Dataset:
    """The counts as the page shows them: all of them when the policy says they are letters
    (its reason in the description), else small groups withheld, each with its status."""
    counts = ("received", *OUTCOMES)
    fields = (
        _f("year", "integer", "appeals.year", required=True),
        _f("topic", "string", "appeals.topic", required=True, enum=APPEAL_TOPICS),
        *_loc("topic", "appeals.topic_name", required=True),
        *(_f(name, "integer", f"appeals.{name}", minimum=0) for name in counts),
        *(status_field(name, TEXTS[f"appeals.{name}"]) for name in counts),
    )
    published = published_appeals(list(t.appeal_years), policy)
    rows = []
    for year in t.appeal_years:
        for count in year.topics:
            row: dict[str, Any] = {
                "year": year.year,
                "topic": count.topic,
                **localized_values("topic", TOPIC[count.topic]),
            }
            for name in counts:
                value, status = count_of(
                    published, year, count.topic, None if name == "received" else name
                )
                row[name], row[f"{name}_status"] = value, status
            rows.append(row | meta_values(year))
    dataset = _dataset(
        "appeals-statistics",
        fields,
        rows,
        ("year", "topic"),
        list(t.appeal_years),
        t,
        "8.3.4",
        "transparency/appeals.md",
    )
    exemption = policy.exemption(DATASET)
    if exemption is None:
        return dataset
    described = Localized(
        **{
            lang: f"{dataset.description.get(lang)} {exemption.reason.get(lang)}"
            for lang in LANGUAGES
        }
    )
    return replace(dataset, description=described)


def bodies_dataset(t: Transparency) -> Dataset:
    fields = (
        _f("id", "string", "bodies.id", required=True, unique=True),
        _f("kind", "string", "bodies.kind", required=True),
        *_loc("name", "bodies.name", required=True),
        *_loc("role", "bodies.role", required=True),
        _f("unit", "string", "bodies.unit"),
        _f("members", "integer", "bodies.members", required=True, minimum=1),
        _f("composition", "array", "bodies.composition", required=True),
        _f("named_members", "array", "bodies.named_members"),
        _f("meetings", "integer", "bodies.meetings", required=True, minimum=0),
    )
    rows = [
        {
            "id": b.id,
            "kind": b.kind,
            **localized_values("name", b.name),
            **localized_values("role", b.role),
            "unit": b.unit,
            "members": b.seats,
            "composition": [f"{s.position.get('en')}: {s.count}" for s in b.composition],
            "named_members": [f"{m.position.get('en')}: {m.name.get('en')}" for m in b.members],
            "meetings": len(b.meetings),
            **meta_values(b),
        }
        for b in t.bodies
    ]
    return _dataset(
        "collegial-bodies",
        fields,
        rows,
        ("id",),
        list(t.bodies),
        t,
        "8.3.5",
        "transparency/councils.md",
    )


def meetings_dataset(t: Transparency) -> Dataset:
    fields = (
        _f("body", "string", "meetings.body", required=True),
        _f("date", "date", "meetings.date", required=True),
        *_loc("agenda", "meetings.agenda"),
        _f("agenda_document", "string", "meetings.agenda_document"),
        _f("decisions", "array", "meetings.decisions"),
        _f("documented", "boolean", "meetings.documented", required=True),
    )
    rows = [
        {
            "body": b.id,
            "date": m.date,
            **localized_values("agenda", m.agenda),
            "agenda_document": m.agenda_document,
            "decisions": list(m.decisions),
            "documented": m.documented,
            **meta_values(b),
        }
        for b in t.bodies
        for m in b.meetings
    ]
    return _dataset(
        "body-meetings",
        fields,
        rows,
        ("body", "date"),
        list(t.bodies),
        t,
        "8.3.5",
        "transparency/councils.md",
    )


# Where a consultation stands: comments still open, outcome published, or overdue (past
# the deadline with no outcome).
OUTCOME_STATUSES = ("open", "published", "overdue")


def _outcome_status(c: Consultation, t: Transparency) -> str:
    if c.outcome is not None:
        return "published"
    return "overdue" if c.lacks_outcome(t.today) else "open"


def consultations_dataset(t: Transparency) -> Dataset:
    fields = (
        _f("id", "string", "consultations.id", required=True, unique=True),
        *_loc("title", "consultations.name", required=True),
        *_loc("summary", "consultations.summary", required=True),
        _f("document", "string", "consultations.document", required=True),
        _f("opened", "date", "consultations.opened", required=True),
        _f("deadline", "date", "consultations.deadline", required=True),
        _f("email", "string", "consultations.email", required=True),
        _f(
            "outcome_status",
            "string",
            "consultations.outcome_status",
            required=True,
            enum=OUTCOME_STATUSES,
        ),
        _f("outcome_published", "date", "consultations.outcome_published"),
        _f("comments", "integer", "consultations.comments", minimum=0),
        *_loc("changes", "consultations.changes"),
        _f("final_document", "string", "consultations.final_document"),
    )
    rows = [
        {
            "id": c.id,
            **localized_values("title", c.title),
            **localized_values("summary", c.summary),
            "document": c.document,
            "opened": c.opened,
            "deadline": c.deadline,
            "email": c.email,
            "outcome_status": _outcome_status(c, t),
            "outcome_published": c.outcome.published if c.outcome else None,
            "comments": c.outcome.comments if c.outcome else None,
            **localized_values("changes", c.outcome.changes if c.outcome else None),
            "final_document": c.outcome.final_document if c.outcome else None,
            **meta_values(c),
        }
        for c in t.consultations
    ]
    return _dataset(
        "consultations",
        fields,
        rows,
        ("id",),
        list(t.consultations),
        t,
        "8.3.9",
        "transparency/consultations.md",
    )


def procurement_dataset(t: Transparency) -> Dataset:
    fields = (
        _f("id", "string", "procurement.id", required=True, unique=True),
        _f("year", "integer", "procurement.year", required=True),
        _f("stage", "string", "procurement.stage", required=True, enum=("plan", "result")),
        *_loc("title", "procurement.name", required=True),
        _f("lots", "integer", "procurement.lots", minimum=0),
        _f("amount_kzt", "integer", "procurement.amount_kzt", minimum=0),
        _f("portal_url", "string", "procurement.portal_url"),
        _f("plan_document", "string", "procurement.plan_document"),
        _f("result_document", "string", "procurement.result_document"),
    )
    rows = [
        {
            "id": p.id,
            "year": p.year,
            "stage": p.stage,
            **localized_values("title", p.title),
            "lots": p.lots,
            "amount_kzt": p.amount_kzt,
            "portal_url": p.portal_url,
            "plan_document": p.plan_document,
            "result_document": p.result_document,
            **meta_values(p),
        }
        for p in t.procurement
    ]
    return _dataset(
        "procurement",
        fields,
        rows,
        ("id",),
        list(t.procurement),
        t,
        "9.7.3",
        "transparency/procurement.md",
    )


def competitions_dataset(t: Transparency) -> Dataset:
    fields = (
        _f("id", "string", "competitions.id", required=True, unique=True),
        *_loc("post", "competitions.post", required=True),
        _f("unit", "string", "competitions.unit", required=True),
        _f("places", "integer", "competitions.places", required=True, minimum=1),
        *_loc("requirements", "competitions.requirements", required=True),
        _f("announced", "date", "competitions.announced", required=True),
        _f("deadline", "date", "competitions.deadline", required=True),
    )
    rows = [
        {
            "id": c.id,
            **localized_values("post", c.post),
            "unit": c.unit,
            "places": c.places,
            **localized_values("requirements", c.requirements),
            "announced": c.announced,
            "deadline": c.deadline,
            **meta_values(c),
        }
        for c in t.competitions
    ]
    return _dataset(
        "competitions",
        fields,
        rows,
        ("id",),
        list(t.competitions),
        t,
        "9.7.3",
        "transparency/competitions.md",
    )


def inspections_dataset(t: Transparency) -> Dataset:
    items = list(t.inspections or ())
    fields = (
        _f("id", "string", "inspections.id", required=True, unique=True),
        _f("date", "date", "inspections.date", required=True),
        *_loc("body", "inspections.body", required=True),
        _f("kind", "string", "inspections.kind", required=True, enum=INSPECTION_KINDS),
        *_loc("subject", "inspections.subject", required=True),
        _f("violations_found", "boolean", "inspections.violations_found", required=True),
        *_loc("result", "inspections.result", required=True),
        _f("actions", "integer", "inspections.actions", required=True, minimum=0),
        _f("document", "string", "inspections.document"),
    )
    rows = [
        {
            "id": i.id,
            "date": i.date,
            **localized_values("body", i.body),
            "kind": i.kind,
            **localized_values("subject", i.subject),
            "violations_found": i.violations_found,
            **localized_values("result", i.result),
            "actions": len(i.actions),
            "document": i.document,
            **meta_values(i),
        }
        for i in items
    ]
    return _dataset(
        "inspections", fields, rows, ("id",), list(items), t, "9.7.3", "transparency/inspections.md"
    )


def inspection_actions_dataset(t: Transparency) -> Dataset:
    items = list(t.inspections or ())
    fields = (
        _f("inspection", "string", "inspection_actions.inspection", required=True),
        _f("number", "integer", "inspection_actions.number", required=True, minimum=1),
        *_loc("what", "inspection_actions.what", required=True),
        _f("due", "date", "inspection_actions.due", required=True),
        _f("done", "date", "inspection_actions.done"),
    )
    rows = [
        {
            "inspection": i.id,
            "number": n,
            **localized_values("what", a.what),
            "due": a.due,
            "done": a.done,
            **meta_values(i),
        }
        for i in items
        for n, a in enumerate(i.actions, start=1)
    ]
    return _dataset(
        "inspection-actions",
        fields,
        rows,
        ("inspection", "number"),
        list(items),
        t,
        "9.7.3",
        "transparency/inspections.md",
    )


def finances_dataset(t: Transparency) -> Dataset:
    """One row per year, direction and heading: the amount and its share of the total."""
    years = list(t.finances or ())
    fields = (
        _f("year", "integer", "finances.year", required=True),
        _f("direction", "string", "finances.direction", required=True, enum=DIRECTIONS),
        _f(
            "heading",
            "string",
            "finances.heading",
            required=True,
            enum=tuple(dict.fromkeys((*INCOME_HEADINGS, *EXPENDITURE_HEADINGS))),
        ),
        *_loc("heading_name", "finances.heading_name", required=True),
        _f("amount_kzt", "integer", "finances.amount_kzt", required=True, minimum=0),
        _f("share", "number", "finances.share", minimum=0),
        _f("statements", "string", "finances.statements"),
        _f("annual_report", "string", "finances.annual_report"),
    )
    rows = []
    for year in years:
        for direction in DIRECTIONS:
            for line in year.lines_of(direction):
                rows.append(
                    {
                        "year": year.year,
                        "direction": direction,
                        "heading": line.heading,
                        **localized_values("heading_name", HEADING[direction][line.heading]),
                        "amount_kzt": line.amount_kzt,
                        "share": year.share(direction, line.heading),
                        "statements": year.statements,
                        "annual_report": year.annual_report,
                        **meta_values(year),
                    }
                )
    return _dataset(
        "finances",
        fields,
        rows,
        ("year", "direction", "heading"),
        list(years),
        t,
        "9.7.3",
        "transparency/finances.md",
    )


def transparency_datasets(t: Transparency, policy: DisclosurePolicy) -> list[Dataset]:
    return [
        appeals_dataset(t, policy),
        bodies_dataset(t),
        meetings_dataset(t),
        consultations_dataset(t),
        procurement_dataset(t),
        competitions_dataset(t),
        inspections_dataset(t),
        inspection_actions_dataset(t),
        finances_dataset(t),
    ]
