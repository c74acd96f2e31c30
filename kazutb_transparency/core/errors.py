"""Errors that name where bad input is, so editors can fix it without reading Python."""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data: where it is and what to do about it."""

    file: str
    message: str
    record: str | None = None
    field: str | None = None
    line: int | None = None
    hint: str | None = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.record:
            parts.append(f"record {self.record}")
        if self.field:
            parts.append(f"field '{self.field}'")
        text = ": ".join([", ".join(parts), self.message])
        if self.hint:
            text += f" — {self.hint}"
        return text


@dataclass
class DataError(Exception):
    """Raised when data cannot be published; carries every problem found, not just the first."""

    problems: list[Problem] = field(default_factory=list)

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in the data:"
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


def problem_of_os_error(exc: OSError) -> Problem:
    """What an editor can do when the build cannot read or write a file: a full disk, a
    read-only folder, a missing permission (never a traceback)."""
    where = str(exc.filename) if exc.filename else "(the build's folders)"
    code = exc.errno
    if code == errno.ENOSPC or code == errno.EDQUOT:
        return Problem(
            where,
            "the disk is full",
            hint="free space on the disk (a build needs about twice the size of site/) and "
            "build again; the previous site/ is unchanged",
        )
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "the file system is read-only" if code == errno.EROFS else "permission denied"
        return Problem(
            where,
            f"cannot write here: {reason}",
            hint="make the folder writable by the user who builds, or build elsewhere; the "
            "previous site/ is unchanged",
        )
    return Problem(
        where,
        f"the build could not read or write a file: {exc.strerror or exc.__class__.__name__}",
        hint="check the disk and the folder's permissions, then build again; the previous "
        "site/ is unchanged",
    )


@contextmanager
def refused_on_load() -> Iterator[None]:
    """For a command's imports: the interface catalogs are read as modules load, so a
    problem in them stops the command there, with the problems listed and no traceback."""
    try:
        yield
    except DataError as exc:
        print(f"ERROR - {exc}", file=sys.stderr)
        print("Nothing was built or published: fix the problems above.", file=sys.stderr)
        raise SystemExit(1) from None
