"""Values a form or an instruction shows as a sample, which belong to no one.

A blank form's sample phone (+7 (700) 000-00-00, the input mask +7 (999) 999-99-99), ID
card (000000000, N00000000) or student number (00B000000) is zeros or nines where a
person's number has digits of its own; a sample e-mail is named example
(example@domain.kz); a sample date is marked as one («01.01.2000 (үлгі)», "(пример)",
"(example)"). Measured on a corpus of blank forms and instructions written by an author
who had not seen the gate (tests/privacy/blind/forms): each of these was refused before.
"""

from __future__ import annotations

import re

from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.projection import Projection

_REPEATED = frozenset({"phone", "id-document", "student-id"})
_SAMPLE_MARK = re.compile(
    r"[ \u00a0]*[(—–-]?[ \u00a0]*(?:үлгі|мысалы|мысал|пример|образец|example|sample|e\.g\.)",
    re.IGNORECASE,
)
# The sample's own name: example@domain.kz, example@mail.kz. An address at a reserved
# domain (office@example.org) stays an e-mail: the allowlist says whose placeholder it is
# and that it is to be replaced.
_EMAIL_PLACEHOLDER = re.compile(r"^example@", re.IGNORECASE)


def _zeros_or_nines(value: str) -> bool:
    """All zeros, or all nines (an input mask's digit), after a phone's country and
    operator code. Not another digit repeated: 8 701 777 77 77 is someone's number."""
    digits = re.sub(r"[^0-9]", "", value)
    tail = digits[-7:] if len(digits) >= 10 else digits  # a phone: its last seven digits
    return len(tail) >= 5 and set(tail) in ({"0"}, {"9"})


def is_placeholder(proj: Projection, hit: Hit) -> bool:
    """Whether a hit is a sample value a form shows, not anyone's."""
    if hit.category in _REPEATED:
        return _zeros_or_nines(hit.normalized or hit.value)
    if hit.category == "email":
        return _EMAIL_PLACEHOLDER.search(hit.normalized or hit.value) is not None
    if hit.category == "birth-date":
        return _SAMPLE_MARK.match(proj.text, hit.end) is not None
    return False
