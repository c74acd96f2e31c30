"""Published files are what their names say: checked by content, not by extension.

A Windows program renamed to licence.pdf, an empty file or a 300 MB scan would otherwise
be published, listed with its checksum and packed into the evidence pack.
"""

from __future__ import annotations

from pathlib import Path

# The bytes each type of file starts with, and the largest file of that type we publish.
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
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
    """Why the file cannot be published as what its name says, or None if it can."""
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size == 0:
        return "the file is empty (0 bytes)"
    limit = MAX_BYTES.get(suffix)
    if limit is not None and size > limit:
        return f"the file is {size / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB allowed"
    signatures = SIGNATURES.get(suffix)
    if signatures is None:
        return f"files of type {suffix or '(none)'} are not published as documents"
    with path.open("rb") as handle:
        head = handle.read(16)
    if not head.startswith(signatures):
        return f"not a {suffix[1:].upper()} file: its content is {_looks_like(head)}"
    if suffix == ".pdf":
        return _pdf_problem(path)
    return None


def _pdf_problem(path: Path) -> str | None:
    import pypdf
    from pypdf.errors import PdfReadError

    try:
        pages = len(pypdf.PdfReader(path, strict=False).pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        return f"the PDF cannot be opened ({exc.__class__.__name__})"
    return None if pages else "the PDF has no pages"
