"""Every field of the editor's form has a label of its own in Kazakh, Russian and English
(editor/labels.yaml): a field without one shows its name in English words ("Annex of"),
which puts English into the Kazakh and Russian forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from buildtools import DATA

from kazutb_transparency.editor import config as C
from kazutb_transparency.editor import fields as F
from kazutb_transparency.editor import labels as L

LANGS = ("kk", "ru", "en")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _fallback(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _form_fields(fields: list[dict[str, Any]], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every field of a form with its place, nested groups (`fields`) and list items
    (`field`) included."""
    for field in fields:
        here = f"{path}.{field['name']}"
        yield here, field
        yield from _form_fields(field.get("fields", []), here)
        if "field" in field:
            yield from _form_fields([field["field"]], here)


def _labelled(lang: str) -> Iterator[tuple[str, str, str]]:
    """(place, field name, label) of every field of the config in `lang`."""
    for collection in C.config(lang, None, DATA)["collections"]:
        files = collection.get("files") or [collection]
        for file in files:
            where = f"{collection['name']}/{file.get('name', collection['name'])}"
            for place, field in _form_fields(file["fields"], where):
                yield place, field["name"], field["label"]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_kazakh_and_russian_labels_are_in_cyrillic(lang: str) -> None:
    offenders = sorted(
        f"{place}: {label!r}" for place, _, label in _labelled(lang) if not CYRILLIC.search(label)
    )
    assert not offenders, (
        f"{len(offenders)} labels of the {lang} form are not in {lang} (add them to "
        "editor/labels.yaml `fields:`):\n" + "\n".join(offenders)
    )


def test_every_field_label_is_in_the_catalog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The form asks the catalog for each field by name and owner model: each has an
    entry (a plain name or Model.name), so no label is the field's name in words."""
    asked: set[tuple[str, str | None, str]] = set()
    real = F.field_label

    def recording(name: str, lang: str, owner: str | None = None) -> str:
        asked.add((name, owner, lang))
        return real(name, lang, owner)

    monkeypatch.setattr(F, "field_label", recording)
    for lang in LANGS:
        C.config(lang, None, DATA)
    table = L.catalog()["fields"]
    missing = sorted(
        {
            f"{owner}.{name}" if owner else name
            for name, owner, lang in asked
            if L._pick(table, name, owner, lang) is None
        }
    )
    assert asked, "the form asked for no label: was field_label renamed?"
    assert not missing, (
        f"{len(missing)} fields have no label in editor/labels.yaml and show their "
        "name instead:\n" + "\n".join(missing)
    )


def test_english_labels_are_the_catalogs_not_the_field_names() -> None:
    table = L.catalog()
    own = {
        entry["en"]
        for section in ("fields", "languages", "texts")
        for entry in table[section].values()
    }
    offenders = sorted(
        f"{place}: {label!r}"
        for place, name, label in _labelled("en")
        if label == _fallback(name) and label not in own
    )
    assert not offenders, "labels that are only the field's name:\n" + "\n".join(offenders)


@pytest.mark.parametrize("section", ["fields", "hints"])
def test_every_entry_has_its_three_languages(section: str) -> None:
    """kk, ru and en, nothing else, each written in its own language (a comma in an
    unquoted YAML value splits it into a second key and cuts the text)."""
    problems = []
    for key, entry in L.catalog()[section].items():
        if sorted(entry) != sorted(LANGS) or not all(
            isinstance(entry[lang], str) and entry[lang].strip() for lang in LANGS
        ):
            problems.append(f"{key}: {entry}")
            continue
        problems += [
            f"{key}.{lang}: {entry[lang]!r} is the English text"
            for lang in ("kk", "ru")
            if entry[lang] == entry["en"] and CYRILLIC.search(entry["en"]) is None
        ]
    assert not problems, f"editor/labels.yaml `{section}`:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_forms_own_checks_speak_the_editors_language(lang: str) -> None:
    """A pattern's message (shown by the form as the office types) is in kk or ru, never
    the build's English ("String should match pattern '^[a-z0-9]…'")."""
    offenders = []
    for collection in C.config(lang, None, DATA)["collections"]:
        for file in collection.get("files") or [collection]:
            for place, field in _form_fields(file["fields"], collection["name"]):
                pattern = field.get("pattern")
                if isinstance(pattern, list) and not CYRILLIC.search(pattern[1]):
                    offenders.append(f"{place}: {pattern[1]}")
    assert not offenders, "\n".join(offenders)


def test_no_key_of_the_catalog_is_written_twice() -> None:
    """YAML keeps the last of two equal keys without a word: a wording added twice would
    silently replace the first."""
    import yaml

    twice = []
    loader = yaml.SafeLoader(L.LABELS_FILE.read_text(encoding="utf-8"))
    stack = [loader.get_single_node()]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            keys = [key.value for key, _ in node.value]
            twice += [
                f"{k} (line {node.start_mark.line + 1})" for k in set(keys) if keys.count(k) > 1
            ]
            stack.extend(value for _, value in node.value)
    assert not twice, twice
