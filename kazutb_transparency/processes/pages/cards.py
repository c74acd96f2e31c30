"""Pages of the process registry: index, one page per process, auditors' views."""

from __future__ import annotations

from collections import defaultdict

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.jsonld import jsonld_script
from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.organisation import Units
from kazutb_transparency.organisation.models import UnitRef
from kazutb_transparency.processes import jsonld
from kazutb_transparency.processes.labels import L
from kazutb_transparency.processes.loading import Registry
from kazutb_transparency.processes.models import LIST_FIELDS, Item, Note, Process
from kazutb_transparency.processes.pages.indicators import (
    M,
    indicators_section,
    process_counts,
    status_cells,
    status_headers,
)

KIND: dict[str, dict[str, str]] = catalog("process_note_kinds")


def _note_line(note: Note, lang: str) -> str:
    """«**Key indicators.** A fragment out of place. The last two …»: the section a note is
    about leads, the kind is a sentence of its own ("other" says nothing a reader needs),
    never a label with a bracket and a colon glued before the text."""
    field = esc(L.get(note.field, {}).get(lang, note.field))
    kind = "" if note.kind == "other" else f"{KIND[note.kind][lang]} "
    return f"- **{field}.** {kind}{tr(note.text, lang)}"


def unit_label(units: Units, ref: UnitRef, lang: str) -> str:
    return tr(units.label(ref), lang)


def refs_label(units: Units, refs: list[UnitRef], lang: str) -> str:
    return "; ".join(unit_label(units, ref, lang) for ref in refs)


def source_line(registry: Registry, lang: str) -> str:
    doc = registry.document
    line = (
        f"{tr(doc.title, lang)}, <code>{esc(doc.code)}</code>, "
        f"{L['version'][lang]} {esc(doc.version)}; "
        f"{L['approved'][lang]}: {tr(doc.approved.by, lang)}, {doc.approved.year}"
    )
    if doc.approved.incomplete:
        # The approval block gives the year only: say so wherever the approval is cited.
        line += f' (<a href="discrepancies.html#document">{tr(doc.approved.incomplete, lang)}</a>)'
    return line


def quoted(text: str) -> str:
    """«text», escaped; a text that already opens with a quotation mark is not quoted twice."""
    return esc(text) if text.startswith("«") else f"«{esc(text)}»"


def reading(item: Item, lang: str) -> str:
    """The editorial reading beside a wording the source evidently got wrong."""
    if item.reading is None:
        return ""
    if lang == "kk":
        # «[редакция оқылымы бойынша, шамасы, «…» болуы керек]»: a clause, not «шамасы: «…»».
        said = L["probably"][lang].format(reading=tr(item.reading, lang))
        note = f"{L['editorial'][lang]}, {said}"
    else:
        said = (
            f'{L["in_source"][lang]}: <span lang="kk">{quoted(item.kk)}</span>; '
            f"{L['probably'][lang].format(reading=tr(item.reading, lang))}"
        )
        note = f"{L['editorial'][lang]} — {said}"
    # Square brackets, the editor's mark: a wording that ends with its own bracket
    # («Білікті мамандар (тағылымдамаданушылар)») is not followed by a second round pair.
    return f' <small class="reading">[{note}]</small>'


def _item(item: Item, lang: str, registry: Registry) -> str:
    text = tr(item, lang) + reading(item, lang)
    if item.process is not None:
        linked = registry.by_number(item.process)
        label = f"{L['see_process'][lang]} {linked.number}: {tr(linked.title, lang)}"
        text += f' (<a href="{linked.slug}.html">{label}</a>)'
    return text


def process_page(process: Process, registry: Registry, units: Units, lang: str) -> str:
    out = [f"# {process.number}. {tr(process.title, lang)}", ""]
    facts = [
        (L["category"][lang], L[process.category][lang]),
        (L["code"][lang], f"<code>{esc(process.code)}</code>"),
    ]
    if process.title_line_code:
        facts.append((L["title_line_code"][lang], f"<code>{esc(process.title_line_code)}</code>"))
    facts += [
        (L["owner"][lang], refs_label(units, process.owner, lang)),
        (L["manager"][lang], refs_label(units, process.manager, lang)),
        (
            L["clauses"][lang],
            ", ".join(
                f'<a href="by-clause.html#clause-{c.replace(".", "-")}">{esc(c)}</a>'
                for c in process.clauses
            ),
        ),
    ]
    out.append('<dl class="facts">')
    for term, value in facts:
        out.append(f"<dt>{term}</dt><dd>{value}</dd>")
    out.append("</dl>\n")
    out += [f"## {L['goal'][lang]}", "", tr(process.goal, lang), ""]
    for name in LIST_FIELDS:
        if name == "key_indicators":
            # The indicators with their measured values, targets and trend.
            section = indicators_section(
                process,
                registry.measurements,
                units,
                lang,
                lambda item: tr(item, lang) + reading(item, lang),
            )
            out += [section, ""]
            continue
        items: list[Item] = getattr(process, name)
        if not items:
            continue
        out += [f"## {L[name][lang]}", ""]
        tag = "ol" if name == "content" else "ul"
        out.append(f"<{tag}>")
        out += [f"<li>{_item(item, lang, registry)}</li>" for item in items]
        out += [f"</{tag}>", ""]
    open_notes = [n for n in process.notes if n.status == "open"]
    if open_notes:
        out += [f"## {L['discrepancies'][lang]}", ""]
        out += [_note_line(n, lang) for n in open_notes]
        out += ["", f"[{L['all_notes'][lang]}](source-notes-{process.category}.md)", ""]
    out += [
        f"## {L['source'][lang]}",
        "",
        source_line(registry, lang),
        "",
        f"[← {L['back'][lang]}](index.md)",
        "",
        jsonld_script(jsonld.process_page(process, registry, lang)),
    ]
    return "\n".join(out)


