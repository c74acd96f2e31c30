"""The desk's first screen: what the office still has to do, each item a link to its form.

The same tasks as `make status` (buildsteps/status.py): every concern of data/ under the
unit that keeps its file, by due date. Here each is said in the editor's language (what to
do from the status catalog, the build's message through editor/problem_text.py) and leads
to the form of its file, so an office goes from its list straight to the field.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from kazutb_transparency.buildsteps.site import SiteData
from kazutb_transparency.buildsteps.status import T, Task, office_name
from kazutb_transparency.core.datafiles import display_path
from kazutb_transparency.core.markdown import tr
from kazutb_transparency.editor.labels import catalog, text
from kazutb_transparency.editor.problem_text import field_words, say
from kazutb_transparency.editor.sources import COLLECTIONS, source_of

UNASSIGNED = "-"  # the office of the files no unit keeps yet


def form_link(file: str, data_dir: Path) -> str | None:
    """The CMS's address of the form of a file of `data_dir` as problems name it (its hash
    route), or None for a file the editor has no form for."""
    relative = file.removeprefix(display_path(data_dir) + "/")
    source = source_of(relative)
    if source is None:
        return None
    for collection in COLLECTIONS:
        if source in collection.sources:
            entry = PurePosixPath(relative).stem if collection.folder else source.name
            return f"#/collections/{collection.name}/entries/{entry}"
    return None


def form_name(file: str, data_dir: Path, lang: str) -> str:
    """A file of `data_dir` as the desk names its form («Өтініштер: жыл сайынғы сандар»;
    a folder's form with the record's file name), its path where the desk has no form."""
    relative = file.removeprefix(display_path(data_dir) + "/")
    source = source_of(relative)
    if source is None:
        return relative
    for collection in COLLECTIONS:
        if source in collection.sources and collection.folder:
            return f"{collection.label[lang]} › {PurePosixPath(relative).stem}"
    return source.label[lang]


def _message(site: SiteData, task: Task, lang: str) -> str | None:
    """The task's message in `lang`: a register clause's missing items by their names in
    `lang` (the build's message names them in English), any other through the catalog."""
    problem = task.problem
    rows = {row.clause.clause: row for row in site.register}
    row = rows.get(problem.record or "") if problem.file.endswith("register.yaml") else None
    if row is not None and row.missing:
        items = ", ".join(tr(label, lang) for label in row.missing)
        return text("desk_clause_missing", lang).format(clause=row.clause.clause, items=items)
    return say(problem.message, lang)


def _item(site: SiteData, task: Task, lang: str) -> dict[str, Any]:
    problem = task.problem
    kind = task.kind.name
    return {
        "kind": T[f"kind.{kind}"][lang],
        "todo": catalog()["desk_todo"][kind][lang],
        "message": _message(site, task, lang),
        "where": ", ".join(
            part
            for part in (
                form_name(problem.file, site.data_dir, lang),
                problem.record,
                field_words(problem.field, lang),
            )
            if part
        ),
        "due": task.due.isoformat() if isinstance(task.due, date) else None,
        "link": form_link(problem.file, site.data_dir),
    }


def desk(site: SiteData, tasks: list[Task], lang: str, office: str | None) -> dict[str, Any]:
    """The offices with their counts, and the chosen office's items (the first office's
    when none is chosen)."""
    offices: dict[str, dict[str, Any]] = {}
    for task in tasks:
        key = task.office or UNASSIGNED
        if key not in offices:
            offices[key] = {"id": key, "name": office_name(site, task, lang), "count": 0}
        offices[key]["count"] += 1
    chosen = office if office in offices else next(iter(offices), None)
    return {
        "heading": T["page_title"][lang],
        "labels": {
            "office": T["column.office"][lang],
            "due": T["due"][lang],
            "no_due_date": T["no_due_date"][lang],
            "close": text("desk_close", lang),
            "open": text("desk_open", lang),
            "none": text("desk_none", lang),
            "search": text("desk_search", lang),
            "nothing_found": text("desk_nothing_found", lang),
        },
        "offices": list(offices.values()),
        "office": chosen,
        "items": [
            _item(site, task, lang) for task in tasks if (task.office or UNASSIGNED) == chosen
        ],
    }


# The fields a record is known by: found by any of them, in any language.
NAMED_BY = ("id", "code", "name", "title", "label", "term", "short")
MOST_FOUND = 30


def _names(record: dict[str, Any]) -> list[str]:
    names: list[str] = []
    for key in NAMED_BY:
        value = record.get(key)
        if isinstance(value, dict):
            names += [str(v) for v in value.values() if isinstance(v, str | int)]
        elif isinstance(value, str | int) and not isinstance(value, bool):
            names.append(str(value))
    return names


def _shown_name(record: dict[str, Any], lang: str) -> str:
    for key in ("name", "title", "label", "term"):
        value = record.get(key)
        if isinstance(value, dict) and value.get(lang):
            return str(value[lang])
        if isinstance(value, str):
            return value
    return str(record.get("id") or record.get("code") or "")


def find(data_dir: Path, query: str, lang: str) -> list[dict[str, str]]:
    """The records whose id, code, name or title in any language holds `query` (case and
    ё/е aside), each with its name in `lang`, its file and a link to its form."""
    wanted = query.casefold().replace("ё", "е").strip()
    if len(wanted) < 2:
        return []
    found: list[dict[str, str]] = []
    for path in sorted(data_dir.rglob("*.yaml")):
        relative = path.relative_to(data_dir).as_posix()
        link = form_link(relative, data_dir)
        if link is None:
            continue
        try:
            value = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue  # a file the build refuses: its form says why
        records = value if isinstance(value, list) else [value]
        for record in records:
            if not isinstance(record, dict):
                continue
            names = _names(record)
            if any(wanted in name.casefold().replace("ё", "е") for name in names):
                found.append({"name": _shown_name(record, lang), "where": relative, "link": link})
                if len(found) >= MOST_FOUND:
                    return found
    return found
