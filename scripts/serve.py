"""The live preview (`make serve`): the site on http://127.0.0.1:8000, rebuilt on every edit.

    python scripts/serve.py [--engine mkdocs|properdocs] [--dev-addr HOST:PORT] [--root DIR]

An edit under data/ reloads only the data it touches and renders only the pages it changes,
every language at once (kazutb_transparency/buildsteps/live_preview.py).

Ctrl-C (or SIGTERM, as `make edit` stops it) stops it at any moment, in well under two
seconds, with one line: its workers are stopped, not waited for. A port another program
holds is said in one line before the first build, not after it.
"""

from __future__ import annotations

import argparse
import errno
import logging
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import threading
from contextlib import suppress
from pathlib import Path
from types import FrameType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SERVE = "make serve"
STOPPED = "stopped (Ctrl-C)"
PORT_TAKEN = 3  # the exit status when the port cannot be listened on
# How far above a taken port a free one is looked for, to be named in the message.
_NEARBY = 20
# The longest a stop may take, whatever Ctrl-C interrupted: a KeyboardInterrupt raised where
# Python cannot pass it on (a finalizer, a generator closed as it is freed) is dropped with
# "Exception ignored", and the preview would go on serving, deaf to any other Ctrl-C.
STOP_DEADLINE_S = 1.5


class Stopped(KeyboardInterrupt):
    """SIGTERM: stopped like Ctrl-C (a KeyboardInterrupt, so that no `except Exception` of
    a rebuild takes it for a failed edit)."""


_stopping_pid = 0  # the process whose signals `_stop` handles (not a forked helper)
_command = SERVE  # the command named in the stop line
_says_stop = True  # False: the command that started this one says it stopped
_stop_said = False  # said once, by the stop or by its deadline, whichever comes first
_killed_at_deadline: list[subprocess.Popen[bytes]] = []  # make edit's preview


def _stop(signum: int, frame: FrameType | None) -> None:
    """The first Ctrl-C or SIGTERM stops the command; any other while it stops is ignored,
    so that the stop (its workers ended) is not cut short by a traceback of its own (a
    terminal's Ctrl-C reaches `make edit` and its preview at once, and then `make edit`
    stops the preview too), and the deadline ends whatever the stop has not done in time.
    Forked helpers (the open data's scan, which ignores Ctrl-C) are ended now, not waited
    for by the step that started them."""
    if os.getpid() != _stopping_pid:
        # A forked helper, which has this handler until it sets its own: Ctrl-C is left to
        # the preview, and SIGTERM (the preview ending it) ends it as it would by default.
        if signum == signal.SIGTERM:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
        return
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    # The stop raised where Python cannot pass it on (a finalizer, logging's lock) is said
    # as "Exception ignored" with a traceback: noise on the stop's own line, left unsaid.
    sys.unraisablehook = _quiet_about_the_stop
    deadline = threading.Timer(STOP_DEADLINE_S, _stop_now, args=(signum == signal.SIGINT,))
    deadline.daemon = True
    deadline.start()
    for child in multiprocessing.active_children():
        child.terminate()
    raise KeyboardInterrupt if signum == signal.SIGINT else Stopped


def _quiet_about_the_stop(unraisable: Any) -> None:
    if not isinstance(unraisable.exc_value, KeyboardInterrupt):
        sys.__unraisablehook__(unraisable)


def _stop_now(ctrl_c: bool) -> None:
    """The stop not done by its deadline: the line said and the process ended, from the
    deadline's thread. The workers, whose input then ends, stop by themselves; nothing is
    flushed or logged, which could wait for a lock the main thread holds."""
    say_stopped(ctrl_c)
    for process in _killed_at_deadline:
        with suppress(OSError):
            process.kill()
    for child in multiprocessing.active_children():
        child.terminate()
    os._exit(0)


def say_stopped(ctrl_c: bool) -> None:
    """`<command>: stopped (Ctrl-C)`, once (written straight to the terminal: the deadline's
    thread may say it while the main thread writes)."""
    global _stop_said
    if _says_stop and not _stop_said:
        _stop_said = True
        os.write(sys.stderr.fileno(), f"{_command}: {STOPPED if ctrl_c else 'stopped'}\n".encode())


