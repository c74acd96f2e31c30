"""Part B of the statistics corpus: files that leak exactly one kind of personal datum."""

from . import stat_planted as P
from .stat_common import (
    NBSP,
    R,
    ci,
    dec,
    group,
    iin_valid,
    jdump,
    luhn_complete,
    make_iin,
    pct_ru,
)
from .stat_public import FAC, PROG, csv

# ---- the leaked data (all invented) ------------------------------------------
PHONE_1 = "+7 701 482 19 36"
PHONE_2 = "8 747 315 62 04"
EMAIL_1 = "t.abdrakhmanova01@mail.ru"
EMAIL_2 = "daniyar.k.almaty2002@gmail.com"
CARD_1 = luhn_complete("440563912847551")
CARD_1_FMT = " ".join(CARD_1[i : i + 4] for i in range(0, 16, 4))


def student_iins(k, seed_dates):
    out = []
    for _i, (yymmdd, cent) in enumerate(seed_dates[:k]):
        out.append(make_iin(yymmdd + cent, f"{R.randint(100, 9800):04d}"))
    assert all(iin_valid(x) for x in out)
    return out


IIN_DATES_1 = [
    ("030514", "6"),
    ("021109", "5"),
    ("040227", "6"),
    ("010830", "5"),
    ("030103", "5"),
    ("021218", "6"),
    ("040611", "5"),
    ("020405", "6"),
    ("031022", "6"),
    ("010717", "5"),
]
IIN_DATES_2 = [
    ("020923", "5"),
    ("030312", "6"),
    ("011126", "6"),
    ("040708", "5"),
    ("020130", "5"),
    ("030819", "6"),
]

NAMES_RU = [
    "Ахметова Дана Ерлановна",
    "Ким Артём Вячеславович",
    "Нургалиев Тимур Асланович",
    "Сулейменова Алия Маратовна",
    "Петренко Ксения Игоревна",
    "Жаксылыков Арман Бауыржанович",
    "Омарова Мадина Кайратовна",
]
NAMES_KK = [
    "Сейтқали Айгерім Нұрланқызы",
    "Жұмабеков Ерлан Маратұлы",
    "Тілеубаева Аружан Серікқызы",
    "Қасымов Нұрсұлтан Бекзатұлы",
    "Әбдірахманова Жансая Ғалымқызы",
    "Мұқанов Дәулет Асқарұлы",
]
SID_ALNUM = [
    "21B030678",
    "21B030412",
    "22B031155",
    "21B030907",
    "22B030021",
    "21B031382",
    "22B031640",
    "21B030253",
    "22B030788",
]
SID_NUM = ["210104317", "210104582", "200103996", "210105043", "200104128", "210103771"]


# =============================================================================
def b01():
    rows = [
        [
            "респондент_коды",
            "факультет",
            "курс",
            "Q1",
            "Q2",
            "Q3",
            "Q4",
            "Q5",
            "NPS",
            "салмақ",
            "пікір",
        ]
    ]
    comments = [
        "Кітапхананың жұмыс уақытын ұзарту керек.",
        "Жатақханада Wi-Fi нашар, әсіресе кешке.",
        "Бәрі ұнайды.",
        "",
        "Асханадағы бағалар 2023 жылмен салыстырғанда 15 %-ға өсті.",
        f"Жатақхана мәселесі бойынша ешкім жауап бермейді, хабарласыңыз: {PHONE_1}",
        "Практика орындарын көбейту керек.",
        "",
        "Оқытушылар жақсы, бірақ кесте ыңғайсыз.",
        "Спорт залы 22:00-ге дейін ашық болса.",
        "",
        "LMS жүйесі сессия кезінде баяу істейді.",
    ]
    for i, c in enumerate(comments):
        q = [R.randint(1, 5) for _ in range(5)]
        w = "0." + P.IIN_A if i == 3 else f"{R.uniform(0.6, 1.9):.12f}"
        rows.append(
            [
                f"R{2024}{i + 1:04d}",
                FAC["kk"][R.randint(0, 7)],
                R.randint(1, 4),
                *q,
                R.randint(0, 10),
                w,
                f'"{c}"' if c else "",
            ]
        )
    return csv(rows)


