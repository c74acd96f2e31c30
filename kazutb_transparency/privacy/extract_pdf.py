"""PDF: page text, and every other place a PDF keeps text.

The document information dictionary (every key, not only the standard ones) and XMP;
form fields (value, name and tooltip, choices); annotations (comment text, rich text,
subject and author, link targets); bookmarks; and embedded files (the document's
attachments and file-attachment annotations), which come out as parts carrying the
file's bytes, scanned by their own type as a container's members are.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from kazutb_transparency.privacy.docparts import (
    PERSON_FIELDS,
    CannotCheck,
    Part,
    Unreadable,
    link_text,
    person_label,
    text_parts,
)
from kazutb_transparency.privacy.pdf_glyphs import joined_text, looks_fragmented
from kazutb_transparency.privacy.xmp import xmp_parts

# Information keys that are dates or flags, not text anyone typed.
_NOT_TEXT = frozenset({"/CreationDate", "/ModDate", "/Trapped"})
_TAGS = re.compile(r"<[^>]*>")


def pdf_parts(data: bytes, earlier: bool = True) -> list[Part]:
    """Every part of the PDF as it stands, and (earlier) what its earlier revisions held
    that it no longer does: an incremental update leaves the replaced objects in the file."""
    parts = _parts(data)
    return parts + _earlier_revisions(data, parts) if earlier else parts


# The end of a revision: an incremental update appends objects, an xref and another %%EOF.
_REVISION_END = re.compile(rb"%%EOF[ \t\r\n]*")
_MAX_REVISIONS = 20


def _earlier_revisions(data: bytes, current: list[Part]) -> list[Part]:
    ends = [m.end() for m in _REVISION_END.finditer(data)][:-1]
    seen = {part.text for part in current}
    found: list[Part] = []
    for end in ends[-_MAX_REVISIONS:]:
        try:
            parts = _parts(data[:end])
        except (Unreadable, CannotCheck):
            continue  # not a whole revision (a linearised file's first section)
        for part in parts:
            if part.text not in seen and part.embedded is None:
                seen.add(part.text)
                found.append(replace(part, where=f"{part.where}, in an earlier revision"))
    return found


def _parts(data: bytes) -> list[Part]:
    import pypdf  # a few hundred ms to import; only builds with documents need it

    errors = _errors()
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata or {}
        xmp = reader.xmp_metadata
    except errors as exc:
        raise Unreadable(f"not a readable PDF ({exc.__class__.__name__}: {exc})") from exc
    parts = [Part(f"page {i}", text) for i, text in enumerate(pages, 1) if text.strip()]
    parts += _info_parts(info)
    if xmp is not None:
        parts += xmp_parts(xmp.stream.get_data())
    for what, read in (
        ("form fields", _field_parts),
        ("annotations", _annotation_parts),
        ("bookmarks", _outline_parts),
        ("attachments", _attachment_parts),
    ):
        parts += _read(what, read, reader, errors)
    if pages and not any(text.strip() for text in pages):
        raise CannotCheck(f"{len(pages)} page(s) without a text layer (a scan?)")
    return list(dict.fromkeys(parts))


def _errors() -> tuple[type[Exception], ...]:
    from pypdf.errors import PdfReadError, PyPdfError

    return (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError)


def _read(what: str, read: Callable[[Any], list[Part]], reader: Any, errors) -> list[Part]:
    """A part that cannot be read makes the file uncheckable: it is not called clean."""
    try:
        return read(reader)
    except (*errors, RecursionError) as exc:
        raise Unreadable(f"its {what} cannot be read ({exc.__class__.__name__}: {exc})") from exc


def _page_text(page) -> str:
    """pypdf's text, or the glyph-joined text when glyphs were drawn one by one."""
    text = page.extract_text() or ""
    if looks_fragmented(text):
        joined = joined_text(page)
        if joined:
            # both: the joined text has the words, the ordinary one keeps pypdf's lines
            return joined + "\n\n" + text
    return text


def _info_parts(info) -> list[Part]:
    parts = []
    for key, value in info.items():
        if key in _NOT_TEXT or not str(value).strip():
            continue
        person = key in PERSON_FIELDS or person_label(key)
        parts.append(Part(f"metadata {key}", str(value).strip(), person_field=person))
    return parts


def _field_parts(reader) -> list[Part]:
    """Each field as "label: value" (the tooltip or name is the value's context), its
    default value and choices; the value alone as a person field under a person label."""
    parts = []
    for name, field in (reader.get_fields() or {}).items():
        label = str(field.get("/TU") or field.get("/T") or name)
        where = f"form field {name}"
        values = [_value(field.get(key)) for key in ("/V", "/DV")]
        values = [v for v in values if v]
        parts += text_parts(where, [f"{label}: {v}" for v in values] or [label])
        if person_label(label):
            parts += text_parts(where, values, person=True)
        options = [_value(o) for o in field.get("/Opt") or []]
        parts += text_parts(f"choices of {where}", ["\n".join(o for o in options if o)])
    return parts


