"""Publishing is one atomic rename of the link `site` (buildsteps/publish.py): a build killed
at any step of its finish leaves a whole site, the old one or the new one, never neither and
never a mix; the clean-up at the start of the next build never removes the folder `site`
links to, nor the only whole site when `site` is missing.

A kill is simulated by making the N-th file-system operation of the publish raise an
exception no `except OSError` catches, and every later one too (a killed process does
nothing more), for every N; the build's process is then made to look ended (its pid is one
that no process has), and the next build's clean-up runs. One test kills a real process.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from buildtools import REPO

from kazutb_transparency.buildsteps import preview, publish
from kazutb_transparency.buildsteps.publish import (
    builds_dir,
    current_folder,
    finished_folders,
    fresh_build_dir,
    remove_interrupted,
    remove_site,
    restore_site,
    swap_into_place,
)
from kazutb_transparency.core.errors import DataError

# Every operation that changes the file system in the publish (pathlib, tempfile and
# shutil.rmtree call these of `os`): the points where a kill can fall.
OPERATIONS = ("mkdir", "chmod", "rename", "replace", "symlink", "unlink", "rmdir")


class Killed(BaseException):
    """The process was killed here: not an OSError, so no rollback catches it."""


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid  # ended and reaped: no process has it (until the number is reused)


@contextmanager
def _as_process(monkeypatch: pytest.MonkeyPatch, pid: int) -> Iterator[None]:
    """Run as the build process `pid` (its folders are named after it); once out, that
    process has ended, as far as the clean-up can tell."""
    with monkeypatch.context() as patched:
        patched.setattr(os, "getpid", lambda: pid)
        yield


@contextmanager
def _killed_at(monkeypatch: pytest.MonkeyPatch, step: int) -> Iterator[list[str]]:
    """The first `step` operations done, then the process killed: each later one raises."""
    done: list[str] = []
    with monkeypatch.context() as patched:
        for name in OPERATIONS:
            patched.setattr(os, name, _killable(getattr(os, name), name, step, done))
        yield done


def _killable(real: Callable, name: str, step: int, done: list[str]) -> Callable:
    def operation(*args, **kwargs):
        if len(done) >= step:
            raise Killed(f"killed before {name} {args[:2]}, after {done}")
        done.append(name)
        return real(*args, **kwargs)

    return operation


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def _site_files(label: str) -> dict[str, bytes]:
    """A small site whose every file says which build wrote it; file names differ too, so
    that a mix of two builds shows."""
    return {
        "marker.txt": label.encode(),
        "index.html": f"<html>{label}</html>".encode(),
        f"ru/{label}.html": f"<html>ru {label}</html>".encode(),
        f"assets/{label}.js": f"/* {label} */".encode(),
    }


def _write(folder: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def _built(site: Path, label: str) -> Path:
    """A build's finished folder, as the pipeline leaves it for the swap."""
    return _write(fresh_build_dir(site), _site_files(label))


def _publish(monkeypatch: pytest.MonkeyPatch, site: Path, label: str) -> None:
    """A whole build of `label` by a process that has ended since."""
    with _as_process(monkeypatch, _dead_pid()):
        swap_into_place(_built(site, label), site)


def _previous(monkeypatch: pytest.MonkeyPatch, root: Path, kind: str) -> Path:
    """`root`/site as a build finds it: published by a build, a real folder from before
    the link, or none yet."""
    site = root / "site"
    if kind == "link":
        _publish(monkeypatch, site, "older")
        _publish(monkeypatch, site, "old")
    elif kind == "folder":
        _write(site, _site_files("old"))
    return site


def _beside(site: Path) -> list[str]:
    """What is beside `site`, but for `site` and the builds folder: leftovers."""
    return sorted(p.name for p in site.parent.iterdir() if p not in (site, builds_dir(site)))


