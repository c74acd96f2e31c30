"""The A–Z site index: one page per language listing every page, by section.

It is where the search box leads without JavaScript (overrides/partials/search.html), and
a plain way to find any page with it. Built from the staged Markdown of each language
(hand-written and generated pages alike), so it always lists every page there is. A section
of more than PART_LIMIT pages is listed on pages of its own (site-index-<section>[-n].md),
linked from the index: a large university's index stays within the 100 KB page-weight
budget.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from kazutb_transparency.buildsteps.files import relative, walk_files, write_if_changed
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.interface import catalog

PAGE = "site-index.md"
TITLE = catalog("site_index")["title"]
INTRO = catalog("site_index")["intro"]
HOME = catalog("site_index")["home"]
PART = catalog("site_index")["part"]
PART_LIMIT = 300  # entries of a section listed on the index itself; more: pages of their own
FRONT = ["---", "search:", "  exclude: true", "---", ""]  # every title: it would match any query
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
    return index_of_titles({path: page_title(text, path) for path, text in pages.items()}, lang)


def index_of_titles(titles: dict[str, str], lang: str) -> str:
    """The index page of one language; `titles`: path inside the language -> page title."""
    return index_pages(titles, lang)[PAGE]


def part_path(section: str, number: int) -> str:
    """«site-index-programmes.md», «site-index-programmes-2.md»."""
    return f"site-index-{section}" + (f"-{number}" if number > 1 else "") + ".md"


def index_pages(titles: dict[str, str], lang: str) -> dict[str, str]:
    """The index of one language (PAGE) and the pages of its large sections, by path inside
    the language folder; `titles`: path inside the language -> page title."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for path, title in titles.items():
        if path.startswith("site-index"):
            continue
        section = path.split("/", 1)[0] if "/" in path else ""
        sections.setdefault(section, []).append((title, path))
    names = {section: titles.get(f"{section}/index.md", section) for section in sections}
    names[""] = HOME[lang]
    out = [*FRONT, f"# {TITLE[lang]}", "", INTRO[lang], ""]
    pages: dict[str, str] = {}
    for section in sorted(sections, key=lambda s: (s != "", _sort_key(names[s]))):
        entries = sorted(sections[section], key=lambda item: _sort_key(item[0]))
        links = [f"- [{title}]({path})" for title, path in entries]
        out += [f"## {names[section]}", ""]
        if len(links) <= PART_LIMIT:
            out += [*links, ""]
            continue
        for start in range(0, len(links), PART_LIMIT):
            path = part_path(section, start // PART_LIMIT + 1)
            last = min(start + PART_LIMIT, len(links))
            label = PART[lang].format(
                section=names[section], first=start + 1, last=last, total=len(links)
            )
            out.append(f"- [{label}]({path})")
            head = [*FRONT, f"# {TITLE[lang]}: {label}", "", f"[{TITLE[lang]}]({PAGE})", ""]
            pages[path] = "\n".join([*head, *links[start:last], ""])
        out.append("")
    pages[PAGE] = "\n".join(out)
    return pages


# Each staged page's title by its file's (size, mtime_ns): the live preview keeps its staged
# tree, whose unchanged pages keep their times, so it reads only the pages an edit changed.
_titles: dict[str, tuple[tuple[int, int], str]] = {}


def _title_of(entry: os.DirEntry[str], path: str) -> str:
    info = entry.stat()
    stamp = (info.st_size, info.st_mtime_ns)
    known = _titles.get(entry.path)
    if known is None or known[0] != stamp:
        with open(entry.path, encoding="utf-8") as file:
            known = _titles[entry.path] = (stamp, page_title(file.read(), path))
    return known[1]


def write_site_indexes(stage_dir: Path) -> None:
    """Write <lang>/site-index.md into the staged docs, for every language."""
    for lang in LANGUAGES:
        root = stage_dir / lang
        if not root.is_dir():
            continue
        found = {
            path: entry
            for entry in walk_files(root)
            if (path := relative(entry, root)).endswith(".md")
            and not path.startswith("site-index")  # the previous preview's index
        }
        # In path order, folder by folder (pages of the same title keep that order).
        titles = {
            path: _title_of(found[path], path) for path in sorted(found, key=lambda p: p.split("/"))
        }
        pages = index_pages(titles, lang)
        for path, text in pages.items():
            write_if_changed(root / path, text.encode("utf-8"))
        # A part the previous preview wrote that the index no longer has.
        for stale in root.glob("site-index-*.md"):
            if stale.name not in pages:
                stale.unlink()
