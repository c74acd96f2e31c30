"""The source report page (processes/discrepancies): how the site differs from the process map.

Four groups of listed differences (the document itself, the architecture, the cards,
conflicts between sources), then the editorial readings collected from the cards, then
the inconsistencies found within the source (the cards' `notes`), which have pages of
their own (processes/source-notes-<category>).
"""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.markdown import esc, table, tr
from kazutb_transparency.processes.labels import L as PROCESS_LABELS
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.models import CATEGORY_RANGES, LIST_FIELDS, Item, Process
from kazutb_transparency.processes.pages.cards import KIND as NOTE_KIND
from kazutb_transparency.processes.pages.cards import quoted
from kazutb_transparency.processes.sourcereport import PARTS, Difference

L: dict[str, dict[str, str]] = catalog("source_report")

KIND: dict[str, dict[str, str]] = catalog("source_report_kinds")


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


def kind_cell(kind: str) -> str:
    """A note's kind as a table cell: a card opens its note with the kind as a sentence
    («Мәтін қайталанған.»); a column of kinds holds labels in lower case without a full stop,
    as the source report's kinds and the status column do («мәтін қайталанған», «басқа»)."""
    label = kind.strip().removesuffix(".")
    return label[:1].lower() + label[1:]


def _notes_table(processes: list[Process], caption: str, lang: str) -> str:
    rows = [
        [
            f'<a href="{process.slug}.html">{process.number}</a>',
            kind_cell(NOTE_KIND[note.kind][lang]),
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
