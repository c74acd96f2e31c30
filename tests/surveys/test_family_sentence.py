"""A survey result as a family reads it (surveys/pages/plain.py): the year, how many answered
and the year before, in each language's grammar; no wave code, interval, p-value or
percentage points in the sentence, all of them in the statistics block under it."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

import pytest

from kazutb_transparency.surveys.pages.plain import (
    compare_cell,
    family_result,
    family_sentence,
    year_before,
)

SURVEY = "student-satisfaction"


@pytest.fixture(scope="module")
def row(default_site):
    """A published programme row of the latest wave, with a published row a year before."""
    data = default_site.surveys
    wave = data.waves(SURVEY)[-1]
    for programme in default_site.disclosures.programmes:
        found = data.row(SURVEY, wave, "programme", programme.code)
        if found is None or found.suppressed:
            continue
        earlier = year_before(data, found)
        if earlier is not None and not earlier.suppressed:
            return found
    pytest.fail("no published programme row with a published one a year before")


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (1, "ответил 1 студент,"),
        (2, "ответили 2 студента,"),
        (5, "ответили 5 студентов,"),
        (21, "ответил 21 студент,"),
        (58, "ответили 58 студентов,"),
    ],
)
def test_russian_counts_students_in_the_right_form(default_site, row, n: int, words: str) -> None:
    sentence = family_sentence(default_site.surveys, replace(row, respondents=n), "ru")
    assert words.replace(" студ", "\u00a0студ") in sentence, sentence


def test_each_language_says_year_count_share_and_last_year(default_site, row) -> None:
    data = default_site.surveys
    shown = replace(row, respondents=58, satisfaction=Decimal("0.812"))
    earlier = year_before(data, row)
    assert earlier is not None and earlier.satisfaction is not None
    last = round(earlier.satisfaction * 100)
    year = row.wave[:4]
    expected = {
        "kk": f"{year} жылы сауалнамаға жауап берген 58\u00a0студенттің 81\u00a0%-ы",
        "ru": f"В {year} году на опрос ответили 58\u00a0студентов, из них довольны 81\u00a0%",
        "en": f"In {year}, of the 58\u00a0students who answered, 81% were satisfied",
    }
    before = {
        "kk": f"(өткен жылы — {last}\u00a0%)",
        "ru": f"(в прошлом году — {last}\u00a0%)",
        "en": f"(last year {last}%)",
    }
    if int(earlier.wave[:4]) != int(year) - 1:
        before = {"kk": f"{earlier.wave[:4]} жылы", "ru": f"в {earlier.wave[:4]} году", "en": ""}
    for lang, start in expected.items():
        sentence = family_sentence(data, shown, lang)
        assert sentence.startswith(start), sentence
        assert before[lang] in sentence, sentence
        # The earlier year inside the one sentence, before its full stop (issue 62).
        assert sentence.endswith(").") and sentence.count(".") == 1, sentence
        assert row.wave not in sentence and not re.search(r"\bp\W=", sentence)
        assert not re.search(r"\b(pp|п\.п\.|п\.т\.)|–", sentence), sentence


def test_the_statistics_are_one_tap_away(default_site, row) -> None:
    block = family_result(default_site.surveys, row, "en")
    paragraph, details = block.split("</p>\n", 1)
    assert details.startswith('<details class="survey-statistics"><summary>')
    assert row.wave in details and row.wave not in paragraph
    assert "confidence interval" in details
    assert re.search(r"\bp\W=\W", details) or "not tested" in details


def test_a_withheld_figure_says_so_plainly(default_site, row) -> None:
    data = default_site.surveys
    hidden = replace(row, suppressed=True, suppression_reason="primary", satisfaction=None)
    said = {lang: family_sentence(data, hidden, lang) for lang in ("kk", "ru", "en")}
    n = data.meta.min_n
    assert f"{n}-" in said["kk"] and "аз студент" in said["kk"]  # «10-нан аз студент»
    assert f"меньше {n} студентов" in said["ru"]
    assert f"fewer than {n} students answered" in said["en"]
    for sentence in said.values():
        assert "%" not in sentence
    other = replace(hidden, suppression_reason="secondary")
    assert "not published" in family_sentence(data, other, "en")


def test_the_comparison_cell_gives_the_year_not_the_wave(default_site, row) -> None:
    for lang in ("kk", "ru", "en"):
        cell = compare_cell(default_site.surveys, row, lang)
        assert row.wave[:4] in cell and row.wave not in cell
        assert str(row.respondents) in cell
