"""The gate run ahead while MkDocs renders is exactly as strict as a scan of the finished site."""

from __future__ import annotations

import errno
import io
import time
import zipfile
from pathlib import Path

import pytest
from buildtools import DATA, REPO, TODAY

from kazutb_transparency.buildsteps import gate, pipeline
from kazutb_transparency.buildsteps.scanahead import PARTS, ScanAhead, _parts
from kazutb_transparency.core.errors import DataError

IIN = "ЖСН 900101300017"


@pytest.fixture
def scanner(allowlist):
    scanner = ScanAhead(allowlist)
    yield scanner
    scanner.close()


def _zip(members: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _site(root: Path) -> Path:
    for index in range(8):
        body = "<p>Қабылдау бөлімі.</p>\n" * (index * 20)
        if index % 3 == 0:
            body += f"<p>Байланыс: +7 701 765 43 {index:02d}</p>\n"
        page = root / ("ru" if index % 2 else "") / f"page{index}.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(body, encoding="utf-8")
    opendata = root / "opendata"
    opendata.mkdir()
    (opendata / "units.csv").write_text("code,name\nU1,Бөлім\n", encoding="utf-8")
    (opendata / "pack.zip").write_bytes(
        _zip({"units.csv": "code,name\nU1,Бөлім\n", "notes.txt": f"өтініш берушінің {IIN}\n"})
    )
    (root / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    return root


def _key(report):
    findings = sorted((f.path, f.line, f.column, f.category, f.where) for f in report.findings)
    return findings, sorted(report.errors), sorted(report.unchecked)


def test_scanning_ahead_finds_exactly_what_scanning_the_finished_site_finds(
    tmp_path, allowlist, scanner
):
    site = _site(tmp_path / "site")
    scanner.files(site / "opendata")  # laid out elsewhere in a real build; same paths here
    for page in sorted(site.rglob("*.html")):
        scanner.page(page.relative_to(site).as_posix(), page)
    ahead = scanner.finish(site)
    whole = gate.scan([site], allowlist)
    assert _key(ahead) == _key(whole)
    assert sorted(f.category for f in ahead.findings) == ["iin", "phone", "phone", "phone"]
    assert any("broken.txt" in error for error in ahead.errors)


def test_a_file_changed_after_it_was_scanned_is_scanned_again(tmp_path, scanner):
    site = tmp_path / "site"
    site.mkdir()
    page = site / "index.html"
    page.write_text("<p>Қабылдау бөлімі.</p>\n", encoding="utf-8")
    scanner.page("index.html", page)
    scanner.page("other.html", site / "other.html")  # sends index.html to the worker
    scanner.tree([]).result()  # the worker runs jobs in order: index.html is scanned (clean)
    page.write_text(f"<p>Қабылдау бөлімі. {IIN}</p>\n", encoding="utf-8")
    report = scanner.finish(site)
    assert [(Path(f.path).name, f.category) for f in report.findings] == [("index.html", "iin")]


def test_a_page_the_worker_never_saw_is_scanned_when_the_site_is_finished(tmp_path, scanner):
    site = tmp_path / "site"
    (site / "search").mkdir(parents=True)
    (site / "search" / "search_index.json").write_text(
        '{"docs": [{"text": "' + IIN + '"}]}', encoding="utf-8"
    )
    report = scanner.finish(site)
    assert [f.category for f in report.findings] == ["iin"]


def test_files_never_seen_are_shared_with_the_worker_and_each_is_scanned(
    tmp_path, allowlist, scanner
):
    site = tmp_path / "site"
    for index in range(7):
        text = "Қабылдау бөлімі. " * (index * 50) + IIN
        (site / f"l{index}").mkdir(parents=True)
        (site / f"l{index}" / "search_index.json").write_text(
            '{"docs": [{"text": "' + text + '"}]}', encoding="utf-8"
        )
    (site / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    unseen = sorted(site.rglob("*.*"))
    parts = _parts(unseen)
    assert sorted(file for part in parts for file in part) == unseen
    assert 1 < len(parts) <= PARTS + 1
    report = scanner.finish(site)
    assert _key(report) == _key(gate.scan([site], allowlist))
    assert [f.category for f in report.findings] == ["iin"] * 7
    assert any("broken.txt" in error for error in report.errors)


def test_parts_are_of_about_equal_size_the_largest_files_first(tmp_path) -> None:
    files = []
    for index in range(500):
        file = tmp_path / f"{index}.json"
        file.write_text("x" * (1 + (index * 37) % 900), encoding="utf-8")
        files.append(file)
    parts = _parts(files)
    assert sorted(f for part in parts for f in part) == sorted(files)
    sizes = [sum(f.stat().st_size for f in part) for part in parts]
    largest = max(f.stat().st_size for f in files)
    limit = sum(sizes) // PARTS
    assert all(size < limit + largest for size in sizes)
    assert len(parts) <= PARTS + 1
    firsts = [part[0].stat().st_size for part in parts]
    assert firsts == sorted(firsts, reverse=True)
    assert _parts([]) == []


def test_parts_the_worker_has_not_started_are_scanned_here(tmp_path, allowlist, scanner):
    """The worker busy with one slow part: this process takes the rest, each file once."""
    site = tmp_path / "site"
    site.mkdir()
    for index in range(60):
        body = "Қабылдау бөлімі. " * 40 + (IIN if index % 20 == 0 else "")
        (site / f"{index}.json").write_text('{"x": "' + body + '"}', encoding="utf-8")
    scanner._pool.submit(time.sleep, 1.0)  # the worker is still busy when finish starts
    report = scanner.finish(site)
    assert _key(report) == _key(gate.scan([site], allowlist))
    assert [f.category for f in report.findings] == ["iin"] * 3
    assert report.files == 60


def test_open_data_moved_into_the_site_even_across_file_systems(tmp_path, monkeypatch) -> None:
    from kazutb_transparency.buildsteps import publish

    source, target = tmp_path / "publish", tmp_path / "built"
    (source / "opendata" / "releases" / "v1").mkdir(parents=True)
    (source / "opendata" / "releases" / "v1" / "a.csv").write_text("a\n", encoding="utf-8")
    (source / "SHA256SUMS.txt").write_text("x\n", encoding="utf-8")
    (target / "opendata").mkdir(parents=True)
    (target / "opendata" / "index.html").write_text("page\n", encoding="utf-8")
    publish.move_published(source, target)
    assert (target / "opendata" / "releases" / "v1" / "a.csv").read_text() == "a\n"
    assert (target / "opendata" / "index.html").read_text() == "page\n"
    assert not (source / "SHA256SUMS.txt").exists()  # moved, not copied

    def other_device(src, dst):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    (source / "documents").mkdir()
    (source / "documents" / "d.pdf").write_bytes(b"%PDF")
    monkeypatch.setattr(publish.os, "replace", other_device)
    publish.move_published(source, target)
    assert (target / "documents" / "d.pdf").read_bytes() == b"%PDF"


def test_a_page_written_with_personal_data_stops_the_build_and_keeps_the_site(
    tmp_path, monkeypatch
):
    """The pipeline as MkDocs drives it: pages announced as written, then finish."""
    monkeypatch.setenv("KAZUTB_DATA", str(DATA))
    monkeypatch.setenv("KAZUTB_TODAY", TODAY)
    site_dir = tmp_path / "out" / "site"
    site_dir.mkdir(parents=True)
    (site_dir / "marker.txt").write_text("previous site\n", encoding="utf-8")
    build = pipeline.prepare(tmp_path, REPO / "docs", site_dir, strict=False, warn=lambda _: None)
    assert build.scanner is not None
    # The theme's files as an engine writes them (the search code the finish step checks).
    (build.build_dir / "assets").mkdir()
    (build.build_dir / "assets" / "kazutb-search.js").write_text("/* search */\n", "utf-8")
    for index in range(30):
        page = build.build_dir / "ru" / f"page{index}.html"
        pipeline.page_written(build, page)
        page.parent.mkdir(parents=True, exist_ok=True)
        planted = f"<p>{IIN}</p>" if index == 7 else ""
        page.write_text(f"<html><p>Бет {index}</p>{planted}</html>\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        pipeline.finish(build, warn=lambda _: None, info=lambda _: None)
    pipeline.abandon(build)
    messages = [str(p) for p in caught.value.problems]
    assert len(messages) == 1 and "page7.html" in messages[0] and "(iin)" in messages[0]
    assert "900101300017" not in messages[0]
    assert [p.name for p in site_dir.iterdir()] == ["marker.txt"]
    assert [p.name for p in site_dir.parent.iterdir()] == ["site"]


def test_the_digest_the_worker_hashes_is_the_one_the_scanner_knows_a_copy_by(
    tmp_path, allowlist
) -> None:
    # The worker hashes a file once and hands the digest to the scanner, whose memory of
    # bytes already read finds a copy by it: the same findings, under the copy's path.
    text = f"<p>Өтініш берушінің {IIN}</p>\n"
    original, copy = tmp_path / "a.html", tmp_path / "b.html"
    original.write_text(text, encoding="utf-8")
    copy.write_text(text, encoding="utf-8")
    data = original.read_bytes()
    assert gate.digest_of(data) == gate.digest_of(copy.read_bytes())
    first = gate.scan_file(original, allowlist, data=data, digest=gate.digest_of(data))
    again = gate.scan_file(copy, allowlist)
    assert [f.category for f in first] == ["iin"] == [f.category for f in again]
    assert [f.path for f in again] == [str(copy)]
    assert [(f.line, f.column) for f in first] == [(f.line, f.column) for f in again]
