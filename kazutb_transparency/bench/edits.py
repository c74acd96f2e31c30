"""The edits of one record, in the live preview's own process (issue #30): how long a
rebuild takes after each kind of edit an editor makes, on the default or the large data.

`scripts/benchmark_preview.py` measures one edit from the save to the page served in every
language; this measures the rebuild itself (the served time is about 0.1 s more) for edits
of several files and domains: a process indicator, an "About" text, an accreditation's term,
a programme's fee and dates, a survey's target. Each edit is found in the data rather than
written for one file (the first fee of the first programme file that has one, the first
term of an accreditation, …), so the same shapes run on any data that has them; an edit
whose record is not in the data is reported as such. A rebuild the data check refused is
reported as refused, not timed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from kazutb_transparency.bench.dataset import PRODUCERS
from kazutb_transparency.bench.preview import TODAY, edit_data, log, project_copy
from kazutb_transparency.bench.run import temp_dir

TARGET_S = {"default": 1.0, "large": 3.0}
SETTLE_S = 2.1  # the preview does not remember a step that read a file younger than 2 s


def _first(folder: Path, pattern: str) -> tuple[Path, re.Match[str]] | None:
    """The first file under `folder` (sorted) with a match of `pattern`, and the match."""
    for path in sorted(folder.rglob("*")) if folder.is_dir() else [folder]:
        if path.is_file():
            found = re.search(pattern, path.read_text(encoding="utf-8"), re.M)
            if found is not None:
                return path, found
    return None


def _replace(path: Path, found: re.Match[str], new: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: found.start(1)] + new + text[found.end(1) :], encoding="utf-8")


def _mark(text: str, number: int) -> str:
    return f"{text.split(' ·')[0]} · {number}"


def _nudge(share: str) -> str:
    value = float(share)
    return f"{value + (0.01 if value < 0.9 else -0.01):.2f}"


def _shift_day(value: str, number: int) -> str:
    return (date.fromisoformat(value) + timedelta(days=number)).isoformat()


@dataclass(frozen=True)
class Shape:
    """An edit: where its record is (a file or folder under data/, a pattern whose first
    group is the value) and the value the n-th round writes."""

    name: str
    where: str
    pattern: str
    value: Callable[[str, int], str]

    def edit(self, data: Path, number: int) -> bool:
        found = _first(data / self.where, self.pattern)
        if found is None:
            return False
        _replace(found[0], found[1], self.value(found[1].group(1), number))
        return True


class ProcessIndicator:
    """The edit scripts/benchmark_preview.py makes: a marker on a process indicator."""

    name = "a process indicator (the benchmark's)"

    def edit(self, data: Path, number: int) -> bool:
        edit_data(data.parent, number)
        return True


SHAPES = [
    # A text of "About" that is not the university's names (those are on every page).
    Shape("a text of the \"About\" page", "disclosures/about.yaml",
          r"\nschedule:[\s\S]*?source: \{kk: \"([^\"\n]+)\"", _mark),
    Shape("an accreditation's term", "disclosures/accreditations.yaml",
          r"valid_until: '?([0-9]{4}-[0-9]{2}-[0-9]{2})", lambda v, n: _shift_day(v, 1)),
    Shape("a programme's fee", "applicants/programmes",
          r"fee: ([0-9]+)", lambda v, n: str(int(v) + 1000)),
    Shape("a programme's dates", "applicants/programmes",
          r"updated: '?([0-9]{4}-[0-9]{2}-[0-9]{2})", lambda v, n: _shift_day(v, n % 2 * 2 - 1)),
    Shape("a survey's target", "surveys/targets.yaml",
          r"target: (0\.[0-9]+)", lambda v, n: _nudge(v)),
]  # fmt: skip


@dataclass
class Result:
    name: str
    seconds: list[float] = field(default_factory=list)
    refused: int = 0
    missing: bool = False


def measure(project: Path, rounds: int) -> list[Result]:
    """A preview on `project`, built once, then every shape edited `rounds` times."""
    os.environ.update(NO_MKDOCS_2_WARNING="1", KAZUTB_TODAY=TODAY)
    from kazutb_transparency.buildsteps.live_preview import LivePreview
    from kazutb_transparency.engines import engine_named
    from kazutb_transparency.engines.live import SERVED

    preview = LivePreview(
        project, engine_named("mkdocs"), project / SERVED, lambda _: None, lambda _: None
    )
    results = []
    try:
        preview.rebuild()
        for shape in [ProcessIndicator(), *SHAPES]:
            result = Result(shape.name)
            for number in range(1, rounds + 1):
                time.sleep(SETTLE_S)
                if not shape.edit(project / "data", number):
                    result.missing = True
                    break
                started = time.perf_counter()
                preview.rebuild()
                if preview.refused:
                    result.refused += 1
                else:
                    result.seconds.append(round(time.perf_counter() - started, 2))
            results.append(result)
            log(f"  {shape.name}: {result.seconds or 'refused' if not result.missing else '—'}")
    finally:
        preview.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", action="store_true", help="the large synthetic data")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--programmes", type=int, default=400)
    parser.add_argument("--disciplines", type=int, default=40)
    parser.add_argument("--producer", choices=PRODUCERS, default="script",
                        help="how the large data's files are written")  # fmt: skip
    args = parser.parse_args(argv)
    work = temp_dir("kazutb-edits-")
    try:
        project = project_copy(work, args.large, args.programmes, args.disciplines, args.producer)
        results = measure(project, args.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    label = "large" if args.large else "default"
    target = TARGET_S[label]
    if args.large:
        label += f", {args.programmes} × {args.disciplines}, files by {args.producer}"
    print(f"edits of one record, {label} data, in process (target ≤ {target} s, served +~0.1 s):")
    for r in results:
        if r.missing:
            print(f"  —    {r.name}: no such record in the data")
            continue
        worst = max(r.seconds) if r.seconds else None
        met = worst is not None and worst <= target and not r.refused
        median = f"{statistics.median(r.seconds):.2f}" if r.seconds else "—"
        print(f"  {'OK  ' if met else 'MISS'} {r.name}: median {median} s, rounds {r.seconds}"
              + (f", refused {r.refused}" if r.refused else ""))  # fmt: skip
    print(json.dumps({"data": label, "edits": {r.name: r.seconds for r in results}}))
    return 1 if any(r.refused for r in results) else 0
