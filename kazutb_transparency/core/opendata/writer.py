"""The one place that writes datasets: CSV, JSON, datapackage.json and the evidence pack.

Everything written here is deterministic: the same data give byte-identical files, so an
agency can compare downloads over time by their hashes.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import repeat
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import BaseModel, ConfigDict

from kazutb_transparency.core.datafiles import display_path, load_model
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.incremental import remembered, remembering
from kazutb_transparency.core.opendata.dataset import (
    LIST_SEPARATOR,
    Dataset,
    Field,
    ForeignKey,
    source_text,
)
from kazutb_transparency.core.opendata.package_json import package_json
from kazutb_transparency.core.opendata.row_lines import RowLines
from kazutb_transparency.core.writing import replace_with, sha256_of_file, write_if_changed

# Fixed timestamp for zip entries (the zip format cannot store dates before 1980).
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


class Licence(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    name: str
    path: str
    title: str
    # False while the licence is the project's proposal: pages say so, strict refuses it.
    confirmed: bool = False


class Publisher(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    name: Localized
    url: str


class OpenDataSettings(BaseModel):
    """data/opendata.yaml: the licence and publisher stated for every dataset."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    licence: Licence
    publisher: Publisher
    title: Localized
    description: Localized


def load_settings(data_dir: Path) -> OpenDataSettings:
    return load_model(data_dir / "opendata.yaml", OpenDataSettings)


def licence_problem(data_dir: Path, settings: OpenDataSettings) -> Problem | None:
    """A proposed licence may be previewed, never published as the university's."""
    if settings.licence.confirmed:
        return None
    return Problem(
        display_path(data_dir / "opendata.yaml"),
        f"the licence {settings.licence.name} is a proposal, not yet confirmed by the university",
        field="licence.confirmed",
        hint="set 'confirmed: true' once the university has approved the licence of its open "
        "data (until then every page says it is proposed)",
    )


@dataclass(frozen=True)
class WrittenFile:
    path: str  # relative to the open-data folder
    bytes: int
    sha256: str


@dataclass(frozen=True)
class WrittenDataset:
    dataset: Dataset
    csv: WrittenFile
    json: WrittenFile


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(_cell(item) for item in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_bytes(dataset: Dataset, ordered_rows: list[dict[str, Any]] | None = None) -> bytes:
    """The CSV file; `ordered_rows`: the rows already in key order (sorted once for both files)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    names = [f.name for f in dataset.fields]
    writer.writerow(names)
    rows = ordered_rows if ordered_rows is not None else dataset.in_key_order(dataset.rows)
    writer.writerows(zip(*_columns(rows, names, _CSV_AS_IS, _csv_cells), strict=True))
    return buffer.getvalue().encode("utf-8")


# Cells the csv module writes as _cell does (None empty, a number as str(), a date in ISO
# form): a column or row holding only these is handed over as it is. Not bool (the module writes
# "True"), lists, nor a subclass (datetime's str() differs from its isoformat()).
_CSV_AS_IS = frozenset({str, int, float, date, type(None)})


def _columns(
    rows: list[dict[str, Any]],
    names: list[str],
    as_is: frozenset[type],
    convert: Callable[[list[Any]], list[Any]],
) -> list[list[Any]]:
    """The rows' cells column by column: a column whose every cell is of a type in `as_is`
    is taken as it is (read and checked in C, without a call per cell), any other converted
    by `convert` (a large dataset has 10⁵ rows, a million cells)."""
    columns = []
    for name in names:
        column = list(map(dict.get, rows, repeat(name, len(rows))))
        columns.append(column if as_is.issuperset(map(type, column)) else convert(column))
    return columns


# A column of true, false and empty cells, as _cell writes them (looked up only in a column
# holding nothing but bool and None: 1 would find True's text).
_BOOLEANS = {True: "true", False: "false", None: ""}
_BOOLEAN_TYPES = frozenset({bool, type(None)})


def _csv_cells(column: list[Any]) -> list[Any]:
    if _BOOLEAN_TYPES.issuperset(map(type, column)):
        return list(map(_BOOLEANS.__getitem__, column))
    return ["" if v is None else v if v.__class__ is str else _cell(v) for v in column]


def _cells(row: dict[str, Any], names: list[str]) -> list[Any]:
    # Most rows hold only such cells: their types are compared in C, without a call per cell.
    cells = list(map(row.get, names))
    if _CSV_AS_IS.issuperset(map(type, cells)):
        return cells
    return ["" if v is None else v if v.__class__ is str else _cell(v) for v in cells]


def _csv_line() -> Callable[[list[str]], str]:
    """A line of the CSV file, as csv_bytes writes it, from its cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)

    def line(cells: list[str]) -> str:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(cells)
        return buffer.getvalue()

    return line


def json_value(value: Any) -> Any:
    """A cell of the JSON file: the CSV's value with its JSON type (a number, true or false,
    null for an empty cell); a list is one text joined by LIST_SEPARATOR, as the table
    schema declares it, so that both files hold the same values and validate alike."""
    if value is None or value.__class__ in (str, int, float, bool):
        return value
    return _cell(value)


