"""The chunked search index (buildsteps/search_index.py, search_text.py) on small sites."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from buildtools import DATA
from search_reference import manifest, query_bytes, urls

from kazutb_transparency.buildsteps import gate, search_index
from kazutb_transparency.buildsteps.publish import THEME_SEARCH, remove_theme_search
from kazutb_transparency.buildsteps.search_index import (
    HEADING_WEIGHT,
    MAX_COUNT,
    SCRIPT,
    TITLE_WEIGHT,
    PageText,
    blocks_of,
    page_text,
    shards,
    write_search_indexes,
)
from kazutb_transparency.buildsteps.search_text import FOLD, fold, stem, tokens
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.privacy import load_allowlist


def page(title: str, body: str, lang: str = "kk") -> str:
    return (
        f'<html lang="{lang}"><head><title>x</title><script>var hidden = "сапа";</script>'
        f'</head><body><nav>Мәзір</nav><article class="md-content__inner"><h1 id="t">{title}'
        f'<a class="headerlink" href="#t">¶</a></h1>{body}</article><footer>©</footer>'
        "</body></html>"
    )


def site(tmp_path: Path, pages: dict[str, str]) -> Path:
    root = tmp_path / "site"
    for path, html in pages.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(html, encoding="utf-8")
    (root / SCRIPT).parent.mkdir(parents=True, exist_ok=True)
    (root / SCRIPT).write_text("/* search */", encoding="utf-8")
    return root


SITE = {
    "index.html": page("Басты бет", "<p>Қазақ технология және бизнес университеті</p>"),
    "quality.html": page("Сапа көрсеткіштері", "<p>Ғылым және өнер. Тәуекелдер.</p>"),
    "site-index.html": page("Сайт картасы", "<p>Сапа қазақ</p>"),
    "search.html": page("Іздеу", "<p>Сапа</p>"),
    "programmes/a-z-1.html": page("А–Я", "<p>Сапа</p>"),
    "applicants/compare-by-fee.html": page("Салыстыру", "<p>Сапа</p>"),
    "ru/index.html": page("Главная", "<p>Приём документов. Программы обучения.</p>", "ru"),
    "ru/quality.html": page(
        "Качество",
        "<table><tr><th>Вид</th><th>Срок</th></tr><tr><td>Программа</td><td>2026</td></tr></table>",
        "ru",
    ),
    "en/index.html": page("Home", "<p>Corrective actions and risks.</p>", "en"),
}


@pytest.fixture
def built(tmp_path: Path) -> Path:
    root = site(tmp_path, SITE)
    write_search_indexes(root, ["kk", "ru", "en"])
    return root


def test_one_index_per_language_each_with_its_own_pages(built: Path) -> None:
    assert urls(built / "search", "университеті", "kk") == ["index.html"]
    assert urls(built / "ru" / "search", "документов", "ru") == ["index.html"]
    assert urls(built / "en" / "search", "risk", "en") == ["index.html"]
    # The Kazakh index holds no page of the other languages, none of the A–Z lists and
    # no comparison sorted by a column.
    assert urls(built / "search", "сапа", "kk") == ["quality.html"]
    assert not urls(built / "search", "главная", "kk")
    assert [manifest(built / p / "search")["lang"] for p in ("", "ru", "en")] == [
        "kk",
        "ru",
        "en",
    ]


@pytest.mark.parametrize(
    ("written", "typed"),
    [("қазақ", "казак"), ("өнер", "онер"), ("ғылым", "гылым"), ("тәуекелдер", "тауекелдер")],
)
def test_kazakh_letters_typed_without_their_special_forms(
    built: Path, written: str, typed: str
) -> None:
    found = urls(built / "search", written, "kk")
    assert found
    assert urls(built / "search", typed, "kk") == found


def test_e_and_yo_fold_and_russian_forms_find_each_other(built: Path) -> None:
    folder = built / "ru" / "search"
    assert urls(folder, "прием", "ru") == urls(folder, "приём", "ru") == ["index.html"]
    assert sorted(urls(folder, "программа", "ru")) == ["index.html", "quality.html"]
    assert sorted(urls(folder, "программы", "ru")) == ["index.html", "quality.html"]


def test_every_word_of_a_query_must_be_on_the_page(built: Path) -> None:
    assert urls(built / "en" / "search", "corrective actions", "en") == ["index.html"]
    assert not urls(built / "en" / "search", "corrective dormitory", "en")


def test_page_text_keeps_cells_apart_and_leaves_out_scripts_and_anchors() -> None:
    text = page_text(SITE["ru/quality.html"])
    assert text.title == "Качество"
    # The title is the result's title, not the start of its text (and snippets).
    assert text.text == "Вид · Срок · Программа · 2026"
    assert page_text(SITE["quality.html"]).text.count("¶") == 0
    assert "hidden" not in page_text(SITE["index.html"]).text
    assert "Мәзір" not in page_text(SITE["index.html"]).text  # outside the article
    crumbs = page("Бет", '<nav class="kz-breadcrumb"><a href="x">Басты</a></nav><p>Мәтін</p>')
    assert page_text(crumbs).text == "Мәтін"


def test_page_text_leaves_out_the_banners() -> None:
    banners = (
        '<details class="warning sample-notice"><summary>Барлық мән расталмаған</summary>'
        '<p class="prov-legend-title">Белгілер:</p><ul class="prov-legend"><li>✱</li></ul>'
        '</details><div class="prov-notice"><p>Белгілер</p></div>'
        '<div class="admonition warning"><p class="admonition-title">Демо</p></div>'
        '<p class="demo-notice"><strong>Демо</strong></p>'
        '<div class="admonition info"><p>Дереккөз</p></div><p>Мәтін</p>'
    )
    for reader in (page_text, search_index._read_in_one_pass):
        found = reader(page("Бет", banners))
        assert found is not None and found.title == "Бет"
        # An information box is the article's own text; the warnings and legends are not.
        assert found.text == "Дереккөз Мәтін", reader


def test_page_text_reads_the_article_alone_as_the_whole_page_gives_it() -> None:
    whole = page("Бет", "<p>Мәтін</p>")
    # A theme that writes "<article" in a script before its content: the page is read whole.
    tricky = whole.replace(
        "<script>", "<script>var s = '<article class=\"md-content__inner\">жасырын';"
    )
    assert page_text(whole).text == page_text(whole[whole.index("<article") :]).text
    assert page_text(tricky).text == "Мәтін"


@pytest.mark.parametrize(
    "body",
    [
        "<p>A &amp; B &lt;b&gt; &#1179;</p><!-- <p>hidden</p> --><BR/><P CLASS='x'>Up</P>",
        '<h2 id="h">Head<a class="headerlink" href="#h" title="a > b">¶</a></h2><p>T</p>',
        "<script>var s = '<p>not text</p>';</script><style>p > a {}</style><p>After</p>",
        '<table><tr><td>1</td><td></td></tr></table><svg><path d="M0"/></svg><br>x',
        # Skipped elements with blocks, headings and breaks inside; a class written with an
        # entity; self-closed elements; upper case; text after the article ends.
        "<nav><div>a</div><h2>In nav</h2><br></nav>b<BUTTON><p>c</p></BUTTON>d",
        '<h3>T<a class="x &#104;eaderlink">¶</a></h3><div/>e<H1>Second</H1><TD>f</TD>',
        "<p>g</p></article><p>after</p><article><p>again</p>",
        # Attributes only html.parser reads right: a class inside another value, the last
        # of two classes, no space before a class, "==", a slash for a space, a value that
        # ends in a slash (not a self-closed tag), a bare attribute before "/>".
        '<a title=" class=headerlink">x</a>y<a class="x" class="headerlink">x</a>y',
        '<a id="q"class="headerlink">x</a>y<a class=="headerlink">x</a>y',
        '<a/class="headerlink">x</a>y<nav class=a/>x</nav>y',
        "<h2>T<a href=/x/>¶</a></h2>y<input disabled/><div hidden/>z<p>&amp;</p>",
        '<a CLASS="headerlink" class="x">x</a>y<a class="headerlink" Class="">x</a>y',
        '<a class="headerlink" id="a"/>u<span data-x="1"/>v<svg><path d="M0" /></svg>w',
        # Script and style tags in any case, and a letter that only looks like theirs.
        "<SCRIPT>x</SCRIPT><Style>y</Style><p>z</p><p>\u212a <scr\u0130pt> \u017fcript</p>",
        # Quoted values with ">" and the other quote in them, and an empty one.
        """<p title='a > "b"' data-x="c > 'd'" lang="">T</p><img alt="x>y" src=''>u""",
        # These three are left to the standard library's parser:
        "<p>a < b, a stray sign</p>",
        "<script>never closed <p>",
        "<p title='never closed>T</p><p>stray</p>",
    ],
)
def test_page_text_in_one_pass_reads_as_the_html_parser(body: str) -> None:
    from kazutb_transparency.buildsteps.search_index import _ArticleText, _read_in_one_pass

    html = page("Бет", body)
    parser = _ArticleText()
    parser.feed(html)
    parser.close()
    assert page_text(html) == parser.result()
    left = "stray" in body or "never closed" in body
    assert (_read_in_one_pass(html) is None) == left


def test_folding_tokens_and_stems() -> None:
    assert fold("ӘҒҚҢӨҰҮҺІ Ёлка") == "агкноуухи елка"
    assert tokens("6B04105 «Сапа», (тәуекелдер)") == ["6b04105", "сапа", "тауекелдер"]
    assert stem("программы", "ru") == "программ"
    assert stem("прием", "ru") == "прием"  # no ending leaves fewer than four letters
    assert stem("сапасы", "kk") == "сапа"
    assert stem("programmes", "en") == "programm"


def test_folding_is_the_translation_table_letter_by_letter() -> None:
    letters = "".join(FOLD) + "".join(FOLD).upper() + "ЁёЕеİIiΣσς"
    text = "Қазақ «Ұлттық» ÆǅǄ ẞ " + letters + " 6B04105 " + letters[::-1]
    assert fold(text) == text.lower().translate(str.maketrans(FOLD))
    assert fold("") == ""


def test_text_blocks_are_short_and_cut_at_spaces() -> None:
    text = " ".join(["сөз"] * 2000)
    blocks = blocks_of(text)
    assert all(len(b) <= search_index.BLOCK for b in blocks)
    assert " ".join(blocks) == text


def _postings_word_by_word(pages: list[tuple[str, PageText]]) -> dict[str, list[int]]:
    """The postings as the rules say them, one word at a time (the index counts a page at
    a time): weights, first block, and the order in which words first appear."""
    found: dict[str, dict[int, list[int]]] = {}
    for number, (_, text) in enumerate(pages):
        for word in tokens(text.title):
            found.setdefault(word, {}).setdefault(number, [0, 0, -1])[0] += TITLE_WEIGHT
        for heading in text.headings:
            for word in tokens(heading):
                found.setdefault(word, {}).setdefault(number, [0, 0, -1])[0] += HEADING_WEIGHT
        for block, part in enumerate(blocks_of(text.text)):
            for word in tokens(part):
                entry = found.setdefault(word, {}).setdefault(number, [0, 0, -1])
                entry[1] += 1
                entry[2] = block if entry[2] < 0 else entry[2]
    return {
        word: [
            value
            for n, (w, c, b) in per_page.items()
            for value in (n, w + min(c, MAX_COUNT), max(b, 0))
        ]
        for word, per_page in found.items()
    }


def test_postings_give_each_word_its_weight_first_block_and_order() -> None:
    words = ["сапа", "Сапа", "өнер", "онер", "risk", "ISO", "9001", "6B04105", "ғылым", "ка"]
    chooser = random.Random(52)

    def say(count: int) -> str:
        return " ".join(chooser.choice(words) for _ in range(count))

    pages = []
    for number in range(300):  # three blocks at most, each with a long word after the words
        text = " ".join(say(chooser.randint(0, 40)) + " " + "ж" * 1_300 for _ in range(3))
        pages.append(
            (
                f"{number}.html",
                PageText(
                    title=say(chooser.randint(0, 3)),
                    headings=[say(chooser.randint(0, 4)) for _ in range(chooser.randint(0, 3))],
                    text=text[: chooser.randint(0, len(text))],
                ),
            )
        )
    postings = search_index._postings(pages)
    assert postings == _postings_word_by_word(pages)
    assert list(postings) == list(_postings_word_by_word(pages))  # the term files' order
    assert any(flat[2::3] != [0] * (len(flat) // 3) for flat in postings.values())
    assert any(weight > MAX_COUNT for flat in postings.values() for weight in flat[1::3])


def test_a_crowded_prefix_is_split_on_one_more_letter(monkeypatch) -> None:
    monkeypatch.setattr(search_index, "SHARD_LIMIT", 200)
    postings = {f"ка{chr(1072 + i)}{'х' * 5}": list(range(30)) for i in range(6)}
    postings["ка"] = [1, 2, 0]
    files = shards(postings)
    assert "ка" in files and files["ка"] == {"ка": [1, 2, 0]}
    assert len(files) == 7


def test_a_query_fetches_little(built: Path) -> None:
    size = query_bytes(built, built / "search", "сапа", "kk")
    assert 0 < size < 10_000


def test_the_index_files_are_json_and_hold_page_text(built: Path) -> None:
    blocks = [json.loads(p.read_text("utf-8")) for p in (built / "search" / "text").glob("*")]
    assert {b["u"] for b in blocks} == {"index.html", "quality.html"}


def test_the_build_refuses_a_site_without_the_search_code(tmp_path: Path) -> None:
    root = site(tmp_path, SITE)
    (root / SCRIPT).unlink()
    with pytest.raises(DataError) as refused:
        write_search_indexes(root, ["kk", "ru", "en"])
    problem = refused.value.problems[0]
    assert problem.file == SCRIPT and "search" in problem.message
    assert not (root / "search").exists()


def test_the_personal_data_gate_reads_the_index(tmp_path: Path) -> None:
    """The index holds page text: a phone number on a page is found in the index files too
    (the build runs the index step before its scan of the output)."""
    root = site(tmp_path, {"index.html": page("Байланыс", "<p>Телефон +7 701 765 43 21</p>")})
    write_search_indexes(root, ["kk"])
    (root / "index.html").unlink()
    (root / SCRIPT).unlink()
    allowlist = load_allowlist(DATA / "privacy" / "allowlist.yaml")
    report = gate.scan([root], allowlist)
    found = {Path(f.path).relative_to(root).parts[:2] for f in report.findings}
    assert found == {("search", "text")}, found  # the term files hold the digits apart
    assert not report.errors


def test_the_theme_search_files_are_removed(tmp_path: Path) -> None:
    for folder in THEME_SEARCH:
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "search.js").write_text("//", encoding="utf-8")
    (tmp_path / "assets" / "javascripts" / "bundle.js").write_text("//", encoding="utf-8")
    assert len(remove_theme_search(tmp_path)) == 2
    assert [p.name for p in (tmp_path / "assets" / "javascripts").iterdir()] == ["bundle.js"]
    assert remove_theme_search(tmp_path) == []


def _term_names(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("search/terms/*.json")}


def test_term_files_keep_their_names_across_an_unrelated_edit(tmp_path: Path) -> None:
    """Term files are named by their content: an edit of one page renames only the term
    files of the words it changed, and the manifest leads to the new ones."""
    root = site(tmp_path, SITE)
    write_search_indexes(root, ["kk", "ru", "en"])
    before = _term_names(root)
    edited = SITE["ru/quality.html"].replace("2026", "2027")
    (root / "ru" / "quality.html").write_text(edited, encoding="utf-8")
    write_search_indexes(root, ["kk", "ru", "en"])
    after = _term_names(root)
    renamed = before - after
    # One folder of term files for every language, at the site's root.
    assert {name.rsplit("/", 1)[0] for name in after} == {"search/terms"}
    assert len(renamed) == 1
    assert len(after - before) == 1
    assert urls(root / "ru" / "search", "2027", "ru") == ["quality.html"]
    assert urls(root / "ru" / "search", "2026", "ru") == []
    assert urls(root / "search", "сапа", "kk") == ["quality.html"]


def test_term_file_names_hold_no_digits(tmp_path: Path) -> None:
    """A name of hex digits could read as a phone number or an IIN to the personal-data gate,
    which reads the manifest listing the names: they are written in the letters a–p."""
    from kazutb_transparency.buildsteps.search_index import _dump_named

    names = {_dump_named(tmp_path, {"term": [n, 1, 0]}) for n in range(200)}
    assert len(names) == 200
    assert all(re.fullmatch(r"[a-p]{16}", name) for name in names)


def test_a_term_file_two_languages_share_is_written_once(tmp_path: Path) -> None:
    pages = {**SITE, "ru/codes.html": page("Коды", "<p>6B04105</p>", "ru")}
    pages["en/codes.html"] = page("Codes", "<p>6B04105</p>", "en")
    root = site(tmp_path, pages)
    write_search_indexes(root, ["kk", "ru", "en"])
    names = [manifest(root / p / "search")["terms"]["6b"] for p in ("ru", "en")]
    assert names[0] == names[1]  # the same content, the same name: one file
    assert urls(root / "ru" / "search", "6B04105", "ru") == ["codes.html"]
    assert urls(root / "en" / "search", "6B04105", "en") == ["codes.html"]
    assert not list(root.rglob("*.tmp"))


LISTING = '<div class="catalogue-filter"></div><table><tr><td>Ветеринария 6B09101</td></tr></table>'
BOILERPLATE = "<p>Бұл деректер үлгі болып табылады.</p>"


def test_a_listing_page_is_found_by_its_title_and_headings_only(tmp_path: Path) -> None:
    pages = {
        "programmes/6B09101.html": page("Ветеринария", "<p>Мал дәрігері 6B09101</p>"),
        "programmes/language-kk-2.html": page("Қазақ тілінде", f"<h2>Тізім</h2>{LISTING}"),
    }
    root = site(tmp_path, pages)
    write_search_indexes(root, ["kk"])
    assert urls(root / "search", "6B09101", "kk") == ["programmes/6B09101.html"]
    assert urls(root / "search", "тізім", "kk") == ["programmes/language-kk-2.html"]


def test_snippets_leave_out_repeats_but_every_word_finds_its_page(
    tmp_path: Path, monkeypatch
) -> None:
    """A content page is found by every word of its text, those left out of its snippet
    text (repeated on the page, or on COMMON_PAGES pages) too; its snippet text keeps every
    word but the boilerplate's."""
    monkeypatch.setattr(search_index, "COMMON_PAGES", 3)

    def rows(page: int) -> str:  # a column's value repeated on every row of the page
        return "".join(f"<tr><td>Пән{page}-{n}</td><td>міндетті {page}</td></tr>" for n in range(5))

    pages = {
        f"p{n}.html": page(
            f"Бет {n}", f"{BOILERPLATE}<p>Сөз{n} бірегей.</p><table>{rows(n)}</table>"
        )
        for n in range(4)
    }
    root = site(tmp_path, pages)
    write_search_indexes(root, ["kk"])
    folder = root / "search"
    for path, html in pages.items():
        text = page_text(html).text
        for word in {word for word in tokens(text) if len(word) >= 2}:  # a query's words
            assert path in urls(folder, word, "kk"), (path, word)
    snippets = [json.loads(p.read_text("utf-8"))["x"] for p in (folder / "text").glob("*")]
    assert len(snippets) == 4 and all(s.count("міндетті") == 1 for s in snippets)
    assert not any("үлгі" in s for s in snippets)  # on every page: boilerplate
    assert all(set(tokens(s)) >= {fold("бірегей"), "4"} for s in snippets)
