"""Errors that name where bad input is, so editors can fix it without reading Python."""

from __future__ import annotations

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
