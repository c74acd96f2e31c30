"""scripts/check_personal_data.py: exit codes 0/1/2 and both output formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_personal_data.py"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_clean_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Ректор Л.К. Байболова, +7 (7172) 57-88-15.\n", encoding="utf-8")
    result = run(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""


def test_findings_exit_1_text(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Байланыс:\nтел. 87015551234\n", encoding="utf-8")
    result = run(tmp_path / "a.md")
    assert result.returncode == 1
    assert result.stdout == f"{tmp_path / 'a.md'}:2:6: phone: 8701***1234\n"
    assert "87015551234" not in result.stdout + result.stderr


def test_findings_exit_1_json(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text('<p>\n<img alt="Сарсенова А.Б.">\n</p>', encoding="utf-8")
    result = run(tmp_path, "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout) == [
        {
            "path": str(tmp_path / "a.html"),
            "line": 2,
            "column": 11,
            "category": "person-name",
            "excerpt": "Сар*** А***",
        }
    ]


def test_empty_json_list_when_clean(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("6B04105\n", encoding="utf-8")
    result = run(tmp_path, "--format", "json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []


def test_usage_and_read_errors_exit_2(tmp_path: Path) -> None:
    assert run().returncode == 2  # no path
    assert run(tmp_path, "--format", "xml").returncode == 2
    missing = run(tmp_path / "missing")
    assert missing.returncode == 2 and "no such file or directory" in missing.stderr
    (tmp_path / "bad.md").write_bytes(b"\xff\xfe\x00broken")
    bad = run(tmp_path / "bad.md")
    assert bad.returncode == 2 and "not valid UTF-8" in bad.stderr


def test_allowlist_option(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("тел. 87015551234\n", encoding="utf-8")
    allow = tmp_path / "allow.yaml"
    allow.write_text(
        "phones:\n  - number: '+7 701 555 12 34'\n    reason: test\n", encoding="utf-8"
    )
    assert run(tmp_path / "a.md", "--allowlist", allow).returncode == 0
    allow.write_text("phones:\n  - number: '12'\n    reason: test\n", encoding="utf-8")
    result = run(tmp_path / "a.md", "--allowlist", allow)
    assert result.returncode == 2 and "phones[0].number" in result.stderr


def test_runs_as_documented_from_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("6B04105\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "scripts/check_personal_data.py", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
