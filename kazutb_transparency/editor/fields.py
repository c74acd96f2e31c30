"""A pydantic model's fields as the editor's form fields (Decap CMS widgets).

Walks `model_fields`: the type gives the widget (text, number, date, yes/no, a choice of
the `Literal`'s values, a group of fields for a nested model, a list), the constraints
give `required`, `pattern` and `min`/`max`, and the message shown at a field that breaks
one is the build's own (pydantic's wording as `core/datafiles.py` reports it, or the
model's validator's). A text in three languages (`Localized`) is one group of three
fields, Kazakh first. Nothing about a field is written twice: change the model and the
form changes.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from contextvars import ContextVar
from decimal import Decimal
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types as at
import yaml
from pydantic import BaseModel, BeforeValidator, RootModel, TypeAdapter, ValidationError
from pydantic.fields import FieldInfo

from kazutb_transparency.applicants import models as applicants_models
from kazutb_transparency.core.datafiles import _message
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.interface import interface_sections
from kazutb_transparency.core.provenance import Sourced
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.editor.labels import catalog as label_catalog
from kazutb_transparency.editor.labels import field_hint, field_label, language_label, text
from kazutb_transparency.editor.sources import MEDIA_FOLDER
from kazutb_transparency.organisation.models import UnitRef

DATE_WIDGET = "kazutb-date"
# Texts written as prose (a text area rather than a line).
PROSE = frozenset(
    {
        "description", "summary", "how_to_apply", "how_to_send", "how_to_report", "requirements",
        "role", "text", "purpose", "source", "reason", "note", "agenda", "goal", "action",
        "further_appeal", "response_rule", "requirement", "site", "reading", "employment_source",
        "earnings_source",
    }
)  # fmt: skip
# Fields of every record about the record (dates, review, provenance): after its own.
_META_FIELDS = tuple(dict.fromkeys([*Dated.model_fields, *Sourced.model_fields]))
# Nested maps with free keys are edited as lists: the key's field name in the form.
MAP_KEY_NAMES = {"blocks": "block", "names": "process", "avoid": "language"}
UNIT_REF_PATTERN = r"^(head:)?[a-z][a-z0-9-]*$"
# Texts a model checks in a validator rather than with a pattern: the pattern its module
# keeps, and the validator that gives the message (called with a wrong value).
CHECKED_TEXTS: dict[str, tuple[str, Any]] = {
    "academic_year": (applicants_models.ACADEMIC_YEAR, applicants_models._academic_year),
}


# Fields that name a record of another file by its id: chosen from that file's records by
# their names in the editor's language (Decap's relation widget), never typed as an id.
REFERENCES = {
    "faculty": "disclosures/faculties.yaml",
    "form": "disclosures/forms.yaml",
    "Programme.forms": "disclosures/forms.yaml",
    "agency": "disclosures/agencies.yaml",
    "unit": "units.yaml",
    "curriculum": "disclosures/documents.yaml",
    # Documents a record relies on, chosen by their titles (the build checks their kind).
    "Meeting.agenda_document": "disclosures/documents.yaml",
    "Meeting.decisions": "disclosures/documents.yaml",
    "Procurement.plan_document": "disclosures/documents.yaml",
    "Procurement.result_document": "disclosures/documents.yaml",
    "FinancialYear.statements": "disclosures/documents.yaml",
    "FinancialYear.annual_report": "disclosures/documents.yaml",
    "Document.annex_of": "disclosures/documents.yaml",
    "Unit.regulation": "disclosures/documents.yaml",
}
# The same names meaning something else: a survey result's unit of analysis.
NOT_REFERENCES = frozenset({"IndicatorRef.unit"})


def _reference(name: str, owner: type | None) -> str | None:
    qualified = f"{owner.__name__}.{name}" if owner is not None else name
    if qualified in NOT_REFERENCES:
        return None
    return REFERENCES.get(qualified) or REFERENCES.get(name)


# The data/ folder the references' names are read from (config.py sets the desk's own).
REFERENCE_DATA: ContextVar[Path] = ContextVar(
    "reference_data", default=Path(__file__).resolve().parents[2] / "data"
)


def _relation(
    name: str, lang: str, owner: type | None, multiple: bool = False
) -> dict[str, Any] | None:
    """A reference field as a choice of the referred file's records, each named in the
    editor's language and found by typing any part of its name. The names are read from
    data/ when the form is made: Decap's relation widget over a list file showed a chosen
    value only once its options were loaded (an office read the field as empty)."""
    path = _reference(name, owner)
    if path is None:
        return None
    records = _records_named(REFERENCE_DATA.get() / path)
    if not records:
        return None  # no such file (a new university): the id is typed, with its pattern
    options = [{"label": shown or value, "value": value} for value, shown in records(lang)]
    field: dict[str, Any] = {"widget": "select", "options": options}
    if multiple:
        field["multiple"] = True
    return field


def _records_named(path: Path) -> Any:
    """(id, name in `lang`) of every record of a list file, for the form's choices."""
    try:
        listed = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    if not isinstance(listed, list):
        return None
    rows = [r for r in listed if isinstance(r, dict) and isinstance(r.get("id"), str)]

    def named(lang: str) -> list[tuple[str, str]]:
        out = []
        for row in rows:
            title = row.get("name") or row.get("title") or {}
            text_of = title.get(lang) or title.get("kk") if isinstance(title, dict) else None
            out.append((row["id"], str(text_of) if text_of else ""))
        return out

    return named if rows else None


