"""The live preview (`make serve`) shows a refused edit in the browser, not only in the
terminal: the last good preview stays, each page with a banner listing the problems.

After every good preview build its staged Markdown is kept in .cache/preview/; when the
data are refused, a copy of it gets the banner and MkDocs builds that instead.
"""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

from kazutb_transparency.buildsteps.files import (
    files_under,
    relative,
    remove_file,
    sync_tree,
    walk_files,
)
from kazutb_transparency.buildsteps.leftovers import owned_folder
from kazutb_transparency.core.boundary import file_problem
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import esc
from kazutb_transparency.core.writing import copy_replacing, link_or_copy, write_if_changed

# The problems are said in the page's language with the wordings translators keep in the
# editor's catalog (the desk shows the same ones at the form's fields).
from kazutb_transparency.editor.problem_text import more_problems, sentence

LAST_GOOD = Path(".cache") / "preview" / "last-good"
_TITLE = catalog("preview")["title"]
_NOTE = catalog("preview")["note"]
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def keep_last_good(root: Path, stage_dir: Path) -> None:
    """Keep a good build's staged pages for the next refused one (only what changed)."""
    sync_tree(dict(files_under(stage_dir)), root / LAST_GOOD)


def banner(problems: list[Problem], lang: str) -> str:
    items = "\n".join(f"    - {esc(sentence(p, lang))}" for p in problems[:50])
    more = f"\n    - {more_problems(len(problems) - 50, lang)}" if len(problems) > 50 else ""
    return f'!!! danger "{_TITLE[lang]}"\n\n    {_NOTE[lang]}\n\n{items}{more}\n\n'


def refusal_stage(root: Path, docs_dir: Path, problems: list[Problem]) -> Path:
    """A staging folder: the last good pages (or the hand-written ones), each with the banner."""
    source = root / LAST_GOOD
    if not source.is_dir():
        source = docs_dir
    (root / ".cache").mkdir(exist_ok=True)
    stage = owned_folder(root / ".cache", "refused-")
    # Only plain files: a link in docs/ may lead out of the repository (core/boundary.py).
    shutil.copytree(source, stage, dirs_exist_ok=True, ignore=_links)
    for page in stage.rglob("*.md"):
        lang = page.relative_to(stage).parts[0]
        text = page.read_text(encoding="utf-8")
        head = _FRONT_MATTER.match(text)
        cut = head.end() if head else 0
        note = banner(problems, lang if lang in _TITLE else "kk")
        page.write_text(text[:cut] + note + text[cut:], encoding="utf-8")
    return stage


_ARTICLE = re.compile(r"<article\b[^>]*>")


def banner_on_served(served: Path, problems: list[Problem]) -> None:
    """A rebuild failed after rendering: the served folder still holds the last good pages;
    each gets the banner (the next good preview copies every page again). With none yet
    (the preview started on refused data), each language's home page and the page for a
    missing one list the problems."""
    if next(served.rglob("*.html"), None) is None:
        _problems_pages(served, problems)
        return
    for page in served.rglob("*.html"):
        rel = page.relative_to(served).parts
        lang = rel[0] if rel and rel[0] in _TITLE else "kk"
        items = "".join(f"<li>{html.escape(sentence(p, lang))}</li>" for p in problems[:50])
        note = (
            f'<div class="admonition danger"><p class="admonition-title">'
            f"{html.escape(_TITLE[lang])}</p><p>{html.escape(_NOTE[lang])}</p>"
            f"<ul>{items}</ul></div>"
        )
        try:
            text = page.read_text(encoding="utf-8")
            text = _BANNERED.sub("", text)
            found = _ARTICLE.search(text)
            if found is not None:
                text = text[: found.end()] + _MARK + note + _MARK + text[found.end() :]
                write_if_changed(page, text.encode("utf-8"))  # replaced: links keep theirs
        except (OSError, UnicodeDecodeError):
            continue
    forget()


def _problems_pages(served: Path, problems: list[Problem]) -> None:
    """A page per language that lists the problems, plain HTML without script, in place
    of pages no build has made yet; the first good preview writes its own over them."""
    for lang in _TITLE:
        prefix = "" if lang == "kk" else f"{lang}/"
        items = "".join(f"<li>{html.escape(sentence(p, lang))}</li>" for p in problems[:50])
        page = (
            f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{html.escape(_TITLE[lang])}</title></head><body>{_MARK}"
            f"<h1>{html.escape(_TITLE[lang])}</h1><ul>{items}</ul>{_MARK}</body></html>\n"
        )
        for name in (f"{prefix}index.html", *(["404.html"] if lang == "kk" else [])):
            target = served / name
            target.parent.mkdir(parents=True, exist_ok=True)
            write_if_changed(target, page.encode("utf-8"))
    forget()


_MARK = "<!-- kazutb-preview-banner -->"
_BANNERED = re.compile(re.escape(_MARK) + ".*?" + re.escape(_MARK), re.S)


def _links(folder: str, names: list[str]) -> set[str]:
    """What copytree must leave out: links, and files the input boundary refuses."""
    left_out = set()
    for name in names:
        path = Path(folder) / name
        if path.is_symlink() or (not path.is_dir() and file_problem(path) is not None):
            left_out.add(name)
    return left_out


