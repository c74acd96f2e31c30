"""Loading a small transparency folder in the loader tests, and the problems it is refused with."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.organisation import load_units
from kazutb_transparency.transparency import load_transparency


def load_folder(folder: Path, documents: Mapping[str, str], today: date):
    """The transparency domain of `folder`, with the units beside it and the documents
    (id → kind) the test declares."""
    audit = Audit()
    return load_transparency(folder, load_units(folder, audit), documents, today, audit)


def refusals(folder: Path, documents: Mapping[str, str], today: date) -> list[Problem]:
    """The problems `folder` is refused with (the test fails if it loads)."""
    with pytest.raises(DataError) as caught:
        load_folder(folder, documents, today)
    return caught.value.problems
