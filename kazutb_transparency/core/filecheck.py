"""Published files are what their names say: checked by content, not by extension.

A Windows program renamed to licence.pdf, an empty file or a 300 MB scan would otherwise
be published, listed with its checksum and packed into the evidence pack. A document that
is what its name says but carries active content (a PDF that runs JavaScript or carries an
executable, an Office file with macros) is refused too (core/activecontent.py).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from kazutb_transparency.core.activecontent import Refusal, pdf_refusal, zip_refusal

# The bytes each type of file starts with, and the largest file of that type we publish.
ZIP = b"PK\x03\x04"
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".docx": (ZIP,),
    ".xlsx": (ZIP,),
    ".odt": (ZIP,),
    ".ods": (ZIP,),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}
MAX_BYTES = {
    ".pdf": 50_000_000,
    ".docx": 20_000_000,
    ".xlsx": 20_000_000,
    ".odt": 20_000_000,
    ".ods": 20_000_000,
    ".png": 10_000_000,
    ".jpg": 10_000_000,
    ".jpeg": 10_000_000,
}
_LOOKS_LIKE = (
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a Linux program"),
    (b"PK\x03\x04", "a ZIP archive or Office file"),
    (b"%PDF-", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"<", "an HTML or XML page"),
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel file (.doc/.xls)"),
)


def _looks_like(head: bytes) -> str:
    for signature, kind in _LOOKS_LIKE:
        if head.lstrip().startswith(signature):
            return kind
    return "something else"


def content_problem(path: Path) -> str | None:
    """Why the file cannot be published as what its name says, or None if it can. For
    active content, what to do follows what was found (`content_refusal` gives them apart)."""
    refusal = content_refusal(path)
    if refusal is None:
        return None
    return f"{refusal.message}; {refusal.hint}" if refusal.hint else refusal.message


def content_refusal(path: Path) -> Refusal | None:
    """Why the file cannot be published, and what to do when there is more to say than
    "replace it with the document itself"; None if it can be published."""
    info = path.stat()
    # Asked on every load of the data (the preview's too): a file is read again only when
    # it changed.
    return _refusal(os.fspath(path), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


@lru_cache(maxsize=512)
def _refusal(name: str, size: int, mtime_ns: int, ctime_ns: int, inode: int) -> Refusal | None:
    path = Path(name)
    suffix = path.suffix.lower()
    if size == 0:
        return Refusal("the file is empty (0 bytes)", "")
    limit = MAX_BYTES.get(suffix)
    if limit is not None and size > limit:
        return Refusal(
            f"the file is {size / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB allowed", ""
        )
    signatures = SIGNATURES.get(suffix)
    if signatures is None:
        return Refusal(f"files of type {suffix or '(none)'} are not published as documents", "")
    with path.open("rb") as handle:
        head = handle.read(16)
    if not head.startswith(signatures):
        return Refusal(f"not a {suffix[1:].upper()} file: its content is {_looks_like(head)}", "")
    if suffix == ".pdf":
        return _pdf_problem(path)
    if signatures == (ZIP,):
        return zip_refusal(path)
    return None


def _pdf_problem(path: Path) -> Refusal | None:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        reader = pypdf.PdfReader(path, strict=False)
        pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        return Refusal(f"the PDF cannot be opened ({exc.__class__.__name__})", "")
    if not pages:
        return Refusal("the PDF has no pages", "")
    return pdf_refusal(path, reader)
