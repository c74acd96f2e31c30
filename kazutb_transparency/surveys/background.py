"""Run one call in a forked child process while this process goes on: the personal-data
check of the distinct values of R.csv (pure Python, about a third of the work on a million
answers) then uses a second core while the answers are counted. Where fork is not available
(Windows, macOS defaults), the call simply runs here, first."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def _child(call: Callable[[], Any], pipe: Connection) -> None:
    try:
        outcome: tuple[bool, Any] = (True, call())
    except Exception as exc:  # handed back to the parent, raised there
        outcome = (False, exc)
    try:
        pipe.send(outcome)
    except Exception as exc:  # the exception itself would not pickle
        pipe.send((False, RuntimeError(f"background check failed: {exc!r}")))
    pipe.close()


class Background(Generic[T]):
    def __init__(self, call: Callable[[], T]) -> None:
        self._done = False
        self._value: Any = None
        try:
            context = multiprocessing.get_context("fork")
        except ValueError:
            self._done, self._value = True, (True, call())
            return
        self._pipe, child_end = context.Pipe(duplex=False)
        self._process = context.Process(target=_child, args=(call, child_end), daemon=True)
        self._process.start()
        child_end.close()

    def result(self) -> T:
        """The call's value (waiting for it); its exception is raised here."""
        if not self._done:
            try:
                self._value = self._pipe.recv()
            except EOFError:  # the child died without a word
                self._value = (False, RuntimeError("the background check stopped"))
            self._pipe.close()
            self._process.join()
            self._done = True
        ok, value = self._value
        if not ok:
            raise value
        return value
