"""The live preview's memory of the steps of its last builds: a dependency map found by
watching each step, not declared by hand.

A remembered step (a domain's loader, a page renderer) is run once; what it opened is
recorded (Python's audit hook reports every file a process opens), and so are its
arguments, or — for data it is given to watch (`remembered_view`) — the attributes it read
and the answers of the methods it called. At the next rebuild the step is run again only
if one of those files changed (time, size or inode), an argument is another value, an
attribute or an answer is another, or a file was added to or removed from data/: a record
edited under data/ reloads its domain and regenerates the pages that show it, nothing else
(a programme's page depends on that programme's accreditations, not on all of them).

Only `make serve` remembers (`remembering_steps`); a build (`make site`) runs every step.
What a step adds to the build's audit is recorded and added again when it is reused. A
step that fails is not remembered, nor one that read a file written in the last seconds
(a coarse file clock could give a later edit the same time).
"""

from __future__ import annotations

import inspect
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FunctionType, MethodType
from typing import Any, TypeVar

Result = TypeVar("Result")
Stamp = tuple[int, int, int] | None  # (mtime_ns, size, inode), None for a missing file
SETTLED_NS = 2_000_000_000  # a file this recent is not trusted to show its next edit

_opened = threading.local()  # the stack of the steps this thread runs, each one's files


def _hook(event: str, args: tuple) -> None:
    if event != "open":
        return
    stack = getattr(_opened, "stack", None)
    if not stack or not isinstance(args[0], (str, bytes, os.PathLike)):
        return
    path = os.path.abspath(os.fsdecode(args[0]))
    for files in stack:
        files.add(path)


_hooked = False


def _install_hook() -> None:
    global _hooked
    if not _hooked:  # an audit hook cannot be removed: installed once, idle unless recording
        sys.addaudithook(_hook)
        _hooked = True


def _stamp(path: str) -> Stamp:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _same(old: Any, new: Any) -> bool:
    """The same object, or an equal value (a dict of names, a date, a frozen dataclass):
    only types that define equality are compared, the others must be the same object."""
    if old is new:
        return True
    if type(old) is not type(new) or type(new).__eq__ is object.__eq__:
        return False
    try:
        return bool(old == new)
    except Exception:  # a value that cannot be compared is another value
        return False


class Collector:
    """What a step reports its concerns to (core.audit.Audit is one). A remembered step gets
    a fresh one of the same kind; what it collected is copied to the caller's, then and on
    every reuse, so a reused step reports what it reported when it ran."""

    def add(self, kind: Any, problem: Any) -> None:
        raise NotImplementedError

    def all(self) -> list[tuple[Any, Any]]:
        return []


class Watched:
    """Data as a step sees it (the site's, a domain's): each attribute it reads is noted, and
    each method it calls with its arguments and answer. A programme's page that asks the
    disclosures for that programme's accreditations depends on them, not on all of them."""

    def __init__(self, target: Any) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_read", {})
        object.__setattr__(self, "_calls", [])

    def __getattr__(self, name: str) -> Any:
        """The first read of a name; it is then kept on the proxy, so that the step's next
        reads of it cost what a plain attribute costs (pages read them thousands of times)."""
        method = inspect.getattr_static(type(self._target), name, None)
        if isinstance(method, FunctionType):  # not a static method, a class method, a property
            value: Any = lambda *args, **kwargs: self._call(name, args, kwargs)  # noqa: E731
        else:
            value = getattr(self._target, name)
            self._read[name] = value
        object.__setattr__(self, name, value)
        return value

    def _call(self, name: str, args: tuple, kwargs: dict[str, Any]) -> Any:
        """Run the method on the data watched on their own: the attributes it reads tell
        the next rebuild whether it must be asked again (most often it need not)."""
        inner = Watched(self._target)
        method = inspect.getattr_static(type(self._target), name)
        answer = MethodType(method, inner)(*args, **kwargs)
        read = dict(inner._read)
        for call in inner._calls:
            read.update(call.read)
        self._calls.append(_Call(name, args, kwargs, answer, read))
        return answer


@dataclass
class _Call:
    """A method of watched data asked by a step: its question, answer and what it read."""

    name: str
    args: tuple
    kwargs: dict[str, Any]
    answer: Any
    read: dict[str, Any]


