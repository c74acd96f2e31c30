"""Documents carry no active content: a published PDF or Office file cannot run anything.

A visitor opens a document from the university's own site and trusts it. A PDF that runs
JavaScript when opened, launches a program or carries an executable, or a Word file with a
macro project, a template fetched from another server or member names that climb out of the
folder it is unpacked into, is refused here, with what was found and what to do.

PDFs are read twice. pypdf's object model is walked (the catalog, its names tree, every page
with its annotations, and every other object of the file, object streams included), and the
raw bytes are searched as a backstop, with hex-escaped names (`/J#61vaScript` is
`/JavaScript`) decoded and object streams decompressed, so that an object pypdf does not
reach (left outside the cross-reference table, or in an earlier revision of the file) cannot
hide it. Office files (DOCX, XLSX and the ODF ODT, ODS) are ZIP archives, read with the
standard library's zipfile; their XML parts with defusedxml (no DTDs, no entities). What the
parts' XML writes that reaches outside the document when it is opened (formulas that call
DDE or the web, Word fields that run or fetch, embedded objects) is found by
core/officefields.py.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kazutb_transparency.core import officefields

PDF_HINT = (
    "print the original to PDF again (File → Print → Save as PDF), or export it as PDF/A "
    "without attachments, scripts or form actions, and replace the file"
)
OFFICE_HINT = (
    "save the document again as a plain .docx/.xlsx/.odt/.ods without macros (File → Save As), "
    "with no linked template, linked or embedded objects, or publish it as a PDF"
)
ARCHIVE_HINT = (
    "save the document again from the office program (a normal save writes no such archive), "
    "or publish it as a PDF"
)


@dataclass(frozen=True)
class Refusal:
    """Why a document is not published: what was found, and what the editor can do."""

    message: str
    hint: str

    def __str__(self) -> str:
        return self.message


# Names are shown escaped: a newline or a right-to-left override in an attachment's or an
# archive member's name must not rewrite the line it is printed on.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def shown_name(name: str, limit: int = 120) -> str:
    """`name` printable: control, format (zero-width, bidi) and undecodable characters are
    written as escapes (\\n, \\u202e, \\xff), and a very long name is cut."""
    out = []
    for char in name:
        code = ord(char)
        if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif char in _BIDI or not char.isprintable() or unicodedata.category(char) == "Cf":
            escaped = repr(char)[1:-1]
            out.append(escaped if escaped != char else f"\\u{code:04x}")
        else:
            out.append(char)
    text = "".join(out)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- PDF ---------------------------------------------------------------------------------

# What each kind of finding says; the detail (which name, which file) follows in brackets.
_PDF_SAYS = {
    "open": "the PDF runs an action when opened",
    "js": "the PDF carries JavaScript",
    "aa": "the PDF runs actions on events such as opening a page or the file",
    "launch": "the PDF launches a program or opens a file",
    "embedded": "the PDF carries an embedded file",
    "richmedia": "the PDF carries rich media: Flash, video or 3D",
    "xfa": "the PDF is an XFA form, whose scripts run in the viewer",
    "submit": "the PDF sends form data to an address",
    "import": "the PDF imports form data from a file",
    "remote": "the PDF opens another file",
    "uri": "the PDF has a link that runs code or opens a local file",
    "structure": "the PDF's objects cannot all be read to be checked",
}
# Actions that run something, by the name of their type (/S).
_ACTION_KINDS = {
    "/JavaScript": "js",
    "/Launch": "launch",
    "/SubmitForm": "submit",
    "/ImportData": "import",
    "/GoToR": "remote",
    "/GoToE": "remote",
    "/RichMediaExecute": "richmedia",
}
# Addresses a link may have: a web page, an e-mail address, a telephone number.
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_MAX_FINDINGS = 3


class _Findings:
    """What a PDF was found to carry: one message per kind, in the order found."""

    def __init__(self) -> None:
        self.kinds: dict[str, str | None] = {}

    def add(self, kind: str, detail: str, message: str | None = None) -> None:
        if kind not in self.kinds:
            self.kinds[kind] = message or f"{_PDF_SAYS[kind]} ({detail})"

    def covered(self, kind: str) -> None:
        """A kind already told by another finding (JavaScript run when opened)."""
        self.kinds.setdefault(kind, None)

    def refusal(self) -> Refusal | None:
        messages = [message for message in self.kinds.values() if message]
        if not messages:
            return None
        text = "; ".join(messages[:_MAX_FINDINGS])
        if len(messages) > _MAX_FINDINGS:
            text += f"; and {len(messages) - _MAX_FINDINGS} more"
        return Refusal(text, PDF_HINT)


def pdf_refusal(path: Path, reader: object | None = None) -> Refusal | None:
    """What active content the PDF at `path` carries, or None. `reader`: a pypdf reader of
    the file already open (else one is opened here)."""
    import pypdf

    if reader is None:
        reader = pypdf.PdfReader(path, strict=False)
    assert isinstance(reader, pypdf.PdfReader)
    if reader.is_encrypted:
        try:
            reader.decrypt("")  # readable by anyone: only the owner's rights are protected
        except Exception:
            return Refusal(
                "the PDF is encrypted and cannot be checked",
                "publish it without a password (remove the protection, then save as PDF)",
            )
    findings = _Findings()
    try:
        _walk_pdf(reader, findings)
    except Exception as exc:  # a broken structure: refused, and the raw scan still runs
        findings.add("structure", exc.__class__.__name__)
    for kind, token in _raw_findings(path.read_bytes()):
        findings.add(kind, f"{token}, found in the file's raw objects")
    return findings.refusal()


def _walk_pdf(reader: object, findings: _Findings) -> None:
    """The catalog, its open action, names tree and form; then every object of the file."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    root = _resolved(reader.trailer.get("/Root"))  # type: ignore[attr-defined]
    if isinstance(root, DictionaryObject):
        opening = _resolved(root.get("/OpenAction"))
        if isinstance(opening, DictionaryObject):
            kind = _resolved(opening.get("/S"))
            if kind == "/JavaScript" or "/JS" in opening:
                findings.add("open", "", "the PDF runs JavaScript when opened (/OpenAction)")
                findings.covered("js")
            elif isinstance(kind, str) and kind in _ACTION_KINDS:
                runs = _ACTION_KINDS[kind]
                findings.add("open", "", f"{_PDF_SAYS[runs]} when opened (/OpenAction {kind})")
                findings.covered(runs)
            elif kind != "/GoTo":  # a plain destination, given as an action
                findings.add("open", f"/OpenAction {kind}" if kind else "/OpenAction")
        elif opening is not None and not isinstance(opening, ArrayObject):
            findings.add("open", "/OpenAction")
        if "/AA" in root:
            findings.add("aa", "/AA of the document")
        names = _resolved(root.get("/Names"))
        if isinstance(names, DictionaryObject):
            if "/JavaScript" in names:
                findings.add("js", "/Names /JavaScript")
            if "/EmbeddedFiles" in names:
                found = list(_name_tree_keys(_resolved(names.get("/EmbeddedFiles"))))
                findings.add("embedded", ", ".join(found[:3]) or "/EmbeddedFiles")
        form = _resolved(root.get("/AcroForm"))
        if isinstance(form, DictionaryObject) and "/XFA" in form:
            findings.add("xfa", "/XFA")
    for page in reader.pages:  # type: ignore[attr-defined]
        if "/AA" in page:
            findings.add("aa", "/AA of a page")
        annotations = _resolved(page.get("/Annots"))
        for annotation in annotations if isinstance(annotations, ArrayObject) else []:
            _inspect_dictionary(_resolved(annotation), findings)
    # Every object the file holds, as pypdf reaches it: in the body and in object streams.
    numbers: set[tuple[int, int]] = set()
    for generation, table in reader.xref.items():  # type: ignore[attr-defined]
        numbers.update((number, generation) for number in table)
    numbers.update((number, 0) for number in reader.xref_objStm)  # type: ignore[attr-defined]
    for number, generation in sorted(numbers):
        try:
            value = reader.get_object(IndirectObject(number, generation, reader))  # type: ignore[attr-defined]
        except Exception:
            continue  # an unreadable object: the raw scan reads its bytes
        _inspect(value, findings)