def json_bytes(dataset: Dataset, ordered_rows: list[dict[str, Any]] | None = None) -> bytes:
    """The JSON file: an array of rows, the first the column names (the tabular JSON that
    Frictionless reads with the same table schema as the CSV, and pandas or jq as a plain
    array), one row a line; `ordered_rows` as for csv_bytes."""
    names = [f.name for f in dataset.fields]
    rows = ordered_rows if ordered_rows is not None else dataset.in_key_order(dataset.rows)
    compact = _compact()
    return _json_file(compact(names), (compact(_json_cells(row, names)) for row in rows))


# The cells json_value keeps as they are.
_JSON_AS_IS = frozenset({str, int, float, bool, type(None)})


def _json_cells(row: dict[str, Any], names: list[str]) -> list[Any]:
    cells = list(map(row.get, names))
    if _JSON_AS_IS.issuperset(map(type, cells)):  # most rows: no call per cell
        return cells
    return [json_value(value) for value in cells]


def _compact() -> Callable[[Any], str]:
    # One encoder for every row (json.dumps with options makes one per call).
    return json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _json_file(header: str, rows: Iterable[str]) -> bytes:
    # One row per line: compact for machines, still readable and diffable for people.
    return ("[" + ",\n".join((header, *rows)) + "]\n").encode()


def _write(folder: Path, name: str, content: bytes) -> WrittenFile:
    write_if_changed(folder / name, content)
    # The preview knows the hash of a file it did not rewrite; the bytes are hashed, not
    # the file read back.
    return WrittenFile(name, len(content), sha256_of_file(folder / name, content))


def write_datasets(
    datasets: list[Dataset], settings: OpenDataSettings, folder: Path
) -> list[WrittenDataset]:
    folder.mkdir(parents=True, exist_ok=True)
    names = [d.name for d in datasets]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ValueError(f"dataset names used twice: {', '.join(duplicates)}")
    written = []
    for dataset in sorted(datasets, key=lambda d: d.name):
        if remembering():  # the preview: only the datasets an edit changed are encoded
            as_csv, as_json = remembered(f"files of {dataset.name}", _encoded, dataset)
            csv_file = _write(folder, f"{dataset.name}.csv", as_csv)
            json_file = _write(folder, f"{dataset.name}.json", as_json)
        else:  # one file at a time: the largest dataset's files are tens of MB each
            rows = dataset.in_key_order(dataset.rows)
            csv_file = _write(folder, f"{dataset.name}.csv", csv_bytes(dataset, rows))
            json_file = _write(folder, f"{dataset.name}.json", json_bytes(dataset, rows))
        written.append(WrittenDataset(dataset, csv_file, json_file))
    return written


def _encoded(dataset: Dataset) -> tuple[bytes, bytes]:
    """The CSV and JSON files of a dataset (the live preview encodes only changed ones,
    and of those only the rows that changed, `_ROW_LINES`)."""
    rows = dataset.in_key_order(dataset.rows)
    names = [f.name for f in dataset.fields]
    line = _csv_line()
    # Each line kept as UTF-8: the files are joined from bytes, not encoded whole again.
    encode_row = lambda row: line(_cells(row, names)).encode("utf-8")  # noqa: E731
    csv_lines = _ROW_LINES.lines(f"{dataset.name}.csv", rows, encode_row)
    compact = _compact()
    encode_json = lambda row: compact(_json_cells(row, names)).encode("utf-8")  # noqa: E731
    json_lines = _ROW_LINES.lines(f"{dataset.name}.json", rows, encode_json)
    as_csv = line(names).encode("utf-8") + b"".join(csv_lines)
    # As _json_file writes it.
    as_json = b"[" + b",\n".join((compact(names).encode("utf-8"), *json_lines)) + b"]\n"
    return as_csv, as_json


_ROW_LINES = RowLines()


def _foreign_key(key: ForeignKey) -> dict[str, Any]:
    """Table Schema's foreign key: the referenced resource by its name in this package."""
    return {
        "fields": list(key.fields),
        "reference": {"resource": key.resource, "fields": list(key.reference)},
    }


