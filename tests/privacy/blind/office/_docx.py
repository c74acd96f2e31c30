"""Hand-written DOCX (WordprocessingML) packages."""

from __future__ import annotations

from xml.sax.saxutils import escape

try:
    from . import _zipx
except ImportError:  # run as a script from this folder
    import _zipx

W_NS = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 wp14"'
)

DATE = "2025-09-01T09:00:00Z"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def t(text: str) -> str:
    return escape(text)


def run(text: str, bold: bool = False) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{t(text)}</w:t></w:r>'


def para(*parts: str, style: str | None = None) -> str:
    """parts: raw run XML or plain strings (turned into runs)."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    body = "".join(p if p.startswith("<") else run(p) for p in parts)
    return f"<w:p>{ppr}{body}</w:p>"


def ins(text: str, author: str, rid: int) -> str:
    return (
        f'<w:ins w:id="{rid}" w:author="{t(author)}" w:date="{DATE}">'
        f'<w:r><w:t xml:space="preserve">{t(text)}</w:t></w:r></w:ins>'
    )


def dele(text: str, author: str, rid: int) -> str:
    return (
        f'<w:del w:id="{rid}" w:author="{t(author)}" w:date="{DATE}">'
        f'<w:r><w:delText xml:space="preserve">{t(text)}</w:delText></w:r></w:del>'
    )


def commented(text: str, cid: int) -> str:
    return (
        f'<w:commentRangeStart w:id="{cid}"/>{run(text)}<w:commentRangeEnd w:id="{cid}"/>'
        f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>'
    )


def footnote_ref(fid: int) -> str:
    return (
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
        f'<w:footnoteReference w:id="{fid}"/></w:r>'
    )


def textbox(text: str) -> str:
    """A floating text box (DrawingML shape with a VML fallback), as one run."""
    inner = f"<w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="3600000" cy="720000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="720000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx>{inner}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp>'
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="Text Box 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;width:283.5pt;height:56.7pt">'
        f"<v:textbox>{inner}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


STYLES = XML_DECL + (
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
    'w:cs="Times New Roman"/><w:sz w:val="24"/><w:lang w:val="kk-KZ"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/></w:style>'
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
    "</w:styles>"
)


def build(
    body: list[str],
    *,
    comments: list[tuple[int, str, str, str]] | None = None,
    header: str | None = None,
    footer: str | None = None,
    footnotes: list[tuple[int, str]] | None = None,
    creator: str = "KazUTB",
    last_modified_by: str = "KazUTB",
    title: str = "",
    custom: list[tuple[str, str]] | None = None,
    track: bool = False,
    lang: str = "kk-KZ",
) -> bytes:
    """comments: (id, author, initials, text); footnotes: (id, text)."""
    ct = [
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    ]
    rels = [
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
    ]
    pkg_rels = [
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>',
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>',
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>',
    ]
    files: list[tuple[str, str]] = []
    sect = ""
    if header is not None:
        ct.append(
            '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        )
        rels.append(
            '<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
        )
        files.append(("word/header1.xml", XML_DECL + f"<w:hdr {W_NS}>{para(header)}</w:hdr>"))
        sect += '<w:headerReference w:type="default" r:id="rId10"/>'
    if footer is not None:
        ct.append(
            '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
        )
        rels.append(
            '<Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
        )
        files.append(("word/footer1.xml", XML_DECL + f"<w:ftr {W_NS}>{para(footer)}</w:ftr>"))
        sect += '<w:footerReference w:type="default" r:id="rId11"/>'
    if comments:
        ct.append(
            '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
        )
        rels.append(
            '<Relationship Id="rId12" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
        )
        cx = "".join(
            f'<w:comment w:id="{cid}" w:author="{t(a)}" w:date="{DATE}" w:initials="{t(ini)}">'
            f'<w:p><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{run(txt)}</w:p></w:comment>'
            for cid, a, ini, txt in comments
        )
        files.append(("word/comments.xml", XML_DECL + f"<w:comments {W_NS}>{cx}</w:comments>"))
    if footnotes:
        ct.append(
            '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
        )
        rels.append(
            '<Relationship Id="rId13" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
        )
        fx = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        )
        fx += "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f"{run(' ' + txt)}</w:p></w:footnote>"
            for fid, txt in footnotes
        )
        files.append(("word/footnotes.xml", XML_DECL + f"<w:footnotes {W_NS}>{fx}</w:footnotes>"))
    if custom:
        ct.append(
            '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
        )
        pkg_rels.append(
            '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>'
        )
        px = "".join(
            f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i + 2}" name="{t(n)}"><vt:lpwstr>{t(v)}</vt:lpwstr></property>'
            for i, (n, v) in enumerate(custom)
        )
        files.append(
            (
                "docProps/custom.xml",
                XML_DECL
                + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                f'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">{px}</Properties>',
            )
        )

    sect_pr = (
        f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    document = (
        XML_DECL + f"<w:document {W_NS}><w:body>{''.join(body)}{sect_pr}</w:body></w:document>"
    )
    settings = XML_DECL + (
        '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + ("<w:trackRevisions/>" if track else "")
        + f'<w:defaultTabStop w:val="708"/><w:themeFontLang w:val="{lang}"/></w:settings>'
    )
    core = XML_DECL + (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{t(title)}</dc:title><dc:creator>{t(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{t(last_modified_by)}</cp:lastModifiedBy><cp:revision>2</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{DATE}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{DATE}</dcterms:modified></cp:coreProperties>'
    )
    app = XML_DECL + (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        "<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>"
        "<Company>KazUTB</Company><AppVersion>16.0000</AppVersion></Properties>"
    )
    content_types = XML_DECL + (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        + "".join(ct)
        + "</Types>"
    )
    rel_ns = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    members = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", XML_DECL + f"<Relationships {rel_ns}>{''.join(pkg_rels)}</Relationships>"),
        ("word/document.xml", document),
        (
            "word/_rels/document.xml.rels",
            XML_DECL + f"<Relationships {rel_ns}>{''.join(rels)}</Relationships>",
        ),
        ("word/styles.xml", STYLES),
        ("word/settings.xml", settings),
        *files,
        ("docProps/core.xml", core),
        ("docProps/app.xml", app),
    ]
    return _zipx.zip_bytes(members)
