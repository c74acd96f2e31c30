"""Every part of a declared file is read: a datum written in one part only is found and the
finding names the part; the same file with neutral text in that part gives no finding.

XLSX comments, headers, drop-down lists, links, names, properties; DOCX tracked changes,
their authors, comments, headers, notes, links, properties; ODT tracked changes,
annotations, headers, links, meta; PDF form fields, annotations, bookmarks, attachments,
metadata; ZIP comments; image EXIF, XMP, PNG chunks, JPEG and GIF comments. A type the
gate cannot read is refused by its full name (".tar.gz", not ".gz").
"""

from __future__ import annotations

import gzip
import io
import tarfile
from collections.abc import Callable
from pathlib import Path

import pytest

from kazutb_transparency.privacy import Allowlist, ScanError, scan_file

from .partfactory import (
    make_docx_part,
    make_image_part,
    make_ods_part,
    make_odt_part,
    make_pdf_part,
    make_xlsx_part,
    make_zip_part,
)

IIN = "880715401231"  # valid check digit
PHONE = "+7 701 555 12 34"
EMAIL = "aigerim.seitkali@mail.kz"
NAME = "Aigerim Seitkali"
MAILTO = "mailto:aigerim.seitkali%40mail.kz"  # as a link keeps it: percent-encoded
NEUTRAL = "Order 145 of 2024"
NOBODY = "Administrator"  # an author field without a person
SITE = "https://kazutb.edu.kz/en/"
GRADUATE = "Түлек Жақсыбекова Айгерім"

