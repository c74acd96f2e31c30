"""Walking and keeping folders for the live preview's dirty rebuilds.

MkDocs' dirty rebuild renders a page only when its source is newer than the page built
from it, so an unchanged file must keep its time: it is compared before it is written
(core/writing.py).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from kazutb_transparency.core.writing import write_if_changed, write_text_if_changed

__all__ = [
    "ResolvedUnder",
    "files_under",
    "relative",
    "remove_file",
    "resolved_files",
    "sync_tree",
    "walk_files",
    "write_if_changed",
]


def walk_files(root: Path) -> Iterator[os.DirEntry[str]]:
    """Every file under `root`, as the directory entries that list it (its type and, on
    request, its stat come with it). The live preview walks its folders several times per
    rebuild: pathlib's rglob and relative_to cost 40 µs a file, a scandir entry 1."""
    try:
        entries = list(os.scandir(root))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from walk_files(Path(entry.path))
        elif entry.is_file():
            yield entry


def relative(entry: os.DirEntry[str], root: Path) -> str:
    """`entry`'s path relative to the `root` it was found under, with forward slashes."""
    return entry.path[len(str(root)) + 1 :].replace(os.sep, "/")


def remove_file(root: Path, path: str) -> None:
    """Remove `root`/`path` and the folders it leaves empty (up to `root`)."""
    target = root / path
    target.unlink(missing_ok=True)
    for folder in target.parents:
        if folder == root or not folder.is_relative_to(root):
            break
        try:
            folder.rmdir()
        except OSError:  # not empty (or gone): the folders above are not empty either
            break


def files_under(root: Path) -> dict[str, Path]:
    """Every file under `root` by its path relative to it ("ru/index.md")."""
    return {relative(entry, root): Path(entry.path) for entry in walk_files(root)}


def resolved_files(root: Path) -> frozenset[Path]:
    """Every file under `root`, each path resolved (symbolic links followed)."""
    real = os.path.realpath(root)
    return frozenset(
        Path(os.path.realpath(entry.path))
        if entry.is_symlink()
        else Path(real + entry.path[len(str(root)) :])
        for entry in walk_files(root)
    )


class ResolvedUnder:
    """`path in ResolvedUnder(root)`: whether `path` is `resolved_files(root)`'s, the tree
    walked when first asked. Only an archive asks (are its members published beside it?):
    the preview's scan of a few changed pages need not walk its whole built folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: frozenset[Path] | None = None

    def __contains__(self, path: object) -> bool:
        if self._files is None:
            self._files = resolved_files(self.root)
        return path in self._files


def sync_tree(
    wanted: dict[str, str | bytes | Path], root: Path, keep: frozenset[str] = frozenset()
) -> list[str]:
    """Make `root` hold exactly `wanted` (a text is written in UTF-8; `keep`: files written
    after), touching only what differs; returns what changed."""
    changed = [
        path
        for path, content in wanted.items()
        if (
            write_text_if_changed(root / path, content)
            if isinstance(content, str)
            else write_if_changed(root / path, content)
        )
    ]
    for path, file in files_under(root).items() if root.is_dir() else []:
        if path not in wanted and path not in keep:
            file.unlink()
            changed.append(path)
    return changed
