"""The SAMPLE document files: a small one-page PDF per document record, watermarked
"SAMPLE — ҮЛГІ — ОБРАЗЕЦ" and saying it is not an official document.

Written by scripts/make_sample_documents.py for the default data's placeholder records and
by the large benchmark site (bench/) for its synthetic curricula. Pure Python (no
dependency beyond the project's), under 5 KB a file; the output is the same byte for byte
on every run, so the checksums shown on the site stay the same.

The watermark is drawn with a tiny stroke font (a PDF Type 3 font with a ToUnicode map,
so the Cyrillic text can still be copied and searched): the standard PDF fonts have no
Kazakh letters, and embedding a real font would make every file far larger than 5 KB.
"""

from __future__ import annotations

import math
import zlib

from kazutb_transparency.disclosures.documents import Document

WATERMARK = "SAMPLE — ҮЛГІ — ОБРАЗЕЦ"
UNIVERSITY = 'JSC "K. Kulazhanov Kazakh University of Technology and Business"'
PAGE_W, PAGE_H = 595, 842  # A4 in points

# Stroke glyphs on a 1000-unit em (cap height 700): (advance width, path operators).
_A = (600, "60 0 m 300 700 l 540 0 l S 150 260 m 450 260 l S")
_E = (550, "480 700 m 90 700 l 90 0 l 480 0 l S 90 360 m 420 360 l S")
_O = (
    620,
    "540 350 m 540 543 437 700 310 700 c 183 700 80 543 80 350 c "
    "80 157 183 0 310 0 c 437 0 540 157 540 350 c S",
)
_P = (
    580,
    "90 0 m 90 700 l 340 700 l 460 700 530 630 530 530 c 530 430 460 360 340 360 c 90 360 l S",
)
GLYPHS: dict[str, tuple[int, str]] = {
    " ": (320, ""),
    "—": (800, "60 350 m 740 350 l S"),
    "S": (
        600,
        "490 590 m 440 680 360 700 290 700 c 170 700 90 640 90 540 c "
        "90 440 180 400 290 370 c 410 340 510 300 510 180 c "
        "510 60 420 0 300 0 c 200 0 120 30 80 110 c S",
    ),
    "A": _A,
    "А": _A,
    "M": (640, "80 0 m 80 700 l 320 300 l 560 700 l 560 0 l S"),
    "P": _P,
    "Р": _P,
    "L": (520, "90 700 m 90 0 l 470 0 l S"),
    "E": _E,
    "Е": _E,
    "О": _O,
    "Ү": (600, "60 700 m 300 360 l 540 700 l S 300 360 m 300 0 l S"),
    "Л": (610, "50 0 m 130 0 170 60 190 200 c 250 700 l 520 700 l 520 0 l S"),
    "Г": (510, "90 0 m 90 700 l 470 700 l S"),
    "І": (200, "100 0 m 100 700 l S"),
    "Б": (
        580,
        "480 700 m 90 700 l 90 0 l 320 0 l 450 0 520 80 520 200 c "
        "520 320 450 400 320 400 c 90 400 l S",
    ),
    "З": (
        590,
        "90 610 m 140 680 210 700 290 700 c 410 700 480 640 480 540 c "
        "480 440 400 380 270 380 c S 270 380 m 420 380 510 310 510 190 c "
        "510 70 420 0 290 0 c 200 0 120 30 70 100 c S",
    ),
    "Ц": (620, "90 700 m 90 0 l 480 0 l 480 700 l S 480 0 m 560 0 l 560 -160 l S"),
}
FIRST_CODE = 65  # the stroke font's characters get one-byte codes from "A" on
CODES: dict[str, int] = {char: FIRST_CODE + i for i, char in enumerate(GLYPHS)}


def _stream(content: bytes) -> bytes:
    """A stream object, compressed unless compression would make it larger."""
    packed = zlib.compress(content, 9)
    if len(packed) + len(b" /Filter /FlateDecode") < len(content):
        head = f"<< /Length {len(packed)} /Filter /FlateDecode >>"
    else:
        head, packed = f"<< /Length {len(content)} >>", content
    return head.encode() + b"\nstream\n" + packed + b"\nendstream"


def _text(value: str) -> bytes:
    """A PDF literal string in WinAnsi (the standard fonts' encoding)."""
    raw = value.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _stroke_text(value: str) -> bytes:
    return b"(" + bytes(CODES[char] for char in value) + b")"


