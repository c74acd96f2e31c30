"""Images of the corpus (Pillow): a small picture whose metadata holds the datum: EXIF text
as ASCII, as UTF-8 bytes in an ASCII tag (as phones write it), as UCS-2 (Windows XP tags,
UserComment with the UNICODE code), the camera owner's name, XMP in a PNG iTXt chunk, PNG
tEXt."""

from __future__ import annotations

import io

from PIL import Image
from PIL.PngImagePlugin import PngInfo

EXIF_IFD = 0x8769  # the Exif sub-IFD: UserComment and CameraOwnerName live there
ARTIST = 0x013B
IMAGE_DESCRIPTION = 0x010E
COPYRIGHT = 0x8298
SOFTWARE = 0x0131
XP_COMMENT = 0x9C9C
XP_AUTHOR = 0x9C9D
USER_COMMENT = 0x9286
CAMERA_OWNER_NAME = 0xA430


def ucs2(text: str) -> bytes:
    """The Windows XP tags' encoding: UTF-16LE ending in a NUL character."""
    return text.encode("utf-16-le") + b"\x00\x00"


def user_comment(text: str, code: str) -> bytes:
    """EXIF UserComment: an 8-byte character code, then the text (ASCII or UCS-2 for
    UNICODE; Pillow writes the file big- or little-endian, readers guess, so little)."""
    if code == "ASCII":
        return b"ASCII\x00\x00\x00" + text.encode("ascii")
    return b"UNICODE\x00" + text.encode("utf-16-le")


def jpeg(main: dict[int, str | bytes], exif_ifd: dict[int, str | bytes] | None = None) -> bytes:
    """A 16×16 JPEG whose IFD0 holds `main` and whose Exif IFD holds `exif_ifd`. A str is
    written as ASCII; bytes as they are (UTF-8 text in an ASCII tag, UCS-2, UserComment)."""
    exif = Image.Exif()
    for tag, value in main.items():
        exif[tag] = value
    if exif_ifd:
        sub = exif.get_ifd(EXIF_IFD)
        sub.update(exif_ifd)
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (40, 90, 160)).save(buffer, "JPEG", exif=exif, quality=80)
    return buffer.getvalue()


def png(text: dict[str, str | bytes] | None = None, xmp: str | None = None) -> bytes:
    """A 16×16 PNG with tEXt chunks and XMP in an iTXt chunk (keyword XML:com.adobe.xmp)."""
    info = PngInfo()
    for key, value in (text or {}).items():
        info.add_text(key, value)
    if xmp is not None:
        info.add_itxt("XML:com.adobe.xmp", xmp, zip=False)
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (40, 90, 160)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def xmp_packet(creator: str = "", description: str = "", rights: str = "") -> str:
    """An XMP packet with dc:creator, dc:description and dc:rights where given."""
    fields = ""
    if creator:
        fields += f"<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>"
    if description:
        fields += (
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{description}</rdf:li></rdf:Alt></dc:description>"
        )
    if rights:
        fields += (
            f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{rights}</rdf:li></rdf:Alt>'
            "</dc:rights>"
        )
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"{fields}</rdf:Description></rdf:RDF></x:xmpmeta>"
        '<?xpacket end="w"?>'
    )
