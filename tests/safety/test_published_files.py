"""Every file published from docs/ and data/documents/ passes a gate for its type.

Documents (core/activecontent.py, through core/filecheck.py): a PDF that runs JavaScript,
launches a program, carries an embedded file, rich media or an XFA form, or has a link
that runs code, and an Office file with macros, a remote template, paths that climb out of
the folder or a ZIP bomb, are refused — whether the names are plain, hex-escaped, in mixed
case or hidden in an object stream. Files beside the pages (core/sidefiles.py): HTML pages,
scripts the site does not load, stylesheets and SVGs that load from elsewhere or run
script, images that are not images and every other type are refused with their file, line
and what to do; the repository's own files pass.
"""

from __future__ import annotations

import io
import shutil
import warnings
import zipfile
import zlib
from pathlib import Path

import pypdf
import pytest
from buildtools import DATA, REPO, TODAY
from pypdf.actions import JavaScript
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    TextStringObject,
)

from kazutb_transparency.core import activecontent
from kazutb_transparency.core.activecontent import pdf_refusal, shown_name, zip_refusal
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.filecheck import content_problem, content_refusal
from kazutb_transparency.core.sidefiles import (
    css_problems,
    file_type,
    published_scripts,
    side_file_problems,
    svg_problems,
)
from tests.disclosures.helpers import only, problems_of

# --- building PDFs --------------------------------------------------------------------------


def written(writer: pypdf.PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def blank() -> pypdf.PdfWriter:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    return writer


def raw_pdf(objects: list[bytes], unlisted: list[bytes] = ()) -> bytes:
    """A PDF written by hand: object 1 the catalog, each object listed in the xref table;
    `unlisted` objects are in the file's body but not in its table (pypdf never reads them,
    a repairing viewer may)."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    for number, body in enumerate(unlisted, start=len(objects) + 1):
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    return bytes(out)


PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"


def catalog(extra: bytes = b"") -> bytes:
    return b"<< /Type /Catalog /Pages 2 0 R " + extra + b" >>"


def object_stream(content: bytes, kind: bytes = b"/Type /ObjStm") -> bytes:
    """An object stream holding object 5 (`content`), compressed."""
    header = b"5 0 "
    data = zlib.compress(header + content)
    return b"<< %s /N 1 /First %d /Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream" % (
        kind,
        len(header),
        len(data),
        data,
    )


def pdf_with_object_stream(content: bytes, catalog_extra: bytes) -> bytes:
    """Object 5 (`content`) compressed in object stream 4, listed by a cross-reference
    stream (object 6), as PDF 1.5 writers save: pypdf reads it from there."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number, body in enumerate(
        [catalog(catalog_extra), PAGES, PAGE, object_stream(content)], start=1
    ):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    offsets[6] = len(out)
    rows = b"\x00\x00\x00\x00\x00\xff\xff"
    for number in (1, 2, 3, 4):
        rows += b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00"
    rows += b"\x02" + (4).to_bytes(4, "big") + b"\x00\x00"  # object 5: in stream 4, first
    rows += b"\x01" + offsets[6].to_bytes(4, "big") + b"\x00\x00"
    out += b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % (
        len(rows)
    )
    out += rows + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % offsets[6]
    return bytes(out)


def with_annotation(annotation: dict) -> bytes:
    writer = blank()
    writer.add_annotation(0, DictionaryObject(annotation))
    return written(writer)


def name(text: str) -> NameObject:
    return NameObject(text)


def js_open_action() -> bytes:
    writer = blank()
    writer._root_object[name("/OpenAction")] = JavaScript("app.alert(1)")
    return written(writer)


def document_js() -> bytes:
    writer = blank()
    writer.add_open_action(JavaScript("app.alert(1)"))  # the names tree's JavaScript
    return written(writer)


def attachment(filename: str = "invoice.exe") -> bytes:
    writer = blank()
    writer.add_attachment(filename, b"MZ\x90\x00 a Windows program")
    return written(writer)


def launch_open_action() -> bytes:
    writer = blank()
    writer._root_object[name("/OpenAction")] = DictionaryObject(
        {name("/S"): name("/Launch"), name("/F"): TextStringObject("cmd.exe")}
    )
    return written(writer)


def page_additional_action() -> bytes:
    writer = blank()
    writer.pages[0][name("/AA")] = DictionaryObject({name("/O"): JavaScript("app.alert(1)")})
    return written(writer)


def link_to(address: str) -> bytes:
    writer = blank()
    writer.add_annotation(0, Link(rect=(10, 10, 100, 40), url=address))
    return written(writer)


def action_link(kind: str, **entries: object) -> bytes:
    action = {name("/S"): name(kind)}
    action.update({name(f"/{key}"): value for key, value in entries.items()})
    return with_annotation(
        {
            name("/Type"): name("/Annot"),
            name("/Subtype"): name("/Link"),
            name("/Rect"): ArrayObject([]),
            name("/A"): DictionaryObject(action),
        }
    )


