#!/usr/bin/env python3
"""Import an office's spreadsheet (XLSX or CSV) into data/, or write its template.

    python scripts/import_sheet.py FILE [--kind KIND] [--data data]
    python scripts/import_sheet.py --template KIND OUT.xlsx

KIND: fees, students, graduates, places, staff, measurements (guessed from the file name
when left out). Every row is validated with the model the build validates the data with;
a problem names the sheet, the row and the column, and then nothing is written. Only
values are imported: a cell holding a formula is refused.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazutb_transparency.core.errors import refused_on_load  # noqa: E402

with refused_on_load():
    from kazutb_transparency.buildsteps.pipeline import build_date
    from kazutb_transparency.editor.sheets import KINDS, SheetError, import_sheet, write_template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--kind", choices=sorted(KINDS))
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--template", nargs=2, metavar=("KIND", "OUT"))
    args = parser.parse_args(argv)
    if args.template:
        kind, out = args.template
        if kind not in KINDS:
            parser.error(f"no kind '{kind}': use one of {', '.join(sorted(KINDS))}")
        write_template(kind, Path(out))
        print(f"{out}: template for {kind} ({KINDS[kind].help})")
        return 0
    if args.file is None:
        parser.error("give the file to import, or --template KIND OUT.xlsx")
    kind = args.kind or next((k for k in KINDS if k in args.file.stem.lower()), None)
    if kind is None:
        parser.error(f"say what the file holds: --kind {'|'.join(sorted(KINDS))}")
    try:
        written = import_sheet(args.file, kind, args.data, build_date())
    except SheetError as exc:
        print(f"{len(exc.problems)} problem(s); nothing was imported:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 1
    for relative in written:
        print(f"data/{relative}: updated from {args.file.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
