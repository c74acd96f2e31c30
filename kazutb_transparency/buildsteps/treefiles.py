"""`path in TreeFiles(root, files)`: whether `path` is one of the files found under `root`.

The same answer as the scanner's ResolvedPaths(files) (privacy/scanner.py): an archive asks
whether the twin of a member (resolved) is published beside it. ResolvedPaths resolves each
file, a system call per folder of its path: about a second of CPU for the large site's
20,000 files, spent in every build that opens the evidence pack. A file found by walking
`root` (gate.iter_files: the walk does not enter a linked folder) lies in real folders, so
it resolves to the resolved root joined with its path under the root; only a file that is
itself a link (or was not found under `root`) is resolved one by one.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path


class TreeFiles:
    def __init__(self, root: Path, files: Iterable[Path]) -> None:
        self._root = root
        self._files = list(files)
        self._resolved: frozenset[str] | None = None  # made when an archive first asks

    def __contains__(self, path: object) -> bool:
        if not isinstance(path, Path):
            return False
        if self._resolved is None:
            self._resolved = frozenset(self._resolve())
        return str(path) in self._resolved

    def _resolve(self) -> Iterator[str]:
        root = str(self._root)
        prefix = root.rstrip(os.sep) + os.sep
        base = str(self._root.resolve())
        for file in self._files:
            name = str(file)
            if name.startswith(prefix) and not os.path.islink(name):
                yield os.path.join(base, name[len(prefix) :])
            else:
                yield str(file.resolve())
