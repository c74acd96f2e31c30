"""Build the site: stage → render → finish (`make site`; `make site ENGINE=properdocs`).

    python scripts/build_site.py [--strict] [--engine mkdocs|properdocs] [--site-dir site]
    python scripts/build_site.py stage [--strict]      prints the work folder it staged into
    python scripts/build_site.py render WORK [--engine mkdocs|properdocs]
    python scripts/build_site.py finish WORK           scan, then swap into site/

The steps one by one are for engines and tools of one's own between them; `build` (the
default) runs all three in one process, the personal-data scan running ahead as pages come.

Prints warnings, a summary and, on failure, each problem with its file, line and what to
do; exits 1 and leaves the previous site/ as it was.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kazutb_transparency.core.errors import DataError, refused_on_load  # noqa: E402

with refused_on_load():  # the interface catalogs are read as the modules load
    from kazutb_transparency.buildsteps import pipeline, stages
    from kazutb_transparency.engines import ENGINES


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", nargs="?", default="build",
                        choices=("build", "stage", "render", "finish"))  # fmt: skip
    parser.add_argument("work", nargs="?", type=Path, help="the work folder `stage` printed")
    parser.add_argument("--strict", action="store_true", help="the build for publishing")
    parser.add_argument("--engine", default="mkdocs", choices=sorted(ENGINES))
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    parser.add_argument("-v", "--verbose", action="store_true", help="every step's timing")
    args = parser.parse_args()
    strict = args.strict or os.environ.get("STRICT", "") not in ("", "0")

    def warn(text: str) -> None:
        print(f"WARNING - {text}", file=sys.stderr)

    def info(text: str) -> None:
        if args.verbose or os.environ.get("KAZUTB_VERBOSE"):
            print(text)

    if args.step in ("render", "finish") and args.work is None:
        parser.error(f"{args.step} needs the work folder that `stage` printed")
    # Its folder made absolute, not `site` itself: that is a link to the published folder
    # (buildsteps/publish.py), which the build replaces, never writes in.
    site_dir = args.site_dir.parent.resolve() / args.site_dir.name
    try:
        if args.step == "stage":
            build = stages.stage(ROOT, site_dir, strict, warn)
            stages.save(build)
            print(build.work_dir)
            return 0
        if args.step in ("render", "finish"):
            return _one_step(args.step, args.work.resolve(), args.engine, warn, info)
        build = stages.build_site(ROOT, site_dir, args.engine, strict, warn, info)
    except Exception as exc:
        problems = pipeline.problems_of(exc, serving=False)
        if problems is None:
            raise
        print(f"ERROR - {DataError(problems)}", file=sys.stderr)
        # No site/ yet (a first build), or the one failure that leaves none (publish.py).
        unchanged = ": the previous site/ is unchanged" if site_dir.exists() else ""
        print(f"Nothing was published{unchanged}.", file=sys.stderr)
        return 1
    print(f"built in {build.timings['total']:.1f} s with {args.engine}: {args.site_dir}")
    return 0


def _one_step(step: str, work: Path, engine: str, warn, info) -> int:
    build = stages.load(work)
    try:
        if step == "render":
            stages.render_step(build, engine, warn)
            stages.save(build)
        else:
            pipeline.finish(build, warn=warn, info=info)
            print(f"published: {build.site_dir}")
    except Exception:
        pipeline.abandon(build)  # a failed step: nothing published, the work folder removed
        raise
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