# --- incremental preview ------------------------------------------------------------------
# `make serve` stages into a folder kept between rebuilds (unchanged files keep their
# times) and renders into another (MkDocs' --dirty rebuild renders only pages whose source
# is newer). Only the files of that folder that changed since the last good preview are
# scanned and copied to the served folder: unchanged files were scanned when first built.

STAGE = Path(".cache") / "preview" / "stage"
BUILT = Path(".cache") / "preview" / "site"
PUBLISH = Path(".cache") / "preview" / "publish"  # the open data and documents, kept
PREVIEW_BLOCKS = Path(".cache") / "preview" / "blocks"  # the staged pages' raw blocks, kept
_LOOK = Path(".cache") / "preview" / "look"  # what the rendering depends on, beside pages
_served: dict[str, tuple[int, int]] = {}  # built file -> (size, mtime_ns) as last served
_served_dir: Path | None = None


def look(root: Path) -> str:
    """Sizes and times of the templates, configuration and hooks every page is rendered with."""
    files = [root / "mkdocs.yml"]
    for folder in ("overrides", "hooks"):
        files += sorted(p for p in (root / folder).rglob("*") if p.is_file())
    return "\n".join(f"{p}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in files if p.exists())


def preview_dirs(root: Path) -> tuple[Path, Path]:
    """The kept staging and built folders; the built one is emptied when the templates,
    configuration or hooks changed, since then every page must be rendered again."""
    stage, built, marker = root / STAGE, root / BUILT, root / _LOOK
    current = look(root)
    if not marker.exists() or marker.read_text(encoding="utf-8") != current:
        shutil.rmtree(built, ignore_errors=True)
        forget()
    built.mkdir(parents=True, exist_ok=True)
    marker.write_text(current, encoding="utf-8")
    return stage, built


def preview_publish_dir(root: Path) -> Path:
    """The kept folder of the open data and documents (unchanged files keep their times)."""
    return root / PUBLISH


def state_of(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def changed_among(files: list[Path], built: Path, served: Path) -> list[Path]:
    """Those of `files` (in `built`) new or changed since the last good preview."""
    record = _served if _served_dir == served else {}
    return [f for f in files if record.get(f.relative_to(built).as_posix()) != state_of(f)]


def changed_since_served(built: Path, served: Path) -> tuple[list[Path], list[str]]:
    """Files of `built` new or changed since the last good preview, and files gone."""
    known = _served_dir == served
    record = _served if known else {}
    changed, found = [], set()
    for entry in walk_files(built):
        rel = relative(entry, built)
        found.add(rel)
        info = entry.stat()
        if record.get(rel) != (info.st_size, info.st_mtime_ns):
            changed.append(Path(entry.path))
    if known:
        gone = [rel for rel in record if rel not in found]
    else:
        # The served folder as an earlier process (or a refusal) left it: what it holds and
        # this preview does not (a release an undone edit made) is gone too, not served on.
        gone = [
            rel for entry in walk_files(served) if (rel := relative(entry, served)) not in found
        ]
    return changed, gone


def serve_changes(built: Path, served: Path, changed: list[Path], gone: list[str]) -> None:
    """Copy the (scanned) changed files into the served folder and remember their state."""
    global _served_dir
    if _served_dir != served:
        _served.clear()
        _served_dir = served
    placed = _published.get(built, {})
    for file in changed:
        rel = file.relative_to(built).as_posix()
        target = served / rel
        if rel in placed:  # open data and documents: linked, never written in place
            link_or_copy(file, target)
        else:  # a page the engine may write again in place at the next rebuild: a copy,
            # replacing the served file (which an earlier preview may have linked to it)
            copy_replacing(file, target)
        _served[rel] = state_of(file)
    for rel in gone:
        remove_file(served, rel)
        _served.pop(rel, None)


# Built folder -> each file placed there from the published folder, with its (size, mtime);
# None: to be placed again (`forget`).
_published: dict[Path, dict[str, tuple[int, int] | None]] = {}


def place_published(publish: Path, built: Path) -> None:
    """Copy the open data and documents into the kept built folder, touching only what
    changed, and remove what the last preview placed there and this one no longer has (a
    dataset's earlier release)."""
    placed = _published.get(built, {})
    now: dict[str, tuple[int, int] | None] = {}
    for entry in walk_files(publish):
        path = relative(entry, publish)
        info = entry.stat()
        now[path] = (info.st_size, info.st_mtime_ns)  # the kept folder: unchanged, same time
        if placed.get(path) != now[path] or not (built / path).is_file():
            # Changed in the kept folder (written only when its bytes change, and then
            # replaced): linked, not read and copied (the large site's evidence pack: 81 MB).
            link_or_copy(Path(entry.path), built / path)
    for path in placed.keys() - now.keys():
        remove_file(built, path)
    _published[built] = now


def forget() -> None:
    """The served folder no longer holds the last good preview (a refusal was built into
    it): the next good preview copies every file. What was placed from the published folder
    is placed again, and what is no longer published is still removed: forgotten, a release
    an edit made (undone since) would stay in the built folder, a link of the served file."""
    global _served_dir
    _served.clear()
    for placed in _published.values():
        placed.update(dict.fromkeys(placed, None))
    _served_dir = None
