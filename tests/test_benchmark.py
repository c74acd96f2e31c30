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
BUILD_KEYS = {"build_s", "peak_rss_mb", "pages", "max_page_kb", "median_page_kb", "site_mb",
              "copies_mb", "json_to_csv"}  # fmt: skip


def test_programme_codes_are_distinct_bachelor_codes() -> None:
    codes = programme_codes(800)
    assert len(set(codes)) == 800
    assert all(len(c) == 7 and c.startswith("6B") and c[2:].isdigit() for c in codes)


def test_discipline_names_are_neutral_and_trilingual() -> None:
    lines = disciplines_csv("6B04301", 3).splitlines()
    assert lines[0] == "programme,code,name_kk,name_ru,name_en,credits,semester,cycle,component"
    assert "Discipline 3 of 6B04301" in lines[3]
    assert "Дисциплина 3 программы 6B04301" in lines[3]


def _validate(data_dir: Path) -> subprocess.CompletedProcess[str]:
    """scripts/validate_data.py on `data_dir`, which must pass."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "validate_data.py"), str(data_dir)],
        capture_output=True,
        text=True,
        env={**os.environ, "KAZUTB_TODAY": "2026-11-21"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "valid" in result.stdout
    return result


def test_generated_data_pass_validate_data(tmp_path: Path) -> None:
    info = make_dataset(tmp_path / "data", programmes=5, disciplines=3, surveys=False)
    programmes = info.data_dir / "disclosures" / "programmes"
    assert len(list(programmes.glob("6B??3*.yaml"))) == 5
    result = _validate(info.data_dir)
    # The personal-data gate ran on the generated files and found nothing.
    assert "personal data" not in result.stderr


def test_data_saved_by_an_office_suite_pass_validate_data(tmp_path: Path) -> None:
    """The benchmarks' other shape of input: every CSV with a byte-order mark, CRLF and
    every cell quoted, programmes of all three levels (6B, 7M, 8D)."""
    info = make_dataset(
        tmp_path / "data", programmes=6, disciplines=3, surveys=False, producer="office"
    )
    programmes = info.data_dir / "disclosures" / "programmes"
    assert {p.name[:2] for p in programmes.glob("*??3*.yaml")} == {"6B", "7M", "8D"}
    saved = (info.data_dir / "disclosures" / "disciplines").glob("7M*.csv")
    assert all(f.read_bytes().startswith(b'\xef\xbb\xbf"programme","code"') for f in saved)
    _validate(info.data_dir)


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
            "--skip-edits",
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
        "plain_mkdocs_cpu_floors",
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
    assert summary["plain_mkdocs_cpu_floors"] == []
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


def test_the_cpu_floor_is_our_cpu_over_the_cores_and_plain_wall_time() -> None:
    from kazutb_transparency.bench import cli
    from kazutb_transparency.bench.run import BuildResult

    pairs = [
        (
            BuildResult("large", ok=True, build_s=40.0, cpu_s=66.0),
            BuildResult("p", ok=True, build_s=30.0),
        ),
        (
            BuildResult("large #2", ok=True, build_s=35.0, cpu_s=60.0),
            BuildResult("p", ok=True, build_s=40.0),
        ),
        (BuildResult("large #3", ok=False), BuildResult("p", ok=True, build_s=30.0)),
    ]
    assert cli.cpu_floors(pairs, 2) == [1.1, 0.75]
    assert cli.cpu_floors(pairs, 4) == [0.55, 0.38]
    assert 1 <= cli.usable_cores() <= (os.cpu_count() or 1)


# A parent that forks a child; both wait until told to end (no timing involved).
_FORKS_AND_WAITS = """
import os, sys
ballast = bytearray(64 * 1024 * 1024)
ballast[::4096] = b"\\x01" * len(ballast[::4096])
child = os.fork()
if child == 0:
    own = bytearray(64 * 1024 * 1024)
    own[::4096] = b"\\x01" * len(own[::4096])
    print("child", flush=True)
    sys.stdin.readline()
    os._exit(0)
