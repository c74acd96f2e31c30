"""Lighthouse (mobile) on the representative pages of a built site, served on 127.0.0.1.

    .venv/bin/mkdocs build && .venv/bin/python scripts/lighthouse_check.py

Runs the npm package `lighthouse` (pinned in package.json; `make browser-deps` installs it
and chromium) with its default mobile settings and simulated throttling on each page,
prints a table of the four category scores and exits 1 if any score is below the threshold
(95 by default). A script and not a test: the performance score depends on how busy the
machine is, so the table also prints the load average; guide/publishing.md records the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox"

# The representative pages of issue 33: (label, path from the site's root, query string).
PAGES: tuple[tuple[str, str, str], ...] = (
    ("home kk", "index.html", ""),
    ("home ru", "ru/index.html", ""),
    ("home en", "en/index.html", ""),
    ("programme", "programmes/6B02101.html", ""),
    ("process", "processes/p01.html", ""),
    ("survey", "quality/academic-integrity.html", ""),
    ("open data", "opendata/index.html", ""),
    # The search box opens with the query of ?q= (the theme's search reads it on load).
    ("search 'бағдарлама'", "index.html", "q=" + quote("бағдарлама")),
)


# Text files are sent compressed, as every static host does (GitHub Pages, nginx, a CDN):
# Lighthouse weighs what crosses the network, and the plain http.server compresses nothing.
COMPRESSED = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".csv"}


class _Handler(SimpleHTTPRequestHandler):
    """Static files as a host serves them: gzip for text, quiet."""

    _gzipped: ClassVar[dict[Path, bytes]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in COMPRESSED and path.is_file()):
            super().do_GET()
            return
        body = self._gzipped.get(path)
        if body is None:
            body = self._gzipped[path] = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serve(site: Path) -> ThreadingHTTPServer:
    """The built site on a free port of 127.0.0.1, in a background thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if found := shutil.which(name):
            return found
    return None


def audit(url: str, out: Path, timeout: int) -> dict:
    """Lighthouse's JSON report of one page (mobile form factor, simulated throttling)."""
    env = dict(os.environ)
    if "CHROME_PATH" not in env and (browser := chromium()):
        env["CHROME_PATH"] = browser
    command = [
        str(LIGHTHOUSE),
        url,
        f"--chrome-flags={CHROME_FLAGS}",
        "--only-categories=" + ",".join(CATEGORIES),
        "--output=json",
        f"--output-path={out}",
        "--quiet",
    ]
    subprocess.run(command, env=env, check=True, timeout=timeout)
    return json.loads(out.read_text(encoding="utf-8"))


def scores(report: dict) -> dict[str, int | None]:
    found = {}
    for name in CATEGORIES:
        score = report["categories"].get(name, {}).get("score")
        found[name] = None if score is None else round(score * 100)
    return found


METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index")  # fmt: skip


def shortfalls(report: dict, limit: int = 6) -> list[str]:
    """The performance metrics, then the audits that cost points, worst first: what to fix."""
    audits = report["audits"]
    metrics = [f"{name} {audits[name].get('displayValue', '?')}" for name in METRICS]
    weak = [
        (audit["score"], audit["id"])
        for audit in audits.values()
        if audit.get("score") is not None
        and audit["score"] < 0.9
        and audit["id"] not in METRICS
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    ]
    return metrics + [f"{name} ({score:.2f})" for score, name in sorted(weak)[:limit]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site")
    parser.add_argument("--threshold", type=int, default=95, help="lowest acceptable score")
    parser.add_argument("--only", nargs="*", help="labels of the pages to check (default all)")
    parser.add_argument("--timeout", type=int, default=300, help="seconds per page")
    parser.add_argument("--json", type=Path, help="also write every score to this file")
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print("node_modules/.bin/lighthouse missing: run `make browser-deps`", file=sys.stderr)
        return 2
    if not (args.site / "index.html").is_file():
        print(f"{args.site}/index.html missing: build the site first", file=sys.stderr)
        return 2
    pages = [p for p in PAGES if not args.only or p[0] in args.only]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"Lighthouse mobile, {len(pages)} pages, load average {load}, {os.cpu_count()} CPUs")
    print(f"{'page':<24}" + "".join(f"{c:>16}" for c in CATEGORIES))
    server = serve(args.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    failed: list[str] = []
    results = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for label, path, query in pages:
                url = base + path + (f"?{query}" if query else "")
                report = audit(url, Path(tmp) / "report.json", args.timeout)
                found = scores(report)
                results[label] = found
                cells = "".join(f"{'—' if s is None else s:>16}" for s in found.values())
                print(f"{label:<24}{cells}", flush=True)
                if any(s is None or s < args.threshold for s in found.values()):
                    failed.append(f"{label}: " + ", ".join(shortfalls(report)))
    finally:
        server.shutdown()
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    for line in failed:
        print(f"below {args.threshold}: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
