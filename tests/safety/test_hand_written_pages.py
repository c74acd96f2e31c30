"""Hand-written pages through the allowlist (core/sanitise.py) and the Content-Security-
Policy of every page (core/csp.py)."""

from __future__ import annotations

import base64
import hashlib
import random
import re

import pytest

from kazutb_transparency.core.csp import inline_script_hashes, with_content_security_policy
from kazutb_transparency.core.sanitise import page_problems, sanitise_html, url_problem

HOSTILE = [
    ("<script>alert(1)</script>", "<script>"),
    ('<iframe src="https://video.example/embed/1"></iframe>', "<iframe>"),
    ('<img src="x.png" onerror="alert(1)">', "onerror="),
    ("[click](javascript:alert(1))", "'javascript:'"),
    ("[click]( JaVaScRiPt:alert(1))", "'javascript:'"),
    ('<a href="javascript&#58;alert(1)">x</a>', "'javascript:'"),
    ("![logo](https://cdn.example/logo.png)", "another host"),
    ("![logo](//cdn.example/logo.png)", "another host"),
    ('<img src="https://tracker.example/p.gif">', "another host"),
    ("<style>@import url(https://fonts.example/a.css);</style>", "<style>"),
    ('<link rel="stylesheet" href="https://cdn.example/a.css">', "<link>"),
    ('<object data="movie.swf"></object>', "<object>"),
    ('<embed src="movie.swf">', "<embed>"),
    ('<form action="https://collect.example"><input name=q></form>', "<form>"),
    ('<svg onload="alert(1)"></svg>', "<svg>"),
    ('<p style="background:url(https://x.example/a)">x</p>', "style="),
    ('<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', "'data:'"),
    ('<meta http-equiv="refresh" content="0;url=https://x.example">', "<meta>"),
    ('<base href="https://x.example/">', "<base>"),
    ("[x][ref]\n\n[ref]: javascript:alert(1)", "'javascript:'"),
    ('<div markdown="1" onclick="go()">text</div>', "onclick="),
]


@pytest.mark.parametrize("raw, named", HOSTILE)
def test_each_refused_piece_is_named_with_its_line(raw: str, named: str) -> None:
    page = f"# Title\n\nSome text.\n\n{raw}\n"
    found = page_problems(page, "docs/kk/about-site.md")
    assert found, raw
    assert all(p.file == "docs/kk/about-site.md" for p in found)
    assert any(named in p.message for p in found), [p.message for p in found]
    assert found[0].line == 5 or raw.startswith("[x][ref]")


@pytest.mark.parametrize(
    "page",
    [
        "# Title\n\nPlain **text**, a [link](https://kazutb.edu.kz/), [mail](mailto:a@b.kz).",
        "Code shows markup: `<script>alert(1)</script>`\n",
        "```html\n<script>alert(1)</script>\n<iframe src=x></iframe>\n```\n",
        '<div markdown="1" class="grid" lang="en">\n**ok**\n</div>\n',
        '<details markdown="1"><summary>More</summary>text</details>\n',
        "![chart](../assets/chart.svg)\n\n[data](../opendata/index.html#x)\n",
        '<abbr title="Quality management system">QMS</abbr> and <span lang="en">text</span>\n',
        "| a | b |\n|---|---|\n| 1 | 2 |\n\nA < B and B > C, R&D.\n",
    ],
)
def test_what_editors_write_passes(page: str) -> None:
    assert page_problems(page, "docs/kk/x.md") == []


def test_the_rendered_page_keeps_markdown_and_loses_what_runs_or_loads() -> None:
    html = (
        '<h2 id="t">Title<a class="headerlink" href="#t" title="Permanent link">¶</a></h2>'
        '<div class="admonition note"><p class="admonition-title">Note</p><p>x</p></div>'
        '<table><thead><tr><th scope="col">a</th></tr></thead><tbody><tr><td>1</td></tr>'
        "</tbody></table>"
        '<p>a<script>alert(1)</script><img src="https://e.example/x.png" onerror="x()">'
        '<img src="../assets/a.png" alt="A"><a href="javascript:x">j</a>'
        '<a href="https://kazutb.edu.kz/">site</a><iframe src="https://x"></iframe>'
        "<style>body{display:none}</style></p>"
        '<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup>'
    )
    clean = sanitise_html(html)
    for gone in ("<script", "alert", "onerror", "e.example", "javascript", "iframe", "<style"):
        assert gone not in clean
    for kept in (
        '<a class="headerlink" href="#t" title="Permanent link">¶</a>',
        '<div class="admonition note">',
        '<th scope="col">a</th>',
        '<img src="../assets/a.png" alt="A">',
        '<a href="https://kazutb.edu.kz/">site</a>',
        '<a class="footnote-ref" href="#fn:1">1</a>',
    ):
        assert kept in clean


