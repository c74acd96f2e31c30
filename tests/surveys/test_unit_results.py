"""Each programme page shows its own survey results, each faculty's catalogue page its
faculty's (issue 15), from the published indicators only; survey pages link back. A family
reads the figure in one plain sentence (the year, how many answered); the wave, interval,
response rate and change are on the faculty's page of the survey, in its table of the
faculty and its programmes, once (issue 64: not repeated on every programme's page); the
figure of each wave, which that page (latest wave only) does not show, is one tap away."""

from __future__ import annotations

import re

import pytest

from kazutb_transparency.buildsteps.domains import RENDERERS
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.markdown import tr
from kazutb_transparency.disclosures.pages import unit_pages
from kazutb_transparency.surveys.pages.fmt import count, interval, percent
from kazutb_transparency.surveys.pages.fragments import trend_cell, university_cell
from kazutb_transparency.surveys.pages.plain import F, wave_year, whole_percent
from kazutb_transparency.surveys.pages.unit_results import HEADLINE_SURVEY, unit_results

SECTION = "{#survey-results}"


@pytest.fixture(scope="module")
def pages(default_site):
    """{lang: {path: Markdown}} of the disclosure and survey pages, as the build makes them."""
    disclosure_pages, survey_pages = RENDERERS[1], RENDERERS[2]
    return {
        lang: {
            **disclosure_pages(default_site, lang, None),
            **survey_pages(default_site, lang, None),
        }
        for lang in LANGUAGES
    }


def latest_row(data, unit_type: str, unit: str):
    rows = [data.row(HEADLINE_SURVEY, w, unit_type, unit) for w in data.waves(HEADLINE_SURVEY)]
    return [r for r in rows if r is not None]


def waves_block(page: str) -> str:
    """The block of each wave's figure under the headline sentence."""
    section = page.split(SECTION, 1)[1]
    lines = section.splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("<p><a "))
    assert lines[first + 1].startswith('<details class="survey-statistics">')
    return lines[first + 1]


def trend_line(page: str) -> str:
    """The figure of each wave: «2024-06: 68.2%; …; 2026-06: 75.2%»."""
    found = re.search(r"<p>(\d{4}-\d{2}: .*?)</p>", waves_block(page))
    assert found, waves_block(page)
    return found[1]


def headline_sentence(page: str) -> str:
    section = page.split(SECTION, 1)[1]
    return next(line for line in section.splitlines() if line.startswith("<p><a "))


def table_row(page: str, code: str) -> str:
    """A programme's row of the statistics table on its faculty's page of the survey."""
    found = re.search(rf'<tr><td>[^<]*<a href="../programmes/{code}.html">.*?</tr>', page)
    assert found, code
    return found[0]


def test_every_programme_page_shows_its_latest_satisfaction_and_its_faculty_page_the_statistics(
    default_site, pages
):
    data = default_site.surveys
    shown = hidden = 0
    for programme in default_site.disclosures.programmes:
        rows = latest_row(data, "programme", programme.code)
        assert rows, f"{programme.code}: the demonstration data cover every programme"
        latest = rows[-1]
        faculty = data.faculty_of[programme.code]
        survey_page = f"quality/{HEADLINE_SURVEY}-{faculty}.md"
        for lang in LANGUAGES:
            page = pages[lang][f"programmes/{programme.code}.md"]
            assert SECTION in page, (lang, programme.code)
            sentence = headline_sentence(page)
            # The year, not the wave's code; no interval, p-value or percentage points.
            assert str(wave_year(latest.wave)) in sentence
            assert latest.wave not in sentence and not re.search(r"\bp\W=", sentence)
            assert not re.search(r"\b(pp|п\.п\.|п\.т\.)", sentence), sentence
            # The statistics are linked, not repeated: the sentence's survey name leads to
            # the faculty's page of the survey, which has them.
            assert f'href="../{survey_page.removesuffix(".md")}.html"' in sentence
            assert F["statistics"][lang] not in page, (lang, programme.code)
            row = table_row(pages[lang][survey_page], programme.code)
            if latest.wave == data.waves(HEADLINE_SURVEY)[-1]:
                assert trend_cell(latest, data, lang) in row, (lang, programme.code)
                # The programme compared with the university, in the same wave.
                assert university_cell(latest, data, lang) in row, (lang, programme.code)
            if latest.suppressed:
                # The reason, never a figure.
                assert "%" not in sentence and "<em>" in row, (lang, programme.code)
                hidden += 1
            else:
                assert whole_percent(latest.satisfaction, lang) in sentence
                assert str(latest.respondents) in sentence
                assert percent(latest.satisfaction, lang) in row
                assert interval(latest.ci_low, latest.ci_high, lang) in row
                assert count(latest.respondents, lang) in row
                shown += 1
            # The figure of each wave: every wave with a row, oldest first.
            if len(rows) > 1:
                waves = re.findall(r"(\d{4}-\d{2}): ", trend_line(page))
                assert waves == [r.wave for r in rows], (lang, programme.code)
    assert shown and hidden, "the data show both a published and a suppressed programme"


