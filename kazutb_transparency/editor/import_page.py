"""Spreadsheets imported from the desk itself (`make import` without a terminal).

The page lists the kinds of sheet with a template in the office's language to download,
and takes a file (XLSX, ODS or CSV): the desk's server imports it with the same function
as `make import` (editor/sheets.py) and answers in the office's language, naming sheet, row
and column; nothing is written when anything is refused.
"""

from __future__ import annotations

import base64
import binascii
import html
import tempfile
from datetime import date
from pathlib import Path, PurePath

from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.editor.labels import text
from kazutb_transparency.editor.sheet_files import MAX_FILE_BYTES
from kazutb_transparency.editor.sheet_text import Place, problem, say
from kazutb_transparency.editor.sheet_vocabulary import kind_named
from kazutb_transparency.editor.sheets import KINDS, SheetError, import_sheet, write_template

SHEET_SUFFIXES = (".xlsx", ".ods", ".csv")
LARGEST_SHEET = MAX_FILE_BYTES  # the import's own limit (sheet_files.py), said the same way


def import_html(lang: str) -> str:
    """The page: what can be imported, its templates, and the form (import.js sends it)."""
    e = html.escape
    kinds = "".join(
        f"<li><strong>{e(say(f'kind.{kind}', lang))}</strong> — "
        f"{e(say(f'kind_about.{kind}', lang))} "
        f'<a href="template.xlsx?kind={kind}&amp;lang={lang}" download="{kind}-{lang}.xlsx">'
        f"{e(text('import_template', lang))}</a></li>"
        for kind in sorted(KINDS)
    )
    options = "".join(
        f'<option value="{kind}">{e(say(f"kind.{kind}", lang))}</option>' for kind in sorted(KINDS)
    )
    languages = " · ".join(
        f'<a href="?lang={other}" hreflang="{other}" lang="{other}">{other}</a>'
        for other in LANGUAGES
    )
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex, nofollow">'
        f"<title>{e(text('import_title', lang))}</title>"
        '<link rel="stylesheet" href="editor.css"><script src="import.js" defer></script>'
        f'</head><body class="office-status"><nav>{languages} · '
        f'<a href="./?lang={lang}">{e(text("import_back", lang))}</a></nav>'
        f"<h1>{e(text('import_title', lang))}</h1><p>{e(text('import_intro', lang))}</p>"
        f"<ul>{kinds}</ul>"
        f'<form id="kazutb-import" data-lang="{lang}" '
        f'data-working="{e(text("import_working", lang))}">'
        f'<p><label for="sheet">{e(text("import_file", lang))}</label><br>'
        f'<input type="file" id="sheet" name="sheet" required accept=".xlsx,.ods,.csv"></p>'
        f'<p><label for="kind">{e(text("import_kind", lang))}</label><br>'
        f'<select id="kind" name="kind"><option value="">{e(text("import_auto", lang))}'
        f"</option>{options}</select></p>"
        f'<p><button type="submit">{e(text("import_button", lang))}</button></p></form>'
        '<section id="kazutb-import-result" role="status" aria-live="polite"></section>'
        "</body></html>\n"
    )


def import_upload(
    name: str, content: str, kind: str | None, data_dir: Path, today: date, lang: str
) -> tuple[bool, list[str]]:
    """(imported, lines to show) for a sheet sent from the page (base64 content)."""
    file_name = PurePath(name.replace("\\", "/")).name or "sheet"
    place = Place(file_name)
    if not file_name.lower().endswith(SHEET_SUFFIXES):
        return False, [str(problem(place, lang, "wrong_type"))]
    too_big = problem(place, lang, "too_big", limit=LARGEST_SHEET // 2**20)
    if len(content) > (LARGEST_SHEET + 2) // 3 * 4:  # base64's length: refused undecoded
        return False, [str(too_big)]
    try:
        raw = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        return False, [str(problem(place, lang, "unreadable"))]
    if len(raw) > LARGEST_SHEET:
        return False, [str(too_big)]
    chosen = kind if kind in KINDS else kind_named(PurePath(file_name).stem, sorted(KINDS))
    if chosen is None:  # on this page the kind is chosen from the list, not typed
        hint = text("import_choose_kind", lang)
        return False, [str(Problem(place.text(lang), say("no_kind", lang), hint=hint))]
    with tempfile.TemporaryDirectory(prefix="kazutb-import-") as folder:
        path = Path(folder) / file_name
        path.write_bytes(raw)
        try:
            written = import_sheet(path, chosen, data_dir, today, lang)
        except SheetError as exc:
            heading = say("refused", lang, count=len(exc.problems))
            return False, [heading, *(str(found) for found in exc.problems)]
    return True, [say("written", lang, path=relative, file=file_name) for relative in written]


def template_bytes(kind: str, lang: str, data_dir: Path | None = None) -> bytes:
    """A template whose lists name the records of `data_dir` (the desk's working copy)."""
    with tempfile.TemporaryDirectory(prefix="kazutb-template-") as folder:
        path = Path(folder) / f"{kind}.xlsx"
        write_template(kind, path, lang, data_dir)
        return path.read_bytes()
