"""A saved form changes only the values that changed: one changed value is a one-line
diff, comments, flow style, quoting and key order stay, a new record is written as its
neighbours are; and what is written always reads back as the form's values."""

from __future__ import annotations

import copy
import csv
import difflib
import io
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from buildtools import DATA

from kazutb_transparency.editor.roundtrip import merged_csv, merged_yaml, normal

YAML_FILES = sorted(DATA.rglob("*.yaml"))
CSV_FILES = sorted(DATA.rglob("*.csv"))


def _changed_lines(old: str, new: str) -> list[str]:
    before, after = old.splitlines(), new.splitlines()
    if len(before) == len(after):  # in place (difflib may pair repeated lines otherwise)
        pairs = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
        return [line for a, b in pairs for line in (f"-{a}", f"+{b}")]
    diff = difflib.unified_diff(old.splitlines(), new.splitlines(), n=0, lineterm="")
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def _decap_like(value: Any) -> str:
    """A whole file as a CMS's YAML writer gives it: block style, keys sorted, no comment."""
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=True, default_flow_style=False)


def _leaves(value: Any, path: tuple = ()) -> list[tuple[tuple, Any]]:
    if isinstance(value, dict):
        return [leaf for key, v in value.items() for leaf in _leaves(v, (*path, key))]
    if isinstance(value, list):
        return [leaf for i, v in enumerate(value) for leaf in _leaves(v, (*path, i))]
    return [(path, value)]


def _set(value: Any, path: tuple, new: Any) -> None:
    for step in path[:-1]:
        value = value[step]
    value[path[-1]] = new


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_an_unchanged_form_leaves_the_file_as_it_was(path: Path) -> None:
    old = path.read_text(encoding="utf-8")
    data = yaml.safe_load(old)
    if data is None:
        pytest.skip("empty file")
    assert merged_yaml(old, _decap_like(data)) == old


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_one_changed_value_is_one_changed_line(path: Path) -> None:
    """Every file of data/, three values each (a number, a one-line text, any leaf)."""
    old = path.read_text(encoding="utf-8")
    data = yaml.safe_load(old)
    candidates = [
        (where, value) for where, value in _leaves(data)
        if where and isinstance(value, int | str) and not isinstance(value, bool)
        and "\n" not in str(value)
    ]  # fmt: skip
    if not candidates:
        pytest.skip("no value to change")
    chosen = random.Random(str(path.name)).sample(candidates, min(3, len(candidates)))
    for where, value in chosen:
        changed = copy.deepcopy(data)
        _set(changed, where, value + 7 if isinstance(value, int) else f"{value} (өзгерді)")
        written = merged_yaml(old, _decap_like(changed))
        assert normal(yaml.safe_load(written)) == normal(changed), where
        lines = _changed_lines(old, written)
        block = _in_block_scalar(old, where, data)
        assert block or len(lines) == 2, (where, lines)


def _in_block_scalar(text: str, where: tuple, data: Any) -> bool:
    """A text written as a folded or literal block: its lines are wrapped anew."""
    node = yaml.compose(text)
    for step in where:
        if isinstance(node, yaml.MappingNode):
            node = next(v for k, v in node.value if k.value == str(step))
        else:
            node = node.value[step]
    return isinstance(node, yaml.ScalarNode) and node.style in ("|", ">")


FEES = """\
# Fees of one programme. A comment the office wrote.
programme: 6B00000
tuition:
- academic_year: 2026-2027
  fees:
  - {form: full-time, language: kk, fee: 1000000}  # the 2026 decision
  - {form: full-time, language: ru, fee: 1000000}
  posted: '2026-11-20'
  source: {kk: Шешім, ru: Решение, en: Decision}
"""


def test_a_fee_changed_keeps_comments_flow_style_and_quotes() -> None:
    data = yaml.safe_load(FEES)
    data["tuition"][0]["fees"][1]["fee"] = 1100000
    written = merged_yaml(FEES, _decap_like(data))
    assert _changed_lines(FEES, written) == [
        "-  - {form: full-time, language: ru, fee: 1000000}",
        "+  - {form: full-time, language: ru, fee: 1100000}",
    ]
    assert "A comment the office wrote." in written and "# the 2026 decision" in written


def test_a_new_row_follows_its_neighbours_layout_and_order() -> None:
    data = yaml.safe_load(FEES)
    data["tuition"][0]["fees"].append({"fee": 900000, "language": "en", "form": "part-time"})
    written = merged_yaml(FEES, _decap_like(data))
    assert _changed_lines(FEES, written) == ["+  - {form: part-time, language: en, fee: 900000}"]


def test_a_new_block_record_follows_its_neighbour() -> None:
    path = DATA / "disclosures" / "documents.yaml"
    old = path.read_text(encoding="utf-8")
    data = yaml.safe_load(old)
    records = (
        data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
    )
    record = copy.deepcopy(records[-1])
    record["id"] = "annual-report-2026"
    records.append(record)
    written = merged_yaml(old, _decap_like(data))
    added = [line[1:] for line in _changed_lines(old, written)]
    assert all(line.startswith(("- ", "  ")) for line in added)
    assert added[0].startswith("- id: annual-report-2026")  # the neighbour's first key
    assert normal(yaml.safe_load(written)) == normal(data)
    assert old in written or written.startswith(old[: old.rindex("\n- ")])