def _stroke_width(value: str, size: float) -> float:
    return sum(GLYPHS[char][0] for char in value) * size / 1000


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _page_content(doc: Document) -> bytes:
    ops: list[bytes] = [b"1 J 1 j"]  # round caps and joins for the stroke font
    # Diagonal watermark across the page, light grey.
    size, angle = 44.0, math.radians(40)
    cos, sin = math.cos(angle), math.sin(angle)
    half = _stroke_width(WATERMARK, size) / 2
    x = PAGE_W / 2 - half * cos + 0.35 * size * sin
    y = PAGE_H / 2 - half * sin - 0.35 * size * cos
    ops.append(
        f"q 0.82 G BT /W {size:g} Tf {cos:.4f} {sin:.4f} {-sin:.4f} {cos:.4f} "
        f"{x:.2f} {y:.2f} Tm ".encode()
        + _stroke_text(WATERMARK)
        + b" Tj ET Q"
    )
    # Banner at the top, in red.
    ops.append(b"q 0.75 0 0 RG BT /W 20 Tf 50 790 Td " + _stroke_text(WATERMARK) + b" Tj ET Q")
    lines: list[tuple[str, float, str]] = [
        ("F1", 11, "NOT AN OFFICIAL DOCUMENT - a sample file for the transparency site"),
        ("F1", 10, UNIVERSITY),
        ("F1", 10, ""),
    ]
    lines += [("F1", 14, part) for part in _wrap(doc.title.get("en"), 60)]
    lines.append(("F1", 10, ""))
    facts = [
        ("Number", doc.number or "-"),
        ("Date", doc.date.isoformat()),
        ("Issued by", doc.issuer.get("en")),
    ]
    if doc.period:
        facts.append(("Period", doc.period))
    lines += [("F1", 11, f"{label}: {value}") for label, value in facts]
    lines.append(("F1", 10, ""))
    note = (
        "Generated by scripts/make_sample_documents.py to show how the site publishes "
        "documents. Not a document of the university: do not cite it. The number, date "
        "and issuer above are sample data."
    )
    lines += [("F1", 10, part) for part in _wrap(note, 88)]
    body = [b"BT 50 755 Td"]
    for index, (font, points, text) in enumerate(lines):
        step = 0 if index == 0 else -(points + 6)
        body.append(f"/{font} {points} Tf 0 {step} Td ".encode() + _text(text) + b" Tj")
    body.append(b"ET")
    ops.append(b"\n".join(body))
    return b"\n".join(ops)


def _to_unicode() -> bytes:
    entries = "\n".join(f"<{code:02X}> <{ord(char):04X}>" for char, code in CODES.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Sample-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(CODES)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    return _stream(cmap.encode())


def sample_pdf(doc: Document) -> bytes:
    """A one-page PDF for `doc`: deterministic, a few kilobytes."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below, once the page tree's number is known
    pages = add(b"")
    procs: dict[tuple[int, str], int] = {}
    names: list[str] = []
    proc_refs: list[str] = []
    for char, (width, path) in GLYPHS.items():
        key = (width, path)
        if key not in procs:
            glyph = f"{width} 0 d0 90 w {path}".strip()
            procs[key] = add(_stream(glyph.encode()))
        name = f"g{CODES[char]}"
        names.append(f"/{name}")
        proc_refs.append(f"/{name} {procs[key]} 0 R")
    to_unicode = add(_to_unicode())
    widths = " ".join(str(GLYPHS[char][0]) for char in GLYPHS)
    stroke_font = add(
        f"<< /Type /Font /Subtype /Type3 /FontBBox [0 -200 1000 900] "
        f"/FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << {' '.join(proc_refs)} >> "
        f"/Encoding << /Type /Encoding /Differences [{FIRST_CODE} {' '.join(names)}] >> "
        f"/FirstChar {FIRST_CODE} /LastChar {FIRST_CODE + len(GLYPHS) - 1} "
        f"/Widths [{widths}] /Resources << >> /ToUnicode {to_unicode} 0 R >>".encode()
    )
    regular = add(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    content = add(_stream(_page_content(doc)))
    page = add(
        f"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
        f"/Resources << /Font << /W {stroke_font} 0 R /F1 {regular} 0 R >> >> "
        f"/Contents {content} 0 R >>".encode()
    )
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages} 0 R /Lang (en) >>".encode()
    objects[pages - 1] = f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode()
    info = add(b"<< /Title " + _text(f"SAMPLE - {doc.title.get('en')}") + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)