@cache
def _option_sections(lang: str) -> list[tuple[str, dict[str, str]]]:
    """The site's interface catalog sections that name values (language_names, …)."""
    return [
        (name, section) for name, section in interface_sections(lang).items()
        if isinstance(section, dict) and all(isinstance(v, str) for v in section.values())
    ]  # fmt: skip


def _labelled(name: str, options: list[str], lang: str) -> list[Any]:
    """A choice's values with the names the site gives them in the editor's language: the
    editor's own names (labels.yaml `options`), else a catalog section of the site named
    after the field (`kind`: disclosures_document_kind) that names every value in a few
    words; otherwise the values themselves."""
    own = label_catalog().get("options", {}).get(name, {})
    if own and all(option in own for option in options):
        return [{"label": own[o][lang], "value": o} for o in options]
    fitting = [
        (len(section), section)
        for section_name, section in _option_sections(lang)
        if section_name.endswith((f"_{name}", f"_{name}s", f"_{name.removesuffix('s')}"))
        if all(option in section and len(section[option]) <= 60 for option in options)
    ]
    if not fitting:
        return options
    best = min(fitting, key=lambda item: item[0])[1]
    return [{"label": best[option], "value": option} for option in options]


def option_label(name: str, value: str, lang: str) -> str:
    """A choice's name as the form shows it (`value` itself where it has none)."""
    labelled = _labelled(name, [value], lang)
    first = labelled[0] if labelled else value
    return first["label"] if isinstance(first, dict) else str(first)


def _unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    """(the type without None, whether None is allowed)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        if len(args) == 1:
            return args[0], optional
        return Union[tuple(args)], optional  # noqa: UP007
    return annotation, False


def _strip_annotated(annotation: Any) -> tuple[Any, list[Any]]:
    metadata: list[Any] = []
    while get_origin(annotation) is Annotated:
        args = get_args(annotation)
        annotation, metadata = args[0], [*metadata, *args[1:]]
    return annotation, metadata


def _constraints(metadata: list[Any]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in metadata:
        if isinstance(item, FieldInfo):
            found.update(_constraints(item.metadata))
        elif isinstance(item, at.Ge):
            found["ge"] = item.ge
        elif isinstance(item, at.Gt):
            found["gt"] = item.gt
        elif isinstance(item, at.Le):
            found["le"] = item.le
        elif isinstance(item, at.Lt):
            found["lt"] = item.lt
        elif isinstance(item, at.MultipleOf):
            found["multiple_of"] = item.multiple_of
        elif isinstance(item, at.MinLen):
            found["min_length"] = item.min_length
        elif isinstance(item, at.MaxLen):
            found["max_length"] = item.max_length
        elif isinstance(item, BeforeValidator):
            found["before"] = item.func
        elif getattr(item, "pattern", None) is not None:
            found["pattern"] = item.pattern
    return found


def build_message(annotation: Any, probe: Any) -> str:
    """What the build says of `probe` in a field of this type: pydantic's error as
    core/datafiles.py words it, without the value itself."""
    try:
        TypeAdapter(annotation).validate_python(probe)
    except ValidationError as exc:
        message, _ = _message(exc.errors()[0])
        return message.replace(f" ({probe!r})", "").strip()
    raise ValueError(f"{probe!r} is valid for {annotation}: no message to take")


def validator_message(func: Any, probe: Any) -> str:
    """The message a model's before-validator gives for `probe`, without the value."""
    try:
        func(probe)
    except ValueError as exc:
        text = str(exc)
        text = text.replace(f"({probe!r})", "").replace(f"({probe})", "")
        return re.sub(r"\s+([:,.])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()
    raise ValueError(f"{func.__name__} accepts {probe!r}")


def pattern_message(pattern: str) -> str:
    return build_message(Annotated[str, FieldInfo(pattern=pattern)], "\x00")


def _label(name: str, lang: str, owner: type | None) -> str:
    return field_label(name, lang, owner.__name__ if owner is not None else None)


def _base(name: str, lang: str, owner: type | None, required: bool) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "label": _label(name, lang, owner)}
    hint = field_hint(name, lang, owner.__name__ if owner is not None else None)
    if hint:
        field["hint"] = hint
    field["required"] = required
    return field


