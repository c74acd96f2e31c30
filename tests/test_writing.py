"""Kept files are replaced, never written in place, so that a link to one keeps its bytes."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from kazutb_transparency.core import writing
from kazutb_transparency.core.incremental import remembering_steps
from kazutb_transparency.core.writing import (
    link_or_copy,
    sha256_of_file,
    write_if_changed,
    write_text_if_changed,
)


def test_a_file_written_again_is_replaced_and_its_links_keep_the_old_bytes(tmp_path: Path):
    target = tmp_path / "data" / "a.csv"
    assert write_if_changed(target, b"one\n")
    served = tmp_path / "served.csv"
    os.link(target, served)
    assert not write_if_changed(target, b"one\n")  # the same bytes: not touched
    assert os.path.samefile(target, served)
    assert write_if_changed(target, b"two\n")
    assert target.read_bytes() == b"two\n" and served.read_bytes() == b"one\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["a.csv"]  # no leftover


def test_link_or_copy_links_where_it_can_copies_where_it_cannot(tmp_path: Path, monkeypatch):
    source = tmp_path / "source.json"
    source.write_bytes(b"[1]\n")
    linked = tmp_path / "built" / "source.json"
    link_or_copy(source, linked)
    assert os.path.samefile(source, linked)
    earlier = tmp_path / "served.json"
    os.link(linked, earlier)
    write_if_changed(source, b"[2]\n")
    link_or_copy(source, linked)  # replaced: what was linked to the old file keeps it
    assert linked.read_bytes() == b"[2]\n" and earlier.read_bytes() == b"[1]\n"

    def no_links(*_args: object) -> None:
        raise OSError("links are not supported here")

    monkeypatch.setattr(writing.os, "link", no_links)
    copied = tmp_path / "copied.json"
    link_or_copy(source, copied)
    assert copied.read_bytes() == b"[2]\n" and not os.path.samefile(source, copied)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_the_preview_writes_a_text_again_only_when_it_or_its_file_changed(tmp_path: Path):
    target = tmp_path / "stage" / "kk" / "a.md"
    with remembering_steps(tmp_path):
        text = "# Бет\n\nмәтін\n"
        assert write_text_if_changed(target, text)
        stamp = target.stat().st_mtime_ns, target.stat().st_ino
        assert not write_text_if_changed(target, text)  # the same object
        assert not write_text_if_changed(target, "".join(["# Бет\n", "\nмәтін\n"]))  # equal
        assert (target.stat().st_mtime_ns, target.stat().st_ino) == stamp
        assert write_text_if_changed(target, "# Бет\n\nжаңа\n")
        assert target.read_text("utf-8") == "# Бет\n\nжаңа\n"
        # Touched by someone else: the file is compared again, and rewritten.
        target.unlink()
        target.write_bytes(b"other")
        assert write_text_if_changed(target, "# Бет\n\nжаңа\n")
        assert target.read_text("utf-8") == "# Бет\n\nжаңа\n"
        target.unlink()
        assert write_text_if_changed(target, "# Бет\n\nжаңа\n") and target.is_file()


def test_the_preview_hashes_a_file_once_and_its_hard_links_with_it(tmp_path: Path, monkeypatch):
    data = tmp_path / "opendata" / "a.csv"
    write_if_changed(data, b"x,y\n1,2\n")
    release = tmp_path / "releases" / "a.csv"
    link_or_copy(data, release)
    hashed: list[Path] = []
    real = writing._sha256
    monkeypatch.setattr(writing, "_sha256", lambda path: hashed.append(path) or real(path))
    with remembering_steps(tmp_path):
        digest = sha256_of_file(data)
        assert sha256_of_file(release) == digest == hashlib.sha256(b"x,y\n1,2\n").hexdigest()
        assert hashed == [data]
        write_if_changed(data, b"x,y\n1,3\n")  # replaced: another inode, another digest
        assert sha256_of_file(data) == hashlib.sha256(b"x,y\n1,3\n").hexdigest()
        assert sha256_of_file(release) == digest
        assert len(hashed) == 2
        write_if_changed(data, b"x,y\n1,4\n")  # the bytes just written: hashed, not read back
        assert sha256_of_file(data, b"x,y\n1,4\n") == hashlib.sha256(b"x,y\n1,4\n").hexdigest()
        assert sha256_of_file(data) == hashlib.sha256(b"x,y\n1,4\n").hexdigest()
        assert len(hashed) == 2
    assert sha256_of_file(data, b"x,y\n1,4\n") == hashlib.sha256(b"x,y\n1,4\n").hexdigest()
    assert len(hashed) == 2  # a build hashes the bytes it has too
