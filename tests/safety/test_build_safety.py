"""The build around the input: what interrupted builds left is removed, file-system errors
are messages, the live preview keeps answering whatever fails, and — end to end — a link out
of the repository or raw HTML in a page never reaches site/."""

from __future__ import annotations

import errno
import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from buildtools import DATA, REPO, build_env, project_copy
from mkdocs.exceptions import PluginError

from kazutb_transparency.buildsteps import pipeline, preview
from kazutb_transparency.buildsteps.leftovers import (
    WAITING,
    WAITING_KEPT_S,
    owned_folder,
    remove_leftovers,
)
from kazutb_transparency.buildsteps.publish import remove_interrupted
from kazutb_transparency.core.errors import DataError, Problem, problem_of_os_error

SECRET = "root:x:0:0:the build machine's secret line"


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid  # ended and reaped: no process has it (until the number is reused)


def test_folders_of_ended_builds_are_removed_and_running_ones_kept(tmp_path: Path) -> None:
    site = tmp_path / "site"
    dead = _dead_pid()
    left = [
        tmp_path / ".site-build-k2j3h4g5",  # named before folders carried their owner
        tmp_path / f".site-build-{dead}-abc",
        tmp_path / f".site-old-{dead}-abc",
        tmp_path / f".site-languages-{dead}-abc",
        tmp_path / ".cache" / f"build-{dead}-abc",
        tmp_path / ".cache" / "refused-abcdefgh",
    ]
    for folder in left:
        (folder / "assets").mkdir(parents=True)
        (folder / "assets" / "big.js").write_text("x" * 1000)
    running = owned_folder(tmp_path, ".site-build-")
    other = tmp_path / ".site-buildings"  # not a build folder
    other.mkdir()
    removed = remove_interrupted(tmp_path, site)
    assert sorted(removed) == sorted(left)
    assert running.is_dir() and other.is_dir()
    assert running.name.startswith(f".site-build-{os.getpid()}-")


def test_a_staged_build_waiting_for_its_next_step_is_kept_for_a_day(tmp_path: Path) -> None:
    # `build_site.py stage` ends, and its folder waits for `render WORK`: a build started
    # meanwhile (a test beside it, `make serve`) must not take it for an interrupted one.
    dead = _dead_pid()
    waiting = tmp_path / ".cache" / f"build-{dead}-staged"
    forgotten = tmp_path / ".cache" / f"build-{dead}-forgotten"
    for folder in (waiting, forgotten):
        folder.mkdir(parents=True)
        (folder / WAITING).write_text("{}", encoding="utf-8")
    day_ago = (forgotten / WAITING).stat().st_mtime - WAITING_KEPT_S - 60
    os.utime(forgotten / WAITING, (day_ago, day_ago))
    assert remove_interrupted(tmp_path, tmp_path / "site") == [forgotten]
    assert (waiting / WAITING).is_file()


def test_a_link_named_like_a_build_folder_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "precious"
    target.mkdir()
    (target / "keep.txt").write_text("keep")
    (tmp_path / ".site-build-abc").symlink_to(target)
    assert remove_leftovers(tmp_path, (".site-build-",)) == []
    assert (target / "keep.txt").read_text() == "keep"


@pytest.mark.parametrize(
    "code, message",
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "permission denied"),
        (errno.EIO, "could not read or write"),
    ],
)
def test_file_system_errors_are_messages(code: int, message: str) -> None:
    problem = problem_of_os_error(OSError(code, os.strerror(code), "site/index.html"))
    assert message in problem.message and problem.file == "site/index.html"
    assert problem.hint and "previous site/ is unchanged" in problem.hint


def test_what_a_failed_build_shows() -> None:
    assert pipeline.problems_of(DataError([Problem("f", "m")]), False) == [Problem("f", "m")]
    (disk,) = pipeline.problems_of(OSError(errno.ENOSPC, "No space left"), False)
    assert disk.message == "the disk is full"
    assert pipeline.problems_of(ValueError("bug"), False) is None  # a bug: its traceback
    (shown,) = pipeline.problems_of(ValueError("bug"), True)  # the preview keeps going
    assert "ValueError: bug" in shown.message


def _hook(monkeypatch: pytest.MonkeyPatch, serving: bool):
    # A fresh copy of the MkDocs adapter (hooks/site_build.py hands MkDocs its events).
    adapter = REPO / "kazutb_transparency" / "engines" / "mkdocs_events.py"
    spec = importlib.util.spec_from_file_location("mkdocs_adapter_copy", adapter)
    assert spec is not None and spec.loader is not None
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    monkeypatch.setattr(hook, "_serving", lambda: serving)
    return hook


def _config(tmp_path: Path) -> SimpleNamespace:
    docs = tmp_path / "docs"
    (docs / "ru").mkdir(parents=True)
    (docs / "about-site.md").write_text("# Сайт туралы\n\nМәтін.\n", encoding="utf-8")
    (docs / "ru" / "about-site.md").write_text("# О сайте\n\nТекст.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n")
    return SimpleNamespace(
        plugins={},
        theme=SimpleNamespace(dirs=[]),
        config_file_path=str(tmp_path / "mkdocs.yml"),
        docs_dir=str(docs),
        site_dir=str(tmp_path / "site"),
        strict=False,
        site_url="/",
    )


