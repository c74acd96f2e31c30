"""A second battery of hostile values: each class is refused with the file, the line and
the field (never a traceback), however the value is written — plain, as a YAML escape, in
mixed case, split by a tab or a line break — and its look-alikes stay text.

1. numbers beyond what their field can mean (10^30 tenge stopped `make site` with a
   traceback after `make validate` had passed it);
2. control characters written as YAML escapes ("\\x1b", "\\e", "\\N", "\\u2028");
3. markup as a browser reads it (`<svg/onload=…>`, an unclosed `<img … onerror=…`);
4. bidirectional and invisible characters, and addresses whose host mixes scripts;
5. whatever the YAML parser refuses, with its line, column and the character named;
6. messages: folded when repeated, escaped when they show input, a sentence for nesting
   too deep for Markdown, and a link out of the site refused.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from buildtools import DATA, REPO, build_env, site_build

from kazutb_transparency.buildsteps.links import broken_links
from kazutb_transparency.core import boundary
from kazutb_transparency.core.datafiles import load_yaml, parse_yaml, read_csv
from kazutb_transparency.core.errors import DataError, Problem, fold_problems, printable
from kazutb_transparency.core.sanitise import nesting_problem
from kazutb_transparency.core.textcheck import MAX_NESTING, value_problems

TODAY = date(2026, 11, 21)
BIG = "1" + "0" * 30  # 10^30


def refused(text: str, name: str = "data/x.yaml") -> list[Problem]:
    with pytest.raises(DataError) as caught:
        parse_yaml(text, name, today=TODAY)
    assert "Traceback" not in str(caught.value)
    return caught.value.problems


def accepted(text: str) -> object:
    return parse_yaml(text, "data/x.yaml", today=TODAY)[0]


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def write_csv(path: Path, rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)


def plant(data: Path, file: str, find: str, replace: str) -> int:
    """Replace the first `find` in data/<file>; the line it stands on."""
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert find in text, f"{find!r} not in {file}"
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")
    return text[: text.index(find)].count("\n") + 1


def plant_cell(data: Path, file: str, row: int, column: str, value: str) -> int:
    """Set a cell of data/<file> (row 1 is the first after the header); its line."""
    path = data / file
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    rows[row][rows[0].index(column)] = value
    write_csv(path, rows)
    return row + 1


def run_script(script: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "scripts" / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=cwd,
        env=build_env(),
    )


# --- 1. numbers within what their field can mean -----------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "field", "said"),
    [
        (f"x: 1\namount: {BIG}\n", 2, "amount", "a sum of money"),
        (f"items:\n  - fee: -{BIG}\n", 2, "items.0.fee", "a sum of money"),
        (f"x: 1\ncount: {BIG}\n", 2, "count", "a count of people"),
        ("groups:\n  - paid_places: 10000001\n", 2, "groups.0.paid_places", "a count of people"),
        (f'x: 1\namount_kzt: "{BIG}"\n', 2, "amount_kzt", "a sum of money"),  # quoted
        ("year: 3000\n", 1, "year", "not a year"),
        ("entry_year: 1800\n", 1, "entry_year", "not a year"),
        ("response_rate: 1.0e+300\n", 1, "response_rate", "a share"),
        ("figures:\n  - value: 1.0e+300\n", 2, "figures.0.value", "a number in these data"),
        ("seed: 1.0e+16\n", 1, "seed", "a number in these data"),
        (f"names:\n  {BIG}: x\n", 2, f"names.{BIG}", "a number in these data"),  # a key
        ("x: 1\nvalue: 1" + "0" * 5000 + "\n", 2, "value", "5,001 digits"),  # past int()'s limit
    ],
)
def test_numbers_beyond_their_field_are_refused(text: str, line: int, field: str, said: str):
    problem = only(refused(text))
    assert said in problem.message and BIG not in problem.message
    assert (problem.file, problem.line, problem.field) == ("data/x.yaml", line, field)


@pytest.mark.parametrize(
    "text",
    [
        "amount: 10000000000000\n",  # 10^13 tenge: the largest sum
        "count: 10000000\n",
        "year: 2026\nentry_year: 1900\n",
        "share: 0.457\nresponse_rate: 100\n",
        "value: 1000000000000000\nseed: 20260601\n",
        "amount: -5\ncount: 0\n",  # a negative count is the model's to refuse, with its words
        "code: '100000000000000000000'\nname: '1000000000000000000000000'\n",  # texts
        "year_of_study: 7\nduration_years: 4\n",
    ],
)
def test_numbers_within_their_field_are_accepted(text: str):
    assert accepted(text)


def test_a_number_in_a_csv_cell_is_refused_with_its_line_and_column(tmp_path: Path):
    path = tmp_path / "data" / "table.csv"
    path.parent.mkdir()
    write_csv(path, [["code", "credits", "value"], ["a", "5", "1.5"], ["b", BIG, "1e300"]])
    with pytest.raises(DataError) as caught:
        read_csv(path, ["code", "credits", "value"])
    found = {(p.line, p.field) for p in caught.value.problems}
    assert found == {(3, "credits"), (3, "value")}, [str(p) for p in caught.value.problems]


# 10^30 (and worse) in several fields of several files, YAML and CSV. Two copies of data/:
# the applicants' and transparency files are loaded only once the disclosures load, so a
# problem in one group would hide those of the other.
PLANTED = {
    "disclosures-surveys-processes": [
        ("disclosures/resources.yaml", "      value: 10000", "      value: 1.0e+300"),
        ("disclosures/disciplines/6B04105.csv", 2, "credits", BIG),
        ("processes/measurements.csv", 1, "value", BIG),
        ("surveys/indicators.csv", 1, "respondents", "1" + "0" * 400),
    ],
    "applicants-transparency": [
        ("applicants/costs.yaml", "      amount: 10000", f"      amount: {BIG}"),
        ("applicants/costs.yaml", "  places: 400", f"  places: {BIG}"),
        ("transparency/procurement.yaml", "  lots: 42", f"  lots: {BIG}"),
        ("transparency/procurement.yaml", "  amount_kzt: 162500000", f'  amount_kzt: "{BIG}"'),
    ],
}


@pytest.fixture(scope="module", params=sorted(PLANTED))
def huge_numbers(request, tmp_path_factory) -> tuple[Path, list[str]]:
    """A copy of data/ with one group of PLANTED numbers; and "file:line" of each."""
    data = tmp_path_factory.mktemp("numbers") / "data"
    shutil.copytree(DATA, data)
    where = []
    for file, *change in PLANTED[request.param]:
        if file.endswith(".csv"):
            where.append(f"{file}:{plant_cell(data, file, *change)}")
        else:
            where.append(f"{file}:{plant(data, file, *change)}")
    return data, where


def test_huge_numbers_are_refused_by_the_loader_with_file_and_line(huge_numbers):
    from kazutb_transparency.buildsteps.pipeline import check_data

    data, where = huge_numbers
    with pytest.raises(DataError) as caught:
        check_data(data, TODAY, False, lambda message: None)
    found = {
        f"{Path(p.file).relative_to(data)}:{p.line}": p
        for p in caught.value.problems
        if Path(p.file).is_relative_to(data)
    }
    assert set(where) <= set(found), (set(where) - set(found), str(caught.value)[-3000:])
    for place in where:
        problem = found[place]
        assert "is not a number this field can hold" in problem.message, str(problem)
        assert problem.field, str(problem)


def test_validate_data_says_where_a_huge_number_is_without_a_traceback(huge_numbers):
    data, where = huge_numbers
    result = run_script("validate_data.py", str(data), cwd=data.parent)
    out = result.stdout + result.stderr
    assert result.returncode == 1, out[-3000:]
    assert "Traceback" not in out
    for place in where:
        assert place in out, (place, out[-3000:])


@pytest.mark.build
def test_build_site_stops_on_a_huge_number_without_a_traceback(huge_numbers, tmp_path: Path):
    data, where = huge_numbers
    site = tmp_path / "site"
    result = site_build(site, KAZUTB_DATA=str(data))
    out = result.stdout + result.stderr
    assert result.returncode == 1, out[-3000:]
    assert "Traceback" not in out and where[0] in out, out[-3000:]
    assert not site.exists()


# --- 2. control characters however written --------------------------------------------------

CONTROLS = [
    ('"\\x00"', "NUL (U+0000)"),
    ('"\\x1b[31mred"', "ESC (U+001B)"),
    ('"\\e[31mred"', "ESC (U+001B)"),
    ('"bell\\u0007"', "BEL (U+0007)"),
    ('"\\a"', "BEL (U+0007)"),
    ('"next\\Nline"', "NEL (U+0085)"),
    ('"x\\x7f"', "DEL (U+007F)"),
    ('"csi\\x9b"', "CSI (U+009B)"),
    ('"a\\rb"', "CR (U+000D)"),
    ('"one\\u2028two"', "LINE SEPARATOR (U+2028)"),
    ('"one\\Ltwo"', "LINE SEPARATOR (U+2028)"),
    ('"one\\Ptwo"', "PARAGRAPH SEPARATOR (U+2029)"),
    ('"x\\vy"', "VT (U+000B)"),
    ('"x\\fy"', "FF (U+000C)"),
]


@pytest.mark.parametrize(("value", "named"), CONTROLS)
def test_control_characters_written_as_escapes_are_refused(value: str, named: str):
    text = f"id: x\nname:\n  kk: Атауы\n  en: {value}\n"
    problem = only(refused(text))
    assert named in problem.message
    assert (problem.line, problem.field) == (4, "name.en")


def test_a_control_character_in_a_list_or_a_key_is_refused():
    problem = only(refused('items:\n  - ok\n  - "a\\eb"\n'))
    assert (problem.line, problem.field) == (3, "items.1") and "ESC" in problem.message
    problem = only(refused('blocks:\n  "a\\u202eb": x\n'))
    assert problem.line == 2 and "RIGHT-TO-LEFT OVERRIDE (U+202E)" in problem.message


def test_tabs_and_line_breaks_stay_text():
    data = accepted('a: "x\\ty"\nb: |\n  one\n  two\nc: "line\\r\\nend"\nd: "x\\u00a0y"\n')
    assert data == {"a": "x\ty", "b": "one\ntwo\n", "c": "line\r\nend", "d": "x\u00a0y"}


def test_a_control_character_written_as_it_is_names_line_and_column(tmp_path: Path):
    path = tmp_path / "data" / "about.yaml"
    path.parent.mkdir()
    path.write_text("id: x\nname: ab\u2028cd\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_yaml(path)
    problem = only(caught.value.problems)
    assert (problem.line, problem.column) == (2, 9) and "U+2028" in problem.message


# --- 3. markup as a browser reads it ---------------------------------------------------------

MARKUP = [
    '"<svg/onload=alert(1)>"',
    '"<SvG/OnLoAd=alert(1)>"',
    '"\\x3csvg/onload=alert(1)>"',
    '"\\u003cSVG/onload=alert(1)\\u003e"',
    '"<svg\\tonload=alert(1)>"',
    '"<svg\\n/onload=alert(1)>"',
    '"<img src=x onerror=alert(1)"',  # no >: the page's next > closes it
    '"\\x3cimg src=x onerror=alert(1)"',
    '"text</script"',
    '"</ScRiPt><script>alert(1)</script>"',
    '"<!--"',
    '"<!doctype html>"',
    '"<?xml version=1?>"',
    '"a<b>bold</b>"',
    '"<a\\nhref=javascript:alert(1)>x</a>"',
    '"&#60;script&#62;"',
    "'<math><mi xlink:href=\"javascript:alert(1)\">'",
]


@pytest.mark.parametrize("value", MARKUP)
def test_markup_is_found_as_a_browser_finds_it(value: str):
    problem = only(refused(f"id: x\nname:\n  en: {value}\n"))
    assert "contains markup" in problem.message
    assert (problem.line, problem.field) == (3, "name.en")


@pytest.mark.parametrize(
    "value",
    ["a < b", "x<5", "<10 people", "<< quotes >>", "«Болашақ» < «Өркен»", "5 < 6 > 4",
     "<-- back", "i <3 kazutb", "<Болашақ>", "a <\tb", "1 <= 2", "x < y and y > z"],
)  # fmt: skip
def test_plain_text_with_angle_brackets_is_text(value: str):
    assert list(value_problems(value, "text")) == []
    assert accepted(f"name: {value!r}\n".replace("'", '"'))


def test_markup_in_a_csv_cell_is_refused(tmp_path: Path):
    path = tmp_path / "data" / "table.csv"
    path.parent.mkdir()
    write_csv(path, [["code", "name_en"], ["a", "fine"], ["b", "<svg/onload=alert(1)>"]])
    with pytest.raises(DataError) as caught:
        read_csv(path, ["code", "name_en"])
    problem = only(caught.value.problems)
    assert (problem.line, problem.field) == (3, "name_en") and "markup" in problem.message


# --- 4. bidirectional and invisible characters; hosts in one script ---------------------------

INVISIBLE = [
    ("\\u202e", "RIGHT-TO-LEFT OVERRIDE (U+202E)"),
    ("\\u202a", "LEFT-TO-RIGHT EMBEDDING (U+202A)"),
    ("\\u202d", "LEFT-TO-RIGHT OVERRIDE (U+202D)"),
    ("\\u2066", "LEFT-TO-RIGHT ISOLATE (U+2066)"),
    ("\\u2069", "POP DIRECTIONAL ISOLATE (U+2069)"),
    ("\\u200e", "LEFT-TO-RIGHT MARK (U+200E)"),
    ("\\u200F", "RIGHT-TO-LEFT MARK (U+200F)"),
    ("\\u061c", "ARABIC LETTER MARK (U+061C)"),
    ("\\u200b", "ZERO WIDTH SPACE (U+200B)"),
    ("\\u200c", "ZERO WIDTH NON-JOINER (U+200C)"),
    ("\\u200d", "ZERO WIDTH JOINER (U+200D)"),
    ("\\u2060", "WORD JOINER (U+2060)"),
    ("\\ufeff", "ZERO WIDTH NO-BREAK SPACE (U+FEFF)"),
    ("\\U000E0041", "TAG LATIN CAPITAL LETTER A (U+E0041)"),
]


@pytest.mark.parametrize(("escape", "named"), INVISIBLE)
def test_bidi_and_invisible_characters_are_refused_in_every_value(escape: str, named: str):
    problem = only(refused(f'id: x\nname:\n  ru: "Иван{escape}ов"\n'))
    assert named in problem.message
    assert (problem.line, problem.field) == (3, "name.ru")


@pytest.mark.parametrize(("escape", "named"), INVISIBLE[:4] + INVISIBLE[8:10])
def test_bidi_and_invisible_characters_written_as_they_are_are_refused(
    tmp_path: Path, escape: str, named: str
):
    char = escape.encode().decode("unicode_escape")
    data = tmp_path / "data"
    data.mkdir()
    (data / "about.yaml").write_text(f"id: x\nname: Иван{char}ов\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_yaml(data / "about.yaml")
    problem = only(caught.value.problems)
    assert named in problem.message and (problem.line, problem.column) == (2, 11)
    (data / "t.csv").write_text(f"code,name_ru\na,Иван{char}ов\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_csv(data / "t.csv", ["code", "name_ru"])
    assert named in only(caught.value.problems).message
    assert only(caught.value.problems).line == 2


HOMOGLYPH_HOSTS = [
    "https://gоszakup.gov.kz/ru/",  # Cyrillic о
    "https://g\\u043eszakup.gov.kz",  # the same, as an escape
    "HTTPS://KAZUTB.ЕDU.KZ",  # Cyrillic Е, upper case
    "https://kazutb.edu.kz\\uff0eevil.com/",  # a full-width dot
    "http://раураl.com",  # all Cyrillic
    "https://user@gоszakup.gov.kz/",
    "https://kaz\\u0131tb.kz/",  # dotless ı
]


@pytest.mark.parametrize("url", HOMOGLYPH_HOSTS)
def test_an_address_whose_host_is_not_latin_is_refused(url: str):
    problem = only(refused(f'id: x\nportal_url: "{url}"\n'))
    assert "host" in problem.message and "(U+" in problem.message
    assert (problem.line, problem.field) == (2, "portal_url")
    assert "type the address again" in (problem.hint or "")


def test_an_address_inside_prose_is_checked_too():
    problem = only(refused('description:\n  kk: "Толығырақ: https://gоszakup.gov.kz/ сайтында"\n'))
    assert (problem.line, problem.field) == (2, "description.kk") and "U+043E" in problem.message


@pytest.mark.parametrize(
    "value",
    [
        "https://kazutb.edu.kz/ru/новости/2025",  # a Cyrillic path, an ASCII host
        "https://xn--80ak6aa92e.xn--p1ai/",  # an international domain in its xn-- form
        "https://goszakup.gov.kz/?q=сатып+алу#бөлім",
        "«Қазақ тілі» — https://kazutb.edu.kz, содан кейін «Орыс тілі»",
        "Басқару шешімдері – есептер мен өнімділік нәтижелері",
        "Казахский университет технологии и бизнеса имени К. Кулажанова",
        "Kazakh University of Technology and Business «KazUTB»",
    ],
)
def test_look_alikes_are_text(value: str):
    assert list(value_problems(value, "prose")) == []


# --- 5. the YAML parser's refusals, with line, column and character --------------------------


@pytest.mark.parametrize(
    ("text", "line", "column", "named"),
    [
        ("id: x\nname: a\ufffeb\n", 2, 8, "U+FFFE"),
        ("id: x\nname: a\uffffb\n", 2, 8, "U+FFFF"),
        ('id: x\n\nname: "\ufffe"\n', 3, 8, "U+FFFE"),
    ],
)
def test_a_character_the_yaml_reader_refuses_is_named_with_line_and_column(
    text: str, line: int, column: int, named: str
):
    problem = only(refused(text))
    assert "ReaderError" not in problem.message and named in problem.message
    assert (problem.line, problem.column) == (line, column) and problem.hint


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        ("a: 1\nb: [1, 2\n", 3, "invalid YAML"),  # ParserError
        ("a: 1\nb: 'open\n", 3, "invalid YAML"),  # ScannerError
        ("a: 1\n? [x]\n: y\n", 2, "used as a key"),  # unhashable key: was a TypeError
        ("a: 1\nb: 2\na: 3\n", 3, "duplicate key"),
        ("a: 1\nb: !!python/name:os.system\n", 2, "could not determine a constructor"),
        ("a:\n\t- x\n", 2, "TAB (U+0009)"),  # a tab for indentation
        ('a: 1\nb: "\\q"\n', 2, "invalid YAML"),  # an unknown escape
    ],
)
def test_every_yaml_error_is_a_problem_with_its_line_and_column(
    text: str, line: int, expected: str
):
    problem = only(refused(text))
    assert expected in problem.message and problem.line == line and problem.hint
    assert problem.column is not None
    assert f"data/x.yaml:{line}" in str(problem)


def test_a_non_character_in_a_file_is_refused_with_its_line(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "about.yaml").write_text("id: x\nname: a\ufffeb\n", encoding="utf-8")
    (data / "t.csv").write_text("code,name_en\na,x\n" + "b,y\ufdd0\n", encoding="utf-8")
    for load in (lambda: load_yaml(data / "about.yaml"), lambda: read_csv(data / "t.csv", [])):
        with pytest.raises(DataError) as caught:
            load()
        problem = only(caught.value.problems)
        assert "non-character" in problem.message and problem.line in (2, 3)


def test_a_csv_cell_longer_than_the_csv_module_reads_is_a_problem(tmp_path: Path):
    path = tmp_path / "t.csv"
    path.write_text("code,name_en\na,x\nb," + "y" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        read_csv(path, ["code", "name_en"])
    problem = only(caught.value.problems)
    assert "cannot be read as CSV" in problem.message and problem.line == 3


# --- 6. messages that are read ------------------------------------------------------------------


def test_repeated_problems_are_folded_with_a_count():
    problems = [
        Problem("data/big.csv", f"the same discipline twice (also at line {n})", line=n + 1)
        for n in range(1, 100_001)
    ]
    problems += [Problem("data/other.yaml", "unknown field", field=f"f{n}") for n in range(3)]
    text = str(DataError(problems))
    lines = text.splitlines()
    assert lines[0] == "100,003 problems in the data:"
    shown = [line for line in lines if "data/big.csv:" in line]
    assert len(shown) == 20 and len(lines) <= 30
    assert "… and 99,980 more like this in data/big.csv" in text
    assert sum("data/other.yaml" in line for line in lines) == 3


def test_at_most_two_hundred_problems_are_listed():
    problems = [Problem(f"data/f{n}.yaml", "unknown field", field="x") for n in range(1000)]
    lines = fold_problems(problems)
    assert len(lines) == 201 and "800 more problems not listed" in lines[-1]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("data/a\nb.yaml", "data/a\\nb.yaml"),
        ("data/\u202eelif.yaml", "data/\\u202eelif.yaml"),
        ("data/x\x1b[2J.csv", "data/x\\x1b[2J.csv"),
        ("data/zero\u200bwidth.yaml", "data/zero\\u200bwidth.yaml"),
        ("data/қазақша.yaml", "data/қазақша.yaml"),  # letters of any script stay
    ],
)
def test_file_names_and_values_are_printed_escaped(raw: str, shown: str):
    problem = Problem(raw, f"bad value {raw!s}", record=raw, field=raw, line=3, hint=raw)
    text = str(problem)
    assert text.startswith(f"{shown}:3, record {shown}, field '{shown}'")
    assert text.count(shown) == 5
    assert printable(text) == text and "\n" not in text  # nothing hidden is left
    assert f"  - {shown}:3" in str(DataError([problem]))


def test_the_engines_log_stays_in_lines_under_its_problem():
    problem = Problem("(build)", "mkdocs could not render:\nERROR - x\nERROR - y\x1b[0m")
    lines = str(problem).splitlines()
    assert len(lines) == 3 and lines[1] == "      ERROR - x" and lines[2].endswith("\\x1b[0m")


def test_duplicate_rows_are_refused_in_a_screenful(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / "disclosures" / "disciplines" / "6B04105.csv"
    text = path.read_text(encoding="utf-8")
    header, first = text.splitlines()[:2]
    path.write_text(header + "\n" + (first + "\n") * 20_000, encoding="utf-8")
    result = run_script("validate_data.py", str(data), cwd=tmp_path)
    out = result.stderr
    assert result.returncode == 1 and "Traceback" not in out
    assert len(out.splitlines()) < 250, len(out.splitlines())
    assert "more like this in data/disclosures/disciplines/6B04105.csv" in out


def test_a_file_name_with_a_bidi_control_is_printed_escaped(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    folder = data / "disclosures" / "disciplines"
    (folder / "x\u202evsc.csv").write_text(
        (folder / "6B04105.csv").read_text(encoding="utf-8").splitlines()[0]
        + "\n6B04105,,Атауы,Название,Name,many,1,general,compulsory\n",
        encoding="utf-8",
    )
    result = run_script("validate_data.py", str(data), cwd=tmp_path)
    assert result.returncode == 1
    assert "\u202e" not in result.stderr and "x\\u202evsc.csv" in result.stderr


DEEP = [
    ("- " * 10_000 + "x\n", 1),
    ("* " * 10_000 + "x\n", 1),
    ("1. " * 10_000 + "x\n", 1),
    (">" * 10_000 + " x\n", 1),
    ("> " * 10_000 + "x\n", 1),
    ("# Title\n\n" + "".join("    " * i + "- x\n" for i in range(60)), 3 + MAX_NESTING),
    ("# Title\n\n" + "> - " * 30 + "x\n", 3),
    ("# Title\n\n" + "\t" * 60 + "- x\n", 3),
]


@pytest.mark.parametrize(("text", "line"), DEEP)
def test_nesting_too_deep_for_markdown_is_a_sentence_with_the_line(text: str, line: int):
    problem = nesting_problem(text, "docs/kk/deep.md")
    assert problem is not None and problem.line == line
    assert "nested" in problem.message and "levels deep" in problem.message


@pytest.mark.parametrize(
    "text",
    [
        "# Title\n\n- one\n    - two\n        - three\n\n> quote\n> > reply\n",
        "- " * MAX_NESTING + "x\n",
        "```\n" + "- " * 10_000 + "\n```\n",  # code, not a list
        "---\n\n* * *\n\n- - -\n",  # rules
        "1990. A year.\n2026 — 2027\n",
        "Text\n" + " " * 400 + "an indented line, not a list\n",
    ],
)
def test_ordinary_lists_and_code_are_not_too_deep(text: str):
    assert nesting_problem(text, "docs/kk/page.md") is None


def test_a_deep_page_is_refused_at_the_boundary_before_any_parser(tmp_path: Path):
    docs = tmp_path / "repo" / "docs" / "kk"
    docs.mkdir(parents=True)
    (tmp_path / "repo" / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    (docs / "index.md").write_text("# Басты бет\n\n" + "- " * 10_000 + "x\n", encoding="utf-8")
    problem = only(boundary.tree_problems(tmp_path / "repo" / "docs"))
    assert problem.file.endswith("index.md") and problem.line == 3
    assert "10,000 levels deep" in problem.message


def test_a_deep_list_in_a_data_value_is_refused():
    problem = only(refused('id: x\ndescription:\n  en: "Intro.\\n' + "- " * 200 + 'x"\n'))
    assert (problem.line, problem.field) == (3, "description.en")
    assert "200 levels deep" in problem.message


def test_validate_data_refuses_a_deep_hand_written_page(tmp_path: Path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    page = tmp_path / "docs" / "kk" / "about-site.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n" + "> " * 10_000 + "x\n", "utf-8")
    result = run_script("validate_data.py", str(data), cwd=tmp_path)
    out = result.stdout + result.stderr
    assert result.returncode == 1 and "RecursionError" not in out and "Traceback" not in out
    assert "docs/kk/about-site.md:" in out and "levels deep" in out


@pytest.fixture
def stage(tmp_path: Path) -> Path:
    """A staged site: two languages, a page each, a document published at the root."""
    root = tmp_path / "stage"
    for lang in ("kk", "ru"):
        (root / lang / "about").mkdir(parents=True)
        (root / lang / "index.md").write_text("# Index\n", encoding="utf-8")
    (tmp_path / "secret.md").write_text("outside\n", encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "link",
    [
        "../../../../etc/passwd",
        "../../../../../../../../../../etc/passwd",
        "/etc/passwd",
        "..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        "../../../secret.md",  # exists, but beside the stage, not in the site
        "..\\..\\..\\etc\\passwd",
        "<../../../../etc/passwd>",
        "../../../../etc/passwd#top",
    ],
)
def test_a_link_that_leaves_the_site_is_refused(stage: Path, link: str):
    page = stage / "kk" / "about" / "page.md"
    page.write_text(f"# Page\n\nText.\n\n[the file]({link})\n", encoding="utf-8")
    problems = broken_links(stage, [page], set(), {page: "docs/kk/about/page.md"})
    problem = only(problems)
    assert (problem.file, problem.line) == ("docs/kk/about/page.md", 5)
    assert problem.message == f"link to '{link.strip('<>')}', which does not exist"
    assert "out of the site" in problem.hint or "outside the site" in problem.hint


def test_links_inside_the_site_still_lead_somewhere(stage: Path):
    page = stage / "kk" / "about" / "page.md"
    page.write_text(
        "[home](../index.md) [ru](../../ru/index.md) [doc](../../documents/charter.pdf)\n"
        "[out](https://kazutb.edu.kz/) [mail](mailto:info@kazutb.kz) [top](#top)\n"
        "[ref]: ../index.md\n",
        encoding="utf-8",
    )
    assert broken_links(stage, [page], {"documents/charter.pdf"}, {}) == []
