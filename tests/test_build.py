"""The built default site (one MkDocs build per session, see conftest.built_site)."""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from buildtools import DATA, REPO, mkdocs_build
from search_reference import manifest, query_bytes, urls

from kazutb_transparency.buildsteps.generate import generate_pages, stage_docs

pytestmark = pytest.mark.build

LANGS = ("kk", "ru", "en")
PREFIX = {"kk": "", "ru": "ru/", "en": "en/"}
KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}


class Node:
    def __init__(self, tag: str, attrs: list[tuple[str, str | None]], parent: Node | None):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children: list[Node | str] = []

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.iter()
            if n.tag == tag and (cls is None or cls in (n.attrs.get("class") or "").split())
        ]

    def text(self, skip=lambda node: False) -> str:
        parts = []
        for child in self.children:
            if isinstance(child, str):
                parts.append(child)
            elif not skip(child):
                parts.append(child.text(skip))
        return "".join(parts)


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.current = Node("#document", [], None)

    def handle_starttag(self, tag, attrs):
        node = Node(tag, attrs, self.current)
        self.current.children.append(node)
        if tag not in VOID:
            self.current = node

    def handle_startendtag(self, tag, attrs):
        self.current.children.append(Node(tag, attrs, self.current))

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def parse(path: Path) -> Node:
    builder = _Builder()
    builder.feed(path.read_text(encoding="utf-8"))
    builder.close()
    return builder.root


def not_kazakh_markup(node: Node) -> bool:
    """True for elements whose Kazakh letters are legitimate: code, lang="kk", scripts."""
    return node.tag in ("code", "script", "style") or node.attrs.get("lang") == "kk"


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def page_lang(site: Path, page: Path) -> str:
    first = page.relative_to(site).parts[0]
    return first if first in ("ru", "en") else "kk"


# --- languages --------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_home_pages_have_their_language(built_site, lang):
    page = built_site / PREFIX[lang] / "index.html"
    assert page.is_file(), f"missing {page}"
    assert f'<html lang="{lang}"' in page.read_text(encoding="utf-8"), page


@pytest.mark.parametrize("lang", LANGS)
def test_twenty_two_process_pages_per_language(built_site, lang):
    folder = built_site / PREFIX[lang] / "processes"
    pages = sorted(p.name for p in folder.glob("p[0-9][0-9].html"))
    assert pages == [f"p{n:02d}.html" for n in range(1, 23)], folder
    for name in pages:
        assert f'<html lang="{lang}"' in (folder / name).read_text(encoding="utf-8"), name


def test_every_page_has_its_language_and_hreflang_links(built_site):
    problems = []
    for page in html_pages(built_site):
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(built_site)
        if name.name == "404.html":
            continue
        lang = page_lang(built_site, page)
        if f'<html lang="{lang}"' not in text:
            problems.append(f"{name}: not <html lang={lang}>")
        links = re.findall(r"<link[^>]*rel=\"alternate\"[^>]*>", text)
        for code in (*LANGS, "x-default"):
            if not any(f'hreflang="{code}"' in link for link in links):
                problems.append(f"{name}: no hreflang {code}")
    assert not problems, "\n".join(problems)


def test_hreflang_targets_are_absolute_and_exist(built_site):
    """Search engines take only absolute alternates: each is the site's address plus the
    path of a page that exists."""
    page = built_site / "ru" / "processes" / "p07.html"
    links = re.findall(r"<link[^>]*hreflang[^>]*>", page.read_text(encoding="utf-8"))
    assert len(links) == 4
    for link in links:
        target = re.search(r'href="([^"]+)"', link).group(1)
        assert target.startswith("https://kazutb.edu.kz/"), link
        path = target.removeprefix("https://kazutb.edu.kz/")
        assert (built_site / path).is_file(), f"{link} → missing file"


def test_language_switcher_of_a_deep_page_leads_to_the_same_page(built_site):
    page = built_site / "ru" / "processes" / "p07.html"
    root = parse(page)
    links = {
        a.attrs.get("hreflang"): a.attrs["href"] for a in root.find_all("a", "md-select__link")
    }
    assert set(links) == set(LANGS), f"switcher of ru/processes/p07.html: {links}"
    expected = {
        "kk": "processes/p07.html",
        "ru": "ru/processes/p07.html",
        "en": "en/processes/p07.html",
    }
    for lang, href in links.items():
        target = (page.parent / href).resolve()
        assert target == (built_site / expected[lang]).resolve(), f"{lang}: {href}"
        assert f'<html lang="{lang}"' in target.read_text(encoding="utf-8")


# --- no third-party requests ------------------------------------------------------------

THIRD_PARTY = (
    "fonts.googleapis.com",
    "fonts.gstatic.com",
    "unpkg.com",
    "cdn.jsdelivr.net",
    "cdnjs.cloudflare.com",
)


