"""Folders a build works in, named by the process that owns them, and the removal of those
an interrupted build left behind (a killed build leaves 25 MB or more each time).

Every such folder is named `<prefix><pid>-<random>`: a later build removes the ones whose
process is gone, and never one of a build still running beside it (tests and `serve` may
build at the same time). A folder named without a pid is from before this rule and is
removed too. A work folder that a `stage` or `render` step left for the next step
(`scripts/build_site.py stage`, then `render WORK`) has no running owner between the steps:
it is kept for a day after its step ended.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import time
from pathlib import Path

_OWNER = re.compile(r"(\d+)-")
# What the `stage` and `render` steps leave in the work folder for the next step to read.
WAITING = "build.json"
WAITING_KEPT_S = 24 * 3600


def owned_folder(parent: Path, prefix: str) -> Path:
    """A new empty folder in `parent` named after this process."""
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-", dir=parent))


def remove_leftovers(parent: Path, prefixes: tuple[str, ...]) -> list[Path]:
    """Remove the folders of `parent` starting with a prefix whose owner is not running."""
    removed: list[Path] = []
    try:
        entries = list(parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        prefix = next((p for p in prefixes if entry.name.startswith(p)), None)
        if prefix is None or entry.is_symlink() or not entry.is_dir():
            continue
        owner = _OWNER.match(entry.name[len(prefix) :])
        if owner is not None and process_running(int(owner.group(1))):
            continue
        if _waiting(entry):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    return removed


def _waiting(folder: Path) -> bool:
    """Whether the folder is a build waiting for its next step, left less than a day ago."""
    try:
        left = (folder / WAITING).stat().st_mtime
    except OSError:
        return False
    return time.time() - left < WAITING_KEPT_S


def process_running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive
    except OverflowError:
        return False
    return True
