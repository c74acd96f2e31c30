"""Kept files are replaced, never written in place, so that a link to one keeps its bytes."""

from __future__ import annotations

import os
from pathlib import Path

from kazutb_transparency.core import writing
from kazutb_transparency.core.writing import link_or_copy, write_if_changed


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