def xfa_form() -> bytes:
    writer = blank()
    writer._root_object[name("/AcroForm")] = DictionaryObject(
        {name("/Fields"): ArrayObject(), name("/XFA"): TextStringObject("<xdp/>")}
    )
    return written(writer)


PDF_REFUSED = {
    "javascript-open-action": (js_open_action, "runs JavaScript when opened (/OpenAction)"),
    "javascript-names-tree": (document_js, "carries JavaScript (/Names /JavaScript)"),
    "embedded-executable": (attachment, "carries an embedded file ('invoice.exe')"),
    "launch-open-action": (
        launch_open_action,
        "launches a program or opens a file when opened (/OpenAction /Launch)",
    ),
    "page-additional-action": (page_additional_action, "(/AA of a page)"),
    "javascript-link": (lambda: link_to("javascript:app.alert(1)"), "(/URI javascript:)"),
    "javascript-link-mixed-case": (lambda: link_to(" JaVaScRiPt:app.alert(1)"), "/URI javascript:"),
    "file-link": (lambda: link_to("file:///C:/Windows/system32/calc.exe"), "/URI file:"),
    "submit-form": (
        lambda: action_link("/SubmitForm", F=TextStringObject("https://x.example/")),
        "sends form data",
    ),
    "import-data": (lambda: action_link("/ImportData"), "imports form data"),
    "remote-go-to": (
        lambda: action_link("/GoToR", F=TextStringObject("other.pdf")),
        "opens another file (/GoToR action)",
    ),
    "file-attachment-annotation": (
        lambda: with_annotation(
            {
                name("/Type"): name("/Annot"),
                name("/Subtype"): name("/FileAttachment"),
                name("/Rect"): ArrayObject([]),
                name("/FS"): DictionaryObject(
                    {name("/Type"): name("/Filespec"), name("/F"): TextStringObject("a.js")}
                ),
            }
        ),
        "'a.js', in a file attachment annotation",
    ),
    "rich-media": (
        lambda: with_annotation(
            {
                name("/Type"): name("/Annot"),
                name("/Subtype"): name("/RichMedia"),
                name("/Rect"): ArrayObject([]),
            }
        ),
        "rich media",
    ),
    "xfa-form": (xfa_form, "is an XFA form"),
    # Written by hand: names hex-escaped (/J#61vaScript is /JavaScript), in mixed case, in
    # an object stream, or outside the cross-reference table where pypdf never looks.
    "hex-escaped-names": (
        lambda: raw_pdf(
            [catalog(b"/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>"), PAGES, PAGE]
        ),
        "runs JavaScript when opened (/OpenAction)",
    ),
    "hex-escaped-launch": (
        lambda: raw_pdf([catalog(b"/OpenAction 4 0 R"), PAGES, PAGE, b"<< /S /#4C#61unch >>"]),
        "launches a program",
    ),
    "mixed-case-raw": (
        lambda: raw_pdf([catalog(), PAGES, PAGE, b"<< /S /JaVaScRiPt /Js (app.alert(1)) >>"]),
        "carries JavaScript (/JaVaScRiPt, found in the file's raw objects)",
    ),
    "in-object-stream": (
        lambda: pdf_with_object_stream(
            b"<< /S /JavaScript /JS (app.alert(1)) >>", b"/OpenAction 5 0 R"
        ),
        "runs JavaScript when opened (/OpenAction)",
    ),
    "unlisted-object": (
        lambda: raw_pdf(
            [catalog(), PAGES, PAGE],
            unlisted=[b"<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"],
        ),
        "found in the file's raw objects",
    ),
    "unlisted-hex-escaped-object-stream": (
        lambda: raw_pdf(
            [catalog(), PAGES, PAGE],
            unlisted=[object_stream(b"<< /S /Launch /F (calc.exe) >>", b"/Type /Obj#53tm")],
        ),
        "launches a program or opens a file (/Launch, found in the file's raw objects)",
    ),
}


@pytest.mark.parametrize("make, expected", PDF_REFUSED.values(), ids=PDF_REFUSED.keys())
def test_pdfs_with_active_content_are_refused(tmp_path: Path, make, expected: str) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make())
    assert len(pypdf.PdfReader(path).pages) == 1  # a real PDF, with its page
    refusal = content_refusal(path)
    assert refusal is not None and expected in refusal.message, refusal
    assert "print the original to PDF again" in refusal.hint and "PDF/A" in refusal.hint
    problem = content_problem(path)
    assert problem is not None and refusal.message in problem and refusal.hint in problem


@pytest.mark.parametrize(
    "make",
    [
        lambda: raw_pdf([catalog(b"/OpenAction << /S /J#61vaScript /J#53 (x) >>"), PAGES, PAGE]),
        lambda: raw_pdf([catalog(), PAGES, PAGE, b"<< /#41#41 << /O 5 0 R >> >>"]),
        lambda: pdf_with_object_stream(b"<< /Type /EmbeddedFile >>", b""),
        lambda: raw_pdf(
            [catalog(b"/OpenAction << /S /URI /URI (https://x.example/) >>"), PAGES, PAGE]
        ),
    ],
    ids=["hex-escaped", "hex-escaped-AA", "object-stream", "open-action-uri"],
)
def test_the_raw_backstop_alone_finds_what_the_object_walk_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make
) -> None:
    """Were pypdf's walk to miss an object, the raw bytes still refuse the file."""
    monkeypatch.setattr(activecontent, "_walk_pdf", lambda reader, findings: None)
    path = tmp_path / "report.pdf"
    path.write_bytes(make())
    refusal = pdf_refusal(path)
    assert refusal is not None and "found in the file's raw objects" in refusal.message


