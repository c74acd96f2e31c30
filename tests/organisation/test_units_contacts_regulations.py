"""Each unit's head by position, institutional contact and regulation (data/units.yaml), the
head of the organisation named from about.yaml through the allowlist, the structure page in
three languages, the `units` dataset, the register's §9.7.1.2 and the large site's units."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.disclosures.documents import Document
from kazutb_transparency.disclosures.loading import load_disclosures
from kazutb_transparency.disclosures.pages.about import structure_page, units_page
from kazutb_transparency.disclosures.register import _unit_regulations
from kazutb_transparency.disclosures.sample_pdf import sample_pdf
from kazutb_transparency.organisation import load_units
from kazutb_transparency.organisation.datasets import units_dataset
from tests.disclosures.helpers import TODAY, line_of, only

LANGS = ("kk", "ru", "en")
ADMISSIONS = "+7 (7172) 57 88 15"  # an institutional number the allowlist holds
REGULATION = {
    "id": "strategic-development-regulation",
    "kind": "unit-regulation",
    "title": {"kk": "Ереже (үлгі)", "ru": "Положение (образец)", "en": "Regulation (sample)"},
    "date": "2025-09-01",
    "issuer": {"kk": "Ректор", "ru": "Ректор", "en": "Rector"},
    "posted": "2026-11-20",
    "updated": "2026-11-20",
    "review_months": 12,
    "provenance": "placeholder",
    "source": {"kk": "Үлгі деректер", "ru": "Образец данных", "en": "Sample data"},
}


def _unit_problems(data_dir: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load_units(data_dir, Audit())
    return caught.value.problems


def _other_clauses(data_dir: Path) -> set[str]:
    """The register's clauses other domains give evidence for (all of them will do here)."""
    text = (data_dir / "disclosures" / "register.yaml").read_text(encoding="utf-8")
    return {clause["clause"] for clause in yaml.safe_load(text)}


def _disclosure_problems(data_dir: Path) -> list[Problem]:
    units = load_units(data_dir, Audit())
    with pytest.raises(DataError) as caught:
        load_disclosures(data_dir, units, TODAY, Audit(), _other_clauses(data_dir))
    return caught.value.problems


def _add_to_unit(path: Path, unit: str, text: str) -> None:
    """Insert field lines right after `- id: <unit>`."""
    source = path.read_text(encoding="utf-8")
    marker = f"- id: {unit}\n"
    assert marker in source
    path.write_text(source.replace(marker, marker + text, 1), encoding="utf-8")


# --- the structure page ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_units_page_gives_every_unit_its_head_contact_and_regulation(default_site, lang):
    page = units_page(default_site.disclosures, default_site.units, lang)
    table = page[page.index("<table") : page.index("</table>")]
    rows = re.findall(r"<tr><td>.*?</tr>", table)
    assert len(rows) == len(default_site.units.by_id)  # every body, role and unit
    strategic = next(r for r in rows if "strategic-development@example.org" in r)
    assert default_site.units.get("strategic-development").head.get(lang) in strategic
    assert 'href="mailto:strategic-development@example.org"' in strategic
    regulation = default_site.disclosures.document("strategic-development-regulation")
    assert regulation.document.title.get(lang) in strategic
    # The head of the organisation is named as about.yaml names them, on the Rector's row.
    head = default_site.disclosures.about.head
    rector = next(r for r in rows if head.name.get(lang) in r)
    assert default_site.units.get("rector").name.get(lang) in rector
    assert sum(head.name.get(lang) in r for r in rows) == 1
    # A unit without a regulation, a head's title or a contact says so.
    legal = next(r for r in rows if default_site.units.get("legal-hr").name.get(lang) in r)
    assert legal.count('class="no-info"') == 3
    assert "§9.7.1.7" in page and 'href="../opendata/units.csv"' in page.replace("../../", "../")


@pytest.mark.parametrize("lang", LANGS)
def test_structure_page_links_the_units_page_instead_of_repeating_it(default_site, lang):
    page = structure_page(default_site.disclosures, default_site.units, lang)
    assert 'href="units.html"' in page and "<table" not in page
    assert "strategic-development@example.org" not in page


def test_units_page_says_what_is_not_published(default_site):
    pages = {lang: units_page(default_site.disclosures, default_site.units, lang) for lang in LANGS}
    assert "regulation not published" in pages["en"]
    assert "положение не опубликовано" in pages["ru"]
    assert "ереже жарияланбаған" in pages["kk"]
    assert "head's position not published" in pages["en"]


