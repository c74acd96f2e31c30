"""Benchmark of the live preview (issue 16): an edit under data/ or docs/ until it is served.

A copy of the project (mkdocs.yml, docs/, overrides/, hooks/, data/) is made in a work
folder, so that the edits never touch the checkout. `scripts/serve.py` (what `make serve` runs)
runs on it; each edit is saved, and the served page is fetched in every language until all
three show it. The figure is compared with a full `mkdocs build` (as `make site`) of the
same copy, measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kazutb_transparency.bench.dataset import PRODUCERS
from kazutb_transparency.bench.run import MKDOCS, ROOT, run_measured, temp_dir

TARGET_RATIO = 0.35  # issue 16: the edit shown within this share of a full build
TARGET_S = {"default": 1.0, "large": 3.0}  # issue 30: a data edit shown in every language
TODAY = "2026-11-21"
PROCESS_FILE = "processes/07-international-activity.yaml"
PROCESS_PAGE = "processes/p07.html"
# The first key indicator of process 7, in each language, as data/ has it.
INDICATOR = {
    "kk": "  - kk: Шетелдік студенттердің жалпы контингентіндегі үлесі\n",
    "ru": "    ru: Доля иностранных студентов в общем контингенте\n",
    "en": "    en: Share of international students in the total student body\n",
}
MARK = {"kk": "тексеру", "ru": "проверка", "en": "check"}
DOCS_PAGE = "about-site"
PREFIX = {"kk": "", "ru": "ru/", "en": "en/"}


@dataclass
class Edit:
    kind: str  # "data" or "docs"
    seconds: float
    ok: bool


def log(message: str) -> None:
    print(f"[preview {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def make_project(work: Path, data_dir: Path | None) -> Path:
    project = work / "project"
    project.mkdir(parents=True)
    shutil.copy2(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    for folder in ("docs", "overrides", "hooks"):
        shutil.copytree(ROOT / folder, project / folder)
    shutil.copytree(data_dir or ROOT / "data", project / "data")
    (project / "kazutb_transparency").symlink_to(ROOT / "kazutb_transparency")  # `watch:`
    return project


def project_copy(
    work: Path, large: bool, programmes: int, disciplines: int, producer: str = "script"
) -> Path:
    """The project copied into `work`, with the default data or the large synthetic data;
    `producer` (bench/dataset.py PRODUCERS): how the large data's files are written."""
    data_dir = None
    if large:
        from kazutb_transparency.bench.dataset import make_dataset

        log(f"dataset: {programmes} programmes × {disciplines} disciplines, by {producer}")
        data_dir = make_dataset(work / "data", programmes, disciplines, producer=producer).data_dir
    return make_project(work, data_dir)


def project_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KAZUTB_DATA", "STRICT")}
    env.update(NO_MKDOCS_2_WARNING="1", KAZUTB_TODAY=TODAY, PYTHONPATH=str(ROOT))
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except OSError:
        return ""


def wait_until(check, timeout: float, step: float = 0.05) -> float | None:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if check():
            return time.perf_counter() - started
        time.sleep(step)
    return None


def edit_data(project: Path, number: int) -> dict[str, str]:
    """Append a marker to the indicator in all three languages; returns what each shows."""
    path = project / "data" / PROCESS_FILE
    text = path.read_text(encoding="utf-8")
    marks = {}
    for lang, line in INDICATOR.items():
        start = text.index(line.rstrip("\n"))
        end = text.index("\n", start)
        marks[lang] = f"{MARK[lang]} {number}"
        text = text[:start] + line.rstrip("\n") + f" {marks[lang]}" + text[end:]
    path.write_text(text, encoding="utf-8")
    return marks


def edit_docs(project: Path, number: int) -> dict[str, str]:
    """Append a paragraph to the hand-written page in each language."""
    marks = {}
    for lang in PREFIX:
        page = project / "docs" / lang / f"{DOCS_PAGE}.md"
        marks[lang] = f"{MARK[lang]} {number}"
        with page.open("a", encoding="utf-8") as out:
            out.write(f"\n\n{marks[lang]}\n")
    return marks


def measure_edit(base: str, kind: str, project: Path, number: int, timeout: float) -> Edit:
    """From the save until the page shows the edit in every language, as a browser showing
    it sees it: the server's live-reload request (the engine's own, which the pages' script
    makes) answers once a rebuild is served, then the pages are fetched. Fetching the pages
    over and over instead took the server's interpreter from the rebuild it was timing."""
    page = PROCESS_PAGE if kind == "data" else f"{DOCS_PAGE}.html"
    urls = {lang: f"{base}/{prefix}{page}" for lang, prefix in PREFIX.items()}
    epoch = served_epoch(base, 0)
    started = time.perf_counter()
    marks = (edit_data if kind == "data" else edit_docs)(project, number)
    pending = dict(urls)

    def all_show() -> bool:
        nonlocal epoch
        epoch = served_epoch(base, epoch)  # waits for the next rebuild served
        for lang in list(pending):
            if marks[lang] in fetch(pending[lang]):
                del pending[lang]
        return not pending

    shown = wait_until(all_show, timeout, step=0)
    seconds = time.perf_counter() - started
    return Edit(kind, round(seconds, 2), shown is not None)


