"""Students' grade appeals and complaints, and the support a student can turn to
(advising, psychological support, health care, catering, disability access). Models and
loading of data/students/, their pages (`pages/`), open data (`datasets.py`) and the
evidence they give the compliance register (`register.py`). It uses `core`,
`organisation` and the disclosures (documents, page titles, the register's rows).
"""

from kazutb_transparency.students.content import Students
from kazutb_transparency.students.loading import load_students
from kazutb_transparency.students.register import CLAUSES, register_evidence

__all__ = ["CLAUSES", "Students", "load_students", "register_evidence"]
