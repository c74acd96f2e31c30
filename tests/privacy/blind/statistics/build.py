"""Statistics and survey results: a blind corpus for the personal-data gate (statistics).

Written by an author who had not read the gate's code: survey results, Likert tables, KPI
dashboards, enrolment, employment, research-output and population tables, regression and
z-score tables, fixed-width and packed series in kk, ru and en, whose numbers take an
identifier's shape (unrounded fractions and E-notation mantissas whose digits pass an IIN's
check digit, neighbouring cells that join into an IIN, an 8 7xx phone or a Luhn-valid card
number, an organisation's BIN, a KATO code beside a count), which must pass; and files
with one personal datum among such statistics (a mobile or an e-mail in an open answer,
students' IINs, full names, student-card numbers, birth dates, a payment card), which must
be reported. Deterministic (one seeded generator, in stat_common); the files are made at
import and written by build(). The generator's helpers are kept as its author wrote them in
stat_common (validators, formatters), stat_planted (the look-alike values), stat_public
(part A) and stat_personal (part B).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import stat_personal, stat_public


@dataclass(frozen=True)
class Entry:
    name: str
    category: str | None
    cls: str
    part: str
    lang: str
    datum: str
    reason: str


# The files are made in the author's order (part A, then part B): they share one seeded
# generator, so the order of the calls fixes every value.
_WRITTEN: list[tuple[str, str, str | None, str]] = []
for _name, _make, _why in stat_public.PUBLIC:
    _WRITTEN.append((_name, _make(), None, _why))
for _name, _make, _kind, _why in stat_personal.PERSONAL:
    _WRITTEN.append((_name, _make(), _kind, _why))

MANIFEST: list[Entry] = [
    Entry(
        name,
        expect,
        "public" if expect is None else "personal datum",
        name.rsplit(".", 1)[-1],
        name.split("_")[1],
        "",
        why,
    )
    for name, _, expect, why in _WRITTEN
]


def build(folder: Path) -> list[Path]:
    """Write every file of the corpus into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, _, _ in _WRITTEN:
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    return paths
