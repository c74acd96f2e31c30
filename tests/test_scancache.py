"""The gate's clean verdicts kept between builds (buildsteps/scancache.py): reused only for
the same bytes under the same gate, never hiding a finding, never trusted when broken."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pytest
from buildtools import scan_ahead

from kazutb_transparency.buildsteps import scancache
from kazutb_transparency.buildsteps.scanahead import ScanAhead
from kazutb_transparency.buildsteps.scancache import (
    ScanCache,
    fingerprint,
    key_of,
    load,
    scan_many,
    scan_one,
)

PHONE = "<p>Байланыс: +7 701 765 43 21</p>\n"
CLEAN = "<p>Қабылдау бөлімі жұмыс істейді.</p>\n"


def _page(folder: Path, name: str, text: str) -> Path:
    page = folder / name
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(text, encoding="utf-8")
    return page


def test_a_clean_verdict_is_reused_for_the_same_bytes_only(tmp_path: Path, allowlist) -> None:
    page = _page(tmp_path, "a.html", CLEAN)
    first = scan_one(page, allowlist, frozenset())
    assert (first.scanned, first.reused, first.clean) == (1, 0, [key_of(page, page.read_bytes())])
    again = scan_one(page, allowlist, frozenset(first.clean))
    assert (again.scanned, again.reused) == (0, 1)
    # The same bytes under another name: passed by their key, the name still read.
    copy = _page(tmp_path, "b.html", CLEAN)
    assert scan_one(copy, allowlist, frozenset(first.clean)).reused == 1
    # One byte more: another key, scanned.
    _page(tmp_path, "a.html", CLEAN + " ")
    changed = scan_one(page, allowlist, frozenset(first.clean))
    assert (changed.scanned, changed.reused) == (1, 0)


def test_a_finding_is_never_kept_as_clean(tmp_path: Path, allowlist) -> None:
    page = _page(tmp_path, "contact.html", PHONE)
    scanned = scan_one(page, allowlist, frozenset())
    assert scanned.report.findings and scanned.clean == []
    # Nor a file whose name is the finding, though its bytes are clean.
    named = _page(tmp_path, "Сарсенова Айгүл Болатқызы.txt", "Бөлім\n")
    assert scan_one(named, allowlist, frozenset()).clean == []


def test_an_archive_is_scanned_in_every_build(tmp_path: Path) -> None:
    # Its members published beside it are skipped: its verdict depends on its neighbours.
    assert key_of(tmp_path / "pack.zip", b"PK") is None
    assert key_of(tmp_path / "a.html", b"x") is not None


def test_a_planted_datum_in_a_changed_file_is_caught_with_a_warm_cache(
    tmp_path: Path, allowlist
) -> None:
    site = tmp_path / "site"
    for index in range(6):
        _page(site, f"page{index}.html", CLEAN * (index + 1))
    _page(site, "search/terms/x.json", '{"кабылдау":[0,1,0]}')
    report, cold = scan_ahead(site, allowlist)
    assert not report.findings
    assert cold.scanned == 7 and cold.reused == 0
    warm_cache = ScanCache(None, "", frozenset(cold.clean))
    _page(site, "page3.html", CLEAN + PHONE)  # the edit: one file's bytes change
    _page(site, "search/terms/x.json", '{"кабылдау":[0,1,0],"701":[3,1,0]}')
    report, warm = scan_ahead(site, allowlist, warm_cache)
    assert {Path(f.path).name for f in report.findings} == {"page3.html"}
    assert warm.reused == 5 and warm.scanned == 2
    # What was found this time is not kept as clean.
    assert key_of(site / "page3.html", (site / "page3.html").read_bytes()) not in warm.clean


def test_the_cache_is_saved_and_read_back(
    tmp_path: Path, privacy_data_dir: Path, allowlist
) -> None:
    file = tmp_path / ".cache" / scancache.FILE
    page = _page(tmp_path, "a.html", CLEAN)
    cache, note = load(file, privacy_data_dir)
    assert note is None and not cache.known
    cache.add(scan_many([page], allowlist, cache.known, frozenset()))
    cache.save()
    again, note = load(file, privacy_data_dir)
    assert note is None and again.known == frozenset(cache.clean) and again.known


def test_a_changed_allowlist_empties_the_cache(
    tmp_path: Path, privacy_data_dir: Path, allowlist
) -> None:
    file = tmp_path / scancache.FILE
    cache, _ = load(file, privacy_data_dir)
    cache.clean.add("text/html:" + "0" * 64)
    cache.save()
    allowlist_file = privacy_data_dir / "privacy" / "allowlist.yaml"
    allowlist_file.write_text(allowlist_file.read_text(encoding="utf-8") + "\n# edited\n", "utf-8")
    again, note = load(file, privacy_data_dir)
    assert note is None and not again.known


def test_a_changed_detector_source_changes_the_fingerprint(
    tmp_path: Path, privacy_data_dir: Path, monkeypatch
) -> None:
    privacy = tmp_path / "privacy"
    shutil.copytree(scancache.PRIVACY, privacy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(scancache, "PRIVACY", privacy)
    before = fingerprint(privacy_data_dir)
    detectors = privacy / "detectors.py"
    detectors.write_text(detectors.read_text(encoding="utf-8") + "\n# changed\n", "utf-8")
    assert fingerprint(privacy_data_dir) != before
    lexicon = privacy / "lexicon" / "surnames.txt"
    after_source = fingerprint(privacy_data_dir)
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "Жаңатегі\n", "utf-8")
    assert fingerprint(privacy_data_dir) != after_source


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff not json",
        b'{"format": "%s", "fingerprint": "x", "clean": "all"}' % scancache.FORMAT.encode(),
        b'{"format": "%s", "clean": [], "lines": {"a.csv": ["k", "csv", "AAA"]}}'
        % scancache.FORMAT.encode(),
        b'{"format": "someone-else/3", "clean": []}',
        b"[1, 2, 3]",
    ],
)
def test_a_corrupt_or_foreign_cache_is_ignored_with_a_note(
    tmp_path: Path, privacy_data_dir: Path, content: bytes
) -> None:
    file = tmp_path / scancache.FILE
    file.write_bytes(content)
    cache, note = load(file, privacy_data_dir)
    assert not cache.known
    assert note is not None and "\n" not in note and str(file) in note and "ignored" in note


def test_a_cache_of_the_same_keys_under_another_fingerprint_is_not_trusted(
    tmp_path: Path, privacy_data_dir: Path
) -> None:
    file = tmp_path / scancache.FILE
    body = {"format": scancache.FORMAT, "fingerprint": "0" * 64, "clean": ["text/html:ab"]}
    file.write_text(json.dumps(body), encoding="utf-8")
    cache, note = load(file, privacy_data_dir)
    assert note is None and not cache.known


def test_no_cache_is_kept_when_turned_off(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KAZUTB_SCAN_CACHE", "0")
    assert scancache.cache_file(tmp_path) is None
    monkeypatch.setenv("KAZUTB_SCAN_CACHE", "1")
    assert scancache.cache_file(tmp_path) == tmp_path / ".cache" / scancache.FILE


def test_compressed_text_is_kept_by_its_bytes(tmp_path: Path, allowlist) -> None:
    sitemap = tmp_path / "sitemap.xml.gz"
    sitemap.write_bytes(gzip.compress(CLEAN.encode(), mtime=0))
    first = scan_one(sitemap, allowlist, frozenset())
    assert first.scanned == 1 and first.clean
    assert scan_one(sitemap, allowlist, frozenset(first.clean)).reused == 1
    # A planted datum changes the bytes: read, found, not kept.
    sitemap.write_bytes(gzip.compress(PHONE.encode(), mtime=0))
    changed = scan_one(sitemap, allowlist, frozenset(first.clean))
    assert changed.scanned == 1 and changed.report.findings and not changed.clean
    # Compressed archives depend on their neighbours as archives do: never kept.
    assert key_of(tmp_path / "pack.zip.gz", b"x") is None


def test_the_theme_files_are_not_scanned_ahead(tmp_path: Path, allowlist) -> None:
    site = tmp_path / "site"
    theme = _page(site, "assets/javascripts/bundle.min.js", "var a=1;\n")
    page = _page(site, "index.html", CLEAN)
    scanner = ScanAhead(allowlist)
    try:
        scanner.page("assets/javascripts/bundle.min.js", theme)
        scanner.page("index.html", page)
        scanner._send_written()
        assert set(scanner._scanned) == {"index.html"}  # the gate never reads the theme's
        assert not scanner.finish(site).findings
    finally:
        scanner.close()
