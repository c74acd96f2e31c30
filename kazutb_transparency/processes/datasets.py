"""The process registry as open data: `processes` and `process-indicators`."""

from __future__ import annotations

from dataclasses import replace

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.core.opendata.dataset import (
    Dataset,
    Field,
    localized_fields,
    localized_values,
)
from kazutb_transparency.core.provenance import provenance_column
from kazutb_transparency.organisation import Units
from kazutb_transparency.organisation.models import UnitRef
from kazutb_transparency.processes.labels import localized_label
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.models import LIST_FIELDS, Item, Process
from kazutb_transparency.processes.value_dataset import indicator_values_dataset

# Titles and descriptions of the datasets' fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_processes")
# Sentences of the open-data schemas with {placeholders}: data/interface/<lang>.yaml.
SENTENCES = catalog("datasets_sentences")

T = Localized

# Column titles are the section titles of the process pages: one wording everywhere.
LIST_TITLES: dict[str, Localized] = {name: localized_label(name) for name in LIST_FIELDS}


def _units_text(units: Units, refs: list[UnitRef], lang: str) -> str:
    return "; ".join(units.label(ref).get(lang) for ref in refs)


def _responsible_values(units: Units, refs: list[UnitRef]) -> dict[str, object]:
    return {
        "": [str(ref) for ref in refs],
        **{f"_{lang}": _units_text(units, refs, lang) for lang in ("kk", "ru", "en")},
    }


def _responsible_fields(name: str, title: Localized, names: Localized) -> tuple[Field, ...]:
    """The ids of the owner/manager references, and their names in three languages."""
    ids = Field(
        name,
        "array",
        title,
        TEXTS["responsible.ids.description"],
        required=True,
    )
    return (ids, *localized_fields(name, title, names))


def _sentence(key: str, title: Localized) -> Localized:
    return T(
        **{lang: fill(SENTENCES[key][lang], title=title.get(lang)) for lang in ("kk", "ru", "en")}
    )


def _list_columns(prefix: str, title: Localized, description: Localized) -> tuple[Field, ...]:
    """`<prefix>_kk/_ru/_en` list columns, each optional."""
    return tuple(
        replace(f, type="array", required=False)
        for f in localized_fields(prefix, title, description)
    )


def _list_fields(name: str) -> tuple[Field, ...]:
    """The columns of a list section beside its Kazakh items: the translations, the editors'
    readings and the processes its items name, one entry per Kazakh item."""
    title = LIST_TITLES[name]
    translations = _list_columns(name, title, _sentence("in_translation", title))[1:]
    return (
        *translations,
        *_list_columns(
            f"{name}_reading",
            _sentence("list_reading_title", title),
            _sentence("list_reading", title),
        ),
        Field(
            f"{name}_process",
            "array",
            _sentence("list_process_title", title),
            _sentence("list_process", title),
        ),
    )


def _list_values(name: str, items: list[Item]) -> dict[str, object]:
    """The values of `_list_fields`; a reading or process column is empty when no item has
    one, else holds an entry per item (empty for the items without)."""
    readings = [item.reading for item in items]
    processes = [item.process for item in items]
    has_reading = any(r is not None for r in readings)
    return {
        **{f"{name}_{lang}": [getattr(item, lang) for item in items] for lang in ("ru", "en")},
        **{
            f"{name}_reading_{lang}": [getattr(r, lang) if r else "" for r in readings]
            if has_reading
            else None
            for lang in ("kk", "ru", "en")
        },
        f"{name}_process": [str(n) if n else "" for n in processes] if any(processes) else None,
    }


def _note_fields() -> tuple[Field, ...]:
    """The discrepancies noted in the source card, one entry per note in every column."""
    return (
        *(
            Field(
                f"notes_{name}",
                "array",
                TEXTS[f"process_datasets.notes_{name}.title"],
                TEXTS[f"process_datasets.notes_{name}.description"],
            )
            for name in ("kind", "field", "status")
        ),
        *_list_columns(
            "notes_text",
            TEXTS["process_datasets.notes_text.title"],
            TEXTS["process_datasets.notes_text.description"],
        ),
        *_list_columns(
            "notes_action",
            TEXTS["process_datasets.notes_action.title"],
            TEXTS["process_datasets.notes_action.description"],
        ),
    )


def _note_values(p: Process) -> dict[str, object]:
    notes = p.notes
    return {
        **{
            f"notes_{name}": [getattr(n, name) for n in notes] or None
            for name in ("kind", "field", "status")
        },
        **{
            f"notes_text_{lang}": [getattr(n.text, lang) for n in notes] or None
            for lang in ("kk", "ru", "en")
        },
        **{
            f"notes_action_{lang}": [getattr(n.action, lang) if n.action else "" for n in notes]
            or None
            for lang in ("kk", "ru", "en")
        },
    }


