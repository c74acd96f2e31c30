"""The aggregation engine gives, byte for byte, what the original row-by-row engine gave.

The fixtures under fixtures/ were written by that engine (before the pandas rewrite) from
the seeded bulk export below: two surveys, 2- to 11-point scales, reverse-coded items,
units of very different sizes, `na`/`dk`/missing answers and repeated submissions. They
were written again when suppression began to withhold units whole and to answer the attack
(surveys/suppression.py): every row published before and after holds the same figures;
only which rows are withheld changed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
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
        found = {}
        for folder in watched:
            for path in folder.rglob("*") if folder.exists() else ():
                with contextlib.suppress(FileNotFoundError):  # a concurrent build's, removed
                    found[path] = path.stat().st_mtime
        return found

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
    tokens = {line.split(",")[2] for line in r.read_text(encoding="utf-8").splitlines()[1:50]}
    # Other tests build the site into .cache/ at the same time (xdist workers): what changed
    # there is read for the raw values rather than required unchanged, which a concurrent
    # build would break on a busy machine.
    changed = [p for p, mtime in files().items() if before.get(p) != mtime and p.is_file()]
    for written in [*out.iterdir(), *changed]:
        with contextlib.suppress(FileNotFoundError):
            text = written.read_bytes().decode("utf-8", errors="replace")
            assert not any(token in text for token in tokens), written


@pytest.mark.parametrize("kind", ["sha256", "base64url", "ulid"])
def test_same_indicators_on_ids_the_project_did_not_design(bulk_inputs, tmp_path, kind):
    """The fixture's export with every respondent renamed one-to-one into ids of another
    shape (a hashed address, base64url, ULID) gives the same files, checked by the real
    personal-data detector: the ids are keys, never figures."""
    from kazutb_transparency.surveys.bulk import _ids
    from kazutb_transparency.surveys.personal_data import default_scanner

    r, q, p = bulk_inputs
    header, *lines = r.read_text(encoding="utf-8").splitlines()
    rows = [line.split(",") for line in lines]
    tokens = list(dict.fromkeys(row[2] for row in rows))
    renamed = dict(zip(tokens, _ids(kind, np.random.default_rng(11), len(tokens), 0), strict=True))
    assert not set(renamed) & set(renamed.values())
    for row in rows:
        row[2] = renamed[row[2]]
    shaped = tmp_path / "R.csv"
    shaped.write_text("\n".join([header, *(",".join(row) for row in rows)]) + "\n", "utf-8")
    expected = run(r, q, p, 10, scanner=lambda value: [])
    result = run(shaped, q, p, 10, scanner=default_scanner())
    assert result.csv == (FIXTURES / "bulk-indicators-min10.csv").read_text(encoding="utf-8")
    assert result.distributions == expected.distributions
    assert (result.answers, result.duplicates) == (40_066, 188)
