#!/usr/bin/env python3
"""Aggregate raw survey answers into the published indicators (data/surveys/indicators.csv).

Usage:
  scripts/aggregate_surveys.py --responses R.csv --questionnaire Q.yaml --population P.csv \\
      --out indicators.csv [--distributions distributions.csv] [--min-n 10] [--data data]

The distribution of each published question's answers over its scale goes to
--distributions (default: distributions.csv beside --out). Both files are written only when
the whole input is accepted; raw answers are read, counted and dropped, never written.

The formats of R.csv, Q.yaml and P.csv are described in data/surveys/README.md. With
--data, every faculty and programme must be one of that data folder's programme catalogue,
each programme under the faculty its catalogue file names. Rows with
fewer than --min-n respondents are suppressed, then as many more as needed so that no
suppressed figure can be worked out by subtraction. Exit 0 on success, 1 when the input is
refused (every bad row is listed; raw values that may be personal are never printed).
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

if __name__ == "__main__":
    # One run, then the process ends: no collection walks the imports' objects or the
    # run's (and none at the end: exit_uncollected).
    gc.disable()

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kazutb_transparency.core.errors import DataError, refused_on_load
from kazutb_transparency.core.gc_pause import exit_uncollected

with refused_on_load():  # the interface catalogs are read as the modules load
    from kazutb_transparency.organisation.structure import read_structure
    from kazutb_transparency.surveys.codes import DEFAULT_MIN_N
    from kazutb_transparency.surveys.pipeline import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--responses", required=True, type=Path, help="R.csv: one row per answer")
    parser.add_argument("--questionnaire", required=True, type=Path, help="Q.yaml: the questions")
    parser.add_argument("--population", required=True, type=Path, help="P.csv: invited counts")
    parser.add_argument("--out", required=True, type=Path, help="indicators.csv to write")
    parser.add_argument(
        "--distributions", type=Path, help="distributions.csv to write (default: beside --out)"
    )
    parser.add_argument(
        "--min-n",
        type=int,
        default=DEFAULT_MIN_N,
        help=f"fewest respondents a published figure needs (default {DEFAULT_MIN_N})",
    )
    parser.add_argument(
        "--data",
        type=Path,
        help="the data folder whose faculties and programmes the units must be (e.g. data)",
    )
    args = parser.parse_args(argv)
    if args.min_n < 2:
        parser.error("--min-n must be at least 2")
    try:
        structure = read_structure(args.data) if args.data else None
        result = run(
            args.responses, args.questionnaire, args.population, args.min_n, structure=structure
        )
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    shares = args.distributions or args.out.with_name("distributions.csv")
    for path, text in ((args.out, result.csv), (shares, result.distributions)):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
    print(f"{args.out}: {result.summary()}; distributions in {shares}")
    return 0


if __name__ == "__main__":
    exit_uncollected(main())
