"""Links in the hand-written pages must lead somewhere: to a page, a document or a dataset.

MkDocs only warns about a link to a missing page, and an ordinary build goes on; a
visitor then meets a dead link. Checked before MkDocs runs, on the staged Markdown (the
hand-written pages beside the generated ones), so a broken link stops every build with
the page and the line.

A link leads somewhere only inside the site: a relative path that climbs above the staged
site (`../../../../etc/passwd`) or an address from the server's root (`/etc/passwd`) is
refused as it is written, whatever the build machine has at that path (nothing outside
the stage is looked up).
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from kazutb_transparency.core.errors import Problem

# [text](target) and [text](target "title"); images too. Reference definitions: [id]: target
_INLINE = re.compile(r"!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+\"[^\"]*\")?\s*$", re.M)
_FENCE = re.compile(r"^(```|~~~)")


def _targets(text: str) -> list[tuple[int, str]]:
    """(line, target) of every link outside fenced code."""
    found = []
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if _FENCE.match(line.lstrip()):
            fenced = not fenced
            continue
        if fenced:
            continue
        found += [(number, m.group(1)) for m in _INLINE.finditer(line)]
        found += [(number, m.group(1)) for m in _REFERENCE.finditer(line)]
    return found


def _local_path(target: str) -> str | None:
    """The path part of a link to this site, or None for external and in-page links."""
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or target.startswith(("#", "mailto:", "tel:")):
        return None
    return unquote(parts.path) or None


def broken_links(
    stage_dir: Path, hand_written: list[Path], published: set[str], shown_as: dict[Path, str]
) -> list[Problem]:
    """Problems for links in `hand_written` (paths inside stage_dir) that lead nowhere.

    published: files the build adds at the site root (documents/…, opendata/…);
    shown_as: how to name each page in a message (its path in the repository).
    """
    problems = []
    for page in hand_written:
        text = page.read_text(encoding="utf-8")
        staged_as = PurePosixPath(page.relative_to(stage_dir).as_posix())
        lang_root = PurePosixPath(staged_as.parts[0])
        shown = shown_as.get(page, str(page))
        for line, target in _targets(text):
            path = _local_path(target)
            if path is None:
                continue
            leaves = _leaves_the_site(staged_as, path)
            if leaves is not None:
                problems.append(
                    Problem(
                        shown,
                        f"link to '{target}', which does not exist",
                        line=line,
                        hint=f"{leaves}: {_RELATIVE_HINT}",
                    )
                )
                continue
            resolved = (page.parent / path).resolve()
            if resolved.exists():
                continue
            # A link to a root file (../documents/x.pdf) from a page of any language tree.
            try:
                inside = PurePosixPath(resolved.relative_to(stage_dir.resolve()).as_posix())
            except ValueError:
                inside = PurePosixPath(path)
            candidates = {inside.as_posix()}
            if inside.parts and inside.parts[0] == lang_root.name:
                candidates.add(PurePosixPath(*inside.parts[1:]).as_posix())
            if candidates & published:
                continue
            problems.append(
                Problem(
                    shown,
                    f"link to '{target}', which does not exist",
                    line=line,
                    hint="fix the address, or add the page or document it should lead to",
                )
            )
    return problems


_RELATIVE_HINT = (
    "link to a page, document or dataset of the site with an address relative to this page "
    "(e.g. ../documents/charter.pdf); a link to another site is written in full (https://…)"
)


def _leaves_the_site(page: PurePosixPath, path: str) -> str | None:
    """Why a link's path leads out of the site (`page` is the page's path in the stage),
    or None. Read as written, lexically: nothing outside the stage is looked up."""
    if path.startswith(("/", "\\")):
        return "it is an address from the server's root, outside the site"
    joined = posixpath.normpath(posixpath.join(page.parent.as_posix(), path.replace("\\", "/")))
    if joined == ".." or joined.startswith("../"):
        return "it climbs out of the site, above its root"
    return None
