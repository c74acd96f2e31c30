"""Fixtures shared by the survey tests."""

from __future__ import annotations

import pytest

from kazutb_transparency.surveys.loading import SurveyData, load_survey_data

from .helpers import REPO


@pytest.fixture(scope="session")
def committed_data() -> SurveyData:
    """data/ as committed (demonstration indicators), loaded and validated once."""
    return load_survey_data(REPO / "data")
