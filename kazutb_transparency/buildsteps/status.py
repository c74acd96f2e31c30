"""What each office still has to supply before everything is published (`make status`).

Every concern the audit of data/ finds (a placeholder to replace, sample data, a value to
confirm, a stale item, a translation, a mandatory item without data) becomes a task, with
its file, line, record and field, what to do in the office's language, the unit that keeps
the file (data/offices.yaml; a register clause's own `unit`) and, where the register says
so, the date it is due. The same list is written as a workbook the quality office can send
round (one sheet per language).
"""

from __future__ import annotations

import fnmatch
import html
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from kazutb_transparency.buildsteps.site import SiteData
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.datafiles import display_path, read_record_list
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.editor.problem_text import say  # the desk's wordings

OFFICES_FILE = "offices.yaml"
T: dict[str, dict[str, str]] = catalog("office_status")


class Assignment(BaseModel):
    """One record of data/offices.yaml: the unit that keeps these files."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    files: list[str] = Field(min_length=1)
    provenance: Provenance
    source: Localized


@dataclass(frozen=True)
class Task:
    office: str | None  # a unit id; None: not yet assigned
    proposed: bool  # the assignment is a sample, not yet the university's
    due: date | None
    kind: Concern
    problem: Problem


def read_assignments(data_dir: Path) -> list[Assignment]:
    path = data_dir / OFFICES_FILE
    if not path.is_file():
        return []
    listed = read_record_list(path, Assignment, key="unit")
    if listed.problems:  # a wrong record is named, never silently left out of the lists
        raise DataError(listed.problems)
    return listed.records


def _office_of(file: str, data_dir: Path, assignments: list[Assignment]) -> Assignment | None:
    inside = file.removeprefix(display_path(data_dir) + "/")
    for assignment in assignments:
        if any(fnmatch.fnmatch(inside, pattern) for pattern in assignment.files):
            return assignment
    return None


def office_tasks(site: SiteData, assignments: list[Assignment]) -> list[Task]:
    """Every concern of the full data as a task of the unit that keeps it."""
    clauses = {row.clause.clause: row.clause for row in site.register}
    tasks = []
    for kind, problem in site.audit.all():
        clause = (
            clauses.get(problem.record or "") if problem.file.endswith("register.yaml") else None
        )
        if clause is not None:
            office, proposed = clause.unit, clause.state("unit") != "confirmed"
            due = clause.due
        else:
            assignment = _office_of(problem.file, site.data_dir, assignments)
            office = assignment.unit if assignment else None
            proposed = assignment is None or assignment.provenance != "confirmed"
            due = None
        tasks.append(Task(office, proposed, due, kind, problem))
    # By office (the unassigned last), then due date (undated last), then file and line.
    return sorted(
        tasks,
        key=lambda t: (
            t.office is None,
            t.office or "",
            t.due is None,
            t.due or date.min,
            t.problem.file,
            t.problem.line or 0,
        ),
    )


def office_name(site: SiteData, task: Task, lang: str) -> str:
    if task.office is None or task.office not in site.units.by_id:
        return T["unassigned"][lang]
    name = site.units.get(task.office).name.get(lang)
    return f"{name} ({T['proposed'][lang]})" if task.proposed else name


def _where(problem: Problem) -> str:
    where = problem.file + (f":{problem.line}" if problem.line else "")
    parts = [where]
    if problem.record:
        parts.append(problem.record)
    if problem.field:
        parts.append(problem.field)
    return ", ".join(parts)


def status_text(site: SiteData, tasks: list[Task], lang: str) -> str:
    """The tasks as the terminal shows them: a count per office, then each office's list."""
    lines = [T["title"][lang].format(count=len(tasks)), ""]
    for office, group in _grouped(tasks, lambda t: office_name(site, t, lang)):
        lines.append(f"{office}: {len(group)}")
    for office, group in _grouped(tasks, lambda t: office_name(site, t, lang)):
        lines += ["", f"== {office} =="]
        for due, dated in _grouped(group, lambda t: t.due):
            lines.append(
                f"  {T['due'][lang]}: {due.isoformat() if due else T['no_due_date'][lang]}"
            )
            for task in dated:
                lines.append(f"  - [{T[f'kind.{task.kind.name}'][lang]}] {_where(task.problem)}")
                lines.append(f"      {T[f'todo.{task.kind.name}'][lang]}")
                lines.append(f"      {task.problem.message}")
    return "\n".join(lines) + "\n"