def _resolved(value: object) -> object:
    """An indirect object's value, or the value itself."""
    from pypdf.generic import IndirectObject, NullObject

    seen = 0
    while isinstance(value, IndirectObject) and seen < 32:
        value = value.get_object()
        seen += 1
    return None if isinstance(value, NullObject) else value


def _name_tree_keys(tree: object, depth: int = 0) -> Iterator[str]:
    """The names of a names tree (those of embedded files), shown escaped."""
    from pypdf.generic import ArrayObject, DictionaryObject

    if not isinstance(tree, DictionaryObject) or depth > 16:
        return
    names = _resolved(tree.get("/Names"))
    if isinstance(names, ArrayObject):
        for index in range(0, len(names) - 1, 2):
            spec = _resolved(names[index + 1])
            key = _filespec_name(spec) if isinstance(spec, DictionaryObject) else None
            yield key or shown_name(str(_resolved(names[index])))
    for kid in _resolved(tree.get("/Kids")) or []:
        yield from _name_tree_keys(_resolved(kid), depth + 1)


def _filespec_name(spec: object) -> str:
    from pypdf.generic import DictionaryObject

    if isinstance(spec, DictionaryObject):
        for key in ("/UF", "/F"):
            name = _resolved(spec.get(key))
            if name is not None:
                return f"'{shown_name(str(name))}'"
    return "a file"


