"""The editor's fixtures: a working copy of data/ in a temporary folder, the editor's server
over it (127.0.0.1, a free port), and Debian's headless Chromium (tests/browser's)."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from buildtools import DATA, REPO
from playwright.sync_api import Browser, BrowserContext, Page, expect

from kazutb_transparency.editor.server import EditorServer, vendor_files

# A busy machine draws the CMS slowly: an assertion waits as long as a page's step does.
expect.set_options(timeout=60_000)


def needs_npm() -> None:
    missing = [str(p) for p in vendor_files(REPO).values() if not p.exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} missing: run `make browser-deps` (npm ci)")


@pytest.fixture
def work_copy(tmp_path: Path) -> Path:
    """A folder holding a copy of data/ (what the editor writes to)."""
    shutil.copytree(DATA, tmp_path / "data")
    return tmp_path


@pytest.fixture
def editor(work_copy: Path) -> Iterator[EditorServer]:
    needs_npm()
    server = EditorServer(work_copy, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# `browser`: one Chromium for the whole session, in tests/conftest.py (two Playwright
# instances in one worker cannot run at once).


@pytest.fixture
def open_editor(browser: Browser, editor: EditorServer) -> Iterator[Callable[..., Page]]:
    """`open_editor(lang="en")`: the editor's page, logged in, with every request the
    browser made recorded in `page.requested` (a list of URLs)."""
    contexts: list[BrowserContext] = []

    def make(lang: str = "en", width: int = 1280, height: int = 1000) -> Page:
        context = browser.new_context(viewport={"width": width, "height": height})
        context.set_default_timeout(60_000)  # a busy machine draws the CMS slowly
        contexts.append(context)
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.requested = requested  # type: ignore[attr-defined]
        page.goto(f"{editor.url}?lang={lang}")
        login = {"en": "Login", "ru": "Войти", "kk": "Кіру"}[lang]
        page.get_by_role("button", name=login).click()
        page.wait_for_selector("text=" + {"en": "Collections", "ru": "Коллекции",
                                          "kk": "Бөлімдер"}[lang])  # fmt: skip
        return page

    yield make
    for context in contexts:
        context.close()
