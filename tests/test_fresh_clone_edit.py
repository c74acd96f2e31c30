"""`make edit` on a fresh clone, as a person starts it: the README's one command installs
what it needs (the Python environment, the editor's npm packages), starts the desk and
its preview, and the desk answers; Ctrl-C stops both. The clone is of the committed work
(HEAD): a rule that only works in a developer's tree fails here."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
from buildtools import REPO

# A first run installs every pinned package and the npm tools: minutes, not seconds.
FIRST_START_S = 20 * 60


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answer(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return None


def test_make_edit_starts_on_a_fresh_clone(tmp_path: Path) -> None:
    head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True)
    if head.returncode:
        pytest.skip("not a git checkout")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(REPO), str(clone)], check=True)
    port, preview = _free_port(), _free_port()
    environment = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "MAKEFLAGS")}
    log = (tmp_path / "make-edit.log").open("wb")
    process = subprocess.Popen(
        ["make", "edit", f"PORT={port}", f"PREVIEW_PORT={preview}"],
        cwd=clone, env=environment, stdout=log, stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + FIRST_START_S
        page = None
        while process.poll() is None and time.monotonic() < deadline:
            page = _answer(f"http://127.0.0.1:{port}/")
            if page:
                break
            time.sleep(2)
        shown = (tmp_path / "make-edit.log").read_text("utf-8", "replace")[-3000:]
        assert page and 'src="decap/decap-cms.js"' in page, shown
        assert _answer(f"http://127.0.0.1:{port}/decap/decap-cms.js"), "the CMS's bundle"
        config = _answer(f"http://127.0.0.1:{port}/config.yml?lang=kk") or ""
        assert "locale: kk" in config
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C in the terminal
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                pytest.fail("Ctrl-C did not stop make edit")
        log.close()
