"""stage → render → finish: each language rendered by its own engine process.

The site `make site` publishes is the site one MkDocs process renders with every language,
file for file; a language that fails to render fails the build and publishes nothing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from buildtools import REPO, build_env, mkdocs_build

from kazutb_transparency.buildsteps.relocate import relocated_page
from kazutb_transparency.buildsteps.sitemap import page_paths, sitemap
from kazutb_transparency.engines import engine_named
from kazutb_transparency.engines.commands import configured_site_url


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


# The 404 pages of the other languages: rendered together, the i18n plugin leaves the last
# page's language links on them; rendered alone, they lead to each language's home.
APART_ONLY = {"ru/404.html", "en/404.html"}


@pytest.mark.build
def test_languages_rendered_apart_give_the_site_one_process_renders(
    built_site: Path, tmp_path: Path
) -> None:
    together = tmp_path / "site"
    result = mkdocs_build(together)
    assert result.returncode == 0, result.stderr[-3000:]
    apart, whole = _files(built_site), _files(together)
    assert sorted(apart) == sorted(whole), set(apart) ^ set(whole)
    different = sorted(n for n in apart if apart[n] != whole[n] and n not in APART_ONLY)
    assert not different, f"files that differ: {different[:10]}"


@pytest.mark.build
def test_the_404_page_of_each_language_leads_to_the_homes(built_site: Path) -> None:
    page = (built_site / "ru" / "404.html").read_text(encoding="utf-8")
    assert 'href="/assets/stylesheets/' in page and "/ru/assets/" not in page
    assert '<a href="/en/index.html" hreflang="en"' in page
    assert 'lang="ru"' in page


@pytest.mark.build
def test_a_language_that_fails_to_render_publishes_nothing(tmp_path: Path) -> None:
    project = tmp_path / "project"
    skip = (".git", ".venv", "node_modules", "site", ".site-*", ".cache", "__pycache__")
    shutil.copytree(REPO, project, ignore=shutil.ignore_patterns(*skip))
    # A template error only the English pages reach: that language's engine fails.
    main = project / "overrides" / "main.html"
    text = main.read_text(encoding="utf-8")
    main.write_text(
        text.replace("{% block content %}",
                     "{% block content %}{% if page_lang == 'en' %}{{ 1 / 0 }}{% endif %}", 1),
        encoding="utf-8",
    )  # fmt: skip
    site = project / "site"
    site.mkdir()
    (site / "index.html").write_text("previous", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(project / "scripts" / "build_site.py")],
        cwd=project, env=build_env(), capture_output=True,
        text=True, timeout=1200,
    )  # fmt: skip
    assert result.returncode == 1, result.stderr[-2000:]
    assert "could not render the pages in 'en'" in result.stderr
    assert "Traceback" not in result.stderr.split("could not render")[0]
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"
    assert not list(project.glob(".site-build-*"))
    # The work folder (its staged pages) went with the failed build.
    assert not [p for p in (project / ".cache").glob("build-*") if p.is_dir()]


def test_a_relocated_page_points_to_the_shared_files_at_the_root() -> None:
    page = (
        '<link href="../assets/site.css"><script src="../assets/x.js"></script>'
        '<a href="../about/index.html">x</a><script>__md_scope=new URL("..",location)</script>'
        '{"base": "..", "search": "../assets/javascripts/workers/search.js"}'
    )
    moved = relocated_page(page)
    assert 'href="../../assets/site.css"' in moved and 'src="../../assets/x.js"' in moved
    assert 'href="../about/index.html"' in moved  # the language's own pages stay
    assert 'new URL("../..",location)' in moved and '"base": "../.."' in moved
    assert '"search": "../../assets/javascripts/workers/search.js"' in moved
    top = relocated_page('<a href="assets/a.css"></a>{"base": "."}<x>new URL(".",location)')
    assert 'href="../assets/a.css"' in top and '"base": ".."' in top
    assert 'new URL("..",location)' in top


def test_a_relocated_404_page_uses_the_paths_from_the_host() -> None:
    page = '<link href="/ru/assets/a.css">{"base": "/ru/"}new URL("/ru/",location)'
    moved = relocated_page(page, "/", "ru")
    assert moved == '<link href="/assets/a.css">{"base": "/"}new URL("/",location)'


def test_one_sitemap_lists_every_language_with_its_alternates() -> None:
    kk = "<url><loc>https://x.kz/a.html</loc></url><url><loc>https://x.kz/b.html</loc></url>"
    ru = "<url><loc>https://x.kz/ru/a.html</loc></url>"
    paths = page_paths([ru, kk], "https://x.kz/")
    xml = sitemap(paths, "https://x.kz/", {"a.html", "b.html", "ru/a.html"}.__contains__)
    locs = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert locs == ["https://x.kz/a.html", "https://x.kz/b.html", "https://x.kz/ru/a.html"]
    first = xml.split("</url>")[0]
    assert re.findall(r'hreflang="([^"]+)"', first) == ["kk", "ru", "x-default"]
    assert 'hreflang="ru"' not in xml.split("</url>")[1]  # b has no Russian page


def test_each_language_is_rendered_with_public_options_only(tmp_path: Path) -> None:
    stage, out = tmp_path / "stage", tmp_path / "out"
    for folder in ("kk", "ru", "en", "shared"):
        (stage / folder).mkdir(parents=True)
        (stage / folder / "index.md").write_text(f"# {folder}\n", encoding="utf-8")
    command, env = engine_named("mkdocs").render_one(
        REPO, stage, "ru", out, "https://x.kz/", Path("/m.json")
    )
    assert command[-2:] == ["-d", str(out)] and "build" in command
    assert env["KAZUTB_ONLY_LOCALE"] == "ru" and env["KAZUTB_SITE_URL"] == "https://x.kz/ru/"
    # The engine's docs_dir shows the staged tree without the other languages' folders.
    view = Path(env["KAZUTB_STAGE_DIR"])
    assert sorted(entry.name for entry in view.iterdir()) == ["ru", "shared"]
    assert (view / "ru" / "index.md").read_text(encoding="utf-8") == "# ru\n"
    assert (view / "ru").resolve() == (stage / "ru").resolve()
    _, again = engine_named("mkdocs").render_one(
        REPO, stage, "ru", out, "https://x.kz/", Path("/m.json")
    )
    assert again["KAZUTB_STAGE_DIR"] == str(view)  # made again in place
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for option in ("build_only_locale: !ENV [KAZUTB_ONLY_LOCALE]",
                   "docs_dir: !ENV [KAZUTB_STAGE_DIR, docs]"):  # fmt: skip
        assert option in config


def test_an_unknown_engine_is_named_with_the_choices() -> None:
    from kazutb_transparency.core.errors import DataError

    with pytest.raises(DataError, match="mkdocs, properdocs"):
        engine_named("hugo")


def test_the_site_address_comes_from_mkdocs_yml() -> None:
    assert configured_site_url(REPO) == "https://kazutb.edu.kz/"


@pytest.mark.build
def test_the_three_steps_run_one_by_one_give_the_same_site(
    built_site: Path, tmp_path: Path
) -> None:
    script = [sys.executable, str(REPO / "scripts" / "build_site.py")]
    site = tmp_path / "site"

    def step(*args: str) -> str:
        done = subprocess.run(
            [*script, *args], cwd=REPO, env=build_env(), capture_output=True, text=True,
            timeout=1200,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout.strip()

    work = step("stage", "--site-dir", str(site)).splitlines()[-1]
    step("render", work)
    step("finish", work)
    assert _files(site) == _files(built_site)
    assert not Path(work).exists()  # the work folder goes with the swap
