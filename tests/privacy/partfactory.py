"""Small office files, PDFs, images and archives that hold one text in one named part.

Each maker takes the text to plant and the part to plant it in, and puts neutral text
everywhere else, so that a test can plant a personal datum (the gate must find it, in
that part) or a neutral text of the same shape (the gate must find nothing).
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape, quoteattr

from PIL import Image
from PIL.PngImagePlugin import PngInfo
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from .docfactory import make_pdf

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)
_S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PR = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_CU = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_TC = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"


def _zip(members: dict[str, str | bytes], comment: bytes = b"") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
        z.comment = comment
    return out.getvalue()


def _rels(*rels: tuple[str, str, str, bool]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{_REL}/{kind}" Target={quoteattr(target)}'
        + (' TargetMode="External"' if external else "")
        + "/>"
        for rid, kind, target, external in rels
    )
    return f'<Relationships xmlns="{_PR}">{items}</Relationships>'


def _props(part: str, text: str) -> dict[str, str]:
    """docProps: the text in core (creator, lastModifiedBy), app (Company) or custom
    (a property named ИИН, or one named Author) — neutral values elsewhere."""
    creator = text if part == "core creator" else "Administrator"
    modified = text if part == "core lastModifiedBy" else "Administrator"
    company = text if part == "app Company" else "KazUTB"
    core = (
        f'<cp:coreProperties xmlns:cp="{_CP}" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>Report</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(modified)}</cp:lastModifiedBy></cp:coreProperties>"
    )
    app = f"<Properties xmlns='{_EP}'><Company>{escape(company)}</Company></Properties>"
    members = {"docProps/core.xml": core, "docProps/app.xml": app}
    if part.startswith("custom "):
        label = part.removeprefix("custom ")
        members["docProps/custom.xml"] = (
            f'<Properties xmlns="{_CU}" xmlns:vt="{_VT}"><property fmtid="{{D5CDD505-2E9C-101B-'
            f'9397-08002B2CF9AE}}" pid="2" name={quoteattr(label)}><vt:lpwstr>{escape(text)}'
            "</vt:lpwstr></property></Properties>"
        )
    return members


def make_xlsx_part(part: str, text: str) -> bytes:
    """A one-sheet workbook with `text` in `part`: comment, threaded comment, comment author,
    header, footer, validation, hyperlink, defined name, sheet name, or a docProps part."""
    sheet_name = text if part == "sheet name" else "Sheet1"
    extra, sheet_rels = "", []
    members: dict[str, str | bytes] = {}
    if part in ("header", "footer"):
        code = f'&L&"Arial,Bold"&12 {text}&RPage &P of &N'
        tag = "oddHeader" if part == "header" else "oddFooter"
        extra += f"<headerFooter><{tag}>{escape(code)}</{tag}></headerFooter>"
    if part == "validation":
        items = f'"Choose,{text},Other"'
        extra = (
            '<dataValidations count="1"><dataValidation type="list" sqref="C2:C10">'
            f"<formula1>{escape(items)}</formula1></dataValidation></dataValidations>" + extra
        )
    if part == "hyperlink":
        extra = f'<hyperlinks><hyperlink ref="A1" r:id="rId9" xmlns:r="{_R}"/></hyperlinks>' + extra
        sheet_rels.append(("rId9", "hyperlink", text, True))
    if part in ("comment", "comment author"):
        body, author = (text, "Administrator") if part == "comment" else ("See note", text)
        members["xl/comments1.xml"] = (
            f'<comments xmlns="{_S}"><authors><author>{escape(author)}</author></authors>'
            f'<commentList><comment ref="B3" authorId="0"><text><r><t>{escape(body)}</t></r>'
            "</text></comment></commentList></comments>"
        )
        sheet_rels.append(("rId5", "comments", "../comments1.xml", False))
    if part == "threaded comment":
        members["xl/threadedComments/threadedComment1.xml"] = (
            f'<ThreadedComments xmlns="{_TC}"><threadedComment ref="B3" dT="2024-01-01T10:00:00" '
            f'personId="{{1}}" id="{{2}}"><text>{escape(text)}</text></threadedComment>'
            "</ThreadedComments>"
        )
        members["xl/persons/person.xml"] = (
            f'<personList xmlns="{_TC}"><person displayName="Administrator" id="{{1}}" '
            'userId="admin" providerId="None"/></personList>'
        )
        sheet_rels.append(
            ("rId6", "threadedComment", "../threadedComments/threadedComment1.xml", False)
        )
    defined = ""
    if part == "defined name":
        defined = (
            f'<definedNames><definedName name="Contact">"{escape(text)}"</definedName>'
            "</definedNames>"
        )
    members.update(
        {
            "[Content_Types].xml": _CT,
            "xl/workbook.xml": (
                f'<workbook xmlns="{_S}" xmlns:r="{_R}"><sheets>'
                f'<sheet name={quoteattr(sheet_name)} sheetId="1" r:id="rId1"/></sheets>'
                f"{defined}</workbook>"
            ),
            "xl/_rels/workbook.xml.rels": _rels(
                ("rId1", "worksheet", "worksheets/sheet1.xml", False)
            ),
            "xl/worksheets/sheet1.xml": (
                f'<worksheet xmlns="{_S}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
                f"Report</t></is></c></row></sheetData>{extra}</worksheet>"
            ),
            **_props(part, text),
        }
    )
    if sheet_rels:
        members["xl/worksheets/_rels/sheet1.xml.rels"] = _rels(*sheet_rels)
    return _zip(members)


def make_docx_part(part: str, text: str) -> bytes:
    """A document with `text` in `part`: insertion, deletion, revision author, comment,
    comment author, header, footer, footnote, endnote, hyperlink, or a docProps part."""
    paragraphs = "<w:p><w:r><w:t>Report of the department</w:t></w:r></w:p>"
    revision = (
        f'w:id="1" w:author="{"Administrator" if part != "revision author" else escape(text)}"'
    )
    if part == "insertion":
        paragraphs += f"<w:p><w:ins {revision}><w:r><w:t>{escape(text)}</w:t></w:r></w:ins></w:p>"
    elif part in ("deletion", "revision author"):
        body = escape(text) if part == "deletion" else "Draft"
        paragraphs += (
            f"<w:p><w:del {revision}><w:r><w:delText>{body}</w:delText></w:r></w:del></w:p>"
        )
    members: dict[str, str | bytes] = {"[Content_Types].xml": _CT}
    rels = []
    if part == "hyperlink":
        paragraphs += (
            f'<w:p><w:hyperlink r:id="rId7" xmlns:r="{_R}"><w:r><w:t>write to us</w:t></w:r>'
            "</w:hyperlink></w:p>"
        )
        rels.append(("rId7", "hyperlink", text, True))
    if part == "field code":
        paragraphs += (
            f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK '
            f'"{escape(text)}" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
            '</w:r><w:r><w:t>write to us</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            "</w:p>"
        )
    stories = {
        "comment": "comments",
        "comment author": "comments",
        "header": "header1",
        "footer": "footer1",
        "footnote": "footnotes",
        "endnote": "endnotes",
    }
    if part in stories:
        body, author = (text, "Administrator") if part != "comment author" else ("See", text)
        inner = f"<w:p><w:r><w:t>{escape(body)}</w:t></w:r></w:p>"
        root = {"comments": "comments", "header1": "hdr", "footer1": "ftr"}.get(stories[part])
        if stories[part] == "comments":
            xml = (
                f'<w:comments xmlns:w="{_W}"><w:comment w:id="0" w:author={quoteattr(author)}>'
                f"{inner}</w:comment></w:comments>"
            )
        elif root:
            xml = f'<w:{root} xmlns:w="{_W}">{inner}</w:{root}>'
        else:
            notes = stories[part]
            inner = f'<w:{notes[:-1]} w:id="1">{inner}</w:{notes[:-1]}>'
            xml = f'<w:{notes} xmlns:w="{_W}">{inner}</w:{notes}>'
        members[f"word/{stories[part]}.xml"] = xml
    members["word/document.xml"] = (
        f'<w:document xmlns:w="{_W}"><w:body>{paragraphs}</w:body></w:document>'
    )
    if rels:
        members["word/_rels/document.xml.rels"] = _rels(*rels)
    members.update(_props(part, text))
    return _zip(members)


_ODF_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:xlink="http://www.w3.org/1999/xlink"'
)


def make_odt_part(part: str, text: str) -> bytes:
    """An ODT with `text` in `part`: deletion, insertion, change author, annotation,
    annotation author, header, footer, hyperlink, meta creator, user-defined."""
    t = escape(text)
    author = t if part == "change author" else "Administrator"
    changes, body = "", "<text:p>Report of the department</text:p>"
    if part in ("deletion", "change author"):
        deleted = t if part == "deletion" else "Draft"
        changes = (
            '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>'
            f"<office:change-info><dc:creator>{author}</dc:creator><dc:date>2024-01-01T10:00:00"
            f"</dc:date></office:change-info><text:p>{deleted}</text:p></text:deletion>"
            "</text:changed-region></text:tracked-changes>"
        )
        body += '<text:p>Contact: <text:change text:change-id="ct1"/></text:p>'
    if part == "insertion":
        changes = (
            '<text:tracked-changes><text:changed-region text:id="ct2"><text:insertion>'
            "<office:change-info><dc:creator>Administrator</dc:creator><dc:date>2024-01-01T10:00:00"
            "</dc:date></office:change-info></text:insertion></text:changed-region>"
            "</text:tracked-changes>"
        )
        body += (
            '<text:p>Contact: <text:change-start text:change-id="ct2"/>'
            f'{t}<text:change-end text:change-id="ct2"/></text:p>'
        )
    if part in ("annotation", "annotation author"):
        note, by = (t, "Administrator") if part == "annotation" else ("See", t)
        body += (
            f"<text:p>Plan<office:annotation><dc:creator>{by}</dc:creator><text:p>{note}</text:p>"
            "</office:annotation> for 2025</text:p>"
        )
    if part == "hyperlink":
        body += f"<text:p><text:a xlink:href={quoteattr(text)}>write to us</text:a></text:p>"
    content = (
        f"<office:document-content {_ODF_NS}><office:body><office:text>{changes}{body}"
        "</office:text></office:body></office:document-content>"
    )
    header = t if part == "header" else "KazUTB"
    footer = t if part == "footer" else "Page"
    styles = (
        f"<office:document-styles {_ODF_NS}><office:master-styles><style:master-page "
        f'style:name="Standard"><style:header><text:p>{header}</text:p></style:header>'
        f"<style:footer><text:p>{footer}</text:p></style:footer></style:master-page>"
        "</office:master-styles></office:document-styles>"
    )
    creator = t if part == "meta creator" else "Administrator"
    user = (
        f'<meta:user-defined meta:name="Контакт">{t}</meta:user-defined>'
        if part == "user-defined"
        else ""
    )
    meta = (
        f"<office:document-meta {_ODF_NS}><office:meta><dc:creator>{creator}</dc:creator>"
        f"{user}</office:meta></office:document-meta>"
    )
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": content,
            "styles.xml": styles,
            "meta.xml": meta,
        }
    )


def make_ods_part(part: str, text: str) -> bytes:
    """An ODS with `text` in `part`: a cell annotation, or the stored value of a number
    cell that shows it in E notation (`text` is then the number)."""
    if part == "stored value":
        shown = f"{float(text):.5E}".replace(".", ",")
        cell = (
            f'<table:table-cell office:value-type="float" office:value="{text}">'
            f"<text:p>{shown}</text:p></table:table-cell>"
        )
    else:
        cell = (
            '<table:table-cell office:value-type="string"><office:annotation><dc:creator>'
            f"Administrator</dc:creator><text:p>{escape(text)}</text:p></office:annotation>"
            "<text:p>Economics</text:p></table:table-cell>"
        )
    content = (
        f"<office:document-content {_ODF_NS}><office:body><office:spreadsheet>"
        '<table:table table:name="Sheet1"><table:table-row><table:table-cell '
        'office:value-type="string"><text:p>Code</text:p></table:table-cell>'
        f"{cell}</table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    return _zip(
        {"mimetype": "application/vnd.oasis.opendocument.spreadsheet", "content.xml": content}
    )


def make_pdf_part(part: str, text: str) -> bytes:
    """A one-page PDF with `text` in `part`: form field, field tooltip, annotation,
    annotation author, bookmark, attachment (a CSV), info key or XMP."""
    metadata = {"/Title": "Report"}
    if part == "info":
        metadata["/SourceAuthorContact"] = text
    writer = PdfWriter(clone_from=io.BytesIO(make_pdf(["Report of the department"], metadata)))
    page = writer.pages[0]
    if part in ("form field", "field tooltip"):
        value, tooltip = (text, "Contact") if part == "form field" else ("", text)
        field = DictionaryObject(
            {
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("contact"),
                NameObject("/TU"): TextStringObject(tooltip),
                NameObject("/V"): TextStringObject(value),
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (72, 600, 300, 620)]),
            }
        )
        ref = writer._add_object(field)
        page[NameObject("/Annots")] = ArrayObject([ref])
        writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
            {NameObject("/Fields"): ArrayObject([ref])}
        )
    if part in ("annotation", "annotation author"):
        contents, author = (text, "Administrator") if part == "annotation" else ("See", text)
        note = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Text"),
                NameObject("/Contents"): TextStringObject(contents),
                NameObject("/T"): TextStringObject(author),
                NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (72, 600, 90, 620)]),
            }
        )
        page[NameObject("/Annots")] = ArrayObject([writer._add_object(note)])
    if part == "link annotation":
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (72, 600, 90, 620)]),
                NameObject("/A"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/URI"),
                        NameObject("/URI"): TextStringObject(text),
                    }
                ),
            }
        )
        page[NameObject("/Annots")] = ArrayObject([writer._add_object(link)])
    if part == "bookmark":
        writer.add_outline_item(title="Contents", page_number=0)
        writer.add_outline_item(title=text, page_number=0)
    if part == "attachment":
        writer.add_attachment("contacts.csv", f"name,contact\nstaff,{text}\n".encode())
    if part == "xmp":
        writer.xmp_metadata = (
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
            '22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/'
            f'elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}'
            "</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
        ).encode()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_zip_part(part: str, text: str) -> bytes:
    """A ZIP with one neutral CSV and `text` as the archive or the member comment."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("programmes.csv")
        if part == "member comment":
            info.comment = text.encode("utf-8")
        z.writestr(info, "code,title\n6B04101,Economics\n")
        if part == "archive comment":
            z.comment = text.encode("utf-8")
    return out.getvalue()


_XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
    'syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{}</rdf:li></rdf:Alt>'
    "</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
)


def make_image_part(part: str, text: str) -> bytes:
    """A small picture with `text` in `part` (see the branches)."""
    image = Image.new("RGB", (8, 8), (200, 30, 30))
    exif = Image.Exif()
    ifd = exif.get_ifd(0x8769)
    out = io.BytesIO()
    if part == "Artist":
        exif[0x013B] = text
    elif part == "ImageDescription":
        exif[0x010E] = text
    elif part == "ImageDescription UTF-8":  # UTF-8 bytes in an ASCII tag, as phones write
        exif[0x010E] = text.encode("utf-8")
    elif part == "Copyright":
        exif[0x8298] = text
    elif part.startswith("UserComment "):
        code = part.removeprefix("UserComment ")
        encoded = {
            "ASCII": b"ASCII\x00\x00\x00" + text.encode("ascii"),
            "UNICODE": b"UNICODE\x00" + text.encode("utf-16-le"),
            "JIS": b"JIS\x00\x00\x00\x00\x00" + text.encode("shift_jis"),
        }[code]
        ifd[0x9286] = encoded
    elif part in ("XPAuthor", "XPComment", "XPSubject"):
        tag = {"XPAuthor": 0x9C9D, "XPComment": 0x9C9C, "XPSubject": 0x9C9F}[part]
        exif[tag] = text.encode("utf-16-le") + b"\x00\x00"
    elif part == "CameraOwnerName":
        ifd[0xA430] = text
    if part in ("PNG tEXt", "PNG tEXt UTF-8", "PNG zTXt", "PNG iTXt XMP"):
        info = PngInfo()
        if part == "PNG tEXt":
            info.add_text("Comment", text)
        elif part == "PNG tEXt UTF-8":  # tEXt is Latin-1; tools write UTF-8 all the same
            info.add_text("Author", text.encode("utf-8"))
        elif part == "PNG zTXt":
            info.add_text("Description", text, zip=True)
        else:
            info.add_itxt("XML:com.adobe.xmp", _XMP.format(escape(text)))
        image.save(out, "PNG", pnginfo=info)
    elif part == "JPEG COM":
        image.save(out, "JPEG", comment=text.encode("utf-8"))
    elif part in ("WebP EXIF", "WebP XMP"):
        if part == "WebP EXIF":
            exif[0x010E] = text
            image.save(out, "WEBP", exif=exif)
        else:
            image.save(out, "WEBP", xmp=_XMP.format(escape(text)).encode())
    elif part == "GIF comment":
        image.convert("P").save(out, "GIF", comment=text.encode("utf-8"))
    else:
        image.save(out, "JPEG", exif=exif)
    return out.getvalue()
