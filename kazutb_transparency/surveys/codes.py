"""Fixed vocabularies and formats shared by the survey input, output and validation code."""

from __future__ import annotations

import re
from typing import Final, Literal

# Survey, question and block ids: latin lower case, digits and hyphens.
ID_PATTERN: Final = r"^[a-z][a-z0-9-]{0,47}$"
ID_RE: Final = re.compile(ID_PATTERN)

# A wave is named by the month its collection window closed: "2024-06". One format for
# twice-yearly, yearly and after-each-course surveys, and it sorts as text.
WAVE_PATTERN: Final = r"^(19|20)\d\d-(0[1-9]|1[0-2])$"
WAVE_RE: Final = re.compile(WAVE_PATTERN)

# Faculty ids and programme codes: "technology", "6B04105". No spaces, no "@", no "+".
UNIT_CODE_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$"
UNIT_CODE_RE: Final = re.compile(UNIT_CODE_PATTERN)

# Opaque pseudonymous respondent tokens made by the survey system: letters AND digits, so
# that neither a bare number (IIN, phone, student number) nor a word (login, surname) passes.
TOKEN_RE: Final = re.compile(r"^(?=.*[0-9])(?=.*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_-]{3,63}$")

# Respondent category (not published; kept so one export can feed later breakdowns).
LEVELS: Final = (
    "bachelor",
    "master",
    "doctorate",
    "college",
    "graduate",
    "teacher",
    "staff",
    "employer",
    "listener",
)

UnitType = Literal["university", "faculty", "programme"]
UNIT_TYPES: Final[tuple[UnitType, ...]] = ("university", "faculty", "programme")
OVERALL: Final = "overall"
NOT_APPLICABLE: Final = "na"
HARD_TO_SAY: Final = "dk"

MIN_SCALE: Final = 2
MAX_SCALE: Final = 11
DEFAULT_MIN_N: Final = 10
CI_MIN_RESPONDENTS: Final = 30
Z_95: Final = 1.96
LOW_RESPONSE_RATE: Final = (3, 10)  # 30 %, kept as a fraction to compare exactly
FLAG_LOW_RESPONSE: Final = "low-response-rate"

RESPONSE_COLUMNS: Final = (
    "survey",
    "wave",
    "respondent",
    "level",
    "faculty",
    "programme",
    "question",
    "answer",
)
POPULATION_COLUMNS: Final = ("survey", "wave", "faculty", "programme", "invited")
INDICATOR_COLUMNS: Final = (
    "survey",
    "wave",
    "unit_type",
    "unit",
    "block",
    "question",
    "respondents",
    "valid",
    "invited",
    "response_rate",
    "satisfaction",
    "ci_low",
    "ci_high",
    "suppressed",
    "suppression_reason",
    "flags",
)
KEY_COLUMNS: Final = INDICATOR_COLUMNS[:6]
# Figures that are blank on a suppressed row: they are, or reveal, the respondents.
SUPPRESSED_BLANK: Final = (
    "respondents",
    "valid",
    "response_rate",
    "satisfaction",
    "ci_low",
    "ci_high",
    "flags",
)


def positive_points(scale: int) -> int:
    """How many top points of a k-point scale count as positive: ceil(0.4·k), in integers."""
    return (2 * scale + 4) // 5


def is_positive(answer: int, scale: int) -> bool:
    return answer > scale - positive_points(scale)


# What to do about a unit that is not in the academic structure.
FACULTY_HINT: Final = "use a faculty id of disclosures/faculties.yaml"
PROGRAMME_HINT: Final = "use the code of a programme of disclosures/programmes/"
