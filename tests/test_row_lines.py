"""The live preview's encoded rows (core/opendata/row_lines.py): a row's line is taken
from the last rebuild only when the row would be written the same."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata import row_lines, writer
from kazutb_transparency.core.opendata.dataset import Dataset, Field
from kazutb_transparency.core.opendata.row_lines import RowLines, row_key


def _encode(row) -> str:
    return json.dumps(row, default=str)


def test_equal_values_written_differently_are_encoded_again() -> None:
    lines = RowLines()
    first = [{"a": 1}, {"a": 0.0}, {"a": Decimal("1")}, {"a": [1]}, {"a": date(2026, 1, 1)}]
    assert lines.lines("f", first, _encode) == [_encode(row) for row in first]
    second = [
        {"a": True},
        {"a": -0.0},
        {"a": Decimal("1.0")},
        {"a": [1.0]},
        {"a": date(2026, 1, 1)},
    ]
    assert lines.lines("f", second, _encode) == [_encode(row) for row in second]
    assert lines.lines("f", [{"b": 1, "a": 1}], _encode) == ['{"b": 1, "a": 1}']


def test_a_row_written_the_same_is_not_encoded_again() -> None:
    lines = RowLines()
    calls = []

    def encode(row) -> str:
        calls.append(row)
        return _encode(row)

    rows = [{"unit": f"u{i}", "n": i, "share": (i + 1) / 10, "ok": True} for i in range(5)]
    lines.lines("f", rows, encode)
    changed = [dict(row) for row in rows]
    changed[2]["share"] = 0.9
    calls.clear()
    assert lines.lines("f", changed, encode) == [_encode(row) for row in changed]
    assert calls == [changed[2]]
    calls.clear()
    lines.lines("other", changed, encode)  # another file: its own lines
    assert len(calls) == 5


def test_a_row_found_as_itself_is_neither_keyed_nor_encoded_again(monkeypatch) -> None:
    """The rows of a step the preview remembered are the same objects: taken as they are;
    a row made again with the same values is found by its key, one with others encoded."""
    lines = RowLines()
    encoded, keyed = [], []
    monkeypatch.setattr(row_lines, "row_key", lambda row: keyed.append(row) or row_key(row))

    def encode(row) -> str:
        encoded.append(row)
        return _encode(row)

    kept = [{"unit": f"u{i}", "share": i / 10} for i in range(4)]
    again = [{"unit": "v", "share": 0.5}, {"unit": "w", "share": 0.25}]
    lines.lines("f", [*kept, *again], encode)
    encoded.clear()
    keyed.clear()
    remade = [dict(again[0]), {"unit": "w", "share": 0.75}]
    assert lines.lines("f", [*kept, *remade], encode) == [_encode(r) for r in [*kept, *remade]]
    assert keyed == remade and encoded == [remade[1]]
    encoded.clear()
    keyed.clear()
    again_kept = [dict(row) for row in kept]  # the same values, other objects: by their keys
    assert lines.lines("f", again_kept, encode) == [_encode(r) for r in kept]
    assert keyed == again_kept and encoded == []


def test_rows_replaced_in_their_places_are_keyed_alone(monkeypatch) -> None:
    """A survey target's edit replaces a few rows among 100,000 in their places: those are
    keyed, and their neighbours taken as themselves, with no map of every row."""
    lines = RowLines()
    keyed = []
    monkeypatch.setattr(row_lines, "row_key", lambda row: keyed.append(row) or row_key(row))
    rows = [{"i": i, "share": i / 7} for i in range(2000)]
    lines.lines("f", rows, _encode)
    keyed.clear()
    changed = list(rows)
    for at in (0, 1, 2, 700, 1998, 1999):
        changed[at] = {**rows[at], "share": 0.5}
    made = []
    monkeypatch.setattr(row_lines._Lookup, "__init__", _recording(row_lines._Lookup, made))
    assert lines.lines("f", changed, _encode) == [_encode(row) for row in changed]
    assert keyed == [changed[at] for at in (0, 1, 2, 700, 1998, 1999)]
    assert made[0]._position is None and made[0]._by_key is None


def _recording(cls, made: list):
    init = cls.__init__

    def __init__(self, *args) -> None:
        init(self, *args)
        made.append(self)

    return __init__


def test_rows_made_again_out_of_place_are_found_by_key_past_the_first_few(monkeypatch) -> None:
    lines = RowLines()
    encoded = []

    def encode(row) -> str:
        encoded.append(row)
        return _encode(row)

    rows = [{"i": i} for i in range(1000)]
    lines.lines("f", rows, encode)
    encoded.clear()
    remade = [dict(row) for row in reversed(rows)]
    assert lines.lines("f", remade, encode) == [_encode(row) for row in remade]
    assert len(encoded) == row_lines.KEYED_ALONE  # then every other row from the map
    encoded.clear()
    shifted = [{"i": -1}, *remade]  # one row put in front: the others out of their places
    assert lines.lines("f", shifted, encode) == [_encode(row) for row in shifted]
    assert encoded[0] == {"i": -1} and len(encoded) <= row_lines.KEYED_ALONE


def test_the_preview_writes_the_files_the_build_writes(monkeypatch) -> None:
    text = Localized(kk="т", ru="т", en="t")
    fields = [Field(name=n, type=t, title=text, description=text)
              for n, t in (("id", "string"), ("n", "number"), ("tags", "array"))]  # fmt: skip
    rows = [{"id": f"r{i}", "n": i / 4, "tags": ["a", "b"] if i % 2 else None} for i in range(9)]
    rows[3]["id"] = 'with "quotes", a comma\nand a line'
    dataset = Dataset(name="d", title=text, description=text, fields=tuple(fields), rows=rows,
                      primary_key=("id",), updated=date(2026, 11, 1), sources=(),
                      evidence=text)  # fmt: skip
    keyed = []
    monkeypatch.setattr(row_lines, "row_key", lambda row: keyed.append(row) or row_key(row))
    for _ in range(2):  # the second time from the kept lines
        assert writer._encoded(dataset) == (
            writer.csv_bytes(dataset),
            writer.json_bytes(dataset),
        )
    assert len(keyed) == 2 * len(rows)  # the first time only: the same rows the second
    changed = dataclasses.replace(dataset, rows=[dict(row) for row in rows])
    changed.rows[4]["n"] = 7.5
    assert writer._encoded(changed) == (
        writer.csv_bytes(changed),
        writer.json_bytes(changed),
    )


def _keyed(*primary_key: str) -> Dataset:
    text = Localized(kk="т", ru="т", en="t")
    fields = tuple(Field(name=n, type="string", title=text, description=text) for n in "abc")
    return Dataset(name="d", title=text, description=text, fields=fields, rows=[],
                   primary_key=primary_key, updated=date(2026, 1, 1), sources=(),
                   evidence=text)  # fmt: skip


def test_rows_in_key_order_as_sort_key_orders_them() -> None:
    """The fast order of text keys and the general one give the same order, ties kept in
    the order given, for every shape of key: text, numbers, None, a missing column."""
    import random

    generator = random.Random(7)
    values = ["", "a", "B", "b", "ә", "Ә", "10", "9", "a b"]
    shapes = {
        "text": lambda: generator.choice(values),
        "mixed": lambda: generator.choice([*values, None, 3, 2.5, -1, True, date(2026, 1, 1)]),
    }
    for shape, value in shapes.items():
        for key in [("a",), ("a", "b"), ("b", "a", "c")]:
            dataset = _keyed(*key)
            rows = [{"a": value(), "b": value(), "c": value(), "i": i} for i in range(400)]
            if shape == "mixed":
                del rows[5]["b"]
            expected = sorted(rows, key=dataset.sort_key)
            assert dataset.in_key_order(rows) == expected, (shape, key)
            assert [r["i"] for r in dataset.in_key_order(rows)] == [r["i"] for r in expected]
    assert _keyed().in_key_order([{"a": "b"}, {"a": "a"}]) == [{"a": "b"}, {"a": "a"}]


def test_runs_of_the_last_rows_give_the_lines_a_fresh_encoding_gives() -> None:
    """Rows kept, moved, cut out, put in, made again, changed and repeated, round after
    round across the runs compared at once (row_lines.RUN): always the fresh lines."""
    import random

    generator = random.Random(11)
    lines = RowLines()
    rows = [{"unit": f"u{i}", "share": i / 8, "n": i} for i in range(3 * row_lines.RUN + 7)]
    for round_number in range(40):
        assert lines.lines("f", rows, _encode) == [_encode(r) for r in rows], round_number
        rows = list(rows)
        for _ in range(generator.randint(1, 4)):
            at = generator.randrange(len(rows))
            size = generator.randint(1, row_lines.RUN + 3)
            change = generator.choice(["move", "cut", "put", "copy", "alter", "repeat"])
            if change == "move":
                part = rows[at : at + size]
                del rows[at : at + size]
                place = generator.randrange(len(rows) + 1)
                rows[place:place] = part
            elif change == "cut" and len(rows) > size:
                del rows[at : at + size]
            elif change == "put":
                rows[at:at] = [{"unit": f"new{round_number}-{i}", "n": i} for i in range(size)]
            elif change == "copy":
                rows[at : at + size] = [dict(r) for r in rows[at : at + size]]
            elif change == "alter":
                rows[at] = {**rows[at], "share": generator.choice([1, 1.0, True, -0.0, None])}
            else:
                rows[at:at] = rows[at : at + size]
