"""Open data: every dataset as CSV and JSON, a Frictionless data package, an evidence pack,
and the catalogue page. The domains describe their datasets with `Dataset` and `Field`;
this package knows no domain.
"""

from kazutb_transparency.core.opendata.dataset import (
    LIST_SEPARATOR,
    Dataset,
    Field,
    localized_fields,
    localized_values,
)

__all__ = ["LIST_SEPARATOR", "Dataset", "Field", "localized_fields", "localized_values"]