@dataclass
class _Entry:
    code: Any  # the step's (_code_of): another step under the key reuses nothing
    args: tuple
    kwargs: dict[str, Any]
    read: dict[str, Any] | None  # attributes of a Watched argument, or None
    calls: list[_Call]  # the methods of a Watched argument the step called
    # What all those methods read together (each name with one value), or None if two
    # read one name with other values: when all of it is the same, every one of them
    # would answer as it did (a unit's survey results ask the same index 80 times).
    calls_read: dict[str, Any] | None
    files: dict[str, Stamp]
    audit: list[tuple[Any, Any]]
    result: Any


@dataclass
class Memo:
    """What the preview remembers of its steps, for the data folder it watches."""

    data_dir: Path
    entries: dict[str, _Entry] = field(default_factory=dict)
    listing: frozenset[str] = frozenset()
    reused: int = 0
    ran: list[str] = field(default_factory=list)  # the keys of the steps run this rebuild
    # Within a rebuild, each pair of values compared once: hundreds of steps (a page per
    # programme) take the same domain's data, whose comparison can walk all of it. Both
    # values are kept with their answer, so that their ids stay theirs until `end`.
    compared: dict[tuple[int, int], tuple[Any, Any, bool]] = field(default_factory=dict)
    # The code of the step each key named in this rebuild: a key names one step, or one
    # step's remembered result would be taken for another's.
    named: dict[str, Any] = field(default_factory=dict)

    def begin(self) -> None:
        """At each rebuild: a file added to or removed from data/ forgets everything (a
        step may have looked for a file that was not there)."""
        listing = frozenset(
            os.path.join(folder, name)
            for folder, _, names in os.walk(self.data_dir)
            for name in names
        )
        if listing != self.listing:
            self.entries.clear()
            self.listing = listing
        self.reused = 0
        self.ran = []

    def end(self) -> None:
        self.compared.clear()
        self.named.clear()

    def same(self, old: Any, new: Any) -> bool:
        if old is new:
            return True
        known = self.compared.get((id(old), id(new)))
        if known is not None:
            return known[2]
        answer = _same(old, new)
        self.compared[(id(old), id(new))] = (old, new, answer)
        return answer

    def call(self, key: str, step: Callable[..., Result], *args: Any, **kwargs: Any) -> Result:
        code = _code_of(step)
        if self.named.setdefault(key, code) is not code:
            raise ValueError(f"two steps are remembered under one key, {key!r}: name each its own")
        entry = self.entries.get(key)
        if entry is not None and entry.code is code and self._still(entry, args, kwargs):
            _adopt(entry, args, kwargs)
            self.reused += 1
            for files in getattr(_opened, "stack", []):
                files.update(entry.files)  # a step around this one read them too
            _replay(entry.audit, args, kwargs)
            return entry.result
        self.ran.append(key)
        self.entries.pop(key, None)
        started = time.time_ns()
        audits = [a for a in (*args, *kwargs.values()) if isinstance(a, Collector)]
        own = type(audits[0])() if audits else Collector()
        args = tuple(own if isinstance(a, Collector) else a for a in args)
        kwargs = {k: own if isinstance(v, Collector) else v for k, v in kwargs.items()}
        watched = [a for a in args if isinstance(a, Watched)]
        opened: set[str] = set()
        stack = _opened.__dict__.setdefault("stack", [])
        stack.append(opened)
        try:
            result = step(*args, **kwargs)
        finally:
            stack.pop()
            for files in stack:
                files.update(opened)
            added = own.all()
            for audit in audits:
                for kind, problem in added:
                    audit.add(kind, problem)
        files = {path: _stamp(path) for path in opened}
        recent = any(s is not None and s[0] > started - SETTLED_NS for s in files.values())
        if not recent:
            self.entries[key] = _Entry(
                code,
                tuple(a._target if isinstance(a, Watched) else a for a in args),
                kwargs,
                dict(watched[0]._read) if watched else None,
                list(watched[0]._calls) if watched else [],
                _read_together(watched[0]._calls) if watched else {},
                files,
                added,
                result,
            )
        return result

    def _still(self, entry: _Entry, args: tuple, kwargs: dict[str, Any]) -> bool:
        if len(args) != len(entry.args) or kwargs.keys() != entry.kwargs.keys():
            return False
        for old, new in zip(entry.args, args, strict=True):
            if isinstance(new, Watched):
                target = new._target
                if entry.read is None or any(
                    not self.same(value, getattr(target, name))
                    for name, value in entry.read.items()
                ):
                    return False
                together = entry.calls_read
                if together is not None and all(
                    self.same(value, getattr(target, name)) for name, value in together.items()
                ):
                    continue  # no method read anything else: each answers as it did
                if not all(self._answers_again(target, call) for call in entry.calls):
                    return False
            elif not isinstance(new, Collector) and not self.same(old, new):
                return False
        if any(
            not isinstance(v, Collector) and not self.same(entry.kwargs[k], v)
            for k, v in kwargs.items()
        ):
            return False
        return all(_stamp(path) == stamp for path, stamp in entry.files.items())

    def _answers_again(self, target: Any, call: _Call) -> bool:
        """Whether a method would answer as it did: yes if what it read is the same, else
        asked again (a programme's accreditations among others that changed)."""
        if all(self.same(value, getattr(target, name)) for name, value in call.read.items()):
            return True
        try:
            return self.same(call.answer, getattr(target, call.name)(*call.args, **call.kwargs))
        except Exception:  # the data changed so that the question has no answer now
            return False


