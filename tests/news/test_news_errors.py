"""Bad input in data/news/: one clear problem naming the file, line, record and field."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.news import load_news
from kazutb_transparency.organisation import load_units
from tests.datafolder import units_folder
from tests.datafolder import write as write_file

DATA = Path(__file__).resolve().parents[2] / "data"
TODAY = date(2026, 11, 23)
DOCUMENTS = {"report-1": "report"}

META = """
  posted: 2026-11-01
  updated: 2026-11-01
  review_months: 12
  provenance: placeholder
  source: {kk: Үлгі деректер, ru: Образец данных, en: Sample data}
"""

ITEM = (
    """
- id: open-day
  date: 2026-11-01
  kind: photo-report
  title: {kk: Ашық есік күні, ru: День открытых дверей, en: Open day}
  summary: {kk: Қысқаша, ru: Кратко, en: In short}
  photos:
    - file: open-day.jpg
      alt: {kk: Сурет, ru: Изображение, en: Picture}
  documents: [report-1]
"""
    + META
)

CONTACT = """
position: {kk: Бөлім басшысы, ru: Руководитель отдела, en: Head of the department}
unit: marketing-pr
email: press@example.org
how_to_request: {kk: Хатпен, ru: Письмом, en: By e-mail}
""" + META.replace("\n  ", "\n")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder holding the real units, a picture and an empty data/news/."""
    units_folder(tmp_path, "news/media")
    shutil.copy(
        DATA / "news" / "media" / "first-year-welcome-1.jpg",
        tmp_path / "news" / "media" / "open-day.jpg",
    )
    return tmp_path


def write(folder: Path, name: str, text: str) -> Path:
    return write_file(folder, "news", name, text)


def problems(folder: Path) -> list[Problem]:
    audit = Audit()
    units = load_units(folder, audit)
    with pytest.raises(DataError) as caught:
        load_news(folder, units, DOCUMENTS, TODAY, audit)
    return caught.value.problems


def line(path: Path, text: str) -> int:
    return 1 + path.read_text(encoding="utf-8").splitlines().index(text)


def test_good_files_load_and_placeholders_are_refused_by_the_strict_build(folder: Path) -> None:
    write(folder, "news.yaml", ITEM)
    write(folder, "media-contact.yaml", CONTACT)
    audit = Audit()
    loaded = load_news(folder, load_units(folder, Audit()), DOCUMENTS, TODAY, audit)
    assert [i.page for i in loaded.items] == ["news/2026-open-day.md"]
    assert loaded.contact is not None and loaded.contact.email == "press@example.org"
    refused = [p for p in audit.strict_problems() if "placeholder" in p.message]
    assert {Path(p.file).name for p in refused} == {"news.yaml", "media-contact.yaml"}


def test_absent_files_are_absent_items(folder: Path) -> None:
    audit = Audit()
    loaded = load_news(folder, load_units(folder, audit), DOCUMENTS, TODAY, audit)
    assert not loaded.items and loaded.contact is None


def test_a_missing_field_names_file_line_record_and_field(folder: Path) -> None:
    path = write(
        folder,
        "news.yaml",
        ITEM.replace("  summary: {kk: Қысқаша, ru: Кратко, en: In short}\n", ""),
    )
    [problem] = problems(folder)
    assert problem.file.endswith("news/news.yaml")
    assert (problem.record, problem.field) == ("open-day", "summary")
    assert problem.message == "required field is missing"
    assert problem.line == line(path, "- id: open-day")


def test_a_date_that_is_not_a_date(folder: Path) -> None:
    path = write(folder, "news.yaml", ITEM.replace("date: 2026-11-01", "date: early November"))
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "date")
    assert problem.line == line(path, "  date: early November")
    assert problem.message.startswith("not a date")


def test_a_date_out_of_range(folder: Path) -> None:
    path = write(folder, "news.yaml", ITEM.replace("date: 2026-11-01", "date: 1999-05-01"))
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "date")
    assert problem.line == line(path, "  date: 1999-05-01")
    assert "2000 or later" in problem.message


