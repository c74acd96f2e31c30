"""Demonstration figures for data/applicants/: every value `provenance: placeholder`.

Used to write the sample files of the default data (scripts/make_applicant_sample.py) and
the benchmark's large site. The numbers are drawn from a generator seeded by the programme
code, so the same code always gets the same figures; some programmes are small on purpose,
so that the small-group rule has something to suppress.
"""

from __future__ import annotations

import random
from typing import Any

SAMPLE_SOURCE = {"kk": "Үлгі деректер", "ru": "Образец данных", "en": "Sample data"}
POSTED = "2026-11-20"
META: dict[str, Any] = {
    "posted": POSTED,
    "updated": POSTED,
    "review_months": 12,
    "provenance": "placeholder",
    "source": SAMPLE_SOURCE,
}

# Two profile subjects of the national test per broad field (digits 3–4 of a code):
# illustrations only, marked placeholder like every value here.
SUBJECTS: dict[str, list[dict[str, str]]] = {
    "02": [],
    "04": [
        {"kk": "Математика", "ru": "Математика", "en": "Mathematics"},
        {"kk": "География", "ru": "География", "en": "Geography"},
    ],
    "05": [
        {"kk": "Биология", "ru": "Биология", "en": "Biology"},
        {"kk": "Химия", "ru": "Химия", "en": "Chemistry"},
    ],
    "06": [
        {"kk": "Математика", "ru": "Математика", "en": "Mathematics"},
        {"kk": "Информатика", "ru": "Информатика", "en": "Computer science"},
    ],
    "07": [
        {"kk": "Математика", "ru": "Математика", "en": "Mathematics"},
        {"kk": "Физика", "ru": "Физика", "en": "Physics"},
    ],
    "11": [
        {"kk": "География", "ru": "География", "en": "Geography"},
        {"kk": "Шет тілі", "ru": "Иностранный язык", "en": "Foreign language"},
    ],
}
CREATIVE = {
    "kk": "Шығармашылық емтихан (сурет және композиция)",
    "ru": "Творческий экзамен (рисунок и композиция)",
    "en": "Creative exam (drawing and composition)",
}
ACADEMIC_YEARS = ("2025-2026", "2026-2027")


def group_id(code: str) -> str:
    """The sample group of a programme: B + digits 3–5 of its code (6B04105 → B041)."""
    return "B" + code[2:5]


def group_record(gid: str, codes: list[str]) -> dict[str, Any]:
    field = codes[0][2:4]
    rng = random.Random(gid)
    intake = []
    for year in (2025, 2026):
        grants = rng.randrange(10, 80)
        paid = rng.randrange(20, 150)
        row: dict[str, Any] = {"year": year, "grants": grants, "paid_places": paid}
        if year == 2025:
            admitted = rng.randrange(5, grants + paid)
            low = rng.randrange(50, 80)
            row |= {
                "applicants": admitted + rng.randrange(0, 200),
                "admitted": admitted,
                "min_score": low,
                "median_score": low + rng.randrange(5, 30),
            }
        intake.append(row)
    record: dict[str, Any] = {
        "id": gid,
        "name": {
            "kk": f"Білім беру бағдарламаларының {gid} тобы",
            "ru": f"Группа образовательных программ {gid}",
            "en": f"Group of educational programmes {gid}",
        },
        "programmes": sorted(codes),
        "subjects": SUBJECTS.get(field, []),
        "threshold": 65 if field != "02" else 50,
    }
    if field == "02":
        record["special_exam"] = CREATIVE
    return record | {"intake": intake} | META


