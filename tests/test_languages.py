"""The languages after the first are rendered half in a forked child: the site is the same."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from buildtools import DATA, build_env, mkdocs_build

from kazutb_transparency.buildsteps.languages import ChildLanguages, PagesWritten, split


@pytest.mark.parametrize(
    ("others", "in_child", "here"),
    [
        ([], [], []),
        (["ru"], [], ["ru"]),
        (["ru", "en"], ["ru"], ["en"]),
        (["ru", "en", "de"], ["ru", "en"], ["de"]),
        (["a", "b", "c", "d"], ["a", "b"], ["c", "d"]),
    ],
)
def test_the_child_takes_the_first_half_and_the_parent_the_last_language(
    others: list[str], in_child: list[str], here: list[str]
) -> None:
    assert split(others) == (in_child, here)


class _Child:
    """A stand-in for the i18n plugin's language builds, run in the forked child."""

    def __init__(self, fail_at: str = "", hand: object = None) -> None:
        self.fail_at = fail_at
        self.hand = hand
        self.pages: PagesWritten | None = None
        self.hand_over = None

    def setup(self, pages: PagesWritten, hand_over) -> None:
        self.pages, self.hand_over = pages, hand_over

    def build_one(self, language: str, entries: list[str], folder: Path) -> None:
        assert self.pages is not None and self.hand_over is not None
        logging.getLogger("mkdocs.test_languages").warning("built %s in %d", language, os.getpid())
        if language == self.fail_at:
            raise ValueError(f"{language} failed")
        entries.append(f"{language}-entry")
        (folder / language).mkdir()
        (folder / language / "index.html").write_text(language)
        (folder / "404.html").write_text(f"404 {language}")  # every language writes it
        self.pages.page(f"{language}/index.html", folder / language / "index.html")
        if self.hand is not None:
            self.hand_over(self.hand)


def _start(child: _Child, languages: list[str], entries: list[str], site: Path) -> ChildLanguages:
    site.mkdir(exist_ok=True)
    folder = site.with_name("child")
    folder.mkdir()
    return ChildLanguages(
        languages,
        lambda lang: child.build_one(lang, entries, folder),
        entries,
        child.setup,
        site,
        folder,
    )


def test_the_childs_work_comes_back_in_the_order_of_a_one_thread_build(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "404.html").write_text("404 kk")  # the first language's, before the child
    (site / "index.html").write_text("kk")
    entries = ["kk-entry"]
    child = _start(_Child(hand={"ru": ["ru/index.html"]}), ["ru", "de"], entries, site)
    assert child.handed_over() == {"ru": ["ru/index.html"]}
    entries.append("en-entry")  # the parent renders its own language meanwhile
    announced: list[Path] = []
    with caplog.at_level(logging.WARNING):
        child.join(announced.append)
    assert entries == ["kk-entry", "ru-entry", "de-entry", "en-entry"]
    assert announced == [site / "ru" / "index.html", site / "de" / "index.html"]
    assert (site / "ru" / "index.html").read_text() == "ru"
    assert (site / "404.html").read_text() == "404 de"  # the child's last over the first's
    assert (site / "index.html").read_text() == "kk"
    assert not (tmp_path / "child").exists()
    lines = [r.getMessage() for r in caplog.records if r.name == "mkdocs.test_languages"]
    assert [line.split(" in ")[0] for line in lines] == ["built ru", "built de"]
    assert all(line.split(" in ")[1] != str(os.getpid()) for line in lines)  # the child's


def test_what_a_later_language_wrote_here_stands_over_the_childs(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "404.html").write_text("404 kk")
    child = _start(_Child(), ["ru"], [], site)
    time.sleep(0.05)  # the parent's last language writes its own after the fork
    (site / "404.html").write_text("404 en")
    (site / "en").mkdir()
    (site / "en" / "index.html").write_text("en")
    child.join(None)
    assert (site / "404.html").read_text() == "404 en"
    assert (site / "ru" / "index.html").read_text() == "ru"


