"""Every value of the records behind the open data is a cell of its dataset's row.

The CSV and JSON files hold the same flat rows; nothing else carries a record's values. So
each field of each record (walked from the model, nested values and lists included) must be
found among the cells of the row with the record's key, or of the row of another dataset
that it names by a foreign key of the data package (a survey question's text, said once in
`survey-questions`): a field added to a model and not to its dataset fails here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pydantic import BaseModel

from kazutb_transparency.buildsteps.domains import DATASET_SOURCES
from kazutb_transparency.core.opendata.dataset import LIST_SEPARATOR, Dataset
from kazutb_transparency.core.opendata.writer import json_value
from kazutb_transparency.core.provenance import Sourced

Leaf = tuple[str, str]  # the field's path, its value as text


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _unit_ref(value: Any) -> str | None:
    """A unit reference ({unit, head}) as the datasets write it: `head:unit` or `unit`."""
    if isinstance(value, dict) and "unit" in value and set(value) <= {"unit", "head"}:
        return ("head:" if value.get("head") else "") + value["unit"]
    return None


def leaves(value: Any, path: str = "") -> Iterator[Leaf]:
    """The values of a JSON dump, a list of plain values as one joined text, a list of
    objects as one joined text per nested field (an entry per object, empty where it has
    no value), as the datasets write lists."""
    if (ref := _unit_ref(value)) is not None:
        yield path, ref
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from leaves(item, f"{path}.{key}")
    elif isinstance(value, list):
        if not value:
            return
        if all(_unit_ref(item) is not None for item in value):
            yield path, LIST_SEPARATOR.join(map(_unit_ref, value))  # type: ignore[arg-type]
        elif all(not isinstance(item, dict | list) for item in value):
            yield path, LIST_SEPARATOR.join(map(_text, value))
        else:
            nested = [dict(leaves(item)) for item in value]
            for sub in sorted({key for item in nested for key in item}):
                joined = LIST_SEPARATOR.join(item.get(sub, "") for item in nested)
                yield f"{path}[]{sub}", joined
    elif value is not None and value != "":
        yield path, _text(value)


def cells(row: dict[str, Any], prefix: str = "") -> set[str]:
    """The row's cells (of the columns named `prefix…`) as the files write them."""
    texts = set()
    for name, value in row.items():
        if name.startswith(prefix) and (cell := json_value(value)) not in (None, ""):
            texts.add(_text(cell))
    return texts


def linked(row: dict[str, Any], dataset: Dataset, datasets: dict[str, Dataset]) -> dict[str, Any]:
    """The row with the cells of each row its foreign keys name (their key columns are
    the row's own): what a reader of the package finds for it."""
    out = dict(row)
    for key in dataset.foreign_keys:
        wanted = tuple(row[name] for name in key.fields)
        target = datasets[key.resource].rows
        found = [r for r in target if tuple(r[name] for name in key.reference) == wanted]
        assert len(found) == 1, (dataset.name, wanted, key.resource)
        out |= {f"{key.resource}:{name}": value for name, value in found[0].items()}
    return out


def missing(record: BaseModel, row: dict[str, Any], prefix: str = "") -> list[Leaf]:
    found = cells(row, prefix)
    dump = record.model_dump(mode="json", exclude_none=True)
    if isinstance(record, Sourced):
        # Published as the record's overall state and the per-field detail that qualifies
        # it ("code=public-source; *=placeholder"), which hold the written state and overrides.
        dump |= {"provenance": record.overall, "provenance_fields": record.detail() or None}
    return [(path, text) for path, text in leaves(dump) if text not in found]


@pytest.fixture(scope="module")
def datasets(default_site) -> dict[str, Dataset]:
    return {d.name: d for source in DATASET_SOURCES for d in source(default_site)}


@pytest.fixture(scope="module")
def rows(datasets) -> dict[str, list[dict[str, Any]]]:
    return {name: d.rows for name, d in datasets.items()}


def _by(rows: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    return {row[key]: row for row in rows}


def test_programmes_carry_every_field_of_the_programme(default_site, rows) -> None:
    published = _by(rows["programmes"], "code")
    programmes = default_site.disclosures.programmes
    assert programmes
    for p in programmes:
        assert missing(p, published[p.code]) == [], p.code


def test_accreditations_carry_the_accreditation_and_its_agency(default_site, rows) -> None:
    published = _by(rows["accreditations"], "id")
    d = default_site.disclosures
    assert d.accreditations
    for a in d.accreditations:
        row = published[a.id]
        assert missing(a, row) == [], a.id
        # The agency's own values, in the agency's columns (its dates are not the record's).
        agency = d.agencies[a.agency]
        assert missing(agency, row, "agency") == [], a.id


def test_processes_carry_every_field_of_the_card(default_site, rows) -> None:
    published = _by(rows["processes"], "number")
    processes = default_site.registry.processes
    assert processes
    for p in processes:
        assert missing(p, published[p.number]) == [], p.number


def test_processes_publish_readings_links_and_notes_where_the_cards_have_them(rows) -> None:
    # The default cards have editors' readings, linked processes and notes: the columns
    # that carry them must not be empty (the walk above would pass on empty cards).
    published = rows["processes"]
    for column in ("risks_reading_en", "suppliers_process", "notes_text_en", "title_line_code"):
        assert any(row[column] for row in published), column


def test_survey_catalogue_carries_every_field_of_the_survey(default_site, rows) -> None:
    published = _by(rows["survey-catalogue"], "id")
    surveys = default_site.surveys.surveys
    assert any(s.note for s in surveys)  # the note columns are exercised
    for survey in surveys:
        row = published[survey.id]
        assert missing(survey, row) == [], survey.id
        assert row["verified"] is default_site.surveys.catalogue.verified


def test_survey_questions_carry_every_field_of_the_question(default_site, rows) -> None:
    published = {(r["survey"], r["question"]): r for r in rows["survey-questions"]}
    questionnaire = default_site.surveys.questionnaire
    assert questionnaire
    for survey, questions in questionnaire.items():
        for question in questions.questions:
            assert missing(question, published[survey, question.id]) == [], question.id


def test_distributions_carry_their_question_through_the_linked_dataset(
    default_site, datasets
) -> None:
    # A distribution row's question (text, scale, reverse coding) is published in the row
    # of survey-questions that its survey and question name, not on the row itself.
    dataset = datasets["survey-distributions"]
    questionnaire = default_site.surveys.questionnaire
    assert dataset.rows and dataset.foreign_keys
    seen: set[tuple[str, str]] = set()
    for row in dataset.rows:
        key = (row["survey"], row["question"])
        if key in seen:  # one scale point a question is enough: the link is by question
            continue
        seen.add(key)
        question = questionnaire[key[0]].question(key[1])
        assert question is not None, key
        assert any(".text." in path for path, _ in missing(question, row)), key  # not here
        assert missing(question, linked(row, dataset, datasets)) == [], key


def test_a_link_to_no_row_is_found(datasets) -> None:
    # The join must be able to fail: a distribution naming a question that is not there.
    dataset = datasets["survey-distributions"]
    row = {**dataset.rows[0], "question": "q-not-there"}
    with pytest.raises(AssertionError):
        linked(row, dataset, datasets)


def test_the_walk_finds_a_value_left_out() -> None:
    # The check must be able to fail: a record whose field has no cell.
    class Record(BaseModel):
        code: str
        review_months: int

    assert missing(Record(code="6B01", review_months=12), {"code": "6B01"}) == [
        (".review_months", "12")
    ]
