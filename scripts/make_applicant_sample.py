"""Rewrite the sample files of data/applicants/ (groups, staff, one file per programme).

Every value written is `provenance: placeholder`: the publishing build refuses them until
the university's figures replace them. admission.yaml and costs.yaml are written by hand.

    .venv/bin/python scripts/make_applicant_sample.py [--data data]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from kazutb_transparency.applicants.synthetic import write_sample


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("data"))
    args = parser.parse_args()
    catalogue = args.data / "disclosures"
    programmes = [
        yaml.safe_load(path.read_text("utf-8"))
        for path in sorted((catalogue / "programmes").glob("*.yaml"))
    ]
    faculties = [f["id"] for f in yaml.safe_load((catalogue / "faculties.yaml").read_text("utf-8"))]
    write_sample(args.data / "applicants", programmes, faculties)


if __name__ == "__main__":
    main()
