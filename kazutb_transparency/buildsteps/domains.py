"""The domains the site is made of, listed once: what each contributes to the build.

Each domain contributes page renderers, datasets and published document files; adding a
domain means adding one line to each list below. The other build steps reach the domains
only through these lists (and `site.py`, which loads them).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from kazutb_transparency.applicants.content import ProgrammeFacts
from kazutb_transparency.applicants.datasets import applicant_datasets
from kazutb_transparency.applicants.pages import (
    Satisfaction,
    jsonld_additions,
    key_facts,
    render_applicant_pages,
    states_of,
)
from kazutb_transparency.applicants.pages.group_filter import group_filter
from kazutb_transparency.buildsteps.site import SiteData
from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES, Localized
from kazutb_transparency.core.incremental import remembered_view
from kazutb_transparency.core.opendata import Dataset
from kazutb_transparency.core.provenance import Provenance
from kazutb_transparency.disclosures import Disclosures, PublishedDocument, published_documents
from kazutb_transparency.disclosures.datasets import disclosure_datasets, register_dataset
from kazutb_transparency.disclosures.documents import QUALITY_POLICY
from kazutb_transparency.disclosures.pages import (
    KeyFacts,
    render_disclosure_pages,
    render_register_page,
)
from kazutb_transparency.disclosures.pages.common import pending_clauses
from kazutb_transparency.disclosures.pages.pending import pending_rows
from kazutb_transparency.disclosures.programmes import Programme
from kazutb_transparency.international.datasets import international_datasets
from kazutb_transparency.international.pages import render_international_pages
from kazutb_transparency.news.datasets import news_datasets
from kazutb_transparency.news.labels import FEED as NEWS_FEED
from kazutb_transparency.news.labels import INDEX as NEWS_INDEX
from kazutb_transparency.news.labels import L as NEWS_TEXT
from kazutb_transparency.news.media import published_pictures
from kazutb_transparency.news.pages import MEDIA, render_news_pages
from kazutb_transparency.organisation.datasets import units_dataset
from kazutb_transparency.overview.changes import (
    Change,
    collect_changes,
    news_changes,
    render_changes_page,
    render_feeds,
)
from kazutb_transparency.overview.home import render_home
from kazutb_transparency.processes.datasets import process_datasets
from kazutb_transparency.processes.pages import render_process_pages
from kazutb_transparency.quality.datasets import quality_datasets
from kazutb_transparency.quality.pages import render_quality_pages
from kazutb_transparency.students.datasets import student_datasets
from kazutb_transparency.students.pages import procedure_pages, render_student_pages
from kazutb_transparency.surveys.codes import OVERALL
from kazutb_transparency.surveys.datasets import survey_datasets
from kazutb_transparency.surveys.pages import render_survey_assets, render_survey_pages
from kazutb_transparency.surveys.pages.charts_ahead import draw_ahead, survey_charts
from kazutb_transparency.surveys.pages.plain import compare_cell
from kazutb_transparency.surveys.pages.unit_results import headline_result, unit_results
from kazutb_transparency.transparency.datasets import transparency_datasets
from kazutb_transparency.transparency.pages import render_transparency_pages


def page_context(site: SiteData) -> AbstractContextManager[None]:
    """What every page is rendered with: in the publishing build, which clauses are still
    incomplete, with the unit responsible and the date due (each page's register note says
    so below what it cannot publish yet)."""
    if not site.publishing:
        return pending_clauses(None)
    units = site.units.by_id
    return pending_clauses(
        {
            row.clause.clause: (
                units[row.clause.unit].name if row.clause.unit in units else None,
                row.clause.due,
            )
            for row in pending_rows(site.register)
        }
    )


# A renderer gets the data, a language and a cache folder (for costly artefacts such as
# charts) and returns {path inside the language folder: content}.
# The process card the international pages link to: 07 "international activity".
INTERNATIONAL_PROCESS = 7
Renderer = Callable[[SiteData, str, Path | None], dict[str, str]]
AssetRenderer = Callable[[SiteData, str, Path | None], dict[str, bytes]]
DatasetSource = Callable[[SiteData], list[Dataset]]
DocumentSource = Callable[[SiteData], list[PublishedDocument]]

RENDERERS: list[Renderer] = [
    lambda site, lang, cache: render_process_pages(site.registry, site.units, lang),
    lambda site, lang, cache: render_disclosure_pages(
        site.disclosures,
        site.units,
        lang,
        # What of the survey data a unit's results read (its rows, not the targets).
        lambda unit_type, unit, page: remembered_view(
            f"results of {unit_type} {unit} {lang}",
            unit_results,
            *(site.surveys, unit_type, unit, page, lang),
        ),
        lambda programme, page, has_results: _key_facts(site, programme, page, lang, has_results),
        # The catalogue's filter by group of programmes (the applicants' groups).
        group_filter(site.applicants, site.disclosures, "programmes/index.md", lang),
    ),
    lambda site, lang, cache: render_survey_pages(
        site.surveys, lang, cache, site.unit_pages(), _procedures(site)
    ),
    lambda site, lang, cache: render_home(
        site.disclosures, site.register, site.surveys, _changes(site)[0].day, lang, site.applicants
    ),
    lambda site, lang, cache: render_changes_page(_changes(site), lang),
    lambda site, lang, cache: render_transparency_pages(
        site.transparency, site.disclosures, site.units, site.disclosure, lang
    ),
    lambda site, lang, cache: render_news_pages(site.news, site.disclosures, site.units, lang),
    lambda site, lang, cache: render_international_pages(
        site.international, site.disclosures, _international_process(site), lang
    ),
    lambda site, lang, cache: render_quality_pages(
        site.quality,
        site.surveys,
        site.registry,
        site.units,
        lang,
        # Whether the quality policy exists: the documents register says, for every page.
        site.disclosures.current(QUALITY_POLICY),
    ),
    lambda site, lang, cache: render_applicant_pages(
        site.applicants, site.disclosures, lang, _satisfaction(site)
    ),
    lambda site, lang, cache: render_student_pages(
        site.students, site.disclosures, site.units, _survey_names(site), lang
    ),
    lambda site, lang, cache: render_register_page(
        site.disclosures, site.register, site.units, lang
    ),
]

ASSET_RENDERERS: list[AssetRenderer] = [
    lambda site, lang, cache: render_survey_assets(site.surveys, lang, cache),
    lambda site, lang, cache: _news_pictures(site, lang),
]

DATASET_SOURCES: list[DatasetSource] = [
    lambda site: process_datasets(site.registry, site.units),
    lambda site: disclosure_datasets(site.disclosures, site.units),
    # The structure of §9.7.1.2, as checked on the date of the chart (about.yaml).
    lambda site: (
        [units_dataset(site.units, site.disclosures.about.structure, site.today)]
        if site.disclosures.about.structure is not None
        else []
    ),
    # The register on its own: other domains' evidence changes it, not the disclosures.
    lambda site: [register_dataset(site.disclosures, site.register, site.units)],
    lambda site: survey_datasets(site.surveys),
    lambda site: transparency_datasets(site.transparency, site.disclosure),
    lambda site: news_datasets(site.news),
    lambda site: quality_datasets(site.quality, site.surveys, site.registry),
    lambda site: applicant_datasets(site.applicants, site.disclosures),
    lambda site: student_datasets(site.students),
    lambda site: international_datasets(site.international),
]

# What the live preview hands to another process right after the data are checked, to be
# done while it writes the open data and the pages (the pages wait for it only where they
# show its result): the survey charts not yet drawn.
AHEAD: list[Callable[[SiteData, Path], None]] = [
    lambda site, cache: draw_ahead(survey_charts(site.surveys, LANGUAGES, cache)),
]

DOCUMENT_SOURCES: list[DocumentSource] = [
    lambda site: published_documents(site.disclosures.documents),
]


def _key_facts(
    site: SiteData, programme: Programme, page: str, lang: str, has_results: bool
) -> KeyFacts:
    """The applicants' key facts at the top of a programme's page (the live preview makes
    them again only when that programme's facts changed)."""
    # Demonstration survey figures are marked like any other placeholder.
    surveys = (
        ("placeholder" if site.surveys.meta.demonstration else "confirmed") if has_results else None
    )
    facts = site.applicants.facts_of(programme.code)
    sentence = (
        remembered_view(
            f"survey sentence {programme.code} {lang}",
            headline_result,
            *(site.surveys, "programme", programme.code, lang),
        )
        if has_results
        else ""
    )
    return remembered_view(
        f"key facts {programme.code} {lang}",
        _facts_block,
        *(site.disclosures, facts, programme, page, lang, surveys, sentence),
    )


def _facts_block(
    d: Disclosures,
    facts: ProgrammeFacts,
    programme: Programme,
    page: str,
    lang: str,
    surveys: Provenance | None,
    sentence: str = "",
) -> KeyFacts:
    states = states_of(facts) | ({surveys} if surveys else set())
    return KeyFacts(
        key_facts(facts, d, programme, page, lang, surveys, sentence),
        frozenset(states),
        jsonld_additions(facts, lang),
    )


def _satisfaction(site: SiteData) -> dict[str, Satisfaction]:
    """Each programme's satisfaction in the latest wave of the first survey that reports
    on it (a withheld figure says why, in the surveys' words); demonstration figures are
    placeholders."""
    data = site.surveys
    state: Provenance = "placeholder" if data.meta.demonstration else "confirmed"
    out: dict[str, Satisfaction] = {}
    for survey in data.catalogue.surveys:
        waves = data.waves(survey.id)
        if not waves:
            continue
        for programme in site.disclosures.programmes:
            if programme.code in out:
                continue
            row = data.row(survey.id, waves[-1], "programme", programme.code, OVERALL)
            if row is None or (not row.suppressed and row.satisfaction is None):
                continue
            share = None if row.suppressed else row.satisfaction
            texts = {lang: compare_cell(data, row, lang) for lang in LANGUAGES}
            out[programme.code] = Satisfaction(share, row.wave, state, texts)
    return out


def _survey_names(site: SiteData) -> dict[str, Localized]:
    """Each survey's name (the grade-appeal page links the survey that asks about it)."""
    return {survey.id: survey.name for survey in site.surveys.catalogue.surveys}


def _procedures(site: SiteData) -> dict[tuple[str, str], str]:
    """The page that explains what a survey question asks about: {(survey, question): page}."""
    return procedure_pages(site.students)


def _news_pictures(site: SiteData, lang: str) -> dict[str, bytes]:
    """The pictures the news show, their metadata stripped: once, beside the default
    language's item pages (the other languages' pages show the same files)."""
    if lang != DEFAULT_LANGUAGE:
        return {}
    files = {photo.file for item in site.news.items for photo in item.photos}
    pictures = published_pictures(site.news.media_dir, files)
    return {f"news/{MEDIA}/{name}": content for name, content in pictures.items()}


def _international_process(site: SiteData) -> tuple[str, Localized] | None:
    """The page and title of process 07 "international activity", which the international
    pages link to (None when the registry has no such process)."""
    found = next((p for p in site.registry.processes if p.number == INTERNATIONAL_PROCESS), None)
    return None if found is None else (f"processes/{found.slug}.md", found.title)


def _changes(site: SiteData):
    return collect_changes(
        site.disclosures,
        site.registry,
        site.surveys,
        site.transparency,
        site.students,
        site.news,
        site.international,
    )


def changes_of(site: SiteData) -> list[Change]:
    """Every dated item the pages show, newest first (the changes page, feeds, sitemap)."""
    return _changes(site)


def feeds(site: SiteData, site_url: str) -> dict[str, bytes]:
    """The Atom feeds of what changed and of the news, one of each per language (they need
    the site's address)."""
    title = Localized(**{lang: NEWS_TEXT["feed_title"][lang] for lang in LANGUAGES})
    news = render_feeds(news_changes(site.news), site_url, NEWS_FEED, title, NEWS_INDEX)
    return {**render_feeds(_changes(site), site_url), **news}


def collect_documents(site: SiteData) -> list[PublishedDocument]:
    """Every document file the site publishes, with its checksum and clauses."""
    return [document for source in DOCUMENT_SOURCES for document in source(site)]
