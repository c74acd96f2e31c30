"""Text put together from pieces of a file, and the detectors run over it.

A datum can be split by the file's structure (two cells of a row), or written in a form a
person's browser or program turns back into it (percent-encoding, base64, strings joined
in a script). The gate rebuilds that text from its pieces, runs the detectors over it,
and reports what it finds at the pieces' place in the file.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kazutb_transparency.privacy.contacts import address_hits, social_hits
from kazutb_transparency.privacy.detectors import cluster_hits, email_hits, iban_hits, passport_hits
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.names import listed_names, name_hits
from kazutb_transparency.privacy.projection import Projection

Detector = Callable[[Projection], Iterator[Hit]]
NUMBERS: tuple[Detector, ...] = (cluster_hits, iban_hits, passport_hits)
CONTACTS: tuple[Detector, ...] = (*NUMBERS, email_hits, social_hits)
EVERYTHING: tuple[Detector, ...] = (*CONTACTS, address_hits, name_hits, listed_names)


@dataclass
class Derived:
    """Rebuilt text: pieces taken from the file at known offsets, and glue between them."""

    parts: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # offset in the rebuilt text, per piece
    origins: list[int] = field(default_factory=list)  # offset in the file, per piece
    length: int = 0

    def add(self, text: str, origin: int | None = None) -> None:
        """A piece from the file at `origin`, or glue (origin None)."""
        if origin is not None:
            self.starts.append(self.length)
            self.origins.append(origin)
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def origin(self, pos: int) -> int:
        """The file offset of a rebuilt offset (glue maps to the end of the piece before)."""
        i = max(0, bisect_right(self.starts, pos) - 1)
        return self.origins[i] + max(0, pos - self.starts[i])


def detect(text: str, detectors: tuple[Detector, ...], header: str = "") -> list[Hit]:
    """What the detectors find in a small text; `header` stands as its column header."""
    proj = Projection.identity(text, (lambda _pos: header) if header else None)
    return [hit for detector in detectors for hit in detector(proj)]


def whole(text: str, start: int, end: int, detectors: tuple[Detector, ...]) -> Iterator[Hit]:
    """Findings in a decoded text, each reported over the encoded span [start, end) it
    came from (the decoded offsets have no place in the file)."""
    for hit in detect(text, detectors):
        yield Hit(start, end, hit.category, hit.value, hit.normalized)