@pytest.mark.parametrize(
    "url, loads, refused",
    [
        ("https://kazutb.edu.kz/", False, False),
        ("https://kazutb.edu.kz/logo.png", True, True),
        ("../assets/logo.png", True, False),
        ("#section", False, False),
        ("tel:+77172000000", False, False),
        ("java\tscript:alert(1)", False, True),
        ("vbscript:msgbox", False, True),
        ("file:///etc/passwd", False, True),
        ("\\\\evil.example\\share", True, True),
    ],
)
def test_addresses(url: str, loads: bool, refused: bool) -> None:
    assert (url_problem(url, loads) is not None) is refused


# Two of the theme's own inline scripts, as its templates write them (core/csp.py allows
# only those).
SCOPE = (
    '__md_scope=new URL("..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt'
    '(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
    '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify'
    "(_))}catch(e){}}"
)
TARGET = (
    "var target=document.getElementById(location.hash.slice(1));target&&target.name&&"
    '(target.checked=target.name.startsWith("__tabbed_"))'
)
PAGE = (
    '<!doctype html><html><head><meta charset="utf-8"><title>t</title>'
    f"<script>{SCOPE}</script>"
    '<script id="__config" type="application/json">{"a": 1}</script>'
    '<script src="assets/bundle.js"></script></head><body>'
    '<article class="md-content__inner"><script>window.bad=1</script></article>'
    f"<script>{TARGET}</script><script>{SCOPE}</script></body></html>"
)


def _sha(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


def test_the_theme_scripts_are_allowed_by_hash_and_the_contents_are_not() -> None:
    assert inline_script_hashes(PAGE) == [_sha(SCOPE), _sha(TARGET)]


def test_a_script_in_any_article_is_not_allowed_whatever_the_case_and_spacing() -> None:
    """The articles are found apart from the pattern that once removed them (one match from
    `<article` to the first `</article>`): the same scripts are left outside, on any page."""
    from kazutb_transparency.core.csp import _outside_articles

    pieces = ["<article>", "<ARTICLE class='a'>", "</article>", "</Article \n>", "<articles>",
              "<script>x=1</script>", "text", "</articles>", "<article", "</article"]  # fmt: skip
    rng = random.Random(30)
    for _ in range(20_000):
        page = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 9)))
        expected = re.sub(r"<article\b.*?</article\s*>", "", page, flags=re.I | re.S)
        assert _outside_articles(page) == expected, page
    two = PAGE.replace("<script>var", "<article><script>window.bad=2</script></article><script>var")
    assert inline_script_hashes(two) == inline_script_hashes(PAGE)


def test_the_policy_comes_first_in_the_head_and_allows_nothing_from_elsewhere() -> None:
    page = with_content_security_policy(PAGE)
    head = page.split("<title>")[0]
    assert head.startswith('<!doctype html><html><head><meta charset="utf-8"><meta http-equiv=')
    policy = head.split('content="')[1].split('"')[0]
    directives = dict(d.split(" ", 1) for d in policy.split("; "))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == f"'self' {_sha(SCOPE)} {_sha(TARGET)}"
    assert directives["frame-src"] == "'none'" and directives["object-src"] == "'none'"
    assert "http" not in policy and "*" not in policy and "unsafe-eval" not in policy
    assert "unsafe-inline" not in directives["script-src"]


def test_an_alias_bomb_in_a_pages_front_matter_is_refused(tmp_path) -> None:
    from kazutb_transparency.buildsteps.pipeline import front_matter_problems

    (tmp_path / "kk").mkdir()
    levels = [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    bomb = "\n".join(['a0: &a0 ["lol"]', *levels])
    (tmp_path / "kk" / "bomb.md").write_text(f"---\n{bomb}\n---\n# Title\n", encoding="utf-8")
    (tmp_path / "kk" / "fine.md").write_text("---\ntitle: Fine\n---\n# Fine\n", encoding="utf-8")
    (tmp_path / "kk" / "plain.md").write_text("# Plain\n\n---\n\nText\n", encoding="utf-8")
    (problem,) = front_matter_problems(sorted(tmp_path.rglob("*.md")))
    assert problem.file.endswith("bomb.md") and "anchor or alias" in problem.message
