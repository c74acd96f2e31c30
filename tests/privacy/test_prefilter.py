"""The prefiltered scan finds exactly what the full scan finds (privacy/prefilter.py).

Every corpus of the project is scanned both ways (prefilter=False: every detector reads
the whole text), as are pages of the synthetic site with the labelled lines planted in
them, where the windows are a small part of the text.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kazutb_transparency.bench.lines import load_lines
from kazutb_transparency.bench.planted import plant
from kazutb_transparency.privacy import Allowlist, load_allowlist, scan_file, scan_text
from kazutb_transparency.privacy.extract import project
from kazutb_transparency.privacy.filetypes import kind_of
from kazutb_transparency.privacy.hits import Hit
from kazutb_transparency.privacy.mrz import check_digit
from kazutb_transparency.privacy.normalize import normalize
from kazutb_transparency.privacy.prefilter import (
    ANYWHERE,
    Detector,
    Prefilter,
    Triggers,
    WindowProjection,
    windows,
    without_lookarounds,
)
from kazutb_transparency.privacy.projection import Projection
from kazutb_transparency.privacy.scanner import DETECTORS, iter_files, prepare_prefilter
from kazutb_transparency.privacy.synthetic import html_page, markdown_page
from kazutb_transparency.privacy.triggers import FORMS

from .realistic import samples

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(autouse=True, scope="module")
def _prefilter_compiled() -> None:
    """prefilter=True reads around the triggers only once the prefilter is compiled (a
    process compiles it when it pays, scanner._prefilter_for): compiled here, so that every
    comparison below compares the two scans."""
    prepare_prefilter()


def _both(path: Path, allowlist: Allowlist, data: bytes | None = None):
    def scan(prefilter: bool):
        try:
            return scan_file(path, allowlist, data=data, prefilter=prefilter)
        except Exception as exc:  # the same error either way is the same answer
            return repr(exc)

    return scan(False), scan(True)


def test_corpus_files_give_the_same_findings(allowlist: Allowlist) -> None:
    total = 0
    for path in iter_files([CORPUS], []):
        full, fast = _both(path, allowlist)
        assert fast == full, path
        total += len(full) if isinstance(full, list) else 0
    assert total > 50  # the corpus holds personal data: the comparison compares something


def test_corpus_lines_give_the_same_findings() -> None:
    allowlist = load_allowlist(Path(__file__).parent / "corpus_lines" / "allowlist.yaml")
    found = 0
    for line in load_lines():
        full = scan_text(line.text, allowlist, prefilter=False)
        assert scan_text(line.text, allowlist, prefilter=True) == full, line.text
        found += len(full)
    assert found > 100


def test_realistic_files_give_the_same_findings(allowlist: Allowlist) -> None:
    found = 0
    for sample in samples():
        full, fast = _both(Path(sample.name), allowlist, sample.data)
        assert fast == full, sample.name
        found += len(full) if isinstance(full, list) else 0
    assert found > 20


def _planted_pages(count: int, seed: int) -> Iterator[tuple[Path, bytes, list[str]]]:
    """Synthetic site pages of some 20 kB with three corpus lines each."""
    rnd = random.Random(seed)
    lines = [line.text for line in load_lines()]
    for i in range(count):
        lang = rnd.choice(("kk", "ru", "en"))
        if i % 2:
            name, page = f"page{i}.html", html_page(rnd, lang, 20_000)
        else:
            name, page = f"page{i}.md", markdown_page(rnd, lang, 20_000)
        chosen = rnd.sample(lines, 3)
        yield Path(name), plant(page.encode("utf-8"), Path(name).suffix, chosen, rnd), chosen


def test_pages_with_planted_data_give_the_same_findings(allowlist: Allowlist) -> None:
    found = 0
    for path, data, planted in _planted_pages(150, seed=3):
        full, fast = _both(path, allowlist, data)
        assert fast == full, (path, planted)
        found += len(full) if isinstance(full, list) else 0
    assert found > 100


def test_each_line_planted_alone_is_found_the_same(allowlist: Allowlist) -> None:
    """Every labelled line inside a page of its own: the windows around it are then all
    the detectors read, and a window too narrow for a detector shows here."""
    rnd = random.Random(8)
    lines = load_lines()
    for line in lines:
        page = markdown_page(rnd, line.lang if line.lang in ("kk", "ru", "en") else "en", 4000)
        data = plant(page.encode("utf-8"), ".md", [line.text], rnd)
        full, fast = _both(Path("page.md"), allowlist, data)
        assert fast == full, line.text


def test_the_python_engine_finds_what_hyperscan_finds(allowlist: Allowlist) -> None:
    pytest.importorskip("hyperscan")
    engines = {name: Prefilter(DETECTORS, engine=name) for name in ("re", "hyperscan")}
    for path, data, _ in _planted_pages(30, seed=11):
        kind = kind_of(path)
        assert kind is not None
        proj = normalize(project(data.decode("utf-8"), kind[1]))
        hits = {name: list(engine.hits(proj)) for name, engine in engines.items()}
        assert hits["re"] == hits["hyperscan"], path
        assert hits["re"] == [h for d in DETECTORS for h in d.find(proj)], path


def test_the_windows_are_a_small_part_of_a_page() -> None:
    """Not a speed test: that the prefilter windows at all (else it would compare the
    full scan with itself)."""
    text = project(markdown_page(random.Random(1), "en", 50_000), "markdown").text
    spans = [(m, m + 1) for m in range(0, len(text), 10_000)]
    found = windows(text, spans, Triggers(("@",), before=70, after=80))
    assert found is not None
    assert 0 < sum(hi - lo for lo, hi in found) < len(text) / 10


def _counting(calls: list[Projection], hits: list[Hit]) -> Detector:
    def find(proj: Projection) -> Iterator[Hit]:
        calls.append(proj)
        yield from hits

    return Detector(find)


def test_a_detector_without_triggers_reads_the_whole_text() -> None:
    calls: list[Projection] = []
    proj = Projection.identity("a@b.kz " * 1000)
    list(Prefilter([_counting(calls, [])]).hits(proj))
    assert calls == [proj]


def test_a_hit_at_the_edge_of_a_window_makes_the_detector_read_the_whole_text() -> None:
    text = ("word " * 200 + "@ ") * 5
    proj = Projection.identity(text)
    calls: list[Projection] = []
    plain = _counting(calls, [])

    def edge_hit(view: Projection) -> Iterator[Hit]:
        calls.append(view)
        if isinstance(view, WindowProjection):
            yield Hit(0, 3, "email", view.text[0:3])  # at a window's start: maybe cut

    detector = Detector(edge_hit, Triggers(("@",), before=10, after=10))
    hits = list(Prefilter([detector, Detector(plain.find, Triggers(("@",), 10, 10))]).hits(proj))
    assert hits == []  # read again as a whole, the text has no hit
    assert calls[1] is proj  # the second call is the whole projection
    assert isinstance(calls[2], WindowProjection)  # the other detector kept its windows


def test_window_hits_and_headers_are_in_the_whole_text_offsets() -> None:
    text = "x " * 500 + "mail me at aigerim@mail.kz please " + "y " * 500
    headers: list[int] = []
    proj = Projection.identity(text, header_lookup=lambda pos: headers.append(pos) or "")

    def at_sign(view: Projection) -> Iterator[Hit]:
        at = view.text.index("@")
        view.header_at(at)
        yield Hit(at, at + 1, "email", "@")

    hits = list(Prefilter([Detector(at_sign, Triggers(("@",), 70, 80))]).hits(proj))
    assert hits == [Hit(text.index("@"), text.index("@") + 1, "email", "@")]
    assert headers == [text.index("@")]


def test_without_lookarounds_keeps_everything_else() -> None:
    assert without_lookarounds(r"(?<![\w.])кв\.?(?![0-9])") == r"кв\.?"
    assert without_lookarounds(r"a[(?=]b(?=c(d))e") == r"a[(?=]be"
    assert without_lookarounds(r"\(?!x") == r"\(?!x"


def test_every_detector_is_listed_once() -> None:
    finds = [d.find for d in DETECTORS]
    assert len(finds) == len(set(finds))


def test_a_detector_reaching_anywhere_reads_the_whole_text_or_nothing() -> None:
    calls: list[Projection] = []
    detector = _counting(calls, [])
    anywhere = Triggers(("@",), before=ANYWHERE, after=ANYWHERE)
    for engine in ("re", "hyperscan") if _has_hyperscan() else ("re",):
        calls.clear()
        prefilter = Prefilter([Detector(detector.find, anywhere)], engine=engine)
        list(prefilter.hits(Projection.identity("word " * 2000)))
        assert calls == [], engine  # no needle: nothing to find, not run
        proj = Projection.identity("word " * 2000 + "a@b " + "word " * 2000)
        list(prefilter.hits(proj))
        assert calls == [proj], engine  # a needle: the whole text, not a window


def _has_hyperscan() -> bool:
    try:
        import hyperscan  # noqa: F401
    except ImportError:
        return False
    return True


def _zone_line(number: str) -> str:
    """The second line of a passport's machine-readable zone."""
    born, expires, personal = "980305", "280101", "<" * 14
    line = f"{number}{check_digit(number)}KAZ{born}{check_digit(born)}F"
    return line + f"{expires}{check_digit(expires)}{personal}{check_digit(personal)}0"


