"""A Content-Security-Policy on every page, as a <meta http-equiv>: it holds on any static
host and from the file system, where no header can be set.

The browser then runs only the site's own script files and the theme's inline scripts,
each allowed by its hash; it loads nothing from another host, frames nothing, and posts
forms nowhere else. The hashes are of the inline scripts outside the page's article: the
article is content (hand-written pages pass the sanitiser, generated ones carry no
script), so a script that reached it anyway would not run.
"""

from __future__ import annotations

import base64
import hashlib
import re

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


def inline_script_hashes(html: str) -> list[str]:
    """'sha256-…' of each inline script outside the article, in page order, once each."""
    outside = _outside_articles(html)
    hashes: dict[str, None] = {}
    for attributes, body in _SCRIPT.findall(outside):
        if _SRC.search(attributes):
            continue
        kind = _TYPE.search(attributes)
        if (kind.group(1).lower() if kind else "") not in _SCRIPT_TYPES:
            continue
        digest = hashlib.sha256(body.encode("utf-8")).digest()
        hashes[f"'sha256-{base64.b64encode(digest).decode('ascii')}'"] = None
    return list(hashes)


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
