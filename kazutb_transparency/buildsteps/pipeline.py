"""The build, in the order it runs: check data → generate pages → (MkDocs renders) → publish.

`prepare` runs before the site generator, `finish` after it. Both are plain functions over
paths, so a future generator can call them the same way the MkDocs hook does.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass, field, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from kazutb_transparency.buildsteps.domains import AHEAD, changes_of, collect_documents, feeds
from kazutb_transparency.buildsteps.files import ResolvedUnder, files_under
from kazutb_transparency.buildsteps.forked import in_child
from kazutb_transparency.buildsteps.gate import (
    UNREADABLE,
    ScanReport,
    adopt_lines_scanned,
    enforce,
    gate_allowlist,
    lines_scanned,
    merge,
    new_rebuild,
    scan_changed_files,
    scan_for_personal_data,
    served_clean,
)
from kazutb_transparency.buildsteps.generate import (
    collect_datasets,
    generate_assets,
    generate_pages,
    stage_docs,
)
from kazutb_transparency.buildsteps.lastmod import opendata_dates, page_dates, rewrite_sitemap
from kazutb_transparency.buildsteps.leftovers import owned_folder
from kazutb_transparency.buildsteps.links import broken_links
from kazutb_transparency.buildsteps.preview import (
    PREVIEW_BLOCKS,
    changed_among,
    changed_since_served,
    place_published,
    preview_dirs,
    preview_publish_dir,
    serve_changes,
    state_of,
)
from kazutb_transparency.buildsteps.publish import (
    discard,
    fresh_build_dir,
    move_published,
    remove_source_maps,
    remove_theme_search,
    remove_third_party_urls,
    swap_into_place,
)
from kazutb_transparency.buildsteps.rawblocks import lift_kept, lift_pages, lift_staged
from kazutb_transparency.buildsteps.scanahead import ScanAhead
from kazutb_transparency.buildsteps.scancache import cache_file
from kazutb_transparency.buildsteps.scancache import load as load_scan_cache
from kazutb_transparency.buildsteps.search_index import check_search_code, write_search_indexes
from kazutb_transparency.buildsteps.search_page import search_pages
from kazutb_transparency.buildsteps.site import SiteData, load_published_site, load_site
from kazutb_transparency.buildsteps.siteindex import PAGE as SITE_INDEX
from kazutb_transparency.buildsteps.siteindex import write_site_indexes
from kazutb_transparency.buildsteps.sitemap import page_paths, sitemap
from kazutb_transparency.buildsteps.translations import fallback_pages
from kazutb_transparency.core.alternates import robots_txt
from kazutb_transparency.core.audit import Concern
from kazutb_transparency.core.boundary import tree_problems as boundary_problems
from kazutb_transparency.core.datafiles import (
    display_path,
    read_text,
    yaml_error_problem,
    yaml_structure_problem,
)
from kazutb_transparency.core.dates import build_day
from kazutb_transparency.core.errors import DataError, Problem, problem_of_os_error
from kazutb_transparency.core.frontmatter import front_matter_of
from kazutb_transparency.core.frontmatter import front_matter_problems as page_front_matter_problems
from kazutb_transparency.core.gc_pause import collections_paused
from kazutb_transparency.core.i18n import DEFAULT_LANGUAGE, LANGUAGES
from kazutb_transparency.core.incremental import remembered, remembering, remembering_steps
from kazutb_transparency.core.opendata import Dataset
from kazutb_transparency.core.opendata.catalogue import catalogue_pages
from kazutb_transparency.core.opendata.releases import (
    CHECKSUMS,
    RELEASES,
    checksums,
    publish_releases,
    store_dir,
    version_of,
)
from kazutb_transparency.core.opendata.writer import (
    EvidenceItem,
    WrittenDataset,
    licence_problem,
    load_settings,
    write_datasets,
    write_evidence_pack,
    write_package,
)
from kazutb_transparency.core.sanitise import page_problems, sanitise_html
from kazutb_transparency.core.sidefiles import side_file_problems
from kazutb_transparency.core.writing import keep_only, write_if_changed

Log = Callable[[str], None]
SITE_INDEXES = frozenset(f"{lang}/{SITE_INDEX}" for lang in LANGUAGES)


@dataclass
class Build:
    """What the two halves of a build share. The loaded data are not kept: MkDocs renders
    from the staged files, and dropping the models frees their memory for it."""

    root: Path
    data_dir: Path
    docs_dir: Path
    stage_dir: Path
    site_dir: Path
    build_dir: Path
    publish_dir: Path  # open data and documents, laid out as in the site, scanned ahead
    strict: bool
    scanner: ScanAhead | None = None
    work_dir: Path | None = None
    preview: bool = False  # `make serve`: kept folders, only changed files rendered and copied
    timings: dict[str, float] = field(default_factory=dict)
    # Pages written by editors (docs/, and their stand-ins in other languages): their
    # rendered HTML passes the allowlist sanitiser (core/sanitise.py).
    hand_written: frozenset[str] = frozenset()
    # The date of the data each page shows (lastmod.py), for the sitemap.
    page_dates: dict[str, date] = field(default_factory=dict)
    site_url: str = "/"
    # Each language rendered by its own engine process (buildsteps/render.py): their
    # sitemaps kept aside for `finish` to merge.
    languages_apart: bool = False
    search_indexed: bool = False  # the render step wrote each language's search index
    # The preview's scan of the open data and documents that changed, started in a child
    # as soon as they were written (`scan_published` waits for it).
    published: Callable[[], PublishedScan] | None = None


def blocks_folder(root: Path, work_dir: Path | None, preview: bool) -> Path:
    """Where the raw HTML blocks lifted out of the staged pages are kept (rawblocks.py):
    the preview keeps them beside its staged tree, between rebuilds."""
    if preview:
        return root / PREVIEW_BLOCKS
    assert work_dir is not None
    return work_dir / "blocks"


def sitemaps_dir(build: Build) -> Path:
    """Where the render step keeps each language's own sitemap for `finish`."""
    assert build.work_dir is not None
    return build.work_dir / "sitemaps"


