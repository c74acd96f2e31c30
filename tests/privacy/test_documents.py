"""Documents and images: page text, metadata and EXIF are scanned; scans without text
cannot be checked; a file that is not what its name says is refused."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from kazutb_transparency.privacy import Allowlist, ScanError, scan_file, scan_report
from kazutb_transparency.privacy.allowlist import AllowlistFile
from kazutb_transparency.privacy.scanner import NotCheckable

from .docfactory import make_docx, make_jpeg, make_pdf, make_xlsx

IIN = "880715401231"  # valid check digit, born 15 July 1988


def found(path: Path, allowlist: Allowlist | None = None) -> list[tuple[str, str]]:
    return [(f.where, f.category) for f in scan_file(path, allowlist or Allowlist())]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pdf_text_names_the_page(tmp_path: Path) -> None:
    pdf = write(tmp_path, "order.pdf", make_pdf(["Order 145", f"Student IIN {IIN}"]))
    assert found(pdf) == [("page 2", "iin")]
    (finding,) = scan_file(pdf, Allowlist())
    assert "order.pdf: page 2" in str(finding) and IIN not in str(finding)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("/Author", "Aigerim Sarsenova"),
        ("/Author", "Айгерим"),
        ("/Author", "Сарсенова А.Б."),
        ("/Creator", "Daulet Kenzhebayev"),
        ("/Subject", "Заявление Лебедевой Ксении"),
        ("/Keywords", "тел. +7 701 555 12 34"),
    ],
)
def test_pdf_metadata(tmp_path: Path, key: str, value: str) -> None:
    pdf = write(tmp_path, "charter.pdf", make_pdf(["Charter of the university"], {key: value}))
    assert [where for where, _ in found(pdf)] == [f"metadata {key}"]


@pytest.mark.parametrize(
    "author", ["Microsoft Office User", "Administrator", "ҚазТБУ", "KazUTB Legal Department", ""]
)
def test_pdf_software_and_organisation_authors_pass(tmp_path: Path, author: str) -> None:
    pdf = write(tmp_path, "c.pdf", make_pdf(["Charter"], {"/Author": author, "/Producer": "pypdf"}))
    assert found(pdf) == []


def test_pdf_without_text_layer_cannot_be_checked(tmp_path: Path) -> None:
    pdf = write(tmp_path, "scan.pdf", make_pdf(["", ""]))
    with pytest.raises(NotCheckable, match="without a text layer"):
        scan_file(pdf, Allowlist())
    report = scan_report([tmp_path], Allowlist())
    assert report.unchecked and "scan.pdf" in report.unchecked[0]


def test_pdf_without_text_read_by_a_person_passes(tmp_path: Path) -> None:
    data = make_pdf([""])
    pdf = write(tmp_path, "licence-scan.pdf", data)
    entry = {"file": "licence-scan.pdf", "sha256": hashlib.sha256(data).hexdigest(), "reason": "r"}
    allowlist = Allowlist.from_file(AllowlistFile.model_validate({"documents": [entry]}))
    assert scan_file(pdf, allowlist) == []
    pdf.write_bytes(make_pdf(["", ""]))  # a replaced file needs a new reading
    with pytest.raises(NotCheckable):
        scan_file(pdf, allowlist)


@pytest.mark.parametrize("data", [b"", b"MZ\x90\x00 this is an exe", b"%PDF-1.7\n garbage"])
def test_not_a_pdf_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ScanError, match="cannot be checked"):
        scan_file(write(tmp_path, "licence.pdf", data), Allowlist())


def test_docx_text_and_properties(tmp_path: Path) -> None:
    docx = write(
        tmp_path,
        "minutes.docx",
        make_docx(
            ["Хаттама № 3", "Хатшы: Жанна Омарова"],
            creator="Омарова Ж.",
            last_modified_by="aigerim.s",
        ),
    )
    assert found(docx) == [("document", "person-name"), ("properties dc:creator", "person-name")]


def test_xlsx_cells_with_a_name_header(tmp_path: Path) -> None:
    xlsx = write(
        tmp_path,
        "list.xlsx",
        make_xlsx([["ФИО", "ИИН"], ["Омарова Жанна", IIN], ["Кенжебаев Д.", "—"]]),
    )
    assert sorted(found(xlsx)) == [
        ("sheet sheet1", "iin"),
        ("sheet sheet1", "person-name"),
        ("sheet sheet1", "person-name"),
    ]


def test_image_exif_author_and_gps(tmp_path: Path) -> None:
    photo = write(tmp_path, "event.jpg", make_jpeg(artist="Aigerim Sarsenova", gps=True))
    assert found(photo) == [("EXIF Artist", "person-name"), ("EXIF GPS position", "gps-location")]
    assert found(write(tmp_path, "xp.jpg", make_jpeg(xp_author="Даулет"))) == [
        ("EXIF XPAuthor", "person-name")
    ]
    assert found(write(tmp_path, "clean.jpg", make_jpeg())) == []


def test_a_zip_member_whose_twin_is_gone_is_read_itself(tmp_path: Path) -> None:
    """The build moves the open data into the site while the gate may still be reading the
    archive: a twin that was listed as published beside it, then gone, covers nothing."""
    site = tmp_path / "site"
    (site / "opendata").mkdir(parents=True)
    twin = site / "opendata" / "people.csv"
    twin.write_text(f"name,iin\nx,{IIN}\n", encoding="utf-8")
    archive = site / "opendata" / "pack.zip"
    with zipfile.ZipFile(archive, "w") as pack:
        pack.writestr("opendata/people.csv", twin.read_text(encoding="utf-8"))
    covered = frozenset({twin.resolve()})
    assert scan_file(archive, Allowlist(), covered) == []  # covered by its twin
    twin.unlink()
    found = scan_file(archive, Allowlist(), covered)
    assert [f.category for f in found] == ["iin"]


def test_zip_members_are_scanned_unless_covered_by_their_published_twin(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "opendata").mkdir(parents=True)
    (site / "documents").mkdir()
    clean_pdf = make_pdf(["Charter"])
    (site / "documents" / "charter.pdf").write_bytes(clean_pdf)
    with zipfile.ZipFile(site / "opendata" / "pack.zip", "w") as pack:
        pack.writestr("documents/charter.pdf", clean_pdf)
        pack.writestr("opendata/extra.csv", f"name,iin\nx,{IIN}\n")
        pack.writestr("documents/order.pdf", make_pdf([f"IIN {IIN}"]))
    report = scan_report([site], Allowlist())
    assert not report.errors
    assert sorted(
        (Path(f.path).relative_to(site).as_posix(), f.category) for f in report.findings
    ) == [
        ("opendata/pack.zip!documents/order.pdf", "iin"),
        ("opendata/pack.zip!opendata/extra.csv", "iin"),
    ]
