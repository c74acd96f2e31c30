"""The process registry against its source document (issue 3): counts, codes, owners, texts."""

from __future__ import annotations

import re

import pytest

from kazutb_transparency.buildsteps.generate import generate_pages
from kazutb_transparency.core.audit import untranslated
from kazutb_transparency.processes.models import CATEGORY_RANGES

SAMPLE = (1, 7, 12, 18, 22)


def normal(text: str) -> str:
    """Compare texts regardless of case, spacing, '/' spacing and trailing punctuation."""
    text = re.sub(r"\s*/\s*", "/", text)
    return re.sub(r"\s+", " ", text).strip().rstrip(".;,").strip().lower()


def split_items(chunk: str) -> list[str]:
    """Items of a list cell of the converted source: '- a - b' or '1. a; 2. b'."""
    chunk = re.sub(r"<[^>]+>", " ", chunk)
    chunk = re.sub(r"\s+", " ", chunk).strip()
    if re.match(r"1\.\s", chunk):
        parts = re.split(r"(?:^|\s)\d{1,2}\.\s", chunk)
    else:
        parts = re.split(r"(?:^|\s)-\s", chunk)
    return [part.strip() for part in parts if part.strip()]


def source_cards(text: str) -> dict[int, str]:
    """Card text per process number, from each card's 'Процесс иесі: …' line to the next."""
    starts = list(
        re.finditer(
            r"^Процесс иесі:.*Сәйкестендіру нөмірі:.*-2026-(\d+)\s*$", text, flags=re.MULTILINE
        )
    )
    cards = {}
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        cards[int(match.group(1))] = text[match.start() : end]
    return cards


def card_fields(card: str) -> dict[str, object]:
    def field(pattern: str) -> str:
        # Cards whose layout the converter mangled give "" (only sampled cards are compared).
        match = re.search(pattern, card, flags=re.MULTILINE | re.DOTALL)
        return match.group(1) if match else ""

    return {
        "code": field(r"Сәйкестендіру нөмірі: (.+?)\s*$"),
        "owner": field(r"^Процесс иесі:\s*(.+?)\t").strip(),
        "manager": field(r"^Процесс менеджері:\s*([^\t\n]+)").strip(),
        "key_indicators": split_items(field(r"Негізгі көрсеткіштер:(.*?)\n")),
        "goal": field(r"^Процестің мақсаты\s*\n(.+?)\s*$").strip(),
        "risks": split_items(field(r"^Тәуекелдер\s*\n(.*?)^Құжатталған ақпарат")),
    }


@pytest.fixture(scope="module")
def cards(source_text) -> dict[int, dict[str, object]]:
    found = source_cards(source_text)
    assert sorted(found) == list(range(1, 23)), f"source cards found: {sorted(found)}"
    return {number: card_fields(card) for number, card in found.items()}


@pytest.fixture(scope="module")
def registry(default_site):
    return default_site.registry


# --- structure --------------------------------------------------------------------------


def test_twenty_two_processes_numbered_1_to_22(registry):
    assert [p.number for p in registry.processes] == list(range(1, 23))


def test_category_counts_8_9_5(registry):
    counts = {c: len(registry.in_category(c)) for c in ("management", "core", "support")}
    assert counts == {"management": 8, "core": 9, "support": 5}
    for process in registry.processes:
        assert process.number in CATEGORY_RANGES[process.category], process.number


def test_codes_are_unique_and_end_with_the_number(registry):
    codes = [p.code for p in registry.processes]
    assert len(set(codes)) == 22
    for process in registry.processes:
        assert process.code.endswith(f"-2026-{process.number:02d}"), (
            f"processes/{process.number:02d}-*.yaml field 'code': {process.code}"
        )


def test_registry_document_record(registry):
    doc = registry.document
    assert doc.code == "ҚазТБУ-СДД-ПАК-5.3/9.3-2026-02"
    assert doc.version == "1.0"
    assert doc.source_file == "000_2919fea15ec8d5be.txt"


def test_every_process_page_cites_the_source_document(default_site):
    pages = generate_pages(default_site)
    for lang in ("kk", "ru", "en"):
        for number in range(1, 23):
            page = pages[f"{lang}/processes/p{number:02d}.md"]
            assert "ҚазТБУ-СДД-ПАК-5.3/9.3-2026-02" in page, f"{lang}/processes/p{number:02d}.md"


# --- against the source text ------------------------------------------------------------


@pytest.mark.parametrize("number", range(1, 23))
def test_code_exactly_as_printed(cards, registry, number):
    assert registry.by_number(number).code == cards[number]["code"], (
        f"processes/{number:02d}-*.yaml field 'code' differs from the source's "
        "'Сәйкестендіру нөмірі'"
    )


@pytest.mark.parametrize("number", SAMPLE)
def test_owner_unit_matches_source(cards, default_site, number):
    process = default_site.registry.by_number(number)
    names = [normal(default_site.units.get(ref).name.kk) for ref in process.owner]
    printed = normal(str(cards[number]["owner"]))
    assert any(printed == name or printed in name.split("/") for name in names), (
        f"processes/{number:02d}-*.yaml field 'owner': {names} vs source {printed!r}"
    )


@pytest.mark.parametrize("number", SAMPLE)
def test_manager_unit_matches_source(cards, default_site, number):
    process = default_site.registry.by_number(number)
    labels = []
    for ref in process.manager:
        unit = default_site.units.get(ref)
        labels.append(normal((unit.head if ref.head else unit.name).kk))
    assert normal(str(cards[number]["manager"])) in labels, (
        f"processes/{number:02d}-*.yaml field 'manager': {labels} vs source "
        f"{cards[number]['manager']!r}"
    )


