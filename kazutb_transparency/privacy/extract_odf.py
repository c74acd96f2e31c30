"""OpenDocument text and spreadsheets (ODT, ODS): every place a person's data can be written.

Paragraphs and cells one per line (content.xml), and each sheet's table again as rows of
tab-separated cells (a number split over two cells, a column header that says its cells
are names, as in XLSX); drop-down lists of allowed values; tracked changes as parts of their own
(a paragraph with an insertion as it reads now, one with a deletion as it read before,
with the deleted text put back); annotations with their authors; page headers and
footers (styles.xml); link targets (xlink:href); sheet names; a number cell's stored
value when the cell shows it otherwise (8,80715E+11); and meta.xml, user-defined fields
included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kazutb_transparency.privacy.docparts import (
    Part,
    RevisedParagraph,
    link_text,
    masked_person,
    person_label,
    text_parts,
)
from kazutb_transparency.privacy.office_package import (
    attribute,
    local,
    open_package,
    read_xml,
)
from kazutb_transparency.privacy.xlsx_cells import shown_number

_HEADERS = {
    "header": "header",
    "header-left": "header",
    "header-first": "header",
    "footer": "footer",
    "footer-left": "footer",
    "footer-first": "footer",
}
# meta.xml fields that are dates, counts or software, not text anyone typed.
_NOT_TEXT = frozenset(
    {
        "date",
        "creation-date",
        "print-date",
        "generator",
        "editing-cycles",
        "editing-duration",
        "document-statistic",
    }
)
_PERSON_META = frozenset({"creator", "initial-creator", "printed-by"})
_NUMBER_TYPES = frozenset({"float", "currency", "percentage"})


@dataclass
class _Story:
    """The text of one XML part as it is walked, paragraph by paragraph."""

    changes: dict[str, tuple[str, str, str]]  # change id → (kind, author, deleted text)
    lines: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # part name → paragraphs
    notes: list[Part] = field(default_factory=list)  # annotations
    open_insertions: dict[str, str] = field(default_factory=dict)  # id → author


def odf_parts(data: bytes) -> list[Part]:
    archive = open_package(data)
    parts: list[Part] = []
    content = read_xml(archive, "content.xml")
    if content is not None:
        story = _Story(_tracked_changes(content))
        _walk(content, story)
        parts += _story_parts("content", story)
        parts += _change_authors(story.changes)
        parts += _links(content)
        parts += text_parts(
            "sheet name",
            [attribute(t, "name") for t in content.iter() if local(t.tag) == "table"],
        )
        parts += _names(content)
        parts += _sheets(content)
        parts += _validation_lists(content)
    styles = read_xml(archive, "styles.xml")
    if styles is not None:
        for element in styles.iter():
            kind = _HEADERS.get(local(element.tag))
            if kind is not None:
                story = _Story({})
                _walk(element, story)
                parts += _story_parts(kind, story)
        parts += _links(styles)
    parts += _meta(read_xml(archive, "meta.xml"))
    return list(dict.fromkeys(parts))


def _story_parts(name: str, story: _Story) -> list[Part]:
    parts = text_parts(name, ["\n".join(story.lines)])
    if name == "content" and not parts:
        parts = [Part(name, "")]
    for where, paragraphs in story.changed.items():
        parts.append(Part(f"{where} in {name}", "\n".join(paragraphs)))
    return parts + story.notes


def _tracked_changes(root) -> dict[str, tuple[str, str, str]]:
    """text:changed-region by id: insertion, deletion or format change; its dc:creator;
    and for a deletion the deleted paragraphs' text."""
    changes = {}
    for region in root.iter():
        if local(region.tag) != "changed-region":
            continue
        for change in region:
            kind = local(change.tag)
            creator = next(
                (e.text or "" for e in change.iter() if local(e.tag) == "creator"), ""
            ).strip()
            deleted = " ".join("".join(p.itertext()) for p in change if local(p.tag) in ("p", "h"))
            changes[attribute(region, "id")] = (kind, creator, deleted)
    return changes


