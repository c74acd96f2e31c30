"""Internal audits by year (what was audited, found and done) and management reviews (date,
inputs of ISO 9001 9.3.2, decisions). Positions and units only, never names."""

from __future__ import annotations

from collections import Counter

from kazutb_transparency.core.markdown import dataset_links, esc, table, tr
from kazutb_transparency.organisation import Units
from kazutb_transparency.processes import Registry
from kazutb_transparency.quality.capa import state
from kazutb_transparency.quality.loading import QualitySystem
from kazutb_transparency.quality.models import InternalAudit, Review
from kazutb_transparency.quality.pages.common import (
    Q,
    day,
    day_range,
    mark,
    process_link,
    role,
    sample_note,
)


def _findings_by_process(audit: InternalAudit, registry: Registry, lang: str) -> str:
    counts: Counter[tuple[int, str]] = Counter(
        (f.process, f.severity or "observation") for f in audit.findings
    )
    kinds = ("major", "minor", "observation")
    rows = [
        [process_link(registry, number, lang), *(str(counts[(number, k)]) for k in kinds)]
        for number in audit.processes
    ]
    headers = [Q["process"][lang], *(Q[f"severity_{k}"][lang] for k in kinds)]
    return table(headers, rows, Q["by_process"][lang].format(year=audit.year))


def _audit(audit: InternalAudit, registry: Registry, units: Units, as_of, lang: str) -> list[str]:
    out = [f"## {Q['audit_heading'][lang].format(year=audit.year)}{mark(audit.provenance, lang)}"]
    out += [
        "",
        '<dl class="facts">',
        f"<dt>{Q['period'][lang]}</dt><dd>{day_range(audit.start, audit.end, lang)}</dd>",
        f"<dt>{Q['lead'][lang]}</dt><dd>{role(units, audit.lead, lang)}</dd>",
        f"<dt>{Q['audited'][lang]}</dt><dd>"
        + "; ".join(process_link(registry, n, lang) for n in audit.processes)
        + "</dd>",
        "</dl>",
        "",
    ]
    out.append(_findings_by_process(audit, registry, lang))
    if audit.findings:
        rows = [
            [
                f"<code>{esc(f.id)}</code>",
                process_link(registry, f.process, lang),
                Q[f"severity_{f.severity or 'observation'}"][lang],
                esc(f.clause or "—"),
                tr(f.text, lang),
            ]
            for f in audit.findings
        ]
        headers = [Q[k][lang] for k in ("finding", "process", "severity", "clause", "text")]
        out.append(table(headers, rows, Q["findings"][lang].format(year=audit.year)))
    opened = len(audit.actions)
    closed = sum(state(a, as_of) == "closed" for a in audit.actions)
    out += [Q["actions_count"][lang].format(opened=opened, closed=closed), ""]
    if audit.actions:
        rows = [
            [
                f'<a href="actions.html#{esc(a.id)}"><code>{esc(a.id)}</code></a>',
                f"<code>{esc(a.finding)}</code>",
                day(a.opened, lang) if a.opened else "—",
                day(a.due, lang),
                Q[f"state_{state(a, as_of)}"][lang],
                day(a.closed, lang) if a.closed else "—",
                day(a.review, lang) if a.review else "—",
            ]
            for a in audit.actions
        ]
        keys = ("action", "finding", "opened", "due", "state", "closed", "review")
        headers = [Q[k][lang] for k in keys]
        out.append(table(headers, rows, Q["audit_actions"][lang].format(year=audit.year)))
    return out


def _review(review: Review, units: Units, lang: str) -> list[str]:
    out = [f"### {day(review.day, lang)}{mark(review.provenance, lang)}", ""]
    out += [f"**{Q['chair'][lang]}:** {role(units, review.chair, lang)}", ""]
    out += [f"**{Q['inputs'][lang]}:**", ""]
    out += [f"- {Q[f'input_{code}'][lang]}" for code in review.inputs]
    out += ["", f"**{Q['decisions'][lang]}:**", ""]
    if not review.decisions:
        out.append(f"- {Q['none'][lang]}")
    for decision in review.decisions:
        document = f" (<code>{esc(decision.document)}</code>)" if decision.document else ""
        out.append(f"- {tr(decision.text, lang)}{document}")
    if review.minutes:
        out += ["", f"{Q['minutes'][lang]}: <code>{esc(review.minutes)}</code>"]
    return [*out, ""]


def audits_page(quality: QualitySystem, registry: Registry, units: Units, lang: str) -> str:
    page = "qms/audits.md"
    out = [f"# {Q['audits_title'][lang]}", "", Q["audits_intro"][lang], ""]
    out.append(dataset_links(page, ["audit-findings", "corrective-actions"], lang))
    records = quality.records
    if records is None or not (records.audits or records.reviews):
        return "\n".join([*out, Q["audits_none"][lang], ""])
    if any(a.provenance == "placeholder" for a in records.audits) or any(
        r.provenance == "placeholder" for r in records.reviews
    ):
        out.append(sample_note(lang))
    for audit in sorted(records.audits, key=lambda a: a.year, reverse=True):
        out += _audit(audit, registry, units, records.as_of, lang)
    out += [f"## {Q['reviews_title'][lang]}", "", Q["reviews_intro"][lang], ""]
    if not records.reviews:
        out += [Q["reviews_none"][lang], ""]
    for review in sorted(records.reviews, key=lambda r: r.day, reverse=True):
        out += _review(review, units, lang)
    return "\n".join(out)
