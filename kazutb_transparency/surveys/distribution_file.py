"""Reading and checking data/surveys/distributions.csv before anything is published from it.

The build trusts nothing in it: a distribution must belong to a published question row of
indicators.csv (never a suppressed one), give every point of the question's scale once, and
hold shares in the step the rounding rule allows for the row's valid answers, adding up to
exactly 1 (see `distribution`). A missing file means no distributions.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from kazutb_transparency.core.datafiles import display_path, read_text
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.surveys.distribution import DISTRIBUTION_COLUMNS, step
from kazutb_transparency.surveys.indicators import IndicatorKey, IndicatorRow
from kazutb_transparency.surveys.models import SurveyQuestions

_SHARE = re.compile(r"^[01]\.[0-9]{3}$")
_POINT = re.compile(r"^[1-9][0-9]?$")

Shares = tuple[int, ...]  # thousandths at points 1..k


def _cell_problem(
    key: IndicatorKey,
    shares: dict[int, int],
    row: IndicatorRow | None,
    questionnaire: dict[str, SurveyQuestions],
    min_n: int,
) -> str | None:
    if row is None:
        return "no question row of indicators.csv has this key"
    if row.suppressed or row.valid is None:
        return "the question row is suppressed: its distribution must not be published"
    entry = questionnaire.get(key[0])
    question = entry.question(key[5]) if entry is not None else None
    if question is None:
        return "unknown question"
    if sorted(shares) != list(range(1, question.scale + 1)):
        return f"every point 1..{question.scale} must be given once"
    size = step(row.valid, min_n)
    if size is None:
        return f"too few valid answers ({row.valid}) for a distribution at min-n {min_n}"
    if any(s % size for s in shares.values()) or sum(shares.values()) != 1000:
        return f"shares must be multiples of {size / 1000:.3f} adding up to 1.000"
    return None


def read_distributions(
    path: Path,
    indicators: list[IndicatorRow],
    questionnaire: dict[str, SurveyQuestions],
    min_n: int,
) -> dict[IndicatorKey, Shares]:
    """Shares by question row, or a DataError listing every problem with its line."""
    if not path.exists():
        return {}
    name = display_path(path)
    text = read_text(path)  # through the input boundary
    expected = ",".join(DISTRIBUTION_COLUMNS)
    reader = csv.reader(io.StringIO(text, newline=""))
    # The columns as written, quoted or not (an office suite may quote every cell).
    if next(reader, None) != list(DISTRIBUTION_COLUMNS):
        hint = f"it must be exactly: {expected}"
        raise DataError([Problem(name, "the header is not the published one", line=1, hint=hint)])
    by_key = {r.key(): r for r in indicators}
    cells: dict[IndicatorKey, dict[int, int]] = {}
    first_line: dict[IndicatorKey, int] = {}
    problems = []
    for cells_of_row in reader:
        line = reader.line_num
        if len(cells_of_row) != len(DISTRIBUTION_COLUMNS):
            problems.append(Problem(name, "wrong number of cells", line=line))
            continue
        *key_cells, point, share = cells_of_row
        key: IndicatorKey = tuple(key_cells)  # type: ignore[assignment]
        if not _POINT.match(point) or not _SHARE.match(share) or share > "1.000":
            problems.append(
                Problem(name, "scale_point must be 1..11 and share 0.000–1.000", line=line)
            )
            continue
        found = cells.setdefault(key, {})
        first_line.setdefault(key, line)
        if int(point) in found:
            problems.append(Problem(name, f"point {point} given twice", line=line))
        found[int(point)] = int(share.replace(".", ""))
    out: dict[IndicatorKey, Shares] = {}
    for key, shares in cells.items():
        message = _cell_problem(key, shares, by_key.get(key), questionnaire, min_n)
        if message:
            problems.append(Problem(name, message, record=" ".join(key), line=first_line[key]))
        else:
            out[key] = tuple(shares[p] for p in sorted(shares))
    if problems:
        raise DataError(problems)
    return out
