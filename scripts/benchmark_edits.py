#!/usr/bin/env python3
"""The edits of one record in the live preview, in process (issue #30).

    .venv/bin/python scripts/benchmark_edits.py [--large] [--rounds 3]

Prints each kind of edit's rebuild times (a process indicator, an "About" text, an
accreditation's term, a programme's fee and dates, a survey's target) against the target
(1 s default, 3 s large), then one JSON line. Exit 1 if the data check refused an edit.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kazutb_transparency.bench.edits import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
