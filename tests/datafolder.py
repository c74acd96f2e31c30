"""A small data folder for a domain's loader tests: the real units (and the allowlist their
sample contact needs) beside an empty folder of the domain's own files."""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def units_folder(root: Path, domain: str) -> Path:
    """`root` holding data/units.yaml, data/privacy/ and an empty `domain` folder."""
    shutil.copy(DATA / "units.yaml", root / "units.yaml")
    shutil.copytree(DATA / "privacy", root / "privacy")
    (root / domain).mkdir(parents=True, exist_ok=True)
    return root


def write(root: Path, domain: str, name: str, text: str) -> Path:
    """One file of the domain, as an editor would save it (one final line end)."""
    path = root / domain / name
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return path


def line_of(path: Path, text: str) -> int:
    """The number of the first line of `path` holding `text`."""
    lines = path.read_text("utf-8").splitlines()
    return 1 + next(n for n, line in enumerate(lines) if text in line)