def _adopt(entry: _Entry, args: tuple, kwargs: dict[str, Any]) -> None:
    """An entry found still good keeps the values it was given this time, equal to its own:
    an edit reloads a domain into equal copies of its unchanged data, and an entry holding
    the old ones would compare them in full at every rebuild after (a programme's page
    against its facts), where the same objects are the same at once."""
    entry.args = tuple(
        old if isinstance(new, Collector) else new._target if isinstance(new, Watched) else new
        for old, new in zip(entry.args, args, strict=True)
    )
    entry.kwargs = {
        name: entry.kwargs[name] if isinstance(value, Collector) else value
        for name, value in kwargs.items()
    }
    watched = [a for a in args if isinstance(a, Watched)]
    if not watched:
        return
    target = watched[0]._target
    if entry.read is not None:
        entry.read = _now(target, entry.read)
    together = entry.calls_read
    if together is None:  # the methods read one name with other values: each on its own
        for call in entry.calls:
            call.read = _now(target, call.read)
        entry.calls_read = _read_together(entry.calls)
    elif (now := _now(target, together)) is not together:
        for call in entry.calls:  # what they read together, one value a name
            call.read = {name: now[name] for name in call.read}
        entry.calls_read = now


def _now(target: Any, read: dict[str, Any]) -> dict[str, Any]:
    """The values of the names `read` has, as `target` has them now; `read` itself when
    they are the same objects (the commonest case: nothing to change)."""
    now = {name: getattr(target, name) for name in read}
    return read if all(now[name] is value for name, value in read.items()) else now


def _code_of(step: Callable[..., Any]) -> Any:
    """What makes a step the same step: its code (a lambda made again at each rebuild, a
    bound method), else the callable itself."""
    return getattr(getattr(step, "__func__", step), "__code__", step)


def _read_together(calls: list[_Call]) -> dict[str, Any] | None:
    together: dict[str, Any] = {}
    for call in calls:
        for name, value in call.read.items():
            if together.setdefault(name, value) is not value:
                return None
    return together


def _replay(added: list[tuple[Any, Any]], args: tuple, kwargs: dict[str, Any]) -> None:
    for audit in (a for a in (*args, *kwargs.values()) if isinstance(a, Collector)):
        for kind, problem in added:
            audit.add(kind, problem)


_active: Memo | None = None
_memos: dict[Path, Memo] = {}  # kept between rebuilds, one per data folder


@contextmanager
def remembering_steps(data_dir: Path) -> Iterator[Memo]:
    """Within: steps are remembered (a preview rebuild), for `data_dir`."""
    global _active
    _install_hook()
    memo = _memos.setdefault(data_dir, Memo(data_dir))
    memo.begin()
    _active = memo
    try:
        yield memo
    finally:
        memo.end()
        _active = None


def remembering() -> bool:
    """Whether steps are remembered (the live preview)."""
    return _active is not None


def remembered(key: str, step: Callable[..., Result], *args: Any, **kwargs: Any) -> Result:
    """`step(*args, **kwargs)`, reused from the last build while nothing it read changed
    (the preview only; otherwise simply run)."""
    memo = _active
    if memo is None:
        return step(*args, **kwargs)
    return memo.call(key, step, *args, **kwargs)


def remembered_view(key: str, step: Callable[..., Result], site: Any, *args: Any) -> Result:
    """`step(site, *args)`, where what counts of `site` is the attributes it reads."""
    memo = _active
    if memo is None:
        return step(site, *args)
    return memo.call(key, step, Watched(site), *args)
