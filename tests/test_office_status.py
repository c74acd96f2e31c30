"""What each office still has to supply (`make status`, the editor's status page): every
concern of the data, by unit and due date, with file, field and what to do, in kk, ru, en."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from buildtools import DATA, REPO, TODAY
from openpyxl import load_workbook

from kazutb_transparency.buildsteps.pipeline import check_data
from kazutb_transparency.buildsteps.status import (
    Task,
    office_tasks,
    read_assignments,
    status_html,
    status_text,
)
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.errors import DataError, Problem


def _tasks(data_dir=DATA):
    site = check_data(data_dir, date.fromisoformat(TODAY), False, lambda _: None)
    return site, office_tasks(site, read_assignments(data_dir))


def test_every_concern_is_a_task_of_an_office_with_its_file_and_what_to_do():
    site, tasks = _tasks()
    assert len(tasks) == len(site.audit.all())
    fee_files = [t for t in tasks if "data/applicants/programmes/" in t.problem.file]
    assert fee_files and {t.office for t in fee_files} == {"student-recruitment"}
    clause = next(t for t in tasks if t.problem.record == "9.7.1.1")
    assert clause.kind is Concern.INCOMPLETE and clause.office == "marketing-pr"
    assert clause.proposed  # the register's units are a sample assignment
    text = status_text(site, tasks, "ru")
    assert "Отдел формирования контингента (условное распределение)" in text
    assert "впишите confirmed в поле provenance" in text
    assert "data/applicants/programmes/6B04105.yaml" in text


def test_a_due_date_in_the_register_orders_the_office_list(data_copy, edit):
    edit(
        data_copy / "disclosures" / "register.yaml",
        "  pages: [about/index.md]\n  unit: marketing-pr\n",
        "  pages: [about/index.md]\n  unit: marketing-pr\n  due: 2027-01-31\n",
    )
    site, tasks = _tasks(data_copy)
    mine = [t for t in tasks if t.office == "marketing-pr"]
    assert mine[0].due == date(2027, 1, 31) and mine[0].problem.record == "9.7.1.1"
    assert "2027-01-31" in status_text(site, tasks, "kk")


def test_the_status_page_escapes_every_value():
    site, tasks = _tasks()
    hostile = Problem('data/news/<img src=x onerror=alert(1)>.yaml', "<script>alert(1)</script>",
                      record="<b>r</b>", field="f")  # fmt: skip
    page = status_html(site, [*tasks, Task(None, True, None, Concern.PLACEHOLDER, hostile)], "kk")
    assert page.startswith("<!doctype html>") and '<html lang="kk">' in page
    assert "<script" not in page and "<img" not in page and "<b>r" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Контингентті қалыптастыру бөлімі" in page


def test_make_status_prints_the_list_and_writes_the_workbook(tmp_path):
    book = tmp_path / "status.xlsx"
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "office_status.py"), "--lang", "en",
         "--xlsx", str(book), str(DATA)],
        capture_output=True, text=True, timeout=600, cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "KAZUTB_TODAY": TODAY},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "What the units still have to supply" in result.stdout
    sheets = load_workbook(book, read_only=True)
    assert sheets.sheetnames == ["kk", "ru", "en"]
    rows = list(sheets["ru"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Подразделение", "Срок", "Что сделать")
    assert len(rows) > 500


def test_a_wrong_record_of_offices_yaml_is_named(data_copy, edit):
    edit(data_copy / "offices.yaml", "- unit: marketing-pr\n", "- unit: Marketing PR\n")
    with pytest.raises(DataError) as refused:
        read_assignments(data_copy)
    assert any(
        p.file.endswith("offices.yaml") and p.field == "unit" for p in refused.value.problems
    )


def test_the_kazakh_status_page_says_each_concern_in_kazakh():
    site, tasks = _tasks()
    page = status_html(site, tasks, "kk")
    assert "an illustration, not the university" not in page
    assert "университеттің мәні емес" in page
