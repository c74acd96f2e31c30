"""A one-process build stages its pages in memory when it can (buildsteps/scratch.py), and
leaves nothing there: the folder goes with the build, whether it publishes or fails, and
one that a killed build left is removed by the next build."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from buildtools import DATA, REPO, TODAY

from kazutb_transparency.buildsteps import pipeline, scratch, stages
from kazutb_transparency.engines import engine_named


def test_the_folder_to_stage_in_is_chosen_by_kazutb_scratch(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("KAZUTB_SCRATCH", str(tmp_path))
    assert scratch.scratch_parent() == tmp_path
    monkeypatch.setenv("KAZUTB_SCRATCH", "disk")
    assert scratch.scratch_parent() is None
    monkeypatch.setenv("KAZUTB_SCRATCH", str(tmp_path / "missing"))
    assert scratch.scratch_parent() is None
    monkeypatch.setenv("KAZUTB_SCRATCH", str(tmp_path))
    monkeypatch.setattr(scratch, "ROOM_BYTES", 1 << 62)  # more room than any machine has
    assert scratch.scratch_parent() is None


def test_without_kazutb_scratch_a_build_stages_in_memory_or_on_disk(monkeypatch) -> None:
    monkeypatch.delenv("KAZUTB_SCRATCH", raising=False)
    chosen = scratch.scratch_parent()
    assert chosen is None or chosen == scratch.IN_MEMORY


def test_a_folder_a_killed_build_left_is_removed_and_a_running_ones_kept(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("KAZUTB_SCRATCH", str(tmp_path))
    dead = tmp_path / f"{scratch.PREFIX}{2**22 + 12345}-abc"  # above Linux's largest pid
    running = scratch.scratch_folder()
    other = tmp_path / "someone-else"
    for folder in (dead, other):
        (folder / "stage").mkdir(parents=True)
    assert running is not None and running.name.startswith(f"{scratch.PREFIX}{os.getpid()}-")
    assert scratch.remove_interrupted_scratch() == [dead]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([running.name, other.name])
    # Removed too when the room left is too little to stage: leftovers may be what fills it.
    (dead / "stage").mkdir(parents=True)
    monkeypatch.setattr(scratch, "ROOM_BYTES", 1 << 62)
    assert scratch.scratch_folder() is None
    assert scratch.remove_interrupted_scratch() == [dead]


@pytest.mark.build
def test_the_stage_goes_in_memory_and_nothing_stays_there(tmp_path: Path, monkeypatch) -> None:
    memory = tmp_path / "memory"
    memory.mkdir()
    monkeypatch.setenv("KAZUTB_SCRATCH", str(memory))
    monkeypatch.setenv("KAZUTB_DATA", str(DATA))
    monkeypatch.setenv("KAZUTB_TODAY", TODAY)
    site = tmp_path / "site"
    build = stages.stage(REPO, site, strict=False, warn=lambda _: None, in_memory=True)
    try:
        assert build.scratch_dir is not None and build.scratch_dir.parent == memory
        assert build.stage_dir.is_relative_to(build.scratch_dir)
        assert (build.stage_dir / "kk" / "index.md").is_file()
        lifted = list((build.scratch_dir / "blocks").rglob("*.blocks.json"))
        assert lifted, "the raw blocks are lifted beside the staged pages"
        assert build.work_dir is not None and not (build.work_dir / "stage").exists()
    finally:
        pipeline.abandon(build)
    assert list(memory.iterdir()) == []
    assert not build.work_dir.exists()


@pytest.mark.build
def test_a_step_run_by_itself_and_zensical_stage_in_the_work_folder(
    tmp_path: Path, monkeypatch
) -> None:
    """A `stage` step may wait a day for `render`; Zensical wants its pages beside its
    output. Both stage in the work folder, on the site's disk."""
    memory = tmp_path / "memory"
    memory.mkdir()
    monkeypatch.setenv("KAZUTB_SCRATCH", str(memory))
    monkeypatch.setenv("KAZUTB_DATA", str(DATA))
    monkeypatch.setenv("KAZUTB_TODAY", TODAY)
    assert not engine_named("zensical").stage_anywhere
    assert engine_named("mkdocs").stage_anywhere and engine_named("properdocs").stage_anywhere
    build = stages.stage(REPO, tmp_path / "site", strict=False, warn=lambda _: None)
    try:
        assert build.scratch_dir is None and list(memory.iterdir()) == []
        assert build.work_dir is not None and build.stage_dir == build.work_dir / "stage"
    finally:
        pipeline.abandon(build)
