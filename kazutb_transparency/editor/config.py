"""The CMS's configuration (config.yml) and its file formats, generated from the models.

One collection per group of files (`sources.COLLECTIONS`), one file format per collection
(`formats()`): the editor's JavaScript (editor/static/editor.js) reads the formats and
turns each file into the form's shape and back — a list file into `records`, a map with
free keys into a list of entries, a CSV into `rows` with a text's three language columns
as one group — and writes YAML the build reads (no anchors, quoted yes/no, dates as
written).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.editor import fields as F
from kazutb_transparency.editor.labels import singular, text
from kazutb_transparency.editor.problem_text import say
from kazutb_transparency.editor.sources import (
    COLLECTIONS,
    CSV_ROWS,
    LIST_KEY,
    MAP_KEY,
    MEDIA_FOLDER,
    Collection,
    Source,
)

DATA = "data"
# The interface languages of the editor: Kazakh first (the default), Russian, English.
EDITOR_LANGUAGES = ("kk", "ru", "en")
LOCAL_BACKEND = {"name": "proxy", "proxy_url": "/api/v1", "branch": "main"}


def format_name(collection: Collection) -> str:
    return f"kazutb-{collection.name}"


def _list_field(source: Source, lang: str) -> dict[str, Any]:
    item = F.model_fields(source.model, lang)
    field: dict[str, Any] = {
        "name": LIST_KEY,
        "label": text("records", lang),
        "widget": "list",
        "collapsed": True,
        "fields": item,
    }
    summary = F.summary(source.model, lang)
    if summary:
        field["summary"] = summary
    return field


def _map_field(source: Source, lang: str) -> dict[str, Any]:
    key = {
        "name": source.key,
        "label": text(source.key or "entries", lang),
        "widget": "string",
        "required": True,
    }
    return {
        "name": MAP_KEY,
        "label": text("entries", lang),
        "widget": "list",
        "collapsed": True,
        "summary": f"{{{{fields.{source.key}}}}}",
        "fields": [key, *F.model_fields(source.model, lang)],
    }


def _csv_fields(source: Source, lang: str) -> list[dict[str, Any]]:
    lifted = [source.identifier] if source.identifier else []
    row = F.model_fields(source.model, lang, skip=tuple(lifted))
    rows = {
        "name": CSV_ROWS,
        "label": text("rows", lang),
        "widget": "list",
        "collapsed": True,
        "fields": row,
    }
    summary = F.summary(source.model, lang)
    if summary:
        rows["summary"] = summary
    top = [
        F.field_of(name, source.model.model_fields[name].annotation,
                   source.model.model_fields[name], lang, source.model)
        for name in lifted
    ]  # fmt: skip
    return [*top, rows]


def _folder_summary(source: Source, lang: str) -> str:
    """A folder's list: each file's identifier and its name in the editor's language (the
    CMS's search looks in what the list shows)."""
    shown = f"{{{{{source.identifier}}}}}"
    if source.kind == "folder" and "name" in source.model.model_fields:
        shown += f" — {{{{name.{lang}}}}}"
    return shown


def source_fields(source: Source, lang: str) -> list[dict[str, Any]]:
    """The form of one file of `source`."""
    if source.kind in ("record", "folder"):
        return F.model_fields(source.model, lang)
    if source.kind == "list":
        return [_list_field(source, lang)]
    if source.kind == "map":
        return [_map_field(source, lang)]
    return _csv_fields(source, lang)


def collection_config(collection: Collection, lang: str) -> dict[str, Any]:
    first = collection.sources[0]
    extension = "csv" if first.kind in ("csv", "csv-folder") else "yaml"
    out: dict[str, Any] = {
        "name": collection.name,
        "label": collection.label[lang],
        "format": format_name(collection),
        "extension": extension,
        "editor": {"preview": False},
    }
    if collection.folder:
        out.update(
            folder=f"{DATA}/{first.path}",
            create=first.create,
            delete=False,
            identifier_field=first.identifier,
            slug=f"{{{{{first.identifier}}}}}",
            summary=_folder_summary(first, lang),
            fields=source_fields(first, lang),
        )
        return out
    out["files"] = [
        {
            "name": source.name,
            "label": source.label[lang],
            "file": f"{DATA}/{source.path}",
            "fields": source_fields(source, lang),
        }
        for source in collection.sources
    ]
    return out