Maker = Callable[[str, str], bytes]
# (file name, maker, part, datum, neutral text, the place the finding must name)
CASES: list[tuple[str, Maker, str, str, str, str]] = [
    ("book.xlsx", make_xlsx_part, "comment", f"IIN {IIN}", NEUTRAL, "comment on Sheet1!B3"),
    ("book.xlsx", make_xlsx_part, "comment author", NAME, NOBODY, "author of comment on Sheet1!B3"),
    ("book.xlsx", make_xlsx_part, "threaded comment", PHONE, NEUTRAL, "comment on Sheet1!B3"),
    ("book.xlsx", make_xlsx_part, "header", PHONE, NEUTRAL, "header of Sheet1"),
    ("book.xlsx", make_xlsx_part, "footer", f"IIN {IIN}", NEUTRAL, "footer of Sheet1"),
    ("book.xlsx", make_xlsx_part, "validation", EMAIL, NEUTRAL, "drop-down list of Sheet1!C2:C10"),
    ("book.xlsx", make_xlsx_part, "hyperlink", MAILTO, SITE, "link on Sheet1!A1"),
    ("book.xlsx", make_xlsx_part, "defined name", PHONE, NEUTRAL, "defined name Contact"),
    ("book.xlsx", make_xlsx_part, "sheet name", IIN, "Report 2024", "sheet name"),
    ("book.xlsx", make_xlsx_part, "core creator", NAME, NOBODY, "properties dc:creator"),
    ("book.xlsx", make_xlsx_part, "core lastModifiedBy", NAME, NOBODY, "properties cp:lastM"),
    ("book.xlsx", make_xlsx_part, "app Company", EMAIL, "KazUTB", "properties Company"),
    ("book.xlsx", make_xlsx_part, "custom ИИН", IIN, "145", "custom property ИИН"),
    ("book.xlsx", make_xlsx_part, "custom Author", NAME, NOBODY, "custom property Author"),
    ("letter.docx", make_docx_part, "insertion", f"IIN {IIN}", NEUTRAL, "tracked insertion by"),
    ("letter.docx", make_docx_part, "deletion", PHONE, NEUTRAL, "tracked deletion by"),
    ("letter.docx", make_docx_part, "revision author", NAME, NOBODY, "author of tracked deletion"),
    ("letter.docx", make_docx_part, "comment", EMAIL, NEUTRAL, "comment by"),
    ("letter.docx", make_docx_part, "comment author", NAME, NOBODY, "author of comment"),
    ("letter.docx", make_docx_part, "header", PHONE, NEUTRAL, "header1"),
    ("letter.docx", make_docx_part, "footer", f"IIN {IIN}", NEUTRAL, "footer1"),
    ("letter.docx", make_docx_part, "footnote", EMAIL, NEUTRAL, "footnotes"),
    ("letter.docx", make_docx_part, "endnote", PHONE, NEUTRAL, "endnotes"),
    ("letter.docx", make_docx_part, "hyperlink", MAILTO, SITE, "link target in document"),
    ("letter.docx", make_docx_part, "field code", MAILTO, SITE, "field code in document"),
    ("letter.docx", make_docx_part, "custom Телефон", PHONE, NEUTRAL, "custom property Телефон"),
    ("letter.docx", make_docx_part, "core creator", NAME, NOBODY, "properties dc:creator"),
    ("letter.docx", make_docx_part, "core lastModifiedBy", NAME, NOBODY, "properties cp:lastM"),
    ("text.odt", make_odt_part, "deletion", PHONE, NEUTRAL, "tracked deletion by"),
    ("text.odt", make_odt_part, "insertion", f"IIN {IIN}", NEUTRAL, "tracked insertion by"),
    ("text.odt", make_odt_part, "change author", NAME, NOBODY, "author of tracked deletion"),
    ("text.odt", make_odt_part, "annotation", EMAIL, NEUTRAL, "annotation by"),
    ("text.odt", make_odt_part, "annotation author", NAME, NOBODY, "author of annotation"),
    ("text.odt", make_odt_part, "header", PHONE, NEUTRAL, "header"),
    ("text.odt", make_odt_part, "footer", f"IIN {IIN}", NEUTRAL, "footer"),
    ("text.odt", make_odt_part, "hyperlink", MAILTO, SITE, "link target"),
    ("text.odt", make_odt_part, "meta creator", NAME, NOBODY, "properties creator"),
    ("text.odt", make_odt_part, "user-defined", PHONE, NEUTRAL, "user-defined Контакт"),
    ("sheet.ods", make_ods_part, "annotation", EMAIL, NEUTRAL, "annotation by"),
    ("sheet.ods", make_ods_part, "stored value", IIN, "145", "content"),
    ("form.pdf", make_pdf_part, "form field", f"IIN {IIN}", NEUTRAL, "form field contact"),
    ("form.pdf", make_pdf_part, "field tooltip", EMAIL, NEUTRAL, "form field contact"),
    ("form.pdf", make_pdf_part, "annotation", PHONE, NEUTRAL, "annotation on page 1"),
    ("form.pdf", make_pdf_part, "annotation author", NAME, NOBODY, "author of annotation on"),
    ("form.pdf", make_pdf_part, "bookmark", EMAIL, NEUTRAL, "bookmarks"),
    ("form.pdf", make_pdf_part, "link annotation", MAILTO, SITE, "link target on page 1"),
    ("form.pdf", make_pdf_part, "attachment", IIN, "145", "attachment contacts.csv"),
    ("form.pdf", make_pdf_part, "info", PHONE, NEUTRAL, "metadata /SourceAuthorContact"),
    ("form.pdf", make_pdf_part, "xmp", EMAIL, NEUTRAL, "metadata XMP"),
    ("pack.zip", make_zip_part, "archive comment", PHONE, NEUTRAL, "archive comment"),
    ("pack.zip", make_zip_part, "member comment", f"IIN {IIN}", NEUTRAL, "comment of member"),
    ("photo.jpg", make_image_part, "Artist", NAME, NOBODY, "EXIF Artist"),
    ("photo.jpg", make_image_part, "ImageDescription", PHONE, NEUTRAL, "EXIF ImageDescription"),
    ("photo.jpg", make_image_part, "ImageDescription UTF-8", GRADUATE, NEUTRAL, "EXIF Image"),
    ("photo.jpg", make_image_part, "Copyright", NAME, "KazUTB", "EXIF Copyright"),
    ("photo.jpg", make_image_part, "UserComment ASCII", f"IIN {IIN}", NEUTRAL, "EXIF UserComm"),
    ("photo.jpg", make_image_part, "UserComment UNICODE", PHONE, NEUTRAL, "EXIF UserComment"),
    ("photo.jpg", make_image_part, "UserComment JIS", EMAIL, NEUTRAL, "EXIF UserComment"),
    ("photo.jpg", make_image_part, "XPAuthor", NAME, NOBODY, "EXIF XPAuthor"),
    ("photo.jpg", make_image_part, "XPComment", PHONE, NEUTRAL, "EXIF XPComment"),
    ("photo.jpg", make_image_part, "XPSubject", EMAIL, NEUTRAL, "EXIF XPSubject"),
    ("photo.jpg", make_image_part, "CameraOwnerName", NAME, NOBODY, "EXIF CameraOwnerName"),
    ("photo.png", make_image_part, "PNG tEXt", PHONE, NEUTRAL, "PNG Comment"),
    ("photo.png", make_image_part, "PNG tEXt UTF-8", "Ибраева Дана", NOBODY, "PNG Author"),
    ("photo.png", make_image_part, "PNG zTXt", f"IIN {IIN}", NEUTRAL, "PNG Description"),
    ("photo.png", make_image_part, "PNG iTXt XMP", EMAIL, NEUTRAL, "metadata XMP"),
    ("photo.jpg", make_image_part, "JPEG COM", PHONE, NEUTRAL, "JPEG comment"),
    ("photo.webp", make_image_part, "WebP EXIF", f"IIN {IIN}", NEUTRAL, "EXIF ImageDescr"),
    ("photo.webp", make_image_part, "WebP XMP", EMAIL, NEUTRAL, "metadata XMP"),
    ("photo.gif", make_image_part, "GIF comment", PHONE, NEUTRAL, "GIF comment"),
]