def _inspect(value: object, findings: _Findings) -> None:
    """Every dictionary within `value` (without following references: each object of the
    file is inspected in its turn)."""
    from pypdf.generic import ArrayObject, DictionaryObject

    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, ArrayObject):
            stack.extend(item)
            continue
        if not isinstance(item, DictionaryObject):
            continue
        stack.extend(item.values())
        _inspect_dictionary(item, findings)


def _inspect_dictionary(item: object, findings: _Findings) -> None:
    """What one dictionary (an action, an annotation, a file specification …) carries."""
    from pypdf.generic import DictionaryObject

    if not isinstance(item, DictionaryObject):
        return
    kind = _resolved(item.get("/S"))
    if isinstance(kind, str) and kind in _ACTION_KINDS:
        found = _ACTION_KINDS[kind]
        findings.add(found, f"{kind} action")
    if "/JS" in item:
        findings.add("js", "/JS in an action")
    if kind == "/URI":
        address = _resolved(item.get("/URI"))
        if isinstance(address, bytes):
            address = address.decode("latin-1")
        scheme = _scheme(str(address or ""))
        if scheme is not None and scheme not in _SAFE_SCHEMES:
            findings.add("uri", f"/URI {shown_name(scheme)}:")
    if "/AA" in item:
        findings.add("aa", "/AA of a form field or annotation")
    subtype = _resolved(item.get("/Subtype"))
    if subtype == "/FileAttachment":
        name = _filespec_name(_resolved(item.get("/FS")))
        findings.add("embedded", f"{name}, in a file attachment annotation")
    if "/EF" in item:
        findings.add("embedded", _filespec_name(item))
    elif _resolved(item.get("/Type")) == "/EmbeddedFile":
        findings.add("embedded", "/EmbeddedFile")
    if subtype == "/RichMedia" or "/RichMediaContent" in item:
        findings.add("richmedia", "/RichMedia")
    if "/XFA" in item:
        findings.add("xfa", "/XFA")


def _scheme(address: str) -> str | None:
    """The scheme of an address as a browser reads it (spaces and controls dropped), or
    None for a relative address."""
    cleaned = re.sub(r"[\x00-\x20\x7f]+", "", address).lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", cleaned)
    if match:
        return match.group(1)
    return "file" if cleaned.startswith(("\\\\", "//")) else None


