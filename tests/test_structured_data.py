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


# Values that are not the page's text: names in the other languages (alternateName), the
# state-language legal name, codes, addresses, dates and file types.
_NOT_TEXT = {"alternateName", "legalName", "identifier", "url", "contentUrl", "email"}
_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|mailto:\S+")
# Two Latin words in a row: an English phrase ("Proposed licence", "Academic calendar");
# a lone code such as CC-BY-4.0 or 6B02101 is no phrase.
_ENGLISH = re.compile(r"\b[A-Za-z]{2,}(?: [A-Za-z]{2,})+\b")
_KAZAKH_LETTERS = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


def _texts(value, key: str = ""):
    """Every string of a JSON-LD value that a reader sees as text, with its key."""
    if isinstance(value, list):
        for item in value:
            yield from _texts(item, key)
    elif isinstance(value, dict):
        for name, item in value.items():
            if not name.startswith("@") and name not in _NOT_TEXT:
                yield from _texts(item, name)
            elif name == "@graph":
                yield from _texts(item, key)
    elif isinstance(value, str):
        yield key, _ADDRESS.sub(" ", value)


def language_faults(data: dict, lang: str) -> list[str]:
    """Text of a JSON-LD block not in the page's language: English phrases on a Kazakh or
    Russian page, Kazakh on a Russian page, Cyrillic on an English page."""
    faults = []
    for key, text in _texts(data):
        if lang in ("kk", "ru") and (found := _ENGLISH.search(text)):
            faults.append(f"{key}: English «{found.group()}»")
        if lang == "ru" and _KAZAKH_LETTERS.search(text):
            faults.append(f"{key}: Kazakh «{text[:60]}»")
        if lang == "en" and _CYRILLIC.search(text):
            faults.append(f"{key}: Cyrillic «{text[:60]}»")
    return faults


def _kind(data: dict) -> str:
    graph = data.get("@graph", [data])
    return "+".join(sorted({str(node.get("@type")) for node in graph}))


def test_language_faults_are_found() -> None:
    """The check below fails on each kind of fault (planted here, as the site once had)."""
    planted = {
        "@type": "Dataset",
        "name": "Values of the processes' key indicators",
        "alternateName": ["Academic calendar"],
        "publisher": {"@type": "CollegeOrUniversity", "name": "JSC “K. Kulazhanov University”"},
    }
    assert len(language_faults(planted, "kk")) == 2
    assert language_faults(planted, "ru")
    job = {"@graph": [{"@type": "JobPosting", "title": "Аға оқытушы"}]}
    assert language_faults(job, "ru") and language_faults(job, "en")
    assert not language_faults(job, "kk")
    fine = {"name": "Академиялық күнтізбе", "url": "https://kazutb.edu.kz/a b", "x": "CC-BY-4.0"}
    assert not language_faults(fine, "kk")


@pytest.mark.build
def test_json_ld_is_in_the_pages_language(built_site: Path) -> None:
    """Search engines show the structured data beside the page: on a Kazakh page every
    description, name and condition is Kazakh, on a Russian page Russian, on an English
    page English (the other two languages only as alternateName)."""
    kinds: dict[str, set[str]] = {"kk": set(), "ru": set(), "en": set()}
    found: list[str] = []
    for page in sorted(built_site.rglob("*.html")):
        where = page.relative_to(built_site).as_posix()
        lang = where.split("/", 1)[0] if where.startswith(("ru/", "en/")) else "kk"
        for block in _BLOCK.findall(page.read_text(encoding="utf-8")):
            data = json.loads(block)
            kinds[lang].add(_kind(data))
            found += [f"{where}: {fault}" for fault in language_faults(data, lang)]
    # Every kind the default site writes is read in each language.
    expected = {
        "CollegeOrUniversity",
        "ContactPoint",
        "DataCatalog",
        "Dataset",
        "EducationalOccupationalProgram",
        "JobPosting",
        "WebPage",
    }
    for lang, seen in kinds.items():
        assert expected <= seen, f"{lang}: no JSON-LD of kind {sorted(expected - seen)}"
    assert not found, f"{len(found)} faults:\n" + "\n".join(found[:30])
