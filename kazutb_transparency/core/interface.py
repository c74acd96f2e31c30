"""The generator's interface strings, out of the code: one catalog per language that a
translator edits, `data/interface/<lang>.yaml`, namespaced by domain:

    opendata:
      title: Ашық деректер

A module asks for its namespace once (`L = catalog("opendata")`) and keeps looking strings
up as before (`L["title"][lang]`). Every key must be present and non-empty in kk, ru and en,
with the same {placeholders}: a gap is an error naming the file, namespace and key.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kazutb_transparency.core.datafiles import display_path, parse_yaml, read_text
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import LANGUAGES, Localized

INTERFACE_DIR = Path(__file__).resolve().parents[2] / "data" / "interface"
# {name}, or {name:case} for a date in the case the sentence needs (core.locale_format).
_PLACEHOLDER = re.compile(r"\{(\w*)(?::\w+)?\}")

Catalog = dict[str, dict[str, str]]  # key → {lang → text}


@cache
def _language_file(lang: str, folder: Path = INTERFACE_DIR) -> dict[str, dict[str, str]]:
    path = folder / f"{lang}.yaml"
    data = parse_yaml(read_text(path), display_path(path), check_values=False)[0] or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise DataError(
            [
                Problem(
                    display_path(path), "must map each namespace to its keys (opendata: {title: …})"
                )
            ]
        )
    return data


def catalog(namespace: str, folder: Path = INTERFACE_DIR) -> Catalog:
    """The strings of one namespace as {key: {kk, ru, en}}; checked complete."""
    per_lang = {lang: _language_file(lang, folder).get(namespace) or {} for lang in LANGUAGES}
    # In the order of the Kazakh file (then any key it lacks): tables keep their order.
    keys = list(dict.fromkeys(key for texts in per_lang.values() for key in texts))
    problems = []
    for key in keys:
        for lang in LANGUAGES:
            value = per_lang[lang].get(key)
            if not isinstance(value, str) or not value.strip():
                problems.append(
                    Problem(
                        display_path(folder / f"{lang}.yaml"),
                        f"'{namespace}.{key}' is missing or empty: add its {lang} text",
                    )
                )
        found = {
            lang: set(_PLACEHOLDER.findall(per_lang[lang].get(key) or "")) for lang in LANGUAGES
        }
        if len({frozenset(names) for names in found.values()}) > 1:
            problems.append(
                Problem(
                    display_path(folder / "kk.yaml"),
                    f"'{namespace}.{key}' has different {{placeholders}} per language: {found}",
                )
            )
    if not keys:
        problems.append(Problem(display_path(folder / "kk.yaml"), f"no namespace '{namespace}'"))
    if problems:
        raise DataError(problems)
    return {key: {lang: per_lang[lang][key] for lang in LANGUAGES} for key in keys}


def localized(namespace: str, folder: Path = INTERFACE_DIR) -> dict[str, Localized]:
    """The strings of one namespace as Localized texts, for code that passes them on."""
    return {key: Localized(**texts) for key, texts in catalog(namespace, folder).items()}


def triples(namespace: str, folder: Path = INTERFACE_DIR) -> dict[str, tuple[str, str, str]]:
    """The strings of one namespace as (kk, ru, en), for helpers that take them in order."""
    return {key: (t["kk"], t["ru"], t["en"]) for key, t in catalog(namespace, folder).items()}


def namespaces(folder: Path = INTERFACE_DIR) -> list[str]:
    """Every namespace any language file names."""
    return sorted(set().union(*(set(_language_file(lang, folder)) for lang in LANGUAGES)))


def permalink_title(lang: str) -> str:
    """The title of a heading's permalink in `lang` (the Markdown toc extension writes
    "Permanent link" in every language; the engine adapters write this instead)."""
    return catalog("theme")["permalink_title"][lang]
