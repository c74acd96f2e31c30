"""The last steps on a built site: the theme's files cleaned, then an atomic publish.

A build writes into a fresh folder beside `site/` (`.site-build-<pid>-…`); only when every
check has passed is it published, so a failed build publishes nothing and leaves the
previous site intact.

Publishing is ONE rename. `site` is a symbolic link, relative (`.site-builds/<name>`, so
the repository can be moved or copied), to a finished folder in `.site-builds/`. The
finished build is renamed into that folder, a new link is made under a temporary name and
renamed over `site`: on POSIX a rename replaces its target atomically, so a reader (a web
server, a build killed at any instant) sees the old site or the new one, never neither.
Replacing a real folder takes two renames (the old one out of the way, the new one in), and
a build killed between them left no `site/` at all; that is why `site` is a link.

- A folder in `.site-builds/` is whole by its name (`<UTC time>-<pid>-<random>`): a build's
  folder is renamed there only once complete, and a folder is renamed out of it before it
  is deleted. Nothing is marked by a file inside: everything in the site is served.
- `site` still a real folder (a checkout from before the link) is moved, whole, into
  `.site-builds/` under a finished name, then linked, once.
- At the start of every build (`remove_interrupted`), `site` missing or a dangling link (a
  build killed mid-migration) is linked again to the newest finished folder, never left to
  the clean-up. Finished folders other than the one `site` links to are removed only then
  or after a publish, and only once their build has ended (leftovers.py tells running
  owners apart): none is removed while `site` links to none of them, since one of them may
  then be the only whole site.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from kazutb_transparency.buildsteps.files import relative, walk_files
from kazutb_transparency.buildsteps.leftovers import owned_folder, process_running, remove_leftovers
from kazutb_transparency.core.errors import DataError, Problem

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
    """An empty folder beside `site_dir` (same file system, so publishing is a rename)."""
    return owned_folder(site_dir.parent, f".{site_dir.name}-build-")


def discard(build_dir: Path | None) -> None:
    if build_dir is not None and build_dir.exists():
        shutil.rmtree(build_dir, ignore_errors=True)


# --- the atomic publish (module docstring) ------------------------------------------------

# A finished folder's name: when it was finished (names sort by age), and the process that
# finished it (kept while that process runs: it may not have linked it yet).
_FINISHED = re.compile(r"\d{8}T\d{6}\.\d{6}Z-(\d+)-[0-9a-f]+")
_OWNER = re.compile(r"(\d+)-")


def builds_dir(site_dir: Path) -> Path:
    """Where the finished builds are kept: beside `site_dir`, so on its file system."""
    return site_dir.parent / f".{site_dir.name}-builds"


def _finished_name() -> str:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    return f"{stamp}-{os.getpid()}-{secrets.token_hex(4)}"


def finished_folders(site_dir: Path) -> list[Path]:
    """The finished folders kept for `site_dir`, oldest first."""
    try:
        entries = list(builds_dir(site_dir).iterdir())
    except OSError:
        return []
    return sorted(
        entry
        for entry in entries
        if _FINISHED.fullmatch(entry.name) and not entry.is_symlink() and entry.is_dir()
    )


def current_folder(site_dir: Path) -> Path | None:
    """The finished folder `site_dir` links to; None when it is a real folder, missing, a
    dangling link or a link elsewhere."""
    try:
        target = os.readlink(site_dir)
    except OSError:
        return None
    folder = Path(os.path.normpath(site_dir.parent / target))
    if folder.parent != builds_dir(site_dir) or folder not in finished_folders(site_dir):
        return None
    return folder


def _owner_running(name: str) -> bool:
    """Whether the process that named a folder or link `<pid>-…` is still running."""
    owner = _OWNER.match(name)
    return owner is not None and process_running(int(owner.group(1)))


def _link(site_dir: Path, folder: Path) -> None:
    """Point `site_dir` at `folder` in one step: a new link under a temporary name, renamed
    over `site_dir` (a rename replaces its target atomically; making a link does not)."""
    temporary = site_dir.parent / f".{site_dir.name}-link-{os.getpid()}-{secrets.token_hex(4)}"
    os.symlink(os.path.relpath(folder, site_dir.parent), temporary)
    try:
        os.replace(temporary, site_dir)
    except BaseException:
        if os.path.lexists(temporary):
            os.unlink(temporary)
        raise


def _remove_folder(site_dir: Path, folder: Path) -> None:
    """Delete a finished folder. Renamed out of the builds folder first: a deletion cut
    short leaves a partial folder under a leftover's name, never under a finished one."""
    holder = owned_folder(site_dir.parent, f".{site_dir.name}-old-")
    os.rename(folder, holder / folder.name)
    shutil.rmtree(holder, ignore_errors=True)


