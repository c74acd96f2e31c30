"""The sitemap's lastmod comes from the data each page shows, never from the build date."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

from kazutb_transparency.buildsteps.lastmod import page_dates, rewrite_sitemap

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <url>
        <loc>https://kazutb.edu.kz/programmes/6B04103.html</loc>
        <lastmod>2030-01-01</lastmod>
    </url>
    <url>
        <loc>https://kazutb.edu.kz/ru/quality/graduates-technology.html</loc>
        <lastmod>2030-01-01</lastmod>
    </url>
    <url>
        <loc>https://kazutb.edu.kz/en/about-site.html</loc>
        <lastmod>2030-01-01</lastmod>
    </url>
    <url>
        <loc>https://kazutb.edu.kz/</loc>
        <lastmod>2030-01-01</lastmod>
    </url>
</urlset>
"""


def test_each_page_is_dated_by_its_data(tmp_path: Path):
    changes = [
        ("programmes/6B04103.md", date(2026, 11, 20)),
        ("programmes/6B04103.md", date(2025, 1, 1)),
        ("quality/graduates.md", date(2026, 6, 1)),
        ("quality/graduates.md", date(2027, 6, 1)),  # not yet: after the build date
    ]
    dates = page_dates(changes, today=date(2026, 11, 23))
    assert dates["programmes/6B04103.md"] == date(2026, 11, 20)  # the newest, not the first
    assert dates["quality/graduates.md"] == date(2026, 6, 1)
    assert dates["quality/index.md"] == date(2026, 6, 1)  # its section's newest
    assert dates["index.md"] == date(2026, 11, 20)
    (tmp_path / "sitemap.xml").write_text(SITEMAP, "utf-8")
    rewrite_sitemap(tmp_path, dates, "https://kazutb.edu.kz/")
    text = (tmp_path / "sitemap.xml").read_text("utf-8")
    assert "2030-01-01" not in text  # the build date is gone everywhere
    blocks = text.split("<url>")[1:]
    assert "<lastmod>2026-11-20</lastmod>" in blocks[0]
    assert "<lastmod>2026-06-01</lastmod>" in blocks[1]  # a faculty page: its section's date
    assert "<lastmod>" not in blocks[2]  # a hand-written page: no date claimed
    assert "<lastmod>2026-11-20</lastmod>" in blocks[3]
    assert gzip.decompress((tmp_path / "sitemap.xml.gz").read_bytes()).decode() == text