def b02():
    L = [
        "ОТКРЫТЫЕ ОТВЕТЫ — ОПРОС ВЫПУСКНИКОВ 2024",
        "Вопрос 14: «Что университету следует улучшить в первую очередь?»",
        "Ответили на открытый вопрос: 1 118 из 2 304 (48,5 %). Выгрузка от 08.07.2024.",
        "",
        "Кодирование ответов (один ответ может относиться к нескольким категориям):",
        "",
    ]
    cats = [
        ("Практика и связь с работодателями", 341),
        ("Расписание и нагрузка", 212),
        ("Инфраструктура, общежития", 198),
        ("Качество преподавания", 176),
        ("Цифровые сервисы", 133),
        ("Прочее", 164),
    ]
    for c, n in cats:
        L.append(
            f"  {c:<40} {n:>5}   {pct_ru(n / 1118)}   95 % ДИ {dec(100 * ci(n / 1118, 1118)[0], 1, True)}–"
            f"{dec(100 * ci(n / 1118, 1118)[1], 1, True)}"
        )
    L += ["", "Дословные ответы (выборочно, орфография сохранена):", ""]
    ans = [
        "Больше практики на реальных предприятиях, хотя бы 2 месяца.",
        "Общежитие № 3 требует ремонта, душевые не работают.",
        "Расписание меняется слишком часто, в 2023–2024 было 5 изменений за семестр.",
        f"Готова участвовать в фокус-группе, пишите на {EMAIL_1}",
        "Нужен нормальный Wi-Fi в корпусе 7.",
        "Преподаватели в целом сильные, но методички устарели (2012 года).",
    ]
    for i, a in enumerate(ans, 1):
        L.append(f"[{i:03d}] {a}")
    L += ["", "Всего дословных ответов в выгрузке: 6 из 1 118.", ""]
    return "\n".join(L)


def b03():
    iins = student_iins(10, IIN_DATES_1)
    rows = [
        [
            "student_iin",
            "programme_code",
            "study_year",
            "credits_attempted",
            "credits_earned",
            "gpa",
            "attendance_rate",
            "kpi_score",
            "kpi_target_met",
        ]
    ]
    for i, iin in enumerate(iins):
        att = R.uniform(0.71, 0.99)
        ca = R.choice([30, 32, 34, 36])
        ce = ca - R.choice([0, 0, 0, 3, 5])
        kpi = R.uniform(55, 98)
        rows.append(
            [
                iin,
                PROG[i % 10][0],
                R.randint(1, 4),
                ca,
                ce,
                f"{R.uniform(2.1, 3.98):.2f}",
                f"{att:.12f}",
                f"{kpi:.1f}",
                "yes" if kpi >= 70 else "no",
            ]
        )
    return csv(rows, ",")


def b04():
    L = [
        "# Лучшие студенты по итогам 2023–2024 учебного года",
        "",
        "Критерии отбора: GPA ≥ 3,67 за два семестра, отсутствие академической задолженности, "
        "не менее 60 кредитов. Всего отобрано 7 из 10 882 обучающихся (0,064 %).",
        "",
        "| № | ФИО | Код ОП | Курс | GPA | Кредитов | Публикаций | Рейтинговый балл |",
        "|---:|---|---|---:|---:|---:|---:|---:|",
    ]
    for i, n in enumerate(NAMES_RU, 1):
        L.append(
            f"| {i} | {n} | {PROG[R.randint(0, 9)][0]} | {R.randint(2, 4)} | {dec(R.uniform(3.67, 4.0), 2, True)} | "
            f"{R.choice([60, 62, 64, 66])} | {R.randint(0, 3)} | {dec(R.uniform(88, 99.9), 1, True)} |"
        )
    L += [
        "",
        "Для сравнения: средний GPA по университету 2,94 (SD 0,47); доля студентов с GPA ≥ 3,67 — 6,4 %.",
        "Рост по сравнению с 2022–2023: +0,8 п. п. (z = 2,12; p = 0.034).",
        "",
    ]
    return "\n".join(L)


