"""The quality system's records (issue 32): the document register, the policy, audits,
reviews and the one list of corrective actions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.organisation import load_units
from kazutb_transparency.quality.loading import load_quality

DATA = Path(__file__).resolve().parents[2] / "data"

# The two regulations one of the source quality manuals gave the same code.
SYLLABUS = {
    "kk": "Силлабустарды әзірлеу ережесі",
    "ru": "Правила разработки силлабусов",
    "en": "Rules for developing syllabuses",
}
COURSE_WORKS = {
    "kk": "Курстық жұмыстарды әзірлеу мен рәсімдеуге қойылатын талаптар",
    "ru": "Требования к разработке и оформлению курсовых работ",
    "en": "Requirements for writing and formatting course works",
}


def document(code: str, title: dict, **more: object) -> dict:
    return {
        "code": code,
        "title": title,
        "level": "instructions-regulations",
        "approved": "2019",
        "approved_by": {"kk": "Ректор", "ru": "Ректор", "en": "Rector"},
        "status": "current",
        "provenance": "confirmed",
        "source": {"kk": "Тест", "ru": "Тест", "en": "Test"},
        **more,
    }


@pytest.fixture
def data(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    (root / "quality").mkdir(parents=True)
    shutil.copy(DATA / "units.yaml", root / "units.yaml")
    shutil.copytree(DATA / "privacy", root / "privacy")  # the units' contacts
    (root / "documents").mkdir()
    return root


def write(root: Path, name: str, content: object) -> None:
    text = yaml.safe_dump(content, allow_unicode=True, sort_keys=False)
    (root / "quality" / name).write_text(text, encoding="utf-8")


def load(root: Path):
    audit = Audit()
    units = load_units(root, audit)
    return load_quality(root, units, audit), audit


def problems(root: Path) -> list:
    with pytest.raises(DataError) as caught:
        load(root)
    return caught.value.problems


def test_a_duplicate_code_names_both_documents(data: Path) -> None:
    write(
        data,
        "documents.yaml",
        {
            "documents": [
                document("УЕ-ХҚТУ-029-2019", SYLLABUS),
                document("УЕ-ХҚТУ-025-2019", COURSE_WORKS | {"kk": "Кәсіптік практика ережесі"}),
                document("УЕ-ХҚТУ-029-2019", COURSE_WORKS),
            ]
        },
    )
    (problem,) = problems(data)
    assert problem.file.endswith("quality/documents.yaml")
    assert problem.field == "code"
    assert problem.line is not None and problem.line > 2
    assert SYLLABUS["kk"] in problem.message and COURSE_WORKS["kk"] in problem.message
    assert "УЕ-ХҚТУ-029-2019" in problem.message
    assert "line 2" in problem.message  # where the first one is


def test_a_file_gets_its_checksum_and_a_missing_file_is_an_error(data: Path) -> None:
    (data / "documents" / "map.pdf").write_bytes(b"%PDF-1.4 test")
    write(data, "documents.yaml", {"documents": [document("A-1", SYLLABUS, file="map.pdf")]})
    quality, _ = load(data)
    assert len(quality.checksums["A-1"]) == 64
    write(data, "documents.yaml", {"documents": [document("A-1", SYLLABUS, file="nope.pdf")]})
    (problem,) = problems(data)
    assert problem.field == "file"


def test_a_placeholder_field_is_a_concern_for_the_strict_build(data: Path) -> None:
    write(
        data,
        "documents.yaml",
        {"documents": [document("A-1", SYLLABUS, provenance_fields={"level": "placeholder"})]},
    )
    _, audit = load(data)
    (concern,) = [p for p in audit.of(Concern.PLACEHOLDER) if "quality" in p.file]
    assert "level" in concern.message
    assert any("quality" in p.file for p in audit.strict_problems())


def test_the_policy_without_text_is_reported_and_the_page_says_so(data: Path) -> None:
    from kazutb_transparency.quality.pages.documents import policy_page

    write(
        data,
        "policy.yaml",
        {"provenance": "placeholder", "source": {"kk": "Жоқ", "ru": "Нет", "en": "None"}},
    )
    quality, audit = load(data)
    assert [p.field for p in audit.of(Concern.INCOMPLETE) if "quality" in p.file] == ["text"]
    for lang in ("kk", "ru", "en"):
        # No quality policy in the documents register either: the page says it is missing.
        page = policy_page(quality, None, lang)
        assert 'class="admonition note"' in page
        assert len(page.splitlines()) <= 4  # a heading and the notice: no invented text


def _audits(**audit: object) -> dict:
    base = {
        "id": "audit-2025",
        "year": 2025,
        "start": "2025-03-03",
        "end": "2025-04-18",
        "lead": {"unit": "strategic-development"},
        "processes": [2, 11],
        "findings": [
            {
                "id": "f-1",
                "process": 11,
                "kind": "nonconformity",
                "severity": "minor",
                "text": {"kk": "Табылды", "ru": "Найдено", "en": "Found"},
            }
        ],
        "actions": [
            {
                "id": "capa-a-1",
                "kind": "corrective",
                "finding": "f-1",
                "action": {"kk": "Түзету", "ru": "Исправить", "en": "Correct"},
                "responsible": "educational-programmes",
                "due": "2025-08-25",
                "status": "in-progress",
            }
        ],
        "provenance": "confirmed",
        "source": {"kk": "Есеп", "ru": "Отчёт", "en": "Report"},
    }
    return {"as_of": "2026-11-20", "audits": [base | audit]}


def test_audits_load_and_overdue_follows_the_shared_rule(data: Path) -> None:
    from kazutb_transparency.quality.capa import state

    write(data, "audits.yaml", _audits())
    quality, _ = load(data)
    action = quality.records.audits[0].actions[0]
    assert state(action, quality.as_of) == "overdue"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"lead": {"unit": "nobody"}}, "lead.unit"),
        ({"processes": [2]}, "findings.0.process"),
        ({"end": "2025-01-01"}, "end"),
    ],
)
def test_bad_audit_records_name_the_field(data: Path, change: dict, field: str) -> None:
    write(data, "audits.yaml", _audits(**change))
    found = problems(data)
    assert field in [p.field for p in found]
    assert all(p.line for p in found)


def test_an_audit_action_follows_the_review_rule_of_survey_actions(data: Path) -> None:
    content = _audits()
    action = content["audits"][0]["actions"][0]
    action |= {"status": "effective", "review": "2025-09-01"}  # not 6–12 months after due
    write(data, "audits.yaml", content)
    (problem,) = problems(data)
    assert problem.field == "actions.0.review"
    assert "6–12 months" in problem.message


def test_an_action_for_an_unknown_finding(data: Path) -> None:
    content = _audits()
    content["audits"][0]["actions"][0]["finding"] = "f-9"
    write(data, "audits.yaml", content)
    (problem,) = problems(data)
    assert problem.field == "actions.0.finding"
    assert "f-1" in (problem.hint or "")


def test_no_name_can_be_given_to_an_auditor(data: Path) -> None:
    write(data, "audits.yaml", _audits(lead={"unit": "rector", "name": "A. Person"}))
    found = problems(data)
    assert any("name" in (p.field or "") for p in found)


def test_a_review_decision_cites_a_registered_document(data: Path) -> None:
    content = _audits()
    content["reviews"] = [
        {
            "id": "review-2025",
            "day": "2025-12-19",
            "chair": {"unit": "rector"},
            "inputs": ["a", "c6"],
            "decisions": [
                {"text": {"kk": "Шешім", "ru": "Решение", "en": "Decision"}, "document": "X-9"}
            ],
            "provenance": "confirmed",
            "source": {"kk": "Хаттама", "ru": "Протокол", "en": "Minutes"},
        }
    ]
    write(data, "audits.yaml", content)
    (problem,) = problems(data)
    assert problem.field == "decisions.0.document"


def test_one_list_of_actions_from_audits_and_surveys(default_site) -> None:
    from kazutb_transparency.quality.actions import all_actions, duplicate_ids
    from kazutb_transparency.quality.pages.actions import actions_page

    actions = all_actions(default_site.quality, default_site.surveys)
    assert {c.origin for c in actions} == {"audit", "survey"}
    assert duplicate_ids(default_site.quality, default_site.surveys, DATA) == []
    for lang in ("kk", "ru", "en"):
        page = actions_page(actions, default_site.units, lang)
        assert page.count("<table>") == len({c.state for c in actions})
        for capa in actions:
            assert f'id="{capa.action.id}"' in page


def test_the_default_register_holds_the_map_and_the_site_regulation(default_site) -> None:
    codes = {d.code for d in default_site.quality.documents}
    assert default_site.registry.document.code in codes
    assert "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12" in codes


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"closed": "2025-08-01"}, "actions.0.closed"),  # still in progress
        ({"opened": "2025-09-01"}, "actions.0.opened"),  # after due
        ({"status": "done", "opened": "2025-05-01", "closed": "2025-04-01"}, "actions.0.closed"),
        ({"status": "done", "closed": "2026-12-01"}, "actions.0.closed"),  # after as_of
    ],
)
def test_opening_and_closing_days_of_an_action(data: Path, change: dict, field: str) -> None:
    content = _audits()
    content["audits"][0]["actions"][0] |= change
    write(data, "audits.yaml", content)
    (problem,) = problems(data)
    assert (problem.field, bool(problem.line)) == (field, True)


def test_the_shared_rule_holds_for_survey_actions_too() -> None:
    from datetime import date

    from kazutb_transparency.core.i18n import Localized
    from kazutb_transparency.surveys.action_rules import date_issues
    from kazutb_transparency.surveys.models import Action, IndicatorRef

    action = Action(
        id="capa-1",
        kind="corrective",
        indicator=IndicatorRef(survey="graduates", wave="2025-06", unit_type="university"),
        action=Localized(kk="Әрекет", ru="Действие", en="Action"),
        responsible="rector",
        due=date(2025, 8, 1),
        status="planned",
        closed=date(2025, 7, 1),
    )
    assert [field for field, _, _ in date_issues(action, date(2026, 1, 1))] == ["closed"]
