"""Loading data/international/, with the cross-checks an editor needs: a mobility programme
names a programme of the catalogue and a partner of partners.yaml, an agreement's text is a
document of data/disclosures/documents.yaml of kind `agreement`.

Every problem names the file, the record, the field and the line; all are collected before
the build stops. A file that does not exist is an absent item: its page says "no
information" and the register counts it as missing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from kazutb_transparency.applicants.figures import Count, publish
from kazutb_transparency.core.audit import Audit
from kazutb_transparency.core.datafiles import (
    Lines,
    read_record_list,
)
from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.core.errors import DataError
from kazutb_transparency.core.loader import RecordLoader
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.international.content import International
from kazutb_transparency.international.models import MobilityProgramme, Partner, StudentYear

Model = TypeVar("Model", bound=BaseModel)
FOLDER = "international"
AGREEMENT_KIND = "agreement"
MEASURE = "international-students"
ALL = "all"  # the one "faculty" a year's country groups belong to
# A check of one loaded record: (record, file, lines, its place in the file, its label).
Check = Callable[[Any, str, Lines, tuple, str], None]


class _Loader(RecordLoader):
    REVIEWED = (Dated,)

    def __init__(self, data_dir: Path, today: date, audit: Audit) -> None:
        super().__init__(audit, today)
        self.folder = data_dir / FOLDER

    def exists(self, file: str) -> bool:
        return (self.folder / file).is_file()

    def many(self, file: str, model: type[Model], key: str, check: Check) -> list[Model]:
        path = self.folder / file
        listed = read_record_list(path, model, key)
        if listed.problems:
            raise DataError(listed.problems)
        for index, label, record in listed.found:
            self.track(record, listed.file, listed.lines, (index,), label)
            check(record, listed.file, listed.lines, (index,), label)
        return listed.records

    def unknown(
        self, file: str, lines: Lines, loc: tuple, label: str, field: tuple, what: str, hint: str
    ) -> None:
        name = ".".join(str(part) for part in field)
        self.report(file, what, label, name, lines.line_of((*loc, *field)), hint)


def _partner_check(loader: _Loader, documents: Mapping[str, str]) -> Check:
    def check(partner: Partner, file: str, lines: Lines, loc: tuple, label: str) -> None:
        for index, agreement in enumerate(partner.agreements):
            value = agreement.document
            field = ("agreements", index, "document")
            if value is None:
                continue
            if value not in documents:
                loader.unknown(
                    file,
                    lines,
                    loc,
                    label,
                    field,
                    f"unknown document '{value}'",
                    "use the id of a record in data/disclosures/documents.yaml",
                )
            elif documents[value] != AGREEMENT_KIND:
                loader.unknown(
                    file,
                    lines,
                    loc,
                    label,
                    field,
                    f"'{value}' is a document of kind '{documents[value]}', not '{AGREEMENT_KIND}'",
                    f"name a document of kind '{AGREEMENT_KIND}' (data/disclosures/documents.yaml)",
                )

    return check


def _mobility_check(loader: _Loader, programmes: Collection[str], partners: Collection[str]):
    def check(item: MobilityProgramme, file: str, lines: Lines, loc: tuple, label: str) -> None:
        if item.programme not in programmes:
            loader.unknown(
                file,
                lines,
                loc,
                label,
                ("programme",),
                f"unknown programme '{item.programme}'",
                "use the code of a programme in data/disclosures/programmes/",
            )
        if item.partner not in partners:
            loader.unknown(
                file,
                lines,
                loc,
                label,
                ("partner",),
                f"unknown partner '{item.partner}'",
                "use the id of a partner in data/international/partners.yaml",
            )

    return check


def _nothing(*_: Any) -> None:
    return None


def student_counts(years: list[StudentYear]) -> list[Count]:
    """Each year's counts as cells of the one small-group rule: country groups in place of
    programmes, the level as their breakdown (applicants/figures.py)."""
    return [
        Count(MEASURE, str(y.year), ALL, c.group, {"level": c.level}, c.students)
        for y in years
        for c in y.counts
    ]


def load_international(
    data_dir: Path,
    programmes: Collection[str],
    documents: Mapping[str, str],
    policy: DisclosurePolicy,
    today: date,
    audit: Audit,
) -> International:
    """Load and cross-check data/international/; `programmes` are the catalogue's codes,
    `documents` maps each document id to its kind. Raises DataError listing every problem."""
    loader = _Loader(data_dir, today, audit)
    partners: list[Partner] | None = None
    mobility: list[MobilityProgramme] | None = None
    years: list[StudentYear] | None = None
    if loader.exists("partners.yaml"):
        check = _partner_check(loader, documents)
        partners = loader.attempt(lambda: loader.many("partners.yaml", Partner, "id", check), [])
    if loader.exists("mobility.yaml"):
        known = {p.id for p in partners or ()}
        check = _mobility_check(loader, programmes, known)
        mobility = loader.attempt(
            lambda: loader.many("mobility.yaml", MobilityProgramme, "id", check), []
        )
    if loader.exists("students.yaml"):
        years = loader.attempt(
            lambda: loader.many("students.yaml", StudentYear, "year", _nothing), []
        )
    if loader.problems:
        raise DataError(loader.problems)
    published = publish(student_counts(years or []), policy.min_group, policy.zero_publishable)
    return International(
        today=today,
        partners=None if partners is None else tuple(sorted(partners, key=_partner_order)),
        mobility=None if mobility is None else tuple(sorted(mobility, key=lambda m: m.id)),
        student_years=(
            None if years is None else tuple(sorted(years, key=lambda y: y.year, reverse=True))
        ),
        students=published,
        min_group=policy.min_group,
    )


def _partner_order(partner: Partner) -> tuple[str, str]:
    return (partner.country, partner.id)
