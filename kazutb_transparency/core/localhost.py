"""The names this machine answers to: the desk and the live preview serve only requests
that name one of them, so a page of another site that rebinds its own name to 127.0.0.1
(DNS rebinding) gets nothing from the working copy."""

from __future__ import annotations


def local_hosts(port: int) -> frozenset[str]:
    """The Host headers a local server on `port` accepts."""
    return frozenset({f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"})
