"""The transparency mechanisms at a large university's size, for the benchmark's large site.

Ten years of appeals statistics, dozens of collegial bodies with three years of meetings,
consultations, procurement items with their own portal records, competitions, inspections
and ten years of income and expenditure: neutral synthetic texts in three languages, marked
placeholder, with no contact and no name, so the personal-data gate finds nothing. The
documents they name (drafts, adopted texts, each body's latest agenda and decisions) are
added to disclosures/documents.yaml; older meetings have none, as a site that began
publishing them lately would.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.transparency.models import (
    APPEAL_TOPICS,
    EXPENDITURE_HEADINGS,
    INCOME_HEADINGS,
)

YEARS = 10
BODIES = 30
MEETINGS_PER_YEAR = 10
CONSULTATIONS = 40
COMPETITIONS = 60
INSPECTIONS = 40
PROCUREMENT_ITEMS = 12  # procured items a year, each with its own record on the portal
# Consultations past their deadline without an outcome: flagged on the page.
OVERDUE_OUTCOMES = 2
TODAY = date(2026, 11, 20)


# The seats of a collegial body, as a real one names them (a name ending in a number would
# read as a range beside its count: "Position 1 — 2 seats").
POSITIONS = (
    ("Төраға", "Председатель", "Chair"),
    ("Хатшы", "Секретарь", "Secretary"),
    ("Студент", "Студент", "Student"),
    ("Оқытушы", "Преподаватель", "Lecturer"),
    ("Жұмыс беруші", "Работодатель", "Employer"),
    ("Түлек", "Выпускник", "Graduate"),
)


def _meta() -> dict[str, Any]:
    return {
        "posted": "2026-11-20",
        "updated": "2026-11-20",
        "review_months": 12,
        "provenance": "placeholder",
        "source": {
            # Whole sentences of each language: the style check reads the large site too.
            "kk": "Бенчмарктің синтетикалық деректері",
            "ru": "Синтетические данные бенчмарка",
            "en": "Synthetic benchmark data",
        },
    }


def _text(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


def _appeal_years() -> list[dict[str, Any]]:
    out = []
    for y in range(YEARS):
        topics = []
        for t, topic in enumerate(APPEAL_TOPICS):
            late, pending = (y + t) % 4, (y * t) % 3
            in_term = 20 + 7 * t + 3 * y
            topics.append(
                {
                    "topic": topic,
                    "received": in_term + late + pending,
                    "answered_in_term": in_term,
                    "answered_late": late,
                    "pending": pending,
                }
            )
        out.append({"year": TODAY.year - 1 - y, "topics": topics, **_meta()})
    return out


def _document(doc_id: str, kind: str, title: dict[str, str], day: date) -> dict[str, Any]:
    issuer = _text("Алқалы орган", "Коллегиальный орган", "Collegial body")
    return {"id": doc_id, "kind": kind, "title": title, "date": day.isoformat(), "issuer": issuer}


def _bodies(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for b in range(BODIES):
        n = b + 1
        kind = "public-council" if b == 0 else ("academic-council" if b < 6 else "other-collegial")
        meetings: list[dict[str, Any]] = [
            {
                "date": (TODAY - timedelta(days=36 * m + b)).isoformat(),
                "agenda": _text(f"{m + 1}-мәселе", f"Вопрос {m + 1}", f"Item {m + 1}"),
            }
            for m in range(3 * MEETINGS_PER_YEAR)
        ]
        # The latest meeting's agenda and decision are published documents.
        held = TODAY - timedelta(days=b)
        agenda, decision = f"body-{n}-agenda", f"body-{n}-decision"
        documents.append(
            _document(
                agenda, "agenda", _text(f"{n}-күн тәртібі", f"Повестка {n}", f"Agenda {n}"), held
            )
        )
        documents.append(
            _document(
                decision, "decision", _text(f"{n}-шешім", f"Решение {n}", f"Decision {n}"), held
            )
        )
        meetings[0] |= {"agenda_document": agenda, "decisions": [decision]}
        out.append(
            {
                "id": f"body-{n}",
                "kind": kind,
                "name": _text(f"{n}-орган", f"Орган {n}", f"Body {n}"),
                "role": _text(f"{n}-органның рөлі.", f"Роль органа {n}.", f"Role of body {n}."),
                "composition": [
                    {"position": _text(*position), "count": 1 + p % 3}
                    for p, position in enumerate(POSITIONS, start=1)
                ],
                "meetings": meetings,
                **_meta(),
            }
        )
    return out


def _consultations(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for c in range(CONSULTATIONS):
        opened = TODAY - timedelta(days=30 * c)
        deadline = opened + timedelta(days=21)
        draft = f"draft-{c + 1}-text"
        title = _text(f"{c + 1}-жоба", f"Проект {c + 1}", f"Draft {c + 1}")
        documents.append(_document(draft, "draft", title, opened))
        outcome: dict[str, Any] = {}
        if deadline < TODAY and c > OVERDUE_OUTCOMES:
            final = f"adopted-{c + 1}"
            adopted = _text(
                f"{c + 1}-жоба бойынша қабылданған шешім",
                f"Решение по проекту {c + 1}",
                f"Decision on draft {c + 1}",
            )
            published = deadline + timedelta(days=14)
            documents.append(_document(final, "decision", adopted, published))
            outcome = {
                "outcome": {
                    "published": published.isoformat(),
                    "comments": 3 * c,
                    "changes": _text("Өзгерістер.", "Изменения.", "Changes."),
                    "final_document": final,
                }
            }
        out.append(
            {
                "id": f"draft-{c + 1}",
                "title": _text(f"{c + 1}-жоба", f"Проект {c + 1}", f"Draft {c + 1}"),
                "summary": _text(
                    f"{c + 1}-жобаның мазмұны.", f"Содержание проекта {c + 1}.", f"Summary {c + 1}."
                ),
                "document": draft,
                "opened": opened.isoformat(),
                "deadline": deadline.isoformat(),
                "how_to_send": _text("Хатпен.", "Письмом.", "By e-mail."),
                "email": "consultations@example.org",
                **outcome,
                **_meta(),
            }
        )
    return out


def _procurement() -> list[dict[str, Any]]:
    """Each year's plan and its procured items, each item with its own (synthetic) record
    on the state portal."""
    out = []
    for y in range(YEARS):
        year = TODAY.year - y
        items = [("plan", "plan", ("жоспар", "план", "plan"), 0)] + [
            ("result", f"item-{n}", (f"{n}-лот", f"лот {n}", f"lot {n}"), n)
            for n in range(1, PROCUREMENT_ITEMS + 1)
        ]
        for stage, name, (kk, ru, en), n in items:
            out.append(
                {
                    "id": f"{name}-{year}",
                    "year": year,
                    "stage": stage,
                    "title": _text(f"{year}: {kk}", f"{year}: {ru}", f"{year}: {en}"),
                    "portal_url": f"https://goszakup.gov.kz/ru/announce/index/bench-{year}-{n}",
                    "lots": 30 + y if stage == "plan" else 1,
                    "amount_kzt": 150_000_000 + 1_000_000 * y if stage == "plan" else 900_000 * n,
                    **_meta(),
                }
            )
    return out


def _finances() -> list[dict[str, Any]]:
    """Ten financial years of income and expenditure by heading, the totals given."""
    out = []
    for y in range(YEARS):
        grow = 1_000_000 * (YEARS - y)
        income = [
            {"heading": h, "amount_kzt": base + grow}
            for h, base in zip(
                INCOME_HEADINGS,
                (2_000_000_000, 1_700_000_000, 100_000_000, 60_000_000),
                strict=True,
            )
        ]
        spent = [
            {"heading": h, "amount_kzt": base + grow}
            for h, base in zip(
                EXPENDITURE_HEADINGS,
                (2_400_000_000, 800_000_000, 350_000_000, 250_000_000, 50_000_000),
                strict=True,
            )
        ]
        out.append(
            {
                "year": TODAY.year - 1 - y,
                "income": {
                    "headings": income,
                    "total_kzt": sum(line["amount_kzt"] for line in income),
                },
                "expenditure": {
                    "headings": spent,
                    "total_kzt": sum(line["amount_kzt"] for line in spent),
                },
                **_meta(),
            }
        )
    return out


def _competitions(units: list[str]) -> list[dict[str, Any]]:
    out = []
    for c in range(COMPETITIONS):
        announced = TODAY - timedelta(days=9 * c)
        out.append(
            {
                "id": f"competition-{c + 1}",
                "post": _text(f"{c + 1}-лауазым", f"Должность {c + 1}", f"Post {c + 1}"),
                "unit": units[c % len(units)],
                "places": 1 + c % 3,
                "requirements": _text("Талаптар.", "Требования.", "Requirements."),
                "announced": announced.isoformat(),
                "deadline": (announced + timedelta(days=30)).isoformat(),
                "how_to_apply": _text("Кадр бөліміне.", "В отдел кадров.", "To HR."),
                **_meta(),
            }
        )
    return out


def _inspections() -> list[dict[str, Any]]:
    out = []
    for i in range(INSPECTIONS):
        began = TODAY - timedelta(days=45 * i + 30)
        found = i % 3 == 0
        actions = (
            [
                {
                    "what": _text(f"{n + 1}-шара.", f"Мера {n + 1}.", f"Action {n + 1}."),
                    "due": (began + timedelta(days=60 * (n + 1))).isoformat(),
                    **({"done": (began + timedelta(days=50 * (n + 1))).isoformat()} if i else {}),
                }
                for n in range(2)
            ]
            if found
            else []
        )
        out.append(
            {
                "id": f"inspection-{i + 1}",
                "date": began.isoformat(),
                "body": _text(f"{i % 5 + 1}-орган", f"Орган {i % 5 + 1}", f"Body {i % 5 + 1}"),
                "kind": "scheduled" if i % 2 else "unscheduled",
                "subject": _text(
                    "Білім беру қызметінің лицензиялық талаптарға сәйкестігі.",
                    "Соответствие образовательной деятельности лицензионным требованиям.",
                    "Compliance of the educational activity with the licensing requirements.",
                ),
                "violations_found": found,
                "result": _text("Нәтижесі.", "Результат.", "Result."),
                "actions": actions,
                **_meta(),
            }
        )
    return out


def make_transparency(data_dir: Path) -> str:
    """Rewrite data_dir/transparency/ at a large university's size; returns a description.
    The appeals channels and the anti-corruption record are kept as in the default data."""
    folder = data_dir / "transparency"
    folder.mkdir(exist_ok=True)
    units = [u["id"] for u in yaml.safe_load((data_dir / "units.yaml").read_text("utf-8"))]
    documents: list[dict[str, Any]] = []
    files = {
        "appeals-statistics.yaml": _appeal_years(),
        "bodies.yaml": _bodies(documents),
        "consultations.yaml": _consultations(documents),
        "procurement.yaml": _procurement(),
        "competitions.yaml": _competitions(units),
        "inspections.yaml": _inspections(),
        "finances.yaml": _finances(),
    }
    for name, records in files.items():
        text = dump_yaml(records, sort_keys=False)
        (folder / name).write_text(text, encoding="utf-8")
    listed = data_dir / "disclosures" / "documents.yaml"
    added = dump_yaml([d | _meta() for d in documents], sort_keys=False)
    listed.write_text(listed.read_text("utf-8") + "\n" + added, encoding="utf-8")
    return (
        f"{YEARS} years of appeals, {BODIES} bodies × {3 * MEETINGS_PER_YEAR} meetings, "
        f"{CONSULTATIONS} consultations, {(1 + PROCUREMENT_ITEMS) * YEARS} procurement "
        f"records, {COMPETITIONS} competitions, {INSPECTIONS} inspections, {YEARS} years of "
        f"income and expenditure, {len(documents)} documents of meetings and consultations"
    )
