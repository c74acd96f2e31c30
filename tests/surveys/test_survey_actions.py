"""Closing the loop (§7.5.5): the review window, overdue actions, their pages and open data."""

from __future__ import annotations

import csv
import io
import json
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.core.dates import add_months
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.locale_format import format_date, format_date_range
from kazutb_transparency.core.opendata.writer import load_settings, write_datasets, write_package
from kazutb_transparency.surveys.action_rules import date_issues, is_overdue, review_window
from kazutb_transparency.surveys.datasets import survey_datasets
from kazutb_transparency.surveys.loading import (
    SurveyData,
    load_survey_data,
    stale_status_notices,
)
from kazutb_transparency.surveys.models import Action
from kazutb_transparency.surveys.pages.labels import L
from kazutb_transparency.surveys.pages.quality import actions_page, survey_page

from .helpers import REPO

COLUMNS = [
    "id",
    "kind",
    "survey",
    "wave",
    "unit_type",
    "unit",
    "block",
    "question",
    "due",
    "status",
    "review",
    "overdue",
]
LANGS = ("kk", "ru", "en")


def action(status: str, due: date, review: date | None = None) -> Action:
    return Action.model_validate(
        {
            "id": "capa-x",
            "kind": "corrective",
            "indicator": {"survey": "s", "wave": "2025-06", "unit_type": "university"},
            "action": {"kk": "Әрекет"},
            "responsible": "legal-hr",
            "due": due,
            "status": status,
            "review": review,
        }
    )


# --- the rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "review", "inside"),
    [
        (date(2026, 1, 15), date(2026, 7, 14), False),  # a day short of 6 months
        (date(2026, 1, 15), date(2026, 7, 15), True),  # 6 months exactly
        (date(2026, 1, 15), date(2027, 1, 15), True),  # 12 months exactly
        (date(2026, 1, 15), date(2027, 1, 16), False),  # a day past 12 months
        (date(2026, 1, 15), date(2026, 1, 15), False),  # on the due day
        (date(2026, 1, 15), date(2025, 12, 1), False),  # before it
        (date(2025, 8, 31), date(2026, 2, 28), True),  # month end: 31 Aug + 6 = 28 Feb
        (date(2025, 8, 31), date(2026, 2, 27), False),
        (date(2025, 8, 31), date(2026, 8, 31), True),
        (date(2025, 8, 31), date(2026, 9, 1), False),
    ],
)
@pytest.mark.parametrize("status", ["effective", "not-effective", "done", "planned"])
def test_review_only_6_to_12_months_after_due(due, review, inside, status):
    as_of = date(2030, 1, 1)  # every review is in the past: only the window matters
    issues = date_issues(action(status, due, review), as_of)
    assert (issues == []) is inside, issues
    if not inside:
        [(field, message, hint)] = issues
        first, last = review_window(due)
        assert field == "review" and "6–12 months" in message
        assert f"{first.isoformat()}–{last.isoformat()}" in hint


@pytest.mark.parametrize("status", ["effective", "not-effective"])
def test_judged_effectiveness_needs_a_review_date(status):
    [(field, message, hint)] = date_issues(action(status, date(2026, 1, 15)), date(2030, 1, 1))
    assert field == "review" and status in message
    assert "2026-07-15–2027-01-15" in hint


@pytest.mark.parametrize("status", ["planned", "in-progress", "done"])
def test_no_review_date_needed_before_judging(status):
    assert date_issues(action(status, date(2026, 1, 15)), date(2030, 1, 1)) == []


def test_effectiveness_cannot_be_judged_after_the_statuses_date():
    judged = action("effective", date(2026, 1, 15), date(2026, 9, 1))
    assert date_issues(judged, date(2026, 9, 1)) == []  # judged on the day itself
    [(field, message, _)] = date_issues(judged, date(2026, 8, 31))
    assert field == "status" and "2026-08-31" in message
    # A planned review date later than the statuses' day is fine while not yet judged.
    assert date_issues(action("done", date(2026, 1, 15), date(2026, 9, 1)), date(2026, 2, 1)) == []


