"""The vocabulary of the disclosures in kk, ru and en: levels, fields, kinds and statuses.

Shared by the pages, the open-data schemas and the compliance register, so that a value
is called the same everywhere.
"""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import catalog, localized

LEVEL: dict[str, Localized] = localized("disclosures_level")

# The level of one programme (LEVEL names the groups of the catalogue).
DEGREE_LEVEL: dict[str, Localized] = localized("disclosures_degree_level")

# Broad fields of education of the national classifier of training directions: the
# two digits after the level prefix of a programme code (6B04105 → 04).
FIELD: dict[str, Localized] = localized("disclosures_field")

LANGUAGE: dict[str, Localized] = localized("disclosures_language")

CYCLE: dict[str, Localized] = localized("disclosures_cycle")

COMPONENT: dict[str, Localized] = localized("disclosures_component")

REGISTER: dict[str, Localized] = localized("disclosures_register_terms")

ACTIVITY: dict[str, Localized] = localized("disclosures_activity")

BASIS: dict[str, Localized] = localized("disclosures_basis")

DECISION: dict[str, Localized] = localized("disclosures_decision")

ACCREDITATION_STATUS: dict[str, Localized] = localized("disclosures_accreditation_status")

REGISTER_STATUS: dict[str, Localized] = localized("disclosures_register_status")

RESOURCE_CATEGORY: dict[str, Localized] = localized("disclosures_resource_category")

DOCUMENT_KIND: dict[str, Localized] = localized("disclosures_document_kind")

# The fixed addresses of the disclosure pages (inside each language folder) and their titles;
# the register links to them and agencies and crawlers rely on them staying put.
PAGE_TITLE: dict[str, Localized] = localized("disclosures_page_title")


# The three provenance states: the full meaning (legend, screen readers, tooltips) and the
# compact mark shown beside a value (a sign, so the state never rests on colour alone).
PROVENANCE: dict[str, dict[str, str]] = catalog("disclosures_provenance")
# What a screen reader says for a mark that is a sign alone.
PROVENANCE_SPOKEN: dict[str, dict[str, str]] = catalog("disclosures_provenance_spoken")

PROVENANCE_MARK: dict[str, dict[str, str]] = catalog("disclosures_provenance_mark")
