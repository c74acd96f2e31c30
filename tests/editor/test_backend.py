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
        with urllib.request.urlopen(request, timeout=120) as response:
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


# --- the one write path of data/ (core/datawrite.py), shared with `make import` ---------


def test_a_link_in_data_is_never_written_through(editor: EditorServer, work_copy: Path) -> None:
    outside = work_copy / "outside.yaml"
    target = work_copy / "data" / "transparency" / "appeals.yaml"
    outside.write_text(target.read_text("utf-8"), encoding="utf-8")
    before = outside.read_bytes()
    target.unlink()
    target.symlink_to(outside)
    changed = before.decode("utf-8").replace("response_days: 15", "response_days: 14", 1)
    assert changed != before.decode("utf-8")
    status, _ = _post(editor, _persist("data/transparency/appeals.yaml", changed))
    assert status == 422
    assert outside.read_bytes() == before
    # A link to another file of data/ is not followed either.
    inside = work_copy / "data" / "appeals-copy.yaml"
    inside.write_bytes(before)
    target.unlink()
    target.symlink_to(inside)
    status, answer = _post(editor, _persist("data/transparency/appeals.yaml", changed))
    assert status == 422 and "symbolic link" in answer["error"]
    assert inside.read_bytes() == before and target.is_symlink()


def test_a_save_waits_for_the_lock_an_import_holds(editor: EditorServer, work_copy: Path) -> None:
    import threading
    import time

    from kazutb_transparency.core.datawrite import data_lock

    path = work_copy / "data" / "transparency" / "appeals.yaml"
    changed = path.read_text("utf-8").replace("response_days: 15", "response_days: 14", 1)
    answers: list[int] = []
    with data_lock(work_copy / "data"):
        saving = threading.Thread(
            target=lambda: answers.append(
                _post(editor, _persist(str(path.relative_to(work_copy)), changed))[0]
            )
        )
        saving.start()
        time.sleep(1.0)
        assert answers == [] and "response_days: 14" not in path.read_text("utf-8")
    saving.join(timeout=60)
    assert answers == [200] and "response_days: 14" in path.read_text("utf-8")


def test_a_save_of_two_files_that_fails_half_way_changes_neither(
    editor: EditorServer, work_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from kazutb_transparency.core import datawrite

    appeals = work_copy / "data" / "transparency" / "appeals.yaml"
    agencies = work_copy / "data" / "disclosures" / "agencies.yaml"
    befores = {p: p.read_bytes() for p in (appeals, agencies)}
    real, calls = os.replace, []

    def second_fails(source: object, target: object) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(source, target)

    monkeypatch.setattr(datawrite.os, "replace", second_fails)
    body = _persist("data/transparency/appeals.yaml", appeals.read_text("utf-8").replace(
        "response_days: 15", "response_days: 14", 1))  # fmt: skip
    body["params"]["dataFiles"].append({
        "slug": "y", "path": "data/disclosures/agencies.yaml",
        "raw": agencies.read_text("utf-8") + "\n# checked\n",
    })  # fmt: skip
    status, _ = _post(editor, body)
    assert status >= 400
    assert {p: p.read_bytes() for p in befores} == befores


@pytest.mark.parametrize(
    "body",
    [
        '{"action": "getEntry", "params": {"path": ' + "[" * 5000 + "]" * 5000 + "}}",
        '{"action": "persistEntry", "params": {"dataFiles": [{"path": '
        '"data/transparency/appeals.yaml", "raw": "a: \\ud800"}]}}',
        '{"action": "persistEntry", "params": {"dataFiles": [1, 2]}}',
        '{"action": "entriesByFiles", "params": {"files": ["data/units.yaml"]}}',
        '{"action": "getEntry", "params": {"path": 7}}',
    ],
    ids=["deep", "lone-surrogate", "list-of-numbers", "string-for-object", "number-for-path"],
)
def test_a_malformed_request_is_answered_in_one_line(
    editor: EditorServer, body: str, capsys: pytest.CaptureFixture[str]
) -> None:
    request = urllib.request.Request(
        f"{editor.url}api/v1", body.encode(), {"Content-Type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert 400 <= refused.value.code < 500
    assert "error" in json.loads(refused.value.read())
    assert "Traceback" not in capsys.readouterr().err


def test_a_problem_only_the_whole_data_show_is_said_at_its_field(
    editor: EditorServer, work_copy: Path
) -> None:
    """A faculty no record of faculties.yaml has: the file alone is valid, the whole data
    are not; the answer names the field and its value, in Kazakh, and nothing is written."""
    path = work_copy / "data" / "disclosures" / "programmes" / "6B04105.yaml"
    before = path.read_text("utf-8")
    changed = before.replace("faculty: economics-business", "faculty: no-such-faculty", 1)
    assert changed != before
    where = "data/disclosures/programmes/6B04105.yaml"
    body = {"action": "checkEntry", "params": {"path": where, "raw": changed, "lang": "kk"}}
    status, answer = _post(editor, body)
    assert status == 200
    first = answer["problems"][0]
    assert first["name"] == "faculty" and first["value"] == "no-such-faculty"
    assert "деген факультет жоқ" in first["text"]
    assert path.read_text("utf-8") == before


def test_a_documents_file_the_save_brings_along_is_not_missing(
    editor: EditorServer, work_copy: Path
) -> None:
    path = work_copy / "data" / "disclosures" / "documents.yaml"
    record = (
        "\n- id: development-programme-2031\n  kind: development-programme\n"
        '  title: {kk: "Даму бағдарламасы", ru: "Программа развития", en: "Development"}\n'
        '  date: 2026-06-01\n  issuer: {kk: "Директорлар кеңесі"}\n'
        "  file: development-programme-2031.pdf\n  languages: [kk, ru, en]\n"
        "  posted: 2026-11-20\n  updated: 2026-11-20\n  review_months: 12\n"
        '  provenance: confirmed\n  source: {kk: "Кеңестің шешімі"}\n'
    )
    raw = path.read_text("utf-8") + record
    params = {"path": "data/disclosures/documents.yaml", "raw": raw, "lang": "kk"}
    _, alone = _post(editor, {"action": "checkEntry", "params": params})
    assert [p["name"] for p in alone["problems"]] == ["file"]
    media = ["data/documents/development-programme-2031.pdf"]
    _, along = _post(editor, {"action": "checkEntry", "params": {**params, "media": media}})
    assert along["problems"] == []