def test_an_embedded_files_name_is_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(attachment("invoice\u202egpj.exe\nsecond line"))
    refusal = content_refusal(path)
    assert refusal is not None
    assert "invoice\\u202egpj.exe\\nsecond line" in refusal.message
    assert "\u202e" not in refusal.message and "\n" not in refusal.message


def _with_page_text(text: bytes) -> bytes:
    content = b"BT /F1 12 Tf 10 100 Td (" + text + b") Tj ET"
    return raw_pdf(
        [
            catalog(),
            PAGES,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        ]
    )


def _open_at_destination(kind: str) -> bytes:
    writer = blank()
    page = writer.pages[0].indirect_reference
    destination = ArrayObject([page, name("/Fit")])
    writer._root_object[name("/OpenAction")] = (
        destination
        if kind == "array"
        else DictionaryObject({name("/S"): name("/GoTo"), name("/D"): destination})
    )
    return written(writer)


PDF_PASSES = {
    "plain": lambda: written(blank()),
    "https-link": lambda: link_to("https://kazutb.edu.kz/"),
    "mailto-link": lambda: link_to("mailto:info@kazutb.edu.kz"),
    "opens-at-a-page": lambda: _open_at_destination("array"),
    "opens-at-a-page-by-go-to": lambda: _open_at_destination("go-to"),
    "page-text-about-javascript": lambda: _with_page_text(b"/JavaScript /JS /AA javascript:"),
}


@pytest.mark.parametrize("make", PDF_PASSES.values(), ids=PDF_PASSES.keys())
def test_plain_pdfs_pass(tmp_path: Path, make) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(make())
    assert content_problem(path) is None


def test_a_document_replaced_by_one_with_active_content_is_checked_again(tmp_path: Path) -> None:
    """The check is remembered per file (the preview reloads the data often), by the file's
    size, times and inode: a replaced file is read again."""
    path = tmp_path / "report.pdf"
    path.write_bytes(written(blank()))
    assert content_problem(path) is None
    path.write_bytes(js_open_action())
    assert "runs JavaScript when opened" in (content_problem(path) or "")


def test_the_repositorys_documents_pass() -> None:
    files = sorted((DATA / "documents").iterdir())
    assert files
    assert {f.name: content_problem(f) for f in files} == {f.name: None for f in files}


def test_a_broken_pdf_is_still_refused_as_broken(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n/JavaScript not really a PDF")
    assert "cannot be opened" in (content_problem(path) or "")


# --- Office files --------------------------------------------------------------------------

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{}'
    "</Relationships>"
)
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PACKAGE_RELS = RELS.format(
    f'<Relationship Id="rId1" Type="{R}officeDocument" Target="word/document.xml"/>'
)
DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
    'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Ереже</w:t></w:r></w:p></w:body></w:document>'
)


def relationship(kind: str, target: str, external: bool = True) -> str:
    mode = ' TargetMode="External"' if external else ""
    return f'<Relationship Id="rId9" Type="{R}{kind}" Target="{target}"{mode}/>'


def docx(path: Path, extra: dict[str, bytes | str] | None = None, main: str = MAIN) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=main))
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/document.xml", DOCUMENT)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a duplicate name, on purpose
            for member, content in (extra or {}).items():
                archive.writestr(member, content)
    return path


