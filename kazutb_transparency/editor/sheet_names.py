"""The values of a reference or closed column by name, as offices write them.

Offices know a faculty, a programme or a form of study by its name, not by the site's code,
and cannot open data/. So a cell may hold the code or any name of the record in Kazakh,
Russian or English: the names are read from the working copy's data the import writes into
(faculties, programmes, forms of study, groups: their `name`, `short`, `abbreviation`),
from the editor's labels (`options:` of labels.yaml), the site's catalogs (a language's
name) and the import's own words (`values.<column>` of the catalog). Names are compared as
headings are (without case, extra spaces or «ё»), then, failing that, with the Kazakh
letters read as the Russian ones they are typed as on a Russian keyboard (қ as к, і as и).
A name two records share is refused naming both; the template shows each record by its
name in the template's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

# The site's search folds Kazakh letters to the Russian ones a Russian keyboard types.
from kazutb_transparency.buildsteps.search_text import fold
from kazutb_transparency.core.datawrite import UnsafePath, data_path
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.interface import INTERFACE_DIR, catalog
from kazutb_transparency.editor.labels import catalog as labels
from kazutb_transparency.editor.sheet_kinds import Kind
from kazutb_transparency.editor.sheet_layout import Row
from kazutb_transparency.editor.sheet_text import T, problem, shown
from kazutb_transparency.editor.sheet_vocabulary import CODES, normal

DATA_DIR = INTERFACE_DIR.parent  # the repository's data/, when no working copy is given
SHOWN_NAMES = 10  # a message lists at most this many names, then «…»
# Column → its records in data/ (a file, or a folder of one record per file) and their id.
RECORDS = {
    "faculty": ("disclosures/faculties.yaml", "id"),
    "programme": ("disclosures/programmes", "code"),
    "form": ("disclosures/forms.yaml", "id"),
    "group": ("applicants/groups.yaml", "id"),
}
NAME_FIELDS = ("name", "short", "short_name", "abbreviation")  # the first is the one shown
# Column → the site's catalog naming its codes ({code: {lang: name}}).
CATALOGS = {"language": "disclosures_language"}


@dataclass
class Choices:
    """A column's codes, each with the name shown per language, and every word read as one."""

    shown: dict[str, dict[str, str]] = field(default_factory=dict)  # code → {lang: name}
    words: dict[str, set[str]] = field(default_factory=dict)  # normal(word) → codes
    loose: dict[str, set[str]] = field(default_factory=dict)  # fold(word) → codes

    def add(self, code: str, names: dict[str, str] | None = None) -> None:
        entry = self.shown.setdefault(code, {})
        for lang in LANGUAGES:
            if names and names.get(lang):
                entry.setdefault(lang, " ".join(str(names[lang]).split()))
        for word in [code, *(names or {}).values()]:
            if word and str(word).strip():
                self.words.setdefault(normal(word), set()).add(code)
                self.loose.setdefault(fold(normal(word)), set()).add(code)

    def name(self, code: str, lang: str) -> str:
        """The code's name in `lang`, with the code when another record has that name."""
        text = self.shown[code].get(lang, code)
        twins = [c for c, names in self.shown.items() if names.get(lang, c) == text]
        return f"{text} ({code})" if len(twins) > 1 else text

    def names(self, lang: str) -> list[str]:
        return [self.name(code, lang) for code in self.shown]

    def codes(self, value: str) -> set[str]:
        """The codes a cell's text names: its code, else every record it is a name of."""
        if value in self.shown:
            return {value}
        word = normal(value)
        twin = re.fullmatch(r"(.*) \(([^()]+)\)", word)  # "Менеджмент (6B04105)", as shown
        if twin and twin[2] in {normal(c) for c in self.shown}:
            return {c for c in self.shown if normal(c) == twin[2]}
        return set(self.words.get(word) or self.loose.get(fold(word)) or ())  # a copy


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):  # a broken file: its check says so, not the names
        return None


def _records(data_dir: Path, relative: str) -> Iterable[dict]:
    try:
        path = data_path(data_dir, relative)
    except UnsafePath:
        return []
    if path.is_dir():
        found = [_read(p) for p in sorted(path.glob("*.yaml")) if not p.is_symlink()]
    else:
        found = _read(path) if path.is_file() else None
        found = found if isinstance(found, list) else []
    return [r for r in found if isinstance(r, dict)]


@cache
def _fixed(column: str, options: tuple[str, ...]) -> Choices:
    """A closed column's codes named by the labels, the site's catalog and the import's words
    `values.<column>` ("kk: қазақ, қазақша | ru: орыс"); these do not change while the editor
    runs, unlike the records of data/."""
    found = Choices()
    named = labels().get("options", {}).get(column, {})
    site = catalog(CATALOGS[column]) if column in CATALOGS else {}
    for code in options:
        found.add(code, named.get(code))
        found.add(code, site.get(code))
    for lang in LANGUAGES:
        for entry in T.get(f"values.{column}", {}).get(lang, "").split("|"):
            code, _, words = entry.partition(":")
            for word in words.split(",") if code.strip() in options else []:
                if word.strip():
                    found.add(code.strip(), {lang: word.strip()})
    return found


def choices(kind: Kind, column: str, data_dir: Path) -> Choices | None:
    """What a column of the kind takes by name, or None for a column of free values."""
    if column in RECORDS:
        relative, key = RECORDS[column]
        found = Choices()
        for record in _records(data_dir, relative):
            if isinstance(record.get(key), str):
                for name_field in NAME_FIELDS:
                    names = record.get(name_field)
                    found.add(record[key], names if isinstance(names, dict) else None)
        return found
    options = kind.options(column)
    return _fixed(column, tuple(options)) if options else None


def _listed(names: list[str]) -> str:
    return "; ".join(names[:SHOWN_NAMES]) + ("; …" if len(names) > SHOWN_NAMES else "")


def named_rows(
    kind: Kind, rows: list[Row], data_dir: Path, lang: str
) -> list[tuple[Row, list[tuple[str, Problem]]]]:
    """Each row with its names read as codes, and a problem (with its column) at each name
    that is no record's, or is two records' name."""
    # Read once per import: the records are data/'s as the import finds them.
    columns = {c: choices(kind, c, data_dir) for c in kind.columns()}
    out: list[tuple[Row, list[tuple[str, Problem]]]] = []
    for row in rows:
        cells = dict(row.cells)
        found: list[tuple[str, Problem]] = []
        for column, value in row.cells.items():
            known = columns.get(column)
            if known is None or value is None:
                continue
            if column == "programme" and CODES["programme"].match(str(value)):
                continue  # a code not yet in the catalogue: the build's check says so
            codes = known.codes(str(value))  # a number in a closed column is no name either
            if len(codes) == 1:
                cells[column] = next(iter(codes))
                continue
            key = "ambiguous_name" if codes else "unknown_name"
            names = [known.name(c, lang) for c in sorted(codes)] if codes else known.names(lang)
            said = problem(row.place(column), lang, key, value=shown(value), names=_listed(names))
            found.append((column, said))
        out.append((replace(row, cells=cells), found))
    return out
