"""Figures that must agree from one file to another (applicants/consistency.py).

The default data break no rule; each rule, broken on purpose in a copy of data/, is a
warning naming both files and lines, and the strict build refuses it. The numbers planted
are read from the data, so the tests follow the sample when it is made again.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path

import pytest
from buildtools import DATA, TODAY, confirm_every_value

from kazutb_transparency.applicants.consistency import RULES, TRANSFERS
from kazutb_transparency.buildsteps.pipeline import check_data
from kazutb_transparency.buildsteps.site import load_site
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.datafiles import load_yaml
from kazutb_transparency.core.errors import DataError, Problem

DAY = date.fromisoformat(TODAY)
GROUPS = Path("applicants") / "groups.yaml"
STAFF = Path("applicants") / "staff.yaml"
INDICATORS = Path("surveys") / "indicators.csv"


def programme_file(code: str) -> Path:
    return Path("applicants") / "programmes" / f"{code}.yaml"


def concerns(data_dir: Path, rule: str) -> list[Problem]:
    site = load_site(data_dir, DAY)
    return [p for p in site.audit.of(Concern.INCONSISTENT) if f"rule '{rule}'" in p.message]


def line_of(path: Path, loc: tuple) -> int:
    _, lines = load_yaml(path)
    line = lines.line_of(loc)
    assert line is not None
    return line


def index_of(items: list[dict], **match: object) -> int:
    return next(
        i for i, item in enumerate(items) if all(item.get(k) == v for k, v in match.items())
    )


def named(data_dir: Path, relative: Path, line: int) -> str:
    """How a warning names a file and line of the copy (a path ending data/…:line)."""
    return f"data/{relative.as_posix()}:{line}"


def the_one(found: list[Problem], relative: Path, line: int) -> Problem:
    mine = [p for p in found if p.file.endswith(relative.as_posix()) and p.line == line]
    assert len(mine) == 1, "\n".join(str(p) for p in found) or "no concern of this rule"
    return mine[0]


def indicator_rows(data_dir: Path) -> list[tuple[int, dict[str, str]]]:
    with (data_dir / INDICATORS).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return [(reader.line_num, row) for row in reader]


def overall_row(data_dir: Path, survey: str, wave: str, unit_type: str, unit: str) -> int:
    """The line of a unit's whole-survey row, the one the warning points at."""
    return next(
        line
        for line, row in indicator_rows(data_dir)
        if (row["survey"], row["wave"], row["unit_type"], row["unit"])
        == (survey, wave, unit_type, unit)
        and row["block"] == "overall"
        and not row["question"]
    )


def replace_in_block(path: Path, start: str, pattern: str, new: str) -> None:
    """Replace the first match of `pattern` after the line `start` (which must be there)."""
    text = path.read_text(encoding="utf-8")
    at = text.index(start)
    match = re.compile(pattern).search(text, at)
    assert match is not None, f"{path.name}: {pattern!r} not after {start!r}"
    path.write_text(text[: match.start()] + new + text[match.end() :], encoding="utf-8")


# --- the default data ---------------------------------------------------------------------


def test_the_default_data_break_no_rule(default_site) -> None:
    found = default_site.audit.of(Concern.INCONSISTENT)
    assert not found, "\n".join(str(p) for p in found)


def test_every_rule_is_stated_once_with_what_to_check() -> None:
    assert set(RULES) == {
        "places",
        "intake",
        "graduates",
        "attestation",
        "graduate-survey",
        "student-surveys",
        "staff-survey",
    }
    assert all(rule.text and rule.hint for rule in RULES.values())


# --- each rule broken on purpose -----------------------------------------------------------


def _group_with_results(data_dir: Path, most: bool = False) -> tuple[list, int, int, dict]:
    groups, _ = load_yaml(data_dir / GROUPS)
    found = [
        (g, i, j, row)
        for i, g in enumerate(groups)
        for j, row in enumerate(g["intake"])
        if row.get("admitted") is not None
    ]
    return max(found, key=lambda f: f[3]["admitted"]) if most else found[0]


