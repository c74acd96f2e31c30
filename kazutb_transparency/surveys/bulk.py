"""Large synthetic survey exports for the benchmark and the engine's equivalence tests.

Unlike `synthetic` (the site's demonstration, shaped like the nine real surveys), this makes
any number of answers fast, with numpy: one or two surveys with many questions on several
scales (2–11 points, some reverse-coded), faculties and programmes of very different sizes
(so that suppression has work), respondents recorded without a unit, `na`/`dk`/missing
answers and repeated submissions. Each student keeps one pseudonymous token across waves, and
an eighth of the students are replaced every wave (a four-year programme surveyed twice a
year): more answers means more waves and, slowly, more distinct tokens to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.csv as pa_csv

from kazutb_transparency.core.datafiles import dump_yaml
from kazutb_transparency.surveys.codes import POPULATION_COLUMNS, RESPONSE_COLUMNS

SCALES = (5, 7, 10, 4, 5, 3, 11, 2, 5, 6)
_LETTERS = np.array(list("abcdefghjkmnpqrstuvwxyz"))
_DIGITS = np.array(list("23456789"))


@dataclass(frozen=True)
class Shape:
    """What to generate: the answers are about `answers` rows in all."""

    answers: int
    questions: int = 45
    waves: int = 0  # 0: one wave per 500,000 answers, at least two
    surveys: int = 1
    programmes: int = 40  # spread over 4 faculties; sizes from 2 to ~600 respondents
    seed: int = 0
    # Respondent ids as exports write them: "synthetic" (the project's own letter-digit
    # tokens), "numeric" (a running number: n10000001), "prefixed" (t202400001k0: a prefix, year,
    # running number, a letter and a check digit), "uuid", "base32" (26 characters of
    # RFC 4648 base32, upper case), "sha256" (64 hexadecimal digits: a hashed e-mail address, the
    # longest token the rule allows), "dashed" (KZ-2024_000017-bq: dashes and underscores),
    # "base64url" (22 characters: a 16-byte digest of an e-mail address in RFC 4648 base64url,
    # without the "=" padding the token rule refuses) and "ulid" (26 characters of Crockford
    # base32, upper case, a millisecond time first: 01HQ3K5ZC8...; not one of the opaque shapes
    # the personal-data check knows, so each id is screened run by run).
    ids: str = "synthetic"


ID_FORMATS = (
    "synthetic",
    "numeric",
    "prefixed",
    "uuid",
    "base32",
    "sha256",
    "dashed",
    "base64url",
    "ulid",
)
_BASE32 = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
_BASE64URL = np.array(list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"))
_CROCKFORD = np.array(list("0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
_ULID_START_MS = 1_704_067_200_000  # 2024-01-01T00:00:00Z


def questionnaire(shape: Shape) -> dict:
    """Q.yaml: blocks of up to eight questions; scales cycle through SCALES; every fourth
    question reverse-coded."""
    out = {}
    for s in range(shape.surveys):
        count = shape.questions if s == 0 else max(3, shape.questions // 5)
        questions = [
            {
                "id": f"q{i + 1:03d}",
                "block": f"b{i // 8 + 1}",
                "scale": SCALES[i % len(SCALES)],
                "reversed": i % 4 == 3,
                "text": {"kk": f"Сұрақ {i + 1}", "ru": f"Вопрос {i + 1}", "en": f"Item {i + 1}"},
            }
            for i in range(count)
        ]
        out[f"survey-{s + 1}"] = {"questions": questions}
    return out


def _tokens(rng: np.random.Generator, count: int, start: int) -> np.ndarray:
    """Unique opaque tokens: a running number in letters and digits, salted by the rng."""
    salt = rng.integers(0, 23, size=(count, 4))
    numbers = np.arange(start, start + count)
    parts = [np.full(count, "r")]
    for i in range(4):
        parts.append(_LETTERS[salt[:, i]])
        parts.append(_DIGITS[(numbers // 8**i) % 8])
    parts.append(_DIGITS[(numbers // 8**4) % 8])
    parts.append(_LETTERS[(numbers // 8**5) % 23])
    parts.append(_DIGITS[(numbers // (8**5 * 23)) % 8])
    out = parts[0].astype(object)
    for part in parts[1:]:
        out = out + part.astype(object)
    return out


def _ids(kind: str, rng: np.random.Generator, count: int, start: int) -> np.ndarray:
    """`count` unique respondent ids of the given format, numbered from `start`."""
    numbers = np.arange(start, start + count)
    if kind == "synthetic":
        return _tokens(rng, count, start)
    if kind == "numeric":
        # A running number; the token rule wants a letter too, so a survey system's "n".
        return np.char.add("n", (numbers + 10_000_001).astype(str)).astype(object)
    if kind == "prefixed":
        letters = _LETTERS[numbers % len(_LETTERS)]
        checks = (numbers * 7 + 3) % 10
        body = np.char.add("t2024", np.char.zfill((numbers + 1).astype(str), 5))
        return np.char.add(np.char.add(body, letters), checks.astype(str)).astype(object)
    if kind == "uuid":
        raw = rng.integers(0, 256, size=(count, 16), dtype=np.uint8)
        raw[:, 6] = (raw[:, 6] & 0x0F) | 0x40  # version 4
        raw[:, 8] = (raw[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
        hexes = [row.tobytes().hex() for row in raw]
        return np.array(
            [f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" for h in hexes], dtype=object
        )
    if kind == "base32":
        # A digit among the first two characters: the token rule wants a letter and a digit.
        drawn = _BASE32[rng.integers(0, len(_BASE32), size=(count, 26))]
        drawn[:, 1] = _BASE32[26 + numbers % 6]
        return np.array(["".join(row) for row in drawn], dtype=object)
    if kind == "sha256":
        raw = rng.integers(0, 256, size=(count, 32), dtype=np.uint8)
        return np.array([row.tobytes().hex() for row in raw], dtype=object)
    if kind == "dashed":
        tails = _LETTERS[rng.integers(0, len(_LETTERS), size=(count, 2))]
        return np.array(
            [f"KZ-2024_{n:06d}-{a}{b}" for n, (a, b) in zip(numbers, tails, strict=True)],
            dtype=object,
        )
    if kind == "base64url":
        # A digit second and a letter first: the token rule wants both and no leading '-'/'_'.
        drawn = _BASE64URL[rng.integers(0, len(_BASE64URL), size=(count, 22))]
        drawn[:, 0] = _BASE64URL[rng.integers(0, 52, size=count)]
        drawn[:, 1] = _BASE64URL[52 + numbers % 10]
        return np.array(["".join(row) for row in drawn], dtype=object)
    if kind == "ulid":
        # Issued a few seconds apart from the start of 2024: the first characters are shared.
        stamps = _ULID_START_MS + numbers * 2_731 + rng.integers(0, 1_000, size=count)
        time_part = _CROCKFORD[(stamps[:, None] >> (5 * np.arange(9, -1, -1))) & 31]
        random_part = _CROCKFORD[rng.integers(0, 32, size=(count, 16))]
        drawn = np.concatenate([time_part, random_part], axis=1)
        return np.array(["".join(row) for row in drawn], dtype=object)
    raise ValueError(f"unknown id format {kind!r}; one of {', '.join(ID_FORMATS)}")


def _units(rng: np.random.Generator, shape: Shape) -> tuple[list[str], list[str], np.ndarray]:
    faculties = [f"F{1 + i % 4}" for i in range(shape.programmes)]
    programmes = [f"6B{i + 1:05d}" for i in range(shape.programmes)]
    weights = rng.pareto(1.2, shape.programmes) + 0.02
    return faculties, programmes, weights / weights.sum()


def generate(shape: Shape, directory: Path) -> tuple[Path, Path, Path]:
    """Write R.csv, Q.yaml and P.csv into `directory`; returns their paths."""
    rng = np.random.default_rng(shape.seed)
    directory.mkdir(parents=True, exist_ok=True)
    q = questionnaire(shape)
    surveys = list(q)
    waves = shape.waves or max(2, round(shape.answers / 500_000))
    per_person = sum(len(q[s]["questions"]) for s in surveys) / len(surveys)
    people = max(1, round(shape.answers / (waves * per_person * 0.92)))
    faculties, programmes, weights = _units(rng, shape)
    # Students: their unit and token; an eighth leave (and are replaced) after every wave.
    units = _draw_units(rng, weights, people)
    tokens = _ids(shape.ids, rng, people, 0)
    issued = people
    r_path = directory / "R.csv"
    r_path.write_text(",".join(RESPONSE_COLUMNS) + "\n", encoding="utf-8")
    p_rows: list[list[str]] = []
    with (
        r_path.open("ab") as out,
        pa_csv.CSVWriter(
            out,
            pa.schema([(c, pa.string()) for c in RESPONSE_COLUMNS]),
            write_options=pa_csv.WriteOptions(include_header=False, quoting_style="none"),
        ) as writer,
    ):
        for w in range(waves):
            wave = f"{2020 + w // 2}-{'06' if w % 2 == 0 else '12'}"
            survey = surveys[w % len(surveys)]
            if w:
                leaving = rng.random(people) < 0.125
                units[leaving] = _draw_units(rng, weights, int(leaving.sum()))
                tokens[leaving] = _ids(shape.ids, rng, int(leaving.sum()), issued)
                issued += int(leaving.sum())
            batch = _wave(rng, q[survey]["questions"], units, tokens, len(weights) + 2)
            unit = batch.pop("unit")
            fac = np.array([*faculties, "F1", ""], dtype=object)[unit]
            prog = np.array([*programmes, "", ""], dtype=object)[unit]
            n = len(unit)
            columns = {
                "survey": np.full(n, survey, dtype=object),
                "wave": np.full(n, wave, dtype=object),
                "respondent": batch["respondent"],
                "level": np.full(n, "bachelor", dtype=object),
                "faculty": fac,
                "programme": prog,
                "question": batch["question"],
                "answer": batch["answer"],
            }
            writer.write_table(pa.table({c: columns[c] for c in RESPONSE_COLUMNS}))
            p_rows += _population(survey, wave, batch["people"], faculties, programmes)
    p_path = directory / "P.csv"
    lines = [",".join(POPULATION_COLUMNS), *(",".join(row) for row in p_rows)]
    p_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    q_path = directory / "Q.yaml"
    q_path.write_text(dump_yaml(q, allow_unicode=True), encoding="utf-8")
    return r_path, q_path, p_path


def _draw_units(rng: np.random.Generator, weights: np.ndarray, count: int) -> np.ndarray:
    """Programmes by weight; 3 % with a faculty but no programme, 2 % with neither."""
    extra = np.array([0.03, 0.02])
    return rng.choice(len(weights) + 2, size=count, p=np.concatenate([weights * 0.95, extra]))


def _wave(
    rng: np.random.Generator,
    questions: list[dict],
    unit: np.ndarray,
    tokens: np.ndarray,
    slots: int,
) -> dict[str, np.ndarray]:
    """One wave's rows, person by person; a few people answer some questions twice."""
    k, people = len(questions), len(unit)
    mood = rng.normal(0.3, 0.8, people)
    person = np.repeat(np.arange(people), k)
    item = np.tile(np.arange(k), people)
    answered = rng.random(person.size) < 0.92  # some questions left out entirely
    person, item = person[answered], item[answered]
    repeat = rng.random(person.size) < 0.005  # answered again, later in the file
    person = np.concatenate([person, person[repeat]])
    item = np.concatenate([item, item[repeat]])
    scales = np.array([q["scale"] for q in questions])[item]
    reversed_ = np.array([q["reversed"] for q in questions])[item]
    latent = mood[person] + rng.normal(0, 1, person.size) + 0.3 * np.sin(item)
    value = np.clip((1 / (1 + np.exp(-latent)) * scales).astype(int) + 1, 1, scales)
    value = np.where(reversed_, scales + 1 - value, value)
    answer = value.astype(str).astype(object)
    draw = rng.random(person.size)
    answer[draw < 0.05] = ""
    answer[draw < 0.03] = "dk"
    answer[draw < 0.015] = "na"
    ids = np.array([q["id"] for q in questions], dtype=object)
    counts = np.bincount(unit, minlength=slots)
    return {
        "respondent": tokens[person],
        "question": ids[item],
        "answer": answer,
        "unit": unit[person],
        "people": counts,
    }


def _population(
    survey: str, wave: str, answered: np.ndarray, faculties: list[str], programmes: list[str]
) -> list[list[str]]:
    """Invited counts: about twice those who answered; every third programme missing."""
    invited = answered * 2 + 3
    rows = [[survey, wave, "", "", str(int(invited.sum()))]]
    for faculty in sorted(set(faculties)):
        members = [i for i, f in enumerate(faculties) if f == faculty]
        total = int(invited[members].sum()) + (int(invited[-2]) if faculty == "F1" else 0)
        rows.append([survey, wave, faculty, "", str(total)])
    for i, programme in enumerate(programmes):
        if i % 3 != 2:
            rows.append([survey, wave, faculties[i], programme, str(int(invited[i]))])
    return rows
