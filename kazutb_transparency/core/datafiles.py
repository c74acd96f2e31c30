"""Reading the editors' YAML and CSV files with line numbers, and validating them into models.

Every failure becomes a `Problem` naming the file, the record, the field and the line, so
that an editor who does not read Python can find and fix it.
"""

from __future__ import annotations

import csv
import io
import os
import pickle
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Generic, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticCustomError

from kazutb_transparency.core import withhold
from kazutb_transparency.core.boundary import control_problem, read_input_bytes
from kazutb_transparency.core.dates import build_day, calendar_problem
from kazutb_transparency.core.errors import DataError, Problem, character_name
from kazutb_transparency.core.incremental import remembered, remembering
from kazutb_transparency.core.parsecache import ParseCache
from kazutb_transparency.core.textcheck import (
    cell_problems,
    number_problem,
    tree_problems,
    unsafe_character,
)

Model = TypeVar("Model", bound=BaseModel)
Loc = tuple[str | int, ...]


# The safe loader of libyaml (PyYAML's C parser) when available: several times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]
    """Safe loader that refuses duplicate keys (a silent overwrite hides an editing mistake)."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a list or a group of fields used as a key", key_node.start_mark
            ) from None
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"duplicate key '{key}' (first at line {seen[key]})",
                key_node.start_mark,
            )
        seen[key] = key_node.start_mark.line + 1
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _PlainDumper(yaml.SafeDumper):
    """Writes a value each time it occurs: the data files refuse anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_yaml(data: Any, **options: Any) -> str:
    """YAML as the loader accepts it (no anchors or aliases), Unicode kept as it is."""
    options.setdefault("allow_unicode", True)
    return yaml.dump(data, Dumper=_PlainDumper, **options)


# Where each node of a YAML document starts (its line, counted from 0): a scalar is its line;
# a mapping (line, {key: (the key's line, its value's tree)}); a sequence (line, [trees]).
# Kept instead of the parser's node tree: a fifth of its size, and it pickles (parsecache.py).
LineTree = int | tuple[int, dict[str, tuple[int, "LineTree"]]] | tuple[int, list["LineTree"]]


def line_tree(node: yaml.Node) -> LineTree:
    if isinstance(node, yaml.MappingNode):
        keys: dict[str, tuple[int, LineTree]] = {}
        for key_node, value_node in node.value:
            # The first of two keys written alike (1 and "1") answers, as in the file's order.
            keys.setdefault(str(key_node.value), (key_node.start_mark.line, line_tree(value_node)))
        return node.start_mark.line, keys
    if isinstance(node, yaml.SequenceNode):
        return node.start_mark.line, [line_tree(item) for item in node.value]
    return int(node.start_mark.line)


@dataclass(frozen=True)
class Lines:
    """Maps a location inside a loaded YAML document to its line in the file."""

    tree: LineTree | None

    @classmethod
    def of(cls, root: yaml.Node | None) -> Lines:
        return cls(line_tree(root) if root is not None else None)

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """The line of the deepest part of `loc` the document has (the key's line for a
        field, the item's for a list item); None for an empty document."""
        tree = self.tree
        if tree is None:
            return None
        line = (tree if isinstance(tree, int) else tree[0]) + 1
        for key in loc:
            if isinstance(tree, int):
                return line
            children = tree[1]
            if isinstance(children, dict):
                found = children.get(str(key))
                if found is None:
                    return line
                key_line, tree = found
                line = key_line + 1
            elif isinstance(key, int) and key < len(children):
                tree = children[key]
                line = (tree if isinstance(tree, int) else tree[0]) + 1
            else:
                return line
        return line


def present(path: Path) -> bool:
    """Whether a data file is there to be read: it exists, and the publishing view
    (core/withhold.py) does not withhold the one record it holds."""
    return path.is_file() and not withhold.hidden(display_path(path))


def display_path(path: Path) -> str:
    """Path as editors see it: relative to the working directory when possible."""
    return _display_path(path, os.getcwd())


