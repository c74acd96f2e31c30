"""One term, one translation: the trilingual glossary and the check that data/ follows it.

`data/glossary.yaml` maps a Kazakh term to its Russian and English translation. The check
reads every trilingual text in data/ (YAML mappings with `kk` beside `ru`/`en`, CSV columns
`X_kk`/`X_ru`/`X_en`) and reports each Kazakh text translated two ways, naming both
places, and each glossary term translated otherwise than the glossary says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.core.datafiles import (
    display_path,
    load_yaml,
    parse_yaml,
    read_csv,
    read_text,
    validate,
)
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.incremental import remembered

GLOSSARY_FILE = "glossary.yaml"
TRANSLATED = ("ru", "en")


class Term(BaseModel):
    """The translations of one Kazakh term; `note` says when to use it (for editors);
    `avoid` lists, per language, the other words for the same thing that the site does not
    use (one concept, one word: «аккредиттеу», never «аккредитация», on Kazakh pages)."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    ru: str = Field(min_length=1)
    en: str = Field(min_length=1)
    note: str | None = None
    avoid: dict[Literal["kk", "ru", "en"], list[str]] = Field(default_factory=dict)


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
    # The file of each translation when it is not the Kazakh text's (interface catalogs).
    files: dict[str, str] = field(default_factory=dict)


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 17)  # asked for every text of data/, many of them repeated
def normal(text: str) -> str:
    """Texts that differ only in case, spacing or final punctuation are the same text."""
    return _SPACES.sub(" ", text).strip().rstrip(".;,:").strip().casefold()


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
    return [text for file in _texts_by_file(data_dir) for text in file]


def _texts_by_file(data_dir: Path) -> list[list[Text]]:
    """The texts of each file of data/ (the preview remembers each file's)."""
    yaml_files = [
        path
        for path in sorted(data_dir.rglob("*.yaml"))
        if not (path.name == GLOSSARY_FILE and path.parent == data_dir)
    ]
    return [remembered(f"texts of {path}", _yaml_file_texts, path) for path in yaml_files] + [
        remembered(f"texts of {path}", _csv_file_texts, path)
        for path in sorted(data_dir.rglob("*.csv"))
    ]


def _csv_file_texts(path: Path) -> list[Text]:
    try:
        header = read_text(path).split("\n", 1)[0]
    except DataError:
        return []
    columns = [c.strip().strip('"') for c in re.split(r"[,;]", header)]
    stems = [c[:-3] for c in columns if c.endswith("_kk")]
    if not stems:
        return []
    name = display_path(path)
    try:
        rows = read_csv(path, columns)
    except DataError:
        return []  # reported by the loader of its domain
    found = []
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


INTERFACE_DIR = "interface"
COUNTED = "counted_"
# Kazakh texts of approved documents, reproduced as approved (errors and all): the process
# map's cards, the regulation's requirements, the source report's citations.
APPROVED_KAZAKH = ("processes/", "disclosures/register.yaml", "source-report.yaml")
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def _yaml_file_texts(path: Path) -> list[Text]:
    try:
        data, lines = load_yaml(path)
    except DataError:
        return []  # an unreadable file is reported by the loader of its domain
    name = display_path(path)
    found = []
    for loc, value in _yaml_texts(data, ()):
        translations = {
            lang: value[lang] for lang in TRANSLATED if isinstance(value.get(lang), str)
        }
        field = ".".join(str(part) for part in loc) or "(top)"
        at = {lang: lines.line_of((*loc, lang)) for lang in translations}
        place = Place(name, lines.line_of(loc), field)
        found.append(Text(value["kk"], translations, place, at))
    return found


def interface_texts(data_dir: Path) -> list[Text]:
    """The interface catalogs (data/interface/<lang>.yaml) as trilingual texts."""
    folder = data_dir / INTERFACE_DIR
    loaded: dict[str, tuple[Any, Any]] = {}
    for lang in ("kk", *TRANSLATED):
        path = folder / f"{lang}.yaml"
        if not path.is_file():
            return []
        # Read as the catalog reads it (interface strings may carry markup such as a
        # lang="en" span, which data fields may not).
        try:
            loaded[lang] = parse_yaml(read_text(path), display_path(path), check_values=False)
        except DataError:
            return []  # reported by the catalog's own check
    kk_data, kk_lines = loaded["kk"]
    found = []
    for namespace, entries in (kk_data or {}).items():
        if namespace.startswith(COUNTED):
            continue  # a noun's forms after numbers (core.counted), not translations of a term
        for key, kk in (entries or {}).items() if isinstance(entries, dict) else ():
            translations, at, files = {}, {}, {}
            for lang in TRANSLATED:
                value = ((loaded[lang][0] or {}).get(namespace) or {}).get(key)
                if isinstance(value, str):
                    translations[lang] = value
                    at[lang] = loaded[lang][1].line_of((namespace, key))
                    files[lang] = display_path(folder / f"{lang}.yaml")
            if isinstance(kk, str) and translations:
                place = Place(display_path(folder / "kk.yaml"), kk_lines.line_of((namespace, key)),
                              f"{namespace}.{key}")  # fmt: skip
                found.append(Text(kk, translations, place, at, files))
    return found


