"""The local backend: the build's check before anything is written, data/ only, this
machine only."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kazutb_transparency.editor.server import EditorServer


def _post(server: EditorServer, body: dict, headers: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(
        f"{server.url}api/v1",
        json.dumps(body).encode(),
        {"Content-Type": "application/json", **(headers or {})},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _persist(path: str, raw: str) -> dict:
    return {
        "action": "persistEntry",
        "params": {
            "branch": "main",
            "dataFiles": [{"slug": "x", "path": path, "raw": raw}],
            "assets": [],
            "options": {"commitMessage": "edit", "useWorkflow": False, "status": ""},
        },
    }


def test_a_refused_file_is_not_written_and_the_message_is_the_builds(
    editor: EditorServer, work_copy: Path
) -> None:
    path = work_copy / "data" / "transparency" / "appeals.yaml"
    before = path.read_text("utf-8")
    broken = before.replace("response_days:", "response_days: 400\nold_days:", 1)
    status, answer = _post(editor, _persist("data/transparency/appeals.yaml", broken))
    assert status == 422
    assert "data/transparency/appeals.yaml" in answer["error"]
    assert path.read_text("utf-8") == before


def test_only_data_files_editors_keep_are_written(editor: EditorServer, work_copy: Path) -> None:
    for where in ("data/../Makefile", "Makefile", "data/style.yaml", "/etc/passwd"):
        status, _ = _post(editor, _persist(where, "x: 1\n"))
        assert status == 422, where
    assert not (work_copy / "Makefile").exists()


def test_a_request_from_another_site_is_refused(editor: EditorServer) -> None:
    status, _ = _post(editor, {"action": "info"}, {"Origin": "https://example.org"})
    assert status == 403
    status, answer = _post(editor, {"action": "info"})
    assert status == 200 and answer["type"] == "local_fs"


def test_the_editor_answers_on_this_machine_only(work_copy: Path) -> None:
    with pytest.raises(ValueError, match=r"127\.0\.0\.1"):
        EditorServer(work_copy, host="0.0.0.0", port=0)


def test_every_page_carries_a_policy_naming_no_other_host(editor: EditorServer) -> None:
    with urllib.request.urlopen(editor.url, timeout=10) as response:
        policy = response.headers["Content-Security-Policy"]
        page = response.read().decode()
    assert "default-src 'self'" in policy and "http" not in policy
    assert 'src="decap/decap-cms.js"' in page


def test_the_desk_lists_what_each_office_still_has_to_supply(editor: EditorServer) -> None:
    with urllib.request.urlopen(f"{editor.url}status.html?lang=ru", timeout=120) as response:
        page = response.read().decode("utf-8")
        assert response.headers["Content-Type"].startswith("text/html")
    assert '<html lang="ru">' in page and "Отдел формирования контингента" in page
    with urllib.request.urlopen(f"{editor.url}office-status.xlsx", timeout=120) as response:
        assert response.read(2) == b"PK"  # an XLSX is a zip archive


def test_a_browser_that_closed_its_tab_prints_no_traceback(editor, capsys) -> None:
    try:
        raise BrokenPipeError(32, "Broken pipe")
    except BrokenPipeError:
        editor.handle_error(None, ("127.0.0.1", 1))
    try:
        raise ValueError("a defect of the desk")
    except ValueError:
        editor.handle_error(None, ("127.0.0.1", 1))
    printed = capsys.readouterr().err
    assert "Broken pipe" not in printed and "a defect of the desk" in printed
