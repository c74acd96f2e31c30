"""A successful build says little: one line of counts for what the publishing build would
refuse, the full lists in a file (and in `make validate`)."""

from __future__ import annotations

from pathlib import Path

from buildtools import DATA

from kazutb_transparency.buildsteps.pipeline import check_data
from kazutb_transparency.core.dates import build_day


def test_the_notices_are_one_line_and_a_file(tmp_path: Path) -> None:
    said: list[str] = []
    notices = tmp_path / ".cache" / "build-notices.txt"
    check_data(DATA, build_day(), False, said.append, notices_file=notices)
    summary = [line for line in said if "listed in" in line]
    assert len(summary) == 1 and "\n" not in summary[0]
    assert "× placeholder value" in summary[0] and "make validate" in summary[0]
    listed = notices.read_text(encoding="utf-8")
    assert "placeholder value (left out by the publishing build):" in listed
    assert listed.count("\n    - ") > 50
    assert len("\n".join(said).splitlines()) <= 5


def test_validate_still_lists_every_notice() -> None:
    said: list[str] = []
    check_data(DATA, build_day(), False, said.append)
    assert any(line.count("\n    - ") > 50 for line in said)
