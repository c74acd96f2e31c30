"""International cooperation on the site: pages in three languages, JSON-LD, the small-group
rule, open data, the register row 9.8 and the large site."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

from kazutb_transparency.bench.international import make_international
from kazutb_transparency.buildsteps import domains
from kazutb_transparency.international.datasets import international_datasets
from kazutb_transparency.international.pages import render_international_pages
from tests.disclosures.helpers import load

PAGES = {"international/index.md", "international/mobility.md"}


def pages_of(site, lang: str) -> dict[str, str]:
    process = domains._international_process(site)
    return render_international_pages(site.international, site.disclosures, process, lang)


def test_pages_in_three_languages_link_process_07(default_site) -> None:
    titles = {
        "kk": ("# Халықаралық ынтымақтастық", "# Академиялық ұтқырлық және шетелдік студенттер"),
        "ru": ("# Международное сотрудничество", "# Академическая мобильность и иностранные"),
        "en": ("# International cooperation", "# Academic mobility and international students"),
    }
    for lang, (index, mobility) in titles.items():
        pages = pages_of(default_site, lang)
        assert set(pages) == PAGES
        assert pages["international/index.md"].startswith(index)
        assert pages["international/mobility.md"].startswith(mobility)
        for text in pages.values():
            assert '<a href="../processes/p07.html">' in text
    en = pages_of(default_site, "en")
    assert (
        "Türkiye" in en["international/index.md"]
        and "Partners without an agreement in force" in en["international/index.md"]
    )
    assert '<a href="../programmes/6B11129.html">6B11129</a>' in en["international/mobility.md"]
    assert "Түркия" in pages_of(default_site, "kk")["international/index.md"]


def test_partners_as_schema_org(default_site) -> None:
    # Demonstration partners are not given to search engines; confirmed ones are.
    assert "application/ld+json" not in pages_of(default_site, "en")["international/index.md"]
    i = default_site.international
    sure = tuple(p.model_copy(update={"provenance": "confirmed"}) for p in i.partners)
    default_site = replace(default_site, international=replace(i, partners=sure))
    page = pages_of(default_site, "en")["international/index.md"]
    block = re.search(r'<script type="application/ld\+json">\n(.*)\n</script>', page)
    assert block is not None
    university, listed = json.loads(block.group(1))["@graph"]
    assert university["@type"] == "CollegeOrUniversity"
    assert [m["name"] for m in university["memberOf"]] == ["Association of universities (sample)"]
    assert listed["@type"] == "ItemList" and listed["numberOfItems"] == 3
    types = {e["item"]["@type"] for e in listed["itemListElement"]}
    assert types == {"CollegeOrUniversity", "Organization"}


def test_small_groups_are_withheld_and_never_given_away(default_site) -> None:
    page = pages_of(default_site, "en")["international/mobility.md"]
    # 2025: Europe has 2 bachelor's students, Central Asia 3 doctoral: both withheld, and
    # with them what would give them away by subtraction.
    assert 'data-status="small-group"' in page and 'data-status="protects-another"' in page
    [students] = [
        d for d in international_datasets(default_site.international) if d.name.endswith("students")
    ]
    rows = {(r["year"], r["group"], r["level"]): r for r in students.rows}
    assert rows[(2025, "europe", "bachelor")]["students"] is None
    assert rows[(2025, "europe", "bachelor")]["students_status"] == "small-group"
    assert any(r["students_status"] == "published" for r in students.rows if r["year"] == 2025)
    for row in students.rows:
        shown = row["students"]
        assert shown is None or shown == 0 or shown >= default_site.disclosure.min_group
    # The Europe row's total is one withheld cell: it is withheld too.
    assert rows[(2025, "europe", "all")]["students"] is None


def test_open_data(default_site) -> None:
    datasets = {d.name: d for d in international_datasets(default_site.international)}
    assert set(datasets) == {
        "partners",
        "agreements",
        "mobility-programmes",
        "international-students",
    }
    for dataset in datasets.values():
        names = {f.name for f in dataset.fields}
        assert {"posted", "updated", "provenance", "source_kk"} <= names, dataset.name
        for row in dataset.rows:
            assert set(row) <= names, dataset.name
            assert row["provenance"] == "placeholder"
    agreements = datasets["agreements"].rows
    assert ("sample-partner-university-1", 2) in {(r["partner"], r["number"]) for r in agreements}


def test_the_register_row_9_8(default_site) -> None:
    row = next(r for r in default_site.register if r.clause.clause == "9.8")
    assert row.clause.block == "variative" and row.status == "unverified"
    assert list(row.clause.pages) == ["international/index.md", "international/mobility.md"]


def test_absent_files_give_no_information_and_an_incomplete_row(data_copy: Path) -> None:
    for name in ("partners.yaml", "mobility.yaml", "students.yaml"):
        (data_copy / "international" / name).unlink()
    site = load(data_copy)
    for text in pages_of(site, "en").values():
        assert 'class="no-info"' in text
    row = next(r for r in site.register if r.clause.clause == "9.8")
    assert row.status == "incomplete"
    assert "Partners and agreements" in [label.en for label in row.missing]


def test_the_strict_build_refuses_the_demonstration_values(default_site) -> None:
    refused = {Path(p.file).name for p in default_site.audit.strict_problems()}
    assert {"partners.yaml", "mobility.yaml", "students.yaml"} <= refused


def test_the_large_site(data_copy: Path) -> None:
    make_international(data_copy)
    site = load(data_copy)
    assert len(site.international.partners or ()) == 150
    for lang in ("kk", "ru", "en"):
        pages = pages_of(site, lang)
        # Markdown, before the theme adds its ~20 KB: the built pages stay under 100 KB.
        assert max(len(text.encode()) for text in pages.values()) < 80_000, lang
