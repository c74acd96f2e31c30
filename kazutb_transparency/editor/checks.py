"""The check of a file the editor saves: the build's own reading of it, before it is written.

A file written by the editor is one of the data/ files the build validates; what a single
file can get wrong (YAML, a field's type or bound, a record's own rules, a CSV row) is
refused here with the build's messages (file, line, field), so that nothing typed in the
form bypasses them. What only the whole data can show (a faculty of another file, a count
that must agree with another) is found by the build's whole check on a copy of data/ with
the new file in it (`whole_data_problems`), so that it too stands at its field.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from pydantic import RootModel

from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.boundary import control_problem
from kazutb_transparency.core.datafiles import load_yaml, parse_yaml, validate
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.filecheck import content_refusal
from kazutb_transparency.disclosures.documents import FILE_PATTERN
from kazutb_transparency.disclosures.loading import discipline_file
from kazutb_transparency.editor.sources import MEDIA_FOLDER, Source, source_of
from kazutb_transparency.processes import measurements

DATA = "data"


def _root_model(model: type) -> type[RootModel]:
    return RootModel[dict[str, model]]  # type: ignore[valid-type]


def check_text(data_dir: Path, relative: str, text: str) -> list[Problem]:
    """Every problem of `text` as the new content of data/<relative>, in the build's words."""
    name = f"{DATA}/{relative}"
    source = source_of(relative)
    if source is None:
        return [Problem(name, "not a file the editor keeps", hint="see handbook/README.md")]
    control = control_problem(text, name)
    if control is not None:
        return [control]
    try:
        if source.kind in ("csv", "csv-folder"):
            return _check_csv(data_dir, source, relative, text)
        return _check_yaml(source, relative, text)
    except DataError as exc:
        return list(exc.problems)


def whole_data_problems(
    data_dir: Path, relative: str, text: str, uploads: frozenset[str] = frozenset()
) -> list[Problem]:
    """The build's whole check of data/ with `text` as data/<relative>: this file's problems.
    Other files' are left to the live preview's banner: one may have been there before
    this save, and must not stop the office saving another file. Run on a copy (data/ is
    a few MB), so nothing is written before the save is accepted. `uploads`: the names of
    the documents' files the save brings along (not in data/ yet, so not missing)."""
    from kazutb_transparency.buildsteps.pipeline import build_date, check_data

    with tempfile.TemporaryDirectory(prefix="kazutb-check-") as folder:
        copy = Path(folder) / DATA
        shutil.copytree(data_dir, copy, symlinks=True)
        target = copy / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        try:
            check_data(copy, build_date(), False, lambda _: None)
        except DataError as exc:
            found = [_renamed_from(p, copy) for p in exc.problems]
        else:
            return []
    return [p for p in found if p.file == f"{DATA}/{relative}" and not _brought_along(p, uploads)]


def _brought_along(problem: Problem, uploads: frozenset[str]) -> bool:
    """A document's file the save uploads with the record: missing only until then."""
    return problem.message.startswith("file not found") and any(
        problem.message.endswith(f"/{name}") for name in uploads
    )


def _renamed_from(problem: Problem, copy: Path) -> Problem:
    """A problem of the copy named as the file of data/ it stands for."""
    prefix = str(copy)
    if problem.file.startswith(prefix):
        return dataclasses.replace(problem, file=DATA + problem.file[len(prefix) :])
    return problem


