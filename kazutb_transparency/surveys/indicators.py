"""Reading and checking data/surveys/indicators.csv, the published survey figures.

The build trusts nothing in it: the header must be exact, each row must be something the
aggregation could have written, suppressed rows must carry no figures, and no published
total minus its published parts may give away a suppressed group (see disclosure.py).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from kazutb_transparency.core.datafiles import display_path, read_text
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.keptvalue import kept
from kazutb_transparency.core.parsecache import code_digest
from kazutb_transparency.core.textcheck import number_text_problem
from kazutb_transparency.surveys.codes import (
    CI_MIN_RESPONDENTS,
    FACULTY_HINT,
    FLAG_LOW_RESPONSE,
    INDICATOR_COLUMNS,
    KEY_COLUMNS,
    OVERALL,
    PROGRAMME_HINT,
    SUPPRESSED_BLANK,
    UNIT_TYPES,
    WAVE_RE,
    UnitType,
)
from kazutb_transparency.surveys.figures import low_response, share, thousandths, wilson
from kazutb_transparency.surveys.models import SurveyQuestions

_COUNT = re.compile(r"^(0|[1-9][0-9]*)$")
_SHARE = re.compile(r"^[01]\.[0-9]{3}$")
CI_TOLERANCE = Decimal("0.002")  # the interval is recomputed from the rounded share
_CI_TOLERANCE_K = 2  # the same, in thousandths

IndicatorKey = tuple[str, str, str, str, str, str]


@dataclass(slots=True, frozen=True)
class IndicatorRow:
    """One published row; figures are None where the file is blank.

    A slotted dataclass, not a pydantic model: a large university publishes ~10⁵ rows, and
    read_indicators has checked every value before it makes one (nothing is converted here:
    counts are int, proportions Decimal).
    """

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
    faculty_of: dict[str, str]  # programme → faculty, of the academic structure
    min_n: int
    faculties: frozenset[str] = frozenset()  # every faculty id, with programmes or not


class _Lookup:
    """Context turned into sets and maps once per file, not once per row."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.faculties = ctx.faculties | frozenset(ctx.faculty_of.values())
        self.blocks: dict[str, frozenset[str]] = {}
        self.question_block: dict[str, dict[str, str]] = {}
        for survey, entry in ctx.questionnaire.items():
            self.blocks[survey] = frozenset(entry.block_ids())
            found: dict[str, str] = {}
            for question in entry.questions:
                found.setdefault(question.id, question.block)  # the first, as question() does
            self.question_block[survey] = found


class _RowCheck:
    __slots__ = ("cells", "file", "line", "problems")

    def __init__(self, file: str, line: int, cells: dict[str, str]) -> None:
        self.file, self.line, self.cells = file, line, cells
        self.problems: list[Problem] = []

    @property
    def record(self) -> str:
        return " ".join(v for v in (self.cells[c] for c in KEY_COLUMNS) if v)

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
        # Within what a count of people can be (core/textcheck.py): read before int(), so
        # that 5,000 digits are a message, and 10^400 no float overflow in the interval.
        if (beyond := number_text_problem(value, field)) is not None:
            self.fail(field, *beyond)
            return None
        return int(value)

    def proportion(self, field: str) -> str | None:
        """The cell's text if it is a proportion 0.000–1.000 (checked), else None."""
        value = self.cells[field]
        if value == "":
            return None
        if not _SHARE.match(value) or (value[0] == "1" and value != "1.000"):
            self.fail(field, "must be a proportion 0.000–1.000 with three decimals")
            return None
        return value


def _k(value: str | None) -> int | None:
    """A checked proportion's text ("0.457") in thousandths (457)."""
    return None if value is None else int(value[0] + value[2:])


def _check_key(check: _RowCheck, look: _Lookup) -> bool:
    c = check.cells
    ctx = look.ctx
    if c["survey"] not in ctx.surveys or c["survey"] not in ctx.questionnaire:
        check.fail("survey", f"unknown survey '{c['survey']}'", "use an id from catalogue.yaml")
        return False
    if not WAVE_RE.match(c["wave"]):
        check.fail("wave", "wave must be written YYYY-MM", "e.g. 2024-06")
    unit_type = c["unit_type"]
    if unit_type not in UNIT_TYPES:
        check.fail("unit_type", "must be university, faculty or programme")
        return False
    if unit_type == "university" and c["unit"]:
        check.fail("unit", "must be empty on university rows")
    elif unit_type == "faculty" and c["unit"] not in look.faculties:
        check.fail("unit", f"unknown faculty '{c['unit']}'", FACULTY_HINT)
    elif unit_type == "programme" and c["unit"] not in ctx.faculty_of:
        check.fail("unit", f"unknown programme '{c['unit']}'", PROGRAMME_HINT)
    block = c["block"]
    if block == OVERALL:
        if c["question"]:
            check.fail("question", "must be empty on overall rows")
    elif block not in look.blocks[c["survey"]]:
        check.fail("block", f"unknown block '{block}'", "use a block of questionnaire.yaml")
    elif c["question"] and look.question_block[c["survey"]].get(c["question"]) != block:
        check.fail("question", f"'{c['question']}' is not a question of this block")
    return not check.problems


