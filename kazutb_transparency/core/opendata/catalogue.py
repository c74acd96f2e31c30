"""The open-data catalogue page, with schema.org DataCatalog JSON-LD."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.i18n import LANGUAGES, Localized
from kazutb_transparency.core.incremental import remembered
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.jsonld import jsonld_script
from kazutb_transparency.core.locale_format import file_size, format_date
from kazutb_transparency.core.markdown import as_written, bullet_list, esc, href, table, tr
from kazutb_transparency.core.opendata.dataset import Dataset
from kazutb_transparency.core.opendata.releases import RELEASES, Release, version_of
from kazutb_transparency.core.opendata.writer import OpenDataSettings, WrittenDataset

PAGE = "opendata/index.md"

# Interface strings: data/interface/<lang>.yaml, namespaces "opendata" and "opendata_types".
L = catalog("opendata")

TYPES = catalog("opendata_types")
DATASET_TITLE = catalog("opendata_page")


def _plain(text: str, lang: str) -> str:
    return as_written(text, lang)


def _source(source: Localized | str, lang: str) -> str:
    return tr(source, lang) if isinstance(source, Localized) else _plain(esc(source), lang)


def _size(count: int, lang: str) -> str:
    return file_size(count, lang)


def _licence_jsonld(settings: OpenDataSettings, lang: str) -> dict[str, str]:
    """The licence as structured data: stated only once the university has approved it;
    until then, said to be proposed (as the page and the data package say)."""
    if settings.licence.confirmed:
        return {"license": settings.licence.path}
    conditions = L["licence_conditions"][lang]
    return {
        "conditionsOfAccess": conditions.format(
            name=settings.licence.name, path=settings.licence.path
        )
    }


def _other_languages(text: Localized, lang: str) -> list[str]:
    """The names in the two other languages, for alternateName: the page's own is the name."""
    return [text.get(other) for other in LANGUAGES if other != lang]


def _jsonld(written: list[WrittenDataset], settings: OpenDataSettings, base: str, lang: str) -> str:
    """The catalogue: each dataset by its name and page, where its own JSON-LD gives the
    files (the catalogue page stays within the page-weight budget however many datasets).
    Written in the page's language, as a search engine shows it beside the page."""
    catalog = {
        "@context": "https://schema.org",
        "@type": "DataCatalog",
        "name": settings.title.get(lang),
        "description": settings.description.get(lang),
        "publisher": _publisher(settings, lang),
        **_licence_jsonld(settings, lang),
        "dataset": [
            {
                "@type": "Dataset",
                "name": item.dataset.title.get(lang),
                "identifier": item.dataset.name,
                "url": f"{base}opendata/{item.dataset.name}.html",
            }
            for item in written
        ],
    }
    return jsonld_script(catalog)


def _dataset_jsonld(item: WrittenDataset, settings: OpenDataSettings, base: str, lang: str) -> str:
    """One dataset with its files, on its own page, described in the page's language (the
    data themselves carry all three languages: inLanguage)."""
    d = item.dataset
    dataset = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": d.title.get(lang),
        "alternateName": _other_languages(d.title, lang),
        "description": d.description.get(lang),
        "identifier": d.name,
        "url": f"{base}opendata/{d.name}.html",
        "dateModified": d.updated.isoformat(),
        **_licence_jsonld(settings, lang),
        "inLanguage": list(LANGUAGES),
        "publisher": _publisher(settings, lang),
        "includedInDataCatalog": {"@type": "DataCatalog", "url": f"{base}opendata/index.html"},
        "distribution": [
            {
                "@type": "DataDownload",
                "encodingFormat": "text/csv",
                "contentUrl": f"{base}opendata/{item.csv.path}",
                "contentSize": str(item.csv.bytes),
            },
            {
                "@type": "DataDownload",
                "encodingFormat": "application/json",
                "contentUrl": f"{base}opendata/{item.json.path}",
                "contentSize": str(item.json.bytes),
            },
        ],
    }
    return jsonld_script(dataset)


def _publisher(settings: OpenDataSettings, lang: str) -> dict[str, str]:
    return {
        "@type": "CollegeOrUniversity",
        "name": settings.publisher.name.get(lang),
        "url": settings.publisher.url,
    }


def _status(d: Dataset, lang: str) -> str | None:
    """Whether a dataset's records may be cited: demonstration figures never; otherwise by
    the provenance of its records; None for a dataset that records neither."""
    names = {f.name for f in d.fields}
    if "demonstration" in names and any(
        row.get("demonstration") in (True, "true") for row in d.rows
    ):
        return f"<strong>{L['status_demonstration'][lang]}</strong>"
    if "provenance" in names and d.rows:
        unconfirmed = sum(row.get("provenance") != "confirmed" for row in d.rows)
        if not unconfirmed:
            return L["status_confirmed"][lang]
        # «7 жазбаның 7 жазбасын», "7 of 7": when no record is confirmed, the sentence says so.
        key = "status_none_confirmed" if unconfirmed == len(d.rows) else "status_unconfirmed"
        text = L[key][lang].format(n=unconfirmed, total=len(d.rows))
        return f"<strong>{text}</strong>"
    return None


