"""A faculty's or programme's own survey results, for its page in the programme catalogue.

As a course page on Discover Uni shows the National Student Survey for that course: the
latest student-satisfaction figure in one plain sentence (its year, how many answered, the
year before; surveys/pages/plain.py) with the figure of each wave one tap away, the other
surveys broken down to this unit in a sentence each, and the way to the survey pages. The
statistics behind each sentence (wave, confidence interval, response rate, change, the
university compared) are on the faculty's page of the survey, in its table of the faculty
and its programmes, once: not repeated on every programme's page. From the published
indicators only: a suppressed cell says the group was too small to publish, never a figure.
"""

from __future__ import annotations

from kazutb_transparency.core.markdown import esc, page_href, tr
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.page_names import SECTION, faculty_page_name
from kazutb_transparency.surveys.pages.fmt import percent
from kazutb_transparency.surveys.pages.fragments import hidden_cell, t
from kazutb_transparency.surveys.pages.plain import family_sentence

HEADLINE_SURVEY = "student-satisfaction"


def _survey_page(data: SurveyData, survey: str, unit_type: str, unit: str) -> str:
    """The survey page that lists this unit: its faculty's page of the survey, if any."""
    faculty = unit if unit_type == "faculty" else data.faculty_of.get(unit, "")
    waves = data.waves(survey)
    listed = faculty and any(data.row(survey, w, "faculty", faculty) for w in waves)
    name = faculty_page_name(survey, faculty) if listed else survey
    return f"{SECTION}/{name}.md"


def _rows(data: SurveyData, survey: str, unit_type: str, unit: str) -> list[IndicatorRow]:
    """The unit's overall row of each wave of the survey that has one, oldest first."""
    found = (data.row(survey, wave, unit_type, unit) for wave in data.waves(survey))
    return [row for row in found if row is not None]


def _headline(data: SurveyData, rows: list[IndicatorRow], page: str, lang: str) -> list[str]:
    """The headline survey's latest figure as a family reads it, the figure of each wave
    (which the faculty's page, latest wave only, does not show) one tap away."""
    survey = data.survey(HEADLINE_SURVEY)
    link = page_href(page, _survey_page(data, survey.id, rows[-1].unit_type, rows[-1].unit))
    name = f'<a href="{link}">{tr(survey.name, lang)}</a>'
    out = f"<p>{name}. {family_sentence(data, rows[-1], lang)}</p>\n"
    if len(rows) > 1:
        # A line, not a table: the section stays light on every programme's page.
        waves = "; ".join(f"{row.wave}: {_short(row, data, lang)}" for row in rows)
        out += (
            f'<details class="survey-statistics"><summary>{esc(t("unit_trend", lang))}</summary>'
            f"<p>{waves}</p></details>\n"
        )
    return [out]


def headline_result(data: SurveyData, unit_type: str, unit: str, lang: str) -> str:
    """The unit's headline figure as a family reads it (HTML, a paragraph), for the key
    facts at the top of its page; empty when the headline survey has no row. Its
    statistics are on the survey's page, which the section the key facts link to names."""
    rows = _rows(data, HEADLINE_SURVEY, unit_type, unit)
    return f"<p>{family_sentence(data, rows[-1], lang)}</p>" if rows else ""


def _short(row: IndicatorRow, data: SurveyData, lang: str) -> str:
    return hidden_cell(row, data, lang) if row.suppressed else percent(row.satisfaction, lang)


def _others(data: SurveyData, unit_type: str, unit: str, page: str, lang: str) -> list[str]:
    """The latest figure of every other survey that reports on the unit, as list items: a
    sentence each, the survey's name linking to its statistics."""
    found = []
    for survey in data.surveys:
        if survey.id == HEADLINE_SURVEY:
            continue
        rows = _rows(data, survey.id, unit_type, unit)
        if not rows:
            continue
        link = page_href(page, _survey_page(data, survey.id, unit_type, unit))
        name = f'<a href="{link}">{tr(survey.name, lang)}</a>'
        found.append(f"<li>{name}. {family_sentence(data, rows[-1], lang)}</li>")
    return found


def unit_results(data: SurveyData, unit_type: str, unit: str, page: str, lang: str) -> str:
    """The "Survey results" section of the page `page` (a path inside the language folder)
    of a faculty or programme; empty when no survey reports on the unit."""
    headline = _rows(data, HEADLINE_SURVEY, unit_type, unit)
    others = _others(data, unit_type, unit, page, lang)
    if not headline and not others:
        return ""
    out = [f"## {t('unit_results_title', lang)} {{#survey-results}}\n"]
    if data.meta.demonstration:
        out.append(f'<p class="demo-notice"><strong>{esc(t("unit_demo", lang))}</strong></p>\n')
    if headline:
        out += _headline(data, headline, page, lang)
    else:
        out.append(f"<p>{esc(t('unit_no_headline', lang))}</p>\n")
    if others:
        out.append(f"<p>{esc(t('unit_others', lang))}:</p>\n<ul>{''.join(others)}</ul>\n")
    out.append(f"<p>{esc(t('unit_statistics', lang))}</p>\n")
    overview = page_href(page, f"{SECTION}/index.md")
    out.append(f'<p><a href="{overview}">{esc(t("unit_all_results", lang))}</a></p>\n')
    return "\n".join(out)
