"""The input boundary: every file of data/ and docs/ is read through here.

What the site publishes must come from the repository and nothing else. A file that is a
link to somewhere outside it (symbolic, or a hard link whose other name may be anywhere), a
device or pipe, a folder where a file belongs, an unreadable or oversized file, or text with
control characters is refused here, with the file named and what to do — and nothing of what
a link points to is ever read or echoed.

The characters refused in text are those no data value may hold (core/textcheck.py): C0
and C1 controls but tab and line end, bidirectional controls, zero-width and other
invisible characters, line and paragraph separators, non-characters. A hand-written page
is also refused when its lists or quotes nest deeper than a Markdown parser can follow
(core/sanitise.py), before any parser reads it.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.sanitise import nesting_problem
from kazutb_transparency.core.textcheck import character_problem, unsafe_character

# The largest file of each type an editor keeps in data/ or docs/ (documents and images are
# also checked by content in core/filecheck.py).
MAX_BYTES: dict[str, int] = {
    ".yaml": 2_000_000,
    ".yml": 2_000_000,
    ".csv": 200_000_000,
    ".md": 1_000_000,
    ".css": 1_000_000,
    ".svg": 2_000_000,
    ".pdf": 50_000_000,
    ".docx": 20_000_000,
    ".xlsx": 20_000_000,
    ".odt": 20_000_000,
    ".ods": 20_000_000,
    ".png": 10_000_000,
    ".jpg": 10_000_000,
    ".jpeg": 10_000_000,
}
DEFAULT_MAX_BYTES = 50_000_000
TEXT_SUFFIXES = frozenset({".yaml", ".yml", ".csv", ".md", ".css", ".svg", ".txt"})


def repository_of(tree: Path) -> Path:
    """The folder links may point within: the project (where mkdocs.yml is) when `tree` is
    inside it, otherwise `tree` itself (data/ given elsewhere by KAZUTB_DATA)."""
    tree = tree.resolve()
    for folder in (tree, *tree.parents):
        if (folder / "mkdocs.yml").is_file() or (folder / ".git").exists():
            return folder
    return tree


def file_problem(path: Path, within: Path | None = None, name: str | None = None) -> Problem | None:
    """Why `path` cannot be read as an input file, or None. Reads nothing of its content."""
    shown = name or _shown(path)
    try:
        own = path.lstat()
    except FileNotFoundError:
        return Problem(shown, "file not found")
    except OSError as exc:
        return Problem(shown, f"the file cannot be opened ({exc.strerror})", hint=_ASK_ADMIN)
    if stat.S_ISLNK(own.st_mode):
        root = (within or repository_of(path.parent)).resolve()
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return Problem(shown, "is a link that leads nowhere", hint=_REPLACE_LINK)
        if not target.is_relative_to(root):
            return Problem(shown, "is a link to a file outside the repository", hint=_REPLACE_LINK)
        own = target.stat()
        if stat.S_ISDIR(own.st_mode):
            return Problem(shown, "is a link to a folder", hint=_REPLACE_LINK)
    if stat.S_ISDIR(own.st_mode):
        return Problem(
            shown, "is a folder where a file is expected", hint="move the folder or rename it"
        )
    if not stat.S_ISREG(own.st_mode):
        return Problem(
            shown,
            "is a device, pipe or socket, not a file",
            hint="remove it and put a plain file in its place",
        )
    if own.st_nlink > 1:
        return Problem(
            shown,
            "is a hard link: the same file has another name, perhaps outside the repository",
            hint="replace it with a copy (cp --remove-destination SOURCE THIS-FILE)",
        )
    limit = MAX_BYTES.get(path.suffix.lower(), DEFAULT_MAX_BYTES)
    if own.st_size > limit:
        return Problem(
            shown,
            f"the file is {own.st_size:,} bytes, more than the {limit:,} allowed",
            hint="split it, or publish large material as a document",
        )
    if not os.access(path, os.R_OK):
        return Problem(shown, "the file cannot be read (no permission)", hint=_ASK_ADMIN)
    return None


_REPLACE_LINK = "put a copy of the file itself in the repository instead of a link"
_ASK_ADMIN = "check the file's permissions (it must be readable by the build)"


def read_input_bytes(path: Path, within: Path | None = None, name: str | None = None) -> bytes:
    """The bytes of an input file, once it has passed the boundary."""
    problem = file_problem(path, within, name)
    if problem is not None:
        raise DataError([problem])
    try:
        return path.read_bytes()
    except OSError as exc:
        shown = name or _shown(path)
        raise DataError(
            [Problem(shown, f"the file cannot be read ({exc.strerror})", hint=_ASK_ADMIN)]
        ) from exc


def control_problem(text: str, name: str) -> Problem | None:
    """A control, bidirectional or invisible character in text (the first one, with its
    line and column, named as U+XXXX), or None. A byte-order mark that starts the file is
    the file's, not its text's."""
    found = unsafe_character(text, 1 if text.startswith("\ufeff") else 0)
    if found is None:
        return None
    message, hint = character_problem(found.group())
    line = text.count("\n", 0, found.start()) + 1
    column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
    return Problem(name, message, line=line, hint=hint, column=column)


def tree_problems(tree: Path, within: Path | None = None) -> list[Problem]:
    """Every file and link under `tree` that the boundary refuses, without following links
    (a linked folder is refused like a linked file). Markdown and other text files are also
    checked for control characters."""
    root = (within or repository_of(tree)).resolve()
    problems: list[Problem] = []
    for path in _entries(tree):
        problem = file_problem(path, root)
        if problem is None and path.suffix.lower() in TEXT_SUFFIXES - {".yaml", ".yml", ".csv"}:
            # YAML and CSV are checked where they are decoded (datafiles.read_text).
            try:
                text = path.read_bytes().decode("utf-8", errors="replace")
            except OSError as exc:
                problem = Problem(_shown(path), f"the file cannot be read ({exc.strerror})")
            else:
                problem = control_problem(text, _shown(path))
                if problem is None and path.suffix.lower() == ".md":
                    # Before any Markdown parser reads it: too deep a nesting exhausts one.
                    problem = nesting_problem(text, _shown(path))
        if problem is not None:
            problems.append(problem)
    return problems


def _entries(tree: Path) -> Iterator[Path]:
    """Files, links and special files under `tree`; a linked folder is yielded, not entered."""
    for folder, dirs, files in os.walk(tree, followlinks=False):
        base = Path(folder)
        linked = [d for d in dirs if (base / d).is_symlink()]
        for name in linked:
            dirs.remove(name)
            yield base / name
        for name in files:
            yield base / name


def _shown(path: Path) -> str:
    try:
        return str(path.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
