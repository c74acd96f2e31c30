"""The live preview's memory of its steps (core/incremental.py): a step is reused only
while nothing it read changed, and a rebuild after an edit gives exactly what a full
build gives."""

from __future__ import annotations

import operator
import os
import shutil
import time
import zipfile
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from kazutb_transparency.buildsteps import pipeline
from kazutb_transparency.buildsteps.domains import RENDERERS
from kazutb_transparency.buildsteps.generate import generate_pages
from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.incremental import (
    remembered,
    remembered_view,
    remembering_steps,
)
from kazutb_transparency.surveys.rows import survey_indicator_records

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("kk", "ru", "en")


def _age(folder: Path, seconds: float = 60) -> None:
    """Files as an editor left them a while ago (a file written in the last seconds is
    not trusted to show its next edit, and is never remembered)."""
    then = time.time() - seconds
    for path in [folder, *folder.rglob("*")]:
        os.utime(path, (then, then))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, path: Path, audit: Audit | None = None) -> str:
        self.calls += 1
        if audit is not None:
            audit.add(Concern.PLACEHOLDER, Problem(str(path), "a placeholder"))
        return path.read_text(encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.yaml").write_text("one", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("two", encoding="utf-8")
    _age(tmp_path)
    return tmp_path


def test_a_step_runs_again_only_when_a_file_it_opened_changed(folder: Path):
    read = Counter()
    for _ in range(3):
        with remembering_steps(folder):
            assert remembered("a", read, folder / "a.yaml") == "one"
    assert read.calls == 1
    (folder / "b.yaml").write_text("another", encoding="utf-8")  # not read by the step
    with remembering_steps(folder):
        remembered("a", read, folder / "a.yaml")
    assert read.calls == 1
    (folder / "a.yaml").write_text("uno", encoding="utf-8")
    with remembering_steps(folder):
        assert remembered("a", read, folder / "a.yaml") == "uno"
    assert read.calls == 2


def test_a_file_written_in_the_last_seconds_is_not_remembered(folder: Path):
    read = Counter()
    (folder / "a.yaml").write_text("fresh", encoding="utf-8")
    for _ in range(2):
        with remembering_steps(folder):
            remembered("a", read, folder / "a.yaml")
    assert read.calls == 2


def test_other_arguments_run_the_step_again(folder: Path):
    read = Counter()
    with remembering_steps(folder):
        remembered("a", read, folder / "a.yaml")
    with remembering_steps(folder):
        assert remembered("a", read, folder / "b.yaml") == "two"
    assert read.calls == 2


def test_a_file_added_or_removed_forgets_every_step(folder: Path):
    read = Counter()
    with remembering_steps(folder):
        remembered("a", read, folder / "a.yaml")
    (folder / "c.yaml").write_text("three", encoding="utf-8")
    _age(folder)
    with remembering_steps(folder):
        remembered("a", read, folder / "a.yaml")
    (folder / "c.yaml").unlink()
    with remembering_steps(folder):
        remembered("a", read, folder / "a.yaml")
    assert read.calls == 3


def test_what_a_step_adds_to_the_audit_is_added_again_when_it_is_reused(folder: Path):
    read = Counter()
    audits = []
    for _ in range(2):
        audit = Audit()
        with remembering_steps(folder):
            remembered("a", read, folder / "a.yaml", audit)
        audits.append(audit.all())
    assert read.calls == 1
    assert audits[0] == audits[1] and len(audits[0]) == 1


def test_a_failed_step_is_not_remembered(folder: Path):
    calls = []

    def refuse(path: Path) -> str:
        calls.append(path)
        path.read_text(encoding="utf-8")
        raise DataError([Problem(str(path), "refused")])

    for _ in range(2):
        with remembering_steps(folder), pytest.raises(DataError):
            remembered("a", refuse, folder / "a.yaml")
    assert len(calls) == 2


def test_a_step_around_another_depends_on_the_files_the_inner_one_read(folder: Path):
    inner = Counter()

    def outer(path: Path) -> str:
        return remembered("inner", inner, path).upper()

    with remembering_steps(folder):
        remembered("outer", outer, folder / "a.yaml")
    with remembering_steps(folder):  # the inner step reused: the outer one still knows a.yaml
        remembered("inner", inner, folder / "a.yaml")
        assert remembered("outer", outer, folder / "a.yaml") == "ONE"
    (folder / "a.yaml").write_text("uno", encoding="utf-8")
    with remembering_steps(folder):
        assert remembered("outer", outer, folder / "a.yaml") == "UNO"


@dataclass(frozen=True)
class Site:
    registry: tuple[str, ...]
    surveys: tuple[str, ...]


def test_a_renderer_depends_on_the_site_data_it_reads(folder: Path):
    made = []

    def render(site, lang: str) -> str:
        made.append(lang)
        return f"{lang}: {', '.join(site.registry)}"

    with remembering_steps(folder):
        remembered_view("pages", render, Site(("p1",), ("s1",)), "kk")
    with remembering_steps(folder):  # other surveys: not read by this renderer
        assert remembered_view("pages", render, Site(("p1",), ("s2",)), "kk") == "kk: p1"
    assert made == ["kk"]
    with remembering_steps(folder):
        assert remembered_view("pages", render, Site(("p2",), ("s2",)), "kk") == "kk: p2"
    assert made == ["kk", "kk"]


@dataclass(frozen=True)
class Catalogue:
    accreditations: tuple[str, ...]
    about: str

    def accredited(self, code: str) -> list[str]:
        return [a for a in self.accreditations if a.startswith(code)]

    @staticmethod
    def label(code: str) -> str:
        return f"programme {code}"


def test_a_step_depends_on_the_answers_of_the_methods_it_calls(folder: Path):
    made = []

    def page(d: Catalogue, code: str) -> str:
        made.append(code)
        return f"{d.label(code)}: {d.accredited(code)}"

    with remembering_steps(folder):
        remembered_view("page", page, Catalogue(("P1 A",), "about 1"), "P1")
    with remembering_steps(folder):  # other "about" texts: the page does not read them
        assert remembered_view("page", page, Catalogue(("P1 A",), "about 2"), "P1") == (
            "programme P1: ['P1 A']"
        )
    assert made == ["P1"]
    with remembering_steps(folder):  # another programme's accreditation: the same answer
        assert remembered_view("page", page, Catalogue(("P1 A", "P2 B"), "about 2"), "P1") == (
            "programme P1: ['P1 A']"
        )
    assert made == ["P1"]
    with remembering_steps(folder):  # its own accreditation: another answer
        assert remembered_view("page", page, Catalogue(("P1 B", "P2 B"), "about 2"), "P1") == (
            "programme P1: ['P1 B']"
        )
    assert made == ["P1", "P1"]


class Costly:
    """A value whose comparison walks a lot of data: it counts its comparisons."""

    compared = 0

    def __init__(self, value: int) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        Costly.compared += 1
        return isinstance(other, Costly) and self.value == other.value

    __hash__ = None  # type: ignore[assignment]

    def __str__(self) -> str:
        return str(self.value)


def test_a_rebuild_compares_two_values_once_however_many_steps_take_them(folder: Path):
    pages = [f"page {n}" for n in range(5)]
    with remembering_steps(folder):
        for key in pages:
            remembered(key, str, Costly(1))  # each step its own value: compared on its own
    with remembering_steps(folder):
        for key in pages:
            remembered(key, str, Costly(1))
    old = Costly(2)
    with remembering_steps(folder):
        for key in pages:
            remembered(key, str, old)
    Costly.compared = 0
    new = Costly(2)
    with remembering_steps(folder) as memo:
        assert [remembered(key, str, new) for key in pages] == ["2"] * 5
    assert Costly.compared == 1 and memo.ran == []
    changed = Costly(3)
    with remembering_steps(folder) as memo:
        assert [remembered(key, str, changed) for key in pages] == ["3"] * 5
    assert Costly.compared == 2 and memo.ran == pages


def test_a_step_found_still_good_keeps_the_equal_copy_it_was_given(folder: Path):
    """A domain reloaded by an edit gives equal copies of its unchanged data: compared in
    full once, then the entry holds the copy, which the next rebuild finds the same at
    once; through watched data (attributes and the methods' reads) as through arguments."""

    class Site:
        def __init__(self, value: Costly) -> None:
            self.value = value

        def doubled(self) -> str:
            return str(self.value) * 2

    def page(site: Site) -> str:
        return site.doubled() + str(site.value)

    for step in ("argument", "watched"):
        run = (
            (lambda value: remembered("page", str, value))
            if step == "argument"
            else (lambda value: remembered_view("page", page, Site(value)))
        )
        with remembering_steps(folder / step) as memo:
            run(Costly(1))
        copy = Costly(1)
        Costly.compared = 0
        with remembering_steps(folder / step) as memo:
            run(copy)
        assert memo.ran == [] and Costly.compared > 0, step
        Costly.compared = 0
        with remembering_steps(folder / step) as memo:
            run(copy)
        assert memo.ran == [] and Costly.compared == 0, step


def test_a_key_names_one_step(folder: Path):
    """Two steps under one key would take each other's results: refused, by name."""

    def double(value: int) -> int:
        return 2 * value

    with remembering_steps(folder):
        for _ in range(2):  # the same step again, and a lambda made again: the same step
            assert remembered("twice", double, 2) == 4
            assert remembered("a lambda", lambda v: v + 1, 1) == 2
        with pytest.raises(ValueError, match="'twice'"):
            remembered("twice", str, 2)
    with remembering_steps(folder):  # another rebuild: the key is free again
        assert remembered("twice", str, 2) == "2"


def test_outside_the_preview_every_step_runs(folder: Path):
    read = Counter()
    for _ in range(2):
        remembered("a", read, folder / "a.yaml")
    assert read.calls == 2


# The committed data: an edit of each kind, then the preview's rebuild against a full one.

# A programme's sample figures, as written: the edits below follow the sample when it is
# made again (scripts/make_applicant_sample.py).
_FIGURES = yaml.safe_load(
    (ROOT / "data" / "applicants" / "programmes" / "6B04105.yaml").read_text(encoding="utf-8")
)
_FEE = next(f for f in _FIGURES["tuition"][0]["fees"] if f["form"] == "full-time")
_CELL = next(
    c
    for c in _FIGURES["students"][-1]["counts"]
    if c["form"] == "full-time" and "citizenship" not in c and c["count"] > 7
)
_CELL_TEXT = f"language: {_CELL['language']}, form: full-time, count: {_CELL['count']}}}"

EDITS = {
    "a process's indicator": (
        "processes/07-international-activity.yaml",
        "Шетелдік студенттердің жалпы контингентіндегі үлесі",
        "Шетелдік студенттердің жалпы контингентіндегі үлесі (өзгерді)",
    ),
    "the registry's review period": ("registry.yaml", "review_months: 12", "review_months: 6"),
    "a measurement": (
        "processes/measurements.csv",
        "2,2,2024,81,percent",
        "2,2,2024,84,percent",
    ),
    "a survey's target": (
        "surveys/targets.yaml",
        "overall: {target: 0.80, threshold: 0.65}",
        "overall: {target: 0.85, threshold: 0.65}",
    ),
    # A programme's figures: its key facts, the applicants' pages and the register.
    "a programme's fee": (
        "applicants/programmes/6B04105.yaml",
        f"{{form: full-time, language: {_FEE['language']}, fee: {_FEE['fee']}}}",
        f"{{form: full-time, language: {_FEE['language']}, fee: {_FEE['fee'] - 100000}}}",
    ),
    "a programme's students": (
        "applicants/programmes/6B04105.yaml",
        _CELL_TEXT,
        _CELL_TEXT.replace(f"count: {_CELL['count']}}}", "count: 7}"),
    ),
    "the date of a programme's fees": (
        "applicants/programmes/6B04105.yaml",
        "  updated: '2026-11-20'",
        "  updated: '2026-11-21'",
    ),
    # The disclosures the programmes' pages read, and some they do not.
    "a programme accreditation's term": (
        "disclosures/accreditations.yaml",
        "valid_until: 2027-04-14",
        "valid_until: 2026-04-14",
    ),
    'a text of the "About" page': (
        "disclosures/about.yaml",
        "не БИН университета",
        "не БИН самого университета",
    ),
    "a discipline's credits": (
        "disclosures/disciplines/6B04105.csv",
        "Modern History of Kazakhstan,5,1,",
        "Modern History of Kazakhstan,6,1,",
    ),
}


def _site_and_pages(data: Path, memo: bool):
    """The checked data, the generated pages, the open data's catalogue and files."""
    steps = remembering_steps(data) if memo else nullcontext()
    with steps:
        site = pipeline.check_data(
            data, pipeline.build_date(), False, lambda _: None, None, ROOT / "docs", None
        )
        pages = generate_pages(site)
        folder = data.parent / f"opendata-{memo}"
        pages.update(pipeline.write_opendata(site, folder, "https://kazutb.edu.kz/"))
        files = {p.relative_to(folder).as_posix(): _content(p) for p in folder.rglob("*.*")}
        return site, pages, files


def _content(file: Path) -> bytes | dict[str, bytes]:
    """A file's bytes; an archive's files (the preview stores them uncompressed)."""
    if file.suffix != ".zip":
        return file.read_bytes()
    with zipfile.ZipFile(file) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


@pytest.fixture(scope="module")
def committed(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("incremental") / "data"
    shutil.copytree(ROOT / "data", data)
    return data


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_rebuild_after_an_edit_is_the_full_build(committed: Path, tmp_path: Path, edit: str):
    data = tmp_path / "data"
    shutil.copytree(committed, data)
    _age(data)
    _site_and_pages(data, memo=True)
    file, old, new = EDITS[edit]
    _edit(data / file, old, new)
    _age(data)  # remembered from now on: the edit must still be seen
    site, pages, files = _site_and_pages(data, memo=True)
    full_site, full_pages, full_files = _site_and_pages(data, memo=False)
    assert pages == full_pages
    assert files.keys() == full_files.keys()
    assert [name for name in files if files[name] != full_files[name]] == []
    assert site.audit.all() == full_site.audit.all()
    assert site == full_site


def _steps_after(committed: Path, tmp_path: Path, edit: str) -> tuple[Path, list[str]]:
    """The data folder, and the steps of the stage a rebuild after `edit` ran again."""
    data = tmp_path / "data"
    shutil.copytree(committed, data)
    _age(data)
    _site_and_pages(data, memo=True)
    file, old, new = EDITS[edit]
    _edit(data / file, old, new)  # the other files keep their times: remembered
    with remembering_steps(data) as memo:
        site = pipeline.check_data(
            data, pipeline.build_date(), False, lambda _: None, None, ROOT / "docs", None
        )
        generate_pages(site)
        return data, list(memo.ran)


def _per_programme(ran: list[str]) -> list[str]:
    return sorted(k for k in ran if k.startswith(("programme ", "key facts ", "catalogue page ")))


def test_a_programme_edit_renders_again_that_programme_alone(committed: Path, tmp_path: Path):
    data, ran = _steps_after(committed, tmp_path, "a programme's fee")
    file = EDITS["a programme's fee"][0]
    assert _per_programme(ran) == sorted(
        [f"programme figures {data / file}"]
        + [f"{kind} 6B04105 {lang}" for kind in ("programme page", "key facts") for lang in LANGS]
    )


def test_an_about_text_renders_no_programme_page_again(committed: Path, tmp_path: Path):
    """The programmes' pages say the university's names, not the rest of "About"."""
    _, ran = _steps_after(committed, tmp_path, 'a text of the "About" page')
    assert "disclosures" in ran
    assert _per_programme(ran) == []


def test_an_accreditation_renders_no_survey_page_and_reads_no_discipline_file_again(
    committed: Path, tmp_path: Path
):
    """The survey pages ask where the catalogue shows each unit (`SiteData.unit_pages`),
    and each file of disciplines is read on its own step."""
    surveys = next(
        i for i, r in enumerate(RENDERERS) if "render_survey_pages" in r.__code__.co_names
    )
    _, ran = _steps_after(committed, tmp_path, "a programme accreditation's term")
    assert "disclosures" in ran
    assert not [k for k in ran if k.startswith((f"pages {surveys} ", "disciplines "))]
    data, ran = _steps_after(committed, tmp_path / "again", "a discipline's credits")
    file = data / EDITS["a discipline's credits"][0]
    assert [k for k in ran if k.startswith("disciplines ")] == [f"disciplines {file}"]


def test_a_target_edit_renders_again_the_pages_of_that_survey_alone(
    committed: Path, tmp_path: Path
):
    """Each survey's page and faculty pages are steps of their own, which ask for their
    survey's targets (`SurveyData.target`): another survey's target leaves them alone."""
    _, ran = _steps_after(committed, tmp_path, "a survey's target")
    pages = sorted(k for k in ran if k.startswith("survey page "))
    assert pages, ran  # the edited survey's pages were made again
    assert all(k.startswith("survey page student-satisfaction") for k in pages), pages
    assert {k.rsplit(" ", 1)[1] for k in pages} == set(LANGS)
    # The indicators were not read again, so their indexes are the same objects.
    assert "survey indicators" not in ran and "survey indicator indexes" not in ran


def _outcome(data: Path, memo: bool):
    try:
        site, pages, files = _site_and_pages(data, memo)
    except DataError as exc:
        return [str(p) for p in exc.problems]
    return site, pages, files


@pytest.mark.parametrize("gone", ["quality/audits.yaml", "surveys/targets.yaml"])
def test_a_rebuild_after_a_file_is_removed_is_the_full_build(
    committed: Path, tmp_path: Path, gone: str
):
    data = tmp_path / "data"
    shutil.copytree(committed, data)
    _age(data)
    _site_and_pages(data, memo=True)
    (data / gone).unlink()
    assert _outcome(data, memo=True) == _outcome(data, memo=False)


def test_a_target_edit_keeps_the_rows_whose_verdict_it_left_alone(committed: Path, tmp_path: Path):
    """The preview's survey rows after a target's edit: a row whose verdict did not change
    is the object encoded last time (core/opendata/row_lines.py takes it as it is); a row
    whose verdict changed is another, with the new verdict."""
    data = tmp_path / "data"
    shutil.copytree(committed, data)
    _age(data)

    def rows() -> list[dict]:
        with remembering_steps(data):
            site = pipeline.check_data(
                data, pipeline.build_date(), False, lambda _: None, None, ROOT / "docs", None
            )
            return survey_indicator_records(site.surveys)

    before, again = rows(), rows()
    assert all(map(operator.is_, before, again))
    file, old, new = EDITS["a survey's target"]
    _edit(data / file, old, new)
    after = rows()
    assert after == survey_indicator_records(
        pipeline.check_data(
            data, pipeline.build_date(), False, lambda _: None, None, ROOT / "docs", None
        ).surveys
    )
    pairs = list(zip(before, after, strict=True))
    kept = [old is new for old, new in pairs]
    changed = [old["target_verdict"] != new["target_verdict"] for old, new in pairs]
    assert any(changed) and sum(kept) > len(kept) / 2
    assert kept == [not c for c in changed]