# The raw backstop: names are decoded (#xx), object streams decompressed.
_DELIMITER = rb"[\s/\[\]<>(){}%]"
_NAME = re.compile(rb"/[^\s/\[\]<>(){}%]*")
_HEX_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_RAW_TOKENS = {
    b"javascript": "js",
    b"js": "js",
    b"aa": "aa",
    b"launch": "launch",
    b"embeddedfile": "embedded",
    b"embeddedfiles": "embedded",
    b"fileattachment": "embedded",
    b"richmedia": "richmedia",
    b"richmediaexecute": "richmedia",
    b"richmediacontent": "richmedia",
    b"xfa": "xfa",
    b"submitform": "submit",
    b"importdata": "import",
    b"gotor": "remote",
    b"gotoe": "remote",
}
_STREAM_START = re.compile(rb">>\s*stream(?:\r\n|\n|\r)")
_OPEN_ACTION = re.compile(rb"/openaction\s*<<(.{0,400}?)>>", re.S)
_GOTO = re.compile(rb"/s\s*/goto(?=" + _DELIMITER + rb"|$)")
_MAX_DECODED = 200_000_000  # object streams decompressed for the raw scan, in all


def _decoded_names(data: bytes) -> bytes:
    """`data` with every name's #xx escapes decoded (PDF names are written that way)."""
    return _NAME.sub(lambda name: _HEX_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), name[0]), data)


def _raw_findings(data: bytes) -> list[tuple[str, str]]:
    """(kind, name as found) of every active-content name in the file's bytes outside
    streams and in its object streams, decompressed. Names are compared in any case: a
    viewer that reads `/Javascript` as `/JavaScript` must not be the one to find it."""
    found: list[tuple[str, str]] = []
    for part in _raw_parts(data):
        text = _decoded_names(part)
        for name in _NAME.finditer(text):
            token = name[0][1:]
            kind = _RAW_TOKENS.get(token.lower())
            if kind is not None:
                found.append((kind, "/" + shown_name(token.decode("latin-1"))))
        lowered = text.lower()
        for opening in _OPEN_ACTION.finditer(lowered):
            if not _GOTO.search(opening[1]):
                found.append(("open", "/OpenAction"))
        if b"javascript:" in re.sub(rb"[\x00-\x20]+", b"", lowered):
            found.append(("uri", "javascript:"))
    return found


def _raw_parts(data: bytes) -> Iterator[bytes]:
    """The file's bytes outside its streams, then the content of each object stream."""
    position = 0
    budget = _MAX_DECODED
    outside = []
    streams = []
    for start in _STREAM_START.finditer(data):
        if start.start() < position:
            continue
        end = data.find(b"endstream", start.end())
        end = len(data) if end < 0 else end
        head_from = data.rfind(b" obj", position, start.start())
        head = _decoded_names(data[max(head_from, position) : start.end()])
        outside.append(data[position : start.end()])
        if re.search(rb"/Type\s*/ObjStm", head):
            streams.append((head, data[start.end() : end]))
        position = end
    outside.append(data[position:])
    yield b"".join(outside)
    for head, body in streams:
        decoded = _decode_stream(head, body, budget)
        if decoded:
            budget -= len(decoded)
            yield decoded


def _decode_stream(head: bytes, body: bytes, budget: int) -> bytes | None:
    """The stream's content through its filters (Flate, ASCIIHex, ASCII85), at most
    `budget` bytes; None when a filter is unknown or the data are broken."""
    declared = re.search(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>]+)", head)
    filters = re.findall(rb"/([^\s/\[\]<>]+)", declared[1]) if declared else []
    data = body
    for name in filters:
        try:
            if name in (b"FlateDecode", b"Fl"):
                data = zlib.decompressobj().decompress(data, max(budget, 1))
            elif name in (b"ASCIIHexDecode", b"AHx"):
                text = re.sub(rb"\s+", b"", data.split(b">")[0])
                data = binascii.unhexlify(text + b"0" * (len(text) % 2))
            elif name in (b"ASCII85Decode", b"A85"):
                data = base64.a85decode(data.strip().removeprefix(b"<~"), adobe=False)
            else:
                return None
        except (zlib.error, binascii.Error, ValueError):
            return None
    return data[:budget]


# --- Office files (ZIP) ---------------------------------------------------------------

