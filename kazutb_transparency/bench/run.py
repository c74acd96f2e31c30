"""Real builds in child processes, measured: wall, CPU, peak RSS, hook vs MkDocs, site figures."""

from __future__ import annotations

import hashlib
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from kazutb_transparency.buildsteps.publish import remove_site
from kazutb_transparency.privacy import load_allowlist, scan_paths
from kazutb_transparency.privacy.scanner import iter_files

ROOT = Path(__file__).resolve().parents[2]
MKDOCS = Path(sys.executable).parent / "mkdocs"
LANG_PREFIXES = {"kk": "", "ru": "ru/", "en": "en/"}


@dataclass
class BuildResult:
    label: str
    ok: bool
    build_s: float = 0.0  # wall
    cpu_s: float = 0.0  # user + system of the build process
    peak_rss_mb: float = 0.0  # the largest single process (sampled VmHWM)
    peak_tree_mb: float = 0.0  # all the build's processes together (sampled PSS)
    pages: int = 0
    max_page_kb: float = 0.0
    max_page: str = ""
    median_page_kb: float = 0.0
    pages_over_100kb: int = 0
    site_mb: float = 0.0
    copies_mb: float = 0.0  # bytes of files byte-identical to another file of the site
    json_to_csv: float | None = None  # the largest JSON dataset against its CSV twin
    json_to_csv_file: str = ""
    gate: dict[str, float] = field(default_factory=dict)  # the gate's log line (verbose)
    search_index_kb: dict[str, float] = field(default_factory=dict)
    hook_s: float | None = None  # check + generate + finish, from the hook's log line
    hook_parts: dict[str, float] = field(default_factory=dict)
    mkdocs_s: float | None = None  # build_s − hook_s: MkDocs + Material + i18n rendering
    scan_mb: float = 0.0
    scan_s: float = 0.0
    scan_mb_s: float | None = None
    error: str = ""

    def summary(self) -> dict[str, object]:
        keys = (
            "build_s",
            "cpu_s",
            "peak_rss_mb",
            "peak_tree_mb",
            "pages",
            "max_page_kb",
            "median_page_kb",
            "site_mb",
            "copies_mb",
            "json_to_csv",
            "hook_s",
            "mkdocs_s",
            "scan_mb_s",
        )
        data = asdict(self)
        out = {k: data[k] for k in keys}
        out["search_index_kb"] = self.search_index_kb
        return out


def env_for(data_dir: Path | None, today: date | None) -> dict[str, str]:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("STRICT", None)
    if data_dir is not None:
        env["KAZUTB_DATA"] = str(data_dir)
    else:
        env.pop("KAZUTB_DATA", None)
    if today is not None:
        env["KAZUTB_TODAY"] = today.isoformat()
    return env


def process_tree(pid: int) -> list[int]:
    """`pid` and every process below it (Linux /proc)."""
    pids, index = [pid], 0
    while index < len(pids):
        task_dir = Path(f"/proc/{pids[index]}/task")
        index += 1
        try:
            tasks = list(task_dir.iterdir())
        except OSError:
            continue  # ended meanwhile
        for task in tasks:
            try:
                pids.extend(int(c) for c in (task / "children").read_text().split())
            except OSError:
                continue
    return pids


def _status_kb(text: str, key: str) -> int:
    for line in text.splitlines():
        if line.startswith(key):
            return int(line.split()[1])
    return 0


def memory_mb(pid: int) -> tuple[float, float]:
    """(peak resident set of the process so far, its proportional set size now), in MB.

    The peak is the kernel's high-water mark of the process's own memory (VmHWM). Not the
    rusage maxrss: across exec that inherits the peak of the process that started it
    (subprocess uses vfork), which made every build report the benchmark's own size. PSS
    counts memory shared after fork once across the processes that share it.
    """
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0.0, 0.0
    return _status_kb(status, "VmHWM:") / 1024, _status_kb(rollup, "Pss:") / 1024


