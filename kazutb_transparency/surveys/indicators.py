"""Reading and checking data/surveys/indicators.csv, the published survey figures.

The build trusts nothing in it: the header must be exact, each row must be something the
aggregation could have written, suppressed rows must carry no figures, and no published
total minus its published parts may give away a suppressed group (see disclosure.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from kazutb_transparency.datafiles import CsvRow, display_path, read_csv
from kazutb_transparency.errors import DataError, Problem
from kazutb_transparency.surveys.codes import (
    CI_MIN_RESPONDENTS,
    FLAG_LOW_RESPONSE,
    INDICATOR_COLUMNS,
    KEY_COLUMNS,
    OVERALL,
    SUPPRESSED_BLANK,
    UNIT_TYPES,
    WAVE_RE,
    UnitType,
)
from kazutb_transparency.surveys.figures import low_response, share, wilson
from kazutb_transparency.surveys.models import SurveyQuestions

_COUNT = re.compile(r"^(0|[1-9][0-9]*)$")
_SHARE = re.compile(r"^[01]\.[0-9]{3}$")
CI_TOLERANCE = Decimal("0.002")  # the interval is recomputed from the rounded share

IndicatorKey = tuple[str, str, str, str, str, str]


class IndicatorRow(BaseModel):
    """One published row; figures are None where the file is blank."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    survey: str
    wave: str
    unit_type: UnitType
    unit: str
    block: str
    question: str
    respondents: int | None
    valid: int | None
    invited: int | None
    response_rate: Decimal | None
    satisfaction: Decimal | None
    ci_low: Decimal | None
    ci_high: Decimal | None
    suppressed: bool
    suppression_reason: Literal["", "primary", "secondary"]
    flags: tuple[str, ...]
    line: int = 0

    def key(self) -> IndicatorKey:
        return (self.survey, self.wave, self.unit_type, self.unit, self.block, self.question)


@dataclass(frozen=True)
class Context:
    """What a row may refer to."""

    surveys: set[str]
    questionnaire: dict[str, SurveyQuestions]
    faculty_of: dict[str, str]  # programme → faculty (from meta.yaml)
    min_n: int


class _RowCheck:
    def __init__(self, file: str, row: CsvRow) -> None:
        self.file, self.line, self.cells = file, row.line, row.values
        self.problems: list[Problem] = []
        self.record = " ".join(v for v in (row.values[c] for c in KEY_COLUMNS) if v)

    def fail(self, field: str, message: str, hint: str | None = None) -> None:
        self.problems.append(
            Problem(self.file, message, record=self.record, field=field, line=self.line, hint=hint)
        )

    def count(self, field: str) -> int | None:
        value = self.cells[field]
        if value == "":
            return None
        if not _COUNT.match(value):
            self.fail(field, "must be a whole number")
            return None
        return int(value)

    def proportion(self, field: str) -> Decimal | None:
        value = self.cells[field]
        if value == "":
            return None
        if not _SHARE.match(value) or Decimal(value) > 1:
            self.fail(field, "must be a proportion 0.000–1.000 with three decimals")
            return None
        return Decimal(value)


def _check_key(check: _RowCheck, ctx: Context) -> bool:
    c = check.cells
    if c["survey"] not in ctx.surveys or c["survey"] not in ctx.questionnaire:
        check.fail("survey", f"unknown survey '{c['survey']}'", "use an id from catalogue.yaml")
        return False
    if not WAVE_RE.match(c["wave"]):
        check.fail("wave", "wave must be written YYYY-MM", "e.g. 2024-06")
    if c["unit_type"] not in UNIT_TYPES:
        check.fail("unit_type", "must be university, faculty or programme")
        return False
    faculties = set(ctx.faculty_of.values())
    if c["unit_type"] == "university" and c["unit"]:
        check.fail("unit", "must be empty on university rows")
    elif c["unit_type"] == "faculty" and c["unit"] not in faculties:
        check.fail("unit", f"unknown faculty '{c['unit']}'", "list it in meta.yaml")
    elif c["unit_type"] == "programme" and c["unit"] not in ctx.faculty_of:
        check.fail("unit", f"unknown programme '{c['unit']}'", "list it in meta.yaml")
    entry = ctx.questionnaire[c["survey"]]
    if c["block"] == OVERALL:
        if c["question"]:
            check.fail("question", "must be empty on overall rows")
    elif c["block"] not in entry.block_ids():
        check.fail("block", f"unknown block '{c['block']}'", "use a block of questionnaire.yaml")
    elif c["question"]:
        question = entry.question(c["question"])
        if question is None or question.block != c["block"]:
            check.fail("question", f"'{c['question']}' is not a question of this block")
    return not check.problems