sys.stdin.readline()
os.waitpid(child, 0)
"""


def test_the_process_tree_lists_forked_children_until_they_end() -> None:
    from kazutb_transparency.bench.run import process_tree

    proc = subprocess.Popen(
        [sys.executable, "-c", _FORKS_AND_WAITS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "child"  # the child is running now
        tree = process_tree(proc.pid)
        assert len(tree) == 2 and tree[0] == proc.pid
    finally:
        proc.stdin.write("end\nend\n")
        proc.stdin.close()
        proc.wait(timeout=60)
    assert process_tree(proc.pid) == [proc.pid]  # ended: nothing below it


def test_tree_memory_takes_the_largest_process_and_the_sum_of_shares(monkeypatch) -> None:
    """The sampler's arithmetic on fixed figures: the peak of the largest process (its own
    high-water mark) and the peak of the processes' proportional shares added up, so that
    memory shared after a fork is counted once."""
    from kazutb_transparency.bench import run

    figures = iter(
        [
            {1: (100.0, 60.0), 2: (90.0, 70.0)},  # first sample: together 130
            {1: (120.0, 50.0), 2: (95.0, 40.0), 3: (10.0, 5.0)},  # together 95
        ]
    )
    sample: dict[int, tuple[float, float]] = {}

    def tree(pid: int) -> list[int]:
        sample.clear()
        sample.update(next(figures))
        return list(sample)

    monkeypatch.setattr(run, "process_tree", tree)
    monkeypatch.setattr(run, "memory_mb", lambda pid: sample[pid])
    memory = run.TreeMemory.__new__(run.TreeMemory)
    memory.pid, memory.every = 1, 0.0
    memory.peak_process_mb = memory.peak_tree_mb = 0.0
    memory._stop = run.threading.Event()
    memory._stop.set()  # one sample per call
    memory._sample()
    memory._sample()
    assert (memory.peak_process_mb, memory.peak_tree_mb) == (120.0, 130.0)


def test_a_process_is_measured_by_its_own_memory_not_its_starters() -> None:
    """memory_mb reads the process's own high-water mark: a child started by this process,
    which holds 300 MB, is not charged with them (rusage's maxrss would be, across exec)."""
    from kazutb_transparency.bench.run import memory_mb

    ballast = bytearray(300 * 1024 * 1024)  # this process's peak grows past 300 MB
    ballast[::4096] = b"\x01" * len(ballast[::4096])
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; print('up', flush=True); sys.stdin.readline()"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "up"
        peak, share = memory_mb(proc.pid)
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    del ballast
    assert 0 < peak < 200 and 0 < share < 200, (peak, share)


def test_the_cpu_ratio_is_ours_over_plain_mkdocs_per_pair() -> None:
    from kazutb_transparency.bench import cli
    from kazutb_transparency.bench.run import BuildResult

    pairs = [
        (BuildResult("large", ok=True, cpu_s=66.0), BuildResult("p", ok=True, cpu_s=44.0)),
        (BuildResult("large #2", ok=True, cpu_s=60.0), BuildResult("p", ok=True, cpu_s=48.0)),
        (BuildResult("large #3", ok=False), BuildResult("p", ok=True, cpu_s=40.0)),
        (BuildResult("large #4", ok=True, cpu_s=60.0), BuildResult("p", ok=True)),  # no CPU
    ]
    assert cli.pair_cpu_ratios(pairs) == [1.5, 1.25]


# Starts a child that works until its own CPU clock passes 0.3 s and writes that clock down;
# the parent itself does next to nothing.
_CHILD_WORKS = """
import subprocess, sys
work = "import sys, time\\nwhile time.process_time() < 0.3: pass\\n"
work += "open(sys.argv[1], 'w').write(str(time.process_time()))"
subprocess.run([sys.executable, "-c", work, sys.argv[1]], check=True)
"""


def test_a_build_is_charged_with_the_cpu_of_the_processes_it_starts(tmp_path: Path) -> None:
    from kazutb_transparency.bench.run import run_measured

    said = tmp_path / "child-cpu.txt"
    code, _, cpu, _, _ = run_measured(
        [sys.executable, "-c", _CHILD_WORKS, str(said)],
        tmp_path,
        dict(os.environ),
        tmp_path / "log",
    )
    assert code == 0
    assert cpu >= float(said.read_text(encoding="utf-8")) >= 0.3


def test_the_calibration_loop_reports_its_wall_and_cpu_time() -> None:
    from kazutb_transparency.bench.calibration import Calibration, calibrate

    loop = calibrate(rounds=10_000)
    assert loop.wall_s >= 0 and loop.cpu_s >= 0
    assert set(loop.summary()) == {"wall_s", "cpu_s", "share"}
    # Half a core: the wall time twice the CPU time, as on a machine shared with other work.
    assert Calibration(wall_s=2.0, cpu_s=1.0).share == 0.5
    assert Calibration(wall_s=0.0, cpu_s=0.0).share is None