def _grouped(tasks: Iterable[Task], key) -> list[tuple[object, list[Task]]]:
    groups: dict[object, list[Task]] = {}
    for task in tasks:
        groups.setdefault(key(task), []).append(task)
    return list(groups.items())


COLUMNS = ("office", "due", "kind", "file", "line", "record", "field", "todo", "detail")


def status_rows(site: SiteData, tasks: list[Task], lang: str) -> list[list[object]]:
    return [
        [
            office_name(site, task, lang),
            task.due,
            T[f"kind.{task.kind.name}"][lang],
            task.problem.file,
            task.problem.line,
            task.problem.record,
            task.problem.field,
            T[f"todo.{task.kind.name}"][lang],
            " — ".join(filter(None, (task.problem.message, task.problem.hint))),
        ]
        for task in tasks
    ]


def write_workbook(site: SiteData, tasks: list[Task], path: Path) -> None:
    """One sheet per language, the header row frozen; every cell is a value, never a
    formula (a text starting with = is written as text)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for lang in LANGUAGES:
        sheet = book.create_sheet(lang)
        sheet.append([T[f"column.{column}"][lang] for column in COLUMNS])
        for row in status_rows(site, tasks, lang):
            sheet.append(row)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    cell.data_type = "s"
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCDEFGHI", (40, 12, 24, 40, 7, 24, 24, 60, 80), strict=True):
            sheet.column_dimensions[letter].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


def status_html(site: SiteData, tasks: list[Task], lang: str) -> str:
    """The list as a page of the editor's desk: the counts per office, then each office's
    items by due date, every value escaped (data are text)."""
    e = html.escape
    by_office = _grouped(tasks, lambda t: office_name(site, t, lang))
    counts = "".join(
        f'<li><a href="#office-{number}">{e(str(office))}</a>: {len(group)}</li>'
        for number, (office, group) in enumerate(by_office)
    )
    sections = []
    for number, (office, group) in enumerate(by_office):
        parts = [f'<h2 id="office-{number}">{e(str(office))}</h2>']
        for due, dated in _grouped(group, lambda t: t.due):
            when = due.isoformat() if isinstance(due, date) else T["no_due_date"][lang]
            parts.append(f"<h3>{e(T['due'][lang])}: {e(when)}</h3><ul>")
            parts += [
                f"<li><strong>{e(T[f'kind.{t.kind.name}'][lang])}</strong> "
                f"<code>{e(_where(t.problem))}</code><br>{e(T[f'todo.{t.kind.name}'][lang])}"
                f"<br><small>{e(say(t.problem.message, lang) or t.problem.message)}</small></li>"
                for t in dated
            ]
            parts.append("</ul>")
        sections.append("".join(parts))
    languages = " · ".join(
        f'<a href="?lang={other}" hreflang="{other}">{other}</a>' for other in LANGUAGES
    )
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex, nofollow">'
        f'<title>{e(T["page_title"][lang])}</title><link rel="stylesheet" href="editor.css">'
        f'</head><body class="office-status"><nav>{languages} · <a href="./">'
        f'{e(T["back"][lang])}</a> · <a href="office-status.xlsx">office-status.xlsx</a>'
        f"</nav><h1>{e(T['title'][lang].format(count=len(tasks)))}</h1><ul>{counts}</ul>"
        + "".join(sections)
        + "</body></html>\n"
    )


def workbook_bytes(site: SiteData, tasks: list[Task]) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "office-status.xlsx"
        write_workbook(site, tasks, path)
        return path.read_bytes()
