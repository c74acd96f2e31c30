"""Shared helpers of the disclosure tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.site import SiteData, load_site
from kazutb_transparency.core.errors import DataError, Problem

TODAY = date(2026, 11, 21)


def problems_of(data_dir: Path, today: date = TODAY) -> list[Problem]:
    with pytest.raises(DataError) as caught:
        load_site(data_dir, today)
    assert caught.value.problems, "DataError raised without any problem"
    return caught.value.problems


def only(problems: list[Problem], file_suffix: str, field: str | None = None) -> Problem:
    """The one problem reported for `file_suffix` (and `field`); fails listing all others."""
    found = [
        p
        for p in problems
        if p.file.replace("\\", "/").endswith(file_suffix) and (field is None or p.field == field)
    ]
    listing = "\n".join(f"  {p}" for p in problems)
    assert len(found) == 1, f"expected one problem in {file_suffix} field {field}, got:\n{listing}"
    return found[0]


def line_of(path: Path, needle: str, start: int = 1) -> int:
    """1-based number of the first line at or after `start` that contains `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if number >= start and needle in line:
            return number
    raise AssertionError(f"{path.name}: no line contains {needle!r}")


def load(data_dir: Path, today: date = TODAY) -> SiteData:
    return load_site(data_dir, today)
