"""Writing files only when their content changes, for the live preview's dirty rebuilds.

MkDocs' dirty rebuild renders a page only when its source is newer than the page built
from it, so an unchanged file must keep its time: it is compared before it is written.
"""

from __future__ import annotations

from pathlib import Path


def write_if_changed(target: Path, content: bytes | Path) -> bool:
    """Write `content` (bytes, or the bytes of a file) unless `target` holds them already."""
    data = content.read_bytes() if isinstance(content, Path) else content
    try:
        if target.stat().st_size == len(data) and target.read_bytes() == data:
            return False
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return True


def files_under(root: Path) -> dict[str, Path]:
    """Every file under `root` by its path relative to it ("ru/index.md")."""
    return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()}


def sync_tree(
    wanted: dict[str, bytes | Path], root: Path, keep: frozenset[str] = frozenset()
) -> list[str]:
    """Make `root` hold exactly `wanted` (and `keep`, files written after), touching only
    what differs; returns what changed."""
    changed = [path for path, content in wanted.items() if write_if_changed(root / path, content)]
    for path, file in files_under(root).items() if root.is_dir() else []:
        if path not in wanted and path not in keep:
            file.unlink()
            changed.append(path)
    return changed
