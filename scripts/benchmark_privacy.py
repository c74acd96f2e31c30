"""Throughput of the personal-data gate over ~20 MB of synthetic site HTML and Markdown.

    python scripts/benchmark_privacy.py [--megabytes 20] [--min-mbps 10]

Exits 1 if the speed (per CPU second: one core) is below --min-mbps.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kazutb_transparency.privacy import Allowlist, load_allowlist, scan_paths  # noqa: E402
from kazutb_transparency.privacy.synthetic import write_site_corpus  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20.0)
    parser.add_argument("--min-mbps", type=float, default=10.0)
    args = parser.parse_args()
    allowlist: Allowlist = load_allowlist()
    with tempfile.TemporaryDirectory() as tmp:
        size = write_site_corpus(Path(tmp), args.megabytes)
        wall, cpu = time.perf_counter(), time.process_time()
        findings = scan_paths([Path(tmp)], allowlist)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    mb = size / 1e6
    # CPU time is the one-core figure; wall time also counts other processes' load.
    print(f"scanned {mb:.1f} MB ({len(findings)} findings): {mb / cpu:.1f} MB/s CPU "
          f"({cpu:.2f} s), {mb / wall:.1f} MB/s wall ({wall:.2f} s)")
    return 0 if mb / cpu >= args.min_mbps else 1


if __name__ == "__main__":
    sys.exit(main())