def _check_figures(check: _RowCheck, ctx: Context) -> dict[str, object]:
    c = check.cells
    values: dict[str, object] = {
        "respondents": check.count("respondents"),
        "valid": check.count("valid"),
        "invited": check.count("invited"),
        "response_rate": check.proportion("response_rate"),
        "satisfaction": check.proportion("satisfaction"),
        "ci_low": check.proportion("ci_low"),
        "ci_high": check.proportion("ci_high"),
        "flags": tuple(f for f in c["flags"].split(";") if f),
    }
    if c["suppressed"] not in ("true", "false"):
        check.fail("suppressed", "must be true or false")
        return values
    suppressed = c["suppressed"] == "true"
    values["suppressed"] = suppressed
    values["suppression_reason"] = c["suppression_reason"]
    if suppressed:
        shown = [field for field in SUPPRESSED_BLANK if c[field]]
        if shown:
            check.fail(
                ", ".join(shown),
                "a suppressed row must not show figures",
                "leave respondents, valid, response_rate, satisfaction, ci_low, ci_high and "
                "flags empty; regenerate with scripts/aggregate_surveys.py",
            )
        if c["suppression_reason"] not in ("primary", "secondary"):
            check.fail("suppression_reason", "must be primary or secondary on a suppressed row")
        return values
    if c["suppression_reason"]:
        check.fail("suppression_reason", "must be empty on a published row")
    _check_published(check, values, ctx)
    return values


def _check_published(check: _RowCheck, v: dict[str, object], ctx: Context) -> None:
    n, valid, invited = v["respondents"], v["valid"], v["invited"]
    rate, sat, low, high = v["response_rate"], v["satisfaction"], v["ci_low"], v["ci_high"]
    if not isinstance(n, int) or not isinstance(valid, int) or not isinstance(sat, Decimal):
        for field in ("respondents", "valid", "satisfaction"):
            if check.cells[field] == "":
                check.fail(field, "required on a published row")
        return
    if n < ctx.min_n:
        check.fail(
            "respondents",
            f"{n} respondents is below the minimum of {ctx.min_n}: the row must be suppressed",
        )
    if valid < n:
        check.fail("valid", "fewer valid answers than respondents")
    if check.cells["question"] and valid != n:
        check.fail("valid", "a question has exactly one valid answer per respondent")
    if valid and not any(share(p, valid) == sat for p in _near(sat, valid)):
        check.fail("satisfaction", f"{sat} cannot be a share of {valid} answers")
    if invited is None:
        if rate is not None:
            check.fail("response_rate", "given without invited")
    else:
        if invited < n:
            check.fail("invited", "fewer invited than respondents")
        elif invited and rate != share(n, invited):
            check.fail("response_rate", f"must be respondents / invited = {share(n, invited)}")
    if n >= CI_MIN_RESPONDENTS and valid:
        if low is None or high is None:
            check.fail("ci_low", f"the interval is required from {CI_MIN_RESPONDENTS} respondents")
        else:
            positives = min(_near(sat, valid), key=lambda p: abs(share(p, valid) - sat))
            expected = wilson(positives, valid, n)
            if not (low <= sat <= high) or any(
                abs(a - b) > CI_TOLERANCE for a, b in zip((low, high), expected, strict=True)
            ):
                check.fail("ci_low", f"not the Wilson 95 % interval ({expected[0]}–{expected[1]})")
    elif low is not None or high is not None:
        check.fail("ci_low", f"no interval below {CI_MIN_RESPONDENTS} respondents")
    flags = v["flags"]
    assert isinstance(flags, tuple)
    unknown = [f for f in flags if f != FLAG_LOW_RESPONSE]
    if unknown:
        check.fail("flags", f"unknown flag(s): {', '.join(unknown)}", f"only {FLAG_LOW_RESPONSE}")
    expected_flag = invited is not None and invited > 0 and low_response(n, invited)
    if expected_flag != (FLAG_LOW_RESPONSE in flags):
        check.fail("flags", f"{FLAG_LOW_RESPONSE} must be set exactly when the rate is below 30 %")


def _near(sat: Decimal, valid: int) -> list[int]:
    centre = int(sat * valid)
    return [p for p in range(centre - 1, centre + 2) if 0 <= p <= valid]


def read_indicators(path: Path, ctx: Context) -> list[IndicatorRow]:
    """All rows of indicators.csv, or a DataError listing every problem with its line."""
    name = display_path(path)
    try:
        first = path.read_text(encoding="utf-8-sig").split("\n", 1)[0].strip("\r")
    except FileNotFoundError as exc:
        raise DataError([Problem(name, "file not found")]) from exc
    expected = ",".join(INDICATOR_COLUMNS)
    if first != expected:
        raise DataError(
            [
                Problem(
                    name,
                    "the header is not the published one",
                    line=1,
                    hint=f"it must be exactly: {expected}",
                )
            ]
        )
    problems: list[Problem] = []
    rows: list[IndicatorRow] = []
    seen: dict[IndicatorKey, int] = {}
    previous: IndicatorKey | None = None
    for raw in read_csv(path, INDICATOR_COLUMNS):
        check = _RowCheck(name, raw)
        if not _check_key(check, ctx):
            problems.extend(check.problems)
            continue
        values = _check_figures(check, ctx)
        key: IndicatorKey = tuple(raw.values[c] for c in KEY_COLUMNS)  # type: ignore[assignment]
        if key in seen:
            check.fail("question", f"the same indicator is already on line {seen[key]}")
        elif previous is not None and key < previous:
            check.fail(
                "survey",
                "rows are out of order",
                "keep the order written by scripts/aggregate_surveys.py",
            )
        seen.setdefault(key, raw.line)
        previous = max(previous, key) if previous else key
        problems.extend(check.problems)
        if not check.problems:
            fields = dict(zip(KEY_COLUMNS, key, strict=True)) | values
            rows.append(IndicatorRow.model_validate(fields | {"line": raw.line}))
    if problems:
        raise DataError(problems)
    return rows
