"""Survey indicators: the catalogue of surveys, aggregation of raw answers into published,
suppressed indicators, their validation, the demonstration sample, charts and the rows of
the open data (its datasets: `kazutb_transparency.opendata.surveys`).

Raw answers never leave `inputs`/`aggregate`/`suppression`; everything from
`load_survey_data` on sees published values only.
"""

from kazutb_transparency.surveys.loading import SurveyData, load_survey_data, sample_data_notices
from kazutb_transparency.surveys.opendata import (
    survey_catalogue_records,
    survey_indicator_records,
)
from kazutb_transparency.surveys.pipeline import Result, run

__all__ = [
    "Result",
    "SurveyData",
    "load_survey_data",
    "run",
    "sample_data_notices",
    "survey_catalogue_records",
    "survey_indicator_records",
]