def test_a_suppressed_trend_cell_says_why_and_never_shows_zero(default_site, pages):
    data = default_site.surveys
    for programme in default_site.disclosures.programmes:
        rows = latest_row(data, "programme", programme.code)
        if not any(r.suppressed for r in rows):
            continue
        page = pages["en"][f"programmes/{programme.code}.md"]
        trend = trend_line(page)
        for row in rows:
            # the wave's cell: up to the next "; " or, for the last wave, the paragraph's end
            shown = trend.split(f"{row.wave}: ", 1)[1].split(";", 1)[0]
            if row.suppressed:
                assert shown.startswith("<em>") and "%" not in shown, shown
            else:
                assert shown.rstrip(".") == percent(row.satisfaction, "en")
        return
    pytest.fail("no programme with a suppressed wave in the committed data")


def test_the_other_surveys_are_broken_down_by_programme(default_site, pages):
    data = default_site.surveys
    programme = "6B04105"
    page = pages["en"][f"programmes/{programme}.md"]
    section = page.split(SECTION, 1)[1]
    others = [
        s
        for s in data.surveys
        if s.id != HEADLINE_SURVEY
        and any(data.row(s.id, w, "programme", programme) for w in data.waves(s.id))
    ]
    assert len(others) >= 3
    for survey in others:
        assert tr(survey.name, "en") in section, survey.id
    # Staff and employer surveys are not broken down by programme: not listed.
    assert tr(data.survey("employers").name, "en") not in section


def test_each_faculty_catalogue_page_shows_the_faculty_results(default_site, pages):
    data = default_site.surveys
    for faculty_id, path in unit_pages(default_site.disclosures).items():
        if faculty_id[0] != "faculty":
            continue
        rows = latest_row(data, "faculty", faculty_id[1])
        for lang in LANGUAGES:
            page = pages[lang][path]
            assert SECTION in page, (lang, path)
            assert whole_percent(rows[-1].satisfaction, lang) in headline_sentence(page)


def test_survey_pages_link_back_to_programme_and_faculty_pages(default_site, pages):
    where = unit_pages(default_site.disclosures)
    for faculty in default_site.surveys.structure.faculties:
        for lang in LANGUAGES:
            page = pages[lang][f"quality/{HEADLINE_SURVEY}-{faculty.id}.md"]
            # A Markdown link to the page's source, which MkDocs checks (never to its .html).
            assert f"(../{where[('faculty', faculty.id)]})" in page, (lang, faculty.id)
            for programme in faculty.programmes:
                if f"({programme.code})" in page:
                    assert f'href="../programmes/{programme.code}.html"' in page


def test_a_unit_no_survey_reports_on_gets_no_section(default_site):
    assert unit_results(default_site.surveys, "programme", "6B99999", "programmes/x.md", "kk") == ""


def test_the_results_link_to_the_survey_pages_that_list_the_unit(default_site, pages):
    page = pages["kk"]["programmes/6B07220.md"]
    faculty = default_site.surveys.faculty_of["6B07220"]
    assert f'href="../quality/{HEADLINE_SURVEY}-{faculty}.html"' in page
    assert 'href="../quality/index.html"' in page
