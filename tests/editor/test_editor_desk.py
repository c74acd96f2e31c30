"""The desk as an office uses it, in Kazakh (Debian's Chromium, offline): one fee changed
is one line of the file's diff with its comment kept; appeals that do not add up and an
empty Kazakh title are refused with a Kazakh message at the field that is still there
half a minute later; a date is typed as offices write it, and an impossible one is
refused, never moved to another day."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect
from test_editor_browser import _expand, _programme_with_fee, _wait_for

pytestmark = pytest.mark.browser

PUBLISH = {"kk": "Жариялау", "ru": "Опубликовать", "en": "Publish"}
NOW = {"kk": "Қазір жариялау", "ru": "Опубликовать сейчас", "en": "Publish now"}


def _publish(page: Page, lang: str) -> None:
    page.get_by_role("button", name=PUBLISH[lang]).first.click()
    page.get_by_text(NOW[lang]).click()


def _open_records(page: Page, base: str, route: str) -> None:
    """A list file's form (Kazakh), its first record open."""
    page.goto(f"{base}?lang=kk#/collections/{route}")
    page.wait_for_selector("[id^='records-field-']")
    _expand(page, "records")


def _git(work_copy: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(work_copy), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def tracked(work_copy: Path) -> Path:
    """The working copy under git, as an office's clone is."""
    subprocess.run(["git", "init", "-q", str(work_copy)], check=True)
    _git(work_copy, "add", "-A")
    return work_copy


def test_one_fee_changed_is_one_line_of_the_diff(open_editor, editor, tracked: Path) -> None:
    data = tracked / "data"
    code, fee = _programme_with_fee(data)
    page = open_editor("kk")
    page.goto(f"{editor.url}?lang=kk#/collections/programme-figures/entries/{code}")
    page.wait_for_selector("[id^='tuition-field-']")
    _expand(page, "tuition")
    _expand(page, "fees")
    page.locator("[id^='fee-field-']").first.fill(str(fee + 15_000))
    _publish(page, "kk")
    relative = f"data/applicants/programmes/{code}.yaml"
    assert _wait_for(lambda: _git(tracked, "diff", "--numstat", "--", relative))
    assert _git(tracked, "diff", "--numstat", "--", relative).split()[:2] == ["1", "1"]
    changed = [
        line for line in _git(tracked, "diff", "-U0", "--", relative).splitlines()
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]  # fmt: skip
    assert str(fee + 15_000) in changed[1]
    assert (data / "applicants" / "programmes" / f"{code}.yaml").read_text("utf-8").startswith("#")


def test_appeals_that_do_not_add_up_are_refused_in_kazakh_at_the_field(
    open_editor, editor, tracked: Path
) -> None:
    path = tracked / "data" / "transparency" / "appeals-statistics.yaml"
    before = path.read_bytes()
    first = yaml.safe_load(before)[0]["topics"][0]
    page = open_editor("kk")
    _open_records(page, editor.url, "transparency/entries/appeals-statistics")
    _expand(page, "topics")
    received = page.locator("input[id^='received-field-']").first
    received.fill(str(first["received"] + 3))
    _publish(page, "kk")
    message = page.locator(".kazutb-problem").first
    expect(message).to_contain_text("тең болуы керек")
    expect(message).to_contain_text(str(first["received"] + 3))
    time.sleep(30)  # still there for the office to read and act on
    expect(message).to_be_visible()
    expect(page.locator("#kazutb-problems")).to_contain_text("Сақталмады")
    assert path.read_bytes() == before
    # Corrected: the message goes, and the form is saved.
    received.fill(str(first["received"]))
    expect(page.locator(".kazutb-problem")).to_have_count(0)


def test_a_new_years_appeals_that_do_not_add_up_are_refused_at_the_field(
    open_editor, editor, tracked: Path
) -> None:
    """This year's appeals, a record the office adds: the message stands under *Received*
    of the new record, and goes once one of its figures is corrected."""
    path = tracked / "data" / "transparency" / "appeals-statistics.yaml"
    before = path.read_bytes()
    page = open_editor("kk")
    page.goto(f"{editor.url}?lang=kk#/collections/transparency/entries/appeals-statistics")
    page.wait_for_selector("[id^='records-field-']")
    page.locator("[id^='records-field-'] button", has_text="қосу").first.click()
    page.locator("input[type=number][id^='year-field-']").last.fill("2026")
    page.locator("[id^='topics-field-'] button", has_text="қосу").last.click()
    for name, value in [("received", "10"), ("answered_in_term", "5"), ("answered_late", "1"),
                        ("pending", "1")]:  # fmt: skip
        page.locator(f"input[id^='{name}-field-']").last.fill(value)
    page.locator("input[id^='topic-field-']").last.click()
    page.keyboard.type("Басқа")
    page.keyboard.press("Enter")
    _publish(page, "kk")
    received = page.locator(".kazutb-field", has=page.locator("input[id^='received-field-']"))
    message = received.last.locator(".kazutb-problem")
    expect(message).to_contain_text("тең болуы керек")
    expect(message).to_contain_text("(7)")
    time.sleep(30)  # still there for the office to read and act on
    expect(message).to_be_visible()
    assert path.read_bytes() == before
    page.locator("input[id^='pending-field-']").last.fill("4")  # 5 + 1 + 4 = 10
    expect(message).to_have_count(0)


def test_an_empty_kazakh_title_is_refused_in_kazakh(open_editor, editor, tracked: Path) -> None:
    page = open_editor("kk")
    _open_records(page, editor.url, "accreditation/entries/documents")
    page.locator("[id^='records-field-'] [id^='kk-field-']").first.fill("")
    _publish(page, "kk")
    expect(page.get_by_text("міндетті").first).to_be_visible()
    time.sleep(2)
    expect(page.get_by_text("міндетті").first).to_be_visible()


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("01.09.2025", "2025-09-01"), ("1.9.2025", "2025-09-01"), ("2025-09-01", "2025-09-01"),
     ("01/09/2025", "2025-09-01")],
)  # fmt: skip
def test_a_date_is_read_as_offices_write_it(page_of_editor, typed: str, kept: str) -> None:
    assert page_of_editor.evaluate(f"KAZUTB_EDITOR.readDate('{typed}').iso") == kept


