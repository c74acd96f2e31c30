#!/usr/bin/env python3
"""Import an office's spreadsheet (XLSX, ODS or CSV) into data/, or write its template.

    python scripts/import_sheet.py FILE [--kind KIND] [--lang kk|ru|en] [--data data]
    python scripts/import_sheet.py --template KIND OUT.xlsx [--lang kk|ru|en]

KIND: fees, students, graduates, places, staff, measurements (guessed from the file name,
in English or by the kind's title in Kazakh or Russian, when left out). The sheet is read
as the office keeps it: headings in Kazakh, Russian or English, title rows above them, a
CSV as Excel saves it. Every row is validated with the model the build validates the data
with; a problem names the sheet, the row and the column, in the chosen language (Kazakh
by default), and then nothing is written. Only values are imported: a cell holding a
formula is refused, and so are hidden rows and columns holding values, two rows of one
record, and a file past the limits (sheet_files.py: MAX_FILE_BYTES, MAX_ROWS …).
Exit 0 when imported, 2 when the sheet or the command is refused (each problem listed).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazutb_transparency.core.errors import refused_on_load  # noqa: E402

with refused_on_load():  # the interface catalogs are read as the modules load
    from kazutb_transparency.buildsteps.pipeline import build_date
    from kazutb_transparency.core.errors import Problem
    from kazutb_transparency.core.i18n import LANGUAGES
    from kazutb_transparency.editor.sheet_text import Place, problem, say
    from kazutb_transparency.editor.sheet_vocabulary import kind_named
    from kazutb_transparency.editor.sheets import KINDS, SheetError, import_sheet, write_template

REFUSED = 2


def _refused(lang: str, problems: list[Problem], heading: str = "refused") -> int:
    print(say(heading, lang, count=len(problems)), file=sys.stderr)
    for found in problems:
        print(f"  - {found}", file=sys.stderr)
    return REFUSED


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--kind", choices=sorted(KINDS))
    parser.add_argument("--lang", choices=LANGUAGES, default="kk")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--template", nargs=2, metavar=("KIND", "OUT"))
    args = parser.parse_args(argv)
    lang, kinds = args.lang, "|".join(sorted(KINDS))
    if args.template:
        kind, out = args.template
        if kind not in KINDS:
            found = problem(Place(out), lang, "unknown_kind", kind=kind, kinds=kinds)
            return _refused(lang, [found], "refused_template")
        if Path(out).suffix.lower() != ".xlsx":
            found = problem(Place(out), lang, "not_xlsx_template", kind=kind)
            return _refused(lang, [found], "refused_template")
        try:
            write_template(kind, Path(out), lang, args.data)
        except OSError:  # no such folder, no right to write, the file open in Excel
            return _refused(lang, [problem(Place(out), lang, "cannot_write")], "refused_template")
        about = say(f"kind_about.{kind}", lang)
        print(say("template_written", lang, out=out, kind=say(f"kind.{kind}", lang), about=about))
        return 0
    if args.file is None:
        return _refused(lang, [problem(Place("import_sheet.py"), lang, "no_file_given")])
    # What is not a file is said first: its name cannot say what it holds either.
    if args.file.is_dir():
        return _refused(lang, [problem(Place(args.file.name or str(args.file)), lang, "a_folder")])
    if not args.file.exists():
        return _refused(lang, [problem(Place(args.file.name), lang, "no_file")])
    kind = args.kind or kind_named(args.file.stem, sorted(KINDS))
    if kind is None:
        return _refused(lang, [problem(Place(args.file.name), lang, "no_kind", kinds=kinds)])
    try:
        written = import_sheet(args.file, kind, args.data, build_date(), lang)
    except SheetError as exc:
        return _refused(lang, exc.problems)
    for relative in written:
        print(say("written", lang, path=relative, file=args.file.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
