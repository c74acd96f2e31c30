"""The surveys as open data: `survey-catalogue`, `survey-indicators`, `survey-distributions`,
`survey-questions` (each question's text, once; the distributions name it by survey and
question, a foreign key of the data package) and `survey-actions` (defined in
`action_dataset`).

The one definition of their columns; the rows come from `kazutb_transparency.surveys.rows`
(published values only: a suppressed indicator has no figure to leak).

`survey-indicators` declares no table-schema `primaryKey`: a row is identified by survey,
wave, unit_type, unit, block and question, but `unit` is empty for the whole university and
`question` for a whole block or survey, and Table Schema forbids empty cells in primary-key
fields. The key is stated in the dataset's description, orders the rows, and is checked
unique by the tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.incremental import remembered_view
from kazutb_transparency.core.interface import catalog, localized
from kazutb_transparency.core.locale_format import fill
from kazutb_transparency.core.opendata.dataset import (
    LANGUAGE_NAMES,
    LIST_SEPARATOR,
    REGULATION,
    Dataset,
    Field,
    ForeignKey,
    localized_fields,
)
from kazutb_transparency.core.provenance import provenance_column
from kazutb_transparency.surveys.action_dataset import actions_dataset
from kazutb_transparency.surveys.codes import (
    FLAG_LOW_RESPONSE,
    ID_PATTERN,
    UNIT_TYPES,
    WAVE_PATTERN,
)
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.rows import (
    CLAIM_KEYS,
    LANGS,
    TEXT_KEYS,
    survey_catalogue_records,
    survey_distribution_records,
    survey_indicator_records,
    survey_question_records,
)

# Titles and descriptions of the datasets' fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_surveys")
# Sentences of the open-data schemas with {placeholders}: data/interface/<lang>.yaml.
SENTENCES = catalog("datasets_sentences")
LANGS3 = ("kk", "ru", "en")

T = Localized

METHODOLOGY = TEXTS["methodology"]
INDICATOR_KEY = ("survey", "wave", "unit_type", "unit", "block", "question")
SEPARATOR = LIST_SEPARATOR.strip()


def _pattern(anchored: str) -> str:
    # Table Schema patterns match the whole value already: drop ^ and $.
    return anchored.removeprefix("^").removesuffix("$")


def _t(kk: str, ru: str, en: str) -> Localized:
    return T(kk=kk, ru=ru, en=en)


# --- survey-catalogue ----------------------------------------------------------------------

TEXT_TITLES: dict[str, Localized] = {
    "name": TEXTS["text_titles.name"],
    "target_group": TEXTS["text_titles.target_group"],
    "periodicity": TEXTS["text_titles.periodicity"],
    "timing": TEXTS["text_titles.timing"],
    "question": TEXTS["text_titles.question"],
}


def _text_field(key: str, lang: str) -> Field:
    title = TEXT_TITLES[key]
    kk, ru, en = (LANGUAGE_NAMES[of][lang] for of in LANGS)
    # Whole sentences of the catalog: the Kazakh text is always given, the others may wait.
    template = SENTENCES["text_field_kk" if lang == "kk" else "text_field_other"]
    names = {"kk": kk, "ru": ru, "en": en}
    description = _t(
        *(fill(template[of], title=title.get(of), language=names[of]) for of in ("kk", "ru", "en"))
    )
    return Field(
        f"{key}_{lang}",
        "string",
        _t(
            *(
                fill(SENTENCES["text_field_title"][of], title=title.get(of), language=names[of])
                for of in ("kk", "ru", "en")
            )
        ),
        description,
        required=lang == "kk",
    )


CATALOGUE_FIELDS: tuple[Field, ...] = (
    Field(
        "id",
        "string",
        TEXTS["catalogue_fields.id.title"],
        TEXTS["catalogue_fields.id.description"],
        required=True,
        unique=True,
        pattern=_pattern(ID_PATTERN),
    ),
    Field(
        "number",
        "integer",
        TEXTS["catalogue_fields.number.title"],
        TEXTS["catalogue_fields.number.description"],
        required=True,
        unique=True,
        minimum=1,
    ),
    *(_text_field(key, lang) for key in TEXT_KEYS for lang in LANGS),
    Field(
        "responsible",
        "array",
        TEXTS["catalogue_fields.responsible.title"],
        _t(*(fill(SENTENCES["responsible"][of], separator=SEPARATOR) for of in ("kk", "ru", "en"))),
        required=True,
    ),
    Field(
        "timing_source",
        "string",
        TEXTS["catalogue_fields.timing_source.title"],
        TEXTS["catalogue_fields.timing_source.description"],
        required=True,
        enum=("regulation", "to-confirm"),
    ),
    *(
        replace(f, required=False)  # empty where the timing is §7.8's own
        for f in localized_fields(
            "regulation_timing",
            TEXTS["catalogue.regulation_timing.title"],
            TEXTS["catalogue.regulation_timing.description"],
        )
    ),
    *(
        replace(f, required=False)  # only a survey with a caveat has a note
        for f in localized_fields(
            "note",
            TEXTS["catalogue.note.title"],
            TEXTS["catalogue.note.description"],
        )
    ),
    Field(
        "verified",
        "boolean",
        TEXTS["catalogue_fields.verified.title"],
        TEXTS["catalogue_fields.verified.description"],
        required=True,
    ),
    provenance_column(TEXTS["catalogue.provenance"]),
)


# --- survey-indicators ---------------------------------------------------------------------

_SHARE = {"minimum": 0, "maximum": 1}
# The tested claims beside each figure (claims.py): the change since the previous wave with
# its test, the verdict against the target, and the unit against the university.
_CLAIM_TYPES: dict[str, tuple[str, dict[str, object]]] = {
    "previous_wave": ("string", {"pattern": _pattern(WAVE_PATTERN)}),
    "change": ("number", {"minimum": -1, "maximum": 1}),
    "change_z": ("number", {}),
    "change_p": ("number", _SHARE),
    "change_direction": ("string", {"enum": ("up", "down", "flat")}),
    "target_verdict": ("string", {"enum": ("met", "not-met", "indistinguishable")}),
    "vs_university": ("string", {"enum": ("above", "below", "same")}),
    "vs_university_p": ("number", _SHARE),
}
CLAIM_COLUMNS = tuple((name, *_CLAIM_TYPES[name]) for name in CLAIM_KEYS)
_CI = TEXTS["confidence_interval"]

INDICATOR_FIELDS: tuple[Field, ...] = (
    Field(
        "survey",
        "string",
        TEXTS["indicator_fields.survey.title"],
        TEXTS["indicator_fields.survey.description"],
        required=True,
        pattern=_pattern(ID_PATTERN),
    ),
    Field(
        "wave",
        "string",
        TEXTS["indicator_fields.wave.title"],
        TEXTS["indicator_fields.wave.description"],
        required=True,
        pattern=_pattern(WAVE_PATTERN),
    ),
    Field(
        "unit_type",
        "string",
        TEXTS["indicator_fields.unit_type.title"],
        TEXTS["indicator_fields.unit_type.description"],
        required=True,
        enum=tuple(UNIT_TYPES),
    ),
    Field(
        "unit",
        "string",
        TEXTS["indicator_fields.unit.title"],
        TEXTS["indicator_fields.unit.description"],
    ),
    Field(
        "block",
        "string",
        TEXTS["indicator_fields.block.title"],
        TEXTS["indicator_fields.block.description"],
        required=True,
    ),
    Field(
        "question",
        "string",
        TEXTS["indicator_fields.question.title"],
        TEXTS["indicator_fields.question.description"],
    ),
    Field(
        "respondents",
        "integer",
        TEXTS["indicator_fields.respondents.title"],
        TEXTS["indicator_fields.respondents.description"],
        minimum=0,
    ),
    Field(
        "valid",
        "integer",
        TEXTS["indicator_fields.valid.title"],
        TEXTS["indicator_fields.valid.description"],
        minimum=0,
    ),
    Field(
        "invited",
        "integer",
        TEXTS["indicator_fields.invited.title"],
        TEXTS["indicator_fields.invited.description"],
        minimum=0,
    ),
    Field(
        "response_rate",
        "number",
        TEXTS["indicator_fields.response_rate.title"],
        TEXTS["indicator_fields.response_rate.description"],
        **_SHARE,
    ),
    Field(
        "satisfaction",
        "number",
        TEXTS["indicator_fields.satisfaction.title"],
        TEXTS["indicator_fields.satisfaction.description"],
        **_SHARE,
    ),
    Field(
        "ci_low",
        "number",
        TEXTS["indicator_fields.ci_low.title"],
        _CI,
        **_SHARE,
    ),
    Field(
        "ci_high",
        "number",
        TEXTS["indicator_fields.ci_high.title"],
        _CI,
        **_SHARE,
    ),
    Field(
        "suppressed",
        "boolean",
        TEXTS["indicator_fields.suppressed.title"],
        TEXTS["indicator_fields.suppressed.description"],
        required=True,
    ),
    Field(
        "suppression_reason",
        "string",
        TEXTS["indicator_fields.suppression_reason.title"],
        TEXTS["indicator_fields.suppression_reason.description"],
        enum=("primary", "secondary"),
    ),
    Field(
        "flags",
        "array",
        TEXTS["indicator_fields.flags.title"],
        TEXTS["indicator_fields.flags.description"],
        enum=(FLAG_LOW_RESPONSE,),
    ),
    *(
        Field(
            name,
            kind,  # type: ignore[arg-type]
            TEXTS[f"indicator_fields.{name}.title"],
            TEXTS[f"indicator_fields.{name}.description"],
            **extra,  # type: ignore[arg-type]
        )
        for name, kind, extra in CLAIM_COLUMNS
    ),
    Field(
        "demonstration",
        "boolean",
        TEXTS["indicator_fields.demonstration.title"],
        TEXTS["indicator_fields.demonstration.description"],
        required=True,
    ),
    provenance_column(TEXTS["indicators.provenance"]),
)


# --- survey-distributions ------------------------------------------------------------------

DISTRIBUTION_FIELDS: tuple[Field, ...] = (
    *INDICATOR_FIELDS[:6],
    Field(
        "scale_point",
        "integer",
        TEXTS["distribution_fields.scale_point.title"],
        TEXTS["distribution_fields.scale_point.description"],
        required=True,
        minimum=1,
    ),
    Field(
        "share",
        "number",
        TEXTS["distribution_fields.share.title"],
        TEXTS["distribution_fields.share.description"],
        required=True,
        **_SHARE,
    ),
    Field(
        "scale",
        "integer",
        TEXTS["distribution_fields.scale.title"],
        TEXTS["distribution_fields.scale.description"],
        required=True,
        minimum=2,
    ),
    Field(
        "reversed",
        "boolean",
        TEXTS["distribution_fields.reversed.title"],
        TEXTS["distribution_fields.reversed.description"],
        required=True,
    ),
    Field(
        "step",
        "number",
        TEXTS["distribution_fields.step.title"],
        TEXTS["distribution_fields.step.description"],
        required=True,
        **_SHARE,
    ),
    *INDICATOR_FIELDS[-2:],  # demonstration, provenance
)
# A distribution's question, by survey and question, in `survey-questions`: its text is said
# there once, not on each of its scale points' rows.
QUESTION_KEY = ("survey", "question")
QUESTION_LINK = ForeignKey(QUESTION_KEY, "survey-questions", QUESTION_KEY)


# --- survey-questions ----------------------------------------------------------------------

QUESTION_FIELDS: tuple[Field, ...] = (
    INDICATOR_FIELDS[0],  # survey
    Field(
        "question",
        "string",
        TEXTS["indicator_fields.question.title"],
        TEXTS["question_fields.question.description"],
        required=True,
        pattern=_pattern(ID_PATTERN),
    ),
    Field(
        "block",
        "string",
        TEXTS["indicator_fields.block.title"],
        TEXTS["question_fields.block.description"],
        required=True,
        pattern=_pattern(ID_PATTERN),
    ),
    *(f for f in DISTRIBUTION_FIELDS if f.name in ("scale", "reversed")),
    *(_text_field("question", lang) for lang in LANGS),
    *INDICATOR_FIELDS[-2:],  # demonstration, provenance
)


# --- the datasets --------------------------------------------------------------------------


def latest_wave_date(data: SurveyData) -> date:
    """The first day of the month of the latest wave across all surveys."""
    waves = {row.wave for row in data.indicators}
    if not waves:
        raise ValueError("no survey indicators: nothing dates the survey datasets")
    year, month = max(waves).split("-")
    return date(int(year), int(month), 1)


def survey_datasets(data: SurveyData) -> list[Dataset]:
    if not data.indicators:  # none published yet (the publishing build's view of samples)
        return []
    updated = latest_wave_date(data)  # catalogue.yaml carries no date of its own
    catalogue = Dataset(
        name="survey-catalogue",
        title=TEXTS["survey_datasets.title"],
        description=TEXTS["survey_datasets.description"],
        fields=CATALOGUE_FIELDS,
        rows=survey_catalogue_records(data),
        primary_key=("id",),
        updated=updated,
        sources=(data.catalogue.source, METHODOLOGY),
        evidence=TEXTS["survey_datasets.evidence"],
        pages=("quality/surveys.md",),
    )
    indicators = Dataset(
        name="survey-indicators",
        title=TEXTS["survey_datasets.title_2"],
        description=TEXTS["survey_datasets.description_2"],
        fields=INDICATOR_FIELDS,
        rows=survey_indicator_records(data),
        primary_key=INDICATOR_KEY,
        declare_primary_key=False,  # empty unit / question cells: see the module docstring
        updated=updated,
        sources=(data.meta.source, METHODOLOGY),
        evidence=_t(
            *(fill(SENTENCES["survey_evidence"][of], regulation=REGULATION) for of in LANGS3),
        ),
        pages=("quality/index.md",),
    )
    return [
        catalogue,
        indicators,
        # On a step of its own in the live preview: a target or an action leaves it alone.
        remembered_view("survey distributions dataset", distributions_dataset, data, updated),
        actions_dataset(data, INDICATOR_FIELDS[:6], updated),
        questions_dataset(data, updated),
    ]


def questions_dataset(data: SurveyData, updated: date) -> Dataset:
    return Dataset(
        name="survey-questions",
        title=TEXTS["questions.title"],
        description=TEXTS["questions.description"],
        fields=QUESTION_FIELDS,
        rows=survey_question_records(data),
        primary_key=QUESTION_KEY,
        updated=updated,
        sources=(data.meta.source, METHODOLOGY),
        evidence=TEXTS["distributions.evidence"],
        pages=("quality/methodology.md",),
    )


def distributions_dataset(data: SurveyData, updated: date) -> Dataset:
    return Dataset(
        name="survey-distributions",
        title=TEXTS["distributions.title"],
        description=TEXTS["distributions.description"],
        fields=DISTRIBUTION_FIELDS,
        rows=survey_distribution_records(data),
        primary_key=(*INDICATOR_KEY, "scale_point"),
        declare_primary_key=False,  # empty unit cells: see the module docstring
        foreign_keys=(QUESTION_LINK,),
        updated=updated,
        sources=(data.meta.source, METHODOLOGY),
        evidence=TEXTS["distributions.evidence"],
        pages=("quality/methodology.md",),
    )
