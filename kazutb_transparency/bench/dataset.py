"""A large synthetic but valid data folder: the default data plus N programmes × K disciplines.

Everything the build reads is copied from the default data (22 processes, units, documents,
register, accreditations, ...); synthetic programmes are added with neutral names
("Discipline 17 of 6B04501") in three languages, so the personal-data gate finds nothing;
each has its learning outcomes and disciplines whose credits add up to its 240, so that its
curriculum is complete as the strict build asks (`disclosures/coverage.py`).
Surveys: the synthetic programmes sit under the catalogue's faculties like the real ones,
and the real demonstration generator and aggregation produce indicators for 9 surveys × 5
waves × every unit. The transparency mechanisms get a large university's size too
(`bench/transparency.py`), and so do the units, each with its contact and regulation
(`bench/units.py`), and the news (`bench/news.py`: 400 items over 4 years).
Applicants: every programme, synthetic ones included, gets the sample fees, students,
graduates, cohorts, final attestation, earnings and vacant places of
`applicants.synthetic`, in groups of programmes; each synthetic programme has its curriculum
as a document with a file (`bench/curricula.py`), as the default programmes have.
Both are drawn from one demonstration university (`core/demo_university.py`), so the large
site's figures agree with one another as the default site's do.
"""

from __future__ import annotations

import contextlib
import csv
import io
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from kazutb_transparency.bench.curricula import curriculum_id, make_curricula
from kazutb_transparency.bench.international import make_international
from kazutb_transparency.bench.news import make_news
from kazutb_transparency.bench.students import make_students
from kazutb_transparency.bench.transparency import make_transparency
from kazutb_transparency.bench.units import make_units
from kazutb_transparency.core.datafiles import dump_yaml

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT / "data"
# Fields of education used for synthetic codes (digits 3–4), all in the classifier.
FIELDS = ("02", "04", "05", "06", "07", "11")
FIRST_NUMBER = 300  # synthetic programmes are 6Bff300…; the real ones are below 300
CYCLES = ("general", "basic", "major", "final")
COMPONENTS = ("compulsory", "university", "elective")
FORM_IDS = ("full-time", "full-time-dl")
PROGRAMME_CREDITS = 240  # every synthetic programme's total: four years of 60 credits


@dataclass
class DatasetInfo:
    data_dir: Path
    programmes: int  # synthetic programmes added
    disciplines: int  # disciplines per synthetic programme
    total_programmes: int
    surveys: str  # how data/surveys was made
    notes: list[str] = field(default_factory=list)


def programme_codes(count: int, levels: tuple[str, ...] = ("6B",)) -> list[str]:
    """`count` distinct codes <level><field><number> (6B bachelor, 7M master, 8D doctor),
    spread over the fields and the levels."""
    per_field = 1000 - FIRST_NUMBER
    if count > per_field * len(FIELDS):
        raise ValueError(f"at most {per_field * len(FIELDS)} synthetic programmes")
    return [
        f"{levels[i % len(levels)]}{FIELDS[i % len(FIELDS)]}{FIRST_NUMBER + i // len(FIELDS):03d}"
        for i in range(count)
    ]


# How the data files were written: by this package's own scripts, or saved from an office
# suite (every CSV with a byte-order mark, CRLF line ends and every cell quoted; programme
# codes of all three levels), the other shape of input the benchmarks measure on.
PRODUCERS = ("script", "office")


def as_office_files(data_dir: Path) -> int:
    """Every CSV under `data_dir` written again as an office suite saves it; returns how many."""
    files = sorted(data_dir.rglob("*.csv"))
    for path in files:
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
        out = io.StringIO()
        csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(rows)
        path.write_text("\ufeff" + out.getvalue(), encoding="utf-8", newline="")
    return len(files)


def _faculties(data_dir: Path) -> list[str]:
    items = yaml.safe_load((data_dir / "disclosures" / "faculties.yaml").read_text("utf-8"))
    return [item["id"] for item in items]


