"""Respondent ids of opaque shapes (issue #64): an id that is personal data as a whole value
is refused, a run of digits or letters inside a random token is not."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.bulk import ID_FORMATS, _ids
from kazutb_transparency.surveys.personal_data import Occurrence, check_cells, default_scanner
from kazutb_transparency.surveys.pipeline import run
from kazutb_transparency.surveys.screen import opaque_ids, suspicious_ids

from .helpers import answer_rows, group, write_inputs

pytest.importorskip("kazutb_transparency.privacy")

# Ids the old rule refused: 12 hex digits in a row that read as an IIN (610901534677: its
# check digit, date and century hold), a phone-shaped run, a letter run read as a name
# ("Eun", "Mur").
CHANCE = [
    "a5541dd68bcf35e916d583019d9272485f64eeca610901534677ecfd7eab1e43",
    "88e9d8db169202fb81006a89012516935c0f30abc5d2bbfb91d48773dab648d6",
    "45O5JLOPQ6EUNHBULY7AZUZ67D",
    "F5MURZGINDFULY3CCQRUKC76OP",
]
PERSONAL_IDS = {
    "IINs": ["950312450670", "880715401231", "050317510002"],
    "phones": ["87015551234", "+77015551234", "87771234567"],
    "e-mails": ["aliya@mail.kz", "b.serik@gmail.com", "k_aru@yandex.kz"],
    "names": ["Aigerim Seitkali", "Xq7_Aigerim_Bekova-Z9", "sarsenova_aigerim_bolatovna1"],
}


@pytest.fixture(scope="module")
def scanner():
    return default_scanner()


def refused(folder: Path, ids: list[str], scanner) -> DataError:
    rows = group(0, 2)  # lines 2-7
    for token in ids:
        rows += answer_rows(token, {"q1": "5"})  # lines 8, 9, 10
    r, q, p = write_inputs(folder, rows)
    with pytest.raises(DataError) as caught:
        run(r, q, p, 10, scanner=scanner)
    return caught.value


@pytest.mark.parametrize("kind", PERSONAL_IDS)
def test_a_column_of_personal_data_as_ids_is_refused_naming_each_line(
    tmp_path: Path, kind: str, scanner
) -> None:
    ids = PERSONAL_IDS[kind]
    error = refused(tmp_path, ids, scanner)
    personal = {
        (Path(p.file).name, p.field, p.line)
        for p in error.problems
        if "looks like personal data" in p.message
    }
    assert personal == {("R.csv", "respondent", line) for line in (8, 9, 10)}
    text = str(error)
    assert "R.csv:8" in text and not any(token in text for token in ids)


@pytest.mark.parametrize("kind", ID_FORMATS)
def test_ids_of_every_shape_pass_the_check(kind: str, scanner) -> None:
    ids = list(_ids(kind, np.random.default_rng(5), 5000, 0))
    cells = [Occurrence("respondent", token, i) for i, token in enumerate(ids)]
    assert check_cells("R.csv", cells, scanner) == []
    assert suspicious_ids(ids).mean() < 0.01


def test_the_ids_the_old_rule_refused_pass(tmp_path: Path, scanner) -> None:
    assert opaque_ids(CHANCE).all()
    cells = [Occurrence("respondent", token, i) for i, token in enumerate(CHANCE)]
    assert check_cells("R.csv", cells, scanner) == []
    rows = []
    for index in range(12):
        token = CHANCE[index % 2][:-2] + f"{index:02x}"  # still 64 hex digits
        rows += answer_rows(token, {"q1": "5", "q2": "1", "q3": "9"})
    r, q, p = write_inputs(tmp_path, rows)
    assert run(r, q, p, 10, scanner=scanner).answers == 36


def test_a_run_is_read_only_inside_ids_of_no_opaque_shape(scanner) -> None:
    # Too short for base32/base64url, or written as words: read run by run, as before.
    plain = ["r950312450670x", "ivanov_ivan", "Aigerim_Bekova_2001x"]
    assert not opaque_ids(plain).any()
    cells = [Occurrence("respondent", token, i) for i, token in enumerate(plain)]
    assert [p.line for p in check_cells("R.csv", cells, scanner)] == [0, 1, 2]
    # The same digits elsewhere than in the id column are read run by run too.
    cells = [Occurrence("programme", token, i) for i, token in enumerate(CHANCE[:2])]
    assert [p.line for p in check_cells("R.csv", cells, scanner)] == [0, 1]


def test_the_opaque_shapes() -> None:
    shapes = {
        "0" * 31 + "a": True,  # MD5
        "A" * 39 + "1": True,  # SHA-1, upper case
        "ab" * 31 + "1f": True,  # SHA-256
        "ab" * 16 + "AB" * 16: False,  # mixed case: no digest
        "ab" * 17: False,  # 34 hex digits: no digest length
        "MFRGGZDFMZTWQ2LK": True,  # base32, 16 characters
        "MFRGGZDFMZTWQ2L": False,  # 15
        "mfrggzdfmztwq2lk": False,  # base32 is upper case
        "aZ3k_9QxPm2-LwT7bN": True,  # base64url
        "Aigerim_Bekova_2001": False,  # capitalised words
        "3f2a9c1e-8b7d-4c2a-9e1f-950312450670": True,  # UUID
        "01ARZ3NDEKTSV4RRFFQ69G5FAV": True,  # ULID
        "81ARZ3NDEKTSV4RRFFQ69G5FAV": False,  # a ULID starts with 0-7 (128 bits)
        "01ARZ3NDEKTSV4RRFFQ69G5FA": False,  # 25 characters
        "01ARZ3NDEKTSV4RRFFQ69G5FAL": False,  # L: not Crockford's base32
        "01arz3ndektsv4rrffq69g5fav": False,  # written in lower case: read run by run
    }
    assert opaque_ids(list(shapes)).tolist() == list(shapes.values())
