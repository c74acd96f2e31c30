"""What an applicant needs, per programme: admission (rules, deadlines, entry requirements,
places and last year's results per group of programmes), costs (tuition, other fees,
dormitory, support), and size and outcomes as aggregates that pass the small-group rule.

Models, loading and checks of data/applicants/, their pages (`pages/`), open data
(`datasets.py`), the register's rows for §8.5 and §8.6.1 (`register.py`) and the checks that
its figures agree with one another and with the survey invitations (`consistency.py`). It
uses `core` and `disclosures` (the programme catalogue, faculties, forms of study,
accreditation).
"""

from kazutb_transparency.applicants.consistency import inconsistent_figures
from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.applicants.loading import load_applicants
from kazutb_transparency.applicants.register import RULES as REGISTER_RULES

__all__ = ["REGISTER_RULES", "Applicants", "inconsistent_figures", "load_applicants"]
