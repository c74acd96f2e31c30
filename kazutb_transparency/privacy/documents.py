"""The text inside published documents and images: PDF, DOCX, XLSX, photos.

Each file becomes a list of parts, each part a piece of text with where it was found
("page 3", "metadata /Author"), which the scanner reads like any other text. Metadata
fields that name a person (author, last modified by, artist, copyright holder) are
marked, so that a bare name there is reported even without a surname shape. GPS
coordinates in a photo are a finding by themselves: they locate a person's home.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from defusedxml import ElementTree

from kazutb_transparency.privacy.pdf_glyphs import joined_text, looks_fragmented
from kazutb_transparency.privacy.xlsx_cells import (
    date_styles,
    is_birth_header,
    serial_date,
    shown_number,
)

# Fields whose value is a person when it is a name at all.
PERSON_FIELDS = frozenset(
    {
        "/Author",
        "dc:creator",
        "cp:lastModifiedBy",
        "Artist",
        "XPAuthor",
        "Copyright",
        "Author",
        "Manager",
        "photoshop:AuthorsPosition",
    }
)
_PDF_INFO = ("/Author", "/Creator", "/Producer", "/Title", "/Subject", "/Keywords")
_MAX_UNZIPPED = 200_000_000  # an office file larger than this when unpacked is refused


class CannotCheck(Exception):
    """The file has no text to check (a scan without a text layer)."""


class Unreadable(Exception):
    """The file is damaged or not what its name says."""


@dataclass(frozen=True)
class Part:
    where: str  # "page 3", "metadata /Author", "sheet Лист1"
    text: str
    fmt: str = "text"  # how the scanner projects the text: text or csv
    person_field: bool = False
    gps: bool = False  # the part is a photo's GPS position


def pdf_parts(data: bytes) -> list[Part]:
    import pypdf  # a few hundred ms to import; only builds with documents need it
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata or {}
        xmp = reader.xmp_metadata
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise Unreadable(f"not a readable PDF ({exc.__class__.__name__}: {exc})") from exc
    parts = [Part(f"page {i}", text) for i, text in enumerate(pages, 1) if text.strip()]
    for key in _PDF_INFO:
        value = info.get(key)
        if value:
            parts.append(Part(f"metadata {key}", str(value), person_field=key in PERSON_FIELDS))
    if xmp is not None:
        parts += _xmp_parts(xmp.stream.get_data())
    if pages and not any(text.strip() for text in pages):
        raise CannotCheck(f"{len(pages)} page(s) without a text layer (a scan?)")
    return parts


def _page_text(page) -> str:
    """pypdf's text, or the glyph-joined text when glyphs were drawn one by one."""
    text = page.extract_text() or ""
    if looks_fragmented(text):
        joined = joined_text(page)
        if joined:
            # both: the joined text has the words, the ordinary one keeps pypdf's lines
            return joined + "\n\n" + text
    return text


_XMP_PERSON = re.compile(r"(?:dc:creator|xmp:Author|pdf:Author|photoshop:Author\w*)", re.I)


def _xmp_parts(xml: bytes) -> list[Part]:
    """Text values of an XMP packet; creators marked as person fields."""
    try:
        root = ElementTree.fromstring(xml)
    except Exception:  # a malformed packet: scan it as text
        return [Part("metadata XMP", xml.decode("utf-8", "replace"))]
    parts = []
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        text = (element.text or "").strip()
        if not text:
            continue
        parent_is_person = _XMP_PERSON.search(tag) is not None
        parts.append(Part(f"metadata XMP {tag}", text, person_field=parent_is_person))
    # rdf:li under dc:creator: the tag is "li"; mark every value under a creator element.
    for creator in root.iter():
        if _XMP_PERSON.search(creator.tag.rsplit("}", 1)[-1]):
            for li in creator.iter():
                if li is not creator and (li.text or "").strip():
                    parts.append(Part("metadata XMP creator", li.text.strip(), person_field=True))
    return parts


