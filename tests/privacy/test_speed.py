"""A guard against slow regressions; scripts/benchmark_privacy.py is the real measure."""

from __future__ import annotations

import time
from pathlib import Path

from kazutb_transparency.privacy import load_allowlist, scan_paths
from kazutb_transparency.privacy.synthetic import write_site_corpus

# The target is 10 MB/s on one core (13–18 here, by load); the test allows for a busy machine.
MIN_MB_PER_CPU_SECOND = 6.0


def test_throughput(tmp_path: Path) -> None:
    size = write_site_corpus(tmp_path, megabytes=3)
    allowlist = load_allowlist()
    start = time.process_time()
    findings = scan_paths([tmp_path], allowlist)
    elapsed = time.process_time() - start
    assert findings == []  # the synthetic prose holds codes and numbers, nothing personal
    assert size / 1e6 / elapsed >= MIN_MB_PER_CPU_SECOND
