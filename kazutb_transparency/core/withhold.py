"""The publishing view of data/: what the publishing build loads, with nothing unreal in it.

The publishing build (`make site STRICT=1`) publishes every confirmed and public-source
value and nothing that is a placeholder or a sample. Rather than teach every page, dataset,
feed and search entry to skip such values, the build loads data/ through this view, in
which they do not exist: a record whose `provenance` is `placeholder` is left out of its
file, a field marked `placeholder` in `provenance_fields` is left out of its record, and a
CSV row whose `provenance` column says `placeholder` is left out of its table. Every later
step then sees only real values, and says "not yet published" where the data are missing,
as it does for any absent value. (The editors' preview loads data/ as it is, with every
placeholder shown and marked.)

What depends on a withheld value is withheld with it: a record that was valid in the full
data and is refused in this view (its required field was a placeholder, or it names a
withheld record) is left out as well (`withhold_refused`), until the view loads.

The view acts on parsed files (core/datafiles.py asks `prune_document` and `keeps_row`),
keeping each value's line in its file, so that every message still names the right line.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kazutb_transparency.core.errors import Problem

PLACEHOLDER = "placeholder"
STATES = ("confirmed", "public-source", PLACEHOLDER)  # strongest first (core/provenance.py)
# What a record says about itself rather than about the university, and the keys that name
# it: kept when its values are withheld, so that what remains is still a record.
META = frozenset(
    {
        "provenance",
        "provenance_fields",
        "source",
        "posted",
        "updated",
        "review_months",
        "id",
        "code",
        "clause",
        "academic_year",
        "year",
        "entry_year",
    }
)

LineTree = Any  # core/datafiles.LineTree: int | (line, {key: (line, tree)}) | (line, [tree])


@dataclass
class Withheld:
    """What the view left out: whole files, records (by file and first line), CSV rows."""

    records: set[tuple[str, int]] = field(default_factory=set)  # (file, line of the record)
    files: set[str] = field(default_factory=set)  # a file whose one record is withheld
    rows: set[tuple[str, int]] = field(default_factory=set)  # (CSV file, line)
    # Records found by their label only (a message without a line): (file, label).
    labels: set[tuple[str, str]] = field(default_factory=set)
    # The real values of each withheld one-record file (a programme's code and name, when
    # its faculty is a placeholder), for a page that lists what exists but is not yet
    # published in full: file → the record without its placeholders.
    partials: dict[str, dict] = field(default_factory=dict)
    spans: RecordSpans = field(default_factory=lambda: RecordSpans())


_VIEW: Withheld | None = None


@contextmanager
def publishing_view(withheld: Withheld) -> Iterator[None]:
    """Load data/ inside this block as the publishing build sees it."""
    global _VIEW
    outer, _VIEW = _VIEW, withheld
    try:
        yield
    finally:
        _VIEW = outer


def active() -> bool:
    return _VIEW is not None


def prune_document(data: Any, tree: LineTree | None, file: str) -> tuple[Any, LineTree | None]:
    """The parsed file as the view has it (unchanged outside the view). A file whose single
    record is withheld reads as empty."""
    if _VIEW is None or tree is None:
        return data, tree
    _VIEW.spans.note_document(file, data, tree)
    if file in _VIEW.files:
        real = isinstance(data, dict) and _is_record(data)
        if real and not _withheld(data, tree, "", _VIEW):
            _VIEW.partials[file] = _real_fields(data, tree)[0]
        return None, None
    pruned = _prune(data, tree, file, _VIEW)
    return (None, None) if pruned is None else pruned


def hidden(file: str) -> bool:
    """Whether a file (as display_path names it) holds one record the view withholds: its
    loader reads it as absent."""
    return _VIEW is not None and file in _VIEW.files


def partial(file: str) -> dict | None:
    """The real values of a one-record file the view withholds, or None."""
    return _VIEW.partials.get(file) if _VIEW is not None else None


def keeps_row(file: str, line: int, values: dict[str, str]) -> bool:
    """Whether a CSV row is part of the view: not a placeholder, nor withheld."""
    if _VIEW is None:
        return True
    _VIEW.spans.tables.add(file)
    return values.get("provenance", "").strip() != PLACEHOLDER and (file, line) not in _VIEW.rows


def _start(tree: LineTree) -> int:
    return (tree if isinstance(tree, int) else tree[0]) + 1


def _is_record(value: dict) -> bool:
    return value.get("provenance") in STATES


def _prune(value: Any, tree: LineTree, file: str, view: Withheld) -> tuple[Any, LineTree] | None:
    """(value, tree) without what the view withholds; None when all of it is withheld."""
    if isinstance(value, dict) and not isinstance(tree, int):
        if _is_record(value):
            if _withheld(value, tree, file, view):
                return None
            value, tree = _real_fields(value, tree)
        children: dict[str, tuple[int, LineTree]] = tree[1]  # type: ignore[assignment]
        kept_value: dict = {}
        kept_tree: dict[str, tuple[int, LineTree]] = {}
        for key, item in value.items():
            found = children.get(str(key))
            if found is None:  # no line known (never the case for a parsed file)
                kept_value[key] = item
                continue
            pruned = _prune(item, found[1], file, view)
            if pruned is not None:
                kept_value[key] = pruned[0]
                kept_tree[str(key)] = (found[0], pruned[1])
        return kept_value, (tree[0], kept_tree)
    if isinstance(value, list) and not isinstance(tree, int):
        items: list[LineTree] = tree[1]  # type: ignore[assignment]
        kept_items: list = []
        kept_trees: list[LineTree] = []
        for item, item_tree in zip(value, items, strict=False):
            pruned = _prune(item, item_tree, file, view)
            if pruned is not None:
                kept_items.append(pruned[0])
                kept_trees.append(pruned[1])
        return kept_items, (tree[0], kept_trees)
    return value, tree


def _withheld(value: dict, tree: LineTree, file: str, view: Withheld) -> bool:
    """A record with no real value, or one that depends on a withheld value."""
    fields = value.get("provenance_fields")
    fields = fields if isinstance(fields, dict) else {}
    stronger = [key for key, state in fields.items() if state in STATES[:2]]
    if value["provenance"] == PLACEHOLDER and not stronger:
        return True
    if (file, _start(tree)) in view.records:
        return True
    names = {str(value[key]) for key in ("id", "code", "clause") if key in value}
    return any((file, name) in view.labels for name in names)


def _real_fields(value: dict, tree: LineTree) -> tuple[dict, LineTree]:
    """The record without its placeholder fields, its provenance the weakest that remains."""
    fields = value.get("provenance_fields")
    fields = fields if isinstance(fields, dict) else {}
    record_state = value["provenance"]
    if record_state == PLACEHOLDER:
        real = {key for key, state in fields.items() if state in STATES[:2]}
        dropped = {key for key in value if key not in META and key not in real}
    else:
        dropped = {key for key, state in fields.items() if state == PLACEHOLDER}
    if not dropped and record_state != PLACEHOLDER:
        return value, tree
    kept = {key: item for key, item in value.items() if key not in dropped}
    left = {fields.get(key, record_state) for key in kept if key not in META}
    left.discard(PLACEHOLDER)
    state = max(left, key=STATES.index) if left else "public-source"
    kept["provenance"] = state
    own = {key: s for key, s in fields.items() if key in kept and s not in (PLACEHOLDER, state)}
    if own:
        kept["provenance_fields"] = own
    else:
        kept.pop("provenance_fields", None)
    children = {key: found for key, found in tree[1].items() if key in {str(k) for k in kept}}
    return kept, (tree[0], children)


def withhold_refused(problems: list[Problem], view: Withheld) -> bool:
    """Withhold the records and rows these problems (of the view, not of the full data)
    name. False when one of them names nothing the view can leave out, or when all they
    name is withheld already: the view cannot load, and the problems are the build's."""
    grew = False
    for problem in problems:
        target = view.spans.locate(problem)
        if target is None:
            return False
        kind, key = target
        if kind == "file":
            found, bucket = problem.file, view.files
        else:
            found = (problem.file, key)
            bucket = {"record": view.records, "row": view.rows, "label": view.labels}[kind]
        if found not in bucket:
            bucket.add(found)  # type: ignore[attr-defined]
            grew = True
    return grew


