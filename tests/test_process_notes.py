"""The notes on the process cards speak to readers (issue 18): what differs from the
approved card and how the site shows it, in plain words; what to check goes to the
editors' report (`action`), which `make validate` prints."""

from __future__ import annotations

import re

import pytest

from kazutb_transparency.buildsteps.editors_report import open_discrepancies
from kazutb_transparency.processes.models import Process

# Quoted source wording is a citation: it may say anything.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
EDITOR_TALK = {
    "kk": re.compile(
        r"редактор|тексеру қажет|тексеруі (?:керек|қажет)|растау керек|тексеріңіз", re.I
    ),
    "ru": re.compile(r"редактор|[Сс]ледует [а-яё]+ть\b|необходимо (?:проверить|уточнить)", re.I),
    "en": re.compile(r"\beditor\b|\bshould (?:check|confirm|be made|decide|correct)\b", re.I),
}
FIELD_NAMES = frozenset(Process.model_fields)


def editor_talk(text: str, lang: str) -> list[str]:
    """What in a reader's note speaks to editors: instructions, or a data field's name."""
    plain = _QUOTED.sub(" ", text)
    found = [m.group(0) for m in EDITOR_TALK[lang].finditer(plain)]
    for word in re.findall(r"\b[A-Za-z_]+\b", plain):
        # Latin words on kk/ru notes are field names; in English only snake_case ones are.
        if "_" in word or (lang != "en" and word.lower() in FIELD_NAMES):
            found.append(word)
    return found


def test_notes_speak_to_readers_and_say_what_to_check_apart(default_site) -> None:
    problems = []
    for process in default_site.registry.processes:
        for index, note in enumerate(process.notes):
            where = f"processes/{process.number:02d}, note {index + 1} ({note.field})"
            for lang in ("kk", "ru", "en"):
                talk = editor_talk(note.text.get(lang), lang)
                if talk:
                    problems.append(f"{where}, {lang}: {talk}")
            if note.status == "open" and (note.action is None or note.action.missing()):
                problems.append(f"{where}: an open note needs its action in kk, ru and en")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The editor should check the code_field.", "en", ["editor", "should check", "code_field"]),
        ("Қай код дұрыс екенін тексеру қажет; code өрісінде.", "kk", ["тексеру қажет", "code"]),
        (
            "Следует проверить; в поле key_indicators.",
            "ru",
            ["Следует проверить", "key_indicators"],
        ),
        ("Перечень шагов следует сразу за строкой «Editor should check».", "ru", []),
        ("The code differs from the title line.", "en", []),
    ],
)
def test_the_check_finds_editor_talk_and_only_that(text, lang, expected) -> None:
    assert editor_talk(text, lang) == expected


def test_the_editors_report_says_what_to_check(default_site) -> None:
    lines = open_discrepancies(default_site)
    assert len(lines) == sum(
        n.status == "open" for p in default_site.registry.processes for n in p.notes
    )
    assert all("processes/" in line and ".yaml" in line for line in lines)
    first = default_site.registry.processes[0].notes[0]
    assert first.action is not None and first.action.en in lines[0]


# The Kazakh card is the original: a Kazakh note that speaks of "the translation" names the
# Russian and English versions it means, or it reads as if the Kazakh page were one.
_BARE_TRANSLATION = re.compile(r"(?<![\w-])[Аа]ударма(?:да|лар|сы)?\b")
_NAMES_THE_OTHERS = re.compile(r"орыс|ағылшын|[A-Za-zА-Яа-яЁё]*»? сөзінің|тіркесінің|аудармалары")


def bare_translation_remarks(text: str) -> list[str]:
    """The sentences of a Kazakh note that speak of a translation without naming which."""
    plain = _QUOTED.sub(" ", text)
    return [
        sentence.strip()
        for sentence in re.split(r"(?<=[.;])\s+", plain)
        if _BARE_TRANSLATION.search(sentence) and not _NAMES_THE_OTHERS.search(sentence)
    ]


def test_kazakh_notes_do_not_speak_as_a_translation(default_site) -> None:
    found = [
        f"processes/{process.number:02d} ({note.field}): {remark}"
        for process in default_site.registry.processes
        for note in process.notes
        for remark in bare_translation_remarks(note.text.get("kk"))
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Аударма көзделген мағынаны береді, дереккөз мәтіні өзгертілмеді.", 1),
        ("Аудармалар сөзбе-сөз жасалды.", 1),
        ("Аудармада дереккөз мәтіні сақталды.", 1),
        ("Орысша және ағылшынша нұсқалар сөзбе-сөз аударылды.", 0),
        ("Орысша және ағылшынша аудармада «key» деп берілді.", 0),
        ("«Аударма» сөзі дереккөзде бар.", 0),
    ],
)
def test_the_check_finds_a_bare_translation_remark(text, expected) -> None:
    assert len(bare_translation_remarks(text)) == expected
