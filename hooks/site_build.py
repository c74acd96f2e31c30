"""MkDocs adapter: the only place that knows about MkDocs events. All logic is in the package.

mkdocs-static-i18n builds each language by re-running MkDocs' build on the same config,
so every event fires once per language. Data are loaded and pages generated once, on the
first pass; each page is handed to the personal-data gate's worker as it is written; open
data, the per-language search indexes, the rest of the scan of the output and the swap into
site/ happen once, after the last language. Under `serve` the build is the incremental
live preview, without search (kazutb_transparency/buildsteps/preview.py).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kazutb_transparency.buildsteps import pipeline, preview
from kazutb_transparency.buildsteps.publish import discard
from kazutb_transparency.core.compact import compact_html
from kazutb_transparency.core.errors import DataError

log = logging.getLogger("mkdocs.hooks.kazutb")
_build: pipeline.Build | None = None
_refused: Path | None = None  # the staged pages of a refused preview, removed next time
_docs_dir: str = ""  # docs_dir as configured, to give back to `serve` to watch


def _serving() -> bool:
    """`mkdocs serve` (or properdocs serve): a refused edit is shown in the browser."""
    return len(sys.argv) > 1 and sys.argv[1] == "serve"


def _i18n_busy(config) -> bool:
    """True while mkdocs-static-i18n is building one of the other languages."""
    i18n = config.plugins.get("i18n")
    return bool(i18n and getattr(i18n, "building", False))


def _strict(config) -> bool:
    return bool(config.strict) or os.environ.get("STRICT", "") not in ("", "0")


def _without_search(config) -> None:
    """The live preview has no search: the index is work only the published site needs (and
    the i18n plugin's merging of it grows with the square of the site)."""
    plugins = config.plugins
    for name in [name for name in plugins if name.endswith("search")]:
        plugin = plugins[name]
        for methods in plugins.events.values():
            methods[:] = [m for m in methods if getattr(m, "__self__", None) is not plugin]
        del plugins[name]


@event_priority(100)  # before the i18n plugin reads docs_dir
def on_config(config):
    global _build, _refused, _docs_dir
    if _i18n_busy(config):
        return config
    if _serving():
        _without_search(config)
    root = Path(config.config_file_path).parent
    _docs_dir = config.docs_dir
    discard(_refused)
    _refused = None
    try:
        _build = pipeline.prepare(
            root=root,
            docs_dir=Path(config.docs_dir),
            site_dir=Path(config.site_dir),
            strict=_strict(config),
            warn=log.warning,
            site_url=config.site_url or "/",
            preview=_serving(),
        )
    except DataError as exc:
        if not _serving():
            raise PluginError(str(exc)) from exc
        log.error(str(exc))
        _build = None
        _refused = preview.refusal_stage(root, Path(config.docs_dir), exc.problems)
        preview.forget()  # the refusal is built into the served folder
        config.docs_dir = str(_refused)
        return config
    config.docs_dir = str(_build.stage_dir)
    config.site_dir = str(_build.build_dir)
    return config


@event_priority(-200)  # the page as written, after every other hook
def on_post_page(output, page, config):
    output = compact_html(output)
    if _build is not None:
        pipeline.page_written(_build, Path(page.file.abs_dest_path))
    return output


@event_priority(-200)  # after the i18n plugin has built every language
def on_post_build(config):
    if _i18n_busy(config):
        return
    if _build is None:
        if _refused is not None:
            config.docs_dir = _docs_dir  # watch docs/ again, not the refused copy
        return
    if _serving():
        preview.keep_last_good(_build.root, _build.stage_dir)
    try:
        pipeline.finish(_build, warn=log.warning, info=log.info)
    except DataError as exc:
        pipeline.abandon(_build)
        raise PluginError(str(exc)) from exc
    # Back to the real folders, so that `mkdocs serve` watches docs/, not the staging copy.
    config.site_dir = str(_build.site_dir)
    config.docs_dir = str(_build.docs_dir)


def on_build_error(error):
    if _build is not None:
        pipeline.abandon(_build)
