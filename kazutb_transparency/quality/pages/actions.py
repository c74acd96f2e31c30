"""The one list of corrective and preventive actions, of audits and of surveys: what is
overdue, what is open, what is closed, each with its origin, due day and review."""

from __future__ import annotations

from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.organisation import Units
from kazutb_transparency.quality.actions import Capa
from kazutb_transparency.quality.capa import review_window
from kazutb_transparency.quality.pages.common import Q, day, day_range, mark

STATES = ("overdue", "open", "closed")


def _review(capa: Capa, lang: str) -> str:
    if capa.action.review is not None:
        return day(capa.action.review, lang)
    first, last = review_window(capa.action.due)
    return Q["review_window"][lang].format(
        first=day(first, lang), last=day(last, lang), period=day_range(first, last, lang)
    )


def _answers(capa: Capa, lang: str) -> str:
    if capa.origin == "audit":
        return f'<a href="audits.html">{Q["finding"][lang]} <code>{esc(capa.answers)}</code></a>'
    return (
        f'<a href="../quality/actions.html#{esc(capa.action.id)}">{Q["indicator"][lang]} '
        f"<code>{esc(capa.answers)}</code></a>"
    )


def _row(capa: Capa, units: Units, lang: str) -> list[str]:
    action = capa.action
    unit = units.by_id.get(action.responsible)
    return [
        f'<code id="{esc(action.id)}">{esc(action.id)}</code>',
        Q[f"origin_{capa.origin}"][lang] + mark(capa.provenance, lang),
        _answers(capa, lang),
        tr(action.action, lang),
        tr(unit.name, lang) if unit else esc(action.responsible),
        day(action.due, lang),
        Q[f"status_{action.status}"][lang],
        _review(capa, lang),
    ]


def actions_page(actions: list[Capa], units: Units, lang: str) -> str:
    page = "qms/actions.md"
    out = [f"# {Q['actions_title'][lang]}", "", Q["actions_intro"][lang], ""]
    out.append(dataset_links(page, "corrective-actions", lang))
    dates = sorted({capa.as_of for capa in actions})
    if dates:
        out += [Q["as_of"][lang].format(date=", ".join(day(d, lang) for d in dates)), ""]
    counts = {s: sum(capa.state == s for capa in actions) for s in STATES}
    out += [Q["actions_counts"][lang].format(**counts), ""]
    headers = [
        Q[k][lang]
        for k in ("action", "origin", "answers", "text", "responsible", "due", "status", "review")
    ]
    for group in STATES:
        chosen = [capa for capa in actions if capa.state == group]
        out += [f"## {Q[f'group_{group}'][lang]} ({len(chosen)})", ""]
        if not chosen:
            out += [Q["none"][lang], ""]
            continue
        rows = [_row(capa, units, lang) for capa in chosen]
        out.append(table(headers, rows, Q[f"group_{group}"][lang]))
    out += [Q["review_rule"][lang], ""]
    return "\n".join(out)
