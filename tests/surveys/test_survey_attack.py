"""The published survey indicators attacked as a reader with every row would
(core/disclosure_attack.py), from the published file alone and the catalogue's faculties.

The reader's model is written here again, from the file's columns, not taken from the
engine (surveys/attack.py): the unit tree (the university's respondents are at least its
faculties', a faculty's at least its programmes'), the items (a block's respondents are at
least each question's and at most their sum, the overall row's likewise over the blocks).
Valid answers are published for questions only, where they equal the respondents (checked
here): a block's would be the sum of its questions'. No withheld count may be pinned to a
range narrower than the minimum group: on the default data, and on the bulk export of the
engine's tests (another generator: other units, sizes, scales and waves) at two minimum
groups."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from pathlib import Path

import pytest

from kazutb_transparency.core.disclosure_attack import Covers, Relation, Sum, breaches
from kazutb_transparency.surveys.bulk import Shape, generate
from kazutb_transparency.surveys.pipeline import run

REPO = Path(__file__).resolve().parents[2]
OVERALL = "overall"

Key = tuple[str, str, str, str, str, str]


def reader_breaches(text: str, faculty_of: dict[str, str], min_n: int) -> list:
    rows = {tuple(r[c] for c in list(r)[:6]): r for r in csv.DictReader(io.StringIO(text))}
    values: dict[Key, int] = {}
    hidden: list[Key] = []
    for key, row in rows.items():
        if row["suppressed"] == "true":
            hidden.append(key)
            continue
        values[key] = int(row["respondents"])
        # The model is complete only if no other count links the rows.
        assert row["valid"] == (row["respondents"] if key[5] else ""), key
    relations: list[Relation] = []
    by_item: dict[tuple, dict[tuple[str, str], Key]] = defaultdict(dict)
    by_unit: dict[tuple, dict[tuple[str, str], Key]] = defaultdict(dict)
    for key in rows:
        survey, wave, unit_type, unit, block, question = key
        by_item[(survey, wave, block, question)][(unit_type, unit)] = key
        by_unit[(survey, wave, unit_type, unit)][(block, question)] = key
    for units in by_item.values():
        faculties = {u: k for (t, u), k in units.items() if t == "faculty"}
        # Respondents outside every part make a sum inexact (a remainder >= 0).
        relations.append(Sum(units[("university", "")], tuple(faculties.values()), exact=False))
        for faculty, key in faculties.items():
            programmes = tuple(
                k for (t, u), k in units.items() if t == "programme" and faculty_of[u] == faculty
            )
            relations.append(Sum(key, programmes, exact=False))
    for items in by_unit.values():
        blocks = {b: k for (b, q), k in items.items() if not q and b != OVERALL}
        for block, key in blocks.items():
            relations.append(
                Covers(key, tuple(k for (b, q), k in items.items() if b == block and q))
            )
        relations.append(Covers(items[(OVERALL, "")], tuple(blocks.values())))
    assert hidden and relations
    return breaches(values, hidden, relations, min_n)


def test_no_withheld_count_of_the_default_data_can_be_worked_out(default_site) -> None:
    faculty_of = {p.code: p.faculty for p in default_site.disclosures.programmes}
    text = (REPO / "data" / "surveys" / "indicators.csv").read_text(encoding="utf-8")
    found = reader_breaches(text, faculty_of, default_site.surveys.meta.min_n)
    assert found == [], found[:5]


@pytest.mark.parametrize("min_n", [10, 5])
def test_no_withheld_count_of_another_export_can_be_worked_out(tmp_path, min_n) -> None:
    shape = Shape(answers=40_000, surveys=2, waves=4, programmes=12, seed=3)
    responses, questionnaire, population = generate(shape, tmp_path)
    result = run(responses, questionnaire, population, min_n, scanner=lambda value: [])
    with responses.open(encoding="utf-8") as file:
        faculty_of = {r["programme"]: r["faculty"] for r in csv.DictReader(file) if r["programme"]}
    assert "true" in {r["suppressed"] for r in result.rows}
    found = reader_breaches(result.csv, faculty_of, min_n)
    assert found == [], found[:5]