def test_more_admitted_than_places(data_copy: Path, edit) -> None:
    group, i, j, row = _group_with_results(data_copy)
    path = data_copy / GROUPS
    old = f"grants: {row['grants']}, paid_places: {row['paid_places']}, applicants:"
    edit(path, old, f"grants: 0, paid_places: {row['admitted'] - 1}, applicants:")
    line = line_of(path, (i, "intake", j, "admitted"))
    problem = the_one(concerns(data_copy, "places"), GROUPS, line)
    assert problem.record == f"{group['id']} intake {row['year']}"
    assert f"{row['admitted']} admitted" in problem.message
    assert named(data_copy, GROUPS, line_of(path, (i, "intake", j, "grants"))) in problem.message


def test_more_students_in_the_first_two_years_than_admitted(data_copy: Path, edit) -> None:
    group, i, j, row = _group_with_results(data_copy, most=True)
    path = data_copy / GROUPS
    admitted = 12  # enough for the entry scores to stay published, far too few for the group
    edit(path, f"admitted: {row['admitted']}, min_score", f"admitted: {admitted}, min_score")
    line = line_of(path, (i, "intake", j, "admitted"))
    found = [p for p in concerns(data_copy, "intake") if p.line == line]
    limit = int(TRANSFERS[0] * admitted + TRANSFERS[1])
    first, second = (f"{row['year'] + k}-{row['year'] + k + 1}" for k in (0, 1))
    said = " ".join(p.message for p in found)
    assert f"students of year 1 in {first}" in said and f"students of year 2 in {second}" in said
    problem = next(p for p in found if f"year 2 in {second}" in p.message)
    assert problem.file.endswith(GROUPS.as_posix()) and f"(at most {limit})" in problem.message
    code = group["programmes"][0]
    students, _ = load_yaml(data_copy / programme_file(code))
    k = index_of(students["students"], academic_year=second)
    other = line_of(data_copy / programme_file(code), ("students", k))
    assert named(data_copy, programme_file(code), other) in problem.message


def _latest_graduates(data_dir: Path, code: str) -> tuple[dict, int, dict]:
    figures, _ = load_yaml(data_dir / programme_file(code))
    g = max(range(len(figures["graduates"])), key=lambda n: figures["graduates"][n]["year"])
    return figures, g, figures["graduates"][g]


def test_more_graduates_than_final_year_students(data_copy: Path) -> None:
    code = "6B04105"
    path = data_copy / programme_file(code)
    figures, g, record = _latest_graduates(data_copy, code)
    year = f"{record['year'] - 1}-{record['year']}"
    s = index_of(figures["students"], academic_year=year)
    final = sum(c["count"] for c in figures["students"][s]["counts"] if c["year_of_study"] == 4)
    replace_in_block(
        path, f"- year: {record['year']}\n", r"graduates: \d+", f"graduates: {final + 5}"
    )
    line = line_of(path, ("graduates", g, "graduates"))
    problem = the_one(concerns(data_copy, "graduates"), programme_file(code), line)
    assert f"{final + 5} graduates in {record['year']}" in problem.message
    assert f"{final} students of the final year" in problem.message
    assert named(data_copy, programme_file(code), line_of(path, ("students", s))) in problem.message


def _attestation_of(data_dir: Path, code: str) -> tuple[int, dict, int]:
    """The latest final attestation of a programme: its index, record and year's graduates."""
    figures, _ = load_yaml(data_dir / programme_file(code))
    t = max(range(len(figures["attestation"])), key=lambda n: figures["attestation"][n]["year"])
    record = figures["attestation"][t]
    g = index_of(figures["graduates"], year=record["year"])
    return t, record, figures["graduates"][g]["graduates"]


def _set_attestation(path: Path, year: int, sat: int, passed: int) -> None:
    # An attestation record is the one whose year is followed by `sat`.
    replace_in_block(
        path,
        f"- year: {year}\n  sat:",
        r"sat: \d+\n  passed: \d+",
        f"sat: {sat}\n  passed: {passed}",
    )