@pytest.mark.parametrize("typed", ["31.02.2025", "02/31/2025", "2025-02-30", "29.02.2025",
                                   "32.01.2025", "1905", "вчера"])  # fmt: skip
def test_an_impossible_date_is_never_another_day(page_of_editor, typed: str) -> None:
    assert page_of_editor.evaluate(f"KAZUTB_EDITOR.readDate('{typed}').iso") is None


@pytest.fixture
def page_of_editor(open_editor) -> Page:
    return open_editor("kk")


def test_an_impossible_date_typed_in_the_form_is_refused_with_a_message(
    open_editor, editor, tracked: Path
) -> None:
    path = tracked / "data" / "transparency" / "appeals-statistics.yaml"
    before = path.read_bytes()
    page = open_editor("kk")
    _open_records(page, editor.url, "transparency/entries/appeals-statistics")
    page.locator("input[id^='updated-field-']").first.fill("31.02.2025")
    _publish(page, "kk")
    expect(page.get_by_text("31.02.2025 — бұл айда 28 күн ғана бар").first).to_be_visible()
    time.sleep(1)
    assert path.read_bytes() == before
    page.locator("input[id^='updated-field-']").first.fill("21.11.2026")
    _publish(page, "kk")
    assert _wait_for(lambda: path.read_bytes() != before)
    assert "updated: 2026-11-21" in path.read_text("utf-8")


