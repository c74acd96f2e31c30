#!/usr/bin/env python3
"""The share of the Kazakh text of a built site assembled from catalog fragments.

Usage: scripts/measure_template_share.py SITE_DIR [--catalog data/interface/kk.yaml] [--top N]
The counting is kazutb_transparency.core.template_share's.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kazutb_transparency.core.template_share import measure_site, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--catalog", type=Path, default=Path("data/interface/kk.yaml"))
    parser.add_argument("--top", type=int, default=0, help="list the N most used fragments")
    args = parser.parse_args(argv)
    if not args.site_dir.is_dir():
        print(f"{args.site_dir}: no built site here; build one with scripts/build_site.py")
        return 1
    print(report(measure_site(args.site_dir, args.catalog), args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
