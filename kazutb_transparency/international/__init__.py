"""International cooperation (regulation §9.8, process 07 "international activity"):
partners and agreements, exchange and double-degree programmes, international students as
yearly aggregates under the one small-group rule. Models and loading of data/international/,
their pages (`pages/`), open data (`datasets.py`) and the evidence they give the compliance
register (`register.py`). It uses `core`, the disclosures (programmes, documents) and the
applicants' publication of counts (`applicants.figures`).
"""

from kazutb_transparency.international.content import International
from kazutb_transparency.international.loading import load_international
from kazutb_transparency.international.register import CLAUSES, register_evidence

__all__ = ["CLAUSES", "International", "load_international", "register_evidence"]