def index_page(registry: Registry, units: Units, lang: str) -> str:
    page = "processes/index.md"
    out = [f"# {L['registry'][lang]}", "", L["registry_intro"][lang], ""]
    out.append(dataset_links(page, ["processes", "process-indicator-values"], lang))
    out += [_register_counts(registry, lang), ""]
    for category in ("management", "core", "support"):
        processes = registry.in_category(category)
        out += [f"## {L[category][lang]} ({len(processes)})", ""]
        rows = [
            [
                str(p.number),
                f'<a href="{p.slug}.html">{tr(p.title, lang)}</a>',
                f"<code>{esc(p.code)}</code>",
                refs_label(units, p.owner, lang),
                refs_label(units, p.manager, lang),
                ", ".join(esc(c) for c in p.clauses),
                *status_cells(p, registry.measurements, lang),
            ]
            for p in processes
        ]
        headers = [L[k][lang] for k in ("number", "title", "code", "owner", "manager", "clauses")]
        headers += status_headers(lang)
        out.append(table(headers, rows, L[category][lang]))
    out += [f"{L['source'][lang]}: {source_line(registry, lang)}", ""]
    # The source report is reached from here, not from the main menu.
    out += [f"[{L['source_report'][lang]}](discrepancies.md)", ""]
    return "\n".join(out)


def _register_counts(registry: Registry, lang: str) -> str:
    """How many key indicators are met, not met and not measured yet, in all processes."""
    totals = {"met": 0, "not_met": 0, "not_measured": 0}
    for process in registry.processes:
        for key, count in process_counts(process, registry.measurements).items():
            totals[key] += count
    total = sum(totals.values())
    indicators = counted(total, "key_indicators", lang)
    return M["register_summary"][lang].format(indicators=indicators, **totals)


def by_unit_page(registry: Registry, units: Units, lang: str) -> str:
    owned: dict[str, list[Process]] = defaultdict(list)
    managed: dict[str, list[Process]] = defaultdict(list)
    for process in registry.processes:
        for ref in process.owner:
            owned[ref.unit].append(process)
        for ref in process.manager:
            managed[ref.unit].append(process)
    out = [f"# {L['by_unit'][lang]}", "", L["by_unit_intro"][lang], ""]
    for unit in units:
        if unit.id not in owned and unit.id not in managed:
            continue
        out += [f"## {tr(unit.name, lang)} {{#{unit.id}}}", ""]
        for label, groups in (("as_owner", owned), ("as_manager", managed)):
            if groups.get(unit.id):
                links = ", ".join(
                    f"[{p.number}. {tr(p.title, lang)}]({p.slug}.md)" for p in groups[unit.id]
                )
                out += [f"**{L[label][lang]}:** {links}", ""]
    return "\n".join(out)


def _clause_key(clause: str) -> tuple[int, ...]:
    return tuple(int(part) for part in clause.split("."))


def by_clause_page(registry: Registry, lang: str) -> str:
    by_clause: dict[str, list[Process]] = defaultdict(list)
    for process in registry.processes:
        for clause in process.clauses:
            by_clause[clause].append(process)
    out = [f"# {L['by_clause'][lang]}", "", L["by_clause_intro"][lang], ""]
    rows = []
    for clause in sorted(by_clause, key=_clause_key):
        anchor = f"clause-{clause.replace('.', '-')}"
        links = "; ".join(
            f'<a href="{p.slug}.html">{p.number}. {tr(p.title, lang)}</a>'
            for p in by_clause[clause]
        )
        rows.append([f'<span id="{anchor}">{esc(clause)}</span>', links])
    out.append(table([L["clause"][lang], L["processes"][lang]], rows, L["by_clause"][lang]))
    return "\n".join(out)