def test_the_first_screen_is_the_offices_list_with_links_to_its_forms(open_editor, editor) -> None:
    page = open_editor("kk")
    desk = page.locator("#kazutb-desk")
    expect(desk).to_be_visible(timeout=60_000)
    expect(desk.locator("h2")).to_have_text("Бөлімшелердің тапсырмалары")
    desk.locator("select").select_option("student-recruitment")
    expect(desk.locator("select")).to_have_value("student-recruitment")
    first = desk.locator("li a").first
    expect(first).to_have_attribute(
        "href", re.compile("^#/collections/applicants/entries/"), timeout=60_000
    )  # the office's list is made from the whole data: seconds on a busy machine
    href = first.get_attribute("href")
    # Said in Kazakh: what to do and the build's message.
    expect(desk).to_contain_text("үлгі")
    first.click()
    expect(desk).to_be_hidden()
    page.wait_for_function(f"window.location.hash === {href!r}")


@pytest.mark.parametrize(
    ("query", "found"),
    [("Менеджмент", "programmes/entries/6B04105"), ("management", "programmes/entries/6B04105"),
     ("устав", "accreditation/entries/documents"), ("жарғысы", "accreditation/entries/documents")],
)  # fmt: skip
def test_a_record_is_found_by_any_of_its_names(open_editor, query: str, found: str) -> None:
    page = open_editor("kk")
    desk = page.locator("#kazutb-desk")
    expect(desk).to_be_visible(timeout=60_000)
    desk.locator("input[type=search]").fill(query)
    # Every data file is read for the answer: seconds on a busy machine.
    expect(desk.locator(f".kazutb-find a[href$='{found}']").first).to_be_visible(timeout=60_000)


def test_spreadsheets_import_from_the_desk_in_kazakh_and_russian(
    open_editor, editor, work_copy: Path, tmp_path: Path
) -> None:
    """A fees sheet with Kazakh headings under a merged title, and a Russian one saved as
    a Windows-1251 CSV, imported from the desk's own page; a refused one is named at its
    row and column in Russian, and nothing is written."""
    from test_sheet_languages import RUSSIAN_HEADINGS, _code, _kazakh_book, _kazakh_row

    data = work_copy / "data"
    code = _code(data)
    programme = data / "applicants" / "programmes" / f"{code}.yaml"
    page = open_editor("kk")
    page.goto(f"{editor.url}import.html?lang=kk")
    expect(page.locator("h1")).to_have_text("Кестені енгізу")
    book = tmp_path / "Оқу ақысы.xlsx"
    _kazakh_book(book, [_kazakh_row(code, 1_150_000)])
    page.locator("#sheet").set_input_files(str(book))
    page.get_by_role("button", name="Енгізу").click()
    expect(page.locator("#kazutb-import-result")).to_contain_text(f"{code}.yaml", timeout=60_000)
    assert "fee: 1150000" in programme.read_text("utf-8")

    page.goto(f"{editor.url}import.html?lang=ru")
    rows = [
        [code, "2027-2028", "", "очная", "русский", fee, "образец", "Образец", "Образец данных", ""]
        for fee in ("1200000", "-5")
    ]
    sheet = tmp_path / "Стоимость.csv"
    lines = [";".join(RUSSIAN_HEADINGS), *(";".join(map(str, row)) for row in rows)]
    sheet.write_bytes(("Стоимость обучения\r\n" + "\r\n".join(lines) + "\r\n").encode("cp1251"))
    before = programme.read_bytes()
    page.locator("#sheet").set_input_files(str(sheet))
    page.get_by_role("button", name="Загрузить").click()
    result = page.locator("#kazutb-import-result")
    expect(result).to_contain_text("выберите её вид в списке «Что в таблице»", timeout=60_000)
    page.locator("#kind").select_option("fees")
    page.get_by_role("button", name="Загрузить").click()
    expect(result).to_contain_text("строка 4, столбец F («Стоимость, тг»)", timeout=60_000)
    assert programme.read_bytes() == before  # refused: nothing written
    sheet.write_bytes(("Стоимость обучения\r\n" + "\r\n".join(lines[:2]) + "\r\n").encode("cp1251"))
    page.locator("#sheet").set_input_files(str(sheet))
    page.get_by_role("button", name="Загрузить").click()
    expect(result).to_contain_text(f"{code}.yaml", timeout=60_000)
    assert "fee: 1200000" in programme.read_text("utf-8")