def localized_fields(
    lang: str, required: bool = True, prose: bool = False, kk_required: bool = True
) -> list[dict[str, Any]]:
    """kk, ru and en, Kazakh first; only Kazakh is required (a missing translation is
    shown in Kazakh with a "translation pending" note, and refused by the strict build)."""
    widget = "text" if prose else "string"
    return [
        {
            "name": code,
            "label": language_label(code, lang),
            "widget": widget,
            "required": required and kk_required and code == "kk",
        }
        for code in LANGUAGES
    ]


def model_fields(model: type[BaseModel], lang: str, skip: tuple[str, ...] = ()) -> list[dict]:
    """The form fields of every field of `model`, its own first, then dates and provenance."""
    names = [n for n, info in model.model_fields.items() if not info.exclude and n not in skip]
    if issubclass(model, Sourced) and not shown_fields(model):
        names.remove("provenance_fields")  # a record of dates only: no field to name
    own = [n for n in names if n not in _META_FIELDS]
    meta = [n for n in _META_FIELDS if n in names]
    out = []
    for name in [*own, *meta]:
        info = model.model_fields[name]
        key = info.alias or name
        out.append(field_of(key, info.annotation, info, lang, model))
    return out


def field_of(
    name: str,
    annotation: Any,
    info: FieldInfo | None,
    lang: str,
    owner: type[BaseModel] | None,
) -> dict[str, Any]:
    annotation, annotated = _strip_annotated(annotation)
    annotation, optional = _unwrap_optional(annotation)
    annotation, inner = _strip_annotated(annotation)
    metadata = [*(info.metadata if info is not None else []), *annotated, *inner]
    required = (info.is_required() if info is not None else True) and not optional
    constraints = _constraints(metadata)
    field = _base(name, lang, owner, required)
    field.update(_widget(name, annotation, constraints, lang, owner))
    if name == "file" and field.get("widget") == "string":
        # A document's file: uploaded into data/documents/ (the media folder), the field
        # holding its name only, as documents.yaml writes it.
        field.update(
            widget="file",
            media_folder=f"/data/{MEDIA_FOLDER}",
            public_folder="",
            choose_url=False,
        )
    if not required and field.get("widget") == "object":
        # An optional group left empty is no group: its own required fields are not asked
        # for (the build checks a group that is given).
        for inner in field["fields"]:
            inner["required"] = False
    if info is not None and not required and field.get("widget") == "boolean":
        default = info.get_default(call_default_factory=True)
        if isinstance(default, bool):
            field["default"] = default
    return field


def _number(annotation: Any, constraints: dict[str, Any]) -> dict[str, Any]:
    whole = annotation is int
    field: dict[str, Any] = {"widget": "number", "value_type": "int" if whole else "float"}
    step = constraints.get("multiple_of")
    if "ge" in constraints:
        field["min"] = constraints["ge"]
    elif "gt" in constraints:
        # An exclusive bound as the form's inclusive one: the next whole number, or the
        # next multiple of the step.
        field["min"] = constraints["gt"] + (1 if whole else step or 0)
    if "le" in constraints:
        field["max"] = constraints["le"]
    elif "lt" in constraints:
        field["max"] = constraints["lt"] - (1 if whole else step or 0)
    if step or whole:
        field["step"] = step or 1
    before = constraints.get("before")
    if before is not None:
        # A before-validator of a whole number (a count, a sum in tenge): digits only and
        # never negative, with the validator's own message.
        field["min"] = 0
        field["pattern"] = [r"^[0-9]+$", validator_message(before, -1)]
    for key in ("min", "max"):
        if isinstance(field.get(key), float) and field[key].is_integer():
            field[key] = int(field[key])
    return field


def _literal_options(annotation: Any) -> list[str] | None:
    if get_origin(annotation) is Literal:
        return [str(a) for a in get_args(annotation)]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [str(member.value) for member in annotation]
    return None


