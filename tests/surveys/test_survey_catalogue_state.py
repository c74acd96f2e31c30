"""What the survey pages claim about the catalogue (§7.8 or the university's to confirm) and
about the years of data behind each survey's dynamics (§7.5.3)."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.markdown import esc
from kazutb_transparency.surveys.claims import dynamics_years, span_months
from kazutb_transparency.surveys.datasets import survey_datasets
from kazutb_transparency.surveys.loading import SurveyData, load_survey_data
from kazutb_transparency.surveys.pages.labels import L
from kazutb_transparency.surveys.pages.loop import years_lines
from kazutb_transparency.surveys.pages.loop_labels import months_count, waves_count, years_count
from kazutb_transparency.surveys.pages.quality import (
    catalogue_page,
    methodology_page,
    survey_page,
)

from .helpers import REPO

LANGS = ("kk", "ru", "en")


def with_catalogue(data: SurveyData, **changes) -> SurveyData:
    catalogue = data.catalogue.model_copy(update=changes)
    # The indexes are rebuilt from the fields by __post_init__.
    return dataclasses.replace(data, catalogue=catalogue)


# --- timings: §7.8 or the university's to confirm ------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_timing_says_where_it_comes_from(committed_data: SurveyData, lang):
    page = catalogue_page(committed_data, lang)
    # The template quotes the regulation in {said}: its longer literal part marks the row.
    to_confirm = max(L["timing_to_confirm"][lang].split("{said}"), key=len).strip(" ;:,")
    as_regulation = L["timing_regulation"][lang]
    surveys = committed_data.surveys
    assert {s.timing_source for s in surveys} == {"regulation", "to-confirm"}
    for survey in surveys:
        row = next(line for line in page.splitlines() if f'href="{survey.id}.html"' in line)
        if survey.timing_source == "to-confirm":
            assert to_confirm in row and getattr(survey.regulation_timing, lang) in row
        else:
            assert as_regulation in row and to_confirm not in row
        own = survey_page(committed_data, survey, lang, None)
        marker = to_confirm if survey.timing_source == "to-confirm" else as_regulation
        timing_line = next(x for x in own.splitlines() if x.startswith(f"- **{L['timing'][lang]}"))
        assert marker in timing_line


def test_timings_in_the_open_data(committed_data: SurveyData):
    catalogue = survey_datasets(committed_data)[0]
    for row in catalogue.rows:
        survey = committed_data.survey(row["id"])
        assert row["timing_source"] == survey.timing_source
        if survey.regulation_timing is None:
            assert all(row[f"regulation_timing_{lang}"] is None for lang in LANGS)
        else:
            assert row["regulation_timing_kk"] == survey.regulation_timing.kk


@pytest.fixture()
def data_copy(tmp_path) -> Path:
    shutil.copytree(REPO / "data" / "surveys", tmp_path / "surveys")
    shutil.copytree(REPO / "data" / "disclosures", tmp_path / "disclosures")
    shutil.copy(REPO / "data" / "units.yaml", tmp_path / "units.yaml")
    return tmp_path


def rewrite_first_survey(folder: Path, change) -> None:
    path = folder / "surveys" / "catalogue.yaml"
    content = yaml.safe_load(path.read_text("utf-8"))
    change(content["surveys"][0])
    path.write_text(dump_yaml(content, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda s: s.update(timing_source="to-confirm"), "needs regulation_timing"),
        (
            lambda s: s.update(regulation_timing={"kk": "Маусым"}),
            "only for timing_source 'to-confirm'",
        ),
        (lambda s: s.pop("timing_source"), "timing_source"),
        (lambda s: s.update(timing_source="guess"), "timing_source"),
    ],
)
def test_the_timing_source_is_checked(data_copy, change, words):
    rewrite_first_survey(data_copy, change)
    with pytest.raises(DataError) as caught:
        load_survey_data(data_copy)
    text = str(caught.value)
    assert "catalogue.yaml" in text and words in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_catalogue_claims_only_what_its_state_allows(committed_data: SurveyData, lang):
    assert not committed_data.catalogue.verified
    unverified = catalogue_page(committed_data, lang)
    assert esc(L["catalogue_intro_unverified"][lang]) in unverified
    assert esc(L["catalogue_intro_verified"][lang]) not in unverified
    assert not any(word in unverified.lower() for word in ("тоғыз", "девять", "nine"))
    verified = catalogue_page(with_catalogue(committed_data, verified=True), lang)
    assert esc(L["catalogue_intro_verified"][lang]) in verified


# --- dynamics over at least three years, computed from the waves' dates --------------------


class Waves:
    """Stands in for SurveyData: only the waves matter to the years line."""

    def __init__(self, waves: list[str]) -> None:
        self._waves = waves

    def waves(self, survey_id: str) -> list[str]:
        return self._waves


@pytest.mark.parametrize(
    ("waves", "months", "years", "enough"),
    [
        (["2025-06"], 0, 0, False),
        (["2024-06", "2024-12", "2025-06", "2025-12"], 18, 1, False),  # four waves, 18 months
        (["2024-12", "2025-06", "2026-01"], 13, 1, False),  # three calendar years, 13 months
        # The case: three yearly waves span 24 months, two-year dynamics, not three.
        (["2024-06", "2025-06", "2026-06"], 24, 2, False),
        (["2023-06", "2026-06"], 36, 3, True),
        (["2021-11", "2022-11", "2023-11", "2024-11", "2025-11"], 48, 4, True),
    ],
)
@pytest.mark.parametrize("lang", LANGS)
def test_each_survey_states_its_years(waves, months, years, enough, lang):
    assert span_months(waves) == months and dynamics_years(waves) == years
    [line, _] = years_lines(Waves(waves), "s", lang, charted=True)  # type: ignore[arg-type]
    assert years_count(years, lang) in line and waves_count(len(waves), lang) in line
    assert months_count(months, lang) in line
    assert f"{waves[0]}–{waves[-1]}" in line  # one dash in ranges: unspaced between codes
    assert (L["years_enough"][lang] in line) is enough
    assert (L["years_short"][lang] in line) is not enough
    assert years_lines(Waves([]), "s", lang, charted=False) == []  # type: ignore[arg-type]


def test_plural_forms():
    assert [years_count(n, "ru") for n in (1, 2, 5, 11, 21, 22)] == [
        "1\u00a0год",
        "2\u00a0года",
        "5\u00a0лет",
        "11\u00a0лет",
        "21\u00a0год",
        "22\u00a0года",
    ]  # a no-break space: the number never ends a line without its noun
    assert [waves_count(n, "en") for n in (1, 3)] == ["1\u00a0wave", "3\u00a0waves"]
    assert [years_count(2, lang) for lang in ("kk", "en")] == ["2\u00a0жылдық", "2-year"]


@pytest.mark.parametrize("lang", LANGS)
def test_the_methodology_lists_the_years_of_every_survey(committed_data: SurveyData, lang):
    page = methodology_page(committed_data, lang)
    section = page[page.index(L["dynamics_heading"][lang]) :]
    for survey in committed_data.surveys:
        waves = committed_data.waves(survey.id)
        years = span_months(waves) // 12
        row = next(x for x in section.splitlines() if f'href="{survey.id}.html"' in x)
        assert f"<td>{len(waves)}</td>" in row and f"<td>{years}</td>" in row
        assert f"<td>{span_months(waves)}</td>" in row
        assert f"{waves[0]}–{waves[-1]}" in row
        assert L["yes" if years >= 3 else "not_yet"][lang] in row