def programme_yaml(code: str, index: int, faculty: str) -> str:
    n = index + 1
    record = {
        "code": code,
        "name": {
            "kk": f"Синтетикалық бағдарлама {n}",
            "ru": f"Синтетическая программа {n}",
            "en": f"Synthetic programme {n}",
        },
        "faculty": faculty,
        "languages": ["kk", "ru", "en"] if index % 3 == 0 else ["kk", "ru"],
        "forms": list(FORM_IDS[: 1 + index % 2]),
        "duration_years": 4,
        "credits": PROGRAMME_CREDITS,
        "qualification": {
            "kk": f"{code} бағдарламасы бойынша бакалавр",
            "ru": f"Бакалавр по программе {code}",
            "en": f"Bachelor in the programme {code}",
        },
        "learning_outcomes": [
            {
                "kk": f"{code} бағдарламасының {k}-оқыту нәтижесі.",
                "ru": f"Результат обучения {k} программы {code}.",
                "en": f"Learning outcome {k} of the programme {code}.",
            }
            for k in range(1, 6)
        ],
        "curriculum": curriculum_id(code),
        "posted": "2026-11-20",
        "updated": "2026-11-20",
        "review_months": 12,
        "provenance": "confirmed",
        "source": {
            "kk": "Бенчмарктің синтетикалық деректері",
            "ru": "Синтетические данные бенчмарка",
            "en": "Synthetic benchmark data",
        },
    }
    return dump_yaml(record, allow_unicode=True, sort_keys=False)


# The credits of one discipline row at most (the format's limit: disciplines/*.csv).
MAX_ROW_CREDITS = 60