def _migrate(site_dir: Path) -> None:
    """`site_dir` still a real folder (a checkout from before the link): moved whole into
    the builds folder under a finished name, then linked. Killed between the two, the next
    build links it again (`restore_site`)."""
    kept = builds_dir(site_dir) / _finished_name()
    kept.parent.mkdir(exist_ok=True)
    os.rename(site_dir, kept)
    try:
        _link(site_dir, kept)
    except BaseException as exc:
        # Moved back, so that the build's message (the previous site/ is unchanged) holds.
        if not _moved_back(kept, site_dir) and isinstance(exc, OSError):
            raise _not_moved_back(kept, site_dir, exc) from exc
        raise


def _moved_back(kept: Path, site_dir: Path) -> bool:
    if os.path.lexists(site_dir):
        return True  # linked meanwhile (another build's `restore_site`)
    try:
        os.rename(kept, site_dir)
    except OSError:
        return False
    return True


def _not_moved_back(kept: Path, site_dir: Path, cause: OSError) -> DataError:
    """The one failure after which the previous site is not at `site_dir`: said so."""
    return DataError([
        Problem(
            str(site_dir),
            f"the previous site was moved to {kept} to be linked from site/, and could be "
            f"neither linked nor moved back ({cause.strerror or cause})",
            hint=f"the next build links site/ to it again; or move it back: mv {kept} {site_dir}",
        )
    ])  # fmt: skip


def swap_into_place(build_dir: Path, site_dir: Path) -> None:
    """Publish `build_dir` as `site_dir` in one atomic rename of a link (module docstring);
    the previous finished folder is removed only after it. An error before the rename
    leaves the previous site served; nothing after it can fail the build."""
    os.chmod(build_dir, 0o755)  # mkdtemp made it private: the site is served to others
    if site_dir.is_dir() and not site_dir.is_symlink():
        _migrate(site_dir)
    finished = builds_dir(site_dir) / _finished_name()
    finished.parent.mkdir(exist_ok=True)
    os.rename(build_dir, finished)  # whole: only now does it carry a finished name
    try:
        _link(site_dir, finished)
    except BaseException:
        # Not published (unless interrupted right after the rename): nothing to keep.
        if current_folder(site_dir) != finished:
            _remove_quietly(site_dir, finished)
        raise
    remove_unserved(site_dir)


def _remove_quietly(site_dir: Path, folder: Path) -> bool:
    try:
        _remove_folder(site_dir, folder)
    except OSError:
        return False  # removed by the next build (leftovers.py)
    return True


def remove_unserved(site_dir: Path) -> list[Path]:
    """The finished folders `site_dir` does not link to, once their build has ended. None
    while `site_dir` links to none of them: one may then be the only whole site."""
    removed = []
    for folder in finished_folders(site_dir):
        # Read again for each: another build may have linked its own folder meanwhile.
        current = current_folder(site_dir)
        if current is None:
            break
        if folder == current or _another_build_may_link(folder):
            continue
        if _remove_quietly(site_dir, folder):
            removed.append(folder)
    return removed


