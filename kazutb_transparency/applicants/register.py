"""The compliance register's rows for the clauses the applicants' pages answer:
§8.5 (transparency about the university, its teachers and staff: size and outcomes) and
§8.6.1 (interested parties get the information they need to decide: admission and costs)."""

from __future__ import annotations

from collections.abc import Callable

from kazutb_transparency.applicants.content import Applicants
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.disclosures import Disclosures
from kazutb_transparency.disclosures.common import Dated
from kazutb_transparency.disclosures.register_rows import Evidence, missing

PART: dict[str, Localized] = localized("applicants_register_part")


def _code(code: str, part: Localized) -> Localized:
    return Localized(**{lang: f"{code}: {part.get(lang)}" for lang in ("kk", "ru", "en")})


def _item(label: Localized, item: Dated | None, optional: bool = False) -> Evidence:
    return Evidence(label, item) if item is not None else missing(label, optional=optional)


def _latest(items: list, key: str) -> Dated | None:
    return max(items, key=lambda i: getattr(i, key)) if items else None


def decision_evidence(a: Applicants, d: Disclosures) -> list[Evidence]:
    """§8.6.1: the admission rules, deadlines, entry requirements and places per group, the
    fee of every programme, the other costs and the support."""
    out = [
        _item(PART["rules"], a.admission.rules),
        _item(PART["deadlines"], a.admission.deadlines),
        _item(PART["other_fees"], a.costs.other_fees),
        _item(PART["dormitory"], a.costs.dormitory),
        _item(PART["support"], a.costs.support),
    ]
    out += [Evidence(_code(g.id, PART["group"]), g) for g in a.groups] or [missing(PART["groups"])]
    for p in d.programmes:
        label = _code(p.code, PART["tuition"])
        if a.group_of(p.code) is None:
            out.append(missing(_code(p.code, PART["group"])))
        out.append(_item(label, a.tuition_of(p.code)))
    return out


def size_evidence(a: Applicants, d: Disclosures) -> list[Evidence]:
    """§8.5: students of every programme, teaching staff of every faculty; graduates'
    employment and completion where there are graduates (shown, not required)."""
    out = []
    for f in d.faculties:
        staff = [s for s in a.staff if s.faculty == f.id]
        out.append(
            _item(
                Localized(
                    **{k: f"{f.name.get(k)}: {PART['staff'].get(k)}" for k in ("kk", "ru", "en")}
                ),
                _latest(staff, "academic_year"),
            )
        )
    for p in d.programmes:
        figures = a.figures.get(p.code)
        students = _latest(list(figures.students), "academic_year") if figures else None
        graduates = _latest(list(figures.graduates), "year") if figures else None
        cohorts = _latest(list(figures.cohorts), "entry_year") if figures else None
        out.append(_item(_code(p.code, PART["students"]), students))
        out.append(_item(_code(p.code, PART["graduates"]), graduates, optional=True))
        out.append(_item(_code(p.code, PART["cohorts"]), cohorts, optional=True))
    return out


# Clause → the evidence the applicants' data give it.
RULES: dict[str, Callable[[Applicants, Disclosures], list[Evidence]]] = {
    "8.5": size_evidence,
    "8.6.1": decision_evidence,
}
