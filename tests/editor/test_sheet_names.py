"""A faculty, programme, form of study, language or data state written by its name in
Kazakh, Russian or English (as offices know them), read as the code the data keeps; the
templates listing those names; a name that is no record's, or two records', refused
with the names to write (editor/sheet_names.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from openpyxl import Workbook, load_workbook

from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.editor.sheet_vocabulary import heading
from kazutb_transparency.editor.sheets import KINDS, SheetError, import_sheet, write_template

TODAY = date(2026, 11, 21)
YEAR = "2027-2028"
PROGRAMME, FACULTY = "6B04105", "economics-business"


def _yaml(path: Path) -> object:
    return yaml.safe_load(path.read_text("utf-8"))


def _named(data: Path, relative: str, key: str, code: str) -> dict[str, str]:
    """The record's name in each language, as data/ gives it."""
    path = data / relative
    records = [_yaml(path)] if path.suffix else [_yaml(p) for p in path.glob("*.yaml")]
    records = records if not isinstance(records[0], list) else records[0]
    return next(r["name"] for r in records if r[key] == code)


def _sheet(path: Path, kind: str, lang: str, rows: list[dict[str, object]]) -> None:
    """A sheet of the kind headed in `lang`, one row per {column: value}."""
    book = Workbook()
    sheet = book.active
    columns = KINDS[kind].columns()
    sheet.append([heading(c, lang) for c in columns])
    for row in rows:
        sheet.append([row.get(c) for c in columns])
    book.save(path)


def _fees(data: Path) -> list[dict]:
    figures = _yaml(data / "applicants" / "programmes" / f"{PROGRAMME}.yaml")
    return next(t for t in figures["tuition"] if t["academic_year"] == YEAR)["fees"]


def _staff(data: Path) -> dict:
    return next(s for s in _yaml(data / "applicants" / "staff.yaml")
                if s["academic_year"] == YEAR)  # fmt: skip


FEE_CODES = {"programme": PROGRAMME, "academic_year": YEAR, "year_of_study": 2,
             "form": "full-time", "language": "kk", "fee": 1_300_000,
             "provenance": "placeholder", "source_kk": "Үлгі деректер"}  # fmt: skip
STAFF_CODES = {"faculty": FACULTY, "academic_year": YEAR, "headcount": 40, "with_degree": 20,
               "provenance": "placeholder", "source_kk": "Үлгі деректер"}  # fmt: skip