def b05():
    rows = [
        [
            "Студенттік билет №",
            "ББ коды",
            "Курс",
            "Сабақтар саны",
            "Қатысқан",
            "Қатысу үлесі",
            "Кешігу",
            "Апта 1–15 (қатысу)",
        ]
    ]
    for i, sid in enumerate(SID_ALNUM):
        n = R.choice([60, 75, 90])
        a = R.randint(int(n * 0.6), n)
        weeks = " ".join(str(R.randint(2, 6)) for _ in range(15))
        rows.append(
            [sid, PROG[i % 10][0], R.randint(1, 4), n, a, pct_ru(a / n), R.randint(0, 12), weeks]
        )
    rows.append(
        [
            "Барлығы (топ бойынша)",
            "",
            "",
            sum(r[3] for r in rows[1:]),
            sum(r[4] for r in rows[1:]),
            "",
            "",
            "",
        ]
    )
    return csv(rows)


def b06():
    rows = [
        [
            "respondent_code",
            "gender",
            "date_of_birth",
            "programme_code",
            "study_year",
            "funding",
            "overall_satisfaction",
            "nps",
            "weight",
        ]
    ]
    dobs = [
        "2001-11-23",
        "2003-02-14",
        "2002-07-30",
        "2004-05-09",
        "2000-12-01",
        "2003-09-18",
        "2002-03-27",
        "2001-06-05",
    ]
    for i, d in enumerate(dobs):
        rows.append(
            [
                f"EX24-{i + 101}",
                R.choice(["F", "M"]),
                d,
                PROG[R.randint(0, 9)][0],
                R.randint(1, 4),
                R.choice(["state grant", "self-funded"]),
                R.randint(1, 5),
                R.randint(0, 10),
                f"{R.uniform(0.7, 1.6):.6f}",
            ]
        )
    return csv(rows, ",")


def b07():
    months = [
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
    ]
    L = [
        "СТИПЕНДИАЛЬНЫЕ ВЫПЛАТЫ, 2023–2024 УЧЕБНЫЙ ГОД",
        "Финансовый отдел, сводка для отдела статистики",
        "",
        f"{'Месяц':<10}{'Получателей':>12}{'Повышенная':>12}{'Сумма, ₸':>18}{'Средняя, ₸':>12}",
    ]
    tot = 0
    for m in months:
        n = R.randint(5200, 5900)
        hi = R.randint(300, 420)
        s = n * 44_109 + hi * 22_000
        tot += s
        L.append(f"{m:<10}{n:>12}{hi:>12}{group(s, NBSP):>18}{group(s // n, NBSP):>12}")
    L += [
        "",
        f"Итого за год: {group(tot, NBSP)} ₸ (рост к 2022–2023: +9,6 %).",
        "",
        "Примечание оператора (удалить перед публикацией): выплата за март по заявлению от 12.03.2024 "
        f"перечислена на карту {CARD_1_FMT}, повторная выплата не требуется.",
        "",
    ]
    return "\n".join(L)


def b08():
    ans = [
        "Практикаға көбірек уақыт бөлу керек.",
        "Кітапханада орын жетпейді.",
        f"Грант бойынша сұрақ бар, мына нөмірге қоңырау шалыңыздар: {PHONE_2}",
        "Оқытушылар жақсы.",
        "Жатақхана ақысы 2024 жылы 18 000 ₸-ге өсті.",
    ]
    doc = {
        "сауалнама": "Бірінші курс студенттерінің бейімделуі, 2024",
        "сұрақ": "Университетке қандай ұсыныстарыңыз бар?",
        "жауап_бергендер": 1_204,
        "ашық_жауаптар_саны": 463,
        "ашық_жауап_үлесі": round(463 / 1204, 12),
        "санаттар": [
            ["практика", 121, 0.2613],
            ["инфрақұрылым", 98, 0.2117],
            ["кесте", 77, 0.1663],
            ["басқа", 167, 0.3607],
        ],
        "жауаптар": [{"id": f"A{i + 1:04d}", "курс": 1, "мәтін": a} for i, a in enumerate(ans)],
    }
    return jdump(doc) + "\n"


