"""The input boundary (core/boundary.py, datafiles.read_text): links out of the repository,
devices, folders, unreadable and oversized files and control characters are refused with
the file named and what to do, and nothing behind a link is ever read or echoed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kazutb_transparency.core import boundary
from kazutb_transparency.core.datafiles import load_yaml, read_csv, read_text
from kazutb_transparency.core.errors import DataError

SECRET = "root:x:0:0:the build machine's secret line"


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder outside the repository, holding a file and a folder of its own."""
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "passwd").write_text(SECRET + "\n", encoding="utf-8")
    (folder / "page.md").write_text(f"# {SECRET}\n", encoding="utf-8")
    (folder / "dir").mkdir()
    (folder / "dir" / "inner.md").write_text(f"# {SECRET}\n", encoding="utf-8")
    return folder


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "docs" / "kk" / "assets").mkdir(parents=True)
    (root / "data").mkdir()
    (root / "mkdocs.yml").write_text("site_name: test\n", encoding="utf-8")
    (root / "docs" / "kk" / "index.md").write_text("# Басты бет\n", encoding="utf-8")
    (root / "data" / "about.yaml").write_text("name: x\n", encoding="utf-8")
    return root


def messages(problems) -> str:
    return "\n".join(str(p) for p in problems)


@pytest.mark.parametrize(
    "link, target",
    [
        ("docs/kk/assets/passwd.css", "passwd"),
        ("docs/kk/secret.md", "page.md"),
        ("docs/kk/linked", "dir"),
        ("data/secret.yaml", "passwd"),
        ("data/programmes.csv", "passwd"),
    ],
)
def test_a_link_out_of_the_repository_is_refused_without_reading_it(
    repo: Path, outside: Path, link: str, target: str
) -> None:
    (repo / link).symlink_to(outside / target)
    tree = repo / link.split("/")[0]
    found = boundary.tree_problems(tree)
    assert len(found) == 1, messages(found)
    assert "link" in found[0].message and "outside the repository" in found[0].message
    assert found[0].file.endswith(Path(link).name)
    assert SECRET not in messages(found) and str(outside) not in messages(found)


def test_a_link_inside_the_repository_is_read(repo: Path) -> None:
    (repo / "data" / "copy.yaml").symlink_to(repo / "data" / "about.yaml")
    assert boundary.tree_problems(repo / "data") == []
    assert load_yaml(repo / "data" / "copy.yaml")[0] == {"name": "x"}


def test_linked_data_files_are_refused_where_they_are_read(repo: Path, outside: Path) -> None:
    csv = repo / "data" / "table.csv"
    csv.symlink_to(outside / "passwd")
    yml = repo / "data" / "linked.yaml"
    yml.symlink_to(outside / "passwd")
    for call in (lambda: read_csv(csv, ["a"]), lambda: load_yaml(yml), lambda: read_text(yml)):
        with pytest.raises(DataError) as caught:
            call()
        text = str(caught.value)
        assert "outside the repository" in text and SECRET not in text


def test_a_link_that_leads_nowhere_is_named(repo: Path) -> None:
    (repo / "data" / "gone.yaml").symlink_to(repo / "data" / "missing.yaml")
    (found,) = boundary.tree_problems(repo / "data")
    assert "leads nowhere" in found.message


def test_a_hard_link_is_refused(repo: Path, outside: Path) -> None:
    os.link(outside / "passwd", repo / "data" / "hard.yaml")
    (found,) = boundary.tree_problems(repo / "data")
    assert "hard link" in found.message and found.hint and "copy" in found.hint
    with pytest.raises(DataError, match="hard link"):
        read_text(repo / "data" / "hard.yaml")


def test_a_pipe_is_refused_without_being_opened(repo: Path) -> None:
    os.mkfifo(repo / "data" / "units.yaml")  # opening it would wait for a writer forever
    (found,) = boundary.tree_problems(repo / "data")
    assert "device, pipe or socket" in found.message
    with pytest.raises(DataError, match="pipe"):
        load_yaml(repo / "data" / "units.yaml")


def test_a_link_to_a_device_is_refused(repo: Path) -> None:
    (repo / "data" / "zero.yaml").symlink_to("/dev/zero")
    with pytest.raises(DataError) as caught:
        load_yaml(repo / "data" / "zero.yaml")
    assert "outside the repository" in str(caught.value)


