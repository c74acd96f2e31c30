"""Who gave valid answers, indexed so that suppression can count the respondents of several
hidden cells of one unit together (they overlap: one person answers many questions).

Held as sorted int arrays (one slice per survey wave and question), not as a Python set per
cell: 4 bytes an answer, and a union is one numpy call over the slices involved.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from kazutb_transparency.surveys.responses import Answers


class Respondents:
    def __init__(self, answers: Answers) -> None:
        valid = answers.value > 0
        slot = answers.wave[valid].astype(np.int64) * len(answers.questions)
        slot += answers.question[valid]
        # A stable sort of small integers is a radix sort in numpy: linear in the answers.
        small = np.uint16 if len(slot) and slot.max() < 1 << 16 else np.int64
        order = np.argsort(slot.astype(small), kind="stable")
        self.respondent = answers.respondent[valid][order]
        self.faculty = answers.faculty[valid][order]
        self.programme = answers.programme[valid][order]
        slot = slot[order]
        starts = np.flatnonzero(np.r_[True, slot[1:] != slot[:-1]]) if len(slot) else slot
        ends = np.r_[starts[1:], len(slot)] if len(slot) else slot
        self.slices = {
            int(s): (int(a), int(b)) for s, a, b in zip(slot[starts], starts, ends, strict=True)
        }
        self.questions = len(answers.questions)
        self._cache: dict[tuple, int] = {}

    def count(self, wave: int, unit: tuple[str, int], questions: Iterable[int]) -> int:
        """Distinct respondents of `unit` (("university", 0), ("faculty", code) or
        ("programme", code)) with a valid answer to any of `questions` in `wave`."""
        key = (wave, unit, frozenset(questions))
        if key not in self._cache:
            parts = []
            for question in key[2]:
                start, end = self.slices.get(wave * self.questions + question, (0, 0))
                who = self.respondent[start:end]
                if unit[0] == "faculty":
                    who = who[self.faculty[start:end] == unit[1]]
                elif unit[0] == "programme":
                    who = who[self.programme[start:end] == unit[1]]
                parts.append(who)
            self._cache[key] = len(np.unique(np.concatenate(parts))) if parts else 0
        return self._cache[key]
