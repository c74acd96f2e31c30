"""Office files of the corpus, written part by part: DOCX and ODT by hand (no library here
writes tracked changes, comments or user-defined properties), XLSX through openpyxl with the
parts it cannot write (threaded comments) added to its package. Every package is repacked
with fixed timestamps so that the corpus is the same on every run."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from openpyxl import Workbook

STAMP = (2024, 3, 1, 10, 0, 0)  # every member's time: the corpus is byte-for-byte repeatable
WHEN = "2024-03-01T10:00:00Z"


def zip_bytes(
    members: dict[str, bytes | str], comment: str = "", stored_first: str | None = None
) -> bytes:
    """A ZIP archive of `members` in order; `stored_first` is written uncompressed (ODT's
    mimetype must be)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            info = zipfile.ZipInfo(name, STAMP)
            stored = name == stored_first
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            data = content.encode("utf-8") if isinstance(content, str) else content
            archive.writestr(info, data)
        archive.comment = comment.encode("utf-8")
    return buffer.getvalue()


def _repack(package: bytes, replace: dict[str, str], add: dict[str, str]) -> bytes:
    """The members of `package` with some replaced and some added, timestamps fixed."""
    members: dict[str, bytes | str] = {}
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        for name in archive.namelist():
            members[name] = replace.get(name, archive.read(name))
    members.update(add)
    return zip_bytes(members)


_CORE = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:creator>KazUTB</dc:creator><cp:lastModifiedBy>KazUTB</cp:lastModifiedBy>"
    f'<dcterms:created xsi:type="dcterms:W3CDTF">{WHEN}</dcterms:created>'
    f'<dcterms:modified xsi:type="dcterms:W3CDTF">{WHEN}</dcterms:modified>'
    "</cp:coreProperties>"
)


# --- XLSX ---------------------------------------------------------------------------------


def xlsx(fill: Callable[[Workbook], None]) -> bytes:
    """A workbook made by openpyxl; `fill` writes the sheet. Core properties fixed."""
    workbook = Workbook()
    fill(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _repack(buffer.getvalue(), {"docProps/core.xml": _CORE}, {})


_THREADED_NS = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
_PERSON_ID = "{5A1C3E7B-2D4F-4B6A-9C1E-0F2A3B4C5D6E}"


def xlsx_threaded_comment(cells: list[list[str]], cell: str, text: str, author: str) -> bytes:
    """A workbook whose sheet has a threaded comment (Excel 365) on `cell`: its text in
    xl/threadedComments/, its author's display name in xl/persons/person.xml."""

    def fill(workbook: Workbook) -> None:
        for row in cells:
            workbook.active.append(row)

    base = xlsx(fill)
    with zipfile.ZipFile(io.BytesIO(base)) as archive:
        types = archive.read("[Content_Types].xml").decode("utf-8")
        book_rels = archive.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    types = types.replace(
        "</Types>",
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" '
        'ContentType="application/vnd.ms-excel.threadedcomments+xml"/>'
        '<Override PartName="/xl/persons/person.xml" '
        'ContentType="application/vnd.ms-excel.person+xml"/></Types>',
    )
    book_rels = book_rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdPersons" Type="http://schemas.microsoft.com/office/2017/10/'
        'relationships/person" Target="persons/person.xml"/></Relationships>',
    )
    sheet_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdThreaded" Type="http://schemas.microsoft.com/office/2017/10/'
        'relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>'
        "</Relationships>"
    )
    threaded = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<ThreadedComments xmlns="{_THREADED_NS}" '
        f'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<threadedComment ref="{cell}" dT="2024-03-01T10:00:00.00" personId="{_PERSON_ID}" '
        f'id="{{0B1C2D3E-4F50-4617-8293-A4B5C6D7E8F9}}"><text>{escape(text)}</text>'
        f"</threadedComment></ThreadedComments>"
    )
    persons = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<personList xmlns="{_THREADED_NS}" '
        f'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<person displayName={quoteattr(author)} id="{_PERSON_ID}" '
        f'userId="S::{_PERSON_ID}" providerId="AD"/></personList>'
    )
    return _repack(
        base,
        {"[Content_Types].xml": types, "xl/_rels/workbook.xml.rels": book_rels},
        {
            "xl/worksheets/_rels/sheet1.xml.rels": sheet_rels,
            "xl/threadedComments/threadedComment1.xml": threaded,
            "xl/persons/person.xml": persons,
        },
    )


# --- DOCX ---------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DOC_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs: str) -> str:
    """A paragraph of runs (plain text is wrapped in a run)."""
    return "<w:p>" + "".join(r if r.startswith("<") else run(r) for r in runs) + "</w:p>"


def inserted(text: str, author: str = "KazUTB") -> str:
    """A tracked insertion (w:ins) by `author`."""
    return f'<w:ins w:id="1" w:author={quoteattr(author)} w:date="{WHEN}">{run(text)}</w:ins>'