def test_an_item_dated_after_today_waits_for_its_day(folder: Path) -> None:
    """An editor may add an item ahead of its day: it is published by the first build on
    or after its date, not refused (a build run on an earlier day leaves it out)."""
    write(folder, "news.yaml", ITEM.replace("date: 2026-11-01", "date: 2026-12-24"))
    units = load_units(folder, Audit())
    assert load_news(folder, units, DOCUMENTS, TODAY, Audit()).items == ()
    on_the_day = load_news(folder, units, DOCUMENTS, date(2026, 12, 24), Audit())
    assert [item.id for item in on_the_day.items] == ["open-day"]


def test_a_wrong_type(folder: Path) -> None:
    path = write(folder, "news.yaml", ITEM.replace("kind: photo-report", "kind: [photo]"))
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "kind")
    assert problem.line == line(path, "  kind: [photo]")


def test_an_unknown_field(folder: Path) -> None:
    # A person's name has no field to go in.
    path = write(folder, "news.yaml", ITEM.replace("  documents:", "  author: A. B.\n  documents:"))
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "author")
    assert problem.message == "unknown field"
    assert problem.line == line(path, "  author: A. B.")


def test_a_document_that_does_not_exist(folder: Path) -> None:
    path = write(folder, "news.yaml", ITEM.replace("[report-1]", "[report-9]"))
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "documents.0")
    assert "unknown document 'report-9'" in problem.message
    assert problem.line == line(path, "  documents: [report-9]")


def test_a_picture_that_does_not_exist(folder: Path) -> None:
    path = write(folder, "news.yaml", ITEM.replace("file: open-day.jpg", "file: missing.jpg"))
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "photos.0.file")
    assert "no picture 'missing.jpg'" in problem.message
    assert problem.line == line(path, "    - file: missing.jpg")


def test_a_picture_without_alternative_text_in_every_language(folder: Path) -> None:
    path = write(
        folder, "news.yaml", ITEM.replace("ru: Изображение, en: Picture", "ru: Изображение")
    )
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "photos.0.alt")
    assert "missing in en" in problem.message
    assert problem.line == line(path, "      alt: {kk: Сурет, ru: Изображение}")


def test_a_report_needs_its_pictures(folder: Path) -> None:
    text = ITEM.replace("  photos:\n    - file: open-day.jpg\n", "").replace(
        "      alt: {kk: Сурет, ru: Изображение, en: Picture}\n", ""
    )
    write(folder, "news.yaml", text)
    [problem] = problems(folder)
    assert problem.record == "open-day" and "a photo-report needs 'photos'" in problem.message


def test_a_video_is_an_address_of_the_site_that_holds_it(folder: Path) -> None:
    text = ITEM.replace("kind: photo-report", "kind: video-report").replace(
        "  documents:",
        '  video: {url: "http://example.org/v", title: {kk: Б, ru: В, en: V}}\n  documents:',
    )
    write(folder, "news.yaml", text)
    [problem] = problems(folder)
    assert (problem.record, problem.field) == ("open-day", "video.url")
    assert "https://" in problem.message


def test_a_player_cannot_be_embedded(folder: Path) -> None:
    # Markup in a data field is refused before the record is read: no <iframe> on a page.
    text = ITEM.replace("kind: photo-report", "kind: video-report").replace(
        "  documents:",
        '  video: {url: "<iframe src=x>", title: {kk: Б, ru: В, en: V}}\n  documents:',
    )
    path = write(folder, "news.yaml", text)
    [problem] = problems(folder)
    assert "contains markup" in problem.message and problem.field.endswith("video.url")
    assert problem.line == line(
        path, '  video: {url: "<iframe src=x>", title: {kk: Б, ru: В, en: V}}'
    )


def test_a_duplicate_id(folder: Path) -> None:
    write(folder, "news.yaml", ITEM + ITEM)
    [problem] = problems(folder)
    assert problem.field == "id" and "duplicate id 'open-day'" in problem.message


def test_the_contact_names_a_known_unit(folder: Path) -> None:
    path = write(folder, "media-contact.yaml", CONTACT.replace("marketing-pr", "nowhere"))
    [problem] = problems(folder)
    assert problem.file.endswith("news/media-contact.yaml")
    assert problem.field == "unit" and "unknown unit 'nowhere'" in problem.message
    assert problem.line == line(path, "unit: nowhere")
