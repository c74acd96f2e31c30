"""The data layer: every error path names the file, the field and (where possible) the line.

Also the audit (pending translations, staleness) and scripts/validate_data.py.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.site import load_site
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.datafiles import read_csv
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.processes.models import iso_clauses
from kazutb_transparency.processes.pages.cards import process_page
from tests.disclosures.helpers import only, problems_of

REPO = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 21)
P01 = "processes/01-strategic-development.yaml"
P07 = "processes/07-international-activity.yaml"


def line_of(path: Path, needle: str, start: int = 1) -> int:
    """1-based number of the first line at or after `start` that contains `needle`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if number >= start and needle in line:
            return number
    raise AssertionError(f"{path.name}: no line contains {needle!r}")


@pytest.fixture
def small_data(data_copy: Path) -> Path:
    """data_copy with only processes 1 and 7: error paths load in a fraction of the time.

    (The "missing processes" check only runs when no other problem was found, so the
    tests below see just the problem they cause.)
    """
    for path in (data_copy / "processes").glob("*.yaml"):
        if not path.name.startswith(("01-", "07-")):
            path.unlink()
    return data_copy


# --- the default data -----------------------------------------------------------------


def test_default_data_is_valid_and_complete(default_site):
    assert len(default_site.registry.processes) == 22
    assert len(default_site.units.by_id) > 5


# --- YAML syntax and structure ----------------------------------------------------------


def test_malformed_yaml_names_file_and_line(small_data, edit):
    path = small_data / P07
    edit(path, "category: management\n", "category: [management\n")
    problem = only(problems_of(small_data), P07)
    assert "invalid YAML" in problem.message
    assert problem.line is not None and abs(problem.line - 2) <= 2, str(problem)
    assert "07-international-activity.yaml:" in str(problem), str(problem)


def test_tab_indentation_is_reported_with_its_line(small_data, edit):
    path = small_data / "units.yaml"
    edit(path, "  kind: executive\n", "\tkind: executive\n")
    expected = line_of(path, "\tkind: executive")
    problem = only(problems_of(small_data), "units.yaml")
    assert "invalid YAML" in problem.message
    assert problem.line is not None and abs(problem.line - expected) <= 1, str(problem)


def test_duplicate_key_names_key_and_lines(small_data, edit):
    path = small_data / P01
    edit(path, "category: management\n", "category: management\ncategory: core\n")
    problem = only(problems_of(small_data), P01)
    assert "duplicate key 'category'" in problem.message, str(problem)
    assert "first at line 2" in problem.message, str(problem)
    assert problem.line == 3, str(problem)


def test_missing_required_field(small_data, edit):
    path = small_data / P07
    edit(path, "category: management\n", "")
    problem = only(problems_of(small_data), P07, "category")
    assert problem.message == "required field is missing", str(problem)
    assert "07-international-activity.yaml" in str(problem) and "'category'" in str(problem)


def test_missing_kazakh_text_is_an_error(small_data, edit):
    path = small_data / P07
    edit(path, "  kk: Халықаралық қызмет\n", "")
    problem = only(problems_of(small_data), P07, "title.kk")
    assert "missing" in problem.message
    assert problem.line == line_of(path, "title:"), str(problem)


def test_wrong_type_names_field_and_line(small_data, edit):
    path = small_data / P07
    edit(path, "number: 7\n", "number: seven\n")
    problem = only(problems_of(small_data), P07, "number")
    assert "whole number" in problem.message and "'seven'" in problem.message, str(problem)
    assert "e.g. 12" in (problem.hint or "")
    assert problem.line == 1


def test_wrong_type_in_a_nested_list(small_data, edit):
    path = small_data / P07
    edit(path, "key_indicators:\n", "key_indicators:\n  - 42\n")
    problems = [p for p in problems_of(small_data) if p.file.endswith(P07)]
    assert problems and all(p.field.startswith("key_indicators.0") for p in problems), problems
    assert {p.line for p in problems} == {line_of(path, "  - 42")}


