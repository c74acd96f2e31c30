"""Kazakh of the processes, quality, QMS and open-data pages (issue 62, native reading):
each wrong form the reading found is planted and the style check must refuse it; the
corrected wording passes; the open-data status never writes «7 жазбаның 7 жазбасын»."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.opendata.catalogue import _status
from kazutb_transparency.core.style import check_page, load_style

REPO = Path(__file__).resolve().parents[1]
RULES = load_style(REPO / "data")
NBSP = "\u00a0"


def _page(body: str) -> str:
    return f'<html lang="kk"><body><article>{body}</article></body></html>'


FOUND = [
    # One term for a confidence interval.
    f"Мақсатқа жетті деп тек 95{NBSP}% сенім аралығы толығымен мақсаттың бір жағында болғанда",
    # A faculty is compared with the university's figure, not with the university.
    "Университеттен төмен (−12,4 п.т.; p < 0,001).",
    "Университеттен жоғары (+5,8 п.т.; p = 0,019).",
    # An English list of indirect questions in the survey catalogue's introduction.
    "Университет жүргізетін сауалнамалар: кім қатысады, қаншалықты жиі, қашан.",
    # One name for the regulation the catalogue follows.
    "Мониторинг және кері байланыс әдістемесі, §7.8",
    "NSS пен Discover Uni бенчмаркпен айырмашылықты осылай белгілейді",
    # Headings and column names written as indirect questions.
    "Деректер қайдан алынады",
    "Әр көрсеткіш қалай есептеледі",
    "Неге жауап береді",
    "Не істеледі.",
    # Calques of «на дату», «сайт не собирается»; a plural before its head without genitive.
    "Күйлер мына күнге берілген: 2026 жылғы 20 қараша.",
    "екі құжатқа бір код берілсе, сайт құрастырылмайды",
    "Процестер көрсеткіштері",
]


@pytest.mark.parametrize("text", FOUND)
def test_each_wrong_form_of_the_reading_is_refused(text: str) -> None:
    assert check_page(_page(f"<p>{text}</p>"), "kk", RULES), f"«{text}» passes"


def test_the_corrected_wording_passes() -> None:
    surveys = catalog("surveys")
    loop = catalog("surveys_loop")
    qms = catalog("quality")  # the QMS pages' namespace
    fixed = [
        surveys["overview_intro"]["kk"],
        surveys["vs_below"]["kk"].format(difference="−12,4 п.т.", note="; p < 0,001"),
        surveys["dist_intro"]["kk"],
        loop["catalogue_intro_verified"]["kk"],
        loop["catalogue_intro_unverified"]["kk"],
        loop["years_short"]["kk"],
        loop["dynamics_heading"]["kk"],
        loop["dynamics_intro"]["kk"],
        qms["as_of"]["kk"].format(date=f"2026{NBSP}жылғы 20{NBSP}қараша"),
        qms["codes_unique"]["kk"],
        qms["indicators_title"]["kk"],
        qms["origin"]["kk"],
        qms["answers"]["kk"],
    ]
    methodology = (REPO / "data" / "interface" / "methodology" / "kk.md").read_text(
        encoding="utf-8"
    )
    fixed += [line for line in methodology.splitlines() if line.startswith("## ")]
    for text in fixed:
        assert check_page(_page(f"<p>{text}</p>"), "kk", RULES) == [], text


def _dataset(provenances: list[str]) -> SimpleNamespace:
    return SimpleNamespace(
        fields=[SimpleNamespace(name="provenance")],
        rows=[{"provenance": p} for p in provenances],
    )


def test_a_dataset_with_no_confirmed_record_says_none_not_seven_of_seven() -> None:
    none = _status(_dataset(["placeholder"] * 7), "kk")
    assert none is not None and "7 жазбаның ешқайсысын" in none and "7 жазбасын" not in none
    some = _status(_dataset(["placeholder"] * 3 + ["confirmed"] * 4), "kk")
    assert some is not None and "7 жазбаның 3 жазбасын" in some
    assert "none of the 7 records" in (_status(_dataset(["placeholder"] * 7), "en") or "")
    assert "3 of 7 records" in (
        _status(_dataset(["public-source"] * 3 + ["confirmed"] * 4), "en") or ""
    )
