"""schema.org descriptions of the news: NewsArticle for an item, Event for an event."""

from __future__ import annotations

from typing import Any

from kazutb_transparency.news.models import NewsItem

_MODE = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}


def _organisation(site_name: str) -> dict[str, Any]:
    return {"@type": "CollegeOrUniversity", "name": site_name}


def event_data(item: NewsItem, site_name: str, lang: str) -> dict[str, Any]:
    event = item.event
    assert event is not None
    place: dict[str, Any] = {"@type": "Place", "name": event.place.get(lang)}
    if event.format == "online":
        place = {"@type": "VirtualLocation", "name": event.place.get(lang)}
    data: dict[str, Any] = {
        "@type": "Event",
        "name": item.title.get(lang),
        "description": item.summary.get(lang),
        "startDate": event.starts.isoformat(),
        "eventAttendanceMode": _MODE[event.format],
        "location": place,
        "organizer": _organisation(site_name),
        "inLanguage": lang,
    }
    if event.ends is not None:
        data["endDate"] = event.ends.isoformat()
    return data


def article_data(item: NewsItem, site_name: str, lang: str, images: list[str]) -> dict[str, Any]:
    """A NewsArticle; `images` are the pictures' addresses relative to the page."""
    data: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": item.title.get(lang),
        "description": item.summary.get(lang),
        "datePublished": item.date.isoformat(),
        "dateModified": item.updated.isoformat(),
        "inLanguage": lang,
        "publisher": _organisation(site_name),
    }
    if images:
        data["image"] = images
    if item.event is not None:
        data["about"] = event_data(item, site_name, lang)
    if item.video is not None:
        data["video"] = {
            "@type": "VideoObject",
            "name": item.video.title.get(lang),
            "url": item.video.url,
            "uploadDate": item.date.isoformat(),
            "description": item.summary.get(lang),
        }
    return data