def test_the_preview_shows_an_unexpected_error_as_a_banner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = _hook(monkeypatch, serving=True)

    def fails(**kwargs):
        raise ValueError("the edit broke something unforeseen")

    monkeypatch.setattr(pipeline, "prepare", fails)
    config = hook.on_config(_config(tmp_path))
    staged = Path(config.docs_dir)
    assert staged.parent == tmp_path / ".cache" and staged.name.startswith("refused-")
    page = (staged / "ru" / "about-site.md").read_text(encoding="utf-8")
    assert "ValueError: the edit broke something unforeseen" in page
    assert "Текст." in page  # the page itself stays under the banner


def test_a_one_off_build_fails_with_the_message_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = _hook(monkeypatch, serving=False)

    def full(**kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / ".cache"))

    monkeypatch.setattr(pipeline, "prepare", full)
    with pytest.raises(PluginError, match="the disk is full"):
        hook.on_config(_config(tmp_path))


def test_a_failure_after_rendering_leaves_the_preview_answering_with_the_banner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hook = _hook(monkeypatch, serving=True)
    served = tmp_path / "served"
    (served / "ru").mkdir(parents=True)
    good = '<html><body><article class="md-content__inner">Последняя версия</article></body>'
    (served / "ru" / "index.html").write_text(good, encoding="utf-8")
    hook._build = SimpleNamespace(
        root=tmp_path, stage_dir=tmp_path, site_dir=served, docs_dir=tmp_path / "docs"
    )
    monkeypatch.setattr(preview, "keep_last_good", lambda root, stage: None)
    monkeypatch.setattr(pipeline, "abandon", lambda build: None)

    def finish(build, warn, info):
        raise RuntimeError("the scan could not finish")

    monkeypatch.setattr(pipeline, "finish", finish)
    config = SimpleNamespace(plugins={}, site_dir="x", docs_dir="y")
    hook.on_post_build(config)  # no exception: the server goes on
    page = (served / "ru" / "index.html").read_text(encoding="utf-8")
    assert "RuntimeError: the scan could not finish" in page and "Последняя версия" in page
    assert "Изменение не принято" in page
    hook.on_post_build(config)  # a second failure: one banner, not two
    page = (served / "ru" / "index.html").read_text(encoding="utf-8")
    assert page.count("Изменение не принято") == 1
    assert config.site_dir == str(served)


# --- end to end -----------------------------------------------------------------------


def _project(tmp_path: Path) -> Path:
    return project_copy(tmp_path)


def _build(project: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        env=build_env(KAZUTB_DATA=str(DATA), **env),
        capture_output=True,
        text=True,
        timeout=1200,  # generous: a loaded machine builds several times slower
    )


@pytest.mark.build
def test_links_out_of_the_repository_fail_the_build_and_publish_nothing(tmp_path: Path) -> None:
    project = _project(tmp_path)
    outside = tmp_path / "outside"
    (outside / "dir").mkdir(parents=True)
    (outside / "passwd").write_text(SECRET + "\n")
    (outside / "dir" / "page.md").write_text(f"# {SECRET}\n")
    (project / "docs" / "kk" / "assets" / "passwd.css").symlink_to(outside / "passwd")
    (project / "docs" / "en" / "linked").symlink_to(outside / "dir")
    (project / "site").mkdir()
    (project / "site" / "index.html").write_text("the previous site")
    (project / ".site-build-k2j3h4g5").mkdir()  # left by an interrupted build
    result = _build(project)
    assert result.returncode != 0
    assert "docs/kk/assets/passwd.css" in result.stderr and "docs/en/linked" in result.stderr
    assert "outside the repository" in result.stderr and "Traceback" not in result.stderr
    assert SECRET not in result.stderr + result.stdout
    assert (project / "site" / "index.html").read_text() == "the previous site"
    assert not (project / ".site-build-k2j3h4g5").exists()
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []


HOSTILE_PAGE = """# Сайт туралы

Мәтін.

<script>alert("from content")</script>
<iframe src="https://video.example/embed/1"></iframe>
<img src="../assets/none.png" alt="" onerror="alert(2)">
[басу](javascript:alert(3))
![сурет](https://tracker.example/pixel.gif)
<style>@import url(https://fonts.example/a.css);</style>
"""


@pytest.mark.build
def test_raw_html_is_removed_from_the_preview_build_and_refused_by_the_strict_one(
    tmp_path: Path,
) -> None:
    project = _project(tmp_path)
    (project / "docs" / "kk" / "about-site.md").write_text(HOSTILE_PAGE, encoding="utf-8")
    strict = _build(project, STRICT="1")
    assert strict.returncode != 0 and not (project / "site").exists()
    for line in (5, 6, 7, 8, 9, 10):
        assert f"docs/kk/about-site.md:{line}" in strict.stderr, strict.stderr[-3000:]
    result = _build(project)
    assert result.returncode == 0, result.stderr[-3000:]
    # Published by one rename: site/ is a relative link to the build's folder (publish.py).
    assert os.readlink(project / "site").startswith(".site-builds/")
    assert "raw HTML removed from a hand-written page" in result.stderr
    page = (project / "site" / "about-site.html").read_text(encoding="utf-8")
    article = page.split("<article", 1)[1].split("</article>", 1)[0]
    assert "Мәтін." in article
    for gone in ("alert", "<iframe", "onerror", "javascript:", "tracker.example", "<style"):
        assert gone not in article
    for html in (project / "site").rglob("*.html"):
        assert 'http-equiv="Content-Security-Policy"' in html.read_text(encoding="utf-8"), html
