"""The W3C Nu HTML Checker on every page of a built site, or of a freshly built large site.

    .venv/bin/python scripts/check_html_validity.py                 # every page of site/
    .venv/bin/python scripts/check_html_validity.py --large 40 8    # a large site: the default
                                                                    # data + 40 programmes × 8
                                                                    # disciplines, every unit's
                                                                    # survey results

The large data set is the benchmark's (kazutb_transparency/bench/dataset.py), made in a
temporary folder and built with KAZUTB_DATA; nothing of the repository changes. The checker
is vnu-jar from npm (package.json), run with Debian's Java (`make browser-deps`). Exits 1 and
lists the errors (page, line, message) if there is any; the test suite runs the same check on
a representative sample of the default site (tests/test_html_validity.py).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
BATCH = 400  # pages per run of the checker: a bounded command line and memory
TODAY = "2026-11-21"  # the day the tests build for: the large site's dates are checked on it


def vnu_errors(pages: Iterable[Path], java: str) -> list[dict]:
    """The checker's errors on these pages (one Java process per batch of pages)."""
    pages = list(pages)
    errors: list[dict] = []
    for start in range(0, len(pages), BATCH):
        batch = [str(p) for p in pages[start : start + BATCH]]
        result = subprocess.run(
            [java, "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json", *batch],
            capture_output=True,
            text=True,
            timeout=3600,
        )
        messages = json.loads(result.stderr or '{"messages": []}')["messages"]
        errors += [m for m in messages if m.get("type") in ("error", "non-document-error")]
    return errors


def build_large(programmes: int, disciplines: int, work: Path) -> Path:
    """The large data set in `work`, built into work/site; returns the site."""
    from kazutb_transparency.bench.dataset import make_dataset

    data = work / "data"
    info = make_dataset(data, programmes, disciplines)
    print(f"large data: {info.total_programmes} programmes, surveys: {info.surveys}", flush=True)
    site = work / "site"
    env = dict(os.environ, KAZUTB_DATA=str(data), KAZUTB_TODAY=TODAY, NO_MKDOCS_2_WARNING="1")
    env.pop("STRICT", None)
    mkdocs = ROOT / ".venv" / "bin" / "mkdocs"
    command = [str(mkdocs if mkdocs.exists() else "mkdocs"), "build", "-q", "-d", str(site)]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    return site


def report(errors: list[dict], site: Path, pages: int) -> int:
    for m in errors[:60]:
        where = m.get("url", "").removeprefix("file:").removeprefix(str(site.resolve()) + "/")
        print(f"{where}:{m.get('lastLine')}: {m['message'][:200]}")
    if len(errors) > 60:
        print(f"… and {len(errors) - 60} more")
    print(f"{len(errors)} errors in {pages} pages")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="a built site")
    parser.add_argument(
        "--large",
        nargs=2,
        type=int,
        metavar=("PROGRAMMES", "DISCIPLINES"),
        help="build and check a large site instead: synthetic programmes × disciplines each",
    )
    parser.add_argument("--keep", action="store_true", help="keep the large site's folder")
    args = parser.parse_args(argv)
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        print("java or node_modules/vnu-jar missing: run `make browser-deps`", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="kazutb-validity-")) if args.large else None
    try:
        started = time.monotonic()
        site = build_large(*args.large, work) if work else args.site
        if not (site / "index.html").is_file():
            print(f"{site}/index.html missing: build the site first", file=sys.stderr)
            return 2
        pages = sorted(site.rglob("*.html"))
        print(f"checking {len(pages)} pages of {site}…", flush=True)
        code = report(vnu_errors(pages, java), site, len(pages))
        print(f"{time.monotonic() - started:.0f} s")
        return code
    finally:
        if work is not None and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        elif work is not None:
            print(f"kept {work}")


if __name__ == "__main__":
    sys.exit(main())
