"""Interface strings: the markup they may carry, and clear errors for the rest
(core/interface_markup.py, core/interface.py), found by an independent review (27 Nov 2026)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kazutb_transparency.core import interface
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.interface_markup import markup_problem

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "text",
    [
        "More: [survey catalogue](surveys.md), [methodology](methodology.md).",
        "<strong>{value}</strong> (95 % CI)",
        'All datasets as a <span lang="en">Frictionless Data Package</span>',
        "p < 0.05; survey:<survey id> or document:<document code>",
        "See [the data](../opendata/index.md) and https://example.org/report.pdf",
        "{posted} · {updated:genitive}",
    ],
)
def test_the_markup_the_catalogs_use_is_allowed(text: str) -> None:
    assert markup_problem(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "[evil](javascript:alert(7))",
        "<javascript:alert(78)>",
        "[x](JaVa Script:alert(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)",
        "<img src=x onerror=alert(77)>",
        "<img src='https://evil.example/t.png'>",
        "![x](https://evil.example/track.png)",
        '[catalogue](surveys.md){: onclick="alert(79)" }',
        "[catalogue](surveys.md){ onclick=alert(1) }",
        "<script>alert(1)</script>",
        "<svg><a>x</a></svg>",
        '<span lang="en" onmouseover="alert(1)">x</span>',
        '<span style="color:red">x</span>',
        '<strong class="x">x</strong>',
        "<a href=surveys.html>x</a>",
        "&#106;avascript:alert(1)",
        "<iframe>",
    ],
)
def test_active_markup_is_refused(text: str) -> None:
    assert markup_problem(text) is not None, text


def _catalog_folder(tmp_path: Path, en_line: str) -> Path:
    folder = tmp_path / "interface"
    folder.mkdir()
    texts = {"kk": "Жариялау: {posted}", "ru": "Опубликовано: {posted}", "en": "Posted: {posted}"}
    for lang, text in texts.items():
        line = en_line if lang == "en" else f"  line: '{text}'"
        (folder / f"{lang}.yaml").write_text(f"demo:\n  title: T\n{line}\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("en_line", "said"),
    [
        ("  line: 'Posted: {0}'", "differ from the kk text's"),
        ("  line: 'Posted: {posted} [x](javascript:alert(1))'", "script address"),
        ("  line: [Posted, now]", "must be a text, not a list"),
        ("  other: 'x'", "missing or empty"),
    ],
)
def test_a_bad_string_is_reported_in_its_own_file_at_its_line(
    tmp_path: Path, en_line: str, said: str
) -> None:
    folder = _catalog_folder(tmp_path, en_line)
    with pytest.raises(DataError) as caught:
        interface.catalog("demo", folder)
    problems = [p for p in caught.value.problems if said in p.message]
    assert problems, caught.value
    assert problems[0].file.endswith("en.yaml")
    if "missing" not in said:
        assert problems[0].line == 3 and problems[0].field == "demo.line"


def test_a_command_stopped_by_a_catalog_lists_the_problem_without_a_traceback() -> None:
    """The catalogs load with the modules: the entry points report it as any data error."""
    code = (
        "from kazutb_transparency.core.errors import DataError, Problem, refused_on_load\n"
        "with refused_on_load():\n"
        "    raise DataError([Problem('data/interface/en.yaml', 'bad', line=3)])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 1
    assert "data/interface/en.yaml:3" in done.stderr and "Traceback" not in done.stderr
