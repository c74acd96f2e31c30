"""The build's personal-data gate: the parallel scan finds exactly what the plain scan finds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from buildtools import DATA

from kazutb_transparency.buildsteps import gate
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.privacy import load_allowlist, scan_paths, scanner


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for index in range(12):
        body = "Қабылдау бөлімі.\n" * (index * 50)
        if index % 3 == 0:
            body += f"Байланыс: +7 701 765 43 {index:02d}\n"
        (tmp_path / f"page{index:02d}.md").write_text(body, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    return tmp_path


def test_shares_cover_every_file_once(tree: Path):
    files = sorted(tree.iterdir())
    parts = gate.shares(files, 3)
    assert sorted(f for part in parts for f in part) == files
    sizes = [sum(f.stat().st_size for f in part) for part in parts]
    assert max(sizes) - min(sizes) <= max(f.stat().st_size for f in files)


def test_a_datasets_csv_and_json_are_read_by_one_process_csv_first(tmp_path: Path):
    for index in range(6):
        for suffix in (".json", ".csv"):
            (tmp_path / f"d{index}{suffix}").write_text("x" * (1000 * index + 10))
    parts = gate.shares(sorted(tmp_path.iterdir()), 3)
    assert len(parts) == 3
    for part in parts:
        for index, file in enumerate(part):
            if file.suffix == ".csv":
                assert part[index + 1] == file.with_suffix(".json")


def test_parallel_scan_equals_plain_scan(tree: Path, monkeypatch):
    allowlist = load_allowlist(DATA / "privacy" / "allowlist.yaml")
    monkeypatch.setattr(gate, "PARALLEL_MIN_BYTES", 0)
    report = gate.scan([tree], allowlist)
    findings, errors = report.findings, report.errors
    assert errors and "broken.txt" in errors[0]
    (tree / "broken.txt").unlink()
    plain = scan_paths([tree], allowlist)
    assert [f.category for f in findings] == ["phone"] * 4
    key = lambda f: (f.path, f.line, f.column, f.category, f.excerpt)  # noqa: E731
    assert sorted(map(key, findings)) == sorted(map(key, plain))


def test_gate_reports_findings_and_unreadable_files_as_data_problems(tree: Path):
    with pytest.raises(DataError) as caught:
        gate.scan_for_personal_data([tree], DATA)
    messages = [str(p) for p in caught.value.problems]
    assert any("broken.txt" in m and "cannot be read" in m for m in messages), messages
    assert sum("(phone)" in m for m in messages) == 4, messages
    assert not any("765 43" in m for m in messages), "the gate printed a number unmasked"


def test_a_scan_without_text_is_refused_when_strict_and_a_warning_otherwise(tmp_path: Path):
    from privacy.docfactory import make_pdf

    (tmp_path / "charter-scan.pdf").write_bytes(make_pdf(["", ""]))
    with pytest.raises(DataError) as caught:
        gate.scan_for_personal_data([tmp_path], DATA, strict=True)
    messages = [str(p) for p in caught.value.problems]
    assert any("charter-scan.pdf" in m and "cannot be checked" in m for m in messages), messages
    warnings: list[str] = []
    gate.scan_for_personal_data([tmp_path], DATA, strict=False, warn=warnings.append)
    assert len(warnings) == 1 and "charter-scan.pdf" in warnings[0]


def test_the_previews_scan_split_with_a_child_equals_plain_scan(tree: Path, monkeypatch):
    """The preview's changed files, half scanned in a forked child: the same findings and
    errors, and a finding in the child's half still stops the build."""
    allowlist = load_allowlist(DATA / "privacy" / "allowlist.yaml")
    sequential = gate.scan([tree], allowlist, in_process=True)
    forked: list[int] = []
    real_in_child = gate.in_child
    monkeypatch.setattr(gate, "in_child", lambda *a: forked.append(1) or real_in_child(*a))
    monkeypatch.setattr(gate, "PREVIEW_SPLIT_MIN_BYTES", 0)
    monkeypatch.setattr(gate.os, "cpu_count", lambda: 2)  # a child even on one core
    split = gate.scan([tree], allowlist, in_process=True)
    assert forked
    assert split.findings == sequential.findings and len(split.findings) == 4
    assert split.errors == sequential.errors and split.files == sequential.files == 13
    with pytest.raises(DataError, match="phone"):
        gate.enforce(split)


