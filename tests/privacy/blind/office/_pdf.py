"""A tiny raw-PDF writer: deterministic bytes, fixed /ID."""

from __future__ import annotations

import hashlib
import zlib


def pstr(s: str) -> str:
    """A PDF text string: literal when ASCII, else UTF-16BE hex with BOM."""
    if all(32 <= ord(c) < 127 for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + s.encode("utf-16-be").hex().upper() + ">"


def pname(s: str) -> str:
    return "/" + "".join(c if c.isalnum() else f"#{ord(c):02X}" for c in s)


class PDF:
    def __init__(self) -> None:
        self.objs: list[bytes | None] = []

    def reserve(self) -> int:
        self.objs.append(None)
        return len(self.objs)

    def set(self, num: int, body: str | bytes) -> int:
        self.objs[num - 1] = body.encode("latin-1") if isinstance(body, str) else body
        return num

    def add(self, body: str | bytes) -> int:
        return self.set(self.reserve(), body)

    def stream(
        self, dict_items: str, data: bytes, flate: bool = False, num: int | None = None
    ) -> int:
        if flate:
            data = zlib.compress(data, 9)
            dict_items += " /Filter /FlateDecode"
        body = (
            f"<< {dict_items} /Length {len(data)} >>\nstream\n".encode("latin-1")
            + data
            + b"\nendstream"
        )
        if num is None:
            return self.add(body)
        return self.set(num, body)

    def serialize(self, root: int, info: int | None, seed: str) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.objs, start=1):
            assert body is not None, f"object {i} reserved but not set"
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.objs) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        fid = hashlib.md5(seed.encode("utf-8")).hexdigest().upper()
        info_s = f" /Info {info} 0 R" if info else ""
        out += (
            f"trailer\n<< /Size {len(self.objs) + 1} /Root {root} 0 R{info_s} /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)


def _ascii_lines(lines: list[str]) -> bytes:
    ops = ["BT", "/F1 16 Tf", "72 770 Td", "20 TL"]
    for i, ln in enumerate(lines):
        if i == 1:
            ops.append("/F1 11 Tf")
        ln = ln.encode("ascii", "replace").decode()
        ops.append(pstr(ln) + " Tj T*")
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("latin-1")


def document(
    *,
    seed: str,
    lines: list[str],
    info: dict[str, str] | None = None,
    annots: list[dict] | None = None,
    fields: list[tuple[str, str]] | None = None,
    outlines: list[str] | None = None,
    attachments: list[tuple[str, bytes, str, str]] | None = None,
    xmp: str | None = None,
    lang: str = "kk-KZ",
) -> bytes:
    """Build a one-page PDF.

    annots: dicts with keys subtype ('Text'/'FreeText'), contents, author (optional), rect.
    fields: (field name, value) text fields.
    attachments: (file name, data, mime subtype like 'text/plain', description).
    """
    pdf = PDF()
    catalog = pdf.reserve()
    pages = pdf.reserve()
    page = pdf.reserve()
    font = pdf.add(
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    content = pdf.stream("", _ascii_lines(lines), flate=True)

    annot_refs: list[int] = []
    y = 500
    for an in annots or []:
        sub = an["subtype"]
        rect = an.get("rect", f"72 {y} 300 {y + 40}")
        y -= 60
        extra = ""
        if sub == "FreeText":
            extra = " /DA (/Helv 10 Tf 0 g) /Q 0"
        if sub == "Text":
            extra = " /Name /Comment /Open false"
        author = f" /T {pstr(an['author'])}" if an.get("author") else ""
        annot_refs.append(
            pdf.add(
                f"<< /Type /Annot /Subtype /{sub} /Rect [{rect}] /Contents {pstr(an['contents'])}{author}"
                f" /M (D:20250901090000Z) /F 4 /P {page} 0 R{extra} >>"
            )
        )

    field_refs: list[int] = []
    for fname, value in fields or []:
        rect = f"200 {y} 450 {y + 20}"
        y -= 40
        field_refs.append(
            pdf.add(
                f"<< /Type /Annot /Subtype /Widget /FT /Tx /T {pstr(fname)} /V {pstr(value)} /DV () "
                f"/Rect [{rect}] /F 4 /P {page} 0 R /DA (/Helv 10 Tf 0 g) /MK << >> >>"
            )
        )

    annots_all = annot_refs + field_refs
    annots_s = f" /Annots [{' '.join(f'{r} 0 R' for r in annots_all)}]" if annots_all else ""
    pdf.set(
        page,
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R"
        f" /Resources << /Font << /F1 {font} 0 R >> >>{annots_s} >>",
    )
    pdf.set(pages, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>")

    extra_cat = ""
    if field_refs:
        helv = pdf.add(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        )
        extra_cat += (
            f" /AcroForm << /Fields [{' '.join(f'{r} 0 R' for r in field_refs)}]"
            f" /NeedAppearances true /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv {helv} 0 R >> >> >>"
        )
    if outlines:
        root_o = pdf.reserve()
        items = [pdf.reserve() for _ in outlines]
        for i, (num, title) in enumerate(zip(items, outlines, strict=False)):
            prev = f" /Prev {items[i - 1]} 0 R" if i > 0 else ""
            nxt = f" /Next {items[i + 1]} 0 R" if i + 1 < len(items) else ""
            pdf.set(
                num,
                f"<< /Title {pstr(title)} /Parent {root_o} 0 R{prev}{nxt}"
                f" /Dest [{page} 0 R /XYZ 0 842 0] >>",
            )
        pdf.set(
            root_o,
            f"<< /Type /Outlines /First {items[0]} 0 R /Last {items[-1]} 0 R /Count {len(items)} >>",
        )
        extra_cat += f" /Outlines {root_o} 0 R /PageMode /UseOutlines"
    if attachments:
        names = []
        for fname, data, mime, desc in attachments:
            ef = pdf.stream(
                f"/Type /EmbeddedFile /Subtype {pname(mime)} /Params << /Size {len(data)}"
                f" /ModDate (D:20250901090000Z) >>",
                data,
                flate=True,
            )
            fs = pdf.add(
                f"<< /Type /Filespec /F {pstr(fname)} /UF {pstr(fname)} /Desc {pstr(desc)}"
                f" /EF << /F {ef} 0 R /UF {ef} 0 R >> >>"
            )
            names.append(f"{pstr(fname)} {fs} 0 R")
        extra_cat += f" /Names << /EmbeddedFiles << /Names [{' '.join(names)}] >> >>"
    if xmp is not None:
        meta = pdf.stream("/Type /Metadata /Subtype /XML", xmp.encode("utf-8"))
        extra_cat += f" /Metadata {meta} 0 R"
    pdf.set(catalog, f"<< /Type /Catalog /Pages {pages} 0 R /Lang {pstr(lang)}{extra_cat} >>")

    info_ref = None
    base_info = {
        "Producer": "KazUTB document service",
        "CreationDate": "D:20250901090000Z",
        "ModDate": "D:20250901090000Z",
    }
    base_info.update(info or {})
    info_ref = pdf.add("<< " + " ".join(f"/{k} {pstr(v)}" for k, v in base_info.items()) + " >>")
    return pdf.serialize(catalog, info_ref, seed)


def xmp_packet(
    *,
    creator: str = "",
    title: str = "",
    description: str = "",
    producer: str = "",
    keywords: str = "",
) -> str:
    from xml.sax.saxutils import escape as x

    parts = []
    if title:
        parts.append(
            f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{x(title)}</rdf:li></rdf:Alt></dc:title>'
        )
    if creator:
        parts.append(f"<dc:creator><rdf:Seq><rdf:li>{x(creator)}</rdf:li></rdf:Seq></dc:creator>")
    if description:
        parts.append(
            f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{x(description)}</rdf:li></rdf:Alt></dc:description>'
        )
    if producer:
        parts.append(f"<pdf:Producer>{x(producer)}</pdf:Producer>")
    if keywords:
        parts.append(f"<pdf:Keywords>{x(keywords)}</pdf:Keywords>")
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        "<xmp:CreateDate>2025-09-01T09:00:00Z</xmp:CreateDate>"
        + "".join(parts)
        + '</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end="w"?>'
    )