@contextmanager
def timed(timings: dict[str, float], step: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[step] = time.perf_counter() - started


def build_date() -> date:
    """Today, or KAZUTB_TODAY (YYYY-MM-DD) so that tests and rebuilds can pin the date."""
    return build_day()


# What the publishing build publishes with a mark instead of refusing: values from a public
# source ("not yet confirmed"), stale items (with their date: a date passing shows on the site
# the day it passes), and mandatory items without a real value ("not yet published", listed
# on their page and for each office by `make status`).
PUBLISHED_WITH_MARKS = frozenset({Concern.PUBLIC_SOURCE, Concern.STALE, Concern.INCOMPLETE})

# What the publishing build does with each kind of concern, as the lists say it.
_PUBLISHING_BUILD = {
    Concern.TRANSLATION: "refused by the publishing build",
    Concern.UNVERIFIED: "left out by the publishing build",
    Concern.PLACEHOLDER: "left out by the publishing build",
    Concern.PUBLIC_SOURCE: "published with its mark: not yet confirmed",
    Concern.STALE: "published with its date and its stale mark",
    Concern.INCOMPLETE: "published as not yet published",
    Concern.TERMINOLOGY: "refused by the publishing build",
    Concern.INCONSISTENT: "refused by the publishing build",
}


def data_dir_for(root: Path) -> Path:
    """data/ of the project, or KAZUTB_DATA (used by the benchmark and tests)."""
    override = os.environ.get("KAZUTB_DATA")
    return Path(override).resolve() if override else root / "data"


def check_data(
    data_dir: Path,
    today: date,
    strict: bool,
    warn: Log,
    scanner: ScanAhead | None = None,
    docs_dir: Path | None = None,
    notices_file: Path | None = None,
    bounded: Collection[Path] = (),
    cache_dir: Path | None = None,
) -> SiteData:
    """Personal-data gate and validation of data/; strict also refuses every concern.

    Both checks run even when one fails, so the editor sees every problem at once. With a
    `scanner`, data/ is scanned in its worker while the data are loaded here. The
    hand-written sources in `docs_dir` are scanned like data/: their front matter and
    comments stay in the repository even though no page shows them. `bounded`: the trees
    whose input boundary the caller has just checked (a build checks docs/ before its pages'
    front matter), not walked again. `cache_dir`: where the last build's parses of data/
    and its glossary check are kept (buildsteps/site.load_site).
    """
    sources = [data_dir, *([docs_dir] if docs_dir is not None and docs_dir.is_dir() else [])]
    # The input boundary first: nothing behind a link out of the repository is ever read.
    refused = [
        problem for tree in sources if tree not in bounded for problem in boundary_problems(tree)
    ]
    if refused:
        raise DataError(refused)
    data_scan = scanner.tree(sources) if scanner is not None else None

    def gate() -> None:
        if data_scan is None:
            scan_for_personal_data(sources, data_dir, strict, warn)
        else:
            enforce(data_scan.result(), strict, warn)

    found: dict[str, list[Problem]] = {}
    site = None

    def load() -> None:
        nonlocal site
        site = load_site(data_dir, today, cache_dir)

    proposals: list[Problem] = []  # refused by the strict build, with the audit's concerns

    def settings() -> None:
        problem = licence_problem(data_dir, load_settings(data_dir))
        if problem is not None:
            proposals.append(problem)

    for name, check in (
        ("settings", settings),
        ("site", load),
        ("gate", gate),
    ):
        try:
            check()
        except DataError as exc:
            found[name] = exc.problems
    problems = [p for name in ("gate", "settings", "site") for p in found.get(name, [])]
    if problems:
        raise DataError(_once_per_unreadable_file(problems))
    assert site is not None
    if strict:
        # Published: what is real. Placeholders and samples are left out (core/withhold.py),
        # a mandatory item without a real value says "not yet published", and public-source
        # values and stale items are published with their marks.
        site, _ = load_published_site(data_dir, today)
        blocking = site.audit.strict_problems(PUBLISHED_WITH_MARKS)
        if blocking:
            raise DataError(blocking)
    for problem in proposals:
        warn(f"{problem} (published as proposed)")
    # One list per kind: printed in full by `make validate`; a build prints one line of
    # counts and writes the lists to `notices_file`, so that its output stays readable.
    lists = [
        f"{len(items)} × {kind.value} ({_PUBLISHING_BUILD[kind]}):\n"
        + "\n".join(f"    - {problem}" for problem in items)
        for kind in Concern
        if (items := site.audit.of(kind))
    ]
    if notices_file is None:
        for listed in lists:
            warn(listed)
    elif lists:
        notices_file.parent.mkdir(parents=True, exist_ok=True)
        notices_file.write_text("\n\n".join(lists) + "\n", encoding="utf-8")
        counts = ", ".join(listed.split(" (", 1)[0] for listed in lists)
        warn(f"{counts}: listed in {display_path(notices_file)}, by `make validate` and, "
             "for each office, by `make status`")  # fmt: skip
    elif notices_file.exists():
        notices_file.unlink()
    return site


def _once_per_unreadable_file(problems: list[Problem]) -> list[Problem]:
    """A file that is not UTF-8 is reported by the loader (with the line and what to do);
    the personal-data gate's note about the same file adds nothing."""
    unreadable = {p.file for p in problems if "UTF" in p.message and UNREADABLE not in p.message}
    return [p for p in problems if not (p.file in unreadable and UNREADABLE in p.message)]


def write_opendata(
    site: SiteData, folder: Path, site_url: str, datasets: list[Dataset] | None = None
) -> dict[str, str]:
    """Write every dataset, the package and the evidence pack; return the catalogue pages.

    The preview keeps the folder: unchanged files keep their times (and are neither hashed,
    scanned nor copied again), and what this rebuild did not write is removed."""
    if folder.exists() and not remembering():
        shutil.rmtree(folder)
    settings = load_settings(site.data_dir)
    written = write_datasets(
        collect_datasets(site) if datasets is None else datasets, settings, folder
    )
    write_package(written, settings, folder)
    releases = publish_releases(written, settings, folder, store_dir(), site_url)
    evidence = [
        EvidenceItem(
            folder / item.csv.path, f"opendata/{item.csv.path}", item.dataset.evidence.get("en")
        )
        for item in written
    ]
    # The JSON copies hold exactly the CSVs' values: listed (size, hash), kept on the site.
    evidence += [
        EvidenceItem(
            folder / item.json.path,
            f"opendata/{item.json.path}",
            f"the values of opendata/{item.csv.path} as JSON; on the site at this address",
            in_pack=False,
        )
        for item in written
    ]
    evidence += [
        EvidenceItem(doc.source, doc.published, "regulation §" + ", §".join(doc.clauses))
        for doc in collect_documents(site)
    ]
    evidence.append(
        EvidenceItem(
            folder / "datapackage.json",
            "opendata/datapackage.json",
            "Frictionless data package: schemas, sizes and hashes",
        )
    )
    write_evidence_pack(evidence, folder / "evidence-pack.zip", compressed=not remembering())
    if remembering():
        keep_only(folder, _opendata_files(written))
    return {
        f"{lang}/{path}": text
        for lang in LANGUAGES
        for path, text in remembered(
            f"catalogue {lang}", catalogue_pages, written, settings, lang, site_url, releases
        ).items()
    }


def _opendata_files(written: list[WrittenDataset]) -> set[str]:
    """What write_opendata writes into its folder, by path inside it."""
    files = {"datapackage.json", "evidence-pack.zip", f"{RELEASES}/index.json"}
    for item in written:
        files.update((item.csv.path, item.json.path))
        # The current version's folder holds its package only (releases.py).
        files.add(f"{RELEASES}/{version_of(item)}/datapackage.json")
    return files


def start_scanner(data_dir: Path, root: Path, warn: Log) -> ScanAhead | None:
    """The scan-ahead worker, or None when the allowlist is broken (the sequential gate
    then reports it with the other problems). It passes the files whose bytes an earlier
    build found clean under the same gate (scancache.py, kept in root/.cache/)."""
    try:
        allowlist = gate_allowlist(data_dir)
    except DataError:
        return None
    cache, note = load_scan_cache(cache_file(root), data_dir)
    if note is not None:
        warn(note)
    return ScanAhead(allowlist, cache)


def prepare(
    root: Path,
    docs_dir: Path,
    site_dir: Path,
    strict: bool,
    warn: Log,
    site_url: str = "/",
    preview: bool = False,
    scan_ahead: bool = False,
    lift_blocks: bool = False,
) -> Build:
    """Check data/ and stage the pages. preview (`make serve`): stage into a folder kept
    between rebuilds, touching only changed files, so that MkDocs re-renders only those.
    scan_ahead (the preview's own rendering, live_preview.py, whose engines write in folders
    of their own): the open data and documents that changed are placed in the built folder
    and scanned in a child as soon as they are written (`start_published_scan`).
    lift_blocks (a build whose languages its
    engine adapter renders, render.py): the raw HTML blocks of the generated pages are
    lifted out as they are staged (rawblocks.py), into `blocks_folder`."""
    data_dir = data_dir_for(root)
    # The preview scans data/ here, where the scanner remembers the files it has read
    # (by their bytes) from one rebuild to the next.
    scanner = None if preview else start_scanner(data_dir, root, warn)
    # Per build, so that two builds running at once (tests, serve) never share files.
    (root / ".cache").mkdir(exist_ok=True)
    work_dir = owned_folder(root / ".cache", "build-")
    # The preview reloads only what an edit changed; a build loads and generates everything.
    steps = remembering_steps(data_dir) if preview else nullcontext()
    if preview:
        new_rebuild()
    started: list[Callable[[], PublishedScan]] = []  # the published files' scan, in a child
    try:
        with steps:
            build = _prepare(root, data_dir, docs_dir, site_dir, strict, warn, site_url,
                             scanner, work_dir, preview,
                             scan_ahead and preview, started, lift_blocks)  # fmt: skip
    except BaseException:
        if scanner is not None:
            scanner.close()
        for published in started:  # the child is waited for, its findings dropped
            with suppress(Exception):
                published()
        discard(work_dir)
        raise
    if preview and scanner is not None:
        scanner.close()  # the preview scans only the files that changed, in `finish`
        build.scanner = None
    return build


def _prepare(
    root: Path,
    data_dir: Path,
    docs_dir: Path,
    site_dir: Path,
    strict: bool,
    warn: Log,
    site_url: str,
    scanner: ScanAhead | None,
    work_dir: Path,
    preview: bool,
    scan_ahead: bool,
    started: list[Callable[[], PublishedScan]],
    lift_blocks: bool,
) -> Build:
    timings: dict[str, float] = {}
    # The hand-written pages first, listed once: nothing behind a link out of the repository
    # is read (the input boundary), and their front matter is checked before anything else.
    refused = boundary_problems(docs_dir)
    written_pages = [] if refused else sorted(docs_dir.rglob("*.md"))
    refused = refused or front_matter_problems(written_pages)
    refused = refused or side_file_problems(docs_dir, root)  # docs/ files beside the pages
    if refused:
        raise DataError(refused)
    raw_html = hand_written_problems(written_pages)
    if raw_html and strict:
        raise DataError(raw_html)
    if raw_html:
        listed = "\n".join(f"    - {problem}" for problem in raw_html)
        warn(f"{len(raw_html)} × raw HTML removed from a hand-written page (refused by the "
             f"strict build):\n{listed}")  # fmt: skip
    # The preview keeps its data between rebuilds and freezes them (live_preview.py).
    with timed(timings, "check_data"), nullcontext() if preview else collections_paused():
        notices = root / ".cache" / "build-notices.txt"
        site = check_data(data_dir, build_date(), strict, warn, scanner, docs_dir, notices,
                          bounded=(docs_dir,), cache_dir=root / ".cache")  # fmt: skip
    # Charts are costly to draw and rarely change: cached by content across builds.
    cache_dir = root / ".cache" / "charts"
    if preview:
        for start in AHEAD:
            start(site, cache_dir)
    stage_dir, build_dir = preview_dirs(root) if preview else (work_dir / "stage", None)
    publish_dir = preview_publish_dir(root) if preview else work_dir / "publish"
    opendata_dir = publish_dir / "opendata"
    # The open data are written in a child on the other core while the pages are generated;
    # the preview writes them here, where it remembers the datasets (a child forgets them),
    # and scans those that changed in a child while it generates the pages.
    # Collected once, before the child forks: the pages link only to the datasets published.
    datasets = collect_datasets(site)
    published = frozenset(dataset.name for dataset in datasets)
    if preview:
        catalogue = write_opendata(site, opendata_dir, site_url, datasets)
        opendata = lambda: catalogue  # noqa: E731
    else:
        opendata = in_child(write_opendata, site, opendata_dir, site_url, datasets)
    if scan_ahead:
        _write_published(site, publish_dir, opendata_dir, preview)
        assert build_dir is not None
        with timed(timings, "copy_files"):
            place_published(publish_dir, build_dir)
        started.append(start_published_scan(publish_dir, build_dir, site_dir, data_dir))
    with timed(timings, "generate_pages"):
        try:
            pages = generate_pages(site, cache_dir, published)
            assets = generate_assets(site, cache_dir)
            assets.update(feeds(site, site_url))
            assets[f"{DEFAULT_LANGUAGE}/robots.txt"] = robots_txt(site_url).encode("utf-8")
        except BaseException:
            with suppress(Exception):
                opendata()  # the child is done writing before the work folder is removed
            raise
    with timed(timings, "write_opendata"):  # what is left of it once the pages are done
        pages.update(opendata())
    if not scan_ahead:
        _write_published(site, publish_dir, opendata_dir, preview)
    if scanner is not None and not preview:
        # Scanned on the other core from now on: while the pages are staged here, while
        # the engines render. (The digests in finish tell if anything changed after.)
        scanner.files(publish_dir)
    stand_ins, untranslated = fallback_pages(docs_dir)
    if untranslated and strict:
        raise DataError(untranslated)
    if untranslated:
        listed = "\n".join(f"    - {problem}" for problem in untranslated)
        warn(f"{len(untranslated)} × hand-written page not translated (refused by the strict "
             f"build):\n{listed}")  # fmt: skip
    pages.update(stand_ins)
    pages.update(search_pages())
    hand_written = frozenset(stand_ins).union(
        p.relative_to(docs_dir).as_posix() for p in written_pages
    )
    # The engines render the generated pages without their raw HTML blocks (rawblocks.py),
    # which they would only parse to pass through: lifted here as the pages are staged,
    # put back by the engine adapter from where `render` says they are (blocks_folder).
    blocks = blocks_folder(root, work_dir, preview)
    lift = (
        partial(lift_kept, hand_written=hand_written, blocks_dir=blocks)
        if preview
        else partial(lift_pages, hand_written=hand_written, blocks_dir=blocks)
        if lift_blocks
        else None
    )
    with timed(timings, "stage_docs"):
        stage_docs(docs_dir, stage_dir, pages, assets, preview, SITE_INDEXES, lift)
        write_site_indexes(stage_dir)
        if lift_blocks and not preview:
            lift_staged(stage_dir, SITE_INDEXES, blocks)
    documents = [(doc.source, doc.published) for doc in collect_documents(site)]
    check_links(docs_dir, stage_dir, opendata_dir, documents)
    return Build(
        hand_written=hand_written,
        root=root,
        data_dir=data_dir,
        docs_dir=docs_dir,
        stage_dir=stage_dir,
        site_dir=site_dir,
        build_dir=build_dir or fresh_build_dir(site_dir),
        publish_dir=publish_dir,
        strict=strict,
        scanner=scanner,
        work_dir=work_dir,
        preview=preview,
        timings=timings,
        page_dates=page_dates(((c.page, c.day) for c in changes_of(site)), site.today),
        site_url=site_url,
        published=started[0] if started else None,
    )


def _write_published(site: SiteData, publish_dir: Path, opendata_dir: Path, preview: bool) -> None:
    """The documents beside the open data, and the checksums of both."""
    documents = [(doc.source, doc.published) for doc in collect_documents(site)]
    for source, published in documents:
        write_if_changed(publish_dir / published, source)
    if preview:  # the kept folder: documents no longer published are removed
        opendata_files = {f"opendata/{path}" for path in files_under(opendata_dir)}
        documents_files = {published for _, published in documents}
        keep_only(publish_dir, {CHECKSUMS} | documents_files | opendata_files)
    # The list the publish workflow signs: every open-data file and document, by its hash.
    write_if_changed(
        publish_dir / CHECKSUMS, checksums(publish_dir, ["opendata", "documents"], store_dir())
    )


def check_links(
    docs_dir: Path,
    stage_dir: Path,
    opendata_dir: Path,
    documents: list[tuple[Path, str]],
    work_dir: Path | None = None,
) -> None:
    """A link in a hand-written page that leads nowhere stops the build (any mode)."""
    hand_written = {stage_dir / p.relative_to(docs_dir): p for p in docs_dir.rglob("*.md")}
    published = {f"opendata/{p.name}" for p in opendata_dir.iterdir()}
    published |= {target for _, target in documents}
    problems = broken_links(
        stage_dir,
        sorted(hand_written),
        published,
        {staged: display_path(source) for staged, source in hand_written.items()},
    )
    if problems:
        discard(work_dir)
        raise DataError(problems)


def problems_of(exc: BaseException, serving: bool) -> list[Problem] | None:
    """The problems to show for a failed build: data errors and file-system errors always
    (never a traceback); under `serve` any error, so the preview shows it and keeps going.
    None: an unexpected error of a one-off build, left for its traceback (a bug to report)."""
    if isinstance(exc, DataError):
        return exc.problems
    if isinstance(exc, OSError):
        return [problem_of_os_error(exc)]
    if isinstance(exc, RecursionError):
        # The input checks refuse deep nesting at its file and line (core/boundary.py); a
        # structure that still reached a parser too deep is said, not a traceback.
        return [
            Problem(
                _file_of(exc),
                "a page or data file is nested too deeply to be read",
                hint="flatten the deepest list, quote or table of the file named",
            )
        ]
    if serving and isinstance(exc, Exception):
        return [
            Problem(
                "(build)",
                f"the build stopped: {exc.__class__.__name__}: {str(exc)[:300]}",
                hint="undo the last edit; if the error stays, report it with this message",
            )
        ]
    return None


def _file_of(exc: BaseException) -> str:
    """The file an exception was reading, from a local of the innermost frame that names one
    (`path`, `page`, `src_path`), or "(build)"."""
    found = "(build)"
    trace = exc.__traceback__
    while trace is not None:
        for name in ("path", "page", "src_path", "source"):
            value = trace.tb_frame.f_locals.get(name)
            if isinstance(value, str | Path) and str(value).endswith((".md", ".yaml", ".csv")):
                found = display_path(Path(value))
        trace = trace.tb_next
    return found


def hand_written_problems(pages: list[Path]) -> list[Problem]:
    """Raw HTML and addresses of the hand-written pages that the allowlist refuses."""
    return [
        problem for page in pages for problem in page_problems(read_text(page), display_path(page))
    ]


def front_matter_problems(pages: list[Path]) -> list[Problem]:
    """The engine reads a page's front matter as YAML: the same limits as data/ (no
    anchors or aliases, no deep nesting), then the keys and values a hand-written page may
    set (core/frontmatter.py), in every build, before the engine sees it."""
    problems = []
    for page in pages:
        text = read_text(page)
        front = front_matter_of(text)
        if front is None:
            continue
        name = display_path(page)
        try:
            refused = yaml_structure_problem(front[0], name)
        except yaml.YAMLError as exc:
            refused = yaml_error_problem(exc, front[0], name)
            # The front matter starts on the page's second line.
            refused = replace(refused, line=(refused.line or 0) + 1)
        if refused is not None:
            problems.append(refused)
        else:
            problems.extend(page_front_matter_problems(text, name))
    return problems


def sanitised(build: Build, src_path: str, html: str) -> str:
    """The rendered HTML of a page, under the allowlist if an editor wrote it."""
    return sanitise_html(html) if src_path in build.hand_written else html


def not_found_page(site_dir: Path, lang: str, page: str) -> str:
    """The engine writes one 404.html per language build, each at the site's root: a
    language other than the default gets its copy at its own root, and the root keeps the
    default language's (written first, and returned again here)."""
    if lang == DEFAULT_LANGUAGE:
        return page
    target = site_dir / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(page, encoding="utf-8")
    root = site_dir / "404.html"
    return root.read_text(encoding="utf-8") if root.is_file() else page


def page_written(build: Build, site_file: Path) -> None:
    """The engine is writing `site_file` (a page of the build folder): scan it ahead."""
    if not site_file.is_relative_to(build.build_dir):
        return
    if build.scanner is not None:
        build.scanner.page(site_file.relative_to(build.build_dir).as_posix(), site_file)


@dataclass
class PublishedScan:
    """The preview's scan of the open data and documents that changed, made while it
    generates and renders the pages: the findings, each file's (size, mtime) as it was
    scanned, the scan's time, and what it found clean by lines (`lines_scanned`)."""

    report: ScanReport
    scanned: dict[Path, tuple[int, int]]
    seconds: float = 0.0
    lines: dict[str, Any] = field(default_factory=dict)


def start_published_scan(
    publish_dir: Path, build_dir: Path, site_dir: Path, data_dir: Path
) -> Callable[[], PublishedScan]:
    """The preview, once the open data and documents are written and placed in the built
    folder: those changed since served are scanned in a forked child, on the core the
    generation of the pages leaves idle (the large site's survey indicators are 63 MB).
    Where there is no fork, they are scanned when asked for. The function returned waits
    for the scan and takes over what it found clean by lines."""
    if "fork" in multiprocessing.get_all_start_methods():
        scanned = in_child(_scan_published, publish_dir, build_dir, site_dir, data_dir)
    else:
        scanned = partial(_scan_published, publish_dir, build_dir, site_dir, data_dir)

    def result() -> PublishedScan:
        published = scanned()
        adopt_lines_scanned(published.lines)
        return published

    return result


def _scan_published(
    publish_dir: Path, build_dir: Path, site_dir: Path, data_dir: Path
) -> PublishedScan:
    started = time.perf_counter()
    files = [build_dir / path for path in files_under(publish_dir)]
    changed = changed_among(files, build_dir, site_dir)
    scanned = {file: state_of(file) for file in changed}
    allowlist = gate_allowlist(data_dir)
    report = scan_changed_files(changed, build_dir, allowlist, ResolvedUnder(build_dir))
    return PublishedScan(report, scanned, time.perf_counter() - started, lines_scanned())


def scan_published(build: Build) -> PublishedScan:
    """The preview's scan of the open data and documents, started as they were written
    (`start_published_scan`); waits for it."""
    ahead, build.published = build.published, None
    if ahead is None:
        place_published(build.publish_dir, build.build_dir)
        ahead = start_published_scan(
            build.publish_dir, build.build_dir, build.site_dir, build.data_dir
        )
    published = ahead()
    build.timings["scan_published"] = published.seconds
    return published


def finish(build: Build, warn: Log, info: Log, published: PublishedScan | None = None) -> None:
    """Complete the built site and publish it; raises DataError and publishes nothing on
    failure. `published`: the preview's scan of the open data and documents, made ahead."""
    timings = build.timings
    package = build.publish_dir / "opendata" / "datapackage.json"
    dates = {**build.page_dates, **(opendata_dates(package) if package.is_file() else {})}
    _write_sitemap(build, dates)
    if published is None and build.published is not None:
        # The preview's scan of its open data, started as they were written (the engine's
        # own live server, driven by its hook, renders between `prepare` and this).
        published = scan_published(build)
    if published is None:  # else placed as the preview staged them
        with timed(timings, "copy_files"):
            if build.preview:  # unchanged files keep their times: not scanned nor copied again
                place_published(build.publish_dir, build.build_dir)
            else:
                move_published(build.publish_dir, build.build_dir)
    with timed(timings, "search_index"):
        if build.search_indexed:
            check_search_code(build.build_dir)
        elif not build.preview:  # the preview has no search
            write_search_indexes(build.build_dir, LANGUAGES)  # before the scan: it is scanned
        remove_third_party_urls(build.build_dir)
        remove_source_maps(build.build_dir)
        remove_theme_search(build.build_dir)
    if build.preview:
        _finish_preview(build, warn, info, published)
    else:
        _publish(build, warn, info)
    _report(timings, info)


# What the preview's last sitemap was made of: the engines' sitemaps, the pages' dates, the
# site's address and folder. An edit seldom changes them: the sitemap is then not made again.
_last_sitemap: tuple[Any, ...] | None = None


def _write_sitemap(build: Build, dates: dict[str, date]) -> None:
    """The site's sitemap, from the engines' own and the date of the data each page shows."""
    global _last_sitemap
    files = [build.build_dir / "sitemap.xml"]
    if build.work_dir is not None:
        files += [sitemaps_dir(build) / f"{lang}.xml" for lang in LANGUAGES]
    texts = [f.read_text(encoding="utf-8") if f.is_file() else None for f in files]
    made_of = (texts, dates, build.site_url, build.build_dir)
    if build.preview and _last_sitemap == made_of:
        return
    _last_sitemap = None
    _one_sitemap(build, [text for text in texts if text is not None])
    rewrite_sitemap(build.build_dir, dates, build.site_url)
    if build.preview and files[0].is_file():
        # As the next rebuild reads them: the site's sitemap first, now this one.
        written = files[0].read_text(encoding="utf-8")
        _last_sitemap = ([written, *texts[1:]], *made_of[1:])


def _one_sitemap(build: Build, texts: list[str]) -> None:
    """The engines' sitemaps (one, or one per language) as the site's one (sitemap.py)."""
    if not texts:
        return
    paths = page_paths(texts, build.site_url)
    built = str(build.build_dir)  # a path per page: os.path, not pathlib, for thousands
    (build.build_dir / "sitemap.xml").write_text(
        sitemap(paths, build.site_url, lambda path: os.path.isfile(os.path.join(built, path))),
        encoding="utf-8",
    )


def _finish_preview(build: Build, warn: Log, info: Log, published: PublishedScan | None) -> None:
    """Scan what changed since the last good preview, then copy it into the served folder."""
    with timed(build.timings, "scan_site"):
        changed, gone = changed_since_served(build.build_dir, build.site_dir)
        ahead = published.scanned if published is not None else {}
        unscanned = [file for file in changed if ahead.get(file) != state_of(file)]
        # Copies inside an archive of files published beside it, scanned when they changed,
        # are not read again.
        covered = ResolvedUnder(build.build_dir)
        allowlist = gate_allowlist(build.data_dir)
        report = scan_changed_files(unscanned, build.build_dir, allowlist, covered)
        if published is not None:
            merge(report, published.report)
        enforce(report, build.strict, warn)
    with timed(build.timings, "swap"):
        serve_changes(build.build_dir, build.site_dir, changed, gone)
        served_clean(changed, gone, build.build_dir)
        discard_work(build)
    info(f"kazutb: preview: {len(changed)} files changed, scanned and served")


def _publish(build: Build, warn: Log, info: Log) -> None:
    """Scan the whole built site (most of it scanned ahead), then swap it into site/."""
    timings = build.timings
    with timed(timings, "scan_site"):
        if build.scanner is None:
            scan_for_personal_data([build.build_dir], build.data_dir, build.strict, warn)
        else:
            try:
                report = build.scanner.finish(build.build_dir)
            finally:
                build.scanner.close()
            cache = build.scanner.cache
            info(cache.summary())
            try:  # what was found clean is kept even if a finding stops this build
                cache.save()
            except OSError as exc:
                warn(f"the personal-data scan cache was not saved ({exc}); the next build "
                     "scans every file")  # fmt: skip
            enforce(report, build.strict, warn)
    with timed(timings, "swap"):
        swap_into_place(build.build_dir, build.site_dir)
        discard_work(build)


def _report(timings: dict[str, float], info: Log) -> None:
    check = timings["check_data"]
    generate = sum(timings[k] for k in ("generate_pages", "write_opendata", "stage_docs"))
    done = sum(timings[k] for k in ("copy_files", "search_index", "scan_site", "swap"))
    info(
        f"kazutb: data checked in {check:.2f}s, pages generated in {generate:.2f}s, "
        f"site finished in {done:.2f}s ("
        + ", ".join(f"{step} {seconds:.2f}s" for step, seconds in timings.items())
        + ")"
    )
    # The benchmark reads the steps' timings from here.
    if report := os.environ.get("KAZUTB_TIMINGS"):
        Path(report).write_text(json.dumps(timings, indent=1) + "\n", encoding="utf-8")


def abandon(build: Build) -> None:
    if build.scanner is not None:
        build.scanner.close()
    if build.published is not None:  # the child scanning the open data is waited for
        with suppress(Exception):
            build.published()
    if not build.preview:  # the preview's built folder is kept; its files are checked again
        discard(build.build_dir)
    discard_work(build)


def discard_work(build: Build) -> None:
    """The work folder, once nothing reads it."""
    discard(build.work_dir)