def programme_figures(code: str, languages: list[str], forms: list[str]) -> dict[str, Any]:
    """One programme's sample fees, students, graduates and cohorts."""
    rng = random.Random(code)
    base = rng.randrange(700, 1500) * 1000
    # One fee per form and language, the same in every year of study (year_of_study left out).
    tuition = [
        {
            "academic_year": ACADEMIC_YEARS[-1],
            "fees": [
                {
                    "form": form,
                    "language": language,
                    "fee": base + (100000 if language == "en" else 0),
                }
                for form in forms
                for language in languages
            ],
        }
        | META
    ]
    # Mostly mid-sized programmes, one in five small (the rule suppresses parts of it).
    size = rng.randrange(2, 8) if rng.random() < 0.2 else rng.randrange(8, 40)
    counts = []
    for study in range(1, 5):
        for form in forms:
            for language in languages:
                for funding in ("grant", "fee"):
                    n = max(0, size + rng.randrange(-5, 6) - (10 if form != forms[0] else 0))
                    if language == "en":
                        n //= 4
                    if n:
                        counts.append(
                            {
                                "year_of_study": study,
                                "funding": funding,
                                "language": language,
                                "form": form,
                                "count": n,
                            }
                        )
    if counts and rng.random() < 0.5:
        counts.append(
            {
                **counts[0],
                "citizenship": "international",
                "count": rng.randrange(1, 15),
            }
        )
    students = [{"academic_year": ACADEMIC_YEARS[-1], "counts": counts} | META] if counts else []
    graduates = []
    for year in (2024, 2025):
        total = max(1, size * 2 + rng.randrange(-4, 5))
        employed = round(total * rng.uniform(0.55, 0.9))
        graduates.append(
            {
                "year": year,
                "graduates": total,
                "employed": employed,
                "employment_source": {
                    "kk": "Зейнетақы жарналары деректері (үлгі)",
                    "ru": "Данные о пенсионных взносах (образец)",
                    "en": "Pension contribution data (sample)",
                },
                "employment_as_of": f"{year + 1}-03-31",
            }
            | META
        )
    cohorts = []
    for year in (2020, 2021):
        entrants = size * 2 + rng.randrange(0, 10)
        completed = round(entrants * rng.uniform(0.6, 0.85))
        dropped = round((entrants - completed) * rng.uniform(0.5, 1.0))
        cohorts.append(
            {"entry_year": year, "entrants": entrants, "completed": completed}
            | {"dropped_out": dropped}
            | META
        )
    return {
        "programme": code,
        "tuition": tuition,
        "students": students,
        "graduates": graduates,
        "cohorts": cohorts,
    }


def staff_records(faculties: list[str], programmes_per_faculty: dict[str, int]) -> list[dict]:
    out = []
    for faculty in faculties:
        rng = random.Random(faculty)
        headcount = 8 + 6 * programmes_per_faculty.get(faculty, 1) + rng.randrange(0, 10)
        out.append(
            {
                "faculty": faculty,
                "academic_year": ACADEMIC_YEARS[-1],
                "headcount": headcount,
                "with_degree": round(headcount * rng.uniform(0.35, 0.7)),
            }
            | META
        )
    return out


def _dump(data: Any, header: str) -> str:
    import yaml

    class _Plain(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:  # editors read no &anchors
            return True

    text = yaml.dump(
        data,
        Dumper=_Plain,
        allow_unicode=True,
        sort_keys=False,
        width=200,
        default_flow_style=None,
    )
    return header + text


HEADER = (
    "# SAMPLE data written by scripts/make_applicant_sample.py: every value is a placeholder.\n"
    "# Fields are explained in README.md.\n"
)


def write_sample(folder: Any, programmes: list[dict[str, Any]], faculties: list[str]) -> None:
    """Write groups.yaml, staff.yaml and programmes/<code>.yaml into `folder` (a Path) for
    the programmes given as their catalogue records (code, faculty, languages, forms)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "programmes").mkdir(exist_ok=True)
    members: dict[str, list[str]] = {}
    per_faculty: dict[str, int] = {}
    for p in programmes:
        members.setdefault(group_id(p["code"]), []).append(p["code"])
        per_faculty[p["faculty"]] = per_faculty.get(p["faculty"], 0) + 1
        figures = programme_figures(p["code"], p["languages"], p["forms"])
        path = folder / "programmes" / f"{p['code']}.yaml"
        path.write_text(_dump(figures, HEADER), encoding="utf-8")
    groups = [group_record(gid, codes) for gid, codes in sorted(members.items())]
    (folder / "groups.yaml").write_text(_dump(groups, HEADER), encoding="utf-8")
    staff = staff_records(faculties, per_faculty)
    (folder / "staff.yaml").write_text(_dump(staff, HEADER), encoding="utf-8")
