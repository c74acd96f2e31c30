"""The survey tables' findings as whole sentences (issue 62): a change the test does not
support and a unit against the university are each one catalog sentence with the figures
filled in, not a label with the figures glued after it."""

from __future__ import annotations

import pytest

from kazutb_transparency.surveys.pages.fragments import trend_cell, university_cell

SURVEY = "student-satisfaction"
LANGS = ("kk", "ru", "en")


def _programme_rows(site):
    data = site.surveys
    for wave in data.waves(SURVEY):
        for programme in site.disclosures.programmes:
            row = data.row(SURVEY, wave, "programme", programme.code)
            if row is not None and not row.suppressed:
                yield row


def _first_sentence_cell(site, cell, wanted) -> dict[str, str]:
    for row in _programme_rows(site):
        texts = {lang: cell(row, site.surveys, lang) for lang in LANGS}
        if wanted(texts["en"]):
            return texts
    pytest.fail("no programme row with such a cell in the default data")


def test_a_change_without_support_is_one_sentence_naming_the_wave(default_site) -> None:
    texts = _first_sentence_cell(
        default_site, trend_cell, lambda en: en.startswith("No significant change")
    )
    for lang, text in texts.items():
        assert text.endswith(")."), (lang, text)
        assert "role=" not in text, (lang, text)  # no arrow: the sentence says it
    assert texts["kk"].split()[1] == "толқынымен", texts["kk"]  # the wave first, verb last
    assert texts["ru"].startswith("По сравнению с волной"), texts["ru"]


def test_a_unit_against_the_university_is_one_sentence(default_site) -> None:
    texts = _first_sentence_cell(default_site, university_cell, lambda en: en != "—")
    for lang, text in texts.items():
        assert text[0].isupper() and text.endswith(")."), (lang, text)
    assert "п.т." in texts["kk"] and "pp" in texts["en"], texts