def odt(path: Path, extra: dict[str, bytes | str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr(
            "content.xml",
            '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:'
            'opendocument:xmlns:office:1.0"><office:body/></office:document-content>',
            zipfile.ZIP_DEFLATED,
        )
        archive.writestr("META-INF/manifest.xml", "<manifest/>", zipfile.ZIP_DEFLATED)
        for member, content in (extra or {}).items():
            archive.writestr(member, content, zipfile.ZIP_DEFLATED)
    return path


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 56


def document_rels(*relationships: str) -> dict[str, str]:
    return {"word/_rels/document.xml.rels": RELS.format("".join(relationships))}


OFFICE_REFUSED = {
    "macro-project": (
        "docx",
        {"word/vbaProject.bin": OLE},
        "a macro project (word/vbaProject.bin)",
    ),
    "macro-project-mixed-case": ("docx", {"Word/VbaProject.BIN": OLE}, "a macro project"),
    "macro-project-elsewhere": ("docx", {"customXml/x/vbaproject.bin": OLE}, "a macro project"),
    "macro-content-type": (
        "docx-main",
        MAIN.replace("document.main", "document.macroEnabled.main"),
        "declares macro content",
    ),
    "macro-content-type-escaped": (
        "docx-main",
        MAIN.replace("document.main", "document.macro&#69;nabled.main"),
        "macroEnabled",
    ),
    "parent-folder": ("docx", {"../../evil.lnk": b"x"}, "'..' in its path"),
    "parent-folder-inside": ("docx", {"word/media/../../../x.png": b"x"}, "'..' in its path"),
    "absolute-path": ("docx", {"/etc/cron.d/x": b"x"}, "an absolute path"),
    "backslash": ("docx", {"..\\..\\Startup\\x.exe": b"x"}, "a backslash"),
    "drive-letter": ("docx", {"C:/Users/Public/x.exe": b"x"}, "a drive letter"),
    "control-character": ("docx", {"word/a\u202ecod.exe": b"x"}, "text-direction characters"),
    "executable-embedding": (
        "docx",
        {"word/embeddings/oleObject1.bin": b"MZ\x90\x00\x03"},
        "a Windows program (word/embeddings/oleObject1.bin)",
    ),
    "packaged-file": (
        "docx",
        {"word/embeddings/oleObject1.bin": OLE + "\x01Ole10Native".encode("utf-16-le")},
        "an embedded file packaged as an OLE object",
    ),
    "equation-editor": (
        "docx",
        {"word/embeddings/oleObject2.bin": OLE + "Equation Native".encode("utf-16-le")},
        "Equation Editor",
    ),
    "activex": ("docx", {"word/activeX/activeX1.xml": "<ax/>"}, "an ActiveX control"),
    "remote-template": (
        "docx",
        {
            "word/_rels/settings.xml.rels": RELS.format(
                relationship("attachedTemplate", "https://x.example/t.dotm")
            )
        },
        "loads a template from elsewhere (attachedTemplate",
    ),
    "remote-ole-object": (
        "docx",
        document_rels(relationship("oleObject", "http://x.example/a.html!")),
        "loads content from outside the document (oleObject",
    ),
    "file-hyperlink": (
        "docx",
        document_rels(relationship("hyperlink", "file:///C:/Windows/calc.exe")),
        "a link to a file: address",
    ),
    "unc-hyperlink": (
        "docx",
        document_rels(relationship("hyperlink", "\\\\host\\share\\x.exe")),
        "a link to a file: address",
    ),
    "search-ms-hyperlink": (
        "docx",
        document_rels(relationship("hyperlink", "search-ms:query=x")),
        "a link to a search-ms: address",
    ),
    "duplicate-member": (
        "docx",
        {"word/document.xml": DOCUMENT},
        "names the member 'word/document.xml' twice",
    ),
    "zip-bomb": (
        "docx",
        {"word/media/image1.xml": b"\0" * 5_000_000},
        "unpacks more than 100 times its packed size",
    ),
    "odt-basic-macros": (
        "odt",
        {"Basic/Standard/Module1.xml": "<script:module/>"},
        "macros or scripts (Basic/Standard/Module1.xml)",
    ),
    "odt-scripts": (
        "odt",
        {"Scripts/python/run.py": "import os"},
        "macros or scripts (Scripts/python/run.py)",
    ),
    "odt-event-listener": (
        "odt-content",
        '<office:document-content xmlns:office="o"><script:event-listener xmlns:script="s" '
        'script:macro-name="vnd.sun.star.script:Standard.Module1.Main"/>'
        "</office:document-content>",
        "runs macros on events",
    ),
}


@pytest.mark.parametrize(
    "kind, extra, expected", OFFICE_REFUSED.values(), ids=OFFICE_REFUSED.keys()
)
def test_office_files_with_macros_or_hostile_archives_are_refused(
    tmp_path: Path, kind: str, extra, expected: str
) -> None:
    if kind == "docx":
        path = docx(tmp_path / "policy.docx", extra)
    elif kind == "docx-main":
        path = docx(tmp_path / "policy.docx", main=extra)
    elif kind == "odt":
        path = odt(tmp_path / "policy.odt", extra)
    else:
        path = tmp_path / "policy.odt"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            archive.writestr("content.xml", extra)
    refusal = content_refusal(path)
    assert refusal is not None and expected in refusal.message, refusal
    assert refusal.hint and "PDF" in refusal.hint
    assert "\u202e" not in refusal.message  # names are shown escaped


def test_an_archive_that_unpacks_too_large_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(activecontent, "MAX_UNPACKED", 10_000)
    path = docx(
        tmp_path / "table.xlsx", {f"xl/media/{n}.bin": bytes(range(256)) * 10 for n in range(5)}
    )
    refusal = zip_refusal(path)
    assert refusal is not None and "unpacks to more than" in refusal.message


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 not an archive", b"PK\x03\x04" + b"\x00" * 100],
    ids=["garbage", "zeros"],
)
def test_a_document_that_is_not_a_zip_archive_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "policy.docx"
    path.write_bytes(content)
    assert "not a valid ZIP archive" in (content_problem(path) or "")


@pytest.mark.parametrize(
    "make",
    [
        lambda p: docx(p / "policy.docx"),
        lambda p: docx(
            p / "policy.docx", document_rels(relationship("hyperlink", "https://kazutb.edu.kz/"))
        ),
        lambda p: docx(
            p / "policy.docx", {"word/media/image1.png": b"\x89PNG\r\n\x1a\n" + bytes(64)}
        ),
        lambda p: odt(p / "policy.odt", {"Pictures/a.png": b"\x89PNG\r\n\x1a\n"}),
    ],
    ids=["plain-docx", "https-hyperlink", "image", "plain-odt"],
)
def test_plain_office_files_pass(tmp_path: Path, make) -> None:
    assert content_problem(make(tmp_path)) is None


def test_a_sheet_embedded_in_a_document_is_refused(tmp_path: Path) -> None:
    """An embedded object of any kind (a chart's own data are checked as a workbook)."""
    made = docx(
        tmp_path / "policy.docx", {"word/embeddings/Microsoft_Excel_Worksheet.xlsx": b"PK\x03\x04"}
    )
    assert content_problem(made) is not None


# --- the loader: a document record pointing at a hostile file --------------------------------


@pytest.mark.parametrize("hostile", ["javascript-pdf", "macro-docx"])
def test_a_document_record_pointing_at_active_content_is_refused(
    data_copy: Path, edit, hostile: str
) -> None:
    documents = data_copy / "documents"
    if hostile == "javascript-pdf":
        (documents / "sample-licence.pdf").write_bytes(js_open_action())
        name_of_file, expected = "sample-licence.pdf", "runs JavaScript when opened"
    else:
        (documents / "sample-licence.pdf").unlink()
        docx(documents / "sample-licence.docx", {"word/vbaProject.bin": OLE})
        edit(
            data_copy / "disclosures" / "documents.yaml",
            "  file: sample-licence.pdf\n",
            "  file: sample-licence.docx\n",
        )
        name_of_file, expected = "sample-licence.docx", "carries a macro project"
    problem = only(problems_of(data_copy), "disclosures/documents.yaml", "file")
    assert problem.record == "licence" and problem.line is not None
    assert name_of_file in problem.message and expected in problem.message
    assert problem.hint


# --- files beside the pages -------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project whose configuration loads two scripts (one by a theme template)."""
    root = tmp_path / "project"
    (root / "docs" / "kk" / "assets").mkdir(parents=True)
    (root / "overrides" / "partials").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(
        "site_name: test\nsite_url: !ENV [X, 'https://x/']\ntheme:\n  name: material\n"
        "  custom_dir: overrides\nextra_javascript:\n  - assets/listed.js\n"
        "  - path: assets/module.mjs\n    type: module\n",
        encoding="utf-8",
    )
    (root / "overrides" / "partials" / "x.html").write_text(
        "<script src=\"{{ 'assets/themed.js' | url }}\"></script>\n", encoding="utf-8"
    )
    (root / "docs" / "kk" / "index.md").write_text("# Басты бет\n", encoding="utf-8")
    return root


def refused(project: Path, relative: str, content: bytes | str = b"") -> list:
    path = project / "docs" / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return side_file_problems(project / "docs", project)


@pytest.mark.parametrize(
    "relative",
    ["kk/page.html", "kk/PAGE.HTM", "ru/x.xhtml", "en/x.shtml", "kk/assets/a.Html", "index.html"],
)
def test_html_pages_are_refused(project: Path, relative: str) -> None:
    (problem,) = refused(project, relative, "<script>alert(1)</script>")
    assert problem.message == "HTML pages are published only as Markdown sources"
    assert problem.file.endswith(Path(relative).name) and "Markdown (.md)" in problem.hint


@pytest.mark.parametrize(
    "relative", ["kk/assets/evil.js", "kk/assets/LISTED.JS", "kk/x/listed.js", "kk/a.mjs", "x.cjs"]
)
def test_scripts_the_site_does_not_load_are_refused(project: Path, relative: str) -> None:
    (problem,) = refused(project, relative, "alert(1)")
    assert problem.message.startswith("scripts are not published from docs/")
    assert "extra_javascript" in problem.hint


@pytest.mark.parametrize(
    "relative",
    ["kk/assets/listed.js", "ru/assets/listed.js", "kk/assets/themed.js", "kk/assets/module.mjs"],
)
def test_the_scripts_the_site_loads_are_published(project: Path, relative: str) -> None:
    assert refused(project, relative, "/* reviewed */") == []


def test_the_repositorys_scripts_are_those_its_configuration_loads() -> None:
    assert published_scripts(REPO / "mkdocs.yml") >= {
        "assets/catalogue-filter.js",
        "assets/content.js",
        "assets/palette.js",
        "assets/kazutb-search.js",
    }


CSS_REFUSED = {  # stylesheet, what is said, at which line
    "import-https": ("@import url(https://x.example/a.css);", "@import loads from another host", 1),
    "import-string": (
        '@import "http://x.example/a.css" screen;',
        "@import loads from another host",
        1,
    ),
    "import-escaped": ("\n\n@\\69 mport 'https://x.example/a.css';", "@import loads", 3),
    "import-escaped-at": (
        "a{}\n\\40 import url('//x.example/a.css');",
        "@import loads from another host",
        2,
    ),
    "import-split-by-comment": (
        "@im/**/port '//x.example/a.css';",
        "@import loads from another host",
        1,
    ),
    "import-mixed-case": ("@IMPORT URL(HTTPS://X.EXAMPLE/A.CSS);", "@import loads", 1),
    "url-https": (
        "a {\n  background: url( 'https://x.example/t.png' );\n}",
        "url() loads from another host",
        2,
    ),
    "url-protocol-relative": (
        "a{background:url(//x.example/t.png)}",
        "url() loads from another host",
        1,
    ),
    "url-escaped": ("a{background:u\\72l(\\68ttps://x.example/t.png)}", "url() loads", 1),
    "url-javascript": ("a{background:url(JavaScript:alert(1))}", "javascript: address", 1),
    "url-data-html": (
        "a{background:url(data:text/html,<script>alert(1)</script>)}",
        "data: address that is not an image",
        1,
    ),
    "url-after-string-comment": (
        'a{content:"/*"}\nb{background:url(https://x.example/)}\nc{content:"*/"}',
        "url() loads",
        2,
    ),
    "image-set": (
        "a{background:image-set('https://x.example/a.png' 1x)}",
        "loads from another host",
        1,
    ),
    "expression": ("a{width:expression(alert(1))}", "expression()", 1),
    "expression-escaped": ("a{width:e\\78 pression(alert(1))}", "expression()", 1),
    "behavior": ("a{behavior:url(a.htc)}", "behavior:", 1),
    "binding": ("a{-moz-binding:url(a.xml#x)}", "-moz-binding", 1),
    "binding-split": ("a{-moz-bin/* */ding:url(a.xml#x)}", "-moz-binding", 1),
}


@pytest.mark.parametrize("css, expected, line", CSS_REFUSED.values(), ids=CSS_REFUSED.keys())
def test_stylesheets_that_load_from_elsewhere_or_run_script_are_refused(
    project: Path, css: str, expected: str, line: int
) -> None:
    problems = refused(project, "kk/assets/extra.css", css)
    matching = [p for p in problems if expected in p.message]
    assert matching, problems
    assert matching[0].line == line and matching[0].file.endswith("extra.css")
    assert all(p.hint and "relative url()" in p.hint for p in problems)


def test_a_stylesheets_findings_carry_their_lines() -> None:
    found = css_problems("a{}\n/* a\ncomment */\nb{background:url(http://x.example/)}\n")
    assert [(f.line, f.message) for f in found] == [
        (4, "url() loads from another host or scheme (http://x.example/)")
    ]


@pytest.mark.parametrize(
    "css",
    [
        "a{background:url(img/a.png)}",
        "a{background:url('../img/a.png')} b{background:url(/assets/a.png)}",
        "a{background:url(data:image/svg+xml,%3Csvg%20xmlns%3D%22http://www.w3.org/2000/svg%22/%3E)}",
        'a{background:url("data:image/png;base64,iVBORw0KGgo=")}',
        "/* see https://x.example/ for the palette */ a{color:#123}",
        "@import 'local.css'; @font-face{font-family:x;src:url(fonts/x.woff2) format('woff2')}",
        "a::after{content:'→'} a{background:image-set('a.png' 1x, 'a@2x.png' 2x)}",
    ],
)
def test_plain_stylesheets_pass(project: Path, css: str) -> None:
    assert refused(project, "kk/assets/extra.css", css) == []


SVG = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
SVG_REFUSED = {
    "script": (f"<svg {SVG}>\n<script>alert(1)</script></svg>", "a <script>", 2),
    "script-upper-case": (f"<svg {SVG}><SCRIPT>alert(1)</SCRIPT></svg>", "a <script>", 1),
    "script-in-namespace": (
        f'<svg {SVG} xmlns:h="http://www.w3.org/1999/xhtml"><h:script/></svg>',
        "a <script>",
        1,
    ),
    "onload": (f'<svg {SVG}\n\n onload="alert(1)"/>', "an event handler (onload=…)", 1),
    "onload-mixed-case": (f'<svg {SVG}><rect OnClick="alert(1)"/></svg>', "an event handler", 1),
    "foreign-object": (
        f"<svg {SVG}><foreignObject><p>x</p></foreignObject></svg>",
        "<foreignObject>",
        1,
    ),
    "javascript-href": (
        f'<svg {SVG}><a href="javascript:alert(1)"><text>x</text></a></svg>',
        "a javascript: link",
        1,
    ),
    "javascript-href-escaped": (
        f'<svg {SVG}><a xlink:href=" jav&#x09;a&#115;cript:alert(1)"/></svg>',
        "a javascript: link",
        1,
    ),
    "javascript-href-other-prefix": (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:q="http://www.w3.org/1999/xlink">'
        '<a q:href="JAVASCRIPT:x"/></svg>',
        "a javascript: link",
        1,
    ),
    "data-href": (
        f'<svg {SVG}><image href="data:text/html;base64,PHNjcmlwdD4="/></svg>',
        "a data: link",
        1,
    ),
    "external-href": (
        f'<svg {SVG}><image href="https://x.example/a.png"/></svg>',
        "loads from another host",
        1,
    ),
    "protocol-relative-href": (
        f'<svg {SVG}><image xlink:href="//x.example/a.png"/></svg>',
        "loads from another host",
        1,
    ),
    "use-other-file": (
        f'<svg {SVG}><use href="sprite.svg#icon"/></svg>',
        "a <use> of another file",
        1,
    ),
    "doctype-entities": (
        '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n'
        f"<svg {SVG}><text>&b;</text></svg>",
        "<!DOCTYPE>",
        2,
    ),
    "external-entity": (
        f'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg {SVG}>&x;</svg>',
        "<!DOCTYPE>",
        1,
    ),
    "iframe": (f"<svg {SVG}><iframe/></svg>", "an <iframe>", 1),
    "embed": (f"<svg {SVG}><embed/></svg>", "an <embed>", 1),
    "object": (f"<svg {SVG}><object/></svg>", "an <object>", 1),
    "animated-href": (
        f'<svg {SVG}><a><set attributeName="xlink:href" to="javascript:alert(1)"/></a></svg>',
        "changes a link",
        1,
    ),
    "stylesheet-instruction": (
        f'<?xml-stylesheet href="https://x.example/a.css"?><svg {SVG}/>',
        "a processing instruction",
        1,
    ),
    "style-import": (
        f"<svg {SVG}>\n<style>\n@im/**/port url(https://x.example/a.css);</style></svg>",
        "<style> @import loads from another host",
        3,
    ),
    "fill-url": (
        f'<svg {SVG}><rect fill="url(https://x.example/#g)"/></svg>',
        "fill= url() loads",
        1,
    ),
    "unparsable": (f"<svg {SVG}><rect", "not well-formed XML", 1),
    "not-svg": ("<html><body/></html>", "not an SVG image", 1),
}


@pytest.mark.parametrize("svg, expected, line", SVG_REFUSED.values(), ids=SVG_REFUSED.keys())
def test_svgs_that_run_or_load_anything_are_refused(
    project: Path, svg: str, expected: str, line: int
) -> None:
    problems = refused(project, "kk/assets/icon.svg", svg)
    matching = [p for p in problems if expected in p.message]
    assert matching, problems
    assert matching[0].line == line and matching[0].file.endswith("icon.svg")
    assert "plain SVG" in matching[0].hint


def test_an_svg_with_entities_is_refused_before_they_are_expanded() -> None:
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    svg = f'<!DOCTYPE svg [<!ENTITY l0 "lol">{laughs}]><svg {SVG}><text>&l9;</text></svg>'
    (finding,) = svg_problems(svg.encode())
    assert "<!DOCTYPE>" in finding.message


def test_a_plain_svg_icon_passes(project: Path) -> None:
    icon = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg {SVG} viewBox="0 0 24 24" width="24" height="24" role="img">\n'
        "  <title>Іздеу</title>\n"
        '  <defs><linearGradient id="g"><stop offset="0" stop-color="#123"/></linearGradient>\n'
        '  <path id="p" d="M0 0h24v24H0z"/></defs>\n'
        "  <style>.a{fill:url(#g)}</style>\n"
        '  <use href="#p" class="a"/><use xlink:href="#p" style="opacity:.5"/>\n'
        '  <image href="photo.png" width="4" height="4"/>\n'
        "</svg>\n"
    )
    assert refused(project, "kk/assets/icon.svg", icon) == []


