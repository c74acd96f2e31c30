"""A step's value kept between builds, under the sha256 of everything it depends on.

A build that reads large files which rarely change (the survey indicators: 100,000 rows
checked one by one, about three CPU seconds of the large benchmark site) keeps what the
step gave in `.cache/kept-<name>.pickle`, under a key its caller computes from the file's
bytes, what the step was given and the code that reads (parsecache.code_digest). Under
another key the step runs and the file is written anew; a file that cannot be read as
this module writes it is no saving, never a reason to stop. Only a build keeps values
(`keeping`): the preview remembers its steps in memory (incremental.py), tests and tools
run them.

Values are plain data: texts, numbers, lists, tuples, mappings, dates and Decimals, read
back with an unpickler that builds nothing else, so that a cache file restored from
elsewhere (CI's cache) cannot run code. A caller turns its objects into such values.
"""

from __future__ import annotations

import datetime
import decimal
import io
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

Value = TypeVar("Value")
FORMAT = "kazutb-kept-value/1"

# The classes a value may hold besides texts, numbers, lists, tuples, sets and mappings.
_CLASSES = {
    "datetime": frozenset({"date", "datetime", "time", "timedelta", "timezone"}),
    "decimal": frozenset({"Decimal"}),
}


class _PlainValues(pickle.Unpickler):
    """Builds only plain values; any other object makes the file foreign."""

    def find_class(self, module: str, name: str) -> Any:
        if name in _CLASSES.get(module, ()):
            return getattr(datetime if module == "datetime" else decimal, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not a plain value")


def unpickled(data: bytes) -> Any:
    """Plain values pickled (protocol 5), read without building anything else."""
    return _PlainValues(io.BytesIO(data)).load()


def write_aside(file: Path, data: bytes) -> None:
    """Write `file` aside and rename it into place, so that a build running at once reads
    the old file or the new; in a read-only checkout, nothing (the next build redoes)."""
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{file.name}-", dir=file.parent)
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


_folder: Path | None = None  # where the running build keeps values; None: nothing kept


@contextmanager
def keeping(folder: Path | None) -> Iterator[None]:
    """Keep the values of the `kept` steps run inside the block in `folder` (a build's
    .cache/); None keeps nothing."""
    global _folder
    before, _folder = _folder, folder
    try:
        yield
    finally:
        _folder = before


def kept(name: str, key: Callable[[], str], step: Callable[[], Value]) -> Value:
    """step(), or the value it gave the last build under the same key. `key` is asked only
    when a build keeps values; the value must be plain (see above)."""
    if _folder is None:
        return step()
    file = _folder / f"kept-{name}.pickle"
    expected = key()
    try:
        body = unpickled(file.read_bytes())
        if body["format"] == FORMAT and body["key"] == expected:
            return body["value"]
    except Exception:  # missing, damaged or foreign: the step runs
        pass
    value = step()
    write_aside(file, pickle.dumps({"format": FORMAT, "key": expected, "value": value}, 5))
    return value
