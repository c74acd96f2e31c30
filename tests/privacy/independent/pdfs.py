"""PDF files of the corpus (pypdf): a page with a visible Latin title, and the datum in one
place a reader does not see on the page: a form field's value, an annotation's text or
author (/T), a bookmark, or an embedded file."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfWriter
from pypdf.annotations import Text
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)


@dataclass(frozen=True)
class Hidden:
    """Where the datum goes; each field is None or the text to put there."""

    field: tuple[str, str] | None = None  # (field name, value) of a text form field
    # (author /T or None for no author, text /Contents) of a text annotation
    note: tuple[str | None, str] | None = None
    bookmarks: tuple[str, ...] = ()  # outline item titles
    attachment: tuple[str, bytes] | None = None  # (file name, content) of an embedded file


def pdf(title: str, hidden: Hidden) -> bytes:
    """A one-page PDF whose page shows `title` (Helvetica, so Latin letters only)."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Font"): DictionaryObject(
                {
                    NameObject("/F1"): DictionaryObject(
                        {
                            NameObject("/Type"): NameObject("/Font"),
                            NameObject("/Subtype"): NameObject("/Type1"),
                            NameObject("/BaseFont"): NameObject("/Helvetica"),
                        }
                    )
                }
            )
        }
    )
    stream = DecodedStreamObject()
    safe = title.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream.set_data(f"BT /F1 14 Tf 72 770 Td ({safe}) Tj ET".encode("latin-1"))
    page.replace_contents(stream)
    if hidden.field is not None:
        name, value = hidden.field
        widget = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject(name),
                NameObject("/V"): TextStringObject(value),
                NameObject("/F"): NumberObject(4),
                NameObject("/Rect"): ArrayObject(
                    [FloatObject(72), FloatObject(700), FloatObject(300), FloatObject(720)]
                ),
            }
        )
        added = writer.add_annotation(0, widget)
        writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
            {
                NameObject("/Fields"): ArrayObject([added.indirect_reference]),
                NameObject("/NeedAppearances"): BooleanObject(True),
            }
        )
    if hidden.note is not None:
        author, text = hidden.note
        note = Text(rect=(400, 700, 420, 720), text=text)
        if author is not None:
            note[NameObject("/T")] = TextStringObject(author)
        writer.add_annotation(0, note)
    for bookmark in hidden.bookmarks:
        writer.add_outline_item(title=bookmark, page_number=0)
    if hidden.attachment is not None:
        writer.add_attachment(filename=hidden.attachment[0], data=hidden.attachment[1])
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
