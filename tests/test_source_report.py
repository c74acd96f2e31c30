"""The source report (issue 17): the site differs from the process map only where it says so.

Each test derives one class of differences from the source text itself and fails when a
difference it finds is not listed in data/source-report.yaml, or when a listed one is not
there (a report that claims too much misleads as well).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from kazutb_transparency.buildsteps.generate import generate_pages
from kazutb_transparency.buildsteps.site import load_site
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.processes.pages.cards import source_line
from tests.buildtools import SOURCE_TEXT, require_source_document
from tests.test_registry import normal, source_cards

TODAY = date(2026, 11, 21)
LISTS = ("inputs", "outputs", "suppliers", "customers", "resources", "evaluation_indicators")
REGULATION = SOURCE_TEXT.parent / "004_f00633db9d6c372a.txt"


@pytest.fixture(scope="module")
def registry(default_site):
    return default_site.registry


@pytest.fixture(scope="module")
def cards(source_text) -> dict[int, str]:
    found = source_cards(source_text)
    assert sorted(found) == list(range(1, 23))
    return found


@pytest.fixture(scope="module")
def whole_cards(source_text) -> dict[int, str]:
    """Each card from its heading («1. «…» ПРОЦЕСІ») to the next: title lines included."""
    starts = list(re.finditer(r"^\**(\d+)\. «", source_text, flags=re.MULTILINE))
    found = {}
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(source_text)
        found[int(match.group(1))] = source_text[match.start() : end]
    assert sorted(found) == list(range(1, 23))
    return found


@pytest.fixture(scope="module")
def architecture(source_text) -> str:
    start = source_text.index("ПРОЦЕСС АРХИТЕКТУРАСЫ")
    return source_text[start : source_text.index("**1.", start)]


def listed(registry, kind: str, part: str = "cards") -> list:
    return [d for d in registry.differences if d.kind == kind and d.part == part]


def covered(registry, kind: str, number: int, field: str | None = None) -> bool:
    return any(d.covers(number, field) for d in listed(registry, kind))


def flat(text: str) -> str:
    """Source text without tags, list dashes and line breaks, for finding an item in it."""
    text = re.sub(r"<[^>]+>", " ", text)
    return re.sub(r"[\s\-–—]+", " ", text).strip()


def loose(text: str) -> str:
    return flat(text).strip(" .;,:")


# --- markup ---------------------------------------------------------------------------


def test_removed_markup_is_listed_for_every_card_and_only_those(registry, cards):
    with_markup = {n for n, card in cards.items() if "<ul" in card}
    assert with_markup, "the source has markup fragments"
    for number in sorted(with_markup):
        assert covered(registry, "removed-markup", number), f"card {number}: markup not listed"
    claimed = {
        n
        for d in listed(registry, "removed-markup")
        if "ul style" in (d.source or "")
        for n in d.processes
    }
    assert claimed == with_markup


def test_removed_markup_of_the_architecture_is_listed(registry, architecture):
    assert "<ul" in architecture
    assert listed(registry, "removed-markup", "architecture")


# --- texts ------------------------------------------------------------------------------


def _texts(process):
    yield "title", process.title.kk
    yield "goal", process.goal.kk
    for name in type(process).model_fields:
        value = getattr(process, name)
        if isinstance(value, list) and name not in ("owner", "manager", "notes"):
            for item in value:
                yield name, item.kk


def test_every_kazakh_text_of_a_card_is_in_its_source_card(registry, whole_cards):
    """The Kazakh text is the source's, word for word: only case and layout may differ."""
    missing, recased = [], set()
    for process in registry.processes:
        card = flat(whole_cards[process.number])
        for field, text in _texts(process):
            if loose(text).casefold() not in card.casefold():
                missing.append(f"card {process.number} {field}: {text!r}")
            elif loose(text) not in card:
                recased.add(process.number)
    assert not missing, "\n".join(missing)
    for number in sorted(recased):
        assert covered(registry, "capitalisation", number), f"card {number}: capitals changed"


def test_names_beside_the_codes_that_differ_from_the_headings_are_listed(registry, whole_cards):
    differ = set()
    for number, card in whole_cards.items():
        head = card[: card.index("Процесс иесі")]
        line = re.search(r"^\**ҚазТБУ[^«\"]*[«\"](.+?)[»\"]", head, flags=re.M | re.S)
        assert line, f"card {number}: no code line with a name"
        if normal(line.group(1)) != normal(registry.by_number(number).title.kk):
            differ.add(number)
    listed_names = [d for d in listed(registry, "names-differ") if "title" in d.fields]
    claimed = {n for d in listed_names for n in d.processes}
    assert claimed == differ and differ


# --- order ------------------------------------------------------------------------------


