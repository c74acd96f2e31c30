#!/usr/bin/env python3
"""Make the demonstration survey indicators from seeded synthetic answers.

Usage:
  scripts/generate_survey_sample.py [--data data] [--seed N] [--raw-dir DIR] [--check]

Synthetic raw answers (R.csv, P.csv) are written to a temporary folder (or --raw-dir) and
never committed; the real aggregation turns them into data/surveys/indicators.csv and
distributions.csv, using the seed and min-n of data/surveys/meta.yaml. Who is invited comes
from the demonstration university of the programme catalogue
(kazutb_transparency/core/demo_university.py), the model scripts/make_applicant_sample.py
writes the applicants' files from, so that no survey invites more students, graduates or
teaching staff than data/applicants/ counts. With --check nothing is written: exit 1 if a
committed file differs from what the generator makes.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.surveys.demo import build_demonstration


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("data"), help="the data folder")
    parser.add_argument("--seed", type=int, default=None, help="default: the seed in meta.yaml")
    parser.add_argument("--raw-dir", type=Path, default=None, help="keep the raw answers here")
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    surveys = args.data / "surveys"
    with tempfile.TemporaryDirectory(prefix="survey-sample-") as tmp:
        raw_dir = args.raw_dir or Path(tmp)
        try:
            result = build_demonstration(surveys, raw_dir, args.seed)
        except DataError as exc:
            print(exc, file=sys.stderr)
            return 1
    made = {
        surveys / "indicators.csv": result.csv,
        surveys / "distributions.csv": result.distributions,
    }
    if args.check:
        for target, text in made.items():
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != text:
                print(
                    f"{target} differs from the generated sample; run {sys.argv[0]}",
                    file=sys.stderr,
                )
                return 1
            print(f"{target} is up to date")
        return 0
    for target, text in made.items():
        target.write_text(text, encoding="utf-8", newline="")
    print(f"{surveys / 'indicators.csv'}: {result.summary()}")
    if args.raw_dir:
        print(f"raw synthetic answers kept in {args.raw_dir} (do not commit them)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
