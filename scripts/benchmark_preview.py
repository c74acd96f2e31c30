#!/usr/bin/env python3
"""Live-preview benchmark (issue 16): an edit under data/ or docs/ until `make serve` shows it.

    .venv/bin/python scripts/benchmark_preview.py [--large] [--rounds 3] [--keep]

Prints the seconds until the edited page shows the change in kk, ru and en, the full build
on the same data, their ratio (target ≤ 0.35), then one JSON line. Exit 1 if an edit never
showed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kazutb_transparency.bench.preview import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
