"""Where am I: each staged page's breadcrumb, worked out at the stage from the navigation.

The trail is Home › section › this page. A page's section is the index page of its folder,
when the navigation lists it; its label is the title of the navigation section that the
index page opens, else the index page's own title. Detail pages (a programme, a survey) are
not in the navigation; their folder's index page is their section all the same.

The stage writes the trail into the page's front matter (`crumb`), so that the template
only prints it: the same in every engine (Zensical's templates have no `str.rsplit` and no
`nav.pages`), and in every language, whose navigation titles mkdocs.yml translates.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from kazutb_transparency.core.languages import DEFAULT_LANGUAGE

CONFIG = Path(__file__).resolve().parents[2] / "mkdocs.yml"
_H1 = re.compile(r"^# +(.+?)(?: +#+)? *$", re.MULTILINE)
# Front matter as MkDocs reads it (mkdocs.utils.meta.YAML_RE).
_FRONT = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


@dataclass(frozen=True)
class Section:
    """What the navigation says of a folder's index page."""

    title: str | None  # the navigation section it opens, or its own entry's title
    own_title: bool  # the title is the page's entry's (else the section's)


class _Tolerant(yaml.SafeLoader):
    """mkdocs.yml as data: its `!ENV` and Python tags read as nothing."""


_Tolerant.add_multi_constructor("!", lambda loader, suffix, node: None)
_Tolerant.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def mkdocs_settings(config: Path) -> dict:
    """mkdocs.yml (or a file in its format) as data, its tags read as nothing."""
    return yaml.load(config.read_text(encoding="utf-8"), Loader=_Tolerant)


@lru_cache(maxsize=4)
def _navigation(config: Path, mtime: float) -> tuple[dict[str, Section], dict[str, dict]]:
    """{index page: its Section} and {language: its navigation translations}."""
    settings = mkdocs_settings(config)
    sections: dict[str, Section] = {}

    def walk(items: list, parent: str | None) -> None:
        for position, item in enumerate(items):
            title, target = (None, item) if isinstance(item, str) else next(iter(item.items()))
            if isinstance(target, list):
                walk(target, title)
            elif isinstance(target, str) and posixpath.basename(target) == "index.md":
                first = parent is not None and position == 0
                sections[target] = Section(parent if first else title, not first)

    walk(settings.get("nav") or [], None)
    translations = {DEFAULT_LANGUAGE: {}}
    for plugin in settings.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            for language in plugin["i18n"]["languages"]:
                translations[language["locale"]] = language.get("nav_translations") or {}
    return sections, translations


@lru_cache(maxsize=256)  # a section's index page: asked again for every page of the section
def _page_title(text: str) -> str | None:
    """The title MkDocs gives a page: its front matter's, else its first heading's."""
    front = _FRONT.match(text)
    if front:
        meta = yaml.safe_load(front.group(1)) or {}
        if isinstance(meta, dict) and meta.get("title"):
            return str(meta["title"])
    body = text[front.end() :] if front else text
    first = body.lstrip("\n")
    found = _H1.match(first)
    return found.group(1) if found else None


def crumb(
    lang: str,
    path: str,
    texts: dict[str, str],
    config: Path = CONFIG,
    navigation: tuple[dict[str, Section], dict[str, dict]] | None = None,
) -> dict | None:
    """The trail of the page at `path` (inside its language's folder), or None if it has
    none. `texts`: the staged Markdown of the language's pages, by the same paths;
    `navigation`: mkdocs.yml's sections, when the caller has read them."""
    if path == "index.md" or "/" not in path:
        return None
    folder = posixpath.dirname(path)
    index = f"{folder}/index.md"
    sections, translations = navigation or _navigation(config, config.stat().st_mtime)
    section = sections.get(index)
    home = sections.get("index.md")
    if section is None:
        return None
    words = translations.get(lang, {})
    home_href, section_href = _hrefs(path)
    trail = {
        "home_href": home_href,
        "home_title": words.get(home.title, home.title) if home and home.title else "",
    }
    if path != index:
        if section.title:
            title = words.get(section.title, section.title)
        else:  # an entry without a title of its own: the page's
            title = _page_title(texts.get(index, ""))
        trail["section_href"] = section_href
        trail["section_title"] = title or ""
    return trail


@lru_cache(maxsize=16384)  # every language has the same paths; relpath is the costly part
def _hrefs(path: str) -> tuple[str, str]:
    """The links from the page at `path` to the home page and to its folder's index page."""
    here = posixpath.dirname(path)
    return posixpath.relpath("index.html", here), posixpath.relpath(f"{here}/index.html", here)


def with_crumb(text: str, trail: dict | None) -> str:
    """The page's Markdown with its trail in the front matter."""
    if trail is None:
        return text
    line = "crumb: " + json.dumps(trail, ensure_ascii=False) + "\n"
    text = text.removeprefix("\ufeff")  # a BOM is the file's, not the page's: never inside
    front = _FRONT.match(text)
    if front is None:
        return f"---\n{line}---\n{text}"
    return f"---\n{line}{front.group(1)}---\n{text[front.end() :]}"


def add_crumbs(pages: dict[str, str], config: Path = CONFIG) -> dict[str, str]:
    """Every Markdown page of `pages` ({"ru/about/x.md": text}) with its trail."""
    by_language: dict[str, dict[str, str]] = {}
    for path, text in pages.items():
        lang, _, inside = path.partition("/")
        if path.endswith(".md"):
            by_language.setdefault(lang, {})[inside] = text
    out = dict(pages)
    navigation = _navigation(config, config.stat().st_mtime)
    for lang, texts in by_language.items():
        for inside, text in texts.items():
            trail = crumb(lang, inside, texts, config, navigation)
            out[f"{lang}/{inside}"] = with_crumb(text, trail)
    return out
