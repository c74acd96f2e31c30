"""Small groups are never published, directly or by subtraction (the surveys' rule): a case
built for it, checked cell by cell and then on the pages and open data."""

from __future__ import annotations

from kazutb_transparency.applicants.figures import Count, cells_of, publish
from kazutb_transparency.core import suppression
from kazutb_transparency.surveys import suppression as survey_suppression

MIN_N = 10


def _students(faculty: str, programme: str, grant: int, fee: int) -> list[Count]:
    return [
        Count("students", "2026-2027", faculty, programme, {"funding": "grant"}, grant),
        Count("students", "2026-2027", faculty, programme, {"funding": "fee"}, fee),
    ]


# Faculty f1: programme A (27 on a grant, 3 paying), B (4 in all), C (20 + 15).
# Faculty f2: programme D (40 + 12) alone.
CASE = [
    *_students("f1", "A", 27, 3),
    *_students("f1", "B", 2, 2),
    *_students("f1", "C", 20, 15),
    *_students("f2", "D", 40, 12),
]


def _leaks(counts: list[Count], min_n: int) -> list[str]:
    """Every family whose published parent minus its published children gives away a
    group of fewer than min_n, or exactly one hidden cell (the rule's definition)."""
    published = publish(counts, min_n).values
    _cells, families = cells_of(counts)
    found = []
    for family in families:
        parent = published[family.parent]
        hidden = [c for c in family.children if published[c] is None]
        shown = [published[c] for c in family.children if published[c] is not None]
        if parent is None:
            if not hidden and shown:
                found.append(f"{family.parent} is the sum of its published parts")
            continue
        remainder = parent - sum(v for v in shown if v is not None)
        if remainder and (len(hidden) == 1 or remainder < min_n):
            found.append(f"{family.parent} minus its parts gives {remainder}")
    return found


def test_primary_small_counts_are_not_published() -> None:
    p = publish(CASE, MIN_N)
    unit = ("programme", "A")
    assert p.get("students", "2026-2027", unit, "funding", "fee") is None  # 3 < 10
    assert p.get("students", "2026-2027", ("programme", "B")) is None  # 4 < 10
    assert p.get("students", "2026-2027", ("programme", "D")) == 52


def test_secondary_no_count_can_be_worked_out_by_subtraction() -> None:
    p = publish(CASE, MIN_N)
    a = ("programme", "A")
    # A's total (30) and its grant count (27) would give away the 3 paying students: one
    # of the two is withheld too.
    total, grant = (
        p.get("students", "2026-2027", a),
        p.get("students", "2026-2027", a, "funding", "grant"),
    )
    assert total is None or grant is None
    # Faculty f1 (69) minus two of its programmes would give the third: two are withheld.
    assert p.get("students", "2026-2027", ("faculty", "f1")) == 69
    shown = [p.get("students", "2026-2027", ("programme", c)) for c in "ABC"]
    assert sum(1 for v in shown if v is None) >= 2
    # The faculty's paying students (20) minus C's 15 would give A's and B's 5 together.
    fees = [p.get("students", "2026-2027", ("programme", c), "funding", "fee") for c in "ABC"]
    assert p.get("students", "2026-2027", ("faculty", "f1"), "funding", "fee") is None or (
        sum(1 for v in fees if v is None) >= 2
        and 20 - sum(v for v in fees if v is not None) >= MIN_N
    )
    assert _leaks(CASE, MIN_N) == []


def test_no_rate_gives_back_a_withheld_count() -> None:
    p = publish(CASE, MIN_N)
    # The share on a grant of A would be 27/30: the grant count it gives back is withheld.
    assert p.share("students", "2026-2027", ("programme", "A"), "funding", "grant") is None
    assert p.share("students", "2026-2027", ("programme", "D"), "funding", "grant") == 40 / 52


def test_the_rule_is_the_one_the_surveys_use() -> None:
    from kazutb_transparency.applicants import figures

    assert survey_suppression.suppress_families is suppression.suppress_families
    assert figures.suppress_and_attack is suppression.suppress_and_attack


def test_many_random_cases_leak_nothing() -> None:
    import random

    rng = random.Random(7)
    for _ in range(200):
        counts: list[Count] = []
        for f in range(rng.randrange(1, 4)):
            for p in range(rng.randrange(1, 5)):
                counts += _students(f"f{f}", f"p{f}{p}", rng.randrange(0, 25), rng.randrange(0, 25))
        counts = [c for c in counts if c.n]
        assert _leaks(counts, MIN_N) == []


def test_pages_and_open_data_show_no_small_group(data_copy, edit) -> None:
    """A programme of 4 students: its page and the open data say the count is withheld."""
    from datetime import date

    from kazutb_transparency.applicants.datasets import applicant_datasets
    from kazutb_transparency.applicants.pages import key_facts
    from kazutb_transparency.buildsteps.site import load_site

    path = data_copy / "applicants" / "programmes" / "6B04105.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("students:"))
    end = next(i for i, line in enumerate(lines) if line.startswith("graduates:"))
    lines[start:end] = [
        "students:",
        "- academic_year: 2026-2027",
        "  counts:",
        "  - {year_of_study: 1, funding: grant, language: kk, form: full-time, count: 4}",
        "  posted: 2026-11-20",
        "  updated: 2026-11-20",
        "  review_months: 12",
        "  provenance: placeholder",
        "  source: {kk: Үлгі деректер, ru: Образец данных, en: Sample data}",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    site = load_site(data_copy, date(2026, 11, 23))
    programme = next(p for p in site.disclosures.programmes if p.code == "6B04105")
    facts = site.applicants.facts_of("6B04105")
    block = key_facts(facts, site.disclosures, programme, "programmes/6B04105.md", "en")
    assert "fewer than 10 people" in block
    assert "4 students" not in block
    rows = [
        r
        for d in applicant_datasets(site.applicants, site.disclosures)
        if d.name == "students"
        for r in d.rows
    ]
    mine = [r for r in rows if r["unit"] == "6B04105"]
    assert mine and all(r["students"] is None for r in mine)
    assert {r["students_status"] for r in mine} == {"small-group"}
