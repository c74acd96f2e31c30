"""The open-data catalogue page, with schema.org DataCatalog JSON-LD."""

from __future__ import annotations

import json
import re
from datetime import date

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.locale_format import ROWS, file_size, format_count, format_date
from kazutb_transparency.core.markdown import as_written, esc, href, table, tr
from kazutb_transparency.core.opendata.dataset import LIST_SEPARATOR
from kazutb_transparency.core.opendata.writer import OpenDataSettings, WrittenDataset

PAGE = "opendata/index.md"

L: dict[str, dict[str, str]] = {
    "title": {"kk": "Ашық деректер", "ru": "Открытые данные", "en": "Open data"},
    "intro": {
        "kk": "Сайттағы әр кесте машинамен оқылатын түрде де жарияланады: CSV (UTF-8, бірінші "
        "жол — баған атаулары) және JSON (толық құрылым, үш тілде). Барлық жиындар "
        '<span lang="en">Frictionless Data Package</span> арқылы сипатталған; әр файлдың '
        "өлшемі мен SHA-256 "
        "хэші пакетте көрсетілген.",
        "ru": "Каждая таблица сайта публикуется и в машиночитаемом виде: CSV (UTF-8, первая "
        "строка — названия столбцов) и JSON (полная структура, на трёх языках). Все наборы "
        'описаны пакетом <span lang="en">Frictionless Data Package</span>; размер и хэш '
        "SHA-256 каждого файла "
        "указаны в пакете.",
        "en": "Every table of the site is also published in machine-readable form: CSV "
        "(UTF-8, the first row holds the column names) and JSON (full structure, in three "
        "languages). All datasets are described by a Frictionless Data Package, which gives "
        "each file's size and SHA-256 hash.",
    },
    "package": {"kk": "Деректер пакеті", "ru": "Пакет данных", "en": "Data package"},
    "evidence": {
        "kk": "Дәлелдер пакеті (аккредиттеу агенттіктері үшін)",
        "ru": "Пакет доказательств (для аккредитационных агентств)",
        "en": "Evidence pack (for accreditation agencies)",
    },
    "evidence_text": {
        "kk": "Барлық ашық деректер мен жарияланған құжаттар бір ZIP файлында, әр файлдың "
        "өлшемі, SHA-256 хэші және ол дәлелдейтін талап көрсетілген тізіммен (manifest.csv).",
        "ru": "Все открытые данные и опубликованные документы одним ZIP-файлом, со списком "
        "(manifest.csv): размер, хэш SHA-256 и требование, которое подтверждает каждый файл.",
        "en": "All open data and published documents in one ZIP file, with a manifest "
        "(manifest.csv) giving each file's size, SHA-256 hash and what it evidences.",
    },
    "licence": {"kk": "Лицензия", "ru": "Лицензия", "en": "Licence"},
    "updated": {"kk": "Жаңартылған күні", "ru": "Дата обновления", "en": "Last updated"},
    "formats": {"kk": "Жүктеу", "ru": "Скачать", "en": "Download"},
    "fields": {"kk": "Өрістер", "ru": "Поля", "en": "Fields"},
    "field": {"kk": "Өріс", "ru": "Поле", "en": "Field"},
    "name": {"kk": "Атауы", "ru": "Название", "en": "Title"},
    "type": {"kk": "Түрі", "ru": "Тип", "en": "Type"},
    "meaning": {"kk": "Мағынасы", "ru": "Значение", "en": "Meaning"},
    "cite": {"kk": "Қалай сілтеме жасау керек", "ru": "Как ссылаться", "en": "How to cite"},
    "lists": {
        "kk": f"CSV файлында тізімдер бір ұяшыққа «{LIST_SEPARATOR.strip()}» белгісімен "
        "біріктірілген; JSON файлында олар нағыз тізімдер.",
        "ru": f"В CSV списки объединены в одной ячейке через «{LIST_SEPARATOR.strip()}»; "
        "в JSON это настоящие списки.",
        "en": f"In CSV, lists are joined in one cell with “{LIST_SEPARATOR.strip()}”; in "
        "JSON they are real lists.",
    },
    "sources": {"kk": "Дереккөздер", "ru": "Источники", "en": "Sources"},
}

TYPES = {
    "string": {"kk": "мәтін", "ru": "текст", "en": "text"},
    "integer": {"kk": "бүтін сан", "ru": "целое число", "en": "integer"},
    "number": {"kk": "сан", "ru": "число", "en": "number"},
    "boolean": {"kk": "иә/жоқ", "ru": "да/нет", "en": "true/false"},
    "date": {"kk": "күні", "ru": "дата", "en": "date"},
    "array": {"kk": "тізім", "ru": "список", "en": "list"},
    "object": {"kk": "нысан", "ru": "объект", "en": "object"},
}


