"""A programme's content coverage (§9.7.1.6): the credits its disciplines list against its
total and its learning outcomes — on the catalogue and the programme's page in three
languages, in the register, in the open data; the default build warns, the strict build
refuses a curriculum listed in part (or beyond its total), naming the file and the line."""

from __future__ import annotations

from pathlib import Path

import pytest
from buildtools import confirm_every_value

from kazutb_transparency.bench.dataset import discipline_credits, make_dataset
from kazutb_transparency.buildsteps.pipeline import check_data
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.disclosures.coverage import Coverage
from kazutb_transparency.disclosures.datasets import programmes_dataset
from kazutb_transparency.disclosures.pages import render_disclosure_pages
from tests.disclosures.helpers import TODAY, line_of, load

LANGS = ("kk", "ru", "en")
CODE = "6B04105"  # a sample programme with outcomes and 100 of its 240 credits listed
CREDITS_LINE = "credits: 240\n"


def _rows(site) -> dict:
    return {row.clause.clause: row for row in site.register}


def _missing(row) -> list[str]:
    return [label.get("en") for label in row.missing]


def _concerns(site, kind: Concern, code: str) -> list:
    return [p for p in site.audit.of(kind) if p.record == code and "programmes/" in p.file]


@pytest.mark.parametrize(
    ("listed", "total", "outcomes", "state", "complete", "percent"),
    [
        (0, 240, 5, "none", False, 0),
        (100, 240, 5, "partial", False, 41),
        (239, 240, 5, "partial", False, 99),  # never rounded up to 100 %
        (240, 240, 5, "complete", True, 100),
        (240, 240, 0, "complete", False, 100),  # no outcomes: not complete
        (250, 240, 5, "over", False, 104),
    ],
)
def test_coverage_states(listed, total, outcomes, state, complete, percent) -> None:
    covered = Coverage(listed=listed, total=total, outcomes=outcomes)
    assert (covered.disciplines, covered.complete, covered.percent) == (state, complete, percent)


def test_the_samples_stay_as_they_are_and_each_gap_is_named(default_site) -> None:
    """No discipline or outcome is invented: the default build lists each programme whose
    curriculum is incomplete, naming its file, its line and what to add."""
    d = default_site.disclosures
    assert len(d.programmes) == 28
    complete = [p.code for p in d.programmes if d.coverage_of(p).complete]
    assert complete == []
    covered = d.coverage_of(next(p for p in d.programmes if p.code == CODE))
    assert (covered.listed, covered.total, covered.outcomes) == (100, 240, 5)
    (problem,) = _concerns(default_site, Concern.INCOMPLETE, CODE)
    assert problem.file.endswith(f"programmes/{CODE}.yaml") and problem.field == "credits"
    path = Path("data/disclosures/programmes") / f"{CODE}.yaml"
    assert problem.line == line_of(path, CREDITS_LINE.strip())
    assert problem.message == "the disciplines list 100 of the programme's 240 credits"
    assert f"disciplines/{CODE}.csv" in (problem.hint or "")
    # A programme without outcomes: its learning_outcomes line and what to write there.
    outcomes = [p for p in _concerns(default_site, Concern.INCOMPLETE, "6B02101")]
    fields = {p.field: p for p in outcomes}
    assert set(fields) == {"credits", "learning_outcomes"}
    assert fields["credits"].message == "no discipline listed for the programme's 240 credits"
    path = Path("data/disclosures/programmes/6B02101.yaml")
    assert fields["learning_outcomes"].line == line_of(path, "learning_outcomes:")
    assert "learning_outcomes" in (fields["learning_outcomes"].hint or "")
    # Every one of them is refused by the strict build, by file and programme.
    refused = {(Path(p.file).name, p.record, p.field) for p in default_site.audit.strict_problems()}
    for p in d.programmes:
        assert (f"{p.code}.yaml", p.code, "credits") in refused, p.code


def test_the_register_lists_a_programme_listed_in_part(default_site) -> None:
    row = _rows(default_site)["9.7.1.6"]
    assert row.status == "incomplete"
    missing = _missing(row)
    assert f"{CODE}: disciplines and modules (credits listed: 100 of 240)" in missing
    assert "6B02101: disciplines and modules" in missing  # none listed at all
    # Learning outcomes are shown as lacking, but §9.7.1.6 does not require them.
    assert "6B02101: learning outcomes" in [m.get("en") for m in row.optional_missing]


def test_catalogue_and_programme_page_in_three_languages(default_site) -> None:
    site = default_site
    words = {
        "kk": ("Пәндер мен нәтижелер", "100 / 240 кредит", "оқыту нәтижелері көрсетілмеген"),
        "ru": ("Дисциплины и результаты", "кредиты: 100 / 240", "результаты не указаны"),
        "en": ("Disciplines and outcomes", "credits: 100 / 240", "no outcomes given"),
    }
    for lang in LANGS:
        header, figure, no_outcomes = words[lang]
        pages = render_disclosure_pages(site.disclosures, site.units, lang)
        index = pages["programmes/index.md"]
        assert f"<th>{header}</th>" in index or f">{header}<" in index, lang
        assert figure in index and no_outcomes in index, lang
        group = pages["programmes/bachelor-economics-business.md"]
        assert figure in group and 'class="coverage-incomplete"' in group, lang
        page = pages[f"programmes/{CODE}.md"]
        percent = "(41%)" if lang == "en" else "(41\u00a0%)"  # the style guides: kk, ru spaced
        assert figure in page and percent in page, lang
        assert no_outcomes in pages["programmes/6B02101.md"], lang