@lru_cache(maxsize=4096)  # asked for every record of every file; resolving costs syscalls
def _display_path(path: Path, cwd: str) -> str:
    try:
        return str(path.resolve().relative_to(Path(cwd).resolve()))
    except ValueError:
        return str(path)


SAVE_AS_UTF8 = {
    ".csv": "save it as UTF-8: in Excel, File → Save As → 'CSV UTF-8 (Comma delimited) (*.csv)'",
    "": "save it as UTF-8: in the editor's Save As, choose the encoding UTF-8",
}


def read_text(path: Path) -> str:
    """The file as text, through the input boundary (core/boundary.py: no link out of the
    repository, no device or folder, within its size limit), with what to do when it is
    not UTF-8 or holds control characters."""
    name = display_path(path)
    raw = read_input_bytes(path, name=name)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        hint = SAVE_AS_UTF8.get(path.suffix.lower(), SAVE_AS_UTF8[""])
        raise DataError([Problem(name, "saved as UTF-16 ('Unicode text')", hint=hint)])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            raw.decode("cp1251")
            found = "saved in the Windows Cyrillic encoding (Windows-1251), not UTF-8"
        except UnicodeDecodeError:
            found = "not UTF-8 text"
        line = raw[: exc.start].count(b"\n") + 1
        hint = SAVE_AS_UTF8.get(path.suffix.lower(), SAVE_AS_UTF8[""])
        raise DataError([Problem(name, found, line=line, hint=hint)]) from exc
    control = control_problem(text, name)
    if control is not None:
        raise DataError([control])
    return text


# The data need neither anchors nor aliases, and nothing is nested this deep: refusing them
# before the parser builds the document keeps a 1 KB file from expanding for minutes (a
# "billion laughs") or crashing the C parser (a stack overflow at ~10^5 levels).
MAX_YAML_DEPTH = 40


def load_yaml(path: Path) -> tuple[Any, Lines]:
    """Parse a YAML file; a syntax error becomes a Problem with the line it stands on.
    Inside the publishing view (core/withhold.py) the file is as that view has it."""
    if remembering():  # the preview: an unchanged file is not parsed again
        data, lines = remembered(f"parsed {path}", _parsed, path)
        return pickle.loads(data), lines
    ready = _PARSED_AHEAD.pop(path, None)
    data, lines = ready if ready is not None else parse_yaml(read_text(path), display_path(path))
    if not withhold.active():
        return data, lines
    data, tree = withhold.prune_document(data, lines.tree, display_path(path))
    return data, Lines(tree)


# Files parsed by `parse_ahead`, each handed out once: the first `load_yaml` of a file
# takes it, a second one parses the file again (so no two callers share one document).
_PARSED_AHEAD: dict[Path, tuple[Any, Lines]] = {}


@contextmanager
def parse_ahead(paths: Iterable[Path], kept: Path | None = None) -> Iterator[None]:
    """Parse every YAML file in `paths` now, for the `load_yaml` calls inside the block.

    The build checks data/ in two processes that read the same files (the domains here,
    the terminology check in a child forked after this): parsed once before the fork, both
    take the documents from here (the child its copy-on-write copy), instead of parsing
    every file twice. A file that does not parse is left for its loader, which reports it.
    With `kept` (a build's .cache/parsed-yaml.pickle), a file whose text parsed without a
    problem in the last build is taken from there (parsecache.py).
    """
    cache = ParseCache(kept, build_day()) if kept is not None else None
    try:
        for path in paths:
            try:
                _PARSED_AHEAD[path] = _parse_kept(read_text(path), display_path(path), cache)
            except DataError:
                continue
        if cache is not None:
            cache.save()
        yield
    finally:
        _PARSED_AHEAD.clear()


def _parse_kept(text: str, name: str, cache: ParseCache | None) -> tuple[Any, Lines]:
    if cache is None:
        return parse_yaml(text, name)
    key = cache.key(text)
    found = cache.get(key)
    if found is not None:
        data, tree = found
        return data, Lines(tree)
    data, lines = parse_yaml(text, name)
    cache.put(key, data, lines.tree)
    return data, lines