def discipline_credits(count: int, total: int = PROGRAMME_CREDITS) -> list[int]:
    """Credits of `count` rows (at least as many as the 60-credit limit of a row needs)
    that add up to `total`, as even as whole numbers allow: a synthetic curriculum is
    complete, as the strict build asks of a real one."""
    rows = max(count, -(-total // MAX_ROW_CREDITS))
    share, rest = divmod(total, rows)
    return [share + (1 if k < rest else 0) for k in range(rows)]


def disciplines_csv(
    code: str, count: int, semesters: int = 8, total: int = PROGRAMME_CREDITS
) -> str:
    """The disciplines of a synthetic programme: `count` rows (more if 60 credits a row
    cannot reach `total`) whose credits add up to the programme's `total`."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "programme",
            "code",
            "name_kk",
            "name_ru",
            "name_en",
            "credits",
            "semester",
            "cycle",
            "component",
        ]
    )
    for k, credits in enumerate(discipline_credits(count, total), start=1):
        writer.writerow(
            [
                code,
                f"D{k:03d}",
                f"{code} бағдарламасының {k}-пәні",
                f"Дисциплина {k} программы {code}",
                f"Discipline {k} of {code}",
                credits,
                1 + (k - 1) % semesters,
                CYCLES[(k - 1) % len(CYCLES)],
                COMPONENTS[(k - 1) % len(COMPONENTS)],
            ]
        )
    return out.getvalue()


def make_dataset(
    target: Path,
    programmes: int,
    disciplines: int,
    surveys: bool = True,
    source: Path = DEFAULT_DATA,
    producer: str = "script",
) -> DatasetInfo:
    """Write a complete data folder into `target` (created; must not exist).

    It is a complete data folder, allowlist included (data/privacy/allowlist.yaml is
    copied), so it can be built with KAZUTB_DATA=<target>. `producer`: see PRODUCERS.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target)
    faculties = _faculties(target)
    levels = ("6B", "7M", "8D") if producer == "office" else ("6B",)
    codes = programme_codes(programmes, levels)
    prog_dir = target / "disclosures" / "programmes"
    disc_dir = target / "disclosures" / "disciplines"
    for index, code in enumerate(codes):
        (prog_dir / f"{code}.yaml").write_text(
            programme_yaml(code, index, faculties[index % len(faculties)]), encoding="utf-8"
        )
        (disc_dir / f"{code}.csv").write_text(
            disciplines_csv(code, disciplines), encoding="utf-8", newline=""
        )
    write_measurements(target / "processes")
    total = len(list(prog_dir.glob("*.yaml")))
    info = DatasetInfo(target, programmes, disciplines, total, "default data (unchanged)")
    if codes:  # the large site: the transparency mechanisms at a large university's size
        info.notes.append("units: " + make_units(target))
        info.notes.append("transparency: " + make_transparency(target))
        info.notes.append("students: " + make_students(target))
        info.notes.append("news: " + make_news(target))
        info.notes.append("international: " + make_international(target))
    if codes:
        info.notes.append("curricula: " + make_curricula(target, codes))
        make_applicants(target)
    if surveys and codes:
        info.surveys = make_surveys(target / "surveys", codes, info.notes)
    if producer == "office":
        info.notes.append(f"office files: {as_office_files(target)} CSV files, codes {levels}")
    return info


BENCH_PERIODS = ("2021", "2022", "2023", "2024", "2025")


def write_measurements(processes_dir: Path) -> int:
    """A value for every key indicator of every card over five periods, so that every
    process page carries its tables and charts. Synthetic, never published: marked
    `confirmed` only so that the pages draw them as a real site would."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "process",
            "indicator",
            "period",
            "value",
            "unit",
            "target",
            "better",
            "source",
            "provenance",
        ]
    )
    rows = 0
    for card in sorted(processes_dir.glob("[0-9]*.yaml")):
        data = yaml.safe_load(card.read_text(encoding="utf-8"))
        for index in range(1, len(data["key_indicators"]) + 1):
            for step, period in enumerate(BENCH_PERIODS):
                value = 55 + (data["number"] * 7 + index * 5 + step * 6) % 40
                writer.writerow(
                    [
                        data["number"],
                        index,
                        period,
                        value,
                        "percent",
                        80,
                        "higher",
                        "unit:strategic-development",
                        "confirmed",
                    ]
                )
                rows += 1
    (processes_dir / "measurements.csv").write_text(out.getvalue(), encoding="utf-8")
    return rows


def make_applicants(target: Path) -> None:
    """data/applicants/ for every programme of the catalogue (a large university's size),
    drawn from the demonstration university of the catalogue, as the survey sample is."""
    from kazutb_transparency.applicants.synthetic import write_sample
    from kazutb_transparency.core.demo_university import University

    folder = target / "applicants"
    shutil.rmtree(folder / "programmes", ignore_errors=True)
    write_sample(folder, University.of_data(target))


@contextlib.contextmanager
def _more_programmes(extra: dict[str, tuple[float, float]]) -> Iterator[None]:
    """Temporarily give the demonstration generator the added programmes' response
    propensity and mood (their sizes come from the demonstration university)."""
    from kazutb_transparency.surveys import synthetic

    saved = dict(synthetic.PROGRAMMES)
    synthetic.PROGRAMMES.update(extra)
    try:
        yield
    finally:
        synthetic.PROGRAMMES.clear()
        synthetic.PROGRAMMES.update(saved)


def make_surveys(surveys_dir: Path, codes: list[str], notes: list[str]) -> str:
    """Regenerate indicators.csv for every unit, `codes` (already in the catalogue, each
    under a faculty) included.

    Returns a description; on failure the default surveys are kept and a note says why.
    """
    if not (surveys_dir / "meta.yaml").exists():
        notes.append("data/surveys is incomplete: default surveys kept")
        return "skipped (data/surveys incomplete)"
    try:
        from kazutb_transparency.core.errors import DataError
        from kazutb_transparency.surveys.demo import build_demonstration
        from kazutb_transparency.surveys.loading import load_survey_data
    except ImportError as exc:  # the survey package is still being written
        notes.append(f"surveys not generated: {exc}")
        return "skipped (survey package unavailable)"
    backup = {p.name: p.read_bytes() for p in surveys_dir.iterdir() if p.is_file()}
    # Who is invited comes from the demonstration university, as for the applicants' files
    # (one in five programmes small: suppression is exercised at scale too); the moods vary.
    extra = {code: (1.0, ((i % 5) - 2) * 0.05) for i, code in enumerate(codes)}
    try:
        with tempfile.TemporaryDirectory(prefix="bench-raw-") as raw, _more_programmes(extra):
            result = build_demonstration(surveys_dir, Path(raw))
        (surveys_dir / "indicators.csv").write_text(result.csv, encoding="utf-8", newline="")
        shares = result.distributions
        (surveys_dir / "distributions.csv").write_text(shares, encoding="utf-8", newline="")
        try:
            load_survey_data(surveys_dir.parent)
        except DataError:
            # The demonstration actions point at rows of the default figures; drop them.
            actions = yaml.safe_load((surveys_dir / "actions.yaml").read_text("utf-8"))
            actions["actions"] = []
            (surveys_dir / "actions.yaml").write_text(
                dump_yaml(actions, allow_unicode=True, sort_keys=False), encoding="utf-8"
            )
            notes.append("surveys: demonstration actions dropped (they target default rows)")
            load_survey_data(surveys_dir.parent)
    except Exception as exc:  # any failure: keep the default surveys, say so
        for name, content in backup.items():
            (surveys_dir / name).write_bytes(content)
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        notes.append(f"surveys not generated ({type(exc).__name__}: {first}); defaults kept")
        return "default surveys (generation failed)"
    rows = result.csv.count("\n") - 1
    return f"9 surveys × 5 waves × {len(codes)} added programmes: {rows} indicator rows"