@pytest.mark.parametrize(
    ("status", "due", "overdue"),
    [
        ("planned", date(2026, 5, 31), True),
        ("in-progress", date(2026, 5, 31), True),
        ("in-progress", date(2026, 6, 1), False),  # due today: not late yet
        ("in-progress", date(2026, 6, 2), False),
        ("done", date(2026, 1, 1), False),
        ("effective", date(2025, 1, 1), False),
        ("not-effective", date(2025, 1, 1), False),
    ],
)
def test_overdue_when_still_open_after_due(status, due, overdue):
    review = review_window(due)[0] if status in ("effective", "not-effective") else None
    assert is_overdue(action(status, due, review), date(2026, 6, 1)) is overdue


# --- the committed demonstration actions ---------------------------------------------------


def test_demonstration_actions_follow_the_rule(committed_data: SurveyData):
    actions = committed_data.actions
    assert actions.demonstration and actions.as_of is not None
    assert committed_data.as_of == actions.as_of
    for item in actions.actions:
        assert date_issues(item, actions.as_of) == [], item.id
    statuses = {item.status for item in actions.actions}
    assert {"effective", "not-effective", "done"} <= statuses
    assert any(is_overdue(item, actions.as_of) for item in actions.actions)


# --- the loader: file, line, field, what to do ---------------------------------------------


