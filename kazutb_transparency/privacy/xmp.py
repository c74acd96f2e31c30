"""XMP metadata packets (PDF, JPEG, PNG iTXt, WebP, GIF, TIFF) as parts.

A packet writes a value either as an element (<dc:creator><rdf:Seq><rdf:li>…) or, in
its short form, as an attribute of rdf:Description (pdf:Author="…"): both are read.
"""

from __future__ import annotations

import re

from defusedxml import ElementTree

from kazutb_transparency.privacy.docparts import Part

_XMP_PERSON = re.compile(
    r"(?:dc:creator|xmp:Author|pdf:Author|photoshop:Author\w*|creator|Author|Owner\w*"
    r"|CaptionWriter|Artist|Contributor|LastModifiedBy|OwnerName)",
    re.I,
)
# Namespaces whose attributes are structure, not values.
_STRUCTURE = ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/XML/1998/")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def xmp_parts(xml: bytes) -> list[Part]:
    """Text values of an XMP packet; creators and owners marked as person fields."""
    try:
        root = ElementTree.fromstring(xml)
    except Exception:  # a malformed (or DOCTYPE-carrying) packet: scan it as text
        return [Part("metadata XMP", xml.decode("utf-8", "replace"))]
    parts = []
    parents = {child: parent for parent in root.iter() for child in parent}
    for element in root.iter():
        text = (element.text or "").strip()
        if text:
            field = _property(element, parents)
            person = _XMP_PERSON.fullmatch(field) is not None
            parts.append(Part(f"metadata XMP {field}", text, person_field=person))
        for name, value in element.attrib.items():
            if name.startswith("{") and name[1:].startswith(_STRUCTURE):
                continue
            field = _local(name)
            if value.strip() and field not in ("about", "xmptk"):
                person = _XMP_PERSON.fullmatch(field) is not None
                parts.append(Part(f"metadata XMP {field}", value.strip(), person_field=person))
    return parts


def _property(element, parents: dict) -> str:
    """The property a value belongs to: an rdf:li's is the element above its rdf:Seq,
    rdf:Bag or rdf:Alt (dc:creator for a creator's name)."""
    while _local(element.tag) in ("li", "Seq", "Bag", "Alt") and element in parents:
        element = parents[element]
    return _local(element.tag)