def test_unknown_field(small_data, edit):
    path = small_data / P07
    edit(path, "category: management\n", "category: management\nowners_typo: rector\n")
    problem = only(problems_of(small_data), P07, "owners_typo")
    assert problem.message == "unknown field", str(problem)
    assert problem.line == 3


def test_unknown_language_in_a_text(small_data, edit):
    path = small_data / P07
    edit(path, "  en: International activity\n", "  en: International activity\n  de: Ausland\n")
    problem = only(problems_of(small_data), P07, "title.de")
    assert problem.message == "unknown field"
    assert problem.line == line_of(path, "  de: Ausland")


def test_blank_translation_is_refused(small_data, edit):
    path = small_data / P07
    edit(path, "  ru: Международная деятельность\n", '  ru: "  "\n')
    problem = only(problems_of(small_data), P07, "title.ru")
    assert "must not be empty" in problem.message, str(problem)
    assert problem.line == line_of(path, '  ru: "  "')


def test_empty_process_file(small_data):
    (small_data / P07).write_text("# nothing yet\n", encoding="utf-8")
    problem = only(problems_of(small_data), P07)
    assert "empty" in problem.message or "required" in problem.message, str(problem)


def test_units_file_must_be_a_list(small_data):
    (small_data / "units.yaml").write_text("id: rector\n", encoding="utf-8")
    problem = only(problems_of(small_data), "units.yaml")
    assert "list" in problem.message


def test_every_problem_is_reported_not_just_the_first(small_data, edit):
    edit(small_data / P07, "number: 7\n", "number: seven\n")
    edit(small_data / P01, "category: management\n", "category: nonsense\n")
    problems = problems_of(small_data)
    only(problems, P07, "number")
    only(problems, P01, "category")


# --- cross-references and identifiers ---------------------------------------------------


def test_duplicate_unit_id(small_data, edit):
    path = small_data / "units.yaml"
    edit(path, "- id: collegial-bodies\n", "- id: rector\n")
    problem = only(problems_of(small_data), "units.yaml", "id")
    assert "duplicate id 'rector'" in problem.message
    assert problem.line == line_of(path, "- id: rector", line_of(path, "- id: rector") + 1)


@pytest.mark.parametrize("field", ["owner", "manager"])
def test_unknown_unit_in_a_process(small_data, edit, field):
    path = small_data / P07
    old = "owner:\n  - rector\n" if field == "owner" else 'manager:\n  - "head:international-'
    new = "owner:\n  - no-such-unit\n" if field == "owner" else 'manager:\n  - "head:no-such-'
    edit(path, old, new)
    problem = only(problems_of(small_data), P07, f"{field}.0")
    assert "unknown unit 'no-such-" in problem.message, str(problem)
    assert problem.line == line_of(path, "no-such-"), str(problem)
    assert problem.record == "process 7"


def test_malformed_unit_reference(small_data, edit):
    path = small_data / P07
    edit(path, "owner:\n  - rector\n", "owner:\n  - Rector Office\n")
    problem = only(problems_of(small_data), P07)
    assert problem.field is not None and problem.field.startswith("owner"), str(problem)
    assert "not a unit reference" in problem.message


def test_unknown_parent(small_data, edit):
    path = small_data / "units.yaml"
    edit(path, "  parent: board-of-directors\n", "  parent: no-such-body\n")
    problem = only(problems_of(small_data), "units.yaml", "parent")
    assert "unknown parent 'no-such-body'" in problem.message
    assert problem.record == "rector"
    assert problem.line == line_of(path, "parent: no-such-body")


def test_parent_cycle(small_data, edit):
    edit(small_data / "units.yaml", "  parent: null\n", "  parent: rector\n")
    problems = problems_of(small_data)
    assert any("loops" in p.message and p.field == "parent" for p in problems), problems


