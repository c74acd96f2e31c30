"""The W3C Nu HTML Checker (vnu-jar from npm, run with Debian's Java) finds no error on a
representative set of pages of the default site: every kind of page in every language, the
theme's own markup included; and the page fixes that make it so (core/validity.py)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from buildtools import REPO

from kazutb_transparency.core.validity import valid_html

VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def representative(site: Path) -> list[Path]:
    """The first two pages of every folder of every language, the home pages and 404."""
    chosen: dict[Path, list[Path]] = {}
    for page in sorted(site.rglob("*.html")):
        kept = chosen.setdefault(page.parent, [])
        if len(kept) < 2 or page.name == "index.html":
            kept.append(page)
    return sorted({page for pages in chosen.values() for page in pages})


@pytest.mark.build
def test_the_nu_html_checker_finds_no_error(built_site: Path) -> None:
    java = shutil.which("java")
    if java is None or not VNU.is_file():
        pytest.skip("java or node_modules/vnu-jar missing: run `make browser-deps`")
    pages = representative(built_site)
    assert len(pages) > 60
    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(VNU), "--errors-only", "--format", "json",
         *map(str, pages)],
        capture_output=True, text=True, timeout=1800,
    )  # fmt: skip
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    shown = "\n".join(
        f"{m.get('url', '')[-60:]}:{m.get('lastLine')}: {m['message'][:160]}" for m in errors[:20]
    )
    assert not errors, f"{len(errors)} errors in {len(pages)} pages:\n{shown}"


PAGE = (
    '<html><head><meta charset="utf-8"></head><body>'
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" '
    'autocomplete="off">'
    '<input type="search" autocomplete="off" name="q">'
    '<input autocomplete="off" type="radio" name="p">'
    '<label class="md-nav__title" for="__toc">Contents</label>'
    '<label for="__drawer">Menu</label>'
    '<div class="table-wrap cards-1" markdown="0"><style>.cards-1 td::before{content:"A"}'
    '</style><table></table></div><pre>markdown="0" in code stays</pre></body></html>'
)


def test_table_styles_move_into_the_head() -> None:
    html = valid_html(PAGE)
    head, body = html.split("</head>")
    assert '<style>.cards-1 td::before{content:"A"}</style>' in head
    assert "<style" not in body


def test_markdown_markers_and_checkbox_autocomplete_go() -> None:
    html = valid_html(PAGE)
    assert 'class="table-wrap cards-1">' in html
    assert 'type="checkbox" id="__drawer">' in html
    assert '<input type="radio" name="p">' in html
    assert '<input type="search" autocomplete="off" name="q">' in html  # allowed there


def test_a_label_keeps_for_only_when_its_control_exists() -> None:
    html = valid_html(PAGE)
    assert '<label class="md-nav__title">Contents</label>' in html
    assert '<label for="__drawer">Menu</label>' in html


@pytest.mark.parametrize(
    ("control", "kept"),
    [
        ('<input type="checkbox" id="t">', True),
        ('<input type="checkbox"\nid="t">', True),
        ('<input type="checkbox" data-id="t">', False),  # not an id
        ('<input type="checkbox" id="t2">', False),  # another id that starts alike
        ('<p>id="t"</p>', False),  # text, not an attribute
        ("", False),
    ],
)
def test_a_label_is_kept_only_by_an_element_with_exactly_its_id(control: str, kept: bool) -> None:
    page = f'<html><head></head><body><label for="t">T</label>{control}</body></html>'
    assert ('<label for="t">' in valid_html(page)) is kept


def _script(*args: str) -> subprocess.CompletedProcess[str]:
    """scripts/check_html_validity.py, as guide/publishing.md runs it."""
    script = REPO / "scripts" / "check_html_validity.py"
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, timeout=900
    )


@pytest.mark.build
def test_the_whole_site_script_passes_a_sample_and_names_an_error(
    built_site: Path, tmp_path: Path
) -> None:
    """The script that checks every page (of the default or a large site) on a sample: the
    largest page of each kind in one language, copied with the assets they use; then the
    same with one page broken."""
    if shutil.which("java") is None or not VNU.is_file():
        pytest.skip("java or node_modules/vnu-jar missing: run `make browser-deps`")
    sample = tmp_path / "site"
    for folder in ("", "programmes", "processes", "quality", "opendata", "register"):
        pages = sorted((built_site / "en" / folder).glob("*.html"), key=lambda p: p.stat().st_size)
        if pages:
            target = sample / folder / pages[-1].name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pages[-1], target)
    shutil.copyfile(built_site / "en" / "index.html", sample / "index.html")
    passed = _script("--site", str(sample))
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert f"0 errors in {len(list(sample.rglob('*.html')))} pages" in passed.stdout
    broken = sample / "register" / "broken.html"
    broken.parent.mkdir(exist_ok=True)
    broken.write_text(
        '<!doctype html><html lang="en"><head><title>x</title></head>'
        '<body><div markdown="0"><p>x</div></body></html>',
        encoding="utf-8",
    )
    failed = _script("--site", str(sample))
    assert failed.returncode == 1
    assert "register/broken.html:1:" in failed.stdout
    assert "0 errors" not in failed.stdout


def test_inputs_are_set_right_tag_by_tag_as_over_the_whole_page():
    """valid_html looks for the autocomplete of checkbox toggles inside each <input> tag:
    the same result as the pattern over the whole page, which was slow there."""
    import random

    from kazutb_transparency.core import validity

    def whole(html: str) -> str:
        return validity._CHECKBOX_AUTOCOMPLETE.sub(validity._without_autocomplete, html)

    def by_tag(html: str) -> str:
        return validity._INPUT.sub(lambda tag: whole(tag[0]), html)

    rng = random.Random(3)
    parts = ["<input", "<INPUT", ' type="checkbox"', ' TYPE="radio"', ' type="text"',
             ' autocomplete="off"', ' AUTOCOMPLETE="OFF"', ">", " x", "<p>", "\n"]  # fmt: skip
    for _ in range(20000):
        html = "".join(rng.choice(parts) for _ in range(rng.randint(0, 14)))
        assert by_tag(html) == whole(html), html
