"""Word documents (DOCX): every place a person's data can be written.

The body, headers, footers, footnotes, endnotes and comments paragraph by paragraph;
tracked changes as parts of their own (a paragraph with an insertion as it reads now, one
with a deletion as it read before: deleted text stays in the file); the author of every
revision and comment; field codes (HYPERLINK "mailto:…"), link targets, picture
descriptions and the document properties (core, app, custom).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field

from kazutb_transparency.privacy.docparts import (
    Part,
    RevisedParagraph,
    link_text,
    masked_person,
    text_parts,
)
from kazutb_transparency.privacy.office_package import (
    attribute,
    link_parts,
    local,
    open_package,
    properties,
    read_xml,
)

_STORIES = re.compile(
    r"word/(?:document|header\d*|footer\d*|comments|footnotes|endnotes|glossary/document)\.xml"
)
_INSERTED = frozenset({"ins", "moveTo"})
_DELETED = frozenset({"del", "moveFrom"})
# Revisions whose w:author is a person: text, formatting, table and numbering changes.
_REVISIONS = {
    "ins": "tracked insertion",
    "del": "tracked deletion",
    "moveTo": "tracked move",
    "moveFrom": "tracked move",
    "rPrChange": "formatting change",
    "pPrChange": "formatting change",
    "sectPrChange": "formatting change",
    "tblPrChange": "formatting change",
    "trPrChange": "formatting change",
    "tcPrChange": "formatting change",
    "numberingChange": "formatting change",
    "comment": "comment",
}


@dataclass
class _Story:
    """One XML part's text: plain lines, changed paragraphs and field codes."""

    lines: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)  # part name → paragraphs
    codes: list[str] = field(default_factory=list)


def docx_parts(data: bytes) -> list[Part]:
    archive = open_package(data)
    parts: list[Part] = []
    for name in sorted(n for n in archive.namelist() if _STORIES.fullmatch(n)):
        root = read_xml(archive, name)
        if root is None:
            continue
        story_name = name.removeprefix("word/").removesuffix(".xml")
        if story_name == "comments":
            parts += _comments(root)
        else:
            parts += _story_parts(story_name, root)
        parts += _authors(root)
        parts += _attribute_texts(root)
        parts += link_parts(archive, name, f"link target in {story_name}")
    parts += _people(archive)
    return list(dict.fromkeys(parts + properties(archive)))


def _story_parts(story_name: str, root) -> list[Part]:
    story = _Story()
    _walk_paragraphs(root, story)
    # Word tables: cells are paragraphs too; one per line keeps their text apart.
    parts = [Part(story_name, "\n".join(story.lines))]
    for where, paragraphs in story.changed.items():
        parts.append(Part(f"{where} in {story_name}", "\n".join(paragraphs)))
    parts += text_parts(f"field code in {story_name}", [link_text(c) for c in story.codes])
    return parts + _tables(story_name, root)


def _tables(story_name: str, root) -> list[Part]:
    """Each table again as rows of tab-separated cells, read as a CSV is: a column's header
    ("Date of birth", "ФИО") is the context of every cell under it."""
    parts = []
    for number, table in enumerate((e for e in root.iter() if local(e.tag) == "tbl"), 1):
        rows = []
        for row in (r for r in table if local(r.tag) == "tr"):
            cells = []
            for cell in (c for c in row if local(c.tag) == "tc"):
                lines = (
                    "".join(t.text or "" for t in p.iter() if local(t.tag) == "t")
                    for p in cell.iter()
                    if local(p.tag) == "p"
                )
                cells.append(" ".join(" ".join(lines).split()))
            rows.append("\t".join(cells))
        text = "\n".join(rows).strip()
        if text and len(rows) > 1:
            parts.append(Part(f"table {number} in {story_name}", text, fmt="csv"))
    return parts


def _walk_paragraphs(element, story: _Story) -> None:
    for child in element:
        if local(child.tag) == "p":
            _paragraph(child, story)
        else:
            _walk_paragraphs(child, story)


def _paragraph(p, story: _Story) -> None:
    paragraph = RevisedParagraph()
    _runs(p, paragraph, story, inserted=False, deleted=False)
    paragraph.file(story.lines, story.changed)


def _runs(
    element, paragraph: RevisedParagraph, story: _Story, inserted: bool, deleted: bool
) -> None:
    for child in element:
        tag = local(child.tag)
        if tag == "p":  # a text box's paragraph inside this one: a line of its own
            _paragraph(child, story)
        elif tag == "txbxContent":
            _walk_paragraphs(child, story)
        elif tag == "t":
            text = child.text or ""
            if not deleted:
                paragraph.now.append(text)
            if not inserted:
                paragraph.before.append(text)
        elif tag == "delText":
            paragraph.before.append(child.text or "")
        elif tag == "instrText":
            story.codes.append(child.text or "")
        elif tag in ("tab", "br", "cr"):
            paragraph.now.append(" ")
            paragraph.before.append(" ")
        elif tag in _INSERTED or tag in _DELETED:
            author = attribute(child, "author")
            (paragraph.inserted_by if tag in _INSERTED else paragraph.deleted_by).append(author)
            _runs(child, paragraph, story, tag in _INSERTED, tag in _DELETED)
        else:
            _runs(child, paragraph, story, inserted, deleted)


def _comments(root) -> list[Part]:
    """Each comment's paragraphs, named by its (masked) author."""
    parts = []
    for comment in root:
        if local(comment.tag) != "comment":
            continue
        story = _Story()
        _walk_paragraphs(comment, story)
        author = attribute(comment, "author")
        where = f"comment by {masked_person(author)}" if author.strip() else "comment"
        lines = story.lines + [t for ts in story.changed.values() for t in ts]
        parts.append(Part(where, "\n".join(lines)))
        parts += text_parts(f"field code in {where}", [link_text(c) for c in story.codes])
    return parts


def _authors(root) -> list[Part]:
    """w:author of every revision and comment, w:initials of a comment."""
    parts = []
    for element in root.iter():
        kind = _REVISIONS.get(local(element.tag))
        if kind is None:
            continue
        parts += text_parts(f"author of {kind}", [attribute(element, "author")], person=True)
        parts += text_parts(f"initials of {kind}", [attribute(element, "initials")])
    return parts


def _attribute_texts(root) -> list[Part]:
    """Text kept in attributes: link tooltips, simple field codes, picture descriptions."""
    parts = []
    for element in root.iter():
        tag = local(element.tag)
        if tag == "hyperlink":
            parts += text_parts("link tooltip", [attribute(element, "tooltip")])
        elif tag == "fldSimple":
            parts += text_parts("field code", [link_text(attribute(element, "instr"))])
        elif tag == "docPr":
            values = [attribute(element, "descr"), attribute(element, "title")]
            parts += text_parts("picture description", values)
    return parts


def _people(archive: zipfile.ZipFile) -> list[Part]:
    """word/people.xml: the reviewers Word knows, with their account (often an e-mail)."""
    root = read_xml(archive, "word/people.xml")
    if root is None:
        return []
    parts = []
    for element in root.iter():
        tag = local(element.tag)
        if tag == "person":
            parts += text_parts("reviewer", [attribute(element, "author")], person=True)
        elif tag == "presenceInfo":
            parts += text_parts("reviewer account", [attribute(element, "userId")])
    return parts
