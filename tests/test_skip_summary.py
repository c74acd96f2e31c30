"""`make test` says which tests it skipped and why; on CI the source comparisons cannot skip."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.buildtools import REPO, SOURCE_SKIP, require_source_document, skip_groups


def skipped(reason: str) -> SimpleNamespace:
    return SimpleNamespace(longrepr=("tests/x.py", 1, f"Skipped: {reason}"))


def test_skips_are_grouped_by_reason_the_largest_group_first():
    source = f"{SOURCE_SKIP} (../shared/seeds/000_x.txt not found)"
    reports = [skipped(source)] * 63 + [skipped("chromium is not installed")]
    assert skip_groups(reports) == [
        "skipped: 63 source-document comparisons (../shared/seeds/000_x.txt not found)",
        "skipped: 1 test (chromium is not installed)",
    ]
    assert skip_groups([]) == []


def test_a_missing_source_document_skips_on_a_fresh_clone(monkeypatch):
    monkeypatch.delenv("KAZUTB_REQUIRE_SOURCES", raising=False)
    monkeypatch.setenv("CI", "true")  # a university's own CI has no source documents
    missing = REPO.parent / "shared" / "seeds" / "no-such-document.txt"
    with pytest.raises(pytest.skip.Exception, match=r"source-document comparisons \(\.\./shared"):
        require_source_document(missing)


def test_a_missing_source_document_fails_on_the_project_s_ci(monkeypatch):
    monkeypatch.setenv("KAZUTB_REQUIRE_SOURCES", "1")  # .ci/run
    missing = REPO.parent / "shared" / "seeds" / "no-such-document.txt"
    with pytest.raises(pytest.fail.Exception, match="KAZUTB_REQUIRE_SOURCES=1"):
        require_source_document(missing)


def test_a_present_document_is_returned(tmp_path: Path, monkeypatch):
    monkeypatch.setenv("KAZUTB_REQUIRE_SOURCES", "1")
    present = tmp_path / "source.txt"
    present.write_text("text", encoding="utf-8")
    assert require_source_document(present) == present
