"""Each file format's extractor: what is scanned, and lines/columns in the original file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kazutb_transparency.privacy import Allowlist, Finding, ScanError, scan_file
from kazutb_transparency.privacy.extract import project

PHONE = "+7 701 555 12 34"


def scan(tmp_path: Path, name: str, text: str) -> list[Finding]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return scan_file(path, Allowlist())


def where(findings: list[Finding]) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.category) for f in findings]


def test_markdown_and_text_positions(tmp_path: Path) -> None:
    text = "# Тақырып\n\nБайланыс:\n  тел. " + PHONE + ", пошта a.sarsenova@mail.kz\n"
    for name in ("page.md", "notes.txt"):
        assert where(scan(tmp_path, name, text)) == [(4, 8, "phone"), (4, 32, "email")]


def test_markdown_table_header_gives_context(tmp_path: Path) -> None:
    rows = "".join(f"| {i} | Қ{i}-бөлім | 0{i}.0{i}.199{i} |\n" for i in range(1, 8))
    text = "| № | Бөлім | Туған күні |\n|---|---|---|\n" + rows + "\nКүні: 01.02.1990\n"
    found = where(scan(tmp_path, "t.md", text))
    assert found == [(2 + i, 18, "birth-date") for i in range(1, 8)]  # not the last line


def test_yaml_positions(tmp_path: Path) -> None:
    text = "contacts:\n  - label: Office\n    phone: '" + PHONE + "'\n    birth_date: 1990-03-12\n"
    assert where(scan(tmp_path, "a.yaml", text)) == [(3, 13, "phone"), (4, 17, "birth-date")]


def test_csv_cells_headers_and_quotes(tmp_path: Path) -> None:
    text = (
        "Тегі;Аты;Әкесінің аты;Дата рождения;Телефон\n"
        'Сарсенова;Айгерим;Болатовна;"12.03.1990";"' + PHONE + '"\n'
        "6B04105;x;y;01.09.2025;12,5\n"
    )
    assert where(scan(tmp_path, "a.csv", text)) == [
        (2, 1, "person-name"),
        (2, 30, "birth-date"),
        (2, 43, "phone"),
    ]


def test_csv_numbers_of_adjacent_cells_do_not_join(tmp_path: Path) -> None:
    # 4-digit cells side by side must not read as a 16-digit card number.
    text = "a,b,c,d\n4400,4301,2345,6789\n2021,2022,2023,2024\n"
    assert scan(tmp_path, "n.csv", text) == []


def test_json_escaped_strings_map_to_the_raw_column(tmp_path: Path) -> None:
    data = {"docs": [{"title": "Қабылдау", "text": "Ответственный: Сарсенова А.Б., тел. " + PHONE}]}
    raw = json.dumps(data)  # ensure_ascii: every Cyrillic letter is \\uXXXX
    found = scan(tmp_path, "search_index.json", raw)
    name_col = raw.index("\\u0421\\u0430\\u0440") + 1
    phone_col = raw.index(PHONE) + 1
    assert where(found) == [(1, name_col, "person-name"), (1, phone_col, "phone")]


def test_json_keys_are_context_and_numbers_are_scanned(tmp_path: Path) -> None:
    text = '{\n  "dob": "1990-03-12",\n  "passport_no": 12345678,\n  "id_card": 012345678\n}\n'
    assert where(scan(tmp_path, "p.json", text)) == [(2, 11, "birth-date"), (4, 14, "id-document")]


def test_html_text_attributes_and_entities(tmp_path: Path) -> None:
    text = (
        "<!doctype html>\n<html><head>\n"
        '<meta name="author" content="Сарсенова А.Б.">\n'
        "<style>.a{content:'Сарсенова А.Б.'}</style>\n"
        '<script>var phone = "' + PHONE + '";</script>\n'
        "</head><body>\n"
        "<p>&laquo;Жауапты&raquo;&nbsp;&mdash; <strong>Сарсенова</strong> Айгерим Болатовна</p>\n"
        '<img src="x.png" alt="Фото: А.Б. Сарсенова" title="x">\n'
        '<a href="mailto:a.sarsenova@mail.kz" class="btn">write</a>\n'
        "<!-- телефон " + PHONE + " -->\n"
        "</body></html>\n"
    )
    # A style sheet and a script are shipped with the page: their strings are published.
    assert sorted(where(scan(tmp_path, "p.html", text))) == [
        (3, 30, "person-name"),
        (4, 20, "person-name"),
        (5, 22, "phone"),
        (7, 47, "person-name"),
        (8, 29, "person-name"),
        (9, 17, "email"),
        (10, 14, "phone"),
    ]


def test_html_messenger_links(tmp_path: Path) -> None:
    text = '<a href="https://wa.me/77015551234" class="btn">WhatsApp</a>'
    assert where(scan(tmp_path, "w.html", text)) == [(1, 24, "phone")]


def test_html_block_elements_keep_words_apart(tmp_path: Path) -> None:
    text = "<ul><li>Сарсенова</li><li>Айгерим Болатовна</li></ul>"
    # The second item alone is still a given name with a patronymic.
    assert where(scan(tmp_path, "p.html", text)) == [(1, 27, "person-name")]


def test_a_line_break_keeps_a_name_together(tmp_path: Path) -> None:
    text = '<div class="card">\n<p class="name">Мадина<br>Ахметжанова</p>\n</div>'
    assert where(scan(tmp_path, "c.html", text)) == [(2, 17, "person-name")]
    assert "Мадина\nАхметжанова" in project(text, "html").text


def test_html_table_header_context(tmp_path: Path) -> None:
    text = (
        "<table>\n<thead><tr><th>Аты-жөні</th><th>Дата рождения</th></tr></thead>\n<tbody>\n"
        "<tr><td>Бөлім</td><td>12.03.1990</td></tr>\n"
        "<tr><td>Бұйрық</td><td>01.09.1985</td></tr>\n</tbody></table>\n"
        "<p>Бұйрық 01.09.1985</p>\n"
    )
    assert where(scan(tmp_path, "t.html", text)) == [(4, 23, "birth-date"), (5, 24, "birth-date")]


def test_json_ld_block_is_scanned_with_positions(tmp_path: Path) -> None:
    person = json.dumps({"@type": "Person", "name": "Aigerim Bolatovna Sarsenova"})
    head = '<html><head>\n<script type="application/ld+json">\n'
    text = head + person + "\n</script>\n</head></html>"
    col = person.index("Aigerim") + 1
    assert where(scan(tmp_path, "ld.html", text)) == [(3, col, "person-name")]


def test_svg_text_and_labels_but_not_path_data(tmp_path: Path) -> None:
    text = (
        '<svg xmlns="http://www.w3.org/2000/svg" aria-label="Иесі: Сарсенова А.Б.">\n'
        '<path d="M 87015551234 4400430112345678"/>\n'
        '<text x="1"><tspan>тел. </tspan><tspan>' + PHONE + "</tspan></text>\n</svg>\n"
    )
    assert where(scan(tmp_path, "d.svg", text)) == [(1, 59, "person-name"), (3, 40, "phone")]


def test_types_declared_safe_are_not_read(tmp_path: Path) -> None:
    for name in ("font.woff2", "font.woff", "favicon.ico"):
        assert scan(tmp_path, name, PHONE) == []


def test_scripts_and_styles_outside_the_theme_are_read_as_text(tmp_path: Path) -> None:
    for name in ("bundle.js", "main.css"):
        assert [f.category for f in scan(tmp_path, name, PHONE)] == ["phone"]


@pytest.mark.parametrize("name", ["photo.png", "doc.pdf", "table.xlsx", "letter.docx"])
def test_a_file_that_is_not_what_its_name_says_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ScanError, match="cannot be checked"):
        scan(tmp_path, name, PHONE)


@pytest.mark.parametrize("name", ["archive.7z", "video.mp4", "page.php", "Makefile"])
def test_undeclared_types_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(ScanError, match="not checked for personal data"):
        scan(tmp_path, name, "hello")


def test_synthetic_text_maps_to_no_file_offset() -> None:
    proj = project("<p>a</p><p>b</p>", "html")
    assert proj.text.replace("\n", "") == "ab"
    a, b = proj.text.index("a"), proj.text.index("b")
    assert proj.to_source(a) == 3 and proj.to_source(b) == 11
    assert proj.to_source(a + 1) is None  # the separator between the paragraphs


def test_fast_csv_and_json_projections_match_the_token_by_token_ones(monkeypatch) -> None:
    import random

    from kazutb_transparency.privacy import extract_json
    from kazutb_transparency.privacy.extract import _project_csv_cells, project_csv
    from kazutb_transparency.privacy.extract_json import _slow_projection, project_json

    rng = random.Random(1)
    cells = ["a", "1", " ", '"', '""', ",", ";", "\t", "\n", "\r\n", "\r", "Туған күні", "12"]
    for _ in range(3000):
        text = "".join(rng.choice(cells) for _ in range(rng.randint(0, 25)))
        fast, slow = project_csv(text), _project_csv_cells(text)
        assert fast.text == slow.text, text
        assert [fast.header_at(i) for i in range(len(text) + 1)] == [
            slow.header_at(i) for i in range(len(text) + 1)
        ], text
    tokens = ['"', "\\", "u0416", "\\u0416", '\\"', "\\n\\n", "\n\n", "1", "-2.5e3", ":", ",", "{"]
    for _ in range(3000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 25)))
        fast, slow = project_json(text), _slow_projection(text)
        assert fast.text == slow.text, text
        assert [fast.to_source(i) for i in range(len(fast.text))] == [
            slow.to_source(i) for i in range(len(slow.text))
        ], text
    # A large file's numbers are found one at a time (less memory): the same projection.
    monkeypatch.setattr(extract_json, "_TOKENS_AT_ONCE_MAX", 0)
    for _ in range(3000):
        text = "".join(rng.choice(tokens) for _ in range(rng.randint(0, 25)))
        assert project_json(text).text == _slow_projection(text).text, text


def test_fast_html_projection_matches_the_tag_by_tag_one() -> None:
    import random

    from kazutb_transparency.privacy import extract_html
    from kazutb_transparency.privacy.extract_html import _slow_projection, project_html
    from kazutb_transparency.privacy.projection import LazyProjection

    rng = random.Random(2)
    fast_paths = 0
    fragments = [
        *("<br>", "<BR >", "<br title='Туған күні'>"),
        *("<p>", "</p>", "<div\n>", "<br/>", "<b>", "</b>", "<span>", "<\u212abd>", "<a\u0130>"),
        *("<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "</th>", "</TH >"),
        *("<TD class=x>", "<Th>", '<td title="Туған күні">', '<th abbr="dob">', "<x aria-label=v>"),
        *('<img alt="Сарсенова А.Б." src=x>', "<a title='t>x' href=\"mailto:a@b.kz\">"),
        *('<meta content="&amp;&#1;">', '<i title="\n\n">', '<p title="&#10;&#10;">'),
        *("<!-- c -->", "<!---->", "<!--\n\n-->", "<!-- open", "<![CDATA[ z ]]>", "<![CDATA["),
        *("<!doctype html>", "<?xml x?>", "<style>p{}</style>", "<STYLE>x</style >", "<script>"),
        *("<script>var a='<p>';</script>", "</script>", "<\u017fcript>x</script>"),
        '<script type="application/ld+json">{"a": "b\\u0416", "n": 1.5}</script>',
        '<script type="application/ld+json">["\\n\\n", "\\u0003"]</script>',
        '<svg><path d="M0 0"/><text>12.03.1990</text></svg>',
        *(" ", "  ", "\n", "\n\n", "\t", "a", "Туған күні", "12.03.1990", "x", "'", '"', "="),
        *("&amp;", "&amp", "&nbsp;", "&#10;&#10;", "&#1;", "&lt;p&gt;", "&", "<", ">", "< p>"),
        *("</ >", "\x03", "\x11"),
    ]
    for _ in range(4000):
        text = "".join(rng.choice(fragments) for _ in range(rng.randint(0, 14)))
        if rng.random() < 0.2:  # also without what earlier pages left in the caches
            extract_html._cache.clear()
            extract_html._token_cache.clear()
        fast, slow = project_html(text), _slow_projection(text)
        fast_paths += isinstance(fast, LazyProjection)
        assert fast.text == slow.text, text
        assert [fast.header_at(i) for i in range(len(fast.text) + 1)] == [
            slow.header_at(i) for i in range(len(slow.text) + 1)
        ], text
        assert [fast.to_source(i) for i in range(len(fast.text))] == [
            slow.to_source(i) for i in range(len(slow.text))
        ], text
    assert fast_paths > 2000  # most pages are not left to the slow path


def test_fast_html_headers_include_every_header_a_cell_has() -> None:
    """Names under a "Full name" column are looked for only on pages where a header says
    so: the headers read in one pass include every header the tag-by-tag reading gives a
    cell, however the tables are built (nested, cells or rows left open, blocks inside)."""
    import random

    from kazutb_transparency.privacy.extract_html import _slow_projection, project_html

    rng = random.Random(16)
    words = ["Аты-жөні", "Full  name", "Ф.И.О.", "Бөлім", "x", " ", "\n", "&amp;", "&nbsp;"]
    blocks = ["<p>", "</p>", "<br>", "<b>", "</b>", "<div>", "</div>"]

    def maybe(tag: str) -> str:
        return tag if rng.random() < 0.85 else ""

    def content(depth: int) -> str:
        out = [rng.choice(words + blocks) for _ in range(rng.randint(0, 4))]
        if depth < 2 and rng.random() < 0.15:
            out.insert(rng.randint(0, len(out)), table(depth + 1))
        return "".join(out)

    def table(depth: int) -> str:
        rows = []
        for row in range(rng.randint(1, 4)):
            cells = []
            for _ in range(rng.randint(1, 4)):
                tag = rng.choice(["th", "TH"]) if row == 0 or rng.random() < 0.2 else "td"
                cells.append(f"<{tag}>{content(depth)}" + maybe(f"</{tag}>"))
            rows.append(maybe("<tr>") + "".join(cells) + maybe("</tr>"))
        opening = rng.choice(["<table>", "<table>", "<table><thead>"])
        return opening + "".join(rows) + maybe("</table>")

    with_headers = 0
    for _ in range(2000):
        text = content(0) + table(0) + content(0)
        fast, slow = project_html(text), _slow_projection(text)
        cell_headers = {h for h in slow.all_headers() or () if h}
        assert cell_headers <= (fast.all_headers() or set()), text
        with_headers += bool(cell_headers)
    assert with_headers > 500