def _widget(
    name: str,
    annotation: Any,
    constraints: dict[str, Any],
    lang: str,
    owner: type[BaseModel] | None,
) -> dict[str, Any]:
    options = _literal_options(annotation)
    if options is not None:
        return {"widget": "select", "options": _labelled(name, options, lang)}
    if annotation is str and (relation := _relation(name, lang, owner)):
        return relation
    if isinstance(annotation, type) and issubclass(annotation, Localized):
        fields = localized_fields(lang, prose=name in PROSE)
        extra = [
            field_of(n, i.annotation, i, lang, annotation)
            for n, i in annotation.model_fields.items()
            if n not in Localized.model_fields
        ]
        return {"widget": "object", "collapsed": False, "fields": [*fields, *extra]}
    if annotation is UnitRef:
        return {"widget": "string", "pattern": [UNIT_REF_PATTERN, _unit_ref_message()]}
    if isinstance(annotation, type) and issubclass(annotation, RootModel):
        raise TypeError(f"{annotation.__name__}: a root model is edited as a map source")
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return {"widget": "object", "collapsed": False, "fields": model_fields(annotation, lang)}
    if annotation is bool:
        return {"widget": "boolean"}
    if annotation in (int, float, Decimal):
        return _number(annotation, constraints)
    if annotation is dt.date:
        # Typed as offices write dates (01.09.2025, 1.9.2025, 2025-09-01), kept as
        # YYYY-MM-DD; an impossible day is refused, never turned into another
        # (editor.js `kazutb-date`; a date picker's own parsing made 31.02.2025 a day of 1905).
        return {"widget": DATE_WIDGET, "placeholder": text("date_hint", lang)}
    if annotation is str or annotation is Any or get_origin(annotation) in (Union, types.UnionType):
        field: dict[str, Any] = {"widget": "text" if name in PROSE else "string"}
        pattern = constraints.get("pattern")
        if not pattern and name in CHECKED_TEXTS:
            checked, validator = CHECKED_TEXTS[name]
            field["pattern"] = [checked, validator_message(validator, "?")]
        elif pattern:
            field["pattern"] = [pattern, pattern_message(pattern)]
        elif constraints.get("min_length"):
            length = constraints["min_length"]
            field["pattern"] = [
                f"^[\\s\\S]{{{length},}}$",
                build_message(Annotated[str, FieldInfo(min_length=length)], ""),
            ]
        return field
    origin = get_origin(annotation)
    if origin is list:
        (item,) = get_args(annotation)
        return _list(name, item, constraints, lang, owner)
    if origin is dict:
        key, value = get_args(annotation)
        return _dict(name, key, value, lang, owner)
    raise TypeError(f"{owner.__name__ if owner else '?'}.{name}: no widget for {annotation!r}")


def _unit_ref_message() -> str:
    try:
        UnitRef.parse("?")
    except ValueError as exc:
        return str(exc).replace("'?' is", "this is")
    raise AssertionError("UnitRef.parse accepted '?'")


def _list(
    name: str, item: Any, constraints: dict[str, Any], lang: str, owner: type[BaseModel] | None
) -> dict[str, Any]:
    item, item_meta = _strip_annotated(item)
    options = _literal_options(item)
    bounds = {}
    if constraints.get("min_length"):
        bounds["min"] = constraints["min_length"]
    if constraints.get("max_length") is not None:
        bounds["max"] = constraints["max_length"]
    if options is not None:
        labelled = _labelled(name, options, lang)
        return {"widget": "select", "multiple": True, "options": labelled, **bounds}
    if item is str and (relation := _relation(name, lang, owner, multiple=True)):
        return {**relation, **bounds}
    if isinstance(item, type) and issubclass(item, BaseModel) and item is not UnitRef:
        inner = field_of(name, item, None, lang, owner)
        shown = summary(item, lang)
        field = {"widget": "list", "fields": inner["fields"], "collapsed": True, **bounds}
        if shown:
            field["summary"] = shown
        return field
    inner = field_of(name, Annotated[item, *item_meta] if item_meta else item, None, lang, owner)
    inner["name"] = name
    inner.pop("hint", None)
    return {"widget": "list", "field": inner, **bounds}


# The fields a list item is named by in the collapsed list, in order of preference.
_SUMMARY = ("id", "code", "clause", "year", "academic_year", "entry_year", "topic", "form",
            "language", "faculty", "name", "title", "label", "text", "what", "position",
            "kind")  # fmt: skip
