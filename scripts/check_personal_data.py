"""Personal-data gate: refuse to publish names, IINs, phones, e-mails and other identifiers.

    python scripts/check_personal_data.py PATH... [--format text|json] [--allowlist FILE]
                                          [--strict]

Exit status: 0 clean, 1 personal data found (or, with --strict, a document that cannot
be checked), 2 usage or read error. Findings are printed as PATH:LINE:COLUMN: CATEGORY:
EXCERPT with the value masked; inside documents as PATH: page N, line L: CATEGORY: EXCERPT.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from a checkout without installing the package
    sys.path.insert(0, str(ROOT))

from kazutb_transparency.privacy import AllowlistError, load_allowlist, scan_report  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="check_personal_data.py",
        description="Scan files and folders for personal data before publishing.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--allowlist",
        type=Path,
        default=None,
        help="allowlist YAML (default: data/privacy/allowlist.yaml of the repository)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="a document without a text layer (not listed in the allowlist) is a failure",
    )
    args = parser.parse_args(argv)

    try:
        allowlist = load_allowlist(args.allowlist)
    except AllowlistError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    report = scan_report(args.paths, allowlist)

    if args.format == "json":
        print(json.dumps([f.as_dict() for f in report.findings], ensure_ascii=False, indent=2))
    else:
        for finding in report.findings:
            print(finding)
    for error in report.errors:
        print(f"error: {error}", file=sys.stderr)
    for unchecked in report.unchecked:
        level = "error" if args.strict else "warning"
        print(f"{level}: {unchecked}: cannot be checked for personal data", file=sys.stderr)
    if report.errors:
        return 2
    if args.strict and report.unchecked:
        return 1
    if report.findings:
        if args.format == "text":
            print(
                f"{len(report.findings)} possible personal data finding(s) in "
                f"{report.files} file(s) scanned. Remove them, or add an official or an "
                "institutional contact to the allowlist with the reason it may be published.",
                file=sys.stderr,
            )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