class TreeMemory:
    """Samples the memory of a process and its children (forked workers) every `every` s:
    the peak of the largest process, and the peak of all of them together."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid, self.every = pid, every
        self.peak_process_mb = self.peak_tree_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while True:
            figures = [memory_mb(pid) for pid in process_tree(self.pid)]
            self.peak_process_mb = max([self.peak_process_mb, *(hwm for hwm, _ in figures)])
            self.peak_tree_mb = max(self.peak_tree_mb, sum(pss for _, pss in figures))
            if self._stop.wait(self.every):
                return

    def stop(self) -> tuple[float, float]:
        self._stop.set()
        self._thread.join()
        return self.peak_process_mb, self.peak_tree_mb


def run_measured(
    args: list[str], cwd: Path, env: dict[str, str], log_file: Path
) -> tuple[int, float, float, float, float]:
    """Run a child process; return (exit code, wall s, CPU s, peak MB of its largest process,
    peak MB of its processes together) of that child only.

    os.wait4 gives the child's own CPU time (RUSAGE_CHILDREN would mix in earlier children);
    memory is sampled from /proc while it runs (`TreeMemory`).
    """
    with log_file.open("wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(args, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        memory = TreeMemory(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        process_mb, tree_mb = memory.stop()
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return proc.returncode, wall, cpu, process_mb, tree_mb


# buildsteps/scancache.py, ScanCache.summary
GATE_LINE = re.compile(
    r"kazutb: gate: (?P<files>\d+) files, (?P<scanned>\d+) scanned, (?P<reused>\d+) clean "
    r"in the scan cache; (?P<cpu>[\d.]+) CPU s of the gate, (?P<cpu_scanning>[\d.]+) of them"
)


def _copies_mb(files: list[Path]) -> float:
    """Bytes of the files whose exact bytes another file of the list has too (each set of
    copies counted but for one), in MB."""
    by_size: dict[int, list[Path]] = {}
    for file in files:
        by_size.setdefault(file.stat().st_size, []).append(file)
    copies = 0
    for size, same in by_size.items():
        if len(same) > 1 and size:
            digests = [hashlib.sha256(file.read_bytes()).digest() for file in same]
            copies += size * (len(digests) - len(set(digests)))
    return round(copies / 1e6, 2)


def _json_to_csv(files: list[Path], site: Path) -> tuple[float | None, str]:
    """The largest ratio of a JSON dataset's bytes to its CSV twin's (same folder and name)."""
    ratios = [
        (file.stat().st_size / file.with_suffix(".csv").stat().st_size, file)
        for file in files
        if file.suffix == ".json" and file.with_suffix(".csv").is_file()
        and file.with_suffix(".csv").stat().st_size
    ]  # fmt: skip
    if not ratios:
        return None, ""
    ratio, file = max(ratios)
    return round(ratio, 2), file.relative_to(site).as_posix()


def measure_site(site: Path, result: BuildResult) -> None:
    html = sorted(site.rglob("*.html"))
    sizes = [(p.stat().st_size, p) for p in html]
    result.pages = len(html)
    if sizes:
        biggest = max(sizes)
        result.max_page_kb = round(biggest[0] / 1024, 1)
        result.max_page = biggest[1].relative_to(site).as_posix()
        result.median_page_kb = round(statistics.median(s for s, _ in sizes) / 1024, 1)
        result.pages_over_100kb = sum(1 for s, _ in sizes if s > 100 * 1024)
    files = [p for p in site.rglob("*") if p.is_file()]
    result.site_mb = round(sum(p.stat().st_size for p in files) / 1e6, 2)
    result.copies_mb = _copies_mb(files)
    result.json_to_csv, result.json_to_csv_file = _json_to_csv(files, site)
    for lang, prefix in LANG_PREFIXES.items():
        # The index a one-word query fetches at most: the manifest and the largest term file
        # (buildsteps/search_index.py); the text blocks of its results come on top.
        folder = site / prefix / "search"
        if (folder / "manifest.json").exists():
            terms = [p.stat().st_size for p in (folder / "terms").glob("*.json")]
            size = (folder / "manifest.json").stat().st_size + max(terms, default=0)
            result.search_index_kb[lang] = round(size / 1024, 1)


def measure_scan(site: Path, result: BuildResult) -> None:
    """Throughput of the personal-data gate over the built site (scanned bytes / CPU s)."""
    errors: list[str] = []
    scanned = sum(f.stat().st_size for f in iter_files([site], errors))
    allowlist = load_allowlist(ROOT / "data" / "privacy" / "allowlist.yaml")
    started = time.process_time()
    scan_paths([site], allowlist)
    result.scan_s = round(time.process_time() - started, 3)
    result.scan_mb = round(scanned / 1e6, 2)
    result.scan_mb_s = round(result.scan_mb / result.scan_s, 2) if result.scan_s else None


def build(
    label: str,
    data_dir: Path | None,
    out_dir: Path,
    today: date | None = None,
    config: Path | None = None,
    scan: bool = True,
    verbose: bool = False,
) -> BuildResult:
    """`mkdocs build -v -d out_dir` of the project (or `config`), measured. `verbose`: the
    build's notes too, among them what its personal-data gate scanned (`BuildResult.gate`)."""
    remove_site(out_dir)  # a link to the last build's folder (buildsteps/publish.py)
    config_file = config or ROOT / "mkdocs.yml"
    log = out_dir.parent / f"{out_dir.name}.log"
    steps = out_dir.parent / f"{out_dir.name}.timings.json"
    steps.unlink(missing_ok=True)
    env = env_for(data_dir, today)
    env["KAZUTB_TIMINGS"] = str(steps)  # the hook writes each step's seconds there
    if verbose:
        env["KAZUTB_VERBOSE"] = "1"
    # Our build as `make site` runs it (stage → render → finish); plain MkDocs by itself.
    command = (
        [str(MKDOCS), "build", "-v", "-f", str(config_file), "-d", str(out_dir)]
        if config is not None
        else [sys.executable, str(ROOT / "scripts" / "build_site.py"), "--site-dir", str(out_dir)]
    )
    code, wall, cpu, rss, tree_mb = run_measured(
        command,
        ROOT,
        env,
        log,
    )
    result = BuildResult(
        label,
        ok=code == 0,
        build_s=round(wall, 2),
        cpu_s=round(cpu, 2),
        peak_rss_mb=round(rss, 1),
        peak_tree_mb=round(tree_mb, 1),
    )
    text = log.read_text(encoding="utf-8", errors="replace")
    if code != 0:
        errors = [ln for ln in text.splitlines() if "ERROR" in ln or "Error" in ln]
        result.error = "\n".join(errors[-10:]) or text[-2000:]
        return result
    if steps.exists():
        parts = json.loads(steps.read_text(encoding="utf-8"))
        result.hook_parts = {step: round(seconds, 2) for step, seconds in parts.items()}
        # The engines' time is the render step's (its languages' times overlap in it).
        ours = sum(s for step, s in parts.items() if not step.startswith("render"))
        result.hook_s = round(ours, 2)
        result.mkdocs_s = round(parts.get("render", result.build_s - ours), 2)
    gate = GATE_LINE.search(text)
    if gate is not None:
        result.gate = {name: float(value) for name, value in gate.groupdict().items()}
    measure_site(out_dir, result)
    if scan:
        measure_scan(out_dir, result)
    return result