def test_duplicate_process_number(small_data, edit):
    path = small_data / P07
    edit(path, "number: 7\n", "number: 1\n")
    problems = problems_of(small_data)
    duplicate = [p for p in problems if "duplicate number 1" in p.message]
    assert len(duplicate) == 1, problems
    assert duplicate[0].field == "number" and duplicate[0].line == 1
    assert "01-strategic-development.yaml" in duplicate[0].message
    assert duplicate[0].file.endswith(P07)


def test_duplicate_process_code(small_data, edit):
    path = small_data / P07
    edit(path, "ҚазТБУ-Р-ПАК-8.1/8.2-2026-07", "ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01")
    problem = only(problems_of(small_data), P07, "code")
    assert "duplicate code" in problem.message and problem.line == 3


def test_process_in_the_wrong_category(small_data, edit):
    path = small_data / P07
    edit(path, "category: management\n", "category: support\n")
    problem = only(problems_of(small_data), P07, "category")
    assert "cannot be in category 'support'" in problem.message
    assert problem.line == 2
    assert problem.hint and "1–8" in problem.hint


def test_unknown_category(small_data, edit):
    edit(small_data / P07, "category: management\n", "category: teaching\n")
    problem = only(problems_of(small_data), P07, "category")
    assert "management" in problem.message and problem.line == 2


def test_code_without_iso_clauses(small_data, edit):
    path = small_data / P07
    edit(path, "ҚазТБУ-Р-ПАК-8.1/8.2-2026-07", "ҚазТБУ-Р-ПАК-2026-07")
    problem = only(problems_of(small_data), P07, "code")
    assert "no ISO 9001 clause" in problem.message and problem.line == 3


def test_missing_process_file(data_copy):
    (data_copy / "processes" / "21-procurement.yaml").unlink()
    problems = problems_of(data_copy)
    assert len(problems) == 1, problems
    assert "missing process(es): 21" in problems[0].message
    assert problems[0].file.endswith("processes")


def test_a_process_cannot_supply_itself(small_data, edit):
    path = small_data / P07
    edit(path, "suppliers:\n  - kk:", "suppliers:\n  - process: 7\n    kk:")
    problem = only(problems_of(small_data), P07, "suppliers.0.process")
    assert "supply itself" in problem.message


def test_broken_opendata_settings_are_named(data_copy, edit):
    from kazutb_transparency.buildsteps.pipeline import check_data

    edit(data_copy / "opendata.yaml", "  name: CC-BY-4.0\n", "")
    with pytest.raises(DataError) as caught:
        check_data(data_copy, TODAY, strict=False, warn=lambda _: None)
    problem = only(caught.value.problems, "opendata.yaml", "licence.name")
    assert problem.line == line_of(data_copy / "opendata.yaml", "licence:")


# --- ISO clauses from codes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "clauses"),
    [
        ("ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01", ("4.1", "6.3")),
        ("ҚазТБУ-ҒЖИЖП-ПАК-8.1-9.1-2026-12", ("8.1", "9.1")),
        ("ҚазТБУ-П/Р-ПАК-7.1.3 -2026-06", ("7.1.3",)),
        ("ҚазТБУ-Р/П-ІКР-7.1.2/7.2-2026-18", ("7.1.2", "7.2")),
        ("ҚазТБУ-ТжӘЖЖП-ПАК-8.2.1/8.2.2-2026-09", ("8.2.1", "8.2.2")),
        ("ҚазТБУ-Р-ПАК-4.4-2026-02", ("4.4",)),
        ("ҚазТБУ-Р-ПАК-2026-02", ()),
    ],
)
def test_iso_clauses(code, clauses):
    assert iso_clauses(code) == clauses, f"code {code!r}"


def test_clauses_of_the_default_registry(default_site):
    registry = default_site.registry
    assert registry.by_number(1).clauses == ("4.1", "6.3")
    assert registry.by_number(6).clauses == ("7.1.3",)
    assert registry.by_number(12).clauses == ("8.1", "9.1")
    assert registry.by_number(18).clauses == ("7.1.2", "7.2")
    assert all(p.clauses for p in registry.processes)


