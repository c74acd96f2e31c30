#!/usr/bin/env python3
"""Benchmark the survey aggregation against the time Python's csv module needs to parse R.csv.

Usage:
  scripts/benchmark_surveys.py [--sizes 1000000 2000000 10000000] [--repeat 3] [--dir DIR]
                               [--ids numeric prefixed uuid base64url ulid ...]

For each size, a bulk synthetic export (kazutb_transparency.surveys.bulk: 45 questions on
2- to 11-point scales, ~12,000 students a wave, a wave per 500,000 answers) is written to
DIR (a temporary folder by default; never site/ or .cache/). Then, each in a fresh
subprocess and best of --repeat runs: the csv module reading every row of R.csv, and
scripts/aggregate_surveys.py on it (imports, the personal-data check and writing both
output files included; the start-up — Python's imports — is also shown apart). The two are
run alternately, parse then engine, so that a change in the machine's load weighs on both:
the ratio is the median of the --repeat pairs' ratios, the times the best of each. Beside
the wall time, the CPU seconds (user + system) of each process and of every process it
started, and their ratio: on a machine shared with other work the wall times grow, the CPU
seconds much less. Peak memory is the
engine process's maximum resident set size. Prints a table, the time ratio between
consecutive sizes, and where the engine's time goes, phase by phase (wall and CPU seconds
of one run in one process). --ids chooses the respondent-id formats
(kazutb_transparency.surveys.bulk.ID_FORMATS): the project's own tokens, a running number,
prefixed ids like t202400001k0, UUIDs, base32, 64 hexadecimal digits (a hashed address),
ids with dashes and underscores, base64url digests and ULIDs, all by default; each is
measured apart, with the machine's load average before and after its runs, and the ratios
of each format are summed up at the end.
The project's modules are compiled to bytecode first, as an installed package is: the
engine then reads them as any installed copy does, even where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kazutb_transparency.bench.run import TreeMemory  # noqa: E402
from kazutb_transparency.surveys.bulk import (  # noqa: E402
    ID_FORMATS,
    Shape,
    generate,
)

PARSE = """
import csv, sys
with open(sys.argv[1], newline="", encoding="utf-8") as handle:
    for row in csv.reader(handle):
        pass
"""

# The script run as it runs itself: collections off from the start, none at the end.
ENGINE = """
import gc, sys, time
start = time.perf_counter()
gc.disable()
sys.path.insert(0, sys.argv.pop(1))
import aggregate_surveys
ready = time.perf_counter()
if aggregate_surveys.main(sys.argv[1:]):
    raise SystemExit(1)
print(f"{ready - start:.3f}", file=sys.stderr)
aggregate_surveys.exit_uncollected(0)
"""

PHASES = """
import sys, time
from pathlib import Path
def clocks():
    return time.perf_counter(), time.process_time()
def since(begin):
    return tuple(now - then for now, then in zip(clocks(), begin))
start = clocks()
from kazutb_transparency.surveys import aggregate, distribution, inputs, publish, reading
from kazutb_transparency.surveys import personal_data, responses as r, suppression
from kazutb_transparency.surveys.codes import RESPONSE_COLUMNS
spent = {"imports (pandas, pyarrow, pydantic, …)": since(start)}
folder = Path(sys.argv[1])
def phase(name, call, *args):
    begin = clocks()
    out = call(*args)
    spent[name] = since(begin)
    return out
questions = inputs.load_questionnaire(folder / "Q.yaml")
scan = phase("the personal-data detector (loads on the first value kept for it)",
             personal_data.default_scanner)
coded = phase("reading R.csv into codes (Arrow)", reading.read_coded, folder / "R.csv",
              RESPONSE_COLUMNS)
rows = phase("checking every rule (vectorised)", r._Rows, coded, questions)
rules, noted = r._rules(rows), r._noted(rows)
phase(f"personal-data check of {len(noted)} distinct values", personal_data.check_cells,
      "R.csv", noted, scan)
kept = phase("keeping the last answer of each respondent", r._kept, rows)
invited = inputs.read_population(folder / "P.csv", questions, scan).invited
cells = phase("counting (group-bys)", aggregate.aggregate, kept.answers, questions, invited)
phase("suppression", suppression.suppress, cells, 10)
phase("indicators and distributions", lambda: (publish.to_csv(publish.published_rows(cells, 10)),
                          distribution.distribution_rows(cells, 10)))
print("  phase: wall s / CPU s")
for name, (wall, cpu) in spent.items():
    print(f"  {name}: {wall:.2f} / {cpu:.2f}")
