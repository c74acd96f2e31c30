"""Page weight does not grow with the number of programmes; each faculty has its own page."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.surveys.loading import SurveyData, load_survey_data
from kazutb_transparency.surveys.page_names import check_page_names, page_name_problems
from kazutb_transparency.surveys.pages import chart_view
from kazutb_transparency.surveys.pages.fragments import t
from kazutb_transparency.surveys.pages.quality import faculties_with_data, render_survey_pages
from kazutb_transparency.surveys.pipeline import run

from .helpers import answer_rows, make_data_dir, token, write_inputs

WAVES = ("2023-06", "2024-06")
FIXED = ("index", "surveys", "methodology", "actions")
DEMO = {"kk": "Демонстрациялық деректер", "ru": "Демонстрационные данные", "en": "Demonstration"}
BACK = {"kk": "Сауалнама бетіне оралу", "ru": "Назад к странице опроса", "en": "Back to the survey"}
LINK_RE = re.compile(r'href="(s1-[a-z0-9._-]+)\.html"')


def programmes(count: int) -> list[str]:
    return [f"P{index:03d}" for index in range(count)]


def university(count: int, folder: Path) -> SurveyData:
    """One big faculty F1 with `count` programmes and a small F2, over two waves. Every
    sixth programme has too few respondents (primary suppression)."""
    rng = random.Random(count)
    faculties = {"F1": programmes(count), "F2": ["Q1"]}
    rows, index = [], 0
    for wave in WAVES:
        for faculty, codes in faculties.items():
            for number, code in enumerate(codes):
                for _ in range(6 if number % 6 == 5 else 12):
                    answers = {q: str(rng.randint(1, k)) for q, k in (("q1", 5), ("q2", 7))}
                    answers["q3"] = str(rng.randint(1, 10))
                    rows += answer_rows(token(index), answers, faculty, code, wave)
                    index += 1
    r, q, p = write_inputs(folder / "raw", rows)
    result = run(r, q, p, 10, scanner=lambda value: [])
    return load_survey_data(make_data_dir(folder / "data", result.csv, faculties))


@pytest.fixture(autouse=True)
def no_drawing(monkeypatch):
    """Charts are tested elsewhere; a fixed picture keeps the page comparison exact."""
    monkeypatch.setattr(chart_view, "draw", lambda spec, cache_dir=None: "<svg></svg>")


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> SurveyData:
    return university(40, tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def large(tmp_path_factory) -> SurveyData:
    return university(200, tmp_path_factory.mktemp("large"))


def test_survey_page_weight_does_not_grow_with_the_programmes(small, large):
    for lang in LANGUAGES:
        few = render_survey_pages(small, lang)["quality/s1.md"]
        many = render_survey_pages(large, lang)["quality/s1.md"]
        # Only the figures differ (respondents 480 vs 2400...), not the number of rows.
        assert abs(len(many.encode()) - len(few.encode())) < 300, lang
        assert many.count("<tr>") == few.count("<tr>")
        for code in programmes(200):
            assert f"({code})" not in many


def test_no_page_that_exists_once_lists_programmes(large):
    pages = render_survey_pages(large, "en")
    for name in (*FIXED, "s1"):
        page = pages[f"quality/{name}.md"]
        assert "(P0" not in page and "(Q1)" not in page, name


def _without_trends(text: str, lang: str) -> str:
    """`text` without the trend's phrases that name the first wave, the one they compare
    with ("since wave 2024-06", «2024-06 толқынымен салыстырғанда …»)."""
    for direction in ("up", "down", "flat", "untested"):
        before, after = t(f"trend_{direction}", lang).split("{wave}")
        text = text.replace(before + WAVES[0] + after.split("{")[0], "")
    return text


def test_each_faculty_page_holds_its_programmes_of_the_latest_wave(large):
    latest = WAVES[-1]
    shown = {
        r.unit for r in large.rows("s1", latest) if r.unit_type == "programme" and not r.question
    }
    assert len(shown) == 201
    for lang in LANGUAGES:
        pages = render_survey_pages(large, lang)
        f1 = pages["quality/s1-f1.md"]
        assert all(f"({code})" in f1 for code in programmes(200))
        assert "(Q1)" not in f1 and "(Q1)" in pages["quality/s1-f2.md"]
        # The latest wave only: an earlier one is named only as what the trend compares with
        # (the faculty's and, in the table, each programme's latest change).
        rows = [line for line in f1.splitlines() if line.startswith("<tr>")]
        assert latest in f1 and rows
        assert all(WAVES[0] not in _without_trends(row, lang) for row in rows)
        assert _without_trends(rows[0], lang) != rows[0]
        assert WAVES[0] not in _without_trends(f1, lang)
        assert "opendata/survey-indicators.csv" in f1  # earlier waves: the open data
        for page in (f1, pages["quality/s1-f2.md"]):
            page = page.split("---\n", 2)[2].lstrip("\n") if page.startswith("---\n") else page
            assert page.startswith("# ") and f'!!! warning "{DEMO[lang]}' in page
            assert BACK[lang] in page and "](s1.md)" in page
        # Suppressed programmes say why, never a number or zero: in the sentence and the table.
        sentence, row = [line for line in f1.splitlines() if "(P005)" in line]
        assert sentence.startswith("<li>") and row.startswith("<tr>")
        assert "<em>" in row and ">0 %" not in row and "<td>0</td>" not in row
        assert "%" not in sentence and str(large.meta.min_n) in sentence


def test_every_faculty_with_data_has_a_page_linked_from_the_survey_page(large):
    assert [f.id for f in faculties_with_data(large, "s1")] == ["F1", "F2"]
    for lang in LANGUAGES:
        pages = render_survey_pages(large, lang)
        faculty_pages = {path for path in pages if path.startswith("quality/s1-")}
        assert faculty_pages == {"quality/s1-f1.md", "quality/s1-f2.md"}
        # Linked from the latest wave's table and from each earlier wave's.
        links = LINK_RE.findall(pages["quality/s1.md"])
        assert sorted(set(links)) == ["s1-f1", "s1-f2"] and len(links) == 2 * len(WAVES)


def test_committed_data_has_a_page_per_survey_and_faculty(committed_data):
    pages = render_survey_pages(committed_data, "ru")
    for survey in committed_data.surveys:
        codes = [f.id.lower() for f in faculties_with_data(committed_data, survey.id)]
        assert {f"quality/{survey.id}-{code}.md" for code in codes} <= set(pages)
    assert len(pages) == 4 + 9 + sum(
        len(faculties_with_data(committed_data, s.id)) for s in committed_data.surveys
    )


@pytest.mark.parametrize(
    ("surveys", "faculties", "message"),
    [
        (["s1", "s1-f1"], ["F1"], "survey 's1', faculty 'F1'"),
        (["s1"], ["F1", "f1"], "survey 's1', faculty 'f1'"),
        (["a-b", "a"], ["c", "b-c"], "survey 'a', faculty 'b-c'"),
        (["actions"], ["F1"], "a fixed page of the section"),
    ],
)
def test_page_names_that_would_collide_are_refused(surveys, faculties, message):
    problems = page_name_problems(surveys, faculties)
    assert len(problems) == 1 and message in str(problems[0])
    with pytest.raises(DataError):
        check_page_names(surveys, faculties)
    check_page_names(["s1", "s2"], ["F1", "F2", "s1"])  # distinct names pass


def test_loading_refuses_faculty_codes_that_differ_only_in_case(tmp_path: Path):
    header = "survey,wave,unit_type,unit,block,question,respondents,valid,invited,"
    header += "response_rate,satisfaction,ci_low,ci_high,suppressed,suppression_reason,flags\n"
    folder = make_data_dir(tmp_path, header, {"F1": ["P1"], "f1": ["P2"]})
    with pytest.raises(DataError) as caught:
        load_survey_data(folder)
    text = str(caught.value)
    assert "disclosures/faculties.yaml" in text and "quality/s1-f1.md" in text
