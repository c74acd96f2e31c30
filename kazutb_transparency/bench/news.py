"""The news at a large university's size, for the benchmark's large site: 400 items over
four years (news, notices, events, photo and video reports), neutral synthetic texts in
three languages, marked placeholder, naming no one, so the personal-data gate finds nothing.
The photo reports show the sample pictures of the default data."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.news.models import NEWS_KINDS

ITEMS = 400
YEARS = 4
TODAY = date(2026, 11, 20)
PICTURES = ("first-year-welcome-1.jpg", "first-year-welcome-2.jpg")
EVENT_KINDS = ("conference", "open-day", "ceremony", "lecture", "competition", "other")


def _text(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


def _meta(day: date) -> dict[str, Any]:
    return {
        "posted": day.isoformat(),
        "updated": day.isoformat(),
        "review_months": 12,
        "provenance": "placeholder",
        "source": _text(
            # Whole sentences of each language: the style check reads the large site too.
            "Бенчмарктің синтетикалық деректері",
            "Синтетические данные бенчмарка",
            "Synthetic benchmark data",
        ),
    }


def _item(n: int) -> dict[str, Any]:
    day = TODAY - timedelta(days=(n * 365 * YEARS) // ITEMS)
    kind = NEWS_KINDS[n % len(NEWS_KINDS)]
    item: dict[str, Any] = {
        "id": f"item-{n + 1}",
        "date": day.isoformat(),
        "kind": kind,
        "title": _text(f"{n + 1}-жаңалық", f"Новость {n + 1}", f"News item {n + 1}"),
        "summary": _text(
            f"{n + 1}-жаңалықтың қысқаша мазмұны.",
            f"Краткое содержание новости {n + 1}.",
            f"The summary of news item {n + 1}.",
        ),
        "body": _text(
            "Жаңалықтың мәтіні.\n\nЕкінші абзац.",
            "Текст новости.\n\nВторой абзац.",
            "The text of the item.\n\nA second paragraph.",
        ),
    }
    if kind == "event":
        starts = day + timedelta(days=10 + n % 20)
        item["event"] = {
            "kind": EVENT_KINDS[n % len(EVENT_KINDS)],
            "starts": starts.isoformat(),
            "ends": (starts + timedelta(days=n % 3)).isoformat(),
            "place": _text(f"{n % 7 + 1}-аудитория", f"Аудитория {n % 7 + 1}", f"Room {n % 7 + 1}"),
        }
    elif kind == "photo-report":
        item["photos"] = [
            {
                "file": name,
                "alt": _text(
                    "Үлгі сурет: түрлі түсті тіктөртбұрыштар",
                    "Образец изображения: цветные прямоугольники",
                    "Sample picture: coloured rectangles",
                ),
            }
            for name in PICTURES
        ]
    elif kind == "video-report":
        item["video"] = {
            "url": f"https://example.org/video/item-{n + 1}",
            "title": _text(f"{n + 1}-бейнеесеп", f"Видеоотчёт {n + 1}", f"Video report {n + 1}"),
        }
    return {**item, **_meta(day)}


def make_news(data_dir: Path) -> str:
    """Rewrite data_dir/news/news.yaml at a large university's size; returns a description.
    The press office's contact and the pictures are kept as in the default data."""
    folder = data_dir / "news"
    folder.mkdir(exist_ok=True)
    records = [_item(n) for n in range(ITEMS)]
    (folder / "news.yaml").write_text(dump_yaml(records, sort_keys=False), encoding="utf-8")
    return f"{ITEMS} news items over {YEARS} years"
