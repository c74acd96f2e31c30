"""One language's engine, kept running by the live preview (`make serve`).

It is started with the same settings as the render step gives a language's process (the
environment mkdocs.yml reads with `!ENV`), loads the engine once, and renders the staged
tree each time it reads a line on its input: a dirty build, through the engine's public
functions (`load_config`, `commands.build.build`), so that only pages whose source is newer
than their output are rendered. It answers one line per build: `ok`, or `error` and what
the engine said.

mkdocs.yml is read once, with the engine's own YAML loader (`utils.yaml.yaml_load`), and
each build's configuration is made from a copy of what it read, as `load_config` makes it
from the file: reading the file with the engine's pure-Python YAML parser was a third of a
rebuild's time. The worker is started again when mkdocs.yml changes (live_preview.py).

    python -m kazutb_transparency.engines.render_worker mkdocs|properdocs ROOT OUT_DIR
"""

from __future__ import annotations

import copy
import io
import json
import logging
import os
import signal
import sys
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any


def main(argv: list[str]) -> int:
    program, root, out_dir = argv[0], Path(argv[1]), argv[2]
    # Ctrl-C in `make serve` reaches the whole process group: the preview ends this worker
    # (end of its input), so the worker ignores it rather than print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The answers go through the original standard output; everything the engine prints
    # goes to standard error (the worker's log), never into an answer.
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8")
    os.dup2(2, 1)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    configure = configuration(program, root / "mkdocs.yml", out_dir)
    build = import_module(f"{program}.commands.build").build
    for _ in sys.stdin:
        try:
            build(configure(), dirty=True)
        except Exception as exc:
            answers.write("error " + json.dumps(f"{type(exc).__name__}: {exc}") + "\n")
        else:
            answers.write("ok\n")
        answers.flush()
    return 0


def configuration(program: str, config_file: Path, out_dir: str) -> Callable[[], Any]:
    """What makes a build's configuration: from the settings read once, or, when they
    cannot be read apart from a configuration (a `!relative` tag), from the file each time."""
    load_config = import_module(f"{program}.config").load_config
    try:
        with config_file.open("rb") as fd:
            settings = import_module(f"{program}.utils.yaml").yaml_load(fd)
    except Exception:  # the engine reports it, with its own words, at the first build
        return lambda: load_config(str(config_file), site_dir=out_dir)
    return lambda: load_config(
        io.BytesIO(b"{}"),
        config_file_path=str(config_file),
        **{**copy.deepcopy(settings), "site_dir": out_dir},
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
