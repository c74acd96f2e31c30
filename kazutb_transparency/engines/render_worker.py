"""One language's engine, kept running by the live preview (`make serve`).

It is started with the same settings as the render step gives a language's process (the
environment mkdocs.yml reads with `!ENV`), loads the engine once, and renders the staged
tree each time it reads a line on its input: a dirty build, through the engine's public
functions (`load_config`, `commands.build.build`), so that only pages whose source is newer
than their output are rendered. It answers one line per build: `ok`, or `error` and what
the engine said.

    python -m kazutb_transparency.engines.render_worker mkdocs|properdocs ROOT OUT_DIR
"""

from __future__ import annotations

import json
import logging
import os
import sys
from importlib import import_module
from pathlib import Path


def main(argv: list[str]) -> int:
    program, root, out_dir = argv[0], Path(argv[1]), argv[2]
    # The answers go through the original standard output; everything the engine prints
    # goes to standard error (the worker's log), never into an answer.
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    load_config = import_module(f"{program}.config").load_config
    build = import_module(f"{program}.commands.build").build
    for _ in sys.stdin:
        try:
            config = load_config(str(root / "mkdocs.yml"), site_dir=out_dir)
            build(config, dirty=True)
        except Exception as exc:
            answers.write("error " + json.dumps(f"{type(exc).__name__}: {exc}") + "\n")
        else:
            answers.write("ok\n")
        answers.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
