"""The synthetic site the speed benchmark scans holds nothing personal.

Speed itself is measured by scripts/benchmark_privacy.py, not by a timed test.
"""

from __future__ import annotations

from pathlib import Path

from kazutb_transparency.privacy import load_allowlist, scan_paths
from kazutb_transparency.privacy.synthetic import write_site_corpus


def test_benchmark_corpus_has_no_findings(tmp_path: Path) -> None:
    size = write_site_corpus(tmp_path, megabytes=3)
    assert size >= 3_000_000
    assert scan_paths([tmp_path], load_allowlist()) == []
