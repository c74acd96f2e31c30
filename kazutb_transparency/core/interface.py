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

from kazutb_transparency.core.datafiles import Lines, display_path, parse_yaml, read_text
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.interface_markup import markup_problem

INTERFACE_DIR = Path(__file__).resolve().parents[2] / "data" / "interface"
# {name}, or {name:case} for a date in the case the sentence needs (core.locale_format).
_PLACEHOLDER = re.compile(r"\{(\w*)(?::\w+)?\}")

Catalog = dict[str, dict[str, str]]  # key → {lang → text}


@cache
def _loaded(lang: str, folder: Path = INTERFACE_DIR) -> tuple[dict[str, dict[str, str]], Lines]:
    path = folder / f"{lang}.yaml"
    data, lines = parse_yaml(read_text(path), display_path(path), check_values=False)
    data = data or {}
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise DataError(
            [
                Problem(
                    display_path(path), "must map each namespace to its keys (opendata: {title: …})"
                )
            ]
        )
    return data, lines


def _language_file(lang: str, folder: Path = INTERFACE_DIR) -> dict[str, dict[str, str]]:
    return _loaded(lang, folder)[0]


def interface_sections(lang: str) -> dict[str, dict[str, str]]:
    """Every section of the interface catalog of `lang` (the editor names choices with it)."""
    return _language_file(lang)


def _problem(folder: Path, lang: str, namespace: str, key: str, message: str) -> Problem:
    """A problem of one string, at its line in its language's file."""
    line = _loaded(lang, folder)[1].line_of((namespace, key))
    path = display_path(folder / f"{lang}.yaml")
    return Problem(path, message, field=f"{namespace}.{key}", line=line)


def catalog(namespace: str, folder: Path = INTERFACE_DIR) -> Catalog:
    """The strings of one namespace as {key: {kk, ru, en}}; checked complete."""
    per_lang = {lang: _language_file(lang, folder).get(namespace) or {} for lang in LANGUAGES}
    # In the order of the Kazakh file (then any key it lacks): tables keep their order.
    keys = list(dict.fromkeys(key for texts in per_lang.values() for key in texts))
    problems = []
    for key in keys:
        texts: dict[str, str] = {}
        for lang in LANGUAGES:
            value = per_lang[lang].get(key)
            if value is None or (isinstance(value, str) and not value.strip()):
                message = f"missing or empty: add its {lang} text"
            elif not isinstance(value, str):
                message = f"must be a text, not a {type(value).__name__}: write it on one line"
            else:
                texts[lang] = value
                message = markup_problem(value)
            if message:
                problems.append(_problem(folder, lang, namespace, key, message))
        problems += _placeholder_problems(folder, namespace, key, texts)
    if not keys:
        problems.append(Problem(display_path(folder / "kk.yaml"), f"no namespace '{namespace}'"))
    if problems:
        raise DataError(problems)
    return {key: {lang: per_lang[lang][key] for lang in LANGUAGES} for key in keys}


def _placeholder_problems(
    folder: Path, namespace: str, key: str, texts: dict[str, str]
) -> list[Problem]:
    """The {placeholders} of each language against the Kazakh text's (or the first's)."""
    if not texts:
        return []
    names = {lang: sorted(set(_PLACEHOLDER.findall(text))) for lang, text in texts.items()}
    reference = "kk" if "kk" in names else next(iter(names))
    expected = names[reference]
    return [
        _problem(
            folder,
            lang,
            namespace,
            key,
            f"its {{placeholders}} {found} differ from the {reference} text's {expected}: "
            "use the same names in braces in every language (the words around them are "
            "translated, the names in braces are not)",
        )
        for lang, found in names.items()
        if found != expected
    ]


def localized(namespace: str, folder: Path = INTERFACE_DIR) -> dict[str, Localized]:
    """The strings of one namespace as Localized texts, for code that passes them on."""
    return {key: Localized(**texts) for key, texts in catalog(namespace, folder).items()}


def triples(namespace: str, folder: Path = INTERFACE_DIR) -> dict[str, tuple[str, str, str]]:
    """The strings of one namespace as (kk, ru, en), for helpers that take them in order."""
    return {key: (t["kk"], t["ru"], t["en"]) for key, t in catalog(namespace, folder).items()}


def namespaces(folder: Path = INTERFACE_DIR) -> list[str]:
    """Every namespace any language file names."""
    return sorted(set().union(*(set(_language_file(lang, folder)) for lang in LANGUAGES)))


@cache  # asked twice for every page an engine renders; the catalogs are read once too
def permalink_title(lang: str) -> str:
    """The title of a heading's permalink in `lang` (the Markdown toc extension writes
    "Permanent link" in every language; the engine adapters write this instead)."""
    return catalog("theme")["permalink_title"][lang]
