"""Walking trees: what a built site's scan includes and skips, and read errors."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kazutb_transparency.privacy import (
    Allowlist,
    ScanError,
    is_theme_asset,
    scan_paths,
    scan_report,
    scan_text,
)

from .docfactory import make_jpeg

PHONE = "тел. +7 701 555 12 34"


@pytest.mark.parametrize(
    ("path", "skipped"),
    [
        ("assets/javascripts/bundle.a5f9d56c.min.js", True),
        ("assets/javascripts/lunr/min/lunr.ru.min.js", True),
        ("assets/javascripts/workers/search.a7633da7.min.js.map", True),
        ("assets/javascripts/glossary.json", True),  # by rule, whatever the type
        ("assets/stylesheets/main.484c7ddc.min.css", True),
        ("assets/stylesheets/palette.svg", True),
        ("assets/extra/theme.min.js", True),
        ("ru/assets/vendor/x.min.css", True),
        ("search/worker.js", True),
        ("search/search_index.json", False),
        ("ru/search/search_index.json", False),
        ("assets/images/logo.svg", False),
        ("assets/data/staff.json", False),
        ("index.html", False),
        ("kk/about/index.html", False),
    ],
)
def test_theme_asset_rule(path: str, skipped: bool) -> None:
    assert is_theme_asset(Path(path)) is skipped


def test_built_site_tree(tmp_path: Path) -> None:
    site = tmp_path / "site"
    files = {
        "index.html": f"<p>{PHONE}</p>",
        "ru/index.html": "<p>Чисто.</p>",
        "search/search_index.json": '{"docs":[{"text":"' + PHONE + '"}]}',
        "ru/search/search_index.json": '{"docs":[{"text":"' + PHONE + '"}]}',
        "search/worker.js": PHONE,
        "assets/javascripts/bundle.min.js": PHONE,
        "assets/javascripts/data.json": '{"t":"' + PHONE + '"}',
        "assets/stylesheets/main.min.css": PHONE,
        "assets/images/diagram.svg": f"<svg><text>{PHONE}</text></svg>",
        ".git/config": PHONE,
    }
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    (site / "assets/images/photo.jpg").write_bytes(make_jpeg())  # no metadata: clean
    (site / "sitemap.xml.gz").write_bytes(gzip.compress(f"<loc>{PHONE}</loc>".encode()))
    report = scan_report([site], Allowlist())
    assert not report.errors
    found = sorted(Path(f.path).relative_to(site).as_posix() for f in report.findings)
    assert found == [
        "assets/images/diagram.svg",
        "index.html",
        "ru/search/search_index.json",
        "search/search_index.json",
        "sitemap.xml.gz",
    ]


def test_files_and_folders_together(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(PHONE, encoding="utf-8")
    (tmp_path / "data.yaml").write_text(f"phone: {PHONE}\n", encoding="utf-8")
    findings = scan_paths([tmp_path / "docs", tmp_path / "data.yaml"], Allowlist())
    assert [(Path(f.path).name, f.line) for f in findings] == [("a.md", 1), ("data.yaml", 1)]


def test_read_errors_are_collected_and_scanning_goes_on(tmp_path: Path) -> None:
    (tmp_path / "ok.md").write_text(PHONE, encoding="utf-8")
    (tmp_path / "cp1251.csv").write_bytes("Фамилия;Имя\n".encode("cp1251"))
    with pytest.raises(ScanError) as info:
        scan_paths([tmp_path, tmp_path / "missing"], Allowlist())
    errors = info.value.errors
    assert any("cp1251.csv" in e and "UTF-8" in e for e in errors)
    assert any("missing" in e and "no such file" in e for e in errors)
    assert [Path(f.path).name for f in info.value.findings] == ["ok.md"]


def test_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffТелефон\n+7 701 555 12 34\n".encode())
    assert [(f.line, f.column) for f in scan_paths([path], Allowlist())] == [(2, 1)]


def test_scan_text_lines_and_columns() -> None:
    findings = scan_text("Жол 1\nЖол 2: +7 701 555 12 34\n", Allowlist(), path="x")
    assert [(f.path, f.line, f.column, f.category) for f in findings] == [("x", 2, 8, "phone")]
    assert str(findings[0]) == "x:2:8: phone: +7701***1234"


def test_a_copy_is_reported_at_its_own_path(tmp_path: Path) -> None:
    """Identical bytes are read once; the copy's findings carry the copy's own path, and
    a different allowlist is not answered from the first one's findings."""
    from kazutb_transparency.privacy import Allowlist, scan_file

    text = "Байланыс: тел. +7 701 234 56 78\n".encode()
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_bytes(text)
    second.write_bytes(text)
    found_first = scan_file(first, Allowlist())
    found_second = scan_file(second, Allowlist())
    assert [f.category for f in found_first] == ["phone"]
    assert [f.path for f in found_second] == [str(second)]
    assert [(f.line, f.column, f.excerpt) for f in found_second] == [
        (f.line, f.column, f.excerpt) for f in found_first
    ]
    allowed = Allowlist(phones=frozenset({"+77012345678"}))
    assert scan_file(second, allowed) == []
