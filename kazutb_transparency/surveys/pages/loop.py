"""Page fragments stating where things stand: an action's status (overdue in words, not
colour alone), its review window, the statuses' date, the years of data behind a survey's
dynamics (§7.5.3) and where a catalogue timing comes from (§7.8 or the university)."""

from __future__ import annotations

from datetime import date

from kazutb_transparency.core.locale_format import DateText, format_date, format_date_range
from kazutb_transparency.core.markdown import esc, table, tr
from kazutb_transparency.surveys.action_rules import JUDGED, is_overdue, review_window
from kazutb_transparency.surveys.claims import dynamics_years, span_months
from kazutb_transparency.surveys.evidence import judged
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.models import Action, SurveyDef
from kazutb_transparency.surveys.pages.fmt import percent, points
from kazutb_transparency.surveys.pages.fragments import significance_note, t
from kazutb_transparency.surveys.pages.loop_labels import months_count, waves_count, years_count

MIN_YEARS = 3  # §7.5.3: dynamics over at least three years where the data exist
QUOTES = {"kk": ("«", "»"), "ru": ("«", "»"), "en": ("“", "”")}


# --- actions -------------------------------------------------------------------------------


def action_status(action: Action, data: SurveyData, lang: str) -> str:
    text = esc(t(action.status, lang))
    if is_overdue(action, data.overdue_day):
        return f'{text} — <strong class="capa-overdue">⚠ {esc(t("overdue", lang))}</strong>'
    return text


def _day(value: date, lang: str) -> str:
    return f'<time datetime="{value.isoformat()}">{format_date(value, lang)}</time>'


def review_cell(action: Action, lang: str) -> str:
    """The review date once set; before that, the period in which it falls due."""
    if action.review is not None:
        return _day(action.review, lang)
    if action.status in JUDGED:  # refused on load; never shown
        return "—"
    first, last = review_window(action.due)
    return esc(
        t(
            "review_window",
            lang,
            first=format_date(first, lang),
            last=format_date(last, lang),
            period=format_date_range(first, last, lang),
        )
    )


def approval_cell(action: Action, data: SurveyData, lang: str) -> str:
    """The body that approved the action, with its decision's number and date."""
    approval = action.approved_by
    if approval is None:  # refused on load; never shown
        return "—"
    name = data.unit_names.get(approval.body)
    body = tr(name, lang) if name else esc(approval.body)
    decision = t("decision", lang, number=esc(approval.decision))
    return f"{body}: {decision}, {_day(approval.dated, lang)}"


def evidence_cell(action: Action, data: SurveyData, lang: str) -> str:
    """What a judged status rests on: the re-measured value, its wave, the tested change."""
    found = judged(action, data)
    if found is None:
        return "—" if action.status not in JUDGED else esc(t("no_evidence", lang))
    test = found.test
    return t(
        "evidence_text",
        lang,
        value=percent(found.after.satisfaction, lang),
        wave=esc(found.after.wave),
        before=percent(found.before.satisfaction, lang),
        before_wave=esc(found.before.wave),
        change=points(test.difference, lang),
        # Too few respondents to test: "not tested", never "no significant change".
        verdict=esc(t("untested" if test.p_value is None else test.direction, lang)),
        p=significance_note(test, lang),
    )


def as_of_lines(data: SurveyData, lang: str) -> list[str]:
    """Which day the statuses describe, and how many actions are overdue on it."""
    key = "as_of_data" if data.actions.as_of is not None else "as_of_build"
    overdue = sum(is_overdue(a, data.overdue_day) for a in data.actions.actions)
    # Whole sentences of the catalog; Kazakh puts the date in the case the sentence needs.
    line = esc(t(key, lang, date=DateText(data.as_of, lang)))
    if data.overdue_day != data.as_of:
        line += " " + esc(t("overdue_on", lang, date=DateText(data.overdue_day, lang)))
    line += " " + esc(t("overdue_count", lang, count=overdue))
    return [line, "", esc(t("review_rule", lang)), ""]


# --- catalogue -----------------------------------------------------------------------------


def catalogue_intro(data: SurveyData, lang: str) -> str:
    key = "catalogue_intro_verified" if data.catalogue.verified else "catalogue_intro_unverified"
    return esc(t(key, lang))


def timing_cell(survey: SurveyDef, lang: str) -> str:
    timing = tr(survey.timing, lang)
    if survey.regulation_timing is None:
        return f"{timing} <small>({esc(t('timing_regulation', lang))})</small>"
    opening, closing = QUOTES[lang]
    said = f"{opening}{tr(survey.regulation_timing, lang)}{closing}"
    # The quoted wording is already HTML (tr); only the template is escaped.
    note = esc(t("timing_to_confirm", lang, said="\x00")).replace("\x00", said)
    return f"{timing} <small>({note})</small>"


# --- dynamics over the years ---------------------------------------------------------------


def years_lines(data: SurveyData, survey_id: str, lang: str, charted: bool) -> list[str]:
    """How long a period the waves span, from their dates; whether that reaches §7.5.3's
    three years of dynamics."""
    waves = data.waves(survey_id)
    if not waves:
        return []
    years = dynamics_years(waves)
    sentence = t(
        "years_covered",
        lang,
        months=months_count(span_months(waves), lang),
        years=years_count(years, lang),
        first=waves[0],
        last=waves[-1],
        waves=waves_count(len(waves), lang),
    )
    if years < MIN_YEARS:
        return [f"{esc(sentence)} {esc(t('years_short', lang))}", ""]
    if charted:
        return [f"{esc(sentence)} {esc(t('years_enough', lang))}", ""]
    return [esc(sentence), ""]


def dynamics_section(data: SurveyData, lang: str) -> list[str]:
    """The methodology's table: the period each survey's waves span, from their dates."""
    headers = [
        t("survey", lang),
        t("waves_col", lang),
        t("period", lang),
        t("months_col", lang),
        t("years_col", lang),
        t("three_years", lang),
    ]
    rows = []
    for survey in data.surveys:
        waves = data.waves(survey.id)
        years = dynamics_years(waves)
        rows.append(
            [
                f'<a href="{survey.id}.html">{tr(survey.name, lang)}</a>',
                str(len(waves)),
                f"{esc(waves[0])}–{esc(waves[-1])}" if waves else "—",
                str(span_months(waves)),
                str(years),
                esc(t("yes" if years >= MIN_YEARS else "not_yet", lang)),
            ]
        )
    heading = esc(t("dynamics_heading", lang))
    return [
        f"## {heading}",
        "",
        esc(t("dynamics_intro", lang)),
        "",
        table([esc(h) for h in headers], rows, heading),
        "",
    ]