def _image(kind: str) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "#336").save(buffer, format=kind)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "relative, fmt",
    [("kk/a.png", "PNG"), ("kk/a.JPG", "JPEG"), ("kk/a.jpeg", "JPEG"), ("kk/a.gif", "GIF"),
     ("kk/a.webp", "WEBP"), ("kk/favicon.ico", "ICO")],
)  # fmt: skip
def test_images_whose_content_is_what_their_names_say_pass(
    project: Path, relative: str, fmt: str
) -> None:
    assert refused(project, relative, _image(fmt)) == []


@pytest.mark.parametrize(
    "relative, content, expected",
    [
        ("kk/a.png", b"<html><script>alert(1)</script>", "not a PNG image: its content is an HTML"),
        ("kk/a.jpg", b"MZ\x90\x00", "not a JPG image: its content is a Windows program"),
        ("kk/a.gif", b"GIF89a" + b"\x00" * 4, "the GIF image cannot be read"),
        ("kk/a.webp", b"RIFF\x00\x00\x00\x00WAVE", "not a WEBP image"),
        ("kk/fonts/x.woff2", b"<svg onload=alert(1)>", "not a WOFF2 font"),
        ("kk/fonts/x.woff", b"wOF2" + bytes(40), "not a WOFF font"),
    ],
)
def test_images_and_fonts_that_are_something_else_are_refused(
    project: Path, relative: str, content: bytes, expected: str
) -> None:
    (problem,) = refused(project, relative, content)
    assert expected in problem.message and problem.hint