def _parsed(path: Path) -> tuple[bytes, Lines]:
    """The parsed file: its data pickled, so that each caller gets a copy of its own,
    whatever it does with it (the lines are only read)."""
    data, lines = parse_yaml(read_text(path), display_path(path))
    return pickle.dumps(data), lines


def parse_yaml(
    text: str, name: str, today: date | None = None, check_values: bool = True
) -> tuple[Any, Lines]:
    """Parse YAML text read through the boundary; every problem names file, line and field.

    check_values=False for the interface catalogs, whose texts may carry markup (a lang
    span): the structure is still checked (no anchors, aliases or deep nesting)."""
    try:
        # A short text without "&" and "*" can hold no anchor or alias, nor nesting deep
        # enough to crash the parser: its depth is read from the node tree it gives (the
        # data files' common case; the event stream took a fifth of parsing them).
        short = len(text) <= SHORT_YAML_CHARS and "&" not in text and "*" not in text
        refused = None if short else yaml_structure_problem(text, name)
        if refused is not None:
            raise DataError([refused])
        # Parse once: the node tree gives line numbers, the same tree gives the data.
        loader = _LineLoader(text)
        try:
            root = loader.get_single_node()
            refused = _too_deep(root, name) if short and root is not None else None
            if refused is not None:
                raise DataError([refused])
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except _ValueRefused as exc:
        loc = _loc_of_mark(root, exc.mark)
        line = exc.mark.line + 1
        field = _field_name(loc)
        found = Problem(
            name, exc.message, field=field, line=line, hint=exc.hint, column=exc.mark.column + 1
        )
        raise DataError([found]) from exc
    except yaml.YAMLError as exc:
        raise DataError([yaml_error_problem(exc, text, name)]) from exc
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise DataError(
            [
                Problem(
                    name,
                    f"invalid YAML: it cannot be read ({exc.__class__.__name__})",
                    hint="check the file against the README example; if it looks right, "
                    "report it with this message",
                )
            ]
        ) from exc
    lines = Lines.of(root)
    # The interface catalogs (check_values=False) may carry markup, but no character that
    # no text holds (controls, bidirectional and invisible characters).
    unsafe = [
        Problem(name, message, field=_field_name(loc), line=lines.line_of(loc), hint=hint)
        for loc, message, hint in tree_problems(data, today=today, characters_only=not check_values)
    ]
    if unsafe:
        raise DataError(unsafe)
    return data, lines


_YAML_HINTS = {
    "ReaderError": "delete the character (it is not text: retype the text around it), then "
    "save the file as UTF-8",
    "ComposerError": "write the value out in full (the data files use no anchors & or "
    "aliases *); put a text starting with & or * in quotes",
    "ConstructorError": "remove the tag (a word starting with !); put a text starting with "
    "! in quotes",
}
_CONSTRUCTOR_HINTS = {
    "duplicate key": "keep one of the two: the second would silently replace the first",
    "used as a key": "write a word before the colon; put a text starting with [ or { in quotes",
}
_SYNTAX_HINT = "check indentation, colons and quotes on this line and the one above"


