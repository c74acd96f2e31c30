"""Every error path names the file and the field, and the line where there is one."""

from __future__ import annotations

from pathlib import Path

from tests.disclosures.helpers import line_of, only, problems_of

D = "disclosures"


def test_unknown_unit_in_the_register(data_copy: Path, edit) -> None:
    path = data_copy / D / "register.yaml"
    edit(path, "  unit: marketing-pr", "  unit: no-such-unit")
    problem = only(problems_of(data_copy), "disclosures/register.yaml", "unit")
    assert "no-such-unit" in problem.message
    assert problem.line == line_of(path, "unit: no-such-unit")
    assert "register.yaml" in str(problem) and "'unit'" in str(problem)


def test_unknown_unit_as_parent_of_a_faculty(data_copy: Path, edit) -> None:
    path = data_copy / D / "faculties.yaml"
    edit(path, "  parent: vr-academic", "  parent: vr-nobody")
    problem = only(problems_of(data_copy), "disclosures/faculties.yaml", "parent")
    assert problem.line == line_of(path, "parent: vr-nobody")


def test_unknown_agency(data_copy: Path, edit) -> None:
    path = data_copy / D / "accreditations.yaml"
    edit(path, "  agency: sample-agency-b", "  agency: sample-agency-z")
    problem = only(problems_of(data_copy), "disclosures/accreditations.yaml", "agency")
    assert "sample-agency-z" in problem.message
    assert problem.record == "prog-2020-technology"
    assert problem.line == line_of(path, "agency: sample-agency-z")


def test_unknown_programme_in_an_accreditation(data_copy: Path, edit) -> None:
    path = data_copy / D / "accreditations.yaml"
    edit(path, "programmes: [6B07220, 6B07223]", "programmes: [6B07220, 6B09999]")
    problem = only(problems_of(data_copy), "disclosures/accreditations.yaml", "programmes.1")
    assert "6B09999" in problem.message
    assert problem.line == line_of(path, "6B09999")


def test_unknown_programme_in_a_disciplines_file(data_copy: Path, edit) -> None:
    path = data_copy / D / "disciplines" / "6B04105.csv"
    edit(path, "6B04105,,Маркетинг", "6B04199,,Маркетинг")
    problem = only(problems_of(data_copy), "disciplines/6B04105.csv", "programme")
    assert "6B04199" in problem.message
    assert problem.line == line_of(path, "6B04199")


def test_discipline_after_the_end_of_the_programme(data_copy: Path, edit) -> None:
    path = data_copy / D / "disciplines" / "6B04105.csv"
    edit(path, "Маркетинг,Маркетинг,Marketing,5,4,", "Маркетинг,Маркетинг,Marketing,5,9,")
    problem = only(problems_of(data_copy), "disciplines/6B04105.csv", "semester")
    assert problem.line == line_of(path, "Marketing,5,9")


def test_bad_cell_in_a_disciplines_file(data_copy: Path, edit) -> None:
    path = data_copy / D / "disciplines" / "6B04105.csv"
    edit(path, "Marketing,5,4,basic,university", "Marketing,five,4,basic,university")
    problem = only(problems_of(data_copy), "disciplines/6B04105.csv", "credits")
    assert problem.line == line_of(path, "Marketing,five")


def test_duplicate_programme_code(data_copy: Path) -> None:
    folder = data_copy / D / "programmes"
    text = (folder / "6B04105.yaml").read_text(encoding="utf-8")
    (folder / "6B04105-copy.yaml").write_text(text, encoding="utf-8")
    problem = only(problems_of(data_copy), "programmes/6B04105.yaml", "code")
    assert "duplicate programme code '6B04105'" in problem.message
    assert "6B04105-copy.yaml" in problem.message
    assert problem.line == line_of(folder / "6B04105.yaml", "code: 6B04105")


def test_valid_until_before_valid_from(data_copy: Path, edit) -> None:
    path = data_copy / D / "accreditations.yaml"
    edit(path, "  valid_until: 2027-04-14", "  valid_until: 2021-04-14")
    problem = only(problems_of(data_copy), "disclosures/accreditations.yaml", "valid_until")
    assert "valid_from" in problem.message
    assert problem.record == "prog-2022-economics"
    assert problem.line == line_of(path, "valid_until: 2021-04-14")


def test_bad_programme_code_pattern(data_copy: Path, edit) -> None:
    path = data_copy / D / "programmes" / "6B04110.yaml"
    edit(path, "code: 6B04110", "code: 6X04110")
    problem = only(problems_of(data_copy), "programmes/6B04110.yaml", "code")
    assert problem.line == line_of(path, "code: 6X04110")


def test_unknown_faculty_and_form(data_copy: Path, edit) -> None:
    path = data_copy / D / "programmes" / "6B04110.yaml"
    edit(path, "faculty: economics-business", "faculty: law")
    edit(path, "forms: [full-time,", "forms: [evening,")
    problems = problems_of(data_copy)
    assert only(problems, "programmes/6B04110.yaml", "faculty").line == line_of(path, "faculty:")
    assert only(problems, "programmes/6B04110.yaml", "forms.0").line == line_of(path, "forms:")


def test_checksum_mismatch_is_a_build_error(data_copy: Path, edit) -> None:
    path = data_copy / D / "documents.yaml"
    edit(
        path,
        "  file: sample-charter-2023.pdf\n",
        "  file: sample-charter-2023.pdf\n  sha256: " + "ab" * 32 + "\n",
    )
    problem = only(problems_of(data_copy), "disclosures/documents.yaml", "sha256")
    assert "does not match" in problem.message and problem.record == "charter-2023"
    assert problem.line == line_of(path, "sha256: abab")


def test_missing_and_undescribed_document_files(data_copy: Path) -> None:
    folder = data_copy / "documents"
    (folder / "sample-licence.pdf").rename(folder / "stray.pdf")
    problems = problems_of(data_copy)
    missing = only(problems, "disclosures/documents.yaml", "file")
    assert "sample-licence.pdf" in missing.message and missing.record == "licence"
    assert "not described" in only(problems, "documents/stray.pdf").message


def test_unknown_page_and_missing_clause_in_the_register(data_copy: Path, edit) -> None:
    path = data_copy / D / "register.yaml"
    edit(path, "pages: [about/forms-of-study.md]", "pages: [about/forms.md]")
    edit(path, '- clause: "9.7.2.2"', '- clause: "9.7.2.9"')
    problems = problems_of(data_copy)
    page = only(problems, "disclosures/register.yaml", "pages.0")
    assert "about/forms.md" in page.message and page.line == line_of(path, "about/forms.md")
    missing = [p for p in problems if "missing clause" in p.message]
    assert missing and "9.7.2.2" in missing[0].message
    unknown = [p for p in problems if "no rule" in p.message]
    assert unknown and unknown[0].line == line_of(path, '"9.7.2.9"')


def test_bad_bin_is_refused(data_copy: Path, edit) -> None:
    path = data_copy / D / "about.yaml"
    edit(path, 'bin: "000140000002"', 'bin: "000140000003"')
    problem = only(problems_of(data_copy), "disclosures/about.yaml", "registration.bin")
    assert "check digit" in problem.message