# The language and the data's state as an office types them (the forms' and programmes'
# names are read from data/ below).
KAZAKH = {"kk": "  ҚАЗАҚ  тілі ", "ru": "Казахский", "en": "kazakh"}
SAMPLE = {"kk": "үлгі (жарияланбайды)", "ru": "Образец (не публикуется)", "en": "sample"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_names_in_each_language_import_as_the_codes(
    lang: str, work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    form = _named(data, "disclosures/forms.yaml", "id", "full-time")[lang]
    programme = _named(data, "disclosures/programmes", "code", PROGRAMME)[lang]
    faculty = _named(data, "disclosures/faculties.yaml", "id", FACULTY)[lang]
    names = {"programme": programme.upper(), "form": f" {form} ", "language": KAZAKH[lang],
             "provenance": SAMPLE[lang]}  # fmt: skip
    _sheet(tmp_path / "codes.xlsx", "fees", lang, [FEE_CODES])
    import_sheet(tmp_path / "codes.xlsx", "fees", data, TODAY, lang)
    by_code = _fees(data)
    _sheet(tmp_path / "names.xlsx", "fees", lang, [FEE_CODES | names])
    import_sheet(tmp_path / "names.xlsx", "fees", data, TODAY, lang)
    assert (
        _fees(data)
        == by_code
        == [{"year_of_study": 2, "form": "full-time", "language": "kk", "fee": 1_300_000}]
    )
    _sheet(tmp_path / "staff.xlsx", "staff", lang, [STAFF_CODES | {"faculty": faculty}])
    import_sheet(tmp_path / "staff.xlsx", "staff", data, TODAY, lang)
    assert (_staff(data)["faculty"], _staff(data)["provenance"]) == (FACULTY, "placeholder")


def test_kazakh_letters_typed_on_a_russian_keyboard_are_read(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    typed = {"faculty": "Экономика жане бизнес факультети", "provenance": "расталган"}
    _sheet(tmp_path / "staff.xlsx", "staff", "kk", [STAFF_CODES | typed])
    import_sheet(tmp_path / "staff.xlsx", "staff", data, TODAY)
    assert (_staff(data)["faculty"], _staff(data)["provenance"]) == (FACULTY, "confirmed")


def _list_values(path: Path) -> dict[str, list[str]]:
    """Each validated column's heading → the names its dropdown offers."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    out: dict[str, list[str]] = {}
    for rule in sheet.data_validations.dataValidation:
        where, _, cells = rule.formula1.partition("!")
        lists = book[where.strip("'")]
        column = str(rule.sqref).split(":")[0].rstrip("0123456789")
        out[sheet[f"{column}1"].value] = [c.value for row in lists[cells.replace("$", "")]
                                          for c in row]  # fmt: skip
    return out


def test_a_kazakh_template_lists_kazakh_names_and_reimports_them(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    out = tmp_path / "staff.xlsx"
    write_template("staff", out, "kk", data)
    lists = _list_values(out)
    faculty = _named(data, "disclosures/faculties.yaml", "id", FACULTY)["kk"]
    assert faculty in lists[heading("faculty", "kk")]
    assert "расталған" in lists[heading("provenance", "kk")]
    assert not any("-" in name for name in lists[heading("faculty", "kk")])  # no ids
    fees = tmp_path / "fees.xlsx"
    write_template("fees", fees, "kk", data)
    fee_lists = _list_values(fees)
    form = _named(data, "disclosures/forms.yaml", "id", "full-time")["kk"]
    assert form in fee_lists[heading("form", "kk")]
    assert "қазақ тілі" in fee_lists[heading("language", "kk")]
    assert "kk" not in fee_lists[heading("language", "kk")]
    # Filled with the dropdowns' names, the template goes back as it is.
    book = load_workbook(out)
    values = STAFF_CODES | {"faculty": faculty, "provenance": "расталған"}
    for index, column in enumerate(KINDS["staff"].columns(), start=1):
        book.worksheets[0].cell(row=2, column=index, value=values.get(column))
    book.save(out)
    import_sheet(out, "staff", data, TODAY, "kk")
    assert (_staff(data)["faculty"], _staff(data)["provenance"]) == (FACULTY, "confirmed")


def test_an_unknown_faculty_is_told_with_the_faculties_names(
    work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    _sheet(tmp_path / "staff.xlsx", "staff", "ru", [STAFF_CODES | {"faculty": "Экономфак"}])
    with pytest.raises(SheetError) as refused:
        import_sheet(tmp_path / "staff.xlsx", "staff", data, TODAY, "ru")
    (said,) = (str(p) for p in refused.value.problems)
    assert "«Экономфак»" in said and "столбец A" in said
    assert _named(data, "disclosures/faculties.yaml", "id", FACULTY)["ru"] in said
    assert "data/" not in said and FACULTY not in said


def test_a_name_two_faculties_share_is_refused_naming_both(work_copy: Path, tmp_path: Path) -> None:
    data = work_copy / "data"
    faculties = data / "disclosures" / "faculties.yaml"
    listed = _yaml(faculties)
    twin = dict(listed[0], id="business-school")
    twin["name"] = {"kk": "Бизнес мектебі", "ru": "Школа бизнеса",
                    "en": "Faculty of Economics and Business"}  # fmt: skip
    faculties.write_text(yaml.safe_dump([*listed, twin], allow_unicode=True), "utf-8")
    shared = {"faculty": "faculty of economics and business"}
    _sheet(tmp_path / "staff.xlsx", "staff", "ru", [STAFF_CODES | shared])
    with pytest.raises(SheetError) as refused:
        import_sheet(tmp_path / "staff.xlsx", "staff", data, TODAY, "ru")
    (said,) = (str(p) for p in refused.value.problems)
    assert "Факультет экономики и бизнеса" in said and "Школа бизнеса" in said