def yaml_error_problem(exc: yaml.YAMLError, text: str, name: str) -> Problem:
    """Any error of the YAML parser as a Problem: the file, the line and column it stands on,
    the character there named (U+XXXX), and what to do."""
    kind = exc.__class__.__name__
    hint = _YAML_HINTS.get(kind, _SYNTAX_HINT)
    if isinstance(exc, yaml.reader.ReaderError):
        # The reader refuses a character before any token and stops at its first
        # occurrence; its `position` counts bytes in the C reader, characters in Python's.
        char = chr(exc.character) if isinstance(exc.character, int) else str(exc.character)
        position = text.find(char)
        if position < 0:
            position = min(max(exc.position, 0), len(text))
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        return Problem(
            name,
            f"invalid YAML: the character {character_name(char)} is not allowed in YAML",
            line=line,
            hint=hint,
            column=column,
        )
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        problem = " ".join(str(exc.problem or exc.context or kind).split())
        if mark is None:
            return Problem(name, f"invalid YAML: {problem}", hint=hint)
        hint = next((h for key, h in _CONSTRUCTOR_HINTS.items() if key in problem), hint)
        # The character the parser stopped at, named when it may be what is wrong: any
        # character a scanner refuses, and one that is not plain printable ASCII.
        index = getattr(mark, "index", None)
        at = ""
        if isinstance(index, int) and 0 <= index < len(text) and text[index] != "\n":
            char = text[index]
            if kind == "ScannerError" or not (char.isascii() and char.isprintable()):
                at = f" (at {character_name(char)})"
        elif isinstance(index, int) and index >= len(text):
            at = " (at the end of the file)"
        return Problem(
            name,
            f"invalid YAML: {problem}{at}",
            line=mark.line + 1,
            hint=hint,
            column=mark.column + 1,
        )
    return Problem(name, f"invalid YAML: {kind}", hint=hint)


# Texts up to this long are checked on their node tree (above): even nested all the way
# down, one level a character, they stay far below the depth at which the C parser's
# recursion overflows its stack (about 25,000 levels on an 8 MB stack).
SHORT_YAML_CHARS = 8_000


def _too_deep(root: yaml.Node, name: str) -> Problem | None:
    """yaml_structure_problem's depth check on a composed tree: the first collection, in
    the order of the text, nested more than MAX_YAML_DEPTH deep."""
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            continue
        if depth > MAX_YAML_DEPTH:
            return _nested_too_deep(name, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        else:
            children = node.value
        stack.extend((child, depth + 1) for child in reversed(children))
    return None


def _nested_too_deep(name: str, line: int | None) -> Problem:
    return Problem(
        name,
        f"nested more than {MAX_YAML_DEPTH} levels deep",
        line=line,
        hint="check the indentation and brackets against the README example",
    )


_OPENING = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_CLOSING = (yaml.MappingEndEvent, yaml.SequenceEndEvent)


def yaml_structure_problem(text: str, name: str) -> Problem | None:
    """An anchor, an alias or nesting deeper than MAX_YAML_DEPTH, found in the event stream
    (the parser's events come one at a time, before any document is built)."""
    depth = 0
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            return Problem(
                name,
                "uses a YAML anchor or alias (& or *), which the data files do not allow",
                line=line,
                hint="write the value out in full; put text starting with & or * in quotes",
            )
        if isinstance(event, _OPENING):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                return _nested_too_deep(name, line)
        elif isinstance(event, _CLOSING):
            depth -= 1
    return None


class _ValueRefused(yaml.YAMLError):
    """A scalar the parser read but that is no value: an impossible date."""

    def __init__(self, message: str, hint: str, mark: yaml.Mark) -> None:
        super().__init__(message)
        self.message, self.hint, self.mark = message, hint, mark


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError) as exc:
        raise _ValueRefused(
            calendar_problem(str(node.value)),
            "write the date as YYYY-MM-DD (year, month, day), e.g. 2025-09-01",
            node.start_mark,
        ) from exc


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)

# Python converts at most 4,300 digits to a number (a guard against slow conversions):
# longer, it raises ValueError, which would say nothing of where the number is.
_MOST_DIGITS = 100