# --- CSV --------------------------------------------------------------------------------

COLUMNS = ("process", "indicator", "value")


def write_csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "values.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_reads_rows_with_their_lines(tmp_path):
    path = write_csv(tmp_path, 'process,indicator,value\n1,2,3.5\n\n7,1,"a, b"\n')
    rows = read_csv(path, COLUMNS)
    assert [r.line for r in rows] == [2, 4]
    assert rows[1].values == {"process": "7", "indicator": "1", "value": "a, b"}


def test_csv_unknown_column(tmp_path):
    path = write_csv(tmp_path, "process,indicator,value,colour\n1,2,3,red\n")
    with pytest.raises(DataError) as caught:
        read_csv(path, COLUMNS)
    problem = only(caught.value.problems, "values.csv")
    assert "unknown column(s): colour" in problem.message and problem.line == 1


def test_csv_missing_column(tmp_path):
    path = write_csv(tmp_path, "process,value\n1,3\n")
    with pytest.raises(DataError) as caught:
        read_csv(path, COLUMNS)
    problem = only(caught.value.problems, "values.csv")
    assert "missing column(s): indicator" in problem.message and problem.line == 1


def test_csv_wrong_cell_count_names_the_line(tmp_path):
    path = write_csv(tmp_path, "process,indicator,value\n1,2,3\n4,5\n6,7,8,9\n")
    with pytest.raises(DataError) as caught:
        read_csv(path, COLUMNS)
    lines = sorted((p.line, p.message) for p in caught.value.problems)
    assert lines == [(3, "expected 3 cells, found 2"), (4, "expected 3 cells, found 4")]
    assert all(p.file.endswith("values.csv") for p in caught.value.problems)


def test_csv_empty_file(tmp_path):
    with pytest.raises(DataError) as caught:
        read_csv(write_csv(tmp_path, ""), COLUMNS)
    assert "empty" in caught.value.problems[0].message


def test_csv_not_utf8(tmp_path):
    path = tmp_path / "values.csv"
    path.write_bytes(b"process,indicator,value\n1,2,\xea\xe0\n")
    with pytest.raises(DataError) as caught:
        read_csv(path, COLUMNS)
    assert "UTF-8" in caught.value.problems[0].message


# --- audit: translations, staleness -----------------------------------------------------


def drop_ru_title(data_copy: Path, edit) -> Path:
    path = data_copy / P07
    edit(path, "  ru: Международная деятельность\n", "")
    return path


def test_missing_translation_is_a_concern_with_file_field_and_line(data_copy, edit):
    path = drop_ru_title(data_copy, edit)
    site = load_site(data_copy, TODAY)
    concerns = site.audit.of(Concern.TRANSLATION)
    assert len(concerns) == 1, concerns
    problem = concerns[0]
    assert problem.file.endswith(P07) and problem.field == "title", str(problem)
    assert problem.record == "process 7"
    assert problem.line == line_of(path, "title:")
    assert "no ru" in problem.message


def test_missing_translation_renders_kazakh_with_a_pending_note(data_copy, edit):
    drop_ru_title(data_copy, edit)
    site = load_site(data_copy, TODAY)
    process = site.registry.by_number(7)
    ru = process_page(process, site.registry, site.units, "ru")
    heading = ru.splitlines()[0]
    assert '<span lang="kk">Халықаралық қызмет</span>' in heading, heading
    assert "перевод готовится" in heading, heading
    en = process_page(process, site.registry, site.units, "en")
    assert "pending" not in en.splitlines()[0] and "International activity" in en


def test_default_data_have_no_translation_concerns(default_site):
    concerns = default_site.audit.of(Concern.TRANSLATION)
    assert not concerns, "\n".join(map(str, concerns))