def stop_on_signals(command: str = SERVE, says: bool = True) -> None:
    """Ctrl-C and SIGTERM stop `command` (`_stop`), which says so in one line if `says`. A
    Ctrl-C the process was started ignoring (a background job's) stays ignored."""
    global _stopping_pid, _command, _says_stop
    _stopping_pid, _command, _says_stop = os.getpid(), command, says
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)


def kill_at_deadline(process: subprocess.Popen[bytes]) -> None:
    """A child the deadline of a stop kills too, if it still runs then."""
    _killed_at_deadline.append(process)


def _listening_problem(host: str, port: int) -> OSError | None:
    """Why a server could not listen on host:port, found by binding a socket there for a
    moment as the server binds its own (SO_REUSEADDR: a port a preview just stopped left
    waiting is free to it), or None."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as exc:
        return exc
    return None


def port_problem(
    host: str,
    port: int,
    command: str,
    variable: str,
    avoid: frozenset[int] = frozenset(),
    found: OSError | None = None,
) -> str | None:
    """One line saying why `command` cannot listen on host:port and how to choose another
    port (`<command> <variable>=…`), or None when it can. `avoid`: ports the command takes
    for something else, never proposed; `found`: the error the server met, if it did."""
    found = found or _listening_problem(host, port)
    if found is None:
        return None
    nearby = (p for p in range(port + 1, min(port + _NEARBY, 65535) + 1) if p not in avoid)
    free = next((p for p in nearby if _listening_problem(host, p) is None), port + 10)
    choose = f"choose another with {command} {variable}={free}"
    if found.errno == errno.EADDRINUSE:
        return f"{command}: port {port} is taken by another program: stop it or {choose}"
    if found.errno == errno.EACCES:
        return f"{command}: port {port} is reserved for the system: {choose}"
    return f"{command}: cannot listen on {host}:{port} ({found.strerror}): {choose}"


def parse_port(text: str) -> int:
    """A port number, 1 to 65535 (argparse's type: anything else is its one-line error)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1 to 65535)")
    return port


def main(argv: list[str] | None = None) -> int:
    stop_on_signals()
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="mkdocs", choices=("mkdocs", "properdocs"))
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="HOST:PORT")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project (default: this one)")
    # The command that started this one, named in its messages (`make edit` starts the
    # preview, whose port is its PREVIEW_PORT), which then says itself that it stopped.
    parser.add_argument("--command", default=SERVE, help=argparse.SUPPRESS)
    parser.add_argument("--port-variable", default="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.command != SERVE:  # the command that started it says it stopped
        stop_on_signals(args.command, says=False)
    host, _, port_text = args.dev_addr.rpartition(":")
    host = host.strip("[]") or "127.0.0.1"
    try:
        port = parse_port(port_text)
    except argparse.ArgumentTypeError as exc:
        parser.error(f"--dev-addr: {exc}")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # Before the first build, which takes seconds (a minute on a cold cache): a port another
    # program holds is said at once, in one line. (Taken in between, the server says the
    # same as it starts: engines/live.py.)
    if problem := port_problem(host, port, args.command, args.port_variable):
        print(problem, file=sys.stderr)
        return PORT_TAKEN
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    root = args.root.resolve()
    os.chdir(root)
    # Ctrl-C stops the preview at any moment, even while it loads, with this one line: the
    # workers ignore it (a process group of their own) and the preview stops them.
    try:
        from kazutb_transparency.core.errors import refused_on_load

        with refused_on_load():  # the interface catalogs are read as the modules load
            from kazutb_transparency.engines import engine_named
            from kazutb_transparency.engines.live import PortTaken, serve

        try:
            serve(root, engine_named(args.engine), host, port)
        except PortTaken as taken:
            said = port_problem(host, port, args.command, args.port_variable, found=taken.error)
            print(said, file=sys.stderr)
            return PORT_TAKEN
    except KeyboardInterrupt as stop:
        say_stopped(ctrl_c=not isinstance(stop, Stopped))
    return 0


def exit_now(code: int) -> None:
    """End the process without freeing what the preview kept (millions of objects: most of
    a second at exit, beyond the two seconds Ctrl-C may take on a busy machine). What exit
    would do besides is done first: the output flushed, the log closed, the forked helpers
    ended (multiprocessing's own exit handler)."""
    logging.shutdown()
    for child in multiprocessing.active_children():
        child.terminate()
        child.join(0.5)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_now(main())
