"""The academic calendar and the new documents in the what-changed feed, and the calendar
as schema.org events: none while its dates are placeholders, valid events once they are not."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest

from kazutb_transparency.disclosures import jsonld
from kazutb_transparency.disclosures.pages.calendar import calendar_page
from kazutb_transparency.overview.changes import changes_page, collect_changes
from tests.test_structured_data import nodes, problems_in

LANGS = ("kk", "ru", "en")
_BLOCK = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def _changes(site) -> dict:
    found = collect_changes(site.disclosures, site.registry, site.surveys, site.transparency)
    return {c.key: c for c in found}


def test_the_calendar_is_a_change_on_its_page(default_site) -> None:
    change = _changes(default_site)["calendar-2026-2027"]
    assert change.page == "about/calendar.md" and change.section == "calendar"
    assert change.day == default_site.disclosures.calendars[0].updated
    assert change.title.get("en") == "2026–2027 — Academic calendar"
    assert change.title.get("kk") == "2026–2027 — Академиялық күнтізбе"


def test_the_new_documents_link_where_a_reader_uses_them(default_site) -> None:
    changes = _changes(default_site)
    assert changes["document-curriculum-6b04105-2026"].page == "programmes/6B04105.md"
    assert changes["document-paid-education-contract-2026"].page == "applicants/costs.md"
    assert changes["document-tuition-fee-order-2026"].page == "applicants/costs.md"
    assert changes["document-charter-2023"].page == "about/documents.md"


def test_a_curriculum_no_programme_names_links_the_documents(default_site) -> None:
    d = default_site.disclosures
    programmes = tuple(_without_curriculum(p) for p in d.programmes)
    site = replace(default_site, disclosures=replace(d, programmes=programmes))
    assert _changes(site)["document-curriculum-6b04105-2026"].page == "about/documents.md"


def _without_curriculum(p):
    return p.model_copy(update={"curriculum": None}) if p.code == "6B04105" else p


@pytest.mark.parametrize("lang", LANGS)
def test_the_changes_page_names_the_calendars_section(default_site, lang: str) -> None:
    site = default_site
    changes = collect_changes(site.disclosures, site.registry, site.surveys, site.transparency)
    calendar = [c for c in changes if c.section == "calendar"]
    page = changes_page(calendar, lang)
    words = {
        "kk": "Академиялық күнтізбе",
        "ru": "Академический календарь",
        "en": "Academic calendar",
    }
    assert words[lang] in page and "../about/calendar.md" in page


def _with(site, provenance: str):
    d = site.disclosures
    calendars = tuple(c.model_copy(update={"provenance": provenance}) for c in d.calendars)
    return replace(d, calendars=calendars)


def test_no_events_while_the_dates_are_placeholders(default_site) -> None:
    d = default_site.disclosures
    assert jsonld.calendar(d, d.calendars[0], "en") is None
    for lang in LANGS:
        assert not _BLOCK.search(calendar_page(d, lang))


@pytest.mark.parametrize("lang", LANGS)
def test_a_public_source_calendar_is_an_event_series(default_site, lang: str) -> None:
    from schemaorg import DECLARATIONS

    d = _with(default_site, "public-source")
    blocks = _BLOCK.findall(calendar_page(d, lang))
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["@type"] == "EventSeries"
    assert (data["startDate"], data["endDate"]) == ("2026-09-01", "2027-08-31")
    events = data["subEvent"]
    assert len(events) == len(d.calendars[0].periods)
    assert [e["startDate"] for e in events] == sorted(e["startDate"] for e in events)
    assert "disambiguatingDescription" in data  # not yet confirmed: said so
    if DECLARATIONS.is_file():
        found = [p for node, at in nodes(data, "calendar") for p in problems_in(node, at)]
        assert not found, found


def test_a_confirmed_calendar_is_not_called_unconfirmed(default_site) -> None:
    d = _with(default_site, "confirmed")
    data = jsonld.calendar(d, d.calendars[0], "ru")
    assert data is not None and "disambiguatingDescription" not in data
    assert data["name"] == "2026–2027 учебный год"