MAX_UNPACKED = 200_000_000  # an archive's members, uncompressed, in all
MAX_RATIO = 100  # uncompressed / compressed, for a member larger than …
RATIO_FROM = 1_000_000  # … this (a small XML part of repeated spaces packs well too)
_XML_PART_LIMIT = 5_000_000
_EMBEDDED_LIMIT = 32_000_000
_DRIVE = re.compile(r"^[A-Za-z]:")
_EXECUTABLE_HEADS = (
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"),
    (b"\xcf\xfa\xed\xfe", "a macOS program"),
    (b"\xca\xfe\xba\xbe", "a macOS or Java program"),
    (b"#!", "a script"),
)
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RELATIONSHIP_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
# The content types of parts that run: macros, macro sheets, ActiveX controls.
_RUNNING_TYPES = ("macroenabled", "vbaproject", "macrosheet", "activex", "vnd.ms-office.vba")


def zip_refusal(path: Path) -> Refusal | None:
    """Why the Office file (a ZIP archive) at `path` is refused, or None."""
    kind = path.suffix.lower()[1:].upper() or "Office"
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        return Refusal(
            f"the {kind} file is not a valid ZIP archive, as Office files are "
            f"({exc.__class__.__name__})",
            "save the document again from the office program, or publish it as a PDF",
        )
    with archive:
        try:
            return _archive_refusal(archive, kind)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as exc:
            return Refusal(
                f"the {kind} file's archive cannot be read ({exc.__class__.__name__})",
                "save the document again from the office program, or publish it as a PDF",
            )


def _archive_refusal(archive: zipfile.ZipFile, kind: str, nested: bool = False) -> Refusal | None:
    """`nested`: the archive is a chart's data workbook, inside a document (unpacked within
    the size its document may have)."""
    limit = _EMBEDDED_LIMIT if nested else MAX_UNPACKED
    members = archive.infolist()
    if not members:
        return Refusal(f"the {kind} file is an empty archive", ARCHIVE_HINT)
    seen: set[str] = set()
    total = 0
    for member in members:
        name = member.filename
        shown = shown_name(name)
        wrong = _member_name_problem(name)
        if wrong is not None:
            return Refusal(f"the {kind} file has a member '{shown}' {wrong}", ARCHIVE_HINT)
        if name.lower() in seen:
            return Refusal(f"the {kind} file names the member '{shown}' twice", ARCHIVE_HINT)
        seen.add(name.lower())
        if member.flag_bits & 0x1:
            return Refusal(
                f"the {kind} file has an encrypted member '{shown}' that cannot be checked",
                "publish the document without a password",
            )
        total += member.file_size
        if total > limit:
            return Refusal(
                f"the {kind} file unpacks to more than {limit // 1_000_000} MB "
                "(a ZIP bomb, or not a document)",
                ARCHIVE_HINT,
            )
        if member.file_size > RATIO_FROM and member.file_size > MAX_RATIO * max(
            member.compress_size, 1
        ):
            return Refusal(
                f"the {kind} file's member '{shown}' unpacks more than {MAX_RATIO} times its "
                "packed size (a ZIP bomb)",
                ARCHIVE_HINT,
            )
    # Word and PowerPoint keep each chart's data as an embedded workbook: checked as one,
    # where any other embedded object is refused. Not within a workbook so embedded.
    charts = set() if nested else officefields.chart_data(_chart_relationships(archive))
    for member in members:
        found = _member_refusal(archive, member, kind, charts)
        if found is not None:
            return found
    return None


def _chart_relationships(archive: zipfile.ZipFile) -> Iterator[tuple[str, str, str]]:
    """(rels part, type, target) of the internal relationships of the archive's charts."""
    for member in archive.infolist():
        name = member.filename
        if "/charts/_rels/" not in f"/{name.lower()}" or not name.lower().endswith(".rels"):
            continue
        root = _xml(_read_capped(archive, member, _XML_PART_LIMIT))
        for element in root.iter() if root is not None else ():  # type: ignore[attr-defined]
            if (element.get("TargetMode") or "").lower() != "external":
                yield name, element.get("Type") or "", element.get("Target") or ""


def _member_name_problem(name: str) -> str | None:
    """Why a member's name could write outside the folder it is unpacked into, or None."""
    if name.startswith(("/", "\\")):
        return "with an absolute path"
    if "\\" in name:
        return "with a backslash in its name (a Windows path)"
    if _DRIVE.match(name):
        return "with a drive letter"
    if any(part == ".." for part in name.split("/")):
        return "with '..' in its path (it would be unpacked outside its folder)"
    if any(ord(char) < 0x20 or char in _BIDI for char in name) or "\x00" in name:
        return "with control or text-direction characters in its name"
    return None


