"""The column-wise screen of the raw survey check (issue #31): it keeps every value the
detector could flag and drops the opaque ids of every format, so the check costs little
on any export."""

from __future__ import annotations

import numpy as np
import pytest

from kazutb_transparency.surveys.bulk import ID_FORMATS, _ids
from kazutb_transparency.surveys.personal_data import Occurrence, check_cells, default_scanner
from kazutb_transparency.surveys.screen import iin_like, suspicious, suspicious_ids

PERSONAL = [
    "950312450670",  # an IIN
    "r950312450670x",  # an IIN inside a token
    "8807-1540-1234",  # a grouped IIN
    "87015551234",  # a phone
    "8 (701) 555-12-34",
    "+77015551234",
    "aliya@mail.kz",
    "ivanov_ivan",  # a name in a token
    "Aigerim Seitkali",
    "сейтқали",
    "KZ86125KZT5004100100",  # an IBAN
    "N12345678",  # a passport
    "tel5551234",  # a context word
    "dob19960312",
    "4400123412341234",  # a card
    "9\u200b5\u200b0\u200b3\u200b1\u200b2\u200b4\u200b5\u200b0\u200b6\u200b7\u200b0",
    "tg:aru_t",  # an account named by its network
    "Instagram:aigerim.s",
    "8.702.555.12.34",  # a phone with dots
    "ИИН050317510002",  # an IIN against its label
]
CODES = ["t202400001k0", "6B04101", "F1", "2024-06", "survey-1", "q001", "bachelor", "na"]


def test_the_screen_keeps_every_value_that_may_be_personal() -> None:
    assert suspicious(PERSONAL).all()


def test_the_screen_drops_codes_and_opaque_ids() -> None:
    assert not suspicious(CODES).any()
    assert not suspicious(["950312450671"]).any()  # check digit wrong


@pytest.mark.parametrize("kind", ID_FORMATS)
def test_ids_of_every_format_are_mostly_dropped(kind: str) -> None:
    ids = list(_ids(kind, np.random.default_rng(3), 5000, 0))
    assert len(set(ids)) == len(ids)
    # The id column's screen: an opaque id (UUID, hex digest, base32) is read whole
    assert suspicious_ids(ids).mean() < 0.05


def test_the_iin_check_digit_is_computed_for_a_whole_column() -> None:
    got = iin_like(["950312450670", "950312450671", "880715401231", "991240000012"])
    assert got.tolist() == [True, False, True, False]


def test_the_screened_check_reports_what_the_detector_finds() -> None:
    cells = [Occurrence("respondent", v, i) for i, v in enumerate(CODES + PERSONAL[:8])]
    problems = check_cells("R.csv", cells, default_scanner())
    flagged = {p.line for p in problems}
    assert flagged >= {len(CODES) + i for i in (0, 1, 3, 6, 7)}
    assert not flagged & set(range(len(CODES)))


def test_a_uuid_is_opaque_even_when_its_digits_pass_an_iin_check() -> None:
    assert not suspicious(["3f2a9c1e-8b7d-4c2a-9e1f-950312450670"]).any()
    assert suspicious(["3f2a9c1e-8b7d-4c2a-9e1f-950312450670 Aigerim"]).all()


def test_the_empty_column() -> None:
    assert suspicious([]).tolist() == []