def test_more_passed_the_final_attestation_than_graduates(data_copy: Path) -> None:
    code = "6B04105"
    path = data_copy / programme_file(code)
    t, record, graduates = _attestation_of(data_copy, code)
    year = record["year"]
    _set_attestation(path, year, graduates + 3, graduates + 2)
    line = line_of(path, ("attestation", t, "passed"))
    problem = the_one(concerns(data_copy, "attestation"), programme_file(code), line)
    assert problem.message.startswith(
        f"{graduates + 2} passed the final attestation in {year}, but {graduates} graduates"
    )
    assert problem.record == f"{code} attestation {year}" and problem.field == "passed"
    figures, _ = load_yaml(path)
    g = index_of(figures["graduates"], year=year)
    where = named(data_copy, programme_file(code), line_of(path, ("graduates", g, "graduates")))
    assert where in problem.message
    assert "those who pass it are the year's graduates" in problem.hint
    # The other programmes keep their figures: the warning is this one alone.
    assert len(concerns(data_copy, "attestation")) == 1


def test_more_who_sat_than_graduates_is_no_concern(data_copy: Path) -> None:
    """Those who sat and failed are not graduates: only `passed` is held to the graduates."""
    code = "6B04105"
    _, record, graduates = _attestation_of(data_copy, code)
    _set_attestation(data_copy / programme_file(code), record["year"], graduates + 9, graduates)
    assert concerns(data_copy, "attestation") == []


def _largest_unit(
    data_dir: Path, survey: str, unit_type: str, has_record: Callable[[dict[str, str]], bool]
) -> tuple[int, dict[str, str]]:
    """The whole-survey row inviting the most, of a unit and wave the applicants' files have
    the record of (a suppressed row may leave `invited` out)."""
    rows = [
        (line, row)
        for line, row in indicator_rows(data_dir)
        if row["survey"] == survey
        and row["unit_type"] == unit_type
        and row["block"] == "overall"
        and not row["question"]
        and row["invited"]
        and has_record(row)
    ]
    return max(rows, key=lambda r: (int(r[1]["invited"]), r[1]["wave"]))


def academic_year(wave: str) -> str:
    start = int(wave[:4]) - (int(wave[5:]) < 9)
    return f"{start}-{start + 1}"


@cache
def parsed(path: Path) -> object:
    return load_yaml(path)[0]


def has(data_dir: Path, relative: Path, section: str | None, **match: object) -> bool:
    data = parsed(data_dir / relative)
    items = data[section] if section else data
    return any(all(item.get(k) == v for k, v in match.items()) for item in items)


def test_more_invited_to_the_graduate_survey_than_graduates(data_copy: Path) -> None:
    line, row = _largest_unit(
        data_copy,
        "graduates",
        "programme",
        lambda r: has(data_copy, programme_file(r["unit"]), "graduates", year=int(r["wave"][:4])),
    )
    code, year, invited = row["unit"], int(row["wave"][:4]), int(row["invited"])
    path = data_copy / programme_file(code)
    figures, _ = load_yaml(path)
    g = index_of(figures["graduates"], year=year)
    fewer = invited - 1
    start = f"- year: {year}\n"
    replace_in_block(path, start, r"graduates: \d+", f"graduates: {fewer}")
    replace_in_block(path, start, r"employed: \d+", f"employed: {fewer - 10}")
    problem = the_one(concerns(data_copy, "graduate-survey"), INDICATORS, line)
    assert problem.record == f"graduates {row['wave']} programme {code}"
    assert (
        f"{invited} invited" in problem.message
        and f"{fewer} graduates of {year}" in problem.message
    )
    other = line_of(path, ("graduates", g, "graduates"))
    assert named(data_copy, programme_file(code), other) in problem.message


def test_more_invited_to_a_student_survey_than_students(data_copy: Path) -> None:
    line, row = _largest_unit(
        data_copy,
        "student-satisfaction",
        "programme",
        lambda r: has(
            data_copy, programme_file(r["unit"]), "students", academic_year=academic_year(r["wave"])
        ),
    )
    code, year = row["unit"], academic_year(row["wave"])
    path = data_copy / programme_file(code)
    figures, _ = load_yaml(path)
    s = index_of(figures["students"], academic_year=year)
    # Only the record's first count is kept: far fewer students than were invited.
    text = path.read_text(encoding="utf-8")
    at = text.index(f"- academic_year: {year}\n")
    first = text.index("  - {", at)
    rest = text.index("\n", first) + 1
    end = text.index("  posted:", rest)
    path.write_text(text[:rest] + text[end:], encoding="utf-8")
    problem = the_one(concerns(data_copy, "student-surveys"), INDICATORS, line)
    assert f"students in {year}" in problem.message
    assert named(data_copy, programme_file(code), line_of(path, ("students", s))) in problem.message


