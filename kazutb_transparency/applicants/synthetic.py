"""Demonstration figures for data/applicants/: every value `provenance: placeholder`.

Used to write the sample files of the default data (scripts/make_applicant_sample.py) and
the benchmark's large site. The numbers are those of the demonstration university
(`core/demo_university.py`), the one model the survey sample is drawn from too: a group's
admitted are its programmes' first-year students, graduates come from the final year,
the survey invites no more than there are. Some programmes are small on purpose, so that
the small-group rule has something to suppress, and they are small everywhere.
"""

from __future__ import annotations

import hashlib
from typing import Any

from kazutb_transparency.core.demo_university import (
    COHORT_YEARS,
    GRADUATION_YEARS,
    PLACE_YEARS,
    RESULT_YEARS,
    STUDENT_YEARS,
    GroupModel,
    ProgrammeModel,
    University,
    academic_year,
)

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
TUITION_YEAR = 2026  # the academic year of the sample fees
EMPLOYMENT_SOURCE = {
    "kk": "Зейнетақы жарналары деректері (үлгі)",
    "ru": "Данные о пенсионных взносах (образец)",
    "en": "Pension contribution data (sample)",
}


# What the university would write: the source the national ranking of educational
# programmes takes graduates' earnings from, named as the ranking names it.
EARNINGS_SOURCE = {
    "kk": "Білім беру бағдарламаларының ұлттық рейтингі қолданатын дереккөз (үлгі)",
    "ru": "Источник, который использует национальный рейтинг образовательных программ (образец)",
    "en": "The source the national ranking of educational programmes uses (sample)",
}


def _spread(*key: object) -> float:
    """A fixed number in [0, 1) for a key: the sample is the same on every run."""
    digest = hashlib.sha256(repr(key).encode()).digest()
    return int.from_bytes(digest[:4], "big") / 2**32


def attestation_records(programme: ProgrammeModel) -> list[dict[str, Any]]:
    """Each graduation year's final attestation: the graduates passed it, a few more sat."""
    code = programme.spec.code
    out = []
    for year in GRADUATION_YEARS:
        passed = programme.graduates[year]
        failed = round(passed * 0.06 * _spread(code, year, "failed"))
        distinction = round(passed * (0.08 + 0.17 * _spread(code, year, "distinction")))
        out.append(
            {"year": year, "sat": passed + failed, "passed": passed}
            | {"with_distinction": distinction}
            | META
        )
    return out


def earnings_records(programme: ProgrammeModel) -> list[dict[str, Any]]:
    """Median monthly earnings of the employed graduates of each year, a year on."""
    code = programme.spec.code
    return [
        {
            "year": year,
            "graduates_counted": programme.employed[year],
            "median_monthly": 1000 * round(250 + 250 * _spread(code, year, "earnings")),
            "earnings_source": EARNINGS_SOURCE,
            "as_of": f"{year + 1}-06-30",
        }
        | META
        for year in GRADUATION_YEARS
    ]


def vacancy_records(programme: ProgrammeModel) -> list[dict[str, Any]]:
    """Vacant places of the tuition year for transfer and reinstatement, from year 2 on."""
    code, years = programme.spec.code, int(programme.spec.years)
    places = [
        {"year_of_study": y, "funding": funding, "places": round(6 * _spread(code, y, funding))}
        for y in range(2, years + 1)
        for funding in ("grant", "fee")
    ]
    if not places:
        return []
    return [{"academic_year": academic_year(TUITION_YEAR), "places": places} | META]


def group_record(group: GroupModel) -> dict[str, Any]:
    """A record of groups.yaml: places per year, last year's results (the sums of the
    group's programmes in the model)."""
    gid = group.id
    codes = sorted(p.code for p in group.programmes)
    field = codes[0][2:4]
    intake = []
    for year in PLACE_YEARS:
        i = group.intake[year]
        row: dict[str, Any] = {"year": year, "grants": i.grants, "paid_places": i.paid_places}
        if year in RESULT_YEARS:
            row |= {
                "applicants": i.applicants,
                "admitted": i.admitted,
                "min_score": i.min_score,
                "median_score": i.median_score,
            }
        intake.append(row)
    record: dict[str, Any] = {
        "id": gid,
        "name": {
            "kk": f"Білім беру бағдарламаларының {gid} тобы",
            "ru": f"Группа образовательных программ {gid}",
            "en": f"Group of educational programmes {gid}",
        },
        "programmes": codes,
        "subjects": SUBJECTS.get(field, []),
        "threshold": 65 if field != "02" else 50,
    }
    if field == "02":
        record["special_exam"] = CREATIVE
    return record | {"intake": intake} | META


def programme_figures(programme: ProgrammeModel) -> dict[str, Any]:
    """One programme's sample fees, students, graduates and cohorts, from the model."""
    spec = programme.spec
    # One fee per form and language, the same in every year of study (year_of_study left out).
    tuition = [
        {
            "academic_year": academic_year(TUITION_YEAR),
            "fees": [
                {
                    "form": form,
                    "language": language,
                    "fee": programme.fee + (100000 if language == "en" else 0),
                }
                for form in spec.forms
                for language in spec.languages
            ],
        }
        | META
    ]
    students = []
    for start in STUDENT_YEARS:
        counts = [
            {
                "year_of_study": c.year_of_study,
                "funding": c.funding,
                "language": c.language,
                "form": c.form,
            }
            | ({"citizenship": c.citizenship} if c.citizenship != "domestic" else {})
            | {"count": c.count}
            for c in programme.cells(start)
        ]
        if counts:
            students.append({"academic_year": academic_year(start), "counts": counts} | META)
    graduates = [
        {
            "year": year,
            "graduates": programme.graduates[year],
            "employed": programme.employed[year],
            "employment_source": EMPLOYMENT_SOURCE,
            "employment_as_of": f"{year + 1}-03-31",
        }
        | META
        for year in GRADUATION_YEARS
    ]
    cohorts = []
    for entry in COHORT_YEARS:
        c = programme.cohort(entry)
        cohorts.append(
            {"entry_year": entry, "entrants": c.entrants, "completed": c.completed}
            | {"dropped_out": c.dropped_out}
            | META
        )
    return {
        "programme": spec.code,
        "tuition": tuition,
        "students": students,
        "graduates": graduates,
        "cohorts": cohorts,
        "attestation": attestation_records(programme),
        "earnings": earnings_records(programme),
        "vacancies": vacancy_records(programme),
    }


def staff_records(university: University) -> list[dict]:
    """staff.yaml: each faculty's teaching staff in each academic year, from its students."""
    return [
        {
            "faculty": faculty.id,
            "academic_year": academic_year(start),
            "headcount": faculty.teachers(start),
            "with_degree": faculty.with_degree(start),
        }
        | META
        for faculty in university.faculties.values()
        for start in STUDENT_YEARS
    ]


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


def write_sample(folder: Any, university: University) -> None:
    """Write groups.yaml, staff.yaml and programmes/<code>.yaml into `folder` (a Path):
    the figures of every programme, group and faculty of the demonstration university
    (`University.of_data(data_dir)`: the programme catalogue of that data folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "programmes").mkdir(exist_ok=True)
    for programme in university.programmes.values():
        path = folder / "programmes" / f"{programme.code}.yaml"
        path.write_text(_dump(programme_figures(programme), HEADER), encoding="utf-8")
    groups = [group_record(group) for group in university.groups.values()]
    (folder / "groups.yaml").write_text(_dump(groups, HEADER), encoding="utf-8")
    staff = staff_records(university)
    (folder / "staff.yaml").write_text(_dump(staff, HEADER), encoding="utf-8")
