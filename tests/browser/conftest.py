"""Browser fixtures: the built site served on 127.0.0.1 and Debian's headless Chromium.

The site comes from the session fixture `built_site` (tests/conftest.py), or from an
existing build named by $KAZUTB_BUILT_SITE (handy while editing tests). Chromium is the
Debian package (`make browser-deps`), never a Playwright download; override its path with
the CHROMIUM environment variable.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


class QuietHandler(SimpleHTTPRequestHandler):
    """Static files, no access log on stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    """A browser that closes a connection before a file is sent (it went on to another
    page) is no error of the server's: not printed as one."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def chromium_path() -> str:
    """Debian's chromium (or $CHROMIUM); skips the browser tests when there is none."""
    candidates = [os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", shutil.which("chromium")]
    for candidate in candidates:
        if candidate and Path(candidate).is_file():
            return candidate
    pytest.skip("chromium is not installed: run `make browser-deps` (apt-get install chromium)")


@pytest.fixture(scope="session")
def site_root(request: pytest.FixtureRequest) -> Path:
    """The built site: $KAZUTB_BUILT_SITE when set (an existing build), else `built_site`."""
    existing = os.environ.get("KAZUTB_BUILT_SITE")
    if existing:
        return Path(existing).resolve()
    return request.getfixturevalue("built_site")


@pytest.fixture(scope="session")
def base_url(site_root: Path) -> Iterator[str]:
    """The built site served by a threaded http.server on 127.0.0.1, on a free port."""
    handler = functools.partial(QuietHandler, directory=str(site_root))
    server = QuietServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# `browser`: one Chromium for the whole session, in tests/conftest.py (two Playwright
# instances in one worker cannot run at once).


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[..., Page]]:
    """`open_page(javascript=True)`: a page in a new, isolated browser context."""
    contexts: list[BrowserContext] = []

    def make(javascript: bool = True) -> Page:
        context = browser.new_context(java_script_enabled=javascript, locale="kk-KZ")
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        pytest.skip(f"{AXE_JS} is missing: run `npm ci` (or `make browser-deps`)")
    return AXE_JS.read_text(encoding="utf-8")
