"""Every kind of file the gate may meet, in one place: how it is read, or why it is safe.

A file of a type not listed here is refused: a new kind of output must be taught to the
gate (or declared safe with its reason) before it can be published.
"""

from __future__ import annotations

from pathlib import Path

# Text formats: projected to what a reader sees (see extract.py).
TEXT = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".yaml": "text",
    ".yml": "text",
    ".csv": "csv",
    ".tsv": "csv",
    ".json": "json",
    ".jsonld": "json",
    ".webmanifest": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".svg": "html",
    ".xml": "html",
    ".atom": "html",
    ".js": "text",
    ".css": "text",
}
# Documents and images: their text and metadata are extracted (see documents.py).
DOCUMENTS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".xlsx": "xlsx",
    ".odt": "odf",
    ".ods": "odf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".gif": "image",
    ".webp": "image",
    ".tif": "image",
    ".tiff": "image",
}
# Containers: their members are scanned by their own types.
CONTAINERS = {".zip": "zip", ".gz": "gzip"}
# Types that cannot carry personal data of ours, each with the reason.
SAFE = {
    ".woff": "web font: glyph outlines only",
    ".woff2": "web font: glyph outlines only",
    ".ttf": "font: glyph outlines only",
    ".ico": "site icon: pixels without metadata fields",
    ".nojekyll": "empty marker file for GitHub Pages",
}


def kind_of(path: Path) -> tuple[str, str] | None:
    """("text"|"document"|"container"|"safe", format) of a file, or None if undeclared."""
    suffix = path.suffix.lower() or path.name.lower()
    for kind, table in (("text", TEXT), ("document", DOCUMENTS), ("container", CONTAINERS)):
        if suffix in table:
            return kind, table[suffix]
    if suffix in SAFE:
        return "safe", SAFE[suffix]
    return None


# Compression suffixes: the type of "archive.tar.gz" is ".tar.gz", not ".gz".
_COMPRESSED = frozenset({".gz", ".bz2", ".xz", ".zst", ".lz", ".lzma", ".z", ".br"})


def type_name(path: Path, unpacked: bytes | None = None) -> str:
    """The type a person calls the file by: ".tar.gz" for archive.tar.gz, ".7z", ".doc".
    `unpacked`: the decompressed bytes when known (x.gz holding a tar is a ".tar.gz")."""
    suffixes = [s.lower() for s in path.suffixes]
    if not suffixes:
        return path.name
    if suffixes[-1] in _COMPRESSED:
        if len(suffixes) >= 2 and suffixes[-2][1:].isalnum() and suffixes[-2][1:2].isalpha():
            return "".join(suffixes[-2:])
        if unpacked is not None and unpacked[257:262] == b"ustar":
            return ".tar" + suffixes[-1]
    return suffixes[-1]
