"""The form's labels and hints in Kazakh, Russian and English (editor/labels.yaml).

A field is labelled by its name (`posted`, `fee`) or, where one name means another thing in
another model, by `Model.name`; a field without a label shows its name in plain words.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

LABELS_FILE = Path(__file__).with_name("labels.yaml")


@cache
def catalog() -> dict:
    return yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8")) or {}


def _pick(table: dict, name: str, owner: str | None, lang: str) -> str | None:
    for key in ((f"{owner}.{name}",) if owner else ()) + (name,):
        entry = table.get(key)
        if entry:
            return entry.get(lang) or entry.get("en")
    return None


def field_label(name: str, lang: str, owner: str | None = None) -> str:
    found = _pick(catalog().get("fields", {}), name, owner, lang)
    return found or name.replace("_", " ").capitalize()


def field_hint(name: str, lang: str, owner: str | None = None) -> str | None:
    return _pick(catalog().get("hints", {}), name, owner, lang)


def singular(name: str, lang: str) -> str | None:
    """One item of list field `name` (its "add" button), where the catalog names it."""
    entry = catalog().get("singular", {}).get(name)
    return entry[lang] if entry else None


def language_label(code: str, lang: str) -> str:
    return catalog()["languages"][code][lang]


def text(key: str, lang: str) -> str:
    """A text of the editor itself (catalog `texts`)."""
    return catalog()["texts"][key][lang]
