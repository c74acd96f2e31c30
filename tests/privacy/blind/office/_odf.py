"""Hand-written OpenDocument packages (ODT text, ODS spreadsheet)."""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

try:
    from . import _zipx
except ImportError:  # run as a script from this folder
    import _zipx

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'office:version="1.3"'
)
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
DATE = "2025-09-01T09:00:00"

MIME_ODT = "application/vnd.oasis.opendocument.text"
MIME_ODS = "application/vnd.oasis.opendocument.spreadsheet"


def e(s: str) -> str:
    return escape(s)


def a(s: str) -> str:
    """Quoted attribute value (with its quotes)."""
    return quoteattr(s)


def p(text: str, style: str | None = None) -> str:
    st = f" text:style-name={a(style)}" if style else ""
    return f"<text:p{st}>{e(text)}</text:p>"


def annotation(author: str, text: str) -> str:
    return (
        f"<office:annotation><dc:creator>{e(author)}</dc:creator><dc:date>{DATE}</dc:date>"
        f"{p(text)}</office:annotation>"
    )


def link(href: str, text: str) -> str:
    return f'<text:a xlink:type="simple" xlink:href={a(href)}>{e(text)}</text:a>'


# ---------------------------------------------------------------- spreadsheet
def cell(
    value: str | float | int | None = None,
    *,
    inner: str | None = None,
    note: str = "",
    span: int = 1,
    validation: str | None = None,
) -> str:
    """One table cell. value None -> empty cell; inner = raw <text:p> content XML."""
    attrs = ""
    if span > 1:
        attrs += f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"'
    if validation:
        attrs += f" table:content-validation-name={a(validation)}"
    if value is None and inner is None:
        out = f"<table:table-cell{attrs}>{note}</table:table-cell>"
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        out = (
            f'<table:table-cell office:value-type="float" office:value="{value}"{attrs}>{note}'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    else:
        body = inner if inner is not None else e(str(value))
        out = (
            f'<table:table-cell office:value-type="string"{attrs}>{note}'
            f"<text:p>{body}</text:p></table:table-cell>"
        )
    if span > 1:
        out += "<table:covered-table-cell/>" * (span - 1)
    return out


def row(*cells: str) -> str:
    return (
        "<table:table-row>"
        + "".join(c if c.startswith("<table:") else cell(c) for c in cells)
        + "</table:table-row>"
    )


def table(
    name: str, rows: list[str], *, columns: list[bool] | None = None, hidden: bool = False
) -> str:
    """columns: visibility per column (False = hidden)."""
    cols = columns or [True] * 6
    colx = "".join(
        '<table:table-column table:style-name="co1"'
        + ("" if vis else ' table:visibility="collapse"')
        + ' table:default-cell-style-name="Default"/>'
        for vis in cols
    )
    st = "ta2" if hidden else "ta1"
    return f'<table:table table:name={a(name)} table:style-name="{st}">{colx}{"".join(rows)}</table:table>'


def _meta(
    initial_creator: str, creator: str, title: str, user_defined: list[tuple[str, str]] | None
) -> str:
    ud = "".join(
        f'<meta:user-defined meta:name={a(n)} meta:value-type="string">{e(v)}</meta:user-defined>'
        for n, v in (user_defined or [])
    )
    return (
        DECL + f"<office:document-meta {NS}><office:meta>"
        f"<meta:generator>LibreOffice/7.6</meta:generator><dc:title>{e(title)}</dc:title>"
        f"<meta:initial-creator>{e(initial_creator)}</meta:initial-creator>"
        f"<meta:creation-date>{DATE}</meta:creation-date><dc:creator>{e(creator)}</dc:creator>"
        f"<dc:date>{DATE}</dc:date><dc:language>kk-KZ</dc:language>{ud}"
        "</office:meta></office:document-meta>"
    )


def _styles(header: str | None, footer: str | None, spreadsheet: bool) -> str:
    def region(x: str | None, tag: str) -> str:
        if x is None:
            return ""
        inner = x if x.startswith("<") else p(x)
        if spreadsheet:
            inner = f"<style:region-center>{inner}</style:region-center>"
        return f"<style:{tag}>{inner}</style:{tag}>"

    return (
        DECL + f"<office:document-styles {NS}>"
        '<office:styles><style:default-style style:family="paragraph"><style:text-properties fo:language="kk" fo:country="KZ"/></style:default-style></office:styles>'
        '<office:automatic-styles><style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/></style:page-layout></office:automatic-styles>'
        '<office:master-styles><style:master-page style:name="Default" style:page-layout-name="Mpm1">'
        f"{region(header, 'header')}{region(footer, 'footer')}"
        "</style:master-page></office:master-styles></office:document-styles>"
    )


def _manifest(mime: str) -> str:
    return (
        DECL
        + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )


def _package(mime: str, content: str, styles: str, meta: str) -> bytes:
    return _zipx.zip_bytes(
        [
            ("mimetype", mime),
            ("META-INF/manifest.xml", _manifest(mime)),
            ("content.xml", content),
            ("styles.xml", styles),
            ("meta.xml", meta),
        ]
    )


def ods(
    tables: list[str],
    *,
    validations: list[tuple[str, list[str], str]] | None = None,
    header: str | None = None,
    footer: str | None = None,
    initial_creator: str = "KazUTB",
    creator: str = "KazUTB",
    title: str = "",
    user_defined: list[tuple[str, str]] | None = None,
) -> bytes:
    """validations: (name, list items, base cell address like 'Sheet1.B2')."""
    vx = ""
    if validations:
        vx = "<table:content-validations>"
        for name, items, base in validations:
            cond = (
                "of:cell-content-is-in-list("
                + ";".join('"' + i.replace('"', '""') + '"' for i in items)
                + ")"
            )
            vx += (
                f"<table:content-validation table:name={a(name)} table:condition={a(cond)} "
                f'table:allow-empty-cell="true" table:base-cell-address={a(base)} table:display-list="unsorted">'
                '<table:error-message table:display="true" table:message-type="stop"/></table:content-validation>'
            )
        vx += "</table:content-validations>"
    auto = (
        "<office:automatic-styles>"
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>'
        '<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false"/></style:style>'
        "</office:automatic-styles>"
    )
    content = (
        DECL + f"<office:document-content {NS}>{auto}<office:body><office:spreadsheet>"
        f"{vx}{''.join(tables)}</office:spreadsheet></office:body></office:document-content>"
    )
    return _package(
        MIME_ODS,
        content,
        _styles(header, footer, True),
        _meta(initial_creator, creator, title, user_defined),
    )


# ---------------------------------------------------------------- text
def changed_region(cid: str, kind: str, author: str, deleted: str = "") -> str:
    """kind 'insertion' or 'deletion'; deleted: the removed paragraph text kept in the file."""
    body = p(deleted) if kind == "deletion" else ""
    return (
        f'<text:changed-region xml:id="{cid}" text:id="{cid}"><text:{kind}>'
        f"<office:change-info><dc:creator>{e(author)}</dc:creator><dc:date>{DATE}</dc:date></office:change-info>"
        f"{body}</text:{kind}></text:changed-region>"
    )


def inserted(cid: str, text: str) -> str:
    return f'<text:change-start text:change-id="{cid}"/>{e(text)}<text:change-end text:change-id="{cid}"/>'


def deleted_mark(cid: str) -> str:
    return f'<text:change text:change-id="{cid}"/>'


def footnote(nid: int, text: str) -> str:
    return (
        f'<text:note text:id="ftn{nid}" text:note-class="footnote"><text:note-citation>{nid}</text:note-citation>'
        f"<text:note-body>{p(text)}</text:note-body></text:note>"
    )


def text_box(text: str) -> str:
    return (
        '<draw:frame draw:name="Frame1" text:anchor-type="paragraph" svg:width="8cm" svg:height="2cm" draw:z-index="0">'
        f"<draw:text-box>{p(text)}</draw:text-box></draw:frame>"
    )


def odt(
    paragraphs: list[str],
    *,
    changes: list[str] | None = None,
    header: str | None = None,
    footer: str | None = None,
    initial_creator: str = "KazUTB",
    creator: str = "KazUTB",
    title: str = "",
    user_defined: list[tuple[str, str]] | None = None,
) -> bytes:
    """paragraphs: raw XML of <text:p>/<text:h> elements (strings not starting with '<' become paragraphs)."""
    tc = ""
    if changes:
        tc = (
            '<text:tracked-changes text:track-changes="true">'
            + "".join(changes)
            + "</text:tracked-changes>"
        )
    body = "".join(x if x.startswith("<") else p(x) for x in paragraphs)
    content = (
        DECL + f"<office:document-content {NS}><office:automatic-styles/><office:body><office:text>"
        f"{tc}{body}</office:text></office:body></office:document-content>"
    )
    return _package(
        MIME_ODT,
        content,
        _styles(header, footer, False),
        _meta(initial_creator, creator, title, user_defined),
    )
