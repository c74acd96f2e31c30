"""Where a value comes from: confirmed by the university, a public source, or a placeholder.

Editors write one state per record (`provenance:`) and, where a record mixes sources, the
state of single fields (`provenance_fields: {code: public-source}`). Pages mark every value
with its state and the open data publish it per record and per field.
"""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kazutb_transparency.core.audit import Audit, Concern
from kazutb_transparency.core.datafiles import Lines
from kazutb_transparency.core.errors import Problem
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.core.opendata.dataset import Field as Column

# Titles and descriptions of the datasets' fields: data/interface/<lang>.yaml.
TEXTS = localized("datasets_provenance")

Provenance = Literal["confirmed", "public-source", "placeholder"]
# Strongest first: a record is only as confirmed as its weakest field.
STATES: tuple[Provenance, ...] = ("confirmed", "public-source", "placeholder")
MIXED = "mixed"

OLD_FORM_HINT = (
    "'verified' is replaced by 'provenance': write 'provenance: confirmed' only when a "
    "document of the university confirms every value, 'provenance: public-source' for values "
    "taken from a public source such as the university's website, 'provenance: placeholder' "
    "for illustrations; give single fields another state under 'provenance_fields'"
)


def provenance_column(description: Localized) -> Column:
    """The `provenance` column of a dataset whose records each have one state."""
    return Column(
        "provenance",
        "string",
        TEXTS["provenance_fields.title"],
        description,
        required=True,
        enum=STATES,
    )


def weakest(states: set[Provenance] | list[Provenance]) -> Provenance:
    return max(states, key=STATES.index) if states else "confirmed"


class Sourced(BaseModel):
    """A record with a provenance, per-field overrides and the source it was taken from."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    # Fields about the record rather than about the university (e.g. review dates).
    own_meta: ClassVar[frozenset[str]] = frozenset()
    # Values kept outside the record that share its provenance (a programme's disciplines).
    provenance_extra: ClassVar[frozenset[str]] = frozenset()

    provenance: Provenance
    provenance_fields: dict[str, Provenance] = Field(default_factory=dict)
    source: Localized  # where the values come from, in kk, ru and en (open data show it)
    # The old form, kept only to refuse it with a message that says what to write instead.
    verified: Any = Field(default=None, exclude=True, repr=False)

    @field_validator("verified", mode="before")
    @classmethod
    def _old_form(cls, value: Any) -> Any:
        raise ValueError(OLD_FORM_HINT)

    @field_validator("source", mode="before")
    @classmethod
    def _source_in_three_languages(cls, value: object) -> object:
        if isinstance(value, str):
            raise ValueError(
                "must be written in kk, ru and en, like a name: "
                "{kk: Үлгі деректер, ru: Образец данных, en: Sample data}"
            )
        return value

    @model_validator(mode="after")
    def _known_fields(self) -> Sourced:
        own = set(self.shown_fields())
        unknown = sorted(set(self.provenance_fields) - own)
        if unknown:
            raise ValueError(
                f"provenance_fields names {', '.join(unknown)}, not a field of this record "
                f"(fields: {', '.join(sorted(own))})"
            )
        return self

    def state(self, field: str) -> Provenance:
        """The provenance of one field of the record."""
        return self.provenance_fields.get(field, self.provenance)

    def states(self) -> set[Provenance]:
        return {self.state(f) for f in self.present_fields()} or {self.provenance}

    @property
    def confirmed(self) -> bool:
        """Every value of the record is confirmed by the university."""
        return self.states() == {"confirmed"}

    @property
    def overall(self) -> str:
        """The record's single state, or "mixed" when its fields differ."""
        states = {self.state(f) for f in self.present_fields()} or {self.provenance}
        return next(iter(states)) if len(states) == 1 else MIXED

    def shown_fields(self) -> list[str]:
        return list(_shown_fields(type(self)))

    def present_fields(self) -> list[str]:
        """The fields that hold a value (an absent one is shown as "no information")."""
        return [
            f for f in _shown_fields(type(self)) if getattr(self, f, True) not in (None, [], {})
        ]

    def detail(self) -> str:
        """Per-field states of a mixed record ("code=public-source; *=placeholder"), else ""."""
        if self.overall != MIXED:
            return ""
        present = self.present_fields()
        parts = [f"{f}={self.state(f)}" for f in present if self.state(f) != self.provenance]
        # "*": every other field, named only when some field keeps the record's state.
        rest = len(parts) < len(present)
        return "; ".join([*parts, *([f"*={self.provenance}"] if rest else [])])


@cache  # the fields of a kind of record, asked for each record the pages show, many times
def _shown_fields(kind: type[Sourced]) -> tuple[str, ...]:
    meta = set(Sourced.model_fields) | kind.own_meta
    own = [f for f in kind.model_fields if f not in meta]
    return (*own, *sorted(kind.provenance_extra))


_CONCERNS: dict[Provenance, tuple[Concern, str, str]] = {
    "placeholder": (
        Concern.PLACEHOLDER,
        "an illustration, not the university's value",
        "replace the value by the university's, name the document in 'source' and set its "
        "provenance to 'confirmed' (or leave the item out: the page then says 'No information')",
    ),
    "public-source": (
        Concern.PUBLIC_SOURCE,
        "taken from a public source, not yet confirmed by the university",
        "check the value against a document of the university, name it in 'source' and set "
        "its provenance to 'confirmed'",
    ),
}


def audit_provenance(
    audit: Audit,
    item: Sourced,
    file: str,
    lines: Lines | None,
    loc: tuple[str | int, ...],
    record: str | None,
) -> None:
    """One concern per unconfirmed state of the record, naming the fields in that state."""
    for state, (concern, message, hint) in _CONCERNS.items():
        fields = [f for f in item.present_fields() if item.state(f) == state]
        if not fields:
            continue
        overridden = [f for f in fields if f in item.provenance_fields]
        where = (*loc, "provenance_fields", overridden[0]) if overridden else (*loc, "provenance")
        every = len(fields) == len(item.present_fields())
        detail = "every value" if every else f"fields {', '.join(fields)}"
        audit.add(
            concern,
            Problem(
                file,
                f"{detail}: {message}",
                record,
                "provenance",
                lines.line_of(where) if lines else None,
                f"{hint} (source: {item.source.en or item.source.kk})",
            ),
        )
