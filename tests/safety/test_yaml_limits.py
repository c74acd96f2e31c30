"""YAML that cannot run away: no anchors or aliases, a depth limit, calendar dates in a
plausible window, finite numbers — each refused with file, line and field, never a
traceback, and quickly (the limits are checked on the parser's events, before any
document is built)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.core import dates
from kazutb_transparency.core.datafiles import (
    MAX_YAML_DEPTH,
    SHORT_YAML_CHARS,
    load_yaml,
    parse_yaml,
    yaml_structure_problem,
)
from kazutb_transparency.core.errors import DataError

TODAY = date(2026, 11, 21)


def refused(text: str, name: str = "data/x.yaml"):
    with pytest.raises(DataError) as caught:
        parse_yaml(text, name, today=TODAY)
    assert "Traceback" not in str(caught.value)
    return caught.value.problems


def billion_laughs(levels: int, width: int = 9) -> str:
    lines = ['a0: &a0 ["lol"]']
    for level in range(1, levels + 1):
        refs = ", ".join(f"*a{level - 1}" for _ in range(width))
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("levels", [1, 3, 10, 30])
def test_alias_bombs_are_refused_at_once(levels: int) -> None:
    (problem,) = refused(billion_laughs(levels))
    assert "anchor or alias" in problem.message and problem.line == 1


@pytest.mark.parametrize(
    "text, line",
    [
        ("base: &b {x: 1}\nother: 2\n", 1),
        ("list:\n  - &first one\n  - two\n", 2),
        ("a: 1\nb: *undefined\n", None),  # an alias without its anchor: a syntax error
        ("<<: *b\n", None),
    ],
)
def test_anchors_and_aliases_are_refused(text: str, line: int | None) -> None:
    (problem,) = refused(text)
    assert "anchor or alias" in problem.message or "invalid YAML" in problem.message
    if line is not None:
        assert problem.line == line


def test_an_ampersand_or_asterisk_in_text_is_text() -> None:
    data, _ = parse_yaml("a: R&D and *notes*\nb: '*quoted*'\nc: 'x & y'\n", "x.yaml", TODAY)
    assert data == {"a": "R&D and *notes*", "b": "*quoted*", "c": "x & y"}


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 10_000 + "]" * 10_000,
        "a: " + "[" * 200_000 + "]" * 200_000,  # crashes the C parser's composer if built
        "a: " + "{b: " * 5_000 + "1" + "}" * 5_000,
        "".join("  " * i + "- \n" for i in range(MAX_YAML_DEPTH + 5)),
    ],
)
def test_deep_nesting_is_refused_not_crashed(text: str) -> None:
    (problem,) = refused(text)
    assert f"nested more than {MAX_YAML_DEPTH} levels" in problem.message


def test_nesting_within_the_limit_is_read() -> None:
    depth = MAX_YAML_DEPTH - 1
    data, _ = parse_yaml("a: " + "[" * depth + "]" * depth, "x.yaml", TODAY)
    assert isinstance(data["a"], list)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2026-04-31", "April 2026 has 30 days"),
        ("2025-02-30", "February 2025 has 28 days"),
        ("2025-02-29", "February 2025 has 28 days"),
        ("2026-20-11", "there is no month 20 (day and month swapped?)"),
        ("2026-13-45", "there is no month 13"),
        ("2026-00-10", "there is no month 0"),
        ("2026-06-00", "June 2026 has 30 days"),
    ],
)
def test_impossible_dates_name_file_line_and_field(value: str, expected: str) -> None:
    (problem,) = refused(f"title: x\nitems:\n  - name: a\n    updated: {value}\n")
    assert expected in problem.message
    assert (problem.file, problem.line, problem.field) == ("data/x.yaml", 4, "items.0.updated")
    assert problem.hint and "YYYY-MM-DD" in problem.hint


def test_a_leap_day_is_a_date() -> None:
    data, _ = parse_yaml("updated: 2024-02-29\n", "x.yaml", TODAY)
    assert data == {"updated": date(2024, 2, 29)}


@pytest.mark.parametrize(
    "field, value",
    [
        ("updated", "2126-01-15"),
        ("updated", "2027-01-01"),
        ("approved", "2026-11-23"),
        ("published", "'2126-01-15'"),  # quoted: still a date
        ("valid_until", "2126-01-15"),
        ("deadline", "2099-09-01"),
        ("founded", "1900-01-01"),
        ("valid_from", "1985-06-01"),
    ],
)
def test_dates_outside_the_plausible_window_are_refused(field: str, value: str) -> None:
    (problem,) = refused(f"{field}: {value}\n")
    assert problem.field == field and problem.line == 1
    assert (
        "future" in problem.message
        or "years after" in problem.message
        or ("before" in problem.message)
    )


@pytest.mark.parametrize(
    "field, value",
    [
        ("updated", "2026-11-21"),
        ("updated", "2026-11-22"),  # a day's grace: the build machine's clock may be behind
        ("valid_until", "2031-05-27"),
        ("due", "2027-06-30"),
        ("since", "1991-12-16"),
    ],
)
def test_dates_inside_the_window_are_read(field: str, value: str) -> None:
    data, _ = parse_yaml(f"{field}: {value}\n", "x.yaml", TODAY)
    assert isinstance(data[field], date)


def test_the_window_follows_the_build_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAZUTB_TODAY", "2030-01-01")
    data, _ = parse_yaml("updated: 2029-12-31\n", "x.yaml")
    assert data["updated"] == date(2029, 12, 31)
    monkeypatch.setenv("KAZUTB_TODAY", "2026-01-01")
    with pytest.raises(DataError, match="in the future"):
        parse_yaml("updated: 2029-12-31\n", "x.yaml")


def test_a_bad_pinned_build_day_is_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAZUTB_TODAY", "2026-02-30")
    with pytest.raises(DataError, match="KAZUTB_TODAY"):
        dates.build_day()


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", ".NaN", "+.Inf", "1.0e+999"])
def test_numbers_must_be_finite(value: str) -> None:
    (problem,) = refused(f"figures:\n  - value: {value}\n")
    assert "not a finite number" in problem.message
    assert (problem.line, problem.field) == (2, "figures.0.value")


def test_unknown_tags_are_refused_with_their_line() -> None:
    (problem,) = refused("a: 1\nb: !!python/object/apply:os.system ['true']\n")
    assert "invalid YAML" in problem.message and problem.line == 2


def test_a_file_is_read_through_the_same_limits(tmp_path: Path) -> None:
    path = tmp_path / "about.yaml"
    path.write_text(billion_laughs(10), encoding="utf-8")
    with pytest.raises(DataError, match="anchor or alias"):
        load_yaml(path)


def _nested(kind: str, levels: int) -> str:
    """Texts nested `levels` deep in each way YAML nests: flow, block, keys, mixed."""
    if kind == "flow":
        return "a: " + "[" * levels + "]" * levels
    if kind == "flow-map":
        return "a: " + "{b: " * levels + "1" + "}" * levels
    if kind == "block":
        return "".join("  " * i + "- \n" for i in range(levels))
    if kind == "block-map":
        return "".join("  " * i + f"k{i}:\n" for i in range(levels)) + "  " * levels + "v\n"
    if kind == "compact":
        return "x: 1\ny:\n" + "- " * levels + "z\n"
    return "x:\n  ? " + "[" * levels + "]" * levels + "\n  : v\n"  # a complex key


@pytest.mark.parametrize("kind", ["flow", "flow-map", "block", "block-map", "compact", "key"])
@pytest.mark.parametrize("levels", [MAX_YAML_DEPTH - 1, MAX_YAML_DEPTH, MAX_YAML_DEPTH + 3])
def test_a_short_text_is_refused_for_depth_as_the_event_stream_refuses_it(
    kind: str, levels: int
) -> None:
    # A short text without & and * is checked on its node tree (datafiles.SHORT_YAML_CHARS):
    # the same verdict, message and line as the check of the event stream.
    text = _nested(kind, levels)
    assert len(text) <= SHORT_YAML_CHARS and "&" not in text and "*" not in text
    expected = yaml_structure_problem(text, "x.yaml")
    try:
        parse_yaml(text, "x.yaml", TODAY)
    except DataError as exc:
        (found,) = exc.problems
        assert expected is not None
        assert (found.message, found.line) == (expected.message, expected.line)
    else:
        assert expected is None


def test_the_longest_short_text_nested_all_the_way_is_refused_not_crashed() -> None:
    levels = (SHORT_YAML_CHARS - 3) // 2
    (problem,) = refused("a: " + "[" * levels + "]" * levels)
    assert f"nested more than {MAX_YAML_DEPTH} levels" in problem.message
