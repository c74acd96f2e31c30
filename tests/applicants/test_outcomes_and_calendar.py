"""Final attestation, graduates' earnings, vacant places, curricula and the academic
calendar: the small-group rule on the new counts, their pages, and bad input."""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.applicants.figures import Count, publish
from kazutb_transparency.disclosures.pages.calendar import calendar_page
from tests.disclosures.helpers import line_of, only, problems_of

PROGRAMME = "applicants/programmes/6B04105.yaml"
CATALOGUE = "disclosures/programmes/6B04105.yaml"
CALENDAR = "disclosures/calendar.yaml"


def _attestation(code: str, faculty: str, sat: int, passed: int, distinction: int) -> list[Count]:
    split = [
        ({"passed": "yes", "distinction": "yes"}, distinction),
        ({"passed": "yes", "distinction": "no"}, passed - distinction),
        ({"passed": "no", "distinction": "no"}, sat - passed),
    ]
    return [Count("attestation", "2025", faculty, code, parts, n) for parts, n in split]


def test_a_few_who_failed_cannot_be_worked_out() -> None:
    # 3 of 40 failed: "passed" of the programme must not be published beside "sat", or
    # the reader subtracts; nor may the faculty's totals give it back.
    counts = _attestation("6B04105", "f", 40, 37, 12) + _attestation("6B04103", "f", 60, 55, 9)
    p = publish(counts, 10)
    unit = ("programme", "6B04105")
    assert p.get("attestation", "2025", unit, "passed", "no") is None
    sat = p.get("attestation", "2025", unit)
    passed = p.get("attestation", "2025", unit, "passed", "yes")
    assert sat is None or passed is None
    assert p.rate("attestation", "2025", unit, "passed", "yes", "no") is None


def test_the_key_facts_show_attestation_and_earnings(default_site) -> None:
    facts = default_site.applicants.facts_of("6B04105")
    assert facts.attestation is not None and facts.earnings is not None
    assert facts.earnings_status in {"published", "small-group", "protects-another"}


def test_passed_more_than_sat_is_refused(data_copy: Path, edit) -> None:
    path = data_copy / PROGRAMME
    edit(path, "  sat: 45\n", "  sat: 40\n")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert problem.field == "attestation.0"
    assert "'passed' is more than 'sat'" in problem.message
    assert problem.record == "6B04105"


def test_a_vacancy_of_a_wrong_type(data_copy: Path, edit) -> None:
    path = data_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    start = text.index("vacancies:")
    at = text.index("places: ", text.index("funding:", start))
    end = text.index("}", at)
    path.write_text(text[:at] + "places: 'five'" + text[end:], encoding="utf-8")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert problem.field == "vacancies.0.places.0.places"
    assert "not a whole number" in problem.message
    assert problem.line == line_of(path, "places: 'five'")


def test_a_curriculum_that_is_not_a_document(data_copy: Path, edit) -> None:
    path = data_copy / CATALOGUE
    edit(path, "curriculum: curriculum-6b04105-2026", "curriculum: no-such-plan")
    problem = only(problems_of(data_copy), CATALOGUE, "curriculum")
    assert problem.message == "unknown document 'no-such-plan'"
    assert problem.record == "6B04105"
    assert problem.line == line_of(path, "curriculum: no-such-plan")


def test_a_calendar_date_out_of_the_year(data_copy: Path, edit) -> None:
    path = data_copy / CALENDAR
    edit(path, "start: 2026-09-01", "start: 2025-09-01")
    problem = only(problems_of(data_copy), CALENDAR, "periods")
    assert "outside the academic year 2026-2027" in problem.message
    assert problem.record == "2026-2027"
    assert problem.line == line_of(path, "periods:")


def test_an_unknown_calendar_field(data_copy: Path, edit) -> None:
    path = data_copy / CALENDAR
    edit(path, "  review_months: 12\n", "  review_months: 12\n  semester: 1\n")
    problem = only(problems_of(data_copy), CALENDAR, "semester")
    assert problem.line == line_of(path, "semester: 1")


def test_the_calendar_page_in_three_languages(default_site) -> None:
    d = default_site.disclosures
    words = {"kk": "Қорытынды аттестаттау", "ru": "Итоговая аттестация", "en": "Final attestation"}
    for lang, word in words.items():
        page = calendar_page(d, lang)
        assert word in page and "2026–2027" in page
        assert "academic-calendar.csv" in page


def test_no_calendar_gives_no_information(default_site) -> None:
    from dataclasses import replace

    page = calendar_page(replace(default_site.disclosures, calendars=()), "en")
    assert "has not been published yet" in page


def test_a_vacancy_row_given_twice(data_copy: Path) -> None:
    path = data_copy / PROGRAMME
    text = path.read_text(encoding="utf-8")
    start = text.index("vacancies:")
    first = text.index("  - {", start)
    row = text[first : text.index("\n", first) + 1]
    path.write_text(text[:first] + row + text[first:], encoding="utf-8")
    problem = only(problems_of(data_copy), PROGRAMME)
    assert problem.field == "vacancies.0"
    assert "is given twice: keep one row" in problem.message
    assert problem.record == "6B04105"


def test_an_academic_year_of_the_calendar_given_twice(data_copy: Path) -> None:
    path = data_copy / CALENDAR
    text = path.read_text(encoding="utf-8")
    record = text[text.index("- academic_year:") :]
    path.write_text(text + "\n" + record, encoding="utf-8")
    problem = only(problems_of(data_copy), CALENDAR, "academic_year")
    assert "duplicate academic_year '2026-2027' (first at line 5)" in problem.message
    assert problem.record == "2026-2027"
    assert problem.line == line_of(path, "- academic_year:", start=6)