def catalogue_pages(
    written: list[WrittenDataset],
    settings: OpenDataSettings,
    lang: str,
    site_url: str,
    releases: Mapping[str, list[Release]] | None = None,
) -> dict[str, str]:
    """The catalogue (opendata/index.md) and one page per dataset with its field table.

    The field tables have pages of their own so that the catalogue stays within the
    page-weight budget however many fields the datasets have.
    """
    pages = {PAGE: _index_page(written, settings, lang, site_url)}
    for item in written:
        if item.dataset.name == "index":
            raise ValueError("a dataset may not be called 'index': it names the catalogue")
        versions = (releases or {}).get(item.dataset.name, [])
        pages[dataset_page_path(item.dataset)] = remembered(
            f"dataset page {item.dataset.name} {lang}",
            _dataset_page,
            item,
            settings,
            lang,
            site_url,
            versions,
        )
    return pages


def dataset_page_path(d: Dataset) -> str:
    return f"opendata/{d.name}.md"


def _index_page(
    written: list[WrittenDataset], settings: OpenDataSettings, lang: str, site_url: str
) -> str:
    link = lambda target: href(PAGE, f"opendata/{target}", lang)  # noqa: E731
    out = [f"# {L['title'][lang]}", "", L["intro"][lang], ""]
    items = [
        f'<strong>{L["package"][lang]}:</strong> <a href="{link("datapackage.json")}">'
        "datapackage.json</a>",
        f'<strong>{L["evidence"][lang]}:</strong> <a href="{link("evidence-pack.zip")}">'
        f"evidence-pack.zip</a> — {L['evidence_text'][lang]}",
        f'<strong>{L["licence"][lang]}:</strong> <a href="{esc(settings.licence.path)}">'
        f"{as_written(esc(settings.licence.title), lang)}</a>{_proposed(settings, lang)}",
        L["lists"][lang],
    ]
    out += [bullet_list(items), ""]
    for item in written:
        d = item.dataset
        out += [f"## {esc(d.title.get(lang))} {{#{d.name}}}", ""]
        # The live preview writes again only the summaries of the datasets an edit changed.
        out += remembered(
            f"summary {d.name} {lang}", _summary, item, settings, lang, site_url, brief=True
        )
        out += [f"[{L['dataset_more'][lang].format(n=len(d.fields))}]({d.name}.md)", ""]
    out += ["", _jsonld(written, settings, site_url, lang), ""]
    return "\n".join(out)


def _dataset_page(
    item: WrittenDataset,
    settings: OpenDataSettings,
    lang: str,
    site_url: str,
    versions: list[Release] | None = None,
) -> str:
    d = item.dataset
    names = codes_of(d)
    # "Accreditation — dataset": the title tells the dataset from the page it publishes
    # (in search results, in the browser's tabs and history).
    out = [f"# {esc(DATASET_TITLE['title'][lang].format(title=d.title.get(lang)))}", ""]
    out += _summary(item, settings, lang, site_url)
    out += _versions(item, settings, lang, site_url, versions or [])
    rows = [
        [
            f"<code>{esc(f.name)}</code>",
            esc(f.title.get(lang)),
            TYPES[f.type][lang],
            with_codes(esc(f.description.get(lang)), names, lang),
        ]
        for f in d.fields
    ]
    headers = [L[k][lang] for k in ("field", "name", "type", "meaning")]
    out += [f"## {L['fields'][lang]} ({len(d.fields)}) {{#fields}}", "", L["lists"][lang], ""]
    out.append(table(headers, rows, f"{L['fields'][lang]}: {esc(d.title.get(lang))}"))
    out += ["", f"[← {L['title'][lang]}](index.md#{d.name})", ""]
    out += [_dataset_jsonld(item, settings, site_url, lang), ""]
    return "\n".join(out)


def citation(
    d: Dataset, settings: OpenDataSettings, lang: str, site_url: str, version: str, path: str
) -> str:
    """How to cite one version at its fixed address."""
    publisher = settings.publisher.name.get(lang)
    name = with_codes(d.name, [d.name], lang)  # an identifier, not a word of the sentence
    return (
        f"{esc(publisher)} ({d.updated.year}). <em>{esc(d.title.get(lang))}</em> [{name}], "
        f"{L['version'][lang]} {version}. {esc(site_url)}opendata/{path}. "
        f"{_licence(settings, lang)}."
    )


