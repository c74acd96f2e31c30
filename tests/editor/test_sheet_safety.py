"""An import takes only what the office sees, refuses two rows of one record, files past
the limits and files that are not sheets (a message, never a traceback), and writes data/
inside data/, all files or none, one import at a time."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml
from buildtools import REPO
from openpyxl import Workbook

from kazutb_transparency.core import datawrite
from kazutb_transparency.editor.import_page import LARGEST_SHEET, import_upload
from kazutb_transparency.editor.sheet_files import (
    MAX_CELL_CHARS,
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    MAX_ROWS,
)
from kazutb_transparency.editor.sheets import KINDS, SheetError, import_sheet

TODAY = date(2026, 11, 21)
YEAR = "2027-2028"
SCRIPT = REPO / "scripts" / "import_sheet.py"


def _codes(data: Path) -> list[str]:
    return [p.stem for p in sorted((data / "applicants" / "programmes").glob("*.yaml"))]


def _programme(data: Path, code: str) -> Path:
    return data / "applicants" / "programmes" / f"{code}.yaml"


def _fees(data: Path, code: str, year: str = YEAR) -> list[dict]:
    figures = yaml.safe_load(_programme(data, code).read_text("utf-8"))
    return next(t for t in figures["tuition"] if t["academic_year"] == year)["fees"]


def _row(code: str, fee: object, language: str = "kk", year: str = YEAR) -> list:
    return [code, year, None, "full-time", language, fee, "placeholder",
            "Үлгі деректер", "Образец данных", "Sample data"]  # fmt: skip


def _book(path: Path, rows: list[list], title: str = "Fees") -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(KINDS["fees"].columns())
    for row in rows:
        sheet.append(row)
    book.save(path)
    return book


def _refused(path: Path, data: Path, lang: str = "en", kind: str = "fees") -> str:
    with pytest.raises(SheetError) as refused:
        import_sheet(path, kind, data, TODAY, lang)
    return "\n".join(str(p) for p in refused.value.problems)


def _snapshot(data: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()
    }


# --- what the office cannot see -------------------------------------------------------------


def test_a_hidden_row_holding_values_is_refused(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    before = _snapshot(data)
    path = tmp_path / "fees.xlsx"
    book = _book(path, [_row(code, 1_150_000), _row(code, 1_250_000, "ru")])
    book.active.row_dimensions[3].hidden = True
    book.save(path)
    message = _refused(path, data)
    assert message.startswith("fees.xlsx, sheet 'Fees', row 3: the row is hidden")
    assert "unhide it" in message and "or delete it" in message
    assert _snapshot(data) == before


def test_a_hidden_column_holding_values_is_refused_in_russian(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    path = tmp_path / "fees.xlsx"
    book = _book(path, [_row(_codes(data)[0], 1_150_000)])
    book.active.column_dimensions["J"].hidden = True  # source_en
    book.save(path)
    message = _refused(path, data, "ru")
    assert message.startswith("fees.xlsx, лист «Fees»: столбец J скрыт, но в нём есть значения")
    assert "покажите столбец" in message


def test_hidden_empty_rows_and_columns_are_no_matter(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    path = tmp_path / "fees.xlsx"
    book = _book(path, [_row(code, 1_150_000)])
    book.active.column_dimensions["L"].hidden = True
    book.active.row_dimensions[5].hidden = True
    book.save(path)
    import_sheet(path, "fees", data, TODAY, "en")
    assert [f["fee"] for f in _fees(data, code)] == [1_150_000]


def test_the_first_visible_sheet_is_read_never_a_hidden_one(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    path = tmp_path / "fees.xlsx"
    book = _book(path, [_row(code, 999_000)], title="Old")
    book.active.sheet_state = "hidden"
    visible = book.create_sheet("Fees")
    visible.append(KINDS["fees"].columns())
    visible.append(_row(code, 1_150_000))
    book.save(path)
    import_sheet(path, "fees", data, TODAY, "en")
    assert [f["fee"] for f in _fees(data, code)] == [1_150_000]


def _rewritten(path: Path, member: str, change: Callable[[str], str]) -> None:
    """The XLSX with one part's text changed (what openpyxl will not write)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)


