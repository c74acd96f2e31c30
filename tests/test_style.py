"""The style guides' patterns on every page of the built site (issue 35): no ISO date in a
sentence, one percent style per language, one dash in ranges, no «.;», no English word in
Kazakh or Russian running text outside marked elements, no calque of data/style.yaml.

`check_site` takes any built site folder: the same check runs on the large site
(KAZUTB_BUILT_SITE=<folder> reuses a site built beforehand)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.style import Calque, StyleRules, check_page, check_site, load_style

REPO = Path(__file__).resolve().parents[1]
RULES = StyleRules(
    percent={"kk": "space", "ru": "space", "en": "none"},
    latin_allowed=["cookie"],
    avoid={"kk": [Calque(word="Бір қарағанда", use="Қысқаша")]},
)


def _page(body: str, lang: str = "kk") -> str:
    nav = "<nav>skip me 2026-11-20</nav>"  # only the article is read
    return f'<html lang="{lang}"><body>{nav}<article>{body}</article></body></html>'


def rules_of(found: list[str]) -> list[str]:
    return [hit.split(":", 1)[0] for hit in found]


def test_an_iso_date_in_a_sentence_is_found_but_not_in_machine_places() -> None:
    html = _page(
        "<p>Сайт 2026-11-20 күні жаңартылды.</p>"
        '<p><time datetime="2026-11-20">2026 жылғы 20 қараша</time></p>'
        "<table><tr><td>2026-11-20</td></tr></table><p><code>2026-11-20</code></p>"
        "<p>opendata/releases/2026-11-20-abc/data.csv</p>"
    )
    assert rules_of(check_page(html, "kk", RULES)) == ["ISO date in a sentence"]


def test_one_percent_style_per_language() -> None:
    assert rules_of(check_page(_page("<p>95% және 96 %</p>"), "kk", RULES)) == [
        "percent without a no-break space",
        "percent after a breaking space",
    ]
    assert check_page(_page("<p>95\u00a0% сенімділік</p>"), "kk", RULES) == []
    assert rules_of(check_page(_page("<p>95 % share</p>", "en"), "en", RULES)) == [
        "percent after a space"
    ]
    assert check_page(_page("<p>a 95% interval</p>", "en"), "en", RULES) == []


def test_a_range_takes_an_en_dash() -> None:
    for bad in ("2024-2025 оқу жылы", "1 — 22 процестер", "5 – 10 адам"):
        assert rules_of(check_page(_page(f"<p>{bad}</p>"), "kk", RULES)) == [
            "range not written with an en dash"
        ], bad
    dates = "<p>2024 жылғы 1 маусым — 2029 жылғы 31 мамыр</p>"
    assert rules_of(check_page(_page(dates), "kk", RULES)) == ["range of dates with an em dash"]
    assert rules_of(check_page(_page("<p>1 June 2024 — 31 May 2029</p>", "en"), "en", RULES)) == [
        "range of dates with an em dash"
    ]
    # A date, a phone number, a code or a decreasing pair is not a range.
    fine = "<p>2024–2025 оқу жылы, 1–22, тел. +7 7172 72-20-21, ҚазТБУ-П/Р-ПАК-4.1-2026-04</p>"
    assert check_page(_page(fine), "kk", RULES) == []


def test_a_full_stop_before_a_semicolon_is_found_but_not_after_an_abbreviation() -> None:
    assert rules_of(check_page(_page("<p>Үлгі деректер.; Ереже</p>"), "kk", RULES)) == ["«.;»"]
    assert check_page(_page("<p>37 (2026 ж.; B021) +1,8 п.т.; p = 0,79</p>"), "kk", RULES) == []


def test_english_in_kazakh_text_only_when_marked_or_allowed() -> None:
    html = _page(
        '<p>Деректер survey бойынша</p><p><span lang="en">Sample data</span>, '
        "<code>survey-indicators</code>, ISO 8601, cookie, p &lt; 0,05, kazutb.edu.kz</p>"
    )
    assert rules_of(check_page(html, "kk", RULES)) == ["Latin word in running text"]
    assert check_page(_page("<p>Survey data</p>", "en"), "en", RULES) == []


def test_a_calque_is_found_except_on_pages_of_approved_documents() -> None:
    html = _page("<h2>Бір қарағанда</h2>")
    assert check_page(html, "kk", RULES) == ["«Бір қарағанда» (use «Қысқаша»): Бір қарағанда"]
    assert check_page(html, "kk", RULES, approved=True) == []


def test_our_notes_beside_the_process_cards_are_checked_the_cards_are_not(tmp_path: Path) -> None:
    # The cards reproduce approved documents; the notes on the sources are the site's own.
    for name in ("p01.html", "source-notes-core.html", "discrepancies.html"):
        page = tmp_path / "processes" / name
        page.parent.mkdir(exist_ok=True)
        page.write_text(_page("<p>Бұл карточкада код жоқ.</p>"), encoding="utf-8")
    found = {finding.page for finding in check_site(tmp_path, REPO / "data")}
    assert found == {"processes/source-notes-core.html", "processes/discrepancies.html"}


def test_a_quotation_keeps_its_sources_straight_quotes_but_a_page_does_not() -> None:
    rules = load_style(REPO / "data")  # the project's quotation marks per language
    quoted = _page('<p>Дереккөзде «орташа балл ("олимпиадашылардың" үлесі)» деп жазылған.</p>')
    assert check_page(quoted, "kk", rules) == []
    own = _page('<p>Бұл "олимпиадашылардың" үлесі.</p>')
    assert len(check_page(own, "kk", rules)) == 2  # the opening and the closing mark


def test_the_rules_file_is_checked_like_every_data_file(tmp_path: Path) -> None:
    (tmp_path / "style.yaml").write_text(
        "percent: {kk: space}\navoid:\n  kk:\n    - {word: Динамика}\n", encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        load_style(tmp_path)
    assert "use" in str(caught.value) and "style.yaml" in str(caught.value)


def test_a_rule_that_is_no_regular_expression_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "style.yaml").write_text(
        "percent: {kk: space}\navoid:\n  kk:\n    - {word: 'ереже, (7', regex: true, use: x}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        load_style(tmp_path)
    assert "not a regular expression" in str(caught.value) and "style.yaml" in str(caught.value)


def test_the_style_guides_name_the_rules_file() -> None:
    for lang in ("kk", "ru", "en"):
        guide = (REPO / "style" / f"{lang}.md").read_text(encoding="utf-8")
        assert "data/style.yaml" in guide and "data/glossary.yaml" in guide


@pytest.fixture(scope="module")
def site(request: pytest.FixtureRequest) -> Path:
    existing = os.environ.get("KAZUTB_BUILT_SITE")
    return Path(existing) if existing else request.getfixturevalue("built_site")


@pytest.mark.build
def test_every_page_of_the_site_follows_the_style_guides(site: Path) -> None:
    findings = check_site(site, REPO / "data")
    assert not findings, (
        f"{len(findings)} break(s) of the style guides (style/*.md):\n"
        + "\n".join(str(f) for f in findings[:60])
    )


def test_a_label_echoed_by_its_value_is_found_in_the_same_form_only() -> None:
    planted = {
        "ru": "<p>18 марта 2026 г.: Обсуждение — Повестка: Повестка заседания совета</p>",
        "en": "<p>Curriculum: Curriculum of the educational programme 6B02101</p>",
        "kk": "<p>Жоба: жоба мәтіні</p>",
    }
    for lang, body in planted.items():
        assert rules_of(check_page(_page(body, lang), lang, RULES)) == [
            "a label echoed by its value"
        ], lang
    # Two forms of one word, and an address after its label, are not an echo.
    fine = "<p>Аудиттер: аудит 2025 жылы өтті</p>"
    assert check_page(_page(fine, "kk"), "kk", RULES) == []
    assert check_page(_page("<p>Office: office@example.org</p>", "en"), "en", RULES) == []


def test_a_label_followed_only_by_a_provenance_mark_is_found() -> None:
    planted = {
        "kk": "<p>Осы кестедегі пәндер мен олардың деректері: ✱ үлгі</p>",
        "ru": "<p>место в структуре: ◇ открытый источник</p>",
        "en": "<p>place in the chart: ✓</p>",
    }
    for lang, body in planted.items():
        assert "a label followed only by a mark" in rules_of(
            check_page(_page(body, lang), lang, RULES)
        ), lang
    fine = "<p>Бұл кестедегі пәндер мен олардың деректері — үлгі мәндер.</p>"
    assert check_page(_page(fine, "kk"), "kk", RULES) == []
    assert check_page(_page("<p>Мекенжайы: Астана ✱ үлгі</p>", "kk"), "kk", RULES) == []
