"""No automatic garbage collection inside a block: for runs that make millions of small
objects in no cycle (the data check, the survey aggregation), where each automatic full
collection walks them all and the imported modules besides."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collections_paused() -> Iterator[None]:
    """No automatic garbage collection inside; the state before is restored after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