def _office_zip(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise Unreadable("not a valid Office file (not a ZIP package)") from exc
    if sum(info.file_size for info in archive.infolist()) > _MAX_UNZIPPED:
        raise Unreadable("unpacks to more than 200 MB")
    return archive


def _xml(archive: zipfile.ZipFile, name: str):
    try:
        return ElementTree.fromstring(archive.read(name))
    except KeyError:
        return None
    except Exception as exc:
        raise Unreadable(f"{name} is not valid XML") from exc


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


_CORE_FIELDS = {
    "creator": "dc:creator",
    "lastModifiedBy": "cp:lastModifiedBy",
    "title": "dc:title",
    "subject": "dc:subject",
    "keywords": "cp:keywords",
    "description": "dc:description",
    "Company": "Company",
    "Manager": "Manager",
}


def _properties(archive: zipfile.ZipFile) -> list[Part]:
    parts = []
    for name in ("docProps/core.xml", "docProps/app.xml"):
        root = _xml(archive, name)
        if root is None:
            continue
        for element in root:
            field = _CORE_FIELDS.get(_local(element.tag))
            if field and (element.text or "").strip():
                parts.append(
                    Part(
                        f"properties {field}",
                        element.text.strip(),
                        person_field=field in PERSON_FIELDS,
                    )
                )
    return parts


def docx_parts(data: bytes) -> list[Part]:
    archive = _office_zip(data)
    parts = []
    for name in sorted(archive.namelist()):
        if not re.fullmatch(
            r"word/(?:document|header\d*|footer\d*|comments|footnotes|endnotes)\.xml", name
        ):
            continue
        root = _xml(archive, name)
        paragraphs = []
        for paragraph in root.iter():
            if _local(paragraph.tag) != "p":
                continue
            runs = [t.text or "" for t in paragraph.iter() if _local(t.tag) == "t"]
            paragraphs.append("".join(runs))
        # Word tables: cells are paragraphs too; one per line keeps their text apart.
        parts.append(Part(name.removeprefix("word/").removesuffix(".xml"), "\n".join(paragraphs)))
        if name == "word/comments.xml":
            for comment in root.iter():
                author = comment.get(
                    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}author"
                )
                if author:
                    parts.append(Part("comment author", author, person_field=True))
    return parts + _properties(archive)


_CELL_REF = re.compile(r"([A-Z]+)([0-9]+)")


def _column(letters: str) -> int:
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n - 1


def xlsx_parts(data: bytes) -> list[Part]:
    archive = _office_zip(data)
    shared: list[str] = []
    root = _xml(archive, "xl/sharedStrings.xml")
    if root is not None:
        for item in root:
            shared.append("".join(t.text or "" for t in item.iter() if _local(t.tag) == "t"))
    parts = []
    dated = date_styles(_xml(archive, "xl/styles.xml"), _local)
    sheets = sorted(
        n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)
    )
    for name in sheets:
        rows: list[list[str]] = []
        headers: dict[int, str] = {}  # the first row's text, by column
        for row in _xml(archive, name).iter():
            if _local(row.tag) != "row":
                continue
            cells: dict[int, str] = {}
            for cell in row:
                if _local(cell.tag) != "c":
                    continue
                ref = _CELL_REF.match(cell.get("r", ""))
                column = _column(ref.group(1)) if ref else len(cells)
                kind = cell.get("t", "")
                value = ""
                for child in cell.iter():
                    tag = _local(child.tag)
                    if tag == "v" and child.text is not None:
                        value = child.text
                    elif tag == "t" and kind == "inlineStr":
                        value += child.text or ""
                if kind == "s" and value.isdigit() and int(value) < len(shared):
                    value = shared[int(value)]
                elif kind in ("", "n") and value:
                    value = _typed(value, cell.get("s", "0"), dated, headers.get(column, ""))
                cells[column] = value.replace("\t", " ").replace("\n", " ")
            if cells:
                rows.append([cells.get(i, "") for i in range(max(cells) + 1)])
                if len(rows) == 1:
                    headers = dict(cells)
        # Tab-separated with the first row as header: a column headed ФИО gives context.
        text = "\n".join("\t".join(row) for row in rows)
        parts.append(Part(f"sheet {name.rsplit('/', 1)[-1].removesuffix('.xml')}", text, fmt="csv"))
    return parts + _properties(archive)


def _typed(value: str, style: str, dated: frozenset[int], header: str) -> str:
    """A number cell as shown: a date if its format shows one or its column is headed as
    a birth date (a serial number there is a date whatever the format), else its digits."""
    if (style.isdigit() and int(style) in dated) or is_birth_header(header):
        shown = serial_date(value)
        if shown is not None:
            return shown
    return shown_number(value)