def _value(value) -> str:
    """A field value as text; a checkbox's state (/Yes, /Off) is no text."""
    if value is None:
        return ""
    value = value.get_object() if hasattr(value, "get_object") else value
    if isinstance(value, list):
        return "\n".join(_value(v) for v in value)
    text = str(value)
    return "" if text.startswith("/") else text.strip()


def _annotation_parts(reader) -> list[Part]:
    parts = []
    for number, page in enumerate(reader.pages, 1):
        for annotation in _annotations(page):
            subtype = str(annotation.get("/Subtype", ""))
            if subtype == "/Widget":  # a form field's widget: its value is read with the
                # fields; what its appearance draws may be all that is left of it
                drawn = _appearance_text(annotation)
                parts += text_parts(f"appearance of a form field on page {number}", [drawn])
                continue
            where = f"annotation on page {number}"
            texts = [_value(annotation.get(k)) for k in ("/Contents", "/Subj")]
            rich = _value(annotation.get("/RC"))
            texts.append(" ".join(_TAGS.sub(" ", rich).split()))
            parts += text_parts(where, texts)
            author = [_value(annotation.get("/T"))]
            parts += text_parts(f"author of {where}", author, person=True)
            parts += _action_parts(annotation.get("/A"), f"link target on page {number}")
            if subtype == "/FileAttachment":
                parts += _file_spec_parts(annotation.get("/FS"), f"attached file on page {number}")
    return parts


def _appearance_text(annotation) -> str:
    """The strings the normal appearance stream of a widget shows (Tj, TJ, ' and ")."""
    from pypdf.generic import ContentStream

    appearance = annotation.get("/AP")
    normal = appearance.get_object().get("/N") if appearance is not None else None
    if normal is None:
        return ""
    normal = normal.get_object()
    streams = (
        [normal]
        if hasattr(normal, "get_data")
        else [v.get_object() for v in normal.values() if hasattr(v.get_object(), "get_data")]
    )
    shown: list[str] = []
    for stream in streams:
        for operands, operator in ContentStream(stream, None).operations:
            if operator in (b"Tj", b"'", b'"') and operands:
                shown.append(_string(operands[-1]))
            elif operator == b"TJ" and operands:
                shown.append("".join(_string(o) for o in operands[0] if not _number(o)))
    return "\n".join(t for t in shown if t.strip())


def _string(value) -> str:
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _number(value) -> bool:
    return isinstance(value, int | float)


def _annotations(page) -> Iterator[Any]:
    annotations = page.get("/Annots")
    annotations = annotations.get_object() if annotations is not None else []
    for annotation in annotations or []:
        yield annotation.get_object()


def _action_parts(action, where: str) -> list[Part]:
    if action is None:
        return []
    action = action.get_object()
    targets = [_value(action.get("/URI"))]
    launched = action.get("/F")
    if launched is not None:
        launched = launched.get_object()
        targets.append(_value(launched.get("/F") if hasattr(launched, "get") else launched))
    return text_parts(where, [link_text(t) for t in targets if t])


def _file_spec_parts(spec, where: str) -> list[Part]:
    """A file specification's embedded bytes (/EF /F), named by its file name."""
    if spec is None:
        return []
    spec = spec.get_object()
    name = _value(spec.get("/UF")) or _value(spec.get("/F")) or "attachment"
    parts = text_parts(f"description of {where}", [_value(spec.get("/Desc"))])
    embedded = spec.get("/EF")
    stream = embedded.get_object().get("/F") if embedded is not None else None
    if stream is not None:
        parts.append(Part(f"{where} {name}", name, embedded=stream.get_object().get_data()))
    return parts


def _outline_parts(reader) -> list[Part]:
    titles: list[str] = []
    _titles(reader.outline, titles, depth=0)
    return text_parts("bookmarks", ["\n".join(titles)])


def _titles(items, titles: list[str], depth: int) -> None:
    if depth > 50:  # an outline deeper than this is malformed, not a book
        raise ValueError("bookmarks nested deeper than 50 levels")
    for item in items:
        if isinstance(item, list):
            _titles(item, titles, depth + 1)
        elif getattr(item, "title", None):
            titles.append(str(item.title))


def _attachment_parts(reader) -> list[Part]:
    parts = []
    for attachment in reader.attachment_list:
        where = f"attachment {attachment.name}"
        parts += text_parts(f"description of {where}", [attachment.description or ""])
        parts.append(Part(where, attachment.name, embedded=attachment.content))
    return parts
