"""Writing the working copy's data/: confined, all or nothing, one writer at a time.

Every writer of data/ (the editor's server and `make import`) is meant to go through this
module, so that
- a path is inside data/ and no part of it under data/ is a symbolic link: a link placed
  in data/ (by an archive unpacked there, say) is never followed, neither to read the old
  file nor to write the new one (`data_path`);
- the files of one change are all written or none is: each is written beside its target
  first, and only when all are ready are they renamed into place; a rename that fails puts
  back the ones already renamed (`write_all`);
- two writers never interleave: a change reads data/ and writes it holding a lock on a
  file in the working copy's .cache/ (`data_lock`), so the second reads what the first
  wrote rather than overwriting it with what it read before.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:  # POSIX; where there is none (Windows), writers are not serialised
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = Path(".cache") / "data.lock"  # beside data/, in the working copy


class UnsafePath(Exception):
    """A path under data/ that is not written: outside it, or through a symbolic link."""

    def __init__(self, relative: str) -> None:
        self.relative = relative
        super().__init__(f"data/{relative}: outside data/ or through a symbolic link")


def data_path(data_dir: Path, relative: str) -> Path:
    """`data_dir / relative`, refused (UnsafePath) when it leaves data/ or any part of it
    under data/ is a symbolic link (even one pointing inside: it is never followed)."""
    root = data_dir.resolve()
    parts = Path(relative).parts
    if not parts or Path(relative).is_absolute() or ".." in parts:
        raise UnsafePath(relative)
    path = root
    for part in parts:
        path = path / part
        if path.is_symlink():
            raise UnsafePath(relative)
    return path


@contextmanager
def data_lock(data_dir: Path) -> Iterator[None]:
    """Hold the lock of the working copy's data/ (blocking until another writer is done)."""
    lock = data_dir.resolve().parent / LOCK_FILE
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "a+b") as handle:
        if fcntl is not None:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def write_all(data_dir: Path, texts: dict[str, str | bytes]) -> None:
    """Write each text (UTF-8) or content to its path under data/, all or none.
    Raises UnsafePath for a path `data_path` refuses and OSError when a file cannot be
    written; then every target is as it was. (Call it holding `data_lock`, with the texts
    made from what was read under the same lock.)"""
    targets = {relative: data_path(data_dir, relative) for relative in texts}
    staged: dict[Path, Path] = {}  # target → its new file beside it
    kept: dict[Path, Path | None] = {}  # target → a link to its old file (None: was none)
    try:
        for relative, text in texts.items():
            target = targets[relative]
            target.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8") if isinstance(text, str) else text
            staged[target] = _staged(target, data)
        for target in staged:
            kept[target] = _kept(target)
        done: list[Path] = []
        try:
            for target, new in staged.items():
                os.replace(new, target)
                done.append(target)
        except BaseException:
            for target in reversed(done):  # put back what was already renamed
                old = kept[target]
                if old is None:
                    target.unlink(missing_ok=True)
                else:
                    os.replace(old, target)
            raise
    finally:
        for path in [*staged.values(), *(p for p in kept.values() if p is not None)]:
            with suppress(OSError):
                path.unlink()


def _staged(target: Path, data: bytes) -> Path:
    """A new file beside `target` holding `data`, on disk (so a rename makes it whole)."""
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".new")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp's file is private: the new one is as readable as the old (or as git's).
        os.chmod(name, target.stat().st_mode & 0o777 if target.exists() else 0o644)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _kept(target: Path) -> Path | None:
    """A second name of the target's old file, to put it back with (None: no old file)."""
    if not target.exists():
        return None
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old")
    os.close(fd)
    os.unlink(name)
    try:
        os.link(target, name)
    except OSError:  # no hard links on this file system: a copy does as well
        shutil.copy2(target, name)
    return Path(name)
