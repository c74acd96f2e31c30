"""What the page "About the university" shows, section by section and value by value.

The page renders these sections, and the compliance register reads the same ones for every
clause that names the page (§9.7.1.1, §9.7.1.7, §8.3.1, §8.3.10): a value the page marks
"placeholder" or says it has "no information" on is the value the register names, so the
register cannot call complete a page that shows otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.models import About

PAGE = "about/index.md"


@dataclass(frozen=True)
class Value:
    """One value the page shows with its own mark: a label (a key of the page's catalog,
    None when the section's heading names it) and the record's fields it is made of."""

    label: str | None
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A section of the page: its heading (a key of the page's catalog), the record it shows
    (None: the page says "no information"), its values and the clauses it answers (none:
    only the clauses about the page as a whole read it)."""

    name: str
    heading: str
    record: Dated | None
    values: tuple[Value, ...]
    clauses: tuple[str, ...]


# (record of about.yaml, heading, values shown, clauses answered), in the page's order.
_SECTIONS: tuple[tuple[str, str, tuple[Value, ...], tuple[str, ...]], ...] = (
    (
        "identity",
        "names",
        tuple(
            Value(name, (name,)) for name in ("full_name", "short_name", "legal_form", "website")
        ),
        (),
    ),
    ("founding", "founding", (Value(None, ("founded",)),), ("9.7.1.1",)),
    ("location", "location", (Value(None, ("address",)),), ("9.7.1.1",)),
    ("schedule", "schedule", (Value(None, ("mode", "lines")),), ("9.7.1.1",)),
    ("phones", "phones", (Value(None, ("items",)),), ("9.7.1.1",)),
    ("emails", "emails", (Value(None, ("items",)),), ("9.7.1.1",)),
    ("registration", "registration", (Value("bin", ("bin",)),), ()),
    (
        "head",
        "head",
        (Value("position", ("title",)), Value("name", ("name",)), Value("since", ("since",))),
        ("9.7.1.7",),
    ),
)


def about_sections(about: About) -> tuple[Section, ...]:
    """The sections of the page, in its order, each with the record it shows."""
    return tuple(
        Section(name, heading, getattr(about, name), values, clauses)
        for name, heading, values, clauses in _SECTIONS
    )
