"""make serve: an edit re-stages only what it changes, and the preview's gate still holds."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from buildtools import DATA, REPO, TODAY

from kazutb_transparency.buildsteps import pipeline, preview
from kazutb_transparency.buildsteps.files import files_under
from kazutb_transparency.buildsteps.generate import stage_docs
from kazutb_transparency.buildsteps.rawblocks import restored
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.writing import write_if_changed

OLD = 1_000_000_000  # a time long past, given to every staged file before the next staging


def _age(folder: Path) -> None:
    for file in files_under(folder).values():
        os.utime(file, ns=(OLD, OLD))


def _tree(folder: Path) -> dict[str, bytes]:
    return {path: file.read_bytes() for path, file in files_under(folder).items()}


def _with_blocks(stage: Path, blocks: Path) -> dict[str, bytes]:
    """The staged tree with the raw blocks the preview lifted out of its pages put back."""
    tree = _tree(stage)
    for path, content in tree.items():
        if path.endswith(".md"):
            text = restored(content.decode("utf-8"), blocks, path)
            tree[path] = text.encode("utf-8")
    return tree


def _touched(folder: Path) -> set[str]:
    return {path for path, file in files_under(folder).items() if file.stat().st_mtime_ns != OLD}


def test_incremental_staging_equals_full_staging_and_touches_only_what_changed(tmp_path):
    docs = tmp_path / "docs"
    (docs / "kk").mkdir(parents=True)
    (docs / "kk" / "index.md").write_text("# Басты бет\n", encoding="utf-8")
    (docs / "kk" / "about.md").write_text("# Біз туралы\n", encoding="utf-8")
    pages = {"kk/processes/p01.md": "# 1\n", "ru/processes/p01.md": "# 1 ru\n"}
    assets = {"kk/charts/a.svg": b"<svg/>"}
    kept = tmp_path / "kept"
    stage_docs(docs, kept, pages, assets, keep_unchanged=True)
    _age(kept)
    (docs / "kk" / "about.md").write_text("# Біз туралы (жаңа)\n", encoding="utf-8")
    pages = {"kk/processes/p01.md": "# 1\n", "en/processes/p01.md": "# 1 en\n"}
    stage_docs(docs, kept, pages, assets, keep_unchanged=True)
    full = tmp_path / "full"
    stage_docs(docs, full, pages, assets)
    assert _tree(kept) == _tree(full)
    assert _touched(kept) == {"kk/about.md", "en/processes/p01.md"}


def test_a_hand_written_page_at_a_generated_address_is_refused_and_named(tmp_path):
    docs = tmp_path / "docs"
    (docs / "kk" / "processes").mkdir(parents=True)
    (docs / "kk" / "processes" / "p01.md").write_text("# Қолмен\n", encoding="utf-8")
    (docs / "kk" / "charts").mkdir()
    (docs / "kk" / "charts" / "a.svg").write_text("<svg/>", encoding="utf-8")
    pages = {"kk/processes/p01.md": "# 1\n", "kk/processes/p02.md": "# 2\n"}
    assets = {"kk/charts/a.svg": b"<svg/>"}
    for keep in (False, True):
        with pytest.raises(DataError) as refused:
            stage_docs(docs, tmp_path / f"stage-{keep}", pages, assets, keep)
        named = sorted(problem.file for problem in refused.value.problems)
        assert named == [str(docs / "kk/charts/a.svg"), str(docs / "kk/processes/p01.md")]
        assert not (tmp_path / f"stage-{keep}").exists()


@pytest.fixture
def preview_env(monkeypatch, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    monkeypatch.setenv("KAZUTB_DATA", str(data))
    monkeypatch.setenv("KAZUTB_TODAY", TODAY)
    preview.forget()
    yield data
    preview.forget()


def _prepare(root: Path, served: Path, preview_mode: bool = True) -> pipeline.Build:
    return pipeline.prepare(
        root, REPO / "docs", served, strict=False, warn=lambda _: None, preview=preview_mode
    )


def _render(build: pipeline.Build, pages: dict[str, str]) -> None:
    """What MkDocs does between the two halves of the build: write the pages."""
    for path, html in pages.items():
        target = build.build_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")


def _finish(build: pipeline.Build) -> None:
    pipeline.finish(build, warn=lambda _: None, info=lambda _: None)


def test_an_edit_restages_only_its_pages_and_the_result_equals_a_full_build(tmp_path, preview_env):
    root, served = tmp_path / "project", tmp_path / "served"
    root.mkdir()
    served.mkdir()
    first = _prepare(root, served)
    stage = first.stage_dir
    assert stage == root / preview.STAGE
    pipeline.abandon(first)
    _age(stage)
    process = preview_env / "processes" / "07-international-activity.yaml"
    text = process.read_text(encoding="utf-8")
    process.write_text(
        text.replace("en: International activity", "en: International relations", 1),
        encoding="utf-8",
    )
    second = _prepare(root, served)
    pipeline.abandon(second)
    touched = _touched(stage)
    assert "en/processes/p07.md" in touched
    assert "kk/processes/p07.md" not in touched and "kk/index.md" not in touched
    assert len(touched) < len(files_under(stage)) / 10, sorted(touched)
    (tmp_path / "full-root").mkdir()
    full = _prepare(tmp_path / "full-root", tmp_path / "full-site", preview_mode=False)
    try:  # the preview's pages without their raw blocks: those put back, the same pages
        assert _with_blocks(stage, root / preview.PREVIEW_BLOCKS) == _tree(full.stage_dir)
    finally:
        pipeline.abandon(full)


def test_personal_data_in_a_rebuilt_page_keeps_the_previous_preview(tmp_path, preview_env):
    root, served = tmp_path / "project", tmp_path / "served"
    root.mkdir()
    served.mkdir()
    good = _prepare(root, served)
    _render(good, {"index.html": "<p>Басты бет</p>", "ru/index.html": "<p>Главная</p>"})
    _finish(good)
    assert (served / "ru" / "index.html").read_text(encoding="utf-8") == "<p>Главная</p>"
    assert (served / "opendata" / "datapackage.json").exists()

    bad = _prepare(root, served)
    _render(bad, {"ru/index.html": "<p>Главная. ИИН 900101300017</p>"})
    with pytest.raises(DataError) as caught:
        _finish(bad)
    pipeline.abandon(bad)
    assert "(iin)" in str(caught.value) and "900101300017" not in str(caught.value)
    assert (served / "ru" / "index.html").read_text(encoding="utf-8") == "<p>Главная</p>"

    unchanged = _prepare(root, served)  # the page is not rendered again: still refused
    with pytest.raises(DataError):
        _finish(unchanged)
    pipeline.abandon(unchanged)

    fixed = _prepare(root, served)
    _render(fixed, {"ru/index.html": "<p>Главная страница</p>"})
    _finish(fixed)
    assert "страница" in (served / "ru" / "index.html").read_text(encoding="utf-8")


def test_refused_open_data_never_reach_the_served_files_linked_to_the_kept_ones(
    tmp_path, preview_env
):
    """The preview links its open data from its kept folder to the served one; a dataset
    file replaced with bytes the gate refuses leaves the served file as it was (written
    in place, it would change the served file too: kept files are only replaced)."""
    root, served = tmp_path / "project", tmp_path / "served"
    root.mkdir()
    served.mkdir()
    good = _prepare(root, served)
    _finish(good)
    name = "opendata/accreditations.csv"
    before = (served / name).read_bytes()

    bad = _prepare(root, served)
    write_if_changed(bad.publish_dir / name, before + b'x,"+7 701 234 56 78"\n')
    with pytest.raises(DataError) as caught:
        _finish(bad)
    pipeline.abandon(bad)
    assert "(phone)" in str(caught.value)
    assert (served / name).read_bytes() == before