def _member_refusal(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, kind: str, charts: set[str]
) -> Refusal | None:
    name = member.filename
    lowered = name.lower()
    shown = shown_name(name)
    base = PurePosixPath(lowered).name
    if base in ("vbaproject.bin", "vbadata.xml", "vbaprojectsignature.bin"):
        return Refusal(f"the {kind} file carries a macro project ({shown})", OFFICE_HINT)
    top = lowered.split("/", 1)[0]
    if top in ("basic", "scripts") and "/" in lowered:
        return Refusal(f"the {kind} file carries macros or scripts ({shown})", OFFICE_HINT)
    if "/macrosheets/" in f"/{lowered}" or "/activex/" in f"/{lowered}":
        what = "an Excel 4.0 macro sheet" if "macrosheets" in lowered else "an ActiveX control"
        return Refusal(f"the {kind} file carries {what} ({shown})", OFFICE_HINT)
    if member.is_dir() or member.file_size == 0:
        return None
    with archive.open(member) as handle:
        head = handle.read(8)
    for signature, what in _EXECUTABLE_HEADS:
        if head.startswith(signature):
            return Refusal(f"the {kind} file carries {what} ({shown})", OFFICE_HINT)
    if head.startswith(_OLE):
        found = _ole_problem(_read_capped(archive, member, _EMBEDDED_LIMIT))
        if found is not None:
            return Refusal(f"the {kind} file carries {found} ({shown})", OFFICE_HINT)
    if lowered in charts:
        return _chart_data_refusal(archive, member, kind, shown)
    by_name = officefields.member_finding(name, shown)
    if by_name is not None:
        return _office_refusal(archive, kind, by_name)
    if lowered == "[content_types].xml":
        data = _read_capped(archive, member, _XML_PART_LIMIT)
        return _content_types_refusal(data, kind, charts)
    if lowered.endswith(".rels"):
        return _relationships_refusal(_read_capped(archive, member, _XML_PART_LIMIT), kind, shown)
    if lowered in ("content.xml", "styles.xml", "settings.xml") or lowered.endswith("/content.xml"):
        text = _read_capped(archive, member, 64_000_000).lower()
        if b"script:event-listener" in text or b"vnd.sun.star.script:" in text:
            return Refusal(
                f"the {kind} file runs macros on events ({shown}: script:event-listener)",
                OFFICE_HINT,
            )
    if _is_xml(head, lowered):
        # Streamed: the archive's budget (MAX_UNPACKED, checked above) bounds what is read.
        subdocument = kind.startswith("OD") and lowered.endswith("/content.xml")
        try:
            with archive.open(member) as handle:
                found = officefields.xml_finding(handle, shown, subdocument)
        except (SyntaxError, ValueError) as exc:  # ParseError, defusedxml's refusals
            return Refusal(
                f"the {kind} file's part {shown} is not plain XML ({exc.__class__.__name__})",
                ARCHIVE_HINT,
            )
        if found is not None:
            return _office_refusal(archive, kind, found)
    return None


# Parts of markup that need not be well-formed XML (VML, HTML chunks): not parsed.
_LOOSE_MARKUP = (".vml", ".htm", ".html", ".mht", ".mhtml")


def _is_xml(head: bytes, lowered: str) -> bool:
    """Whether a part is XML, by its start (a part may be named anything its content type
    says, so not only by its .xml)."""
    if lowered.endswith(_LOOSE_MARKUP) or lowered.endswith(".rels"):
        return False
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return text.startswith(b"<") or head.startswith((b"\xff\xfe<\x00", b"\xfe\xff\x00<"))


def _office_refusal(archive: zipfile.ZipFile, kind: str, found: officefields.Finding) -> Refusal:
    """The refusal for what officefields found; beside a formula, the workbook's setting that
    recalculates it on opening, which runs it without a click."""
    message = f"the {kind} file {found.what}"
    if found.hint == officefields.FORMULA_HINT:
        for member in archive.infolist():
            if member.filename.lower().endswith("workbook.xml"):
                try:
                    with archive.open(member) as handle:
                        setting = officefields.recalculation(handle)
                except (SyntaxError, ValueError):
                    setting = None
                if setting:
                    message += f", recalculated whenever the file is opened ({setting})"
                break
    return Refusal(shown_name(message, limit=400), found.hint)