def test_a_folder_where_a_file_belongs(repo: Path) -> None:
    (repo / "data" / "registry.yaml").mkdir()
    with pytest.raises(DataError) as caught:
        load_yaml(repo / "data" / "registry.yaml")
    assert "is a folder where a file is expected" in str(caught.value)
    assert "Traceback" not in str(caught.value)


def test_an_unreadable_file(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = repo / "data" / "about.yaml"
    # As root every file is readable: the permission check is stood in for.
    monkeypatch.setattr(boundary.os, "access", lambda p, mode: Path(p) != path)
    with pytest.raises(DataError) as caught:
        load_yaml(path)
    assert "cannot be read (no permission)" in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_for_real(repo: Path) -> None:
    path = repo / "data" / "about.yaml"
    path.chmod(0)
    with pytest.raises(DataError, match="cannot be read"):
        load_yaml(path)


@pytest.mark.parametrize(
    "name, size",
    [("big.yaml", 2_000_001), ("page.md", 1_000_001), ("table.csv", None)],
)
def test_files_over_their_limit_are_refused_before_reading(
    repo: Path, name: str, size: int | None
) -> None:
    folder = repo / ("docs/kk" if name.endswith(".md") else "data")
    path = folder / name
    limit = boundary.MAX_BYTES[path.suffix]
    with path.open("wb") as handle:  # sparse: no disk is spent on it
        handle.truncate(size or limit + 1)
    (found,) = boundary.tree_problems(folder)
    assert "more than the" in found.message and f"{limit:,}" in found.message


@pytest.mark.parametrize(
    "content, label, line",
    [
        (b"name: a\x00b\n", "NUL", 1),
        (b"id: x\nname: \x1b[31mred\n", "ESC", 2),
        (b"id: x\n\nname: a\rb\n", "a lone carriage return", 3),
        ("name: a\u0085b\n".encode(), "U+0085", 1),
        (b"name: a\x7fb\n", "DEL", 1),
    ],
)
def test_control_characters_in_yaml_are_refused_with_their_line(
    repo: Path, content: bytes, label: str, line: int
) -> None:
    path = repo / "data" / "about.yaml"
    path.write_bytes(content)
    with pytest.raises(DataError) as caught:
        load_yaml(path)
    (problem,) = caught.value.problems
    assert label in problem.message and problem.line == line


def test_a_nul_inside_a_csv_cell_is_refused(repo: Path) -> None:
    path = repo / "data" / "table.csv"
    path.write_bytes(b"a,b\r\n1,x\x00y\r\n")
    with pytest.raises(DataError) as caught:
        read_csv(path, ["a", "b"])
    (problem,) = caught.value.problems
    assert "NUL" in problem.message and problem.line == 2


def test_tabs_and_windows_line_ends_are_text(repo: Path) -> None:
    path = repo / "data" / "table.csv"
    path.write_bytes(b'a,b\r\n1,"x\ty"\r\n')
    assert read_csv(path, ["a", "b"])[0].values == {"a": "1", "b": "x\ty"}


def test_control_characters_in_hand_written_pages_are_refused(repo: Path) -> None:
    (repo / "docs" / "kk" / "index.md").write_bytes(b"# Title\n\nText\x0bmore\n")
    (repo / "docs" / "kk" / "assets" / "site.css").write_bytes(b"body{}\n\x00")
    found = boundary.tree_problems(repo / "docs")
    assert sorted((Path(p.file).name, p.line) for p in found) == [("index.md", 3), ("site.css", 2)]


def test_the_build_refuses_a_link_before_reading_any_data(repo: Path, outside: Path) -> None:
    """check_data starts with the boundary: nothing is loaded, nothing is echoed."""
    from datetime import date

    from kazutb_transparency.buildsteps.pipeline import check_data

    (repo / "data" / "units.yaml").symlink_to(outside / "passwd")
    with pytest.raises(DataError) as caught:
        check_data(repo / "data", date(2026, 11, 21), False, lambda message: None)
    assert [p.message for p in caught.value.problems] == [
        "is a link to a file outside the repository"
    ]
    assert SECRET not in str(caught.value)
