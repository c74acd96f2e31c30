"""The compliance register page: one row per clause, its pages, status, dates and owner."""

from __future__ import annotations

from collections import Counter

from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.labels import PAGE_TITLE, REGISTER_STATUS
from kazutb_transparency.disclosures.pages.common import L as CL
from kazutb_transparency.disclosures.pages.common import (
    day,
    mark,
    notice,
    page_href,
)
from kazutb_transparency.disclosures.register_rows import RegisterRow
from kazutb_transparency.organisation import Units

PAGE = "register/index.md"

L: dict[str, dict[str, str]] = {
    "intro": {
        "kk": "Корпоративтік сайт туралы ереженің (ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12) әр талабы "
        "бойынша: оны қай бет орындайды, ақпарат толық па, қашан жаңартылды, қашан қайта "
        "қаралуы керек және оған қай бөлімше жауапты. Күйі сайт жиналған күні ({today}) "
        "деректерден есептеледі.",
        "ru": "По каждому требованию положения о корпоративном сайте "
        '(<span lang="kk">ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12</span>): какая страница его '
        "выполняет, полна ли информация, когда она обновлялась, когда её нужно пересмотреть и "
        "какое подразделение за неё отвечает. Статус вычисляется из данных на дату сборки "
        "сайта ({today}).",
        "en": "For each requirement of the regulation of the corporate website "
        '(<span lang="kk">ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12</span>): which page meets it, whether '
        "the information is complete, when it was last updated, when it is due for review and "
        "which unit is responsible. The status is computed from the data on the date the site "
        "was built ({today}).",
    },
    "legend": {
        "kk": "«Толық» — барлық қажетті мәліметтер бар және расталған; «расталмаған» — барлығы "
        "бар, бірақ кейбірі үлгі мән немесе жария дереккөзден алынып, әлі расталмаған; «толық "
        "емес» — кейбір "
        "мәліметтер жоқ (беттерде «ақпарат жоқ» деп көрсетілген). Қайта қарау мерзімі өтсе, "
        "мәлімет ескірген болып саналады (ереженің 14-бөлімі: ақпарат өзектілігін жоғалту "
        "тәуекелі).",
        "ru": "«Полностью» — все нужные сведения есть и подтверждены; «не подтверждено» — всё "
        "есть, но часть сведений — образец или взята из открытого источника и ещё не "
        "подтверждена; «не полностью» — части "
        "сведений нет (на страницах указано «информация отсутствует»). Если срок пересмотра "
        "прошёл, сведения считаются устаревшими (раздел 14 положения: риск потери "
        "актуальности информации).",
        "en": "“Complete”: everything required is there and confirmed; “not confirmed”: "
        "everything is there, but some of it is a placeholder or from a public source not yet "
        "confirmed; "
        "“incomplete”: something is missing (the pages say “no information”). Past its "
        "review date an item is stale (section 14 of the regulation: the risk of published "
        "information losing its relevance).",
    },
    "summary": {"kk": "Қорытынды", "ru": "Итог", "en": "Summary"},
    "stale_count": {"kk": "ескірген", "ru": "устаревших", "en": "stale"},
    "invariant": {
        "kk": "Инвариантты блок (міндетті, 9.7-тармақ)",
        "ru": "Инвариантный блок (обязательный, п. 9.7)",
        "en": "Mandatory section (clause 9.7)",
    },
    "variative": {
        "kk": "Вариативті блок және ашықтық тетіктері (8-бөлім)",
        "ru": "Вариативный блок и механизмы открытости (раздел 8)",
        "en": "Optional section and transparency mechanisms (section 8)",
    },
    "clause": {"kk": "Тармақ", "ru": "Пункт", "en": "Clause"},
    "requirement": {"kk": "Талап", "ru": "Требование", "en": "Requirement"},
    "pages": {"kk": "Бет(тер)", "ru": "Страница(ы)", "en": "Page(s)"},
    "status": {"kk": "Күйі", "ru": "Статус", "en": "Status"},
    "dates": {
        "kk": "Жаңартылды / қайта қарау мерзімі",
        "ru": "Обновлено / срок пересмотра",
        "en": "Updated / review due",
    },
    "review_short": {"kk": "қайта қарау:", "ru": "пересмотр:", "en": "review:"},
    "unit": {
        "kk": "Жауапты бөлімше",
        "ru": "Ответственное подразделение",
        "en": "Responsible unit",
    },
    "missing": {"kk": "жоқ мәліметтер", "ru": "отсутствуют сведения", "en": "missing"},
    "optional": {
        "kk": "талап етілмейтін, бірақ жоқ мәліметтер",
        "ru": "не обязательные, но отсутствующие сведения",
        "en": "not required, not yet shown",
    },
    "stale": {"kk": "ескірген", "ru": "устарело", "en": "stale"},
}


def _status(row: RegisterRow, lang: str) -> str:
    text = f'<strong class="register-{row.status}">{tr(REGISTER_STATUS[row.status], lang)}</strong>'
    for key, gaps in (("missing", row.missing), ("optional", row.optional_missing)):
        if gaps:
            items = "".join(f"<li>{tr(label, lang)}</li>" for label in gaps)
            text += (
                f"<details><summary>{L[key][lang]}: {len(gaps)}</summary><ul>{items}</ul></details>"
            )
    return text


def _dates(row: RegisterRow, lang: str) -> str:
    updated = day(row.updated, lang) if row.updated else CL["no_info_short"][lang]
    if row.review_due is None:
        return updated
    review = f"{L['review_short'][lang]} {day(row.review_due, lang)}"
    if row.stale:
        review = f'<strong class="stale">{review} ({L["stale"][lang]})</strong>'
    return f"{updated}<br>{review}"


def _unit(row: RegisterRow, units: Units, lang: str) -> str:
    return tr(units.get(row.clause.unit).name, lang) + mark(row.clause, lang, "unit")


def register_page(d: Disclosures, units: Units, lang: str) -> str:
    out = [
        f"# {PAGE_TITLE[PAGE].get(lang)}\n",
        notice(d.clauses, lang),
        f"{L['intro'][lang].format(today=day(d.today, lang))}\n",
        f"{L['legend'][lang]}\n",
        dataset_links(PAGE, ["disclosure-register"], lang),
    ]
    counts = Counter(row.status for row in d.register)
    stale = sum(1 for row in d.register if row.stale)
    summary = ", ".join(
        f"{tr(REGISTER_STATUS[s], lang)}: {counts[s]}"
        for s in ("complete", "unverified", "incomplete")
    )
    out.append(
        f"<p><strong>{L['summary'][lang]}:</strong> {summary}; "
        f"{L['stale_count'][lang]}: {stale}.</p>\n"
    )
    headers = [L[k][lang] for k in ("clause", "requirement", "pages", "status", "dates", "unit")]
    for block in ("invariant", "variative"):
        rows = [
            [
                f'<span id="clause-{row.clause.clause.replace(".", "-")}">'
                f"{esc(row.clause.clause)}</span>",
                tr(row.clause.requirement, lang),
                "<br>".join(
                    f'<a href="{page_href(PAGE, p)}">{tr(PAGE_TITLE[p], lang)}</a>'
                    for p in row.clause.pages
                ),
                _status(row, lang),
                _dates(row, lang),
                _unit(row, units, lang),
            ]
            for row in d.register
            if row.clause.block == block
        ]
        if rows:
            out.append(f"## {L[block][lang]}\n")
            out.append(table(headers, rows, L[block][lang]))
    return "\n".join(out)
