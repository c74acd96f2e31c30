"""Byte-identical output, and the committed demonstration indicators and distributions
reproduced exactly."""

from __future__ import annotations

import random
from pathlib import Path

from kazutb_transparency.surveys.demo import build_demonstration
from kazutb_transparency.surveys.pipeline import run

from .helpers import REPO, group, write_inputs


def test_same_input_gives_byte_identical_output(tmp_path: Path):
    rows = group(0, 15, "F1", "P1") + group(100, 4, "F1", "P2") + group(200, 31, "F2", "P3")
    population = [["s1", "2024-06", "", "", "90"], ["s1", "2024-06", "F2", "P3", "40"]]
    r, q, p = write_inputs(tmp_path / "a", rows, population)
    first = run(r, q, p, scanner=lambda v: []).csv
    second = run(r, q, p, scanner=lambda v: []).csv
    assert first == second
    # Without repeated answers the order of the rows in R.csv does not matter either.
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    r2, q2, p2 = write_inputs(tmp_path / "b", shuffled, population)
    assert run(r2, q2, p2, scanner=lambda v: []).csv == first
    assert first.endswith("\n") and "\r" not in first
    assert first.splitlines()[0] == (
        "survey,wave,unit_type,unit,block,question,respondents,valid,invited,response_rate,"
        "satisfaction,ci_low,ci_high,suppressed,suppression_reason,flags"
    )
    keys = [line.split(",")[:6] for line in first.splitlines()[1:]]
    assert keys == sorted(keys)


def test_generator_reproduces_the_committed_indicators(tmp_path: Path):
    """The committed data/surveys/indicators.csv is exactly what the seeded generator and the
    real aggregation (with the real personal-data check) make: it cannot drift."""
    result = build_demonstration(REPO / "data" / "surveys", tmp_path / "raw")
    committed = (REPO / "data" / "surveys" / "indicators.csv").read_text(encoding="utf-8")
    assert result.csv == committed
    shares = (REPO / "data" / "surveys" / "distributions.csv").read_text(encoding="utf-8")
    assert result.distributions == shares
    # The sample exercises what the rules are about.
    assert result.duplicates > 0
    raw = (tmp_path / "raw" / "R.csv").read_text(encoding="utf-8")
    assert ",na\n" in raw and ",dk\n" in raw and ",\n" in raw
    reasons = {r["suppression_reason"] for r in result.rows}
    assert reasons == {"", "primary", "secondary"}
    assert any(r["flags"] == "low-response-rate" for r in result.rows)
    waves = {(r["survey"], r["wave"]) for r in result.rows}
    assert len({s for s, _ in waves}) == 9 and len(waves) == 45
