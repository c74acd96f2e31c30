"""Survey indicators: the catalogue of surveys, aggregation of raw answers into published,
suppressed indicators, their validation and the demonstration sample; their pages (`pages/`)
and open data (`datasets.py`, rows in `rows.py`). It uses `core` and `privacy` (raw answers
are checked for personal data).

Raw answers never leave `inputs`/`aggregate`/`suppression`; everything from
`load_survey_data` on sees published values only.
"""

from kazutb_transparency.surveys.loading import SurveyData, load_survey_data, sample_data_notices
from kazutb_transparency.surveys.pipeline import Result, run
from kazutb_transparency.surveys.rows import (
    survey_catalogue_records,
    survey_indicator_records,
)

__all__ = [
    "Result",
    "SurveyData",
    "load_survey_data",
    "run",
    "sample_data_notices",
    "survey_catalogue_records",
    "survey_indicator_records",
]
