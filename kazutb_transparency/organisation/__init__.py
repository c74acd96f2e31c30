"""The organisation: governance bodies, executive roles and structural units (data/units.yaml),
and the academic structure (faculties and their programmes, `structure.py`).

Other domains name a unit by its id (`unit-id`, `head:unit-id`); this package loads and
checks the list. It uses only `core`.
"""

from kazutb_transparency.organisation.loading import Units, load_units
from kazutb_transparency.organisation.models import Unit, UnitRef

__all__ = ["Unit", "UnitRef", "Units", "load_units"]
