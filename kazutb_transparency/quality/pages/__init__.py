"""Pages of the quality management system, under qms/ in each language folder: the overview,
the quality policy, the register of QMS documents, internal audits and management reviews,
and the one list of corrective and preventive actions."""

from __future__ import annotations

from kazutb_transparency.disclosures.documents import DocumentEntry
from kazutb_transparency.organisation import Units
from kazutb_transparency.processes import Registry
from kazutb_transparency.quality.actions import all_actions
from kazutb_transparency.quality.loading import QualitySystem
from kazutb_transparency.quality.pages.actions import actions_page
from kazutb_transparency.quality.pages.audits import audits_page
from kazutb_transparency.quality.pages.documents import documents_page, policy_page
from kazutb_transparency.quality.pages.overview import overview_page
from kazutb_transparency.surveys.loading import SurveyData


def render_quality_pages(
    quality: QualitySystem,
    surveys: SurveyData,
    registry: Registry,
    units: Units,
    lang: str,
    policy: DocumentEntry | None,
) -> dict[str, str]:
    """`policy`: the quality policy's current record in the documents register (None: it is
    not published), the one source of its existence for every page that mentions it."""
    actions = all_actions(quality, surveys)
    return {
        "qms/index.md": overview_page(quality, registry, actions, lang, policy),
        "qms/policy.md": policy_page(quality, policy, lang),
        "qms/documents.md": documents_page(quality, registry, lang),
        "qms/audits.md": audits_page(quality, registry, units, lang),
        "qms/actions.md": actions_page(actions, units, lang),
    }


__all__ = ["render_quality_pages"]