def test_more_invited_to_the_staff_survey_than_teaching_staff(data_copy: Path) -> None:
    line, row = _largest_unit(
        data_copy,
        "teaching-staff",
        "faculty",
        lambda r: has(
            data_copy, STAFF, None, faculty=r["unit"], academic_year=academic_year(r["wave"])
        ),
    )
    faculty, invited, year = row["unit"], int(row["invited"]), academic_year(row["wave"])
    path = data_copy / STAFF
    staff, _ = load_yaml(path)
    k = index_of(staff, faculty=faculty, academic_year=year)
    fewer = invited - 1
    begin = f"- faculty: {faculty}\n  academic_year: {year}\n"
    replace_in_block(path, begin, r"headcount: \d+", f"headcount: {fewer}")
    replace_in_block(path, begin, r"with_degree: \d+", f"with_degree: {fewer // 2}")
    problem = the_one(concerns(data_copy, "staff-survey"), INDICATORS, line)
    assert f"{invited} invited" in problem.message and f"{fewer} teaching staff" in problem.message
    assert named(data_copy, STAFF, line_of(path, (k, "headcount"))) in problem.message


def test_the_strict_build_refuses_inconsistent_figures(data_copy: Path, edit) -> None:
    confirm_every_value(data_copy)  # real figures: the publishing build publishes them
    _, i, j, row = _group_with_results(data_copy)
    path = data_copy / GROUPS
    old = f"grants: {row['grants']}, paid_places: {row['paid_places']}, applicants:"
    edit(path, old, f"grants: 0, paid_places: {row['admitted'] - 1}, applicants:")
    line = line_of(path, (i, "intake", j, "admitted"))
    warnings: list[str] = []
    check_data(data_copy, DAY, False, warnings.append)  # a preview build: a warning
    listed = [w for w in warnings if w.startswith("1 × inconsistent figures")]
    assert listed and f"groups.yaml:{line}" in listed[0], warnings
    with pytest.raises(DataError) as refused:
        check_data(data_copy, DAY, True, warnings.append)
    mine = [p for p in refused.value.problems if p.message.startswith("inconsistent figures: ")]
    assert [p.line for p in mine] == [line]


# --- the rules checked on one record where it is read: errors, not warnings ----------------


def _refused(data_dir: Path) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load_site(data_dir, DAY)
    return caught.value.problems


@pytest.mark.parametrize(
    ("file", "start", "field", "planted", "message"),
    [
        # employed ≤ graduates
        (
            programme_file("6B04105"),
            "- year: ",
            "employed",
            lambda r: r["graduates"] + 1,
            "'employed' is more than 'graduates'",
        ),
        # completed + dropped out ≤ entrants
        (
            programme_file("6B04105"),
            "- entry_year: ",
            "dropped_out",
            lambda r: r["entrants"],
            "'completed' and 'dropped_out' add up to more than 'entrants'",
        ),
        # with a degree ≤ headcount
        (
            STAFF,
            "- faculty: ",
            "with_degree",
            lambda r: r["headcount"] + 1,
            "'with_degree' is more than 'headcount'",
        ),
    ],
)
def test_a_record_that_contradicts_itself_is_an_error(
    data_copy: Path,
    file: Path,
    start: str,
    field: str,
    planted: Callable[[dict[str, int]], int],
    message: str,
) -> None:
    path = data_copy / file
    text = path.read_text(encoding="utf-8")
    at = text.index(start)
    end = text.find("\n- ", at + 1)
    end = len(text) if end < 0 else end + 1
    record = text[at:end]
    numbers = {k: int(v) for k, v in re.findall(r"(\w+): (\d+)\n", record)}
    record = re.sub(rf"{field}: \d+", f"{field}: {planted(numbers)}", record, count=1)
    path.write_text(text[:at] + record + text[end:], encoding="utf-8")
    first, last = text.count("\n", 0, at) + 1, text.count("\n", 0, end)
    problems = [p for p in _refused(data_copy) if p.file.endswith(file.as_posix())]
    assert [p for p in problems if message in p.message and first <= (p.line or 0) <= last], (
        problems
    )


