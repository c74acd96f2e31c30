"""The survey pages speak to families first (issue 59): the overview and each survey's page
open with the university's figure in a plain sentence, a faculty's page gives a sentence for
each of its programmes; the statistics stay one tap away, in a <details> block."""

from __future__ import annotations

import re

import pytest

from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.surveys.pages.plain import F, family_sentence, wave_year
from kazutb_transparency.surveys.pages.quality import (
    faculties_with_data,
    faculty_page,
    overview_page,
    survey_page,
)
from kazutb_transparency.surveys.pages.views import latest

SURVEY = "student-satisfaction"


def body(page: str) -> list[str]:
    """The page's lines after its title and the demonstration notice (an admonition)."""
    lines = page.splitlines()
    lines = lines[next(n for n, line in enumerate(lines) if line.startswith("# ")) + 1 :]
    return [line for line in lines if line.strip() and not line.startswith(("!!!", "    "))]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_survey_page_opens_with_the_plain_sentence(default_site, lang: str) -> None:
    data = default_site.surveys
    for survey in data.surveys:
        row = latest(data, survey.id)
        if row is None:
            continue
        first, second = body(survey_page(data, survey, lang, None))[:2]
        assert first == f"<p>{family_sentence(data, row, lang)}</p>", (survey.id, first)
        assert str(wave_year(row.wave)) in first and row.wave not in first
        # One tap away: the wave, the target and the status.
        assert second.startswith(
            f'<details class="survey-statistics"><summary>{F["statistics"][lang]}'
        )
        assert row.wave in second and "<details open" not in second


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_overview_opens_with_a_sentence_per_survey(default_site, lang: str) -> None:
    data = default_site.surveys
    first = body(overview_page(data, lang))[0]
    assert first.startswith('<ul class="survey-family">')
    for survey in data.surveys:
        row = latest(data, survey.id)
        if row is not None:
            assert f'href="{survey.id}.html"' in first
            assert family_sentence(data, row, lang) in first
    assert not re.search(r"\d{4}-\d{2}", first)  # years, never a wave's code


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_programme_of_a_faculty_page_has_its_sentence(default_site, lang: str) -> None:
    data = default_site.surveys
    survey = data.survey(SURVEY)
    wave = data.waves(SURVEY)[-1]
    faculties = faculties_with_data(data, SURVEY)
    assert faculties
    for faculty in faculties:
        page = faculty_page(data, survey, faculty, lang)
        items = [line for line in page.splitlines() if line.startswith("<li>")]
        shown = [
            (code, row)
            for code in (p.code for p in faculty.programmes)
            if (row := data.row(SURVEY, wave, "programme", code)) is not None
        ]
        assert len(items) == len(shown) and shown, faculty.id
        for (code, row), item in zip(shown, items, strict=True):
            assert code in item and family_sentence(data, row, lang) in item
        # The table is the statistics: one block, closed, after the sentences.
        summary = F["statistics_table"][lang]
        opened = page.index(f'<details class="survey-statistics"><summary>{summary}</summary>')
        table = page.index("<table>")
        assert page.index(items[-1]) < opened < table < page.index("</details>", opened)
