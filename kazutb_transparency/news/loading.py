"""Loading data/news/, with the cross-checks an editor needs.

Every problem names the file, the record, the field and the line; all problems are
collected before the build reports them. A file that does not exist is an absent item: the page
says "no information" and the register counts the clause as incomplete.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.datafiles import (
    Lines,
    display_path,
    load_yaml,
    present,
    read_record_list,
    validate,
)
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.loader import RecordLoader
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.news.content import News
from kazutb_transparency.news.models import MediaContact, NewsItem
from kazutb_transparency.organisation import Units

FOLDER = "news"
ITEMS = "news.yaml"
CONTACT = "media-contact.yaml"
MEDIA = "media"
HINT = "see data/news/README.md"


class _Loader(RecordLoader):
    REVIEWED = (Dated,)

    def __init__(
        self, data_dir: Path, units: Units, documents: Mapping[str, str], today: date, audit: Audit
    ) -> None:
        super().__init__(audit, today)
        self.folder = data_dir / FOLDER
        self.units = units
        self.documents = documents  # id → kind, from data/disclosures/documents.yaml

    def contact(self) -> MediaContact | None:
        path = self.folder / CONTACT
        if not present(path):
            return None
        data, lines = load_yaml(path)
        name = display_path(path)
        if data is None:
            raise DataError([Problem(name, "file is empty", hint=HINT)])
        record = validate(MediaContact, data, name, lines)
        self.track(record, name, lines, (), None)
        if record.unit not in self.units.by_id:
            self.report(name, f"unknown unit '{record.unit}'", None, "unit",
                        lines.line_of(("unit",)), "use an id from data/units.yaml")  # fmt: skip
        return record

    def items(self) -> list[NewsItem]:
        path = self.folder / ITEMS
        if not path.is_file():
            return []
        listed = read_record_list(path, NewsItem)
        if listed.problems:
            raise DataError(listed.problems)
        for index, label, item in listed.found:
            # An item is history once published: it is kept as it was, never "due for review".
            self.track(item, listed.file, listed.lines, (index,), label, history=True)
            self.check(item, listed.file, listed.lines, (index,), label)
        return listed.records

    def check(self, item: NewsItem, file: str, lines: Lines, loc: tuple, label: str) -> None:
        """The pictures and documents exist."""
        for i, photo in enumerate(item.photos):
            if not (self.folder / MEDIA / photo.file).is_file():
                self.report(file, f"no picture '{photo.file}' in data/news/media/", label,
                            f"photos.{i}.file", lines.line_of((*loc, "photos", i, "file")),
                            "put the picture in data/news/media/ or correct its name")  # fmt: skip
        for i, doc in enumerate(item.documents):
            if doc not in self.documents:
                hint = "use the id of a record in data/disclosures/documents.yaml"
                self.report(file, f"unknown document '{doc}'", label, f"documents.{i}",
                            lines.line_of((*loc, "documents", i)), hint)  # fmt: skip


def load_news(
    data_dir: Path, units: Units, documents: Mapping[str, str], today: date, audit: Audit
) -> News:
    """Load and cross-check data/news/; `documents` maps each document id to its kind.
    Raises DataError listing every problem found."""
    loader = _Loader(data_dir, units, documents, today, audit)
    items = loader.attempt(loader.items, [])
    contact = loader.attempt(loader.contact, None)
    if loader.problems:
        raise DataError(loader.problems)
    return News(
        today=today,
        # An item dated ahead waits for its day: the first build on or after it publishes it.
        items=tuple(
            sorted(
                (i for i in items if i.date <= today), key=lambda i: (i.date, i.id), reverse=True
            )
        ),
        contact=contact,
        media_dir=data_dir / FOLDER / MEDIA,
    )