@pytest.mark.parametrize("number", SAMPLE)
def test_number_of_risks(cards, registry, number):
    risks = registry.by_number(number).risks
    assert len(risks) == len(cards[number]["risks"]), (
        f"processes/{number:02d}-*.yaml field 'risks': {len(risks)} items, source has "
        f"{len(cards[number]['risks'])}: {cards[number]['risks']}"
    )
    for item, printed in zip(risks, cards[number]["risks"], strict=True):
        assert normal(item.kk) == normal(printed), f"p{number:02d} risk {item.kk!r}"


@pytest.mark.parametrize("number", SAMPLE)
def test_key_indicators_texts(cards, registry, number):
    indicators = [normal(i.kk) for i in registry.by_number(number).key_indicators]
    printed = [normal(i) for i in cards[number]["key_indicators"]]
    assert indicators == printed, f"processes/{number:02d}-*.yaml field 'key_indicators'"


def test_key_indicator_counts(registry):
    counts = {n: len(registry.by_number(n).key_indicators) for n in SAMPLE}
    assert counts == {1: 3, 7: 6, 12: 7, 18: 2, 22: 2}


@pytest.mark.parametrize("number", SAMPLE)
def test_goal_text(cards, registry, number):
    assert normal(registry.by_number(number).goal.kk) == normal(str(cards[number]["goal"])), (
        f"processes/{number:02d}-*.yaml field 'goal'"
    )


def test_specific_texts(registry):
    p7 = registry.by_number(7)
    assert p7.key_indicators[0].kk.lower().startswith("шетелдік студенттердің")
    assert "International" in p7.title.en
    assert registry.by_number(18).code == "ҚазТБУ-Р/П-ІКР-7.1.2/7.2-2026-18"
    assert registry.by_number(6).code == "ҚазТБУ-П/Р-ПАК-7.1.3 -2026-06"


# --- discrepancies are reported, not fixed ----------------------------------------------


def test_process_17_goal_repeats_process_16_and_says_so(registry):
    p16, p17 = registry.by_number(16), registry.by_number(17)
    notes = [n for n in p17.notes if n.kind == "duplicate-text" and n.field == "goal"]
    assert notes, "processes/17-employment.yaml: no duplicate-text note on field 'goal'"
    assert "16" in notes[0].text.kk + notes[0].text.en
    assert normal(p17.goal.kk) == normal(p16.goal.kk), "p17 goal should stay as printed"


@pytest.mark.parametrize("number", [1, 4, 18, 19])
def test_title_line_code_mismatch_is_noted(registry, cards, number):
    process = registry.by_number(number)
    assert process.title_line_code, f"processes/{number:02d}-*.yaml: no 'title_line_code'"
    assert process.title_line_code != process.code
    assert any(n.kind == "code-mismatch" and n.field == "code" for n in process.notes), (
        f"processes/{number:02d}-*.yaml: no code-mismatch note"
    )
    assert process.code == cards[number]["code"]


def test_title_line_codes_appear_in_the_source(registry, source_text):
    for process in registry.processes:
        if process.title_line_code:
            assert process.title_line_code in source_text, (
                f"processes/{process.number:02d}-*.yaml field 'title_line_code': "
                f"{process.title_line_code!r} is not in the source"
            )


def test_discrepancies_page_lists_every_note(default_site):
    pages = generate_pages(default_site)
    total = sum(len(p.notes) for p in default_site.registry.processes)
    assert total >= 5
    for lang in ("kk", "ru", "en"):
        listed = 0
        report = pages[f"{lang}/processes/discrepancies.md"].split("{#notes}", 1)[1]
        for category in ("management", "core", "support"):
            notes = pages[f"{lang}/processes/source-notes-{category}.md"]
            count = notes.count("<tr><td>")
            assert f"](source-notes-{category}.md) ({count})" in report, (lang, category)
            listed += count
        assert listed == total, f"{lang}: {listed} of {total} notes on the notes pages"


# --- translations -----------------------------------------------------------------------


def test_every_item_has_ru_and_en(default_site):
    missing = []
    for process in default_site.registry.processes:
        missing += untranslated(process, f"p{process.number:02d}", None, None)
    for unit in default_site.units:
        missing += untranslated(unit, "units.yaml", None, unit.id)
    missing += untranslated(default_site.registry.document, "registry.yaml", None, None)
    assert not missing, "\n".join(map(str, missing))


def test_translations_differ_from_kazakh(default_site):
    """A 'translation' that is the Kazakh text copied is not a translation."""
    copied = []
    kazakh = re.compile("[әғқңөұүһі]", re.IGNORECASE)
    for process in default_site.registry.processes:
        for name in ("title", "goal"):
            text = getattr(process, name)
            for lang in ("ru", "en"):
                if kazakh.search(getattr(text, lang)):
                    copied.append(f"p{process.number:02d} {name}.{lang}")
        for name in ("key_indicators", "risks", "content", "inputs", "outputs"):
            for index, item in enumerate(getattr(process, name)):
                if kazakh.search(item.en or "") and not re.search(
                    r"\b[А-ЯӘҒҚҢӨҰҮҺІ]{2,}\b", item.en
                ):
                    copied.append(f"p{process.number:02d} {name}.{index}.en: {item.en}")
    assert not copied, "\n".join(copied)
