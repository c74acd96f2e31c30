"""A step's value kept between builds under its key (core/keptvalue.py), and the survey
indicators kept so (surveys/indicators.kept_indicators): the same rows as a read, read
again when the file, its context or the code changes; a foreign file runs nothing."""

from __future__ import annotations

import pickle
import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from buildtools import RunsCode

from kazutb_transparency.core import keptvalue
from kazutb_transparency.core.keptvalue import keeping, kept, unpickled
from kazutb_transparency.surveys import indicators
from kazutb_transparency.surveys.indicators import kept_indicators, read_indicators

ROOT = Path(__file__).resolve().parents[1]
VALUE = [("a", 1, Decimal("0.457"), None, date(2026, 1, 1), (True, ("x",)))]


class Step:
    def __init__(self, value=VALUE) -> None:
        self.value, self.runs = value, 0

    def __call__(self):
        self.runs += 1
        return self.value


def test_a_value_is_kept_only_in_a_build_that_keeps(tmp_path: Path) -> None:
    step = Step()
    assert kept("x", lambda: pytest.fail("no key asked"), step) == VALUE
    assert kept("x", lambda: "k", step) == VALUE
    assert step.runs == 2
    with keeping(tmp_path):
        assert kept("x", lambda: "k", step) == VALUE
        assert kept("x", lambda: "k", step) == VALUE
        assert step.runs == 3
        assert kept("x", lambda: "other", step) == VALUE
        assert step.runs == 4
        assert kept("y", lambda: "other", step) == VALUE  # another step, another file
        assert step.runs == 5


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not a pickle",
        pickle.dumps(RunsCode()),
        pickle.dumps({"format": keptvalue.FORMAT, "key": "k", "value": RunsCode()}),
        pickle.dumps({"format": keptvalue.FORMAT, "key": "k", "value": Path("x")}),
    ],
)
def test_a_foreign_or_damaged_file_runs_the_step_and_nothing_else(
    body: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kept-x.pickle").write_bytes(body)
    step = Step()
    with keeping(tmp_path):
        assert kept("x", lambda: "k", step) == VALUE
    assert step.runs == 1
    assert not (tmp_path / "ran").exists()
    assert unpickled((tmp_path / "kept-x.pickle").read_bytes())["value"] == VALUE


@pytest.fixture(scope="module")
def survey(tmp_path_factory: pytest.TempPathFactory):
    """The embedded data's indicators file and the context the build reads it with."""
    from kazutb_transparency.buildsteps.site import load_site

    captured = {}
    real = indicators.read_indicators

    def capture(path, ctx):
        captured["path"], captured["ctx"] = path, ctx
        return real(path, ctx)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(indicators, "read_indicators", capture)
        load_site(ROOT / "data", date(2026, 11, 28))
    folder = tmp_path_factory.mktemp("surveys")
    path = folder / "indicators.csv"
    shutil.copyfile(captured["path"], path)
    return path, captured["ctx"]


def test_the_kept_indicators_are_the_rows_read(survey, tmp_path: Path) -> None:
    path, ctx = survey
    rows = read_indicators(path, ctx)
    assert len(rows) > 10
    with keeping(tmp_path):
        first = kept_indicators(path, ctx)
        assert (tmp_path / "kept-survey-indicators.pickle").is_file()
        again = kept_indicators(path, ctx)
    assert first == again == rows
    assert [type(v) for v in indicators.astuple(again[0])] == [
        type(v) for v in indicators.astuple(rows[0])
    ]


def test_the_indicators_are_read_again_when_the_file_or_context_changes(
    survey, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, ctx = survey
    copy = tmp_path / "indicators.csv"
    shutil.copyfile(path, copy)
    reads = []
    real = indicators.read_indicators
    monkeypatch.setattr(indicators, "read_indicators", lambda p, c: reads.append(1) or real(p, c))
    with keeping(tmp_path):
        kept_indicators(copy, ctx)
        kept_indicators(copy, ctx)
        assert len(reads) == 1
        lines = copy.read_text(encoding="utf-8").splitlines(keepends=True)
        copy.write_text("".join(lines[:-1]), encoding="utf-8")  # the last row gone
        assert len(kept_indicators(copy, ctx)) == len(read_indicators(path, ctx)) - 1
        assert len(reads) == 2
        kept_indicators(copy, replace(ctx, faculties=ctx.faculties | {"another-faculty"}))
        assert len(reads) == 3
