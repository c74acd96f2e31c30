"""A saved form as the smallest change to its file: only the values that changed are
rewritten, in place; everything else — layout, key order, flow or block style, quoting,
comments, blank lines — stays byte for byte.

The CMS sends a whole new file (its own YAML or CSV writer's). Written as it is, one
changed fee rewrote 800 lines and a reviewer could not see what the office changed. So the
new file is read as values, compared with the old file's values node by node, and each
difference becomes a text edit at the old node's position (PyYAML's composer gives every
node its start and end in the text). A round-trip library was measured first: ruamel.yaml
re-indents every sequence to one style per file (our files mix two), joins flow mappings
written over several lines and writes `null` as nothing, so 42 of the 127 YAML files of
data/ did not survive an unchanged load and dump. Text edits at the composer's marks keep
every file exactly.

Whatever the edits give is read back and must equal the new values, or the new file is
written as the CMS sent it: the smallest diff is a courtesy, the values are the contract.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import difflib
import io
import itertools
import json
import math
from typing import Any

import yaml

Edit = tuple[int, int, str]  # (start, end, replacement) in the old text


# --- values as the build compares them ------------------------------------------------


def _absent(value: Any) -> bool:
    """What the form leaves out when empty (editor.js `clean`): no value."""
    return value is None or value == {} or (isinstance(value, str) and not value.strip())


def normal(value: Any) -> Any:
    """`value` with the differences that are no edit taken away: a date and its ISO text,
    1 and 1.0, an empty optional field and a missing one."""
    if isinstance(value, dict):
        kept = {str(k): normal(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if not _absent(v)}
    if isinstance(value, list):
        return [normal(v) for v in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def _same(old: Any, new: Any) -> bool:
    return normal(old) == normal(new)


def _fingerprint(value: Any) -> str:
    return json.dumps(normal(value), sort_keys=True, ensure_ascii=False, default=str)


# --- YAML --------------------------------------------------------------------------------


class _Document:
    """The old text, its node tree and a loader to read any node's value."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.loader = yaml.SafeLoader(text)
        self.root = self.loader.get_single_node()

    def value(self, node: yaml.Node) -> Any:
        return self.loader.construct_object(node, deep=True)

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def line_end(self, index: int) -> int:
        """The index after the newline ending the line that holds `index - 1`."""
        if index > 0 and self.text[index - 1] == "\n":
            return index
        end = self.text.find("\n", index)
        return len(self.text) if end < 0 else end + 1

    def column(self, node: yaml.Node) -> int:
        return node.start_mark.column


def _dump(value: Any, flow: bool) -> str:
    return yaml.dump(
        value,
        Dumper=yaml.SafeDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=flow,
        width=10**9,
    )


def _scalar_text(value: Any, old: yaml.ScalarNode | None) -> str:
    """`value` written as a scalar that means the same in flow and block context, quoted
    as the old one was where it was quoted."""
    if isinstance(old, yaml.ScalarNode) and isinstance(value, str):
        if old.tag.endswith(":timestamp"):
            with contextlib.suppress(ValueError):
                value = dt.date.fromisoformat(value)  # a date stays a date, unquoted
        elif old.style == "'" and "\n" not in value:
            return "'" + value.replace("'", "''") + "'"
        elif old.style == '"':
            return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and "\n" in value:
        return json.dumps(value, ensure_ascii=False)
    text = _dump([value], flow=True).strip()
    return text[1:-1]  # "[value]": a scalar as a flow collection holds it


