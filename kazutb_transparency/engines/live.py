"""`make serve`: the live preview served by the engine's own live-reload server.

The server (MkDocs' or ProperDocs' `livereload.LiveReloadServer`, their public server class)
watches data/, docs/, the templates and the configuration, and calls the preview's
rebuild (buildsteps/live_preview.py) when a file changes; browsers showing a page reload
once the rebuild is served. It looks for changes every twentieth of a second (less often in
a large tree), not the engine's default half second, and rebuilds once the poll saw a
change, not a tenth of a second later: those waits are added to every edit's time.

The pages the preview places carry a policy that lets the server's reload script run
(buildsteps/live_preview.py, `with_reload_allowed`): the site's own would stop it, and an
open page would never reload.
"""

from __future__ import annotations

import errno
import logging
import os
from importlib import import_module
from pathlib import Path

from kazutb_transparency.buildsteps.live_preview import LivePreview
from kazutb_transparency.buildsteps.pipeline import data_dir_for
from kazutb_transparency.engines.commands import Engine
from kazutb_transparency.engines.guard import guarded
from kazutb_transparency.surveys.pages.charts_ahead import stop as stop_charts

log = logging.getLogger("kazutb.serve")
SERVED = Path(".cache") / "live-site"
POLLING_S = 0.05  # at least; more for a large tree (polling_interval)
POLL_S_PER_FILE = 75e-6
POLLING_MAX_S = 0.25
BUILD_DELAY_S = 0.02
# How long the server's threads wait before they look whether to stop (the engine's default
# is a quarter of a second): Ctrl-C waits for them.
SHUTDOWN_DELAY_S = 0.05


class PortTaken(Exception):
    """The server could not listen on its port (scripts/serve.py says so in one line)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


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
            shutdown_delay=SHUTDOWN_DELAY_S,
        )
        # The server waits until no file changed for build_delay (0.1 s) after the poll
        # that saw a change: with polling, the next changes are seen a poll later anyway,
        # and a save caught half-way is rebuilt again at the next poll.
        server.build_delay = BUILD_DELAY_S
        server.set_app(guarded(server.get_app(), host, port))  # wsgiref's public pair
        not_found = served / "404.html"
        server.error_handler = lambda code: not_found.read_bytes() if code == 404 else None
        for folder in watched:
            server.watch(str(folder))
        server.watch(str(root / "mkdocs.yml"))
        try:
            server.serve()  # until Ctrl-C: scripts/serve.py says it stopped, in one line
        except OSError as exc:
            # Only its start can raise this: a failed rebuild is the preview's own (shown in
            # the page), and the requests are answered in threads. A port taken after
            # scripts/serve.py found it free, while the first build ran:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise PortTaken(exc) from exc
            raise
        finally:
            server.shutdown()
    finally:
        # Stopping: the engines and chart workers killed, not waited for, and no collection
        # of what the preview kept (the process ends).
        preview.close(collect=False)
        stop_charts()
