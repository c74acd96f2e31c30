"""Shared fixtures: a writable copy of data/, the loaded default data and one full site build.

`built_site` builds the default site once per test session (about 6 s) into a temporary
folder; build, open-data and browser tests all read that one build.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from buildtools import DATA, SOURCE_TEXT, TODAY, require_source_document, site_build, skip_groups

# The builds of the tests scan every file: none reads or replaces the scan cache the
# project's own builds keep in .cache/ (tests/test_scancache.py tests the cache itself).
os.environ.setdefault("KAZUTB_SCAN_CACHE", "0")


def pytest_configure(config: pytest.Config) -> None:
    # Declared in pyproject.toml too; repeated here so the markers are known even when
    # pytest is started with another configuration file.
    config.addinivalue_line("markers", "build: runs a full MkDocs build")
    config.addinivalue_line("markers", "browser: drives headless Chromium against the built site")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default site, built once per session; returns the site folder.

    KAZUTB_BUILT_SITE=<folder> reuses a site built beforehand (same command, same date)
    instead of building, to iterate quickly on tests that only read the site.
    """
    prebuilt = os.environ.get("KAZUTB_BUILT_SITE")
    if prebuilt:
        assert (Path(prebuilt) / "index.html").is_file(), f"KAZUTB_BUILT_SITE={prebuilt}: no site"
        return Path(prebuilt)
    site = tmp_path_factory.mktemp("built") / "site"
    result = site_build(site)  # as `make site` builds it
    if result.returncode != 0:
        pytest.fail(
            f"the build of the default site failed (exit {result.returncode}):\n"
            f"{result.stderr[-4000:]}",
            pytrace=False,
        )
    assert (site / "index.html").is_file(), f"the build wrote no {site / 'index.html'}"
    # Every link of a generated page resolves as MkDocs reads it: no link warning at all.
    broken = [
        line for line in result.stderr.splitlines() if " link " in line and "Doc file" in line
    ]
    assert not broken, "MkDocs warns about links:\n" + "\n".join(broken[:10])
    return site


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A writable copy of data/ (named `data`, like the original) in tmp_path."""
    target = tmp_path / "data"
    shutil.copytree(DATA, target)
    return target


@pytest.fixture
def privacy_data_dir(tmp_path: Path) -> Path:
    """A data folder with the project's allowlist only (the scan cache's fingerprint reads
    data/privacy/)."""
    target = tmp_path / "data" / "privacy"
    target.mkdir(parents=True)
    shutil.copy(DATA / "privacy" / "allowlist.yaml", target / "allowlist.yaml")
    return tmp_path / "data"


@pytest.fixture(scope="session")
def allowlist():
    """The project's allowlist, data/privacy/allowlist.yaml."""
    from kazutb_transparency.privacy import load_allowlist

    return load_allowlist()


@pytest.fixture
def today() -> date:
    return date.fromisoformat(TODAY)


@pytest.fixture(scope="session")
def default_site():
    """The default data, loaded and validated once (as the build does)."""
    from kazutb_transparency.buildsteps.site import load_site

    return load_site(DATA, date.fromisoformat(TODAY))


@pytest.fixture
def edit() -> Callable[[Path, str, str], None]:
    """Replace one exact text in a file; fails when the text is absent (the edit must bite)."""

    def replace(path: Path, old: str, new: str, count: int = 1) -> None:
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{path.name}: text to replace not found: {old!r}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")

    return replace


@pytest.fixture(scope="session")
def source_text() -> str:
    """The process information map as converted text.

    Skips when the seed is not beside the checkout; fails instead where
    KAZUTB_REQUIRE_SOURCES=1 (.ci/run).
    """
    return require_source_document(SOURCE_TEXT).read_text(encoding="utf-8")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """After the short summary: which tests were skipped, grouped by why (then the counts)."""
    result = yield
    lines = skip_groups(terminalreporter.stats.get("skipped", []))
    if lines:
        terminalreporter.write_sep("-", "skipped tests, by reason")
        for line in lines:
            terminalreporter.write_line(line)
    return result


@pytest.fixture(scope="session")
def browser():
    """Headless Chromium, one per session for every test that drives a browser (tests/browser,
    tests/editor): Playwright's sync API runs one instance per process at a time. Playwright
    gives it a fresh temporary profile."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM_ARGS, chromium_path

    executable = chromium_path()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=executable, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield launched
        finally:
            launched.close()
