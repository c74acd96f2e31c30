"""Survey indicators: the catalogue of surveys, aggregation of raw answers into published,
suppressed indicators, their validation and the demonstration sample; their pages (`pages/`)
and open data (`datasets.py`, rows in `rows.py`). It uses `core` and `privacy` (raw answers
are checked for personal data).

Raw answers never leave `reading`/`responses`/`aggregate`/`suppression`; everything from
`load_survey_data` on sees published values only.

The names below are imported when first used: the aggregation script needs none of the
build's modules, and the build none of pandas.
"""

from __future__ import annotations

from kazutb_transparency.core.lazy import lazy_names

_WHERE = {
    "Result": "pipeline",
    "run": "pipeline",
    "SurveyData": "loading",
    "load_survey_data": "loading",
    "sample_data_notices": "loading",
    "stale_status_notices": "loading",
    "survey_catalogue_records": "rows",
    "survey_indicator_records": "rows",
}
__all__ = sorted(_WHERE)

__getattr__ = lazy_names(__name__, _WHERE)