def process_datasets(registry: Registry, units: Units) -> list[Dataset]:
    doc = registry.document
    source = T(
        **{
            lang: fill(SENTENCES["process_source"][lang], code=doc.code, title=doc.title.get(lang),
                       version=doc.version)
            for lang in ("kk", "ru", "en")
        }
    )  # fmt: skip
    fields: list[Field] = [
        Field(
            "number",
            "integer",
            TEXTS["process_datasets.number.title"],
            TEXTS["process_datasets.number.description"],
            required=True,
            unique=True,
            minimum=1,
            maximum=22,
        ),
        Field(
            "category",
            "string",
            TEXTS["process_datasets.category.title"],
            TEXTS["process_datasets.category.description"],
            required=True,
            enum=("management", "core", "support"),
        ),
        Field(
            "code",
            "string",
            TEXTS["process_datasets.code.title"],
            TEXTS["process_datasets.code.description"],
            required=True,
            unique=True,
        ),
        Field(
            "title_line_code",
            "string",
            TEXTS["process_datasets.title_line_code.title"],
            TEXTS["process_datasets.title_line_code.description"],
        ),
        Field(
            "iso_clauses",
            "array",
            TEXTS["process_datasets.iso_clauses.title"],
            TEXTS["process_datasets.iso_clauses.description"],
        ),
        *localized_fields(
            "title",
            TEXTS["processes.title.title"],
            TEXTS["processes.title.description"],
        ),
        *_responsible_fields(
            "owner",
            TEXTS["processes.owner.title"],
            TEXTS["processes.owner.names"],
        ),
        *_responsible_fields(
            "manager",
            TEXTS["processes.manager.title"],
            TEXTS["processes.manager.names"],
        ),
        *localized_fields(
            "goal",
            TEXTS["processes.goal.title"],
            TEXTS["processes.goal.description"],
        ),
    ]
    for name in LIST_FIELDS:
        title = LIST_TITLES[name]
        fields.append(
            Field(
                f"{name}_kk",
                "array",
                title,
                T(
                    **{
                        lang: fill(SENTENCES["in_kazakh"][lang], title=title.get(lang))
                        for lang in ("kk", "ru", "en")
                    }
                ),
            )
        )
        fields.extend(_list_fields(name))
    fields.extend(_note_fields())
    state = provenance_column(TEXTS["processes.provenance"])
    fields.append(state)
    rows, indicator_rows = [], []
    for p in registry.processes:
        row = {
            "number": p.number,
            "category": p.category,
            "code": p.code,
            "title_line_code": p.title_line_code,
            "iso_clauses": list(p.clauses),
            **localized_values("title", p.title),
            **{
                f"{role}{suffix}": value
                for role in ("owner", "manager")
                for suffix, value in _responsible_values(units, getattr(p, role)).items()
            },
            **localized_values("goal", p.goal),
        }
        for name in LIST_FIELDS:
            row[f"{name}_kk"] = [item.kk for item in getattr(p, name)]
            row.update(_list_values(name, getattr(p, name)))
        row.update(_note_values(p))
        row["provenance"] = "confirmed"
        rows.append(row)
        for index, indicator in enumerate(p.key_indicators, start=1):
            indicator_rows.append(
                {
                    "process": p.number,
                    "indicator": index,
                    **localized_values("text", indicator),
                    "provenance": "confirmed",
                }
            )
    indicator_fields = (
        Field(
            "process",
            "integer",
            TEXTS["process_datasets.process.title"],
            TEXTS["process_datasets.process.description"],
            required=True,
            minimum=1,
            maximum=22,
        ),
        Field(
            "indicator",
            "integer",
            TEXTS["process_datasets.indicator.title"],
            TEXTS["process_datasets.indicator.description"],
            required=True,
            minimum=1,
        ),
        *localized_fields(
            "text",
            TEXTS["process_datasets.text_10"],
            TEXTS["process_datasets.text_11"],
        ),
        state,
    )
    common = {"updated": doc.updated, "sources": (source,)}
    return [
        Dataset(
            name="processes",
            title=TEXTS["process_datasets.title"],
            description=TEXTS["process_datasets.description"],
            fields=tuple(fields),
            rows=rows,
            primary_key=("number",),
            evidence=TEXTS["process_datasets.evidence"],
            pages=("processes/index.md",),
            **common,
        ),
        Dataset(
            name="process-indicators",
            title=TEXTS["process_datasets.title_2"],
            description=TEXTS["process_datasets.description_2"],
            fields=indicator_fields,
            rows=indicator_rows,
            primary_key=("process", "indicator"),
            evidence=TEXTS["process_datasets.evidence_2"],
            pages=("processes/index.md",),
            **common,
        ),
        indicator_values_dataset(registry),
    ]
