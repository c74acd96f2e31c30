"""The benchmark harness: its synthetic data are valid, and its summary has the agreed keys.

Nothing here checks a timing: the machine is shared and timings are noisy.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kazutb_transparency.bench.dataset import disciplines_csv, make_dataset, programme_codes

ROOT = Path(__file__).resolve().parents[1]
BUILD_KEYS = {"build_s", "peak_rss_mb", "pages", "max_page_kb", "median_page_kb", "site_mb"}


def test_programme_codes_are_distinct_bachelor_codes() -> None:
    codes = programme_codes(800)
    assert len(set(codes)) == 800
    assert all(len(c) == 7 and c.startswith("6B") and c[2:].isdigit() for c in codes)


def test_discipline_names_are_neutral_and_trilingual() -> None:
    lines = disciplines_csv("6B04301", 3).splitlines()
    assert lines[0] == "programme,code,name_kk,name_ru,name_en,credits,semester,cycle,component"
    assert "Discipline 3 of 6B04301" in lines[3]
    assert "Дисциплина 3 программы 6B04301" in lines[3]


def test_generated_data_pass_validate_data(tmp_path: Path) -> None:
    info = make_dataset(tmp_path / "data", programmes=5, disciplines=3, surveys=False)
    programmes = info.data_dir / "disclosures" / "programmes"
    assert len(list(programmes.glob("6B??3*.yaml"))) == 5
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "validate_data.py"), str(info.data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "KAZUTB_TODAY": "2026-11-21"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "valid" in result.stdout
    # The personal-data gate ran on the generated files and found nothing.
    assert "personal data" not in result.stderr


@pytest.mark.build
def test_quick_benchmark_prints_summary_with_required_keys(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "benchmark.py"),
            "--quick",
            "--skip-peers",
            # Two builds only (default and N): keeps the test under a minute on a shared
            # 2-core machine. The plain and 2N builds add keys whose value is then null.
            "--skip-plain",
            "--skip-doubling",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert {
        "default",
        "large",
        "plain_mkdocs_ratio",
        "doubling_ratio",
        "scan_mb_s",
        "scan_peers",
    } <= summary.keys()
    for build in ("default", "large"):
        assert summary[build].keys() >= BUILD_KEYS, build
        assert summary[build]["pages"] > 0
    assert summary["large"]["pages"] > summary["default"]["pages"]
    assert summary["plain_mkdocs_ratio"] is None  # skipped, but the key is there
    assert summary["doubling_ratio"] is None
    for peer in ("presidio", "airlock_pii", "ours"):
        assert {"mb_s", "recall"} <= summary["scan_peers"][peer].keys(), peer
    assert "Targets:" in result.stdout
    assert json.loads(out.read_text(encoding="utf-8"))["summary"] == summary


def test_pairs_alternate_which_build_runs_first_and_the_ratio_is_their_median(
    tmp_path: Path, monkeypatch
) -> None:
    from kazutb_transparency.bench import cli
    from kazutb_transparency.bench.run import BuildResult

    order: list[str] = []
    # In the order the builds run: plain #1, plain #2, ours #2, ours #3, plain #3, ...
    times = iter([50.0, 58.0, 40.0, 61.0, 49.0, 52.0, 62.4])

    def ours(label, *args, **kwargs):
        order.append("ours")
        return BuildResult(label, ok=True, build_s=next(times))

    def plain(config, today, work, label="plain"):
        order.append("plain")
        return BuildResult(label, ok=True, build_s=next(times))

    monkeypatch.setattr(cli, "build", ours)
    monkeypatch.setattr(cli, "plain_build", plain)
    first = BuildResult("large", ok=True, build_s=65.0)  # pair 1's build of ours, made before
    pairs = cli.alternate(first, tmp_path / "plain.yml", tmp_path, tmp_path, 4)
    # O P, P O, O P, P O: a machine that speeds up or slows down favours neither.
    assert order == ["plain", "plain", "ours", "ours", "plain", "plain", "ours"]
    assert [(o.build_s, p.build_s) for o, p in pairs] == [
        (65.0, 50.0),
        (40.0, 58.0),
        (61.0, 49.0),
        (62.4, 52.0),
    ]
    ratios = cli.pair_ratios(pairs)
    assert ratios == [1.3, 0.69, 1.24, 1.2]
    pairs[1] = (BuildResult("large #2", ok=False), pairs[1][1])  # a failed build: no ratio
    assert cli.pair_ratios(pairs) == [1.3, 1.24, 1.2]


_FORKS_AND_HOLDS = """
import os, sys, time
ballast = bytearray(64 * 1024 * 1024)
for i in range(0, len(ballast), 4096):
    ballast[i] = 1  # touched: resident in the parent, shared with the child until written
if os.fork() == 0:
    own = bytearray(64 * 1024 * 1024)
    for i in range(0, len(own), 4096):
        own[i] = 1
    time.sleep(1.5)
    os._exit(0)
time.sleep(0.3)
print(os.getpid(), flush=True)
os.wait()
"""


def test_the_memory_of_a_build_counts_its_forked_children_once_each() -> None:
    from kazutb_transparency.bench.run import TreeMemory, process_tree

    proc = subprocess.Popen(
        [sys.executable, "-c", _FORKS_AND_HOLDS], stdout=subprocess.PIPE, text=True
    )
    memory = TreeMemory(proc.pid, every=0.05)
    assert proc.stdout is not None
    proc.stdout.readline()  # the child is running by now
    assert len(process_tree(proc.pid)) == 2
    proc.wait()
    largest, together = memory.stop()
    # 64 MB shared after the fork (counted once) and 64 MB of the child's own.
    assert 120 < together < 190, together
    assert 64 < largest < together, largest
    assert process_tree(proc.pid) == [proc.pid]  # ended: nothing below it


def test_a_build_is_not_charged_with_the_memory_of_the_process_that_started_it() -> None:
    from kazutb_transparency.bench.run import run_measured

    ballast = bytearray(300 * 1024 * 1024)  # this process's peak grows past 300 MB
    ballast[::4096] = b"\x01" * len(ballast[::4096])
    code, _, _, largest, together = run_measured(
        [sys.executable, "-c", "import time; time.sleep(0.6)"],
        ROOT,
        dict(os.environ),
        Path(os.devnull),
    )
    del ballast
    assert code == 0
    assert 0 < largest < 100 and 0 < together < 100, (largest, together)
