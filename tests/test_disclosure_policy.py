"""The disclosure policy (data/disclosure.yaml): one minimum group for every count, read
with clear errors, and the survey indicators held to the same minimum."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.site import load_site
from kazutb_transparency.core.disclosure_policy import DEFAULT, load_policy
from kazutb_transparency.core.errors import DataError


def test_the_policy_is_read_and_a_missing_file_is_the_default(data_copy: Path) -> None:
    assert load_policy(data_copy).min_group == 10
    (data_copy / "disclosure.yaml").unlink()
    assert load_policy(data_copy) == DEFAULT


@pytest.mark.parametrize(
    "old, new, field",
    [
        ("min_group: 10", "min_group: 1", "min_group"),
        ("zero_publishable: false", "zero_publishable: maybe", "zero_publishable"),
        ("  appeals-statistics:", "  students:", "datasets"),
        ("    counts: letters", "    counts: people", "counts"),
    ],
)
def test_a_bad_policy_is_refused_at_its_line(
    data_copy: Path, edit, old: str, new: str, field: str
) -> None:
    edit(data_copy / "disclosure.yaml", old, new)
    with pytest.raises(DataError) as refused:
        load_policy(data_copy)
    said = "\n".join(str(p) for p in refused.value.problems)
    assert "disclosure.yaml" in said and field in said and ":" in said


def test_the_surveys_minimum_must_be_the_policy_s(data_copy: Path, edit) -> None:
    edit(data_copy / "disclosure.yaml", "min_group: 10", "min_group: 11")
    with pytest.raises(DataError) as refused:
        load_site(data_copy, date(2026, 11, 21))
    (problem,) = [p for p in refused.value.problems if p.field == "min_n"]
    assert problem.file.endswith("surveys/meta.yaml") and "disclosure.yaml" in problem.message
    assert "--min-n 11" in (problem.hint or "")
