"""Concerns that are not outright errors: pending translations, sample data, stale items.

A default build shows these and goes on; the strict build that publishes the site refuses them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pydantic import BaseModel

from kazutb_transparency.core.datafiles import Lines
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.incremental import Collector


class Concern(StrEnum):
    TRANSLATION = "missing translation"
    UNVERIFIED = "unverified sample data"
    PLACEHOLDER = "placeholder value"
    PUBLIC_SOURCE = "public source, not confirmed by the university"
    STALE = "stale"
    INCOMPLETE = "mandatory item without data"
    TERMINOLOGY = "inconsistent translation"
    INCONSISTENT = "inconsistent figures"  # two files disagree (applicants/consistency.py)


@dataclass
class Audit(Collector):
    """Collects concerns per kind; `strict_problems` is what blocks publishing."""

    concerns: dict[Concern, list[Problem]] = field(default_factory=dict)

    def add(self, kind: Concern, problem: Problem) -> None:
        self.concerns.setdefault(kind, []).append(problem)

    def extend(self, kind: Concern, problems: list[Problem]) -> None:
        for problem in problems:
            self.add(kind, problem)

    def of(self, kind: Concern) -> list[Problem]:
        return self.concerns.get(kind, [])

    def all(self) -> list[tuple[Concern, Problem]]:
        return [(kind, p) for kind in Concern for p in self.of(kind)]

    def strict_problems(self, tolerated: frozenset[Concern] = frozenset()) -> list[Problem]:
        return [
            Problem(p.file, f"{kind.value}: {p.message}", p.record, p.field, p.line, p.hint)
            for kind, p in self.all()
            if kind not in tolerated
        ]


_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
# The letters whose lower case lies between а and я: А–Я and а–я (Ё and ё lie outside).
_CYRILLIC_LETTER = re.compile("[\u0410-\u044f]")


def _cyrillic_letters(text: str) -> int:
    return len(_CYRILLIC_LETTER.findall(text))


def not_kazakh(text: Localized) -> str | None:
    """Why the kk text looks like Russian left untranslated, or None.

    Short texts may be the same in both languages (Менеджмент, Маркетинг); a sentence may
    not. A long Kazakh text without one letter of the Kazakh alphabet beyond the Russian
    one is almost certainly Russian.
    """
    kk = text.kk
    words = len(kk.split())
    if text.ru is not None and kk == text.ru and words >= 4:
        return "the Kazakh text is the same as the Russian one"
    # The letters are counted last: only a long text without a Kazakh letter needs them.
    if words >= 8 and not _KAZAKH_LETTERS.intersection(kk) and _cyrillic_letters(kk) >= 40:
        return "the Kazakh text has no Kazakh letter (ә, ғ, қ, ң, ө, ұ, ү, һ, і): is it Russian?"
    return None


Loc = tuple[str | int, ...]  # a field's place in a record: keys and indexes


def untranslated(
    value: Any,
    file: str,
    lines: Lines | None,
    record: str | None,
    base: Loc = (),
) -> list[Problem]:
    """Every Localized inside `value` that lacks ru or en, with the field path and line."""
    found: list[Problem] = []
    _walk(value, base, _Where(file, lines, record, base), found)
    return found


@dataclass(frozen=True)
class _Where:
    file: str
    lines: Lines | None
    record: str | None
    base: Loc


# A function of the module, not one nested in `untranslated`: a nested function that calls
# itself is a reference cycle, which kept each file's parsed YAML (its `lines`) alive until
# the garbage collector's next full collection — a million objects on the large site.
def _walk(item: Any, loc: Loc, where: _Where, found: list[Problem]) -> None:
    if isinstance(item, Localized):
        _check(item, loc, where, found)
    elif isinstance(item, BaseModel):
        for name in type(item).model_fields:
            _walk(getattr(item, name), (*loc, name), where, found)
    elif isinstance(item, list | tuple):
        for index, element in enumerate(item):
            _walk(element, (*loc, index), where, found)
    elif isinstance(item, dict):
        for key, element in item.items():
            _walk(element, (*loc, key), where, found)


def _check(item: Localized, loc: Loc, where: _Where, found: list[Problem]) -> None:
    lines, shown = where.lines, loc[len(where.base) :]
    if doubt := not_kazakh(item):
        found.append(
            Problem(
                where.file,
                doubt,
                record=where.record,
                field=".".join(str(part) for part in (*shown, "kk")),
                line=lines.line_of((*loc, "kk")) if lines else None,
                hint="write the Kazakh text in Kazakh",
            )
        )
    if missing := item.missing():
        found.append(
            Problem(
                where.file,
                f"no {' and no '.join(missing)} text",
                record=where.record,
                field=".".join(str(part) for part in shown),
                line=lines.line_of(loc) if lines else None,
                hint=f"add {', '.join(missing)} beside kk",
            )
        )