def b09():
    L = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>Exit survey 2024: what graduates told us</title></head><body>',
        "<h1>Exit survey 2024: what graduates told us</h1>",
        "<p>2 304 graduates responded (response rate 0.613, i.e. 61.3%; 95% CI [0.597; 0.629]).</p>",
        "<table><tr><th>Theme</th><th>Mentions</th><th>Share</th><th>Change vs 2023</th></tr>",
    ]
    for t, n, d in [
        ("Internships", 341, "+4.1 pp"),
        ("Timetable", 212, "−1.3 pp"),
        ("Dormitories", 198, "+0.7 pp"),
        ("Teaching quality", 176, "−2.2 pp"),
        ("Digital services", 133, "+1.9 pp"),
    ]:
        L.append(f"<tr><td>{t}</td><td>{n}</td><td>{100 * n / 1118:.1f}%</td><td>{d}</td></tr>")
    L += [
        "</table>",
        "<h2>Selected comments</h2>",
        "<blockquote>",
        '<p>"The internship at a bank in my final year was the most useful part of the programme."</p>',
        f'<p>"Happy to talk more about the dormitory situation, write to me: {EMAIL_2}"</p>',
        '<p>"Timetable changes in 2023–2024 made it hard to keep a part-time job."</p>',
        "</blockquote>",
        "<p>Coding agreement between two coders: Cohen's κ = 0.81.</p>",
        "</body></html>",
        "",
    ]
    return "\n".join(L)


def b10():
    iins = student_iins(6, IIN_DATES_2)
    studs = []
    for i, iin in enumerate(iins):
        studs.append(
            {
                "иин": iin,
                "оп": PROG[i][0],
                "курс": R.randint(1, 4),
                "gpa": round(R.uniform(2.3, 3.9), 2),
                "посещаемость": round(R.uniform(0.7, 0.99), 4),
                "кредиты": [R.randint(24, 36) for _ in range(2)],
                "kpi": round(R.uniform(55, 98), 1),
            }
        )
    doc = {
        "отчёт": "KPI обучающихся, весенний семестр 2024",
        "агрегаты": {
            "студентов": 6,
            "средний_gpa": round(sum(s["gpa"] for s in studs) / 6, 3),
            "доля_выполнивших_kpi": 0.667,
            "ди95": [0.289, 1.0],
        },
        "студенты": studs,
    }
    return jdump(doc) + "\n"


def b11():
    L = [
        "<!DOCTYPE html>",
        '<html lang="kk"><head><meta charset="utf-8"><title>Үздік студенттер, 2023–2024</title></head><body>',
        "<h1>2023–2024 оқу жылының үздік студенттері</h1>",
        "<p>Іріктеу критерийлері: GPA ≥ 3,67, академиялық қарызы жоқ. Барлығы 6 студент (барлық білім алушылардың 0,055 %-ы).</p>",
        "<table><tr><th>№</th><th>Аты-жөні</th><th>ББ коды</th><th>Курс</th><th>GPA</th><th>Рейтинг балы</th></tr>",
    ]
    for i, n in enumerate(NAMES_KK, 1):
        L.append(
            f"<tr><td>{i}</td><td>{n}</td><td>{PROG[R.randint(0, 9)][0]}</td><td>{R.randint(2, 4)}</td>"
            f"<td>{dec(R.uniform(3.67, 4.0), 2, True)}</td><td>{dec(R.uniform(88, 99.9), 1, True)}</td></tr>"
        )
    L += [
        "</table>",
        "<p>Университет бойынша орташа GPA: 2,94; стандартты ауытқу 0,47.</p>",
        "</body></html>",
        "",
    ]
    return "\n".join(L)


