"""Recall, precision and throughput of the personal-data gate.

    python scripts/benchmark_privacy.py [--megabytes 20] [--data-megabytes 20] [--min-mbps 10]
    python scripts/benchmark_privacy.py --site PATH   # a built site instead
    python scripts/benchmark_privacy.py --corpus-only
    python scripts/benchmark_privacy.py --site PATH --unique [--planted 1000]

First the labelled line corpus (tests/privacy/corpus_lines): recall and precision per
category and language, ours beside Microsoft Presidio and airlock-pii when installed
(`pip install -e '.[bench]'`). Then the realistic corpus of whole files
(tests/privacy/realistic.py: personal data in every disguise, made by different
producers): recall and false positives per class and per file type. Then throughput per
file type.

Synthetic files: site HTML and Markdown pages (privacy.synthetic), and open-data-like
CSV and JSON (rows of codes, counts, shares, dates and trilingual text; the JSON written
as the site writes it: indented, non-ASCII escaped). Speed is per CPU second, one core.
Exits 1 if the overall speed is below --min-mbps.

--unique: the gate as the build runs it on a built site, each distinct file once (by the
digest of its bytes): the full scan (every detector reads the whole text) and the
prefiltered scan (privacy/prefilter.py) back to back, MB/s per CPU second of each, and
whether they found the same; then the same comparison on --planted random pages of the
site with labelled corpus lines planted in them. Exits 1 if any finding differs or the
prefiltered speed is below --min-mbps.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Container
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kazutb_transparency.bench.lines import corpus_report, load_lines  # noqa: E402
from kazutb_transparency.bench.planted import planted_files  # noqa: E402
from kazutb_transparency.privacy import Allowlist, load_allowlist, scan_file  # noqa: E402
from kazutb_transparency.privacy.filetypes import kind_of  # noqa: E402
from kazutb_transparency.privacy.scanner import (  # noqa: E402
    ResolvedPaths,
    digest_of,
    iter_files,
    prepare_prefilter,
)
from kazutb_transparency.privacy.synthetic import sentence, write_site_corpus  # noqa: E402

_FIELDS = ("02", "04", "05", "06", "07", "11")
_COLUMNS = (
    "programme", "survey", "wave", "unit", "respondents", "valid", "response_rate",
    "satisfaction", "published", "name_kk", "name_ru", "name_en", "note_en", "credits",
)  # fmt: skip


def _row(rnd: random.Random, i: int) -> dict[str, object]:
    code = f"6B{rnd.choice(_FIELDS)}{rnd.randint(100, 999)}"
    return {
        "programme": code,
        "survey": rnd.choice(("graduates", "employers", "academic-integrity", "teaching")),
        "wave": f"20{rnd.randint(20, 25)}-{rnd.randint(1, 12):02d}",
        "unit": f"F{rnd.randint(1, 9)}",
        "respondents": rnd.randint(5, 30_000),
        "valid": rnd.randint(5, 3_000),
        "response_rate": round(rnd.random(), 3),
        "satisfaction": round(rnd.random(), 3),
        "published": f"20{rnd.randint(20, 25)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}",
        "name_kk": f"{code} бағдарламасының {i % 60 + 1}-пәні",
        "name_ru": f"Дисциплина {i % 60 + 1} программы {code}",
        "name_en": f"Discipline {i % 60 + 1} of {code}",
        "note_en": sentence(rnd, "en") if i % 4 == 0 else "",
        "credits": rnd.choice((3, 4, 5, 6)),
    }


def write_open_data(folder: Path, megabytes: float, seed: int = 11) -> dict[str, int]:
    """Open-data-like CSV and JSON (half of megabytes each); bytes written per type."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    half = int(megabytes * 500_000)
    written = {".csv": 0, ".json": 0}
    part = 0
    while written[".csv"] < half or written[".json"] < half:
        rows = [_row(rnd, i) for i in range(4000)]
        if written[".csv"] < half:
            out = io.StringIO()
            writer = csv.DictWriter(out, _COLUMNS, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
            data = out.getvalue().encode("utf-8")
            (folder / f"data{part}.csv").write_bytes(data)
            written[".csv"] += len(data)
        if written[".json"] < half:
            doc = {"dataset": {"name": f"data{part}", "rows": len(rows)}, "rows": rows}
            data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
            (folder / f"data{part}.json").write_bytes(data)
            written[".json"] += len(data)
        part += 1
    return written


def scan_by_type(root: Path, allowlist: Allowlist) -> tuple[dict[str, list[float]], int]:
    """{suffix: [bytes, cpu seconds, wall seconds]} and the number of findings."""
    per_type: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    findings = 0
    errors: list[str] = []
    for file in iter_files([root], errors):
        wall, cpu = time.perf_counter(), time.process_time()
        findings += len(scan_file(file, allowlist))
        entry = per_type[file.suffix.lower()]
        entry[0] += file.stat().st_size
        entry[1] += time.process_time() - cpu
        entry[2] += time.perf_counter() - wall
    return dict(per_type), findings


def realistic_report() -> bool:
    """Recall and false positives of whole files, per class and per file type; True if
    every positive is caught and no look-alike reported."""
    from tests.privacy.realistic import samples

    allowlist = load_allowlist()
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for sample in samples():
        found = {f.category for f in scan_file(Path(sample.name), allowlist, data=sample.data)}
        for key in (("class", sample.cls), ("type", sample.ftype), ("all", "all")):
            row = rows[key]
            if sample.expect:
                row[0] += 1
                row[1] += sample.expect <= found
            else:
                row[2] += 1
                row[3] += bool(found)
    print("Realistic files: positives caught / positives, look-alikes reported / look-alikes")
    for (group, name), (pos, caught, neg, wrong) in sorted(rows.items()):
        recall = f"{caught / pos:6.3f}" if pos else "     -"
        print(
            f"  {group:5} {name:12} recall {recall} ({caught}/{pos})  false positives {wrong}/{neg}"
        )
    pos, caught, neg, wrong = rows[("all", "all")]
    return caught == pos and wrong == 0


def unique_files(root: Path) -> list[tuple[Path, bytes]]:
    """Each distinct file of a tree once (the gate reads a copy once too)."""
    seen: set[bytes] = set()
    out = []
    for file in iter_files([root], []):
        data = file.read_bytes()
        digest = digest_of(data)
        if digest not in seen:
            seen.add(digest)
            out.append((file, data))
    return out


def _scan_all(
    files: list[tuple[Path, bytes]],
    allowlist: Allowlist,
    prefilter: bool,
    covered: Container[Path] = frozenset(),
) -> tuple[dict[str, object], float]:
    """Findings (or the error) per file, and the CPU seconds of the scan. `covered`: the
    files published beside them, whose copies in an archive the build does not read."""
    results: dict[str, object] = {}
    cpu = time.process_time()
    for file, data in files:
        try:
            results[str(file)] = scan_file(file, allowlist, covered, data=data, prefilter=prefilter)
        except Exception as exc:
            results[str(file)] = repr(exc)
    return results, time.process_time() - cpu


def _differences(full: dict[str, object], fast: dict[str, object]) -> list[str]:
    return [name for name in full if full[name] != fast.get(name)]


def _count(results: dict[str, object]) -> int:
    return sum(len(v) for v in results.values() if isinstance(v, list))


def unique_report(site: Path, planted: int, min_mbps: float) -> bool:
    """The full and the prefiltered scan of a site's unique bytes, back to back; True if
    they found the same everywhere (planted pages too) and the prefiltered one is fast."""
    allowlist = load_allowlist()
    files = unique_files(site)
    # As the build's gate: an archive's members that are published files are read as those.
    covered = ResolvedPaths(iter_files([site], []))
    megabytes = sum(len(data) for _, data in files) / 1e6
    print(f"{site}: {len(files)} distinct files, {megabytes:.1f} MB")
    prepare_prefilter()  # the patterns compile once, here, not in the prefiltered scan's time
    scan_file(files[0][0], allowlist, data=files[0][1])
    full, full_cpu = _scan_all(files, allowlist, prefilter=False, covered=covered)
    fast, fast_cpu = _scan_all(files, allowlist, prefilter=True, covered=covered)
    for name, cpu, found in (("full", full_cpu, full), ("prefiltered", fast_cpu, fast)):
        print(
            f"  {name:12} {megabytes / cpu:6.1f} MB/s CPU ({cpu:.2f} s), {_count(found)} findings"
        )
    differ = _differences(full, fast)
    print(f"  findings differ in {len(differ)} files" + (f": {differ[:5]}" if differ else ""))
    texts = [file for file, _ in files if (kind_of(file) or ("",))[0] == "text"]
    pages = planted_files(texts, load_lines(), planted)
    full, _ = _scan_all(pages, allowlist, prefilter=False)
    fast, _ = _scan_all(pages, allowlist, prefilter=True)
    planted_differ = _differences(full, fast)
    print(
        f"planted: {len(pages)} random pages with 3 corpus lines each, {_count(full)} findings; "
        f"differ in {len(planted_differ)}" + (f": {planted_differ[:5]}" if planted_differ else "")
    )
    return not differ and not planted_differ and megabytes / fast_cpu >= min_mbps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=20.0, help="HTML and Markdown")
    parser.add_argument("--data-megabytes", type=float, default=20.0, help="CSV and JSON")
    parser.add_argument("--site", type=Path, help="scan this built site instead")
    parser.add_argument("--min-mbps", type=float, default=10.0)
    parser.add_argument("--corpus-only", action="store_true", help="skip the throughput runs")
    parser.add_argument(
        "--unique",
        action="store_true",
        help="with --site: its distinct files, full and prefiltered scan, planted-data check",
    )
    parser.add_argument("--planted", type=int, default=1000, help="pages for --unique")
    args = parser.parse_args()
    if args.unique:
        if args.site is None:
            parser.error("--unique needs --site PATH (a built site)")
        return 0 if unique_report(args.site, args.planted, args.min_mbps) else 1
    corpus_report()
    perfect = realistic_report()
    if args.corpus_only:
        return 0 if perfect else 1
    allowlist: Allowlist = load_allowlist()
    prepare_prefilter()  # the gate's speed with its prefilter, as a build without a cache
    if args.site:
        per_type, findings = scan_by_type(args.site, allowlist)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            write_site_corpus(Path(tmp) / "pages", args.megabytes)
            write_open_data(Path(tmp) / "opendata", args.data_megabytes)
            per_type, findings = scan_by_type(Path(tmp), allowlist)
    total = [sum(v[i] for v in per_type.values()) for i in range(3)]
    # CPU time is the one-core figure; wall time also counts other processes' load.
    for name, (size, cpu, _wall) in sorted(per_type.items(), key=lambda kv: -kv[1][0]):
        mb = size / 1e6
        print(f"{name:8} {mb:7.1f} MB  {mb / max(cpu, 1e-9):6.1f} MB/s CPU ({cpu:.2f} s)")
    mb, cpu, wall = total[0] / 1e6, total[1], total[2]
    print(f"scanned {mb:.1f} MB ({findings} findings): {mb / cpu:.1f} MB/s CPU "
          f"({cpu:.2f} s), {mb / wall:.1f} MB/s wall ({wall:.2f} s)")  # fmt: skip
    return 0 if mb / cpu >= args.min_mbps and perfect else 1


if __name__ == "__main__":
    sys.exit(main())
