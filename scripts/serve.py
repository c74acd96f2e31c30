"""The live preview (`make serve`): the site on http://127.0.0.1:8000, rebuilt on every edit.

    python scripts/serve.py [--engine mkdocs|properdocs] [--dev-addr HOST:PORT] [--root DIR]

An edit under data/ reloads only the data it touches and renders only the pages it changes,
every language at once (kazutb_transparency/buildsteps/live_preview.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", default="mkdocs", choices=("mkdocs", "properdocs"))
    parser.add_argument("--dev-addr", default="127.0.0.1:8000", help="HOST:PORT")
    parser.add_argument("--root", type=Path, default=ROOT, help="the project (default: this one)")
    args = parser.parse_args(argv)
    host, _, port = args.dev_addr.rpartition(":")
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s -  %(message)s")
    root = args.root.resolve()
    os.chdir(root)
    # Ctrl-C stops the preview at any moment, even while it loads, with this one line: the
    # workers ignore it (a process group of their own) and the preview stops them.
    try:
        from kazutb_transparency.core.errors import refused_on_load

        with refused_on_load():  # the interface catalogs are read as the modules load
            from kazutb_transparency.engines import engine_named
            from kazutb_transparency.engines.live import serve

        serve(root, engine_named(args.engine), host or "127.0.0.1", int(port))
    except KeyboardInterrupt:
        print("make serve: stopped (Ctrl-C)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
