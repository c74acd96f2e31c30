#!/usr/bin/env python3
"""Validate data/ without building the site: the same checks the build runs first.

Usage: scripts/validate_data.py [--strict] [DATA_DIR]
Exit 0 when the data are valid, 1 when they are not (every problem is listed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kazutb_transparency.core.errors import DataError, refused_on_load

with refused_on_load():  # the interface catalogs are read as the modules load
    from kazutb_transparency.buildsteps.editors_report import editors_report
    from kazutb_transparency.buildsteps.pipeline import build_date, check_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="data", type=Path)
    parser.add_argument(
        "--strict",
        action="store_true",
        help="also refuse missing translations, sample data and stale items",
    )
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"error: {args.data_dir} is not a folder", file=sys.stderr)
        return 2
    warnings: list[str] = []
    try:
        data_dir = args.data_dir.resolve()
        # docs/ beside data/ holds the hand-written pages: scanned for personal data too
        site = check_data(
            data_dir, build_date(), args.strict, warnings.append, docs_dir=data_dir.parent / "docs"
        )
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if report := editors_report(site):
        print(report)
    print(f"{args.data_dir}: valid" + (f" ({len(warnings)} warnings)" if warnings else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
