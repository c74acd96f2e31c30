"""make serve: the live preview's rebuild (buildsteps/live_preview.py) with the real engine,
one kept process per language: an edit shows in every language, only changed pages are
copied, a refused edit keeps the last good preview with a banner."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from buildtools import TODAY, preview_project

from kazutb_transparency.buildsteps import pipeline, preview
from kazutb_transparency.buildsteps.live_preview import LivePreview
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.engines import engine_named
from kazutb_transparency.engines import live as live_server

PROCESS = Path("processes") / "07-international-activity.yaml"
INDICATOR = {
    "kk": "Шетелдік студенттердің жалпы контингентіндегі үлесі",
    "ru": "Доля иностранных студентов в общем контингенте",
    "en": "Share of international students in the total student body",
}
PAGE = {"kk": "processes/p07.html", "ru": "ru/processes/p07.html", "en": "en/processes/p07.html"}


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    root = preview_project(tmp_path)
    monkeypatch.delenv("KAZUTB_DATA", raising=False)
    monkeypatch.setenv("KAZUTB_TODAY", TODAY)
    preview.forget()
    yield root
    preview.forget()


def _edit(root: Path, old: str, new: str) -> None:
    path = root / "data" / PROCESS
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_shows_in_every_language_and_a_refusal_keeps_the_last_good_preview(project):
    served = project / "served"
    said: list[str] = []
    live = LivePreview(project, engine_named("mkdocs"), served, said.append, said.append)
    try:
        live.rebuild()
        assert gc.get_freeze_count() > 0  # what the preview remembers is not walked again
        for page in PAGE.values():
            assert "</html>" in (served / page).read_text(encoding="utf-8")
        untouched = served / "about-site.html"
        stamp = untouched.stat().st_mtime_ns
        # Open data the edit does not change are neither written, scanned nor copied again.
        other_data = served / "opendata" / "survey-catalogue.json"
        data_stamp = other_data.stat().st_mtime_ns
        releases = served / "opendata" / "releases"
        versions = len([folder for folder in releases.iterdir() if folder.is_dir()])

        for lang, text in INDICATOR.items():
            _edit(project, text, f"{text} (тексеру {lang})")
        live.rebuild()
        for lang, page in PAGE.items():
            assert f"(тексеру {lang})" in (served / page).read_text(encoding="utf-8")
        assert untouched.stat().st_mtime_ns == stamp  # not rendered again, not copied
        assert other_data.stat().st_mtime_ns == data_stamp
        # The edited dataset's new release replaces the one the last preview served.
        assert len([folder for folder in releases.iterdir() if folder.is_dir()]) == versions

        _edit(project, "\n", "\n  : broken\n")  # not YAML
        live.rebuild()
        shown = (served / PAGE["ru"]).read_text(encoding="utf-8")
        assert "kazutb-preview-banner" in shown and "(тексеру ru)" in shown
        assert any("07-international-activity.yaml" in line for line in said)
        assert any("07-international-activity.yaml" in p.file for p in live.refused)

        _edit(project, "\n  : broken\n", "\n")
        live.rebuild()
        assert "kazutb-preview-banner" not in (served / PAGE["en"]).read_text(encoding="utf-8")
        assert live.refused == []
    finally:
        live.close()
    assert all(w.process.poll() is not None for w in live.workers.values())
    assert gc.get_freeze_count() == 0


def test_a_language_whose_pages_did_not_change_is_not_rendered_again(project):
    served = project / "served"
    live = LivePreview(project, engine_named("mkdocs"), served, lambda _: None, lambda _: None)
    try:
        live.rebuild()
        # Every dirty build writes the language's sitemap: its time tells whether it ran.
        sitemaps = {lang: live.workers[lang].out / "sitemap.xml" for lang in INDICATOR}
        stamps = {lang: file.stat().st_mtime_ns for lang, file in sitemaps.items()}
        # The site's sitemap is made again only when what it is made of changed.
        site_map = served / "sitemap.xml"
        site_map_stamp = site_map.stat().st_mtime_ns

        with (project / "docs" / "ru" / "about-site.md").open("a", encoding="utf-8") as page:
            page.write("\n\nТолько по-русски.\n")
        live.rebuild()
        assert "Только по-русски." in (served / "ru" / "about-site.html").read_text("utf-8")
        assert sitemaps["ru"].stat().st_mtime_ns != stamps["ru"]
        for lang in ("kk", "en"):
            assert sitemaps[lang].stat().st_mtime_ns == stamps[lang]
        assert site_map.stat().st_mtime_ns == site_map_stamp

        with (project / "docs" / "en" / "about-site.md").open("a", encoding="utf-8") as page:
            page.write("\n\nIn English only.\n")
        live.rebuild()
        assert "In English only." in (served / "en" / "about-site.html").read_text("utf-8")
        assert "Только по-русски." in (served / "ru" / "about-site.html").read_text("utf-8")

        for lang in ("kk", "ru", "en"):  # a new page: in the sitemap at once
            (project / "docs" / lang / "sitemap-check.md").write_text("# Check\n", "utf-8")
        live.rebuild()
        listed = site_map.read_text(encoding="utf-8")
        assert "/sitemap-check.html" in listed and "/en/sitemap-check.html" in listed
    finally:
        live.close()


def test_the_server_polls_a_small_tree_often_and_a_large_one_less(tmp_path):
    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    (small / "one.yaml").write_text("a: 1\n", encoding="utf-8")
    for index in range(3000):
        folder = large / f"unit{index // 100}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{index}.yaml").write_text("a: 1\n", encoding="utf-8")
    interval = live_server.polling_interval
    assert interval([small]) == live_server.POLLING_S
    assert interval([small, large]) == pytest.approx(3001 * live_server.POLL_S_PER_FILE)
    assert live_server.POLLING_S < interval([large]) < live_server.POLLING_MAX_S
    for index in range(3000, 4000):
        (large / f"{index}.yaml").write_text("a: 1\n", encoding="utf-8")
    assert interval([large]) == live_server.POLLING_MAX_S


def test_the_open_data_scanned_while_the_engines_render_can_refuse_the_rebuild(
    project, monkeypatch
):
    """The open data are scanned while the engines render (pipeline.scan_published): what
    that scan finds refuses the rebuild, and a scan that fails still reads every engine's
    answer, so that the next rebuild reads its own."""
    served = project / "served"
    live = LivePreview(project, engine_named("mkdocs"), served, lambda _: None, lambda _: None)
    scan_published = pipeline.scan_published

    def with_an_unreadable_file(build):
        scanned = scan_published(build)
        scanned.report.errors.append(f"{build.build_dir / 'opendata' / 'x.csv'}: not valid UTF-8")
        return scanned

    def failing(build):
        raise DataError([Problem("data/privacy/allowlist.yaml", "broken")])

    text = INDICATOR["en"]
    try:
        live.rebuild()
        for number, scan in enumerate((with_an_unreadable_file, failing, scan_published)):
            monkeypatch.setattr(pipeline, "scan_published", scan)
            _edit(project, text, f"{text} (mark {number})")
            live.rebuild()
            shown = (served / PAGE["en"]).read_text(encoding="utf-8")
            if scan is scan_published:
                assert live.refused == [] and f"(mark {number})" in shown
            else:
                assert live.refused and "kazutb-preview-banner" in shown
                assert f"(mark {number})" not in shown
            text = f"{text} (mark {number})"
    finally:
        live.close()


def test_a_rebuild_that_fails_waits_for_the_scan_it_started(project, monkeypatch):
    """The open data that changed are scanned in a child from when they are written: a
    rebuild that fails after that, while staging or rendering, still waits for it."""
    waited = []
    start = pipeline.start_published_scan

    def recorded(*args):
        scanned = start(*args)

        def result():
            waited.append(True)
            return scanned()

        return result

    monkeypatch.setattr(pipeline, "start_published_scan", recorded)

    def broken(*_):
        raise DataError([Problem("docs/kk/index.md", "broken")])

    live = LivePreview(
        project, engine_named("mkdocs"), project / "served", lambda _: None, lambda _: None
    )
    try:
        for failing in ("generate_pages", "scan_published"):
            waited.clear()
            with monkeypatch.context() as patch:
                patch.setattr(pipeline, failing, broken)
                live.rebuild()
            assert live.refused and waited == [True], failing
    finally:
        live.close()
