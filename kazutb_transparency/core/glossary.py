"""One term, one translation: the trilingual glossary and the check that data/ follows it.

`data/glossary.yaml` maps a Kazakh term to its Russian and English translation. The check
reads every trilingual text in data/ (YAML mappings with `kk` beside `ru`/`en`, CSV columns
`X_kk`/`X_ru`/`X_en`) and reports each Kazakh text translated two ways, naming both
places, and each glossary term translated otherwise than the glossary says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.core.datafiles import (
    display_path,
    load_yaml,
    read_csv,
    read_text,
    validate,
)
from kazutb_transparency.core.errors import DataError, Problem

GLOSSARY_FILE = "glossary.yaml"
TRANSLATED = ("ru", "en")


class Term(BaseModel):
    """The translations of one Kazakh term; `note` says when to use it (for editors)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ru: str = Field(min_length=1)
    en: str = Field(min_length=1)
    note: str | None = None


@dataclass(frozen=True)
class Glossary:
    """Terms keyed by their normalised Kazakh text; `lines` says where each is defined."""

    terms: dict[str, tuple[str, Term]]
    lines: dict[str, int | None]
    file: str

    def lookup(self, kk: str) -> Term | None:
        found = self.terms.get(normal(kk))
        return found[1] if found else None

    def __len__(self) -> int:
        return len(self.terms)


@dataclass(frozen=True)
class Place:
    """Where a trilingual text stands: file, line and field path."""

    file: str
    line: int | None
    field: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where} ({self.field})"


@dataclass(frozen=True)
class Text:
    kk: str
    translations: dict[str, str]
    place: Place
    # The line of each translation (YAML: its own line; CSV: the row's).
    lines: dict[str, int | None]


def normal(text: str) -> str:
    """Texts that differ only in case, spacing or final punctuation are the same text."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".;,:").strip().casefold()


def load_glossary(data_dir: Path) -> Glossary:
    path = data_dir / GLOSSARY_FILE
    name = display_path(path)
    if not path.is_file():
        return Glossary({}, {}, name)
    data, lines = load_yaml(path)
    if data is None:
        return Glossary({}, {}, name)
    if not isinstance(data, dict):
        raise DataError(
            [Problem(name, "the glossary must be a mapping", hint="write «kk term»: {ru, en}")]
        )
    problems: list[Problem] = []
    terms: dict[str, tuple[str, Term]] = {}
    where: dict[str, int | None] = {}
    for kk, entry in data.items():
        key = normal(str(kk))
        line = lines.line_of((kk,))
        try:
            term = validate(Term, entry, name, lines, record=str(kk), base=(kk,))
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        if key in terms:
            problems.append(
                Problem(
                    name,
                    f"the term «{kk}» is defined twice (also at line {where[key]})",
                    record=str(kk),
                    line=line,
                    hint="keep one entry per Kazakh term",
                )
            )
        terms[key] = (str(kk), term)
        where[key] = line
    if problems:
        raise DataError(problems)
    return Glossary(terms, where, name)


def _yaml_texts(value: Any, loc: tuple[str | int, ...]) -> Iterator[tuple[tuple, dict]]:
    if isinstance(value, dict):
        if isinstance(value.get("kk"), str) and any(
            isinstance(value.get(lang), str) for lang in TRANSLATED
        ):
            yield loc, value
            return
        for key, element in value.items():
            yield from _yaml_texts(element, (*loc, key))
    elif isinstance(value, list):
        for index, element in enumerate(value):
            yield from _yaml_texts(element, (*loc, index))


def trilingual_texts(data_dir: Path) -> list[Text]:
    """Every text of data/ written in kk with at least one translation, with its place."""
    found: list[Text] = []
    for path in sorted(data_dir.rglob("*.yaml")):
        if path.name == GLOSSARY_FILE and path.parent == data_dir:
            continue
        try:
            data, lines = load_yaml(path)
        except DataError:
            continue  # an unreadable file is reported by the loader of its domain
        name = display_path(path)
        for loc, value in _yaml_texts(data, ()):
            translations = {
                lang: value[lang] for lang in TRANSLATED if isinstance(value.get(lang), str)
            }
            field = ".".join(str(part) for part in loc) or "(top)"
            at = {lang: lines.line_of((*loc, lang)) for lang in translations}
            place = Place(name, lines.line_of(loc), field)
            found.append(Text(value["kk"], translations, place, at))
    for path in sorted(data_dir.rglob("*.csv")):
        try:
            header = read_text(path).split("\n", 1)[0]
        except DataError:
            continue
        columns = [c.strip().strip('"') for c in re.split(r"[,;]", header)]
        stems = [c[:-3] for c in columns if c.endswith("_kk")]
        if not stems:
            continue
        name = display_path(path)
        try:
            rows = read_csv(path, columns)
        except DataError:
            continue  # reported by the loader of its domain
        for row in rows:
            for stem in stems:
                kk = row.values.get(f"{stem}_kk") or ""
                translations = {
                    lang: row.values[f"{stem}_{lang}"]
                    for lang in TRANSLATED
                    if row.values.get(f"{stem}_{lang}")
                }
                if kk and translations:
                    at = dict.fromkeys(translations, row.line)
                    found.append(Text(kk, translations, Place(name, row.line, stem), at))
    return found


def translation_problems(texts: list[Text], glossary: Glossary) -> list[Problem]:
    """Each Kazakh text translated two ways, and each term not translated as the glossary says.

    One problem per conflicting place, naming the first place that used the other
    translation, so the editor can go straight to both.
    """
    problems: list[Problem] = []
    first: dict[tuple[str, str], tuple[str, Place]] = {}
    for text in texts:
        key = normal(text.kk)
        term = glossary.lookup(text.kk)
        for lang, translation in text.translations.items():
            if term is not None:
                expected = getattr(term, lang)
                if normal(translation) != normal(expected):
                    problems.append(
                        Problem(
                            text.place.file,
                            f"«{text.kk}» is translated into {lang} as «{translation}»; "
                            f"the glossary says «{expected}» "
                            f"({glossary.file}:{glossary.lines.get(key)})",
                            field=f"{text.place.field}.{lang}",
                            line=text.lines[lang],
                            hint="use the glossary's translation, or change the glossary",
                        )
                    )
                continue
            seen = first.setdefault((key, lang), (translation, text.place))
            if normal(seen[0]) != normal(translation):
                problems.append(
                    Problem(
                        text.place.file,
                        f"«{text.kk}» is translated into {lang} as «{translation}» here "
                        f"and as «{seen[0]}» in {seen[1]}",
                        field=f"{text.place.field}.{lang}",
                        line=text.lines[lang],
                        hint=f"use one translation; add the term to data/{GLOSSARY_FILE}",
                    )
                )
    return problems


def check_translations(data_dir: Path) -> list[Problem]:
    """The glossary check over the whole of data/ (loads the glossary, then every text)."""
    return translation_problems(trilingual_texts(data_dir), load_glossary(data_dir))