def test_stale_registry_is_a_concern(data_copy, edit):
    edit(data_copy / "registry.yaml", "updated: 2026-11-21", "updated: 2025-01-31")
    site = load_site(data_copy, TODAY)
    stale = registry_stale(site)
    assert len(stale) == 1, stale
    assert stale[0].field == "updated"
    assert "2026-01-31" in stale[0].message
    fresh = load_site(data_copy, date(2026, 1, 31))
    assert not registry_stale(fresh)


def registry_stale(site):
    # Other sample items (disclosures) may be stale on purpose; only the registry counts here.
    return [p for p in site.audit.of(Concern.STALE) if p.file.endswith("registry.yaml")]


def test_registry_reviewed_today_is_not_stale(default_site):
    assert not registry_stale(default_site)


def _validate_module():
    script = REPO / "scripts" / "validate_data.py"
    spec = importlib.util.spec_from_file_location("validate_data", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def validate(monkeypatch, capsys):
    """scripts/validate_data.py run in-process: returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("KAZUTB_TODAY", "2026-11-21")
    main = _validate_module().main

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = main([str(a) for a in args])
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def test_validate_script_valid_data(data_copy, validate):
    code, out, err = validate(data_copy)
    assert code == 0, err
    assert "valid" in out


def test_validate_script_pending_translation(data_copy, edit, validate):
    drop_ru_title(data_copy, edit)
    code, _, err = validate(data_copy)
    assert code == 0, err
    assert "missing translation" in err and "07-international-activity.yaml" in err, err
    code, out, err = validate("--strict", data_copy)
    assert code == 1, out + err
    listed = [line for line in err.splitlines() if "missing translation" in line]
    assert len(listed) == 1, err
    assert "07-international-activity.yaml:" in listed[0] and "field 'title'" in listed[0]


def test_validate_script_strict_lists_a_stale_registry_it_publishes_as_stale(
    data_copy, edit, validate
):
    edit(data_copy / "registry.yaml", "updated: 2026-11-21", "updated: 2024-01-01")
    code, out, err = validate("--strict", data_copy)
    assert code == 0, out + err  # published with its date and its stale mark
    assert "× stale (published with its date and its stale mark)" in err, err
    assert any("registry.yaml" in line and "review was due" in line for line in err.splitlines())


def test_validate_script_not_a_folder(tmp_path, validate):
    code, _, err = validate(tmp_path / "nowhere")
    assert code == 2 and "not a folder" in err


def test_validate_script_broken_file_exits_1(data_copy, edit):
    """The real command line, as editors and CI run it."""
    edit(data_copy / P07, "category: management\n", "category: [management\n")
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "validate_data.py"), str(data_copy)],
        capture_output=True,
        text=True,
        env={**os.environ, "KAZUTB_TODAY": "2026-11-21"},
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "07-international-activity.yaml" in result.stderr, result.stderr
    assert "invalid YAML" in result.stderr


def test_files_parsed_ahead_are_handed_out_once_each_and_errors_left_to_the_loader(
    tmp_path: Path,
) -> None:
    from kazutb_transparency.core import datafiles

    good = tmp_path / "good.yaml"
    good.write_text("title:\n  kk: Атауы\nitems: [1, 2]\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [unclosed\n", encoding="utf-8")
    with datafiles.parse_ahead([good, bad]):
        first, lines = datafiles.load_yaml(good)
        assert first == {"title": {"kk": "Атауы"}, "items": [1, 2]}
        assert lines.line_of(("items",)) == 3
        first["items"].append(3)  # the caller's own document: a second load parses again
        assert datafiles.load_yaml(good)[0] == {"title": {"kk": "Атауы"}, "items": [1, 2]}
        with pytest.raises(DataError) as refused:
            datafiles.load_yaml(bad)
        assert "invalid YAML" in refused.value.problems[0].message
    assert not datafiles._PARSED_AHEAD  # nothing kept after the block
    good.write_text("title:\n  kk: Жаңа\n", encoding="utf-8")
    assert datafiles.load_yaml(good)[0] == {"title": {"kk": "Жаңа"}}