# The key figures a list shows after a record's names (a fee, a count of appeals).
_FIGURES = ("fee", "count", "received", "amount_kzt", "total_kzt", "places", "value")


def summary(model: type[BaseModel], lang: str = "kk") -> str | None:
    """A record as a list shows it: its identifiers and names (in the editor's language),
    then its key figure: "full-time · kk · 1150000"."""
    parts = []
    for name in _SUMMARY:
        info = model.model_fields.get(name)
        if info is None:
            continue
        annotation, _ = _unwrap_optional(_strip_annotated(info.annotation)[0])
        if isinstance(annotation, type) and issubclass(annotation, Localized):
            parts.append(f"{{{{fields.{name}.{lang}}}}}")
        else:
            parts.append(f"{{{{fields.{name}}}}}")
        if len(parts) == 2:
            break
    # A figure is one number: a list (a group's places by year) would be printed as code.
    figure = next(
        (
            name
            for name in _FIGURES
            if name in model.model_fields
            and get_origin(
                _unwrap_optional(_strip_annotated(model.model_fields[name].annotation)[0])[0]
            )
            not in (list, dict)
        ),
        None,
    )
    if figure is not None:
        parts.append(f"{{{{fields.{figure}}}}}")
    return " · ".join(parts) or None


def _dict(
    name: str, key: Any, value: Any, lang: str, owner: type[BaseModel] | None
) -> dict[str, Any]:
    key, _ = _strip_annotated(key)
    options = _literal_options(key)
    if name == "provenance_fields" and owner is not None and issubclass(owner, Sourced):
        options = shown_fields(owner)
    if options is not None:
        # Keys from a closed list: one optional field each.
        fields = []
        for option in options:
            inner = field_of(option, value, None, lang, owner)
            inner["required"] = False
            if name == "provenance_fields" and inner.get("widget") == "select":
                # A field's own provenance: the same choices, named as the record's are.
                inner["options"] = _labelled("provenance", _literal_options(value) or [], lang)
            fields.append(inner)
        return {"widget": "object", "collapsed": True, "fields": fields}
    # Free keys: a list of entries, each its key and its value (the file format turns it
    # back into a mapping: config.py's shapes).
    key_name = MAP_KEY_NAMES.get(name, "key")
    key_field = _base(key_name, lang, owner, True)
    key_field.update(_widget(key_name, key, {}, lang, owner))
    return {"widget": "list", "collapsed": True, "fields": [key_field, *_entry_fields(value, lang)]}


def _entry_fields(value: Any, lang: str) -> list[dict[str, Any]]:
    """The fields of a map's value, beside its key."""
    value, _ = _strip_annotated(value)
    if isinstance(value, type) and issubclass(value, Localized):
        return localized_fields(lang)
    if isinstance(value, type) and issubclass(value, BaseModel):
        return model_fields(value, lang)
    inner = field_of("value", value, None, lang, None)
    return [inner]


def shown_fields(model: type[Sourced]) -> list[str]:
    """The fields `provenance_fields` may name (Sourced.shown_fields, from the class)."""
    meta = set(Sourced.model_fields) | set(model.own_meta)
    own = [f for f in model.model_fields if f not in meta]
    return [*own, *sorted(model.provenance_extra)]


def map_shape(model: type[BaseModel]) -> dict[str, Any] | None:
    """Where a model holds maps with free keys (edited as lists of entries): a tree the
    editor's file format walks to turn each list back into a mapping. None: no map."""
    found: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        shape = _shape_of(name, info.annotation, model)
        if shape is not None:
            found[info.alias or name] = shape
    return {"object": found} if found else None


def _shape_of(name: str, annotation: Any, owner: type[BaseModel]) -> dict[str, Any] | None:
    annotation, _ = _strip_annotated(annotation)
    annotation, _ = _unwrap_optional(annotation)
    annotation, _ = _strip_annotated(annotation)
    origin = get_origin(annotation)
    if origin is list:
        inner = _shape_of(name, get_args(annotation)[0], owner)
        return {"list": inner} if inner is not None else None
    if origin is dict:
        key, value = get_args(annotation)
        if _literal_options(_strip_annotated(key)[0]) is not None or name == "provenance_fields":
            return None
        value, _ = _strip_annotated(value)
        inner = None
        if isinstance(value, type) and issubclass(value, BaseModel):
            inner = map_shape(value)
        scalar = not (isinstance(value, type) and issubclass(value, BaseModel))
        return {"map": MAP_KEY_NAMES.get(name, "key"), "value": inner, "scalar": scalar}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return map_shape(annotation)
    return None
