"""The search index keeps table cells apart (hooks/search_text.py), and changes nothing else."""

from __future__ import annotations

import runpy
from pathlib import Path

from material.plugins.search.plugin import Parser

ROOT = Path(__file__).resolve().parents[1]
runpy.run_path(str(ROOT / "hooks" / "search_text.py"))  # patches Material's parser once


def indexed(html: str) -> list[tuple[str, str]]:
    parser = Parser()
    parser.feed(html)
    parser.close()
    sections = [("".join(s.title), "".join(s.text)) for s in parser.data]
    return [section for section in sections if section != ("", "")]  # the part before <h1>


def test_cells_end_with_a_separator() -> None:
    html = (
        "<h1 id='a'>Аккредитация</h1><table><thead><tr><th>Агентство</th><th>Вид</th></tr>"
        "</thead><tbody><tr><td>IAAR</td><td><p>институционалдық</p></td></tr></tbody></table>"
    )
    assert indexed(html) == [
        ("Аккредитация", "Агентство ·Вид ·IAAR ·<p>институционалдық</p> ·"),
    ]


def test_an_empty_cell_adds_no_second_mark() -> None:
    html = "<h2 id='b'>T</h2><table><tr><td>a</td><td></td><td> </td><td>b</td></tr></table>"
    assert indexed(html) == [("T", "a · b ·")]


def test_text_outside_tables_is_unchanged() -> None:
    html = (
        "<h2 id='c'>Бөлім</h2><p>бір <b>екі</b> <em>үш</em></p><ul><li>a</li><li>b</li></ul>"
        "<script>var cell = '<td>x</td>';</script><p>соңы</p>"
    )
    assert indexed(html) == [("Бөлім", "<p>бір екі үш</p><ul><li>a</li><li>b</li></ul><p>соңы</p>")]


def test_the_patch_is_applied_once() -> None:
    runpy.run_path(str(ROOT / "hooks" / "search_text.py"))
    assert indexed("<h3 id='d'>x</h3><table><tr><td>a</td></tr></table>") == [("x", "a ·")]
