"""The search index of the default site: result titles that tell pages apart (no two pages
of one language share a title; a dataset's page says it is the dataset) and snippets from
the article's own text, never from a banner (the placeholder notice, the provenance legend,
a demonstration warning) or the breadcrumb."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from kazutb_transparency.core.interface import catalog

pytestmark = pytest.mark.build
ROOTS = {"kk": "", "ru": "ru/", "en": "en/"}


def _blocks(site: Path, lang: str, pattern: str = "*.json") -> list[dict[str, str]]:
    folder = site / ROOTS[lang] / "search" / "text"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob(pattern))]


def _banners(lang: str) -> list[str]:
    provenance = catalog("disclosures_provenance")
    texts = [catalog("surveys")[key][lang] for key in ("demo_title", "unit_demo")]
    texts += [value[lang] for value in provenance.values()]
    texts += [
        catalog("disclosures")[key][lang] for key in ("sample_title", "sample_text", "legend")
    ]
    return [t for t in texts if len(t) > 3]


@pytest.mark.parametrize("lang", list(ROOTS))
def test_no_two_pages_share_a_title(built_site: Path, lang: str) -> None:
    pages: dict[str, set[str]] = defaultdict(set)
    for block in _blocks(built_site, lang):
        pages[block["t"]].add(block["u"])
    shared = {title: urls for title, urls in pages.items() if len(urls) > 1}
    assert not shared, shared
    suffix = catalog("opendata_page")["title"][lang].format(title="")
    datasets = {b["t"] for b in _blocks(built_site, lang) if b["u"].startswith("opendata/")}
    named = [t for t in datasets if t.endswith(suffix)]
    assert len(named) >= 10, datasets  # every dataset's page (the catalogue itself aside)


@pytest.mark.parametrize("lang", list(ROOTS))
def test_no_snippet_starts_with_a_banner(built_site: Path, lang: str) -> None:
    banners = _banners(lang)
    assert banners
    # A page's first block (<page>-0.json): the banners stand at the top of the article. A
    # later block begins wherever BLOCK characters end, and may begin with a legend's words
    # inside a sentence of the article's own (a field's meaning lists the provenance states).
    for block in _blocks(built_site, lang, "*-0.json"):
        for banner in banners:
            assert not block["x"].startswith(banner), (block["u"], banner)
