"""Ctrl-C stops `make serve` with one line: no traceback from the preview or its workers.

Ctrl-C reaches the whole foreground process group: the preview (scripts/serve.py), its
chart workers (surveys/pages/charts_ahead.py) and its engine workers (engines/
render_worker.py). The workers ignore it and the preview stops them; the preview says so in
one line, whether it was serving, still loading or rebuilding after an edit, and no process
of it is left. So does `make edit` (scripts/edit.py) with its preview, whether Ctrl-C reached
both or only the editor. The stop takes well under two seconds; the tests allow ten (a
loaded machine), and a stop that Python drops still ends by its deadline.
"""

from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from buildtools import REPO, build_env, preview_project

pytestmark = pytest.mark.build
STOPPED = "make serve: stopped (Ctrl-C)"
EDIT_STOPPED = "make edit: stopped (Ctrl-C)"
STOP_S = 10  # what a stop may take in these tests (it takes a fraction of a second)
ACCREDITATIONS = Path("data") / "disclosures" / "accreditations.yaml"


@pytest.fixture
def project(tmp_path) -> Path:
    return preview_project(tmp_path)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(root: Path, script: str = "serve.py", *arguments: str) -> subprocess.Popen[str]:
    """serve.py as `make serve` starts it (or edit.py as `make edit`), in a session and
    process group of its own (Ctrl-C's target), with SIGINT at its default (a background
    job would inherit it ignored)."""
    command = [sys.executable, str(REPO / "scripts" / script), "--root", str(root)]
    if script == "serve.py":
        arguments = ("--dev-addr", f"127.0.0.1:{free_port()}", *arguments)
    return subprocess.Popen(
        [*command, *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=build_env(),
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


class Output:
    """What the process says, read as it comes (a thread), so that a test can wait for a
    line and the process never blocks on a full pipe."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.lines: list[str] = []
        self.reader = threading.Thread(target=self._read, args=(process,), daemon=True)
        self.reader.start()

    def _read(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        for line in process.stdout:
            self.lines.append(line)

    def wait_for(self, text: str, after: int = 0, timeout: float = 300) -> int:
        """The number of lines read once one after the first `after` holds `text`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines[after:]):
                return len(self.lines)
            time.sleep(0.02)
        pytest.fail(f"no {text!r} within {timeout} s:\n" + "".join(self.lines)[-4000:])

    def text(self) -> str:
        self.reader.join(timeout=30)
        return "".join(self.lines)


def session_left(session: int) -> list[int]:
    """The processes still running in the session (zombies aside)."""
    left = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getsid(int(entry.name)) != session:
                continue
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if state != "Z":
            left.append(int(entry.name))
    return left


def stop(process: subprocess.Popen[str], sig: int = signal.SIGINT, group: bool = True) -> float:
    """Send `sig` (to the process group: what the terminal does on Ctrl-C); the seconds
    until the process and every process of its session ended."""
    started = time.monotonic()
    if group:
        os.killpg(process.pid, sig)
    else:
        os.kill(process.pid, sig)
    try:
        process.wait(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        pytest.fail("it did not stop within 2 minutes")
    while session_left(process.pid) and time.monotonic() - started < 120:
        time.sleep(0.02)
    took = time.monotonic() - started
    assert not session_left(process.pid), "a worker was left running"
    return took


def said_once(output: str, line: str, returncode: int | None) -> None:
    assert "Traceback" not in output, output[-4000:]
    assert "KeyboardInterrupt" not in output, output[-4000:]
    assert "Exception ignored" not in output, output[-4000:]
    assert output.rstrip().endswith(line), output[-2000:]
    assert output.count(line) == 1
    assert returncode == 0


def ctrl_c(process: subprocess.Popen[str], before: str = "") -> str:
    os.killpg(process.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
    try:
        after, _ = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("make serve did not stop within 2 minutes of Ctrl-C")
    output = before + after
    said_once(output, STOPPED, process.returncode)
    return output


def test_ctrl_c_while_serving_stops_with_one_line(project):
    process = start(project)
    seen, port = _serving(process)
    # Only this machine's name is answered (DNS rebinding); a NUL in a path is no traceback.
    assert _status(port, "/", f"127.0.0.1:{port}") == 200
    assert _status(port, "/", f"attacker.example:{port}") == 421
    assert _status(port, "/%ff%fe%00.html", f"127.0.0.1:{port}") == 400
    time.sleep(1)  # the chart workers are up and waiting for work
    ctrl_c(process, "".join(seen))  # and nothing printed a traceback


def test_started_on_refused_data_the_preview_lists_the_problems(project):
    """No good build yet: the home page and any other address list the problems (no
    request answered by a traceback), and Ctrl-C stops it in one line."""
    units = project / "data" / "units.yaml"
    units.write_text(units.read_text(encoding="utf-8") + "- broken: [\n", encoding="utf-8")
    process = start(project)
    seen, port = _serving(process)
    for path, status in (("/", 200), ("/ru/", 200), ("/en/processes/p07.html", 404)):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            connection.request("GET", path)
            answer = connection.getresponse()
            assert answer.status == status, path
            assert "units.yaml" in answer.read().decode("utf-8"), path
        finally:
            connection.close()
    ctrl_c(process, "".join(seen))


def _serving(process: subprocess.Popen[str]) -> tuple[list[str], int]:
    """What the preview said until it served, and its port (4 minutes at most)."""
    seen = []
    assert process.stdout is not None
    deadline = time.monotonic() + 240
    for line in process.stdout:
        seen.append(line)
        if "Serving on" in line or time.monotonic() > deadline:
            break
    assert "Serving on" in seen[-1], "".join(seen)[-4000:]
    return seen, int(re.search(r"127\.0\.0\.1:(\d+)", seen[-1]).group(1))


def _status(port: int, path: str, host: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.putrequest("GET", path, skip_host=True)
        connection.putheader("Host", host)
        connection.endheaders()
        return connection.getresponse().status
    finally:
        connection.close()


@pytest.mark.parametrize("after_s", [1.0, 4.0])
def test_ctrl_c_while_loading_stops_with_one_line(project, after_s):
    process = start(project)
    time.sleep(after_s)  # importing, checking the data, or rendering the first preview
    ctrl_c(process)


def _edit(root: Path) -> None:
    """An edit that makes a new release of a dataset: a rebuild of every step."""
    path = root / ACCREDITATIONS
    text = path.read_text(encoding="utf-8")
    assert "SAMPLE-IA-0001" in text
    path.write_text(text.replace("SAMPLE-IA-0001", "SAMPLE-IA-0099", 1), encoding="utf-8")


@pytest.mark.parametrize("after_s", [0.1, 0.6])
def test_ctrl_c_during_a_rebuild_stops_with_one_line(project, after_s):
    """Ctrl-C while the preview rebuilds after an edit (staging, the engines rendering, the
    open data scanned in a forked child): nothing is waited for, nothing is left."""
    process = start(project)
    output = Output(process)
    seen = output.wait_for("Serving on")
    time.sleep(0.5)  # the server watches
    _edit(project)
    output.wait_for("Detected file changes", after=seen)
    time.sleep(after_s)
    took = stop(process)
    said_once(output.text(), STOPPED, process.returncode)
    assert took < STOP_S, f"{took:.1f} s"


def test_sigterm_stops_the_preview_with_one_line(project):
    """SIGTERM (`make edit` stopping it, or `kill`): stopped as by Ctrl-C, workers too."""
    process = start(project)
    output = Output(process)
    time.sleep(4.0)  # checking the data, or rendering the first preview
    took = stop(process, signal.SIGTERM, group=False)
    said_once(output.text(), "make serve: stopped", process.returncode)
    assert took < STOP_S, f"{took:.1f} s"


@pytest.mark.skipif(
    not (REPO / "node_modules" / "decap-cms" / "dist").is_dir(),
    reason="the editor's files are not installed: make browser-deps (npm ci)",
)
@pytest.mark.parametrize("to_group", [True, False], ids=["terminal", "editor-only"])
def test_ctrl_c_stops_make_edit_and_its_preview(project, to_group):
    """Ctrl-C reaches both (the terminal's), or only the editor, which stops the preview:
    either way both end, the editor says so once, and nothing is left."""
    arguments = ("--no-browser", "--port", str(free_port()), "--preview-port", str(free_port()))
    process = start(project, "edit.py", *arguments)
    output = Output(process)
    seen = output.wait_for("Serving on")  # the preview's first build is served
    time.sleep(0.5)
    _edit(project)
    output.wait_for("Detected file changes", after=seen)
    time.sleep(0.3)  # rebuilding
    took = stop(process, group=to_group)
    text = output.text()
    said_once(text, EDIT_STOPPED, process.returncode)
    assert STOPPED not in text  # the preview leaves the line to the editor
    assert took < STOP_S, f"{took:.1f} s"


def test_a_stop_python_drops_still_ends_by_its_deadline(tmp_path):
    """A KeyboardInterrupt raised where Python cannot pass it on (a finalizer) is dropped:
    the preview would go on, deaf to Ctrl-C. The deadline of the stop ends it."""
    script = tmp_path / "deaf.py"
    script.write_text(
        f"import sys, time\nsys.path.insert(0, {str(REPO)!r})\n"
        "from scripts.serve import stop_on_signals\n"
        "stop_on_signals()\n"
        "print('ready', flush=True)\n"
        "while True:\n"
        "    try:\n"
        "        time.sleep(0.01)\n"
        "    except KeyboardInterrupt:\n"
        "        pass  # dropped, as in a finalizer\n",
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    output = Output(process)
    output.wait_for("ready", timeout=60)
    took = stop(process)
    said_once(output.text(), STOPPED, process.returncode)
    assert took < STOP_S, f"{took:.1f} s"
