"""MkDocs adapter: the only place that knows about MkDocs events. All logic is in the package.

mkdocs-static-i18n builds each language by re-running MkDocs' build on the same config,
so every event fires once per language. Data are loaded and pages generated once, on the
first pass; each page is handed to the personal-data gate's worker as it is written; open
data, the per-language search indexes, the rest of the scan of the output and the swap into
site/ happen once, after the last language. The languages after the first are rendered two
at a time, half in a forked child (kazutb_transparency/buildsteps/languages.py): the i18n
plugin's call that builds one language is the one place wrapped for it. Under `serve` the
build is the incremental live preview, without search (buildsteps/preview.py).
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import mkdocs_static_i18n.plugin as i18n_plugin
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from kazutb_transparency.buildsteps import languages, pipeline, preview
from kazutb_transparency.buildsteps.publish import discard, remove_interrupted
from kazutb_transparency.core.alternates import absolute_alternates
from kazutb_transparency.core.compact import compact_html
from kazutb_transparency.core.csp import with_content_security_policy
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.validity import valid_html

log = logging.getLogger("mkdocs.hooks.kazutb")
# The i18n plugin reports each language's configuration at INFO (two dozen lines a build):
# warnings only, unless KAZUTB_VERBOSE is set (`make site VERBOSE=1`).
if not os.environ.get("KAZUTB_VERBOSE"):
    logging.getLogger("mkdocs.plugins.mkdocs_static_i18n").setLevel(logging.WARNING)
_build: pipeline.Build | None = None
_refused: Path | None = None  # the staged pages of a refused preview, removed next time
_docs_dir: str = ""  # docs_dir as configured, to give back to `serve` to watch
_split: _LanguageSplit | None = None


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


class _LanguageSplit:
    """Wraps the i18n plugin's build of one language: the languages of the child's half are
    rendered in the child, started at the first of them; the parent renders the others and,
    after the last, takes back what the child did."""

    def __init__(self, i18n, engine_build, build: pipeline.Build) -> None:
        self.order = [i18n.default_language] + [
            lang for lang in i18n.build_languages if lang != i18n.default_language
        ]
        self.in_child, self.here = languages.split(self.order[1:])
        self.i18n, self.engine_build, self.build = i18n, engine_build, build
        self.child: languages.ChildLanguages | None = None
        self.hand_over = None  # set in the child

    def __call__(self, config, **kwargs) -> None:
        language = self.i18n.current_language
        if language not in self.in_child:
            self.engine_build(config, **kwargs)
            if language == self.here[-1] and self.child is not None:
                self.child.join(lambda file: pipeline.page_written(self.build, file))
            return
        if self.child is None:
            child_dir = pipeline.child_build_dir(self.build)

            def build_one(language: str) -> None:
                self.i18n.current_language = language  # as the plugin does before its call
                self.engine_build(config, **kwargs)

            def child_setup(pages: languages.PagesWritten, hand_over) -> None:
                pipeline.render_in_child(self.build, pages, child_dir)
                config.site_dir = str(child_dir)
                self.hand_over = hand_over

            self.child = languages.ChildLanguages(
                self.in_child,
                build_one,
                self.i18n.search_entries,
                child_setup,
                self.build.build_dir,
                child_dir,
            )

    def env_ready(self) -> None:
        """Every language's pages are listed in the sitemap the last language writes: the
        child hands its lists over once its last language has read its pages; the parent
        takes them before its last language writes the sitemap."""
        language = self.i18n.current_language
        files = self.i18n.i18n_files_per_language
        if self.hand_over is not None and language == self.in_child[-1]:
            views = {lang: [_sitemap_view(f) for f in files[lang]] for lang in self.in_child}
            self.hand_over(views)
        elif self.child is not None and language == self.here[-1]:
            merged = {**files, **self.child.handed_over()}
            files.clear()
            files.update((lang, merged[lang]) for lang in self.order if lang in merged)

    def restore(self) -> None:
        if self.child is not None:
            self.child.abandon()
        i18n_plugin.build = self.engine_build


def _view(page):
    if page is None:
        return None
    return SimpleNamespace(
        is_link=page.is_link,
        canonical_url=page.canonical_url,
        abs_url=page.abs_url,
        update_date=page.update_date,
    )


def _sitemap_view(file) -> SimpleNamespace:
    """What the i18n plugin's sitemap template reads of a page file, as plain data."""
    return SimpleNamespace(
        url=file.url,
        page=_view(file.page),
        alternates={
            lang: SimpleNamespace(url=other.url, page=_view(other.page))
            for lang, other in getattr(file, "alternates", {}).items()
        },
    )