def _construct_int(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    digits = sum(c.isdigit() for c in str(node.value))
    if digits > _MOST_DIGITS:
        raise _ValueRefused(
            f"a number of {digits:,} digits, more than any field of the data can mean",
            "check the number: write it with digits only, as the field's unit counts it",
            node.start_mark,
        )
    return yaml.SafeLoader.construct_yaml_int(loader, node)


_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def _construct_bool(loader: _LineLoader, node: yaml.ScalarNode) -> bool:
    """Only true and false are truth values. YAML 1.1 also reads yes, no, on and off as
    true and false, so "credits: yes" became 1 and "name: No" no text at all."""
    word = node.value
    if word.lower() not in ("true", "false"):
        read_as = "true" if word.lower() in ("yes", "y", "on") else "false"
        raise _ValueRefused(
            f"'{word}' would be read as {read_as}",
            f"write true or false for a yes/no field; for a text, put it in quotes ('{word}');"
            " for a number, write the number",
            node.start_mark,
        )
    return bool(yaml.SafeLoader.construct_yaml_bool(loader, node))


_LineLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def _loc_of_mark(root: yaml.Node | None, mark: yaml.Mark) -> Loc:
    """Where in the document the node starting at `mark` is (for the field of a message)."""
    stack: list[tuple[yaml.Node, Loc]] = [(root, ())] if root is not None else []
    while stack:
        node, loc = stack.pop()
        start = node.start_mark
        if (start.line, start.column) == (mark.line, mark.column) and not isinstance(
            node, yaml.CollectionNode
        ):
            return loc
        if isinstance(node, yaml.MappingNode):
            stack.extend((value, (*loc, key.value)) for key, value in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((value, (*loc, index)) for index, value in enumerate(node.value))
    return ()


def _field_name(loc: Loc) -> str:
    return ".".join(str(part) for part in loc) if loc else "(whole record)"


REFUSED = "refused"


def refusal(message: str, hint: str) -> PydanticCustomError:
    """What a validator raises to refuse a value with what to do about it: the problem
    shows the message and the hint apart, as it does for the checks of its own."""
    return PydanticCustomError(REFUSED, "{message}", {"message": message, "hint": hint})


def _message(error: dict[str, Any]) -> tuple[str, str | None]:
    kind = error["type"]
    if kind == REFUSED:
        return error["ctx"]["message"], error["ctx"]["hint"]
    if kind == "missing":
        return "required field is missing", "add it"
    if kind == "extra_forbidden":
        return "unknown field", "remove it or check its spelling"
    given = _shown(error.get("input"))
    if kind.startswith(("date", "datetime")):
        return f"not a date{given}", "write the date as YYYY-MM-DD, e.g. 2025-09-01"
    if kind.startswith("int"):
        return f"not a whole number{given}", "write digits only, e.g. 12 (no spaces or units)"
    if kind == "finite_number":
        return "not a finite number", "write a number with digits, e.g. 3.5"
    if kind.startswith(("float", "decimal")):
        return f"not a number{given}", "write it with a decimal point, e.g. 3.5 (not 3,5)"
    if kind.startswith("bool"):
        return f"not yes or no{given}", "write true or false"
    if kind == "string_type":
        return f"expected text{given}", "put the value in quotes"
    if kind in ("list_type", "dict_type", "model_type"):
        shape = "a list (lines starting with '- ')" if kind == "list_type" else "a group of fields"
        return f"expected {shape}{given}", "check the indentation against the README example"
    if kind == "literal_error":
        allowed = error.get("ctx", {}).get("expected", "")
        return f"not one of {allowed}{given}", "use one of the values listed"
    expected = error.get("msg", "invalid value").removeprefix("Value error, ")
    return expected, None


def _shown(value: Any) -> str:
    """The wrong value, short, for the message (editors' own data, never personal data:
    the personal-data gate has already passed the file)."""
    if value is None or isinstance(value, dict | list):
        return ""
    text = str(value)
    return f" ({text[:37] + '…' if len(text) > 40 else text!r})" if text else ""


def problems_from_validation(
    exc: ValidationError,
    file: str,
    lines: Lines | None,
    record: str | None,
    base: Loc = (),
) -> list[Problem]:
    found = []
    for error in exc.errors():
        loc = tuple(part for part in error["loc"] if not _is_union_tag(part))
        message, hint = _message(error)
        line = lines.line_of((*base, *loc)) if lines is not None else None
        found.append(
            Problem(file, message, record=record, field=_field_name(loc), line=line, hint=hint)
        )
    return found


def _is_union_tag(part: str | int) -> bool:
    # pydantic adds the member type name to locations inside unions: not a field name.
    return isinstance(part, str) and ("[" in part or part in {"str", "int", "function-after"})


def validate(
    model: type[Model],
    data: Any,
    file: str,
    lines: Lines | None = None,
    record: str | None = None,
    base: Loc = (),
) -> Model:
    try:
        item = model.model_validate(data)
    except ValidationError as exc:
        raise DataError(problems_from_validation(exc, file, lines, record, base)) from exc
    beyond = [
        Problem(
            file,
            message,
            record=record,
            field=_field_name(loc),
            line=lines.line_of((*base, *loc)) if lines is not None else None,
            hint=hint,
        )
        for loc, message, hint in model_number_problems(item)
    ]
    if beyond:
        raise DataError(beyond)
    return item


def model_number_problems(item: BaseModel) -> Iterator[tuple[Loc, str, str]]:
    """(location, message, hint) for every number of a validated record beyond what its
    field can mean (textcheck.number_kind). The loaded YAML was checked already; this
    finds the numbers a model read from text ("1000…000" in quotes is a number to it)."""
    stack: list[tuple[Any, Loc, str | None]] = [(item, (), None)]
    while stack:
        value, loc, field = stack.pop()
        if isinstance(value, BaseModel):
            for name, info in type(value).model_fields.items():
                key = info.alias or name
                stack.append((getattr(value, name, None), (*loc, key), key))
        elif isinstance(value, list | tuple):
            stack.extend((v, (*loc, i), field) for i, v in enumerate(value))
        elif isinstance(value, dict):
            stack.extend((v, (*loc, k), field) for k, v in value.items())
        elif isinstance(value, int | float | Decimal) and not isinstance(value, bool):
            found = number_problem(value, field)
            if found is not None:
                yield (loc, *found)


def load_model(path: Path, model: type[Model]) -> Model:
    """Load one YAML file holding one record of `model`."""
    data, lines = load_yaml(path)
    if data is None:
        raise DataError([Problem(display_path(path), "file is empty")])
    return validate(model, data, display_path(path), lines, record=None)


@dataclass(frozen=True)
class RecordList(Generic[Model]):
    """A YAML file's list of records: each valid one with its index and label, and the
    problems of the others (a record whose key repeats an earlier one's among them)."""

    file: str
    lines: Lines
    found: list[tuple[int, str, Model]]
    problems: list[Problem]

    @property
    def records(self) -> list[Model]:
        return [record for _, _, record in self.found]


def read_record_list(
    path: Path,
    model: type[Model],
    key: str | None = "id",
    label: Callable[[dict], str] | None = None,
) -> RecordList[Model]:
    """Every record of the YAML list in `path` (an empty file is an empty list), validated
    one by one so that one run names every bad record. `key`: the field that names a record
    and must not repeat (None: no such field); `label`: how a record is named in messages
    when not by its key."""
    data, lines = load_yaml(path)
    file = display_path(path)
    data = [] if data is None else data
    if not isinstance(data, list):
        message = "expected a list of records (lines starting with '- ')"
        raise DataError([Problem(file, message, line=1)])
    found: list[tuple[int, str, Model]] = []
    problems: list[Problem] = []
    seen: dict[Any, int | None] = {}
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            name = f"#{index + 1}"
        elif label is not None:
            name = label(item)
        else:
            name = str(item.get(key) or f"#{index + 1}") if key else f"#{index + 1}"
        try:
            record = validate(model, item, file, lines, record=name, base=(index,))
        except DataError as exc:
            problems.extend(exc.problems)
            continue
        if key is not None:
            value, line = getattr(record, key), lines.line_of((index, key))
            if value in seen:
                problems.append(
                    Problem(
                        file,
                        f"duplicate {key} '{value}' (first at line {seen[value]})",
                        name,
                        key,
                        line,
                        f"each record needs its own {key}",
                    )
                )
                continue
            seen[value] = line
        found.append((index, name, record))
    return RecordList(file, lines, found, problems)


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]


def read_csv(path: Path, columns: Sequence[str], optional: Sequence[str] = ()) -> list[CsvRow]:
    """Read a UTF-8 CSV with a header; refuses missing and unknown columns, names the line.

    Files as spreadsheets save them are read the same: comma or semicolon separated (the
    Kazakh and Russian Excel "Save as CSV" uses semicolons and a decimal comma), with or
    without a BOM, CRLF or LF line ends.
    """
    name = display_path(path)
    text = read_text(path)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration as exc:
        raise DataError(
            [Problem(name, "file is empty", line=1, hint="add the header row")]
        ) from exc
    except csv.Error as exc:
        raise DataError([_csv_problem(exc, name, max(reader.line_num, 1))]) from exc
    header = [column.strip() for column in header]
    missing = [c for c in columns if c not in header]
    unknown = [c for c in header if c not in columns and c not in optional]
    problems = []
    if missing:
        problems.append(
            Problem(
                name,
                f"missing column(s): {', '.join(missing)}",
                line=1,
                hint=f"the header must be: {','.join(columns)}",
            )
        )
    if unknown:
        problems.append(
            Problem(
                name,
                f"unknown column(s): {', '.join(unknown)}",
                line=1,
                hint=f"the header must be: {','.join(columns)}",
            )
        )
    if problems:
        raise DataError(problems)
    rows = []
    # A character no value may hold (core/textcheck.py) is looked for cell by cell only in a
    # file that has one: one search of the whole text is much quicker.
    odd_characters = unsafe_character(text) is not None
    for values in _rows(reader, name, problems):
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(
                Problem(
                    name,
                    f"expected {len(header)} cells, found {len(values)}",
                    line=line,
                    hint="check for a missing or extra comma or quote",
                )
            )
            continue
        if delimiter == ";":  # Excel in a Kazakh or Russian locale: decimal comma
            values = [_DECIMAL_COMMA.sub(r"\1.\2", v) for v in values]
        for column, value in zip(header, values, strict=True):
            if value and (
                value[:1] in _CHECKED_START
                or "<" in value
                or "&#" in value
                or "://" in value
                or len(value) > _SHORT_CELL
                or odd_characters
            ):
                problems += [
                    Problem(name, message, field=column, line=line, hint=hint)
                    for message, hint in cell_problems(value, column)
                ]
        row = dict(zip(header, values, strict=True))
        if withhold.keeps_row(name, line, row):
            rows.append(CsvRow(line, row))
    if problems:
        raise DataError(problems)
    return rows


# A formula's or a script address's first character (also read by surveys/reading.py).
_RISKY_START = frozenset("=+-@\t\r jJvVdD")
# What a cell may start with to be checked here: those, and a digit (a number within what
# its column can mean). A cell longer than _SHORT_CELL is checked whatever it starts with
# (its length, lists nested in it).
_CHECKED_START = _RISKY_START | frozenset("0123456789.")
_SHORT_CELL = 50


def _rows(reader: Any, name: str, problems: list[Problem]) -> Iterator[list[str]]:
    """The reader's rows; a row the csv module cannot read (a cell longer than it reads)
    ends the file with a problem at its line, not a traceback."""
    try:
        yield from reader
    except csv.Error as exc:  # the line it stopped on is the one it could not read
        problems.append(_csv_problem(exc, name, reader.line_num))


def _csv_problem(exc: csv.Error, name: str, line: int) -> Problem:
    return Problem(
        name,
        f"cannot be read as CSV: {exc}",
        line=line,
        hint="check for a quote that is not closed; a text this long belongs in a document",
    )


_DECIMAL_COMMA = re.compile(r"^(-?[0-9]+),([0-9]+)$")


def _delimiter(text: str) -> str:
    """, or ; by the header row (quoted parts aside)."""
    header = text.split("\n", 1)[0]
    header = re.sub(r'"[^"]*"', "", header)
    return ";" if header.count(";") > header.count(",") else ","
