"""The front matter of a hand-written page: an allowlist of keys and of their values.

The theme prints a page's front matter outside the article (the page's head, its header,
the navigation of every other page) and Material prints several of its values as they are,
unescaped: `title` in the navigation and the header, `description` and `author` inside a
`<meta content="…">` attribute. Other keys change what the page is (`template: redirect.html`
with `location:` sends the visitor elsewhere through an inline script). So the front matter
an editor writes is checked here, before the engine reads it, value by value as YAML decoded
it (a `"\\x3cscript\\x3e"` is a `<script>` by then):

- only the keys below, each with the values it can mean;
- a text value is plain text that needs no escaping in HTML text or in an attribute: no
  `<`, `>` or `"`, no control, bidirectional or invisible character;

everything else is refused at its file and line, with what to write instead. Generated pages
write their own front matter (the stage's code, from checked data) and are not read here.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kazutb_transparency.core.datafiles import yaml_error_problem
from kazutb_transparency.core.errors import Problem

_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$", re.S | re.M)

TEXT_KEYS = {"title": 200, "subtitle": 200, "description": 400}
HIDE = frozenset({"navigation", "toc", "footer", "path", "tags", "feedback"})
STATUSES = frozenset({"new", "deprecated"})  # Material's own page statuses
# A hand-written page is an article: the theme's default page template. The others
# (redirect.html, the search and 404 templates, blog templates) are not pages an editor
# writes, and redirect.html sends the visitor to the address in `location`.
TEMPLATES = frozenset({"main.html"})
KEYS = frozenset({*TEXT_KEYS, "hide", "status", "icon", "search", "template"})

# Printed raw by the theme, these end a text or an attribute: refused in a text value.
_MARKUP_CHARS = frozenset('<>"')
# Bidirectional controls (a name shown reversed), zero-width and other invisible characters.
_INVISIBLE = frozenset(
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)
_ICON = re.compile(r"[a-z0-9]+(?:[-_/][a-z0-9]+)*\Z")


def front_matter_of(text: str) -> tuple[str, int] | None:
    """The page's front matter (between its --- lines) and the line it starts on, or None."""
    found = _FRONT.match(text)
    return (found.group(1), 2) if found is not None else None


def front_matter_problems(text: str, name: str) -> list[Problem]:
    """Every key and value of a hand-written page's front matter that is not allowed."""
    front = front_matter_of(text)
    if front is None:
        return []
    source, first_line = front
    try:
        node = yaml.compose(source, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        found = yaml_error_problem(exc, source, name)
        return [replace(found, line=(found.line or 1) + first_line - 1)]
    if node is None:
        return []
    if not isinstance(node, yaml.MappingNode):
        return [_problem(name, first_line, None, "the front matter is not a list of keys",
                         "write `key: value` lines, e.g. `title: …`, or remove it")]  # fmt: skip
    problems = []
    for key_node, value_node in node.value:
        line = first_line + key_node.start_mark.line
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in KEYS:
            problems.append(_problem(name, line, None, f"the key {_shown(key)} is not one a "
                            "hand-written page may set", "remove it; a page may set "
                            + ", ".join(sorted(KEYS))))  # fmt: skip
            continue
        try:
            value = yaml.SafeLoader(source).construct_document(value_node)
        except yaml.YAMLError:
            value = None
        for message, hint in _value_problems(key, value):
            problems.append(_problem(name, first_line + value_node.start_mark.line, key,
                                     message, hint))  # fmt: skip
    return problems


def _value_problems(key: str, value: Any) -> Iterator[tuple[str, str]]:
    if key in TEXT_KEYS:
        yield from _text_problems(value, TEXT_KEYS[key])
        return
    allowed = {
        "hide": lambda: isinstance(value, list) and all(item in HIDE for item in value),
        "status": lambda: value in STATUSES,
        "template": lambda: value in TEMPLATES,
        "icon": lambda: (
            isinstance(value, str) and bool(_ICON.match(value)) and value in theme_icons()
        ),
        "search": lambda: _search_setting(value),
    }[key]
    if not allowed():
        yield _REFUSED[key](_shown(value))


_REFUSED = {
    "hide": lambda shown: (
        f"hide lists what the page hides, of: {', '.join(sorted(HIDE))}",
        "write e.g. `hide: [toc]`, one of those words each",
    ),
    "status": lambda shown: (
        f"the status {shown} is not one of the theme's",
        f"write one of {', '.join(sorted(STATUSES))}, or leave the key out",
    ),
    "template": lambda shown: (
        f"the template {shown} is not a page template of the site",
        "leave the key out: a hand-written page uses the site's page template",
    ),
    "icon": lambda shown: (
        f"the icon {shown} is not one of the theme's icons",
        "name an icon of the theme, e.g. material/file-document, or leave it out",
    ),
    "search": lambda shown: (
        "search takes `exclude: true` or `boost:` a number from 0.1 to 10",
        "write e.g. `search: {exclude: true}`, or leave the key out",
    ),
}


def _text_problems(value: Any, limit: int) -> Iterator[tuple[str, str]]:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        yield ("is not a text", "write the text after the colon, in quotes if it has a colon")
        return
    text = str(value)
    if not text.strip():
        yield ("is empty", "write the text, or leave the key out")
    if len(text) > limit:
        yield (f"is {len(text)} characters long, more than {limit}", "shorten it")
    for char in text:
        if char in _MARKUP_CHARS:
            yield (
                f"contains {char!r}, which the theme prints as markup in the page's head "
                "and navigation",
                "write plain text: quote with « » or ' ', and write 'less than' in words",
            )
            return
        if _unprintable(char):
            yield (
                f"contains the invisible character {character_name(char)}",
                "delete it: retype the text around it",
            )
            return


def _unprintable(char: str) -> bool:
    """A control, bidirectional, invisible or non-character."""
    if char in _INVISIBLE:
        return True
    category = unicodedata.category(char)
    return category in ("Cc", "Cs", "Co", "Cn") or (category == "Zl" or category == "Zp")


def character_name(char: str) -> str:
    """U+202E RIGHT-TO-LEFT OVERRIDE: a character named as a reader can look it up."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def _search_setting(value: Any) -> bool:
    if not isinstance(value, dict) or not value:
        return False
    for key, setting in value.items():
        if key == "exclude" and isinstance(setting, bool):
            continue
        if (
            key == "boost"
            and isinstance(setting, int | float)
            and not isinstance(setting, bool)
            and 0.1 <= setting <= 10
        ):
            continue
        return False
    return True


@lru_cache(maxsize=1)
def theme_icons() -> frozenset[str]:
    """The icons the theme ships ("material/file-document"), read from its package's files
    (found, not imported: the engine and its theme stay in engines/)."""
    spec = importlib.util.find_spec("material")
    if spec is None or spec.origin is None:
        return frozenset()
    folder = Path(spec.origin).parent / "templates" / ".icons"
    return frozenset(
        path.relative_to(folder).with_suffix("").as_posix() for path in folder.rglob("*.svg")
    )


def _shown(value: Any) -> str:
    """A value as the message shows it: quoted, its invisible characters escaped."""
    text = str(value)[:60]
    return (
        "'"
        + "".join(f"\\u{ord(c):04x}" if _unprintable(c) or c in "\n\r\t" else c for c in text)
        + "'"
    )


def _problem(name: str, line: int, field: str | None, message: str, hint: str) -> Problem:
    return Problem(name, message, field=field, line=line, hint=hint)
