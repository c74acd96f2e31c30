"""Pages, charts and open data: accessible, trilingual, and free of any suppressed figure."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import altair as alt
import pytest

from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.opendata.writer import csv_bytes, json_bytes
from kazutb_transparency.surveys.aggregate import aggregate
from kazutb_transparency.surveys.datasets import survey_datasets
from kazutb_transparency.surveys.figures import share
from kazutb_transparency.surveys.inputs import load_questionnaire, read_population
from kazutb_transparency.surveys.loading import SurveyData, load_survey_data
from kazutb_transparency.surveys.pages import chart_view, charts, distribution_chart
from kazutb_transparency.surveys.pages.quality import render_survey_assets, render_survey_pages
from kazutb_transparency.surveys.pipeline import run
from kazutb_transparency.surveys.responses import read_responses
from kazutb_transparency.surveys.suppression import suppress

from .helpers import answer_rows, make_data_dir, token, write_inputs

FACULTIES = {"F1": ["P1", "P2", "P3"], "F2": ["P4"]}
SIZES = {"P1": 7, "P2": 23, "P3": 41, "P4": 36}  # P1 primary, P2 secondary
WAVES = ("2022-06", "2023-06", "2024-06")
SVG_RE = re.compile(r"<svg\b.*?</svg>", re.S)


def scenario_rows() -> list[list[str]]:
    rng = random.Random(11)
    rows, index = [], 0
    for wave in WAVES:
        for programme, size in SIZES.items():
            faculty = "F1" if programme != "P4" else "F2"
            for _ in range(size):
                answers = {q: str(rng.randint(1, k)) for q, k in (("q1", 5), ("q2", 7), ("q3", 10))}
                rows += answer_rows(token(index), answers, faculty, programme, wave)
                index += 1
    return rows


@dataclass(frozen=True)
class Scenario:
    data: SurveyData
    hidden: list[Decimal]  # internal shares of the suppressed cells
    cache: Path
    csv: str


@pytest.fixture(scope="module")
def scenario(tmp_path_factory) -> Scenario:
    """Demonstration-like data whose suppressed cells hold known internal values."""
    folder = tmp_path_factory.mktemp("scenario")
    population = [["s1", w, "F1", "P1", "9"] for w in WAVES]
    r, q, p = write_inputs(folder / "raw", scenario_rows(), population)
    result = run(r, q, p, 10, scanner=lambda v: [])
    # The internal values of the suppressed cells, computed the way the pipeline does.
    questions = load_questionnaire(q)
    cells = aggregate(
        read_responses(r, questions, lambda v: []).answers,
        questions,
        read_population(p, questions, lambda v: []).invited,
    )
    suppress(cells, 10)
    hidden = [share(c.positives, c.valid) for c in cells.cells.values() if c.suppressed and c.valid]
    data_dir = make_data_dir(folder / "data", result.csv, FACULTIES)
    (data_dir / "surveys" / "distributions.csv").write_text(result.distributions, "utf-8")
    data = load_survey_data(data_dir)
    assert data.distributions  # the university's questions have enough answers
    return Scenario(data, hidden, folder / "cache", result.csv)


def spellings(value: Decimal) -> set[str]:
    """How a share could be written anywhere: 0.429, 42.9, 42,9."""
    percent = f"{value * 100:.1f}"
    return {f"{value:.3f}", percent, percent.replace(".", ",")}


def test_no_suppressed_figure_appears_in_pages_charts_or_open_data(scenario: Scenario):
    data, hidden, cache = scenario.data, scenario.hidden, scenario.cache
    published = {r.satisfaction for r in data.indicators if r.satisfaction is not None}
    published |= {r.response_rate for r in data.indicators if r.response_rate is not None}
    published |= {v for r in data.indicators for v in (r.ci_low, r.ci_high) if v is not None}
    secret = {v for v in hidden if v not in published}
    assert len(secret) >= 5  # the fixture really hides distinctive values
    texts = []
    for lang in LANGUAGES:
        pages = render_survey_pages(data, lang, cache)
        assets = render_survey_assets(data, lang, cache)
        texts += [SVG_RE.sub("", page) for page in pages.values()]
        for path, content in assets.items():
            text = content.decode("utf-8")
            if path.endswith(".svg"):
                texts.append(" ".join(re.findall(r"<(?:text|title|desc)[^>]*>([^<]*)<", text)))
            else:
                spec = json.loads(text)
                if path.endswith("-distribution.vl.json"):
                    shown = {v["share"] for v in spec["datasets"]["distribution"]}
                    assert shown <= {s / 1000 for d in data.distributions.values() for s in d}
                    continue
                values = [*spec["datasets"]["trend"]]
                values += [v for layer in spec["layer"] for v in layer["data"].get("values", [])]
                # A line's share, or an error bar's published interval bounds.
                shares = {
                    Decimal(str(v[key])).quantize(Decimal("0.001"))
                    for v in values
                    for key in ("share", "low", "high")
                    if key in v
                }
                assert not shares & secret
                assert shares <= published | {Decimal("0.800"), Decimal("0.600")}  # targets
    for dataset in survey_datasets(data):
        texts.append(csv_bytes(dataset).decode("utf-8"))
        texts.append(json_bytes(dataset).decode("utf-8"))
    everything = "\n".join(texts)
    for value in secret:
        for spelling in spellings(value):
            assert spelling not in everything, (value, spelling)


def test_suppressed_cells_say_why_never_zero(scenario: Scenario):
    data, cache = scenario.data, scenario.cache
    expected = {
        "kk": ("респонденттер 10-нан аз", "жасырылған"),
        "ru": ("респондентов меньше 10", "скрыто"),
        "en": ("fewer than 10 respondents", "hidden so that a smaller group"),
    }
    for lang in LANGUAGES:
        # Programmes are listed on their faculty's page (the survey page shows faculties).
        page = render_survey_pages(data, lang, cache)["quality/s1-f1.md"]
        primary, secondary = expected[lang]
        assert primary in page and secondary in page
        p1 = next(line for line in page.splitlines() if "(P1)" in line)
        assert "<td>0</td>" not in p1 and ">0%" not in p1 and ">0,0" not in p1


def test_every_page_is_marked_as_demonstration_data(scenario: Scenario, tmp_path: Path):
    data, cache = scenario.data, scenario.cache
    titles = {
        "kk": "Демонстрациялық деректер",
        "ru": "Демонстрационные данные",
        "en": "Demonstration data",
    }
    for lang in LANGUAGES:
        pages = render_survey_pages(data, lang, cache)
        assert set(pages) >= {
            "quality/index.md",
            "quality/surveys.md",
            "quality/methodology.md",
            "quality/actions.md",
            "quality/s1.md",
            "quality/s1-f1.md",
            "quality/s1-f2.md",
        }
        for path, page in pages.items():
            assert f'!!! warning "{titles[lang]}"' in page, path
            assert len(page.encode()) < 100_000, path
    real = load_survey_data(make_data_dir(tmp_path, scenario.csv, FACULTIES, demonstration=False))
    for page in render_survey_pages(real, "en", cache).values():
        assert "Demonstration data" not in page


def test_charts_are_accessible_localised_and_cached(scenario: Scenario, monkeypatch):
    data, cache = scenario.data, scenario.cache
    for lang, decimal in (("kk", ","), ("ru", ","), ("en", ".")):
        assets = render_survey_assets(data, lang, cache)
        svg = assets["quality/charts/s1.svg"].decode()
        spec = json.loads(assets["quality/charts/s1.vl.json"])
        assert spec["config"]["aria"] is False
        alt.LayerChart.from_dict(spec, validate=True)  # a valid Vega-Lite spec
        assert spec["config"]["locale"]["number"]["decimal"] == decimal
        assert 'role="img"' in svg and 'aria-labelledby="chart-s1-title chart-s1-desc"' in svg
        assert '<title id="chart-s1-title">' in svg and '<desc id="chart-s1-desc">' in svg
        assert "aria-roledescription" not in svg and "Title text" not in svg
        labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
        assert any(f"80{decimal}0" in label for label in labels)  # the target, localised
        page = render_survey_pages(data, lang, cache)["quality/s1.md"]
        assert svg.split(">", 1)[1] in page  # the same picture inline
        assert "(charts/s1.svg)" in page and "(charts/s1.vl.json)" in page
    # Unchanged specs are not drawn again: the disk cache answers.
    assert len(list(cache.glob("*.svg"))) == 6  # trend and distribution, three languages
    charts._MEMORY.clear()

    def refuse(*args, **kwargs):
        raise AssertionError("redrawn")

    monkeypatch.setattr(charts.vl_convert, "vegalite_to_svg", refuse)
    # A copy of the data: the charts of `data` itself are kept in memory (made once).
    assert render_survey_assets(replace(data), "en", cache)["quality/charts/s1.svg"]


def test_charts_are_made_once_per_loaded_data(scenario: Scenario, monkeypatch, tmp_path):
    data, cache = scenario.data, tmp_path / "charts"
    monkeypatch.setattr(charts, "_SPECS", {})  # no spec made by an earlier test
    made: list[str] = []
    real_spec = chart_view.trend_spec

    def spec(chart, lang):
        made.append(lang)
        return real_spec(chart, lang)

    monkeypatch.setattr(chart_view, "trend_spec", spec)
    copy = replace(data)
    pages = render_survey_pages(copy, "kk", cache)
    assets = render_survey_assets(copy, "kk", cache)
    assert made == ["kk"]  # the page and the chart file share one drawing
    assert assets["quality/charts/s1.svg"].decode().split(">", 1)[1] in pages["quality/s1.md"]
    render_survey_assets(copy, "ru", cache)
    render_survey_assets(replace(data), "kk", cache)  # other data, the same charts
    assert made == ["kk", "ru"]
    monkeypatch.setattr(charts, "_SPECS", {})
    render_survey_assets(replace(data), "en", cache)
    render_survey_assets(replace(data), "kk", cache)  # a later build: from the cache folder
    assert made == ["kk", "ru", "en"]


def test_a_chart_spec_from_the_cache_is_the_spec_made(scenario: Scenario, tmp_path, monkeypatch):
    chart = next(
        c for s in scenario.data.surveys if (c := chart_view.trend_chart(scenario.data, s, "ru"))
    )
    made = chart_view.trend_spec(chart, "ru")
    monkeypatch.setattr(charts, "_SPECS", {})
    assert charts.cached_spec(chart_view.trend_spec, chart, "ru", tmp_path) == made
    monkeypatch.setattr(charts, "_SPECS", {})
    assert charts.cached_spec(chart_view.trend_spec, chart, "ru", tmp_path) == made  # from disk
    other = replace(chart, target=chart.target / 2)
    assert charts.cached_spec(chart_view.trend_spec, other, "ru", tmp_path) != made


def test_committed_pages_render_in_all_languages(committed_data, tmp_path, monkeypatch):
    drawn: list[str] = []

    def draw(spec, cache_dir=None):
        # Real drawings in kk; ru and en reuse the largest (drawing is tested above).
        if len(drawn) < len(committed_data.surveys):
            drawn.append(charts.draw(spec, cache_dir))
            return drawn[-1]
        return max(drawn, key=len)

    monkeypatch.setattr(chart_view, "draw", draw)
    monkeypatch.setattr(distribution_chart, "draw", draw)
    data = replace(committed_data)  # its stand-in pictures are forgotten with it
    for lang in LANGUAGES:
        pages = render_survey_pages(data, lang, tmp_path)
        faculty_ids = "|".join(f.id for f in committed_data.structure.faculties)
        faculty_pages = [
            p for p in pages if re.fullmatch(rf"quality/[a-z-]+-({faculty_ids})\.md", p)
        ]
        assert len(pages) == 4 + 9 + len(faculty_pages) and faculty_pages
        assert all(len(p.encode()) < 100_000 for p in pages.values())
        assert "translation-pending" not in "".join(pages.values())


def test_distribution_chart_and_table_in_three_languages(scenario: Scenario):
    data, cache = scenario.data, scenario.cache
    headings = {
        "kk": "Жауаптардың шкала бойынша бөлінуі, 2024-06",
        "ru": "Распределение ответов по шкале, 2024-06",
        "en": "Distribution of answers over the scale, 2024-06",
    }
    for lang in LANGUAGES:
        assets = render_survey_assets(data, lang, cache)
        svg = assets["quality/charts/s1-distribution.svg"].decode()
        spec = json.loads(assets["quality/charts/s1-distribution.vl.json"])
        alt.Chart.from_dict(spec, validate=True)  # a valid Vega-Lite spec
        assert 'aria-labelledby="distribution-s1-title distribution-s1-desc"' in svg
        page = render_survey_pages(data, lang, cache)["quality/s1.md"]
        assert f"## {headings[lang]}" in page
        assert svg.split(">", 1)[1] in page  # inline, with its table and downloads
        assert "(charts/s1-distribution.svg)" in page
        shares = data.distributions[("s1", "2024-06", "university", "", "a", "q2")]
        assert len(shares) == 7 and sum(shares) == 1000
        table = page.split(f"## {headings[lang]}", 1)[1]
        assert table.count("<tr>") >= 4  # header + three questions


def test_a_copy_of_the_data_builds_its_own_indexes(committed_data):
    survey = committed_data.surveys[0].id
    waves = committed_data.waves(survey)
    rows = {key: len(found) for key, found in committed_data._by_wave.items()}
    copy = replace(committed_data)
    for data in (committed_data, copy):  # neither the copy nor the original counts twice
        assert data.waves(survey) == waves and len(set(waves)) == len(waves)
        assert {key: len(found) for key, found in data._by_wave.items()} == rows
    assert copy.row(survey, waves[-1]) == committed_data.row(survey, waves[-1])


def test_the_build_imports_altair_only_to_draw_a_chart() -> None:
    """A build whose charts are all cached (.cache/charts) never draws one: importing
    Altair (0.3 s) would only delay the data check that every step waits for."""
    code = (
        "import sys; from kazutb_transparency.buildsteps import pipeline, stages; "
        "print('altair' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "False"


def test_a_cached_chart_is_drawn_again_with_another_altair(monkeypatch) -> None:
    """The cache key names Altair's version as installed, read without importing it."""
    assert charts.version("altair") == alt.__version__
    charts._code_of.cache_clear()
    installed = charts._code_of(charts.__name__)
    monkeypatch.setattr(charts, "version", lambda name: "0.0.1")
    charts._code_of.cache_clear()
    assert charts._code_of(charts.__name__) != installed
    charts._code_of.cache_clear()
