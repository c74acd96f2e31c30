"""The aggregation script starts without what it does not need before reading R.csv.

pandas is imported on a thread while Arrow reads the answers (surveys.pipeline), and the
organisation package no longer brings in the audit, provenance and open-data writer with
its units' models; the names it exports still import on first use.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kazutb_transparency.surveys.pipeline import run

from .helpers import group, write_inputs

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_aggregation_script_loads_neither_pandas_nor_the_build():
    probe = (
        "import sys; sys.path.insert(0, 'scripts'); import aggregate_surveys; "
        "print(sorted(m for m in ('pandas', 'kazutb_transparency.core.audit', "
        "'kazutb_transparency.core.provenance', 'kazutb_transparency.organisation.loading') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_reading_the_answers_does_not_import_pandas(tmp_path: Path):
    # pipeline.run imports pandas on a thread beside the reading: a read that imported it
    # (pyarrow's to_numpy does) would wait for that import instead of running beside it.
    r, _, _ = write_inputs(tmp_path, group(0, 12, "F1", "P1") + group(100, 15, "F2", "P3"))
    probe = (
        "import sys\n"
        "from kazutb_transparency.surveys.codes import RESPONSE_COLUMNS\n"
        "from kazutb_transparency.surveys.reading import read_coded\n"
        f"coded = read_coded(__import__('pathlib').Path({str(r)!r}), RESPONSE_COLUMNS)\n"
        "print(len(coded), 'pandas' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == [str(len(r.read_text().splitlines()) - 1), "False"]


def test_the_organisation_package_still_exports_its_names():
    import kazutb_transparency.organisation as organisation
    from kazutb_transparency.organisation import Unit, UnitRef, Units, load_units

    assert callable(load_units)
    assert {Unit.__name__, UnitRef.__name__, Units.__name__} == {"Unit", "UnitRef", "Units"}
    with pytest.raises(AttributeError):
        organisation.nothing_of_the_kind  # noqa: B018


def test_the_detector_loads_only_for_a_value_the_screen_keeps():
    # In a fresh interpreter: other tests may have imported the scanner here.
    probe = (
        "import sys\n"
        "from kazutb_transparency.surveys.personal_data import Occurrence, check_cells, "
        "default_scanner\n"
        "scan = default_scanner()\n"
        "ids = [Occurrence('respondent', f'n{10000001 + i}', i + 2) for i in range(50)]\n"
        "print(len(check_cells('R.csv', ids, scan)), "
        "'kazutb_transparency.privacy.scanner' in sys.modules, 'pymorphy3' in sys.modules)\n"
        "iin = [Occurrence('respondent', 'r870412300129x', 60)]\n"
        "print(len(check_cells('R.csv', iin, scan)), "
        "'kazutb_transparency.privacy.scanner' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.split("\n")[:2] == ["0 False False", "1 True"]


def test_the_script_run_as_a_process_writes_what_the_pipeline_gives(tmp_path: Path):
    # Run as itself: collections off from the start, its objects frozen at the end
    # (core/gc_pause.py); the files and the exit status are those of the pipeline.
    rows = group(0, 12, "F1", "P1") + group(100, 4, "F1", "P2") + group(200, 15, "F2", "P3")
    r, q, p = write_inputs(tmp_path / "in", rows)
    out = tmp_path / "out" / "indicators.csv"
    command = [sys.executable, "scripts/aggregate_surveys.py", "--responses", str(r)]
    command += ["--questionnaire", str(q), "--population", str(p), "--out", str(out)]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    expected = run(r, q, p)
    assert out.read_text(encoding="utf-8") == expected.csv
    shares = out.with_name("distributions.csv").read_text(encoding="utf-8")
    assert shares == expected.distributions
    r.write_text(r.read_text(encoding="utf-8") + "s1,2024-06,t9999x,bachelor\n", "utf-8")
    refused = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert refused.returncode == 1 and "R.csv" in refused.stderr
