"""A threshold is shown with the admission it applies to, and entry scores with the year of
the admission they come from, wherever they are shown: a programme's key facts, the
admission page, the group pages and the open data `admission`, so that this year's threshold
is never read against last year's lowest score."""

from __future__ import annotations

import re

from kazutb_transparency.applicants.datasets import admission_dataset
from kazutb_transparency.applicants.pages import key_facts, render_applicant_pages
from kazutb_transparency.applicants.pages.common import L, group_path
from kazutb_transparency.applicants.pages.facts import threshold_text
from kazutb_transparency.applicants.summary import group_label
from kazutb_transparency.core.locale_format import format_number

LANGS = ("kk", "ru", "en")


def _groups_with_both(a):
    """Groups with a threshold and whose last admission with scores has them published."""
    found = []
    for g in a.groups:
        scored = [i for i in g.intake if i.min_score is not None]
        if g.threshold is not None and scored and (scored[-1].admitted or 0) >= a.min_n:
            found.append((g, scored[-1]))
    assert found, "the sample data have groups with a threshold and scores"
    return found


def test_the_threshold_carries_the_year_of_the_admission_it_applies_to(default_site) -> None:
    a = default_site.applicants
    for g in a.groups:
        if g.threshold is None:
            continue
        assert g.threshold_year == g.intake[-1].year
        for lang in LANGS:
            text = threshold_text(g, lang)
            assert str(g.threshold_year) in text and format_number(g.threshold, lang) in text
    # Without an intake line, the year is said to be unknown, never guessed.
    g = next(g for g in a.groups if g.threshold is not None).model_copy(update={"intake": []})
    assert g.threshold_year is None
    for lang in LANGS:
        score = format_number(g.threshold, lang)
        assert threshold_text(g, lang) == L["threshold_no_year"][lang].format(score=score)


def test_key_facts_show_each_figure_with_its_year(default_site) -> None:
    site = default_site
    a = site.applicants
    for g, scored in _groups_with_both(a):
        code = g.programmes[0]
        programme = next(p for p in site.disclosures.programmes if p.code == code)
        for lang in LANGS:
            block = key_facts(a.facts_of(code), site.disclosures, programme, "p.md", lang)
            threshold = L["threshold_text"][lang].format(
                score=format_number(g.threshold, lang), year=g.threshold_year
            )
            assert threshold in block
            # The scores begin with the year of the admission they come from.
            scores = L["scores_text"][lang].format(
                low=format_number(scored.min_score, lang),
                median=format_number(scored.median_score, lang)
                if scored.median_score is not None
                else "—",
                year=scored.year,
                admitted=format_number(scored.admitted, lang),
            )
            assert scores in block


def test_the_admission_page_gives_the_threshold_its_year(default_site) -> None:
    a = default_site.applicants
    for lang in LANGS:
        page = render_applicant_pages(a, default_site.disclosures, lang)["applicants/index.md"]
        for g in a.groups:
            if g.threshold is None:
                continue
            cell = L["threshold_cell"][lang].format(
                score=format_number(g.threshold, lang), year=g.threshold_year
            )
            # The group's code is printed with its name (group_label) wherever it appears.
            row = page[page.index(f">{group_label(g, lang)}</a>") :].split("</tr>", 1)[0]
            assert cell in row, (lang, g.id)


def test_scores_sit_beside_their_year_on_the_group_pages(default_site) -> None:
    a = default_site.applicants
    pages = render_applicant_pages(a, default_site.disclosures, "en")
    for g, scored in _groups_with_both(a):
        page = pages[group_path(g.id)]
        rows = re.findall(r"<tr>(.*?)</tr>", page, re.S)
        cells = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.S) for row in rows]
        low = format_number(scored.min_score, "en")
        # The intake row of the scores' year holds them; its year cell says which.
        (row,) = [
            c
            for c in cells
            if len(c) > 2 and c[0] == group_label(g, "en") and c[1] == str(scored.year)
        ]
        assert low in row


def test_the_open_data_give_the_threshold_only_on_its_year(default_site) -> None:
    a = default_site.applicants
    dataset = admission_dataset(a)
    by_group = {g.id: g for g in a.groups}
    for row in dataset.rows:
        g = by_group[row["group"]]
        if row["year"] == g.threshold_year:
            assert row["threshold"] == g.threshold
        else:
            # Another year's row: no threshold beside that year's scores.
            assert row["threshold"] is None
    assert any(row["threshold"] is not None for row in dataset.rows)
    assert any(row["min_score"] is not None for row in dataset.rows)
