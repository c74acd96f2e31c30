"""Typed records of the editors' survey files in data/surveys/ (everything but indicators.csv)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel, model_validator

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.quality.capa import Action as CapaAction
from kazutb_transparency.surveys.codes import (
    ID_PATTERN,
    MAX_SCALE,
    MIN_SCALE,
    OVERALL,
    WAVE_PATTERN,
    UnitType,
)

Share = Decimal  # a proportion 0..1 with at most 3 decimals


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


# --- catalogue.yaml ------------------------------------------------------------------------


class SurveyDef(_Record):
    """One survey of the catalogue (§7.8 of the methodology, adapted to this university)."""

    id: str = Field(pattern=ID_PATTERN)
    number: int = Field(ge=1, le=99)
    name: Localized
    target_group: Localized
    periodicity: Localized
    timing: Localized
    # Where the timing comes from: `regulation` — as §7.8 states it; `to-confirm` — made more
    # precise than §7.8 (e.g. a month added), so the university has to confirm it, and
    # `regulation_timing` keeps what §7.8 itself says.
    timing_source: Literal["regulation", "to-confirm"]
    regulation_timing: Localized | None = None
    responsible: list[str] = Field(min_length=1)
    note: Localized | None = None

    @model_validator(mode="after")
    def _regulation_timing_when_to_confirm(self) -> SurveyDef:
        if self.timing_source == "to-confirm" and self.regulation_timing is None:
            raise ValueError(
                "timing_source 'to-confirm' needs regulation_timing: what §7.8 itself says"
            )
        if self.timing_source == "regulation" and self.regulation_timing is not None:
            raise ValueError(
                "regulation_timing is only for timing_source 'to-confirm' (the timing is "
                "§7.8's own here): remove it"
            )
        return self


class Catalogue(_Record):
    verified: bool
    source: Localized
    surveys: list[SurveyDef] = Field(min_length=1)


# --- questionnaire.yaml (also the Q.yaml of the aggregation script) -------------------------


class Question(_Record):
    id: str = Field(pattern=ID_PATTERN)
    block: str = Field(pattern=ID_PATTERN)
    scale: int = Field(ge=MIN_SCALE, le=MAX_SCALE)
    reversed: bool = False
    text: Localized

    @model_validator(mode="after")
    def _block_is_not_overall(self) -> Question:
        if self.block == OVERALL:
            raise ValueError(f"'{OVERALL}' is reserved for the whole survey; name the block")
        return self


class SurveyQuestions(_Record):
    # Block labels are needed to publish, not to aggregate: optional here, checked on load.
    blocks: dict[str, Localized] = Field(default_factory=dict)
    questions: list[Question] = Field(min_length=1)

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def block_ids(self) -> list[str]:
        """Blocks in the order they first appear among the questions."""
        return list(dict.fromkeys(q.block for q in self.questions))


class Questionnaire(RootModel[dict[str, SurveyQuestions]]):
    model_config = ConfigDict(frozen=True, allow_inf_nan=False)


# --- targets.yaml --------------------------------------------------------------------------


class Target(_Record):
    """`target`: the level aimed at; `threshold`: below it a corrective action is due."""

    target: Share = Field(ge=0, le=1, decimal_places=3)
    threshold: Share = Field(ge=0, le=1, decimal_places=3)

    @model_validator(mode="after")
    def _threshold_below_target(self) -> Target:
        if self.threshold > self.target:
            raise ValueError("threshold must not be above target")
        return self


class SurveyTargets(_Record):
    overall: Target
    blocks: dict[str, Target] = Field(default_factory=dict)

    def for_block(self, block: str) -> Target:
        return self.blocks.get(block, self.overall)


class Targets(RootModel[dict[str, SurveyTargets]]):
    model_config = ConfigDict(frozen=True, allow_inf_nan=False)


# --- meta.yaml -----------------------------------------------------------------------------


class Meta(_Record):
    """What the published indicators are: demonstration or real, from where, with which min-n.

    Faculties and programmes are not listed here: the survey data use the ids of the
    academic structure (disclosures/faculties.yaml and the programmes' `faculty:`).
    """

    demonstration: bool
    source: Localized
    min_n: int = Field(ge=5, le=100)
    seed: int | None = None  # of the synthetic generator, while demonstration data are used

    @model_validator(mode="before")
    @classmethod
    def _no_own_faculties(cls, data: Any) -> Any:
        if isinstance(data, dict) and "faculties" in data:
            raise ValueError(
                "faculties are no longer listed in meta.yaml: the survey data use the "
                "faculty ids of disclosures/faculties.yaml and the programme codes of "
                "disclosures/programmes/ (each programme names its faculty); delete the "
                "'faculties:' key and write those ids in the survey files"
            )
        return data


# --- actions.yaml --------------------------------------------------------------------------


class IndicatorRef(_Record):
    survey: str = Field(pattern=ID_PATTERN)
    wave: str = Field(pattern=WAVE_PATTERN)
    unit_type: UnitType
    unit: str = ""
    block: str = OVERALL
    question: str = ""

    def key(self) -> tuple[str, str, str, str, str, str]:
        return (self.survey, self.wave, self.unit_type, self.unit, self.block, self.question)


class Approval(_Record):
    """Who decided the action: a unit or collegial body of data/units.yaml, and the
    decision's document (its number as printed, e.g. minutes No. 4, and its date)."""

    body: str = Field(pattern=ID_PATTERN)
    decision: str = Field(min_length=1, max_length=300)
    dated: date  # the decision's date ("date" would shadow the type inside the class)


class Evidence(_Record):
    """What a judged status rests on: the wave in which the action's indicator (same survey,
    unit, block and question) was measured again. The build looks up its value and tests
    the change against the indicator that triggered the action."""

    wave: str = Field(pattern=WAVE_PATTERN)


class Action(CapaAction):
    """A corrective or preventive action (CAPA) closing the feedback loop (§7.5.5): the
    shared model of `quality.capa`, answering a survey indicator."""

    indicator: IndicatorRef
    # Required by the build (checked with the line, not here: older files get a message
    # saying what to add rather than a schema error).
    approved_by: Approval | None = None
    evidence: Evidence | None = None  # required once the status is effective or not-effective


class ActionsFile(_Record):
    demonstration: bool
    source: Localized
    # The day the statuses were last checked: what "overdue" is judged against, so that a
    # rebuild of the same data says the same thing (without it, the build date is used).
    as_of: date | None = None
    actions: list[Action] = Field(default_factory=list)
