"""Inspections by state supervisory bodies (§9.7.3): the body, the subject, the result,
what the university did about it, and the act or order when it is public. Inspectors are
never named: the record has no field for a person."""

from __future__ import annotations

from kazutb_transparency.core.markdown import dataset_links, href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import day, mark, no_info, notice, register_note
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import INSPECTION_KIND, L, title
from kazutb_transparency.transparency.models import Inspection, InspectionAction

PAGE = "transparency/inspections.md"
SHOWN = 60  # older inspections are in the open data


def _action(action: InspectionAction, lang: str) -> str:
    state = (
        f"{L['action_done'][lang]} {day(action.done, lang)}"
        if action.done
        else L["action_open"][lang]
    )
    due = f"{L['action_due'][lang]} {day(action.due, lang)}"
    return f"<li>{tr(action.what, lang)} ({due}; {state})</li>"


def _act(item: Inspection, d: Disclosures, lang: str) -> str:
    if item.document is None:
        return L["act_not_public"][lang]
    entry = d.document(item.document)
    name = tr(entry.document.title, lang)
    if entry.file is None:
        return name
    return f'<a href="{href(PAGE, entry.file.published, lang)}">{name}</a>'


def _row(item: Inspection, d: Disclosures, lang: str) -> list[str]:
    verdict = L["violations" if item.violations_found else "no_violations"][lang]
    actions = "".join(_action(a, lang) for a in item.actions)
    return [
        day(item.date, lang),
        f"<strong>{tr(item.body, lang)}</strong>{mark(item, lang)}<br>"
        f"{tr(INSPECTION_KIND[item.kind], lang)}: {tr(item.subject, lang)}",
        f"<strong>{verdict}</strong><br>{tr(item.result, lang)}",
        f"<ul>{actions}</ul>" if actions else "—",
        _act(item, d, lang),
    ]


def inspections_page(t: Transparency, d: Disclosures, lang: str) -> str:
    items = list(t.inspections or ())
    out = [
        f"# {title(PAGE, lang)}\n",
        notice(items, lang),
        register_note(PAGE, ("9.7.3",), lang),
        f"{L['inspections_intro'][lang]}\n",
        dataset_links(PAGE, ["inspections", "inspection-actions"], lang),
    ]
    if t.inspections is None:
        out.append(no_info(title(PAGE, lang), lang))
        return "\n".join(out)
    if not items:
        out.append(f"<p>{L['no_inspections'][lang]}</p>\n")
        return "\n".join(out)
    headers = [
        L[k][lang]
        for k in (
            "inspection_date",
            "inspection",
            "inspection_result",
            "inspection_actions",
            "inspection_act",
        )
    ]
    rows = [_row(item, d, lang) for item in items[:SHOWN]]
    out.append(table(headers, rows, title(PAGE, lang)))
    return "\n".join(out)
