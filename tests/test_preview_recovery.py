"""make serve never wedges: whatever happens to the data (an edit undone, a file deleted
and brought back, a branch switched, a burst of saves) and to the preview (stopped and
started again, a file an earlier run linked), once the data are valid again the next
rebuild serves exactly the pages of a first build, and no rebuild fails unforeseen.

One preview for the module (its first build is the slow part); each test puts the data
back as they were and checks that the served folder is again byte for byte what the first
build served. Also: the preview's pages let the engine's reload script run (their own
Content-Security-Policy), the published site's keep the strict one.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from buildtools import TODAY, preview_project

from kazutb_transparency.buildsteps import preview
from kazutb_transparency.buildsteps.files import files_under
from kazutb_transparency.buildsteps.live_preview import PREVIEW_SCRIPT_SRC, LivePreview
from kazutb_transparency.core.csp import POLICY
from kazutb_transparency.core.writing import copy_replacing, link_or_copy, replace_with
from kazutb_transparency.engines import engine_named

ACCREDITATIONS = Path("disclosures") / "accreditations.yaml"
AGENCIES = Path("disclosures") / "agencies.yaml"
PROCESS = Path("processes") / "07-international-activity.yaml"
NUMBER = "SAMPLE-IA-0001"  # a certificate's number: an edit gives its dataset a new release
INDICATOR = "Share of international students in the total student body"
PAGE = "en/processes/p07.html"
BANNER = "kazutb-preview-banner"
UNFORESEEN = "unforeseen error"


class Preview:
    """The live preview of a copy of the project, driven as the server drives it."""

    def __init__(self, root: Path, pristine: Path) -> None:
        self.root, self.pristine = root, pristine
        self.data = root / "data"
        self.served = root / ".cache" / "live-site"
        self.said: list[str] = []
        self.live = self._started()
        self.first: dict[str, bytes] = {}

    def _started(self) -> LivePreview:
        return LivePreview(
            self.root, engine_named("mkdocs"), self.served, self.said.append, self.said.append
        )

    def rebuild(self) -> None:
        self.live.rebuild()

    def restart(self) -> None:
        """What stopping and starting `make serve` again forgets: the engines, and every
        record of what was placed and served (the folders stay)."""
        self.live.close()
        preview.forget()
        preview._published.clear()
        self.live = self._started()

    def tree(self) -> dict[str, bytes]:
        return {path: file.read_bytes() for path, file in files_under(self.served).items()}

    def page(self, path: str = PAGE) -> str:
        return (self.served / path).read_text(encoding="utf-8")

    def checkout(self, path: Path, text: str | None = None) -> None:
        """`git checkout` of a data file: replaced by a new file (another inode), holding
        `text`, or its content in the first build."""
        content = (self.pristine / path).read_bytes() if text is None else text.encode("utf-8")
        target = self.data / path
        new = target.with_name(f"{target.name}.checkout")
        new.write_bytes(content)
        os.replace(new, target)

    def original(self, path: Path) -> str:
        return (self.pristine / path).read_text(encoding="utf-8")

    def restore(self) -> None:
        """The data as they were at the first build (only what differs is touched)."""
        now, then = files_under(self.data), files_under(self.pristine)
        for path in now.keys() - then.keys():
            now[path].unlink()
        for path, file in then.items():
            if path not in now or now[path].read_bytes() != file.read_bytes():
                self.checkout(Path(path))

    def assert_as_first(self) -> None:
        """No refusal, and the served folder holds exactly what the first build served."""
        assert self.live.refused == [], self.live.refused
        assert not any(UNFORESEEN in line for line in self.said), self.said[-5:]
        now = self.tree()
        assert now.keys() == self.first.keys(), sorted(now.keys() ^ self.first.keys())[:10]
        differ = sorted(path for path in now if now[path] != self.first[path])
        assert not differ, differ[:10]


@pytest.fixture(scope="module")
def served_preview(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Preview]:
    folder = tmp_path_factory.mktemp("recovery")
    root = preview_project(folder)
    shutil.copytree(root / "data", folder / "pristine")
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("KAZUTB_DATA", raising=False)
        patch.setenv("KAZUTB_TODAY", TODAY)
        preview.forget()
        shown = Preview(root, folder / "pristine")
        try:
            shown.rebuild()
            assert shown.live.refused == [], shown.live.refused
            shown.first = shown.tree()
            yield shown
        finally:
            shown.live.close()
            preview.forget()


@pytest.fixture
def shown(served_preview: Preview) -> Iterator[Preview]:
    """The module's preview; its data put back and rebuilt after the test, so that a
    failing test leaves the next one the first build's data."""
    served_preview.said.clear()
    yield served_preview
    served_preview.restore()
    served_preview.rebuild()


def _releases(shown: Preview) -> set[str]:
    return {p.name for p in (shown.served / "opendata" / "releases").iterdir() if p.is_dir()}


