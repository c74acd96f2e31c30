"""The compliance register judges a clause on the values its page shows: a row about the page
"About the university" is complete only when every value of it the page shows is there and
confirmed, two rows about that page never disagree about a value, and the register names,
in kk, ru and en, the value (record and field) that keeps a row from being complete."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.disclosures.pages import render_register_page
from kazutb_transparency.disclosures.pages.about import about_page
from kazutb_transparency.disclosures.pages.register import unconfirmed_value
from tests.disclosures.helpers import load

LANGS = ("kk", "ru", "en")
ABOUT = catalog("disclosures_about")
# The rows about the page: the two clauses it answers and the one about it as a whole.
CONTACTS, HEAD, WEBSITE = "9.7.1.1", "9.7.1.7", "8.3.1"
SECTIONS = ("identity", "location", "schedule", "phones", "emails", "registration", "head")


def _about(data: Path) -> Path:
    return data / "disclosures" / "about.yaml"


def _edit_about(data: Path, change) -> None:
    """Change about.yaml as a mapping (the sample's wording may change; its fields do not)."""
    path = _about(data)
    about = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(about)
    path.write_text(yaml.safe_dump(about, allow_unicode=True, sort_keys=False), "utf-8")


def _all_confirmed(about: dict) -> None:
    """Every section there and confirmed: a founding date, the head's date of taking office."""
    for name in SECTIONS:
        about[name]["provenance"] = "confirmed"
        about[name].pop("provenance_fields", None)
    about["founding"] = {
        "founded": "1995-01-01",  # a test value in a temporary copy, not the university's
        "posted": "2026-11-20",
        "updated": "2026-11-20",
        "review_months": 60,
        "provenance": "confirmed",
        "source": {"kk": "Сынақ", "ru": "Тест", "en": "Test"},
    }
    about["head"]["since"] = "2020-01-01"


def _rows(site) -> dict:
    return {row.clause.clause: row for row in site.register}


def _agree(site) -> None:
    """Every value of the page is judged the same in every row that reads it, and the row
    about the page as a whole is never better than a row about a part of it."""
    rows = _rows(site)
    about = [r for r in rows.values() if "about/index.md" in r.clause.pages]
    seen: dict[str, tuple[bool, bool]] = {}
    for row in about:
        for e in row.evidence:
            judged = (e.present, e.verified)
            assert seen.setdefault(e.label.en, judged) == judged, (row.clause.clause, e.label.en)
    order = ("complete", "unverified", "incomplete")
    worst = max(order.index(rows[c].status) for c in (CONTACTS, HEAD))
    assert order.index(rows[WEBSITE].status) >= worst


def test_every_value_confirmed_makes_the_rows_complete(data_copy: Path) -> None:
    _edit_about(data_copy, _all_confirmed)
    site = load(data_copy)
    rows = _rows(site)
    for clause in (CONTACTS, HEAD, WEBSITE):
        row = rows[clause]
        assert row.status == "complete", (clause, row.missing, row.unverified)
        assert not row.missing and not row.unverified
    _agree(site)


def test_one_placeholder_value_keeps_its_rows_from_being_complete(data_copy: Path) -> None:
    def location_placeholder(about: dict) -> None:
        _all_confirmed(about)
        about["location"]["provenance"] = "placeholder"

    _edit_about(data_copy, location_placeholder)
    site = load(data_copy)
    rows = _rows(site)
    # The contacts (which the location is part of) and the page as a whole; not the head.
    assert rows[CONTACTS].status == rows[WEBSITE].status == "unverified"
    assert rows[HEAD].status == "complete"
    _agree(site)
    for lang in LANGS:
        # The register names the value with its mark, as the page "About" marks it.
        (named,) = [unconfirmed_value(e, lang) for e in rows[WEBSITE].unverified]
        assert named.startswith(ABOUT["location"][lang]) and "prov-placeholder" in named
        page = render_register_page(site.disclosures, site.register, site.units, lang)
        assert named in page["register/index.md"]
        about = about_page(site.disclosures, lang)
        section = about[about.index(f"## {ABOUT['location'][lang]}") :]
        assert "prov-placeholder" in section.split("## ", 2)[1]


def test_one_field_from_a_public_source_is_named_with_its_field(data_copy: Path) -> None:
    def website_public(about: dict) -> None:
        _all_confirmed(about)
        about["identity"]["provenance_fields"] = {"website": "public-source"}

    _edit_about(data_copy, website_public)
    site = load(data_copy)
    rows = _rows(site)
    # The names and website answer the page as a whole (§8.3.1), not the contacts.
    assert rows[WEBSITE].status == "unverified"
    assert rows[CONTACTS].status == rows[HEAD].status == "complete"
    for lang in LANGS:
        (named,) = [unconfirmed_value(e, lang) for e in rows[WEBSITE].unverified]
        assert named.startswith(f"{ABOUT['names'][lang]}: {ABOUT['website'][lang]}")
        assert "prov-public-source" in named
    _agree(site)


def test_a_missing_value_makes_its_rows_incomplete_and_is_named(data_copy: Path) -> None:
    def no_founding(about: dict) -> None:
        _all_confirmed(about)
        del about["founding"]

    _edit_about(data_copy, no_founding)
    site = load(data_copy)
    rows = _rows(site)
    for clause in (CONTACTS, WEBSITE):
        assert rows[clause].status == "incomplete"
        assert [label.get(lang) for label in rows[clause].missing for lang in LANGS] == [
            ABOUT["founding"][lang] for lang in LANGS
        ]
    assert rows[HEAD].status == "complete"
    _agree(site)

    def no_since(about: dict) -> None:
        _all_confirmed(about)
        del about["head"]["since"]

    _edit_about(data_copy, no_since)
    site = load(data_copy)
    rows = _rows(site)
    # The page says it has no information on the date of taking office: not complete.
    assert rows[HEAD].status == rows[WEBSITE].status == "incomplete"
    assert rows[CONTACTS].status == "complete"
    label = rows[HEAD].missing[0]
    for lang in LANGS:
        assert label.get(lang) == f"{ABOUT['head'][lang]}: {ABOUT['since'][lang]}"
    _agree(site)


def test_the_default_data_agree_with_the_page_they_are_about(default_site) -> None:
    """The sample page shows placeholders and no founding date: no row about it is complete,
    and the register lists each of those values, as the open data do."""
    rows = _rows(default_site)
    assert rows[WEBSITE].status == rows[CONTACTS].status == "incomplete"
    assert "Founding date" in [label.en for label in rows[WEBSITE].missing]
    unconfirmed = {e.label.en for e in rows[WEBSITE].unverified}
    assert {"Location", "E-mail", "Telephones"} <= unconfirmed
    _agree(default_site)
    page = render_register_page(
        default_site.disclosures, default_site.register, default_site.units, "en"
    )["register/index.md"]
    row = page[page.index('id="clause-8-3-1"') :].split("</tr>", 1)[0]
    assert re.search(r"\d+\xa0values? not confirmed", row) and "Location <span" in row
