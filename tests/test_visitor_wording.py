"""Visitor pages speak to visitors: nothing on a page tells how the site is built."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.build

# Words of the build, not of the university: repository paths, file kinds of the data,
# the tools, the build's modes.
BUILD_TALK = re.compile(
    r"\bdata/|\bscripts/|\bdocs/(?:kk|ru|en)\b|\w\.ya?ml\b|\w\.py\b|\bMkDocs\b|\bProperDocs\b"
    r"|\bVega(?:-Lite)?\b|\bAltair\b|\bpydantic\b|\bstrict build\b|\bSTRICT=|\bmake "
    r"(?:site|validate|serve|test)\b|\bbuild date\b|\bREADME\b",
    re.IGNORECASE,
)
_INVISIBLE = re.compile(r"<head\b.*?</head>|<script\b.*?</script>|<style\b.*?</style>", re.S)
_TAG = re.compile(r"<[^>]+>")


def visible_text(page: Path) -> str:
    return html.unescape(_TAG.sub(" ", _INVISIBLE.sub(" ", page.read_text(encoding="utf-8"))))


def test_visible_text_has_no_build_talk(built_site: Path) -> None:
    found = []
    for page in sorted(built_site.rglob("*.html")):
        text = visible_text(page)
        found += [
            f"{page.relative_to(built_site)}: …{text[max(0, m.start() - 40) : m.end() + 20]}…"
            for m in BUILD_TALK.finditer(text)
        ]
    assert not found, "build talk on visitor pages:\n" + "\n".join(found[:40])


def test_the_check_sees_build_talk(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><title>data/x.yaml</title></head><body><p>See <code>data/surveys/"
        "</code> and the Vega-Lite spec</p><script>var a='scripts/x.py'</script></body></html>",
        encoding="utf-8",
    )
    found = [m.group(0) for m in BUILD_TALK.finditer(visible_text(page))]
    assert found == ["data/", "Vega-Lite"]
