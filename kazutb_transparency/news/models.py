"""Records of data/news/: news, socially important notices, events, photo and video reports
(regulation §8.3.8) and the press office's contact (§8.3.10).

Every record is `Dated` like the disclosures. People are never named: a report shows what
happened, the contact is a position with institutional addresses.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, field_validator, model_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.disclosures.common import ID_PATTERN, Dated, Record
from kazutb_transparency.transparency.models import EMAIL_PATTERN, PHONE_PATTERN, URL_PATTERN

NewsKind = Literal["news", "notice", "event", "photo-report", "video-report"]
NEWS_KINDS: tuple[NewsKind, ...] = ("news", "notice", "event", "photo-report", "video-report")
EventKind = Literal["conference", "open-day", "ceremony", "lecture", "competition", "other"]
EventFormat = Literal["in-person", "online", "hybrid"]
# Pictures the gate reads and the publication strips (news/media.py): no video container,
# whose metadata the personal-data gate cannot read.
IMAGE_FILE = r"^[a-z0-9][a-z0-9-]*\.(jpg|jpeg|png)$"
FIRST_YEAR = 2000


class Photo(Record):
    """A picture of data/news/media/, described for whoever cannot see it."""

    file: str = Field(pattern=IMAGE_FILE)
    alt: Localized  # what the picture shows, in kk, ru and en: refused when a language lacks
    caption: Localized | None = None

    @field_validator("alt")
    @classmethod
    def _alt_in_every_language(cls, value: Localized) -> Localized:
        if value.missing():
            raise ValueError(
                f"alternative text missing in {', '.join(value.missing())}: every picture "
                "is described in kk, ru and en for readers who cannot see it"
            )
        return value


class Video(Record):
    """A video report: a link to the page where the video is, never an embedded player
    (the site makes no request to another host)."""

    url: str = Field(pattern=URL_PATTERN)
    title: Localized
    duration_minutes: int | None = Field(default=None, ge=1, le=600)


class Event(Record):
    kind: EventKind
    starts: date
    ends: date | None = None
    place: Localized
    format: EventFormat = "in-person"

    @model_validator(mode="after")
    def _ends_after_start(self) -> Event:
        if self.ends is not None and self.ends < self.starts:
            raise ValueError("'ends' must not be before 'starts'")
        return self


class NewsItem(Dated):
    """One item of data/news/news.yaml, published at news/<year>-<id>.html."""

    id: str = Field(pattern=ID_PATTERN, max_length=80)
    date: date
    kind: NewsKind
    title: Localized
    summary: Localized  # one or two sentences: the list, the feed and search engines show it
    body: Localized | None = None  # paragraphs separated by an empty line
    event: Event | None = None
    photos: list[Photo] = Field(default_factory=list)
    video: Video | None = None
    documents: list[str] = Field(default_factory=list)  # ids in data/disclosures/documents.yaml

    @field_validator("date")
    @classmethod
    def _in_range(cls, value: date) -> date:
        if value.year < FIRST_YEAR:
            raise ValueError(f"must be {FIRST_YEAR} or later")
        return value

    @model_validator(mode="after")
    def _kind_has_its_part(self) -> NewsItem:
        needs = {"event": "event", "photo-report": "photos", "video-report": "video"}
        field = needs.get(self.kind)
        if field is not None and not getattr(self, field):
            raise ValueError(f"a {self.kind} needs '{field}'")
        return self

    @property
    def page(self) -> str:
        """Its fixed address inside a language folder."""
        return f"news/{self.date.year}-{self.id}.md"


class MediaContact(Dated):
    """data/news/media-contact.yaml: where journalists turn (§8.3.10), by position only."""

    position: Localized
    unit: str = Field(pattern=ID_PATTERN)  # its unit in data/units.yaml
    email: str | None = Field(default=None, pattern=EMAIL_PATTERN)
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    hours: Localized | None = None
    how_to_request: Localized  # interviews, comments, filming on the campus
