"""The aggregation engine gives, byte for byte, what the original row-by-row engine gave.

The fixtures under fixtures/ were written by that engine (before the pandas rewrite) from
the seeded bulk export below: two surveys, 2- to 11-point scales, reverse-coded items,
units of very different sizes, `na`/`dk`/missing answers and repeated submissions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.surveys.bulk import Shape, generate
from kazutb_transparency.surveys.pipeline import run

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
BULK = Shape(answers=40_000, surveys=2, waves=4, programmes=12, seed=3)


@pytest.fixture(scope="module")
def bulk_inputs(tmp_path_factory) -> tuple[Path, Path, Path]:
    return generate(BULK, tmp_path_factory.mktemp("bulk"))


@pytest.mark.parametrize("min_n", [10, 5])
def test_same_indicators_as_the_original_engine(bulk_inputs, min_n):
    result = run(*bulk_inputs, min_n, scanner=lambda value: [])
    expected = (FIXTURES / f"bulk-indicators-min{min_n}.csv").read_text(encoding="utf-8")
    assert result.csv == expected
    assert (result.answers, result.duplicates) == (40_066, 188)


def test_raw_answers_are_read_and_dropped(bulk_inputs, tmp_path: Path, monkeypatch):
    """The script writes its two published files and nothing else: no raw value anywhere,
    in the output folder, site/ or .cache/."""
    monkeypatch.syspath_prepend(str(REPO / "scripts"))
    import aggregate_surveys

    watched = [REPO / "site", REPO / ".cache"]

    def files() -> dict[Path, float]:
        return {p: p.stat().st_mtime for d in watched if d.exists() for p in d.rglob("*")}

    before = files()
    monkeypatch.setattr(
        aggregate_surveys, "run", lambda *a, **k: run(*a, **{**k, "scanner": lambda value: []})
    )
    r, q, p = bulk_inputs
    out = tmp_path / "out"
    arguments = {"--responses": r, "--questionnaire": q, "--population": p}
    arguments["--out"] = out / "indicators.csv"
    assert aggregate_surveys.main([str(x) for pair in arguments.items() for x in pair]) == 0
    assert sorted(f.name for f in out.iterdir()) == ["distributions.csv", "indicators.csv"]
    assert files() == before
    tokens = {line.split(",")[2] for line in r.read_text(encoding="utf-8").splitlines()[1:50]}
    for written in out.iterdir():
        text = written.read_text(encoding="utf-8")
        assert not any(token in text for token in tokens)
