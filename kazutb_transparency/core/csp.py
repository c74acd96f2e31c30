"""A Content-Security-Policy on every page, as a <meta http-equiv>: it holds on any static
host and from the file system, where no header can be set.

The browser then runs only the site's own script files and the theme's inline scripts,
each allowed by its hash; it loads nothing from another host, frames nothing, and posts
forms nowhere else.

Which inline scripts are the theme's is decided by the templates, never by the page: each
`<script>` the theme's templates (and the project's overrides) write is a pattern, its
`{{ … }}` expressions standing for what they print there (a path such as "../.."). A script
on a page is hashed only when it is one of those patterns, outside the article; any other
inline script (a value that reached the page's head or navigation as markup) is not
hashed, so the browser would not run it, and `foreign_scripts` names it for the build to
refuse the page.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import re
from functools import lru_cache
from pathlib import Path

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.I | re.S)
# The article's start and end, found apart: one pattern from one to the other tried to end
# the match at every character of the article (half of the policy's time on a page).
_ARTICLE_OPEN = re.compile(r"<article\b", re.I)
_ARTICLE_CLOSE = re.compile(r"</article\s*>", re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_SRC = re.compile(r"\bsrc\s*=", re.I)
_CHARSET = re.compile(r"<meta\s+charset\s*=\s*[\"']?[\w-]+[\"']?\s*/?>", re.I)
# Types a browser runs as script; JSON and other data blocks are not scripts.
_SCRIPT_TYPES = frozenset({"", "text/javascript", "application/javascript", "module"})

POLICY = (
    "default-src 'none'",
    "script-src 'self'{hashes}",
    "style-src 'self' 'unsafe-inline'",  # the theme's and the tables' own style attributes
    "img-src 'self' data:",  # the theme's icons are data: SVGs in its stylesheet
    "font-src 'self'",
    "connect-src 'self'",  # the search page reads its index (buildsteps/search_index.py)
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    "frame-src 'none'",
)


# What a template's `{{ … }}` prints inside the theme's scripts: a base URL or a path.
_PRINTED = r"[\w./:~%+-]*"
_EXPRESSION = re.compile(r"\{\{.*?\}\}", re.S)
_TEMPLATE_SCRIPT = re.compile(r"<script>(.*?)</script\s*>", re.S)
_INDENT = re.compile(r"\n(?:[ \t]*\n)*[ \t]*")  # as core/compact.py writes the page
# Templates whose scripts no page of the site may carry: redirect.html sends the visitor to
# the address in the page's `location` (refused in front matter too, core/frontmatter.py).
_NOT_PAGES = frozenset({"redirect.html"})
OVERRIDES = Path(__file__).resolve().parents[2] / "overrides"


def _theme_template_dirs() -> list[Path]:
    """The templates of the installed themes (Material, Zensical) and the project's own."""
    folders = []
    for package in ("material", "zensical"):
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin is not None:
            folders.append(Path(spec.origin).parent / "templates")
    return [*folders, OVERRIDES]


@lru_cache(maxsize=1)
def template_scripts() -> re.Pattern[str]:
    """One pattern matching exactly the inline scripts the templates write."""
    bodies: set[str] = set()
    for folder in _theme_template_dirs():
        for template in sorted(folder.rglob("*.html")) if folder.is_dir() else []:
            if template.name in _NOT_PAGES or ".icons" in template.parts:
                continue
            text = template.read_text(encoding="utf-8")
            bodies.update(_INDENT.sub("\n", body) for body in _TEMPLATE_SCRIPT.findall(text))
    patterns = sorted(
        _PRINTED.join(re.escape(part) for part in _EXPRESSION.split(body)) for body in bodies
    )
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)")


def _inline_scripts(html: str) -> list[str]:
    """The bodies of the page's inline scripts that a browser runs (not JSON blocks)."""
    bodies = []
    for attributes, body in _SCRIPT.findall(html):
        if _SRC.search(attributes):
            continue
        kind = _TYPE.search(attributes)
        if (kind.group(1).lower() if kind else "") in _SCRIPT_TYPES:
            bodies.append(body)
    return bodies


def inline_script_hashes(html: str) -> list[str]:
    """'sha256-…' of each of the theme's inline scripts outside the article, in page order,
    once each; a script the templates do not write is not hashed."""
    theme = template_scripts()
    hashes: dict[str, None] = {}
    for body in _inline_scripts(_outside_articles(html)):
        if theme.fullmatch(body) is None:
            continue
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes[f"'sha256-{base64.b64encode(digest).decode('ascii')}'"] = None
    return list(hashes)


def foreign_scripts(html: str) -> list[str]:
    """The page's inline scripts that no template writes, anywhere in the page."""
    theme = template_scripts()
    return [body for body in _inline_scripts(html) if theme.fullmatch(body) is None]


def _outside_articles(html: str) -> str:
    """The page without its articles: each from `<article` to the first `</article>` after
    it (as `<article\\b.*?</article\\s*>` removes them, case and spaces alike)."""
    kept, position = [], 0
    while (start := _ARTICLE_OPEN.search(html, position)) is not None:
        end = _ARTICLE_CLOSE.search(html, start.end())
        if end is None:
            break
        kept.append(html[position : start.start()])
        position = end.end()
    return "".join(kept) + html[position:] if kept else html


def policy_for(html: str) -> str:
    hashes = "".join(f" {h}" for h in inline_script_hashes(html))
    return "; ".join(POLICY).format(hashes=hashes)


def with_content_security_policy(html: str) -> str:
    """The page with its policy as the first element after <meta charset> (a policy in a
    meta element covers only what follows it)."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy_for(html)}">'
    found = _CHARSET.search(html)
    if found is None:
        head = re.search(r"<head\b[^>]*>", html, re.I)
        if head is None:
            return html
        found = head
    return html[: found.end()] + meta + html[found.end() :]
