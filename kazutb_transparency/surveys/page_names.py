"""File names of the survey pages in quality/, and the check that no two are the same.

Every page of the section is a flat file in quality/ (so that links to charts/ and to
methodology.md are the same from each): the fixed pages, one page per survey
(`<survey-id>.md`) and one page per survey and faculty (`<survey-id>-<faculty code in lower
case>.md`), which lists that faculty's programmes. Survey ids and faculty codes are free
text within their patterns, so two of these names could coincide (survey `graduates-f1`
and faculty `F1` of survey `graduates`; faculties `F1` and `f1`): that is refused with a
DataError naming both, never published as one page overwriting another.
"""

from __future__ import annotations

from collections.abc import Iterable

from kazutb_transparency.core.errors import DataError, Problem

SECTION = "quality"
FIXED_PAGES = ("index", "surveys", "methodology", "actions")


def survey_page_name(survey_id: str) -> str:
    return survey_id


def faculty_page_name(survey_id: str, faculty_code: str) -> str:
    """The page of one survey's results for one faculty, without folder and extension."""
    return f"{survey_id}-{faculty_code.lower()}"


def page_name_problems(
    survey_ids: Iterable[str],
    faculty_codes: Iterable[str],
    catalogue_file: str = "catalogue.yaml",
    meta_file: str = "disclosures/faculties.yaml",
) -> list[Problem]:
    """Every generated name that would be used twice: a problem of the catalogue for a
    survey's own page, of the faculties' file for a faculty page.

    Checked for every survey × every faculty of the structure, not only those with data, so a
    clash is found when the names are chosen, not when a new wave first reaches them.
    """
    owners: dict[str, str] = {name: "a fixed page of the section" for name in FIXED_PAGES}
    problems = []

    def claim(name: str, owner: str, file: str, record: str, field: str, hint: str) -> None:
        if name in owners:
            problems.append(
                Problem(
                    file,
                    f"the page {SECTION}/{name}.md of {owner} would also be that of {owners[name]}",
                    record=record,
                    field=field,
                    hint=hint,
                )
            )
        else:
            owners[name] = owner

    surveys = list(survey_ids)
    faculties = list(faculty_codes)
    for survey in surveys:
        claim(
            survey_page_name(survey),
            f"survey '{survey}'",
            catalogue_file,
            survey,
            "id",
            f"choose a survey id other than {', '.join(FIXED_PAGES)}",
        )
    for survey in surveys:
        for code in faculties:
            claim(
                faculty_page_name(survey, code),
                f"survey '{survey}', faculty '{code}'",
                meta_file,
                code,
                "code",
                "faculty codes must differ in more than letter case, and a survey id must not "
                "be another survey's id followed by '-' and a faculty code",
            )
    return problems


def check_page_names(survey_ids: Iterable[str], faculty_codes: Iterable[str]) -> None:
    """Raise DataError if two survey pages would have the same file name."""
    problems = page_name_problems(survey_ids, faculty_codes)
    if problems:
        raise DataError(problems)
