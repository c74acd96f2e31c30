"""The source report page (processes/discrepancies): how the site differs from the process map.

Four groups of listed differences (the document itself, the architecture, the cards,
conflicts between sources), then the editorial readings collected from the cards, then
the inconsistencies found within the source (the cards' `notes`), which have pages of
their own (processes/source-notes-<category>).
"""

from __future__ import annotations

from kazutb_transparency.core.markdown import esc, table, tr
from kazutb_transparency.processes.labels import L as PROCESS_LABELS
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.models import CATEGORY_RANGES, LIST_FIELDS, Item, Process
from kazutb_transparency.processes.pages.cards import KIND as NOTE_KIND
from kazutb_transparency.processes.pages.cards import quoted
from kazutb_transparency.processes.sourcereport import PARTS, Difference

L: dict[str, dict[str, str]] = {
    "title": {
        "kk": "Дереккөзбен салыстыру есебі",
        "ru": "Отчёт о сверке с источником",
        "en": "Source report",
    },
    "intro": {
        "kk": "Процестер туралы беттер бекітілген «Процестердің ақпараттық картасынан» алынған. "
        "Карталардың қазақша мәтіні дереккөзбен тармақ бойынша сәйкес келеді, бірақ сайт "
        "құжатты өзгеріссіз көшірмейді: түрлендіруден қалған белгілеу алынып тасталған, "
        "кейбір жолдар бөлек тармақтарға бөлінген немесе басқа ретпен берілген, бас әріптер "
        "түзетілген, ал қате екені анық тұжырымдардың жанында редакциялық оқылым берілген. "
        "Төменде осындай айырмашылықтардың бәрі тізілген: дереккөзде не жазылған, сайт не "
        "көрсетеді және неге.",
        "ru": "Страницы о процессах взяты из утверждённой «Информационной карты процессов». "
        "Казахский текст карт совпадает с источником пункт за пунктом, но сайт не "
        "воспроизводит документ без изменений: убрана разметка, оставшаяся от конвертации, "
        "некоторые строки разделены на пункты или даны в другом порядке, исправлены "
        "заглавные буквы, а рядом с явно ошибочными формулировками дано редакционное "
        "прочтение. Ниже перечислены все такие различия: что написано в источнике, что "
        "показывает сайт и почему.",
        "en": "The process pages come from the approved “Process information map”. The Kazakh "
        "text of the cards matches the source item for item, but the site does not reproduce "
        "the document unchanged: markup left over from the conversion is removed, some lines "
        "are split into items or shown in another order, initial capitals are normalised, "
        "and evidently wrong wordings have an editorial reading beside them. Every such "
        "difference is listed below: what the source says, what the site shows, and why.",
    },
    "document": {
        "kk": "Дереккөз құжатының өзі",
        "ru": "Сам исходный документ",
        "en": "The source document itself",
    },
    "architecture": {
        "kk": "Процесс архитектурасы",
        "ru": "Архитектура процессов",
        "en": "Process architecture",
    },
    "cards": {"kk": "Процесс карталары", "ru": "Карты процессов", "en": "Process cards"},
    "other-sources": {
        "kk": "Дереккөздер арасындағы қайшылықтар",
        "ru": "Противоречия между источниками",
        "en": "Conflicts between sources",
    },
    "readings": {
        "kk": "Редакциялық оқылымдар",
        "ru": "Редакционные прочтения",
        "en": "Editorial readings",
    },
    "readings_intro": {
        "kk": "Бекітілген тұжырым қате екені анық болған жерде карта оны өзгертпей көрсетеді, "
        "жанында «шамасы: …» деген редакциялық оқылым беріледі; орысша және ағылшынша "
        "аудармалар осы оқылым бойынша жасалған. Бекітілген мәтінді түзету — процесс иесінің "
        "шешімі.",
        "ru": "Где утверждённая формулировка явно ошибочна, карта показывает её без изменений, "
        "а рядом — редакционное прочтение «вероятно: …»; русский и английский переводы "
        "следуют этому прочтению. Исправить утверждённый текст может только владелец "
        "процесса.",
        "en": "Where the approved wording is evidently wrong, the card shows it unchanged with "
        "an editorial reading beside it (“probably: …”); the Russian and English translations "
        "follow that reading. Only the process owner can correct the approved text.",
    },
    "notes": {
        "kk": "Дереккөздің ішіндегі сәйкессіздіктер",
        "ru": "Несоответствия внутри источника",
        "en": "Inconsistencies within the source",
    },
    "notes_intro": {
        "kk": "Картаның өз ішіндегі қайшылықтар мен күмәнді орындар: сайт оларды түзетпейді, "
        "сапа қызметіне хабарлайды.",
        "ru": "Противоречия и сомнительные места внутри самой карты: сайт их не исправляет, "
        "а сообщает о них службе качества.",
        "en": "Contradictions and doubtful passages within the map itself: the site does not "
        "fix them, it reports them to the quality staff.",
    },
    "notes_link": {
        "kk": "Сәйкессіздіктердің толық тізімі",
        "ru": "Полный список несоответствий",
        "en": "Full list of inconsistencies",
    },
    "where": {"kk": "Орны", "ru": "Место", "en": "Where"},
    "in_source": {"kk": "Дереккөзде", "ru": "В источнике", "en": "In the source"},
    "on_site": {"kk": "Сайтта", "ru": "На сайте", "en": "On the site"},
    "why": {"kk": "Себебі", "ru": "Причина", "en": "Why"},
    "reading": {"kk": "Оқылым", "ru": "Прочтение", "en": "Reading"},
    "process_short": {"kk": "процесс", "ru": "процесс", "en": "process"},
    "processes_short": {"kk": "процестер", "ru": "процессы", "en": "processes"},
    "none": {"kk": "Айырмашылық жоқ.", "ru": "Различий нет.", "en": "No differences."},
}