# --- the open data --------------------------------------------------------------------


def test_units_dataset_has_every_unit_with_its_head_contact_and_regulation(default_site):
    dataset = units_dataset(
        default_site.units, default_site.disclosures.about.structure, default_site.today
    )
    assert dataset.name == "units" and dataset.pages == ("about/units.md",)
    names = [f.name for f in dataset.fields]
    for column in ("id", "parent", "kind", "name_kk", "head_en", "email", "phone", "regulation"):
        assert column in names
    rows = {row["id"]: row for row in dataset.rows}
    assert set(rows) == set(default_site.units.by_id)
    for row in rows.values():
        assert set(row) == set(names)
    strategic = rows["strategic-development"]
    assert strategic["email"] == "strategic-development@example.org"
    assert strategic["regulation"] == "strategic-development-regulation"
    assert "email=placeholder" in strategic["provenance_fields"]
    assert rows["legal-hr"]["head_en"] is None and rows["legal-hr"]["regulation"] is None
    assert dataset.updated == default_site.disclosures.about.structure.updated


def test_units_dataset_is_in_the_build(default_site):
    from kazutb_transparency.buildsteps.domains import DATASET_SOURCES

    names = [d.name for source in DATASET_SOURCES for d in source(default_site)]
    assert names.count("units") == 1


# --- the register -----------------------------------------------------------------------


def test_register_counts_units_without_a_published_regulation(default_site):
    row = next(r for r in default_site.register if r.clause.clause == "9.7.1.2")
    missing = [label.en for label in row.missing]
    units = [u for u in default_site.units if u.kind == "unit"]
    assert len(missing) == len(units)  # none of them has a regulation with its file
    assert "Legal and HR Department: regulation of the unit" in missing
    # The sample regulation is named, but its file is not published yet.
    assert any(m.startswith("Regulation of the Strategic Development Department") for m in missing)
    assert row.status == "incomplete"


def test_a_regulation_with_its_file_counts_as_present(data_copy, edit):
    documents = data_copy / "documents"
    pdf = sample_pdf(Document.model_validate(REGULATION))
    (documents / "sample-strategic-development-regulation.pdf").write_bytes(pdf)
    edit(
        data_copy / "disclosures" / "documents.yaml",
        "- id: strategic-development-regulation\n",
        "- id: strategic-development-regulation\n"
        "  file: sample-strategic-development-regulation.pdf\n  languages: [kk, ru, en]\n",
    )
    units = load_units(data_copy, Audit())
    d = load_disclosures(data_copy, units, TODAY, Audit(), _other_clauses(data_copy))
    evidence = _unit_regulations(d, units)
    present = [e.label.en for e in evidence if e.present]
    assert present == ["Regulation of the Strategic Development Department (sample)"]
    assert len(evidence) == len([u for u in units if u.kind == "unit"])
    page = units_page(d, units, "en")
    assert 'href="../../documents/sample-strategic-development-regulation.pdf"' in page


# --- bad input --------------------------------------------------------------------------


def test_unit_email_not_in_the_allowlist_is_refused(data_copy):
    path = data_copy / "units.yaml"
    _add_to_unit(path, "legal-hr", "  email: legal@example.org\n")
    problem = only(_unit_problems(data_copy), "units.yaml", "email")
    assert problem.record == "legal-hr"
    assert problem.line == line_of(path, "email: legal@example.org")
    assert "allowlist" in problem.message and "emails:" in (problem.hint or "")


def test_unit_phone_not_in_the_allowlist_is_refused(data_copy):
    path = data_copy / "units.yaml"
    _add_to_unit(path, "legal-hr", "  phone: +7 (7172) 57 88 16\n")
    problem = only(_unit_problems(data_copy), "units.yaml", "phone")
    assert problem.record == "legal-hr"
    assert problem.line == line_of(path, "phone: +7 (7172) 57 88 16")
    assert "phones:" in (problem.hint or "")


def test_unit_phone_that_is_no_number_is_refused(data_copy):
    _add_to_unit(data_copy / "units.yaml", "legal-hr", "  phone: +7 (000) 1\n")
    problem = only(_unit_problems(data_copy), "units.yaml", "phone")
    assert "not a valid phone number" in problem.message


