"""A large table file scanned by its changed lines between builds (buildsteps/scancache.py
with privacy/changed_lines.py): only where its earlier version at the same place was found
clean, and finding what a scan of the whole file finds."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from buildtools import scan_ahead

from kazutb_transparency.bench.lines import corpus_allowlist, load_lines
from kazutb_transparency.buildsteps import scancache
from kazutb_transparency.buildsteps.scancache import (
    KeptLines,
    Place,
    ScanCache,
    load,
    scan_one,
)
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.scanner import scan_projection

FIELDS = ("survey", "wave", "unit", "block", "respondents", "satisfaction", "note")
RECORDS = 300
PHONE = "+7 701 765 43 21"


@pytest.fixture(autouse=True)
def small_files(monkeypatch):
    # Files of tens of KB keep the corpus test quick; the margins are the module's own.
    monkeypatch.setattr(scancache, "MIN_CHARS", 10_000)


def _rows(note_at: int | None = None, note: str = "") -> list[list[object]]:
    return [
        [f"survey-{i % 9}", f"202{i % 5}-06", f"programme-6B0{i:04d}",
         ("overall", "teaching", "assessment")[i % 3], 100 + i % 57,
         round(0.5 + (i % 40) / 100, 3), note if i == note_at else ""]
        for i in range(RECORDS)
    ]  # fmt: skip


def _csv(rows: list[list[object]], bom: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(FIELDS)
    writer.writerows(rows)
    return ("\ufeff" if bom else "").encode() + buffer.getvalue().encode()


def _json(rows: list[list[object]], bom: bool = False) -> bytes:
    lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in [list(FIELDS), *rows])
    return ("\ufeff" if bom else "").encode() + f"[{lines}]\n".encode()


WRITE = {"csv": _csv, "json": _json}


def _kept(path: Path, data: bytes, allowlist) -> dict[str, KeptLines]:
    """Scan `data` at `path` whole (nothing kept for it yet): the lines it leaves."""
    path.write_bytes(data)
    first = scan_one(path, allowlist, frozenset(), place=Place(path.name, {}))
    assert not first.report.findings and first.clean
    return first.lines


def _whole_scan_forbidden(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("scanned whole")

    monkeypatch.setattr(scancache, "scan_file", refuse)


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_changed_record_is_scanned_by_its_lines(
    tmp_path: Path, allowlist, monkeypatch, fmt
) -> None:
    path = tmp_path / f"survey-indicators.{fmt}"
    kept = _kept(path, WRITE[fmt](_rows()), allowlist)
    assert set(kept) == {path.name} and kept[path.name].fmt == fmt
    path.write_bytes(WRITE[fmt](_rows(150, "a new note")))
    _whole_scan_forbidden(monkeypatch)
    again = scan_one(path, allowlist, frozenset(), place=Place(path.name, kept))
    assert not again.report.findings and again.scanned == 1 and again.clean
    # The new version's lines are kept in their turn, for the next edit.
    assert again.lines[path.name].key == again.clean[0]
    assert again.lines[path.name].digests != kept[path.name].digests


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_personal_data_in_the_changed_record_is_reported_where_it_is(
    tmp_path: Path, allowlist, fmt
) -> None:
    path = tmp_path / f"survey-indicators.{fmt}"
    kept = _kept(path, WRITE[fmt](_rows()), allowlist)
    path.write_bytes(WRITE[fmt](_rows(150, f"тел. {PHONE}")))
    again = scan_one(path, allowlist, frozenset(), place=Place(path.name, kept))
    assert again.report.findings and not again.clean and not again.lines
    # The whole file's scan reports it, at its line in the file (the header is line 1).
    assert {f.line for f in again.report.findings} == {152}


def test_only_the_same_place_and_format_are_compared(tmp_path: Path, allowlist) -> None:
    path = tmp_path / "a.csv"
    kept = _kept(path, _csv(_rows()), allowlist)
    other = tmp_path / "b.csv"
    other.write_bytes(_csv(_rows(150, f"тел. {PHONE}")))
    elsewhere = scan_one(other, allowlist, frozenset(), place=Place(other.name, kept))
    assert elsewhere.report.findings
    renamed = {"a.json": KeptLines(kept["a.csv"].key, "csv", kept["a.csv"].digests)}
    as_json = tmp_path / "a.json"
    as_json.write_bytes(_json(_rows(150, "a note")))
    result = scan_one(as_json, allowlist, frozenset(), place=Place("a.json", renamed))
    assert result.lines["a.json"].fmt == "json"  # scanned whole, and kept as JSON


def test_a_released_version_keeps_no_lines(tmp_path: Path, allowlist) -> None:
    # A release's files never change: keeping their lines would only grow the cache.
    path = tmp_path / "survey-indicators.csv"
    path.write_bytes(_csv(_rows()))
    place = "opendata/releases/2026-06-01-4249a6d9ca3d/survey-indicators.csv"
    released = scan_one(path, allowlist, frozenset(), place=Place(place, {}))
    assert released.clean and not released.lines
    current = scan_one(path, allowlist, frozenset(), place=Place("opendata/a.csv", {}))
    assert current.clean and set(current.lines) == {"opendata/a.csv"}


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_changed_lines_find_what_the_whole_file_finds(tmp_path: Path, fmt, bom) -> None:
    """Every fifth line of the labelled corpus written into one record, with and without a
    byte-order mark: the scan by changed lines finds something exactly when the whole
    file's scan does (privacy/changed_lines.py has the whole corpus on the algorithm)."""
    allowlist = corpus_allowlist()
    path = tmp_path / f"data.{fmt}"
    kept = _kept(path, WRITE[fmt](_rows(), bom), allowlist)
    differ, by_lines = [], 0
    for n, line in enumerate(load_lines()[::5]):
        data = WRITE[fmt](_rows(n % RECORDS, line.text), bom)
        path.write_bytes(data)
        result = scan_one(path, allowlist, frozenset(), place=Place(path.name, kept))
        by_lines += bool(result.clean)
        whole = scan_projection(project(data.decode("utf-8-sig"), fmt), allowlist, "whole")
        if bool(result.report.findings) != bool(whole):
            differ.append(line.text)
    assert not differ
    assert by_lines > 50