def third_party_references(site: Path, bundle: bool) -> list[str]:
    found = []
    for path in site.rglob("*"):
        if path.suffix not in (".html", ".css", ".js", ".json", ".xml"):
            continue
        if path.name.startswith("bundle.") != bundle:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for host in THIRD_PARTY:
            if host in text:
                found.append(f"{path.relative_to(site)}: {host}")
        if path.suffix == ".html":
            for tag in re.findall(
                r"<script[^>]*\ssrc=\"(?:https?:)?//[^\"]+\"|<link[^>]*\shref=\"(?:https?:)?//[^\"]+\"",
                text,
            ):
                if 'rel="alternate"' not in tag and 'rel="canonical"' not in tag:
                    found.append(f"{path.relative_to(site)}: {tag}")
    return found


def test_no_built_file_references_third_party_hosts(built_site):
    found = third_party_references(built_site, bundle=False)
    assert not found, "\n".join(found[:30])


def test_theme_bundle_references_no_third_party_host(built_site):
    found = third_party_references(built_site, bundle=True)
    assert not found, "\n".join(found)


# --- search -----------------------------------------------------------------------------


def search_folder(site: Path, lang: str) -> Path:
    folder = site / PREFIX[lang] / "search"
    assert (folder / "manifest.json").is_file(), f"missing {folder}/manifest.json"
    return folder


def indexed_pages(site: Path, lang: str) -> dict[str, str]:
    """address (from the language's root) -> title, of every page in the index."""
    return {
        block["u"]: block["t"]
        for path in (search_folder(site, lang) / "text").glob("*-0.json")
        for block in [json.loads(path.read_text(encoding="utf-8"))]
    }


@pytest.mark.parametrize("lang", LANGS)
def test_search_index_per_language(built_site, lang):
    pages = set(indexed_pages(built_site, lang))
    assert pages, f"{PREFIX[lang]}search/ indexes no page"
    base = built_site / PREFIX[lang] if lang != "kk" else built_site
    built = {
        str(p.relative_to(base))
        for p in base.rglob("*.html")
        # Kept out: the A–Z site index, the search page, the catalogue's A–Z lists (their
        # rows are indexed on the faculty tables and the programme pages) and the comparison
        # sorted by each column (the comparison itself is indexed).
        if p.name not in ("404.html", "site-index.html", "search.html")
        and not p.name.startswith(("a-z-", "compare-by-"))
        and (lang != "kk" or p.relative_to(base).parts[0] not in ("ru", "en"))
    }
    assert pages == built, f"{lang}: index pages differ from the built pages: {pages ^ built}"
    for page in pages:
        assert f'<html lang="{lang}"' in (base / page).read_text(encoding="utf-8"), page
    assert manifest(search_folder(built_site, lang))["lang"] == lang
    assert (base / "search.html").is_file(), f"{lang}: no search page"


def test_search_index_titles_are_in_their_language(built_site):
    for lang in ("ru", "en"):
        titles = indexed_pages(built_site, lang).values()
        kazakh = [t for t in titles if KAZAKH_LETTERS.search(t)]
        assert not kazakh, f"{lang} search index has Kazakh titles: {kazakh[:5]}"
    assert "Тәуекелдер" in " ".join(indexed_pages(built_site, "kk").values())


