"""The live preview answers only requests that name this machine, and a path no file can
have gets a plain answer, not a traceback (engines/guard.py, set on the engine's server)."""

from __future__ import annotations

from typing import Any

import pytest

from kazutb_transparency.engines.guard import guarded


def _ask(host: str, path: str = "/index.html") -> tuple[str, bytes]:
    seen: list[str] = []

    def page(environ: dict[str, Any], start_response: Any) -> list[bytes]:
        start_response("200 OK", [])
        return [b"the page"]

    app = guarded(page, "127.0.0.1", 8000)
    body = b"".join(
        app({"HTTP_HOST": host, "PATH_INFO": path}, lambda status, headers: seen.append(status))
    )
    return seen[0], body


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000", "[::1]:8000"])
def test_this_machine_is_answered(host: str) -> None:
    assert _ask(host) == ("200 OK", b"the page")


@pytest.mark.parametrize(
    "host", ["attacker.example:8000", "127.0.0.1:9999", "", "127.0.0.1", "localhost.evil:8000"]
)
def test_another_host_gets_nothing_of_the_working_copy(host: str) -> None:
    status, body = _ask(host)
    assert status.startswith("421") and b"the page" not in body


def test_a_path_with_a_nul_byte_is_a_plain_answer() -> None:
    status, body = _ask("127.0.0.1:8000", "/\xff\xfe\x00.html")
    assert status.startswith("400") and b"Traceback" not in body