def test_a_file_of_hidden_sheets_only_is_refused(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    path = tmp_path / "fees.xlsx"
    _book(path, [_row(_codes(data)[0], 1_150_000)])
    _rewritten(path, "xl/workbook.xml", lambda x: x.replace('state="visible"', 'state="hidden"'))
    assert _refused(path, data) == (
        "fees.xlsx: every sheet of the file is hidden — unhide the sheet with the data "
        "(right-click a sheet's tab → Unhide)"
    )


_ODF = 'xmlns:{0}="urn:oasis:names:tc:opendocument:xmlns:{0}:1.0"'
_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def _ods(path: Path, rows: list[list], hidden_row: int | None, hidden_column: int | None) -> None:
    """An ODS of one sheet; the row and column (from 0) marked as LibreOffice hides them."""

    def cell(value: object) -> str:
        if value is None:
            return "<table:table-cell/>"
        kind = "float" if isinstance(value, int) else "string"
        shown = f' office:value="{value}"' if kind == "float" else ""
        return (f'<table:table-cell office:value-type="{kind}"{shown}><text:p>{value}</text:p>'
                "</table:table-cell>")  # fmt: skip

    collapse, filtered = ' table:visibility="collapse"', ' table:visibility="filter"'
    columns = "".join(
        f"<table:table-column{collapse if c == hidden_column else ''}/>"
        for c in range(len(rows[0]))
    )
    body = "".join(
        f"<table:table-row{filtered if r == hidden_row else ''}>"
        + "".join(cell(v) for v in row)
        + "</table:table-row>"
        for r, row in enumerate(rows)
    )
    spaces = " ".join(_ODF.format(ns) for ns in ("office", "text", "table"))
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {spaces} '
        'office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Fees">'
        f"{columns}{body}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", _ODS)  # stored, first, as ODF wants
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def test_an_ods_hides_nothing_either(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    rows = [KINDS["fees"].columns(), _row(code, 1_150_000), _row(code, 1_250_000, "ru")]
    path = tmp_path / "fees.ods"
    _ods(path, rows, hidden_row=2, hidden_column=None)
    assert _refused(path, data).startswith("fees.ods, sheet 'Fees', row 3: the row is hidden")
    _ods(path, rows, hidden_row=None, hidden_column=5)
    assert _refused(path, data).startswith("fees.ods, sheet 'Fees': column F is hidden")
    _ods(path, rows, hidden_row=None, hidden_column=None)
    import_sheet(path, "fees", data, TODAY, "en")
    assert [f["fee"] for f in _fees(data, code)] == [1_150_000, 1_250_000]


# --- two rows of one record -------------------------------------------------------------------


def test_two_fees_of_one_record_are_refused_naming_both_rows(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    before = _snapshot(data)
    path = tmp_path / "fees.xlsx"
    _book(path, [_row(code, 1_150_000), _row(code, 1_200_000, "ru"), _row(code, 1_250_000)])
    assert _refused(path, data) == (
        "fees.xlsx, sheet 'Fees', row 4: this row and row 2 give the same programme, "
        "academic_year, year_of_study, form, language with different values — keep only the "
        "right one of the two rows"
    )
    assert _snapshot(data) == before


def test_a_row_pasted_twice_is_refused_in_kazakh(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    path = tmp_path / "fees.xlsx"
    _book(path, [_row(code, 1_150_000), _row(code, 1_150_000)])
    message = _refused(path, data, "kk")
    assert message.startswith("fees.xlsx, «Fees» парағы, 3-жол: бұл жол 2-жолды толық қайталайды")


# --- limits -------------------------------------------------------------------------------------


def _bomb(path: Path, size: int) -> None:
    """An XLSX-named zip with one part of `size` zero bytes (written a piece at a time)."""
    piece = bytes(1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part,
    ):
        for _ in range(size // len(piece)):
            part.write(piece)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    work_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = work_copy / "data"
    path = tmp_path / "fees.xlsx"
    _bomb(path, 300 * 1024 * 1024)
    assert path.stat().st_size < 2 * 1024 * 1024
    # Refused from the sizes the archive declares: no part of it is ever unpacked (how
    # fast that is belongs to a benchmark, not to a test).
    opened: list[str] = []
    real_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda self, name, *a, **k: opened.append(str(name)) or real_open(self, name, *a, **k),
    )
    message = _refused(path, data)
    assert not any(name.endswith(".xml") and "sheet" in name for name in opened), opened
    assert message.startswith("fees.xlsx: the file's contents unpack to more than 200 MB")


def test_a_part_packed_too_tightly_is_refused(work_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "fees.xlsx"
    _bomb(path, 60 * 1024 * 1024)
    message = _refused(path, work_copy / "data")
    assert "xl/worksheets/sheet1.xml unpacks to more than 200 times its size" in message


def _csv(path: Path, rows: list[str]) -> None:
    header = "process;indicator;period;value;unit;target;better;source;provenance"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


MEASURED = "2;2;{period};93,5;percent;90;higher;unit:strategic-development;placeholder"


def test_a_sheet_past_the_rows_limit_is_refused(work_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "measurements.csv"
    _csv(path, [MEASURED.format(period=2026)] * MAX_ROWS)  # the heading makes 20,001
    message = _refused(path, work_copy / "data", kind="measurements")
    assert message.startswith(
        "measurements.csv, sheet 'measurements', row 20001: the sheet has more than 20000 rows"
    )


def test_a_sheet_past_the_columns_limit_is_refused(work_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "measurements.csv"
    _csv(path, [MEASURED.format(period=2026) + ";x" * (MAX_COLUMNS - 8)])
    message = _refused(path, work_copy / "data", kind="measurements")
    assert "row 2, column GS: the sheet has more than 200 columns (values right of column GR)" in (
        message
    )


def test_a_cell_past_the_length_limit_is_refused(work_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "measurements.csv"
    _csv(path, [MEASURED.format(period="x" * (MAX_CELL_CHARS + 1))])
    message = _refused(path, work_copy / "data", "ru", kind="measurements")
    assert message.startswith(
        "measurements.csv, лист «measurements», строка 2, столбец C: в ячейке больше 10000 символов"
    )


def test_a_file_past_the_size_limit_is_refused_unread(work_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "fees.csv"
    with path.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    assert _refused(path, work_copy / "data").startswith("fees.csv: the file is larger than 20 MB")
    content = base64.b64encode(bytes(LARGEST_SHEET + 1)).decode()
    imported, lines = import_upload("fees.xlsx", content, "fees", work_copy / "data", TODAY, "en")
    assert not imported and lines[0].startswith("fees.xlsx: the file is larger than 20 MB")


# --- files that are not sheets -------------------------------------------------------------------


def _xxe(path: Path) -> None:
    _book(path, [["x"]])
    entity = ('<!DOCTYPE r [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
              '<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')  # fmt: skip
    _rewritten(path, "xl/worksheets/sheet1.xml", lambda x: entity + x)


WRONG = {  # file name, how it is made, what the answer says (in English)
    "old.xls": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0" + bytes(600)), "not an Excel (.xlsx)"),
    "text.xlsx": (lambda p: p.write_text("just text"), "the file does not open"),
    "empty.xlsx": (lambda p: p.write_bytes(b""), "the file does not open"),
    "missing.xlsx": (lambda p: None, "no such file"),
    "folder.xlsx": (lambda p: p.mkdir(), "this is a folder, not a file"),
    "bytes.csv": (lambda p: p.write_bytes(b"fee;\x98\xff\xfe\x81\n"), "encoding is not recognised"),
    "xxe.xlsx": (_xxe, "part xl/worksheets/sheet1.xml declares a DOCTYPE"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_file_is_said_so(name: str, work_copy: Path, tmp_path: Path) -> None:
    make, said = WRONG[name]
    path = tmp_path / name
    make(path)
    message = _refused(path, work_copy / "data")
    assert message.startswith(f"{name}: ") and said in message


@pytest.mark.parametrize("encoding", ["utf-16", "cp1251"])
def test_a_csv_as_excel_saves_it_is_read(encoding: str, work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    path = tmp_path / "measurements.csv"
    text = "Процесс;Показатель;Период;Значение;Ед. изм.;Целевое значение;Что лучше;" + (
        "Источник значения;Статус данных\r\n2;2;2026;93,5;процент;90;выше;"
        "unit:strategic-development;образец\r\n"
    )
    path.write_bytes(text.encode(encoding))
    assert import_sheet(path, "measurements", data, TODAY, "ru") == ["processes/measurements.csv"]


@pytest.mark.parametrize("name", [*sorted(WRONG), None])
def test_the_command_answers_a_wrong_file_without_a_traceback(
    name: str | None, work_copy: Path, tmp_path: Path
) -> None:
    args = []
    if name is not None:
        make, _said = WRONG[name]
        make(tmp_path / name)
        args = [str(tmp_path / name), "--kind", "fees"]
    result = subprocess.run(
        [sys.executable, str(SCRIPT), *args, "--lang", "kk", "--data", str(work_copy / "data")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    heading, *problems = result.stderr.splitlines()
    assert heading.startswith("Табылған қате саны: 1.") and len(problems) == 1
    assert problems[0].startswith(f"  - {name or 'import_sheet.py'}: ")


# --- writing -----------------------------------------------------------------------------------


@pytest.mark.parametrize("dangling", [False, True])
def test_a_link_in_data_is_never_followed(dangling: bool, work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    target = _programme(data, code)
    outside = tmp_path / "outside.yaml"
    if not dangling:
        outside.write_bytes(target.read_bytes())
    target.unlink()
    target.symlink_to(outside)
    path = tmp_path / "fees.xlsx"
    _book(path, [_row(code, 1_150_000)])
    message = _refused(path, data)
    assert message.startswith(
        f"fees.xlsx: data/applicants/programmes/{code}.yaml is a symbolic link"
    )
    assert outside.exists() is not dangling
    if not dangling:
        assert b"1150000" not in outside.read_bytes()
    assert target.is_symlink()


def test_a_linked_folder_in_data_is_never_followed(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    outside = tmp_path / "outside"
    (data / "processes").rename(outside)
    (data / "processes").symlink_to(outside)
    before = (outside / "measurements.csv").read_bytes()
    path = tmp_path / "measurements.csv"
    _csv(path, [MEASURED.format(period=2026)])
    assert "data/processes/measurements.csv is a symbolic link" in _refused(
        path, data, kind="measurements"
    )
    assert (outside / "measurements.csv").read_bytes() == before


def test_two_imports_at_once_both_take_effect(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _codes(data)[0]
    for attempt in range(20):
        books = []
        for year, fee in (("2027-2028", 1_000_000), ("2028-2029", 2_000_000)):
            path = tmp_path / f"fees-{year}.xlsx"
            _book(path, [_row(code, fee + attempt, year=year)])
            books.append(path)
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def run(path: Path, start: threading.Barrier = start, errors: list = errors) -> None:
            start.wait()
            try:
                import_sheet(path, "fees", data, TODAY, "en")
            except BaseException as exc:  # said by the assertion below, not lost in the thread
                errors.append(exc)

        threads = [threading.Thread(target=run, args=(b,)) for b in books]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert _fees(data, code, "2027-2028")[0]["fee"] == 1_000_000 + attempt, attempt
        assert _fees(data, code, "2028-2029")[0]["fee"] == 2_000_000 + attempt, attempt
    assert (work_copy / ".cache" / "data.lock").exists()


def test_a_failed_rename_leaves_every_file_as_it_was(
    work_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = work_copy / "data"
    first, second = _codes(data)[:2]
    before = _snapshot(data)
    path = tmp_path / "fees.xlsx"
    _book(path, [_row(first, 1_150_000), _row(second, 1_250_000)])
    calls = []
    replace = os.replace

    def failing(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        replace(source, target)

    monkeypatch.setattr(datawrite.os, "replace", failing)
    message = _refused(path, data)
    assert message == (
        "fees.xlsx: data/ could not be written (No space left on device); nothing was changed "
        "— check the free disk space and the right to write to the folder, then import again"
    )
    assert len(calls) == 3  # the first file renamed, the second refused, the first put back
    assert _snapshot(data) == before, "the first file is as it was, and nothing is left beside"
