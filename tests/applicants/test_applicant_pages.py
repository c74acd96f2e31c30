"""The applicants' pages, key facts, open data and register rows; the strict build refuses
their demonstration values, naming them."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from kazutb_transparency.applicants.datasets import applicant_datasets
from kazutb_transparency.applicants.pages import (
    jsonld_additions,
    key_facts,
    render_applicant_pages,
)
from kazutb_transparency.buildsteps import domains
from kazutb_transparency.buildsteps.pipeline import check_data
from kazutb_transparency.buildsteps.site import load_site
from kazutb_transparency.core.audit import Concern

REPO = Path(__file__).resolve().parents[2]
FIXED = ("applicants/index.md", "applicants/costs.md", "applicants/outcomes.md")


def _programme(site, code: str):
    return next(p for p in site.disclosures.programmes if p.code == code)


def test_fixed_addresses_in_three_languages(default_site) -> None:
    for lang in ("kk", "ru", "en"):
        pages = render_applicant_pages(default_site.applicants, default_site.disclosures, lang)
        assert set(FIXED) <= set(pages)
        groups = [p for p in pages if p.startswith("applicants/group-")]
        assert len(groups) == len(default_site.applicants.groups)


def test_programme_page_starts_with_key_facts(default_site) -> None:
    pages = {}
    for render in domains.RENDERERS[:2]:
        pages.update(render(default_site, "en", None))
    page = pages["programmes/6B04105.md"]
    facts = page.index("## Key facts")
    assert facts < page.index("Intended learning outcomes")
    block = page[facts : page.index("</dl>", facts)]
    for label in (
        "Tuition fee",
        "Places and grants",
        "Entry subjects",
        "Entry scores of those admitted",
        "Students",
        "Employment",
        "Accreditation",
        "Student surveys",
    ):
        assert f"<dt>{label}</dt>" in block
    # Every value carries its own provenance mark, or says there is none yet; a date that
    # every value shares is said once, under the block.
    note = page[page.index("</dl>", facts) :].split("</small>", 1)[0]
    for value in re.findall(r"<dd>(.*?)</dd>", block):
        assert "prov-" in value or "no data yet" in value or "accreditation-none" in value, value
    assert "prov-" not in note
    assert "₸" in block
    assert "Every value above updated" in note and "\x00" not in page


def test_no_data_yet_where_there_is_none(data_copy) -> None:
    (data_copy / "applicants" / "programmes" / "6B04105.yaml").unlink()
    site = load_site(data_copy, date(2026, 11, 23))
    block = key_facts(
        site.applicants.facts_of("6B04105"),
        site.disclosures,
        _programme(site, "6B04105"),
        "programmes/6B04105.md",
        "kk",
    )
    assert block.count("деректер әлі жоқ") >= 3  # fee, students, employment, surveys


def test_group_comparison_is_a_static_table(default_site) -> None:
    a = default_site.applicants
    group = a.group("B041")
    page = render_applicant_pages(a, default_site.disclosures, "ru")["applicants/group-b041.md"]
    assert "<script" not in page.replace('<script type="application/ld+json">', "")
    for code in group.programmes:
        assert f"{code}.html" in page
    assert page.count("<tr>") >= len(group.programmes) + 1


def test_jsonld_leaves_out_placeholders_and_gives_offers_once_confirmed(data_copy, edit) -> None:
    site = load_site(data_copy, date(2026, 11, 23))
    assert jsonld_additions(site.applicants.facts_of("6B04105"), "en") == {}
    path = data_copy / "applicants" / "programmes" / "6B04105.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("provenance: placeholder", "provenance: confirmed"), "utf-8")
    site = load_site(data_copy, date(2026, 11, 23))
    extra = jsonld_additions(site.applicants.facts_of("6B04105"), "en")
    offers = extra["offers"]
    assert {o["priceCurrency"] for o in offers} == {"KZT"}
    assert all(o["@type"] == "Offer" and isinstance(o["price"], int) for o in offers)
    json.dumps(extra)


def test_open_data_has_each_dataset_with_provenance(default_site) -> None:
    found = {
        d.name: d for d in applicant_datasets(default_site.applicants, default_site.disclosures)
    }
    assert set(found) == {
        "admission",
        "tuition-fees",
        "students",
        "graduate-outcomes",
        "cohort-completion",
        "teaching-staff",
        "final-attestation",
        "graduate-earnings",
        "vacant-places",
    }
    for dataset in found.values():
        names = {f.name for f in dataset.fields}
        assert {"provenance", "updated"} <= names, dataset.name
        assert all(row["provenance"] == "placeholder" for row in dataset.rows)
    fees = found["tuition-fees"].rows
    assert all(isinstance(row["fee_kzt"], int) for row in fees)


def test_register_rows_for_the_clauses_served(default_site) -> None:
    rows = {row.clause.clause: row for row in default_site.register}
    assert rows["8.5"].status == "unverified"  # all present, all placeholders
    assert rows["8.6.1"].status == "unverified"
    assert "applicants/outcomes.md" in rows["8.5"].clause.pages


def test_the_publishing_build_leaves_the_demonstration_values_out_and_lists_them() -> None:
    """The demonstration fees and figures are never published (the publishing view leaves
    them out), and `make validate` still names each of them for the admissions office."""
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "validate_data.py"), str(REPO / "data")],
        capture_output=True,
        text=True,
        timeout=600,
        env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin", "KAZUTB_TODAY": "2026-11-23"},
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "placeholder value (left out by the publishing build)" in result.stderr
    for file in ("admission.yaml", "costs.yaml", "groups.yaml", "staff.yaml"):
        assert f"data/applicants/{file}" in result.stderr, file
    published = check_data(REPO / "data", date(2026, 11, 23), True, lambda _: None)
    assert not published.applicants.figures and not published.applicants.staff
    assert not published.audit.of(Concern.PLACEHOLDER)
