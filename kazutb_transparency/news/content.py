"""Everything the news pages show, loaded and cross-checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kazutb_transparency.news.models import MediaContact, NewsItem


@dataclass(frozen=True)
class News:
    today: date
    items: tuple[NewsItem, ...]  # newest first
    contact: MediaContact | None
    media_dir: Path  # data/news/media/: the pictures the items show

    def events(self) -> list[NewsItem]:
        """Items about an event, the latest start first."""
        found = [item for item in self.items if item.event is not None]
        return sorted(found, key=lambda i: (i.event.starts, i.id), reverse=True)  # type: ignore[union-attr]

    def upcoming(self) -> list[NewsItem]:
        """Events not over yet, the nearest first."""
        found = [
            item
            for item in self.items
            if item.event is not None and (item.event.ends or item.event.starts) >= self.today
        ]
        return sorted(found, key=lambda i: (i.event.starts, i.id))  # type: ignore[union-attr]

    def years(self) -> list[int]:
        return sorted({item.date.year for item in self.items}, reverse=True)

    def all_items(self) -> list[object]:
        """Every dated record (to find whether a page shows unverified data)."""
        return [*self.items, *([self.contact] if self.contact else [])]