def avoided_words(texts: list[Text], glossary: Glossary) -> list[Problem]:
    """Each text that uses a word the glossary says to avoid, outside quoted source text."""
    avoided = [
        (lang, word, re.compile(rf"(?<!\w){re.escape(word)}", re.IGNORECASE), kk, term)
        for kk, term in glossary.terms.values()
        for lang, words in term.avoid.items()
        for word in words
    ]
    if not avoided:
        return []
    # All of a language's words in one pattern, searched first: a text holds none of them
    # but a few times in the whole of data/, and one search is then all it costs.
    any_avoided = {
        lang: re.compile(
            rf"(?<!\w)(?:{'|'.join(re.escape(w) for other, w, *_ in avoided if other == lang)})",
            re.IGNORECASE,
        )
        for lang in dict.fromkeys(lang for lang, *_ in avoided)
    }
    problems = []
    for text in texts:
        approved = any(part in text.place.file for part in APPROVED_KAZAKH)
        written = {"kk": text.kk, **text.translations}
        plain: dict[str, str] = {}  # each language's text without its quotations
        holds: dict[str, bool] = {}  # whether it holds any of the language's words
        for lang, word, pattern, kk, term in avoided:
            if (lang == "kk" and approved) or lang not in written:
                continue
            if lang not in plain:
                plain[lang] = _QUOTED.sub(" ", written[lang])
                holds[lang] = any_avoided[lang].search(plain[lang]) is not None
            if holds[lang] and pattern.search(plain[lang]):
                use = kk if lang == "kk" else getattr(term, lang)
                problems.append(
                    Problem(
                        text.files.get(lang, text.place.file),
                        f"«{word}» is written here; the glossary's word is «{use}»",
                        field=f"{text.place.field}.{lang}" if lang != "kk" else text.place.field,
                        line=text.lines.get(lang, text.place.line),
                        hint=f"one concept, one word: see «{kk}» in data/{GLOSSARY_FILE}",
                    )
                )
    return problems


def translation_problems(
    texts: list[Text], glossary: Glossary, pairwise: bool = True
) -> list[Problem]:
    """Each term not translated as the glossary says, and (pairwise) each Kazakh text
    translated two ways.

    One problem per conflicting place, naming the first place that used the other
    translation, so the editor can go straight to both. Interface strings are checked
    against the glossary only: a one-word label («Түрі») may rightly read "Kind" in one
    table and "Type" in another.
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
                            text.files.get(lang, text.place.file),
                            f"«{text.kk}» is translated into {lang} as «{translation}»; "
                            f"the glossary says «{expected}» "
                            f"({glossary.file}:{glossary.lines.get(key)})",
                            field=f"{text.place.field}.{lang}",
                            line=text.lines[lang],
                            hint="use the glossary's translation, or change the glossary",
                        )
                    )
                continue
            if not pairwise or _is_citation(text):
                continue
            here = Place(text.files.get(lang, text.place.file), text.lines[lang], text.place.field)
            seen = first.setdefault((key, lang), (translation, here))
            if normal(seen[0]) != normal(translation):
                problems.append(
                    Problem(
                        text.files.get(lang, text.place.file),
                        f"«{text.kk}» is translated into {lang} as «{translation}» here "
                        f"and as «{seen[0]}» in {seen[1]}",
                        field=f"{text.place.field}.{lang}",
                        line=text.lines[lang],
                        hint=f"use one translation; add the term to data/{GLOSSARY_FILE}",
                    )
                )
    return problems


def _is_citation(text: Text) -> bool:
    """A source named in words («Ғылыми кеңестің 20.11.2026 шешімі»): a citation, written
    as each office writes it, not a term; two ways of writing it are no inconsistency."""
    return text.place.field.rsplit(".", 1)[-1].endswith("source")


def _translation_problems_of_files(files: list[list[Text]], glossary: Glossary) -> list[Problem]:
    return translation_problems([text for file in files for text in file], glossary)


def check_translations(data_dir: Path) -> list[Problem]:
    """The glossary check over the whole of data/, the interface catalogs included: one
    translation per Kazakh text, the glossary's translations, none of its avoided words."""
    glossary = remembered("glossary", load_glossary, data_dir)
    files = _texts_by_file(data_dir)
    interface = remembered("interface texts", interface_texts, data_dir)
    # Avoided words are found text by text: the preview looks again only in changed files.
    avoided = [
        problem
        for number, file in enumerate([*files, interface])
        for problem in remembered(f"avoided words {number}", avoided_words, file, glossary)
    ]
    # Each file's texts are the same objects while the file is unchanged: the preview
    # compares the translations across files again only when one of them changed.
    return (
        remembered("translations", _translation_problems_of_files, files, glossary)
        + remembered("interface translations", translation_problems, interface, glossary, False)
        + avoided
    )