@dataclass
class RecordSpans:
    """Where each record of each YAML file starts, and which files are CSV, as parsed."""

    starts: dict[str, list[int]] = field(default_factory=dict)  # file → records' first lines
    single: set[str] = field(default_factory=set)  # files that are one record
    tables: set[str] = field(default_factory=set)  # CSV files

    def note_document(self, file: str, data: Any, tree: LineTree | None) -> None:
        if tree is None:
            return
        if isinstance(data, dict) and _is_record(data):
            self.single.add(file)
            return
        starts: list[int] = []
        _record_starts(data, tree, starts)
        self.starts[file] = sorted(starts)

    def locate(self, problem: Problem) -> tuple[str, Any] | None:
        """("record", line) / ("file", None) / ("row", line) / ("label", name) or None."""
        if problem.file in self.tables and problem.line is not None:
            return "row", problem.line
        if problem.file in self.single:
            return "file", None
        starts = self.starts.get(problem.file)
        if problem.line is not None and problem.file in self.starts:
            before = [start for start in starts or () if start <= problem.line]
            # Before its first record: the file's own values (the programme it is about).
            return ("record", before[-1]) if before else ("file", None)
        if starts and problem.record:
            return "label", problem.record
        return None


def _record_starts(value: Any, tree: LineTree, starts: list[int]) -> None:
    if isinstance(tree, int):
        return
    if isinstance(value, dict):
        if _is_record(value):
            starts.append(_start(tree))
        for key, item in value.items():
            found = tree[1].get(str(key))
            if found is not None:
                _record_starts(item, found[1], starts)
    elif isinstance(value, list):
        for item, item_tree in zip(value, tree[1], strict=False):
            _record_starts(item, item_tree, starts)