def test_the_previews_scan_by_changed_lines_reports_a_finding_where_it_is(
    tmp_path: Path, monkeypatch
):
    """A served dataset edited with a phone number in one record: found in its changed
    lines, reported from the whole file's scan with its line; a clean edit passes, and the
    copy of the accepted file (its release) is not read again."""
    built = tmp_path / "built"
    (built / "opendata").mkdir(parents=True)
    dataset = built / "opendata" / "people.json"
    records = [
        f'{{"unit":"programme-{i:05d}","note":"","share":0.{i % 97 + 1}}}' for i in range(3000)
    ]
    dataset.write_text('{"records":[\n' + ",\n".join(records) + "\n]}\n", encoding="utf-8")
    allowlist = load_allowlist(DATA / "privacy" / "allowlist.yaml")
    covered = frozenset(built.rglob("*"))
    assert gate.scan_changed_files([dataset], built, allowlist, covered).findings == []
    gate.served_clean([dataset], [], built)

    records[2000] = records[2000].replace('"note":""', '"note":"тел. +7 701 234 56 78"')
    dataset.write_text('{"records":[\n' + ",\n".join(records) + "\n]}\n", encoding="utf-8")
    found = gate.scan_changed_files([dataset], built, allowlist, covered).findings
    assert [(f.category, f.line) for f in found] == [("phone", 2002)]

    records[2000] = records[2000].replace("тел. +7 701 234 56 78", "updated")
    dataset.write_text('{"records":[\n' + ",\n".join(records) + "\n]}\n", encoding="utf-8")
    release = built / "opendata" / "releases" / "v2" / "people.json"
    release.parent.mkdir(parents=True)
    release.write_bytes(dataset.read_bytes())
    read_whole = []
    whole = scanner._scan_content
    monkeypatch.setattr(scanner, "_scan_content", lambda *a: read_whole.append(a) or whole(*a))
    report = gate.scan_changed_files([release, dataset], built, allowlist, covered)
    assert report.findings == [] and report.files == 2 and read_whole == []
    gate.served_clean([release, dataset], [], built)
    # The release, a copy of bytes known clean, was not cut into lines either.
    assert gate._CHANGED_LINES.knows("opendata/people.json")
    assert not gate._CHANGED_LINES.knows("opendata/releases/v2/people.json")

    # A file served for the first time beside a copy of clean bytes, the same size but not
    # the same bytes, is read whole: a comparison, not a size, tells a copy.
    other = built / "opendata" / "releases" / "v3" / "people.json"
    other.parent.mkdir(parents=True)
    text = dataset.read_text(encoding="utf-8")
    other.write_text(text.replace('"unit":"programme-01000"', '"unit":"+77012345678 ok"'), "utf-8")
    assert other.stat().st_size == dataset.stat().st_size
    dataset.write_text(text.replace('"note":"updated"', '"note":"checked"'), encoding="utf-8")
    found = gate.scan_changed_files([other, dataset], built, allowlist, covered).findings
    assert [(f.path, f.category) for f in found] == [(str(other), "phone")]

    # A release linked to the dataset's file (the preview links them, and replaces a kept
    # file rather than write it in place) is not even read once the dataset is found clean.
    dataset.write_text(text.replace('"note":"updated"', '"note":"linked"'), encoding="utf-8")
    linked = built / "opendata" / "releases" / "v4" / "people.json"
    linked.parent.mkdir(parents=True)
    os.link(dataset, linked)
    read: list[Path] = []
    read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: read.append(self) or read_bytes(self))
    report = gate.scan_changed_files([linked, dataset], built, allowlist, covered)
    assert report.findings == [] and report.files == 2
    assert read == [dataset]
