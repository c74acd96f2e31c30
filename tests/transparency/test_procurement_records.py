"""Procurement items each with their own record on the state portal and their documents;
the anti-corruption page and register saying what is missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.organisation import load_units
from kazutb_transparency.transparency import load_transparency
from kazutb_transparency.transparency.pages.by_law import procurement_page
from kazutb_transparency.transparency.pages.participation import anti_corruption_page
from tests.datafolder import units_folder
from tests.datafolder import write as write_file
from tests.disclosures.helpers import load
from tests.transparency.loading import refusals

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 23)
DOCUMENTS = {"plan-2025": "procurement-plan", "report-2025": "procurement-report"}

ITEM = """
- id: results-2025
  year: 2025
  stage: result
  title: {kk: Қорытынды, ru: Итоги, en: Results}
  portal_url: https://goszakup.gov.kz/ru/announce/index/1234
  plan_document: plan-2025
  result_document: report-2025
  posted: 2026-11-01
  updated: 2026-11-01
  review_months: 12
  provenance: placeholder
  source: {kk: Үлгі деректер, ru: Образец данных, en: Sample data}
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return units_folder(tmp_path, "transparency")


def write(folder: Path, text: str) -> Path:
    return write_file(folder, "transparency", "procurement.yaml", text)


def problems(folder: Path) -> list[Problem]:
    return refusals(folder, DOCUMENTS, TODAY)


def test_an_item_with_its_own_record_and_documents_loads(folder: Path) -> None:
    write(folder, ITEM)
    audit = Audit()
    [item] = load_transparency(
        folder, load_units(folder, audit), DOCUMENTS, TODAY, audit
    ).procurement
    assert item.portal_url == "https://goszakup.gov.kz/ru/announce/index/1234"
    assert (item.plan_document, item.result_document) == ("plan-2025", "report-2025")


@pytest.mark.parametrize(
    "home", ["https://goszakup.gov.kz/", "https://goszakup.gov.kz", "https://goszakup.gov.kz/ru/"]
)
def test_the_portal_s_home_page_is_refused_with_what_to_do(folder: Path, home: str) -> None:
    path = write(folder, ITEM.replace("https://goszakup.gov.kz/ru/announce/index/1234", home))
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("results-2025", "portal_url")
    assert problem.line == 1 + path.read_text("utf-8").splitlines().index(f"  portal_url: {home}")
    assert "home page, not this item's own record" in problem.message
    assert problem.hint is not None and "copy the address of its own page" in problem.hint


@pytest.mark.parametrize(
    ("address", "said"),
    [
        ("http://goszakup.gov.kz/ru/announce/index/1234", "not an https address"),
        ("https://example.org/ru/announce/index/1234", "not on the state procurement portal"),
    ],
)
def test_another_address_is_refused(folder: Path, address: str, said: str) -> None:
    write(folder, ITEM.replace("https://goszakup.gov.kz/ru/announce/index/1234", address))
    [problem] = problems(folder)
    assert problem.field == "portal_url" and said in problem.message and problem.hint


def test_documents_must_exist_and_be_of_their_kind(folder: Path) -> None:
    write(folder, ITEM.replace("plan_document: plan-2025", "plan_document: report-2025"))
    [problem] = problems(folder)
    assert problem.field == "plan_document"
    assert "of kind 'procurement-report', not 'procurement-plan'" in problem.message
    write(folder, ITEM.replace("result_document: report-2025", "result_document: none-1"))
    [problem] = problems(folder)
    assert problem.field == "result_document" and "unknown document 'none-1'" in problem.message


def test_a_plan_has_no_result_document(folder: Path) -> None:
    write(folder, ITEM.replace("stage: result", "stage: plan"))
    [problem] = problems(folder)
    assert "a plan has no 'result_document'" in problem.message


def test_the_page_links_the_item_s_record_and_names_its_documents(default_site) -> None:
    t, d = default_site.transparency, default_site.disclosures
    page = procurement_page(t, d, "en")
    assert 'href="https://goszakup.gov.kz/ru/announce/index/sample-2025"' in page
    assert 'href="https://goszakup.gov.kz/"' not in page
    assert "Results document: Report on the procurement results for 2025" in page
    assert "Plan document: Procurement plan for 2026" in page
    assert "Жоспар: 2026 жылғы сатып алу жоспары" in procurement_page(t, d, "kk")


def test_the_anti_corruption_page_says_what_is_missing(data_copy: Path) -> None:
    path = data_copy / "transparency" / "anti-corruption.yaml"
    text = path.read_text("utf-8")
    text = text.replace("policy: anti-corruption-policy\n", "").replace(
        "reports: [anti-corruption-report-2025]", "reports: []"
    )
    path.write_text(text, "utf-8")
    site = load(data_copy)
    pages = {
        lang: anti_corruption_page(site.transparency, site.disclosures, lang)
        for lang in ("kk", "ru", "en")
    }
    assert "no policy document is named" in pages["en"]
    assert "The report for 2025 is not published yet." in pages["en"]
    assert "2025 жылғы есеп әлі жарияланбаған." in pages["kk"]
    assert "Антикоррупционная политика не опубликована" in pages["ru"]
    row = next(r for r in site.register if r.clause.clause == "8.3.9")
    missing = [label.en for label in row.missing]
    assert "Anti-corruption policy" in missing
    assert "Report on anti-corruption measures, 2025" in missing


def test_a_policy_without_its_file_is_said(default_site) -> None:
    page = anti_corruption_page(default_site.transparency, default_site.disclosures, "en")
    assert "The policy's file is not published yet." in page
    assert "The report for 2025 is not published yet." not in page