def test_fonts_pass_by_their_signature(project: Path) -> None:
    assert refused(project, "kk/fonts/x.woff2", b"wOF2" + bytes(40)) == []
    assert refused(project, "kk/fonts/x.woff", b"wOFF" + bytes(40)) == []


@pytest.mark.parametrize(
    "relative, expected",
    [
        ("kk/notes.txt", "files of type .txt are not published from docs/"),
        ("kk/data.json", "files of type .json are not published from docs/"),
        ("kk/feed.xml", "files of type .xml are not published from docs/"),
        ("kk/x.yml", "files of type .yml are not published from docs/"),
        ("kk/x.YAML", "files of type .yaml are not published from docs/"),
        ("kk/backup.tar.gz", "files of type .tar.gz are not published from docs/"),
        ("kk/assets/site.css.gz", "files of type .css.gz are not published from docs/"),
        ("kk/icon.svgz", "files of type .svgz are not published from docs/"),
        ("kk/Makefile", "files without a type (no suffix in the name) are not published"),
        ("kk/.htaccess", "files without a type (no suffix in the name) are not published"),
        ("kk/page.markdown", "pages are published only from files named .md"),
        ("kk/Page.MD", "pages are published only from files named .md"),
    ],
)
def test_every_other_type_is_refused_by_its_name(
    project: Path, relative: str, expected: str
) -> None:
    (problem,) = refused(project, relative, "x")
    assert problem.message.startswith(expected) and problem.hint
    assert problem.file.endswith(Path(relative).name)