def test_unit_phone_in_the_allowlist_is_published(data_copy):
    _add_to_unit(data_copy / "units.yaml", "student-recruitment", f"  phone: {ADMISSIONS}\n")
    units = load_units(data_copy, Audit())
    assert units.get("student-recruitment").phone == ADMISSIONS


def test_unit_email_of_a_wrong_form_is_refused(data_copy):
    path = data_copy / "units.yaml"
    _add_to_unit(path, "legal-hr", "  email: Legal HR at example\n")
    problem = only(_unit_problems(data_copy), "units.yaml", "email")
    assert problem.record == "legal-hr" and problem.line == line_of(path, "email: Legal HR")


def test_unit_regulation_of_a_wrong_type_is_refused(data_copy):
    path = data_copy / "units.yaml"
    _add_to_unit(path, "legal-hr", "  regulation: [a, b]\n")
    problem = only(_unit_problems(data_copy), "units.yaml", "regulation")
    assert problem.record == "legal-hr" and problem.line == line_of(path, "regulation: [a, b]")


def test_unknown_field_of_a_unit_is_refused(data_copy):
    path = data_copy / "units.yaml"
    _add_to_unit(path, "legal-hr", "  head_name: Someone\n")
    problem = only(_unit_problems(data_copy), "units.yaml", "head_name")
    assert problem.record == "legal-hr" and problem.line == line_of(path, "head_name:")


def test_unit_regulation_that_does_not_exist_is_refused(data_copy):
    path = data_copy / "units.yaml"
    _add_to_unit(path, "legal-hr", "  regulation: no-such-regulation\n")
    problem = only(_disclosure_problems(data_copy), "units.yaml", "regulation")
    assert problem.record == "legal-hr"
    assert problem.message == "unknown document 'no-such-regulation'"
    assert problem.line == line_of(path, "regulation: no-such-regulation")


def test_unit_regulation_of_another_kind_is_refused(data_copy):
    path = data_copy / "units.yaml"
    _add_to_unit(path, "legal-hr", "  regulation: charter-2015\n")
    problem = only(_disclosure_problems(data_copy), "units.yaml", "regulation")
    assert "of kind 'charter', not 'unit-regulation'" in problem.message
    assert problem.line == line_of(path, "regulation: charter-2015")


def test_head_name_not_in_the_allowlist_is_refused(data_copy, edit):
    path = data_copy / "disclosures" / "about.yaml"
    edit(path, "    en: L.K. Baibolova\n", "    en: Lyazzat Baibolova\n")
    problem = only(_disclosure_problems(data_copy), "about.yaml", "head.name.en")
    assert problem.record == "head"
    assert problem.line == line_of(path, "en: Lyazzat Baibolova")
    assert "people:" in (problem.hint or "")


def test_head_name_without_an_allowlist_is_refused(data_copy, edit):
    (data_copy / "privacy" / "allowlist.yaml").unlink()
    edit(data_copy / "units.yaml", "  email: strategic-development@example.org\n", "")
    problems = _disclosure_problems(data_copy)
    assert {p.field for p in problems} >= {"head.name.kk", "head.name.ru", "head.name.en"}


def test_allowlist_missing_the_sample_email_refuses_the_unit(data_copy, edit):
    edit(
        data_copy / "privacy" / "allowlist.yaml",
        "  - address: strategic-development@example.org\n",
        "  - address: strategic-planning@example.org\n",
    )
    problem = only(_unit_problems(data_copy), "units.yaml", "email")
    assert problem.record == "strategic-development"


# --- the large site ---------------------------------------------------------------------


def test_large_site_units_have_contacts_and_regulations(data_copy):
    from kazutb_transparency.bench.units import SYNTHETIC_UNITS, make_units

    before = len(load_units(data_copy, Audit()).by_id)
    make_units(data_copy)
    units = load_units(data_copy, Audit())  # every e-mail is in the allowlist
    assert len(units.by_id) == before + SYNTHETIC_UNITS
    structural = [u for u in units if u.kind == "unit"]
    assert all(u.email and u.regulation and u.head for u in structural)
    # Every regulation is a known document of its kind, with its file.
    d = load_disclosures(data_copy, units, TODAY, Audit(), _other_clauses(data_copy))
    assert all(d.document(u.regulation).file is not None for u in structural)
    # A confirmed unit keeps its confirmed name; what the benchmark added is a placeholder.
    strategic = units.get("strategic-development")
    assert strategic.state("name") == "confirmed" and strategic.state("email") == "placeholder"