def served_epoch(base: str, seen: int) -> int:
    """The number of the rebuild the server shows, once it is later than `seen` (its
    live-reload request waits for that; at most 5 s here)."""
    answer = fetch(f"{base}/livereload/{seen}/1").strip()
    return int(answer) if answer.isdigit() else seen


def full_build(project: Path, work: Path) -> float:
    code, wall, _, _, _ = run_measured(
        [str(MKDOCS), "build", "-f", str(project / "mkdocs.yml"), "-d", str(work / "site-full")],
        project,
        project_env(),
        work / "full-build.log",
    )
    if code != 0:
        raise SystemExit(f"full build failed: see {work / 'full-build.log'}")
    return wall


def serve_and_edit(project: Path, work: Path, rounds: int, timeout: float) -> list[Edit]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    out = (work / "serve.log").open("wb")
    server = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "scripts" / "serve.py"),  # what `make serve` runs
            "--root",
            str(project),
            "--dev-addr",
            f"127.0.0.1:{port}",
        ],
        cwd=project,
        env=project_env(),
        stdout=out,
        stderr=subprocess.STDOUT,
    )
    edits: list[Edit] = []
    try:
        first = wait_until(lambda: "</html>" in fetch(f"{base}/en/{PROCESS_PAGE}"), timeout, 0.5)
        if first is None:
            raise SystemExit(f"the preview server did not come up: see {work / 'serve.log'}")
        log(f"first preview served after {first:.1f} s")
        time.sleep(2)  # let the watcher settle after the first build
        for number in range(rounds):
            for kind in ("data", "docs"):
                edit = measure_edit(base, kind, project, 100 + 10 * number + len(edits), timeout)
                log(f"  {kind} edit shown in every language after {edit.seconds} s")
                edits.append(edit)
                time.sleep(1.5)  # the rebuild's tail (other pages) finishes before the next
    finally:
        server.terminate()
        server.wait(timeout=30)
        out.close()
    return edits


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--large", action="store_true", help="the benchmark's large dataset")
    parser.add_argument("--programmes", type=int, default=400)
    parser.add_argument("--disciplines", type=int, default=40)
    parser.add_argument("--producer", choices=PRODUCERS, default="script",
                        help="how the large data's files are written")  # fmt: skip
    parser.add_argument("--rounds", type=int, default=3, help="edits of each kind")
    parser.add_argument("--timeout", type=float, default=600.0)
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    work = temp_dir("kazutb-preview-")
    try:
        project = project_copy(work, args.large, args.programmes, args.disciplines, args.producer)
        log("full build (make site)")
        full = full_build(project, work)
        log(f"  {full:.2f} s")
        edits = serve_and_edit(project, work, args.rounds, args.timeout)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"work folder kept: {work}")
    label = "large" if args.large else "default"
    report: dict[str, object] = {"data": label, "full_build_s": round(full, 2)}
    if args.large:
        report["shape"] = f"{args.programmes} × {args.disciplines}, files by {args.producer}"
        print(f"large data: {report['shape']}")
    print(f"live preview, {label} data: full build {full:.2f} s")
    for kind in ("data", "docs"):
        times = [e.seconds for e in edits if e.kind == kind and e.ok]
        failed = sum(1 for e in edits if e.kind == kind and not e.ok)
        worst = max(times) if times else None
        ratio = round(worst / full, 2) if worst is not None else None
        target = TARGET_S[label] if kind == "data" else None
        met = ratio is not None and ratio <= TARGET_RATIO and not failed
        if target is not None:
            met = met and worst is not None and worst <= target
        within = f" (target ≤ {target} s)" if target is not None else ""
        print(
            f"  {'OK  ' if met else 'MISS'} {kind} edit → shown in kk, ru, en: "
            f"median {statistics.median(times) if times else float('nan'):.2f} s, "
            f"worst {worst if worst is not None else float('nan'):.2f} s{within}, "
            f"ratio to full build {ratio} (target ≤ {TARGET_RATIO}), not shown: {failed}"
        )
        report[kind] = {"seconds": times, "worst_s": worst, "ratio": ratio, "not_shown": failed}
    print(json.dumps(report, ensure_ascii=False))
    return 0 if all(report[k]["ratio"] is not None for k in ("data", "docs")) else 1  # type: ignore[index]
