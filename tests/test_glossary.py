"""One term, one translation (issue 17): data/glossary.yaml and the check over all of data/."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.site import load_site
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.glossary import (
    check_translations,
    interface_texts,
    load_glossary,
    normal,
    trilingual_texts,
)

TODAY = date(2026, 11, 21)
REPO = Path(__file__).resolve().parents[1]


def test_default_data_translate_every_kazakh_text_one_way(default_site):
    concerns = default_site.audit.of(Concern.TERMINOLOGY)
    assert not concerns, "\n".join(map(str, concerns))


def test_the_glossary_covers_the_recurring_terms_of_the_cards():
    glossary = load_glossary(REPO / "data")
    assert len(glossary) >= 20
    for term in ("Шараларды жүзеге асыру", "Түзету шаралары мен жетілдіру", "ҚБ"):
        assert glossary.lookup(term) is not None, term
    # No Russian abbreviation the source does not use.
    assert "СП" not in glossary.lookup("ҚБ").ru


def test_every_text_of_a_card_is_read(default_site):
    texts = trilingual_texts(REPO / "data")
    cards = [t for t in texts if "processes/" in t.place.file]
    # Every list item, title and goal of 22 cards, plus their notes.
    items = sum(
        len(getattr(p, name))
        for p in default_site.registry.processes
        for name in type(p).model_fields
        if isinstance(getattr(p, name), list) and name not in ("owner", "manager")
    )
    assert len(cards) >= items + 2 * 22


def test_two_translations_of_one_text_name_both_places(data_copy, edit):
    path = data_copy / "processes" / "14-educational-work.yaml"
    edit(path, "en: Human resources", "en: People")
    site = load_site(data_copy, TODAY)
    concerns = site.audit.of(Concern.TERMINOLOGY)
    assert len(concerns) == 1, concerns
    problem = concerns[0]
    assert problem.file.endswith("14-educational-work.yaml")
    assert problem.field.endswith(".en") and problem.line is not None
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "People" in lines[problem.line - 1]
    assert "«Адам ресурстары»" in problem.message and "People" in problem.message
    assert "glossary" in problem.message  # the term is in the glossary: it names it
    assert site.audit.strict_problems(), "the strict build must refuse it"


def test_a_text_not_in_the_glossary_is_compared_across_files(data_copy, edit):
    first = data_copy / "processes" / "17-employment.yaml"
    second = data_copy / "processes" / "16-final-attestation.yaml"
    goal = "Оқу нәтижелерін бағалау және түлектерге біліктілік беру."
    assert goal in first.read_text(encoding="utf-8") and goal in second.read_text(encoding="utf-8")
    text = first.read_text(encoding="utf-8")
    start = text.index(goal)
    en_line = text.index("  en: ", start)
    end = text.index("\n", en_line)
    first.write_text(text[:en_line] + "  en: Something else entirely." + text[end:], "utf-8")
    problems = check_translations(data_copy)
    assert len(problems) == 1, problems
    message = problems[0].message
    assert "Something else entirely" in message
    assert "16-final-attestation.yaml:" in message, "the other place must be named with its line"


def test_the_kazakh_text_is_compared_regardless_of_case_spacing_and_full_stop():
    assert normal(" түзету  шаралары мен жетілдіру.") == normal("Түзету шаралары мен жетілдіру")
    assert normal("Реализация мероприятий") != normal("Реализация мер")


def test_csv_columns_in_three_languages_are_checked(data_copy):
    folder = data_copy / "disclosures" / "disciplines"
    path = sorted(folder.glob("*.csv"))[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    header, row = lines[0], lines[1].split(",")
    columns = header.split(",")
    kk, en = columns.index("name_kk"), columns.index("name_en")
    copy = list(row)
    copy[columns.index("code")] = "ZZZ999"
    copy[en] = row[en] + " (other)"
    path.write_text("\n".join([*lines, ",".join(copy)]) + "\n", encoding="utf-8")
    problems = [p for p in check_translations(data_copy) if p.file.endswith(path.name)]
    assert problems, "a second translation in a CSV must be found"
    assert row[kk] in problems[0].message and problems[0].line == len(lines) + 1


def test_a_glossary_term_defined_twice_is_an_error(data_copy):
    path = data_copy / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nқб:\n  ru: СП\n  en: SU\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_site(data_copy, TODAY)
    message = str(caught.value)
    assert "glossary.yaml" in message and "defined twice" in message


def test_a_glossary_term_without_english_is_an_error_with_its_line(data_copy):
    path = data_copy / "glossary.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "\nЖаңа термин:\n  ru: Новый термин\n", encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_glossary(data_copy)
    problem = caught.value.problems[0]
    assert problem.record == "Жаңа термин" and "en" in (problem.field or "")
    assert problem.line is not None and problem.line > text.count("\n")


# --- one concept, one word (issue 21) -------------------------------------------------------


def test_an_avoided_word_in_data_is_refused_with_its_place(data_copy, edit):
    path = data_copy / "units.yaml"
    edit(path, "kk: Коллегиялық органдар", "kk: Алқалы органдар")
    problems = check_translations(data_copy)
    [problem] = [p for p in problems if "алқалы" in p.message.casefold()]
    assert problem.file.endswith("units.yaml") and problem.line is not None
    assert "коллегиялық органдар" in problem.message and "glossary" in problem.hint


def test_an_avoided_word_in_an_interface_catalog_names_that_languages_file(data_copy, edit):
    path = data_copy / "interface" / "en.yaml"
    edit(path, "unverified: not confirmed", "unverified: unverified")
    problems = check_translations(data_copy)
    [problem] = [p for p in problems if "«unverified» is written" in p.message]
    assert problem.file.endswith("interface/en.yaml")
    assert "unverified: unverified" in path.read_text("utf-8").splitlines()[problem.line - 1]


def test_approved_kazakh_and_quotes_keep_their_words(data_copy, edit):
    card = data_copy / "processes" / "10-programme-development.yaml"
    text = card.read_text("utf-8")
    assert "Аккредитацияны" in text  # the approved card's own word, kept as approved
    units = data_copy / "units.yaml"
    edit(units, "kk: Коллегиялық органдар", "kk: «Алқалы органдар» деп аталатын органдар")
    assert not [p for p in check_translations(data_copy) if "алқалы" in p.message.casefold()]


def test_the_interface_catalogs_are_read_as_trilingual_texts():
    texts = interface_texts(REPO / "data")
    assert len(texts) > 30
    assert all(t.place.file.endswith("interface/kk.yaml") for t in texts)
    assert all(t.files["ru"].endswith("interface/ru.yaml") for t in texts)


def test_a_source_written_two_ways_is_a_citation_not_a_term(tmp_path: Path) -> None:
    """The same decision cited as «20 ноября 2026 года» and «20.11.2026»: no problem; the
    same words of a title translated two ways still are one."""
    from kazutb_transparency.core.glossary import Glossary, Place, Text, translation_problems

    def text(field: str, ru: str, line: int) -> Text:
        place = Place("data/x.yaml", line, field)
        return Text("Ғылыми кеңестің шешімі", {"ru": ru}, place, {"ru": line})

    glossary = Glossary({}, {}, "data/glossary.yaml")
    cited = [text("0.source", "Решение от 20 ноября 2026 года", 1),
             text("1.source", "Решение от 20.11.2026", 2)]  # fmt: skip
    assert translation_problems(cited, glossary) == []
    titled = [text("0.title", "Решение учёного совета", 1),
              text("1.title", "Решение Учёного совета университета", 2)]  # fmt: skip
    assert len(translation_problems(titled, glossary)) == 1
