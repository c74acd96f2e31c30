"""The last steps on a built site: the theme's files cleaned, then an atomic swap.

A build writes into a fresh folder beside `site/`; only when every check has passed is the
old `site/` replaced, so a failed build publishes nothing and leaves the previous site intact.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
from pathlib import Path

from kazutb_transparency.buildsteps.files import relative, walk_files
from kazutb_transparency.buildsteps.leftovers import owned_folder, remove_leftovers

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


# The theme's own search (its worker and lunr with its language files, 0.8 MB) is copied
# with the theme although the site searches with its own index (buildsteps/search_index.py):
# no page loads them.
THEME_SEARCH = ("assets/javascripts/workers", "assets/javascripts/lunr")


def remove_theme_search(site_dir: Path) -> list[Path]:
    """Delete the theme's unused search files; returns the folders removed."""
    removed = [site_dir / folder for folder in THEME_SEARCH if (site_dir / folder).is_dir()]
    for folder in removed:
        shutil.rmtree(folder)
    return removed


def move_published(publish_dir: Path, build_dir: Path) -> None:
    """Move the open data and documents into the built site, beside the rendered pages.

    Moved, not copied: the work folder is removed after the build, and deleting 100 MB and
    more of files written a minute earlier (by then on disk) took up to 3 s of the build."""
    for entry in walk_files(publish_dir):
        destination = build_dir / relative(entry, publish_dir)
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(entry.path, destination)
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            shutil.copy2(entry.path, destination)  # the site on another file system


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
