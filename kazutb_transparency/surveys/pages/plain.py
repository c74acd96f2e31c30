"""A survey result as a family reads it: one plain sentence — «In 2026, of the 58 students
who answered, 81 % were satisfied (last year 76 %).» — with the year, not the wave's code,
and no interval, p-value or percentage points; those stay one tap away, in a <details>
block that opens without JavaScript. A withheld figure says plainly why it is withheld.

Grammar per language: the noun counted in Russian (1 студент, 2 студента, 5 студентов) and
the verb with it; in Kazakh the noun in the genitive after the number («58 студенттің») and
the number in the ablative before «аз» («10-нан аз»).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from kazutb_transparency.core.counted import counted, noun_forms
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import (
    NBSP,
    NumberText,
    fill,
    format_number,
    kazakh_case,
    plural_category,
)
from kazutb_transparency.core.markdown import esc
from kazutb_transparency.surveys.indicators import IndicatorRow
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.pages.fmt import count, interval, percent
from kazutb_transparency.surveys.pages.fragments import (
    hidden_cell,
    rate_cell,
    t,
    trend_cell,
    university_cell,
)

F: dict[str, dict[str, str]] = catalog("surveys_family")

# Who answers each survey (the catalogue's ids, which never change once published); any
# other survey's respondents are counted as people (the nouns of the `counted_*` catalogs).
RESPONDENTS: dict[str, str] = {
    "student-satisfaction": "students",
    "academic-integrity": "students",
    "wellbeing": "students",
    "teacher-evaluation": "students",
    "graduates": "graduates",
}
# The survey whose positive answers read as "satisfied"; the others' as positive answers.
SATISFACTION_SURVEY = "student-satisfaction"


def wave_year(wave: str) -> int:
    """The year of a wave («2026-06» → 2026): a family reads years, not wave codes."""
    return int(wave[:4])


def whole_percent(share: Decimal, lang: str) -> str:
    """A share as a whole percentage, «81 %» (kk, ru) / "81%" (en)."""
    number = format_number(int((share * 100).quantize(Decimal(1), ROUND_HALF_UP)), lang)
    return f"{number}%" if lang == "en" else f"{number}{NBSP}%"


def year_before(data: SurveyData, row: IndicatorRow) -> IndicatorRow | None:
    """The same figure a year earlier: the wave of the same month of the year before if
    there is one, else the latest wave of an earlier year; None without such a wave."""
    year = wave_year(row.wave)
    earlier = [w for w in data.waves(row.survey) if wave_year(w) < year]
    if not earlier:
        return None
    same_month = f"{year - 1}{row.wave[4:]}"
    wave = same_month if same_month in earlier else earlier[-1]
    return data.row(row.survey, wave, row.unit_type, row.unit, row.block, row.question)


def _counted(n: int, survey: str, lang: str) -> str:
    """«58 студенттің» (kk, the genitive the sentence needs), «58 студентов», "58 students"."""
    noun = RESPONDENTS.get(survey, "people")
    if lang == "kk":
        word = noun_forms(noun)["kk"]["other"]
        return f"{format_number(n, lang)}{NBSP}{kazakh_case(word, 'genitive')}"
    return counted(n, noun, lang)


def _fewer_noun(survey: str, lang: str) -> str:
    """The noun after «fewer than N»: kk nominative, ru genitive plural, en plural."""
    forms = noun_forms(RESPONDENTS.get(survey, "people"))[lang]
    return forms["many"] if lang == "ru" else forms["other"]


def _before(data: SurveyData, row: IndicatorRow, lang: str) -> tuple[str, dict[str, object]]:
    """Which sentence names the earlier year, and its values: "_last_year" (« (last year
    76 %)»), "_in_year" (« (in 2024: 76 %)»), or "" when no earlier year's figure is
    published."""
    earlier = year_before(data, row)
    if earlier is None or earlier.suppressed or earlier.satisfaction is None:
        return "", {}
    share = whole_percent(earlier.satisfaction, lang)
    year = wave_year(earlier.wave)
    if year == wave_year(row.wave) - 1:
        return "_last_year", {"before": share}
    return "_in_year", {"before": share, "before_year": year}


def family_sentence(data: SurveyData, row: IndicatorRow, lang: str) -> str:
    """The plain sentence of one published or withheld figure (HTML, without <p>)."""
    year = wave_year(row.wave)
    if row.suppressed:
        if row.suppression_reason == "primary":
            return fill(
                F["withheld_small"][lang],
                year=year,
                n=NumberText(data.meta.min_n, lang),
                people=_fewer_noun(row.survey, lang),
            )
        return F["withheld_other"][lang].format(year=year)
    answered = row.respondents if row.respondents is not None else row.valid or 0
    kind = "satisfied" if row.survey == SATISFACTION_SURVEY else "positive"
    one = "_one" if plural_category(answered, lang) == "one" else ""
    # One whole sentence for each case, the earlier year's figure in it (not glued after).
    when, before = _before(data, row, lang)
    return fill(
        F[f"result_{kind}{one}{when}"][lang],
        year=year,
        people=_counted(answered, row.survey, lang),
        share=whole_percent(row.satisfaction or Decimal(0), lang),
        **before,
    )


def statistics(
    data: SurveyData, row: IndicatorRow, lang: str, more: tuple[tuple[str, str], ...] = ()
) -> str:
    """The figures behind the sentence, one tap away: the wave, the share to one decimal
    with its 95 % interval, respondents and response rate, the change since the previous
    wave in percentage points with its p-value, the university of the same wave; `more`:
    further (label, HTML) pairs."""
    items = [(esc(t("wave", lang)), esc(row.wave))]
    if row.suppressed:
        items.append((esc(t("satisfaction", lang)), hidden_cell(row, data, lang)))
    else:
        items += [
            (esc(t("satisfaction", lang)), percent(row.satisfaction, lang)),
            (esc(t("ci", lang)), interval(row.ci_low, row.ci_high, lang)),
            (esc(t("respondents", lang)), count(row.respondents, lang)),
            (esc(t("invited", lang)), count(row.invited, lang)),
            (esc(t("response_rate", lang)), rate_cell(row, lang)),
            (esc(t("trend", lang)), trend_cell(row, data, lang)),
        ]
        if row.unit_type != "university":
            items.append((esc(t("vs_university", lang)), university_cell(row, data, lang)))
    items += list(more)
    # A list, not a <dl>: the block may stand inside another list of facts (the key facts).
    body = "".join(f"<li>{label}: {value}</li>" for label, value in items)
    return (
        f'<details class="survey-statistics"><summary>{F["statistics"][lang]}</summary>'
        f"<ul>{body}</ul></details>"
    )


def family_result(
    data: SurveyData,
    row: IndicatorRow,
    lang: str,
    lead: str = "",
    more: tuple[tuple[str, str], ...] = (),
) -> str:
    """The sentence as a paragraph (after `lead`, e.g. the survey's linked name) and its
    statistics under it."""
    sentence = family_sentence(data, row, lang)
    return f"<p>{lead}{sentence}</p>\n{statistics(data, row, lang, more)}\n"


def compare_cell(data: SurveyData, row: IndicatorRow, lang: str) -> str:
    """A table cell as a family reads it (HTML): «81 % (2026; answered: 58)», or why the
    figure is withheld, with its year."""
    year = wave_year(row.wave)
    if row.suppressed:
        if row.suppression_reason == "primary":
            text = fill(F["cell_small"][lang], year=year, n=NumberText(data.meta.min_n, lang))
        else:
            text = F["cell_other"][lang].format(year=year)
        return f'<em class="suppressed">{text}</em>'
    answered = row.respondents if row.respondents is not None else row.valid or 0
    return F["cell"][lang].format(
        share=whole_percent(row.satisfaction or Decimal(0), lang),
        year=year,
        n=format_number(answered, lang),
    )


__all__ = [
    "compare_cell",
    "family_result",
    "family_sentence",
    "statistics",
    "wave_year",
    "whole_percent",
    "year_before",
]