def test_an_edit_undone_after_a_refused_save_serves_the_first_pages(shown):
    """The reported wedge: an edit made a new release; a save the build refused made the
    preview forget what it had placed; the edit undone (`git checkout`), the release of
    the edit stayed in the built folder, a hard link of the served file, and every
    rebuild stopped at shutil.SameFileError."""
    first_releases = _releases(shown)
    shown.checkout(ACCREDITATIONS, shown.original(ACCREDITATIONS).replace(NUMBER, "SAMPLE-X"))
    shown.rebuild()
    assert shown.live.refused == []
    edited = _releases(shown)
    assert edited != first_releases and len(edited) == len(first_releases)

    shown.checkout(ACCREDITATIONS, "- id: [unclosed\n")  # not YAML: refused
    shown.rebuild()
    assert shown.live.refused and BANNER in shown.page()

    shown.checkout(ACCREDITATIONS)
    shown.rebuild()
    assert _releases(shown) == first_releases
    shown.assert_as_first()


def test_an_edit_undone_while_the_preview_was_stopped_serves_the_first_pages(shown):
    """The same after a restart (it failed until `make clean`)."""
    shown.checkout(ACCREDITATIONS, shown.original(ACCREDITATIONS).replace(NUMBER, "SAMPLE-Y"))
    shown.rebuild()
    shown.restart()
    shown.checkout(ACCREDITATIONS)
    shown.rebuild()
    shown.assert_as_first()


def test_files_an_earlier_preview_linked_to_their_served_copies_do_not_stop_it(shown):
    """What an earlier version of the preview left (a restart found it and failed until
    `make clean`): a release no longer published, and a page, each a hard link of the
    served file. The preview starts afresh: neither is copied onto itself, nor served on."""
    built = shown.root / preview.BUILT
    stale = "opendata/releases/2020-01-01-abcdefabcdef/datapackage.json"
    (built / stale).parent.mkdir(parents=True)
    (built / stale).write_text('{"name": "stale"}\n', encoding="utf-8")
    (shown.served / stale).parent.mkdir(parents=True)
    os.link(built / stale, shown.served / stale)
    (shown.served / PAGE).unlink()
    os.link(built / PAGE, shown.served / PAGE)
    shown.restart()
    shown.rebuild()
    assert not (shown.served / stale).exists()
    assert not (shown.served / PAGE).samefile(built / PAGE)
    shown.assert_as_first()


def test_a_deleted_data_file_is_shown_in_the_preview_until_it_comes_back(shown):
    (shown.data / AGENCIES).unlink()
    shown.rebuild()
    assert any(str(AGENCIES) in problem.file for problem in shown.live.refused)
    assert BANNER in shown.page("index.html") and "agencies.yaml" in shown.page("index.html")
    shown.checkout(AGENCIES)
    shown.rebuild()
    shown.assert_as_first()


def test_a_branch_switch_and_back_serves_each_branch(shown):
    """Many files change at once (as `git switch` writes them): data, a hand-written page
    changed and pages added (the engines are started again), a data file removed."""
    number = shown.original(ACCREDITATIONS).replace(NUMBER, "SAMPLE-BRANCH")
    process = shown.original(PROCESS).replace(INDICATOR, f"{INDICATOR} (branch)", 1)
    shown.checkout(ACCREDITATIONS, number)
    shown.checkout(PROCESS, process)
    about = shown.root / "docs" / "en" / "about-site.md"
    about_text = about.read_text(encoding="utf-8")
    about.write_text(about_text + "\n\nOn the branch.\n", encoding="utf-8")
    for lang in ("kk", "ru", "en"):
        (shown.root / "docs" / lang / "branch-note.md").write_text("# Branch\n", "utf-8")
    readme = shown.data / "news" / "README.md"  # a file the build does not read
    readme.unlink()
    shown.rebuild()
    assert shown.live.refused == []
    assert f"{INDICATOR} (branch)" in shown.page()
    assert "On the branch." in shown.page("en/about-site.html")
    assert (shown.served / "en" / "branch-note.html").is_file()

    about.write_text(about_text, encoding="utf-8")
    for lang in ("kk", "ru", "en"):
        (shown.root / "docs" / lang / "branch-note.md").unlink()
    shown.restore()
    shown.rebuild()
    shown.assert_as_first()