KIND: dict[str, dict[str, str]] = {
    "document-control": {
        "kk": "құжатты басқару",
        "ru": "управление документом",
        "en": "document control",
    },
    "removed-markup": {
        "kk": "белгілеу алынды",
        "ru": "разметка убрана",
        "en": "markup removed",
    },
    "names-differ": {"kk": "атаулары әртүрлі", "ru": "названия расходятся", "en": "names differ"},
    "reordered": {"kk": "реті өзгертілді", "ru": "порядок изменён", "en": "reordered"},
    "split": {"kk": "тармақтарға бөлу", "ru": "деление на пункты", "en": "split into items"},
    "owner": {"kk": "процесс иесі", "ru": "владелец процесса", "en": "process owner"},
    "capitalisation": {"kk": "бас әріптер", "ru": "заглавные буквы", "en": "capital letters"},
    "shared-text": {"kk": "көшірілген мәтін", "ru": "скопированный текст", "en": "copied text"},
    "not-a-process": {
        "kk": "процесс емес",
        "ru": "не процесс",
        "en": "not a process",
    },
    "unit-kind": {"kk": "бөлімше түрі", "ru": "вид подразделения", "en": "kind of unit"},
    "clause": {"kk": "ISO тармағы", "ru": "пункт ISO", "en": "ISO clause"},
    "headings-supplied": {
        "kk": "тақырып қосылды",
        "ru": "заголовок добавлен",
        "en": "heading supplied",
    },
    "site-text": {"kk": "сайт мәтіні", "ru": "текст сайта", "en": "site's own text"},
    "source-conflict": {
        "kk": "дереккөздер қайшылығы",
        "ru": "противоречие источников",
        "en": "sources disagree",
    },
}


def _source(text: str | None, lang: str) -> str:
    """The source's own wording: Kazakh, marked as such on ru and en pages."""
    if not text:
        return "—"
    text = quoted(text)
    return text if lang == "kk" else f'<span lang="kk">{text}</span>'


def _where(difference: Difference, lang: str) -> str:
    parts = []
    if difference.processes:
        numbers = sorted(difference.processes)
        word = L["process_short" if len(numbers) == 1 else "processes_short"][lang]
        links = ", ".join(f'<a href="p{n:02d}.html">{n}</a>' for n in numbers)
        parts.append(f"{word} {links}")
    if difference.fields:
        names = [PROCESS_LABELS.get(f, {}).get(lang, f) for f in difference.fields]
        parts.append(esc("; ".join(names)))
    return "<br>".join(parts) or L[difference.part][lang]