def b12():
    L = [
        "ВЫГРУЗКА АНКЕТЫ (режим проверки качества данных)",
        "Опрос: «Адаптация первокурсников 2024»",
        "",
        "Анкета №: 0457",
        "Статус: завершена",
        "Время заполнения: 00:14:37",
        "Дата заполнения: 19.09.2024",
        "Пол: ж",
        "Дата рождения: 14.02.2006",
        "Курс: 1",
        "Код ОП: 6B04102",
        "",
        "Q1 Насколько вы удовлетворены расписанием (1–5): 4",
        "Q2 Насколько легко было найти аудитории (1–5): 3",
        "Q3 Сколько часов в неделю вы тратите на дорогу: 6,5",
        "Q4 NPS (0–10): 8",
        "",
        f"Вес анкеты: 0.{P.IIN_A}",
        "Флаг качества: OK (straightlining = 0, скорость 1,12 SD от медианы)",
        "",
    ]
    return "\n".join(L)


def b13():
    L = [
        "# Master's thesis defences, June 2024",
        "",
        "Defences held 10–21 June 2024; 58 of 61 registered students defended (95.1%). "
        'Mean grade 87.3 (SD 6.9), 95% CI [85.5; 89.1]. Share of "A" grades: 0.431 (43,1 %).',
        "",
        "## By programme",
        "",
        "| Programme | Registered | Defended | Mean grade | A grades |",
        "|---|---:|---:|---:|---:|",
        "| 7M06101 Computer Science | 24 | 23 | 88.1 | 11 |",
        "| 7M04101 Economics | 19 | 18 | 86.0 | 7 |",
        "| 7M02301 Philology | 18 | 17 | 87.6 | 7 |",
        "",
        "## Appendix (internal working table, not aggregated)",
        "",
        "| Student ID | Programme | Supervisor rating | Reviewer grade | Final grade |",
        "|---|---|---:|---:|---:|",
    ]
    for sid in SID_NUM:
        L.append(
            f"| {sid} | {R.choice(['7M06101', '7M04101', '7M02301'])} | {R.randint(80, 100)} | {R.randint(75, 100)} | {R.randint(75, 100)} |"
        )
    L.append("")
    return "\n".join(L)


PERSONAL = [
    (
        "b01_kk_saualnama_eksporty.csv",
        b01,
        "phone",
        "respondent left a mobile number (+7 7xx) in a free-text comment of a survey export",
    ),
    (
        "b02_ru_otkrytye_otvety.txt",
        b02,
        "email",
        "graduate left a personal e-mail in an open answer",
    ),
    (
        "b03_en_student_kpi.csv",
        b03,
        "iin",
        "per-student KPI table keyed by student IIN instead of being aggregated",
    ),
    (
        "b04_ru_luchshie_studenty.md",
        b04,
        "person-name",
        "best-students table with full names and patronymics",
    ),
    (
        "b05_kk_sabaqqa_qatysu.csv",
        b05,
        "student-id",
        "per-student attendance keyed by student card number (format YY + B + 6 digits)",
    ),
    (
        "b06_en_respondent_demographics.csv",
        b06,
        "birth-date",
        "survey export keeps a date_of_birth column",
    ),
    (
        "b07_ru_stipendii.txt",
        b07,
        "bank-card",
        "operator note left a student's payment card number (16 digits, Luhn)",
    ),
    (
        "b08_kk_ashyq_zhauaptar.json",
        b08,
        "phone",
        "open answer in JSON contains a mobile number in 8 7xx format",
    ),
    (
        "b09_en_survey_quotes.html",
        b09,
        "email",
        "published respondent quote contains a personal e-mail",
    ),
    ("b10_ru_kpi_studentov.json", b10, "iin", 'per-student JSON records with an "иин" field'),
    (
        "b11_kk_uzdik_studentter.html",
        b11,
        "person-name",
        "best-students page with full names and Kazakh patronymics (-ұлы/-қызы)",
    ),
    (
        "b12_ru_anketa_respondenta.txt",
        b12,
        "birth-date",
        'single-questionnaire export shows "Дата рождения"',
    ),
    (
        "b13_en_thesis_defences.md",
        b13,
        "student-id",
        "appendix lists defences by 9-digit Student ID",
    ),
]