def _assert_whole(site: Path, allowed: tuple[str, ...]) -> str:
    """`site` shows one whole site, of a build among `allowed`; returns which."""
    assert site.is_dir(), f"no site: {sorted(p.name for p in site.parent.iterdir())}"
    files = _files(site)
    label = files.get("marker.txt", b"").decode()
    assert label in allowed, f"site/ shows {label!r}, not one of {allowed}"
    assert files == _site_files(label), f"site/ is not the whole {label!r} site: {sorted(files)}"
    return label


def _assert_tidy(site: Path) -> None:
    """After the clean-up: no leftover, and no finished folder but the one linked."""
    assert _beside(site) == []
    current = current_folder(site)
    assert finished_folders(site) == ([current] if current else [])


def _interrupted(
    monkeypatch: pytest.MonkeyPatch, root: Path, kind: str, step: int
) -> tuple[Path, bool]:
    """A build of "new" killed after `step` operations of its swap (True), or that ended
    before it got there (False)."""
    site = _previous(monkeypatch, root, kind)
    with _as_process(monkeypatch, _dead_pid()):
        build = _built(site, "new")
        try:
            with _killed_at(monkeypatch, step):
                swap_into_place(build, site)
        except Killed:
            return site, True
    return site, False


@pytest.mark.parametrize("kind", ["link", "folder", "none"])
def test_a_build_killed_at_any_step_of_its_swap_leaves_a_whole_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    before = ("old",) if kind != "none" else ()
    shown = []
    for step in range(200):
        site, killed = _interrupted(monkeypatch, tmp_path / f"step{step}", kind, step)
        if not killed:
            break
        remove_interrupted(site.parent, site)  # the next build starts
        if kind == "none" and not os.path.lexists(site):
            shown.append("")  # killed before its first site was linked: none yet
        else:
            shown.append(_assert_whole(site, (*before, "new")))
        _assert_tidy(site)
        _publish(monkeypatch, site, "next")  # and publishes
        _assert_whole(site, ("next",))
        _assert_tidy(site)
    else:
        pytest.fail("the swap never ended")
    assert step >= 4, f"only {step} operations: the kill was not where the swap works"
    # One switch, from the old site to the new: never back, never neither in between.
    assert shown == sorted(shown, key=("", "old", "new").index), shown
    assert shown[-1] == "new" and shown[0] == (before[0] if before else "")
    _assert_whole(site, ("new",))  # the build that ran to its end published
    _assert_tidy(site)


@pytest.mark.parametrize("kind", ["link", "folder"])
def test_a_build_killed_anywhere_leaves_a_site_found_even_before_the_clean_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """Before any clean-up, the site is there or, mid-migration, whole in the builds folder."""
    for step in range(200):
        site, killed = _interrupted(monkeypatch, tmp_path / f"step{step}", kind, step)
        if not killed:
            break
        if site.is_dir():
            _assert_whole(site, ("old", "new"))
        else:
            (kept,) = [f for f in finished_folders(site) if _files(f) == _site_files("old")]
            assert kept.is_dir()


def test_the_clean_up_never_removes_the_folder_site_links_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    _publish(monkeypatch, site, "old")
    served = current_folder(site)
    assert served is not None
    # A build that finished after it but was killed before it linked its folder.
    with _as_process(monkeypatch, _dead_pid()):
        unlinked = builds_dir(site) / publish._finished_name()
        os.rename(_built(site, "new"), unlinked)
        stale_link = tmp_path / f".site-link-{os.getpid()}-0a1b"
        stale_link.symlink_to(".site-builds/gone")
    # A build running now (this process), and another process's finished folder.
    running = _built(site, "running")
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        with _as_process(monkeypatch, sleeper.pid):
            other = builds_dir(site) / publish._finished_name()
            os.rename(_built(site, "other"), other)
        removed = remove_interrupted(tmp_path, site)
        assert sorted(removed) == sorted([unlinked, stale_link])
        assert current_folder(site) == served and _files(site) == _site_files("old")
        assert _files(running) == _site_files("running")
        assert _files(other) == _site_files("other")  # its build may link it yet
    finally:
        sleeper.kill()
        sleeper.wait()
    remove_interrupted(tmp_path, site)
    assert finished_folders(site) == [served] and not other.exists()


