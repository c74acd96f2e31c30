"""An archive's members through the scan cache (privacy/members.py, scancache.member_answer):
a member whose bytes are known clean is passed with only its name read; a changed member
is read, and what it holds is found."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from buildtools import DATA

from kazutb_transparency.buildsteps.scanahead import ScanAhead
from kazutb_transparency.buildsteps.scancache import ScanCache, key_of, member_answer, scan_one
from kazutb_transparency.buildsteps.treefiles import TreeFiles
from kazutb_transparency.privacy import load_allowlist, members, scanner

CLEAN = "Бағдарлама,Ақысы\n6B05308,874000\n"
PHONE = "Бағдарлама,Байланыс\n6B05308,+7 701 765 43 21\n"


@pytest.fixture
def read_labels(monkeypatch) -> list[str]:
    """The labels of the bytes the scanner reads (an archive's member: `pack.zip!name`)."""
    labels: list[str] = []
    real = scanner._scan_bytes

    def spy(data, name, allowlist, label, *args, **kwargs):
        labels.append(label)
        return real(data, name, allowlist, label, *args, **kwargs)

    monkeypatch.setattr(scanner, "_scan_bytes", spy)
    return labels


@pytest.fixture(autouse=True)
def _nobody_answers():
    yield
    members.answer_with(None, None)  # type: ignore[arg-type]


def _zip(path: Path, files: dict[str, str]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text.encode())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path


def _known(tmp_path: Path, allowlist, texts: dict[str, str]) -> frozenset[str]:
    """The clean keys of a build that published these files."""
    keys: list[str] = []
    for name, text in texts.items():
        file = tmp_path / "earlier" / name
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_text(text, encoding="utf-8")
        keys += scan_one(file, allowlist, frozenset()).clean
    return frozenset(keys)


def test_an_unchanged_member_is_passed_and_a_changed_one_read(
    tmp_path: Path, allowlist, read_labels: list[str]
) -> None:
    known = _known(tmp_path, allowlist, {"fees.csv": CLEAN, "contacts.csv": CLEAN})
    pack = _zip(tmp_path / "pack.zip", {"fees.csv": CLEAN, "contacts.csv": PHONE})
    members.answer_with(allowlist, member_answer(known, allowlist))
    read_labels.clear()
    found = scanner.scan_file(pack, allowlist)
    assert [(f.path, f.category) for f in found] == [(f"{pack}!contacts.csv", "phone")]
    assert f"{pack}!contacts.csv" in read_labels and f"{pack}!fees.csv" not in read_labels
    # Nobody answering (or another allowlist asking), every member is read: same findings.
    for answer in (None, member_answer(known, load_allowlist(DATA / "privacy/allowlist.yaml"))):
        members.answer_with(allowlist if answer is None else object(), answer)  # type: ignore[arg-type]
        read_labels.clear()
        assert scanner.scan_file(pack, allowlist) == found
        assert f"{pack}!fees.csv" in read_labels


def test_a_known_member_under_a_personal_name_is_reported(tmp_path: Path, allowlist) -> None:
    known = _known(tmp_path, allowlist, {"notes.txt": CLEAN})
    pack = _zip(tmp_path / "pack.zip", {"Сарсенова Айгүл Болатқызы.txt": CLEAN})
    unread = scanner.scan_file(pack, allowlist)
    members.answer_with(allowlist, member_answer(known, allowlist))
    found = scanner.scan_file(pack, allowlist)
    assert found == unread and {(f.where, f.category) for f in found} == {
        ("file name", "person-name")
    }


def test_a_document_passed_unread_by_the_allowlist_is_read_as_a_member(
    tmp_path: Path, allowlist, monkeypatch
) -> None:
    data = b"%PDF-1.4 scanned pages"
    key = key_of(Path("scan.pdf"), data)
    assert key is not None
    answer = member_answer(frozenset({key}), allowlist)
    assert answer(data, Path("scan.pdf"))
    # The allowlist's `documents:` pass this file unread: its key says nothing of its text.
    monkeypatch.setattr(type(allowlist), "allows_unchecked", lambda self, name, sha: True)
    assert not answer(data, Path("scan.pdf"))


def test_a_changed_member_is_caught_with_a_warm_cache(
    tmp_path: Path, allowlist, read_labels: list[str]
) -> None:
    site = tmp_path / "site"
    (site / "opendata").mkdir(parents=True)
    (site / "opendata" / "fees.csv").write_text(CLEAN, encoding="utf-8")
    pack = site / "opendata" / "pack.zip"
    _zip(pack, {"opendata/fees.csv": CLEAN, "copy/fees.csv": CLEAN, "manifest.csv": CLEAN})
    cold = ScanAhead(allowlist)
    try:
        assert not cold.finish(site).findings
    finally:
        cold.close()
    warm_cache = ScanCache(None, "", frozenset(cold.cache.clean))
    _zip(pack, {"opendata/fees.csv": CLEAN, "copy/fees.csv": CLEAN, "manifest.csv": PHONE})
    read_labels.clear()
    warm = ScanAhead(allowlist, warm_cache)
    try:
        report = warm.finish(site)
    finally:
        warm.close()
    assert [(f.path, f.category) for f in report.findings] == [(f"{pack}!manifest.csv", "phone")]
    if f"{pack}!manifest.csv" in read_labels:  # the pack was scanned in this process
        assert f"{pack}!copy/fees.csv" not in read_labels  # the bytes of fees.csv, clean
    assert members._answer is None  # the build's answer ends with it


def test_tree_files_answer_as_resolved_paths(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "a").mkdir(parents=True)
    (real / "a" / "x.csv").write_text("x", encoding="utf-8")
    (tmp_path / "outside.csv").write_text("y", encoding="utf-8")
    (real / "a" / "link.csv").symlink_to(tmp_path / "outside.csv")
    root = tmp_path / "site"
    root.symlink_to(real)  # the site is a link to its build, as the build makes it
    files = list(scanner.iter_files([root], []))
    resolved = scanner.ResolvedPaths(files)
    tree = TreeFiles(root, files)
    for path in (real / "a" / "x.csv", tmp_path / "outside.csv", real / "a" / "link.csv"):
        assert (path.resolve() in tree) == (path.resolve() in resolved)
    assert (tmp_path / "outside.csv").resolve() in tree and (real / "a" / "x.csv") in tree
    assert (root / "a" / "x.csv") not in tree  # not resolved: never asked so
