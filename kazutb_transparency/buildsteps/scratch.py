"""Where a one-process build stages its pages: in memory when the machine offers it.

The staged tree and the raw blocks lifted out of it (rawblocks.py) are read by the engines
and thrown away when the build ends: nothing of them is published. On some disks creating
a file costs far more than writing it (up to half a millisecond of the kernel's time each
on the benchmark's machine, most in the seconds after many files were deleted; a fiftieth
of that in memory), and the large site stages 3,600 of them before any engine can start.
So a build that runs all its steps in one process (`make site`) stages into a folder of its
own in a memory-backed file system (Linux's /dev/shm) when there is one with room to spare;
otherwise, and for the steps run one by one (`scripts/build_site.py stage`, which may wait
a day for the next step), in its work folder as before. The rendered pages are written on
disk, beside site/, where the swap into place is a rename.

KAZUTB_SCRATCH names another folder for it, or "disk" to keep it in the work folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from kazutb_transparency.buildsteps.leftovers import owned_folder, remove_leftovers

IN_MEMORY = Path("/dev/shm")
PREFIX = "kazutb-stage-"
# Room left in the memory file system before a build may stage there: the large site's
# staged tree and blocks take 51 MB; what remains is the machine's memory.
ROOM_BYTES = 1 << 30
ON_DISK = "disk"


def _chosen_parent() -> Path | None:
    """The memory folder (or KAZUTB_SCRATCH's) if it is there and writable, whatever its room."""
    chosen = os.environ.get("KAZUTB_SCRATCH", "")
    if chosen == ON_DISK:
        return None
    parent = Path(chosen) if chosen else IN_MEMORY
    try:
        return parent if parent.is_dir() and os.access(parent, os.W_OK | os.X_OK) else None
    except OSError:
        return None


def scratch_parent() -> Path | None:
    """The folder to stage in, outside the work folder; None: in the work folder."""
    parent = _chosen_parent()
    try:
        room = os.statvfs(parent) if parent is not None else None
    except OSError:
        return None
    if room is None or room.f_bavail * room.f_frsize < ROOM_BYTES:
        return None
    return parent


def scratch_folder() -> Path | None:
    """A new folder of this process to stage in, or None (stage in the work folder)."""
    parent = scratch_parent()
    if parent is None:
        return None
    try:
        return owned_folder(parent, PREFIX)
    except OSError:
        return None


def remove_interrupted_scratch() -> list[Path]:
    """The staging folders that killed builds left in memory (their process is gone),
    removed even when the room left is too little to stage there: they may be what fills it."""
    parent = _chosen_parent()
    return [] if parent is None else remove_leftovers(parent, (PREFIX,))
