"""A dataset as the open-data layer publishes it: records plus a trilingual table schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from itertools import chain
from operator import itemgetter
from typing import Any, Literal

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog

FieldType = Literal["string", "integer", "number", "boolean", "date", "array", "object"]

# Lists are flattened into one cell joined by this separator, in the CSV and the JSON file
# alike (documented in the catalogue and in datapackage.json).
LIST_SEPARATOR = " | "

# The regulation of the corporate website that the datasets answer to, cited in their sources.
REGULATION = "ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12"


@dataclass(frozen=True)
class Field:
    """One column. `name` is stable; `title` and `description` are given in kk, ru and en."""

    name: str
    type: FieldType
    title: Localized
    description: Localized
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    pattern: str | None = None


@dataclass(frozen=True)
class ForeignKey:
    """Columns of a dataset that name a row of another dataset of the package (by that
    dataset's key): a value said once there, not on every row here (a question's text)."""

    fields: tuple[str, ...]
    resource: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Dataset:
    """What a domain hands the open-data layer; the layer writes CSV, JSON and the package.

    `rows` are flat (one value per cell, lists allowed: joined by LIST_SEPARATOR in both
    files); the CSV and the JSON file hold the same rows.
    `evidence` says which clause or indicator the dataset evidences (for the evidence pack).
    `primary_key` always orders the rows; it is declared as the table schema's `primaryKey`
    only if `declare_primary_key` (Table Schema forbids empty cells in primary-key fields, so
    a dataset whose key columns may be empty sets it to False and documents its key instead).
    """

    name: str
    title: Localized
    description: Localized
    fields: tuple[Field, ...]
    rows: list[dict[str, Any]]
    primary_key: tuple[str, ...]
    updated: date
    sources: tuple[Localized | str, ...]  # a code or address alone needs no translation
    evidence: Localized
    pages: tuple[str, ...] = field(default=())  # site pages that show this data
    declare_primary_key: bool = True
    foreign_keys: tuple[ForeignKey, ...] = ()

    def sort_key(self, row: dict[str, Any]) -> tuple:
        return tuple([_sortable(row.get(key)) for key in self.primary_key])

    def in_key_order(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """`rows` sorted by `sort_key`. Where every row has every key column as text (the
        100,000 survey indicators), the values themselves are compared, in C: text sorts
        among text as `sort_key` sorts it."""
        if self.primary_key and rows:
            values = itemgetter(*self.primary_key)
            try:
                keys = list(map(values, rows))
            except KeyError:  # a row without a key column: sort_key reads it as None
                return sorted(rows, key=self.sort_key)
            cells = chain.from_iterable(keys) if len(self.primary_key) > 1 else keys
            if set(map(type, cells)) == {str}:
                order = sorted(range(len(rows)), key=keys.__getitem__)
                return [rows[i] for i in order]
        return sorted(rows, key=self.sort_key)


def _sortable(value: Any) -> tuple[int, Any]:
    # Numbers before text; None first — so row order never depends on input order.
    if value.__class__ is str:  # most keys: first, for speed
        return (2, value)
    if value is None:
        return (0, "")
    if isinstance(value, int | float):
        return (1, value)
    return (2, str(value))


# The name of each language (inner key) written in each language (outer key).
LANGUAGE_NAMES: dict[str, dict[str, str]] = catalog("language_names")


def localized_fields(prefix: str, title: Localized, description: Localized) -> tuple[Field, ...]:
    """Three columns `<prefix>_kk`, `<prefix>_ru`, `<prefix>_en` for a translated value."""
    return tuple(
        Field(
            name=f"{prefix}_{column}",
            type="string",
            title=Localized(
                **{
                    lang: f"{title.get(lang)} ({LANGUAGE_NAMES[lang][column]})"
                    for lang in ("kk", "ru", "en")
                }
            ),
            description=Localized(
                **{
                    lang: _in_column_language(description.get(lang), LANGUAGE_NAMES[lang][column])
                    for lang in ("kk", "ru", "en")
                }
            ),
            required=column == "kk",
        )
        for column in ("kk", "ru", "en")
    )


def _in_column_language(description: str, language: str) -> str:
    """A column's meaning with the language of its values: «…, на казахском» after a phrase;
    a sentence keeps its full stop last («… «Образец данных» (на казахском).»), never «.,»."""
    if description.endswith("."):
        return f"{description[:-1]} ({language})."
    return f"{description}, {language}"


def localized_values(prefix: str, value: Localized | None) -> dict[str, str | None]:
    if value is None:
        return {f"{prefix}_{lang}": None for lang in ("kk", "ru", "en")}
    return {f"{prefix}_{lang}": getattr(value, lang) for lang in ("kk", "ru", "en")}


def source_text(source: Localized | str, lang: str) -> str:
    """A dataset's source as plain text in `lang` (a code or address is the same in all)."""
    return source.get(lang) if isinstance(source, Localized) else source


_OPENDATA = catalog("opendata")


def status_field(name: str, of: Localized) -> Field:
    """`<name>_status`: why the value of column `name` (titled `of`) is or is not published
    (core/disclosure_policy.py), so that a withheld value is never read as "not collected"."""
    from kazutb_transparency.core.disclosure_policy import STATUSES

    return Field(
        name=f"{name}_status",
        type="string",
        title=Localized(
            **{
                lang: _OPENDATA["value_status"][lang].format(field=of.get(lang))
                for lang in ("kk", "ru", "en")
            }
        ),
        description=Localized(
            **{lang: _OPENDATA["value_status_meaning"][lang] for lang in ("kk", "ru", "en")}
        ),
        required=True,
        enum=STATUSES,
    )
