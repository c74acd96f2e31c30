"""The students' pages on the site: three languages, open data, register rows, the link
between the grade-appeal procedure and the integrity survey, and the large benchmark site."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import yaml

from kazutb_transparency.bench.students import CAMPUSES, make_students
from kazutb_transparency.buildsteps import domains
from kazutb_transparency.overview.changes import collect_changes
from kazutb_transparency.students.datasets import student_datasets
from kazutb_transparency.students.pages import render_student_pages
from tests.disclosures.helpers import load

PAGES = {"students/index.md", "students/appeals.md", "students/support.md"}


def _pages(site, lang: str) -> dict[str, str]:
    names = {s.id: s.name for s in site.surveys.catalogue.surveys}
    return render_student_pages(site.students, site.disclosures, site.units, names, lang)


def test_pages_in_three_languages(default_site) -> None:
    for lang in ("kk", "ru", "en"):
        pages = _pages(default_site, lang)
        assert set(pages) == PAGES
        for path, text in pages.items():
            assert text.startswith("# "), path
            assert "Байболова" not in text and "Baibolova" not in text
    en = _pages(default_site, "en")
    appeals, support = en["students/appeals.md"], en["students/support.md"]
    assert "placeholder" in appeals and "3\u00a0working days" in appeals
    # Distinct from citizens' appeals, and linked to them; the survey that asks about it.
    assert 'href="../transparency/appeals.html"' in appeals
    assert 'href="../quality/academic-integrity.html"' in appeals and "q06" in appeals
    assert "ESG" in appeals and "application/ld+json" not in appeals  # demonstration values
    for kind in ("Advisers and curators", "Psychological support", "Health care", "Catering"):
        assert f"## {kind}" in support
    assert "## Disability access" in support and "application/ld+json" not in support
    # Scholarships are linked, not repeated.
    assert 'href="../applicants/costs.html"' in support
    kk = _pages(default_site, "kk")["students/appeals.md"]
    assert "1\u00a0жұмыс күні" in kk and "Бағаға апелляция беру" in kk


def test_the_survey_page_links_the_procedure(default_site) -> None:
    page = domains.RENDERERS[2](default_site, "ru", None)["quality/academic-integrity.md"]
    row = next(r for r in page.split("<tr>") if "<td>q06</td>" in r)
    assert 'href="../students/appeals.html"' in row
    # The other questions link nothing.
    assert not [r for r in page.split("<tr>") if "<td>q01</td>" in r and "students/" in r]


def test_open_data(default_site) -> None:
    [dataset] = student_datasets(default_site.students)
    assert dataset.name == "student-support"
    names = [f.name for f in dataset.fields]
    for column in ("kind", "name_kk", "where_en", "hours_ru", "email", "accessible"):
        assert column in names
    rows = {row["id"]: row for row in dataset.rows}
    assert rows["medical-point"]["kind"] == "health"
    assert rows["medical-point"]["accessible"] is True
    assert all(row["provenance"] == "placeholder" for row in rows.values())
    assert dataset.pages == ("students/support.md",)
    json.dumps(dataset.rows, default=str)  # every value can be written as JSON


def test_register_rows_and_the_strict_build(default_site) -> None:
    rows = {row.clause.clause: row for row in default_site.register}
    assert "students/appeals.md" in rows["9.7.1.5"].clause.pages
    assert "students/support.md" in rows["9.7.1.8"].clause.pages
    labels = [e.label.en for e in rows["9.7.1.8"].evidence]
    assert "Medical point" in labels and "Student canteen" in labels
    assert rows["9.7.1.5"].status == "unverified"
    refused = {Path(p.file).name for p in default_site.audit.strict_problems()}
    assert {"grade-appeals.yaml", "support.yaml"} <= refused


def test_absent_files_leave_the_clauses_incomplete(data_copy: Path) -> None:
    (data_copy / "students" / "grade-appeals.yaml").unlink()
    support = data_copy / "students" / "support.yaml"
    services = yaml.safe_load(support.read_text(encoding="utf-8"))
    kept = [s for s in services if s["kind"] != "catering"]
    support.write_text(yaml.safe_dump(kept, allow_unicode=True), encoding="utf-8")
    site = load(data_copy)
    rows = {row.clause.clause: row for row in site.register}
    assert [label.en for label in rows["9.7.1.5"].missing] == [
        "How students appeal a grade and complain"
    ]
    assert [label.en for label in rows["9.7.1.8"].missing] == ["Student support: Catering"]
    pages = _pages(site, "en")
    assert "No information" in pages["students/appeals.md"]
    catering = pages["students/support.md"].split("## Catering")[1]
    assert "No information" in catering.split("##")[0]


def test_changes_list_the_students_records(default_site) -> None:
    site = default_site
    changes = collect_changes(
        site.disclosures, site.registry, site.surveys, site.transparency, site.students
    )
    keys = {c.key for c in changes if c.section == "students"}
    assert {"grade-appeals", "support-medical-point"} <= keys


def test_the_large_site_has_a_large_universitys_services(tmp_path: Path) -> None:
    note = make_students(tmp_path)
    services = yaml.safe_load((tmp_path / "students" / "support.yaml").read_text("utf-8"))
    assert len(services) == CAMPUSES * 12 and note.startswith(str(len(services)))
    assert not any("email" in s or "phone" in s for s in services)


def test_confirmed_records_are_described_for_search_engines(default_site) -> None:
    """JSON-LD carries only records with no demonstration value: a search engine shows no
    provenance mark. Confirmed, the procedure is a HowTo and each service a Service that
    names the university once."""
    s = default_site.students
    confirmed = replace(
        s,
        appeals=s.appeals.model_copy(update={"provenance": "confirmed"}),
        services=(s.services[0].model_copy(update={"provenance": "confirmed"}), *s.services[1:]),
    )
    names = {x.id: x.name for x in default_site.surveys.catalogue.surveys}
    pages = render_student_pages(
        confirmed, default_site.disclosures, default_site.units, names, "en"
    )
    assert '"@type":"HowTo"' in pages["students/appeals.md"]
    support = pages["students/support.md"]
    assert support.count('"@type":"Service"') == 1 and support.count('"@id":"#university"') == 2
