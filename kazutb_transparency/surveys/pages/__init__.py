"""Pages of the survey indicators under quality/ (overview, catalogue, one page per survey
and faculty, methodology, actions), their charts, numbers and interface text. Published
values only: nothing here reads raw answers. They use the survey models and
`core.markdown`.
"""

from kazutb_transparency.surveys.pages.quality import render_survey_assets, render_survey_pages

__all__ = ["render_survey_assets", "render_survey_pages"]
