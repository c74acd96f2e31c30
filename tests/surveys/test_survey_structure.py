"""The survey data use the one academic structure (issue 15): the faculties and programmes
of the programme catalogue, never a grouping of their own."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.buildsteps.site import load_site
from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.disclosures import academic_structure
from kazutb_transparency.organisation.structure import read_structure
from kazutb_transparency.surveys.loading import load_survey_data
from kazutb_transparency.surveys.pipeline import run
from tests.surveys.helpers import (
    REPO,
    WAVE,
    group,
    make_data_dir,
    write_inputs,
    write_structure,
)

STRUCTURE = {"technology": ["6B07220", "6B05112"], "economics-business": ["6B04105"]}
INDICATOR_HEADER = (
    "survey,wave,unit_type,unit,block,question,respondents,valid,invited,"
    "response_rate,satisfaction,ci_low,ci_high,suppressed,suppression_reason,flags\n"
)


def test_the_build_and_the_scripts_see_the_same_structure(default_site):
    built = academic_structure(default_site.disclosures)
    assert built == read_structure(REPO / "data")
    assert default_site.surveys.structure == built
    assert [f.id for f in built.faculties] == [f.id for f in default_site.disclosures.faculties]


def test_the_demonstration_data_use_the_catalogues_faculties_and_programmes(default_site):
    structure = default_site.surveys.structure
    faculties = {f.id for f in structure.faculties}
    programmes = set(structure.faculty_of)
    rows = default_site.surveys.indicators
    used = {(r.unit_type, r.unit) for r in rows}
    assert {u for t, u in used if t == "faculty"} == faculties, "every faculty, no other"
    assert {u for t, u in used if t == "programme"} == programmes, "every programme, no other"
    # And the distributions, the actions and the open data follow.
    assert all(
        key[3] in faculties | programmes | {""} for key in default_site.surveys.distributions
    )
    for action in default_site.surveys.actions.actions:
        assert action.indicator.unit in faculties | programmes | {""}, action.id


def test_a_faculty_list_left_in_meta_yaml_is_refused_with_what_to_do(data_copy):
    meta = data_copy / "surveys" / "meta.yaml"
    text = meta.read_text("utf-8") + "faculties:\n  - code: F1\n"
    meta.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_survey_data(data_copy)
    message = str(caught.value)
    assert "surveys/meta.yaml" in message and "faculties" in message
    assert "disclosures/faculties.yaml" in message and "delete" in message


@pytest.mark.parametrize(
    ("unit_type", "unit", "expected"),
    [
        ("faculty", "F1", "unknown faculty 'F1'"),
        ("programme", "6B99999", "unknown programme '6B99999'"),
    ],
)
def test_an_indicator_row_outside_the_structure_is_refused_with_its_line(
    tmp_path: Path, unit_type: str, unit: str, expected: str
) -> None:
    row = f"s1,{WAVE},{unit_type},{unit},overall,,20,60,40,0.500,0.800,0.650,0.900,false,,\n"
    folder = make_data_dir(tmp_path, INDICATOR_HEADER + row, STRUCTURE)
    with pytest.raises(DataError) as caught:
        load_survey_data(folder)
    [problem] = [p for p in caught.value.problems if expected in p.message]
    assert problem.file.endswith("surveys/indicators.csv") and problem.line == 2
    assert problem.field == "unit" and "disclosures/" in (problem.hint or "")


def test_a_renamed_faculty_is_renamed_once(tmp_path: Path) -> None:
    folder = make_data_dir(tmp_path, INDICATOR_HEADER, STRUCTURE)
    faculties = folder / "disclosures" / "faculties.yaml"
    listed = yaml.safe_load(faculties.read_text("utf-8"))
    listed[0]["name"]["en"] = "Faculty of Food Technology"
    faculties.write_text(dump_yaml(listed, allow_unicode=True), encoding="utf-8")
    data = load_survey_data(folder)
    name = data.unit_name("faculty", "technology")
    assert name is not None and name.en == "Faculty of Food Technology"


# --- the aggregation of raw answers -------------------------------------------------------


def aggregate(tmp_path: Path, responses: list[list[str]], population: list[list[str]]):
    data = tmp_path / "data"
    write_structure(data, STRUCTURE)
    r, q, p = write_inputs(tmp_path / "raw", responses, population)
    return run(r, q, p, 10, scanner=lambda value: [], structure=read_structure(data))


def test_answers_on_the_catalogues_units_are_aggregated(tmp_path: Path) -> None:
    result = aggregate(tmp_path, group(0, 12, "technology", "6B07220"), [])
    assert {(r["unit_type"], r["unit"]) for r in result.rows} >= {
        ("faculty", "technology"),
        ("programme", "6B07220"),
    }


@pytest.mark.parametrize(
    ("faculty", "programme", "field", "says"),
    [
        ("F1", "", "faculty", "unknown faculty 'F1'"),
        ("technology", "6B99999", "programme", "unknown programme '6B99999'"),
        ("economics-business", "6B07220", "faculty", "under faculty 'technology'"),
    ],
)
def test_an_answer_outside_the_structure_is_refused_with_file_line_and_what_to_do(
    tmp_path: Path, faculty: str, programme: str, field: str, says: str
) -> None:
    good = group(0, 12, "technology", "6B07220")
    bad = group(100, 1, faculty, programme)
    with pytest.raises(DataError) as caught:
        aggregate(tmp_path, good + bad, [])
    found = [p for p in caught.value.problems if says in p.message]
    assert found, [str(p) for p in caught.value.problems]
    problem = found[0]
    assert problem.file.endswith("R.csv") and problem.field == field
    assert problem.line == len(good) + 2  # the first bad row, after the header
    assert problem.hint


@pytest.mark.parametrize(
    ("faculty", "programme", "says"),
    [
        ("F1", "", "unknown faculty 'F1'"),
        ("technology", "6B99999", "unknown programme '6B99999'"),
        ("economics-business", "6B07220", "under faculty 'technology'"),
    ],
)
def test_an_invitation_count_outside_the_structure_is_refused_with_its_line(
    tmp_path: Path, faculty: str, programme: str, says: str
) -> None:
    population = [["s1", WAVE, "technology", "", "40"], ["s1", WAVE, faculty, programme, "30"]]
    with pytest.raises(DataError) as caught:
        aggregate(tmp_path, group(0, 12, "technology", "6B07220"), population)
    [problem] = [p for p in caught.value.problems if says in p.message]
    assert problem.file.endswith("P.csv") and problem.line == 3 and problem.hint


def test_the_script_checks_the_structure_of_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    import scripts.aggregate_surveys as aggregate_surveys
    from kazutb_transparency.surveys import pipeline

    data = tmp_path / "data"
    shutil.copytree(REPO / "data" / "disclosures", data / "disclosures")
    r, q, p = write_inputs(tmp_path / "raw", group(0, 12, "F9", ""), [])
    monkeypatch.setattr(
        aggregate_surveys,
        "run",
        lambda *a, **k: pipeline.run(*a, **{**k, "scanner": lambda value: []}),
    )
    out = tmp_path / "indicators.csv"
    arguments = ["--responses", r, "--questionnaire", q, "--population", p, "--out", out]
    assert aggregate_surveys.main([str(x) for x in arguments]) == 0  # no --data: accepted
    out.unlink()
    assert aggregate_surveys.main([str(x) for x in [*arguments, "--data", data]]) == 1
    assert not out.exists()


def test_the_committed_indicators_name_units_of_the_catalogue_only() -> None:
    """Read as a journalist would: every unit code of the CSV is a catalogue id."""
    structure = read_structure(REPO / "data")
    text = (REPO / "data" / "surveys" / "indicators.csv").read_text("utf-8")
    units = {(row["unit_type"], row["unit"]) for row in csv.DictReader(io.StringIO(text))}
    known = {("faculty", f.id) for f in structure.faculties}
    known |= {("programme", code) for code in structure.faculty_of} | {("university", "")}
    assert units <= known, sorted(units - known)[:5]


def test_load_site_passes_the_disclosures_structure(data_copy, today) -> None:
    """A programme moved to another faculty in the catalogue moves in the survey data too:
    the committed figures no longer add up, and the build says where."""
    path = data_copy / "disclosures" / "programmes" / "6B07220.yaml"
    text = path.read_text("utf-8").replace("faculty: technology", "faculty: engineering")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_site(data_copy, today)
    assert any("indicators.csv" in p.file for p in caught.value.problems)
