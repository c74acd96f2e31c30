"""The theme's folders as the engine walks them, with their hidden folders not walked.

At every build, and at every rebuild of the live preview in each language, MkDocs lists
every file of the theme's folders to find the static files it copies (`Files.
add_files_from_theme`), and leaves out each path that is or lies in a hidden folder (its
patterns `.*` and `*/.*`). Material keeps its 14,348 icons in `templates/.icons`: walking
them took 0.05–0.07 s of each language's rebuild, for no file.

So a theme folder that holds a hidden folder is given to the engine as a mirror: the same
folders, each file a symbolic link to the theme's own, and each hidden folder one link to
the theme's, which the template loader does not walk (it follows no folder link) but
opens a template through (`{% include ".icons/…svg" %}`). The engine finds the same static
files and templates, with the same bytes. The mirror is made once per listing of the
theme's folder (another version of the theme gets another), in the project's `.cache`;
where the file system has no symbolic links the theme's folder is walked as it is.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

MIRRORS = Path(".cache") / "theme-dirs"


def unhidden(dirs: list[str], root: Path) -> list[str]:
    """`dirs` (a theme's template folders, in order) with each folder that holds a hidden
    folder replaced by its mirror under `root`/.cache."""
    mirrors = root.absolute() / MIRRORS
    return [_mirror(Path(folder), mirrors) or folder for folder in dirs]


def _listing(folder: Path) -> tuple[list[str], list[str], list[str]]:
    """The folder's sub-folders, files and hidden folders (paths relative to it, '/'),
    hidden folders not walked."""
    folders, files, hidden = [], [], []
    for current, names, filenames in os.walk(folder):
        here = Path(current).relative_to(folder)
        for name in sorted(names):
            (hidden if name.startswith(".") else folders).append((here / name).as_posix())
        names[:] = sorted(name for name in names if not name.startswith("."))
        files += sorted((here / name).as_posix() for name in filenames)
    return folders, files, hidden


def _mirror(folder: Path, mirrors: Path) -> str | None:
    """The mirror of `folder` (made if missing), or None if it holds no hidden folder or
    no mirror can be made here."""
    if not folder.is_dir() or folder.parent == mirrors:  # (a mirror is not mirrored again)
        return None
    folders, files, hidden = _listing(folder)
    if not hidden:
        return None
    key = hashlib.sha256("\n".join([str(folder.resolve()), *folders, *files, "", *hidden])
                         .encode("utf-8")).hexdigest()[:20]  # fmt: skip
    mirror = mirrors / key
    if mirror.is_dir():
        return str(mirror)
    # Made beside and renamed into place: the languages' engines start at the same time.
    making = mirrors / f".{key}.{os.getpid()}"
    try:
        making.mkdir(parents=True)
        for path in folders:
            (making / path).mkdir()
        for path in [*files, *hidden]:
            os.symlink(folder.resolve() / path, making / path)
        os.rename(making, mirror)
    except OSError:  # no symbolic links here, or another process made it first
        shutil.rmtree(making, ignore_errors=True)
        return str(mirror) if mirror.is_dir() else None
    return str(mirror)
