"""The students' support services at a large university's size, for the benchmark's large
site: many campuses, each with its advisers, medical point, canteens and accessibility
contact. Neutral synthetic texts in three languages, marked placeholder, with no contact
and no name, so the personal-data gate finds nothing. The grade-appeal procedure is one
record whatever the size: kept as in the default data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.students.models import SERVICE_KINDS

CAMPUSES = 12
# Services of each kind on one campus (a large university's advisers sit in every faculty).
PER_CAMPUS = {
    "advising": 6,
    "psychological": 1,
    "health": 1,
    "catering": 2,
    "disability": 1,
    "other": 1,
}


def _text(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


def _meta() -> dict[str, Any]:
    return {
        "posted": "2026-11-20",
        "updated": "2026-11-20",
        "review_months": 12,
        "provenance": "placeholder",
        "source": _text(
            "Бенчмарктің синтетикалық деректері",
            "Синтетические данные бенчмарка",
            "Synthetic benchmark data",
        ),
    }


def _services() -> list[dict[str, Any]]:
    out = []
    for campus in range(1, CAMPUSES + 1):
        for kind in SERVICE_KINDS:
            for n in range(1, PER_CAMPUS[kind] + 1):
                out.append(
                    {
                        "id": f"{kind}-{campus}-{n}",
                        "kind": kind,
                        "name": _text(f"{n}-қызмет", f"Служба {n}", f"Service {n}"),
                        "description": _text("Сипаттама.", "Описание.", "Description."),
                        "where": _text(f"{campus}-кампус", f"Кампус {campus}", f"Campus {campus}"),
                        "hours": _text("Жұмыс күндері.", "По рабочим дням.", "On working days."),
                        "accessible": (campus + n) % 4 != 0,
                        **_meta(),
                    }
                )
    return out


def make_students(data_dir: Path) -> str:
    """Rewrite data_dir/students/support.yaml at a large university's size; returns a
    description."""
    folder = data_dir / "students"
    folder.mkdir(exist_ok=True)
    services = _services()
    (folder / "support.yaml").write_text(dump_yaml(services, sort_keys=False), encoding="utf-8")
    return f"{len(services)} support services on {CAMPUSES} campuses"
