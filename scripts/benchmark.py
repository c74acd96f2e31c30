#!/usr/bin/env python3
"""Build benchmark (issue 9): default and large synthetic data, plain MkDocs, doubling, peers.

    .venv/bin/python scripts/benchmark.py [--programmes 400] [--disciplines 40] [--quick]
        [--skip-peers] [--skip-plain] [--out report.json]

Prints a readable report, then one JSON summary line. Exit 1 if a build fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kazutb_transparency.bench.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
