"""Structured data that validates against schema.org's vocabulary: every JSON-LD node of
the default site has a known type and only that type's properties (the vocabulary of the
npm package schema-dts, tests/schemaorg.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from schemaorg import DECLARATIONS, properties_of

_BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def nodes(value, where: str):
    if isinstance(value, list):
        for item in value:
            yield from nodes(item, where)
    elif isinstance(value, dict):
        if "@type" in value:
            yield value, where
        for key, item in value.items():
            if not key.startswith("@") or key == "@graph":
                yield from nodes(item, f"{where} › {key}")


def problems_in(node: dict, where: str) -> list[str]:
    types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
    allowed: set[str] = set()
    for name in types:
        known = properties_of(name)
        if known is None:
            return [f"{where}: unknown type {name}"]
        allowed |= known
    return [
        f"{where}: {'/'.join(types)} has no property '{key}'"
        for key in node
        if not key.startswith("@") and key not in allowed
    ]


def test_the_vocabulary_is_read() -> None:
    if not DECLARATIONS.is_file():
        pytest.skip("node_modules/schema-dts missing: run `make browser-deps` (npm ci)")
    program = properties_of("EducationalOccupationalProgram")
    assert program and {"name", "offers", "provider", "numberOfCredits"} <= program
    assert "educationalLevel" not in program
    assert properties_of("CollegeOrUniversity") >= {"address", "foundingDate", "name"}
    assert properties_of("NoSuchType") is None


@pytest.mark.build
def test_every_json_ld_node_uses_its_types_properties(built_site: Path) -> None:
    if not DECLARATIONS.is_file():
        pytest.skip("node_modules/schema-dts missing: run `make browser-deps` (npm ci)")
    found: list[str] = []
    blocks = 0
    for page in sorted(built_site.rglob("*.html")):
        for block in _BLOCK.findall(page.read_text(encoding="utf-8")):
            blocks += 1
            for node, where in nodes(json.loads(block), page.relative_to(built_site).as_posix()):
                found += problems_in(node, where)
    assert blocks > 50
    for page in ("index.html", "ru/index.html", "processes/p01.html", "en/processes/p01.html"):
        assert _BLOCK.search((built_site / page).read_text(encoding="utf-8")), page
    surveys = [p for p in built_site.glob("quality/*.html") if "<svg" in p.read_text("utf-8")]
    assert any('"@type":"Dataset"' in p.read_text(encoding="utf-8") for p in surveys)
    assert not found, f"{len(found)} problems:\n" + "\n".join(sorted(set(found))[:30])


def _blocks(markdown: str) -> list[dict]:
    return [json.loads(block) for block in _BLOCK.findall(markdown)]


def _valid(data: dict, where: str) -> None:
    if not DECLARATIONS.is_file():
        pytest.skip("node_modules/schema-dts missing: run `make browser-deps` (npm ci)")
    found = [problem for node, at in nodes(data, where) for problem in problems_in(node, at)]
    assert not found, found


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_home_describes_the_university_with_what_the_sources_state(default_site, lang) -> None:
    from kazutb_transparency.disclosures import jsonld
    from kazutb_transparency.overview.home import home_page

    site = default_site
    (data,) = _blocks(
        home_page(site.disclosures, site.register, site.surveys, site.disclosures.today, lang)
    )
    _valid(data, "home")
    assert data["@type"] == "CollegeOrUniversity"
    # The same description as "About the university": nothing the data do not state.
    assert data == jsonld.university(site.disclosures, lang)
    assert data["name"] == site.disclosures.about.identity.full_name.get(lang)


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_process_page_is_a_web_page_about_its_process(default_site, lang) -> None:
    from kazutb_transparency.processes.pages.cards import process_page

    site = default_site
    process = site.registry.processes[0]
    (data,) = _blocks(process_page(process, site.registry, site.units, lang))
    _valid(data, "process")
    assert data["@type"] == "WebPage" and data["inLanguage"] == lang
    assert data["about"]["name"] == process.title.get(lang)
    assert data["about"]["identifier"] == process.code
    assert data["isPartOf"]["@type"] == "CollectionPage"
    assert data["isBasedOn"]["identifier"] == site.registry.document.code
    assert data["dateModified"] == site.registry.document.updated.isoformat()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_survey_page_is_a_dataset_of_its_measures_and_waves(default_site, lang) -> None:
    from kazutb_transparency.surveys.pages.quality import survey_page

    data_ = default_site.surveys
    survey = next(s for s in data_.catalogue.surveys if data_.waves(s.id))
    (data,) = _blocks(survey_page(data_, survey, lang, chart=None))
    _valid(data, "survey")
    assert data["@type"] == "Dataset" and data["name"] == survey.name.get(lang)
    waves = data_.waves(survey.id)
    assert data["temporalCoverage"] in (waves[0], f"{waves[0]}/{waves[-1]}")
    assert len(data["variableMeasured"]) >= 2
    # Demonstration figures say so: a search engine cannot show the page's warning.
    assert ("disambiguatingDescription" in data) == data_.meta.demonstration


def test_json_ld_cannot_close_its_script() -> None:
    from kazutb_transparency.core.jsonld import jsonld_script

    block = jsonld_script({"name": "</script><script>alert(1)</script>\u2028"})
    inner = block.split(">", 1)[1].rsplit("</script>", 1)[0]
    assert "</" not in inner and "\u2028" not in inner
    assert json.loads(inner)["name"] == "</script><script>alert(1)</script>\u2028"
