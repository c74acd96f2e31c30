"""The editor's configuration is generated from the data models: every file editors keep
has a form, and a change of a model changes the form."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from buildtools import DATA
from pydantic import Field, create_model

from kazutb_transparency.applicants.models import Fee
from kazutb_transparency.editor import config as C
from kazutb_transparency.editor import fields as F
from kazutb_transparency.editor.sources import (
    COLLECTIONS,
    LIST_KEY,
    not_edited_reason,
    source_of,
    sources,
)


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def test_every_data_file_has_a_collection_or_a_reason() -> None:
    uncovered = [f for f in _files(DATA) if source_of(f) is None and not_edited_reason(f) is None]
    assert not uncovered, f"no collection of the editor for: {uncovered}"


def test_every_collection_points_at_files_of_the_config() -> None:
    settings = C.config("en")
    places = set()
    for collection in settings["collections"]:
        if "folder" in collection:
            places.add(collection["folder"])
        for file in collection.get("files", []):
            places.add(file["file"])
    for relative in _files(DATA):
        source = source_of(relative)
        if source is None:
            continue
        folder = f"data/{relative.rsplit('/', 1)[0]}"
        assert f"data/{relative}" in places or folder in places, relative


def test_an_added_data_file_without_a_form_is_found(tmp_path: Path) -> None:
    assert source_of("transparency/new-mechanism.yaml") is None
    assert not_edited_reason("transparency/new-mechanism.yaml") is None


def test_the_config_is_yaml_in_three_interface_languages() -> None:
    for lang in C.EDITOR_LANGUAGES:
        settings = yaml.safe_load(C.config_yaml(lang))
        assert settings["locale"] == lang
        assert settings["backend"] == C.LOCAL_BACKEND
        assert [c["name"] for c in settings["collections"]] == [c.name for c in COLLECTIONS]
    kk = yaml.safe_load(C.config_yaml("kk"))
    assert kk["collections"][0]["label"] == "Университет"


def test_production_config_uses_the_editorial_workflow() -> None:
    backend = {"name": "github", "repo": "kazutb/transparency", "branch": "main"}
    settings = C.config("kk", backend)
    assert settings["backend"] == backend
    assert settings["publish_mode"] == "editorial_workflow"


def _field(fields: list[dict], *path: str) -> dict:
    for name in path:
        found = next(f for f in fields if f["name"] == name)
        fields = found.get("fields", [])
    return found


def test_a_text_in_three_languages_is_one_group_kazakh_first() -> None:
    from kazutb_transparency.disclosures.programmes import Programme

    name = _field(F.model_fields(Programme, "kk"), "name")
    assert name["widget"] == "object"
    assert [f["name"] for f in name["fields"]] == ["kk", "ru", "en"]
    assert name["fields"][0]["label"] == "Қазақша"


def test_bounds_patterns_and_choices_come_from_the_model() -> None:
    fee = F.model_fields(Fee, "en")
    year = _field(fee, "year_of_study")
    assert (year["min"], year["max"], year["required"]) == (1, 7, False)
    form = _field(fee, "form")  # a form of study of forms.yaml, chosen by its name
    assert form["widget"] == "select"
    assert {"label": "Full-time study", "value": "full-time"} in form["options"]
    languages = _field(fee, "language")["options"]
    assert [o["value"] for o in languages] == ["kk", "ru", "en"]
    assert [o["label"] for o in _field(F.model_fields(Fee, "kk"), "language")["options"]] == [
        "қазақ тілі", "орыс тілі", "ағылшын тілі"
    ]  # fmt: skip
    assert _field(fee, "fee")["pattern"] == ["^[0-9]+$", "a fee cannot be negative"]


def test_the_choices_of_a_reference_are_the_records_of_the_desks_data(tmp_path) -> None:
    """A faculty added to data/ is offered by name; a university without the file types
    the id, checked with its pattern."""
    import shutil

    from kazutb_transparency.editor.config import config

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    faculties = data / "disclosures" / "faculties.yaml"
    faculties.write_text(
        faculties.read_text("utf-8")
        + "\n- id: new-faculty\n  name: {kk: Жаңа факультет, ru: Новый факультет, en: New}\n",
        "utf-8",
    )

    def faculty(settings: dict) -> dict:
        programmes = next(c for c in settings["collections"] if c["name"] == "programmes")
        return _field(programmes["fields"], "faculty")

    chosen = faculty(config("ru", data_dir=data))
    assert {"label": "Новый факультет", "value": "new-faculty"} in chosen["options"]
    faculties.unlink()
    typed = faculty(config("ru", data_dir=data))
    assert typed["widget"] == "string" and typed["pattern"]


def test_a_change_of_a_model_changes_the_form() -> None:
    changed = create_model(
        "Fee", __base__=Fee, year_of_study=(int | None, Field(default=None, ge=1, le=5))
    )
    before = _field(F.model_fields(Fee, "en"), "year_of_study")
    after = _field(F.model_fields(changed, "en"), "year_of_study")
    assert before["max"] == 7 and after["max"] == 5
    renamed = create_model("Fee", __base__=Fee, campus=(str, Field(pattern=r"^[a-z]+$")))
    campus = _field(F.model_fields(renamed, "en"), "campus")
    assert campus["required"] and campus["pattern"][0] == "^[a-z]+$"


def test_no_record_model_has_the_list_key_as_a_field() -> None:
    for source in sources():
        assert LIST_KEY not in source.model.model_fields, source.path


def test_each_collection_has_a_file_format() -> None:
    formats = C.formats()
    settings = C.config("en")
    for collection in settings["collections"]:
        assert collection["format"] in formats
    assert formats["kazutb-disciplines"]["localized"] == ["name"]
    assert formats["kazutb-quality"]["shape"]["object"]["architecture"]


def test_the_editor_page_loads_scripts_from_its_own_server_only() -> None:
    page = (Path(C.__file__).with_name("static") / "index.html").read_text("utf-8")
    sources_ = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert sources_ and all("://" not in s and not s.startswith("//") for s in sources_)
