"""Documents (§9.7.1.5, §9.7.2, §9.7.3) and reports and plans (§8.3.6, §8.5.5): each with its
file, size and SHA-256, and superseded versions kept visible as history."""

from __future__ import annotations

from kazutb_transparency.core.interface import catalog
from kazutb_transparency.core.locale_format import DateText, fill, format_number
from kazutb_transparency.core.markdown import BYTES, dataset_links, esc, href, table, tr
from kazutb_transparency.disclosures.content import Disclosures
from kazutb_transparency.disclosures.documents import DocumentEntry
from kazutb_transparency.disclosures.labels import DOCUMENT_KIND, PAGE_TITLE
from kazutb_transparency.disclosures.lacking import in_languages, lacking_phrase
from kazutb_transparency.disclosures.pages.common import (
    dates,
    day,
    mark,
    no_info,
    no_info_cell,
    notice,
    page_href,
    register_note,
    size,
)
from kazutb_transparency.disclosures.register import REQUIRED_KINDS

L: dict[str, dict[str, str]] = catalog("disclosures_documents")

# Sections of the documents page: heading, kinds shown, clauses answered.
DOCUMENT_SECTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("charter", ("charter",), ("9.7.2.1",)),
    ("licence", ("licence", "licence-annex"), ("9.7.2.2",)),
    (
        "accreditation",
        ("accreditation-certificate", "certificate-annex", "accreditation-report"),
        ("9.7.2.3",),
    ),
    ("methodological", ("methodological",), ("9.7.1.5",)),
    ("quality", ("quality-policy", "quality"), ("9.7.1.5",)),
    ("development", ("development-programme",), ("9.7.3",)),
    (
        "finance",
        ("financial-statements", "annual-report", "procurement-plan", "procurement-report"),
        ("9.7.3",),
    ),
    ("paid", ("paid-education-contract", "tuition-fee-order"), ("9.7.3",)),
)
REPORT_SECTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("reports", ("report",), ("8.3.6",)),
    ("declarations", ("goals-declaration",), ("8.5.5",)),
)


def _document_cell(entry: DocumentEntry, d: Disclosures, page: str, lang: str) -> str:
    doc = entry.document
    title = tr(doc.title, lang)
    if entry.file is not None:
        title = f'<a href="{href(page, entry.file.published, lang)}">{title}</a>'
    details = [esc(f"{L['number'][lang]} {doc.number}")] if doc.number else []
    if doc.protocol:  # approved at a meeting: by whom, when, in which minutes
        details += [
            f"{L['approved'][lang]}: {tr(doc.issuer, lang)}, {day(doc.date, lang)}, "
            f"{L['protocol'][lang]} {esc(doc.protocol)}"
        ]
    else:
        details += [day(doc.date, lang), tr(doc.issuer, lang)]
    if doc.period:
        details.append(f"{L['period'][lang]}: {esc(doc.period)}")
    lines = [f"<strong>{title}</strong>{mark(doc, lang)}", "; ".join(details)]
    if doc.annex_of:
        main = d.document(doc.annex_of).document
        lines.append(fill(L["annex_of"][lang], title=tr(main.title, lang)))
    if doc.superseded_by:
        newer = d.document(doc.superseded_by).document
        newer_date = DateText(newer.date, lang, html=True)
        lines.append(fill(L["replaced_by"][lang], title=tr(newer.title, lang), date=newer_date))
    if doc.purpose is not None:  # §8.3.7: why it exists and what it should achieve
        lines.append(f"<em>{L['purpose'][lang]}:</em> {tr(doc.purpose, lang)}")
    if doc.current and doc.lacking_languages:  # §11.6: kk, ru and en
        lacking = lacking_phrase(doc.lacking_languages, lang, "page")
        lines.append(f'<span class="no-info">{lacking}</span>')
    return "<br>".join(lines)


def document_reference(entry: DocumentEntry, page: str, lang: str) -> str:
    """A document named where another page relies on it (a programme's curriculum, the
    contract of paid education): its title linked to its file, its date, its mark, or
    that the file is not yet published."""
    doc = entry.document
    title = tr(doc.title, lang)
    if entry.file is not None:
        title = f'<a href="{href(page, entry.file.published, lang)}">{title}</a>'
    text = f"{title}, {day(doc.date, lang)}{mark(doc, lang)}"
    if entry.file is None:
        text += f' <span class="no-info">({L["no_file"][lang]})</span>'
    return text


def _file_cell(entry: DocumentEntry, lang: str) -> str:
    if entry.file is None:
        return no_info_cell(lang) + f" — {L['no_file'][lang]}"
    # «ағылшын тілінде», "in English": a phrase, not the label «тілі: ағылшын тілі».
    languages = in_languages(entry.document.languages, lang)
    kind = entry.file.source.suffix.removeprefix(".").upper()
    exact = f"{entry.file.size} {BYTES[lang]}"
    return (
        f'{kind}, <span title="{exact}">{size(entry.file.size, lang)}</span>'
        f"<br>{L['language'][lang].format(taught=languages)}"
    )