SEARCH_QUERIES = {
    "kk": ("сапа", "тауекел", "кабылдау", "казак", "онер", "гылым", "оқу ақысы", "6B04105"),
    "ru": ("прием", "программы", "аккредитация", "корректирующие действия", "ISO 9001"),
    "en": ("risk", "programmes", "corrective actions", "open data", "anti-corruption"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_search_query_fetches_at_most_150_kb(built_site, lang):
    """Counted from the manifest: the code, the manifest, the query's term files and the
    text blocks of the results shown (what the search page downloads for it)."""
    folder = search_folder(built_site, lang)
    for query in SEARCH_QUERIES[lang]:
        assert urls(folder, query, lang), f"{lang}: {query!r} finds nothing"
        size = query_bytes(built_site, folder, query, lang)
        assert size <= 150 * 1024, f"{lang}: {query!r} fetches {size / 1024:.0f} KB"


@pytest.mark.parametrize(
    ("lang", "written", "typed"),
    [
        ("kk", "қазақ", "казак"),
        ("kk", "өнер", "онер"),
        ("kk", "ғылым", "гылым"),
        ("kk", "Сапа көрсеткіштері", "сапа корсеткиштери"),
        ("ru", "приём", "прием"),
    ],
)
def test_search_folds_letters_typed_without_their_special_forms(built_site, lang, written, typed):
    folder = search_folder(built_site, lang)
    found = urls(folder, written, lang)
    assert found, f"{written!r} finds nothing"
    assert urls(folder, typed, lang) == found


def test_search_finds_russian_forms_of_a_word(built_site):
    folder = search_folder(built_site, "ru")
    assert set(urls(folder, "программа", "ru")) <= set(urls(folder, "программы", "ru"))
    assert urls(folder, "программы", "ru")


def test_search_index_keeps_table_cells_apart(built_site):
    texts = (search_folder(built_site, "ru") / "text").glob("*.json")
    assert any(" · " in json.loads(p.read_text(encoding="utf-8"))["x"] for p in texts)


# --- navigation and anchors -------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_process_pages_are_not_in_the_sidebar(built_site, lang):
    page = built_site / PREFIX[lang] / "processes" / "index.html"
    root = parse(page)
    navs = root.find_all("nav", "md-nav")
    assert navs, f"{page}: no md-nav element"
    nav_links = [a.attrs.get("href", "") for nav in navs for a in nav.find_all("a")]
    listed = [h for h in nav_links if re.search(r"(^|/)p\d\d\.html", h)]
    assert not listed, f"{page}: sidebar lists process pages {listed}"
    article = root.find_all("article")[0]
    content = {a.attrs.get("href") for a in article.find_all("a")}
    assert {f"p{n:02d}.html" for n in range(1, 23)} <= content, "index table lost its links"


def test_heading_anchors_are_cyrillic_slugs(built_site):
    for lang in ("kk", "ru"):
        text = (built_site / PREFIX[lang] / "processes" / "p07.html").read_text(encoding="utf-8")
        ids = re.findall(r'<h[1-6][^>]*id="([^"]+)"', text)
        assert ids, f"{lang}/processes/p07.html: no heading ids"
        assert any(re.search("[а-яәғқңөұүһі]", i) for i in ids), ids
        assert not [i for i in ids if re.fullmatch(r"_\d+", i)], ids
    assert 'id="_1"' not in (built_site / "processes" / "index.html").read_text(encoding="utf-8")


# --- no untranslated Kazakh prose -------------------------------------------------------


def kazakh_outside_markup(page: Path) -> str:
    articles = parse(page).find_all("article")
    assert articles, f"{page}: no <article>"
    return articles[0].text(not_kazakh_markup)


def excerpts(text: str) -> list[str]:
    return [text[max(0, m.start() - 40) : m.end() + 40] for m in KAZAKH_LETTERS.finditer(text)]


def test_no_kazakh_letters_outside_code_and_kk_markup(built_site):
    found = []
    for lang in ("ru", "en"):
        for page in sorted((built_site / lang).rglob("*.html")):
            hits = excerpts(kazakh_outside_markup(page))
            if hits:
                found.append(f"{page.relative_to(built_site)}: {hits[0]!r}")
    assert not found, "\n".join(found)


def prose_without_quotes_codes_and_notes(page: Path) -> str:
    """Main content minus code/lang=kk, the discrepancy section, quotes and code-like words."""
    article = parse(page).find_all("article")[0]

    def skip(node: Node) -> bool:
        return not_kazakh_markup(node)

    parts: list[str] = []
    in_notes = False
    for child in article.children:
        if isinstance(child, Node) and child.tag == "h2":
            in_notes = child.attrs.get("id", "") in (
                "расхождения-в-источнике",
                "discrepancies-in-the-source",
            )
        if in_notes:
            continue
        parts.append(child if isinstance(child, str) else child.text(skip))
    text = "".join(parts)
    text = re.sub(r"«[^»]*»|“[^”]*”", " ", text)  # quoted source text
    text = re.sub(r"\S*\d\S*", " ", text)  # codes such as ҚазТБУ-СДД-ПАК-5.3/9.3-2026-02
    text = re.sub(r"\b[А-ЯӘҒҚҢӨҰҮҺІ]{2,6}\b", " ", text)  # abbreviations (ІНҚ, ҚБ)
    return text


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_process_pages_have_no_untranslated_kazakh_prose(built_site, lang):
    found = []
    for page in sorted((built_site / lang / "processes").glob("*.html")):
        if page.name == "discrepancies.html" or page.name.startswith("source-notes-"):
            continue
        hits = excerpts(prose_without_quotes_codes_and_notes(page))
        if hits:
            found.append(f"{page.relative_to(built_site)}: {hits[:2]!r}")
    assert not found, "\n".join(found)


def test_kazakh_pages_are_in_kazakh(built_site):
    text = kazakh_outside_markup(built_site / "processes" / "p07.html")
    assert len(KAZAKH_LETTERS.findall(text)) > 50


# --- failure atomicity and idempotence --------------------------------------------------


def test_broken_data_fails_the_build_and_keeps_the_previous_site(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    broken = data / "processes" / "07-international-activity.yaml"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("category: management\n", "category: [x\n"),
        encoding="utf-8",
    )
    site = tmp_path / "out" / "site"
    site.mkdir(parents=True)
    (site / "marker.txt").write_text("previous site\n", encoding="utf-8")
    (site / "index.html").write_text("<html>old</html>\n", encoding="utf-8")
    result = mkdocs_build(site, KAZUTB_DATA=str(data))
    assert result.returncode != 0, "the build succeeded on broken data"
    assert "07-international-activity.yaml" in result.stderr, result.stderr[-2000:]
    assert sorted(p.name for p in site.iterdir()) == ["index.html", "marker.txt"]
    assert (site / "marker.txt").read_text(encoding="utf-8") == "previous site\n"
    assert (site / "index.html").read_text(encoding="utf-8") == "<html>old</html>\n"
    leftovers = [p.name for p in site.parent.iterdir() if p.name != "site"]
    assert not leftovers, f"temporary folders left beside site/: {leftovers}"


def test_generated_pages_never_land_in_docs(built_site, default_site, tmp_path):
    pages = generate_pages(default_site)
    docs = REPO / "docs"
    in_docs = [path for path in pages if (docs / path).exists()]
    assert not in_docs, f"generated pages found under docs/: {in_docs}"
    assert not list(docs.glob("*/processes/p*.md")), "process pages under docs/"
    stage_docs(docs, tmp_path / "a", pages)
    stage_docs(docs, tmp_path / "b", generate_pages(default_site))
    files_a = {
        p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*.md")
    }
    files_b = {
        p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*.md")
    }
    assert files_a == files_b, "generation is not deterministic"
    assert Path("ru/processes/p07.md") in files_a


def _previous_site(tmp_path: Path) -> Path:
    site = tmp_path / "out" / "site"
    site.mkdir(parents=True)
    (site / "marker.txt").write_text("previous site\n", encoding="utf-8")
    return site


def _unchanged(site: Path) -> bool:
    return [p.name for p in site.iterdir()] == ["marker.txt"] and not [
        p for p in site.parent.iterdir() if p.name != "site"
    ]


PLANTED = [
    # (file, text to find, replacement, category)
    (
        "processes/07-international-activity.yaml",
        "  - kk: Серіктестік ұсыныстар",
        "  - kk: Серіктестік ұсыныстар, байланыс +7 701 765 43 21",
        "phone",
    ),
    (
        "units.yaml",
        "    en: Board of Directors",
        "    en: Board of Directors (secretary Aigerim Bolatovna Sarsenova)",
        "person-name",
    ),
    ("registry.yaml", 'version: "1.0"', 'version: "1.0"\n# ЖСН 900101300017', "iin"),
    (
        "opendata.yaml",
        "  url: https://kazutb.edu.kz/",
        "  url: https://kazutb.edu.kz/ # a.sarsenova@mail.kz",
        "email",
    ),
]


@pytest.mark.parametrize(("file", "find", "replace", "category"), PLANTED)
def test_planted_personal_data_stops_the_build(tmp_path, file, find, replace, category):
    """Personal data planted in any data file stops the build, naming file, line, category."""
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert find in text, f"{find!r} not in {file}"
    path.write_text(text.replace(find, replace, 1), encoding="utf-8")
    line = text[: text.index(find)].count("\n") + 1 + replace.count("\n")
    site = _previous_site(tmp_path)
    result = mkdocs_build(site, KAZUTB_DATA=str(data))
    assert result.returncode != 0, "the build published personal data"
    assert f"{file}:{line}" in result.stderr, result.stderr[-3000:]
    assert f"({category})" in result.stderr, result.stderr[-3000:]
    assert _unchanged(site)


@pytest.mark.parametrize(
    ("pages", "metadata", "expected"),
    [
        (["Licence", "Applicant IIN 880715401231"], None, "page 2"),
        (["Licence of the university"], {"/Author": "Aigerim Sarsenova"}, "metadata /Author"),
    ],
    ids=["iin-in-text", "author-metadata"],
)
def test_personal_data_in_a_published_pdf_stops_the_build(tmp_path, pages, metadata, expected):
    """A document is scanned like a page: its text and its metadata."""
    from privacy.docfactory import make_pdf

    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    (data / "documents" / "sample-licence.pdf").write_bytes(make_pdf(pages, metadata))
    site = _previous_site(tmp_path)
    result = mkdocs_build(site, KAZUTB_DATA=str(data))
    assert result.returncode != 0, "the build published personal data in a PDF"
    assert "sample-licence.pdf" in result.stderr and expected in result.stderr, result.stderr[
        -3000:
    ]
    assert "880715401231" not in result.stderr and "Sarsenova" not in result.stderr
    assert _unchanged(site)
