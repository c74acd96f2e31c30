"""What the live preview answers before the engine's server sees a request: a request
that names another host (DNS rebinding) or a path no file can have (a NUL byte, which
the server's file lookup would raise on) gets a short plain answer, never a page or a
traceback. A WSGI wrapper set with the server's public `set_app` (wsgiref)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote

from kazutb_transparency.core.localhost import local_hosts

App = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def guarded(app: App, host: str, port: int) -> App:
    """`app` answering only requests that name this machine (or `host`, where the preview
    was asked to listen) on `port`."""
    allowed = local_hosts(port) | {f"{host}:{port}"}

    def answer(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        host = environ.get("HTTP_HOST", "")
        path = environ.get("PATH_INFO", "")
        if host not in allowed:
            return _plain(
                start_response, "421 Misdirected Request", "this preview answers to 127.0.0.1 only"
            )
        if "\x00" in path or "\x00" in unquote(path):
            return _plain(start_response, "400 Bad Request", "no such page")
        return app(environ, start_response)

    return answer


def _plain(start_response: Callable[..., Any], status: str, text: str) -> list[bytes]:
    body = (text + "\n").encode("utf-8")
    start_response(
        status, [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
    )
    return [body]