def _wrapped(text: str, width: int) -> list[str]:
    """A folded block's lines: words up to `width`, broken at single spaces."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def _flow_text(value: Any) -> str:
    return _dump(value, flow=True).strip()


def _block_lines(value: Any, indent: int) -> str:
    """`value` (a mapping or a list) in block style, every line indented by `indent`."""
    text = _dump(value, flow=False)
    return "".join(" " * indent + line if line.strip() else line for line in text.splitlines(True))


class _Patcher:
    def __init__(self, document: _Document) -> None:
        self.doc = document
        self.edits: list[Edit] = []

    # A node's whole text is replaced when no finer edit fits (a scalar turned list).
    def replace(self, node: yaml.Node, new: Any) -> None:
        if isinstance(node, yaml.ScalarNode) and node.style in ("|", ">") and isinstance(new, str):
            self.edits.append(self.block_scalar(node, new))
        elif isinstance(node, yaml.ScalarNode):
            self.edits.append((node.start_mark.index, node.end_mark.index, _scalar_text(new, node)))
        elif getattr(node, "flow_style", False) or not isinstance(new, dict | list) or not new:
            start, end = node.start_mark.index, self._content_end(node)
            self.edits.append((start, end, _flow_text(new)))
        else:
            start = self.doc.line_start(node.start_mark.index)
            end = self.doc.line_end(self._content_end(node))
            if start != node.start_mark.index:  # "- key: v" or "key:\n  ..." on a line
                self.edits.append((node.start_mark.index, self._content_end(node), _flow_text(new)))
            else:
                self.edits.append((start, end, _block_lines(new, self.doc.column(node))))

    def block_scalar(self, node: yaml.ScalarNode, new: str) -> Edit:
        """A text written as a literal (|) or folded (>) block stays one, with its
        indicator and indentation; the lines after it are left as they were."""
        start, end = node.start_mark.index, node.end_mark.index
        old = self.doc.text[start:end]
        header, _, body = old.partition("\n")
        content = body.rstrip("\n")
        trailing = body[len(content) :]
        first = next((line for line in body.splitlines() if line.strip()), "")
        indent = " " * (len(first) - len(first.lstrip(" ")))
        lines = new.splitlines() or [""]
        if node.style == ">":
            if "\n" in new or "  " in new or new != new.strip():
                return (start, end, _scalar_text(new, None) + ("\n" if trailing else ""))
            lines = _wrapped(new, max(40, 88 - len(indent)))
        chomp = "-" if not new.endswith("\n") else ""
        indicator = header.strip()[0] + chomp
        text = indicator + "\n" + "\n".join(indent + line if line else "" for line in lines)
        return (start, end, text + (trailing or "\n"))

    def _content_end(self, node: yaml.Node) -> int:
        """Where the node's own text ends: a block collection's end mark is the next
        token's start, after any comment and blank lines that follow it."""
        if isinstance(node, yaml.ScalarNode) or getattr(node, "flow_style", False):
            return node.end_mark.index
        children = _children(node)
        if not children:
            return node.end_mark.index
        return self._content_end(children[-1])

    def patch(self, node: yaml.Node, new: Any) -> None:
        if _same(self.doc.value(node), new):
            return
        done = len(self.edits)
        try:
            if isinstance(node, yaml.MappingNode) and isinstance(new, dict):
                self.mapping(node, new)
                return
            if isinstance(node, yaml.SequenceNode) and isinstance(new, list):
                self.sequence(node, new)
                return
        except _Unpatchable:
            del self.edits[done:]  # this node is written anew instead
        self.replace(node, new)

    def mapping(self, node: yaml.MappingNode, new: dict) -> None:
        old_keys = [self.doc.value(k) for k, _ in node.value]
        new_keys = [k for k, v in new.items() if not _absent(v)]
        structural = [k for k in new_keys if k not in old_keys] or [
            k for (k, (_, v)) in zip(old_keys, node.value, strict=True)
            if k not in new and not _absent(self.doc.value(v))
        ]  # fmt: skip
        if structural and node.flow_style:
            merged = {k: new[k] for k in old_keys if k in new_keys}
            merged.update({k: new[k] for k in new_keys if k not in merged})
            self.edits.append((node.start_mark.index, node.end_mark.index, _flow_text(merged)))
            return
        for key, (key_node, value_node) in zip(old_keys, node.value, strict=True):
            if key in new and not _absent(new[key]):
                self.patch(value_node, new[key])
            elif not _absent(self.doc.value(value_node)):
                self.remove_pair(key_node, value_node)
        previous = None
        for key in new_keys:
            if key in old_keys:
                previous = node.value[old_keys.index(key)]
                continue
            self.add_pair(node, previous, key, new[key])

    def remove_pair(self, key_node: yaml.Node, value_node: yaml.Node) -> None:
        start = self.doc.line_start(key_node.start_mark.index)
        if (
            start != key_node.start_mark.index
            and self.doc.text[start : key_node.start_mark.index].strip()
        ):
            # The first key of a "- key: value" item: the item goes on without it only if
            # rewritten; the caller's item replace handles it.
            raise _Unpatchable
        end = self.doc.line_end(self._content_end(value_node))
        self.edits.append((start, end, ""))

    def add_pair(
        self,
        node: yaml.MappingNode,
        previous: tuple[yaml.Node, yaml.Node] | None,
        key: str,
        value: Any,
    ) -> None:
        if previous is None:
            raise _Unpatchable  # before the first key: the enclosing node is rewritten
        column = node.value[0][0].start_mark.column
        at = self.doc.line_end(self._content_end(previous[1]))
        if isinstance(value, dict | list) and value:
            text = " " * column + _dump({key: value}, flow=False).replace("\n", "\n" + " " * column)
            text = text.rstrip(" ")
        else:
            text = " " * column + f"{_scalar_text(key, None)}: {_scalar_text(value, None)}\n"
        self.edits.append((at, at, text))

    def sequence(self, node: yaml.SequenceNode, new: list) -> None:
        items = node.value
        if not items or (node.flow_style and len(items) != len(new)):
            self.replace(node, new)
            return
        old_prints = [_fingerprint(self.doc.value(item)) for item in items]
        new_prints = [_fingerprint(value) for value in new]
        matcher = difflib.SequenceMatcher(a=old_prints, b=new_prints, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                continue
            pairs = min(i2 - i1, j2 - j1)
            for offset in range(pairs):
                self.patch(items[i1 + offset], new[j1 + offset])
            if i2 - i1 > pairs:
                if node.flow_style:
                    raise _Unpatchable
                for item in items[i1 + pairs : i2]:
                    self.remove_item(item)
            if j2 - j1 > pairs:
                if node.flow_style:
                    raise _Unpatchable
                after = items[i1 + pairs - 1] if i1 + pairs > 0 else None
                like = items[min(i1 + pairs, len(items) - 1)] if after is None else after
                self.add_items(after, like, new[j1 + pairs : j2])

    def _item_start(self, item: yaml.Node) -> int:
        """The line of the item's dash."""
        return self.doc.line_start(item.start_mark.index)

    def remove_item(self, item: yaml.Node) -> None:
        start = self._item_start(item)
        if self.doc.text[start : item.start_mark.index].strip() != "-":
            raise _Unpatchable  # an item that does not begin its own line
        self.edits.append((start, self.doc.line_end(self._content_end(item)), ""))

    def add_items(self, after: yaml.Node | None, like: yaml.Node, values: list) -> None:
        dash_line = self.doc.text[self._item_start(like) : like.start_mark.index]
        if dash_line.strip() != "-":
            raise _Unpatchable
        dash = dash_line[: dash_line.index("-")]
        gap = dash_line[len(dash) + 1 :]
        at = (
            self.doc.line_end(self._content_end(after))
            if after is not None
            else self._item_start(like)
        )
        text = "".join(self._item_text(value, like, dash, gap) for value in values)
        self.edits.append((at, at, text))

    def _item_text(self, value: Any, like: yaml.Node, dash: str, gap: str) -> str:
        """A new item written as its neighbour is: a one-line flow mapping beside flow
        mappings, a block beside blocks, and so on inward (a list of flow mappings, a date
        unquoted, keys in the neighbour's order)."""
        inner = " " * (len(dash) + 1 + len(gap))
        if not isinstance(value, dict | list) or not value:
            return f"{dash}-{gap}{_like_text(value, like)}\n"
        if getattr(like, "flow_style", False) or not isinstance(value, dict):
            return f"{dash}-{gap}{_like_text(value, like)}\n"
        lines = self._pairs(value, like, inner)
        if not lines:
            return f"{dash}-{gap}{{}}\n"
        return f"{dash}-{gap}{lines[0]}" + "".join(inner + line for line in lines[1:])

    def _items_like(self, values: list, like: yaml.SequenceNode, inner: str) -> str:
        """A nested list's items, each as the neighbour's first item is written."""
        first = like.value[0] if like.value else None
        dash_line = self.doc.text[self._item_start(first) : first.start_mark.index] if first else ""
        if first is None or dash_line.strip() != "-":
            return _block_lines(values, len(inner) + 2)
        dash = dash_line[: dash_line.index("-")]
        gap = dash_line[len(dash) + 1 :]
        return "".join(self._item_text(value, first, dash, gap) for value in values)

    def _pairs(self, value: dict, like: yaml.Node | None, inner: str) -> list[str]:
        """A block mapping's lines (the first without its indentation) as `like` writes
        its own: each value after the neighbour's value of the same key."""
        lines = []
        for key, child in _ordered_like(value, like).items():
            if _absent(child):
                continue
            child_like = _child_of(like, key)
            name = _scalar_text(key, None)
            flow = child_like is not None and getattr(child_like, "flow_style", False)
            if not isinstance(child, dict | list):
                lines.append(f"{name}: {_block_scalar(child, child_like)}\n")
            elif not child or flow:
                lines.append(f"{name}: {_like_text(child, child_like)}\n")
            elif isinstance(child, list) and isinstance(child_like, yaml.SequenceNode):
                lines.append(f"{name}:\n" + self._items_like(child, child_like, inner))
            elif isinstance(child, dict) and isinstance(child_like, yaml.MappingNode):
                # Lines of a nested mapping are indented as the neighbour's (absolute).
                column = inner + "  "
                if child_like.value:
                    column = " " * self.doc.column(child_like.value[0][0])
                nested = self._pairs(child, child_like, column)
                lines.append(f"{name}:\n" + "".join(column + line for line in nested))
            else:
                lines.append(f"{name}:\n{_block_lines(child, len(inner) + 2)}")
        return lines


def _like_text(value: Any, like: yaml.Node | None) -> str:
    """A scalar, or a collection in flow style, written as `like` writes its own: a date
    as a date, a mapping's keys (and a list's mappings' keys) in its order."""
    if isinstance(value, dict):
        parts = [
            f"{_scalar_text(key, None)}: {_like_text(child, _child_of(like, key))}"
            for key, child in _ordered_like(value, like).items()
            if not _absent(child)
        ]
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        first = like.value[0] if isinstance(like, yaml.SequenceNode) and like.value else None
        return "[" + ", ".join(_like_text(v, first) for v in value) + "]"
    return _scalar_text(value, like if isinstance(like, yaml.ScalarNode) else None)


def _block_scalar(value: Any, like: yaml.Node | None) -> str:
    """A scalar after "key: " in block context: plain where the neighbour's is plain and
    YAML reads it back the same (a comma needs no quotes there), else as in flow."""
    plain = isinstance(like, yaml.ScalarNode) and not like.style
    if plain and isinstance(value, str) and "\n" not in value:
        text = _dump({"k": value}, flow=False)[len("k: ") :].rstrip("\n")
        if not text.startswith(("'", '"')) and "\n" not in text:
            return text
    return _like_text(value, like)


def _child_of(like: yaml.Node | None, key: Any) -> yaml.Node | None:
    if not isinstance(like, yaml.MappingNode):
        return None
    return next((node for k, node in like.value if str(k.value) == str(key)), None)


class _Unpatchable(Exception):
    """No small edit writes this change: the file is written as the CMS sent it."""


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _ordered_like(value: dict, like: yaml.Node) -> dict:
    """A new record's fields in the order its neighbour writes them, then any other."""
    if not isinstance(like, yaml.MappingNode):
        return value
    order = [key.value for key, _ in like.value]
    first = {key: value[key] for key in order if key in value}
    return {**first, **{key: v for key, v in value.items() if key not in first}}


def _flow_children(node: yaml.Node) -> set[str]:
    """The keys of a block mapping whose values are written in flow style."""
    if not isinstance(node, yaml.MappingNode):
        return set()
    return {
        str(key.value)
        for key, value in node.value
        if isinstance(value, yaml.MappingNode | yaml.SequenceNode) and value.flow_style
    }


def _apply(text: str, edits: list[Edit]) -> str:
    ordered = sorted(edits, key=lambda edit: (edit[0], edit[1]))
    for (_, end, _), (start, _, _) in itertools.pairwise(ordered):
        if start < end:
            raise _Unpatchable  # two edits in one place
    for start, end, replacement in reversed(ordered):
        text = text[:start] + replacement + text[end:]
    return text


def merged_yaml(old_text: str, new_text: str) -> str:
    """`new_text`'s values written into `old_text` by the smallest edits, or `new_text`
    itself where that cannot be done exactly."""
    try:
        new = yaml.safe_load(new_text)
        document = _Document(old_text)
        if document.root is None or new is None:
            return new_text
        patcher = _Patcher(document)
        patcher.patch(document.root, new)
        result = _apply(old_text, patcher.edits)
        if _same(yaml.safe_load(result), new):
            return result
    except (yaml.YAMLError, _Unpatchable, ValueError, TypeError, RecursionError):
        pass
    return new_text


# --- CSV ---------------------------------------------------------------------------------


def _csv_rows(text: str) -> tuple[csv.Dialect | type[csv.Dialect], list[list[str]], list[str]]:
    """(dialect, rows, each row's own text) of a CSV file."""
    sample = text.split("\n", 1)[0]
    dialect: Any = csv.excel
    if sample.count(";") > sample.count(","):

        class _Semicolon(csv.excel):
            delimiter = ";"

        dialect = _Semicolon
    lines = text.splitlines(True)
    reader = csv.reader(lines, dialect)
    rows, raw, used = [], [], 0
    for row in reader:
        rows.append(row)
        raw.append("".join(lines[used : reader.line_num]))
        used = reader.line_num
    return dialect, rows, raw


def _cell(value: str) -> Any:
    text = value.strip()
    try:
        return normal(float(text.replace(",", "."))) if text else ""
    except ValueError:
        return text


def merged_csv(old_text: str, new_text: str) -> str:
    """`new_text`'s rows written into `old_text`: an unchanged row keeps its own text
    (quoting, delimiter, line ending), a changed or new one is written in the old file's
    dialect and column order."""
    try:
        dialect, old_rows, old_raw = _csv_rows(old_text.lstrip("\ufeff"))
        _, new_rows, _ = _csv_rows(new_text.lstrip("\ufeff"))
        if not old_rows or not new_rows:
            return new_text
        old_header = [h.strip() for h in old_rows[0]]
        new_header = [h.strip() for h in new_rows[0]]
        if set(old_header) != set(new_header) or len(old_header) != len(new_header):
            return new_text
        order = [new_header.index(column) for column in old_header]

        def keyed(row: list[str], header: list[str]) -> str:
            cells = {
                column: _cell(row[i]) if i < len(row) else "" for i, column in enumerate(header)
            }
            return json.dumps(cells, sort_keys=True, ensure_ascii=False)

        old_keys = [keyed(row, old_header) for row in old_rows[1:]]
        new_keys = [keyed(row, new_header) for row in new_rows[1:]]
        ending = "\r\n" if old_raw[0].endswith("\r\n") else "\n"
        out = io.StringIO()
        writer = csv.writer(out, dialect, lineterminator=ending)
        parts = [("\ufeff" if old_text.startswith("\ufeff") else "") + old_raw[0]]
        matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                parts.extend(old_raw[1 + i1 : 1 + i2])
                continue
            for row in new_rows[1 + j1 : 1 + j2]:
                out.seek(0)
                out.truncate()
                writer.writerow([row[i] if i < len(row) else "" for i in order])
                parts.append(out.getvalue())
        result = "".join(parts)
        if parts[-1] and not parts[-1].endswith(("\n", "\r")):
            result += ending
        _, check_rows, _ = _csv_rows(result.lstrip("\ufeff"))
        if [keyed(r, old_header) for r in check_rows[1:]] == new_keys:
            return result
    except (csv.Error, ValueError, IndexError):
        pass
    return new_text


def merged(relative: str, old_text: str, new_text: str) -> str:
    """The text to write for a saved form: the old file changed only where its values did."""
    if relative.endswith(".csv"):
        return merged_csv(old_text, new_text)
    if relative.endswith((".yaml", ".yml")):
        return merged_yaml(old_text, new_text)
    return new_text
