"""The report of every accreditation decision and its page in DEQAR: the page shows the
report or says it is not published, the register counts a decision in force without its
report as missing, and a DEQAR link leads to DEQAR only (bad input: one clear error each)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kazutb_transparency.disclosures.accreditation import deqar_url_problem
from kazutb_transparency.disclosures.datasets import accreditations_dataset
from kazutb_transparency.disclosures.pages import render_disclosure_pages
from tests.disclosures.helpers import line_of, load, only, problems_of

LANGS = ("kk", "ru", "en")
PAGE = "accreditation/index.md"
DEQAR = "https://www.deqar.eu/reports/programme/12345/"  # an address of the right shape
# prog-2022-economics, whose agency (sample-agency-a) is registered in EQAR
ECONOMICS = "  certificate_number: SAMPLE-PA-0101\n"
# prog-2025-technology, whose agency (sample-agency-b) is in the national register only
TECHNOLOGY = "  certificate_number: SAMPLE-PA-0202\n"


def _accreditations(data_copy: Path) -> Path:
    return data_copy / "disclosures" / "accreditations.yaml"


def _missing(site, clause: str) -> list[str]:
    row = next(r for r in site.register if r.clause.clause == clause)
    return [label.get("en") for label in row.missing]


def test_the_register_counts_each_decision_in_force_without_its_report(default_site) -> None:
    missing = _missing(default_site, "9.7.2.3")
    reports = [m for m in missing if m.endswith(": external review report")]
    # In force and without a report; the expired ones (SAMPLE-IA-0001, SAMPLE-PA-0201) are
    # history and not counted; inst-2026 has its report with a file.
    assert sorted(reports) == [
        f"{number}: external review report"
        for number in ("SAMPLE-PA-0101", "SAMPLE-PA-0202", "SAMPLE-PA-0301", "SAMPLE-PA-0401")
    ]
    row = next(r for r in default_site.register if r.clause.clause == "9.7.2.3")
    assert row.status == "incomplete"
    present = [e.label.get("en") for e in row.evidence if e.present]
    report = default_site.disclosures.document("report-inst-2026").document
    assert report.title.get("en") in present


def test_the_page_shows_the_report_or_says_it_is_not_published(default_site) -> None:
    site = default_site
    words = {"kk": "есеп жарияланбаған", "ru": "отчёт не опубликован", "en": "report not published"}
    for lang in LANGS:
        page = render_disclosure_pages(site.disclosures, site.units, lang)[PAGE]
        # One per decision without a report: 6 of the 7 sample decisions.
        assert page.count(words[lang]) == 6, lang
        assert "deqar.eu" not in page  # the samples have no DEQAR link: none is invented


def test_a_deqar_link_is_shown_and_published(data_copy: Path, edit) -> None:
    edit(_accreditations(data_copy), ECONOMICS, f"{ECONOMICS}  deqar_url: {DEQAR}\n")
    site = load(data_copy)
    for lang, text in (("kk", "DEQAR-дағы шешім"), ("en", "Decision in DEQAR")):
        page = render_disclosure_pages(site.disclosures, site.units, lang)[PAGE]
        assert f'<a href="{DEQAR}" hreflang="en">{text}</a>' in page
    rows = {r["id"]: r for r in accreditations_dataset(site.disclosures).rows}
    assert rows["prog-2022-economics"]["deqar_url"] == DEQAR
    assert rows["prog-2025-technology"]["deqar_url"] is None


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.org/reports/1",  # another host
        "https://deqar.eu.example.org/reports/1",  # a look-alike host
        "http://www.deqar.eu/reports/1",  # not https
        "https://someone@www.deqar.eu/reports/1",  # a user name in the address
        "https://www.deqar.eu:8443/reports/1",  # a port
        "www.deqar.eu/reports/1",  # no scheme
    ],
)
def test_a_deqar_link_elsewhere_is_refused(data_copy: Path, edit, url: str) -> None:
    path = _accreditations(data_copy)
    edit(path, ECONOMICS, f"{ECONOMICS}  deqar_url: {url}\n")
    problem = only(problems_of(data_copy), "accreditations.yaml", "deqar_url")
    assert problem.record == "prog-2022-economics"
    assert problem.line == line_of(path, "deqar_url:")
    assert "a DEQAR link must" in problem.message
    assert deqar_url_problem(url) is not None


def test_the_hosts_of_deqar_are_accepted() -> None:
    assert deqar_url_problem("https://deqar.eu/reports/1") is None
    assert deqar_url_problem(DEQAR) is None


def test_a_deqar_link_for_an_agency_outside_eqar_is_refused(data_copy: Path, edit) -> None:
    path = _accreditations(data_copy)
    edit(path, TECHNOLOGY, f"{TECHNOLOGY}  deqar_url: {DEQAR}\n")
    problem = only(problems_of(data_copy), "accreditations.yaml", "deqar_url")
    assert problem.record == "prog-2025-technology"
    assert "not registered in EQAR" in problem.message
    assert problem.line == line_of(path, "deqar_url:")
    assert "agencies.yaml" in (problem.hint or "")


def test_an_agencys_deqar_id_needs_the_eqar_register(data_copy: Path, edit) -> None:
    agencies = data_copy / "disclosures" / "agencies.yaml"
    edit(agencies, "  registers: [national]\n", "  registers: [national]\n  deqar_id: 7\n")
    problem = only(problems_of(data_copy), "agencies.yaml", "deqar_id")
    assert problem.record == "sample-agency-b"
    assert problem.line == line_of(agencies, "deqar_id:")
    assert "eqar" in (problem.hint or "")


def test_an_agencys_deqar_id_is_shown(data_copy: Path, edit) -> None:
    agencies = data_copy / "disclosures" / "agencies.yaml"
    edit(
        agencies,
        "  registers: [national, eqar]\n",
        "  registers: [national, eqar]\n  deqar_id: 7\n",
    )
    site = load(data_copy)
    page = render_disclosure_pages(site.disclosures, site.units, "en")[PAGE]
    assert "DEQAR id: 7" in page
    rows = accreditations_dataset(site.disclosures).rows
    assert {r["agency_deqar_id"] for r in rows if r["agency"] == "sample-agency-a"} == {7}


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ("  deqar_id: seven\n", "deqar_id", "not a whole number"),  # a wrong type
        ("  deqar_id: 0\n", "deqar_id", "greater than or equal to 1"),  # out of range
    ],
)
def test_a_bad_deqar_id_is_one_clear_error(data_copy: Path, edit, text, field, words) -> None:
    agencies = data_copy / "disclosures" / "agencies.yaml"
    edit(agencies, "  registers: [national, eqar]\n", f"  registers: [national, eqar]\n{text}")
    problem = only(problems_of(data_copy), "agencies.yaml", field)
    assert words in problem.message
    assert problem.line == line_of(agencies, "deqar_id:")


def test_an_unknown_field_beside_the_link_is_refused(data_copy: Path, edit) -> None:
    path = _accreditations(data_copy)
    edit(path, ECONOMICS, f"{ECONOMICS}  deqar_link: {DEQAR}\n")
    problem = only(problems_of(data_copy), "accreditations.yaml", "deqar_link")
    assert problem.record == "prog-2022-economics"
    assert problem.line == line_of(path, "deqar_link:")


def test_a_report_of_the_wrong_kind_is_refused(data_copy: Path, edit) -> None:
    path = _accreditations(data_copy)
    edit(path, ECONOMICS, f"{ECONOMICS}  report: cert-inst-2026\n")
    problem = only(problems_of(data_copy), "accreditations.yaml", "report")
    assert problem.record == "prog-2022-economics"
    assert "'cert-inst-2026' is not a document of kind 'accreditation-report'" in problem.message
    assert problem.line == line_of(path, "report: cert-inst-2026")


def test_a_report_that_does_not_exist_is_refused(data_copy: Path, edit) -> None:
    path = _accreditations(data_copy)
    edit(path, ECONOMICS, f"{ECONOMICS}  report: no-such-report\n")
    problem = only(problems_of(data_copy), "accreditations.yaml", "report")
    assert "'no-such-report' is not a document" in problem.message
