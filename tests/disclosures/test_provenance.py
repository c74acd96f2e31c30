"""Provenance: three states per value, shown at the value, published per record and per
field, refused by the strict build; the old `verified` form is refused with a clear message."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Concern
from kazutb_transparency.disclosures.datasets import disclosure_datasets, register_dataset
from kazutb_transparency.disclosures.labels import PROVENANCE
from kazutb_transparency.disclosures.pages import render_disclosure_pages
from kazutb_transparency.disclosures.programmes import Programme
from kazutb_transparency.overview.home import home_page
from tests.disclosures.helpers import line_of, load, only, problems_of

LANGS = ("kk", "ru", "en")
PROGRAMME = "disclosures/programmes/6B04105.yaml"


def fact(page: str, term: str) -> str:
    """The value (<dd>) of one row of a facts list."""
    found = re.search(rf"<dt>{re.escape(term)}</dt><dd>(.*?)</dd>", page)
    assert found, f"no fact {term!r}"
    return found.group(1)


def states_in(html: str) -> set[str]:
    return set(re.findall(r'class="prov prov-([a-z-]+)"', html))


def rows_by(dataset, key: str) -> dict[str, dict]:
    return {row[key]: row for row in dataset.rows}


@pytest.fixture(scope="module")
def en_pages(default_site) -> dict[str, str]:
    return render_disclosure_pages(default_site.disclosures, default_site.units, "en")


def test_record_state_field_overrides_and_detail() -> None:
    base = {
        "code": "6B04105",
        "faculty": "f",
        "languages": ["kk"],
        "forms": ["full-time"],
        "duration_years": 4,
        "credits": 240,
        "posted": "2026-01-01",
        "updated": "2026-01-01",
        "review_months": 12,
        "source": {"kk": "сынақ", "ru": "тест", "en": "test"},
    }
    uniform = Programme.model_validate({**base, "provenance": "public-source"})
    assert uniform.overall == "public-source" and uniform.detail() == ""
    assert not uniform.confirmed
    mixed = Programme.model_validate(
        {**base, "provenance": "placeholder", "provenance_fields": {"code": "confirmed"}}
    )
    assert mixed.state("code") == "confirmed" and mixed.state("credits") == "placeholder"
    assert mixed.state("disciplines") == "placeholder"
    assert mixed.overall == "mixed"
    assert mixed.detail() == "code=confirmed; *=placeholder"
    every = {f: "confirmed" for f in mixed.present_fields()} | {"code": "public-source"}
    overridden = Programme.model_validate(
        {**base, "provenance": "placeholder", "provenance_fields": every}
    )
    assert overridden.detail() == "code=public-source; " + "; ".join(
        f"{f}=confirmed" for f in overridden.present_fields() if f != "code"
    )
    confirmed = Programme.model_validate({**base, "provenance": "confirmed"})
    assert confirmed.confirmed and confirmed.overall == "confirmed"
    # An override naming a field the record does not hold is not provenance of anything.
    name_only = Programme.model_validate(
        {**base, "provenance": "confirmed", "provenance_fields": {"name": "placeholder"}}
    )
    assert name_only.overall == "confirmed" and name_only.confirmed


def test_each_state_is_marked_at_the_value_with_text_for_screen_readers(en_pages) -> None:
    page = en_pages["programmes/6B04105.md"]
    assert states_in(fact(page, "Code")) == {"public-source"}
    assert states_in(fact(page, "Name")) == {"public-source"}
    for term in ("Faculty", "Languages", "Credits", "Degree awarded"):
        assert states_in(fact(page, term)) == {"placeholder"}, term
    outcomes = page.split("<ol>", 1)[1].split("</ol>", 1)[0]
    assert outcomes.count("prov-placeholder") == outcomes.count("<li>") > 0
    about = en_pages["about/index.md"]
    assert states_in(fact(about, "Legal form")) == {"confirmed"}
    assert states_in(fact(about, "Business identification number (BIN)")) == {"placeholder"}
    phones = about.split("tel:", 1)[1].split("</li>", 1)[0]
    assert states_in(phones) == {"public-source"}
    # Each mark is read aloud as a word (a sign alone is named by it, a sign beside its
    # visible word is hidden); the legend says what it means.
    spoken = {
        "confirmed": '<span class="prov prov-confirmed" role="img" aria-label="confirmed">✓</span>',
        "public-source": '<span aria-hidden="true">◇</span>\u00a0public source',
        "placeholder": '<span aria-hidden="true">✱</span>\u00a0placeholder',
    }
    for state in PROVENANCE:
        assert spoken[state] in page + about, state


def test_the_legend_explains_every_state_shown_in_every_language(default_site) -> None:
    for lang in LANGS:
        pages = render_disclosure_pages(default_site.disclosures, default_site.units, lang)
        page = pages["programmes/6B04105.md"]
        legend = page.split('<ul class="prov-legend">', 1)[1].split("</ul>", 1)[0]
        for state in ("confirmed", "public-source", "placeholder"):
            assert f"prov-{state}" in legend and PROVENANCE[state][lang] in legend, (lang, state)


def test_a_unit_with_a_confirmed_name_and_an_inferred_place_marks_both(en_pages) -> None:
    chart = en_pages["about/structure.md"]
    item = chart.split("Strategic Development Department", 1)[1].split("<ul>", 1)[0]
    assert "prov-confirmed" in item
    # A sentence, not a label whose only value is a mark («place in the chart: ✱»).
    assert "Its place in the chart is a placeholder." in item and "prov-placeholder" in item


def test_open_data_carry_provenance_per_record_and_per_field(default_site) -> None:
    site = default_site
    datasets = {
        d.name: d
        for d in [
            *disclosure_datasets(site.disclosures, site.units),
            register_dataset(site.disclosures, site.register, site.units),
        ]
    }
    programme = rows_by(datasets["programmes"], "code")["6B04105"]
    assert programme["provenance"] == "mixed"
    detail = programme["provenance_fields"].split("; ")
    assert {"code=public-source", "name=public-source", "*=placeholder"} == set(detail)
    documents = rows_by(datasets["documents"], "id")
    assert documents["development-programme-2024-2029"]["provenance"] == "confirmed"
    assert documents["development-programme-2024-2029"]["provenance_fields"] is None
    assert documents["licence"]["provenance"] == "placeholder"
    register = rows_by(datasets["disclosure-register"], "clause")["9.7.1.1"]
    assert register["provenance"] == "mixed" and "unit=placeholder" in register["provenance_fields"]
    disciplines = [r for r in datasets["disciplines"].rows if r["programme"] == "6B04105"]
    assert disciplines and {r["provenance"] for r in disciplines} == {"placeholder"}
    for dataset in datasets.values():
        field = next(f for f in dataset.fields if f.name == "provenance")
        assert "public-source" in field.description.en, dataset.name


def test_strict_audit_names_each_unconfirmed_state_and_its_fields(default_site) -> None:
    placeholders = default_site.audit.of(Concern.PLACEHOLDER)
    public = default_site.audit.of(Concern.PUBLIC_SOURCE)
    programme = [p for p in public if p.file.replace("\\", "/").endswith(PROGRAMME)]
    assert len(programme) == 1 and "fields code, name:" in programme[0].message
    sample = [p for p in placeholders if p.file.replace("\\", "/").endswith(PROGRAMME)]
    assert len(sample) == 1 and "faculty" in sample[0].message and "code" not in sample[0].message
    strict = "\n".join(str(p) for p in default_site.audit.strict_problems())
    assert "public source, not confirmed by the university: fields code, name" in strict
    assert "placeholder value:" in strict


def test_a_confirmed_record_raises_no_concern(data_copy: Path, edit) -> None:
    path = data_copy / PROGRAMME
    edit(path, "provenance: placeholder", "provenance: confirmed")
    edit(path, "provenance_fields: {code: public-source, name: public-source}\n", "")
    site = load(data_copy)
    for concern in (Concern.PLACEHOLDER, Concern.PUBLIC_SOURCE):
        files = [p.file.replace("\\", "/") for p in site.audit.of(concern)]
        assert not [f for f in files if f.endswith(PROGRAMME)], concern
    page = render_disclosure_pages(site.disclosures, site.units, "en")["programmes/6B04105.md"]
    assert states_in(fact(page, "Faculty")) == {"confirmed"}


def test_the_old_verified_form_is_refused_with_what_to_write(data_copy: Path, edit) -> None:
    path = data_copy / PROGRAMME
    edit(path, "provenance: placeholder\n", "verified: false\n")
    edit(path, "provenance_fields: {code: public-source, name: public-source}\n", "")
    problems = problems_of(data_copy)
    old = only(problems, PROGRAMME, "verified")
    assert old.line == line_of(path, "verified: false")
    assert "provenance: public-source" in old.message and "provenance_fields" in old.message


def test_an_override_of_an_unknown_field_is_refused(data_copy: Path, edit) -> None:
    path = data_copy / "disclosures/about.yaml"
    edit(
        path,
        "  provenance: public-source\n",
        "  provenance: public-source\n  provenance_fields: {numbers: confirmed}\n",
    )
    problem = only(problems_of(data_copy), "disclosures/about.yaml")
    assert "numbers" in problem.message and "items" in problem.message


def test_home_page_marks_what_it_states(default_site) -> None:
    page = home_page(
        default_site.disclosures,
        default_site.register,
        default_site.surveys,
        date(2026, 11, 21),
        "en",
    )
    count = next(line for line in page.splitlines() if "programmes/index.md" in line)
    assert states_in(count) == {"public-source"}
    licence = next(line for line in page.splitlines() if line.startswith("- **Licence"))
    assert states_in(licence) == {"placeholder"}
    surveys = next(line for line in page.splitlines() if "% satisfied" in line)
    assert default_site.surveys.meta.demonstration and states_in(surveys) == {"placeholder"}
    assert '<ul class="prov-legend">' in page


def test_resource_figures_carry_their_own_marks(en_pages) -> None:
    page = en_pages["about/resources.md"]
    rows = [row.split("</tr>", 1)[0] for row in page.split("<tr><td>")[1:]]
    dormitory = next(row for row in rows if "Student dormitory" in row)
    assert states_in(dormitory) == {"public-source"}
    with_figures = [row for row in rows if "<br>" in row]
    assert with_figures
    for row in with_figures:
        figures = row.split("</td> <td>")[2]
        assert figures.count("prov-placeholder") == figures.count("<br>") + 1, figures
