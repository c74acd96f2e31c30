"""The news as open data: every item's date, kind, title and address, and each event's
date, place and kind (CSV + JSON, schema in the package)."""

from __future__ import annotations

from typing import Any

from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import (
    Dataset,
    localized_values,
)
from kazutb_transparency.core.opendata.texts import DatasetTexts
from kazutb_transparency.disclosures.datasets import META_FIELDS, meta_values
from kazutb_transparency.news.content import News
from kazutb_transparency.news.labels import INDEX
from kazutb_transparency.news.models import NEWS_KINDS, NewsItem

TEXTS = localized("datasets_news")
EVENT_KINDS = ("conference", "open-day", "ceremony", "lecture", "competition", "other")


DATASETS = DatasetTexts(TEXTS, META_FIELDS)
_f = DATASETS.field


def _row(item: NewsItem) -> dict[str, Any]:
    event = item.event
    return {
        "id": item.id,
        "date": item.date,
        "kind": item.kind,
        **localized_values("title", item.title),
        "address": item.page.removesuffix(".md") + ".html",
        "event_kind": event.kind if event else None,
        "starts": event.starts if event else None,
        "ends": event.ends if event else None,
        **localized_values("place", event.place if event else None),
        "photos": len(item.photos),
        "video_url": item.video.url if item.video else None,
        **meta_values(item),
    }


def news_dataset(n: News) -> Dataset:
    fields = (
        _f("id", "string", "id", required=True, unique=True),
        _f("date", "date", "date", required=True),
        _f("kind", "string", "kind", required=True, enum=NEWS_KINDS),
        *DATASETS.localized("title", "title", required=True),
        _f("address", "string", "address", required=True, unique=True),
        _f("event_kind", "string", "event_kind", enum=EVENT_KINDS),
        _f("starts", "date", "starts"),
        _f("ends", "date", "ends"),
        *DATASETS.localized("place", "place"),
        _f("photos", "integer", "photos", required=True, minimum=0),
        _f("video_url", "string", "video_url"),
    )
    rows = [_row(item) for item in n.items]
    return DATASETS.records("news", fields, rows, ("id",), n.items, n.today, "8.3.8", (INDEX,))


def news_datasets(n: News) -> list[Dataset]:
    return [news_dataset(n)]