@pytest.mark.parametrize("dangling", [False, True])
def test_a_missing_site_is_linked_to_the_newest_finished_folder_not_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dangling: bool
) -> None:
    site = tmp_path / "site"
    _publish(monkeypatch, site, "older")
    older = current_folder(site)
    _publish(monkeypatch, site, "old")
    newest = current_folder(site)
    assert older is not None and newest is not None
    shutil.copytree(newest, older)  # kept by a build that did not finish its clean-up
    (older / "marker.txt").write_text("older")
    site.unlink()
    if dangling:
        site.symlink_to(".site-builds/removed-by-hand")
    remove_interrupted(tmp_path, site)
    assert current_folder(site) == newest and _files(site) == _site_files("old")
    assert finished_folders(site) == [newest]  # linked first: only then the older went


def test_when_the_site_cannot_be_linked_again_nothing_whole_is_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    _publish(monkeypatch, site, "old")
    kept = current_folder(site)
    site.unlink()
    saved = tmp_path / f".site-old-{_dead_pid()}-abc" / "site"  # an older build's
    _write(saved, _site_files("saved"))

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    with monkeypatch.context() as patched:
        patched.setattr(os, "symlink", read_only)
        remove_interrupted(tmp_path, site)
    assert not os.path.lexists(site)
    assert finished_folders(site) == [kept] and _files(kept) == _site_files("old")
    assert _files(saved) == _site_files("saved")


def test_the_site_an_older_build_left_between_its_two_renames_is_linked_again(
    tmp_path: Path,
) -> None:
    # Before the link, a build renamed site/ into .site-old-<pid>-…/site, and was killed
    # before it renamed its own folder to site/: the clean-up removed the only whole site.
    site = tmp_path / "site"
    saved = tmp_path / f".site-old-{_dead_pid()}-abc" / "site"
    _write(saved, _site_files("old"))
    remove_interrupted(tmp_path, site)
    assert _assert_whole(site, ("old",)) and current_folder(site) is not None
    _assert_tidy(site)


def test_the_link_is_relative_so_the_repository_can_be_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "repo" / "site"
    site.parent.mkdir()
    _publish(monkeypatch, site, "old")
    target = os.readlink(site)
    assert target.startswith(".site-builds/") and not os.path.isabs(target)
    moved = tmp_path / "moved"
    (tmp_path / "repo").rename(moved)
    _assert_whole(moved / "site", ("old",))
    copy = tmp_path / "copy"
    shutil.copytree(moved, copy, symlinks=True)
    _assert_whole(copy / "site", ("old",))
    assert os.readlink(copy / "site") == target


def test_a_published_site_is_readable_by_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    _publish(monkeypatch, site, "new")
    assert (site.resolve().stat().st_mode & 0o777) == 0o755  # mkdtemp made it 0o700


