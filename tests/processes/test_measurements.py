"""Measurements of the key indicators (issue 32): checked rows, status, trend, pages, data."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.processes.measurements import (
    COLUMNS,
    load_measurements,
    status,
    trend,
)

HEADER = ",".join(COLUMNS)
INDICATORS = {1: 3, 2: 2}
UNITS = frozenset({"strategic-development"})


def load(tmp_path: Path, *rows: str) -> tuple:
    (tmp_path / "measurements.csv").write_text("\n".join([HEADER, *rows]) + "\n")
    audit = Audit()
    return load_measurements(tmp_path, INDICATORS, UNITS, audit), audit


def problems(tmp_path: Path, *rows: str) -> list:
    with pytest.raises(DataError) as caught:
        load(tmp_path, *rows)
    return caught.value.problems


def test_no_file_means_nothing_measured(tmp_path: Path) -> None:
    measurements = load_measurements(tmp_path, INDICATORS, UNITS, Audit())
    assert measurements.rows == ()
    assert status(measurements.of(1, 1)) == "not-measured"


def test_rows_are_read_in_period_order(tmp_path: Path) -> None:
    found, audit = load(
        tmp_path,
        "1,1,2025,80,percent,75,higher,unit:strategic-development,confirmed",
        "1,1,2024,70,percent,75,higher,unit:strategic-development,confirmed",
    )
    rows = found.of(1, 1)
    assert [m.period for m in rows] == ["2024", "2025"]
    assert status(rows) == "met"
    assert trend(rows) == "better"
    assert audit.of(Concern.PLACEHOLDER) == []


def test_lower_is_better(tmp_path: Path) -> None:
    found, _ = load(
        tmp_path,
        "2,1,2024,3,days,2,lower,document:X-1,confirmed",
        "2,1,2025,4,days,2,lower,document:X-1,confirmed",
    )
    assert status(found.of(2, 1)) == "not-met"
    assert trend(found.of(2, 1)) == "worse"


def test_an_indicator_that_does_not_exist(tmp_path: Path) -> None:
    (problem,) = problems(
        tmp_path, "2,3,2025,50,percent,60,higher,unit:strategic-development,confirmed"
    )
    assert problem.file.endswith("measurements.csv")
    assert problem.line == 2
    assert problem.field == "indicator"
    assert "process 2 has no key indicator '3'" in problem.message
    assert "1–2" in (problem.hint or "")


def test_a_process_that_does_not_exist(tmp_path: Path) -> None:
    (problem,) = problems(tmp_path, "23,1,2025,50,percent,,higher,document:X,confirmed")
    assert (problem.field, problem.line) == ("process", 2)


@pytest.mark.parametrize(
    ("row", "field", "said"),
    [
        ("1,1,2025,120,percent,90,higher,document:X,confirmed", "value", "outside the range"),
        ("1,1,2025,90,percent,101,higher,document:X,confirmed", "target", "unit 'percent'"),
        ("1,2,2025,2.5,count,3,higher,document:X,confirmed", "value", "unit 'count'"),
        ("1,3,2025,6,score-5,4,higher,document:X,confirmed", "value", "outside the range"),
    ],
)
def test_a_value_outside_its_units_range(tmp_path: Path, row: str, field: str, said: str) -> None:
    (problem,) = problems(tmp_path, row)
    assert (problem.field, problem.line) == (field, 2)
    assert said in problem.message
    assert problem.hint


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("1,1,2025,x,percent,90,higher,document:X,confirmed", "value"),
        ("1,1,25,50,percent,90,higher,document:X,confirmed", "period"),
        ("1,1,2025,50,litres,90,higher,document:X,confirmed", "unit"),
        ("1,1,2025,50,percent,90,up,document:X,confirmed", "better"),
        ("1,1,2025,50,percent,90,higher,somewhere,confirmed", "source"),
        ("1,1,2025,50,percent,90,higher,unit:nobody,confirmed", "source"),
        ("1,1,2025,50,percent,90,higher,document:X,verified", "provenance"),
    ],
)
def test_each_bad_cell_names_its_field(tmp_path: Path, row: str, field: str) -> None:
    (problem,) = problems(tmp_path, row)
    assert (problem.field, problem.line) == (field, 2)


def test_one_value_per_period_and_one_unit_per_indicator(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        "1,1,2024,50,percent,90,higher,document:X,confirmed",
        "1,1,2024,55,percent,90,higher,document:X,confirmed",
        "1,1,2025,5,count,9,higher,document:X,confirmed",
    )
    assert [(p.field, p.line) for p in found] == [("period", 3), ("unit", 4)]
    assert "line 2" in found[0].message


def test_a_placeholder_is_a_concern_and_never_a_measurement(tmp_path: Path) -> None:
    found, audit = load(
        tmp_path,
        "1,1,2024,95,percent,90,higher,document:X,placeholder",
        "1,1,2025,96,percent,90,higher,document:X,placeholder",
    )
    (concern,) = audit.of(Concern.PLACEHOLDER)[:1]
    assert (concern.field, concern.line) == ("provenance", 2)
    assert len(audit.of(Concern.PLACEHOLDER)) == 2
    assert len(audit.strict_problems()) == 2  # the strict build refuses them
    # Not counted as met, no trend drawn from them.
    assert status(found.of(1, 1)) == "not-measured"
    assert trend(found.of(1, 1)) is None


def _site_with(tmp_path: Path, *rows: str):
    from dataclasses import replace

    from kazutb_transparency.organisation import load_units
    from kazutb_transparency.processes import load_registry

    data = Path(__file__).resolve().parents[2] / "data"
    audit = Audit()
    units = load_units(data, audit)
    registry = load_registry(data, units, audit)
    (tmp_path / "measurements.csv").write_text("\n".join([HEADER, *rows]) + "\n")
    indicators = {p.number: len(p.key_indicators) for p in registry.processes}
    found = load_measurements(tmp_path, indicators, frozenset(units.by_id), audit)
    return replace(registry, measurements=found), units


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_process_page_plots_measurements_and_never_a_placeholder(tmp_path: Path, lang: str) -> None:
    from kazutb_transparency.processes.pages import render_process_pages

    registry, units = _site_with(
        tmp_path,
        "2,1,2024,70,percent,80,higher,unit:strategic-development,confirmed",
        "2,1,2025,85,percent,80,higher,unit:strategic-development,confirmed",
        "2,2,2025,99,percent,80,higher,unit:strategic-development,placeholder",
    )
    pages = render_process_pages(registry, units, lang)
    page = pages["processes/p02.md"]
    # One chart: indicator 1's; indicator 2 has a placeholder only.
    assert page.count("<svg") == 1
    assert 'id="p02-i1-title"' in page and "p02-i2" not in page
    assert page.count("<circle") == 2
    svg = page[page.index("<svg") : page.index("</svg>")]
    assert "99" not in svg
    index = pages["processes/index.md"]
    # 82 indicators in all: one met, none not met, the rest not measured yet.
    assert "82" in index and "81" in index
    assert 'class="indicator-met"' in page


def test_values_dataset_has_every_measurement(tmp_path: Path) -> None:
    from kazutb_transparency.processes.value_dataset import indicator_values_dataset

    registry, _ = _site_with(
        tmp_path,
        "2,1,2025,85,percent,80,higher,unit:strategic-development,confirmed",
        "2,2,2025,99,percent,,higher,unit:strategic-development,placeholder",
    )
    dataset = indicator_values_dataset(registry)
    assert dataset.name == "process-indicator-values"
    assert [
        (r["process"], r["indicator"], r["target_met"], r["provenance"]) for r in dataset.rows
    ] == [
        (2, 1, True, "confirmed"),
        (2, 2, None, "placeholder"),
    ]


def test_a_survey_figure_comes_from_the_survey_engine(data_copy: Path, today) -> None:
    from kazutb_transparency.buildsteps.site import load_site

    (data_copy / "processes" / "measurements.csv").write_text(
        "\n".join(
            [
                HEADER,
                "11,7,2025,,percent,80,higher,survey:student-satisfaction,confirmed",
                "11,7,2024,55,percent,80,higher,survey:student-satisfaction,confirmed",
            ]
        )
        + "\n"
    )
    site = load_site(data_copy, today)
    by_period = {m.period: m for m in site.registry.measurements.of(11, 7)}
    # The latest published wave of 2025 (2025-12) at university level, overall, in percent.
    row = site.surveys.row("student-satisfaction", "2025-12")
    assert by_period["2025"].value == round(float(row.satisfaction) * 100, 1)
    # The survey data are demonstration data: so is the value taken from them.
    assert by_period["2025"].provenance == "placeholder"
    assert any(p.line == 2 and p.field == "value" for p in site.audit.of(Concern.PLACEHOLDER))
    assert by_period["2024"].value == 55  # a value written in the file is kept


def test_a_survey_figure_for_a_period_without_a_wave(data_copy: Path, today) -> None:
    from kazutb_transparency.buildsteps.site import load_site

    (data_copy / "processes" / "measurements.csv").write_text(
        "\n".join([HEADER, "11,7,2019,,percent,80,higher,survey:student-satisfaction,confirmed"])
        + "\n"
    )
    with pytest.raises(DataError) as caught:
        load_site(data_copy, today)
    (problem,) = [p for p in caught.value.problems if p.file.endswith("measurements.csv")]
    assert (problem.field, problem.line) == ("value", 2)


def test_the_benchmark_measures_every_indicator_over_five_periods(tmp_path: Path) -> None:
    import shutil

    from kazutb_transparency.bench.dataset import BENCH_PERIODS, write_measurements
    from kazutb_transparency.organisation import load_units
    from kazutb_transparency.processes import load_registry

    data = Path(__file__).resolve().parents[2] / "data"
    target = tmp_path / "data"
    shutil.copytree(data, target)
    assert write_measurements(target / "processes") == 82 * 5
    audit = Audit()
    registry = load_registry(target, load_units(target, audit), audit)
    grouped = registry.measurements.by_indicator()
    assert len(grouped) == 82
    assert all([m.period for m in rows] == list(BENCH_PERIODS) for rows in grouped.values())
