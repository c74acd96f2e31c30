"""What data/'s YAML files parsed to, kept between builds by their text (core/parsecache.py):
the same data and lines as a parse, an edited file parsed again, a problem never kept, a
foreign or damaged file an empty cache that runs nothing."""

from __future__ import annotations

import datetime
import pickle
import shutil
from pathlib import Path

import pytest
from buildtools import RunsCode

from kazutb_transparency.core import datafiles, parsecache
from kazutb_transparency.core.datafiles import load_yaml, parse_ahead, parse_yaml
from kazutb_transparency.core.dates import build_day
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.parsecache import ParseCache

ROOT = Path(__file__).resolve().parents[1]

DOCUMENT = """\
processes:
  - code: P-01
    title: Стратегиялық жоспарлау
    approved: 2024-05-01
    owners: [rector, "1"]
  - code: P-02
    title: Оқу процесі
    share: 0.25
"""


class Parses:
    """Counts the parses that really ran (a kept one runs none)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        real = datafiles.parse_yaml

        def counted(*args, **kwargs):
            self.count += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(datafiles, "parse_yaml", counted)


def ahead(paths: list[Path], kept: Path) -> dict[Path, tuple]:
    """Each file's (data, lines) as a loader takes it after parse_ahead; a file with a
    problem (the interface catalogs' markup, for one) is left out."""
    parsed = {}
    with parse_ahead(paths, kept):
        for path in paths:
            try:
                parsed[path] = load_yaml(path)
            except DataError:
                continue
    return parsed


def locations(data, prefix=()):
    yield prefix
    if isinstance(data, dict):
        for key, value in data.items():
            yield from locations(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from locations(value, (*prefix, index))


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "a.yaml").write_text(DOCUMENT, encoding="utf-8")
    (folder / "b.yaml").write_text(DOCUMENT, encoding="utf-8")  # the same text twice
    (folder / "c.yaml").write_text("title: Тек мәтін\n", encoding="utf-8")
    return sorted(folder.glob("*.yaml"))


def test_a_kept_parse_is_the_parse_with_its_lines(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "cache" / parsecache.FILE
    first = ahead(files, kept)
    assert kept.is_file()
    parses = Parses(monkeypatch)
    second = ahead(files, kept)
    assert parses.count == 0  # every file taken from the cache
    for path in files:
        fresh, fresh_lines = parse_yaml(path.read_text("utf-8"), path.name)
        for data, lines in (first[path], second[path]):
            assert data == fresh
            if "processes" in data:
                assert type(data["processes"][0]["approved"]) is datetime.date
            probes = [*locations(fresh), ("processes", 9), ("nope",), ("processes", 0, "x")]
            for loc in probes:
                assert lines.line_of(loc) == fresh_lines.line_of(loc), loc


def test_each_file_gets_data_of_its_own(files: list[Path], tmp_path: Path) -> None:
    kept = tmp_path / parsecache.FILE
    ahead(files, kept)
    parsed = ahead(files, kept)
    a, b = parsed[files[0]][0], parsed[files[1]][0]
    assert a == b and a is not b
    a["processes"].clear()  # a loader changing its data changes no other file's
    assert b["processes"]


def test_an_edited_file_is_parsed_again_and_the_file_keeps_this_builds_only(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / parsecache.FILE
    ahead(files, kept)
    files[2].write_text("title: Өзгерген мәтін\n", encoding="utf-8")
    parses = Parses(monkeypatch)
    parsed = ahead(files, kept)
    assert parses.count == 1
    assert parsed[files[2]][0] == {"title": "Өзгерген мәтін"}
    cache = ParseCache(kept, build_day())
    assert len(cache.known) == 2  # a.yaml and b.yaml share one entry; c.yaml's old text left


def test_a_file_with_a_problem_is_never_kept(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files[2].write_text("title: '=HYPERLINK(\"x\")'\n", encoding="utf-8")
    kept = tmp_path / parsecache.FILE
    for _ in range(2):
        with parse_ahead(files, kept), pytest.raises(DataError, match="formula"):
            load_yaml(files[2])


def test_another_day_or_other_code_is_another_cache(
    files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A date in the future is a problem on one day and not on the next; the checking code
    decides what a problem is."""
    kept = tmp_path / parsecache.FILE
    monkeypatch.setenv("KAZUTB_TODAY", "2026-01-10")
    ahead(files, kept)
    parses = Parses(monkeypatch)
    monkeypatch.setenv("KAZUTB_TODAY", "2026-01-11")
    ahead(files, kept)
    assert parses.count == 2  # each of the two texts parsed again (a.yaml is b.yaml)
    code = tmp_path / "core"
    shutil.copytree(parsecache.CODE, code, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(parsecache, "CODE", code)
    before = parsecache.fingerprint(datetime.date(2026, 1, 11))
    (code / "textcheck.py").write_text("# another check\n", encoding="utf-8")
    assert parsecache.fingerprint(datetime.date(2026, 1, 11)) != before


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not a pickle",
        pickle.dumps({"format": parsecache.FORMAT, "fingerprint": "x", "parses": {}}),
        pickle.dumps(RunsCode()),  # code in a restored cache file: refused, never run
        pickle.dumps({"format": parsecache.FORMAT, "parses": {"k": RunsCode()}}),
    ],
)
def test_a_foreign_or_damaged_file_is_an_empty_cache_that_runs_nothing(
    body: bytes, files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    kept = tmp_path / parsecache.FILE
    kept.write_bytes(body)
    parsed = ahead(files, kept)
    assert not (tmp_path / "ran").exists()
    assert parsed[files[2]][0] == {"title": "Тек мәтін"}
    assert ParseCache(kept, build_day()).known  # written anew


def test_a_damaged_entry_is_parsed_again(files: list[Path], tmp_path: Path) -> None:
    kept = tmp_path / parsecache.FILE
    ahead(files, kept)
    cache = ParseCache(kept, build_day())
    key = next(iter(cache.known))
    body = {"format": parsecache.FORMAT, "fingerprint": cache.fingerprint,
            "parses": {key: pickle.dumps(RunsCode())}}  # fmt: skip
    kept.write_bytes(pickle.dumps(body))
    parsed = ahead(files, kept)
    assert parsed[files[0]][0]["processes"][0]["code"] == "P-01"


def test_the_project_data_parse_the_same_from_the_cache(tmp_path: Path) -> None:
    """Every file of the embedded data/: data and lines the same kept as parsed."""
    paths = sorted((ROOT / "data").rglob("*.yaml"))
    kept = tmp_path / parsecache.FILE
    first = ahead(paths, kept)
    second = ahead(paths, kept)
    assert first.keys() == second.keys()
    for path, (data, lines) in second.items():
        assert data == first[path][0]
        for loc in locations(data):
            assert lines.line_of(loc) == first[path][1].line_of(loc)
