#!/usr/bin/env python3
"""What each office still has to supply before everything is published, by unit and due date.

Usage: scripts/office_status.py [--lang kk|ru|en] [--office UNIT] [--xlsx FILE] [DATA_DIR]
Prints the list in the chosen language (Kazakh by default) and writes it as a workbook with
a sheet per language (office-status.xlsx unless --xlsx says otherwise).
Exit 0 with the list, 1 when data/ has errors (listed, as `make validate` lists them).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kazutb_transparency.core.errors import DataError, refused_on_load

with refused_on_load():  # the interface catalogs are read as the modules load
    from kazutb_transparency.buildsteps.pipeline import build_date, check_data
    from kazutb_transparency.buildsteps.status import (
        office_tasks,
        read_assignments,
        status_text,
        write_workbook,
    )
    from kazutb_transparency.core.i18n import LANGUAGES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="data", type=Path)
    parser.add_argument("--lang", choices=LANGUAGES, default="kk")
    parser.add_argument("--office", help="only this unit's list (an id of data/units.yaml)")
    parser.add_argument("--xlsx", type=Path, default=Path("office-status.xlsx"))
    args = parser.parse_args(argv)
    if not args.data_dir.is_dir():
        print(f"error: {args.data_dir} is not a folder", file=sys.stderr)
        return 2
    try:
        data_dir = args.data_dir.resolve()
        site = check_data(data_dir, build_date(), False, lambda _: None)
        tasks = office_tasks(site, read_assignments(data_dir))
    except DataError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.office:
        tasks = [task for task in tasks if task.office == args.office]
    print(status_text(site, tasks, args.lang), end="")
    write_workbook(site, tasks, args.xlsx)
    print(f"\n{args.xlsx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
