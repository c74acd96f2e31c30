"""A language rendered alone, at the root of its own build, moved under its prefix.

Each language is rendered by its own engine process (buildsteps/render.py), with the
engine's public option for one language (mkdocs-static-i18n's `build_only_locale`): the
engine writes that language's pages at the root of its build, as if it were the whole site.
Its links between its own pages stay right when the folder moves under `ru/` or `en/`; what
must change is every reference to the files the languages share at the site's root (the
theme's assets, the search worker) and the theme's idea of where the site starts. The other
languages' addresses are given to the engine already relative to the site's root
(engines/mkdocs_events.py), so they need nothing.
"""

from __future__ import annotations

import re

# Shared files live in assets/ at the site's root; a language's own files never do.
# (Zensical writes "./assets/" where MkDocs writes "assets/".)
# One pattern per attribute: each starts with its own text, which is found in C.
_SHARED = [
    re.compile(rf"({re.escape(start)})(?:\./)?((?:\.\./)*)assets/")
    for start in ('href="', 'src="', '"search": "')
]
# The theme's base and storage scope: "." or "..", "../.." … from the page to its root.
_BASE = re.compile(r'("base": ")(\.|\.\.(?:/\.\.)*)(")')
_SCOPE = re.compile(r'(new URL\(")(\.|\.\.(?:/\.\.)*)(",location\))')


def _up(base: str) -> str:
    return ".." if base == "." else base + "/.."


def relocated_page(html: str, root_path: str = "/", lang: str = "") -> str:
    """The page of a language built alone, as it reads one folder deeper (`ru/`, `en/`).

    Pages address the shared files relatively; the 404 page, which answers at any depth,
    by their path from the host (`/ru/assets/…` → `/assets/…`, given `root_path` "/").
    """
    for shared in _SHARED:
        html = shared.sub(lambda m: f"{m.group(1)}../{m.group(2)}assets/", html)
    html = _BASE.sub(lambda m: m.group(1) + _up(m.group(2)) + m.group(3), html)
    html = _SCOPE.sub(lambda m: m.group(1) + _up(m.group(2)) + m.group(3), html)
    if not lang:
        return html
    own = f"{root_path}{lang}/"
    for before, after in (
        (f'"{own}assets/', f'"{root_path}assets/'),
        (f'new URL("{own}",location)', f'new URL("{root_path}",location)'),
        (f'"base": "{own}"', f'"base": "{root_path}"'),
    ):
        html = html.replace(before, after)
    return html