def test_a_burst_of_saves_during_rebuilds_ends_with_the_last_save_served(shown):
    """20 saves in a second, some caught half-written or broken, while the preview
    rebuilds as fast as it can: no rebuild fails unforeseen, and the rebuild after the
    last save serves it; the data put back, the first pages."""
    text = shown.original(PROCESS)
    target = shown.data / PROCESS
    done = threading.Event()

    def save() -> None:
        try:
            for number in range(20):
                edited = text.replace(INDICATOR, f"{INDICATOR} (save {number})", 1)
                if number % 5 == 3:  # an editor that writes in place, caught half-way
                    with target.open("w", encoding="utf-8") as file:
                        file.write(edited[: len(edited) // 2])
                        file.flush()
                        time.sleep(0.02)
                        file.write(edited[len(edited) // 2 :])
                elif number % 5 == 4:
                    shown.checkout(PROCESS, edited.replace("\n", "\n  : broken\n", 1))
                else:
                    shown.checkout(PROCESS, edited)
                time.sleep(0.05)
        finally:
            done.set()

    saver = threading.Thread(target=save)
    saver.start()
    rebuilds = 0
    while not done.is_set() or rebuilds == 0:
        shown.rebuild()
        rebuilds += 1
    saver.join()
    shown.checkout(PROCESS, text.replace(INDICATOR, f"{INDICATOR} (last save)", 1))
    shown.rebuild()
    assert shown.live.refused == []
    assert not any(UNFORESEEN in line for line in shown.said), shown.said[-5:]
    assert f"{INDICATOR} (last save)" in shown.page() and BANNER not in shown.page()
    shown.checkout(PROCESS)
    shown.rebuild()
    shown.assert_as_first()


def test_an_unforeseen_error_is_shown_and_the_next_rebuild_starts_afresh(shown, monkeypatch):
    """A rebuild stopped by an error no check foresaw (here: in the copy to the served
    folder) shows it in the preview, and the next rebuild serves every page again."""
    from kazutb_transparency.buildsteps import pipeline

    def failing(*_: object) -> None:
        raise RuntimeError("injected fault")

    with monkeypatch.context() as patch:
        patch.setattr(pipeline, "serve_changes", failing)
        shown.checkout(PROCESS, shown.original(PROCESS).replace(INDICATOR, "Unforeseen", 1))
        shown.rebuild()
    assert shown.live.refused and "RuntimeError: injected fault" in str(shown.live.refused[0])
    assert any(UNFORESEEN in line for line in shown.said)
    assert BANNER in shown.page()
    shown.said.clear()
    shown.checkout(PROCESS)
    shown.rebuild()
    shown.assert_as_first()


# --- the preview's policy ------------------------------------------------------------------

_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"')


def _directives(page: str) -> dict[str, str]:
    found = _META.search(page)
    assert found is not None, "no Content-Security-Policy"
    pairs = (part.strip().partition(" ") for part in found.group(1).split(";"))
    return {name: value for name, _, value in pairs}


def _site_directives() -> dict[str, str]:
    pairs = (directive.partition(" ") for directive in POLICY)
    return {name: value for name, _, value in pairs}


def test_the_preview_pages_let_the_reload_script_run(served_preview):
    """The server adds an inline script to every page it serves; a policy that names any
    hash or nonce ignores 'unsafe-inline'. Every other directive is the site's."""
    site = _site_directives()
    pages = [path for path in served_preview.first if path.endswith(".html")]
    assert len(pages) > 100
    for path in pages:
        directives = _directives(served_preview.first[path].decode("utf-8"))
        script_src = directives["script-src"]
        assert script_src == PREVIEW_SCRIPT_SRC.decode(), path
        assert "'unsafe-inline'" in script_src
        assert "sha256-" not in script_src and "nonce-" not in script_src
        assert directives["connect-src"] == "'self'"  # the script asks the server for builds
        assert {k: v for k, v in directives.items() if k != "script-src"} == {
            k: v for k, v in site.items() if k != "script-src"
        }, path


@pytest.mark.build
def test_the_published_pages_keep_the_strict_policy(built_site):
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 100
    for page in pages:
        script_src = _directives(page.read_text(encoding="utf-8"))["script-src"]
        assert "'unsafe-inline'" not in script_src, page
        assert script_src.startswith("'self'"), page


# --- replacing, never writing into a file another name shares -------------------------------


def test_copying_onto_a_hard_link_of_the_source_replaces_it(tmp_path):
    source, target = tmp_path / "built.json", tmp_path / "served.json"
    source.write_text("built\n", encoding="utf-8")
    os.link(source, target)
    copy_replacing(source, target)  # shutil.copy2 stops here: SameFileError
    assert target.read_text(encoding="utf-8") == "built\n"
    assert not target.samefile(source)
    link_or_copy(source, target)  # a link onto a link of the same file: left as it is
    assert target.samefile(source) and source.read_text(encoding="utf-8") == "built\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["built.json", "served.json"]


def test_copying_onto_a_link_of_another_file_leaves_that_file_as_it_was(tmp_path):
    kept, source, target = tmp_path / "kept", tmp_path / "new", tmp_path / "target"
    kept.write_text("kept\n", encoding="utf-8")
    source.write_text("new\n", encoding="utf-8")
    os.link(kept, target)
    copy_replacing(source, target)
    assert target.read_text(encoding="utf-8") == "new\n"
    assert kept.read_text(encoding="utf-8") == "kept\n"


def test_a_temporary_file_a_killed_process_left_is_not_written_into(tmp_path):
    """`replace_with` writes beside the target under a name with the process's number; one
    left by a killed process of the same number (a link of another file) is removed."""
    kept, target = tmp_path / "kept", tmp_path / "target"
    kept.write_text("kept\n", encoding="utf-8")
    os.link(kept, tmp_path / f".target.{os.getpid()}.new")
    replace_with(target, lambda new: new.write_text("new\n", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "new\n"
    assert kept.read_text(encoding="utf-8") == "kept\n"
    link_or_copy(kept, target)
    assert target.samefile(kept)