def _plain(text: str, lang: str) -> str:
    return as_written(text, lang)


def _source(source: Localized | str, lang: str) -> str:
    return tr(source, lang) if isinstance(source, Localized) else _plain(esc(source), lang)


def _size(count: int, lang: str) -> str:
    return file_size(count, lang)


def _jsonld(written: list[WrittenDataset], settings: OpenDataSettings, base: str) -> str:
    catalog = {
        "@context": "https://schema.org",
        "@type": "DataCatalog",
        "name": settings.title.get("en"),
        "description": settings.description.get("en"),
        "publisher": {
            "@type": "CollegeOrUniversity",
            "name": settings.publisher.name.get("en"),
            "url": settings.publisher.url,
        },
        "license": settings.licence.path,
        "dataset": [
            {
                "@type": "Dataset",
                "name": item.dataset.title.get("en"),
                "alternateName": [item.dataset.title.kk, item.dataset.title.get("ru")],
                "description": item.dataset.description.get("en"),
                "identifier": item.dataset.name,
                "dateModified": item.dataset.updated.isoformat(),
                "license": settings.licence.path,
                "inLanguage": ["kk", "ru", "en"],
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
            for item in written
        ],
    }
    text = json.dumps(catalog, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>'


def catalogue_page(
    written: list[WrittenDataset], settings: OpenDataSettings, lang: str, site_url: str
) -> str:
    link = lambda target: href(PAGE, f"opendata/{target}", lang)  # noqa: E731
    out = [f"# {L['title'][lang]}", "", L["intro"][lang], ""]
    out += [
        f'- **{L["package"][lang]}:** <a href="{link("datapackage.json")}">datapackage.json</a>',
        f'- **{L["evidence"][lang]}:** <a href="{link("evidence-pack.zip")}">'
        f"evidence-pack.zip</a> — {L['evidence_text'][lang]}",
        f'- **{L["licence"][lang]}:** <a href="{esc(settings.licence.path)}">'
        f"{as_written(esc(settings.licence.title), lang)}</a>",
        f"- {L['lists'][lang]}",
        "",
    ]
    publisher = settings.publisher.name.get(lang)
    licence = as_written(esc(settings.licence.title), lang)
    for item in written:
        d = item.dataset
        names = [f.name for f in d.fields]
        description = with_codes(esc(d.description.get(lang)), names, lang)
        out += [f"## {esc(d.title.get(lang))} {{#{d.name}}}", "", description, ""]
        out += [
            f"- **{L['formats'][lang]}:** "
            f'<a href="{link(item.csv.path)}">CSV</a> ({_size(item.csv.bytes, lang)}) · '
            f'<a href="{link(item.json.path)}">JSON</a> ({_size(item.json.bytes, lang)}) — '
            f"{format_count(len(d.rows), ROWS, lang)}",
            f"- **{L['updated'][lang]}:** {_day(d.updated, lang)}",
            f"- **{L['sources'][lang]}:** {'; '.join(_source(s, lang) for s in d.sources)}",
            f"- **{L['cite'][lang]}:** {esc(publisher)} ({d.updated.year}). "
            f"*{esc(d.title.get(lang))}* [{d.name}], {d.updated.isoformat()}. "
            f"{esc(site_url)}opendata/{item.csv.path}. {licence}.",
            "",
        ]
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
        out.append(
            f"<details><summary>{L['fields'][lang]} ({len(d.fields)})</summary>\n"
            + table(headers, rows, f"{L['fields'][lang]}: {esc(d.title.get(lang))}")
            + "</details>\n"
        )
    out += ["", _jsonld(written, settings, site_url), ""]
    return "\n".join(out)


def with_codes(text: str, names: list[str], lang: str) -> str:
    """Column names inside a description, as code on kk and ru pages: they are identifiers,
    not English words, and a screen reader should not read them as Kazakh or Russian."""
    if lang == "en" or not names:
        return text
    # Matched as escaped in the text (esc writes "_" as "&#95;"), the longest name first.
    escaped = sorted((esc(n) for n in names), key=len, reverse=True)
    pattern = "|".join(re.escape(n) for n in escaped)
    return re.sub(rf"(?<![\w-])({pattern})(?![\w-])", r"<code>\1</code>", text)


def _day(value: date, lang: str) -> str:
    return f'<time datetime="{value.isoformat()}">{format_date(value, lang)}</time>'
