"""International cooperation at a large university's size, for the benchmark's large site:
150 partners with their agreements, exchange and double-degree programmes on the catalogue's
programmes, ten years of international students. Neutral synthetic texts in three
languages, marked placeholder, no name and no contact."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.international.models import COUNTRY_GROUPS, STUDY_LEVELS

PARTNERS = 150
MOBILITY = 60
YEARS = 10
COUNTRIES = ("TR", "KR", "DE", "CN", "PL", "UZ", "KG", "RU", "FR", "IT", "ES", "JP", "MY", "LV")
KINDS = ("memorandum", "cooperation", "exchange", "double-degree")
TODAY = date(2026, 11, 20)


def _meta() -> dict[str, Any]:
    return {
        "posted": "2026-11-20",
        "updated": "2026-11-20",
        "review_months": 12,
        "provenance": "placeholder",
        "source": {
            "kk": "Бенчмарктің синтетикалық деректері",
            "ru": "Синтетические данные бенчмарка",
            "en": "Synthetic benchmark data",
        },
    }


def _partners() -> list[dict[str, Any]]:
    out = []
    for p in range(PARTNERS):
        signed = TODAY - timedelta(days=9 * p + 100)
        agreements: list[dict[str, Any]] = [
            {
                "kind": KINDS[(p + n) % len(KINDS)],
                "signed": (signed - timedelta(days=200 * n)).isoformat(),
                "valid_until": (
                    signed - timedelta(days=200 * n) + timedelta(days=1826)
                ).isoformat(),
            }
            for n in range(1 + p % 3)
        ]
        out.append(
            {
                "id": f"partner-{p + 1}",
                "name": {
                    "kk": f"{p + 1}-серіктес",
                    "ru": f"Партнёр {p + 1}",
                    "en": f"Partner {p + 1}",
                },
                "kind": "network" if p % 25 == 0 else "university",
                "country": COUNTRIES[p % len(COUNTRIES)],
                "agreements": (
                    [{"kind": "membership", "signed": signed.isoformat()}]
                    if p % 25 == 0
                    else agreements
                ),
                **_meta(),
            }
        )
    return out


def _mobility(programmes: list[str]) -> list[dict[str, Any]]:
    return [
        {
            "id": f"mobility-{m + 1}",
            "programme": programmes[m % len(programmes)],
            "partner": f"partner-{2 + m * 2}",
            "kind": "double-degree" if m % 4 == 0 else "exchange",
            "places": 2 + m % 9,
            **_meta(),
        }
        for m in range(MOBILITY)
    ]


def _students() -> list[dict[str, Any]]:
    out = []
    for y in range(YEARS):
        counts = [
            {"group": group, "level": level, "students": (7 * g + 13 * v + 5 * y) % 90}
            for g, group in enumerate(COUNTRY_GROUPS)
            for v, level in enumerate(STUDY_LEVELS)
        ]
        out.append({"year": TODAY.year - 1 - y, "counts": counts, **_meta()})
    return out


def make_international(data_dir: Path) -> str:
    """Rewrite data_dir/international/ at a large university's size; returns a description."""
    folder = data_dir / "international"
    folder.mkdir(exist_ok=True)
    programmes = sorted(p.stem for p in (data_dir / "disclosures" / "programmes").glob("*.yaml"))
    files = {
        "partners.yaml": _partners(),
        "mobility.yaml": _mobility(programmes),
        "students.yaml": _students(),
    }
    for name, records in files.items():
        (folder / name).write_text(dump_yaml(records, sort_keys=False), encoding="utf-8")
    return f"{PARTNERS} partners, {MOBILITY} mobility programmes, {YEARS} years of students"