def _field_descriptor(field: Field) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "name": field.name,
        # Lists travel as one cell joined by LIST_SEPARATOR: a string in the table schema.
        "type": "string" if field.type in ("array", "object") else field.type,
        "title": field.title.get("en"),
        "description": field.description.get("en"),
        "titles": {lang: field.title.get(lang) for lang in LANGUAGES},
        "descriptions": {lang: field.description.get(lang) for lang in LANGUAGES},
    }
    if field.type == "array":
        descriptor["listSeparator"] = LIST_SEPARATOR
    constraints: dict[str, Any] = {}
    if field.required:
        constraints["required"] = True
    if field.unique:
        constraints["unique"] = True
    if field.enum:
        constraints["enum"] = list(field.enum)
    if field.minimum is not None:
        constraints["minimum"] = field.minimum
    if field.maximum is not None:
        constraints["maximum"] = field.maximum
    if field.pattern:
        constraints["pattern"] = field.pattern
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def datapackage(written: list[WrittenDataset], settings: OpenDataSettings) -> dict[str, Any]:
    resources = []
    for item in written:
        d = item.dataset
        resources.append(
            {
                "name": d.name,
                "path": item.csv.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": item.csv.bytes,
                "hash": f"sha256:{item.csv.sha256}",
                "title": d.title.get("en"),
                "description": d.description.get("en"),
                "titles": d.title.model_dump(),
                "descriptions": d.description.model_dump(),
                "sources": [{"title": source_text(s, "en")} for s in d.sources],
                # No `licenses` (the package's apply to every resource) and no `dialect`:
                # the files are written in the CSV Dialect's defaults (",", CRLF, '"', header).
                "updated": d.updated.isoformat(),
                "schema": {
                    "fields": [_field_descriptor(f) for f in d.fields],
                    **({"primaryKey": list(d.primary_key)} if d.declare_primary_key else {}),
                    **(
                        {"foreignKeys": [_foreign_key(k) for k in d.foreign_keys]}
                        if d.foreign_keys
                        else {}
                    ),
                },
                # The same rows as a JSON array (its first row the column names), read with
                # this schema: a number, true or false, null for an empty cell.
                "alternates": [
                    {
                        "path": item.json.path,
                        "format": "json",
                        "bytes": item.json.bytes,
                        "hash": f"sha256:{item.json.sha256}",
                    }
                ],
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": "kazutb-transparency",
        "title": settings.title.get("en"),
        "titles": settings.title.model_dump(),
        "description": settings.description.get("en"),
        "descriptions": settings.description.model_dump(),
        "homepage": settings.publisher.url,
        "licenses": [settings.licence.model_dump()],
        "contributors": [{"title": settings.publisher.name.get("en"), "role": "publisher"}],
        "resources": resources,
    }


def write_package(written: list[WrittenDataset], settings: OpenDataSettings, folder: Path) -> None:
    text = package_json(datapackage(written, settings))
    write_if_changed(folder / "datapackage.json", (text + "\n").encode("utf-8"))


@dataclass(frozen=True)
class EvidenceItem:
    """A file for the evidence pack: where it is, its name in the pack (its address on the
    site), what it evidences. A file not `in_pack` is listed in the manifest with its size
    and hash but left on the site: a JSON copy holds exactly its CSV's values, which the
    pack already has (with the data package that reads them)."""

    source: Path
    name: str
    evidence: str
    in_pack: bool = True


# The preview's last evidence pack in each place: its items' names, evidence and files'
# (size, mtime_ns) (files kept unchanged keep their times), and the pack's own.
_packs: dict[str, tuple[list[tuple[str, str, Stamp, bool]], bool, Stamp]] = {}
Stamp = tuple[int, int] | None


def _stamp(path: Path) -> Stamp:
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_size, info.st_mtime_ns


def write_evidence_pack(items: list[EvidenceItem], target: Path, compressed: bool = True) -> None:
    """A zip with every item and a manifest (file, size, SHA-256, what it evidences,
    whether the pack holds it or it is on the site only, at the address it is listed by).

    The live preview stores the files uncompressed (`compressed=False`): the same files and
    manifest, written in a tenth of the time (compressing them was a fifth of a rebuild);
    the site a build publishes has them compressed. Each file goes into the pack a piece
    at a time, never whole in memory (the large site's pack holds 81 MB)."""
    if remembering():  # the preview: the same files as when it last wrote the pack
        sources = [(i.name, i.evidence, _stamp(i.source), i.in_pack) for i in items]
        known = _packs.get(str(target))
        if known is not None and known == (sources, compressed, _stamp(target)):
            return
    ordered = sorted(items, key=lambda i: i.name)
    manifest = io.StringIO()
    writer = csv.writer(manifest, lineterminator="\r\n")
    writer.writerow(["file", "bytes", "sha256", "evidences", "in_pack"])
    for item in ordered:
        # The preview knows the hash of a file it did not rewrite (the datasets' own).
        digest = sha256_of_file(item.source)
        size = item.source.stat().st_size
        in_pack = "true" if item.in_pack else "false"
        writer.writerow([item.name, size, digest, item.evidence, in_pack])
    method = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED

    def pack(path: Path) -> None:
        with zipfile.ZipFile(path, "w", compression=method) as archive:
            _add(archive, "manifest.csv", method, io.BytesIO(manifest.getvalue().encode()))
            for item in (i for i in ordered if i.in_pack):
                with item.source.open("rb") as source:
                    _add(archive, item.name, method, source)

    target.parent.mkdir(parents=True, exist_ok=True)
    replace_with(target, pack)
    if remembering():
        _packs[str(target)] = (sources, compressed, _stamp(target))


def _add(archive: zipfile.ZipFile, name: str, method: int, source: BinaryIO) -> None:
    """One member, as `ZipFile.writestr` writes it (its size known before its bytes)."""
    info = zipfile.ZipInfo(name, date_time=ZIP_EPOCH)
    info.compress_type = method
    info.external_attr = 0o644 << 16
    info.file_size = source.seek(0, io.SEEK_END)
    source.seek(0)
    with archive.open(info, mode="w") as member:
        shutil.copyfileobj(source, member, _PIECE)


_PIECE = 1 << 20
