"""The page functions of "applicants first": the fee span and the coming admission dates
read from the data, the costs table first on its page, a group code never without its name,
the comparison sorted by each key, and the home page without clause numbers."""

from __future__ import annotations

import re
from datetime import date

from kazutb_transparency.applicants.pages.compare import (
    DESCENDING,
    KEYS,
    _cells,
    compare_pages,
    compare_path,
)
from kazutb_transparency.applicants.pages.costs import costs_page
from kazutb_transparency.applicants.summary import coming_deadlines, fee_span, group_label
from kazutb_transparency.overview.home import home_page

LANGS = ("kk", "ru", "en")


def test_fee_span_is_the_min_and_max_of_first_year_fees(default_site) -> None:
    a = default_site.applicants
    span = fee_span(a)
    assert span is not None
    fees = [
        f.fee
        for code in a.figures
        if (t := a.tuition_of(code)) and t.academic_year == span.academic_year
        for f in t.fees
        if f.year_of_study in (1, None)
    ]
    assert (span.low, span.high) == (min(fees), max(fees))


def test_coming_deadlines_are_those_not_over(default_site) -> None:
    a = default_site.applicants
    items = coming_deadlines(a, date(2027, 7, 10))
    assert items and all(d.end >= date(2027, 7, 10) for d in items)
    assert coming_deadlines(a, date(2100, 1, 1)) == sorted(
        a.admission.deadlines.items, key=lambda d: (d.start, d.end)
    )


def test_costs_page_opens_with_the_fees_and_names_each_group(default_site) -> None:
    a, d = default_site.applicants, default_site.disclosures
    for lang in LANGS:
        page = costs_page(a, lang, d)
        assert page.index("₸") < page.index("<h2") if "<h2" in page else True
        assert page.index("<table") < page.find("## ")
        for g in a.groups:
            assert group_label(g, lang) in page


def test_the_comparison_has_a_page_per_sort_key_listing_every_programme(default_site) -> None:
    a, d = default_site.applicants, default_site.disclosures
    pages = compare_pages(a, d, "en")
    assert set(pages) == {compare_path(k) for k in KEYS}
    codes = {p.code for p in d.programmes}
    for path, page in pages.items():
        assert set(re.findall(r'<tr data-code="([^"]+)"', page)) == codes, path


def test_each_comparison_page_is_in_the_order_of_its_column(default_site) -> None:
    # The rows carry no sort keys (sorting loads the page of a column): the order is
    # checked here against each programme's value, highest first where DESCENDING.
    a, d = default_site.applicants, default_site.disclosures
    values = {p.code: _cells(a, d, p, "applicants/compare.md", "en", {}) for p in d.programmes}
    pages = compare_pages(a, d, "en")
    for key in KEYS:
        codes = re.findall(r'<tr data-code="([^"]+)"', pages[compare_path(key)])
        sorts = [values[c][key].sort for c in codes]
        known = [s for s in sorts if s is not None]
        assert all(s is None for s in sorts[len(known) :]), key  # no value: last
        assert known == sorted(known, reverse=key in DESCENDING), key  # type: ignore[type-var]


def test_the_comparison_rows_are_compact_and_say_the_same(default_site) -> None:
    # No sort key per cell; a withheld value is a numbered link to its reason, written
    # once under the table; a year every value of a column shares is said in its header.
    a, d = default_site.applicants, default_site.disclosures
    for lang in LANGS:
        for path, page in compare_pages(a, d, lang).items():
            assert "data-sort" not in page, path
            table = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
            assert 'class="suppressed" data-status' not in table, path
            links = set(re.findall(r'<a class="suppressed" href="#note-(\d+)">\[\1\]</a>', table))
            notes = re.findall(r'<li id="note-(\d+)">([^<]+)</li>', page)
            assert links == {n for n, _ in notes}, path
            assert len({text for _, text in notes}) == len(notes), path  # each reason once
    # The default data withhold some values: the check above is not vacuous.
    pages = compare_pages(a, d, "en")
    assert any('<li id="note-1">' in page for page in pages.values())


def test_the_comparison_is_paged_on_a_large_site(default_site) -> None:
    pages = compare_pages(default_site.applicants, default_site.disclosures, "en", rows_a_page=10)
    assert compare_path("fee", 3) in pages


def test_the_home_page_has_no_clause_number_and_leads_to_costs(default_site) -> None:
    s = default_site
    for lang in LANGS:
        page = home_page(s.disclosures, s.register, s.surveys, s.today, lang, s.applicants)
        first = page.split("## ", 1)[0]
        assert "applicants/costs.html" in first and "applicants/index.html" in first
        assert "₸" in first
        assert not re.search(r"\b9\.7\.\d", page)