@pytest.fixture(scope="module")
def data_copy(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("data")
    shutil.copytree(REPO / "data" / "surveys", folder / "surveys")
    shutil.copytree(REPO / "data" / "disclosures", folder / "disclosures")
    shutil.copy(REPO / "data" / "units.yaml", folder / "units.yaml")
    return folder


def write_actions(folder: Path, change) -> dict:
    content = yaml.safe_load((REPO / "data" / "surveys" / "actions.yaml").read_text("utf-8"))
    change(content)
    text = dump_yaml(content, allow_unicode=True, sort_keys=False)
    (folder / "surveys" / "actions.yaml").write_text(text, "utf-8")
    return content


def judged_too_early(content: dict) -> None:
    first = content["actions"][0]
    first["status"] = "effective"
    first["review"] = first["due"]


def test_a_review_outside_the_window_is_refused_with_its_line(data_copy):
    content = write_actions(data_copy, judged_too_early)
    with pytest.raises(DataError) as caught:
        load_survey_data(data_copy)
    # (Its evidence wave now also falls after the moved review: test_survey_evidence.)
    [problem] = [p for p in caught.value.problems if p.field == "review"]
    assert problem.file.endswith("surveys/actions.yaml")
    assert problem.record == content["actions"][0]["id"] and problem.field == "review"
    lines = (data_copy / "surveys" / "actions.yaml").read_text("utf-8").splitlines()
    assert problem.line is not None and lines[problem.line - 1].strip().startswith("review:")
    assert "6–12 months" in problem.message and problem.hint


def test_without_as_of_overdue_is_judged_on_the_build_date(data_copy):
    def drop_as_of(content: dict) -> None:
        del content["as_of"]

    write_actions(data_copy, drop_as_of)
    early = load_survey_data(data_copy, today=date(2026, 7, 15))
    late = load_survey_data(data_copy, today=date(2027, 12, 31))
    assert early.as_of == date(2026, 7, 15) and late.as_of == date(2027, 12, 31)
    open_ones = [a for a in late.actions.actions if a.status in ("planned", "in-progress")]
    assert open_ones and all(is_overdue(a, late.as_of) for a in open_ones)
    assert not any(is_overdue(a, early.as_of) for a in early.actions.actions)
    page = actions_page(late, "en")
    assert "the day this site was built" in page
    assert format_date(date(2027, 12, 31), "en") in page


def test_an_action_becomes_overdue_on_the_day_after_its_due_day(committed_data, data_copy):
    # The statuses' date stays as checked; overdue follows the build date, so a daily build
    # shows the change on the day it happens, and the same build date gives the same page.
    write_actions(data_copy, lambda content: None)
    item = next(
        a
        for a in committed_data.actions.actions
        if a.status in ("planned", "in-progress") and a.due >= committed_data.as_of
    )
    on_due = load_survey_data(data_copy, today=item.due)
    day_after = load_survey_data(data_copy, today=item.due + timedelta(days=1))
    assert on_due.as_of == day_after.as_of == committed_data.actions.as_of
    assert not is_overdue(item, on_due.overdue_day)
    assert is_overdue(item, day_after.overdue_day)
    before, after = actions_page(on_due, "en"), actions_page(day_after, "en")
    row = next(x for x in after.splitlines() if f'id="{item.id}"' in x)
    assert L["overdue"]["en"] in row
    assert L["overdue"]["en"] not in next(x for x in before.splitlines() if f'id="{item.id}"' in x)
    assert format_date(item.due + timedelta(days=1), "en") in after
    again = load_survey_data(data_copy, today=item.due + timedelta(days=1))
    assert actions_page(again, "en") == after


# --- pages: overdue in words ---------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_overdue_actions_say_so_in_words(committed_data: SurveyData, lang):
    page = actions_page(committed_data, lang)
    word = L["overdue"][lang]
    overdue = [a for a in committed_data.actions.actions if is_overdue(a, committed_data.as_of)]
    rows = [line for line in page.splitlines() if line.startswith("<tr><td><span id=")]
    for row in rows:
        action_id = row.split('id="', 1)[1].split('"', 1)[0]
        assert (word in row) is (action_id in {a.id for a in overdue}), row
    assert L["overdue_count"][lang].format(count=len(overdue)) in page
    assert format_date(committed_data.as_of, lang) in page
    for item in overdue:
        survey = committed_data.survey(item.indicator.survey)
        listed = survey_page(committed_data, survey, lang, None)
        line = next(x for x in listed.splitlines() if f"actions.md#{item.id}" in x)
        assert word in line


def test_review_window_shown_until_judged(committed_data: SurveyData):
    page = actions_page(committed_data, "en")
    waiting = next(a for a in committed_data.actions.actions if a.review is None)
    first, last = review_window(waiting.due)
    assert f"during {format_date_range(first, last, 'en')}" in page


# --- open data -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def written(committed_data: SurveyData, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("opendata")
    settings = load_settings(REPO / "data")
    write_package(
        write_datasets(survey_datasets(committed_data), settings, folder), settings, folder
    )
    return folder


def test_actions_csv_columns_and_values(written, committed_data: SurveyData):
    text = (written / "survey-actions.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    header = list(rows[0])
    assert header[: len(COLUMNS)] == COLUMNS
    assert {f"action_{lang}" for lang in LANGS} <= set(header)
    by_id = {a.id: a for a in committed_data.actions.actions}
    assert sorted(by_id) == [row["id"] for row in rows]
    for row in rows:
        item = by_id[row["id"]]
        assert row["overdue"] == str(is_overdue(item, committed_data.as_of)).lower()
        assert row["due"] == item.due.isoformat() and row["status"] == item.status
        assert row["review"] == (item.review.isoformat() if item.review else "")
        assert row["unit"] == item.indicator.unit and row["wave"] == item.indicator.wave
        assert row["action_kk"] == item.action.kk and row["action_en"] == item.action.en
        assert row["as_of"] == committed_data.as_of.isoformat()
    assert any(row["overdue"] == "true" for row in rows)


def test_actions_json_and_package(written, committed_data: SurveyData):
    header, *records = json.loads((written / "survey-actions.json").read_text("utf-8"))
    assert len(records) == len(committed_data.actions.actions)
    assert all(isinstance(r[header.index("overdue")], bool) for r in records)
    package = json.loads((written / "datapackage.json").read_text("utf-8"))
    resources = {r["name"]: r for r in package["resources"] if "schema" in r}
    schema = resources["survey-actions"]["schema"]
    assert schema["primaryKey"] == ["id"]
    assert [f["name"] for f in schema["fields"]][: len(COLUMNS)] == COLUMNS
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(written / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]


@pytest.mark.parametrize(
    ("months", "days", "stale"),
    [
        (0, -1, "after the build date"),  # as_of in the future
        (0, 0, None),
        (1, 0, None),  # exactly a month later
        (1, 1, "over a month ago"),
    ],
)
def test_statuses_checked_monthly(committed_data: SurveyData, months, days, stale):
    as_of = committed_data.actions.as_of
    assert as_of is not None
    today = add_months(as_of, months) + timedelta(days=days)
    notices = stale_status_notices(committed_data, REPO / "data", today)
    if stale is None:
        assert notices == []
    else:
        [notice] = notices
        assert notice.field == "as_of" and stale in notice.message and notice.hint
        assert notice.file.endswith("surveys/actions.yaml")
