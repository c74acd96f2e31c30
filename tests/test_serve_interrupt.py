"""Ctrl-C stops `make serve` with one line: no traceback from the preview or its workers.

Ctrl-C reaches the whole foreground process group: the preview (scripts/serve.py), its
chart workers (surveys/pages/charts_ahead.py) and its engine workers (engines/
render_worker.py). The workers ignore it and the preview stops them; the preview says so in
one line, whether it was serving or still loading.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from buildtools import REPO, build_env

pytestmark = pytest.mark.build
STOPPED = "make serve: stopped (Ctrl-C)"


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy2(REPO / "mkdocs.yml", root / "mkdocs.yml")
    for folder in ("docs", "overrides", "hooks", "data"):
        shutil.copytree(REPO / folder, root / folder)
    (root / "kazutb_transparency").symlink_to(REPO / "kazutb_transparency")  # mkdocs.yml `watch:`
    return root


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(root: Path) -> subprocess.Popen[str]:
    """serve.py as `make serve` starts it, in a process group of its own (Ctrl-C's target),
    with SIGINT at its default (a background job would inherit it ignored)."""
    command = [sys.executable, str(REPO / "scripts" / "serve.py"), "--root", str(root)]
    return subprocess.Popen(
        [*command, "--dev-addr", f"127.0.0.1:{free_port()}"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=build_env(),
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def ctrl_c(process: subprocess.Popen[str], before: str = "") -> str:
    os.killpg(process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    try:
        after, _ = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("make serve did not stop within 2 minutes of Ctrl-C")
    output = before + after
    assert "Traceback" not in output, output[-4000:]
    assert "KeyboardInterrupt" not in output, output[-4000:]
    assert output.rstrip().endswith(STOPPED), output[-2000:]
    assert output.count(STOPPED) == 1
    assert process.returncode == 0
    return output


def test_ctrl_c_while_serving_stops_with_one_line(project):
    process = start(project)
    seen = []
    assert process.stdout is not None
    deadline = time.monotonic() + 240
    for line in process.stdout:
        seen.append(line)
        if "Serving on" in line or time.monotonic() > deadline:
            break
    assert "Serving on" in seen[-1], "".join(seen)[-4000:]
    time.sleep(1)  # the chart workers are up and waiting for work
    ctrl_c(process, "".join(seen))


@pytest.mark.parametrize("after_s", [1.0, 4.0])
def test_ctrl_c_while_loading_stops_with_one_line(project, after_s):
    process = start(project)
    time.sleep(after_s)  # importing, checking the data, or rendering the first preview
    ctrl_c(process)
