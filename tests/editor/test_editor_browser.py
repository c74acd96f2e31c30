"""The editor in a real browser (Debian's Chromium, offline): open it from its server,
change a programme's fee and find it in the data file and on the rebuilt pages of all
three languages, add a programme, publish a document with its file, be refused a negative
fee and a malformed value at the field with the build's message; and no request leaves
127.0.0.1."""

from __future__ import annotations

import base64
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from buildtools import TODAY
from playwright.sync_api import Page, expect

from kazutb_transparency.core.locale_format import format_number

pytestmark = pytest.mark.browser


def assert_only_this_machine(requested: list[str]) -> None:
    """Every request went to the editor's server on 127.0.0.1 (or read a file the page
    holds itself: an uploaded file's blob)."""
    assert requested
    elsewhere = {
        url for url in requested
        if not (urlsplit(url).hostname == "127.0.0.1" or url.startswith(("blob:", "data:")))
    }  # fmt: skip
    assert not elsewhere, elsewhere


def _programme_with_fee(data: Path) -> tuple[str, int]:
    for path in sorted((data / "applicants" / "programmes").glob("*.yaml")):
        figures = yaml.safe_load(path.read_text(encoding="utf-8"))
        if figures.get("tuition") and figures["tuition"][0]["fees"]:
            return path.stem, int(figures["tuition"][0]["fees"][0]["fee"])
    raise AssertionError("no programme with a fee in data/applicants/programmes")


def _expand(page: Page, list_id: str, item: int = 0) -> None:
    """Open item `item` of the list field whose id starts with `list_id`."""
    listing = page.locator(f"[id^='{list_id}-field-']").first
    toggle = listing.locator("[class*='StyledListItemTopBar']").nth(item).locator("button").first
    toggle.click()


def _publish(page: Page) -> None:
    page.get_by_role("button", name="Publish").first.click()
    page.get_by_text("Publish now").click()


def _wait_for(check, seconds: float = 90.0):
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def _open_fee(page: Page, base: str, code: str) -> None:
    page.goto(f"{base}?lang=en#/collections/programme-figures/entries/{code}")
    page.wait_for_selector("[id^='tuition-field-']")
    _expand(page, "tuition")
    _expand(page, "fees")


def test_a_fee_changed_in_the_form_is_in_the_file_and_on_the_pages(
    open_editor, editor, work_copy: Path
) -> None:
    data = work_copy / "data"
    code, fee = _programme_with_fee(data)
    new_fee = fee + 12_000
    page = open_editor("en")
    _open_fee(page, editor.url, code)
    page.locator("[id^='fee-field-']").first.fill(str(new_fee))
    _publish(page)
    path = data / "applicants" / "programmes" / f"{code}.yaml"

    def saved() -> bool:
        return f"fee: {new_fee}" in path.read_text(encoding="utf-8")

    assert _wait_for(saved), path.read_text(encoding="utf-8")[:800]
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "the file's header comment is kept"
    figures = yaml.safe_load(text)
    assert figures["tuition"][0]["fees"][0]["fee"] == new_fee
    # The same file the build reads: the pages of every language show the new fee.
    from kazutb_transparency.buildsteps.generate import generate_pages
    from kazutb_transparency.buildsteps.site import load_site

    pages = generate_pages(load_site(data, date.fromisoformat(TODAY)))
    for lang in ("kk", "ru", "en"):
        shown = format_number(new_fee, lang)
        found = [p for p, body in pages.items() if code in body and shown in body
                 and (p.startswith(f"{lang}/") or lang == "kk")]  # fmt: skip
        assert found, f"{shown} ({lang}) on no page of programme {code}"
    assert_only_this_machine(page.requested)


def test_a_negative_fee_and_a_malformed_year_are_refused_at_the_field(
    open_editor, editor, work_copy: Path
) -> None:
    data = work_copy / "data"
    code, _ = _programme_with_fee(data)
    path = data / "applicants" / "programmes" / f"{code}.yaml"
    before = path.read_bytes()
    page = open_editor("en")
    _open_fee(page, editor.url, code)
    page.locator("[id^='fee-field-']").first.fill("-5")
    page.locator("[id^='academic_year-field-']").first.fill("2026/27")
    _publish(page)
    # The build's own words: applicants/models.py's `_tenge` and `_academic_year`, and
    # pydantic's for a pattern, as core/datafiles.py reports them.
    expect(page.get_by_text("a fee cannot be negative").first).to_be_visible()
    expect(
        page.get_by_text("write the academic year as two consecutive years").first
    ).to_be_visible()
    time.sleep(1)
    assert path.read_bytes() == before, "nothing is written while a field is refused"


def _select(page, field: str, *values: str) -> None:
    """Choose `values` in the select field whose id starts with `field` (in a page or a
    part of it)."""
    box = page.locator(f"input[id^='{field}-field-']").first
    for value in values:
        box.click()
        box.fill(value)
        # A choice of records (a faculty) loads its names first: Enter takes the first shown.
        box.page.locator("[id*='-option-']").first.wait_for()
        box.press("Enter")


def _fill_record_meta(scope) -> None:
    """posted, updated, review interval, provenance and source of a new record."""
    scope.locator("input[id^='posted-field-']").first.fill("2026-11-20")
    scope.locator("input[id^='updated-field-']").first.fill("2026-11-20")
    scope.locator("input[id^='review_months-field-']").first.fill("12")
    _select(scope, "provenance", "placeholder")
    scope.locator("[id^='kk-field-']").last.fill("Үлгі деректер")