def _change_authors(changes: dict[str, tuple[str, str, str]]) -> list[Part]:
    kinds = {"insertion": "tracked insertion", "deletion": "tracked deletion"}
    parts = []
    for kind, author, _ in changes.values():
        where = f"author of {kinds.get(kind, 'tracked change')}"
        parts += text_parts(where, [author], person=True)
    return parts


def _walk(element, story: _Story) -> None:
    for child in element:
        tag = local(child.tag)
        if tag in ("p", "h"):
            _paragraph(child, story)
        elif tag == "annotation":
            _annotation(child, story)
        elif tag != "tracked-changes":  # read by _tracked_changes
            _walk(child, story)
            if tag == "table-cell":
                _stored_value(child, story)


def _paragraph(p, story: _Story) -> None:
    paragraph = RevisedParagraph()
    if story.open_insertions:  # an insertion begun in an earlier paragraph goes on
        paragraph.inserted_by += list(story.open_insertions.values())
    _inline(p, paragraph, story)
    paragraph.file(story.lines, story.changed)


def _inline(element, paragraph: RevisedParagraph, story: _Story) -> None:
    _add(paragraph, story, element.text)
    for child in element:
        tag = local(child.tag)
        if tag in ("p", "h"):  # a note's or a frame's paragraph: a line of its own
            _paragraph(child, story)
        elif tag == "annotation":
            _annotation(child, story)
        elif tag in ("s", "tab", "line-break"):
            count = attribute(child, "c")
            _add(paragraph, story, " " * (int(count) if count.isdigit() else 1))
        elif tag in ("change-start", "change", "change-end"):
            _change_mark(tag, attribute(child, "change-id"), paragraph, story)
        elif tag not in ("annotation-end", "tracked-changes"):
            _inline(child, paragraph, story)
        _add(paragraph, story, child.tail)


def _add(paragraph: RevisedParagraph, story: _Story, text: str | None) -> None:
    if text:
        paragraph.now.append(text)
        if not story.open_insertions:
            paragraph.before.append(text)


def _change_mark(tag: str, change_id: str, paragraph: RevisedParagraph, story: _Story) -> None:
    kind, author, deleted = story.changes.get(change_id, ("", "", ""))
    if tag == "change-start" and kind == "insertion":
        story.open_insertions[change_id] = author
        paragraph.inserted_by.append(author)
    elif tag == "change-end":
        story.open_insertions.pop(change_id, None)
    elif tag == "change" and kind == "deletion":
        paragraph.deleted_by.append(author)
        paragraph.before.append(deleted)


def _annotation(annotation, story: _Story) -> None:
    author = next((e.text or "" for e in annotation if local(e.tag) == "creator"), "").strip()
    inner = _Story(story.changes)
    for child in annotation:
        if local(child.tag) in ("p", "h", "list"):
            _walk_one(child, inner)
    where = f"annotation by {masked_person(author)}" if author else "annotation"
    lines = inner.lines + [t for ts in inner.changed.values() for t in ts]
    story.notes += text_parts(where, ["\n".join(lines)])
    story.notes += text_parts("author of annotation", [author], person=True)
    initials = [e.text or "" for e in annotation if local(e.tag) == "creator-initials"]
    story.notes += text_parts("initials of annotation", initials)


def _walk_one(element, story: _Story) -> None:
    if local(element.tag) in ("p", "h"):
        _paragraph(element, story)
    else:
        _walk(element, story)


def _stored_value(cell, story: _Story) -> None:
    """A number cell shown rounded or in E notation (8,80715E+11): its stored value."""
    if attribute(cell, "value-type") not in _NUMBER_TYPES:
        return
    value = attribute(cell, "value")
    shown = "".join("".join(p.itertext()) for p in cell if local(p.tag) == "p")
    digits = shown_number(value)
    if value and digits.replace(".", "") not in "".join(c for c in shown if c.isdigit()):
        story.lines.append(digits)


