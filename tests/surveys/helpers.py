"""Small survey fixtures written by hand: answers, questionnaire, population, data folder."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.surveys.codes import POPULATION_COLUMNS, RESPONSE_COLUMNS
from kazutb_transparency.surveys.pipeline import Result, run

REPO = Path(__file__).resolve().parents[2]
WAVE = "2024-06"

QUESTIONNAIRE = {
    "s1": {
        "blocks": {
            "a": {"kk": "А блогы", "ru": "Блок А", "en": "Block A"},
            "b": {"kk": "Б блогы", "ru": "Блок Б", "en": "Block B"},
        },
        "questions": [
            {
                "id": "q1",
                "block": "a",
                "scale": 5,
                "reversed": False,
                "text": {"kk": "Бірінші сұрақ", "ru": "Первый вопрос", "en": "First question"},
            },
            {
                "id": "q2",
                "block": "a",
                "scale": 7,
                "reversed": True,
                "text": {"kk": "Екінші сұрақ", "ru": "Второй вопрос", "en": "Second question"},
            },
            {
                "id": "q3",
                "block": "b",
                "scale": 10,
                "reversed": False,
                "text": {"kk": "Үшінші сұрақ", "ru": "Третий вопрос", "en": "Third question"},
            },
        ],
    }
}


def token(index: int) -> str:
    return f"t{index:04d}x"


def csv_text(header: tuple[str, ...], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def answer_rows(
    respondent: str,
    answers: dict[str, str],
    faculty: str = "",
    programme: str = "",
    wave: str = WAVE,
    survey: str = "s1",
) -> list[list[str]]:
    return [
        [survey, wave, respondent, "bachelor", faculty, programme, question, value]
        for question, value in answers.items()
    ]


def group(
    start: int,
    size: int,
    faculty: str = "",
    programme: str = "",
    answers: dict | None = None,
    wave: str = WAVE,
) -> list[list[str]]:
    """`size` respondents answering every question positively (or `answers`)."""
    rows = []
    for index in range(start, start + size):
        chosen = answers or {"q1": "5", "q2": "1", "q3": "9"}
        rows += answer_rows(token(index), chosen, faculty, programme, wave)
    return rows


def write_inputs(
    folder: Path,
    responses: list[list[str]],
    population: list[list[str]] | None = None,
    questionnaire: dict | None = None,
    header: tuple[str, ...] = RESPONSE_COLUMNS,
) -> tuple[Path, Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    r, q, p = folder / "R.csv", folder / "Q.yaml", folder / "P.csv"
    r.write_text(csv_text(header, responses), encoding="utf-8")
    q.write_text(dump_yaml(questionnaire or QUESTIONNAIRE, allow_unicode=True), "utf-8")
    p.write_text(csv_text(POPULATION_COLUMNS, population or []), encoding="utf-8")
    return r, q, p


def aggregate_rows(
    folder: Path,
    responses: list[list[str]],
    population: list[list[str]] | None = None,
    min_n: int = 10,
) -> Result:
    r, q, p = write_inputs(folder, responses, population)
    return run(r, q, p, min_n, scanner=lambda value: [])


def by_key(result: Result) -> dict[tuple[str, ...], dict[str, str]]:
    return {(r["unit_type"], r["unit"], r["block"], r["question"]): r for r in result.rows}


def write_structure(folder: Path, faculties: dict[str, list[str]]) -> None:
    """The academic structure in `folder` (a data/ folder): faculties.yaml and one
    programme file per programme, with only what the structure needs."""
    disclosures = folder / "disclosures"
    (disclosures / "programmes").mkdir(parents=True, exist_ok=True)
    listed = [
        {"id": f, "name": {"kk": f"{f} ф.", "ru": f"Ф. {f}", "en": f"Faculty {f}"}}
        for f in faculties
    ]
    text = dump_yaml(listed, allow_unicode=True, sort_keys=False)
    (disclosures / "faculties.yaml").write_text(text, encoding="utf-8")
    for faculty, programmes in faculties.items():
        for code in programmes:
            record = {
                "code": code,
                "name": {"kk": code, "ru": code, "en": code},
                "faculty": faculty,
            }
            (disclosures / "programmes" / f"{code}.yaml").write_text(
                dump_yaml(record, allow_unicode=True, sort_keys=False), encoding="utf-8"
            )


def make_data_dir(
    folder: Path,
    indicators_csv: str,
    faculties: dict[str, list[str]],
    min_n: int = 10,
    demonstration: bool = True,
) -> Path:
    """A complete data/ folder with one survey `s1` around the given indicators.csv."""
    surveys = folder / "surveys"
    surveys.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "data" / "units.yaml", folder / "units.yaml")
    names = {"kk": "Сынақ сауалнамасы", "ru": "Пробный опрос", "en": "Pilot survey"}
    catalogue = {
        "verified": False,
        "source": {"kk": "Сынақ", "ru": "Тест", "en": "Test"},
        "surveys": [
            {
                "id": "s1",
                "number": 1,
                "name": names,
                "target_group": {"kk": "Студенттер", "ru": "Студенты", "en": "Students"},
                "periodicity": {"kk": "Жылына 1 рет", "ru": "1 раз в год", "en": "Once a year"},
                "timing": {"kk": "Маусым", "ru": "Июнь", "en": "June"},
                "timing_source": "regulation",
                "responsible": ["strategic-development"],
            },
        ],
    }
    meta = {
        "demonstration": demonstration,
        "source": {"kk": "Сынақ", "ru": "Тест", "en": "Test"},
        "min_n": min_n,
    }
    write_structure(folder, faculties)
    targets = {"s1": {"overall": {"target": 0.8, "threshold": 0.6}}}
    actions = {"demonstration": demonstration, "source": {"kk": "С", "ru": "Т", "en": "T"}}
    for name, content in (
        ("catalogue.yaml", catalogue),
        ("meta.yaml", meta),
        ("questionnaire.yaml", QUESTIONNAIRE),
        ("targets.yaml", targets),
        ("actions.yaml", actions),
    ):
        (surveys / name).write_text(dump_yaml(content, allow_unicode=True), "utf-8")
    (surveys / "indicators.csv").write_text(indicators_csv, encoding="utf-8")
    return folder
