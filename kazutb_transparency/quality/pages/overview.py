"""The quality management system at a glance: where its parts are, with their counts."""

from __future__ import annotations

from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.disclosures.documents import DocumentEntry
from kazutb_transparency.processes import Registry
from kazutb_transparency.processes.measurements import status
from kazutb_transparency.quality.actions import Capa
from kazutb_transparency.quality.loading import QualitySystem
from kazutb_transparency.quality.pages.common import Q
from kazutb_transparency.quality.pages.documents import policy_document


def _policy_line(quality: QualitySystem, document: DocumentEntry | None, lang: str) -> str:
    """What the overview says of the policy: its text (policy.yaml), and whether it is
    published as a document, as the documents register says (`document`)."""
    text = bool(quality.policy and quality.policy.text)
    if document is None:
        return Q["policy_line" if text else "policy_line_missing"][lang]
    shown = policy_document(document, "qms/index.md", lang)
    key = "policy_line_document_text" if text else "policy_line_document"
    return fill(Q[key][lang], document=shown)


def overview_page(
    quality: QualitySystem,
    registry: Registry,
    actions: list[Capa],
    lang: str,
    document: DocumentEntry | None,
) -> str:
    indicators = [
        status(registry.measurements.of(p.number, index))
        for p in registry.processes
        for index in range(1, len(p.key_indicators) + 1)
    ]
    records = quality.records
    audits = len(records.audits) if records else 0
    reviews = len(records.reviews) if records else 0
    parts = [
        (
            "policy.md",
            Q["policy_title"][lang],
            _policy_line(quality, document, lang),
        ),
        (
            "documents.md",
            Q["documents_title"][lang],
            Q["documents_line"][lang].format(
                documents=counted(len(quality.documents), "documents", lang)
            ),
        ),
        (
            "../processes/index.md",
            Q["indicators_title"][lang],
            Q["indicators_line"][lang].format(
                indicators=counted(len(indicators), "key_indicators", lang),
                met=indicators.count("met"),
                not_met=indicators.count("not-met"),
                not_measured=indicators.count("not-measured"),
            ),
        ),
        (
            "audits.md",
            Q["audits_title"][lang],
            Q["audits_line"][lang].format(
                audits=counted(audits, "internal_audits", lang),
                reviews=counted(reviews, "management_reviews", lang),
            ),
        ),
        (
            "actions.md",
            Q["actions_title"][lang],
            Q["actions_line"][lang].format(
                total=len(actions), overdue=sum(c.state == "overdue" for c in actions)
            ),
        ),
    ]
    out = [f"# {Q['overview_title'][lang]}", "", Q["overview_intro"][lang], ""]
    out += [f"- [{title}]({target}): {line}" for target, title, line in parts]
    return "\n".join([*out, ""])