# Files in which each detector of forms finds something (tests/privacy/test_forms.py).
_FORM_SAMPLES = (
    ("a.csv", "a,b,c\nq,950312,450670\n"),
    ("a.md", "| Аты | ИИН | |\n|---|---|---|\n| А. | 950312 | 450670 |\n"),
    ("a.json", '{"surname": "Ахметов", "given_name": "Данияр", "patronymic": "Серикович"}'),
    ("a.yaml", "тегі: Сейтқали\nаты: Айгерім\n"),
    ("a.txt", "Студент Данияр Ахме-\nтов сабаққа келмеді."),
    ("a.txt", "Жатақхана бойынша +7 (747)\n318 22 90 нөміріне хабарласыңыз."),
    ("a.txt", "Студенттік билеттің нөмірі 22К0871."),
    ("a.txt", "Нашедшего просьба позвонить по номеру +7 (7O1) 234 56 78."),
    ("a.txt", "Ұялы: 8 7О7 1О2 3О 45"),
    ("a.txt", "P<KAZSEITKALI<<AIGERIM".ljust(44, "<") + "\n" + _zone_line("N12345678")),
    ("a.txt", "Айгерім Сейтқали 1998 жылғы 5 наурызда туған."),
    ("a.txt", "Адрес: с. Карабулак, ул. Абая, д. 12"),
    ("a.txt", "Байланыс: tg://resolve?domain=aigerim_s, https://medium.com/@aigerim.s"),
    ("a.md", "[write](https://example.org/c?to=ivanov%40mail.ru)"),
    ("a.json", '{"payload": "0JjQmNCdOiA5NTAzMTI0NTA2NzA="}'),
)


def test_each_form_detector_finds_nothing_without_its_needle() -> None:
    """What FORMS declares (privacy/triggers.py): every sample, labelled line and corpus
    file in which a detector of forms finds something holds one of its needles."""
    texts = [project(text, kind_of(Path(name))[1]) for name, text in _FORM_SAMPLES]
    texts += [project(line.text, "text") for line in load_lines()]
    for path in iter_files([CORPUS], []):
        kind = kind_of(path)
        if kind is not None and kind[0] == "text":
            texts.append(project(path.read_bytes().decode("utf-8-sig"), kind[1]))
    found: set[object] = set()
    for proj in map(normalize, texts):
        for find, needles in FORMS:
            if any(True for _ in find(proj)):
                found.add(find)
                assert any(re.search(p, proj.text) for p in needles.patterns), (find, proj.text)
    assert found == {find for find, _ in FORMS}  # each found something: the check checks