def _another_build_may_link(folder: Path) -> bool:
    """Whether the finished folder is another build's, still running: it may not have
    linked it yet. This process publishes one site at a time: its own folders, but for
    the one linked, are done with."""
    found = _FINISHED.fullmatch(folder.name)
    owner = int(found.group(1)) if found else os.getpid()
    return owner != os.getpid() and process_running(owner)


def restore_site(site_dir: Path) -> Path | None:
    """`site_dir` missing or a dangling link (a build killed while it migrated a real
    folder, or a build from before the link killed between its two renames): linked again
    to the newest whole site kept. Returns the folder linked, or None."""
    if site_dir.exists():  # a real folder, a link to one, or something else: left alone
        return None
    folders = finished_folders(site_dir) or _adopt_saved(site_dir)
    if not folders:
        return None
    _link(site_dir, folders[-1])
    return folders[-1]


def _saved_sites(site_dir: Path) -> list[Path]:
    """A build from before the link, killed between its two renames, left the whole
    previous site in `.site-old-<pid>-…/site` and no `site/`: those folders."""
    prefix = f".{site_dir.name}-old-"
    try:
        entries = list(site_dir.parent.iterdir())
    except OSError:
        return []
    return [
        entry / "site"
        for entry in entries
        if entry.name.startswith(prefix)
        and not entry.is_symlink()
        and not (entry / "site").is_symlink()
        and (entry / "site").is_dir()
        and not _owner_running(entry.name[len(prefix) :])
    ]


def _adopt_saved(site_dir: Path) -> list[Path]:
    """The newest of `_saved_sites` made a finished folder (returned), to be linked rather
    than removed as a leftover."""
    saved = _saved_sites(site_dir)
    if not saved:
        return []
    newest = max(saved, key=lambda folder: folder.parent.stat().st_mtime)
    kept = builds_dir(site_dir) / _finished_name()
    kept.parent.mkdir(exist_ok=True)
    os.rename(newest, kept)
    return [kept]


def _remove_stale_links(site_dir: Path) -> list[Path]:
    """Temporary links (`_link`) of builds killed before they renamed them."""
    prefix = f".{site_dir.name}-link-"
    removed = []
    try:
        entries = list(site_dir.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if (
            name.startswith(prefix)
            and entry.is_symlink()
            and not _owner_running(name[len(prefix) :])
        ):
            with suppress(OSError):
                entry.unlink(missing_ok=True)
                removed.append(entry)
    return removed


def remove_interrupted(root: Path, site_dir: Path) -> list[Path]:
    """At the start of every build: `site_dir` linked again if an interrupted build left
    it missing (`restore_site`), then what interrupted builds left removed: their folders
    beside `site_dir` and in .cache/ (leftovers.py), their temporary links, and finished
    folders no longer served. Never the folder `site_dir` links to."""
    with suppress(OSError):  # a read-only folder, say: the build says so when it writes
        restore_site(site_dir)
    name = site_dir.name
    # .<site>-languages-: left by builds before languages were rendered as processes.
    beside = [f".{name}-build-", f".{name}-languages-"]
    if site_dir.exists() or not _saved_sites(site_dir):  # else the only whole site, kept
        beside.append(f".{name}-old-")
    return (
        remove_leftovers(site_dir.parent, tuple(beside))
        + _remove_stale_links(site_dir)
        + remove_unserved(site_dir)
        + remove_leftovers(root / ".cache", ("build-", "refused-"))
    )


def remove_site(site_dir: Path) -> None:
    """Delete a published site: `site_dir` (a link, or a real folder from before the link)
    and the finished folders kept beside it."""
    if site_dir.is_symlink() or site_dir.is_file():
        site_dir.unlink()
    elif site_dir.exists():
        shutil.rmtree(site_dir)
    shutil.rmtree(builds_dir(site_dir), ignore_errors=True)
