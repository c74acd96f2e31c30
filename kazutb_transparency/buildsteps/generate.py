"""Data → the complete Markdown tree of the site, callable without MkDocs.

The hand-written pages of docs/ are copied into a staging folder and the generated pages
are written beside them; MkDocs (or any other static generator) then builds the staging
folder. Generated pages never land in docs/, so they are never committed.

Each domain contributes a page renderer and its datasets, listed in `domains.py`.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from kazutb_transparency.buildsteps.crumbs import add_crumbs
from kazutb_transparency.buildsteps.domains import (
    ASSET_RENDERERS,
    DATASET_SOURCES,
    RENDERERS,
    page_context,
)
from kazutb_transparency.buildsteps.files import files_under, sync_tree
from kazutb_transparency.buildsteps.site import SiteData
from kazutb_transparency.core.errors import DataError, Problem
from kazutb_transparency.core.i18n import LANGUAGES
from kazutb_transparency.core.incremental import remembered_view
from kazutb_transparency.core.markdown import listed_datasets
from kazutb_transparency.core.opendata import Dataset


def collect_datasets(site: SiteData) -> list[Dataset]:
    """Every dataset with a row: one with none (its values are not yet published) is not
    listed, as no page offers it."""
    return [
        dataset
        for number, source in enumerate(DATASET_SOURCES)
        for dataset in remembered_view(f"datasets {number}", source, site)
        if dataset.rows
    ]


def generate_pages(
    site: SiteData, cache_dir: Path | None = None, datasets: frozenset[str] | None = None
) -> dict[str, str]:
    """Every generated page, keyed by its path under the docs root ("ru/processes/p01.md").
    `datasets`: the names of the published datasets, the only ones a page links to."""
    pages: dict[str, str] = {}
    with listed_datasets(datasets), page_context(site):
        for lang in LANGUAGES:
            for number, render in enumerate(RENDERERS):
                made = remembered_view(f"pages {number} {lang}", render, site, lang, cache_dir)
                for path, text in made.items():
                    pages[f"{lang}/{path}"] = text
    return pages


def generate_assets(site: SiteData, cache_dir: Path | None = None) -> dict[str, bytes]:
    """Generated files other than pages (chart SVGs, chart specifications), by docs path."""
    return {
        f"{lang}/{path}": content
        for lang in LANGUAGES
        for number, render in enumerate(ASSET_RENDERERS)
        for path, content in remembered_view(
            f"assets {number} {lang}", render, site, lang, cache_dir
        ).items()
    }


def stage_docs(
    docs_dir: Path,
    stage_dir: Path,
    pages: dict[str, str],
    assets: dict[str, bytes] | None = None,
    keep_unchanged: bool = False,
    written_after: frozenset[str] = frozenset(),
    lift: Callable[[dict[str, str]], dict[str, str]] | None = None,
) -> None:
    """Copy hand-written docs into `stage_dir` and add the generated pages and assets.

    keep_unchanged (the live preview): the staging folder is updated in place; a file whose
    content is the same is not touched, so its time stays older than its built page and
    MkDocs' dirty rebuild skips it. Files no longer generated are removed, except
    `written_after` (pages written into the staging folder after this step). `lift`: what
    the pages are made into once they have their breadcrumbs (the preview's raw blocks).
    """
    hand_written = files_under(docs_dir)
    collisions = [path for path in [*pages, *(assets or {})] if path in hand_written]
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
    # Every page, hand-written or generated, with its breadcrumb in its front matter.
    markdown = {p: f.read_text(encoding="utf-8") for p, f in hand_written.items()
                if p.endswith(".md")}  # fmt: skip
    markdown.update((p, text) for p, text in pages.items() if p.endswith(".md"))
    pages = {**pages, **add_crumbs(markdown)}
    if lift is not None:
        pages = lift(pages)
    if not keep_unchanged or not stage_dir.is_dir():
        if stage_dir.exists():
            shutil.rmtree(stage_dir)
        shutil.copytree(docs_dir, stage_dir)
        for path, text in pages.items():
            target = stage_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        for path, content in (assets or {}).items():
            target = stage_dir / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        return
    wanted: dict[str, str | bytes | Path] = dict(hand_written)
    wanted.update(pages)
    wanted.update(assets or {})
    sync_tree(wanted, stage_dir, written_after)