def test_kept_lines_are_saved_read_back_and_carried_over(
    tmp_path: Path, privacy_data_dir: Path, allowlist
) -> None:
    file = tmp_path / ".cache" / scancache.FILE
    table = tmp_path / "site" / "opendata" / "x.csv"
    table.parent.mkdir(parents=True)
    kept = _kept(table, _csv(_rows()), allowlist)
    cache, _ = load(file, privacy_data_dir)
    cache.clean.add(kept["x.csv"].key)
    cache.lines.update(kept)
    cache.save()
    again, note = load(file, privacy_data_dir)
    assert note is None and again.kept_lines == kept
    # A build that passes the file by its key keeps its lines for the next one.
    again.clean.add(kept["x.csv"].key)
    again.save()
    third, _ = load(file, privacy_data_dir)
    assert third.kept_lines == kept
    # One in which the file is gone or changed without a clean verdict does not.
    third.save()
    assert load(file, privacy_data_dir)[0].kept_lines == {}


def test_an_edit_in_a_built_site_is_scanned_by_its_lines(
    tmp_path: Path, allowlist, monkeypatch
) -> None:
    """The build's scan (scanahead.py): the CSV and its JSON twin of a dataset, edited in
    one record, are passed by their changed lines, in the worker and in this process."""
    site = tmp_path / "site"
    (site / "opendata").mkdir(parents=True)
    for fmt in ("csv", "json"):
        (site / "opendata" / f"d.{fmt}").write_bytes(WRITE[fmt](_rows()))
    report, cold = scan_ahead(site, allowlist)
    assert not report.findings
    kept = cold.lines
    assert set(kept) == {"opendata/d.csv", "opendata/d.json"}
    warm_cache = ScanCache(None, "", frozenset(cold.clean), kept_lines=kept)
    for fmt in ("csv", "json"):
        (site / "opendata" / f"d.{fmt}").write_bytes(WRITE[fmt](_rows(7, "an edited note")))
    _whole_scan_forbidden(monkeypatch)
    report, warm = scan_ahead(site, allowlist, warm_cache)
    assert not report.findings
    assert warm.scanned == 2 and len(warm.clean) == 2
    # The JSON was read as its twin, or by its changed lines where the two files were
    # scanned in different processes (the worker's queue taken back at the end).
    assert set(warm.lines) == {"opendata/d.csv", "opendata/d.json"}


def test_only_the_lines_changed_in_either_twin_are_compared(
    tmp_path: Path, allowlist, monkeypatch
) -> None:
    """scan_one, as the worker calls it: the CSV, then its JSON."""
    folder = tmp_path / "opendata"
    folder.mkdir()

    def scan(fmt: str, rows, kept) -> scancache.CachedScan:
        path = folder / f"d.{fmt}"
        path.write_bytes(WRITE[fmt](rows))
        return scan_one(path, allowlist, frozenset(), place=Place(f"opendata/d.{fmt}", kept))

    kept = scan("csv", _rows(), {}).lines | scan("json", _rows(), {}).lines
    # The JSON carries the CSV's cells line for line: it is read as its twin.
    assert kept["opendata/d.json"].twin == kept["opendata/d.csv"].key
    edited = _rows(3, "a note")
    again = scan("csv", edited, kept).lines | scan("json", edited, kept).lines
    assert again["opendata/d.json"].twin == again["opendata/d.csv"].key
    assert again["opendata/d.csv"].key != kept["opendata/d.csv"].key
    compared: list[list[int]] = []
    original = scancache.rows_by_line

    def rows_by_line(json_lines, csv_lines, indexes):
        compared.append(list(indexes))
        return original(json_lines, csv_lines, indexes)

    monkeypatch.setattr(scancache, "rows_by_line", rows_by_line)
    csv_rows, json_rows = _rows(), _rows()
    csv_rows[20][6], json_rows[40][6] = "a note", "a note"  # each file changed elsewhere
    scan("csv", csv_rows, kept)
    result = scan("json", json_rows, kept)
    # Both changed lines are compared (the header is line 0): the JSON's row 40 does not
    # carry the CSV's, nor the CSV's row 20 the JSON's; the JSON is read itself.
    assert compared == [[21, 41]]
    assert not result.lines["opendata/d.json"].twin


def test_a_json_holding_a_value_its_csv_does_not_is_scanned(tmp_path: Path, allowlist) -> None:
    folder = tmp_path / "opendata"
    folder.mkdir()
    kept: dict[str, KeptLines] = {}
    for fmt in ("csv", "json"):
        path = folder / f"d.{fmt}"
        path.write_bytes(WRITE[fmt](_rows()))
        kept |= scan_one(path, allowlist, frozenset(), place=Place(f"opendata/d.{fmt}", {})).lines
    (folder / "d.csv").write_bytes(_csv(_rows(30, "a note")))
    (folder / "d.json").write_bytes(_json(_rows(30, f"тел. {PHONE}")))
    scan_one(folder / "d.csv", allowlist, frozenset(), place=Place("opendata/d.csv", kept))
    found = scan_one(
        folder / "d.json", allowlist, frozenset(), place=Place("opendata/d.json", kept)
    )
    assert [f.category for f in found.report.findings] == ["phone"]
    assert found.report.findings[0].line == 32 and not found.clean