def _check_figures(check: _RowCheck, ctx: Context) -> dict[str, object]:
    """The row's values (counts as int, proportions as checked text, flags as a tuple)."""
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
        invited = values["invited"]
        if isinstance(invited, int) and invited < ctx.min_n:
            # A count of people below the minimum group is never published, whatever
            # produced the file (data/disclosure.yaml); the aggregator leaves it blank.
            values["invited"] = None
        return values
    if c["suppression_reason"]:
        check.fail("suppression_reason", "must be empty on a published row")
    _check_published(check, values, ctx)
    return values


# The figures of a row and whether it is a question's, with what checking them gave: the
# values and the failures (field, message, hint). Many rows have the same figures (a
# large file's 100,000 rows, 16,000 kinds): each kind is checked once.
_Checked = dict[tuple[tuple[str, ...], bool], tuple[dict[str, object], list[tuple]]]
FIGURE_COLUMNS = INDICATOR_COLUMNS[len(KEY_COLUMNS) :]  # all _check_figures reads but question


def _figures(check: _RowCheck, ctx: Context, checked: _Checked) -> dict[str, object]:
    """_check_figures of the row, from `checked` if a row with the same figures was."""
    cells = check.cells
    kind = (tuple(cells[column] for column in FIGURE_COLUMNS), cells["question"] != "")
    known = checked.get(kind)
    if known is None:
        values = _check_figures(check, ctx)
        known = checked[kind] = (values, [(p.field, p.message, p.hint) for p in check.problems])
        return values
    for failure in known[1]:
        check.fail(*failure)
    return known[0]


@lru_cache(maxsize=65536)
def _wilson(positives: int, valid: int, n: int) -> tuple[Decimal, Decimal]:
    return wilson(positives, valid, n)


