"""Run one step of the build in a forked child, on the other core, while the parent goes on.

The child inherits the loaded data as they are (fork, copy on write: nothing is pickled on
the way in); only the step's result, or its exception, comes back through a pipe.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from kazutb_transparency.buildsteps.heap import start_worker


def _run(conn: Connection, step: Callable[..., Any], args: tuple[Any, ...]) -> None:
    start_worker()
    try:
        outcome: tuple[bool, Any] = (True, step(*args))
    except BaseException as exc:  # handed to the parent, which raises it
        outcome = (False, exc)
    conn.send(outcome)
    conn.close()


def in_child(step: Callable[..., Any], *args: Any) -> Callable[[], Any]:
    """Start `step(*args)` in a forked child; the function returned waits for it and gives
    its result, or raises its exception in the parent."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_run, args=(send, step, args), daemon=True)
    child.start()
    send.close()

    def result() -> Any:
        try:
            ok, value = receive.recv()  # before join: a large result would fill the pipe
        except EOFError as exc:
            child.join()
            name = getattr(step, "__name__", "step")
            raise RuntimeError(f"{name} died (exit {child.exitcode})") from exc
        finally:
            receive.close()
        child.join()
        if not ok:
            raise value
        return value

    return result
