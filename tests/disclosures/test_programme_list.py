"""The catalogue A–Z: every programme of a level by name, in the page language's alphabet,
paged, with letter anchors and a filter by level that needs no JavaScript."""

from __future__ import annotations

import dataclasses
import re

import pytest

from kazutb_transparency.core.collation import initial, sort_key
from kazutb_transparency.disclosures.pages import programme_list
from kazutb_transparency.disclosures.pages.programme_list import list_page, list_pages

from .test_catalogue import LANGS, with_synthetic

ROW_NAME = re.compile(r'<tr><td>(?:<span id="letter-\d+"></span>)?<a href="(\w+)\.html">(.*?)</a>')


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("kk", ["6B04105", "«Азық-түлік»", "Әлеуметтану", "Бизнес", "Ғылым", "Қаржы", "Іс", "Я"]),
        ("ru", ["Азбука", "Ежевика", "Ёлка", "Жук", "Яблоко", "Әлеуметтану", "Zoo"]),
        ("en", ["Accounting", "économie", "Finance", "zoology", "Бизнес"]),
    ],
)
def test_names_sort_in_the_alphabet_of_the_language(lang: str, words: list[str]) -> None:
    assert sorted(reversed(words), key=lambda w: sort_key(w, lang)) == words


def test_a_name_is_listed_under_its_first_letter() -> None:
    assert [initial(w) for w in ["«Қаржы»", "әлеуметтану", "6B01", "Économie", ""]] == [
        "Қ",
        "Ә",
        "#",
        "E",
        "#",
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_every_programme_is_listed_once_in_order(default_site, monkeypatch, lang: str) -> None:
    d = with_synthetic(default_site.disclosures, 60)
    monkeypatch.setattr(programme_list, "LIST_ROWS", 25)
    pages = list_pages(d, lang, rows=25)
    for level in ("bachelor", "master", "doctorate"):
        mine = [page for page in pages if page.level == level]
        expected = {p.code for p in d.programmes_at(level)}
        rows = [row for page in mine for row in ROW_NAME.findall(list_page(d, page, lang))]
        assert sorted(code for code, _ in rows) == sorted(expected), level
        by_code = {p.code: p for p in d.programmes}
        names = [programme_list._plain_name(by_code[code], lang) for code, _ in rows]
        assert names == sorted(names, key=lambda n: sort_key(n, lang))
        assert all(len(page.programmes) <= 25 for page in mine)
        if len(mine) > 1:
            assert 'href="a-z-' + level + '-2.html"' in list_page(d, mine[0], lang)


def test_a_list_page_links_the_other_levels_and_its_letters(default_site) -> None:
    d = default_site.disclosures
    page = next(p for p in list_pages(d, "kk") if p.level == "bachelor" and p.programmes)
    text = list_page(d, page, "kk")
    # Only the levels that have programmes are offered as links.
    for level in ("master", "doctorate"):
        assert (f'href="a-z-{level}.html"' in text) == bool(d.programmes_at(level))
    # The page's own level is not offered as "another level" (not even as plain text).
    assert "Бакалавриат (" not in text
    assert ("Басқа деңгейлер:" in text) == any(
        d.programmes_at(level) for level in ("master", "doctorate")
    )
    anchors = re.findall(r'<a href="#(letter-\d+)">', text)
    assert anchors and all(f'id="{anchor}"' in text for anchor in anchors)
    assert 'class="catalogue-filter" data-label="' in text  # the JavaScript filter's place


def test_names_are_escaped(default_site) -> None:
    d = default_site.disclosures
    first = d.programmes[0]
    name = first.name.model_copy(update={"kk": "A & <b>"})
    hostile = first.model_copy(update={"name": name})
    programmes = tuple(hostile if p is first else p for p in d.programmes)
    d = dataclasses.replace(d, programmes=programmes)
    page = next(p for p in list_pages(d, "kk") if first.code in {q.code for q in p.programmes})
    text = list_page(d, page, "kk")
    assert "A &amp; &lt;b&gt;" in text and "<b>" not in text


def _all_full_time(d):
    """The catalogue with every programme taught full-time and in Kazakh."""
    programmes = tuple(
        p.model_copy(update={"forms": ["full-time"], "languages": sorted({"kk", *p.languages})})
        for p in d.programmes
    )
    return dataclasses.replace(d, programmes=programmes)


@pytest.mark.parametrize("lang", LANGS)
def test_a_filter_that_selects_a_listed_set_leads_to_that_list(default_site, lang: str) -> None:
    d = _all_full_time(default_site.disclosures)
    targets = programme_list.filter_targets(d)
    pages = programme_list.filter_pages(d, lang)
    # Every programme: no copy of the catalogue, under any of the two filters.
    assert targets[("form", "full-time")] == targets[("language", "kk")]
    assert not any(
        path.startswith(("programmes/form-full-time", "programmes/language-kk")) for path in pages
    )
    # The filter says so where it is offered, and its link leads to a page that exists.
    offered = programme_list.filters(d, programme_list.INDEX, lang)
    note = programme_list.L["same_all"][lang]
    if len([lv for lv in ("bachelor", "master", "doctorate") if d.programmes_at(lv)]) == 1:
        level = next(lv for lv in ("bachelor", "master", "doctorate") if d.programmes_at(lv))
        assert targets[("form", "full-time")] == programme_list.list_path(level)
        note = programme_list.L["same_level"][lang].split("{", 1)[0]
    assert note in offered
    existing = {page.path for page in list_pages(d, lang)} | set(pages) | {programme_list.INDEX}
    linked = {
        "programmes/" + href.removesuffix(".html") + ".md"
        for href in re.findall(r'href="([a-z][a-z0-9-]*\.html)"', offered)
    }
    linked -= {
        f"programmes/{lv}-{f.id}.md"
        for lv in ("bachelor", "master", "doctorate")
        for f in d.faculties
    }
    assert linked and linked <= existing


def test_a_filter_of_its_own_set_keeps_its_list(default_site) -> None:
    d = default_site.disclosures
    for (kind, value), target in programme_list.filter_targets(d).items():
        codes = {p.code for p in d.programmes if value in getattr(p, kind + "s")}
        own = programme_list.filter_path(kind, value)
        if target == own:
            assert own in programme_list.filter_pages(d, "en")
        else:  # another page lists exactly these programmes
            assert (
                codes == {p.code for p in d.programmes}
                or any(
                    codes == {p.code for p in d.programmes_at(lv)}
                    for lv in ("bachelor", "master", "doctorate")
                )
                or target.startswith("programmes/language-")
            )


def test_a_column_of_one_provenance_says_it_once_in_its_header() -> None:
    from kazutb_transparency.disclosures.pages.common import marked_table, marker

    ok, sample = " " + marker("confirmed", "en"), " " + marker("placeholder", "en")
    html = marked_table(
        ["Name", "Code", "Forms"],
        [[f"A{ok}", f"1{ok}", f"x{ok}"], [f"B{ok}", f"2{sample}", "y"]],
        "t",
        "en",
    )
    head, body = html.split("</thead>", 1)
    assert head.count("prov-confirmed") == 2 and "prov-placeholder" not in head
    # The mixed column keeps a mark a value; the others carry none.
    assert body.count("prov-") == 2 and "<td>A</td>" in body and "<td>y</td>" in body
    assert 'role="img" aria-label="confirmed">✓</span>' in ok
