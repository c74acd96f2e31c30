"""`make serve`: the live preview served by the engine's own live-reload server.

The server (MkDocs' or ProperDocs' `livereload.LiveReloadServer`, their public server class)
watches data/, docs/, the templates and the configuration, and calls the preview's
rebuild (buildsteps/live_preview.py) when a file changes; browsers showing a page reload
once the rebuild is served. It looks for changes every twentieth of a second (less often in
a large tree), not the engine's default half second, and rebuilds once the poll saw a
change, not a tenth of a second later: those waits are added to every edit's time.
"""

from __future__ import annotations

import logging
import os
from importlib import import_module
from pathlib import Path

from kazutb_transparency.buildsteps.live_preview import LivePreview
from kazutb_transparency.buildsteps.pipeline import data_dir_for
from kazutb_transparency.engines.commands import Engine

log = logging.getLogger("kazutb.serve")
SERVED = Path(".cache") / "live-site"
POLLING_S = 0.05  # at least; more for a large tree (polling_interval)
POLL_S_PER_FILE = 75e-6
POLLING_MAX_S = 0.25
BUILD_DELAY_S = 0.02


def polling_interval(folders: list[Path]) -> float:
    """How often the server looks for changes: each poll reads the time of every watched
    file (about 5 µs each), so the interval grows with the files to keep the watcher
    under a twentieth of a core (the default data: every 0.05 s; 1,400 files: 0.1 s)."""
    files = sum(len(names) for folder in folders for _, _, names in os.walk(folder))
    return min(POLLING_MAX_S, max(POLLING_S, files * POLL_S_PER_FILE))


def serve(root: Path, engine: Engine, host: str, port: int) -> None:
    server_class = import_module(f"{engine.program}.livereload").LiveReloadServer
    served = root / SERVED
    served.mkdir(parents=True, exist_ok=True)
    preview = LivePreview(root, engine, served, log.warning, log.info)
    try:
        preview.rebuild()
        watched = [data_dir_for(root), root / "docs", root / "overrides", root / "hooks"]
        watched = [folder for folder in watched if folder.is_dir()]
        server = server_class(
            builder=preview.rebuild,
            host=host,
            port=port,
            root=str(served),
            polling_interval=polling_interval(watched),
        )
        # The server waits until no file changed for build_delay (0.1 s) after the poll
        # that saw a change: with polling, the next changes are seen a poll later anyway,
        # and a save caught half-way is rebuilt again at the next poll.
        server.build_delay = BUILD_DELAY_S
        not_found = served / "404.html"
        server.error_handler = lambda code: not_found.read_bytes() if code == 404 else None
        for folder in watched:
            server.watch(str(folder))
        server.watch(str(root / "mkdocs.yml"))
        try:
            server.serve()  # until Ctrl-C: scripts/serve.py says it stopped, in one line
        finally:
            server.shutdown()
    finally:
        preview.close()