# What the split reads and writes of the i18n plugin; without any of it, one at a time.
_I18N_STATE = ("current_language", "search_entries", "i18n_files_per_language")


def _split_languages(config, build: pipeline.Build) -> None:
    """Render the other languages two at a time, unless serving (the preview renders only
    what changed) or KAZUTB_SEQUENTIAL_LANGUAGES is set (one after the other, as MkDocs)."""
    global _split
    i18n = config.plugins.get("i18n")
    engine_build = getattr(i18n_plugin, "build", None)
    if (
        _serving()
        or os.environ.get("KAZUTB_SEQUENTIAL_LANGUAGES", "") not in ("", "0")
        or i18n is None
        or engine_build is None
        or not all(hasattr(i18n, name) for name in _I18N_STATE)
    ):
        return
    split = _LanguageSplit(i18n, engine_build, build)
    if split.in_child:
        _split = split
        i18n_plugin.build = split


def _unsplit() -> None:
    global _split
    if _split is not None:
        _split.restore()
        _split = None


@event_priority(100)  # before the i18n plugin reads docs_dir
def on_config(config):
    global _build, _refused, _docs_dir
    if _i18n_busy(config):
        return config
    _unsplit()
    if _serving():
        _without_search(config)
    root = Path(config.config_file_path).parent
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
        problems = pipeline.problems_of(exc, _serving())
        if problems is None:
            raise
        if not _serving():
            raise PluginError(str(DataError(problems))) from exc
        log.error(str(DataError(problems)))
        _build = None
        _refused = preview.refusal_stage(root, Path(config.docs_dir), problems)
        preview.forget()  # the refusal is built into the served folder
        config.docs_dir = str(_refused)
        return config
    config.docs_dir = str(_build.stage_dir)
    config.site_dir = str(_build.build_dir)
    _split_languages(config, _build)
    return config


def on_env(env, config, files):
    if _split is not None:
        _split.env_ready()
    return env


@event_priority(-200)  # the page's content as rendered, after every other hook
def on_page_content(html, page, config, files):
    if _build is None:
        return html
    return pipeline.sanitised(_build, page.file.src_uri, html)


@event_priority(-200)  # the page as written, after every other hook
def on_post_page(output, page, config):
    output = with_content_security_policy(absolute_alternates(valid_html(compact_html(output))))
    if _build is not None:
        pipeline.page_written(_build, Path(page.file.abs_dest_path))
    return output


@event_priority(-200)
def on_post_template(output_content, template_name, config):
    if not template_name.endswith(".html"):
        return output_content
    page = with_content_security_policy(valid_html(compact_html(output_content)))
    if template_name == "404.html":
        # Each language's 404 page at its own root; the site's root keeps the default one.
        return pipeline.not_found_page(Path(config.site_dir), config.theme["language"], page)
    return page


@event_priority(-200)  # after the i18n plugin has built every language
def on_post_build(config):
    if _i18n_busy(config):
        return
    _unsplit()
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
        problems = pipeline.problems_of(exc, _serving())
        if problems is None:
            raise
        if not _serving():
            raise PluginError(str(DataError(problems))) from exc
        # The preview keeps answering: the last good pages, each with the banner.
        log.error(str(DataError(problems)))
        preview.banner_on_served(_build.site_dir, problems)
    # Back to the real folders, so that `mkdocs serve` watches docs/, not the staging copy.
    config.site_dir = str(_build.site_dir)
    config.docs_dir = str(_build.docs_dir)


def on_build_error(error):
    _unsplit()
    if _build is not None:
        pipeline.abandon(_build)
    problems = pipeline.problems_of(error, _serving())
    if problems is None or isinstance(error, PluginError):
        return
    if _serving() and _build is not None:
        preview.banner_on_served(_build.site_dir, problems)
    # A full disk or a read-only folder while the engine writes: the message, not a traceback.
    raise PluginError(str(DataError(problems))) from error
