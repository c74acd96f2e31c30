"""Writing files only when their content changes.

The live preview keeps its folders between rebuilds: a file whose content is the same keeps
its time, so the engine's dirty rebuild skips the page made from it, the preview's finish
neither scans nor copies it again, and its hash is not computed again. A build writes into
fresh folders, where every file is new.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from kazutb_transparency.core.incremental import remembering


def write_if_changed(target: Path, content: bytes | Path) -> bool:
    """Write `content` (bytes, or the bytes of a file) unless `target` holds them already.
    A file that exists is replaced, never written in place: the preview's kept folders
    link a file rather than copy it (`link_or_copy`), and a link to the old file keeps
    the bytes that were scanned."""
    data = content.read_bytes() if isinstance(content, Path) else content
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return True
    replace_with(target, lambda new: new.write_bytes(data))
    return True


# The preview's staged pages as last written, by file: the text and the file's (size,
# mtime_ns, inode) then. A page whose text is the one written (often the very object a
# remembered step gave), in a file not touched since, is neither encoded nor read again.
_texts: dict[Path, tuple[str, tuple[int, int, int]]] = {}


def write_text_if_changed(target: Path, text: str) -> bool:
    """`write_if_changed` of the text in UTF-8; the live preview skips a page it wrote
    with this very text, the file unchanged since."""
    if not remembering():
        return write_if_changed(target, text.encode("utf-8"))
    known = _texts.get(target)
    if known is not None and known[0] == text and _stamp_of(target) == known[1]:
        return False  # (== on the very same object answers at once)
    changed = write_if_changed(target, text.encode("utf-8"))
    _texts[target] = (text, _stamp_of(target))
    return changed


def _stamp_of(path: Path) -> tuple[int, int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, info.st_ino


def link_or_copy(source: Path, target: Path) -> None:
    """Make `target` hold the bytes of `source`: a hard link where the file system has
    them (no byte read or written), a copy where it does not. The target is replaced, so
    that whatever was linked to the old one keeps its bytes. Only for files that are
    themselves replaced when they change, never written in place (`write_if_changed`)."""
    target.parent.mkdir(parents=True, exist_ok=True)

    def make(new: Path) -> None:
        try:
            os.link(source, new)
        except OSError:  # no hard links here (another file system, or none at all)
            shutil.copyfile(source, new)

    replace_with(target, make)


def copy_replacing(source: Path, target: Path) -> None:
    """Copy `source` (its bytes and times) to `target` by replacing the target, never by
    writing into it: a target that is a hard link of another file (of `source` itself, say,
    when an earlier preview linked the two) is given a file of its own, where writing into
    it would change the other name too (or, for `source`, stop at `shutil.SameFileError`)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    replace_with(target, lambda new: shutil.copy2(source, new))


def replace_with(target: Path, make: Callable[[Path], None]) -> None:
    """Replace `target` with the file `make` writes at the path it is given (beside the
    target): whatever was linked to the old target keeps it, and nothing reads half a file.
    Replacing a target with a link of its own file leaves it as it is (rename's rule for two
    names of one file), and the new name is removed either way."""
    new = target.with_name(f".{target.name}.{os.getpid()}.new")
    # Left by a process of the same number that was killed here: written into, a link
    # would change its other names; linked onto, it would refuse (FileExistsError).
    new.unlink(missing_ok=True)
    try:
        make(new)
        os.replace(new, target)
    finally:
        new.unlink(missing_ok=True)


# The preview's SHA-256 of each file it keeps, by the file's (device, inode, size,
# mtime_ns): a file rewritten gets another inode and time (edits are seconds apart; the
# clock counts milliseconds), and a release's hard link to a dataset's file is the file.
_digests: dict[tuple[int, int, int, int], str] = {}
_DIGESTS_MAX = 65536


def sha256_of_file(path: Path, data: bytes | None = None) -> str:
    """The file's SHA-256 (hex); `data`: its bytes, when the caller has them (it just wrote
    them), so that the file is not read back. The preview computes it again only when the
    file changed."""
    if not remembering():
        return _digest_of(path, data)
    info = path.stat()
    stamp = (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)
    known = _digests.get(stamp)
    if known is None:
        if len(_digests) >= _DIGESTS_MAX:
            _digests.clear()
        known = _digests[stamp] = _digest_of(path, data)
    return known


def _digest_of(path: Path, data: bytes | None) -> str:
    return hashlib.sha256(data).hexdigest() if data is not None else _sha256(path)


def _sha256(path: Path) -> str:
    with path.open("rb") as source:  # a piece at a time: a dataset's file is tens of MB
        return hashlib.file_digest(source, "sha256").hexdigest()


def keep_only(folder: Path, wanted: set[str]) -> None:
    """Remove every file under `folder` whose path relative to it is not in `wanted`, and
    the folders left empty (the preview's kept folder after an edit removed something)."""
    for current, _, names in os.walk(folder, topdown=False):
        for name in names:
            path = os.path.join(current, name)
            if Path(path).relative_to(folder).as_posix() not in wanted:
                os.unlink(path)
        if current != str(folder) and not os.listdir(current):
            shutil.rmtree(current)
