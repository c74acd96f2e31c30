"""The regulation's transparency mechanisms (§8.3.4, §8.3.5, §8.3.9, §9.7.3): citizens'
appeals, public councils and collegial bodies, consultations and anti-corruption,
procurement and competitions for posts. Models and loading of data/transparency/, their
pages (`pages/`), open data (`datasets.py`) and the evidence they give the compliance
register (`register.py`). It uses `core`, `organisation` and the disclosures (documents,
dates, the register's rows).
"""

from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.transparency.content import Transparency
from kazutb_transparency.transparency.loading import load_transparency
from kazutb_transparency.transparency.register import CLAUSES, register_evidence


def document_kinds(d: Disclosures) -> dict[str, str]:
    """Each document's id and kind: what the transparency records may refer to."""
    return {entry.document.id: entry.document.kind for entry in d.documents}


__all__ = [
    "CLAUSES",
    "Transparency",
    "document_kinds",
    "load_transparency",
    "register_evidence",
]
