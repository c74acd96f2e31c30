"""The theme's hidden folders (Material's icons) are not walked at every build, and the
engine finds the same theme files and templates, with the same bytes."""

from __future__ import annotations

import filecmp
import logging
import os
from pathlib import Path

from buildtools import REPO
from mkdocs.config import load_config
from mkdocs.structure.files import Files

from kazutb_transparency.engines import theme_dirs
from kazutb_transparency.engines.theme_dirs import unhidden


def _theme_files(config) -> dict[str, str]:
    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)
    return {file.src_uri: file.abs_src_path for file in files}


def test_the_engine_finds_the_same_theme_files_and_icons_in_the_mirror(tmp_path: Path):
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    config = load_config(str(REPO / "mkdocs.yml"))
    before = _theme_files(config)
    material = next(d for d in config.theme.dirs if (Path(d) / ".icons").is_dir())
    config.theme.dirs = unhidden(config.theme.dirs, tmp_path)
    assert material not in config.theme.dirs and len(config.theme.dirs) == 3
    after = _theme_files(config)
    assert after.keys() == before.keys() and len(after) > 20
    assert all(filecmp.cmp(before[uri], after[uri], shallow=False) for uri in after)
    env = config.theme.get_env()
    assert not [name for name in env.list_templates() if name.startswith(".icons/")]
    icon = env.get_template(".icons/material/magnify.svg").render()
    assert icon == (Path(material) / ".icons/material/magnify.svg").read_text("utf-8")
    assert unhidden(config.theme.dirs, tmp_path) == config.theme.dirs  # not mirrored again


def _theme(folder: Path, version: str) -> Path:
    (folder / ".icons" / "set").mkdir(parents=True)
    (folder / ".icons" / "set" / "a.svg").write_text("<svg/>", "utf-8")
    (folder / "assets" / "js").mkdir(parents=True)
    (folder / "assets" / "js" / f"bundle.{version}.js").write_text(version, "utf-8")
    (folder / "main.html").write_text("{% include '.icons/set/a.svg' %}", "utf-8")
    return folder


def test_another_version_of_the_theme_gets_its_own_mirror(tmp_path: Path):
    theme = _theme(tmp_path / "theme", "1")
    plain = tmp_path / "plain"
    (plain / "assets").mkdir(parents=True)
    first = unhidden([str(theme), str(plain)], tmp_path / "project")
    assert first[1] == str(plain)  # no hidden folder: walked as it is
    mirror = Path(first[0])
    assert os.path.islink(mirror / ".icons") and (mirror / "assets" / "js").is_dir()
    assert (mirror / "assets/js/bundle.1.js").read_text("utf-8") == "1"
    assert unhidden([str(theme)], tmp_path / "project") == first[:1]  # made once
    (theme / "assets/js/bundle.1.js").rename(theme / "assets/js/bundle.2.js")
    second = unhidden([str(theme)], tmp_path / "project")
    assert second != first[:1] and (Path(second[0]) / "assets/js/bundle.2.js").is_file()


def test_without_symbolic_links_the_theme_folder_is_walked_as_it_is(tmp_path: Path, monkeypatch):
    theme = _theme(tmp_path / "theme", "1")

    def no_links(*_args: object) -> None:
        raise OSError("symbolic links are not supported here")

    monkeypatch.setattr(theme_dirs.os, "symlink", no_links)
    assert unhidden([str(theme)], tmp_path / "project") == [str(theme)]
    assert [p.name for p in (tmp_path / "project" / theme_dirs.MIRRORS).iterdir()] == []
