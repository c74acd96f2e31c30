"""The last steps on a built site: one search index per language, then an atomic swap.

A build writes into a fresh folder beside `site/`; only when every check has passed is the
old `site/` replaced, so a failed build publishes nothing and leaves the previous site intact.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

from kazutb_transparency.buildsteps.leftovers import owned_folder, remove_leftovers
from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

# Splits on white space and punctuation (« » ( ) dashes …) but keeps 3.5 and 6B04105 whole.
SEARCH_SEPARATOR = r'[\s\-–—,:!=\[\]()"«»“”/;?…]+|\.(?!\d)'

# lunr has no Kazakh support: Russian handles Cyrillic tokens; the stemmer and trimmer
# are left out (a Russian stemmer mangles Kazakh words and breaks prefix queries, and
# the Russian trimmer strips Latin letters and digits from codes such as 6B04105).
# "fold" (overrides/assets/javascripts/lunr/min/lunr.fold.min.js) folds index and query:
# ё→е, and Kazakh letters to the letters typed without diacritics (қ→к, ә→а …).
SEARCH_CONFIG: dict[str, dict[str, object]] = {
    "kk": {"lang": ["ru", "fold"], "separator": SEARCH_SEPARATOR, "pipeline": ["stopWordFilter"]},
    "ru": {"lang": ["ru", "fold"], "separator": SEARCH_SEPARATOR, "pipeline": ["stopWordFilter"]},
    "en": {"lang": ["en"], "separator": SEARCH_SEPARATOR, "pipeline": ["stopWordFilter"]},
}


def language_of(location: str) -> str:
    first = location.split("/", 1)[0]
    return first if first in LANGUAGES and first != DEFAULT_LANGUAGE else DEFAULT_LANGUAGE


def split_search_index(site_dir: Path) -> dict[str, int]:
    """Rewrite the merged index into one per language, each at <lang>/search/.

    Locations are made relative to the language's root, matching the search base that
    overrides/main.html gives the pages of that language. Returns entries per language.
    """
    merged_path = site_dir / "search" / "search_index.json"
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    docs: dict[str, list[dict]] = {lang: [] for lang in LANGUAGES}
    for doc in merged["docs"]:
        lang = language_of(doc["location"])
        if lang != DEFAULT_LANGUAGE:
            doc = {**doc, "location": doc["location"].removeprefix(f"{lang}/")}
        docs[lang].append(doc)
    for lang in LANGUAGES:
        folder = site_dir / "search" if lang == DEFAULT_LANGUAGE else site_dir / lang / "search"
        folder.mkdir(parents=True, exist_ok=True)
        index = {"config": {**merged["config"], **SEARCH_CONFIG[lang]}, "docs": docs[lang]}
        (folder / "search_index.json").write_text(
            json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
    return {lang: len(entries) for lang, entries in docs.items()}


def search_index_per_language(site_dir: Path) -> None:
    """Each language rendered alone wrote its own index at <lang>/search/: the same
    configuration as `split_search_index` gives it, the same bytes."""
    for lang in LANGUAGES:
        folder = site_dir / "search" if lang == DEFAULT_LANGUAGE else site_dir / lang / "search"
        path = folder / "search_index.json"
        if not path.is_file():
            continue
        own = json.loads(path.read_text(encoding="utf-8"))
        index = {"config": {**own["config"], **SEARCH_CONFIG[lang]}, "docs": own["docs"]}
        path.write_text(
            json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )


# URLs inside Material's JavaScript bundle that would load code from a CDN: a polyfill for
# browsers without ResizeObserver, and mermaid for diagrams (the site has none). Blanking
# them keeps the promise that the site never contacts a third-party host; the features
# they serve degrade, the pages do not.
THIRD_PARTY_URLS = (
    "https://unpkg.com/resize-observer-polyfill",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
)


# Material's language switcher fetches a sitemap.xml beside every <link rel="alternate">
# (e.g. /ru/about/sitemap.xml, which does not exist) to map a page to its translation. The
# i18n plugin already links every page to the same page in each language, so the lookup
# is switched off by making its selector match nothing: no failed request on any page.
ALTERNATE_SITEMAP_LOOKUP = ('"link[rel=alternate]"', '"link[rel=alternate][data-md-sitemap]"')


def remove_third_party_urls(site_dir: Path) -> list[Path]:
    """Blank known CDN URLs in the theme's bundles and switch off the alternate-sitemap
    lookup; returns the files changed."""
    changed = []
    for path in sorted((site_dir / "assets" / "javascripts").glob("*.js")):
        text = path.read_text(encoding="utf-8")
        cleaned = text
        for url in THIRD_PARTY_URLS:
            cleaned = cleaned.replace(url, "")
        cleaned = cleaned.replace(*ALTERNATE_SITEMAP_LOOKUP)
        if cleaned != text:
            path.write_text(cleaned, encoding="utf-8")
            changed.append(path)
    return changed


SOURCE_MAP_COMMENT = re.compile(
    rb"\n?(?://# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^*]*\*/)\s*$"
)


def remove_source_maps(site_dir: Path) -> list[Path]:
    """Delete the theme's source maps (1.3 MB nobody loads) and the comments naming them, so
    that a browser's developer tools do not request missing files. Returns the files deleted."""
    removed = sorted(site_dir.rglob("*.map"))
    for path in removed:
        path.unlink()
    for pattern in ("*.js", "*.css"):
        for path in (site_dir / "assets").rglob(pattern):
            data = path.read_bytes()
            cleaned = SOURCE_MAP_COMMENT.sub(b"\n", data)
            if cleaned != data:
                path.write_bytes(cleaned)
    return removed


def fresh_build_dir(site_dir: Path) -> Path:
    """An empty folder beside `site_dir` (same file system, so the swap is a rename)."""
    return owned_folder(site_dir.parent, f".{site_dir.name}-build-")


def swap_into_place(build_dir: Path, site_dir: Path) -> None:
    """Replace `site_dir` by `build_dir`; the old site is removed only after the rename."""
    old = None
    if site_dir.exists():
        old = owned_folder(site_dir.parent, f".{site_dir.name}-old-")
        os.rename(site_dir, old / "site")
    os.rename(build_dir, site_dir)
    os.chmod(site_dir, 0o755)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def discard(build_dir: Path | None) -> None:
    if build_dir is not None and build_dir.exists():
        shutil.rmtree(build_dir, ignore_errors=True)


def remove_interrupted(root: Path, site_dir: Path) -> list[Path]:
    """What interrupted builds left beside `site_dir` and in .cache/ (leftovers.py)."""
    name = site_dir.name
    # .<site>-languages-: left by builds before languages were rendered as processes.
    beside = (f".{name}-build-", f".{name}-old-", f".{name}-languages-")
    return remove_leftovers(site_dir.parent, beside) + remove_leftovers(
        root / ".cache", ("build-", "refused-")
    )