def test_more_respondents_than_invited_is_an_error(data_copy: Path) -> None:
    """respondents ≤ invited (and every share equal to its counts) in indicators.csv."""
    rows = indicator_rows(data_copy)
    line, row = next((n, r) for n, r in rows if r["invited"] and r["respondents"] and r["question"])
    lines = (data_copy / INDICATORS).read_text(encoding="utf-8").split("\n")
    cells = lines[line - 1].split(",")
    cells[8] = str(int(row["respondents"]) - 1)  # invited
    lines[line - 1] = ",".join(cells)
    (data_copy / INDICATORS).write_text("\n".join(lines), encoding="utf-8")
    problems = [p for p in _refused(data_copy) if p.file.endswith(INDICATORS.as_posix())]
    assert [p.line for p in problems if "fewer invited than respondents" in p.message] == [line]


# --- the demonstration university ------------------------------------------------------------


def test_the_sample_files_are_the_demonstration_university(tmp_path: Path) -> None:
    """data/applicants/ is exactly what scripts/make_applicant_sample.py writes from the
    model (as the survey sample is checked against its generator)."""
    from kazutb_transparency.applicants.synthetic import write_sample
    from kazutb_transparency.core.demo_university import University

    write_sample(tmp_path, University.of_data(DATA))
    written = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yaml"))
    folder = DATA / "applicants"
    committed = sorted(
        p.relative_to(folder)
        for p in [folder / "groups.yaml", folder / "staff.yaml", *folder.glob("programmes/*.yaml")]
    )
    assert written == committed
    differ = [str(p) for p in written if (tmp_path / p).read_bytes() != (folder / p).read_bytes()]
    assert not differ, f"run scripts/make_applicant_sample.py: {differ}"


def test_the_model_agrees_with_itself_across_domains() -> None:
    from kazutb_transparency.core.demo_university import (
        GRADUATION_YEARS,
        PLACE_YEARS,
        STUDENT_YEARS,
        University,
    )

    u = University.of_data(DATA)
    for p in u.programmes.values():
        final = p.spec.years
        for year in range(2016, 2027):
            # graduates come from the final year of the academic year before
            assert p.graduates[year] <= p.enrolled(year - 1)[final - 1], (p.code, year)
            assert p.employed[year] <= p.graduates[year]
            # next year's second year: this year's first year less those who left
            assert p.enrolled(year)[1] <= p.enrolled(year - 1)[0] <= p.admitted(year - 1)
        for year in range(2016, 2023):
            c = p.cohort(year)
            assert 0 <= c.completed + c.dropped_out <= c.entrants
        for year in GRADUATION_YEARS:
            assert p.graduates[year] == u.graduates(p.code, year)
    for g in u.groups.values():
        for year in PLACE_YEARS:
            i = g.intake[year]
            assert i.admitted == sum(p.admitted(year) for p in g.programmes)
            assert i.admitted <= i.grants + i.paid_places and i.admitted <= i.applicants
    for f in u.faculties.values():
        for year in STUDENT_YEARS:
            assert f.students(year) == sum(p.students(year) for p in f.programmes)
    # Some programmes and groups are small everywhere (the small-group rule is exercised).
    small = [g for g in u.groups.values() if g.intake[2025].admitted < 10]
    assert small and all(p.students(2026) < 40 for g in small for p in g.programmes)


def test_the_survey_invites_no_more_than_the_model_has() -> None:
    """Every wave's invitations, also of years no applicants' file shows, against the model."""
    from kazutb_transparency.core.demo_university import University, academic_year_of_wave

    u = University.of_data(DATA)
    checked = 0
    for _, row in indicator_rows(DATA):
        if row["unit_type"] != "programme" or row["block"] != "overall" or row["question"]:
            continue
        if not row["invited"]:  # a suppressed row may leave it out
            continue
        invited, code, wave = int(row["invited"]), row["unit"], row["wave"]
        if row["survey"] == "graduates":
            assert invited <= u.graduates(code, int(wave[:4])), row
        elif row["survey"] in (
            "student-satisfaction",
            "academic-integrity",
            "teacher-evaluation",
            "wellbeing",
        ):
            assert invited <= u.students(code, academic_year_of_wave(wave)), row
        else:
            continue
        checked += 1
    assert checked > 100
