"""The transparency mechanisms on the site: register rows, §11.6, pages and open data."""

from __future__ import annotations

import json
import re
from pathlib import Path

from kazutb_transparency.bench.transparency import make_transparency
from kazutb_transparency.buildsteps import domains
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.overview.changes import collect_changes
from kazutb_transparency.transparency.datasets import transparency_datasets
from kazutb_transparency.transparency.pages import render_transparency_pages
from tests.disclosures.helpers import load

# Every clause of the regulation that asks something of the site has a register row.
CLAUSES = {
    "8.3.1",
    "8.3.2",
    "8.3.4",
    "8.3.5",
    "8.3.6",
    "8.3.7",
    "8.3.8",
    "8.3.9",
    "8.3.10",
    "8.5.5",
    "9.7.3",
    "11.6",
}
PAGES = {
    "transparency/index.md",
    "transparency/appeals.md",
    "transparency/councils.md",
    "transparency/consultations.md",
    "transparency/anti-corruption.md",
    "transparency/procurement.md",
    "transparency/competitions.md",
    "transparency/inspections.md",
    "transparency/finances.md",
}


def test_the_register_has_a_row_for_every_clause(default_site) -> None:
    rows = {row.clause.clause: row for row in default_site.register}
    assert set(rows) >= CLAUSES
    # The demonstration appeals and bodies are present but not confirmed.
    assert rows["8.3.4"].status == "unverified"
    assert rows["8.3.5"].status == "unverified"
    # The demonstration news are present but not confirmed; the press office's phone is
    # not in the sources: said, not hidden.
    assert rows["8.3.8"].status == "unverified"
    assert rows["8.3.10"].status == "incomplete"


def test_the_home_page_leads_to_the_register_and_what_is_missing_without_a_count(
    default_site,
) -> None:
    """The counts of complete clauses are the register's: the home page links to it, and
    to what is not yet published while a clause is incomplete."""
    home = domains.RENDERERS[3](default_site, "en", None)["index.md"]
    total = len(default_site.register)
    assert "(register/index.md)" in home and f"of {total}" not in home
    assert any(row.status == "incomplete" for row in default_site.register)
    assert "(register/not-yet-published.md)" in home


def test_a_document_lacking_a_language_is_listed_and_a_mandatory_one_refused(
    data_copy: Path, edit
) -> None:
    documents = data_copy / "disclosures" / "documents.yaml"
    # The current charter exists in English only.
    site = load(data_copy)
    row = next(r for r in site.register if r.clause.clause == "11.6")
    lacking = [label.en for label in row.missing]
    assert "Charter of the university: no version in Kazakh and Russian" in lacking
    refused = [p for p in site.audit.of(Concern.INCOMPLETE) if p.record == "charter-2023"]
    assert len(refused) == 1 and refused[0].field == "languages"
    assert "§11.6" in refused[0].message and refused[0].file.endswith("documents.yaml")
    assert refused[0].line is not None
    # In three languages, the charter is neither listed nor refused.
    text = documents.read_text(encoding="utf-8")
    start = text.index("- id: charter-2023")
    fixed = text[:start] + text[start:].replace("languages: [en]", "languages: [kk, ru, en]", 1)
    documents.write_text(fixed, encoding="utf-8")
    site = load(data_copy)
    row = next(r for r in site.register if r.clause.clause == "11.6")
    assert not [label for label in row.missing if label.en.startswith("Charter of the")]
    assert not [p for p in site.audit.of(Concern.INCOMPLETE) if p.record == "charter-2023"]


def test_a_plan_without_its_purpose_is_missing_from_8_3_7(default_site) -> None:
    row = next(r for r in default_site.register if r.clause.clause == "8.3.7")
    missing = [label.en for label in row.missing]
    assert any(text.startswith("University Development Programme") for text in missing)
    # The procurement plan explains itself.
    assert not any(text.startswith("Procurement plan") for text in missing)


def test_the_strict_build_refuses_the_demonstration_values(default_site) -> None:
    refused = {Path(p.file).name for p in default_site.audit.strict_problems()}
    assert {
        "appeals.yaml",
        "appeals-statistics.yaml",
        "bodies.yaml",
        "consultations.yaml",
        "anti-corruption.yaml",
        "procurement.yaml",
        "competitions.yaml",
        "inspections.yaml",
        "finances.yaml",
    } <= refused


