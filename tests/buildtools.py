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
# The reason of every skipped source-document comparison: the summary line of `make test`
# counts them under it (tests/conftest.py, pytest_terminal_summary).
SOURCE_SKIP = "source-document comparisons"

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def require_source_document(path: Path = SOURCE_TEXT) -> Path:
    """path, when the source document is there; otherwise the test is skipped — or fails on CI.

    The comparisons with the approved source document need ../shared/seeds beside the
    checkout. A fresh clone has no such folder: its tests skip, and `make test` says so in its
    last lines. The project's CI (.ci/run) has the folder and says so with
    KAZUTB_REQUIRE_SOURCES=1: there a missing document is a failure, so the comparisons never
    silently stop running. (A university's own CI, such as the publish workflow, has no
    source documents and sets nothing: its comparisons skip.)
    """
    if path.is_file():
        return path
    shown = f"../{path.relative_to(REPO.parent)}" if path.is_relative_to(REPO.parent) else path
    if os.environ.get("KAZUTB_REQUIRE_SOURCES") == "1":
        import pytest

        pytest.fail(
            f"KAZUTB_REQUIRE_SOURCES=1 but the source document {shown} is missing: the "
            f"{SOURCE_SKIP} must run here (put shared/ beside the clone)",
            pytrace=False,
        )
    import pytest

    pytest.skip(f"{SOURCE_SKIP} ({shown} not found)")


def skip_groups(reports) -> list[str]:
    """One line per reason of the skipped tests, the largest group first."""
    counts: dict[str, int] = {}
    for report in reports:
        longrepr = report.longrepr
        reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else "no reason"
        reason = str(reason).removeprefix("Skipped: ")
        counts[reason] = counts.get(reason, 0) + 1
    lines = []
    for reason, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if reason.startswith(SOURCE_SKIP):
            lines.append(f"skipped: {count} {reason}")
        else:
            lines.append(f"skipped: {count} test{'s' if count != 1 else ''} ({reason})")
    return lines


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


def project_copy(tmp_path: Path) -> Path:
    """A copy of the project's configuration and docs/ in tmp_path/project, its other
    folders (data, overrides, hooks, the package) named by their place in the repository."""
    import shutil

    project = tmp_path / "project"
    shutil.copytree(REPO / "docs", project / "docs")
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("custom_dir: overrides", f"custom_dir: {REPO / 'overrides'}")
    text = text.replace("  - hooks/", f"  - {REPO / 'hooks'}/")
    for folder in ("data", "overrides", "kazutb_transparency"):
        text = text.replace(f"  - {folder}\n", f"  - {REPO / folder}\n")
    (project / "mkdocs.yml").write_text(text, encoding="utf-8")
    return project


def preview_project(
    folder: Path, parts: tuple[str, ...] = ("docs", "overrides", "hooks", "data")
) -> Path:
    """A copy of the project in folder/project that `make serve` can build and watch: the
    configuration and `parts` copied, the package linked (mkdocs.yml `watch:` names it)."""
    import shutil

    root = folder / "project"
    root.mkdir()
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for part in parts:
        shutil.copytree(REPO / part, root / part)
    if "hooks" in parts:
        (root / "kazutb_transparency").symlink_to(REPO / "kazutb_transparency")
    return root


class RunsCode:
    """Pickled, an object that would run a command when unpickled: what a cache file
    restored from elsewhere could hold. The caches' readers must refuse it unrun."""

    def __reduce__(self):
        return (os.system, ("touch ran",))


def scan_ahead(site: Path, allowlist, cache=None):
    """The build's gate over `site` (buildsteps/scanahead.py), every file handed to its
    worker first: its report and its scan cache."""
    from kazutb_transparency.buildsteps.scanahead import ScanAhead

    scanner = ScanAhead(allowlist, cache)
    try:
        scanner.files(site)
        return scanner.finish(site), scanner.cache
    finally:
        scanner.close()


def confirm_every_value(data_dir: Path) -> None:
    """Mark every placeholder of a copy of data/ confirmed: the publishing build then
    publishes the sample values, so that a test of what it refuses in real data (an
    inconsistent figure, an untranslated text) can plant it in the default data."""
    import re

    fields = re.compile(r"provenance_fields: \{[^}\n]*\}")
    for path in data_dir.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        changed = text.replace("provenance: placeholder", "provenance: confirmed")
        changed = fields.sub(lambda m: m.group(0).replace("placeholder", "confirmed"), changed)
        if changed != text:
            path.write_text(changed, encoding="utf-8")
    for path in data_dir.rglob("*.csv"):
        text = path.read_text(encoding="utf-8")
        changed = re.sub(r"(?<=,)placeholder(?=,|\r?\n|$)", "confirmed", text)
        if changed != text:
            path.write_text(changed, encoding="utf-8")