def odf_parts(data: bytes) -> list[Part]:
    """OpenDocument text and spreadsheets: paragraphs and cells one per line, and meta.xml."""
    archive = _office_zip(data)
    root = _xml(archive, "content.xml")
    lines = []
    if root is not None:
        for element in root.iter():
            if _local(element.tag) in ("p", "h"):
                lines.append("".join(element.itertext()))
    parts = [Part("content", "\n".join(lines))]
    meta = _xml(archive, "meta.xml")
    if meta is not None:
        for element in meta.iter():
            field = _local(element.tag)
            if field in (
                "creator",
                "initial-creator",
                "title",
                "subject",
                "keyword",
                "description",
            ):
                text = (element.text or "").strip()
                if text:
                    person = field in ("creator", "initial-creator")
                    parts.append(Part(f"properties {field}", text, person_field=person))
    return parts


# EXIF tags that can name or locate a person.
_EXIF_TEXT = {0x010E: "ImageDescription", 0x013B: "Artist", 0x8298: "Copyright"}
_EXIF_XP = {0x9C9B: "XPTitle", 0x9C9C: "XPComment", 0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords",
            0x9C9F: "XPSubject"}  # fmt: skip
_EXIF_IFD, _GPS_IFD, _USER_COMMENT = 0x8769, 0x8825, 0x9286


def image_parts(data: bytes) -> list[Part]:
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        exif = image.getexif()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise Unreadable(f"not a readable image ({exc})") from exc
    parts = []
    for tag, field in _EXIF_TEXT.items():
        value = exif.get(tag)
        if isinstance(value, bytes):
            value = value.decode("utf-8", "replace")
        if value and str(value).strip():
            parts.append(
                Part(f"EXIF {field}", str(value).strip(), person_field=field in PERSON_FIELDS)
            )
    for tag, field in _EXIF_XP.items():
        value = exif.get(tag)
        if isinstance(value, tuple):
            value = bytes(value)
        if isinstance(value, bytes):
            value = value.decode("utf-16-le", "replace").rstrip("\x00")
        if value and str(value).strip():
            parts.append(
                Part(f"EXIF {field}", str(value).strip(), person_field=field in PERSON_FIELDS)
            )
    comment = exif.get_ifd(_EXIF_IFD).get(_USER_COMMENT)
    if isinstance(comment, bytes):
        comment = comment[8:].decode("utf-8", "replace") if len(comment) > 8 else ""
    if comment and str(comment).strip(" \x00"):
        parts.append(Part("EXIF UserComment", str(comment).strip(" \x00")))
    gps = exif.get_ifd(_GPS_IFD)
    if gps and (2 in gps or 4 in gps):  # GPSLatitude / GPSLongitude
        parts.append(Part("EXIF GPS position", "GPS", gps=True))
    packets: list[bytes] = []
    try:
        texts = getattr(image, "text", None) or {}  # PNG tEXt, zTXt and iTXt chunks
    except (OSError, ValueError, SyntaxError):
        texts = {}
    for key, value in texts.items():
        if key.casefold() == "xml:com.adobe.xmp":
            packets.append(str(value).encode("utf-8"))
        elif str(value).strip():
            parts.append(Part(f"PNG {key}", str(value), person_field=key in PERSON_FIELDS))
    xmp = image.info.get("xmp")
    if xmp:
        packets.append(xmp if isinstance(xmp, bytes) else str(xmp).encode("utf-8"))
    packets += _raw_xmp(data)
    seen: set[bytes] = set()
    for packet in packets:
        packet = packet.strip()
        if packet not in seen:
            seen.add(packet)
            parts += _xmp_parts(packet)
    return list(dict.fromkeys(parts))  # a packet read both by Pillow and raw counts once


_XMP_PACKET = re.compile(rb"<x:xmpmeta\b.*?</x:xmpmeta>", re.DOTALL)


def _raw_xmp(data: bytes) -> list[bytes]:
    """XMP packets stored uncompressed in any container (JPEG APP1, PNG iTXt, WebP, GIF,
    TIFF): the packet is plain XML inside the file whatever the container calls it."""
    if b"<x:xmpmeta" not in data:
        return []
    return [m.group() for m in _XMP_PACKET.finditer(data)]


EXTRACTORS = {
    "pdf": pdf_parts,
    "docx": docx_parts,
    "xlsx": xlsx_parts,
    "odf": odf_parts,
    "image": image_parts,
}
