"""What an extractor gives the scanner: parts of a document, each text with its place.

Every extractor (extract_pdf, extract_docx, extract_xlsx, extract_odf, extract_image)
turns a file into a list of Part; the scanner reads each part's text like any other text
and names the part in a finding ("page 3", "comment on Sheet1!B3", "EXIF UserComment").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

from kazutb_transparency.privacy.mask import mask

# Fields whose value is a person when it is a name at all.
PERSON_FIELDS = frozenset(
    {
        "/Author",
        "dc:creator",
        "cp:lastModifiedBy",
        "Artist",
        "XPAuthor",
        "Copyright",
        "Author",
        "Manager",
        "photoshop:AuthorsPosition",
    }
)

# A field, property or column whose label says it holds a person (custom document
# properties, ODF user-defined metadata, PDF form fields).
_PERSON_LABEL = re.compile(
    r"author|owner|creator|editor|manager|modified.?by|printed.?by|reviewer|employee"
    r"|student|responsible|signed.?by|full.?name|surname"
    r"|автор|владел|ответствен|исполнител|сотрудник|студент|подписа|фио|фамили"
    r"|иесі|жауапты|орындаушы|қызметкер|білім алушы|аты-жөні|тегі",
    re.IGNORECASE,
)


class CannotCheck(Exception):
    """The file has no text to check (a scan without a text layer)."""


class Unreadable(Exception):
    """The file is damaged or not what its name says."""


@dataclass(frozen=True)
class Part:
    where: str  # "page 3", "metadata /Author", "sheet Лист1", "comment on Sheet1!B3"
    text: str
    fmt: str = "text"  # how the scanner projects the text: text or csv
    person_field: bool = False
    gps: bool = False  # the part is a photo's GPS position
    # A file carried inside the document (a PDF attachment): scanned by its own type,
    # as a container's members are; `text` is then its file name.
    embedded: bytes | None = None


def person_label(label: str) -> bool:
    """Whether a field named `label` ("Author", "Ответственный") holds a person."""
    return _PERSON_LABEL.search(label) is not None


def link_text(target: str) -> str:
    """A link target as a reader of it sees it: mailto:ivanov%40mail.kz → mailto:ivanov@mail.kz.

    Both forms when they differ, one per line: the raw one keeps what the address
    detectors read in links, the decoded one what the contact detectors read in text."""
    target = target.strip()
    decoded = unquote(target)
    return target if decoded == target else f"{target}\n{decoded}"


def text_parts(where: str, values: list[str], person: bool = False) -> list[Part]:
    """One part per non-blank value, all named `where`."""
    return [Part(where, v.strip(), person_field=person) for v in values if v and v.strip()]


def masked_person(value: str) -> str:
    """An author's name as a part's place may show it: masked like a finding's excerpt
    ("tracked deletion by Сей*** А***"), since a report is read where the file is not."""
    return mask("email" if "@" in value else "person-name", value)


@dataclass
class RevisedParagraph:
    """A word-processor paragraph with tracked changes (DOCX and ODT alike): its text with
    the changes accepted and as it read before them, and who inserted and deleted."""

    now: list[str] = field(default_factory=list)
    before: list[str] = field(default_factory=list)
    inserted_by: list[str] = field(default_factory=list)
    deleted_by: list[str] = field(default_factory=list)

    def file(self, lines: list[str], changed: dict[str, list[str]]) -> None:
        """An unchanged paragraph is a line; a changed one leaves an empty line (the line
        keeps its number) and goes to the part of its revision, named by its author."""
        now, before = "".join(self.now), "".join(self.before)
        if not self.inserted_by and not self.deleted_by:
            lines.append(now)
            return
        lines.append("")
        for authors, text, kind in (
            (self.inserted_by, now, "tracked insertion"),
            (self.deleted_by, before, "tracked deletion"),
        ):
            if authors:
                where = f"{kind} by {masked_person(authors[0])}" if authors[0] else kind
                changed.setdefault(where, []).append(text)