def content_rows(card: str) -> list[str]:
    """The content steps in the source's reading order: row by row, left to right."""
    lines = card.split("\n")
    headings = [i for i, line in enumerate(lines) if line.strip() == "Процестің мазмұны"]
    if headings:
        start = headings[0] + 1
    else:  # card 2 has no heading: the steps follow the documented information
        start = next(i for i, line in enumerate(lines) if line.strip() == "Құжатталған ақпарат")
        start += 2
    steps: list[str] = []
    for line in lines[start:]:
        if not line.strip():
            if steps:
                break
            continue
        steps += [re.sub(r"^-\s*", "", cell.strip()) for cell in line.split("\t") if cell.strip()]
    return steps


def test_content_steps_differ_in_order_only_where_listed(registry, cards):
    reordered = set()
    for process in registry.processes:
        source = [normal(step) for step in content_rows(cards[process.number])]
        site = [normal(item.kk) for item in process.content]
        assert sorted(source) == sorted(site), f"card {process.number}: steps added or lost"
        if source != site:
            reordered.add(process.number)
            assert covered(registry, "reordered", process.number, "content"), process.number
    claimed = {
        n for d in listed(registry, "reordered") if "content" in d.fields for n in d.processes
    }
    assert claimed == reordered
    assert {1, 3, 8} <= reordered


# --- owners and participants ------------------------------------------------------------


def test_owner_wording_differs_only_where_listed(registry, cards, default_site):
    differ = set()
    for process in registry.processes:
        printed = re.search(r"^Процесс иесі:\s*(.+?)\t", cards[process.number], re.M).group(1)
        shown = "; ".join(default_site.units.label(ref).kk for ref in process.owner)
        if normal(printed) != normal(shown):
            differ.add(process.number)
            assert covered(registry, "owner", process.number, "owner"), process.number
    claimed = {n for d in listed(registry, "owner") for n in d.processes}
    assert claimed == differ and {2, 7, 8} <= differ


def test_participant_lines_read_as_items_are_listed(registry, cards):
    for process in registry.processes:
        card = cards[process.number]
        line = re.search(r"^Процеске қатысушылар:(.*)$", card, re.M).group(1).split("\t")[0]
        if not line.strip():  # cards 10 and 15: the text stands on a later line
            after = card[card.index("Процеске қатысушылар:") :].split("\n")[1:]
            line = next(text for text in after if text.strip()).split("\t")[0]
        if "," in line:
            assert covered(registry, "split", process.number, "participants"), process.number


# --- copied lists and fields that are not what they say -------------------------------


def test_lists_copied_between_cards_are_listed(registry):
    for field in LISTS:
        groups: dict[tuple, list[int]] = {}
        for process in registry.processes:
            key = tuple(normal(item.kk) for item in getattr(process, field))
            groups.setdefault(key, []).append(process.number)
        for numbers in groups.values():
            if len(numbers) > 1:
                for number in numbers:
                    assert covered(registry, "shared-text", number, field), (field, number)


def test_supplier_and_customer_fields_naming_organisations_are_listed(registry):
    for process in registry.processes:
        for field in ("suppliers", "customers"):
            if any(item.process is None for item in getattr(process, field)):
                assert covered(registry, "not-a-process", process.number, field), process.number


def test_kafedra_used_for_administrative_units_is_listed(registry, default_site):
    kafedra = {u.id for u in default_site.units if "кафедра" in u.name.kk.casefold()}
    assert kafedra
    for process in registry.processes:
        if any(ref.unit in kafedra for ref in process.manager):
            assert covered(registry, "unit-kind", process.number, "manager"), process.number
    for unit in default_site.units:
        if unit.id in kafedra:  # the translations follow the meaning: an office
            assert "кафедр" not in unit.name.ru.casefold() and "chair" not in unit.name.en


# --- the architecture ---------------------------------------------------------------------


def architecture_names(architecture: str) -> list[str]:
    line = next(x for x in architecture.split("\n") if "стратегиялық дамуы" in x and "<ul" in x)
    names = []
    for column in line.split("\t"):
        column = re.sub(r"<[^>]+>", " ", column)
        names += [part.strip() for part in re.split(r"(?:^|\s)-\s", column) if part.strip()]
    return names


def test_the_architecture_uses_its_own_names(registry, architecture):
    names = architecture_names(architecture)
    assert len(names) == 22
    own = registry.document.architecture.names
    differ = set()
    for number, printed in enumerate(names, start=1):
        assert normal(own[number].kk) == normal(printed), number
        if normal(printed) != normal(registry.by_number(number).title.kk):
            differ.add(number)
    claimed = {n for d in listed(registry, "names-differ", "architecture") for n in d.processes}
    assert claimed == differ and {5, 7, 8, 9} <= differ


def test_the_architecture_page_shows_the_source_word_and_names(default_site):
    pages = generate_pages(default_site)
    page = pages["kk/processes/architecture.md"]
    assert page.startswith("# Процесс архитектурасы")
    for number, name in default_site.registry.document.architecture.names.items():
        assert f"{number}. {name.kk}</a>" in page
    assert "discrepancies.md#architecture" in page


# --- the document itself and the other sources -------------------------------------------