def _versions(
    item: WrittenDataset,
    settings: OpenDataSettings,
    lang: str,
    site_url: str,
    versions: list[Release],
) -> list[str]:
    """Every published version of the dataset, newest first, each at its fixed address with
    its own data package and its citation."""
    if not versions:
        return []
    d = item.dataset
    link = lambda target: href(f"opendata/{d.name}.md", f"opendata/{target}", lang)  # noqa: E731
    headers = [L[k][lang] for k in ("version_col", "updated", "formats", "cite")]
    rows = [
        [
            f"<code>{esc(r.version)}</code>",
            _day(r.updated, lang),
            f'<a href="{link(r.path(r.csv))}">CSV</a> · <a href="{link(r.path(r.json))}">JSON</a>'
            f' · <a href="{link(r.path("datapackage.json"))}">datapackage.json</a>',
            citation(d, settings, lang, site_url, r.version, r.path("datapackage.json")),
        ]
        for r in versions
    ]
    return [
        f"## {L['versions'][lang]} {{#versions}}",
        "",
        L["versions_intro"][lang],
        "",
        table(headers, rows, f"{L['versions'][lang]}: {esc(d.title.get(lang))}"),
        "",
    ]


def _proposed(settings: OpenDataSettings, lang: str) -> str:
    return "" if settings.licence.confirmed else f" ({L['licence_proposed'][lang]})"


def _licence(settings: OpenDataSettings, lang: str) -> str:
    return as_written(esc(settings.licence.title), lang) + _proposed(settings, lang)


def _summary(
    item: WrittenDataset,
    settings: OpenDataSettings,
    lang: str,
    site_url: str,
    *,
    brief: bool = False,
) -> list[str]:
    """What a reader needs beside a dataset: what it is, the files, whether to cite it.

    The catalogue shows the `brief` summary (the files, their date and status); the sources
    and how to cite are on the dataset's own page, so that the catalogue stays within the
    page-weight budget however many datasets there are."""
    d = item.dataset
    link = lambda target: href(PAGE, f"opendata/{target}", lang)  # noqa: E731
    names = codes_of(d)
    version = version_of(item)
    label = lambda key: f"<strong>{L[key][lang]}:</strong> "  # noqa: E731
    items = [
        label("formats")
        + f'<a href="{link(item.csv.path)}">CSV</a> ({_size(item.csv.bytes, lang)}) · '
        f'<a href="{link(item.json.path)}">JSON</a> ({_size(item.json.bytes, lang)}) — '
        f"{counted(len(d.rows), 'rows', lang)}",
        label("updated") + _day(d.updated, lang),
        *([label("status") + status] if (status := _status(d, lang)) else []),
    ]
    if brief:
        return [with_codes(esc(d.description.get(lang)), names, lang), "", bullet_list(items), ""]
    items += [
        label("sources") + joined_sources([_source(s, lang) for s in d.sources]),
        # The current version at its fixed address, its data package (naming its files and
        # their hashes): it still opens after the data change.
        label("cite")
        + citation(d, settings, lang, site_url, version, f"{RELEASES}/{version}/datapackage.json"),
    ]
    return [with_codes(esc(d.description.get(lang)), names, lang), "", bullet_list(items), ""]


# A source that holds a sentence boundary (a full stop, then a word) is written as sentences.
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+\w")


def joined_sources(sources: list[str]) -> str:
    """Citations joined by semicolons, each without its own final full stop («.;»). When one
    source is a note of whole sentences, every source is written as a sentence of its own:
    a semicolon would glue a citation onto the note's last sentence."""
    texts = [s.strip() for s in sources if s.strip()]
    if any(_SENTENCE_INSIDE.search(text) for text in texts):
        return " ".join(text if text.endswith((".", "!", "?")) else f"{text}." for text in texts)
    return "; ".join(text.removesuffix(".") for text in texts)


def codes_of(d: Dataset) -> list[str]:
    """The identifiers a description of `d` may quote: its name, its columns' names and the
    values its columns allow (confirmed, public-source…): the CSV holds them as written."""
    values = {str(v) for f in d.fields for v in (f.enum or ()) if isinstance(v, str)}
    return sorted({d.name, *(f.name for f in d.fields), *values})


# Another dataset's name or a value such as "not-effective": lower-case words joined by hyphens.
# In a Kazakh or Russian description every lower-case Latin word is a name or a value of
# the data (survey, true, not-effective, code=public-source, head:), never an English word.
_DATA_WORD = r"[a-z][a-z0-9]*(?:(?:[-=:/]|&#95;)[a-z0-9*]+)*"


def with_codes(text: str, names: list[str], lang: str) -> str:
    """Column names, values and dataset names inside a description, as code on kk and ru
    pages: they are identifiers, not English words, and a screen reader should not read
    them as Kazakh or Russian."""
    if lang == "en":
        return text
    # Matched as escaped in the text (esc writes "_" as "&#95;"), the longest name first.
    escaped = sorted((esc(n) for n in names), key=len, reverse=True)
    pattern = "|".join([*(re.escape(n) for n in escaped), _DATA_WORD])
    # Not inside an entity (&#95;), an address or a file name (kazutb.edu.kz, manifest.csv).
    return re.sub(rf"(?<![\w&#./-])({pattern})(?![\w/-]|\.\w)", r"<code>\1</code>", text)


def _day(value: date, lang: str) -> str:
    return f'<time datetime="{value.isoformat()}">{format_date(value, lang)}</time>'