def _differences_table(differences: list[Difference], caption: str, lang: str) -> str:
    headers = [L[k][lang] for k in ("where", "in_source", "on_site", "why")]
    headers.insert(1, PROCESS_LABELS["kind"][lang])
    rows = [
        [
            f'<span id="{d.id}">{_where(d, lang)}</span>',
            KIND[d.kind][lang],
            _source(d.source, lang),
            tr(d.site, lang) if d.site else "—",
            tr(d.reason, lang),
        ]
        for d in differences
    ]
    return table(headers, rows, caption)


def editorial_readings(registry: Registry) -> list[tuple[int, str, Item]]:
    """Every item with an editorial reading: (process, field, item), in card order."""
    return [
        (process.number, name, item)
        for process in registry.processes
        for name in LIST_FIELDS
        for item in getattr(process, name)
        if item.reading is not None
    ]


def _readings_table(registry: Registry, lang: str) -> str:
    rows = []
    for number, field, item in editorial_readings(registry):
        assert item.reading is not None
        rows.append(
            [
                f'<a href="p{number:02d}.html">{number}</a>, {PROCESS_LABELS[field][lang]}',
                _source(item.kk, lang),
                tr(item.reading, lang),
                tr(item, lang),
            ]
        )
    headers = [
        L["where"][lang],
        L["in_source"][lang],
        L["reading"][lang],
        L["on_site"][lang],
    ]
    return table(headers, rows, L["readings"][lang])


def _notes_table(processes: list[Process], caption: str, lang: str) -> str:
    rows = [
        [
            f'<a href="{process.slug}.html">{process.number}</a>',
            NOTE_KIND[note.kind][lang],
            esc(PROCESS_LABELS.get(note.field, {}).get(lang, note.field)),
            tr(note.text, lang),
            PROCESS_LABELS[note.status][lang],
        ]
        for process in processes
        for note in process.notes
    ]
    if not rows:
        return PROCESS_LABELS["none_open"][lang]
    headers = [PROCESS_LABELS[k][lang] for k in ("number", "kind", "field", "note", "status")]
    return table(headers, rows, caption)


def source_report_page(registry: Registry, lang: str) -> str:
    out = [f"# {L['title'][lang]}", "", L["intro"][lang], ""]
    for part in PARTS:
        listed = [d for d in registry.differences if d.part == part]
        out += [f"## {L[part][lang]} {{#{part}}}", ""]
        out.append(_differences_table(listed, L[part][lang], lang) if listed else L["none"][lang])
        out.append("")
    out += [f"## {L['readings'][lang]} {{#readings}}", "", L["readings_intro"][lang], ""]
    out += [_readings_table(registry, lang), ""]
    # The notes are the longest part: they have pages of their own, one per category of
    # processes, so that no page outgrows the page-weight budget; this section leads there.
    out += [f"## {L['notes'][lang]} {{#notes}}", "", L["notes_intro"][lang], ""]
    for category in CATEGORY_RANGES:
        count = sum(len(p.notes) for p in registry.processes if p.category == category)
        out.append(f"- [{PROCESS_LABELS[category][lang]}]({notes_page(category)}) ({count})")
    out.append("")
    return "\n".join(out)


def notes_page(category: str) -> str:
    """The page, relative to processes/, of the notes on the cards of one category."""
    return f"source-notes-{category}.md"


def source_notes_pages(registry: Registry, lang: str) -> dict[str, str]:
    """The source report's last part, the inconsistencies noted within the cards, on one
    page per category of processes."""
    pages = {}
    for category in CATEGORY_RANGES:
        title = f"{L['notes'][lang]}: {PROCESS_LABELS[category][lang].lower()}"
        processes = [p for p in registry.processes if p.category == category]
        pages[f"processes/{notes_page(category)}"] = "\n".join(
            [
                f"# {title}",
                "",
                L["notes_intro"][lang],
                "",
                _notes_table(processes, title, lang),
                "",
                f"[← {L['title'][lang]}](discrepancies.md#notes)",
                "",
            ]
        )
    return pages
