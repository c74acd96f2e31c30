"""The passes over a page's source find rows, cells, scripts and string joints as before.

html_row_hits reads a table's rows and cells by searching for where each ends instead
of matching `(.*?)` up to it, script_variable_hits the body of a script likewise, and
script_hits finds the joints of string literals from each "+" instead of trying each
quote. Each must give exactly the matches of the pattern it replaces (kept here): on
every file of the corpora, on random texts made of the markup those patterns turn on
(tags in any case, an end missing, quotes and blanks around "+"), and on the cases
written out below.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kazutb_transparency.privacy import encoded, script_variables, structure
from tests.privacy.realistic import samples

# The patterns as they were: the reference for the searches that replace them.
_TR = re.compile(r"<tr\b[^>]*>(.*?)(?:</tr\s*>|(?=<tr\b)|</table)", re.IGNORECASE | re.DOTALL)
_TD = re.compile(
    r"<t([dh])\b[^>]*>(.*?)(?=</t[dh]\s*>|<t[dh]\b|</tr|\Z)", re.IGNORECASE | re.DOTALL
)
_JOINT = re.compile(r"[\"'`][ \t]*\+[ \t]*[\"'`]")
_SCRIPT = re.compile(r"<script\b[^>]*>(?P<body>.*?)(?:</script\s*>|\Z)", re.IGNORECASE | re.DOTALL)

_CORPUS = Path(__file__).parent / "corpus"


def _rows_by_regex(source: str) -> list[tuple[int, str]]:
    return [(m.start(1), m.group(1)) for m in _TR.finditer(source)]


def _cells_by_regex(row: str) -> list[tuple[str, int, str]]:
    return [(m.group(1).lower(), m.start(2), m.group(2)) for m in _TD.finditer(row)]


def _joints_by_regex(source: str) -> list[tuple[int, int]]:
    return [m.span() for m in _JOINT.finditer(source)]


def _same(source: str) -> None:
    rows = list(structure._rows(source))
    assert rows == _rows_by_regex(source), source
    for _, content in rows:
        assert list(structure._cells(content)) == _cells_by_regex(content), content
    assert [m.span() for m in encoded._joints(source)] == _joints_by_regex(source), source
    scripts = [m.span("body") for m in _SCRIPT.finditer(source)]
    assert list(script_variables._scripts(source, 0)) == scripts, source


def _texts() -> list[str]:
    out = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(_CORPUS.rglob("*"))
        if path.is_file()
    ]
    out += [s.data.decode("utf-8", "replace") for s in samples()]
    return out


def test_every_corpus_file_gives_the_same_rows_cells_and_joints():
    texts = _texts()
    assert len(texts) > 20
    assert any(_rows_by_regex(t) for t in texts)  # a page with a table is among them
    for text in texts:
        _same(text)


_PIECES = (
    "<tr>", "<TR class='a>b'>", "<tr\n>", "</tr>", "</tr >", "</TR\t>", "</tr", "<table>",
    "</table>", "</TABLE", "<td>", "<TD x=1>", "<th>", "<th", "</td>", "</th >", "<tr",
    "<trx>", "<tdx>", "<thead>", "12", "KZ", " ", "\t", "\n", "+", "\"", "'", "`", "a",
    "<", ">", "<b>", "&amp;", "=", '"+"', "' + '", '" \t+', "<script>", "<SCRIPT a='>'>",
    "</script>", "</script >", "</Script\n>", "</script", "<scripts>",
)  # fmt: skip


def test_random_markup_gives_the_same_rows_cells_and_joints():
    rnd = random.Random(60)
    for _ in range(3000):
        _same("".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40))))


@pytest.mark.parametrize(
    "source",
    [
        "<table><tr><td>87</td><td>01 234 56 78</td></tr></table>",
        "<tr><td>1<tr><td>2</table><tr><td>3",  # ends: the next row, </table>, none
        "<tr title='x'>no end at all",
        "<tr>a</tr\n>b<TR>c</Tr>",
        "<tr><th>ИИН</th><td>0510<td>21510016</tr>",
        "<tr><td>a</td  ><td>b</th><td>c",
        "<tr <tr>x</tr>",
        'var e = "a" + "@" + "b.kz"; x = \'a\'\t+\t`b` + "+" + "c"',
        '"+"+"', "'' + ''+''", '" +', '+ "', "+\"a\" +", "a + b", '"\t \t+ \t "',
    ],
)  # fmt: skip
def test_written_cases_give_the_same_rows_cells_and_joints(source):
    _same(source)
