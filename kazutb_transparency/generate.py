"""Data → the complete Markdown tree of the site, callable without MkDocs.

The hand-written pages of docs/ are copied into a staging folder and the generated pages
are written beside them; MkDocs (or any other static generator) then builds the staging
folder. Generated pages never land in docs/, so they are never committed.

Each domain contributes a page renderer and its datasets; adding a domain means adding
one line to each list below.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from kazutb_transparency.errors import DataError, Problem
from kazutb_transparency.i18n import LANGUAGES
from kazutb_transparency.opendata import Dataset
from kazutb_transparency.opendata.disclosures import disclosure_datasets
from kazutb_transparency.opendata.processes import process_datasets
from kazutb_transparency.render.disclosures import render_disclosure_pages
from kazutb_transparency.render.processes import render_process_pages
from kazutb_transparency.site import SiteData

Renderer = Callable[[SiteData, str], dict[str, str]]
DatasetSource = Callable[[SiteData], list[Dataset]]

RENDERERS: list[Renderer] = [
    lambda site, lang: render_process_pages(site.registry, site.units, lang),
    lambda site, lang: render_disclosure_pages(site.disclosures, site.units, lang),
]

DATASET_SOURCES: list[DatasetSource] = [
    lambda site: process_datasets(site.registry, site.units),
    lambda site: disclosure_datasets(site.disclosures, site.units),
]


def collect_datasets(site: SiteData) -> list[Dataset]:
    return [dataset for source in DATASET_SOURCES for dataset in source(site)]


def generate_pages(site: SiteData, renderers: list[Renderer] | None = None) -> dict[str, str]:
    """Every generated page, keyed by its path under the docs root ("ru/processes/p01.md")."""
    pages: dict[str, str] = {}
    for lang in LANGUAGES:
        for render in renderers or RENDERERS:
            for path, text in render(site, lang).items():
                pages[f"{lang}/{path}"] = text
    return pages


def stage_docs(docs_dir: Path, stage_dir: Path, pages: dict[str, str]) -> None:
    """Copy hand-written docs into `stage_dir` and add the generated pages."""
    collisions = [path for path in pages if (docs_dir / path).exists()]
    if collisions:
        raise DataError(
            [
                Problem(
                    str(docs_dir / path),
                    "a hand-written page has the address of a generated one",
                    hint="rename or move the hand-written page",
                )
                for path in collisions
            ]
        )
    if stage_dir.exists():
        shutil.rmtree(stage_dir)
    shutil.copytree(docs_dir, stage_dir)
    for path, text in pages.items():
        target = stage_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
