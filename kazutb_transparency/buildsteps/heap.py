"""The garbage collector and the build's data: the collections that would only walk them.

CPython's full collection walks every object that may be in a reference cycle, and it runs
each time the objects that survived since the last one are a quarter more: while data/ is
loaded, the objects it tracks grow from 40,000 to 320,000 (the large site), and a full
collection ran again at each step of that growth (11 to 13, 2 s of a 6 s data check). The data
are kept to the build's end and hold no cycles (core/audit.py says why that matters), so:

- `collections_paused` (core/gc_pause.py) around the data check: none runs while it loads,
  one after;
- `forget_parent_heap` first in every forked child: the objects inherited from the parent
  are left out of the child's collections, which walked all of them and, by writing to
  each, copied the parent's memory page by page (the search indexes' pool took 10 s of CPU
  on the large site, 5 s after); `start_worker` does it and leaves Ctrl-C to the parent.
"""

from __future__ import annotations

import gc
import signal
from contextlib import suppress


def forget_parent_heap() -> None:
    """Called first in a forked child: what it inherited is never collected by it."""
    gc.freeze()


def start_worker() -> None:
    """First in every worker process of the build: the inherited heap left out of its
    collections, and Ctrl-C left to the process that started it (which stops its workers):
    a worker interrupted while it waits for work would print a traceback of its own."""
    forget_parent_heap()
    ignore_interrupt()


def ignore_interrupt() -> None:
    """SIGINT ignored in this process (a worker: Ctrl-C reaches the whole process group)."""
    with suppress(ValueError):  # not the main thread: the signal stays as it was
        signal.signal(signal.SIGINT, signal.SIG_IGN)