def config(
    lang: str = "kk", backend: dict[str, Any] | None = None, data_dir: Path | None = None
) -> dict[str, Any]:
    """config.yml of the editor in the interface language `lang`; `backend`: the local
    backend by default, a git host's in production (docs in handbook/README.md); the
    choices of a reference (a faculty, a unit) are the records of `data_dir`."""
    if data_dir is not None:
        token = F.REFERENCE_DATA.set(data_dir)
        try:
            return config(lang, backend)
        finally:
            F.REFERENCE_DATA.reset(token)
    if lang not in EDITOR_LANGUAGES:
        raise ValueError(f"no editor language '{lang}': use one of {', '.join(EDITOR_LANGUAGES)}")
    chosen = dict(backend or LOCAL_BACKEND)
    settings: dict[str, Any] = {
        "backend": chosen,
        "locale": lang,
        "show_preview_links": False,
        "media_folder": f"{DATA}/{MEDIA_FOLDER}",
        "public_folder": f"/{MEDIA_FOLDER}",
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        "collections": [collection_config(c, lang) for c in COLLECTIONS],
    }
    if chosen.get("name") != "proxy":
        settings["publish_mode"] = "editorial_workflow"
    for collection in settings["collections"]:
        for shown in collection.get("files", [collection]):
            _name_items(shown.get("fields", []), lang)
    return settings


def _name_items(fields: list[dict[str, Any]], lang: str) -> None:
    """Each list field's item named for its "add" button ("жазба қосу", not "жазбалар
    қосу"), where the catalog has the word; a pattern's message (the form's own check
    as the office types) in the editor's language, as the build's problems are."""
    for field in fields:
        if field.get("widget") == "list" and (word := singular(field["name"], lang)):
            field["label_singular"] = word
        if isinstance(field.get("pattern"), list) and len(field["pattern"]) == 2:
            field["pattern"] = [field["pattern"][0], say(field["pattern"][1], lang)]
        _name_items(field.get("fields", []), lang)
        if isinstance(field.get("field"), dict):
            _name_items([field["field"]], lang)


def reference_files(data_dir: Path) -> list[Path]:
    """The files whose records the form offers as choices: a form made before one of them
    changed is made again (a faculty just added is offered)."""
    return [data_dir / path for path in sorted(set(F.REFERENCES.values()))]


def config_yaml(
    lang: str = "kk", backend: dict[str, Any] | None = None, data_dir: Path | None = None
) -> str:
    header = (
        "# Generated by kazutb_transparency/editor/config.py from the data models: do not\n"
        "# edit by hand (scripts/edit.py --config writes it again).\n"
    )
    return header + dump_yaml(config(lang, backend, data_dir), sort_keys=False, width=100)


def _merge(into: dict[str, Any], shape: dict[str, Any], where: str) -> None:
    for key, value in shape.get("object", {}).items():
        known = into.setdefault("object", {}).get(key)
        if known is not None and known != value:
            raise ValueError(f"{where}: '{key}' has two shapes in one collection")
        into["object"][key] = value


def format_spec(collection: Collection) -> dict[str, Any]:
    """What editor.js needs to read and write the files of `collection`."""
    first = collection.sources[0]
    if first.kind in ("csv", "csv-folder"):
        localized = sorted(
            {c.rsplit("_", 1)[0] for c in first.columns if c.endswith(("_kk", "_ru", "_en"))}
        )
        return {
            "type": "csv",
            "extension": "csv",
            "columns": list(first.columns),
            "localized": localized,
            "lifted": first.identifier,
            "rows": CSV_ROWS,
            "numbers": [
                f["name"] for f in F.model_fields(first.model, "en") if f.get("widget") == "number"
            ],
        }
    shape: dict[str, Any] = {}
    for source in collection.sources:
        inner = F.map_shape(source.model)
        if source.kind == "list":
            inner = {"object": {LIST_KEY: {"list": inner}}} if inner else None
        if source.kind == "map":
            inner = {
                "map": source.key,
                "value": inner,
                "scalar": False,
                "root": MAP_KEY,
            }
            shape = inner
            continue
        if inner:
            _merge(shape, inner, collection.name)
    spec: dict[str, Any] = {
        "type": "yaml", "extension": "yaml", "shape": shape or None, "list": LIST_KEY
    }  # fmt: skip
    if collection.folder:  # a new record's file, for the check before it is first saved
        spec.update(folder=f"{DATA}/{first.path}", identifier=first.identifier)
    return spec


def formats() -> dict[str, dict[str, Any]]:
    return {format_name(c): format_spec(c) for c in COLLECTIONS}
