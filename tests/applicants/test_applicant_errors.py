"""Bad input in data/applicants/ gets one clear error naming file, line and field."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml

from tests.disclosures.helpers import line_of, only, problems_of

GROUPS = "applicants/groups.yaml"
PROGRAMME = "applicants/programmes/6B04105.yaml"


def intake_of(path: Path, group: str, index: int = 0) -> dict:
    """A group's intake row as the sample data have it (the tests follow the sample)."""
    groups = yaml.safe_load(path.read_text(encoding="utf-8"))
    return next(g for g in groups if g["id"] == group)["intake"][index]


def test_a_missing_field(data_copy: Path, edit) -> None:
    path = data_copy / GROUPS
    row = intake_of(path, "B041")
    written = f"{{year: {row['year']}, grants: {row['grants']}, "
    edit(path, f"{written}paid_places: {row['paid_places']}, ", written)
    problem = only(problems_of(data_copy), GROUPS)
    assert problem.field == "intake.0.paid_places"
    assert problem.message == "required field is missing"
    assert problem.record == "B041"
    assert problem.line == line_of(path, f"{written}applicants")


def test_a_negative_count(data_copy: Path, edit) -> None:
    path = data_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    start = text.index("students:")
    first = text.index("count: ", start)
    end = text.index("}", first)
    path.write_text(text[:first] + "count: -3" + text[end:], encoding="utf-8")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert problem.field == "students.0.counts.0.count"
    assert "cannot be negative" in problem.message
    assert problem.line == line_of(path, "count: -3")


@pytest.mark.parametrize("written", ["1 250 000 ₸", "1,250,000", "1250000.50", "1250000 KZT"])
def test_a_fee_in_the_wrong_currency_format(data_copy: Path, edit, written: str) -> None:
    path = data_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    first = text.index("fee: ")
    end = text.index("}", first)
    path.write_text(text[:first] + f"fee: '{written}'" + text[end:], encoding="utf-8")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert problem.field == "tuition.0.fees.0.fee"
    assert "not a whole number of tenge" in problem.message
    assert "digits only" in problem.message
    assert problem.line == line_of(path, f"fee: '{written}'")


def test_a_fee_written_as_the_readme_says_is_read(default_site) -> None:
    tuition = default_site.applicants.tuition_of("6B04105")
    assert tuition is not None and all(isinstance(f.fee, int) for f in tuition.fees)


def test_an_unknown_programme_in_a_group(data_copy: Path, edit) -> None:
    path = data_copy / GROUPS
    edit(path, "programmes: [6B04103, 6B04105", "programmes: [6B04999, 6B04105")
    problem = only(problems_of(data_copy), GROUPS, "programmes.0")
    assert "unknown programme '6B04999'" in problem.message
    assert problem.line == line_of(path, "6B04999")


def test_more_admitted_than_applicants(data_copy: Path, edit) -> None:
    row = intake_of(data_copy / GROUPS, "B041")
    written = f"applicants: {row['applicants']}, admitted: {row['admitted']}"
    edit(
        data_copy / GROUPS,
        written,
        f"applicants: {row['admitted'] - 1}, admitted: {row['admitted']}",
    )
    problem = only(problems_of(data_copy), GROUPS)
    assert "'admitted' is more than 'applicants'" in problem.message


def test_employment_without_its_source(data_copy: Path, edit) -> None:
    path = data_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    start = text.index("  employment_source:", text.index("graduates:"))
    end = text.index("\n", start)
    path.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert "employment_source" in problem.message


def test_a_file_named_after_another_programme(data_copy: Path) -> None:
    folder = data_copy / "applicants" / "programmes"
    (folder / "6B04105.yaml").rename(folder / "6B04108x.yaml")
    problems = problems_of(data_copy)
    problem = only(problems, "applicants/programmes/6B04108x.yaml")
    assert "holds 6B04105" in problem.message


def test_an_academic_year_that_is_not_two_consecutive_years(data_copy: Path, edit) -> None:
    path = data_copy / "applicants" / "staff.yaml"
    edit(path, "academic_year: 2026-2027", "academic_year: 2026-2028")
    problem = only(problems_of(data_copy), "applicants/staff.yaml")
    assert problem.field == "academic_year"
    assert "two consecutive years" in problem.message
    assert problem.line == line_of(path, "2026-2028")


def test_two_fees_for_the_same_year_form_and_language_are_refused(data_copy: Path) -> None:
    """Two different fees for one thing would publish both: `make validate` refuses them,
    as the import does."""
    path = data_copy / PROGRAMME
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fees = data["tuition"][0]["fees"]
    fees.append({**fees[0], "fee": fees[0]["fee"] + 1000})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert problem.field == "tuition.0"
    assert f"rows 1 and {len(fees)} are the same record" in problem.message


def test_two_records_of_one_academic_year_are_refused(data_copy: Path) -> None:
    path = data_copy / PROGRAMME
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["students"].append(copy.deepcopy(data["students"][0]))
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert "are the same record" in problem.message
