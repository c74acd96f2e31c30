"""What a detector reports: a value found in a projection's text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """A value found in the projection text; [start, end) are projection offsets."""

    start: int
    end: int
    category: str
    value: str
    normalized: str = ""  # E.164 for phones, compact form for identifiers and handles
