"""Mandatory disclosures (§9.7 of the corporate-site regulation) and the compliance register:
models, loading and checks of data/disclosures/, their pages (`pages/`) and open data
(`datasets.py`). It uses `core` and `organisation` (units named on the structure page).
"""

from kazutb_transparency.disclosures.content import Disclosures, academic_structure
from kazutb_transparency.disclosures.documents import (
    PublishedDocument,
    document_files,
    published_documents,
)
from kazutb_transparency.disclosures.loading import compliance_register, load_disclosures

__all__ = [
    "Disclosures",
    "PublishedDocument",
    "academic_structure",
    "compliance_register",
    "document_files",
    "load_disclosures",
    "published_documents",
]