def _chart_data_refusal(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, kind: str, shown: str
) -> Refusal | None:
    """A chart's data workbook, checked as a workbook of its own (not its own embeddings)."""
    data = _read_capped(archive, member, _EMBEDDED_LIMIT)
    try:
        nested = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        return Refusal(f"the {kind} file's chart data ({shown}) is not a workbook", ARCHIVE_HINT)
    with nested:
        found = _archive_refusal(nested, "XLSX", nested=True)
    if found is None:
        return None
    return Refusal(
        f"the {kind} file's chart data ({shown}) is refused: {found.message}", found.hint
    )


def _read_capped(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int) -> bytes:
    """A member's content, at most `limit` bytes (whatever its header declares)."""
    with archive.open(member) as handle:
        return handle.read(limit)


def _ole_problem(data: bytes) -> str | None:
    """What an embedded OLE object is, when it is something that runs; None otherwise (a
    chart or a sheet embedded from another Office file)."""

    def named(stream: str) -> bool:  # a stream's name, as the compound file stores it
        return stream.encode("utf-16-le") in data

    if named("Ole10Native"):
        return "an embedded file packaged as an OLE object, Ole10Native"
    if named("Equation Native"):
        return "a legacy Equation Editor object, a way in for malware"
    if b"This program cannot be run in DOS mode" in data:
        return "an embedded Windows program"
    if named("_VBA_PROJECT") or named("VBA"):
        return "a macro project in an embedded object"
    return None


def _xml(data: bytes) -> object | None:
    """The root element of an XML part, parsed without DTDs or entities; None if broken."""
    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        return ElementTree.fromstring(data, forbid_dtd=True)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return None


def _content_types_refusal(data: bytes, kind: str, charts: set[str]) -> Refusal | None:
    root = _xml(data)
    if root is None:
        return Refusal(f"the {kind} file's [Content_Types].xml is not plain XML", ARCHIVE_HINT)
    for element in root.iter():  # type: ignore[attr-defined]
        declared = element.get("ContentType") or ""
        if any(word in declared.lower() for word in _RUNNING_TYPES):
            return Refusal(
                f"the {kind} file declares macro content ([Content_Types].xml: "
                f"{shown_name(declared[:160])})",
                OFFICE_HINT,
            )
        found = officefields.content_type_finding(declared)
        if found is not None and (element.get("PartName") or "").lstrip("/").lower() not in charts:
            return Refusal(shown_name(f"the {kind} file {found.what}", limit=400), found.hint)
    return None


def _relationships_refusal(data: bytes, kind: str, shown: str) -> Refusal | None:
    root = _xml(data)
    if root is None:
        return Refusal(f"the {kind} file's relationships ({shown}) are not plain XML", ARCHIVE_HINT)
    for element in root.iter():  # type: ignore[attr-defined]
        if not str(element.tag).endswith("Relationship"):
            continue
        relation = (element.get("Type") or "").rsplit("/", 1)[-1]
        target = element.get("Target") or ""
        external = (element.get("TargetMode") or "").lower() == "external"
        if relation.lower() == "attachedtemplate":
            return Refusal(
                f"the {kind} file loads a template from elsewhere (attachedTemplate → "
                f"{shown_name(target)})",
                OFFICE_HINT,
            )
        if not external:
            continue
        scheme = _scheme(target)
        where = f"{shown_name(target[:120])}, in {shown}"
        if relation.lower() == "hyperlink":
            if scheme in _SAFE_SCHEMES:
                continue
            what = f"a {shown_name(scheme)}: address" if scheme else "a file"
            return Refusal(f"the {kind} file has a link to {what} ({where})", OFFICE_HINT)
        return Refusal(
            f"the {kind} file loads content from outside the document "
            f"({shown_name(relation) or 'a relationship'} → {where})",
            OFFICE_HINT,
        )
    return None
