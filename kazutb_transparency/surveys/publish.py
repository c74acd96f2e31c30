"""Turning suppressed cells into the rows of indicators.csv: published values only, sorted,
byte-identical for the same input."""

from __future__ import annotations

import csv
import io
from operator import itemgetter

from kazutb_transparency.surveys.aggregate import Aggregate, Cell
from kazutb_transparency.surveys.codes import (
    CI_MIN_RESPONDENTS,
    FLAG_LOW_RESPONSE,
    INDICATOR_COLUMNS,
    SUPPRESSED_BLANK,
)
from kazutb_transparency.surveys.figures import low_response, share, text, wilson


def _figures(cell: Cell, question: str) -> dict[str, str]:
    n = cell.n
    row = {
        "respondents": str(n),
        # A block's (or the overall row's) valid answers are the sum of its questions': with
        # them, a withheld question would be a subtraction away (surveys/attack.py). A
        # question's are its respondents.
        "valid": str(cell.valid) if question else "",
        "invited": "" if cell.invited is None else str(cell.invited),
        "response_rate": "",
        "satisfaction": text(share(cell.positives, cell.valid)),
        "ci_low": "",
        "ci_high": "",
        "suppressed": "false",
        "suppression_reason": "",
        "flags": "",
    }
    if cell.invited is not None:
        row["response_rate"] = text(share(n, cell.invited))
        if low_response(n, cell.invited):
            row["flags"] = FLAG_LOW_RESPONSE
    if n >= CI_MIN_RESPONDENTS:
        low, high = wilson(cell.positives, cell.valid, n)
        row["ci_low"], row["ci_high"] = text(low), text(high)
    return row


def _suppressed(cell: Cell, min_n: int) -> dict[str, str]:
    # `invited` stays while it is a group of at least min_n people: it counts people asked,
    # not people who answered. Everything that is, or could be turned back into, the
    # respondents (response rate × invited; the low-response flag bounds it) is blank.
    row = dict.fromkeys(SUPPRESSED_BLANK, "")
    shown = cell.invited is not None and cell.invited >= min_n
    row["invited"] = str(cell.invited) if shown else ""
    row["suppressed"] = "true"
    row["suppression_reason"] = cell.suppression
    return row


def published_rows(aggregate: Aggregate, min_n: int) -> list[dict[str, str]]:
    rows = []
    for key, cell in aggregate.cells.items():
        figures = _suppressed(cell, min_n) if cell.suppressed else _figures(cell, key[5])
        rows.append(dict(zip(INDICATOR_COLUMNS[:6], key, strict=True)) | figures)
    rows.sort(key=lambda r: tuple(r[c] for c in INDICATOR_COLUMNS[:6]))
    return rows


def to_csv(rows: list[dict[str, str]], columns: tuple[str, ...] = INDICATOR_COLUMNS) -> str:
    # csv.writer with the columns picked by itemgetter, not DictWriter, which checks every
    # row's keys (half the writing time); the rows are all made alike, so the first shows it.
    if rows and (extra := rows[0].keys() - set(columns)):
        raise ValueError(f"columns not in the file: {', '.join(sorted(extra))}")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(map(itemgetter(*columns), rows))
    return buffer.getvalue()
