"""Timetables, calendars and office hours: a blind corpus for the personal-data gate (timetables).

Written by an author who had not read the gate's code: class and exam timetables, academic
calendars, consultation hours, shuttle and library schedules, defence schedules, room
bookings and credit tables in kk, ru and en, full of times, dates, rooms, group codes,
extensions and digit runs glued from them (bell grids, slot codes that mimic an IIN's date
but fail its check digit, 9-digit booking numbers, founding and accreditation dates), and
the fictional university's own landlines and role mailboxes (listed in UNIVERSITY_OWN, as
an editor allowlists them), which must pass; and files with one personal datum in such a
schedule (a private mobile, a personal e-mail, a student-card number, a birth date, an
IIN, a private person's full name, an ID-card or passport number), which must be reported.
Deterministic (each file's generator is seeded from one fixed string); the files are made
at import and written by build().
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Entry:
    name: str
    category: str | None
    cls: str
    part: str
    lang: str
    datum: str
    reason: str


SEED = "schedcorpus-2025"
UNI_DOMAIN = "altyndala.edu.kz"
UNI_KK = "«Алтын Дала» университеті"
UNI_RU = "Университет «Алтын Дала»"
UNI_EN = "Altyn Dala University"
LANDLINE_1 = "8 (7172) 57-88-15"
LANDLINE_2 = "8 (7172) 57-88-20"
LANDLINE_INTL = "+7 (7172) 70-95-00"

_WRITTEN: list[tuple[str, str, str | None, str]] = []


def R(name):
    return random.Random(f"{SEED}/{name}")


def emit(name, text, expect, why):
    if not text.endswith("\n"):
        text += "\n"
    _WRITTEN.append((name, text, expect, why))


def to_csv(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def html_page(lang, title, body):
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def html_table(header, rows, compact=False):
    """compact=True writes cells with no whitespace between them, so that a
    tag-stripping scanner sees adjacent cell texts glued together."""
    sep = "" if compact else "\n  "
    out = ['<table border="1">']
    out.append("<tr>" + sep + sep.join(f"<th>{h}</th>" for h in header) + "</tr>")
    for r in rows:
        out.append("<tr>" + sep + sep.join(f"<td>{c}</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def md_table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


# ---------------------------------------------------------------- IIN logic
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
CENTURY = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}


def iin_check(d11):
    d = [int(c) for c in d11]
    s = sum(w * x for w, x in zip(W1, d, strict=False)) % 11
    if s == 10:
        s = sum(w * x for w, x in zip(W2, d, strict=False)) % 11
        if s == 10:
            return None
    return s


def iin_date_ok(s):
    if s[6] not in CENTURY:
        return False
    try:
        dt.date(CENTURY[s[6]] + int(s[:2]), int(s[2:4]), int(s[4:6]))
        return True
    except ValueError:
        return False


def is_valid_iin(s):
    return len(s) == 12 and s.isdigit() and iin_date_ok(s) and iin_check(s[:11]) == int(s[11])


def make_iin(birth, female, rng):
    c = {18: 1, 19: 3, 20: 5}[birth.year // 100] + (1 if female else 0)
    while True:
        d11 = birth.strftime("%y%m%d") + str(c) + f"{rng.randrange(0, 10000):04d}"
        k = iin_check(d11)
        if k is not None:
            return d11 + str(k)


def not_iin(candidates):
    """First candidate string that is NOT a valid IIN (used to steer codes)."""
    for c in candidates:
        if not is_valid_iin(c):
            return c
    raise AssertionError("no non-IIN candidate")


def near_miss_iin(candidates):
    """First candidate that has a valid date and century digit but a wrong check digit."""
    for c in candidates:
        if iin_date_ok(c) and not is_valid_iin(c):
            return c
    raise AssertionError("no near-miss candidate")


# ---------------------------------------------------------------- shared data
KK_DAYS = ["Дүйсенбі", "Сейсенбі", "Сәрсенбі", "Бейсенбі", "Жұма", "Сенбі"]
RU_DAYS = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
SLOTS_DASH = ["09:00–10:20", "10:30–11:50", "12:10–13:30", "13:40–15:00", "15:10–16:30"]
SLOTS_DOT = ["8.30-9.50", "10.00-11.20", "11.30-12.50", "13.30-14.50", "15.00-16.20"]
COURSES = [
    # code, kk, ru, en, ECTS
    (
        "INF 2105",
        "Алгоритмдер және деректер құрылымы",
        "Алгоритмы и структуры данных",
        "Algorithms and Data Structures",
        5,
    ),
    ("INF 2210", "Деректер қоры", "Базы данных", "Databases", 5),
    ("CSE 2301", "Компьютерлік желілер", "Компьютерные сети", "Computer Networks", 5),
    ("MAT 1102", "Математикалық талдау II", "Математический анализ II", "Calculus II", 5),
    ("KAZ 1101", "Қазақ тілі", "Казахский язык", "Kazakh Language", 5),
    (
        "ENG 1103",
        "Кәсіби ағылшын тілі",
        "Профессиональный английский язык",
        "Professional English",
        3,
    ),
    ("PHY 1201", "Физика", "Физика", "Physics", 4),
    ("CSE 2204", "Операциялық жүйелер", "Операционные системы", "Operating Systems", 5),
    ("INF 3107", "Веб-бағдарламалау", "Веб-программирование", "Web Programming", 5),
    (
        "HIS 1001",
        "Қазақстанның қазіргі тарихы",
        "Современная история Казахстана",
        "Modern History of Kazakhstan",
        5,
    ),
    ("MAT 2203", "Ықтималдықтар теориясы", "Теория вероятностей", "Probability Theory", 4),
    (
        "INF 3302",
        "Машиналық оқыту негіздері",
        "Основы машинного обучения",
        "Introduction to Machine Learning",
        6,
    ),
]
KK_TYPES = ["Дәріс", "Практика", "Зертханалық"]
RU_TYPES = ["Лекция", "Практика", "Лаб. работа"]
EN_TYPES = ["Lecture", "Seminar", "Lab"]
KK_ROOMS = [
    "ауд. 305",
    "А-214",
    "Б-107",
    "корпус 2, 3-қабат, 312",
    "зерт. 2-208",
    "ауд. 1-415",
    "ауд. 119",
]
RU_ROOMS = [
    "ауд. 305",
    "А-214",
    "Б-107",
    "корпус 2, 3 этаж, ауд. 312",
    "лаб. 2-208",
    "ауд. 1-415",
    "ауд. 119",
]
EN_ROOMS = [
    "Room 305",
    "A-214",
    "B-107",
    "Block 2, floor 3, room 312",
    "Lab 2-208",
    "Room 1-415",
    "Room 119",
]
KK_WEEKS = ["1-15 апта", "1-15 апта", "тақ апталар", "жұп апталар", "1-8 апта", "9-15 апта"]
RU_WEEKS = ["1-15 нед.", "1-15 нед.", "нечётные недели", "чётные недели", "1-8 нед.", "9-15 нед."]
EN_WEEKS = ["weeks 1–15", "weeks 1–15", "odd weeks", "even weeks", "weeks 1–8", "weeks 9–15"]


def timetable_rows(rng, days, slots, types, rooms, weeks, lang_idx, per_day=(2, 4)):
    rows = []
    for d in days[:5]:
        n = rng.randint(*per_day)
        start = rng.randint(0, len(slots) - n)
        for i in range(n):
            c = rng.choice(COURSES)
            rows.append(
                [
                    d,
                    slots[start + i],
                    c[0],
                    c[lang_idx],
                    rng.choice(types),
                    rng.choice(rooms),
                    rng.choice(weeks),
                    c[4],
                ]
            )
    return rows


# ============================================================ PART A (public)


def a01():
    name = "a01_kk_sabak_kestesi_is-21-1k.csv"
    rng = R(name)
    rows = [
        [
            "Апта күні",
            "Уақыты",
            "Пән коды",
            "Пән атауы",
            "Сабақ түрі",
            "Аудитория",
            "Апталар",
            "Кредит",
            "Топ",
        ]
    ]
    for r in timetable_rows(rng, KK_DAYS, SLOTS_DASH, KK_TYPES, KK_ROOMS, KK_WEEKS, 1):
        rows.append([*r, "ИС-21-1к"])
    rows.append(
        [
            "Сенбі",
            "09:00–10:20",
            "PE 1001",
            "Дене шынықтыру",
            "Практика",
            "спорт кешені, 1-қабат",
            "1-15 апта",
            2,
            "ИС-21-1к",
        ]
    )
    rows.append(
        [
            "Бейсенбі",
            "15:10–16:30",
            "—",
            "Кураторлық сағат",
            "—",
            "ауд. 305",
            "жұп апталар",
            0,
            "ИС-21-1к",
        ]
    )
    emit(
        name,
        to_csv(rows),
        None,
        "kk class timetable: times 09:00–10:20, rooms ауд. 305 / корпус 2, 3-қабат, group ИС-21-1к, weeks 1-15 апта",
    )


def a02():
    name = "a02_ru_raspisanie_vt-23-2.html"
    rng = R(name)
    body = [
        f"<h1>{UNI_RU}</h1>",
        "<h2>Расписание занятий группы ВТ-23/2, 1 семестр 2025-2026 уч. года</h2>",
    ]
    for title, wk in (("Нечётная неделя", "нечётные недели"), ("Чётная неделя", "чётные недели")):
        body.append(f"<h3>{title}</h3>")
        rows = []
        for r in timetable_rows(rng, RU_DAYS, SLOTS_DOT, RU_TYPES, RU_ROOMS, RU_WEEKS, 2):
            rows.append(
                [
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4],
                    r[5],
                    wk if r[6].endswith("нед.") is False else r[6],
                    r[7],
                ]
            )
        body.append(
            html_table(
                ["День", "Время", "Код", "Дисциплина", "Вид", "Аудитория", "Недели", "Кредиты"],
                rows,
            )
        )
    body.append(
        "<p>Сетка звонков (код для системы бронирования): 0830095010001120 1130125013301450 15001620</p>"
    )
    body.append(
        "<p>Перерыв между парами 10 минут, обед 12.50-13.30. Занятия с 1 по 15 неделю, "
        "01.09.2025–20.12.2025.</p>"
    )
    body.append(
        f"<p>Деканат ФИТ: корпус 1, каб. 214, вн. 1234; тел. {LANDLINE_1}. "
        "Расписание утверждено 28.08.2025.</p>"
    )
    emit(
        name,
        html_page("ru", "Расписание ВТ-23/2", "\n".join(body)),
        None,
        "ru timetable: 8.30-9.50 times, А-214, odd/even weeks, 16-digit bell-grid codes, dean landline + ext",
    )


def a03():
    name = "a03_en_timetable_6B06101-22-1.md"
    rng = R(name)
    rows = timetable_rows(rng, EN_DAYS, SLOTS_DASH, EN_TYPES, EN_ROOMS, EN_WEEKS, 3)
    out = [
        f"# {UNI_EN} — Class timetable",
        "",
        "**Group:** 6B06101-22-1 (Information Systems, cohort 2022, stream 1)  ",
        "**Semester:** Fall 2025 (01.09.2025–20.12.2025), teaching weeks 1–15",
        "",
        md_table(["Day", "Time", "Course", "Title", "Type", "Room", "Weeks", "ECTS"], rows),
        "",
        "Odd weeks: 1, 3, 5, 7, 9, 11, 13, 15. Even weeks: 2, 4, 6, 8, 10, 12, 14.",
        "",
        "Slot grid (HHMM start/end): 0900 1020 | 1030 1150 | 1210 1330 | 1340 1500 | 1510 1630",
        "",
        "Midterm week: week 8 (20.10.2025–25.10.2025). Endterm week: week 15.",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "en timetable for programme-coded group 6B06101-22-1, ECTS, odd/even weeks",
    )


def a04():
    name = "a04_kk_emtihan_kestesi_qysqy_sessiya.csv"
    rng = R(name)
    dates = [
        "22.12.2025",
        "24.12.2025",
        "26.12.2025",
        "29.12.2025",
        "03.01.2026",
        "06.01.2026",
        "08.01.2026",
    ]
    times = ["09:00", "10:00", "14:00", "15:00"]
    groups = [
        "ИС-21-1к",
        "ИС-21-2к",
        "ВТ-23/1",
        "ВТ-23/2",
        "6B06101-22-1",
        "6B06102-23-2",
        "6B07101-21-3",
    ]
    rooms = [
        ("ауд. 305", "305"),
        ("А-214", "214"),
        ("Б-107", "107"),
        ("ауд. 1-415", "415"),
        ("зерт. 2-208", "208"),
    ]
    rows = [
        [
            "Күні",
            "Уақыты",
            "Аудитория",
            "Топ",
            "Студент саны",
            "Пән коды",
            "Емтихан коды",
            "Слот коды",
        ]
    ]
    for _i, d in enumerate(dates):
        day_rooms = rng.sample(rooms, 3)
        day_groups = rng.sample(groups, 3)
        for j in range(3):
            t = rng.choice(times)
            room, _rnum = day_rooms[j]
            g = day_groups[j]
            c = rng.choice(COURSES)
            ddmmyy = d[:2] + d[3:5] + d[8:10]
            # slot code = DDMMYY + HHMM + corpus (2 digits); steer away from valid IIN
            cands = [ddmmyy + t.replace(":", "") + f"{k:02d}" for k in (1, 2, 3, 4, 5, 6)]
            slot = not_iin(cands)
            rows.append(
                [
                    d,
                    t,
                    room,
                    g,
                    rng.randint(14, 31),
                    c[0],
                    f"EX-{d[8:10]}-{c[0].replace(' ', '')}-{rng.randint(1, 9):02d}",
                    slot,
                ]
            )
    rows.append(
        ["Ескерту", "", "", "", "", "", "", "Емтихан басталғанға дейін 30 минут бұрын келу керек"]
    )
    emit(
        name,
        to_csv(rows, ";"),
        None,
        "kk exam schedule; 12-digit slot codes DDMMYY+HHMM+corpus that mimic IIN date fields but fail the check digit",
    )


def a05():
    name = "a05_ru_raspisanie_ekzamenov.html"
    rng = R(name)
    body = [
        f"<h1>{UNI_RU}</h1>",
        "<h2>Расписание экзаменов, зимняя сессия 2025-2026 уч. года</h2>",
        "<p>Факультет информационных технологий. Сессия: 22.12.2025–10.01.2026.</p>",
    ]
    rows = []
    for d, t, room, g, n, c in [
        ("22.12.2025", "09:00", "305", "ИС-21-1к", 25, "INF 2105"),
        ("22.12.2025", "14:00", "А-214", "ВТ-23/2", 27, "MAT 1102"),
        ("24.12.2025", "10:00", "1-415", "ВТ-23/1", 24, "PHY 1201"),
        ("26.12.2025", "09:00", "305", "6B06101-22-1", 22, "CSE 2301"),
        ("29.12.2025", "14:00", "Б-107", "ИС-21-2к", 26, "INF 2210"),
        ("06.01.2026", "10:00", "2-208", "6B06102-23-2", 19, "CSE 2204"),
    ]:
        rows.append(
            [
                d,
                t,
                room,
                g,
                n,
                c,
                "письменный" if rng.random() < 0.5 else "компьютерное тестирование",
            ]
        )
    body.append(
        html_table(
            ["Дата", "Время", "Ауд.", "Группа", "Кол-во студентов", "Код дисциплины", "Форма"], rows
        )
    )
    body.append("<h3>Краткая сводка (выгрузка из АИС)</h3>")
    # compact table: DDMM, HHMM, room glued by a tag-stripper -> 11-12 digit runs
    compact = []
    for ddmm, hhmm, room in [
        ("2212", "0900", "305"),
        ("2212", "1400", "214"),
        ("2412", "1000", "1415"),
        ("2612", "0900", "305"),
        ("2912", "1400", "107"),
        ("0601", "1000", "2208"),
    ]:
        compact.append([ddmm, hhmm, room])
    body.append(html_table(["ДДММ", "ЧЧММ", "Ауд."], compact, compact=True))
    body.append("<h3>Пересдачи (летний семестр)</h3>")
    body.append(
        "<ul>\n<li>20.09.2025 14:00 305 — ИС-21-1к, INF 2105</li>\n"
        "<li>20.09.2025 10:00 214 — ВТ-23/2, MAT 1102</li>\n"
        "<li>22.09.2025 09:00 1415 — 6B06101-22-1, CSE 2301</li>\n</ul>"
    )
    body.append(f"<p>Справки: деканат, каб. 214, вн. 1234, {LANDLINE_1}.</p>")
    emit(
        name,
        html_page("ru", "Расписание экзаменов", "\n".join(body)),
        None,
        "ru exam schedule; compact table cells glue into 11-12 digit runs; '20.09.2025 14:00 305' lines",
    )


def a06():
    name = "a06_en_exam_schedule.json"
    rng = R(name)
    exams = []
    for d, t, room, g, n, c in [
        ("2025-12-22", "09:00", "305", "6B06101-22-1", 22, "CSE 2301"),
        ("2025-12-23", "14:00", "214", "6B06101-22-1", 22, "INF 2105"),
        ("2025-12-25", "10:00", "415", "6B06102-23-2", 19, "MAT 2203"),
        ("2025-12-27", "09:00", "208", "6B07101-21-3", 28, "INF 3302"),
        ("2026-01-05", "15:00", "119", "6B06102-23-2", 19, "ENG 1103"),
        ("2026-01-08", "10:00", "305", "6B07101-21-3", 28, "HIS 1001"),
    ]:
        ymd = d.replace("-", "")
        exams.append(
            {
                "date": d,
                "time": t,
                "room": room,
                "group": g,
                "students": n,
                "course": c,
                "exam_id": f"EXM{ymd}{t.replace(':', '')}{room}",
                "slot": ymd + t.replace(":", ""),
                "duration_min": rng.choice([90, 120]),
            }
        )
    doc = {
        "university": UNI_EN,
        "session": "Winter 2025/2026",
        "period": "22.12.2025–10.01.2026",
        "contact": {
            "office": "Registrar, Block 1, room 102",
            "phone": LANDLINE_2,
            "ext": "1102",
            "email": f"registrar@{UNI_DOMAIN}",
        },
        "exams": exams,
    }
    emit(
        name,
        json.dumps(doc, ensure_ascii=False, indent=2),
        None,
        "en exam schedule JSON; 12-digit 'slot' YYYYMMDDHHMM and 15-digit exam ids; role e-mail registrar@",
    )


def a07():
    name = "a07_kk_akademiyalyq_kuntizbe_2025-2026.md"
    out = [
        f"# {UNI_KK}",
        "## 2025-2026 оқу жылының академиялық күнтізбесі",
        "",
        "Күнтізбе университеттің Ғылыми кеңесінің 2025 жылғы 28 тамыздағы № 1 хаттамасымен бекітілген.",
        "",
        md_table(
            ["Кезең", "Күндері", "Апта саны"],
            [
                ["1-семестр (күзгі)", "01.09.2025–20.12.2025", "15"],
                ["Аралық бақылау (1)", "20.10.2025–25.10.2025", "1"],
                ["Қысқы емтихан сессиясы", "22.12.2025–10.01.2026", "3"],
                ["Қысқы демалыс", "11.01.2026–25.01.2026", "2"],
                ["2-семестр (көктемгі)", "26.01.2026–16.05.2026", "15"],
                ["Наурыз мерекесі", "21.03.2026–23.03.2026", "—"],
                ["Жазғы емтихан сессиясы", "18.05.2026–06.06.2026", "3"],
                ["Кәсіптік практика", "08.06.2026–04.07.2026", "4"],
                ["Жазғы семестр", "06.07.2026–01.08.2026", "4"],
                ["Қорытынды аттестаттау", "01.06.2026–20.06.2026", "3"],
            ],
        ),
        "",
        "Мереке күндері: 01.01, 07.01, 08.03, 21.03–23.03, 01.05, 07.05, 09.05, 06.07, 30.08, 25.10, 16.12.",
        "",
        "Университет 12.03.2001 жылы құрылған. Кредиттік оқыту жүйесі 2004 ж. енгізілген; "
        "оқу жоспарлары 15.05.2005 ж. бекітілген мемлекеттік стандарт негізінде әзірленген (2018 ж. жаңартылған).",
        "",
        "Тіркеу кеңсесі: 1-корпус, 102-бөлме, вн. 1102, " + LANDLINE_2 + ".",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "kk academic calendar; date ranges; 2001/2004/2005 dates that are founding/standard dates, '2004 ж.' near-miss for 'ж.т.'",
    )


def a08():
    name = "a08_ru_akademicheskiy_kalendar.txt"
    out = [
        UNI_RU.upper(),
        "АКАДЕМИЧЕСКИЙ КАЛЕНДАРЬ НА 2025-2026 УЧЕБНЫЙ ГОД",
        "",
        "Основание: приказ ректора № 214-ө от 26.08.2025; Правила организации учебного процесса",
        "по кредитной технологии обучения (приказ МОН РК от 20.04.2011 № 152); внутренний",
        "стандарт университета от 15.05.2005 (ред. 2019).",
        "",
        "Университет основан 12.03.2001. Корпус № 2 введён в эксплуатацию 01.09.1998,",
        "корпус № 3 — 30.08.2006. Кредитная система обучения — с 2004 г.",
        "",
        "1 СЕМЕСТР",
        "  Учебные занятия ..................... 01.09.2025–20.12.2025 (1-15 недели)",
        "  Рубежный контроль 1 ................. 7 неделя (13.10.2025–18.10.2025)",
        "  Рубежный контроль 2 ................. 15 неделя (15.12.2025–20.12.2025)",
        "  Экзаменационная сессия .............. 22.12.2025–10.01.2026",
        "  Зимние каникулы ..................... 11.01.2026–25.01.2026",
        "",
        "2 СЕМЕСТР",
        "  Учебные занятия ..................... 26.01.2026–16.05.2026 (1-15 недели)",
        "  Экзаменационная сессия .............. 18.05.2026–06.06.2026",
        "  Летний семестр ...................... 08.06.2026–04.07.2026",
        "  Профессиональная практика ........... 06.07.2026–01.08.2026",
        "",
        "ПРАЗДНИЧНЫЕ ДНИ: 1-2 января, 7 января, 8 марта, 21-23 марта, 1 мая, 7 мая, 9 мая,",
        "6 июля, 30 августа, 25 октября, 16 декабря.",
        "",
        "Перенос занятий: занятия 25.10.2025 (сб) переносятся на 01.11.2025 (сб), ауд. согласно расписанию.",
        "",
        f"Офис регистратора: корпус 1, каб. 102, вн. 1102, тел. {LANDLINE_2}, e-mail registrar@{UNI_DOMAIN}.",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "ru academic calendar; 'основан 12.03.2001', 'стандарт от 15.05.2005', building dates 1998/2006, orders",
    )


def a09():
    name = "a09_en_academic_calendar.json"
    doc = {
        "university": UNI_EN,
        "academic_year": "2025-2026",
        "approved": {"by": "Academic Council", "minutes": "No. 1", "date": "28.08.2025"},
        "terms": [
            {
                "term": "Fall",
                "classes": "01.09.2025–20.12.2025",
                "weeks": "1-15",
                "midterm": "20.10.2025–25.10.2025",
                "finals": "22.12.2025–10.01.2026",
            },
            {
                "term": "Spring",
                "classes": "26.01.2026–16.05.2026",
                "weeks": "1-15",
                "midterm": "09.03.2026–14.03.2026",
                "finals": "18.05.2026–06.06.2026",
            },
            {"term": "Summer", "classes": "08.06.2026–04.07.2026", "weeks": "1-4"},
        ],
        "holidays": [
            "2026-01-01",
            "2026-01-02",
            "2026-01-07",
            "2026-03-08",
            "2026-03-21",
            "2026-03-22",
            "2026-03-23",
            "2026-05-01",
            "2026-05-07",
            "2026-05-09",
            "2026-07-06",
            "2025-10-25",
            "2025-12-16",
        ],
        "deadlines": {
            "add_drop": "01.09.2025–12.09.2025",
            "withdrawal": "before 28.11.2025",
            "grade_appeal": "within 3 working days after the exam",
        },
        "codes": {
            "fall_range_compact": "2025090120251220",
            "spring_range_compact": "2026012620260516",
        },
    }
    emit(
        name,
        json.dumps(doc, ensure_ascii=False, indent=2),
        None,
        "en academic calendar JSON; compact 16-digit date-range codes",
    )


def a10():
    name = "a10_kk_kafedra_konsultatsiya.html"
    rng = R(name)
    roles = [
        "Кафедра меңгерушісі",
        "Профессор",
        "Қауымдастырылған профессор",
        "Аға оқытушы (1)",
        "Аға оқытушы (2)",
        "Оқытушы-ассистент",
        "Кафедра әдіскері",
    ]
    rows = []
    for i, role in enumerate(roles):
        day = KK_DAYS[i % 5]
        t = rng.choice(["14:00–15:00", "15:10–16:30", "11:00–12:00", "16:40–17:40"])
        room = rng.choice(["ауд. 305", "ауд. 307", "А-214", "каб. 2-310"])
        ext = 3050 + i
        rows.append([role, day, t, room, f"вн. {ext}"])
    body = [
        f"<h1>{UNI_KK}</h1>",
        "<h2>Ақпараттық жүйелер кафедрасы: кеңес беру сағаттары (2025-2026 оқу жылы, 1-семестр)</h2>",
        html_table(["Лауазымы", "Күні", "Уақыты", "Орны", "Ішкі телефон"], rows),
        f"<p>Кафедра: 2-корпус, 3-қабат, каб. 305, вн. 3051; қалалық телефон {LANDLINE_1}; "
        f"e-mail: kafedra.is@{UNI_DOMAIN}.</p>",
        "<p>Кафедра 2001 ж. ашылған. Кеңес беру 1-15 апта аралығында өтеді; 8-апта — аралық бақылау аптасы.</p>",
    ]
    emit(
        name,
        html_page("kk", "Кеңес беру сағаттары", "\n".join(body)),
        None,
        "kk consultation hours by position only; extensions 'вн. 3051' next to 'каб. 305'; dept landline; role mailbox",
    )


def a11():
    name = "a11_ru_konsultacii_dekanat.csv"
    rng = R(name)
    rows = [["Подразделение", "Вопросы", "День", "Время", "Кабинет", "Внутренний", "Городской"]]
    for unit, topic in [
        ("Деканат ФИТ", "академические вопросы, справки"),
        ("Деканат ФИТ", "ИУП, выбор дисциплин"),
        ("Офис регистратора", "транскрипты, GPA"),
        ("Кафедра ИС", "курсовые проекты"),
        ("Кафедра ВТ", "практика, договоры с базами практики"),
        ("Эдвайзер ВТ-23/1, ВТ-23/2", "консультации по ИУП"),
        ("Эдвайзер ИС-21-1к, ИС-21-2к", "консультации по ИУП"),
        ("Центр карьеры", "стажировки"),
    ]:
        day = rng.choice(RU_DAYS[:5])
        t = rng.choice(["10.00-12.00", "14.00-16.00", "15.00-17.00", "9.00-10.30"])
        cab = rng.choice(["214", "102", "305", "2-310", "1-118"])
        rows.append(
            [
                unit,
                topic,
                day,
                t,
                f"каб. {cab}",
                f"вн. {rng.randint(1100, 3999)}",
                LANDLINE_2 if unit == "Офис регистратора" else LANDLINE_1,
            ]
        )
    emit(
        name,
        to_csv(rows),
        None,
        "ru consultation hours of offices, rooms next to 'вн.' extensions and university landlines",
    )


def a12():
    name = "a12_en_office_hours_cs_department.md"
    rng = R(name)
    rows = []
    for role in [
        "Head of Department",
        "Professor (Algorithms)",
        "Associate Professor (Networks)",
        "Senior Lecturer (Databases)",
        "Lecturer (Web)",
        "Teaching Assistant (Lab 2-208)",
    ]:
        rows.append(
            [
                role,
                rng.choice(EN_DAYS[:5]),
                rng.choice(["14:00–15:00", "10:30–11:50", "16:40–17:40"]),
                rng.choice(["Room 305", "Room 307", "A-214", "Block 2, floor 3, room 312"]),
                f"ext. {rng.randint(3000, 3099)}",
            ]
        )
    out = [
        f"# {UNI_EN} — Department of Computer Science",
        "",
        "## Office hours, Fall 2025 (weeks 1–15)",
        "",
        md_table(["Position", "Day", "Time", "Room", "Phone"], rows),
        "",
        f"Department office: Block 2, room 305, ext. 3051, tel. {LANDLINE_1}.",
        f"International office: {LANDLINE_INTL}, ext. 1150.",
        "",
        "No office hours during midterm week (week 8, 20.10.2025–25.10.2025) and on 25.10.2025 (Republic Day).",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "en office hours by position; '+7 (7172) 70-95-00' university landline (code 7172 is not a mobile code)",
    )


def a13():
    name = "a13_ru_raspisanie_shattla.txt"
    dep1 = [
        "07:30",
        "07:50",
        "08:10",
        "08:30",
        "09:40",
        "11:00",
        "12:40",
        "13:20",
        "15:00",
        "16:40",
        "18:10",
    ]
    dep2 = [
        "07:45",
        "08:05",
        "08:25",
        "09:50",
        "11:15",
        "12:55",
        "13:35",
        "15:15",
        "16:55",
        "18:25",
        "19:30",
    ]
    out = [
        f"{UNI_RU} — служебный автобус (шаттл) между кампусами",
        "Действует с 01.09.2025 по 20.12.2025, пн–сб, кроме праздничных дней.",
        "",
        "Маршрут № 1: Кампус 1 (учебный корпус 1) → Кампус 2 (корпус 2, 3)",
        "Отправление: " + "  ".join(dep1),
        "Маршрут № 2: Кампус 2 → Кампус 1",
        "Отправление: " + "  ".join(dep2),
        "",
        "Остановки маршрута № 1: Кампус 1 — ост. «Библиотека» — ост. «Спорткомплекс» — Кампус 2.",
        "Время в пути 20–25 мин. Автобусы № 8 и № 17 (регулярные городские) также останавливаются у корпуса 2.",
        "",
        "Компактная сетка (для табло): "
        + "".join(t.replace(":", "") for t in dep1[:4])
        + " / "
        + "".join(t.replace(":", "") for t in dep2[:4]),
        "",
        "В субботу: 8 рейсов, 7:30–14:00. Интервал 50 мин.",
        "",
        f"Транспортный отдел: корпус 1, каб. 018, вн. 1018, {LANDLINE_1}, transport@{UNI_DOMAIN}.",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "ru shuttle timetable; 16-digit compact departure grids; bus numbers 8/17 next to times",
    )


def a14():
    name = "a14_kk_avtobus_kestesi.csv"
    rows = [["Бағыт", "Аялдама", "Рейс 1", "Рейс 2", "Рейс 3", "Рейс 4", "Рейс 5", "Рейс 6"]]
    stops = [
        ("1-кампус → 2-кампус", "1-оқу корпусы", 0),
        ("1-кампус → 2-кампус", "Кітапхана", 6),
        ("1-кампус → 2-кампус", "Спорт кешені", 12),
        ("1-кампус → 2-кампус", "2-кампус (2, 3-корпус)", 22),
        ("2-кампус → 1-кампус", "2-кампус (2, 3-корпус)", 0),
        ("2-кампус → 1-кампус", "1-оқу корпусы", 24),
    ]
    base = [7 * 60 + 20, 8 * 60 + 0, 9 * 60 + 40, 12 * 60 + 50, 15 * 60 + 0, 17 * 60 + 10]
    for route, stop, off in stops:
        extra = 30 if route.startswith("2") else 0
        rows.append(
            [route, stop]
            + [f"{(b + off + extra) // 60:02d}:{(b + off + extra) % 60:02d}" for b in base]
        )
    rows.append(
        [
            "Ескерту",
            "Кесте 01.09.2025–20.12.2025 аралығында жарамды; сенбі күні тек 1-3 рейстер",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    rows.append(["Байланыс", f"көлік бөлімі: вн. 1018, {LANDLINE_1}", "", "", "", "", "", ""])
    emit(name, to_csv(rows), None, "kk campus bus timetable, times only, landline + extension")


def a15():
    name = "a15_en_library_opening_hours.md"
    out = [
        f"# {UNI_EN} Library — opening hours",
        "",
        "Academic year 2025-2026 (from 01.09.2025).",
        "",
        md_table(
            ["Service", "Mon–Fri", "Saturday", "Sunday", "Location"],
            [
                [
                    "Main reading room",
                    "08:30–21:00",
                    "10:00–17:00",
                    "closed",
                    "Block 1, floors 2-3",
                ],
                ["Loan desk", "09:00–18:00", "10:00–14:00", "closed", "Block 1, room 201"],
                [
                    "Electronic resources hall",
                    "08:30–20:00",
                    "10:00–17:00",
                    "closed",
                    "Block 2, room 118",
                ],
                [
                    "24/7 study zone",
                    "00:00–24:00",
                    "00:00–24:00",
                    "00:00–24:00",
                    "Block 3, ground floor",
                ],
            ],
        ),
        "",
        "Exam session (22.12.2025–10.01.2026): main reading room open until 23:00, Sundays 10:00–17:00.",
        "Closed on 01.01, 07.01, 08.03, 21.03–23.03, 01.05, 07.05, 09.05, 06.07, 30.08, 25.10, 16.12.",
        "",
        "The library was founded together with the university in 2001; the rare-book collection holds "
        "periodicals from 1998–2008.",
        "",
        f"Contacts: loan desk ext. 1150, {LANDLINE_INTL}; library@{UNI_DOMAIN}.",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "en library hours; intl-format university landline; role e-mail library@",
    )


def a16():
    name = "a16_ru_biblioteka_rezhim.html"
    rows = [
        [
            "Абонемент учебной литературы",
            "9.00-18.00",
            "10.00-14.00",
            "корпус 1, ауд. 201",
            "вн. 1150",
        ],
        ["Читальный зал № 1", "8.30-21.00", "10.00-17.00", "корпус 1, 2 этаж", "вн. 1151"],
        [
            "Читальный зал № 2 (периодика 1998-2008 гг.)",
            "9.00-17.00",
            "—",
            "корпус 3, ауд. 104",
            "вн. 1152",
        ],
        ["Электронный зал", "8.30-20.00", "10.00-17.00", "корпус 2, ауд. 118", "вн. 1153"],
    ]
    body = [
        f"<h1>{UNI_RU}: научная библиотека</h1>",
        "<h2>Режим работы в 2025-2026 уч. году</h2>",
        html_table(["Отдел", "Пн-Пт", "Сб", "Место", "Телефон"], rows),
        "<p>Санитарный день — последняя пятница месяца (26.09.2025, 31.10.2025, 28.11.2025, 26.12.2025).</p>",
        "<p>Фонд сформирован с 2001 года; коллекция дипломных работ 2004–2008 гг. доступна в зале № 2.</p>",
        f"<p>Справочная: {LANDLINE_1}, вн. 1150.</p>",
    ]
    emit(
        name,
        html_page("ru", "Библиотека — режим работы", "\n".join(body)),
        None,
        "ru library hours; 'Читальный зал № 1', extensions, 1998-2008 year ranges",
    )


DEFENCE_TOPICS_KK = [
    "Университеттің оқу кестесін автоматты құру жүйесі",
    "2000–2008 жж. метеодеректерді машиналық оқыту әдістерімен талдау",
    "Кітапхана қорын есепке алудың веб-қосымшасы",
    "Қала көлігінің кестесін оңтайландыру алгоритмдері",
    "IoT негізіндегі аудиторияларды брондау жүйесі",
    "Қазақ тіліндегі мәтіндерді автоматты жіктеу",
]
DEFENCE_TOPICS_RU = [
    "Разработка системы электронного расписания университета",
    "Анализ продаж торговой сети за 2001–2007 гг. методами кластеризации",
    "Мобильное приложение для бронирования аудиторий",
    "Информационная система учёта успеваемости на основе стандарта 2005 г.",
    "Моделирование пассажиропотока шаттлов между кампусами",
    "Защита веб-приложений от SQL-инъекций",
]
DEFENCE_TOPICS_EN = [
    "A scheduling engine for university timetables with constraint programming",
    "Forecasting enrolment from 1998–2008 census data",
    "A room-booking chatbot for campus services",
    "Evaluating open-source learning management systems",
    "Energy-aware task scheduling for edge devices",
]


def a17():
    name = "a17_kk_diplom_qorgau_kestesi.csv"
    rng = R(name)
    rows = [
        [
            "№",
            "Дипломдық жұмыс тақырыбы",
            "ББ коды",
            "Топ",
            "Қорғау күні",
            "Уақыты",
            "Аудитория",
            "МАК отырысы",
        ]
    ]
    for i, topic in enumerate(DEFENCE_TOPICS_KK, 1):
        d = ["08.06.2026", "09.06.2026", "10.06.2026"][(i - 1) // 2]
        rows.append(
            [
                i,
                topic,
                rng.choice(["6B06101", "6B06102"]),
                rng.choice(["ИС-21-1к", "ИС-21-2к"]),
                d,
                ["10:00", "11:30", "14:00"][(i - 1) % 3],
                "ауд. 305",
                f"№ {(i - 1) // 2 + 1}",
            ]
        )
    rows.append(
        [
            "",
            "Мемлекеттік аттестаттау комиссиясы 2004 ж. бекітілген ереже негізінде жұмыс істейді",
            "",
            "",
            "",
            "",
            "",
            "",
        ]
    )
    emit(
        name,
        to_csv(rows),
        None,
        "kk thesis defence schedule: titles, programme codes, dates, rooms only — no names",
    )


def a18():
    name = "a18_ru_grafik_zashchit.html"
    rng = R(name)
    rows = []
    for i, topic in enumerate(DEFENCE_TOPICS_RU, 1):
        d = ["15.06.2026", "16.06.2026", "17.06.2026"][(i - 1) // 2]
        rows.append(
            [
                i,
                topic,
                rng.choice(
                    ["6B06101 — Информационные системы", "6B06102 — Вычислительная техника"]
                ),
                d,
                ["9.00", "10.30", "14.00"][(i - 1) % 3],
                rng.choice(["ауд. 305", "А-214"]),
            ]
        )
    body = [
        f"<h1>{UNI_RU}</h1>",
        "<h2>График защит дипломных работ (проектов), июнь 2026 г.</h2>",
        html_table(["№", "Тема", "Образовательная программа", "Дата", "Время", "Ауд."], rows),
        "<p>Заседания ГАК проводятся согласно приказу № 301-ө от 12.05.2026. Явка членов ГАК — за 15 минут.</p>",
        "<p>Председатель ГАК утверждается приказом МНВО РК.</p>",
    ]
    emit(
        name,
        html_page("ru", "График защит", "\n".join(body)),
        None,
        "ru defence schedule; titles with 2001–2007/2005 years; no student names",
    )


def a19():
    name = "a19_en_thesis_defence_schedule.md"
    rows = []
    for i, topic in enumerate(DEFENCE_TOPICS_EN, 1):
        rows.append(
            [
                i,
                topic,
                "6B06101" if i % 2 else "6B06102",
                ["22.06.2026", "23.06.2026"][(i - 1) // 3],
                ["10:00", "11:30", "14:00"][(i - 1) % 3],
                "A-214",
            ]
        )
    out = [
        f"# {UNI_EN} — Bachelor thesis defences, June 2026",
        "",
        md_table(["#", "Thesis title", "Programme", "Date", "Time", "Room"], rows),
        "",
        "Defences are public. Committee composition per Order No. 301 of 12.05.2026.",
        "Livestream room: Block 2, room 118.",
    ]
    emit(name, "\n".join(out), None, "en defence schedule; title mentions 1998–2008; no names")


def a20():
    name = "a20_ru_bronirovanie_auditoriy.csv"
    rows = [["№ брони", "Дата", "Время", "Ауд.", "Мест", "Кем забронировано", "Цель"]]
    for d, t, room, seats, unit, goal in [
        ("20.09.2025", "14:00", "305", 60, "Кафедра ИС", "пересдача ИС-21-1к"),
        ("22.09.2025", "10:00", "214", 40, "Деканат ФИТ", "собрание эдвайзеров"),
        ("23.09.2025", "15:00", "1-415", 120, "Студенческий совет", "собрание старост"),
        ("25.09.2025", "09:00", "2-208", 24, "Кафедра ВТ", "лабораторная ВТ-23/2"),
        ("26.09.2025", "16:40", "119", 30, "Центр карьеры", "презентация стажировок"),
        ("29.09.2025", "12:10", "305", 60, "Офис регистратора", "инструктаж по ИУП"),
    ]:
        yymmdd = d[8:10] + d[3:5] + d[:2]
        rdigits = room.replace("-", "")[-3:]
        bid = yymmdd + rdigits  # 9 digits
        rows.append([bid, d, t, f"ауд. {room}", seats, unit, goal])
    rows.append(["", "", "", "", "", "Бронирование: booking@" + UNI_DOMAIN, "вн. 1105"])
    emit(
        name,
        to_csv(rows),
        None,
        "ru room-booking list; 9-digit booking numbers (YYMMDD+room) shaped like ID-card numbers; role e-mail",
    )


def a21():
    name = "a21_en_room_booking_grid.html"
    rng = R(name)
    rooms = ["305", "307", "A-214", "B-107", "1-415", "2-208"]
    slots = ["08:00", "09:00", "10:30", "12:10", "13:40", "15:10", "16:40"]
    groups = ["CS-22-1", "6B06101-22-1", "ВТ-23/2", "ИС-21-1к", "6B07101-21-3", ""]
    rows = []
    for r in rooms:
        rows.append([r] + [rng.choice(groups) or "free" for _ in slots])
    body = [
        f"<h1>{UNI_EN}</h1>",
        "<h2>Room booking grid — Wednesday 24.09.2025 (week 4, even)</h2>",
        html_table(["Room", *slots], rows),
        "<h3>Booking references</h3>",
        "<ul>\n<li>Ref 24092025-0800-305: CS-22-1</li>\n<li>Ref 24092025-1040-1415: Open lecture</li>\n</ul>",
        "<p>Legend: free = available. Booking office ext. 1105. Building A opened in 2003, Building B in 2007.</p>",
    ]
    emit(
        name,
        html_page("en", "Room booking grid", "\n".join(body)),
        None,
        "en room booking grid; references built from DDMMYYYY-HHMM-room; building years 2003/2007",
    )


def a22():
    name = "a22_kk_kredit_ects_kestesi.md"
    rows = []
    for c in COURSES:
        contact = c[4] * 15
        rows.append([c[0], c[1], c[4], c[4] * 30, contact, c[4] * 30 - contact, "емтихан"])
    out = [
        f"# {UNI_KK}",
        "## 6B06101 «Ақпараттық жүйелер» білім беру бағдарламасы: кредиттер кестесі (2022 жылғы қабылдау)",
        "",
        md_table(
            [
                "Пән коды",
                "Пән атауы",
                "ECTS",
                "Барлық сағат",
                "Аудиториялық",
                "СӨЖ",
                "Бақылау түрі",
            ],
            rows,
        ),
        "",
        "1 ECTS кредит = 30 академиялық сағат. Барлығы: 240 ECTS, оның ішінде жалпы білім беру пәндері 56 ECTS.",
        "Бағдарлама 2004 ж. ашылған, 2023 ж. аккредиттелген (куәлік № АВ 0712).",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "kk credit/ECTS table; course codes, hour counts; accreditation certificate number of the programme",
    )


def a23():
    name = "a23_en_ects_credit_table.csv"
    rows = [
        [
            "Course code",
            "Title",
            "Semester",
            "ECTS",
            "Contact hours",
            "Self-study hours",
            "Prerequisite",
        ]
    ]
    for i, c in enumerate(COURSES):
        rows.append(
            [c[0], c[3], i % 8 + 1, c[4], c[4] * 15, c[4] * 15, COURSES[i - 1][0] if i else "—"]
        )
    rows.append(["TOTAL", "", "", sum(c[4] for c in COURSES), "", "", ""])
    emit(name, to_csv(rows), None, "en ECTS table")


def a24():
    name = "a24_ru_kontingent_grupp.json"
    groups = []
    # numeric 12-digit group ciphers: programme digits (0610x) + cohort + stream + subgroup;
    # chosen so that those looking like YYMMDD+century fail the IIN check digit
    for prog, year, stream, n in [
        ("06101", 21, 1, 25),
        ("06101", 21, 2, 24),
        ("06101", 22, 1, 22),
        ("06102", 22, 1, 26),
        ("06102", 23, 1, 27),
        ("06102", 23, 2, 19),
        ("07101", 21, 3, 28),
        ("07101", 24, 1, 30),
    ]:
        code = f"6B{prog}{year}{stream}{1:02d}"
        cands = [
            f"{prog}{year}{stream:02d}{k:02d}{sub}" for k in (1, 2, 3, 4, 5) for sub in "12345"
        ]
        cipher = near_miss_iin(cands) if iin_date_ok(cands[0]) else not_iin(cands)
        groups.append(
            {
                "group": code,
                "display": f"6B{prog}-{year}-{stream}",
                "cipher": cipher,
                "students": n,
                "language": "ru" if stream % 2 else "kk",
                "course": min(4, 2026 - 2000 - year),
            }
        )
    doc = {
        "university": UNI_RU,
        "as_of": "01.10.2025",
        "faculty": "ФИТ",
        "note": "Контингент по группам, без персональных данных. Шифр = код ОП + год поступления + поток + подгруппа + форма обучения.",
        "groups": groups,
        "total": sum(g["students"] for g in groups),
    }
    emit(
        name,
        json.dumps(doc, ensure_ascii=False, indent=2),
        None,
        "ru group list with codes and counts only; 12-char codes '6B0610122101' and 12-digit numeric ciphers",
    )


def a25():
    name = "a25_kk_toptar_tizimi.txt"
    lines = [
        f"{UNI_KK} — 2025-2026 оқу жылы, топтар мен студент саны (01.10.2025 жағдайы бойынша)",
        "",
    ]
    for g, n, lang, room in [
        ("ИС-21-1к", 25, "қазақ", "305"),
        ("ИС-21-2к", 24, "қазақ", "307"),
        ("ВТ-23/1", 27, "орыс", "214"),
        ("ВТ-23/2", 26, "орыс", "214"),
        ("6B06101-22-1", 22, "ағылшын", "1-415"),
        ("6B06102-23-2", 19, "қазақ", "2-208"),
    ]:
        lines.append(f"{g:<14} {n:>3} студент   оқу тілі: {lang:<8} куратор сағаты: ауд. {room}")
    lines += [
        "",
        "Барлығы: 143 студент, 6 топ.",
        "Топ коды: бағдарлама шифры (6B06101) + қабылдау жылы (22) + ағын (1).",
        "Мысалы: 6B06101-22-1 = 6B0610122101 (АЖ ішкі шифры).",
    ]
    emit(name, "\n".join(lines), None, "kk group list, counts only; explains 12-char group cipher")


def a26():
    name = "a26_ru_peresdachi_po_gruppam.md"
    out = [
        f"# {UNI_RU}: график пересдач (летний семестр 2025)",
        "",
        "Пересдачи проводятся по группам; списки допущенных — у эдвайзеров (не публикуются).",
        "",
        md_table(
            ["Дата/время/ауд.", "Группа", "Дисциплина", "Кол-во заявлений"],
            [
                ["20.09.2025 14:00 305", "ИС-21-1к", "INF 2105", 4],
                ["20.09.2025 10:00 214", "ВТ-23/2", "MAT 1102", 6],
                ["22.09.2025 09:00 1415", "6B06101-22-1", "CSE 2301", 3],
                ["23.09.2025 15:10 2208", "ВТ-23/1", "PHY 1201", 5],
                ["24.09.2025 12:10 119", "ИС-21-2к", "KAZ 1101", 2],
            ],
        ),
        "",
        "Машиночитаемый вид (ДДММГГГГЧЧММ+ауд.): 200920251400305, 200920251000214, 2209202509001415.",
        "",
        f"Оплата пересдачи — по приказу № 112-ө от 2004 г. (ред. 2024). Вопросы: деканат, каб. 214, вн. 1234, {LANDLINE_1}.",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "ru public retake schedule by group; 15-16 digit DDMMYYYYHHMM+room runs",
    )


def a27():
    name = "a27_en_university_history_and_calendar.md"
    out = [
        f"# About {UNI_EN}",
        "",
        "- Founded 12.03.2001 by Government Resolution No. 245.",
        "- First graduation: 21.06.2005 (Information Systems, 48 graduates).",
        "- Credit system introduced in 2004 (Order of 2004, No. 17).",
        "- Curricula follow the State Standard of 15.05.2005, revised 2018 and 2022.",
        "- Block 2 built 1998 (formerly a technical college), Block 3 opened 30.08.2006.",
        "- Accredited by an independent agency on 14.02.2008; re-accredited 2013, 2018, 2023.",
        "",
        "## Key dates 2025-2026",
        "",
        md_table(
            ["Event", "Date", "Time", "Venue"],
            [
                ["Opening ceremony", "01.09.2025", "10:00", "Assembly hall, Block 1"],
                ["Open day", "18.10.2025", "11:00", "Block 1, room 101"],
                ["University day (25th anniversary)", "12.03.2026", "15:00", "Assembly hall"],
                ["Graduation", "27.06.2026", "11:00", "Sports complex"],
            ],
        ),
        "",
        "The 25th-anniversary celebration marks the founding date 12.03.2001.",
    ]
    emit(
        name,
        "\n".join(out),
        None,
        "en institutional history: many 1998-2008 dd.mm.yyyy dates (founding, accreditation 14.02.2008) — not birth dates",
    )


def a28():
    name = "a28_kk_zhup_taq_apta_torlary.html"
    rng = R(name)
    grid = []
    for wk in ("тақ", "жұп"):
        for d in KK_DAYS[:5]:
            s = rng.sample(range(5), 3)
            s.sort()
            code = "".join(SLOTS_DASH[i][:5].replace(":", "") for i in s)
            grid.append([wk, d, ", ".join(SLOTS_DASH[i] for i in s), code])
    body = [
        f"<h1>{UNI_KK}</h1>",
        "<h2>ВТ-23/1 тобы: тақ/жұп апталар бойынша сабақ торы</h2>",
        html_table(["Апта", "Күні", "Сабақ уақыттары", "Уақыт коды (ССММ×3)"], grid),
        "<p>Апта нөмірі: 1-15 апта; тақ апталар — 1, 3, 5 …; жұп апталар — 2, 4, 6 ….</p>",
        "<p>Бір күндік уақыт торы: 0900102010301150121013301340150015101630</p>",
        f"<p>Деканат: 1-корпус, 214-бөлме, вн. 1234, {LANDLINE_1}.</p>",
    ]
    emit(
        name,
        html_page("kk", "Тақ/жұп апта", "\n".join(body)),
        None,
        "kk odd/even week grid; 12-digit HHMM×3 time codes; 40-digit day grid",
    )


# ============================================================ PART B (personal)


def b01():
    name = "b01_ru_raspisanie_primechanie_phone.html"
    rng = R(name)
    rows = timetable_rows(rng, RU_DAYS, SLOTS_DOT, RU_TYPES, RU_ROOMS, RU_WEEKS, 2)
    body = [
        f"<h1>{UNI_RU}</h1>",
        "<h2>Расписание группы ИС-21-2к, 1 семестр</h2>",
        html_table(
            ["День", "Время", "Код", "Дисциплина", "Вид", "Ауд.", "Недели", "Кредиты"], rows
        ),
        "<p><b>Примечание.</b> Занятия по CSE 2301 в чётные недели переносятся в лаб. 2-208. "
        "По вопросам замены: 8 701 234 56 78 (ведущий преподаватель, личный).</p>",
        f"<p>Деканат: каб. 214, вн. 1234, {LANDLINE_1}.</p>",
    ]
    emit(
        name,
        html_page("ru", "Расписание ИС-21-2к", "\n".join(body)),
        "phone",
        "teacher's private mobile '8 701 234 56 78' in a timetable note (landline + ext also present)",
    )


def b02():
    name = "b02_kk_konsultatsiya_jeke_phone.csv"
    rows = [
        ["Лауазымы", "Күні", "Уақыты", "Орны", "Байланыс"],
        ["Аға оқытушы", "Сейсенбі", "14:00–15:00", "ауд. 305", "вн. 3052"],
        ["Профессор", "Бейсенбі", "15:10–16:30", "А-214", "вн. 3053"],
        ["Оқытушы (CSE 2204)", "Жұма", "11:00–12:00", "каб. 2-310", "WhatsApp: +7 747 315 42 09"],
        ["Кафедра әдіскері", "Дүйсенбі–Жұма", "09:00–17:00", "ауд. 307", LANDLINE_1],
    ]
    emit(
        name,
        to_csv(rows),
        "phone",
        "kk consultation schedule where one lecturer lists a private mobile '+7 747 315 42 09'",
    )


def b03():
    name = "b03_ru_peresdacha_studbilety.csv"
    rng = R(name)
    rows = [["№", "№ студ. билета", "Группа", "Дисциплина", "Дата", "Время", "Ауд."]]
    for i in range(1, 8):
        sid = f"{rng.choice([21, 22, 23])}{rng.choice([10, 11, 12])}{rng.randint(1000, 9999)}"
        rows.append(
            [
                i,
                sid,
                rng.choice(["ИС-21-1к", "ВТ-23/2", "6B06101-22-1"]),
                rng.choice(COURSES)[0],
                "20.09.2025",
                rng.choice(["10:00", "14:00"]),
                rng.choice(["305", "214"]),
            ]
        )
    emit(
        name,
        to_csv(rows),
        "student-id",
        "exam-retake list identifying students by student-card numbers (8 digits, column '№ студ. билета')",
    )


def b04():
    name = "b04_en_retake_list_student_ids.md"
    rng = R(name)
    rows = []
    for i in range(1, 6):
        rows.append(
            [
                i,
                f"{rng.choice([21, 22, 23])}B0{rng.randint(30, 39)}{rng.randint(100, 999)}",
                rng.choice(["6B06101-22-1", "CS-22-1"]),
                rng.choice(COURSES)[0],
                "22.09.2025",
                "09:00",
                "A-214",
            ]
        )
    out = [
        f"# {UNI_EN} — Retake exam admission, September 2025",
        "",
        md_table(["#", "Student ID", "Group", "Course", "Date", "Time", "Room"], rows),
        "",
        "Bring your student card. Retake fee per Order No. 112 of 2004.",
    ]
    emit(name, "\n".join(out), "student-id", "retake list with 'Student ID' values like 22B031457")


def b05():
    name = "b05_ru_zashchita_data_rozhdeniya.html"
    rows = [
        [
            "1",
            "Разработка системы электронного расписания университета",
            "6B06101",
            "15.06.2026",
            "9.00",
            "ауд. 305",
        ],
        [
            "2",
            "Мобильное приложение для бронирования аудиторий",
            "6B06102",
            "15.06.2026",
            "10.30",
            "ауд. 305",
        ],
        ["3", "Защита веб-приложений от SQL-инъекций", "6B06102", "16.06.2026", "9.00", "А-214"],
    ]
    body = [
        f"<h1>{UNI_RU}</h1>",
        "<h2>График защит, июнь 2026</h2>",
        html_table(["№", "Тема", "ОП", "Дата", "Время", "Ауд."], rows),
        "<p>Примечание к п. 3: защита обучающегося (дата рождения 14.02.2003, группа ВТ-21/2) "
        "перенесена на 17.06.2026, 14.00, ауд. А-214, в связи с академической разницей.</p>",
    ]
    emit(
        name,
        html_page("ru", "График защит", "\n".join(body)),
        "birth-date",
        "defence schedule note leaks a student's 'дата рождения 14.02.2003'",
    )


def b06():
    name = "b06_kk_qorgau_tugan_kuni.csv"
    rows = [
        ["№", "Тақырып", "ББ коды", "Күні", "Уақыты", "Аудитория", "Ескерту"],
        [1, DEFENCE_TOPICS_KK[0], "6B06101", "08.06.2026", "10:00", "ауд. 305", ""],
        [
            2,
            DEFENCE_TOPICS_KK[2],
            "6B06101",
            "08.06.2026",
            "11:30",
            "ауд. 305",
            "білім алушы 05.11.2002 ж.т., ИС-21-1к",
        ],
        [3, DEFENCE_TOPICS_KK[4], "6B06102", "09.06.2026", "10:00", "ауд. 305", ""],
    ]
    emit(
        name,
        to_csv(rows),
        "birth-date",
        "kk defence schedule with a student's birth date '05.11.2002 ж.т.' in the remarks column",
    )


def b07():
    name = "b07_en_office_hours_personal_gmail.md"
    out = [
        f"# {UNI_EN} — Department of Computer Science: office hours",
        "",
        md_table(
            ["Position", "Day", "Time", "Room", "Contact"],
            [
                ["Senior Lecturer (Databases)", "Tuesday", "14:00–15:00", "Room 305", "ext. 3052"],
                [
                    "Lecturer (Web)",
                    "Thursday",
                    "16:40–17:40",
                    "A-214",
                    "zh.nurlanova.teach@gmail.com",
                ],
                ["Teaching Assistant", "Friday", "10:30–11:50", "Lab 2-208", "ext. 3055"],
            ],
        ),
        "",
        f"Department office: ext. 3051, {LANDLINE_1}, kafedra.is@{UNI_DOMAIN}.",
    ]
    emit(
        name,
        "\n".join(out),
        "email",
        "consultation schedule lists a lecturer's personal gmail address (role mailbox also present)",
    )


def b08():
    name = "b08_ru_konsultacii_lichnaya_pochta.html"
    body = [
        f"<h1>{UNI_RU}</h1>",
        "<h2>Консультации перед экзаменами, декабрь 2025</h2>",
        html_table(
            ["Дисциплина", "Группа", "Дата", "Время", "Ауд.", "Связь"],
            [
                ["INF 2105", "ИС-21-1к", "19.12.2025", "14:00", "305", "вн. 3052"],
                ["MAT 1102", "ВТ-23/2", "20.12.2025", "10:00", "А-214", "d.seitkali83@mail.ru"],
                ["CSE 2301", "6B06101-22-1", "20.12.2025", "15:10", "1-415", "вн. 3054"],
            ],
        ),
        f"<p>Деканат: {LANDLINE_1}, dean.fit@{UNI_DOMAIN}.</p>",
    ]
    emit(
        name,
        html_page("ru", "Консультации", "\n".join(body)),
        "email",
        "pre-exam consultations table with a lecturer's private mail.ru address",
    )


def b09():
    name = "b09_kk_emtihanga_ruqsat_zhsn.csv"
    rng = R(name)
    rows = [["№", "ЖСН", "Топ", "Пән коды", "Күні", "Уақыты", "Аудитория", "Рұқсат"]]
    for i in range(1, 7):
        birth = dt.date(rng.choice([2003, 2004]), rng.randint(1, 12), rng.randint(1, 28))
        iin = make_iin(birth, rng.random() < 0.5, rng)
        rows.append(
            [
                i,
                iin,
                "ИС-21-1к",
                "INF 2105",
                "22.12.2025",
                "09:00",
                "ауд. 305",
                "иә" if i != 4 else "жоқ (қарыз)",
            ]
        )
    emit(
        name,
        to_csv(rows),
        "iin",
        "kk exam admission list with students' IINs (ЖСН column), valid check digits",
    )


def b10():
    name = "b10_ru_dopusk_k_ekzamenu_iin.json"
    rng = R(name)
    students = []
    for i in range(1, 5):
        birth = dt.date(
            rng.choice([2002, 2003, 2004, 2005]), rng.randint(1, 12), rng.randint(1, 28)
        )
        iin = make_iin(birth, rng.random() < 0.5, rng)
        students.append({"n": i, "iin": iin, "group": "ВТ-23/2", "admitted": True})
    doc = {
        "exam": {
            "course": "MAT 1102",
            "date": "22.12.2025",
            "time": "14:00",
            "room": "А-214",
            "slot": "221225140002",
        },
        "admission_list": students,
    }
    emit(
        name,
        json.dumps(doc, ensure_ascii=False, indent=2),
        "iin",
        "ru JSON exam admission list with IINs next to a non-IIN 12-digit slot code",
    )


def b11():
    name = "b11_ru_zhaloba_na_raspisanie.txt"
    out = [
        f"Обращение в деканат ФИТ ({UNI_RU})",
        "Дата поступления: 03.10.2025, вх. № 1187",
        "",
        "От: Жумабекова Гульнар Сериковна (родитель студента группы ИС-21-1к)",
        "",
        "Прошу пересмотреть расписание группы ИС-21-1к: в среду занятия идут с 8.30-9.50 до 15.00-16.20",
        "без окна на обед, а по пятницам пары INF 2105 и CSE 2301 стоят в разных корпусах",
        "(ауд. 305 и корпус 2, 3 этаж, ауд. 312) с перерывом 10 минут.",
        "",
        "Ответ деканата: вопрос рассмотрен 10.10.2025, расписание скорректировано с 6 недели.",
    ]
    emit(
        name,
        "\n".join(out),
        "person-name",
        "complaint about the schedule signed with a private person's full name with patronymic",
    )


def b12():
    name = "b12_kk_kesteqa_shagym.md"
    out = [
        f"# {UNI_KK}: өтініштер мен жауаптар",
        "",
        "**Өтініш беруші:** Серікбаев Нұрлан Қайратұлы, ВТ-23/1 тобы студентінің әкесі",
        "",
        "Сабақ кестесінде сенбі күні 09:00–10:20 уақытында PE 1001 мен KAZ 1101 бір уақытта қойылған "
        "(спорт кешені және ауд. 119). Түзетуді сұраймын.",
        "",
        "**Жауап (14.10.2025):** KAZ 1101 сабағы 7-аптадан бастап бейсенбі 12:10–13:30, ауд. 305-ке ауыстырылды.",
    ]
    emit(
        name,
        "\n".join(out),
        "person-name",
        "kk complaint page naming a private person with Kazakh patronymic (Қайратұлы)",
    )


def b13():
    name = "b13_ru_peresdacha_udostoverenie.csv"
    rng = R(name)
    rows = [["№", "Удостоверение личности №", "Группа", "Дисциплина", "Дата", "Время", "Ауд."]]
    for i in range(1, 5):
        num = f"0{rng.randint(40000000, 59999999)}"
        rows.append([i, num, "ВТ-23/2", "PHY 1201", "23.09.2025", "15:10", "2-208"])
    emit(
        name,
        to_csv(rows),
        "id-document",
        "retake list for external students identified by 9-digit ID-card numbers",
    )


def b14():
    name = "b14_en_exchange_exam_passport.md"
    out = [
        f"# {UNI_EN} — Exchange students: final exam seating",
        "",
        md_table(
            ["#", "Course", "Date", "Time", "Room", "Identification"],
            [
                [1, "ENG 1103", "05.01.2026", "15:00", "Room 119", "Passport N07345912"],
                [2, "INF 3302", "27.12.2025", "09:00", "Lab 2-208", "student card"],
            ],
        ),
        "",
        "Exchange students must present the document listed above.",
    ]
    emit(
        name,
        "\n".join(out),
        "id-document",
        "exam seating list with an exchange student's passport number N07345912",
    )


for _make in (
    a01,
    a02,
    a03,
    a04,
    a05,
    a06,
    a07,
    a08,
    a09,
    a10,
    a11,
    a12,
    a13,
    a14,
    a15,
    a16,
    a17,
    a18,
    a19,
    a20,
    a21,
    a22,
    a23,
    a24,
    a25,
    a26,
    a27,
    a28,
    b01,
    b02,
    b03,
    b04,
    b05,
    b06,
    b07,
    b08,
    b09,
    b10,
    b11,
    b12,
    b13,
    b14,
):
    _make()

MANIFEST: list[Entry] = [
    Entry(
        name,
        expect,
        "public" if expect is None else "personal datum",
        name.rsplit(".", 1)[-1],
        name.split("_")[1],
        "",
        why,
    )
    for name, _, expect, why in _WRITTEN
]

# The fictional university's own contacts, which its editor would allowlist: its offices'
# landlines and role mailboxes, as the public (a) files write them.
_OWN_TEXT = "".join(text for name, text, _, _ in _WRITTEN if name.startswith("a"))
UNIVERSITY_OWN = {
    "phones": sorted(set(re.findall(r"(?:\+7|8) \(7172\) \d{2}-\d{2}-\d{2}", _OWN_TEXT))),
    "emails": sorted(set(re.findall(r"[a-z][a-z.]*@altyndala\.edu\.kz", _OWN_TEXT))),
}


def build(folder: Path) -> list[Path]:
    """Write every file of the corpus into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, _, _ in _WRITTEN:
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    return paths
