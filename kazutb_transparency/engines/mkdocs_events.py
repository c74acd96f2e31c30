"""MkDocs (and ProperDocs) adapter: the only module that knows MkDocs' events.

Two ways MkDocs runs the build:

- **Render step** (`make site`: buildsteps/stages.py): the data were checked and the pages
  staged before MkDocs started; each language is rendered by its own MkDocs process with
  `build_only_locale`, and `KAZUTB_RENDER` names the stage's render.json. Here only the
  pages are made final: the raw blocks the stage lifted out put back, the allowlist
  sanitiser on hand-written pages, compaction, the language switcher and alternates (the
  i18n plugin gives none to a language built alone), the move one folder down for a
  language other than the default, and the page's policy (buildsteps/pagework.py).
- **Whole build in one process** (`mkdocs build`, `mkdocs serve`): the stage runs in
  `on_config` and the finish in `on_post_build`, every language rendered in turn.
"""

from __future__ import annotations

import json
import logging
import os
import posixpath
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kazutb_transparency.buildsteps.pagework import final_page
from kazutb_transparency.buildsteps.rawblocks import restored
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.languages import DEFAULT_LANGUAGE
from kazutb_transparency.core.sanitise import sanitise_html
from kazutb_transparency.engines.commands import RENDER_MANIFEST
from kazutb_transparency.engines.theme_dirs import unhidden

if TYPE_CHECKING:
    from kazutb_transparency.buildsteps import pipeline

# The whole build's steps (pipeline, preview, publish) load every domain, pandas and Altair:
# imported only where a whole build needs them, so that a render process starts light.

log = logging.getLogger("mkdocs.hooks.kazutb")
# The i18n plugin reports each language's configuration at INFO (two dozen lines a build):
# warnings only, unless KAZUTB_VERBOSE is set (`make site VERBOSE=1`).
if not os.environ.get("KAZUTB_VERBOSE"):
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n").setLevel(logging.WARNING)


class _Render:
    """What the render step's stage handed over (render.json)."""

    def __init__(self, manifest: Path) -> None:
        data = json.loads(manifest.read_text(encoding="utf-8"))
        self.stage_dir = Path(data["stage_dir"])
        self.blocks_dir = Path(data["blocks_dir"])
        self.site_url: str = data["site_url"]
        self.hand_written = frozenset(data["hand_written"])
        self.permalink_titles: dict[str, str] = data.get("permalink_titles", {})


_render: _Render | None = (
    _Render(Path(os.environ[RENDER_MANIFEST])) if os.environ.get(RENDER_MANIFEST) else None
)
_build: pipeline.Build | None = None  # a whole build only
_refused: Path | None = None  # the staged pages of a refused preview, removed next time
_docs_dir: str = ""  # docs_dir as configured, to give back to `serve` to watch


def permalink_title(lang: str) -> str:
    """The title of a heading's permalink in `lang` (core/interface.py): in the render step
    as its render.json gives it, so that an engine process loads no catalog."""
    if _render is not None and lang in _render.permalink_titles:
        return _render.permalink_titles[lang]
    # The catalogs load pydantic: only once a page is rendered, not as MkDocs starts.
    from kazutb_transparency.core.interface import permalink_title as of_catalog

    return of_catalog(lang)


def _serving() -> bool:
    """`mkdocs serve` (or properdocs serve): a refused edit is shown in the browser."""
    return len(sys.argv) > 1 and sys.argv[1] == "serve"


def _i18n_busy(config) -> bool:
    """True while mkdocs-static-i18n is building one of the other languages."""
    i18n = config.plugins.get("i18n")
    return bool(i18n and getattr(i18n, "building", False))


def _strict(config) -> bool:
    return bool(config.strict) or os.environ.get("STRICT", "") not in ("", "0")


def _alone(config) -> str:
    """The language this process renders alone at its root, or "" (every language)."""
    return str(config.extra.get("language_alone") or "")


def _shown_in_preview(exc: Exception):
    """The problems of a failed step, logged for the preview to show; a one-off build
    stops with them as MkDocs' error (an unexpected error keeps its traceback)."""
    from kazutb_transparency.buildsteps import pipeline

    problems = pipeline.problems_of(exc, _serving())
    if problems is None:
        raise exc
    if not _serving():
        raise PluginError(str(DataError(problems))) from exc
    log.error(str(DataError(problems)))
    return problems


@event_priority(100)  # before the i18n plugin reads docs_dir
def on_config(config):
    global _build, _refused, _docs_dir
    root = Path(config.config_file_path).parent
    # The theme's hidden folders (Material's 14,348 icons) not walked at every (re)build.
    config.theme.dirs = unhidden(config.theme.dirs, root)
    if _render is not None or _i18n_busy(config):
        return config
    from kazutb_transparency.buildsteps import pipeline, preview
    from kazutb_transparency.buildsteps.publish import discard, remove_interrupted

    _docs_dir = config.docs_dir
    discard(_refused)
    _refused = None
    remove_interrupted(root, Path(config.site_dir))
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
    except Exception as exc:
        problems = _shown_in_preview(exc)
        _build = None
        _refused = preview.refusal_stage(root, Path(config.docs_dir), problems)
        preview.forget()  # the refusal is built into the served folder
        config.docs_dir = str(_refused)
        return config
    config.docs_dir = str(_build.stage_dir)
    config.site_dir = str(_build.build_dir)
    return config