def test_the_missing_control_sheets_are_listed(registry, source_text):
    sheets = re.findall(r"^(.+? парағы [A-ZА-Я]\.\S+?)\.{3,}", source_text, flags=re.M)
    assert len(sheets) == 4
    report = " ".join(d.source or "" for d in listed(registry, "document-control", "document"))
    for sheet in sheets:
        code = sheet.split()[-1]
        assert source_text.count(code) == 1, f"{code} is in the source after all"
        assert code in report, f"{code}: the missing sheet is not listed"


def test_a_blank_registration_number_and_an_undated_approval_are_said(registry, source_text):
    report = " ".join(d.source or "" for d in listed(registry, "document-control", "document"))
    if re.search(r"тіркеу № _+", source_text):
        assert "тіркеу № _" in report
    approval = source_text[source_text.index("БЕКІТЕМІН") : source_text.index("ПРОЦЕСТЕРДІҢ")]
    if not re.search(r"\d{1,2}[.\s]+\d{1,2}[.\s]+\d{4}|\d{1,2}\s+\w+\s+\d{4}", approval):
        assert registry.document.approved.incomplete is not None
        for lang in ("kk", "ru", "en"):
            line = source_line(registry, lang)
            assert registry.document.approved.incomplete.get(lang) in line
            assert "discrepancies.html#document" in line


def test_conflicting_site_addresses_are_shown(registry):
    require_source_document(REGULATION)
    named = set(re.findall(r"\b([a-z]+\.edu\.kz)\b", REGULATION.read_text(encoding="utf-8")))
    data = Path(__file__).resolve().parents[1] / "data"
    for path in data.rglob("*.yaml"):
        named |= set(re.findall(r"\b([a-z]+\.edu\.kz)\b", path.read_text(encoding="utf-8")))
    assert named
    if len(named) > 1:
        conflicts = listed(registry, "source-conflict", "other-sources")
        said = " ".join((d.source or "") + (d.site.en if d.site else "") for d in conflicts)
        for domain in named:
            assert domain in said, f"{domain}: the conflict between addresses is not shown"


# --- the page -------------------------------------------------------------------------------


def test_every_difference_and_reading_is_on_the_report_page(default_site):
    registry = default_site.registry
    readings = [
        item for p in registry.processes for name in type(p).model_fields
        if isinstance(getattr(p, name), list) for item in getattr(p, name)
        if getattr(item, "reading", None) is not None
    ]  # fmt: skip
    assert len(readings) >= 10
    pages = generate_pages(default_site)
    for lang in ("kk", "ru", "en"):
        page = pages[f"{lang}/processes/discrepancies.md"]
        for difference in registry.differences:
            assert f'id="{difference.id}"' in page, (lang, difference.id)
        section = page.split("{#readings}", 1)[1].split("{#notes}", 1)[0]
        assert section.count("<tr><td>") == len(readings), lang


def test_a_reading_stands_beside_the_source_wording_on_the_card(default_site):
    pages = generate_pages(default_site)
    process = default_site.registry.by_number(18)
    item = next(i for i in process.risks if i.reading is not None)
    kk = pages["kk/processes/p18.md"]
    # A clause in the editor's square brackets, after a wording that may end with its own
    # round pair: «[редакция оқылымы бойынша, шамасы, «…» болуы керек]».
    assert f"{item.kk}" in kk and f"шамасы, «{item.reading.kk}» болуы керек]" in kk
    ru = pages["ru/processes/p18.md"]
    assert f'в источнике: <span lang="kk">{item.kk}</span>' in ru  # it opens with «
    assert f"вероятно: {item.reading.ru}" in ru and item.ru in ru
    en = pages["en/processes/p18.md"]
    assert f"probably: {item.reading.en}" in en


# --- bad data ----------------------------------------------------------------------------------


def test_a_difference_naming_an_unknown_field_is_an_error_with_its_line(data_copy, edit):
    path = data_copy / "source-report.yaml"
    edit(path, "  fields: [owner]", "  fields: [owners]")
    with pytest.raises(DataError) as caught:
        load_site(data_copy, TODAY)
    problem = next(p for p in caught.value.problems if p.file.endswith("source-report.yaml"))
    assert "owners" in problem.message and problem.record == "owner-rector"
    assert "fields: [owners]" in path.read_text(encoding="utf-8").splitlines()[problem.line - 1]


def test_a_difference_without_a_reason_in_english_is_a_pending_translation(data_copy, edit):
    path = data_copy / "source-report.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("- id: owner-rector")
    en = text.index("    en: ", text.index("  reason:", start))
    line_end = text.index("\n", en)
    path.write_text(text[:en] + text[line_end + 1 :], encoding="utf-8")
    site = load_site(data_copy, TODAY)
    pending = [p for p in site.audit.strict_problems() if p.file.endswith("source-report.yaml")]
    assert pending and pending[0].record == "owner-rector"


def test_the_report_file_is_required(data_copy):
    (data_copy / "source-report.yaml").unlink()
    with pytest.raises(DataError) as caught:
        load_site(data_copy, TODAY)
    assert any(p.file.endswith("source-report.yaml") for p in caught.value.problems)
