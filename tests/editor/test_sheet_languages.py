"""Sheets as offices keep them: headings in Kazakh, Russian or English written their own
way, a title (merged across the columns), blank and instruction rows above the table, a row
numbering the columns, XLSX, ODS and CSV as Excel saves it in a Kazakh or Russian Windows;
templates in each language that come back as they are; answers in the office's language
naming the sheet, the row and the column as the office sees them."""

from __future__ import annotations

import runpy
import subprocess
import sys
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import yaml
from buildtools import REPO
from openpyxl import Workbook, load_workbook

from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.editor.checks import check_text
from kazutb_transparency.editor.sheet_text import T
from kazutb_transparency.editor.sheet_vocabulary import column_of, heading, kind_named, normal
from kazutb_transparency.editor.sheets import KINDS, SheetError, import_sheet, write_template

TODAY = date(2026, 11, 21)
YEAR = "2027-2028"


def _code(data: Path) -> str:
    return sorted((data / "applicants" / "programmes").glob("*.yaml"))[0].stem


def _tuition(data: Path, code: str) -> dict:
    figures = yaml.safe_load(
        (data / "applicants" / "programmes" / f"{code}.yaml").read_text("utf-8")
    )
    return next(t for t in figures["tuition"] if t["academic_year"] == YEAR)


def _spellings(column: str) -> list[str]:
    texts = T[f"column.{column}"], T[f"aliases.{column}"]
    return [column] + [
        part.strip() for lang in LANGUAGES for text in texts for part in text[lang].split("|")
    ]


# --- headings ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_heading_of_every_language_names_one_column(kind: str) -> None:
    """No spelling in any language is claimed by two columns of a kind."""
    wrong = [
        (spelling, column, column_of(KINDS[kind], spelling))
        for column in KINDS[kind].columns()
        for spelling in _spellings(column)
        if column_of(KINDS[kind], spelling) != column
    ]
    assert not wrong


@pytest.mark.parametrize(
    ("kind", "written", "column"),
    [
        # Kazakh
        ("fees", "Оқу ақысы (₸)", "fee"),
        ("fees", "ТӨЛЕМ:", "fee"),
        ("fees", "  Оқу   ақысы, теңге ", "fee"),
        ("fees", "Бағдарлама коды", "programme"),
        ("fees", "Оқу жылы:", "academic_year"),
        ("fees", "Курс", "year_of_study"),
        ("fees", "Оқыту тілі*", "language"),
        ("fees", "Дереккөз (қазақша)", "source_kk"),
        ("fees", "Дерек көзі (орысша)", "source_ru"),
        ("students", "Білім алушылар саны", "count"),
        ("places", "Ең төмен балл", "min_score"),
        ("staff", "Ғылыми дәрежесі барлар", "with_degree"),
        ("measurements", "Өлшем бірлігі", "unit"),
        ("measurements", "Дереккөз", "source"),
        # Russian
        ("fees", "Стоимость, тг.", "fee"),
        ("fees", "Стоимость обучения (тенге)", "fee"),
        ("fees", "Учебный  год", "academic_year"),
        ("fees", "Год обучения", "year_of_study"),
        ("fees", "Форма обучения:", "form"),
        ("fees", "Источник (каз.)", "source_kk"),
        ("fees", "Статус данных", "provenance"),
        ("students", "Контингент", "count"),
        ("graduates", "Число трудоустроенных", "employed"),
        ("places", "Мин. балл", "min_score"),
        ("staff", "С ученой степенью", "with_degree"),
        ("measurements", "Ед. изм.", "unit"),
        ("measurements", "Лучше, когда", "better"),
        # English
        ("fees", "Fee [KZT]", "fee"),
        ("fees", "TUITION FEE", "fee"),
        ("fees", "academic_year", "academic_year"),
        ("fees", "Academic year:", "academic_year"),
        ("fees", "Source (Kazakh)", "source_kk"),
        ("fees", "source_en", "source_en"),
        ("places", "Fee-paying places", "paid_places"),
        ("measurements", "Unit of measure", "unit"),
    ],
)
def test_headings_are_read_in_each_language(kind: str, written: str, column: str) -> None:
    assert column_of(KINDS[kind], written) == column