def test_a_new_programme_is_a_new_file_named_after_its_code(
    open_editor, editor, work_copy: Path
) -> None:
    data = work_copy / "data"
    faculties = yaml.safe_load((data / "disclosures" / "faculties.yaml").read_text("utf-8"))
    faculty, faculty_name = faculties[0]["id"], faculties[0]["name"]["en"]
    code = "6B04199"
    assert not (data / "disclosures" / "programmes" / f"{code}.yaml").exists()
    page = open_editor("en")
    page.goto(f"{editor.url}?lang=en#/collections/programmes/new")
    page.locator("input[id^='code-field-']").first.fill(code)
    page.locator("[id^='kk-field-']").first.fill("Сынақ бағдарламасы")
    page.locator("[id^='ru-field-']").first.fill("Пробная программа")
    page.locator("[id^='en-field-']").first.fill("Trial Programme")
    _select(page, "faculty", faculty_name)  # chosen by its name, never typed as an id
    _select(page, "languages", "kk", "ru")
    _select(page, "forms", "Full-time study")
    page.locator("input[id^='duration_years-field-']").first.fill("4")
    page.locator("input[id^='credits-field-']").first.fill("240")
    _fill_record_meta(page)
    _publish(page)
    path = data / "disclosures" / "programmes" / f"{code}.yaml"
    assert _wait_for(path.exists), sorted(p.name for p in path.parent.iterdir())[-5:]
    programme = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert programme["code"] == code and programme["languages"] == ["kk", "ru"]
    assert programme["faculty"] == faculty and programme["forms"] == ["full-time"]
    assert programme["name"] == {"kk": "Сынақ бағдарламасы", "ru": "Пробная программа",
                                 "en": "Trial Programme"}  # fmt: skip
    from kazutb_transparency.editor.checks import check_text

    assert check_text(data, f"disclosures/programmes/{code}.yaml", path.read_text("utf-8")) == []


def test_a_document_is_uploaded_with_its_title_type_date_languages_and_purpose(
    open_editor, editor, work_copy: Path, tmp_path: Path
) -> None:
    data = work_copy / "data"
    pdf = next((data / "documents").glob("*.pdf")).read_bytes()
    upload = tmp_path / "development-programme-2026.pdf"
    upload.write_bytes(pdf)
    page = open_editor("en")
    page.goto(f"{editor.url}?lang=en#/collections/accreditation/entries/documents")
    page.wait_for_selector("[id^='records-field-']")
    page.get_by_role("button", name="Add record").click()
    item = page.locator("[id^='records-field-'] [class*='SortableListItem']").last
    item.locator("input[id^='id-field-']").first.fill("development-programme-2026")
    _select(item, "kind", "development-programme")
    item.locator("[id^='kk-field-']").nth(0).fill("Даму бағдарламасы 2026–2030")
    item.locator("[id^='ru-field-']").nth(0).fill("Программа развития на 2026–2030 годы")
    item.locator("[id^='en-field-']").nth(0).fill("Development programme 2026–2030")
    item.locator("input[id^='date-field-']").first.fill("2026-06-01")
    item.locator("[id^='kk-field-']").nth(1).fill("Директорлар кеңесі")
    item.get_by_role("button", name="Choose a file").click()
    page.locator("input[type='file']").set_input_files(str(upload))
    page.get_by_role("button", name="Choose selected").click()
    _select(item, "languages", "kk", "ru", "en")
    item.locator("[id^='kk-field-']").nth(2).fill("Университеттің 2030 жылға дейінгі мақсаттары")
    _fill_record_meta(item)
    _publish(page)
    register = data / "disclosures" / "documents.yaml"

    def saved() -> list:
        records = yaml.safe_load(register.read_text("utf-8"))
        return [r for r in records if r.get("id") == "development-programme-2026"]

    found = _wait_for(saved)
    assert found, register.read_text("utf-8")[-1500:]
    record = found[0]
    assert record["file"] == upload.name
    assert record["languages"] == ["kk", "ru", "en"]
    assert record["kind"] == "development-programme"
    assert (data / "documents" / upload.name).read_bytes() == pdf
    assert_only_this_machine(page.requested)


def test_a_renamed_program_is_refused_as_a_document(editor, work_copy: Path) -> None:
    import json
    import urllib.request

    body = json.dumps(
        {
            "action": "persistMedia",
            "params": {
                "asset": {
                    "path": "data/documents/report.pdf",
                    "content": base64.b64encode(b"MZ\x90\x00 a Windows program").decode(),
                    "encoding": "base64",
                },
                "options": {"commitMessage": "upload"},
            },
        }
    ).encode()
    request = urllib.request.Request(
        f"{editor.url}api/v1", body, {"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 422
    assert "Windows program" in json.loads(refused.value.read())["error"]
    assert not (work_copy / "data" / "documents" / "report.pdf").exists()


@pytest.mark.parametrize(
    ("lang", "collections", "first"),
    [("kk", "Бөлімдер", "Университет"), ("ru", "Коллекции", "Университет")],
)
def test_the_editor_speaks_kazakh_and_russian(open_editor, lang, collections, first) -> None:
    page = open_editor(lang)
    expect(page.get_by_text(collections).first).to_be_visible()
    expect(page.get_by_role("link", name=first).first).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == lang
    assert_only_this_machine(page.requested)