def test_a_removed_record_takes_only_its_own_lines() -> None:
    data = yaml.safe_load(FEES)
    del data["tuition"][0]["fees"][0]
    written = merged_yaml(FEES, _decap_like(data))
    assert _changed_lines(FEES, written) == [
        "-  - {form: full-time, language: kk, fee: 1000000}  # the 2026 decision"
    ]


@pytest.mark.parametrize(
    "text",
    ["yes", "2025-01-01", "1e3", "null", "a: b", "- x", "#hash", "'quoted'", "x, y", "{z}"],
)
def test_a_text_that_yaml_would_read_otherwise_is_quoted(text: str) -> None:
    old = "name: {kk: Ескі, ru: Старое}\nnote: старое\n"
    new = {"name": {"kk": text, "ru": "Старое"}, "note": text}
    written = merged_yaml(old, _decap_like(new))
    assert yaml.safe_load(written) == new


def test_what_cannot_be_patched_is_written_as_the_form_sent_it() -> None:
    old = "a: [1, 2, 3]\n"
    new = {"a": {"now": "a group"}}
    written = merged_yaml(old, _decap_like(new))
    assert yaml.safe_load(written) == new


@pytest.mark.parametrize("path", CSV_FILES[:40], ids=lambda p: str(p.relative_to(DATA)))
def test_one_changed_cell_is_one_changed_csv_line(path: Path) -> None:
    old = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(old.lstrip("\ufeff"))))
    if len(rows) < 2:
        pytest.skip("no row")
    pick = random.Random(path.name)
    row = pick.randrange(1, len(rows))
    cell = pick.randrange(len(rows[row]))
    rows[row][cell] += "1"
    out = io.StringIO()
    csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
    written = merged_csv(old, out.getvalue())
    assert len(_changed_lines(old, written)) == 2
    assert list(csv.reader(io.StringIO(written.lstrip("\ufeff")))) == rows


def test_a_semicolon_file_keeps_its_dialect() -> None:
    old = "programme;fee\n6B01;1000\n6B02;2000\n"
    written = merged_csv(old, "programme,fee\n6B01,1000\n6B02,2500\n6B03,3000\n")
    assert written == "programme;fee\n6B01;1000\n6B02;2500\n6B03;3000\n"


def test_the_editor_writes_the_smallest_diff(editor, work_copy: Path) -> None:
    """Through the backend, as the CMS saves: one fee changed in a whole file re-written by
    the CMS is one line in git's diff, and the file's comment survives."""
    from test_backend import _persist, _post

    path = next((work_copy / "data" / "applicants" / "programmes").glob("*.yaml"))
    subprocess.run(["git", "init", "-q", str(work_copy)], check=True)
    subprocess.run(["git", "-C", str(work_copy), "add", "-A"], check=True)
    old = path.read_text(encoding="utf-8")
    data = yaml.safe_load(old)
    data["tuition"][0]["fees"][0]["fee"] += 5000
    relative = path.relative_to(work_copy).as_posix()
    status, answer = _post(editor, _persist(relative, _decap_like(data)))
    assert status == 200, answer
    diff = subprocess.run(
        ["git", "-C", str(work_copy), "diff", "--numstat", "--", relative],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert diff.split()[:2] == ["1", "1"]
    assert path.read_text(encoding="utf-8").splitlines()[0] == old.splitlines()[0]
    assert old.splitlines()[0].startswith("#")


def _record_lines(text: str, start: int, end: int) -> list[str]:
    """A record's lines without comments and blank lines (they are the file's, not the
    record's layout)."""
    lines = text[start:end].splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _last_record(text: str) -> tuple[int, int] | None:
    """Where the last item of a top-level list of mappings is written (block style)."""
    root = yaml.SafeLoader(text).get_single_node()
    if not isinstance(root, yaml.SequenceNode) or root.flow_style or not root.value:
        return None
    last = root.value[-1]
    if not isinstance(last, yaml.MappingNode) or last.flow_style:
        return None
    start = text.rfind("\n", 0, last.start_mark.index) + 1
    return start, len(text)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_a_copy_of_the_last_record_is_written_as_the_last_record_is(path: Path) -> None:
    """The office adds a record like the last one: the CMS sends it block style with keys
    sorted and dates as text; it is written with the neighbour's layout at every depth
    (key order, flow lists and mappings, indentation, dates unquoted)."""
    old = path.read_text(encoding="utf-8")
    where = _last_record(old)
    if where is None:
        pytest.skip("not a block list of records")
    data = yaml.safe_load(old)
    if any(
        isinstance(n, yaml.ScalarNode) and n.style in ("|", ">")
        for n in _nodes(yaml.SafeLoader(old).get_single_node().value[-1])
    ):
        pytest.skip("block texts are re-wrapped, not copied")
    new = _decap_like([*data, normal(copy.deepcopy(data[-1]))])
    result = merged_yaml(old, new)
    assert yaml.safe_load(result)[-1] == yaml.safe_load(old)[-1]
    added = result[len(old.rstrip("\n")) :]
    own = _record_lines(old, *where)
    assert [line for line in added.splitlines() if line.strip()] == own


def _nodes(node: yaml.Node) -> list[yaml.Node]:
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        found.append(current)
        if isinstance(current, yaml.MappingNode):
            stack.extend(part for pair in current.value for part in pair)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return found