def _check_published(check: _RowCheck, v: dict[str, object], ctx: Context) -> None:
    """Everything a published row must agree with, compared exactly in integers
    (proportions in thousandths): the share rounding is floor((2000·p + d) / (2·d))."""
    n, valid, invited = v["respondents"], v["valid"], v["invited"]
    sat_text = v["satisfaction"]
    question = bool(check.cells["question"])
    if not question and valid is not None:
        # Published, a block's answers would give a withheld question away by subtraction.
        check.fail("valid", "must be empty on a block or overall row (only questions give it)")
    required = (
        ("respondents", "valid", "satisfaction") if question else ("respondents", "satisfaction")
    )
    if not isinstance(n, int) or not isinstance(sat_text, str) or (question and valid is None):
        for field in required:
            if check.cells[field] == "":
                check.fail(field, "required on a published row")
        return
    sat = int(sat_text[0] + sat_text[2:])
    rate, low, high = _k(v["response_rate"]), _k(v["ci_low"]), _k(v["ci_high"])  # type: ignore[arg-type]
    if n < ctx.min_n:
        check.fail(
            "respondents",
            f"{n} respondents is below the minimum of {ctx.min_n}: the row must be suppressed",
        )
    if question and valid != n:
        check.fail("valid", "a question has exactly one valid answer per respondent")
    if valid and not any(thousandths(p, valid) == sat for p in _near(sat, valid)):
        check.fail("satisfaction", f"{sat_text} cannot be a share of {valid} answers")
    if invited is None:
        if rate is not None:
            check.fail("response_rate", "given without invited")
    else:
        if invited < n:
            check.fail("invited", "fewer invited than respondents")
        elif invited and rate != thousandths(n, invited):
            check.fail("response_rate", f"must be respondents / invited = {share(n, invited)}")
    if n >= CI_MIN_RESPONDENTS:
        if low is None or high is None:
            check.fail("ci_low", f"the interval is required from {CI_MIN_RESPONDENTS} respondents")
        else:
            if valid:
                positives = min(_near(sat, valid), key=lambda p: abs(thousandths(p, valid) - sat))
                expected = _wilson(positives, valid, n)
            else:  # a block: the interval depends on the share and n only; the share is rounded
                expected = _wilson(sat, 1000, n)
            if not (low <= sat <= high) or any(
                abs(a - int(b * 1000)) > _CI_TOLERANCE_K
                for a, b in zip((low, high), expected, strict=True)
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


def _near(sat: int, valid: int) -> list[int]:
    """Counts of positive answers whose share could round to `sat` thousandths."""
    centre = sat * valid // 1000
    return [p for p in range(centre - 1, centre + 2) if 0 <= p <= valid]


def read_indicators(path: Path, ctx: Context) -> list[IndicatorRow]:
    """All rows of indicators.csv, or a DataError listing every problem with its line.

    The file is read as a stream (no dict of cells kept per row), and the rows share their
    repeated strings and Decimal values: ~10⁵ rows then take a few tens of MB, not hundreds.
    """
    name = display_path(path)
    text = read_text(path)  # through the input boundary
    expected = ",".join(INDICATOR_COLUMNS)
    reader = csv.reader(io.StringIO(text, newline=""))
    # The columns as written, quoted or not (an office suite may quote every cell).
    if next(reader, None) != list(INDICATOR_COLUMNS):
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
    look = _Lookup(ctx)
    shapes: list[Problem] = []  # rows with the wrong number of cells: reported alone
    problems: list[Problem] = []
    rows: list[IndicatorRow] = []
    seen: dict[IndicatorKey, int] = {}
    previous: IndicatorKey | None = None
    shared = _Shared()
    checked: _Checked = {}
    width = len(INDICATOR_COLUMNS)
    for cells in reader:
        line = reader.line_num
        if not any(v.strip() for v in cells):
            continue
        if len(cells) != width:
            shapes.append(
                Problem(
                    name,
                    f"expected {width} cells, found {len(cells)}",
                    line=line,
                    hint="check for a missing or extra comma or quote",
                )
            )
            continue
        if shapes:
            continue
        check = _RowCheck(name, line, dict(zip(INDICATOR_COLUMNS, cells, strict=True)))
        if not _check_key(check, look):
            problems.extend(check.problems)
            continue
        values = _figures(check, ctx, checked)
        key: IndicatorKey = tuple(cells[:6])  # type: ignore[assignment]
        if key in seen:
            check.fail("question", f"the same indicator is already on line {seen[key]}")
        elif previous is not None and key < previous:
            check.fail(
                "survey",
                "rows are out of order",
                "keep the order written by scripts/aggregate_surveys.py",
            )
        seen.setdefault(key, line)
        previous = max(previous, key) if previous else key
        problems.extend(check.problems)
        if not check.problems:
            rows.append(_row(key, values, line, shared))
    if shapes:
        raise DataError(shapes)
    if problems:
        raise DataError(problems)
    return rows


def kept_indicators(path: Path, ctx: Context) -> list[IndicatorRow]:
    """read_indicators, its rows kept between builds under the file's bytes, the context
    and the code (core/keptvalue.py): a large file's checks are three CPU seconds."""

    def key() -> str:
        questions = sorted((k, v.model_dump_json()) for k, v in ctx.questionnaire.items())
        context = [sorted(ctx.surveys), ctx.min_n, sorted(ctx.faculties),
                   sorted(ctx.faculty_of.items()), questions]  # fmt: skip
        digest = code_digest("survey indicators/1", str(path.resolve()), os.getcwd(),
                             json.dumps(context), code=(Path(__file__).parent,))  # fmt: skip
        try:
            digest.update(path.read_bytes())
        except OSError:  # read (and reported) by read_indicators
            digest.update(b"\0unreadable")
        return digest.hexdigest()

    def rows() -> list[tuple]:
        return [astuple(row) for row in read_indicators(path, ctx)]

    return [IndicatorRow(*values) for values in kept("survey-indicators", key, rows)]


def astuple(row: IndicatorRow) -> tuple:
    """The row's fields in order, the same objects (dataclasses.astuple copies each)."""
    return tuple(getattr(row, name) for name in _FIELDS)


_FIELDS = [f.name for f in fields(IndicatorRow)]


class _Shared:
    """One object per distinct value: the same unit code, wave, proportion or flags tuple
    appears on thousands of rows."""

    def __init__(self) -> None:
        self.decimals: dict[str, Decimal] = {}
        self.flags: dict[tuple[str, ...], tuple[str, ...]] = {}

    def decimal(self, value: object) -> Decimal | None:
        if value is None:
            return None
        assert isinstance(value, str)
        found = self.decimals.get(value)
        if found is None:
            found = self.decimals[value] = Decimal(value)
        return found


def _row(key: IndicatorKey, v: dict[str, object], line: int, shared: _Shared) -> IndicatorRow:
    """An IndicatorRow from checked values (see _check_figures), sharing equal values."""
    text = sys.intern  # codes, waves, reasons: one object each
    flags = v["flags"]
    assert isinstance(flags, tuple)
    return IndicatorRow(
        survey=text(key[0]),
        wave=text(key[1]),
        unit_type=text(key[2]),  # type: ignore[arg-type]  # checked by _check_key
        unit=text(key[3]),
        block=text(key[4]),
        question=text(key[5]),
        respondents=v["respondents"],  # type: ignore[arg-type]
        valid=v["valid"],  # type: ignore[arg-type]
        invited=v["invited"],  # type: ignore[arg-type]
        response_rate=shared.decimal(v["response_rate"]),
        satisfaction=shared.decimal(v["satisfaction"]),
        ci_low=shared.decimal(v["ci_low"]),
        ci_high=shared.decimal(v["ci_high"]),
        suppressed=v["suppressed"] is True,
        suppression_reason=text(v["suppression_reason"]),  # type: ignore[arg-type]
        flags=shared.flags.setdefault(flags, flags),
        line=line,
    )