def test_a_failure_in_the_child_is_raised_here_after_its_log_lines(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    entries = ["kk-entry"]
    site = tmp_path / "site"
    child = _start(_Child(fail_at="de"), ["ru", "de"], entries, site)
    with caplog.at_level(logging.WARNING), pytest.raises(ValueError, match="de failed") as raised:
        child.join(None)
    (note,) = raised.value.__notes__  # where it happened, in the child
    assert "In the child" in note and "in build_one" in note
    assert [r.getMessage().split(" in ")[0] for r in caplog.records] == ["built ru", "built de"]
    assert entries == ["kk-entry"]  # nothing of a failed child is kept
    assert not (site / "ru").exists() and not (tmp_path / "child").exists()


def test_waiting_for_a_hand_over_that_never_comes_raises_the_childs_error(tmp_path: Path) -> None:
    child = _start(_Child(fail_at="ru", hand="never"), ["ru"], [], tmp_path / "site")
    with pytest.raises(ValueError, match="ru failed"):
        child.handed_over()


def test_an_error_that_cannot_be_pickled_arrives_as_its_text(tmp_path: Path) -> None:
    def build_one(language: str) -> None:
        error = RuntimeError("lock inside")
        error.lock = threading.Lock()  # type: ignore[attr-defined]
        raise error

    child = ChildLanguages(
        ["ru"], build_one, [], lambda pages, hand_over: None, tmp_path, tmp_path / "child"
    )
    with pytest.raises(RuntimeError, match="RuntimeError: lock inside"):
        child.join(None)


def test_abandoning_waits_for_the_child_and_removes_its_files(tmp_path: Path) -> None:
    child = _start(_Child(), ["ru"], [], tmp_path / "site")
    child.abandon()
    assert not (tmp_path / "child").exists() and not (tmp_path / "site" / "ru").exists()
    child.join(None)  # nothing left to wait for


@pytest.mark.build
def test_one_language_at_a_time_builds_the_same_site_file_for_file(
    built_site: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    result = mkdocs_build(site, KAZUTB_SEQUENTIAL_LANGUAGES="1")
    assert result.returncode == 0, result.stderr[-3000:]
    ours = {p.relative_to(built_site).as_posix() for p in built_site.rglob("*") if p.is_file()}
    theirs = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert ours == theirs, ours ^ theirs
    different = [
        n for n in sorted(ours) if (built_site / n).read_bytes() != (site / n).read_bytes()
    ]
    assert not different, f"files that differ: {different[:10]}"
    # Every language has its pages in the one sitemap the last language writes.
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "/ru/index.html</loc>" in sitemap and "/en/index.html</loc>" in sitemap


# A hook that fails, or warns, only while the Russian pages are rendered (in the child).
_RUSSIAN_ONLY_HOOK = """
import logging

def on_page_markdown(markdown, page, config, files):
    if config.theme.get("language") == "ru" and page.file.src_uri.endswith("about-site.md"):
        if "{what}" == "fail":
            raise RuntimeError("the Russian about-site page cannot be rendered")
        logging.getLogger("mkdocs.hooks.test").warning("a warning from the Russian pages")
    return markdown
"""


def _config_with_hook(tmp_path: Path, what: str) -> Path:
    """mkdocs.yml with every path made absolute and one more hook."""
    repo = Path(__file__).resolve().parents[1]
    hook = tmp_path / "russian_only.py"
    hook.write_text(_RUSSIAN_ONLY_HOOK.replace("{what}", what), encoding="utf-8")
    text = (repo / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: docs", f"docs_dir: {repo / 'docs'}")
    text = text.replace("custom_dir: overrides", f"custom_dir: {repo / 'overrides'}")
    text = text.replace("  - hooks/", f"  - {repo / 'hooks'}/")
    text = text.replace("  - data\n", f"  - {repo / 'data'}\n")
    text = text.replace("  - overrides\n", f"  - {repo / 'overrides'}\n")
    text = text.replace("  - kazutb_transparency\n", f"  - {repo / 'kazutb_transparency'}\n")
    text = text.replace("hooks:\n", f"hooks:\n  - {hook}\n", 1)
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def _build_with(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)],
        cwd=config.parent,
        env=build_env(KAZUTB_DATA=str(DATA)),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.build
def test_a_failure_while_the_child_renders_fails_the_build_and_publishes_nothing(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("the previous site")
    result = _build_with(_config_with_hook(tmp_path, "fail"), site)
    assert result.returncode != 0
    assert "the Russian about-site page cannot be rendered" in result.stderr
    assert (site / "index.html").read_text() == "the previous site"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".cache",
        "mkdocs.yml",
        "russian_only.py",
        "site",
    ], "the build and the child's folders are removed"


@pytest.mark.build
def test_a_warning_while_the_child_renders_is_shown_once_by_the_parent(tmp_path: Path) -> None:
    # Replayed through the parent's loggers, so MkDocs' --strict counts it too (the strict
    # build itself cannot run here: the default data are sample data, which it refuses).
    result = _build_with(_config_with_hook(tmp_path, "warn"), tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stderr.count("a warning from the Russian pages") == 1
    assert (tmp_path / "site" / "ru" / "about-site.html").exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".site-")]
