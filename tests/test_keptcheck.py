"""The glossary check's problems kept between builds by the bytes of what it reads
(core/keptcheck.py): the same problems as the check, checked again when any file of data/
it reads changes, appears or goes, when the code or the day changes; nothing kept of a
failed check, and a damaged file is no answer."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kazutb_transparency.core import keptcheck, parsecache
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.glossary import check_translations
from kazutb_transparency.core.keptcheck import kept_check

ROOT = Path(__file__).resolve().parents[1]
FOUND = [
    Problem("data/a.yaml", "«Сапа» is translated into en as «Qualiti»", field="title.en", line=3),
    Problem("data/b.csv", "two translations", record="P-01", hint="use one", column=None),
]


class Check:
    """A check that says how often it ran."""

    def __init__(self, problems: list[Problem] | Exception) -> None:
        self.answer, self.runs = problems, 0

    def start(self):
        self.runs += 1

        def result() -> list[Problem]:
            if isinstance(self.answer, Exception):
                raise self.answer
            return list(self.answer)

        return result


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.yaml").write_text("title: {kk: Сапа, en: Quality}\n", encoding="utf-8")
    (folder / "sub" / "b.csv").write_text("id,name_kk\nP-01,Сапа\n", encoding="utf-8")
    (folder / "notes.md").write_text("not read by the check\n", encoding="utf-8")
    return folder


def run(file: Path, data: Path, check: Check) -> list[Problem]:
    return kept_check(file, data, check.start)()


def test_the_kept_problems_are_the_checks(data: Path, tmp_path: Path) -> None:
    file, check = tmp_path / "cache" / keptcheck.FILE, Check(FOUND)
    assert run(file, data, check) == FOUND
    assert run(file, data, check) == FOUND
    assert check.runs == 1


@pytest.mark.parametrize(
    "change",
    [
        lambda d: (d / "a.yaml").write_text("title: {kk: Сапа, en: Qualities}\n", "utf-8"),
        lambda d: (d / "sub" / "b.csv").write_text("id,name_kk\nP-02,Сапа\n", "utf-8"),
        lambda d: (d / "sub" / "c.yaml").write_text("x: 1\n", "utf-8"),
        lambda d: (d / "sub" / "b.csv").unlink(),
        lambda d: (d / "sub" / "b.csv").rename(d / "b.csv"),
    ],
    ids=["yaml edited", "csv edited", "file added", "file removed", "file moved"],
)
def test_any_change_of_what_the_check_reads_checks_again(
    change, data: Path, tmp_path: Path
) -> None:
    file, check = tmp_path / keptcheck.FILE, Check(FOUND)
    run(file, data, check)
    change(data)
    run(file, data, check)
    assert check.runs == 2


def test_what_the_check_does_not_read_changes_nothing(data: Path, tmp_path: Path) -> None:
    file, check = tmp_path / keptcheck.FILE, Check(FOUND)
    run(file, data, check)
    (data / "notes.md").write_text("edited\n", encoding="utf-8")
    run(file, data, check)
    assert check.runs == 1


def test_another_day_or_other_code_checks_again(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file, check = tmp_path / keptcheck.FILE, Check(FOUND)
    monkeypatch.setenv("KAZUTB_TODAY", "2026-03-01")
    run(file, data, check)
    monkeypatch.setenv("KAZUTB_TODAY", "2026-03-02")
    run(file, data, check)
    code = tmp_path / "core"
    shutil.copytree(parsecache.CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    (code / "glossary.py").write_text("# another check\n", encoding="utf-8")
    monkeypatch.setattr(parsecache, "CODE", code)
    run(file, data, check)
    assert check.runs == 3


def test_a_failed_check_is_not_kept(data: Path, tmp_path: Path) -> None:
    file = tmp_path / keptcheck.FILE
    failing = Check(DataError([Problem("data/glossary.yaml", "invalid YAML")]))
    with pytest.raises(DataError):
        run(file, data, failing)
    assert not file.exists()
    check = Check(FOUND)
    assert run(file, data, check) == FOUND and check.runs == 1


@pytest.mark.parametrize(
    "body",
    [
        "",
        "{",
        json.dumps({"format": keptcheck.FORMAT, "key": "other", "problems": []}),
        json.dumps({"format": "another", "problems": []}),
    ],
)
def test_a_foreign_or_damaged_file_checks_again(body: str, data: Path, tmp_path: Path) -> None:
    file, check = tmp_path / keptcheck.FILE, Check(FOUND)
    file.write_text(body, encoding="utf-8")
    assert run(file, data, check) == FOUND
    assert check.runs == 1


def test_a_damaged_row_checks_again(data: Path, tmp_path: Path) -> None:
    file, check = tmp_path / keptcheck.FILE, Check(FOUND)
    run(file, data, check)
    body = json.loads(file.read_text(encoding="utf-8"))
    body["problems"][0] = body["problems"][0][:2]  # fields missing
    file.write_text(json.dumps(body), encoding="utf-8")
    assert run(file, data, check) == FOUND
    assert check.runs == 2


def test_the_project_data_give_the_same_problems_kept(tmp_path: Path) -> None:
    """The real check on a copy of the embedded data/: the same problems, kept or found."""
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    glossary = data / "glossary.yaml"
    assert glossary.is_file()
    found = check_translations(data)
    file = tmp_path / keptcheck.FILE
    first = kept_check(file, data, lambda: lambda: check_translations(data))()
    again = kept_check(file, data, lambda: pytest.fail("checked again"))()
    assert first == again == found
