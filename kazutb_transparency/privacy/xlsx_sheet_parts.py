"""The text a worksheet keeps beside its cells.

Cell comments (legacy xl/comments*.xml and threaded comments, each with its author),
print headers and footers (with Excel's &-codes taken out), drop-down lists of data
validation (a literal list "Иванов И.,Петров П." is a list of people), hyperlinks (their
targets, mailto: included, and tooltips) — each part named by sheet and cell.
"""

from __future__ import annotations

import re
import zipfile

from kazutb_transparency.privacy.docparts import Part, link_text, text_parts
from kazutb_transparency.privacy.office_package import (
    attribute,
    local,
    read_xml,
    relationships,
)

# Excel's header and footer codes (ECMA-376 18.3.1.39): sections &L &C &R, fields (&P
# page, &D date, &A sheet …), formatting (&B, &"Arial,Bold", &12 size, &K colour); && is &.
_HF_CODE = re.compile(
    r'&(?:"[^"]*"|K[0-9A-Fa-f]{6}|K\d\d[+-]\d{3}|\d{1,3}(?=\D|$)|[LCRPNDTZFAGBIUESXYH&])'
)
_HEADERS = {
    "oddHeader": "header",
    "evenHeader": "even-page header",
    "firstHeader": "first-page header",
    "oddFooter": "footer",
    "evenFooter": "even-page footer",
    "firstFooter": "first-page footer",
}


def sheet_extras(archive: zipfile.ZipFile, member: str, root, title: str) -> list[Part]:
    rels = relationships(archive, member)
    targets = {rid: target for rid, _, target, _ in rels}
    parts: list[Part] = []
    for element in root.iter():
        tag = local(element.tag)
        if tag in _HEADERS and (element.text or "").strip():
            parts.append(Part(f"{_HEADERS[tag]} of {title}", header_footer_text(element.text)))
        elif tag == "dataValidation":
            parts += _validation(element, title)
        elif tag == "hyperlink":
            parts += _hyperlink(element, title, targets)
    for _, kind, target, mode in rels:
        if kind == "comments" and mode != "External":
            parts += _legacy_comments(read_xml(archive, target), title)
        elif kind == "threadedComment" and mode != "External":
            parts += _threaded_comments(read_xml(archive, target), title)
    # External targets no hyperlink element names (linked files, pictures by address).
    used = _hyperlink_ids(root)
    for rid, _, target, mode in rels:
        if mode == "External" and rid not in used and target.strip():
            parts.append(Part(f"link target in {title}", link_text(target)))
    return parts


def header_footer_text(code: str) -> str:
    """&L&"Arial,Bold"Приказ&RСтр. &P → the text, one section per line."""
    text = _HF_CODE.sub(lambda m: "&" if m.group() == "&&" else _section(m.group()), code)
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _section(code: str) -> str:
    return "\n" if code in ("&L", "&C", "&R") else " "


def _validation(element, title: str) -> list[Part]:
    """A drop-down list's literal values one per line, and the input and error messages.
    The extension form (x14:dataValidation) keeps its list in x14:formula1/xm:f."""
    cells = element.get("sqref", "") or "".join(
        c.text or "" for c in element if local(c.tag) == "sqref"
    )
    where = f"drop-down list of {title}!{cells}" if cells else f"drop-down list of {title}"
    values = []
    for formula in element:
        if local(formula.tag) not in ("formula1", "formula2"):
            continue
        text = "".join(formula.itertext()).strip()
        if text.startswith('"') and text.endswith('"') and len(text) > 1:
            values += text[1:-1].replace('""', '"').split(",")
        elif text:
            values.append(text)
    messages = [element.get(a, "") for a in ("promptTitle", "prompt", "errorTitle", "error")]
    return text_parts(where, ["\n".join(v.strip() for v in values), *messages])


def _hyperlink(element, title: str, targets: dict[str, str]) -> list[Part]:
    where = f"link on {title}!{element.get('ref', '')}"
    target = targets.get(attribute(element, "id"), "")
    values = [link_text(target) if target else "", element.get("location", "")]
    values += [element.get("display", ""), element.get("tooltip", "")]
    return text_parts(where, values)


def _hyperlink_ids(root) -> set[str]:
    return {attribute(e, "id") for e in root.iter() if local(e.tag) == "hyperlink"}


def _legacy_comments(root, title: str) -> list[Part]:
    if root is None:
        return []
    authors = [(a.text or "").strip() for a in root.iter() if local(a.tag) == "author"]
    named: set[int] = set()
    parts = []
    for comment in root.iter():
        if local(comment.tag) != "comment":
            continue
        where = f"comment on {title}!{comment.get('ref', '')}"
        text = "".join(t.text or "" for t in comment.iter() if local(t.tag) == "t")
        parts += text_parts(where, [text])
        author_id = comment.get("authorId", "")
        if author_id.isdigit() and int(author_id) < len(authors):
            parts += text_parts(f"author of {where}", [authors[int(author_id)]], person=True)
            named.add(int(author_id))
    # Authors listed without a comment are people all the same.
    unnamed = [a for i, a in enumerate(authors) if i not in named]
    return parts + text_parts("comment author", unnamed, person=True)


def _threaded_comments(root, title: str) -> list[Part]:
    if root is None:
        return []
    parts = []
    for comment in root.iter():
        if local(comment.tag) != "threadedComment":
            continue
        where = f"comment on {title}!{comment.get('ref', '')}"
        texts = [e.text or "" for e in comment if local(e.tag) == "text"]
        parts += text_parts(where, texts)
    return parts