def _checksum_cell(entry: DocumentEntry) -> str:
    if entry.file is None:
        return "—"
    return f'<code class="sha256" tabindex="0">{entry.file.sha256}</code>'  # full on focus


def document_table(
    entries: list[DocumentEntry], d: Disclosures, page: str, caption: str, lang: str
) -> str:
    rows = [
        [
            _document_cell(e, d, page, lang),
            _file_cell(e, lang),
            _checksum_cell(e),
            dates(e.document, d.today, lang, history=not e.document.current),
        ]
        for e in entries
    ]
    headers = [L[k][lang] for k in ("document", "file", "checksum", "dates")]
    return table(headers, rows, caption)


Sections = tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]


def _sections(d: Disclosures, page: str, sections: Sections, lang: str) -> list[str]:
    out = []
    for key, kinds, clauses in sections:
        title = L[key][lang]
        out.append(f"## {title}\n")
        out.append(register_note(page, clauses, lang))
        current = d.documents_of(*kinds, current=True)
        if current:
            out.append(document_table(current, d, page, title, lang))
        for kind in kinds:
            if kind in REQUIRED_KINDS and not any(e.document.kind == kind for e in current):
                out.append(no_info(f"{tr(DOCUMENT_KIND[kind], lang)} — {L['none'][lang]}", lang))
        history = d.documents_of(*kinds, current=False)
        if history:
            out.append(f"### {L['history'][lang]}\n")
            caption = fill(L["history_of"][lang], title=title)
            out.append(document_table(history, d, page, caption, lang))
    return out


def _curricula(d: Disclosures, page: str, lang: str) -> str:
    """Each programme's curriculum is on its own page (the catalogue links them all): here
    only how many are published, so that a university of hundreds of programmes keeps a
    documents page one can read on a phone."""
    files = {e.document.id for e in d.documents_of("curriculum", current=True) if e.file}
    published = sum(1 for p in d.programmes if p.curriculum in files)
    catalogue = page_href(page, "programmes/index.md")
    text = L["curricula_count"][lang].format(
        published=format_number(published, lang), programmes=format_number(len(d.programmes), lang)
    )
    return (
        f"## {L['curricula'][lang]}\n\n{register_note(page, ('9.7.1.6',), lang)}"
        f'<p>{text} <a href="{catalogue}">{PAGE_TITLE["programmes/index.md"].get(lang)}</a>.</p>\n'
    )


# Every kind a section of the documents or reports page shows (curricula: on their
# programmes' pages); a document of any other kind is listed under "Other documents", so
# that no published document is on no page until another record names it.
_SHOWN_KINDS = frozenset(
    {k for _, ks, _ in DOCUMENT_SECTIONS + REPORT_SECTIONS for k in ks} | {"curriculum"}
)


def _others(d: Disclosures, page: str, lang: str) -> str:
    kinds = {e.document.kind for e in d.documents} - _SHOWN_KINDS
    others = d.documents_of(*kinds, current=True)
    if not others:
        return ""
    title = L["other"][lang]
    intro = f"## {title} {{#other}}\n\n<p>{L['other_intro'][lang]}</p>\n\n"
    return intro + document_table(others, d, page, title, lang)


def documents_page(d: Disclosures, lang: str) -> str:
    page = "about/documents.md"
    kinds = {k for _, ks, _ in DOCUMENT_SECTIONS for k in ks}
    shown = [e.document for e in d.documents if e.document.kind in kinds]
    reports = page_href(page, "about/reports.md")
    out = [
        f"# {PAGE_TITLE[page].get(lang)}\n",
        notice(shown, lang),
        f"{L['documents_intro'][lang]}\n",
        dataset_links(page, ["documents"], lang),
    ]
    out += _sections(d, page, DOCUMENT_SECTIONS, lang)
    out.append(_curricula(d, page, lang))
    out.append(_others(d, page, lang))
    out.append(
        f'<p>{L["reports_link"][lang]} <a href="{reports}">'
        f"{PAGE_TITLE['about/reports.md'].get(lang)}</a>.</p>\n"
    )
    return "\n".join(out)


def reports_page(d: Disclosures, lang: str) -> str:
    page = "about/reports.md"
    kinds = {k for _, ks, _ in REPORT_SECTIONS for k in ks}
    shown = [e.document for e in d.documents if e.document.kind in kinds]
    documents = page_href(page, "about/documents.md")
    out = [
        f"# {PAGE_TITLE[page].get(lang)}\n",
        notice(shown, lang),
        f"{L['reports_intro'][lang]}\n",
        dataset_links(page, ["documents"], lang),
    ]
    out += _sections(d, page, REPORT_SECTIONS, lang)
    out.append(f"## {L['development'][lang]}\n")
    out.append(
        f'<p>{L["plan_note"][lang]} <a href="{documents}">'
        f"{PAGE_TITLE['about/documents.md'].get(lang)}</a>.</p>\n"
    )
    return "\n".join(out)
