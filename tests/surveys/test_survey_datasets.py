"""The survey datasets of the open-data layer: trilingual, valid, and free of hidden figures."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.opendata.writer import load_settings, write_datasets, write_package
from kazutb_transparency.surveys.action_dataset import TEXTS as ACTION_TEXTS
from kazutb_transparency.surveys.datasets import (
    CATALOGUE_FIELDS,
    DISTRIBUTION_FIELDS,
    INDICATOR_FIELDS,
    INDICATOR_KEY,
    METHODOLOGY,
    QUESTION_FIELDS,
    survey_datasets,
)
from kazutb_transparency.surveys.loading import SurveyData

from .helpers import REPO

# What a suppressed row must leave empty: everything that would reveal its respondents.
FIGURES = ("respondents", "valid", "response_rate", "satisfaction", "ci_low", "ci_high", "flags")


@pytest.fixture(scope="module")
def written(committed_data: SurveyData, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("opendata")
    settings = load_settings(REPO / "data")
    items = write_datasets(survey_datasets(committed_data), settings, folder)
    write_package(items, settings, folder)
    return folder


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text("utf-8"), newline="")))


def test_five_datasets_with_one_definition_of_their_fields(committed_data):
    catalogue, indicators, distributions, actions, questions = survey_datasets(committed_data)
    assert [d.name for d in (catalogue, indicators, distributions, actions, questions)] == [
        "survey-catalogue",
        "survey-indicators",
        "survey-distributions",
        "survey-actions",
        "survey-questions",
    ]
    assert catalogue.fields is CATALOGUE_FIELDS and indicators.fields is INDICATOR_FIELDS
    assert distributions.fields is DISTRIBUTION_FIELDS and questions.fields is QUESTION_FIELDS
    for dataset in (catalogue, indicators, distributions, actions, questions):
        names = [f.name for f in dataset.fields]
        assert len(set(names)) == len(names)
        assert all(list(row) == names for row in dataset.rows), dataset.name
        assert set(dataset.primary_key) <= set(names)
        assert dataset.sources[-1] in (METHODOLOGY, ACTION_TEXTS["actions.methodology"])
        assert all(dataset.sources)
        assert dataset.pages
    assert len(catalogue.rows) == len(committed_data.surveys) == 9
    assert len(indicators.rows) == len(committed_data.indicators)


def test_titles_and_descriptions_in_three_languages(committed_data):
    for dataset in survey_datasets(committed_data):
        texts = [dataset.title, dataset.description, dataset.evidence]
        texts += [text for f in dataset.fields for text in (f.title, f.description)]
        for text in texts:
            assert all(getattr(text, lang) for lang in LANGUAGES), text
        for f in dataset.fields:
            # Translated, not copied: kk and ru differ from the English description.
            assert f.description.en not in (f.description.kk, f.description.ru), f.name


def test_updated_is_the_month_of_the_latest_wave(committed_data):
    latest = max(row.wave for row in committed_data.indicators)
    expected = date(int(latest[:4]), int(latest[5:]), 1)
    assert [d.updated for d in survey_datasets(committed_data)[:3]] == [expected] * 3
    # The actions are dated by their statuses' day when actions.yaml gives one.
    assert committed_data.actions.as_of is not None
    assert survey_datasets(committed_data)[3].updated == committed_data.actions.as_of


def test_the_package_is_valid(written):
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(written / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


def test_each_question_text_is_published_once_and_linked(written, committed_data):
    """The distributions carry no question text: each question's texts are one row of
    survey-questions, which the distributions' survey and question columns name (a foreign
    key that Frictionless checks: a distribution naming no question fails validation)."""
    package = json.loads((written / "datapackage.json").read_text("utf-8"))
    schemas = {r["name"]: r["schema"] for r in package["resources"]}
    assert schemas["survey-questions"]["primaryKey"] == ["survey", "question"]
    assert schemas["survey-distributions"]["foreignKeys"] == [
        {
            "fields": ["survey", "question"],
            "reference": {"resource": "survey-questions", "fields": ["survey", "question"]},
        }
    ]
    distributions = read_csv(written / "survey-distributions.csv")
    assert not any(name.startswith("question_") for name in distributions[0])
    questions = {
        (r["survey"], r["question"]): r for r in read_csv(written / "survey-questions.csv")
    }
    expected = {
        (survey, q.id): q for survey, s in committed_data.questionnaire.items() for q in s.questions
    }
    assert set(questions) == set(expected)
    for key, question in expected.items():
        row = questions[key]
        assert (row["question_kk"], row["question_ru"], row["question_en"]) == (
            question.text.kk,
            question.text.ru or "",
            question.text.en or "",
        )
    assert {(r["survey"], r["question"]) for r in distributions} <= set(questions)


def test_a_distribution_naming_no_question_fails_validation(written, tmp_path):
    frictionless = pytest.importorskip("frictionless")
    for path in written.iterdir():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    questions = tmp_path / "survey-questions.csv"
    header, _first, *rest = questions.read_text("utf-8").splitlines(keepends=True)
    questions.write_text(header + "".join(rest), "utf-8")  # its first question left out
    package = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    for resource in package["resources"]:  # no size and hash: one file is edited
        for described in (resource, *resource.get("alternates", [])):
            described.pop("bytes", None)
            described.pop("hash", None)
    (tmp_path / "datapackage.json").write_text(json.dumps(package), "utf-8")
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not report.valid
    assert "foreign-key" in {e[0] for e in report.flatten(["type"])}


def test_primary_keys(written, committed_data):
    package = json.loads((written / "datapackage.json").read_text("utf-8"))
    schemas = {r["name"]: r["schema"] for r in package["resources"]}
    assert schemas["survey-catalogue"]["primaryKey"] == ["id"]
    # Empty unit / question cells mean "whole university" / "whole block": Table Schema
    # forbids empty primary-key cells, so the key is documented and checked here instead.
    assert "primaryKey" not in schemas["survey-indicators"]
    rows = read_csv(written / "survey-indicators.csv")
    keys = [tuple(row[name] for name in INDICATOR_KEY) for row in rows]
    assert len(set(keys)) == len(keys) == len(committed_data.indicators)
    assert keys == sorted(keys)  # ordered by the key
    assert any(row["unit_type"] == "university" and row["unit"] == "" for row in rows)
    assert any(row["block"] != "overall" and row["question"] == "" for row in rows)


def test_no_suppressed_figure_in_the_files(written):
    rows = read_csv(written / "survey-indicators.csv")
    suppressed = [row for row in rows if row["suppressed"] == "true"]
    assert suppressed and len(suppressed) < len(rows)
    for row in suppressed:
        assert row["suppression_reason"] in ("primary", "secondary")
        assert all(row[name] == "" for name in FIGURES), row
    header, *rows_json = json.loads((written / "survey-indicators.json").read_text("utf-8"))
    records = [dict(zip(header, row, strict=True)) for row in rows_json]
    hidden = [r for r in records if r["suppressed"]]
    assert len(hidden) == len(suppressed)
    assert all(r[name] is None for r in hidden for name in FIGURES)


def test_catalogue_files(written, committed_data):
    rows = read_csv(written / "survey-catalogue.csv")
    assert [row["id"] for row in rows] == sorted(s.id for s in committed_data.surveys)
    first = committed_data.surveys[0]
    row = next(r for r in rows if r["id"] == first.id)
    assert row["name_kk"] == first.name.kk and row["number"] == str(first.number)
    assert row["responsible"] == " | ".join(first.responsible)
    header, *rows_json = json.loads((written / "survey-catalogue.json").read_text("utf-8"))
    records = [dict(zip(header, r, strict=True)) for r in rows_json]
    record = next(r for r in records if r["id"] == first.id)
    assert record["name_kk"] == first.name.kk
    assert record["responsible"] == " | ".join(first.responsible)


def test_distributions_only_for_published_questions(written, committed_data):
    """Every distribution belongs to a published question row; its shares add up to 1 in
    steps of which one stands for at least min-n valid answers."""
    rows = read_csv(written / "survey-distributions.csv")
    indicators = {
        tuple(r[k] for k in INDICATOR_KEY): r for r in read_csv(written / "survey-indicators.csv")
    }
    cells: dict[tuple, list[dict[str, str]]] = {}
    for row in rows:
        cells.setdefault(tuple(row[k] for k in INDICATOR_KEY), []).append(row)
    assert len(cells) > 100
    min_n = committed_data.meta.min_n
    for key, points in cells.items():
        indicator = indicators[key]
        assert indicator["suppressed"] == "false" and indicator["question"]
        assert [int(p["scale_point"]) for p in points] == list(
            range(1, int(points[0]["scale"]) + 1)
        )
        step = float(points[0]["step"])
        assert step * int(indicator["valid"]) >= min_n
        thousandths = [round(float(p["share"]) * 1000) for p in points]
        assert sum(thousandths) == 1000
        assert all(t % round(step * 1000) == 0 for t in thousandths)
    suppressed = {k for k, r in indicators.items() if r["suppressed"] == "true" and r["question"]}
    assert suppressed and not suppressed & set(cells)


def test_the_actions_sources_are_written_in_every_language(committed_data) -> None:
    """Issue 35: the sources line of the survey actions was English on kk and ru pages."""
    from kazutb_transparency.core.i18n import Localized

    actions = survey_datasets(committed_data)[3]
    assert all(isinstance(source, Localized) for source in actions.sources)
    assert {s.kk for s in actions.sources}.isdisjoint({s.en for s in actions.sources})
    assert "2026-" not in actions.description.kk  # the as-of date is written, not ISO
