"""The per-page work of the MkDocs adapter, done on the written pages of an engine without
MkDocs' events (Zensical): one language's folder, after its engine process ended.

Each page gets what engines/mkdocs_events.py gives it while MkDocs renders: the raw blocks
the stage lifted out put back (generated pages), the content passed through the allowlist
sanitiser (hand-written pages), the permalink titles in the page's language, its language
links (the template wrote placeholders: the engine cannot know which languages have the
page), then the same final steps (compaction, validity, shared assets one folder up for a
language other than the default, absolute alternates, the content security policy).
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

from kazutb_transparency.buildsteps.rawblocks import restored
from kazutb_transparency.buildsteps.relocate import relocated_page
from kazutb_transparency.core.alternates import absolute_alternates
from kazutb_transparency.core.compact import compact_html
from kazutb_transparency.core.csp import foreign_scripts, with_content_security_policy
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.languages import DEFAULT_LANGUAGE
from kazutb_transparency.core.sanitise import sanitise_html
from kazutb_transparency.core.validity import valid_html

# What the language links' placeholders look like once the template has written them
# (engines/zensical.py): `| url` may have put a path ("../", "/ru/") before the absolute one.
_LINK = re.compile(r"[^\"'\s<>]*kazutb-alternate-link-(\w+)")
_HREF = re.compile(r"kazutb-alternate-href-(\w+)")
_SKIP = '<a id="__skip" tabindex="-1"></a>'
_CRUMB_END = "</nav>"
ENGINE_ONLY = ("search.json",)  # the engine's own search index: the site has its own


def finish_language(manifest: Path, lang: str, out_dir: Path, languages: list[str]) -> None:
    """Do the per-page work on every page of `lang`'s folder `out_dir`."""
    render = json.loads(manifest.read_text(encoding="utf-8"))
    stage_dir, blocks_dir = Path(render["stage_dir"]), Path(render["blocks_dir"])
    hand_written = frozenset(render["hand_written"])
    site_url: str = render["site_url"]
    for name in ENGINE_ONLY:
        (out_dir / name).unlink(missing_ok=True)
    for page in sorted(out_dir.rglob("*.html")):
        url = page.relative_to(out_dir).as_posix()
        html = page.read_text(encoding="utf-8")
        source = f"{lang}/{url.removesuffix('.html')}.md"
        if url == "404.html":
            html = _not_found_links(html, site_url, languages)
        else:
            html = _content(html, source, blocks_dir, source in hand_written)
            html = _language_links(html, url, lang, stage_dir, site_url, languages)
        html = _final(html, lang, site_url, f"{lang}/{url}")
        page.write_text(html, encoding="utf-8")


def _content(html: str, source: str, blocks_dir: Path, hand_written: bool) -> str:
    """The page's own content: its lifted blocks back, or (hand-written) sanitised."""
    if not hand_written:
        return restored(html, blocks_dir, source)
    start = html.find(_SKIP)
    end = html.rfind("</article>")
    if start == -1 or end == -1:
        return sanitise_html(html)
    start += len(_SKIP)
    crumb = html.find('<nav class="kz-breadcrumb"', start, end)
    if crumb != -1:
        start = html.index(_CRUMB_END, crumb) + len(_CRUMB_END)
    return html[:start] + sanitise_html(html[start:end]) + html[end:]


def _home(lang: str) -> str:
    return "index.html" if lang == DEFAULT_LANGUAGE else f"{lang}/index.html"


def _language_links(
    html: str, url: str, lang: str, stage_dir: Path, site_url: str, languages: list[str]
) -> str:
    """Each language's link: the same page in it if it has the page, else its home."""
    here = url if lang == DEFAULT_LANGUAGE else f"{lang}/{url}"
    in_language = url.removesuffix(".html") + ".md"
    targets = {}
    for other in languages:
        prefix = "" if other == DEFAULT_LANGUAGE else f"{other}/"
        has_page = (stage_dir / other / in_language).is_file()
        targets[other] = prefix + (url if has_page else "index.html")
    html = _LINK.sub(lambda m: site_url + targets.get(m.group(1), _home(m.group(1))), html)
    return _HREF.sub(
        lambda m: posixpath.relpath(targets[m.group(1)], posixpath.dirname(here) or "."), html
    )


def _not_found_links(html: str, site_url: str, languages: list[str]) -> str:
    """The 404 page answers at any depth: its language links go to each language's home."""
    root = urlsplit(site_url).path or "/"
    html = _LINK.sub(lambda m: site_url + _home(m.group(1)), html)
    return _HREF.sub(lambda m: root + _home(m.group(1)), html)


def _final(html: str, lang: str, site_url: str, name: str) -> str:
    # The catalogs load pydantic: not when an engine's adapter imports this module.
    from kazutb_transparency.core.interface import permalink_title

    title = permalink_title(lang)
    if title != "Permanent link":
        html = html.replace('title="Permanent link"', f'title="{title}"')
    return final_page(html, lang, site_url, name)


def final_page(html: str, alone: str, site_url: str, name: str = "(page)") -> str:
    """The last steps of every page, whatever the engine: compaction, validity, the shared
    assets one folder up for a language rendered `alone` other than the default, absolute
    alternates, the content security policy. A page carrying an inline script that no
    template writes is refused (core/csp.py): raises DataError naming `name`."""
    html = valid_html(compact_html(html))
    if foreign := foreign_scripts(html):
        raise DataError([Problem(
            name,
            f"the page carries a script that no template of the site writes: "
            f"{foreign[0][:80]!r}",
            hint="a page's front matter or content put it there: find that text in the "
            "page's source and write it as plain text",
        )])  # fmt: skip
    if alone and alone != DEFAULT_LANGUAGE:
        html = relocated_page(html, urlsplit(site_url).path or "/", alone)
    return with_content_security_policy(absolute_alternates(html))