def test_file_types() -> None:
    assert [file_type(n) for n in ("a.SVG", "x.tar.gz", "jquery.min.js", "Makefile", "a.b.c")] == [
        ".svg",
        ".tar.gz",
        ".js",
        "",
        ".c",
    ]


@pytest.mark.parametrize(
    "file_name, escaped",
    [
        ("evil\u202egnp.html", "evil\\u202egnp.html"),
        ("two\nlines.html", "two\\nlines.html"),
        ("tab\there.html", "tab\\there.html"),
        ("zero\u200bwidth.html", "zero\\u200bwidth.html"),
    ],
)
def test_file_names_are_shown_escaped(project: Path, file_name: str, escaped: str) -> None:
    (problem,) = refused(project, f"kk/{file_name}", "<p>x</p>")
    assert problem.file.endswith(escaped), problem.file
    assert file_name not in str(problem)


def test_shown_name() -> None:
    assert shown_name("plain/name-ы.svg") == "plain/name-ы.svg"
    assert shown_name("a\x1b[31mb") == "a\\x1b[31mb"
    assert shown_name("bad-\udcff.svg") == "bad-\\xff.svg"  # a byte that was not UTF-8
    assert shown_name("x" * 500).endswith("…") and len(shown_name("x" * 500)) == 120