def _check_yaml(source: Source, relative: str, text: str) -> list[Problem]:
    name = f"{DATA}/{relative}"
    data, lines = parse_yaml(text, name)
    if source.kind in ("record", "folder"):
        if data is None:
            return [Problem(name, "file is empty", hint="fill in the form")]
        record = validate(source.model, data, name, lines)
        if source.kind == "folder" and source.identifier:
            value = str(getattr(record, source.identifier))
            stem = Path(relative).stem
            if source.create and value != stem and value.lower() != stem.lower():
                return [
                    Problem(
                        name,
                        f"the file is named {Path(relative).name} but holds {value}",
                        field=source.identifier,
                        line=lines.line_of((source.identifier,)),
                        hint="a programme's code cannot change: add a new programme instead",
                    )
                ]
        return []
    if source.kind == "map":
        validate(_root_model(source.model), data or {}, name, lines)
        return []
    # A list of records, as the domains' loaders read one: every record's problems, and a
    # key given twice.
    data = [] if data is None else data
    if not isinstance(data, list):
        return [Problem(name, "expected a list of records (lines starting with '- ')", line=1)]
    problems: list[Problem] = []
    seen: dict[Any, int | None] = {}
    key = source.key
    for index, item in enumerate(data):
        given = item.get(key) if isinstance(item, dict) and key else None
        label = str(given) if given is not None else f"#{index + 1}"
        try:
            record = validate(source.model, item, name, lines, record=label, base=(index,))
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        identity = _identity(source, record)
        line = lines.line_of((index, key)) if key else None
        if identity is not None and identity in seen:
            problems.append(
                Problem(
                    name,
                    f"duplicate {key} '{given}' (first at line {seen[identity]})",
                    label,
                    key,
                    line,
                    f"each record needs its own {key}",
                )
            )
        seen.setdefault(identity, line)
    return problems


def _identity(source: Source, record: Any) -> Any:
    """What makes a record of a list file one of its kind (None: no rule)."""
    if source.name == "staff":  # one record per faculty and academic year
        return (record.faculty, record.academic_year)
    if source.key is None:
        return None
    return getattr(record, source.key, None)


def _check_csv(data_dir: Path, source: Source, relative: str, text: str) -> list[Problem]:
    name = f"{DATA}/{relative}"
    with tempfile.TemporaryDirectory(prefix="kazutb-editor-") as folder:
        path = Path(folder) / Path(relative).name
        path.write_text(text, encoding="utf-8")
        if source.kind == "csv-folder":
            _, problems = discipline_file(path, Audit())
        else:
            problems = _measurement_problems(data_dir, Path(folder))
    return [_renamed(p, path, name) for p in problems]


def _renamed(problem: Problem, path: Path, name: str) -> Problem:
    if problem.file.endswith(path.name):
        return dataclasses.replace(problem, file=name)
    return problem


def _measurement_problems(data_dir: Path, folder: Path) -> list[Problem]:
    """measurements.csv checked against the process cards' key indicators and the units."""
    indicators: dict[int, int] = {}
    for card in sorted((data_dir / "processes").glob("*.yaml")):
        try:
            data, _ = load_yaml(card)
        except DataError:
            continue
        if isinstance(data, dict) and isinstance(data.get("number"), int):
            indicators[data["number"]] = len(data.get("key_indicators") or [])
    unit_ids: set[str] = set()
    try:
        units, _ = load_yaml(data_dir / "units.yaml")
        unit_ids = {u["id"] for u in units or [] if isinstance(u, dict) and "id" in u}
    except DataError:
        pass
    try:
        measurements.load_measurements(folder, indicators, frozenset(unit_ids), Audit())
    except DataError as exc:
        return list(exc.problems)
    return []


# --- documents' files --------------------------------------------------------------------


def media_problems(relative: str, content: bytes) -> list[Problem]:
    """A file uploaded to data/documents/: a name the documents register accepts, and
    what the build refuses of a document (core/filecheck.py: by content, not by name)."""
    name = f"{DATA}/{relative}"
    folder, _, file_name = relative.rpartition("/")
    if folder != MEDIA_FOLDER:
        return [Problem(name, f"documents go in {DATA}/{MEDIA_FOLDER}/")]
    if not re.fullmatch(FILE_PATTERN, file_name):
        return [
            Problem(
                name,
                f"String should match pattern '{FILE_PATTERN}'",
                field="file",
                hint="name the file in latin lower-case letters, digits, '.', '_' or '-', "
                "ending in .pdf, .docx, .xlsx, .odt or .ods (e.g. quality-policy-2026.pdf)",
            )
        ]
    with tempfile.TemporaryDirectory(prefix="kazutb-editor-") as folder_path:
        path = Path(folder_path) / file_name
        path.write_bytes(content)
        refusal = content_refusal(path)
    if refusal is None:
        return []
    return [Problem(name, refusal.message, hint=refusal.hint)]