def test_a_heading_of_another_kind_is_not_taken() -> None:
    assert column_of(KINDS["fees"], "Студенттер саны") is None
    assert column_of(KINDS["fees"], "Дереккөз") is None  # which language's source?
    assert normal("  Ед. изм.: ") == "ед изм"


@pytest.mark.parametrize(
    ("name", "kind"),
    [("fees-2027.xlsx", "fees"), ("Оқу ақысы 2027.xlsx", "fees"),
     ("Стоимость обучения.csv", "fees"), ("Түлектер 2026.ods", "graduates")],
)  # fmt: skip
def test_the_kind_is_read_from_the_files_name(name: str, kind: str) -> None:
    assert kind_named(name, sorted(KINDS)) == kind


# --- XLSX as an office keeps it ------------------------------------------------------------

KAZAKH_HEADINGS = ["№", "Бағдарлама коды", "Оқу жылы", "Курс", "Оқу нысаны", "Оқыту тілі",
                   "Төлем (₸)", "Деректің мәртебесі", "Дереккөз (қазақша)",
                   "Дереккөз (орысша)", "Дереккөз (ағылшынша)"]  # fmt: skip


def _kazakh_book(path: Path, rows: list[list], hidden_first: bool = False) -> None:
    """A title merged across the table, a blank row, a note, the headings on row 4, a row
    numbering the columns, then the data (row 6 on)."""
    book = Workbook()
    if hidden_first:
        book.active.title = "Ескі"
        book.active.append(["бұл парақ жасырылған"])
        book.active.sheet_state = "hidden"
        sheet = book.create_sheet("Оқу ақысы")
    else:
        sheet = book.active
        sheet.title = "Оқу ақысы"
    sheet.append([f"{YEAR} оқу жылындағы оқу ақысы"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(KAZAKH_HEADINGS))
    sheet.append([])
    sheet.append(["Барлық сомалар теңгемен берілген"])
    sheet.append(KAZAKH_HEADINGS)
    sheet.append(list(range(1, len(KAZAKH_HEADINGS) + 1)))
    for number, row in enumerate(rows, start=1):
        sheet.append([number, *row])
    book.save(path)


def _kazakh_row(code: str, fee, language: str = "қазақ") -> list:
    return [code, "2027–2028", 1, "күндізгі", language, fee, "placeholder",
            "Үлгі деректер", "Образец данных", None]  # fmt: skip


def test_a_kazakh_fees_sheet_with_a_merged_title_imports(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "Оқу ақысы.xlsx"
    cyrillic = code.replace("B", "В")  # a Cyrillic В typed for the Latin B
    _kazakh_book(book, [_kazakh_row(cyrillic, 1_150_000), _kazakh_row(code, 1_200_000, "орысша")])
    assert import_sheet(book, "fees", data, TODAY) == [f"applicants/programmes/{code}.yaml"]
    year = _tuition(data, code)
    assert [(f["language"], f["form"], f["fee"]) for f in year["fees"]] == [
        ("kk", "full-time", 1_150_000),
        ("ru", "full-time", 1_200_000),
    ]
    assert year["source"] == {"kk": "Үлгі деректер", "ru": "Образец данных"}
    path = data / "applicants" / "programmes" / f"{code}.yaml"
    assert check_text(data, f"applicants/programmes/{code}.yaml", path.read_text("utf-8")) == []


def test_a_hidden_sheet_is_passed_over(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "fees.xlsx"
    _kazakh_book(book, [_kazakh_row(code, 1_150_000)], hidden_first=True)
    import_sheet(book, "fees", data, TODAY)
    assert _tuition(data, code)["fees"][0]["fee"] == 1_150_000


def test_a_kazakh_problem_names_the_row_as_the_sheet_numbers_it(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "fees.xlsx"
    _kazakh_book(book, [_kazakh_row(code, 1_150_000), _kazakh_row(code, "1 150 000 ₸")])
    with pytest.raises(SheetError) as refused:
        import_sheet(book, "fees", data, TODAY)
    (problem,) = refused.value.problems
    assert str(problem).startswith("fees.xlsx, «Оқу ақысы» парағы, 7-жол, G бағаны («Төлем (₸)»): ")
    assert "мысалы 1150000" in str(problem)


# --- messages in Russian ---------------------------------------------------------------------

RUSSIAN_HEADINGS = ["Код программы", "Учебный год", "Курс", "Форма обучения", "Язык обучения",
                    "Стоимость, тг", "Статус данных", "Источник (каз.)", "Источник (рус.)",
                    "Источник (англ.)"]  # fmt: skip


def _russian_book(path: Path, headings: list[str], rows: list[list]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Стоимость"
    sheet.append(["Стоимость обучения на 2027-2028 учебный год"])
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    book.save(path)


def _russian_row(code: str, fee, form: str = "очная") -> list:
    return [code, YEAR, None, form, "русский", fee, "образец", "Үлгі деректер", None, None]


def test_russian_messages_name_the_sheet_row_and_column(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "fees.xlsx"
    rows = [_russian_row(code, 1_150_000), _russian_row(code, -5), _russian_row(code, 9, "Очно")]
    _russian_book(book, RUSSIAN_HEADINGS, rows)
    with pytest.raises(SheetError) as refused:
        import_sheet(book, "fees", data, TODAY, "ru")
    negative, form = (str(p) for p in refused.value.problems)
    assert negative == (
        "fees.xlsx, лист «Стоимость», строка 4, столбец F («Стоимость, тг»): стоимость обучения "
        "не может быть отрицательной (-5) — укажите стоимость целым числом не меньше 0"
    )
    assert form.startswith("fees.xlsx, лист «Стоимость», строка 5, столбец D («Форма обучения»): ")
    assert "«Очно» нет в списке этого столбца" in form and "Очная форма обучения" in form


def test_russian_messages_name_the_headings_to_fix(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    headings = [*RUSSIAN_HEADINGS[:5], "Сумма оплаты", "Статус", "Статус данных",
                *RUSSIAN_HEADINGS[7:]]  # fmt: skip
    book = tmp_path / "fees.xlsx"
    _russian_book(book, headings, [_russian_row(_code(data), 1_150_000)])
    with pytest.raises(SheetError) as refused:
        import_sheet(book, "fees", data, TODAY, "ru")
    unknown, repeated, missing = (str(p) for p in refused.value.problems)
    assert unknown.startswith(
        "fees.xlsx, лист «Стоимость», строка 2, столбец F («Сумма оплаты»): название столбца не "
        "распознано — переименуйте столбец, выбрав одно из названий: Код образовательной программы;"
    )
    assert repeated.startswith("fees.xlsx, лист «Стоимость», строка 2, столбец H («Статус данных»)")
    assert "повторяет столбец G" in repeated
    assert missing.startswith(
        "fees.xlsx, лист «Стоимость», строка 2: в таблице нет столбцов: Стоимость обучения (тенге)"
    )
    assert "--template fees fees.xlsx --lang ru" in missing


# --- CSV as Excel saves it -------------------------------------------------------------------

RUSSIAN_MEASUREMENTS = (
    "Измерения показателей за 2026 год;;;;;;;;\r\n"
    ";;;;;;;;\r\n"
    "Процесс;Показатель;Период;Значение;Ед. изм.;Целевое значение;Что лучше;"
    "Источник значения;Статус данных\r\n"
    "2;2;2026;93,5;процент;90;выше;unit:strategic-development;образец\r\n"
)


def test_a_russian_windows_1251_csv_imports(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    sheet = tmp_path / "measurements.csv"
    sheet.write_bytes(RUSSIAN_MEASUREMENTS.encode("cp1251"))
    import_sheet(sheet, "measurements", data, TODAY, "ru")
    text = (data / "processes" / "measurements.csv").read_text("utf-8")
    assert "2,2,2026,93.5,percent,90,higher,unit:strategic-development,placeholder" in text
    assert check_text(data, "processes/measurements.csv", text) == []


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_a_csv_in_unicode_imports(encoding: str, work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    sheet = tmp_path / "measurements.csv"
    sheet.write_bytes(RUSSIAN_MEASUREMENTS.replace(";", "\t").encode(encoding))
    import_sheet(sheet, "measurements", data, TODAY, "ru")
    text = (data / "processes" / "measurements.csv").read_text("utf-8")
    assert "2,2,2026,93.5,percent,90,higher,unit:strategic-development,placeholder" in text


def test_a_csv_problem_counts_the_title_rows(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    sheet = tmp_path / "measurements.csv"
    sheet.write_bytes(RUSSIAN_MEASUREMENTS.replace("93,5", "много").encode("cp1251"))
    with pytest.raises(SheetError) as refused:
        import_sheet(sheet, "measurements", data, TODAY, "ru")
    (problem,) = refused.value.problems
    assert str(problem).startswith(
        "measurements.csv, лист «measurements», строка 4, столбец D («Значение»): не число: «много»"
    )


# --- ODS ---------------------------------------------------------------------------------------

_ODF = 'xmlns:{0}="urn:oasis:names:tc:opendocument:xmlns:{0}:1.0"'
_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def _ods_cell(value: object) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, tuple):  # ("=", shown value): a formula
        return (f'<table:table-cell table:formula="of:=1000*{value[1] // 1000}" '
                f'office:value-type="float" office:value="{value[1]}"><text:p>{value[1]}'
                "</text:p></table:table-cell>")  # fmt: skip
    if isinstance(value, int | float):
        return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                f"<text:p>{value}</text:p></table:table-cell>")  # fmt: skip
    return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
            "</text:p></table:table-cell>")  # fmt: skip


def _ods(path: Path, sheets: list[tuple[str, list[list], bool]], span: int) -> None:
    """An OpenDocument spreadsheet as LibreOffice writes one: a hidden sheet is a table of
    a style with table:display="false"; the first row of each sheet is a title merged over
    `span` columns."""
    body = ""
    for name, rows, hidden in sheets:
        style = ' table:style-name="hidden"' if hidden else ""
        title, *rest = rows
        merged = (f'<table:table-row><table:table-cell table:number-columns-spanned="{span}" '
                  f'office:value-type="string"><text:p>{escape(title[0])}</text:p>'
                  f"</table:table-cell>{'<table:covered-table-cell/>' * (span - 1)}"
                  "</table:table-row>")  # fmt: skip
        cells = "".join(
            "<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
            for row in rest
        )
        body += f'<table:table table:name="{escape(name)}"{style}>{merged}{cells}</table:table>'
    spaces = " ".join(_ODF.format(ns) for ns in ("office", "style", "text", "table"))
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {spaces} '
        'office:version="1.2"><office:automatic-styles><style:style style:name="hidden" '
        'style:family="table"><style:table-properties table:display="false"/></style:style>'
        "</office:automatic-styles><office:body><office:spreadsheet>"
        f"{body}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{_ODS}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), _ODS)  # stored, first, as ODF wants
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)


def _ods_fees(path: Path, code: str, fee: object) -> None:
    headings = ["Programme code", "Оқу жылы", "Year of study", "Form of study", "Язык обучения",
                "Fee (₸)", "Provenance", "Source (Kazakh)", "Source (Russian)",
                "Source (English)"]  # fmt: skip
    rows = [["Tuition fees"], [None], headings,
            [code, YEAR, 2, "full-time", "en", fee, "placeholder", "Үлгі деректер", None,
             "Sample data"]]  # fmt: skip
    _ods(path, [("Old", [["hidden"], ["x"]], True), ("Fees", rows, False)], len(headings))


def test_an_ods_sheet_imports(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    code = _code(data)
    sheet = tmp_path / "fees.ods"
    _ods_fees(sheet, code, 1_300_000)
    import_sheet(sheet, "fees", data, TODAY, "en")
    (fee,) = _tuition(data, code)["fees"]
    assert fee == {"year_of_study": 2, "form": "full-time", "language": "en", "fee": 1_300_000}


def test_a_formula_in_an_ods_is_refused_with_its_cell(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    sheet = tmp_path / "fees.ods"
    _ods_fees(sheet, _code(data), ("=", 1_300_000))
    with pytest.raises(SheetError) as refused:
        import_sheet(sheet, "fees", data, TODAY, "en")
    (problem,) = refused.value.problems
    assert str(problem) == (
        "fees.ods, sheet 'Fees', row 4, column F (Fee (₸)): a formula, not a value — copy the "
        "cells and paste the values only (Paste special → Values)"
    )


# --- templates ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_filled_template_imports_in_each_language(
    lang: str, work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    code = _code(data)
    out = tmp_path / f"fees-{lang}.xlsx"
    write_template("fees", out, lang)
    book = load_workbook(out)
    sheet = book.worksheets[0]
    values = {"programme": code, "academic_year": YEAR, "year_of_study": 3, "form": "full-time",
              "language": "kk", "fee": 1_250_000, "provenance": "placeholder",
              "source_kk": "Үлгі деректер"}  # fmt: skip
    for index, column in enumerate(KINDS["fees"].columns(), start=1):
        sheet.cell(row=2, column=index, value=values.get(column))
    book.save(out)
    import_sheet(out, "fees", data, TODAY, lang)
    (fee,) = _tuition(data, code)["fees"]
    assert fee == {"year_of_study": 3, "form": "full-time", "language": "kk", "fee": 1_250_000}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_template_says_how_to_fill_it_in_its_language(lang: str, tmp_path: Path) -> None:
    out = tmp_path / "staff.xlsx"
    write_template("staff", out, lang)
    book = load_workbook(out)
    assert [s.title for s in book.worksheets] == [
        T["kind.staff"][lang],
        T["instructions_sheet"][lang],
    ]
    notes = [row[0] for row in book.worksheets[1].iter_rows(values_only=True)]
    assert T["instructions_rows"][lang] in notes
    assert heading("with_degree", lang) in notes
    comment = book.worksheets[0]["D1"].comment.text
    assert comment.casefold() == T["about.with_degree"][lang].casefold()


# --- the command -----------------------------------------------------------------------------


def test_the_command_answers_in_russian_without_a_traceback(
    work_copy: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "fees.xlsx"
    broken.write_bytes(b"not a workbook")
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "import_sheet.py"), str(broken), "--lang", "ru",
         "--data", str(work_copy / "data")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "Найдено ошибок: 1. Ничего не загружено:" in result.stderr
    assert "fees.xlsx: файл не открывается" in result.stderr


def _command() -> Callable[[list[str]], int]:
    return runpy.run_path(str(REPO / "scripts" / "import_sheet.py"))["main"]


def test_the_command_guesses_the_kind_from_a_kazakh_name(
    work_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = work_copy / "data"
    code = _code(data)
    book = tmp_path / "Оқу ақысы 2027.xlsx"
    _kazakh_book(book, [_kazakh_row(code, 1_150_000)])
    assert _command()([str(book), "--data", str(data)]) == 0
    assert f"data/applicants/programmes/{code}.yaml: Оқу ақысы 2027.xlsx файлынан жаңартылды" in (
        capsys.readouterr().out
    )


@pytest.mark.parametrize(
    ("out", "message"),
    [("fees.ods", "шаблон записывается только как файл .xlsx"),
     ("no-such-folder/fees.xlsx", "не удалось записать файл")],
)  # fmt: skip
def test_a_template_that_cannot_be_written_is_said_so(
    out: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _command()(["--template", "fees", str(tmp_path / out), "--lang", "ru"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Найдено ошибок: 1. Шаблон не сохранён:") and message in err


def test_what_the_measurements_file_refuses_is_said_at_the_sheets_cell(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    sheet = tmp_path / "measurements.csv"
    too_much = RUSSIAN_MEASUREMENTS.replace("93,5", "193,5").replace(";2;2026", ";99;2026")
    sheet.write_bytes(too_much.encode("cp1251"))
    with pytest.raises(SheetError) as refused:
        import_sheet(sheet, "measurements", data, TODAY, "kk")
    indicator, value = (str(p) for p in refused.value.problems)
    assert indicator.startswith(
        "measurements.csv, «measurements» парағы, 4-жол, B бағаны («Показатель»): "
        "жол деректер ережесіне сай емес: process 2 has no key indicator '99'"
    )
    assert value.startswith("measurements.csv, «measurements» парағы, 4-жол, D бағаны («Значение»)")


def test_a_row_given_twice_is_refused_not_overwritten(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    sheet = tmp_path / "measurements.csv"
    twice = RUSSIAN_MEASUREMENTS + RUSSIAN_MEASUREMENTS.splitlines(keepends=True)[-1]
    sheet.write_bytes(twice.replace("93,5;", "94;", 1).encode("cp1251"))
    with pytest.raises(SheetError) as refused:
        import_sheet(sheet, "measurements", data, TODAY, "ru")
    (problem,) = refused.value.problems
    assert str(problem) == (
        "measurements.csv, лист «measurements», строка 5, столбец C («Период»): строка повторяет "
        "строку 4: совпадают процесс, показатель и период — оставьте только одну из двух строк"
    )