def test_disciplines_beyond_the_total_are_refused_by_the_strict_build(
    data_copy: Path, edit
) -> None:
    confirm_every_value(data_copy)  # a real programme: the publishing build publishes it
    path = data_copy / "disclosures" / "programmes" / f"{CODE}.yaml"
    edit(path, CREDITS_LINE, "credits: 90\n")
    site = load(data_copy)  # the default build goes on
    (problem,) = _concerns(site, Concern.INCONSISTENT, CODE)
    assert problem.message == "the disciplines list 100 credits, more than the programme's 90"
    assert problem.line == line_of(path, "credits: 90")
    assert f"disciplines/{CODE}.csv" in (problem.hint or "")
    assert f"{CODE}: disciplines and modules (credits listed: 100 of 90)" in _missing(
        _rows(site)["9.7.1.6"]
    )
    page = render_disclosure_pages(site.disclosures, site.units, "en")[f"programmes/{CODE}.md"]
    assert "add up to 100, more than the total" in page
    with pytest.raises(DataError) as refused:
        check_data(data_copy, TODAY, True, lambda _: None)
    named = [p for p in refused.value.problems if p.record == CODE and p.field == "credits"]
    assert len(named) == 1 and named[0].file.endswith(f"{CODE}.yaml")
    assert named[0].message.startswith("inconsistent figures: the disciplines list 100")


def test_disciplines_short_of_the_total_are_published_as_not_yet_published(
    data_copy: Path,
) -> None:
    confirm_every_value(data_copy)  # a real programme: the publishing build publishes it
    warnings: list[str] = []
    check_data(data_copy, TODAY, False, warnings.append)  # the default build warns only
    published = check_data(data_copy, TODAY, True, lambda _: None)  # and so does publishing
    named = [p for p in _concerns(published, Concern.INCOMPLETE, CODE) if p.field == "credits"]
    assert len(named) == 1
    assert named[0].message == "the disciplines list 100 of the programme's 240 credits"
    assert f"{CODE}: disciplines and modules (credits listed: 100 of 240)" in _missing(
        _rows(published)["9.7.1.6"]
    )


def test_a_curriculum_listed_in_full_is_complete_everywhere(data_copy: Path, edit) -> None:
    """The total set to what is listed (in a copy only): no concern, no gap in the
    register, the page and the open data say it is complete."""
    path = data_copy / "disclosures" / "programmes" / f"{CODE}.yaml"
    edit(path, CREDITS_LINE, "credits: 100\n")
    site = load(data_copy)
    assert not [p for kind in Concern for p in _concerns(site, kind, CODE) if p.field in
                ("credits", "learning_outcomes")]  # fmt: skip
    assert not [m for m in _missing(_rows(site)["9.7.1.6"]) if m.startswith(f"{CODE}: disc")]
    page = render_disclosure_pages(site.disclosures, site.units, "en")[f"programmes/{CODE}.md"]
    assert "the disciplines listed cover all of it" in page
    assert 'class="coverage-complete"' in page
    row = next(r for r in programmes_dataset(site.disclosures).rows if r["code"] == CODE)
    assert (row["credits_listed"], row["curriculum_complete"]) == (100, True)


def test_the_open_data_give_the_coverage_of_every_programme(default_site) -> None:
    dataset = programmes_dataset(default_site.disclosures)
    names = [f.name for f in dataset.fields]
    assert {"credits_listed", "curriculum_complete"} <= set(names)
    rows = {r["code"]: r for r in dataset.rows}
    assert (rows[CODE]["credits_listed"], rows[CODE]["curriculum_complete"]) == (100, False)
    assert rows["6B02101"]["credits_listed"] == 0


@pytest.mark.parametrize("count", [1, 2, 3, 4, 7, 40, 300])
def test_synthetic_disciplines_add_up_to_the_total(count: int) -> None:
    credits = discipline_credits(count)
    assert sum(credits) == 240 and len(credits) == max(count, 4)
    assert max(credits) <= 60 and max(credits) - min(credits) <= 1


def test_the_large_sites_synthetic_programmes_are_complete(tmp_path: Path) -> None:
    info = make_dataset(tmp_path / "data", programmes=3, disciplines=2, surveys=False)
    site = load(info.data_dir)
    d = site.disclosures
    synthetic = [p for p in d.programmes if p.source.en == "Synthetic benchmark data"]
    assert len(synthetic) == 3
    for p in synthetic:
        assert d.coverage_of(p).complete, p.code
        assert not [pr for kind in Concern for pr in _concerns(site, kind, p.code)], p.code
