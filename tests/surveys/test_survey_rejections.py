"""Bad raw input is refused, naming the row; raw values that may be personal are not echoed."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.codes import RESPONSE_COLUMNS
from kazutb_transparency.surveys.pipeline import run

from .helpers import answer_rows, group, write_inputs


def refuse(tmp_path: Path, responses, population=None, header=RESPONSE_COLUMNS, scanner=None):
    r, q, p = write_inputs(tmp_path, responses, population, header=header)
    with pytest.raises(DataError) as caught:
        run(r, q, p, 10, scanner=scanner or (lambda value: []))
    return caught.value


def test_extra_column_is_refused_on_the_header_line(tmp_path: Path):
    rows = [[*row, "x"] for row in group(0, 2)]
    error = refuse(tmp_path, rows, header=(*RESPONSE_COLUMNS, "comment"))
    assert error.problems[0].line == 1
    assert "unknown column(s): comment" in str(error) and "R.csv:1" in str(error)


def test_extra_cell_in_a_row_is_refused_with_its_line(tmp_path: Path):
    rows = group(0, 2)
    rows[3] = [*rows[3], "surplus"]  # data row 4 is line 5
    error = refuse(tmp_path, rows)
    assert [p.line for p in error.problems] == [5]


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"survey": "s9"}, "unknown survey 's9'"),
        ({"question": "q7"}, "unknown question 'q7' of survey 's1'"),
        ({"answer": "6"}, "answer 6 is outside 1..5"),
        ({"answer": "0"}, "answer 0 is outside 1..5"),
        ({"wave": "2024/06"}, "wave must be written YYYY-MM"),
        ({"level": "bachelors"}, "unknown level"),
        ({"programme": "P1"}, "a programme needs its faculty"),
    ],
)
def test_bad_cells_are_refused_naming_the_row(tmp_path: Path, cells, message):
    rows = group(0, 3) + answer_rows("t9999x", {"q1": "4"})  # the last row is line 11
    row = dict(zip(RESPONSE_COLUMNS, rows[-1], strict=True))
    rows[-1] = [cells.get(c, v) for c, v in row.items()]
    error = refuse(tmp_path, rows)
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.line == 11 and message in problem.message
    assert "R.csv:11" in str(error) and "row 11" in str(error)


def test_free_text_answers_are_refused_and_not_repeated(tmp_path: Path):
    rows = group(0, 2)
    rows[1][-1] = "Оқытушы Сейткали мырза жақсы"
    error = refuse(tmp_path, rows)
    assert error.problems[0].line == 3
    assert "free-text answers are not accepted" in str(error)
    assert "Сейткали" not in str(error)


def test_malformed_token_is_refused_without_echoing_it(tmp_path: Path):
    rows = answer_rows("ivan.petrov@mail.kz", {"q1": "5"}) + answer_rows(
        "870412300129", {"q1": "4"}
    )
    rows += answer_rows("ivanov", {"q1": "4"})
    error = refuse(tmp_path, rows)
    assert [p.line for p in error.problems] == [2, 3, 4]
    assert all(p.field == "respondent" for p in error.problems)
    for secret in ("ivan.petrov", "870412300129", "ivanov"):
        assert secret not in str(error)


def test_a_respondent_belongs_to_one_unit_per_wave(tmp_path: Path):
    rows = answer_rows("t0001x", {"q1": "5"}, "F1", "P1") + answer_rows(
        "t0001x", {"q2": "5"}, "F2", "P2"
    )
    error = refuse(tmp_path, rows)
    assert error.problems[0].line == 3 and "on line 2" in error.problems[0].message


def test_population_problems_name_their_row(tmp_path: Path):
    population = [
        ["s1", "2024-06", "", "", "100"],
        ["s1", "2024-06", "", "", "90"],  # duplicate
        ["s1", "2024-06", "F1", "", "many"],
        ["s2", "2024-06", "", "", "5"],
    ]
    error = refuse(tmp_path, group(0, 2), population)
    assert [p.line for p in error.problems] == [3, 4, 5]


def test_more_respondents_than_invited_is_refused(tmp_path: Path):
    error = refuse(tmp_path, group(0, 12), [["s1", "2024-06", "", "", "11"]])
    assert error.problems[0].line == 2 and "only 11 were invited" in str(error)


def test_personal_data_in_any_cell_is_refused():
    pytest.importorskip("kazutb_transparency.privacy")
    import tempfile

    from kazutb_transparency.surveys.personal_data import default_scanner

    scanner = default_scanner()
    with tempfile.TemporaryDirectory() as tmp:
        rows = group(0, 2)
        rows += answer_rows("870412300129a", {"q1": "5"})  # letters and digits, an IIN inside
        rows += answer_rows("sarsenova_aigerim_bolatovna1", {"q1": "5"})  # a full name
        rows += answer_rows("t0042x", {"q1": "5"}, "F1", "+77771234567")  # a phone as a code
        error = refuse(Path(tmp), rows, scanner=scanner)
    found = {(p.line, p.field) for p in error.problems}
    assert {(8, "respondent"), (9, "respondent")} <= found
    text = str(error)
    assert "870412300129" not in text and "aigerim" not in text.lower()
    assert "looks like personal data" in text
    assert any(p.field == "programme" for p in error.problems)  # "+" is no unit code either