def test_problems_are_reported_for_every_file_with_the_file_named(project: Path) -> None:
    docs = project / "docs"
    (docs / "kk" / "a.html").write_text("<p>x</p>", encoding="utf-8")
    (docs / "ru" / "b.svg").parent.mkdir(parents=True)
    (docs / "ru" / "b.svg").write_text(f'<svg {SVG} onload="x"/>', encoding="utf-8")
    found = side_file_problems(docs, project)
    assert sorted(Path(p.file).name for p in found) == ["a.html", "b.svg"]


def test_the_repositorys_own_docs_pass() -> None:
    assert side_file_problems(REPO / "docs", REPO) == []


def test_the_configuration_is_found_from_the_docs_folder_when_the_root_has_none(
    tmp_path: Path,
) -> None:
    """The tests prepare builds with a root of their own and the repository's docs/."""
    assert side_file_problems(REPO / "docs", tmp_path) == []


# --- the build: the files beside the pages are checked before anything is staged -------------


def test_the_build_refuses_an_html_page_and_a_scripted_svg_in_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kazutb_transparency.buildsteps import pipeline

    monkeypatch.setenv("KAZUTB_DATA", str(DATA))
    monkeypatch.setenv("KAZUTB_TODAY", TODAY)
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "overrides", root / "overrides")
    shutil.copytree(REPO / "docs", root / "docs")
    (root / "docs" / "kk" / "old-page.html").write_text(
        "<html><script>alert(document.cookie)</script></html>", encoding="utf-8"
    )
    (root / "docs" / "kk" / "assets" / "logo.svg").write_text(
        f'<svg {SVG}>\n<rect onload="alert(1)"/></svg>', encoding="utf-8"
    )
    site_dir = tmp_path / "site"
    with pytest.raises(DataError) as caught:
        pipeline.prepare(root, root / "docs", site_dir, strict=False, warn=lambda _: None)
    problems = caught.value.problems
    assert sorted(Path(p.file).name for p in problems) == ["logo.svg", "old-page.html"]
    svg = next(p for p in problems if p.file.endswith("logo.svg"))
    assert svg.line == 2 and "event handler (onload=…)" in svg.message
    assert not site_dir.exists()
