"""The gate's fast paths never drop what the full detector finds.

Numbers in words: a text with no three number words in a row (whole tokens between
separators) skips the number-word search (`spelled._may_hold_run`). Every text of the
labelled corpora is run through both the fast path and the full search, and both must
give the same hits; disguised IINs (zero-width spaces, full-width digits) are still
caught through the whole gate.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from kazutb_transparency.bench.lines import corpus_allowlist, load_lines
from kazutb_transparency.privacy import contacts, extract_json, load_allowlist, scan_text, spelled
from kazutb_transparency.privacy import normalize as normalize_module
from kazutb_transparency.privacy.documents import EXTRACTORS
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.filetypes import kind_of
from kazutb_transparency.privacy.normalize import normalize
from kazutb_transparency.privacy.projection import Projection
from kazutb_transparency.privacy.scanner import scan_file, scan_projection
from tests.privacy.realistic import samples


def _full_search(proj: Projection) -> list[tuple[int, int, str, str]]:
    """The number-word hits without the prefilter: every run the regex finds."""
    text = proj.text
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return [(m.start(), m.end(), "run", m.group()) for m in spelled._runs(lowered)]


def _fast(proj: Projection) -> list[tuple[int, int, str, str]]:
    text = proj.text
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    if not spelled._may_hold_run(lowered):
        return []
    return [(m.start(), m.end(), "run", m.group()) for m in spelled._runs(lowered)]


def _corpus_projections() -> list[tuple[str, Projection]]:
    """Every text of the line corpus and of the realistic files, as the gate reads it."""
    out = [(line.text, normalize(project(line.text, line.fmt))) for line in load_lines()]
    for sample in samples():
        kind = kind_of(Path(sample.name))
        if kind is None or kind[0] not in ("text", "document"):
            continue
        what, fmt = kind
        if what == "text":
            out.append((sample.name, normalize(project(sample.data.decode("utf-8-sig"), fmt))))
            continue
        for part in EXTRACTORS[fmt](sample.data):
            out.append((sample.name, normalize(project(part.text, part.fmt))))
    return out


def test_every_corpus_text_gives_the_same_runs_with_and_without_the_prefilter():
    texts = _corpus_projections()
    assert len(texts) > 900
    runs = 0
    for name, proj in texts:
        full = _full_search(proj)
        assert _fast(proj) == full, name
        runs += bool(full)
    assert runs >= 10  # the realistic corpus says phones and IINs in words in kk, ru, en


def test_every_line_of_the_corpus_is_judged_as_before():
    """Recall and precision 1.00 on the line corpus, with the fast paths in the gate."""
    allowlist = corpus_allowlist()
    for line in load_lines():
        found = {
            f.category for f in scan_projection(project(line.text, line.fmt), allowlist, "<line>")
        }
        assert set(line.expect) <= found, line.text
        if not line.expect:
            assert not found, line.text


def test_realistic_files_are_judged_as_before():
    """Every realistic positive caught, no look-alike reported (the benchmark's 64/64, 0/30)."""
    allowlist = load_allowlist()
    for sample in samples():
        found = {f.category for f in scan_file(Path(sample.name), allowlist, data=sample.data)}
        if sample.expect:
            assert sample.expect <= found, sample.name
        else:
            assert not found, sample.name


@pytest.mark.parametrize(
    "text",
    [
        "тел.: восемь, семьсот один — двести тридцать четыре, пятьдесят шесть, семьдесят восемь",
        "Телефон: Восемь Семь Ноль Один Два Три Четыре Пять Шесть Семь Восемь",
        "ұялы: сегіз-жеті-жүз бір-екі жүз отыз төрт-елу алты-жетпіс сегіз",
        "call me: plus seven, seven zero one, two three four, five six, seven eight",
        "double five, double five, one two three four five six",
    ],
)
def test_texts_with_number_words_in_a_row_take_the_full_search(text):
    lowered = text.lower()
    assert spelled._may_hold_run(lowered)
    proj = Projection.identity(text)
    assert _fast(proj) == _full_search(proj)


@pytest.mark.parametrize(
    "text",
    [
        "Бағдарламаның бір модулі, екі пәні және 2024 жылғы он бес түлегі",
        "Он сказал, что три студента и один преподаватель придут в 10:00",
        "One of the two programmes has three modules",
        '{"respondents": 799, "valid": 2244, "one": "two"}',
    ],
)
def test_prose_with_scattered_number_words_skips_the_search(text):
    assert not spelled._may_hold_run(text.lower())
    proj = Projection.identity(text)
    assert _full_search(proj) == []


@pytest.mark.parametrize(
    "text",
    [
        "ЖСН: 950312\u200b450670",
        "ЖСН: 9\u200b5\u200b0\u200b3\u200b1\u200b2\u200b4\u200b5\u200b0\u200b6\u200b7\u200b0",
        "ИИН ９５０３１２４５０６７０",
        "IIN \u0669\u0665\u0660\u0663\u0661\u0662\u0664\u0665\u0660\u0666\u0667\u0660",
        "ИИН 95\u00ad03\u00ad12\u00ad45\u00ad06\u00ad70",
    ],
)
def test_disguised_iins_are_still_caught(text):
    assert "iin" in {f.category for f in scan_text(text, load_allowlist())}


def test_the_normaliser_first_look_finds_what_its_two_searches_found():
    """One pass for both: every character to rewrite, and whether letter-spacing may be there."""
    texts = [proj.text for _, proj in _corpus_projections()]
    texts += [
        "ЖСН: 950312\u200b450670",
        " \u200b a b c ",
        "A i g e r i m   S e i t k a l i",
        "x\u00a0a b\u00a0c d",
        "９５０ a b",
        "e\u0301 \U0001d7ce",
        "plain ASCII, nothing to do",
    ]
    for text in texts:
        found, lone = normalize_module._first_look(text)
        assert found == set(normalize_module._ANY.findall(text)), text
        assert lone == (normalize_module._LONE.search(text) is not None), text


def test_large_texts_read_in_pieces_give_what_the_whole_text_gives(monkeypatch):
    """A large projection is lowered and split into tokens a piece at a time (memory): with
    pieces of a few characters, every corpus text gives the lower case and the prefilter's
    verdict of the whole text, and every corpus JSON the same projection."""
    texts = _corpus_projections()
    verdicts = [spelled._may_hold_run(proj.text.lower()) for _, proj in texts]
    monkeypatch.setattr(spelled, "_PIECE_CHARS", 5)
    for (name, proj), verdict in zip(texts, verdicts, strict=True):
        assert spelled._lower(proj.text) == proj.text.lower(), name
        assert spelled._may_hold_run(proj.text.lower()) == verdict, name
    assert any(verdicts) and not all(verdicts)
    documents = [line.text for line in load_lines() if line.fmt == "json"]
    documents += [s.data.decode("utf-8-sig") for s in samples() if s.name.endswith(".json")]
    records = '{"records":[\n' + ",\n".join(
        f'{{"unit":"{n}","phone":"+7 701 {n:03d} 45 67","note":"a\\\\nb","n":{n}}}'
        for n in range(40)
    )
    documents.append(records + "\n]}\n")
    # Every line of the corpus as a record of a dataset, one record a line, as the open
    # data are written: quotes left out (the split path) and kept (escaped: the token path).
    lines = [line.text for line in load_lines()]
    for texts in ([t.replace('"', "") for t in lines], lines):
        for ascii_only in (False, True):
            rows = (json.dumps({"text": t, "n": i}, ensure_ascii=ascii_only) for i, t in
                    enumerate(texts))  # fmt: skip
            rows = list(rows)
            documents.append('{"records":[\n' + ",\n".join(rows) + "\n]}\n")
            documents.append("[" + ",".join(rows) + "]")  # all on one line, as many write it
    whole = {text: extract_json.project_json(text).text for text in documents}
    monkeypatch.setattr(extract_json, "_PIECE_CHARS", 16)
    for text in documents:
        assert extract_json.project_json(text).text == whole[text]
    assert len(documents) > 11


def test_a_line_end_inside_a_string_does_not_cut_the_json(monkeypatch):
    """Not JSON (a raw line end in a string), still read as one token."""
    text = ('["' + "long line\n" * 10 + '", "+7 701 234 56 78"]\n') * 3
    whole = extract_json.project_json(text).text
    monkeypatch.setattr(extract_json, "_PIECE_CHARS", 4)
    assert extract_json.project_json(text).text == whole
    assert whole.count("+7 701 234 56 78") == 3


# The address detector's needles before they were searched as one pattern each, with "lat"
# (now "flat" and "Flat") among the flat words.
_FLAT_WORDS_BEFORE = ("кв", "Кв", "КВ", "вартир", "apt", "Apt", "partment", "lat", "пәтер",
                      "Пәтер", " п.")  # fmt: skip


def _each_needle_found(text: str, needles: object) -> Iterator[int]:
    words = _FLAT_WORDS_BEFORE if needles is contacts._FLAT_NEEDLES else contacts._STREET_WORDS
    return iter(contacts._positions(text, words))


def _address_texts() -> list[Projection]:
    """The corpus's texts, and random ones made of the detector's words, numbers and marks,
    as the gate reads them (normalised)."""
    rng = random.Random(30)
    pieces = [*_FLAT_WORDS_BEFORE, *contacts._STREET_WORDS, "flat", "Flat", "квартира", "Квартира",
              "apartment", "пәтерде", "д.", "үй", "house", "street", "Абая", "Respublika",
              "translation", "platform", " ", " ", ", ", "-", ".", "\n", "12", "5", "2024-25", "41",
              "проживает по адресу", "lives at", "Avenue"]  # fmt: skip
    made = ["".join(rng.choice(pieces) for _ in range(rng.randint(5, 60))) for _ in range(3000)]
    return [proj for _, proj in _corpus_projections()] + [
        normalize(project(text, "txt")) for text in made
    ]


def test_the_address_detector_finds_what_a_search_for_each_needle_found(monkeypatch):
    texts = _address_texts()
    now = [list(contacts.address_hits(proj)) for proj in texts]
    monkeypatch.setattr(contacts, "_starts", _each_needle_found)
    before = [list(contacts.address_hits(proj)) for proj in texts]
    assert now == before
    assert sum(map(len, now)) > 300  # the random texts hold addresses, and the corpus too


@pytest.mark.parametrize(
    "needles, words, pieces",
    [
        (contacts._STREET_NEEDLES, contacts._STREET_WORDS,
         ["Ave", "Avenue", "nue", "ул.", "у", "л", ".", " ", "x", "Road"]),
        (contacts._FLAT_NEEDLES, (*_FLAT_WORDS_BEFORE[:7], "flat", "Flat", *_FLAT_WORDS_BEFORE[8:]),
         ["кв", "вартир", "квартира", "К", "в", "a", "pt", "apartment", "fla", "t", " п.", " "]),
    ],
    ids=["street", "flat"],
)  # fmt: skip
def test_the_needles_start_where_a_search_for_each_finds_them(needles, words, pieces):
    """Overlapping needles too: "вартир" starts inside "кв…", "Avenue" where "Ave" does."""
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        each = sorted(set(contacts._positions(text, words)))
        assert list(contacts._starts(text, needles)) == each, text
