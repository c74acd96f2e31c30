"""Paths and the build command shared by the tests (imported by conftest and test modules)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
MKDOCS_YML = REPO / "mkdocs.yml"
TODAY = "2026-11-21"
# The source documents sit beside the checkout (../shared/seeds), as on CI.
SOURCE_TEXT = REPO.parent / "shared" / "seeds" / "000_2919fea15ec8d5be.txt"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def build_env(**extra: str) -> dict[str, str]:
    """Environment of a build: the date pinned, MkDocs 2 banner off, no inherited overrides."""
    env = {k: v for k, v in os.environ.items() if k not in ("KAZUTB_DATA", "STRICT")}
    env.update({"KAZUTB_TODAY": TODAY, "NO_MKDOCS_2_WARNING": "1"})
    env.update(extra)
    return env


def mkdocs_build(
    site_dir: Path, engine: str = "mkdocs", **env: str
) -> subprocess.CompletedProcess[str]:
    """`<engine> build -f <repo>/mkdocs.yml -d <site_dir>`; returns the finished process.

    engine: "mkdocs" (the default) or "properdocs", its maintained continuation.
    """
    program = Path(sys.executable).with_name(engine)
    command = [str(program)] if program.exists() else [sys.executable, "-m", engine]
    return subprocess.run(
        [*command, "build", "-f", str(MKDOCS_YML), "-d", str(site_dir)],
        cwd=REPO,
        env=build_env(**env),
        capture_output=True,
        text=True,
        timeout=1200,  # generous: a loaded machine builds several times slower
    )


def site_build(
    site_dir: Path, engine: str = "mkdocs", strict: bool = False, **env: str
) -> subprocess.CompletedProcess[str]:
    """`make site`: stage → render (each language its own engine process) → finish."""
    command = [sys.executable, str(REPO / "scripts" / "build_site.py"), "--engine", engine]
    return subprocess.run(
        [*command, "--site-dir", str(site_dir), *(["--strict"] if strict else [])],
        cwd=REPO,
        env=build_env(**env),
        capture_output=True,
        text=True,
        timeout=1200,  # generous: a loaded machine builds several times slower
    )