def _id(case: tuple[str, Maker, str, str, str, str]) -> str:
    return f"{Path(case[0]).suffix[1:]}-{case[2].replace(' ', '-')}"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_a_datum_in_one_part_is_found_and_the_part_named(
    tmp_path: Path, case: tuple[str, Maker, str, str, str, str]
) -> None:
    name, maker, part, datum, _, where = case
    findings = scan_file(_write(tmp_path, name, maker(part, datum)), Allowlist())
    assert findings, f"nothing found in the {part} of {name}"
    assert any(where in f.where for f in findings), [str(f) for f in findings]
    assert all(datum not in str(f) for f in findings)  # masked, even in the part's name


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_the_same_file_with_neutral_text_there_is_clean(
    tmp_path: Path, case: tuple[str, Maker, str, str, str, str]
) -> None:
    name, maker, part, _, neutral, _ = case
    findings = scan_file(_write(tmp_path, name, maker(part, neutral)), Allowlist())
    assert [str(f) for f in findings] == []


def test_an_attachment_of_a_type_the_gate_cannot_read_is_refused(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    from .docfactory import make_pdf

    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(["Report"])))
    writer.add_attachment("minutes.doc", b"\xd0\xcf\x11\xe0 an old Word file")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ScanError) as refused:
        scan_file(_write(tmp_path, "report.pdf", out.getvalue()), Allowlist())
    assert "report.pdf!minutes.doc" in str(refused.value)
    assert "'.doc'" in str(refused.value)


def _tar_gz() -> bytes:
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w") as archive:
        info = tarfile.TarInfo("notes.txt")
        info.size = 5
        archive.addfile(info, io.BytesIO(b"notes"))
    return gzip.compress(tar.getvalue())


@pytest.mark.parametrize(
    ("name", "data", "named"),
    [
        ("archive.tar.gz", _tar_gz(), "'.tar.gz'"),
        ("backup.gz", _tar_gz(), "'.tar.gz'"),  # the name says gzip, the content a tar
        ("x.7z", b"7z\xbc\xaf\x27\x1c\x00\x04", "'.7z'"),
        ("x.rtf", b"{\\rtf1\\ansi Report}", "'.rtf'"),
        ("x.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "'.doc'"),
    ],
)
def test_a_type_the_gate_cannot_read_is_refused_by_its_real_name(
    tmp_path: Path, name: str, data: bytes, named: str
) -> None:
    with pytest.raises(ScanError) as refused:
        scan_file(_write(tmp_path, name, data), Allowlist())
    message = str(refused.value)
    assert named in message and "not checked for personal data" in message
    assert name in message


@pytest.mark.parametrize("office", ["Приёмная комиссия", "Editor", "Кафедра информатики"])
def test_an_office_or_a_role_as_an_author_is_no_person(tmp_path: Path, office: str) -> None:
    for name, data in (
        ("book.xlsx", make_xlsx_part("comment author", office)),
        ("form.pdf", make_pdf_part("annotation author", office)),
        ("letter.docx", make_docx_part("revision author", office)),
    ):
        assert scan_file(_write(tmp_path, name, data), Allowlist()) == [], name
