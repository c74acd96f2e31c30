"""HTML fragments of the survey pages: one published value as the page's language shows it.

A suppressed value is always shown as the reason it is hidden, never as a number or zero.
"""

from __future__ import annotations

from kazutb_transparency.core.locale_format import NumberText, fill
from kazutb_transparency.core.markdown import esc, tr
from kazutb_transparency.surveys.codes import CI_MIN_RESPONDENTS, OVERALL
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.pages.fmt import p_value, percent, points
from kazutb_transparency.surveys.pages.labels import L, fewer_than
from kazutb_transparency.surveys.pages.views import against_university, status, trend
from kazutb_transparency.surveys.significance import Test

ARROWS = {"up": "↑", "down": "↓", "flat": "→"}


def t(key: str, lang: str, **values: object) -> str:
    text = L[key][lang]
    return text.format(**values) if values else text


def demo(data: SurveyData, lang: str) -> str:
    if not (data.meta.demonstration or data.actions.demonstration):
        return ""
    text = esc(t("demo_text", lang))
    return f'!!! warning "{esc(t("demo_title", lang))}"\n\n    {text}\n'


def hidden_cell(row: IndicatorRow, data: SurveyData, lang: str) -> str:
    """What a suppressed cell says: never a number, never zero."""
    if row.suppression_reason == "primary":
        return f"<em>{esc(fewer_than(data.meta.min_n, lang))}</em>"
    return f"<em>{esc(t('secondary', lang))}</em>"


def share_cell(row: IndicatorRow | None, data: SurveyData, lang: str) -> str:
    if row is None:
        return "—"
    return hidden_cell(row, data, lang) if row.suppressed else percent(row.satisfaction, lang)


def status_cell(row: IndicatorRow | None, data: SurveyData, lang: str) -> str:
    if row is None or row.suppressed:
        return "—"
    found = status(row, data.target(row.survey, row.block))
    return esc(t(found, lang)) if found else "—"


def trend_cell(row: IndicatorRow | None, data: SurveyData, lang: str) -> str:
    if row is None or row.suppressed:
        return "—"
    found = trend(data, row)
    if found is None:
        return "—"
    change = points(found.change, lang)
    note = significance_note(found.test, lang)
    template = L[f"trend_{found.direction}"][lang]
    if found.test.p_value is None:
        # Too few respondents to test: the cell says only that, never "no significant change".
        template = L["trend_untested"][lang]
    if found.direction == "flat":
        # No arrow for a change the test does not support: one sentence says so.
        return fill(template, wave=esc(found.previous_wave), change=change, note=note)
    label = fill(template, wave=found.previous_wave)
    arrow = ARROWS[found.direction]
    return f'<span role="img" aria-label="{esc(label)}">{arrow}</span> {change}{note}'


def significance_note(test: Test, lang: str) -> str:
    """ "; p = 0,030", "; p < 0,001" — or why the change was not tested (the sentence
    around it says that it was not)."""
    if test.p_value is None:
        # kk «респонденттер 30-дан аз»: the number takes the ablative.
        text = fill(L["not_tested"][lang], n=NumberText(CI_MIN_RESPONDENTS, lang))
        return f"; {esc(text)}"
    return f"; {p_value(test.p_value, lang)}"


def university_cell(row: IndicatorRow | None, data: SurveyData, lang: str) -> str:
    """A unit against the university in the same wave: above / below only if significant."""
    if row is None or row.suppressed:
        return "—"
    found = against_university(data, row)
    if found is None:
        return "—"
    verdict, test = found
    # One sentence per verdict, the difference and its test filled in; too few respondents
    # to test gives a sentence saying only that (never "no significant difference").
    key = "vs_untested" if test.p_value is None else f"vs_{verdict}"
    return fill(
        L[key][lang],
        difference=points(test.difference, lang),
        note=significance_note(test, lang),
    )


def flags_cell(row: IndicatorRow, lang: str) -> str:
    return "; ".join(esc(t(flag, lang)) for flag in row.flags) or "—"


def rate_cell(row: IndicatorRow | None, lang: str) -> str:
    if row is None or row.suppressed or row.response_rate is None:
        return "—"
    text = percent(row.response_rate, lang)
    return f"{text} ⚠ {flags_cell(row, lang)}" if row.flags else text


def target_cell(data: SurveyData, survey: str, block: str, lang: str) -> str:
    target = data.target(survey, block)
    return f"{percent(target.target, lang)} / {percent(target.threshold, lang)}"


def unit_label(data: SurveyData, unit_type: str, unit: str, lang: str) -> str:
    if unit_type == "university":
        return esc(t("university", lang))
    name = data.unit_name(unit_type, unit)
    if name is None:
        return esc(unit)
    # A programme's code is how students know it; a faculty's id is only the data's key.
    code = f" <small>({esc(unit)})</small>" if unit_type == "programme" else ""
    return f"{tr(name, lang)}{code}"


def block_label(data: SurveyData, survey: str, block: str, lang: str) -> str:
    if block == OVERALL:
        return esc(t("overall", lang))
    name = data.questionnaire[survey].blocks.get(block)
    return tr(name, lang) if name else esc(block)


def responsible_unit(data: SurveyData, unit_id: str, lang: str) -> str:
    name = data.unit_names.get(unit_id)
    return tr(name, lang) if name else esc(unit_id)
