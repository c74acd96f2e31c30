"""The site builds the same with MkDocs 1.6 and with ProperDocs, its maintained continuation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from buildtools import site_build

pytestmark = pytest.mark.build

# The one line that names the engine; everything else must be the same, byte for byte.
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _files(site: Path) -> dict[str, bytes]:
    return {
        p.relative_to(site).as_posix(): GENERATOR.sub(b"", p.read_bytes())
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_properdocs_builds_the_same_site_page_for_page(built_site: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = site_build(site, engine="properdocs")
    assert result.returncode == 0, result.stderr[-3000:]
    ours, theirs = _files(built_site), _files(site)
    assert sorted(ours) == sorted(theirs), set(ours) ^ set(theirs)
    different = [name for name in ours if ours[name] != theirs[name]]
    assert not different, f"pages that differ between the engines: {different[:10]}"
    assert b"ProperDocs" in (site / "index.html").read_bytes()
