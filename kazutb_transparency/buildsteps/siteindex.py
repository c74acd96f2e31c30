"""The A–Z site index: one page per language listing every page, by section.

It is where the search box leads without JavaScript (overrides/partials/search.html), and
a plain way to find any page with it. Built from the staged Markdown of each language
(hand-written and generated pages alike), so it always lists every page there is.
"""

from __future__ import annotations

import re
from pathlib import Path

from kazutb_transparency.buildsteps.files import write_if_changed
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.interface import catalog

PAGE = "site-index.md"
TITLE = catalog("site_index")["title"]
INTRO = catalog("site_index")["intro"]
HOME = catalog("site_index")["home"]
_FRONT_TITLE = re.compile(r"^---\n(?:.*\n)*?title:\s*(?P<t>.+?)\s*\n(?:.*\n)*?---\n")
_HEADING = re.compile(r"^#\s+(?P<t>.+?)\s*(?:\{[^}]*\})?\s*$", re.MULTILINE)


def page_title(markdown: str, fallback: str) -> str:
    """The page's title as MkDocs shows it: front-matter `title`, else its first heading."""
    match = _FRONT_TITLE.match(markdown) or _HEADING.search(markdown)
    return match.group("t").strip().strip("\"'") if match else fallback


def _sort_key(title: str) -> str:
    return re.sub(r"<[^>]+>|&#?\w+;", "", title).casefold()


def site_index(pages: dict[str, str], lang: str) -> str:
    """The index page of one language; `pages`: path inside the language -> Markdown."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for path, markdown in pages.items():
        if path == PAGE:
            continue
        section = path.split("/", 1)[0] if "/" in path else ""
        sections.setdefault(section, []).append((page_title(markdown, path), path))
    names = {
        section: (
            page_title(pages[f"{section}/index.md"], section)
            if f"{section}/index.md" in pages
            else section
        )
        for section in sections
    }
    names[""] = HOME[lang]
    # Kept out of the search: it holds every title and would match every query.
    out = ["---", "search:", "  exclude: true", "---", "", f"# {TITLE[lang]}", "", INTRO[lang], ""]
    for section in sorted(sections, key=lambda s: (s != "", _sort_key(names[s]))):
        out += [f"## {names[section]}", ""]
        for title, path in sorted(sections[section], key=lambda item: _sort_key(item[0])):
            out.append(f"- [{title}]({path})")
        out.append("")
    return "\n".join(out)


def write_site_indexes(stage_dir: Path) -> None:
    """Write <lang>/site-index.md into the staged docs, for every language."""
    for lang in LANGUAGES:
        root = stage_dir / lang
        if not root.is_dir():
            continue
        pages = {
            path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(root.rglob("*.md"))
            if path.relative_to(root).as_posix() != PAGE  # the previous preview's index
        }
        write_if_changed(root / PAGE, site_index(pages, lang).encode("utf-8"))