def test_pages_in_three_languages_name_no_one(default_site) -> None:
    for lang in ("kk", "ru", "en"):
        pages = render_transparency_pages(
            default_site.transparency,
            default_site.disclosures,
            default_site.units,
            default_site.disclosure,
            lang,
        )
        assert set(pages) == PAGES
        for path, text in pages.items():
            assert text.startswith("# "), path
            # The rector is named in the sources; the bodies list positions only.
            assert "Байболова" not in text and "Baibolova" not in text
    en = render_transparency_pages(
        default_site.transparency,
        default_site.disclosures,
        default_site.units,
        default_site.disclosure,
        "en",
    )
    assert "Public council" in en["transparency/councils.md"]
    assert "placeholder" in en["transparency/appeals.md"]
    assert "within 15 working days" in en["transparency/appeals.md"]


def test_open_competitions_are_job_postings(default_site) -> None:
    page = render_transparency_pages(
        default_site.transparency,
        default_site.disclosures,
        default_site.units,
        default_site.disclosure,
        "en",
    )["transparency/competitions.md"]
    block = re.search(r'<script type="application/ld\+json">\n(.*)\n</script>', page)
    assert block is not None
    postings = json.loads(block.group(1))["@graph"]
    assert postings and all(p["@type"] == "JobPosting" for p in postings)
    assert all(p["validThrough"] >= "2026-11-21" for p in postings)


def test_open_data_of_every_domain_part(default_site) -> None:
    datasets = {
        d.name: d for d in transparency_datasets(default_site.transparency, default_site.disclosure)
    }
    assert set(datasets) == {
        "appeals-statistics",
        "collegial-bodies",
        "body-meetings",
        "consultations",
        "procurement",
        "competitions",
        "inspections",
        "inspection-actions",
        "finances",
    }
    for dataset in datasets.values():
        names = {f.name for f in dataset.fields}
        assert {"posted", "updated", "provenance", "source_kk"} <= names, dataset.name
        for row in dataset.rows:
            assert set(row) <= names, dataset.name
    appeals = datasets["appeals-statistics"]
    assert all(row["provenance"] == "placeholder" for row in appeals.rows)


def test_what_changed_lists_the_transparency_records(default_site) -> None:
    changes = collect_changes(
        default_site.disclosures,
        default_site.registry,
        default_site.surveys,
        default_site.transparency,
    )
    keys = {c.key: c for c in changes}
    assert keys["body-public-council"].page == "transparency/councils.md"
    assert keys["appeals-2025"].section == "transparency"
    assert "competition-2026-senior-lecturer-food" in keys
    assert keys["inspection-2025-scheduled-sample"].page == "transparency/inspections.md"
    assert keys["finances-2025"].page == "transparency/finances.md"


def test_the_home_page_links_the_transparency_section(default_site) -> None:
    home = domains.RENDERERS[3](default_site, "ru", None)["index.md"]
    assert "(transparency/index.md)" in home and "Открытость и обратная связь" in home


def test_a_missing_hotline_is_said(default_site) -> None:
    page = render_transparency_pages(
        default_site.transparency,
        default_site.disclosures,
        default_site.units,
        default_site.disclosure,
        "en",
    )["transparency/anti-corruption.md"]
    assert 'Hotline: <em class="no-info">' in page
    row = next(r for r in default_site.register if r.clause.clause == "8.3.9")
    assert "Anti-corruption hotline" in [label.en for label in row.missing]


def test_the_pages_stay_small_at_a_large_university_s_size(data_copy: Path) -> None:
    # The benchmark's large site: dozens of bodies, years of appeals, many competitions.
    make_transparency(data_copy)
    site = load(data_copy)
    assert len(site.transparency.bodies) >= 30 and len(site.transparency.appeal_years) >= 10
    assert len(site.transparency.inspections or ()) >= 40
    assert len(site.transparency.finances or ()) == 10
    # Every procured item links its own record on the portal, never the home page.
    assert len(site.transparency.procurement) >= 100
    assert all(
        (p.portal_url or "").startswith("https://goszakup.gov.kz/ru/announce/index/")
        for p in site.transparency.procurement
    )
    for lang in ("kk", "ru", "en"):
        pages = render_transparency_pages(
            site.transparency, site.disclosures, site.units, site.disclosure, lang
        )
        # Markdown, before the theme adds its ~20 KB: the built pages stay under 100 KB.
        assert max(len(text.encode()) for text in pages.values()) < 50_000, lang
        # Each body has one heading: the table of contents does not grow twice as fast.
        assert pages["transparency/councils.md"].count("\n## ") == len(site.transparency.bodies)
