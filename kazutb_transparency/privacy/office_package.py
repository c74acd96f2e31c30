"""The ZIP package of an Office or OpenDocument file: its XML members, relationships and
document properties (core, app, custom), read the same way for DOCX and XLSX.

XML is read with defusedxml (no DTD, no entities); a package that unpacks to more than
200 MB is refused before any member is read.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from defusedxml import ElementTree

from kazutb_transparency.privacy.docparts import (
    PERSON_FIELDS,
    Part,
    Unreadable,
    link_text,
    person_label,
)

_MAX_UNZIPPED = 200_000_000  # an office file larger than this when unpacked is refused
_EXTERNAL = "External"
# Core and app properties that are dates, counts or software, not text anyone typed.
_NOT_TEXT = frozenset(
    {
        "created",
        "modified",
        "lastPrinted",
        "revision",
        "TotalTime",
        "Pages",
        "Words",
        "Characters",
        "CharactersWithSpaces",
        "Lines",
        "Paragraphs",
        "DocSecurity",
        "ScaleCrop",
        "LinksUpToDate",
        "SharedDoc",
        "HyperlinksChanged",
        "AppVersion",
        "Application",
        "Template",
    }
)
_PREFIXED = {"creator": "dc:creator", "lastModifiedBy": "cp:lastModifiedBy"}


def open_package(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise Unreadable("not a valid Office file (not a ZIP package)") from exc
    if sum(info.file_size for info in archive.infolist()) > _MAX_UNZIPPED:
        raise Unreadable("unpacks to more than 200 MB")
    return archive


def read_xml(archive: zipfile.ZipFile, name: str):
    """The parsed member, or None if the package has no such member."""
    try:
        return ElementTree.fromstring(archive.read(name))
    except KeyError:
        return None
    except Exception as exc:
        raise Unreadable(f"{name} is not valid XML") from exc


def local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def attribute(element, name: str) -> str:
    """An attribute by its local name, whatever its namespace."""
    for key, value in element.attrib.items():
        if local(key) == name:
            return value
    return ""


def relationships(archive: zipfile.ZipFile, part: str) -> list[tuple[str, str, str, str]]:
    """(Id, type's last word, target, TargetMode) of a part's relationships; internal
    targets resolved to member names (xl/worksheets/sheet1.xml)."""
    folder, name = posixpath.split(part)
    root = read_xml(archive, posixpath.join(folder, "_rels", name + ".rels"))
    if root is None:
        return []
    out = []
    for rel in root:
        target = rel.get("Target", "")
        mode = rel.get("TargetMode", "")
        if mode != _EXTERNAL:
            if target.startswith("/"):
                target = target.lstrip("/")
            else:
                target = posixpath.normpath(posixpath.join(folder, target))
        kind = rel.get("Type", "").rsplit("/", 1)[-1]
        out.append((rel.get("Id", ""), kind, target, mode))
    return out


def link_parts(archive: zipfile.ZipFile, part: str, where: str = "link target") -> list[Part]:
    """External targets of a part's relationships: hyperlinks (mailto:), linked files."""
    return [
        Part(where, link_text(target))
        for _, _, target, mode in relationships(archive, part)
        if mode == _EXTERNAL and target.strip()
    ]


def properties(archive: zipfile.ZipFile) -> list[Part]:
    """Core (dc:creator, cp:lastModifiedBy, title …), app (Company, Manager …) and custom
    (docProps/custom.xml: any name, any value) document properties."""
    parts = []
    for name in ("docProps/core.xml", "docProps/app.xml"):
        root = read_xml(archive, name)
        if root is None:
            continue
        for element in root:  # a vector (TitlesOfParts): its values one per line
            field = local(element.tag)
            values = [(e.text or "").strip() for e in element.iter() if not len(e)]
            text = "\n".join(v for v in values if v)
            if text and field not in _NOT_TEXT and field != "HeadingPairs":
                field = _PREFIXED.get(field, field)
                parts.append(Part(f"properties {field}", text, person_field=field in PERSON_FIELDS))
    custom = read_xml(archive, "docProps/custom.xml")
    if custom is not None:
        for prop in custom:
            label = prop.get("name", "")
            values = [(v.text or "").strip() for v in prop.iter() if v is not prop]
            text = " ".join(v for v in values if v)
            if text and person_label(label) and not any(c.isdigit() for c in text):
                parts.append(Part(f"custom property {label}", text, person_field=True))
            elif text:  # the label is the value's context: "ИИН: …", "StudentID: …"
                parts.append(Part(f"custom property {label}", f"{label}: {text}"))
    return parts
