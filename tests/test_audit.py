"""The check that a Kazakh text is not Russian left untranslated (core/audit.py)."""

from __future__ import annotations

import sys

from kazutb_transparency.core.audit import _cyrillic_letters, not_kazakh
from kazutb_transparency.core.i18n import Localized

RUSSIAN = "Университет публикует отчёт о деятельности за прошедший учебный год на сайте"
KAZAKH = "Университет өткен оқу жылындағы қызметі туралы есебін сайтта жариялайды әр жыл сайын"


def test_a_long_text_without_a_kazakh_letter_is_taken_for_russian() -> None:
    assert "no Kazakh letter" in (not_kazakh(Localized(kk=RUSSIAN)) or "")
    assert not_kazakh(Localized(kk=KAZAKH)) is None
    # One Kazakh letter is enough; so is a text too short to tell.
    assert not_kazakh(Localized(kk=RUSSIAN.replace("год", "жыл і"))) is None
    assert not_kazakh(Localized(kk="Менеджмент және маркетинг")) is None


def test_a_text_of_few_cyrillic_letters_is_not_taken_for_russian() -> None:
    """Eight words, but under 40 letters between а and я: codes, numbers, Latin names."""
    text = "ISO 9001 аудит 2025 KazUTB MS Office EFQM PDCA"
    assert len(text.split()) >= 8 and _cyrillic_letters(text) < 40
    assert not_kazakh(Localized(kk=text)) is None


def test_a_kazakh_text_the_same_as_the_russian_one_is_reported() -> None:
    same = "Отчёт о самооценке программы"
    assert "same as the Russian" in (not_kazakh(Localized(kk=same, ru=same)) or "")
    assert not_kazakh(Localized(kk="Менеджмент", ru="Менеджмент")) is None  # one word may


def test_the_letters_counted_are_those_whose_lower_case_lies_between_a_and_ya() -> None:
    """The count the check used to make character by character, for every character."""
    every = [chr(code) for code in range(sys.maxunicode + 1)]
    assert [c for c in every if _cyrillic_letters(c) != ("а" <= c.lower() <= "я")] == []
    assert _cyrillic_letters("ЁёАяЯ-Ӏ і") == 3
