"""Other information required by law (§9.7.3): procurement plans and results (with the
record on the state procurement portal) and competitions for teaching and staff posts
(post, unit, requirements, deadline; applicants are never named)."""

from __future__ import annotations

from kazutb_transparency.core.markdown import dataset_links, esc, href, page_href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.pages.common import (
    day_range,
    jsonld_script,
    mark,
    no_info,
    notice,
    number,
    register_note,
)
from kazutb_transparency.organisation import Units
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.labels import STAGE, L, title
from kazutb_transparency.transparency.models import Competition, Procurement

PROCUREMENT = "transparency/procurement.md"
COMPETITIONS = "transparency/competitions.md"
SHOWN_YEARS = 6  # older years are in the open data
SHOWN_CLOSED = 30


def _where(item: Procurement, d: Disclosures, lang: str) -> str:
    """The item's own record on the portal, then its plan and results documents (named
    even when their file is not published, so a reader knows they exist)."""
    links = []
    if item.portal_url:
        links.append(f'<a href="{esc(item.portal_url)}">{L["portal"][lang]}</a>')
    for key in ("plan_document", "result_document"):
        doc_id = getattr(item, key)
        if doc_id is None:
            continue
        entry = d.document(doc_id)
        name = tr(entry.document.title, lang)
        if entry.file is not None:
            name = f'<a href="{href(PROCUREMENT, entry.file.published, lang)}">{name}</a>'
        links.append(f"{L[key][lang]}: {name}")
    return "<br>".join(links)


def procurement_page(t: Transparency, d: Disclosures, lang: str) -> str:
    years = sorted({p.year for p in t.procurement}, reverse=True)
    out = [
        f"# {title(PROCUREMENT, lang)}\n",
        notice(t.procurement, lang),
        register_note(PROCUREMENT, ("9.7.3",), lang),
        f"{L['procurement_intro'][lang]}\n",
        dataset_links(PROCUREMENT, ["procurement"], lang),
    ]
    if not years:
        out.append(no_info(title(PROCUREMENT, lang), lang))
    headers = [L[k][lang] for k in ("stage", "item", "lots", "amount", "where")]
    for year in years[:SHOWN_YEARS]:
        rows = [
            [
                tr(STAGE[p.stage], lang),
                f"{tr(p.title, lang)}{mark(p, lang)}",
                number(p.lots, lang) if p.lots is not None else "—",
                f"{number(p.amount_kzt, lang)} ₸" if p.amount_kzt is not None else "—",
                _where(p, d, lang),
            ]
            for p in t.procurement
            if p.year == year
        ]
        out += [f"## {year}\n", table(headers, rows, f"{title(PROCUREMENT, lang)}, {year}")]
    documents = page_href(PROCUREMENT, "about/documents.md")
    # The link inside the sentence, where its page is named, not after a colon that repeats it.
    link = f'<a href="{documents}">{title("about/documents.md", lang)}</a>'
    out.append(f"<p>{L['statements_link'][lang].format(link=link)}.</p>\n")
    return "\n".join(out)


def _competition_rows(items: list[Competition], units: Units, lang: str) -> list[list[str]]:
    return [
        [
            f"<strong>{tr(c.post, lang)}</strong>{mark(c, lang)}<br>"
            f"{tr(units.by_id[c.unit].name, lang)}",
            number(c.places, lang),
            tr(c.requirements, lang),
            day_range(c.announced, c.deadline, lang),
            tr(c.how_to_apply, lang),
        ]
        for c in items
    ]


def _job_postings(items: list[Competition], d: Disclosures, units: Units, lang: str) -> str:
    # schema.org JobPosting in the page's language: a search engine shows it beside the page.
    org = {"@type": "CollegeOrUniversity", "name": d.about.identity.full_name.get(lang)}
    postings = [
        {
            "@type": "JobPosting",
            "title": c.post.get(lang),
            "description": c.requirements.get(lang),
            "datePosted": c.announced.isoformat(),
            "validThrough": c.deadline.isoformat(),
            "totalJobOpenings": c.places,
            "hiringOrganization": {**org, "department": units.by_id[c.unit].name.get(lang)},
        }
        for c in items
    ]
    return jsonld_script({"@context": "https://schema.org", "@graph": postings})


def competitions_page(t: Transparency, d: Disclosures, units: Units, lang: str) -> str:
    opened = t.open_competitions()
    closed = [c for c in t.competitions if c not in opened]
    headers = [L[k][lang] for k in ("post", "places", "requirements", "open_period", "apply")]
    out = [
        f"# {title(COMPETITIONS, lang)}\n",
        notice(t.competitions, lang),
        register_note(COMPETITIONS, ("9.7.3",), lang),
        f"{L['competitions_intro'][lang]}\n",
        dataset_links(COMPETITIONS, ["competitions"], lang),
        f"## {L['open_now'][lang]}\n",
    ]
    if opened:
        out.append(table(headers, _competition_rows(opened, units, lang), L["open_now"][lang]))
        out.append(_job_postings(opened, d, units, lang))
    else:
        out.append(f"<p>{L['none_open'][lang]}</p>\n")
    if closed:
        out.append(f"## {L['closed'][lang]}\n")
        rows = _competition_rows(closed[:SHOWN_CLOSED], units, lang)
        out.append(table(headers, rows, L["closed"][lang]))
    return "\n".join(out)
