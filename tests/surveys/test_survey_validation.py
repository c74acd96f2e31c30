"""The build's checks of data/surveys/: indicators.csv is published only if it is safe."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.loading import load_survey_data, sample_data_notices

from .helpers import REPO, aggregate_rows, group, make_data_dir

FACULTIES = {"F1": ["P1", "P2", "P3"], "F2": ["P4"]}


@pytest.fixture(scope="module")
def indicators(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("agg")
    rows = group(0, 5, "F1", "P1") + group(100, 20, "F1", "P2") + group(200, 30, "F1", "P3")
    rows += group(300, 40, "F2", "P4")
    population = [["s1", "2024-06", "", "", "300"], ["s1", "2024-06", "F1", "P3", "60"]]
    return aggregate_rows(folder, rows, population).csv


def load_with(tmp_path: Path, text: str):
    return load_survey_data(make_data_dir(tmp_path, text, FACULTIES))


def edit(text: str, match: str, column: str, value: str) -> tuple[str, int]:
    """Set `column` on the first row containing `match`; returns the text and its line."""
    lines = text.splitlines()
    header = lines[0].split(",")
    for number, line in enumerate(lines[1:], start=2):
        if match in line:
            cells = line.split(",")
            cells[header.index(column)] = value
            lines[number - 1] = ",".join(cells)
            return "\n".join(lines) + "\n", number
    raise AssertionError(match)


def problem_lines(error: DataError) -> set[int | None]:
    return {p.line for p in error.problems}


def test_fixture_indicators_load(tmp_path: Path, indicators: str):
    data = load_with(tmp_path, indicators)
    assert any(r.suppressed for r in data.indicators)


def test_committed_data_loads(committed_data):
    assert len(committed_data.surveys) == 9 and committed_data.meta.demonstration
    assert all(len(committed_data.waves(s.id)) >= 3 for s in committed_data.surveys)
    # While the figures are samples the strict build is told so.
    notices = sample_data_notices(committed_data, REPO / "data")
    assert {p.field for p in notices} == {"demonstration", "verified"}


def test_suppressed_row_with_figures_fails_naming_the_line(tmp_path: Path, indicators: str):
    text, line = edit(indicators, ",programme,P1,overall,,", "respondents", "5")
    with pytest.raises(DataError) as caught:
        load_with(tmp_path, text)
    assert line in problem_lines(caught.value)
    assert f"indicators.csv:{line}" in str(caught.value)
    assert "a suppressed row must not show figures" in str(caught.value)


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("respondents", "7", "below the minimum of 10"),
        ("satisfaction", "0.5", "proportion 0.000–1.000 with three decimals"),
        ("satisfaction", "0.4567", "proportion 0.000–1.000 with three decimals"),
        ("response_rate", "0.900", "must be respondents / invited"),
        ("ci_low", "0.100", "Wilson"),
        ("flags", "low-response-rate", "exactly when the rate is below 30 %"),
        ("unit_type", "school", "university, faculty or programme"),
        ("wave", "2024-6", "YYYY-MM"),
        ("survey", "s2", "unknown survey"),
    ],
)
def test_values_that_the_aggregation_cannot_produce_fail(
    tmp_path: Path, indicators: str, column: str, value: str, message: str
):
    text, line = edit(indicators, ",programme,P3,overall,,", column, value)
    with pytest.raises(DataError) as caught:
        load_with(tmp_path, text)
    assert line in problem_lines(caught.value) and message in str(caught.value)


def test_rows_with_the_same_wrong_figures_are_each_reported_with_their_line(
    tmp_path: Path, indicators: str
):
    # Rows with equal figures are checked once (indicators.py): each is still reported.
    text, first = edit(indicators, ",programme,P3,overall,,", "respondents", "7")
    text, second = edit(text, ",programme,P4,overall,,", "respondents", "7")
    lines = text.splitlines()
    figures = lines[first - 1].split(",")[6:]
    lines[second - 1] = ",".join(lines[second - 1].split(",")[:6] + figures)
    with pytest.raises(DataError) as caught:
        load_with(tmp_path, "\n".join(lines) + "\n")
    below = [p for p in caught.value.problems if "below the minimum" in p.message]
    assert sorted(p.line for p in below) == [first, second]
    assert [p.record for p in sorted(below, key=lambda p: p.line)] == [
        "s1 2024-06 programme P3 overall",
        "s1 2024-06 programme P4 overall",
    ]


def test_a_lone_suppressed_child_fails(tmp_path: Path, indicators: str):
    # Publishing P2 again (as if secondary suppression had not run) gives P1 away.
    text, _ = edit(indicators, ",programme,P2,overall,,", "suppressed", "false")
    published = "20,,,,1.000,,,false,,"  # what P2's figures look like (no valid on a block)
    lines = [
        line.replace(",true,secondary,", ",false,,").replace(",,,,,,,,false,,", "")
        if ",programme,P2,overall,," in line
        else line
        for line in text.splitlines()
    ]
    for index, line in enumerate(lines):
        if ",programme,P2,overall,," in line:
            lines[index] = "s1,2024-06,programme,P2,overall,," + published
    with pytest.raises(DataError) as caught:
        load_with(tmp_path, "\n".join(lines) + "\n")
    assert "gives away the suppressed programme P1" in str(caught.value)


def test_header_with_an_extra_column_fails(tmp_path: Path, indicators: str):
    lines = indicators.splitlines()
    lines[0] += ",respondent"
    with pytest.raises(DataError) as caught:
        load_with(tmp_path, "\n".join(lines) + "\n")
    assert problem_lines(caught.value) == {1}


def test_indicators_saved_by_an_office_suite_load_as_written(tmp_path: Path, indicators: str):
    """A byte-order mark, CRLF line ends and every cell quoted: the same indicators."""
    rows = list(csv.reader(io.StringIO(indicators, newline="")))
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(rows)
    office = load_with(tmp_path / "office", "\ufeff" + out.getvalue())
    assert office.indicators == load_with(tmp_path / "plain", indicators).indicators


def test_deleting_a_suppressed_row_fails(tmp_path: Path, indicators: str):
    lines = [line for line in indicators.splitlines() if ",programme,P1,overall,," not in line]
    with pytest.raises(DataError) as caught:
        load_with(tmp_path, "\n".join(lines) + "\n")
    assert "missing row" in str(caught.value)


def test_actions_must_answer_a_published_indicator(tmp_path: Path, indicators: str):
    folder = make_data_dir(tmp_path, indicators, FACULTIES)
    action = {
        "id": "capa-1",
        "kind": "corrective",
        "indicator": {"survey": "s1", "wave": "2024-06", "unit_type": "programme", "unit": "P1"},
        "action": {"kk": "Әрекет", "ru": "Действие", "en": "Action"},
        "responsible": "no-such-unit",
        "due": "2025-01-31",
        "status": "planned",
    }
    path = folder / "surveys" / "actions.yaml"
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    content["actions"] = [action]
    path.write_text(dump_yaml(content, allow_unicode=True), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_survey_data(folder)
    text = str(caught.value)
    assert "unknown unit 'no-such-unit'" in text and "the indicator is suppressed" in text


def test_committed_files_copy_fails_on_a_broken_catalogue(tmp_path: Path):
    shutil.copytree(REPO / "data" / "surveys", tmp_path / "surveys")
    shutil.copytree(REPO / "data" / "disclosures", tmp_path / "disclosures")
    shutil.copy(REPO / "data" / "units.yaml", tmp_path / "units.yaml")
    path = tmp_path / "surveys" / "catalogue.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("[competence-centre]", "[no-unit]"), "utf-8"
    )
    with pytest.raises(DataError) as caught:
        load_survey_data(tmp_path)
    assert "unknown unit 'no-unit'" in str(caught.value)
    assert any(p.line for p in caught.value.problems)
