"""The register of current QMS documents, and the quality policy's text."""

from __future__ import annotations

from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.core.markdown import dataset_links, esc, page_href, table, tr
from kazutb_transparency.core.provenance import weakest
from kazutb_transparency.disclosures.documents import DocumentEntry
from kazutb_transparency.processes import Registry
from kazutb_transparency.quality.loading import QualitySystem
from kazutb_transparency.quality.models import LEVELS, QmsDocument
from kazutb_transparency.quality.pages.common import Q, mark, process_link


def _approved(document: QmsDocument, lang: str) -> str:
    by = tr(document.approved_by, lang)
    if document.approved is None:
        return f"{Q['not_yet_published'][lang]}, {by}"
    return f"{esc(document.approved)}, {by}{_field_mark(document, 'approved', lang)}"


def _field_mark(document: QmsDocument, field: str, lang: str) -> str:
    """A mark beside one value only where it is less confirmed than the record."""
    if document.state(field) == document.provenance:
        return ""
    return mark(document.state(field), lang)


def _file(quality: QualitySystem, document: QmsDocument) -> str:
    if not document.file:
        return "—"
    checksum = quality.checksums.get(document.code, "")
    return (
        f'<a href="../documents/{esc(document.file)}">{esc(document.file)}</a>'
        f"<br><small>SHA-256 <code>{checksum[:16]}…</code></small>"
    )


def documents_page(quality: QualitySystem, registry: Registry, lang: str) -> str:
    page = "qms/documents.md"
    out = [f"# {Q['documents_title'][lang]}", "", Q["documents_intro"][lang], ""]
    out.append(dataset_links(page, "qms-documents", lang))
    if not quality.documents:
        return "\n".join([*out, Q["documents_none"][lang], ""])
    headers = [
        Q[key][lang]
        for key in ("code", "doc_title", "version", "approved", "doc_status", "process", "file")
    ]
    for level in (*LEVELS, None):
        documents = sorted((d for d in quality.documents if d.level == level), key=lambda d: d.code)
        if not documents:
            continue
        rows = [
            [
                f"<code>{esc(d.code)}</code>",
                tr(d.title, lang) + mark(d.provenance, lang) + _field_mark(d, "level", lang),
                esc(d.version) if d.version else Q["not_stated"][lang],
                _approved(d, lang),
                Q[f"status_{d.status}"][lang],
                process_link(registry, d.process, lang) + _field_mark(d, "process", lang),
                _file(quality, d),
            ]
            for d in documents
        ]
        heading = Q[f"level_{level}" if level else "level_not_yet_published"][lang]
        out += [f"## {heading}", ""]
        out.append(table(headers, rows, heading))
    out += [Q["codes_unique"][lang], ""]
    return "\n".join(out)


POLICY_PAGE = "qms/policy.md"


def policy_document(document: DocumentEntry, page: str, lang: str) -> str:
    """The quality policy's document as the documents register gives it: its title, linked
    to the Documents page that lists it, and its mark."""
    link = page_href(page, "about/documents.md")
    state = weakest(document.document.states())
    return f'<a href="{link}">{tr(document.document.title, lang)}</a>{mark(state, lang)}'


def policy_page(quality: QualitySystem, document: DocumentEntry | None, lang: str) -> str:
    """The quality policy: its text (policy.yaml) and whether it is published as a document,
    which the documents register alone says (`document`: its current record, or None)."""
    out = [f"# {Q['policy_title'][lang]}", ""]
    policy = quality.policy
    if document is not None:
        shown = policy_document(document, POLICY_PAGE, lang)
        out += [f"<p>{fill(Q['policy_published'][lang], document=shown)}</p>", ""]
    if policy is None or not policy.text:
        # Never a wording the university did not approve: say that the text is missing.
        missing = Q["policy_text_pending" if document is not None else "policy_missing"][lang]
        out += [f'<div class="admonition note"><p>{missing}</p></div>', ""]
        return "\n".join(out)
    if document is None:
        out += [f"<p>{Q['policy_no_document'][lang]}</p>", ""]
    if policy.provenance != "confirmed":
        out += [f"<p>{mark(policy.provenance, lang)}</p>", ""]
    for paragraph in policy.text:
        out += [tr(paragraph, lang), ""]
    if policy.document and (registered := quality.document(policy.document)):
        out += [
            f"{Q['policy_document'][lang]}: <code>{esc(registered.code)}</code>, "
            f"{tr(registered.title, lang)} ([{Q['documents_title'][lang]}](documents.md))",
            "",
        ]
    out += [f"{Q['source'][lang]}: {tr(policy.source, lang)}", ""]
    return "\n".join(out)