wall, cpu = (sum(t[i] for t in spent.values()) for i in (0, 1))
print(f"  all phases: {wall:.2f} / {cpu:.2f}")
print("  (in the engine the personal-data check runs on a thread, beside the rest)")
"""


def measure(command: list[str]) -> tuple[float, int, float, float]:
    """Wall time, peak resident memory (MB; of the process, or of a child it started if
    larger), start-up time it reports on stderr (0 if none) and CPU seconds of one
    subprocess (os.wait4: its own and those of the processes it started and waited for)."""
    begin = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, text=True
    )
    # Sampled from /proc: rusage's maxrss would inherit this process's own peak (vfork+exec).
    memory = TreeMemory(process.pid, every=0.05)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - begin
    largest, _ = memory.stop()
    said = process.stderr.read().split() if process.stderr else []
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: {' '.join(command)}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, round(largest), float(said[-1]) if said else 0.0, cpu


@dataclass(frozen=True)
class Pairs:
    """`repeat` runs of the parse, each followed at once by a run of the engine."""

    parse: float  # the best wall time
    engine: float
    ratio: float  # the median of the pairs' ratios of wall times
    peak_mb: int
    startup: float  # of the engine's fastest run
    parse_cpu: float  # the least CPU seconds
    engine_cpu: float
    cpu_ratio: float  # the median of the pairs' ratios of CPU seconds


def pairs(parse_command: list[str], engine_command: list[str], repeat: int) -> Pairs:
    parses, engines = [], []
    for _ in range(repeat):
        parses.append(measure(parse_command))
        engines.append(measure(engine_command))
    both = list(zip(parses, engines, strict=True))
    fastest = min(engines)
    return Pairs(
        parse=min(parses)[0],
        engine=fastest[0],
        ratio=statistics.median(e[0] / p[0] for p, e in both),
        peak_mb=max(e[1] for e in engines),
        startup=fastest[2],
        parse_cpu=min(p[3] for p in parses),
        engine_cpu=min(e[3] for e in engines),
        cpu_ratio=statistics.median(e[3] / p[3] for p, e in both if p[3]),
    )


def compile_bytecode() -> None:
    """The project's modules compiled once, as installing a package does: an environment
    that sets PYTHONDONTWRITEBYTECODE (as some containers do) would otherwise have the
    engine compile every module from source on every run (about 0.15 CPU s), a cost no
    installed copy pays and the csv parse, all in the standard library, never does."""
    for folder in (ROOT / "kazutb_transparency", ROOT / "scripts"):
        compileall.compile_dir(folder, quiet=1, workers=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 2_000_000, 10_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    parser.add_argument("--dir", type=Path, help="keep the generated exports here")
    parser.add_argument(
        "--ids",
        nargs="+",
        choices=ID_FORMATS,
        default=list(ID_FORMATS),
        help="respondent-id formats (default: all)",
    )
    args = parser.parse_args(argv)
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="survey-bench-") as tmp:
        base = args.dir or Path(tmp)
        summary = [_measure_format(base, args.sizes, args.repeat, ids) for ids in args.ids]
    print(f"Engine / csv parse at {args.sizes[0]:,} answers (median of pairs; target ≤ 3):")
    print("  ids        wall   CPU")
    for ids, (ratio, cpu_ratio) in zip(args.ids, summary, strict=True):
        print(f"  {ids:10} {ratio:5.2f} {cpu_ratio:5.2f}")
    return 0


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _measure_format(base: Path, sizes: list[int], repeat: int, ids: str) -> tuple[float, float]:
    """Prints the format's table; returns its ratios (wall, CPU) at the first size."""
    load = _load()
    print(f"Respondent ids: {ids} (load average before: {load})")
    print(
        "answers     MB  csv parse  engine  ratio  peak RSS  (start-up; ratio without)"
        "  CPU: parse  engine  ratio"
    )
    previous = None
    first: tuple[float, float] | None = None
    for size in sizes:
        folder = base / f"{size}-{ids}"
        if not (folder / "R.csv").exists():
            generate(Shape(answers=size, ids=ids), folder)
        responses = folder / "R.csv"
        parse_command = [sys.executable, "-c", PARSE, str(responses)]
        engine_command = [
            sys.executable,
            "-c",
            ENGINE,
            str(ROOT / "scripts"),
            "--responses",
            str(responses),
            "--questionnaire",
            str(folder / "Q.yaml"),
            "--population",
            str(folder / "P.csv"),
            "--out",
            str(folder / "out" / "indicators.csv"),
        ]
        got = pairs(parse_command, engine_command, repeat)
        first = first or (got.ratio, got.cpu_ratio)
        megabytes = responses.stat().st_size / 1e6
        print(
            f"{size:>9,} {megabytes:6.0f} {got.parse:8.2f} s {got.engine:5.2f} s "
            f"{got.ratio:5.2f}  {got.peak_mb:5d} MB  ({got.startup:.2f} s; "
            f"{(got.engine - got.startup) / got.parse:.2f})"
            f"  {got.parse_cpu:9.2f} s {got.engine_cpu:5.2f} s {got.cpu_ratio:5.2f}"
        )
        if previous is not None:
            factor = size / previous[0]
            print(f"  × {factor:g} answers → × {got.engine / previous[1]:.2f} engine time")
        previous = (size, got.engine)
    folder = base / f"{sizes[0]}-{ids}"
    print(f"Where the time goes ({sizes[0]:,} answers, {ids} ids, one run):")
    sys.stdout.flush()
    subprocess.run([sys.executable, "-c", PHASES, str(folder)], cwd=ROOT, check=True)
    print(f"  (load average after: {_load()})")
    return first or (0.0, 0.0)


if __name__ == "__main__":
    sys.exit(main())
