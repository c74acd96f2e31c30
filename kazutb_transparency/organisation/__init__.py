"""The organisation: governance bodies, executive roles and structural units (data/units.yaml),
and the academic structure (faculties and their programmes, `structure.py`).

Other domains name a unit by its id (`unit-id`, `head:unit-id`); this package loads and
checks the list, a unit's regulation against the documents (`regulations.py`) and the
personal data its records publish against the allowlist (`allowlisted.py`). It uses `core`,
and `privacy` for the allowlist, imported only when a record names a contact or a person.

The names below are imported when first used: the survey aggregation script needs only
`structure`, not the units' models (which bring in the audit, provenance and open data).
"""

from __future__ import annotations

from kazutb_transparency.core.lazy import lazy_names

_WHERE = {
    "Unit": "models",
    "UnitRef": "models",
    "Units": "loading",
    "load_units": "loading",
    "read_allowlist": "allowlisted",
    "regulation_problems": "regulations",
    "unlisted_name": "allowlisted",
}
__all__ = sorted(_WHERE)

__getattr__ = lazy_names(__name__, _WHERE)