def _links(root) -> list[Part]:
    targets = []
    for element in root.iter():
        href = attribute(element, "href")
        if href and not href.startswith(("#", "Pictures/", "./", "../")):
            targets.append(link_text(href))
    return text_parts("link target", targets)


def _meta(root) -> list[Part]:
    if root is None:
        return []
    parts = []
    for element in root.iter():
        name = local(element.tag)
        text = (element.text or "").strip()
        if name in _NOT_TEXT or len(element) or not text:
            continue
        if name == "user-defined":
            label = attribute(element, "name")
            if person_label(label):
                parts.append(Part(f"user-defined {label}", text, person_field=True))
            else:  # the label is the value's context: "ИИН: …"
                parts.append(Part(f"user-defined {label}", f"{label}: {text}"))
        else:
            parts.append(Part(f"properties {name}", text, person_field=name in _PERSON_META))
    href = [attribute(e, "href") for e in root.iter() if attribute(e, "href")]
    return parts + text_parts("properties template", [link_text(h) for h in href])


_MAX_REPEAT = 50  # a repeated cell or column with text: more copies add nothing to read
_LIST_VALUE = re.compile(r'"((?:[^"]|"")*)"')


def _sheets(content) -> list[Part]:
    """Each table of a spreadsheet as rows of tab-separated cells, scanned as a CSV is."""
    if not any(local(e.tag) == "spreadsheet" for e in content.iter()):
        return []
    parts = []
    for table in content.iter():
        if local(table.tag) != "table":
            continue
        rows = []
        for row in table.iter():
            if local(row.tag) != "table-row":
                continue
            cells: list[str] = []
            for cell in row:
                if local(cell.tag) not in ("table-cell", "covered-table-cell"):
                    continue
                text = _cell_text(cell)
                repeat = attribute(cell, "number-columns-repeated")
                copies = int(repeat) if repeat.isdigit() else 1
                cells += [text] * (min(copies, _MAX_REPEAT) if text else min(copies, 1))
            while cells and not cells[-1]:
                cells.pop()
            rows.append("\t".join(cells))
        text = "\n".join(rows).strip("\n")
        if text:
            parts.append(Part(f"sheet {attribute(table, 'name')}", text, fmt="csv"))
    return parts


def _cell_text(cell) -> str:
    """A cell's paragraphs on one line, without its annotation (a part of its own)."""

    def text_of(element) -> str:
        if local(element.tag) == "annotation":
            return element.tail or ""
        inner = "".join(text_of(child) for child in element)
        return (element.text or "") + inner + (element.tail or "")

    lines = [text_of(p) for p in cell if local(p.tag) in ("p", "h")]
    return " ".join(" ".join(line.split()) for line in lines if line.strip())


def _validation_lists(content) -> list[Part]:
    """The values a cell's drop-down list offers (table:content-validation)."""
    values = []
    for element in content.iter():
        if local(element.tag) == "content-validation":
            condition = attribute(element, "condition")
            values += [v.replace('""', '"') for v in _LIST_VALUE.findall(condition)]
            values += ["".join(p.itertext()) for p in element.iter() if local(p.tag) == "p"]
    return text_parts("drop-down list", ["\n".join(v for v in values if v.strip())])


# Elements whose name an author types: bookmarks, sections, frames, variables and fields.
_NAMED = {
    "bookmark": "bookmark name",
    "bookmark-start": "bookmark name",
    "section": "section name",
    "frame": "frame name",
    "user-field-decl": "field",
    "variable-decl": "field",
}


def _names(content) -> list[Part]:
    """The names authors give bookmarks, sections and frames, and user fields' values."""
    parts = []
    for element in content.iter():
        where = _NAMED.get(local(element.tag))
        if where is None:
            continue
        name = attribute(element, "name")
        value = attribute(element, "string-value") or attribute(element, "value")
        parts += text_parts(where, [f"{name}: {value}" if value else name])
    return parts
