"""make serve PORT=… and make edit PORT=… PREVIEW_PORT=…: the ports chosen, and a port that
another program holds said in one line, with a free one to choose, before anything is
built (never an OSError's traceback)."""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from buildtools import REPO, build_env, preview_project

from kazutb_transparency.engines import engine_named
from kazutb_transparency.engines import live as live_server
from scripts.serve import PORT_TAKEN, port_problem

SERVE = REPO / "scripts" / "serve.py"
EDIT = REPO / "scripts" / "edit.py"


@pytest.fixture
def taken() -> Iterator[int]:
    """A port another program listens on."""
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(*command: str | Path, root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *map(str, command)],
        cwd=root,
        env=build_env(),
        capture_output=True,
        text=True,
        timeout=120,  # a build would take longer here: none is started
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == PORT_TAKEN, result.stderr
    assert "Traceback" not in result.stderr and "Errno" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture
def project(tmp_path) -> Path:
    """A project with data/ and docs/, which a started preview would build into .cache/."""
    return preview_project(tmp_path, ("docs", "data"))


def test_make_serve_on_a_taken_port_says_so_in_one_line_before_building(project, taken):
    result = _run(SERVE, "--root", project, "--dev-addr", f"127.0.0.1:{taken}", root=project)
    line = _one_line(result)
    assert line.startswith(f"make serve: port {taken} is taken by another program: stop it")
    assert "choose another with make serve PORT=" in line
    suggested = int(line.rsplit("=", 1)[1])
    assert suggested != taken and port_problem("127.0.0.1", suggested, "x", "X") is None
    assert not (project / ".cache").exists()  # nothing was built


def test_make_edit_on_a_taken_port_says_so_in_one_line(project, taken):
    preview = free_port()
    command = (EDIT, "--root", project, "--no-browser", "--port", taken, "--preview-port", preview)
    line = _one_line(_run(*command, root=project))
    assert line.startswith(f"make edit: port {taken} is taken by another program: stop it")
    assert "choose another with make edit PORT=" in line
    assert not line.endswith(f"={preview}")  # the preview's port is not proposed
    assert not (project / ".cache").exists()


def test_make_edit_with_its_preview_port_taken_says_so_before_starting(project, taken):
    command = (EDIT, "--root", project, "--no-browser", "--port", free_port())
    line = _one_line(_run(*command, "--preview-port", taken, root=project))
    assert line.startswith(f"make edit: port {taken} is taken by another program: stop it")
    assert "choose another with make edit PREVIEW_PORT=" in line
    assert not (project / ".cache").exists()


def test_a_port_taken_while_the_first_build_ran_is_said_too(tmp_path, taken, monkeypatch):
    """serve.py found the port free, then another program took it while the preview built:
    the server's bind fails, and serve.py says the same line (engines/live.py)."""

    class Built:
        def __init__(self, *_: object) -> None:
            pass

        def rebuild(self) -> None:
            pass

        def close(self, collect: bool = True) -> None:
            pass

    monkeypatch.setattr(live_server, "LivePreview", Built)
    (tmp_path / "data").mkdir()
    with pytest.raises(live_server.PortTaken) as raised:
        live_server.serve(tmp_path, engine_named("mkdocs"), "127.0.0.1", taken)
    said = port_problem("127.0.0.1", taken, "make serve", "PORT", found=raised.value.error)
    assert said is not None and said.startswith(f"make serve: port {taken} is taken")


@pytest.mark.parametrize("port", ["abc", "0", "70000"])
def test_a_port_that_is_no_port_is_refused_in_one_line(project, port):
    result = _run(SERVE, "--root", project, "--dev-addr", f"127.0.0.1:{port}", root=project)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "is not a port number" in result.stderr.strip().splitlines()[-1]
    result = _run(EDIT, "--root", project, "--no-browser", "--port", port, root=project)
    assert result.returncode == 2 and "is not a port number" in result.stderr


def _make(*arguments: str) -> str:
    """The commands `make` would run (-n: none is run; the virtual environment is taken as
    made, -o)."""
    done = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "-o", "node_modules/.installed", *arguments],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_passes_the_ports_on():
    assert "--dev-addr 127.0.0.1:8000" in _make("serve")
    assert "--dev-addr 127.0.0.1:8123" in _make("serve", "PORT=8123")
    default = _make("edit")
    assert "scripts/edit.py" in default and "--port" not in default
    chosen = _make("edit", "PORT=8124")
    assert "--port 8124" in chosen and "--preview-port" not in chosen
    both = _make("edit", "PORT=8124", "PREVIEW_PORT=8010")
    assert "--port 8124" in both and "--preview-port 8010" in both


def test_the_editor_and_its_preview_ports():
    """8001 and 8000; given only the editor's, the preview takes the port after it."""
    from scripts.edit import ports

    parser = argparse.ArgumentParser()
    chosen = argparse.Namespace
    assert ports(parser, chosen(port=None, preview_port=None)) == (8001, 8000)
    assert ports(parser, chosen(port=8124, preview_port=None)) == (8124, 8125)
    assert ports(parser, chosen(port=8124, preview_port=8010)) == (8124, 8010)
    assert ports(parser, chosen(port=None, preview_port=8010)) == (8001, 8010)
    assert ports(parser, chosen(port=65535, preview_port=None)) == (65535, 65534)
    with pytest.raises(SystemExit):
        ports(parser, chosen(port=8124, preview_port=8124))
