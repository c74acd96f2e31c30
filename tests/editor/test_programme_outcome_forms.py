"""The forms of the per-programme outcomes, the curriculum and the academic calendar: every
new list and field is in its form, labelled in kk, ru and en (never its bare name)."""

from __future__ import annotations

from typing import Any

import pytest

from kazutb_transparency.editor import config as C
from kazutb_transparency.editor.labels import catalog, field_label

LANGS = ("kk", "ru", "en")
# The new lists of a programme's figures, their records' model and fields.
FIGURES = {
    "attestation": ("Attestation", ("year", "sat", "passed", "with_distinction")),
    "earnings": (
        "Earnings",
        ("year", "graduates_counted", "median_monthly", "earnings_source", "as_of"),
    ),
    "vacancies": ("Vacancies", ("academic_year", "places")),
}


def _collection(name: str, lang: str) -> dict[str, Any]:
    return next(c for c in C.config(lang)["collections"] if c["name"] == name)


def _fields_of(collection: dict[str, Any], file: str | None = None) -> list[dict[str, Any]]:
    if file is None:
        return collection["fields"]
    form = next(f for f in collection["files"] if f["name"] == file)
    return form["fields"]


def _field(fields: list[dict[str, Any]], name: str) -> dict[str, Any]:
    found = [f for f in fields if f["name"] == name]
    assert found, f"no field '{name}' among {[f['name'] for f in fields]}"
    return found[0]


def _bare(name: str) -> str:
    """The label a field without one in labels.yaml gets: its name in plain words."""
    return name.replace("_", " ").capitalize()


def _labelled(name: str, owner: str) -> bool:
    """labels.yaml has a label for the field, its own or the shared one of its name."""
    return f"{owner}.{name}" in catalog()["fields"] or name in catalog()["fields"]


@pytest.mark.parametrize("lang", LANGS)
def test_a_programmes_form_has_its_attestation_earnings_and_vacancies(lang: str) -> None:
    fields = _fields_of(_collection("programme-figures", lang))
    labels = set()
    for name, (owner, inner) in FIGURES.items():
        section = _field(fields, name)
        assert section["widget"] == "list", name
        assert _labelled(name, "ProgrammeFigures") and section["label"] != _bare(name)
        labels.add(section["label"])
        for field in inner:
            item = _field(section["fields"], field)
            assert _labelled(field, owner), (owner, field)
            assert item["label"] == field_label(field, lang, owner), (lang, name, field)
    assert len(labels) == 3
    rows = _field(_field(fields, "vacancies")["fields"], "places")["fields"]
    assert {f["name"] for f in rows} == {"year_of_study", "funding", "places"}
    earnings = _field(fields, "earnings")["fields"]
    assert _field(earnings, "earnings_source")["fields"][0]["widget"] == "text"  # prose


def test_the_meaning_of_a_shared_name_is_the_models_own() -> None:
    # `as_of` of the audits file is a date of statuses; of earnings, the source's date.
    assert field_label("as_of", "en", "Earnings") == "Figures as of"
    assert field_label("as_of", "en", "AuditsFile") != "Figures as of"
    assert field_label("places", "kk", "Vacancy") != field_label("places", "kk", "Dormitory")


@pytest.mark.parametrize("lang", LANGS)
def test_the_curriculum_and_the_calendar_are_in_their_forms(lang: str) -> None:
    programme = _field(_fields_of(_collection("programmes", lang)), "curriculum")
    assert _labelled("curriculum", "Programme") and not programme["required"]
    assert "hint" in programme
    calendar = _fields_of(_collection("university", lang), "calendar")
    periods = _field(calendar[0]["fields"], "periods")
    assert _labelled("periods", "AcademicCalendar") and periods["label"] != _bare("periods")
    kind = _field(periods["fields"], "kind")
    assert "final-attestation" in kind["options"]


def test_the_labels_differ_by_language() -> None:
    for name in ("sat", "with_distinction", "median_monthly", "curriculum", "periods"):
        assert len({field_label(name, lang) for lang in LANGS}) == 3, name