def _failing(monkeypatch: pytest.MonkeyPatch, name: str, calls: set[int]) -> None:
    """`os.<name>` fails with "permission denied" at the given calls (0 the first)."""
    real, count = getattr(os, name), []

    def operation(*args, **kwargs):
        count.append(1)
        if len(count) - 1 in calls:
            raise OSError(errno.EACCES, "Permission denied", str(args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(os, name, operation)


def test_a_publish_that_fails_leaves_the_previous_site_and_no_finished_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    _publish(monkeypatch, site, "old")
    served = current_folder(site)
    build = _built(site, "new")
    with monkeypatch.context() as patched:
        _failing(patched, "replace", {0})
        with pytest.raises(OSError, match="Permission denied"):
            swap_into_place(build, site)
    assert current_folder(site) == served and _files(site) == _site_files("old")
    assert finished_folders(site) == [served]
    assert [name for name in _beside(site) if not name.startswith(".site-build-")] == []


def test_a_migration_that_cannot_link_moves_the_folder_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _write(tmp_path / "site", _site_files("old"))
    build = _built(site, "new")
    with monkeypatch.context() as patched:
        _failing(patched, "replace", {0})
        with pytest.raises(OSError, match="Permission denied"):
            swap_into_place(build, site)
    # The message the build prints (the previous site/ is unchanged) is true.
    assert not site.is_symlink() and _files(site) == _site_files("old")
    assert finished_folders(site) == []


def test_a_migration_that_can_neither_link_nor_move_back_says_where_the_site_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = _write(tmp_path / "site", _site_files("old"))
    build = _built(site, "new")
    with monkeypatch.context() as patched:
        _failing(patched, "replace", {0})
        _failing(patched, "rename", {1})  # the move back (the first is the move away)
        with pytest.raises(DataError) as caught:
            swap_into_place(build, site)
    (problem,) = caught.value.problems
    (kept,) = finished_folders(site)
    assert str(kept) in problem.message and "unchanged" not in str(problem)
    remove_interrupted(tmp_path, site)  # the next build links it again
    _assert_whole(site, ("old",))


def test_the_preview_writes_through_the_link_and_into_a_missing_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _write(tmp_path / "built", {"index.html": b"preview", "ru/index.html": b"ru"})
    changed = [built / "index.html", built / "ru" / "index.html"]
    site = tmp_path / "site"
    _publish(monkeypatch, site, "old")
    preview.serve_changes(built, site, changed, ["marker.txt"])
    assert site.is_symlink() and (site / "index.html").read_bytes() == b"preview"
    assert not (site / "marker.txt").exists()
    missing = tmp_path / "elsewhere" / "site"
    preview.serve_changes(built, missing, changed, [])
    assert (missing / "ru" / "index.html").read_bytes() == b"ru"
    _publish(monkeypatch, missing, "new")  # a real folder: migrated, then replaced
    _assert_whole(missing, ("new",))
    preview.forget()


def test_a_site_is_removed_with_its_finished_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    _publish(monkeypatch, site, "old")
    remove_site(site)
    assert not os.path.lexists(site) and not builds_dir(site).exists()
    _write(site, _site_files("old"))  # from before the link
    remove_site(site)
    assert not os.path.lexists(site)
    assert restore_site(site) is None  # nothing to link


# --- a real process killed --------------------------------------------------------------

CHILD = """
import os, sys, time
from pathlib import Path
from kazutb_transparency.buildsteps.publish import fresh_build_dir, swap_into_place

site, step, flag = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
build = fresh_build_dir(site)
for name in ("marker.txt", "index.html", "ru/new.html", "assets/new.js"):
    data = {"marker.txt": "new", "index.html": "<html>new</html>",
            "ru/new.html": "<html>ru new</html>", "assets/new.js": "/* new */"}[name]
    (build / name).parent.mkdir(parents=True, exist_ok=True)
    (build / name).write_text(data)
done = []

def killable(real, name):
    def operation(*args, **kwargs):
        if len(done) == step:
            flag.write_text(name)  # the parent kills this process now
            time.sleep(60)
        done.append(name)
        return real(*args, **kwargs)
    return operation

for name in OPERATIONS:
    setattr(os, name, killable(getattr(os, name), name))
swap_into_place(build, site)
"""


def _killed_child(site: Path, step: int, flag: Path) -> bool:
    """A process publishing "new" into `site`, killed (SIGKILL) before its operation
    number `step` (it writes `flag` then); False when it ended first."""
    code = f"OPERATIONS = {OPERATIONS!r}\n{CHILD}"
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(site), str(step), str(flag)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    deadline = time.monotonic() + 60
    while not flag.exists() and child.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    if child.poll() is not None:
        assert child.returncode == 0
        return False
    child.send_signal(signal.SIGKILL)
    child.wait()
    return True


@pytest.mark.parametrize("kind", ["link", "folder"])
def test_a_process_killed_at_any_step_of_its_swap_leaves_a_whole_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    for step in range(200):
        site = _previous(monkeypatch, tmp_path / f"step{step}", kind)
        if not _killed_child(site, step, tmp_path / f"flag{step}"):
            break
        remove_interrupted(site.parent, site)
        _assert_whole(site, ("old", "new"))
        _assert_tidy(site)
    assert step >= 4
    _assert_whole(site, ("new",))
