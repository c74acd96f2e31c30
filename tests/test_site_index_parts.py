"""The A–Z site index of a large university: a section of more than PART_LIMIT pages is
listed on pages of its own, linked from the index, so that no index page outgrows the
page-weight budget; every page is still listed once."""

from __future__ import annotations

import re

from kazutb_transparency.buildsteps.siteindex import PAGE, PART_LIMIT, index_pages

LINK = re.compile(r"^- \[[^\]]+\]\(([^)]+)\)$", re.MULTILINE)


def titles(programmes: int) -> dict[str, str]:
    found = {"index.md": "Home", "programmes/index.md": "Programmes", "about.md": "About"}
    found |= {f"programmes/6B{n:05d}.md": f"Programme {n:05d}" for n in range(programmes)}
    return found


def test_a_small_site_has_one_index_page() -> None:
    pages = index_pages(titles(PART_LIMIT - 1), "en")
    assert list(pages) == [PAGE]
    assert len(LINK.findall(pages[PAGE])) == PART_LIMIT - 1 + 3


def test_a_large_section_is_listed_on_pages_of_its_own() -> None:
    count = 2 * PART_LIMIT + 5  # the section and its index page
    for lang in ("kk", "ru", "en"):
        pages = index_pages(titles(count - 1), lang)
        parts = ["site-index-programmes.md", *(f"site-index-programmes-{n}.md" for n in (2, 3))]
        assert sorted(pages) == sorted([PAGE, *parts])
        assert LINK.findall(pages[PAGE]) == ["about.md", "index.md", *parts]
        listed = [link for path in pages if path != PAGE for link in LINK.findall(pages[path])]
        assert sorted(listed) == sorted(p for p in titles(count - 1) if p.startswith("programmes/"))
        assert all(len(LINK.findall(pages[p])) <= PART_LIMIT + 1 for p in pages)
        for path, text in pages.items():
            assert text.startswith("---\nsearch:\n  exclude: true\n---\n"), path
