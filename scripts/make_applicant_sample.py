"""Rewrite the sample files of data/applicants/ (groups, staff, one file per programme).

The figures are those of the demonstration university of the programme catalogue
(kazutb_transparency/core/demo_university.py), the model the survey sample is drawn from
too (scripts/generate_survey_sample.py): run both after changing the catalogue. Every
value written is `provenance: placeholder`: the publishing build refuses them until the
university's figures replace them. admission.yaml and costs.yaml are written by hand.

    .venv/bin/python scripts/make_applicant_sample.py [--data data]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kazutb_transparency.applicants.synthetic import write_sample
from kazutb_transparency.core.demo_university import University


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("data"))
    args = parser.parse_args()
    write_sample(args.data / "applicants", University.of_data(args.data))


if __name__ == "__main__":
    main()
