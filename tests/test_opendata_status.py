"""The open-data page says, beside each dataset, whether its records may be cited, and a
proposed licence is called proposed (issues 17 and 18)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from buildtools import DATA

from kazutb_transparency.core.opendata.writer import licence_problem, load_settings

pytestmark = pytest.mark.build


def section(page: str, dataset: str) -> str:
    start = page.index(f'id="{dataset}"')
    end = page.find("<h2", start)
    return page[start:end]


def test_each_dataset_says_whether_it_may_be_cited(built_site: Path) -> None:
    page = (built_site / "en" / "opendata" / "index.html").read_text(encoding="utf-8")
    programmes = section(page, "programmes")
    total = re.search(r"(\d+)\s+rows", programmes)
    assert total and (
        f"of {total.group(1)} records not yet confirmed" in programmes
        or f"none of the {total.group(1)} records is confirmed" in programmes
    )
    assert "demonstration data computed from artificial answers" in section(
        page, "survey-indicators"
    )
    kk = (built_site / "opendata" / "index.html").read_text(encoding="utf-8")
    assert "университет әлі растамаған" in section(kk, "programmes")
    # «7 жазбаның 7 жазбасын»: when no record is confirmed, the sentence says «ешқайсысын».
    assert not re.search(r"(\d+) жазбаның \1 жазбасын", kk)


def test_a_proposed_licence_is_called_proposed(built_site: Path) -> None:
    for prefix, words in (("", "ұсынылған"), ("ru/", "предлагаемая"), ("en/", "proposed")):
        page = (built_site / prefix / "opendata" / "index.html").read_text(encoding="utf-8")
        assert re.search(rf"Attribution 4\.0(?:</span>)?</a> \({words}", page), prefix


def test_only_a_confirmed_licence_passes_the_publishing_check() -> None:
    settings = load_settings(DATA)
    problem = licence_problem(DATA, settings)
    assert problem is not None and problem.field == "licence.confirmed"
    assert problem.file == "data/opendata.yaml" and "confirmed: true" in (problem.hint or "")
    licence = settings.licence.model_copy(update={"confirmed": True})
    assert licence_problem(DATA, settings.model_copy(update={"licence": licence})) is None


@pytest.mark.parametrize(
    ("dataset", "state"),
    [
        ("processes", "confirmed"),  # the approved process map's text (translations noted)
        ("process-indicators", "confirmed"),
        ("survey-catalogue", "placeholder"),  # adapted from another university, unconfirmed
        ("survey-indicators", "placeholder"),  # demonstration figures
        ("survey-distributions", "placeholder"),
        ("survey-questions", "placeholder"),
        ("survey-actions", "placeholder"),
    ],
)
def test_every_dataset_says_where_each_record_comes_from(
    built_site: Path, dataset: str, state: str
) -> None:
    with (built_site / "opendata" / f"{dataset}.csv").open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert rows and {row["provenance"] for row in rows} == {state}
    package = (built_site / "opendata" / "datapackage.json").read_text(encoding="utf-8")
    assert '"provenance"' in package
