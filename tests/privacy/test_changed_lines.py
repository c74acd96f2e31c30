"""The preview's scan of a large table file by its changed lines
(kazutb_transparency/privacy/changed_lines.py): it finds what a scan of the whole file finds.

Every line of the labelled line corpus — each form of personal data in kk, ru and en, and
the hard negatives — is written into one record of a clean dataset, as JSON and as CSV,
and the file is scanned both ways: by its changed lines after the clean version, and whole.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from kazutb_transparency.bench.lines import corpus_allowlist, load_lines
from kazutb_transparency.privacy import changed_lines
from kazutb_transparency.privacy.allowlist import Allowlist
from kazutb_transparency.privacy.changed_lines import ChangedLines, scan_changed
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.scanner import scan_projection

RECORDS = 400
# Records of the files the corpus is written into (each corpus line scans them whole):
# over MIN_CHARS, and four margins and more.
FEW = {"json": 140, "csv": 340}
FIELDS = ("lead", "survey", "wave", "unit", "block", "respondents", "satisfaction", "note")


def _records(
    note_at: int | None = None, note: str = "", count: int = RECORDS
) -> list[dict[str, object]]:
    return [
        {
            "lead": "",
            "survey": f"survey-{i % 9}",
            "wave": f"202{i % 5}-06",
            "unit": f"programme-6B0{i:04d}",
            "block": ("overall", "teaching", "assessment")[i % 3],
            "respondents": 100 + i % 57,
            "satisfaction": round(0.5 + (i % 40) / 100, 3),
            "note": note if i == note_at else "",
        }
        for i in range(count)
    ]


def _json(records: list[dict[str, object]]) -> str:
    lines = ",\n".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in records)
    return f'{{"dataset":{{"name":"test"}},\n"records":[\n{lines}\n]}}\n'


def _csv(records: list[dict[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    for record in records:
        writer.writerow([record[f] for f in FIELDS])
    return buffer.getvalue()


ENCODE = {"json": _json, "csv": _csv}


@pytest.fixture(autouse=True)
def small_files(monkeypatch):
    # The corpus is scanned a thousand times: files of tens of KB keep that quick; the
    # margin is the module's own.
    monkeypatch.setattr(changed_lines, "MIN_CHARS", 10_000)


def _whole(text: str, fmt: str, allowlist: Allowlist) -> bool:
    """Whether a scan of the whole text finds anything."""
    return bool(scan_projection(project(text, fmt), allowlist, "file"))


def _by_changed_lines(old: str, new: str, fmt: str, allowlist: Allowlist) -> bool | None:
    """Whether the changed lines show anything; None when the file must be scanned whole."""
    lines = ChangedLines()
    assert lines.changed_text("opendata/x", old, fmt, allowlist) is None  # not served yet
    lines.served(["opendata/x"], [])
    part = lines.changed_text("opendata/x", new, fmt, allowlist)
    return None if part is None else not scan_changed(part, fmt, allowlist, "file")


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_the_changed_lines_find_what_the_whole_file_finds(fmt) -> None:
    allowlist = corpus_allowlist()
    old = ENCODE[fmt](_records(count=FEW[fmt]))
    assert len(old) > 4 * changed_lines.MARGIN_CHARS + changed_lines.MIN_CHARS
    assert not _whole(old, fmt, allowlist)
    differ, scanned = [], 0
    for n, line in enumerate(load_lines()):
        new = ENCODE[fmt](_records(n % FEW[fmt], line.text, FEW[fmt]))
        found = _by_changed_lines(old, new, fmt, allowlist)
        if found is None:
            continue  # scanned whole (a value across lines)
        scanned += 1
        if found != _whole(new, fmt, allowlist):
            differ.append(line.text)
    assert not differ
    assert scanned > 600  # most corpus lines are one line of a value


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_what_an_unchanged_line_says_around_a_changed_one_counts(fmt) -> None:
    """A corpus line cut in two: its first half is in the clean file, at the end of a
    record, its second half is the edit, at the start of the next one. Whatever the whole
    file's scan makes of the two, so does the scan of the changed line with its margin
    (without the margin, this test fails)."""
    allowlist = corpus_allowlist()
    count = FEW[fmt]
    differ, compared = [], 0
    for n, line in enumerate(load_lines()):
        words = line.text.split(" ")
        if len(words) < 2:
            continue
        at = n % (count - 1)
        first, second = " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])
        records = _records(at, first, count)
        old = ENCODE[fmt](records)
        if _whole(old, fmt, allowlist):
            continue  # the first half says something alone: not a clean file
        records[at + 1]["lead"] = second
        found = _by_changed_lines(old, ENCODE[fmt](records), fmt, allowlist)
        if found is None:
            continue
        compared += 1
        if found != _whole(ENCODE[fmt](records), fmt, allowlist):
            differ.append(line.text)
    assert not differ
    assert compared > 300


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_only_the_changed_runs_are_scanned(fmt) -> None:
    allowlist = Allowlist()
    old = ENCODE[fmt](_records())
    lines = ChangedLines()
    lines.changed_text("x", old, fmt, allowlist)
    lines.served(["x"], [])
    new = ENCODE[fmt](_records(200, "changed"))
    part = lines.changed_text("x", new, fmt, allowlist)
    assert part is not None and "changed" in part
    assert changed_lines.MARGIN_CHARS * 2 < len(part) < len(new) / 4
    if fmt == "csv":
        assert part.startswith(",".join(FIELDS))  # the header gives the cells their columns


def test_a_record_added_or_removed_is_looked_at_with_its_neighbours() -> None:
    allowlist = corpus_allowlist()
    records = _records()
    old = _json(records)
    added = _json([*records[:100], {"note": "Айгерім Сейтқалиқызы"}, *records[100:]])
    assert _by_changed_lines(old, added, "json", allowlist) is True
    removed = _json(records[:100] + records[101:])
    assert _by_changed_lines(old, removed, "json", allowlist) is False


def test_what_cannot_be_cut_into_lines_is_scanned_whole() -> None:
    allowlist = Allowlist()
    records = _records()
    across = _records(5, "two\nlines")
    assert _by_changed_lines(_csv(records), _csv(across), "csv", allowlist) is None
    raw = _json(records).replace('"note":""}', '"note":"two\nlines"}', 1)  # malformed JSON
    assert _by_changed_lines(_json(records), raw, "json", allowlist) is None
    names = _csv(records).replace("note", "full name", 1)
    changed = names.replace("programme-6B00005", "x")
    assert _by_changed_lines(names, changed, "csv", allowlist) is None
    header = _csv(records).replace("note", "remark", 1)
    assert _by_changed_lines(_csv(records), header, "csv", allowlist) is None
    most = _json([{**r, "respondents": 1} for r in records])
    assert _by_changed_lines(_json(records), most, "json", allowlist) is None


def test_escaped_quotes_and_backslashes_keep_a_json_file_in_lines() -> None:
    allowlist = corpus_allowlist()
    for note in ('a "quoted" word', "a path C:\\dir\\", 'end \\" and "start'):
        old = _json(_records(5, note))
        assert _by_changed_lines(old, _json(_records(5, note, 401)), "json", allowlist) is False
        found = _by_changed_lines(
            old, _json(_records(9, "тел. +7 701 234 56 78")), "json", allowlist
        )
        assert found is True


def test_another_allowlist_or_a_file_not_served_is_scanned_whole() -> None:
    old, new = _json(_records()), _json(_records(7, "x"))
    lines = ChangedLines()
    lines.changed_text("x", old, "json", Allowlist())
    assert lines.changed_text("x", new, "json", Allowlist()) is None  # scanned, not served
    lines.changed_text("x", old, "json", Allowlist())
    lines.served(["x"], [])
    assert lines.changed_text("x", new, "json", corpus_allowlist()) is None
    lines.served([], ["x"])  # gone from the served folder
    assert lines.changed_text("x", new, "json", Allowlist()) is None


def test_a_version_a_refused_rebuild_scanned_is_never_taken_for_the_served_one() -> None:
    """A rebuild that scanned a version by its lines and was refused (the version showed
    something) serves nothing: a later rebuild that serves the file scanned whole (small,
    this time) must not take that version for one scanned clean."""
    allowlist = Allowlist()
    served, refused = _json(_records()), _json(_records(200, "refused"))
    lines = ChangedLines()
    lines.changed_text("x", served, "json", allowlist)
    lines.served(["x"], [])
    lines.begin()
    assert "refused" in (lines.changed_text("x", refused, "json", allowlist) or "")
    lines.begin()  # refused; the next rebuild serves x scanned whole, never by its lines
    lines.served(["x"], [])
    lines.begin()
    assert "refused" in (lines.changed_text("x", refused, "json", allowlist) or "")
    lines.begin()
    assert lines.changed_text("x", "{}", "json", allowlist) is None  # too small for lines
    lines.served(["x"], [])
    assert not lines.knows("x")


def test_what_a_scan_in_a_child_found_clean_is_adopted_as_if_found_here() -> None:
    allowlist = Allowlist()
    old, new = _json(_records()), _json(_records(200, "changed"))
    here, child = ChangedLines(), ChangedLines()
    child.changed_text("x", old, "json", allowlist)
    here.adopt(child.pending())
    here.served(["x"], [])
    assert here.knows("x")
    part = here.changed_text("x", new, "json", allowlist)
    assert part is not None and "changed" in part and len(part) < len(new) / 4
