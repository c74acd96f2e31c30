"""What the benchmark measures of the published site (issue #64): the bytes, the copies,
the JSON datasets against their CSV, and the gate's work after each one-record edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kazutb_transparency.bench import published_edits
from kazutb_transparency.bench.edits import SHAPES
from kazutb_transparency.bench.run import GATE_LINE, BuildResult, measure_site
from kazutb_transparency.buildsteps.scancache import ScanCache


def test_the_gate_line_is_read_as_the_gate_writes_it() -> None:
    cache = ScanCache(None, "", scanned=94, reused=14842, cpu=2.8, cpu_scanned=1.54)
    found = GATE_LINE.search("INFO - " + cache.summary())
    assert found is not None
    assert {k: float(v) for k, v in found.groupdict().items()} == {
        "files": 14936, "scanned": 94, "reused": 14842, "cpu": 2.8, "cpu_scanning": 1.54
    }  # fmt: skip


def test_copies_and_json_twice_its_csv_are_measured(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "opendata" / "releases" / "v1").mkdir(parents=True)
    (site / "opendata" / "a.csv").write_bytes(b"x,y\n1,2\n")  # 8 bytes
    (site / "opendata" / "a.json").write_bytes(b'[["x","y"],["1","2"]]')  # 21 bytes
    (site / "opendata" / "b.csv").write_bytes(b"z\n" * 10)
    (site / "opendata" / "b.json").write_bytes(b"[" + b"1," * 9 + b"1]")
    (site / "opendata" / "releases" / "v1" / "b.csv").write_bytes(b"z\n" * 10)  # a copy
    (site / "same-size.txt").write_bytes(b"w\n" * 10)  # as large, other bytes
    (site / "index.html").write_bytes(b"<p>a</p>")
    result = BuildResult("t", ok=True)
    measure_site(site, result)
    assert result.copies_mb == round(20 / 1e6, 2)
    assert (result.json_to_csv, result.json_to_csv_file) == (2.62, "opendata/a.json")


def test_each_edit_is_built_and_its_scan_read(tmp_path: Path, monkeypatch) -> None:
    built: list[str] = []
    cpu = iter([0.4, 1.6, 0.9, 0.5, 2.3])

    def build(label, data_dir, site, today, scan=True, verbose=False):
        assert verbose and not scan and site == tmp_path / "work" / "site-edits"
        built.append(label)
        gate = {"files": 100.0, "scanned": 3.0, "reused": 97.0, "cpu": 1.0, "cpu_scanning": 0}
        if label != "edits: before":
            gate["cpu_scanning"] = next(cpu)
        return BuildResult(label, ok=True, gate=gate)

    edited: list[int] = []

    def edit(shape, data, number):
        edited.append(number)
        return shape.name != SHAPES[2].name  # the data have no record of one kind

    monkeypatch.setattr(published_edits, "build", build)
    monkeypatch.setattr(type(SHAPES[0]), "edit", edit)
    results = published_edits.measure(
        tmp_path / "data", tmp_path / "work", date(2026, 11, 28), print
    )
    assert built[0] == "edits: before" and len(built) == len(SHAPES)
    assert edited == [1] * len(SHAPES)
    assert [r.missing for r in results] == [s.name == SHAPES[2].name for s in SHAPES]
    assert published_edits.worst(results) == 1.6  # of the edits measured: 0.4, 1.6, 0.9, 0.5
    assert any("no such record" in line for line in published_edits.lines(results))


def test_an_edit_not_measured_leaves_no_figure() -> None:
    results = [
        published_edits.EditScan("a", ok=True, cpu_scanning=0.5),
        published_edits.EditScan("b", error="refused"),
    ]
    assert published_edits.worst(results) is None
    assert "NOT MEASURED" in published_edits.lines(results)[2]