def deleted(text: str, author: str = "KazUTB") -> str:
    """A tracked deletion (w:del, its text in w:delText) by `author`."""
    return (
        f'<w:del w:id="2" w:author={quoteattr(author)} w:date="{WHEN}"><w:r>'
        f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def docx(
    paragraphs: list[str],
    header: str | None = None,
    footer: str | None = None,
    comment: tuple[str, str, str] | None = None,
    custom: dict[str, str] | None = None,
) -> bytes:
    """A Word document: body paragraphs (from `para`), optionally a page header and footer
    (plain text), one comment (author, initials, text) anchored on the first paragraph, and
    custom document properties (docProps/custom.xml)."""
    types = [
        f'<Override PartName="/word/document.xml" ContentType="{_DOC_TYPE}.document.main+xml"/>',
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    ]
    package_rels = [
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>',
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
        'relationships/metadata/core-properties" Target="docProps/core.xml"/>',
    ]
    doc_rels: list[str] = []
    parts: dict[str, str] = {"docProps/core.xml": _CORE}
    section = ""
    for kind, text in (("header", header), ("footer", footer)):
        if text is None:
            continue
        parts[f"word/{kind}1.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:{kind[:3]} xmlns:w="{_W}" xmlns:r="{_R}">{para(text)}</w:{kind[:3]}>'
        )
        types.append(
            f'<Override PartName="/word/{kind}1.xml" ContentType="{_DOC_TYPE}.{kind}+xml"/>'
        )
        doc_rels.append(f'<Relationship Id="r{kind}" Type="{_REL}/{kind}" Target="{kind}1.xml"/>')
        section += f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
    body = list(paragraphs)
    if comment is not None:
        author, initials, text = comment
        parts["word/comments.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:comments xmlns:w="{_W}"><w:comment w:id="0" w:author={quoteattr(author)} '
            f'w:initials={quoteattr(initials)} w:date="{WHEN}">{para(text)}</w:comment>'
            f"</w:comments>"
        )
        types.append(
            f'<Override PartName="/word/comments.xml" ContentType="{_DOC_TYPE}.comments+xml"/>'
        )
        doc_rels.append(
            f'<Relationship Id="rcomments" Type="{_REL}/comments" Target="comments.xml"/>'
        )
        body[0] = (
            body[0]
            .replace(
                "<w:p>",
                '<w:p><w:commentRangeStart w:id="0"/>',
                1,
            )
            .replace(
                "</w:p>",
                '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>',
            )
        )
    if custom:
        properties = "".join(
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{pid}" '
            f"name={quoteattr(name)}><vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
            for pid, (name, value) in enumerate(custom.items(), start=2)
        )
        parts["docProps/custom.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            'custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
            f'2006/docPropsVTypes">{properties}</Properties>'
        )
        types.append(
            '<Override PartName="/docProps/custom.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        )
        package_rels.append(
            f'<Relationship Id="rId3" Type="{_REL}/custom-properties" '
            'Target="docProps/custom.xml"/>'
        )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{"".join(body)}'
        f"<w:sectPr>{section}</w:sectPr></w:body></w:document>"
    )
    members: dict[str, bytes | str] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + "".join(types) + "</Types>"
        ),
        "_rels/.rels": _relationships(package_rels),
        "word/document.xml": document,
        "word/_rels/document.xml.rels": _relationships(doc_rels),
        **parts,
    }
    return zip_bytes(members)


def _relationships(items: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(items)
        + "</Relationships>"
    )


# --- ODT ----------------------------------------------------------------------------------

_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"'
)


def odt(
    body: str,
    tracked: str = "",
    header: str | None = None,
    footer: str | None = None,
    user_defined: dict[str, str] | None = None,
) -> bytes:
    """An OpenDocument text: `body` is text:p markup, `tracked` the text:tracked-changes
    regions, header and footer the master page's style:header and style:footer,
    `user_defined` the meta:user-defined properties of meta.xml."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODF_NS}>'
        f"<office:body><office:text>"
        f"{f'<text:tracked-changes>{tracked}</text:tracked-changes>' if tracked else ''}"
        f"{body}</office:text></office:body></office:document-content>"
    )
    page = ""
    if header is not None:
        page += f"<style:header><text:p>{escape(header)}</text:p></style:header>"
    if footer is not None:
        page += f"<style:footer><text:p>{escape(footer)}</text:p></style:footer>"
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_ODF_NS}>'
        f'<office:master-styles><style:master-page style:name="Standard">{page}'
        f"</style:master-page></office:master-styles></office:document-styles>"
    )
    fields = "".join(
        f"<meta:user-defined meta:name={quoteattr(name)}>{escape(value)}</meta:user-defined>"
        for name, value in (user_defined or {}).items()
    )
    meta = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODF_NS}>'
        f"<office:meta><meta:generator>LibreOffice/7.6</meta:generator>{fields}"
        f"</office:meta></office:document-meta>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        + "".join(
            f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="text/xml"/>'
            for p in ("content.xml", "styles.xml", "meta.xml")
        )
        + "</manifest:manifest>"
    )
    return zip_bytes(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "META-INF/manifest.xml": manifest,
            "content.xml": content,
            "styles.xml": styles,
            "meta.xml": meta,
        },
        stored_first="mimetype",
    )


def odt_p(text: str) -> str:
    return f"<text:p>{escape(text)}</text:p>"


def odt_change(kind: str, author: str, text: str = "") -> str:
    """A changed region of text:tracked-changes: an insertion or a deletion (whose removed
    text lives in the region itself), made by `author`."""
    removed = odt_p(text) if kind == "deletion" else ""
    return (
        f'<text:changed-region text:id="ct1"><text:{kind}><office:change-info>'
        f"<dc:creator>{escape(author)}</dc:creator><dc:date>2024-03-01T10:00:00</dc:date>"
        f"</office:change-info>{removed}</text:{kind}></text:changed-region>"
    )
