"""The pages and datasets: checksums, JSON-LD, notices, "no information", the register, audit."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.markdown import esc, tr
from kazutb_transparency.disclosures import document_files, published_documents
from kazutb_transparency.disclosures.datasets import disclosure_datasets, register_dataset
from kazutb_transparency.disclosures.pages import render_disclosure_pages, render_register_page
from kazutb_transparency.disclosures.pages.common import L as COMMON
from kazutb_transparency.disclosures.register import REQUIRED_CLAUSES
from tests.disclosures.helpers import load

LANGS = ("kk", "ru", "en")
JSONLD = re.compile(r'<script type="application/ld\+json">\n(.*?)\n</script>', re.S)


@pytest.fixture(scope="module")
def pages(default_site) -> dict[str, dict[str, str]]:
    site = default_site
    return {
        lang: render_disclosure_pages(site.disclosures, site.units, lang)
        | render_register_page(site.disclosures, site.register, site.units, lang)
        for lang in LANGS
    }


def jsonld_of(page: str) -> dict:
    blocks = JSONLD.findall(page)
    assert len(blocks) == 1, "expected exactly one JSON-LD block"
    return json.loads(blocks[0].replace("<\\/", "</"))


def test_fixed_addresses_in_every_language(pages) -> None:
    fixed = {
        "about/index.md",
        "about/structure.md",
        "about/units.md",
        "about/forms-of-study.md",
        "about/documents.md",
        "about/resources.md",
        "about/reports.md",
        "programmes/index.md",
        "accreditation/index.md",
        "register/index.md",
    }
    for lang in LANGS:
        assert fixed <= set(pages[lang]), lang
        assert "programmes/6B04105.md" in pages[lang]


def test_checksum_on_the_page_is_the_files_real_sha256(default_site, pages) -> None:
    d = default_site.disclosures
    docs = published_documents(d.documents)
    assert docs, "no published document"
    # A curriculum is on its programme's page (the documents page counts them).
    curricula = {
        e.file.source: f"programmes/{p.code}.md"
        for e in d.documents_of("curriculum")
        if e.file
        for p in d.programmes
        if p.curriculum == e.document.id
    }
    for doc in docs:
        real = hashlib.sha256(doc.source.read_bytes()).hexdigest()
        assert doc.sha256 == real and doc.size == doc.source.stat().st_size
        if doc.source in curricula:
            for lang in LANGS:
                assert f"documents/{doc.source.name}" in pages[lang][curricula[doc.source]]
            continue
        page = "about/reports.md" if doc.clauses[0].startswith("8.") else "about/documents.md"
        for lang in LANGS:
            assert f'<code class="sha256" tabindex="0">{real}</code>' in pages[lang][page], (
                doc.source,
                lang,
            )
            assert f"documents/{doc.source.name}" in pages[lang][page]


def test_document_files_for_the_build_and_the_evidence_pack(default_site) -> None:
    files = document_files(default_site.disclosures.documents)
    assert files and all(src.is_file() for src, _ in files)
    assert all(dest == f"documents/{src.name}" for src, dest in files)
    assert all(doc.clauses for doc in published_documents(default_site.disclosures.documents))


def test_university_jsonld(pages) -> None:
    for lang in LANGS:
        data = jsonld_of(pages[lang]["about/index.md"])
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "CollegeOrUniversity"
        assert data["url"] == "https://kazutb.edu.kz/"
        for key in ("name", "legalName", "telephone", "employee"):
            assert data[key], key
        # Placeholders (the sample address, e-mails, BIN) are left out: machines would
        # take them as facts; the public-source phones are kept and flagged.
        assert not {"address", "email", "identifier"} & set(data)
        assert "disambiguatingDescription" in data


def test_programme_jsonld_leaves_placeholders_out(pages) -> None:
    for lang in LANGS:
        data = jsonld_of(pages[lang]["programmes/6B04105.md"])
        assert data["identifier"] == "6B04105" and data["name"]  # public source, flagged
        assert "disambiguatingDescription" in data
        for key in ("numberOfCredits", "inLanguage", "timeToComplete"):
            assert key not in data, key


def test_programme_jsonld(data_copy: Path, edit) -> None:
    path = data_copy / "disclosures/programmes/6B04105.yaml"
    edit(path, "provenance: placeholder", "provenance: confirmed")
    edit(path, "provenance_fields: {code: public-source, name: public-source}\n", "")
    site = load(data_copy)
    courses = site.disclosures.disciplines_of("6B04105")
    for lang in LANGS:
        page = render_disclosure_pages(site.disclosures, site.units, lang)
        data = jsonld_of(page["programmes/6B04105.md"])
        assert "disambiguatingDescription" not in data
        assert data["@type"] == "EducationalOccupationalProgram"
        assert data["identifier"] == "6B04105"
        assert data["timeToComplete"] == "P4Y"
        assert re.fullmatch(r"P(\d+Y)?(\d+M)?", data["timeToComplete"])
        assert data["numberOfCredits"] == 240
        assert data["inLanguage"] == ["kk", "ru", "en"]
        credential = data["educationalCredentialAwarded"]
        assert credential["@type"] == "EducationalOccupationalCredential" and credential["name"]
        assert data["provider"]["@type"] == "CollegeOrUniversity"
        # The courses are the page's table and the open data's disciplines, not a list
        # here repeated on every page (issue 64): search engines show a programme by the
        # properties above; the credits say how much the courses add up to.
        assert courses and "hasCourse" not in data


def test_sample_notice_on_every_page_with_unverified_data(pages) -> None:
    for lang in LANGS:
        title = COMMON["sample_title"][lang]
        for path, text in pages[lang].items():
            assert title in text, f"{lang}/{path} has no sample-data notice"


def test_nothing_silently_missing(pages) -> None:
    for lang in LANGS:
        no_info = COMMON["no_info"][lang]
        assert no_info in pages[lang]["about/index.md"]  # founding date, head's start date
        assert no_info in pages[lang]["programmes/6B02102.md"]  # name, outcomes, accreditation
        assert no_info in pages[lang]["programmes/index.md"]  # no master's programmes
        # The development programme's file, in its table cell.
        assert COMMON["no_info_short"][lang] in pages[lang]["about/documents.md"]


def test_history_stays_visible(pages) -> None:
    text = pages["en"]["about/documents.md"]
    assert "Charter of the university (2015 version)" in text and "Replaced by “" in text
    accreditation = pages["en"]["accreditation/index.md"]
    assert "SAMPLE-IA-0001" in accreditation and "expired" in accreditation


def test_register_has_a_row_per_required_clause(default_site, pages) -> None:
    rows = {row.clause.clause: row for row in default_site.register}
    assert set(REQUIRED_CLAUSES) <= set(rows)
    for clause in REQUIRED_CLAUSES:
        assert rows[clause].status in ("complete", "incomplete", "unverified")
        for lang in LANGS:
            assert f'id="clause-{clause.replace(".", "-")}"' in pages[lang]["register/index.md"]
    # What the default data lack is counted as incomplete, not hidden.
    assert rows["9.7.1.1"].status == "incomplete"
    assert [m.en for m in rows["9.7.1.1"].missing] == ["Founding date"]
    assert rows["9.7.3"].status == "incomplete"
    assert rows["9.7.2.1"].status == "unverified"
    assert rows["8.5.5"].stale and "(stale)" in pages["en"]["register/index.md"]


def test_register_dataset(default_site) -> None:
    site = default_site
    datasets = {
        d.name: d
        for d in [
            *disclosure_datasets(site.disclosures, site.units),
            register_dataset(site.disclosures, site.register, site.units),
        ]
    }
    assert set(datasets) == {
        "programmes",
        "disciplines",
        "accreditations",
        "documents",
        "academic-calendar",
        "disclosure-register",
    }
    register = datasets["disclosure-register"]
    clauses = {row["clause"] for row in register.rows}
    assert set(REQUIRED_CLAUSES) <= clauses
    names = {f.name for f in register.fields}
    for row in register.rows:
        assert set(row) <= names
        assert row["requirement_kk"] and row["requirement_ru"] and row["requirement_en"]
    for dataset in datasets.values():
        names = [f.name for f in dataset.fields]
        assert len(names) == len(set(names)), dataset.name
        for row in dataset.rows:
            assert set(row) == set(names), dataset.name


def test_strict_audit_lists_unverified_and_stale_items(default_site) -> None:
    unconfirmed = default_site.audit.of(Concern.PLACEHOLDER) + default_site.audit.of(
        Concern.PUBLIC_SOURCE
    )
    files = {p.file.replace("\\", "/").split("data/")[-1] for p in unconfirmed}
    for name in (
        "disclosures/about.yaml",
        "disclosures/programmes/6B04105.yaml",
        "disclosures/accreditations.yaml",
        "disclosures/documents.yaml",
        "disclosures/resources.yaml",
        "disclosures/register.yaml",
    ):
        assert name in files, name
    stale = {
        (p.file.replace("\\", "/").split("data/")[-1], p.record)
        for p in default_site.audit.of(Concern.STALE)
    }
    assert ("disclosures/documents.yaml", "goals-2025") in stale
    assert ("disclosures/resources.yaml", "library") in stale
    strict = "\n".join(str(p) for p in default_site.audit.strict_problems())
    assert "placeholder value: every value: an illustration" in strict
    assert "public source, not confirmed by the university: every value" in strict
    assert "stale: review was due on 2026-02-10" in strict
    # Superseded documents and expired accreditations are history: never stale.
    assert not [r for f, r in stale if r in ("charter-2015", "inst-2021")]


def test_verified_data_show_no_notice(data_copy: Path, edit) -> None:
    path = data_copy / "disclosures" / "forms.yaml"
    text = path.read_text(encoding="utf-8")
    confirmed = text.replace("provenance: placeholder", "provenance: confirmed")
    path.write_text(confirmed, encoding="utf-8")
    site = load(data_copy)
    page = render_disclosure_pages(site.disclosures, site.units, "en")["about/forms-of-study.md"]
    assert COMMON["sample_title"]["en"] not in page


def test_every_current_document_is_on_a_documents_page(default_site, pages) -> None:
    """A document of a kind no section lists (a council's decision, an agreement) is still
    on the documents page, under "Other documents": publishing it shows it somewhere."""
    listed = pages["en"]["about/documents.md"] + pages["en"]["about/reports.md"]
    for entry in default_site.disclosures.documents:
        doc = entry.document
        if not doc.current or doc.kind == "curriculum":
            continue
        for lang in LANGS:
            text = pages[lang]["about/documents.md"] + pages[lang]["about/reports.md"]
            assert tr(doc.title, lang) in text or esc(tr(doc.title, lang)) in text, (doc.id, lang)
    assert "Other documents" in listed
