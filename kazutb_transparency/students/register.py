"""What the students' pages give the compliance register, clause by clause.

The regulation names no clause of its own for students' appeals or support. The grade-appeal
procedure is part of the academic policy, a document supporting the educational process
(§9.7.1.5); the support services — the medical point, catering, accessible buildings, the
rooms of the advisers and the psychologist — are the material resources available to
students (§9.7.1.8). The reviewer's checklist also cites ESG 1.4 and 1.6, which the pages
name; the register cites the regulation only.
"""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.interface import localized
from kazutb_transparency.disclosures.register_rows import Evidence, missing
from kazutb_transparency.students.content import Students
from kazutb_transparency.students.labels import SERVICE_KIND
from kazutb_transparency.students.models import REQUIRED_KINDS

PART: dict[str, Localized] = localized("students_register_part")

# The clauses this domain gives evidence for (register.yaml names the pages).
CLAUSES: tuple[str, ...] = ("9.7.1.5", "9.7.1.8")


def _appeals(s: Students) -> list[Evidence]:
    return [Evidence(PART["appeals"], s.appeals) if s.appeals else missing(PART["appeals"])]


def _support(s: Students) -> list[Evidence]:
    """Each kind of support a student needs: every service of it, or the kind missing."""
    out: list[Evidence] = []
    for kind in REQUIRED_KINDS:
        label = Localized(
            **{
                lang: f"{PART['support'].get(lang)}: {SERVICE_KIND[kind].get(lang)}"
                for lang in _LANGS
            }
        )
        # Each service under its own name: two of one kind are told apart.
        out += [Evidence(x.name, x) for x in s.of_kind(kind)] or [missing(label)]
    return out


_LANGS = ("kk", "ru", "en")


def register_evidence(s: Students) -> dict[str, list[Evidence]]:
    """{clause: the evidence this domain gives it}."""
    return {"9.7.1.5": _appeals(s), "9.7.1.8": _support(s)}