PLAIN_DROP = re.compile(r"^hooks:\n(?:  - .*\n)+", re.MULTILINE)


def plain_config(stage: Path, work: Path) -> Path:
    """mkdocs.yml without the hook: same theme, extensions, search, i18n and nav."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = PLAIN_DROP.sub("", text)
    text = re.sub(r"^docs_dir: .*$", f"docs_dir: {stage}", text, flags=re.MULTILINE)
    text = re.sub(
        r"^(\s+custom_dir: )overrides$", rf"\g<1>{ROOT / 'overrides'}", text, flags=re.MULTILINE
    )
    text = re.sub(r"^watch:\n(?:  - .*\n)+", "", text, flags=re.MULTILINE)
    config = work / "mkdocs-plain.yml"
    config.write_text(text, encoding="utf-8")
    return config


def stage_plain(data_dir: Path, today: date, work: Path) -> Path:
    """The Markdown tree our build hands to MkDocs, written once as static files."""
    from kazutb_transparency.buildsteps.generate import generate_pages, stage_docs
    from kazutb_transparency.buildsteps.pipeline import write_opendata
    from kazutb_transparency.buildsteps.site import load_site

    site = load_site(data_dir, today)
    pages = generate_pages(site)
    pages.update(write_opendata(site, work / "opendata", "https://kazutb.edu.kz/"))
    stage = work / "stage"
    stage_docs(ROOT / "docs", stage, pages)
    return stage


def plain_setup(data_dir: Path, today: date, work: Path) -> Path:
    """Stage the Markdown once; return the config that builds it with plain MkDocs."""
    return plain_config(stage_plain(data_dir, today, work), work)


def plain_build(config: Path, today: date, work: Path, label: str = "plain") -> BuildResult:
    return build(label, None, work / "site-plain", today, config=config, scan=False)


def temp_dir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
