"""The pictures of the news as published: pixels only, every metadata field left behind.

The personal-data gate has read each picture in data/news/media/ before anything is built
(privacy/extract_image.py: EXIF, IPTC, XMP, GPS, comments). Publication then writes a new
file from the pixels alone, so that nothing a camera or an editor wrote into the file — a
field the gate allowed, a thumbnail, a maker note it does not read — reaches the site. The
camera's orientation is applied to the pixels first: without its EXIF tag a turned photo
would otherwise show on its side.
"""

from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageOps

from kazutb_transparency.core.datafiles import display_path
from kazutb_transparency.core.errors import DataError, Problem

# The modes written as they are; any other (palette, CMYK, 16-bit) becomes RGB or RGBA.
_KEPT_MODES = frozenset({"RGB", "RGBA", "L", "LA"})
JPEG_QUALITY = 88


def stripped(path: Path) -> bytes:
    """The picture at `path` re-encoded from its pixels, with no metadata at all."""
    try:
        with Image.open(path) as image:
            image.load()
            upright = ImageOps.exif_transpose(image)
            fmt = (image.format or "").upper()
    except (OSError, ValueError, SyntaxError) as exc:
        raise DataError(
            [Problem(display_path(path), f"not a readable picture ({exc})",
                     hint="save it again as JPEG or PNG")]
        ) from exc  # fmt: skip
    if upright.mode not in _KEPT_MODES:
        upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
    # A new image from the pixels: no `info` (comments, ICC profile, XMP) comes along.
    clean = Image.frombytes(upright.mode, upright.size, upright.tobytes())
    out = io.BytesIO()
    if fmt == "PNG":
        clean.save(out, "PNG", optimize=True)
    else:
        if clean.mode not in ("RGB", "L"):
            clean = clean.convert("RGB")
        clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True)
    return out.getvalue()


@lru_cache(maxsize=1024)
def _stripped_once(path: Path, mtime_ns: int, size: int) -> bytes:
    """Each language folder publishes the same pictures: each is re-encoded once per edit."""
    return stripped(path)


def published_pictures(media_dir: Path, files: set[str]) -> dict[str, bytes]:
    """{file name: stripped picture} of the pictures the items show."""
    out = {}
    for name in sorted(files):
        path = media_dir / name
        stat = path.stat()
        out[name] = _stripped_once(path, stat.st_mtime_ns, stat.st_size)
    return out