def _layout(config) -> tuple[Path, str, dict[str, str]]:
    """The staged tree, the site's address and {language: its name}, in the render step
    from its render.json, in a whole build from the configuration."""
    i18n = config.plugins.get("i18n")
    names = {lang.locale: lang.name for lang in i18n.config.languages} if i18n else {}
    if _render is not None:
        return _render.stage_dir, _render.site_url, names
    return Path(config.docs_dir), config.site_url or "/", names


@event_priority(-100)  # after the i18n plugin has set its own
def on_page_context(context, page, config, nav):
    """The language switcher and hreflang links of this page: the same page in every
    language that has it (else that language's home), addressed as the site is laid out,
    whether the languages are rendered together or each alone."""
    if page.file.abs_src_path is None or (_render is None and _build is None):
        return context
    stage_dir, site_url, names = _layout(config)
    lang = config.theme["language"]
    inside = page.url if _alone(config) else page.url.removeprefix(f"{lang}/")
    in_language = page.file.src_uri.partition("/")[2]
    here = inside if lang == DEFAULT_LANGUAGE else f"{lang}/{inside}"
    alternates = []
    for other, name in names.items():
        prefix = "" if other == DEFAULT_LANGUAGE else f"{other}/"
        target = prefix + (inside if (stage_dir / other / in_language).is_file() else "index.html")
        alternates.append({
            "name": name,
            "lang": other,
            "link": site_url + target,
            "href": posixpath.relpath(target, posixpath.dirname(here) or "."),
        })  # fmt: skip
    config.extra["alternate"] = alternates
    return context


@event_priority(-200)  # the page's content as rendered, after every other hook
def on_page_content(html, page, config, files):
    if _render is not None:
        source = page.file.src_uri  # as in the staged tree, whatever docs_dir shows of it
        if source in _render.hand_written:
            return sanitise_html(html)
        return restored(html, _render.blocks_dir, source)  # the stage's lifted raw blocks
    if _build is None:
        return html
    from kazutb_transparency.buildsteps import pipeline

    return pipeline.sanitised(_build, page.file.src_uri, html)


def _final(html: str, config, name: str) -> str:
    if _render is None:
        return final_page(html, "", "/", name)
    return final_page(html, _alone(config), _render.site_url, name)


def on_env(env, config, files):
    """Compiled templates kept in .cache/jinja/ across builds and rebuilds: compiling the
    theme's templates took a third of a preview's render of a language. Jinja checks each
    template's source against the cached code, and writes the cache atomically."""
    from jinja2 import FileSystemBytecodeCache

    folder = Path(config.config_file_path).parent / ".cache" / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env


def on_template_context(context, template_name, config):
    """The 404 page answers at any depth: its language links lead to each language's home,
    by their path from the host."""
    if template_name != "404.html" or (_render is None and _build is None):
        return context
    _, site_url, names = _layout(config)
    root = urlsplit(site_url).path or "/"
    config.extra["alternate"] = [
        {"name": name, "lang": lang, "link": site_url + _home(lang), "href": root + _home(lang)}
        for lang, name in names.items()
    ]
    return context


def _home(lang: str) -> str:
    return "index.html" if lang == DEFAULT_LANGUAGE else f"{lang}/index.html"


@event_priority(-200)  # the page as written, after every other hook
def on_post_page(output, page, config):
    output = _final(output, config, page.file.src_uri)
    if _build is not None:
        from kazutb_transparency.buildsteps import pipeline

        pipeline.page_written(_build, Path(page.file.abs_dest_path))
    return output


@event_priority(-200)
def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    page = _final(output_content, config, template_name)
    if template_name == "404.html" and _render is None:
        from kazutb_transparency.buildsteps import pipeline

        # Each language's 404 page at its own root; the site's root keeps the default one.
        return pipeline.not_found_page(Path(config.site_dir), config.theme["language"], page)
    return page


@event_priority(-200)  # after the i18n plugin has built every language
def on_post_build(config):
    if _render is not None or _i18n_busy(config):
        return
    from kazutb_transparency.buildsteps import pipeline, preview

    if _build is None:
        if _refused is not None:
            config.docs_dir = _docs_dir  # watch docs/ again, not the refused copy
        return
    if _serving():
        preview.keep_last_good(_build.root, _build.stage_dir)
    try:
        pipeline.finish(_build, warn=log.warning, info=log.info)
    except Exception as exc:
        pipeline.abandon(_build)
        problems = _shown_in_preview(exc)
        # The preview keeps answering: the last good pages, each with the banner.
        preview.banner_on_served(_build.site_dir, problems)
    # Back to the real folders, so that `mkdocs serve` watches docs/, not the staging copy.
    config.site_dir = str(_build.site_dir)
    config.docs_dir = str(_build.docs_dir)


def on_build_error(error):
    from kazutb_transparency.buildsteps import pipeline, preview

    if _build is not None:
        pipeline.abandon(_build)
    problems = pipeline.problems_of(error, _serving())
    if problems is None or isinstance(error, PluginError):
        return
    if _serving() and _build is not None:
        preview.banner_on_served(_build.site_dir, problems)
    # A full disk or a read-only folder while the engine writes: the message, not a traceback.
    raise PluginError(str(DataError(problems))) from error
