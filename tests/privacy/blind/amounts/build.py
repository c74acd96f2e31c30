"""Amounts of money beside identifiers: a blind corpus for the personal-data gate (amounts).

Written by an author who had not read the gate's code: finance, admissions and
procurement files in kk, ru and en whose amounts have an identifier's shape (eleven digits
beginning 87 or 77 followed by a mobile code, twelve that pass an IIN's check digit with a
real date, two neighbouring eight-digit amounts whose join passes Luhn, a year and an
amount, two fees), which must pass; and files with one identifier beside money words,
which must be reported. Deterministic (one seeded generator); the files are made at import
and written by build().
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
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


# ---------------------------------------------------------------- check digits

W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}
TODAY = date(2025, 12, 31)


def iin_check(d11):
    """Check digit for 11 leading digits, or None if the number can't be valid."""
    s = sum(a * b for a, b in zip(W1, d11, strict=False)) % 11
    if s == 10:
        s = sum(a * b for a, b in zip(W2, d11, strict=False)) % 11
        if s == 10:
            return None
    return s


def iin_valid(s, require_past=True):
    """12 digits, valid YYMMDD for the century digit (1-6), correct check digit."""
    if len(s) != 12 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    c = d[6]
    if c not in CENTURY:
        return False
    try:
        born = date(CENTURY[c] + int(s[:2]), int(s[2:4]), int(s[4:6]))
    except ValueError:
        return False
    if require_past and born > TODAY:
        return False
    chk = iin_check(d[:11])
    return chk is not None and chk == d[11]


def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(s)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix15):
    for k in range(10):
        if luhn_ok(prefix15 + str(k)):
            return prefix15 + str(k)
    raise AssertionError


MOBILE_CODES = ["700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778"]


def phone_like11(s):
    """11 digits that read as 8 7xx ... or 7 7xx ... (a KZ mobile without + / with 8)."""
    return len(s) == 11 and s.isdigit() and s[0] in "87" and s[1:4] in MOBILE_CODES


R = random.Random(20251128)
NB = "\u00a0"  # no-break space
NNB = "\u202f"  # narrow no-break space
_WRITTEN: list[tuple[str, str, str | None, str]] = []
STATS: dict[str, int] = {}  # generator-side counts


def bump(key, n=1):
    STATS[key] = STATS.get(key, 0) + n


def write(name, text, expect, why):
    _WRITTEN.append((name, text, expect, why))


def grp(n, sep=" "):
    s = str(n)
    if not sep:
        return s
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


# ---------------------------------------------------------------- dangerous amount makers
def luhn_pair(dangerous, lead=None):
    """Two 8-digit amounts (plan, fact); concatenation passes Luhn iff dangerous."""
    lead = lead or R.choice("123456789")
    lo = max(int(lead) * 10_000_000, 12_000_000)
    hi = int(lead) * 10_000_000 + 9_999_999
    plan = R.randint(lo, hi) // 1000 * 1000
    fact = int(plan * R.uniform(0.87, 1.0))
    fact = max(fact, 10_000_010)
    base = fact - fact % 10
    ks = [k for k in range(10) if luhn_ok(f"{plan}{base + k}") == dangerous]
    fact = base + R.choice(ks)
    assert len(str(plan)) == 8 and len(str(fact)) == 8
    assert luhn_ok(f"{plan}{fact}") == dangerous
    if dangerous:
        bump("luhn_pair")
    return plan, fact


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    return y, R.randint(1, 12), R.randint(1, 28)


def iin_from(yy, mm, dd, c):
    while True:
        head = f"{yy:02d}{mm:02d}{dd:02d}{c}{R.randint(0, 9999):04d}"
        chk = iin_check([int(x) for x in head])
        if chk is not None:
            s = head + str(chk)
            assert iin_valid(s), s
            return s


def person_iin(y0=1960, y1=2007, sex=None):
    """Century/sex digit: 3/5 male, 4/6 female (1900s/2000s)."""
    y, m, d = rand_date(y0, y1)
    sex = sex or R.choice("mf")
    c = (3 if y < 2000 else 5) + (1 if sex == "f" else 0)
    return iin_from(y % 100, m, d, c)


def iin_amount12():
    """12-digit amount (no leading zero) that is a valid IIN."""
    if R.random() < 0.25:
        y, m, d = rand_date(2010, 2019)
        c = R.choice([5, 6])
    else:
        y, m, d = rand_date(1935, 1999)
        c = R.choice([3, 4])
    n = int(iin_from(y % 100, m, d, c))
    bump("iin12_amount")
    return n


def plain_amount12():
    while True:
        n = R.randint(100_000_000_000, 999_999_999_999)
        if not iin_valid(str(n), require_past=False):
            return n


def phone_amount11():
    s = R.choice("87") + R.choice(MOBILE_CODES) + f"{R.randint(0, 9999999):07d}"
    bump("phone11_amount")
    return int(s)


def plain_amount11():
    return R.randint(10_000_000_000, 69_999_999_999)  # starts 1..6: not 87/77


def year_iin_amount(year):
    """8-digit amount A such that str(year)+str(A) is a valid IIN (year 2001..2012)."""
    assert 2001 <= year <= 2012
    while True:
        dd = R.randint(10, 28)
        c = R.choice([3, 4, 5, 6])
        head = f"{year}{dd}{c}{R.randint(0, 9999):04d}"
        chk = iin_check([int(x) for x in head])
        if chk is not None and iin_valid(head + str(chk)):
            bump("year_amount_iin")
            return int(head[4:] + str(chk))


def plain_amount8_after_year(year, lo=10_000_000, hi=39_999_999):
    while True:
        n = R.randint(lo, hi)
        if not iin_valid(f"{year}{n}", require_past=False):
            return n


def fee_pair_iin():
    """Two 6-digit fees (f1, f2) whose concatenation is a valid IIN."""
    while True:
        y, m, d = rand_date(1950, 1999)
        c = R.choice([3, 4])
        head = f"{y % 100:02d}{m:02d}{d:02d}{c}{R.randint(0, 9999):04d}"
        chk = iin_check([int(x) for x in head])
        if chk is not None:
            s = head + str(chk)
            if iin_valid(s):
                bump("fee_pair_iin")
                return int(s[:6]), int(s[6:])


def fee_pair_plain():
    while True:
        f1 = R.randint(55, 99) * 10_000 + R.choice([0, 5000])
        f2 = int(f1 * R.uniform(0.45, 0.6)) // 1000 * 1000
        if not iin_valid(f"{f1}{f2}", require_past=False):
            return f1, f2


# ---------------------------------------------------------------- vocabularies
EXP_RU = [
    "Оплата труда",
    "Социальный налог",
    "Социальные отчисления",
    "Коммунальные услуги",
    "Командировочные расходы",
    "Приобретение оборудования",
    "Текущий ремонт зданий",
    "Пополнение библиотечного фонда",
    "Стипендии",
    "Научные исследования",
    "Услуги связи",
    "Транспортные расходы",
    "Повышение квалификации ППС",
    "Содержание общежитий",
    "Сопровождение информационных систем",
    "Услуги охраны",
    "Клининговые услуги",
    "Лабораторные материалы",
    "Канцелярские товары",
    "Страхование имущества",
]
EXP_KK = [
    "Еңбекақы төлеу",
    "Әлеуметтік салық",
    "Әлеуметтік аударымдар",
    "Коммуналдық қызметтер",
    "Іссапар шығыстары",
    "Жабдықтар сатып алу",
    "Ғимараттарды ағымдағы жөндеу",
    "Кітапхана қорын толықтыру",
    "Стипендиялар",
    "Ғылыми зерттеулер",
    "Байланыс қызметтері",
    "Көлік шығыстары",
    "ПОҚ біліктілігін арттыру",
    "Жатақханаларды күтіп-ұстау",
    "Ақпараттық жүйелерді сүйемелдеу",
    "Күзет қызметтері",
    "Тазалау қызметтері",
    "Зертханалық материалдар",
    "Кеңсе тауарлары",
    "Мүлікті сақтандыру",
]
EXP_EN = [
    "Salaries",
    "Social tax",
    "Social contributions",
    "Utilities",
    "Travel",
    "Equipment",
    "Building maintenance",
    "Library acquisitions",
    "Scholarships",
    "Research",
    "Telecommunications",
    "Transport",
    "Staff development",
    "Dormitory upkeep",
    "IT systems support",
    "Security services",
    "Cleaning services",
    "Laboratory supplies",
    "Office supplies",
    "Property insurance",
]
FAC_RU = [
    "Факультет физики и техники",
    "Факультет химии",
    "Юридический факультет",
    "Факультет экономики",
    "Факультет филологии",
    "Факультет истории",
    "Медицинский факультет",
    "Факультет информационных технологий",
    "Факультет журналистики",
    "Педагогический факультет",
]
FAC_KK = [
    "Физика-техникалық факультеті",
    "Химия факультеті",
    "Заң факультеті",
    "Экономика факультеті",
    "Филология факультеті",
    "Тарих факультеті",
    "Медицина факультеті",
    "Ақпараттық технологиялар факультеті",
    "Журналистика факультеті",
    "Педагогика факультеті",
]
DEPT_EN = [
    "Department of Physics",
    "Department of Chemistry",
    "School of Law",
    "School of Economics",
    "Department of Philology",
    "Department of History",
    "School of Medicine",
    "School of IT and Engineering",
    "Department of Journalism",
    "School of Education",
    "Department of Mathematics",
    "Department of Biology",
]
PROG = [
    ("Педагогика и психология", "Педагогика және психология", "Pedagogy and Psychology"),
    ("Математика", "Математика", "Mathematics"),
    ("Физика", "Физика", "Physics"),
    ("Химия", "Химия", "Chemistry"),
    ("Биология", "Биология", "Biology"),
    ("История", "Тарих", "History"),
    ("Филология", "Филология", "Philology"),
    ("Иностранный язык: два иностранных языка", "Шетел тілі: екі шетел тілі", "Foreign Languages"),
    ("Переводческое дело", "Аударма ісі", "Translation Studies"),
    ("Журналистика", "Журналистика", "Journalism"),
    ("Юриспруденция", "Құқықтану", "Law"),
    ("Международное право", "Халықаралық құқық", "International Law"),
    ("Экономика", "Экономика", "Economics"),
    ("Финансы", "Қаржы", "Finance"),
    ("Учёт и аудит", "Есеп және аудит", "Accounting and Audit"),
    ("Менеджмент", "Менеджмент", "Management"),
    ("Маркетинг", "Маркетинг", "Marketing"),
    ("Информационные системы", "Ақпараттық жүйелер", "Information Systems"),
    ("Вычислительная техника и ПО", "Есептеу техникасы және БҚ", "Computer Engineering"),
    ("Кибербезопасность", "Киберқауіпсіздік", "Cybersecurity"),
    ("Электроэнергетика", "Электр энергетикасы", "Electrical Power Engineering"),
    ("Строительство", "Құрылыс", "Civil Engineering"),
    ("Архитектура", "Сәулет", "Architecture"),
    ("Экология", "Экология", "Ecology"),
    ("География", "География", "Geography"),
    ("Туризм", "Туризм", "Tourism"),
    ("Социология", "Әлеуметтану", "Sociology"),
    ("Психология", "Психология", "Psychology"),
    ("Общая медицина", "Жалпы медицина", "General Medicine"),
    ("Стоматология", "Стоматология", "Dentistry"),
    ("Фармация", "Фармация", "Pharmacy"),
    ("Сестринское дело", "Мейіргер ісі", "Nursing"),
    ("Музыкальное образование", "Музыкалық білім", "Music Education"),
    ("Физическая культура и спорт", "Дене шынықтыру және спорт", "Physical Education and Sport"),
    ("Агрономия", "Агрономия", "Agronomy"),
    ("Ветеринарная медицина", "Ветеринариялық медицина", "Veterinary Medicine"),
]
LEVELS = [
    ("Бакалавриат", "Бакалавриат", "Bachelor", "6B"),
    ("Магистратура", "Магистратура", "Master", "7M"),
    ("Докторантура", "Докторантура", "PhD", "8D"),
]
PROC_RU = [
    "Ноутбук",
    "Проектор мультимедийный",
    "Многофункциональное устройство",
    "Сервер",
    "Коммутатор сетевой",
    "Интерактивная панель",
    "Стол ученический",
    "Стул офисный",
    "Шкаф лабораторный",
    "Микроскоп",
    "Спектрофотометр",
    "Бумага А4",
    "Картридж",
    "Электроэнергия",
    "Теплоэнергия",
    "Водоснабжение",
    "Услуги охраны",
    "Услуги уборки",
    "Текущий ремонт аудиторий",
    "Капитальный ремонт кровли",
    "Лицензии ПО",
    "Подписка на базы данных",
    "Учебная литература",
    "Спецодежда",
    "Горюче-смазочные материалы",
    "Медикаменты для медпункта",
    "Питание в столовой",
    "Вывоз ТБО",
    "Услуги интернета",
    "Техническое обслуживание лифтов",
]
PROC_EN = [
    "Laptops",
    "Multimedia projectors",
    "Multifunction printers",
    "Servers",
    "Network switches",
    "Interactive panels",
    "Student desks",
    "Office chairs",
    "Fume hoods",
    "Microscopes",
    "Spectrophotometer",
    "A4 paper",
    "Toner cartridges",
    "Electricity supply",
    "Heat supply",
    "Water supply",
    "Security services",
    "Cleaning services",
    "Classroom refurbishment",
    "Roof repair",
    "Software licences",
    "Database subscriptions",
    "Textbooks",
    "Workwear",
    "Fuel and lubricants",
    "Medical supplies",
    "Canteen catering",
    "Waste removal",
    "Internet access",
    "Elevator maintenance",
]
PROC_KK = [
    "Ноутбук",
    "Мультимедиялық проектор",
    "Көпфункционалды құрылғы",
    "Сервер",
    "Желілік коммутатор",
    "Интерактивті панель",
    "Оқушы үстелі",
    "Кеңсе орындығы",
    "Зертханалық шкаф",
    "Микроскоп",
    "Спектрофотометр",
    "А4 қағазы",
    "Картридж",
    "Электр энергиясы",
    "Жылу энергиясы",
    "Сумен жабдықтау",
    "Күзет қызметі",
    "Тазалау қызметі",
    "Аудиторияларды жөндеу",
    "Шатырды күрделі жөндеу",
    "БҚ лицензиялары",
    "Деректер қорына жазылу",
    "Оқу әдебиеті",
    "Арнайы киім",
    "Жанар-жағармай",
    "Медпунктке дәрі-дәрмек",
    "Асхана тағамы",
    "Қоқыс шығару",
    "Интернет қызметі",
    "Лифттерге техникалық қызмет көрсету",
]
METHOD_RU = [
    "Открытый конкурс",
    "Запрос ценовых предложений",
    "Из одного источника",
    "Электронный магазин",
]
METHOD_EN = ["Open tender", "Request for quotations", "Single source", "E-shop"]
DORMS = [
    "Жатақхана №1",
    "Жатақхана №2",
    "Жатақхана №3",
    "Жатақхана №4",
    "Жатақхана №5",
    "«Болашақ» студенттер үйі",
    "«Жастар» студенттер үйі",
    "Магистранттар үйі",
    "Шағын отбасылық үй",
    "Қонақ үй-жатақхана",
]
SOURCES_KK = [
    "Республикалық бюджет (мемлекеттік тапсырыс)",
    "Ақылы білім беру қызметтері",
    "Ғылыми гранттар",
    "Бағдарламалық-нысаналы қаржыландыру",
    "Жатақхана қызметтері",
    "Демеушілік және эндаумент",
]
SOURCES_EN = ["state_order", "tuition_fees", "research_grants", "other_services"]
REGIONS = [
    "Abai",
    "Akmola",
    "Aktobe",
    "Almaty Region",
    "Atyrau",
    "West Kazakhstan",
    "Zhambyl",
    "Zhetysu",
    "Karaganda",
    "Kostanay",
    "Kyzylorda",
    "Mangystau",
    "Pavlodar",
    "North Kazakhstan",
    "Turkistan",
    "Ulytau",
    "East Kazakhstan",
    "Astana city",
    "Almaty city",
    "Shymkent city",
]
HTML_HEAD = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:2px 6px}}td.num{{text-align:right}}</style>
</head>
<body>
"""


def pct(a, b, dec=","):
    return f"{a / b * 100:.1f}".replace(".", dec)


# ====================================================================== PART A
def a01():
    rows = ["faculty_code,expense_item,plan_kzt,fact_kzt,execution_pct"]
    for fi in range(10):
        for item in EXP_RU:
            p, f = luhn_pair(R.random() < 0.6)
            rows.append(f"F{fi + 1:02d},{item},{p},{f},{f / p * 100:.1f}")
    write(
        "a01_budget_plan_fact_2025_faculties.csv",
        "\n".join(rows) + "\n",
        None,
        "comma CSV, snake_case; adjacent 8-digit plan/fact amounts, ~60% of pairs concatenate to a Luhn-valid 16-digit number",
    )


def a02():
    rows = ["Бюджеттік бағдарлама;Шығыс бабы;Жоспар, теңге;Нақты, теңге;Орындалуы, %"]
    for prog in [
        "001 Жоғары білімі бар кадрларды даярлау",
        "002 Ғылыми зерттеулер",
        "003 Ақылы қызметтер",
        "004 Жатақханаларды күтіп-ұстау",
        "005 Материалдық-техникалық база",
        "006 Студенттерді қолдау",
    ]:
        for item in EXP_KK:
            p, f = luhn_pair(R.random() < 0.6, lead=R.choice("45"))
            rows.append(f"{prog};{item};{grp(p)};{grp(f)};{pct(f, p)}")
    write(
        "a02_kk_budget_plan_actual_2024.csv",
        "\r\n".join(rows) + "\r\n",
        None,
        "semicolon CSV, Kazakh headers, space-grouped 8-digit plan/actual in теңге; Luhn-valid concatenations starting 4/5",
    )


def a03():
    out = [
        HTML_HEAD.format(lang="ru", title="Исполнение бюджета университета за 2025 год"),
        "<h1>Исполнение плана финансирования за 2025 год</h1>",
        "<p>Суммы указаны в тенге. Источник: отчёт бухгалтерии, форма 4-20.</p>",
        "<table>",
        "<thead><tr><th>Код</th><th>Статья расходов</th><th>План, тенге</th>"
        "<th>Факт, тенге</th><th>Отклонение, тенге</th><th>%</th></tr></thead>",
        "<tbody>",
    ]
    tp = tf = 0
    for i in range(100):
        item = EXP_RU[i % 20] + ("" if i < 20 else f" (подразделение {i // 20 + 1})")
        p, f = luhn_pair(R.random() < 0.6)
        tp += p
        tf += f
        out.append(
            f'<tr><td>{100 + i}</td><td>{item}</td><td class="num">{grp(p, "&nbsp;")}</td>'
            f'<td class="num">{grp(f, "&nbsp;")}</td><td class="num">{grp(p - f, "&nbsp;")}</td>'
            f"<td>{pct(f, p)}</td></tr>"
        )
    out.append(
        f"<tr><th></th><th>Итого</th><th>{grp(tp, '&nbsp;')}</th><th>{grp(tf, '&nbsp;')}</th>"
        f"<th>{grp(tp - tf, '&nbsp;')}</th><th>{pct(tf, tp)}</th></tr>"
    )
    out += [
        "</tbody>",
        "</table>",
        "<p>Исполнение составило " + pct(tf, tp) + "% от утверждённого плана.</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "a03_ru_budget_execution_2025.html",
        "\n".join(out),
        None,
        "HTML table, &nbsp; thousands separators, adjacent plan/fact 8-digit tenge amounts (Luhn-valid pairs)",
    )


def a04():
    out = [
        "# Budget by department, FY2025",
        "",
        "All figures in KZT. Thousands separated by a narrow space.",
        "",
        "| Department | Budget line | Approved (KZT) | Spent (KZT) | Spent, % |",
        "|---|---|---:|---:|---:|",
    ]
    for d in DEPT_EN[:8]:
        for item in EXP_EN[:10]:
            p, f = luhn_pair(R.random() < 0.6, lead=R.choice("3456"))
            out.append(f"| {d} | {item} | {grp(p, NNB)} | {grp(f, NNB)} | {f / p * 100:.1f} |")
    out.append("")
    write(
        "a04_en_budget_by_department.md",
        "\n".join(out),
        None,
        "Markdown table, narrow-nbsp separators, KZT; adjacent 8-digit approved/spent amounts, many Luhn-valid pairs",
    )


def a05():
    rows = ["year,funding_source,income_kzt,expenditure_kzt"]
    for year in range(2001, 2026):
        for src in SOURCES_EN:
            r = R.random()
            inc = (
                phone_amount11()
                if r < 0.35
                else (iin_amount12() if r < 0.6 else R.randint(1_000_000_000, 9_999_999_999))
            )
            r = R.random()
            exp = (
                phone_amount11()
                if r < 0.3
                else (plain_amount11() if r < 0.6 else R.randint(1_000_000_000, 9_999_999_999))
            )
            rows.append(f"{year},{src},{inc},{exp}")
    write(
        "a05_income_expenditure_by_year_source.csv",
        "\n".join(rows) + "\n",
        None,
        "comma CSV; year column next to 10-12 digit income/expenditure; 11-digit amounts starting 87/77 and IIN-valid 12-digit amounts",
    )


def amount_phrase_kk(n, case=""):
    """Amount + currency; case is the Kazakh case ending for 'теңге' ('' nominative, 'ні', 'ге')."""
    num = R.choice([grp(n), grp(n, NB), str(n), grp(n, NNB)])
    if case:
        return f"{num} теңге{case}"
    return num + R.choice([" теңге", " ₸", NB + "₸", " тг"])


def a06():
    tmpl = [
        ("Университеттің {y} жылғы кірісі {a} құрады.", "ні"),
        ("{y} жылы мемлекеттік білім беру тапсырысы бойынша {a} бөлінді.", ""),
        ("Ғылыми жобаларды қаржыландырудың жиынтық көлемі {y} жылы {a} болды.", ""),
        ("{y} жылғы шығыстардың жалпы сомасы {a} жетті.", "ге"),
        ("Ақылы білім беру қызметтерінен {y} жылы {a} түсті.", ""),
        ("{y} жылы материалдық-техникалық базаны нығайтуға {a} жұмсалды.", ""),
        ("Эндаумент-қордың {y} жылдың соңындағы активтері {a} бағаланды.", "ге"),
        ("Жатақханалар құрылысына {y} жылы {a} көлемінде инвестиция тартылды.", ""),
    ]
    out = [
        HTML_HEAD.format(lang="kk", title="Жылдық есеп: қаржылық көрсеткіштер"),
        "<h1>Университеттің жылдық есебі</h1>",
        "<h2>Қаржылық көрсеткіштер (2001–2025)</h2>",
        "<p>Университеттің 2025 жылғы кірісі 87 071 540 123 теңгені құрады.</p>",
    ]
    bump("phone11_amount")
    for i in range(64):
        y = R.randint(2001, 2025)
        r = R.random()
        n = (
            phone_amount11()
            if r < 0.4
            else (iin_amount12() if r < 0.7 else R.randint(1_000_000_000, 69_999_999_999))
        )
        t, case = tmpl[i % len(tmpl)]
        out.append("<p>" + t.format(y=y, a=amount_phrase_kk(n, case)) + "</p>")
    out += [
        "<p>Барлық сомалар Қазақстан Республикасы Қаржы министрлігінің есеп беру нысандарына сәйкес көрсетілген.</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "a06_kk_annual_report_income.html",
        "\n".join(out),
        None,
        "Kazakh prose, 65 sentences with 11-digit amounts starting 87/77 (e.g. 87 071 540 123 теңге) and IIN-valid 12-digit amounts",
    )


def a07():
    tmpl = [
        "Доходы университета за {y} год составили {a}.",
        "В {y} году из республиканского бюджета поступило {a}.",
        "Расходы на оплату труда в {y} году — {a}.",
        "Объём привлечённых средств по договорам с предприятиями в {y} году достиг {a}.",
        "На капитальное строительство в {y} году направлено {a}.",
        "Остаток денежных средств на конец {y} года: {a}.",
        "Поступления от платных образовательных услуг за {y} год — {a}.",
        "Совокупные активы университета на 31 декабря {y} года оцениваются в {a}.",
    ]
    out = ["ФИНАНСОВЫЙ ОТЧЁТ УНИВЕРСИТЕТА (пояснительная записка)", "=" * 52, ""]
    for i in range(70):
        y = R.randint(2001, 2025)
        r = R.random()
        if r < 0.38:
            n = phone_amount11()
        elif r < 0.62:
            n = iin_amount12()
        else:
            n = None
        if n is None:
            m = R.randint(1_000, 69_999)
            a = R.choice(
                [
                    f"{grp(m)},{R.randint(0, 9)} млн тенге",
                    f"{grp(m * 1000 + R.randint(0, 999))} тыс. тенге",
                ]
            )
        else:
            a = R.choice(
                [
                    f"{grp(n)} тенге",
                    f"{grp(n)} тг",
                    f"{n} тенге",
                    f"{grp(n, NB)}{NB}тг",
                    f"{grp(n)},00 тенге",
                    f"{grp(n // 1_000_000)} млн тенге ({grp(n)} тенге)",
                ]
            )
        out.append(tmpl[i % len(tmpl)].format(y=y, a=a))
        if i % 7 == 6:
            out.append("")
    out += ["", "Главный бухгалтер                       (подпись)", ""]
    write(
        "a07_ru_financial_report_prose.txt",
        "\n".join(out),
        None,
        "Russian prose; 11-digit amounts beginning 87/77 and IIN-valid 12-digit amounts with тенге/тг/млн тенге",
    )


def a08():
    rows = [
        "№ лота;Наименование закупки;Способ закупки;Ед. изм.;Кол-во;Выделенная сумма, тг;Сумма договора, тг;Экономия, тг"
    ]
    for i in range(200):
        name = PROC_RU[i % len(PROC_RU)]
        p, f = luhn_pair(R.random() < 0.6)
        rows.append(
            f"2025-{i + 1:03d};{name};{R.choice(METHOD_RU)};{R.choice(['шт.', 'услуга', 'комплект', 'кВт·ч', 'м³'])};"
            f"{R.randint(1, 400)};{p};{f};{p - f}"
        )
    write(
        "a08_ru_procurement_plan_2025.csv",
        "\n".join(rows) + "\n",
        None,
        "semicolon CSV procurement plan; allocated/contract 8-digit amounts in adjacent columns, ~60% Luhn-valid concatenations",
    )


def a09():
    out = [
        HTML_HEAD.format(lang="en", title="Procurement contracts 2025"),
        "<h1>Annual procurement report — contracts awarded in 2025</h1>",
        "<p>Amounts in tenge (KZT), VAT included.</p>",
        "<table>",
        "<tr><th>Lot</th><th>Item</th><th>Method</th><th>Planned amount (KZT)</th><th>Contract amount (KZT)</th><th>Savings, %</th></tr>",
    ]
    for i in range(150):
        p, f = luhn_pair(R.random() < 0.6, lead=R.choice("2345"))
        out.append(
            f"<tr><td>L-{i + 1:03d}</td><td>{PROC_EN[i % len(PROC_EN)]}</td><td>{R.choice(METHOD_EN)}</td>"
            f"<td>{grp(p, ',')}</td><td>{grp(f, ',')}</td><td>{(p - f) / p * 100:.1f}%</td></tr>"
        )
    out += ["</table>", "</body>", "</html>", ""]
    write(
        "a09_en_procurement_contracts.html",
        "\n".join(out),
        None,
        "English HTML table, comma thousands separators; adjacent planned/contract 8-digit amounts (Luhn-valid pairs)",
    )


def a10():
    out = [
        "## Ірі сатып алулар тізімі (шарт сомасы тиынмен)",
        "",
        "Бухгалтерлік жүйеден экспорт: сомалар **тиынмен** берілген (1 теңге = 100 тиын).",
        "",
        "| № | Сатып алу атауы | Сомасы, тиын | Сомасы, млн теңге |",
        "|---|---|---:|---:|",
    ]
    for i in range(60):
        n = iin_amount12() if R.random() < 0.65 else plain_amount12()
        out.append(
            f"| {i + 1} | {PROC_KK[i % len(PROC_KK)]} (лот {i + 1}) | {n} | {n / 1e8:,.1f}".replace(
                ",", " "
            ).replace(".", ",")
            + " |"
        )
    out.append("")
    write(
        "a10_kk_procurement_tiyn.md",
        "\n".join(out),
        None,
        "Kazakh Markdown; contract sums as 12-digit tiyn amounts, most of them IIN-valid with plausible birth dates",
    )


def a11():
    rows = [
        "Код ОП;Образовательная программа;Уровень;Очная форма, тенге в год;Заочная (дистанционная) форма, тенге в год"
    ]
    for lvl in LEVELS:
        for j, p in enumerate(PROG):
            f1, f2 = fee_pair_iin() if R.random() < 0.6 else fee_pair_plain()
            rows.append(f"{lvl[3]}{j + 1:02d}1{j % 10:02d};{p[0]};{lvl[0]};{f1};{f2}")
    write(
        "a11_ru_tuition_fees_2025_2026.csv",
        "\n".join(rows) + "\n",
        None,
        "semicolon CSV tuition fees; two adjacent 6-digit fee columns whose 12-digit concatenation is often a valid IIN",
    )


def a12():
    out = [
        HTML_HEAD.format(lang="kk", title="Оқу ақысы 2025-2026"),
        "<h1>2025–2026 оқу жылына арналған оқу ақысы</h1>",
        "<p>Оқу ақысы бір оқу жылына теңгемен көрсетілген.</p>",
        "<table>",
        "<tr><th>Білім беру бағдарламасы</th><th>Деңгейі</th><th>Күндізгі, теңге</th><th>Сырттай, теңге</th></tr>",
    ]
    for lvl in LEVELS:
        for p in PROG[:34]:
            if p[2] in ("General Medicine", "Dentistry") and lvl[3] == "6B":
                f1 = R.randint(180, 260) * 10_000
                out.append(
                    f"<tr><td>{p[1]}</td><td>{lvl[1]}</td><td>{grp(f1, NB)} ₸</td><td>—</td></tr>"
                )
                continue
            f1, f2 = fee_pair_iin() if R.random() < 0.6 else fee_pair_plain()
            out.append(
                f"<tr><td>{p[1]}</td><td>{lvl[1]}</td><td>{grp(f1, NB)} ₸</td><td>{grp(f2, NB)} ₸</td></tr>"
            )
    out += [
        "</table>",
        "<p>Төлем екі бөлікпен жүргізілуі мүмкін: қыркүйекте және қаңтарда.</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "a12_kk_tuition_fees.html",
        "\n".join(out),
        None,
        "Kazakh HTML fee table with nbsp separators and ₸; adjacent 6-digit fee cells concatenate to valid IINs",
    )


def a13():
    out = [
        "# Tuition fees 2025/26 (bachelor and master programmes)",
        "",
        "Fees in tenge. Semester fee includes the instalment surcharge.",
        "",
        "| Programme | Level | Annual fee, tenge | Semester fee, tenge | Places |",
        "|---|---|---:|---:|---:|",
    ]
    for lvl in LEVELS[:2]:
        for p in PROG:
            f1, f2 = fee_pair_iin() if R.random() < 0.6 else fee_pair_plain()
            out.append(
                f"| {p[2]} | {lvl[2]} | {grp(f1, ',')} | {grp(f2, ',')} | {R.randint(10, 150)} |"
            )
    out.append("")
    write(
        "a13_en_tuition_fees.md",
        "\n".join(out),
        None,
        "English Markdown fees with comma separators; adjacent 6-digit annual/semester fees forming valid IINs",
    )


def a14():
    rows = ["year,program_code,applicants,enrolled,enrolled_pct,grant_holders,grant_pct"]
    for y in range(2015, 2026):
        for j, _p in enumerate(PROG[:20]):
            ap = R.randint(40, 2600)
            en = R.randint(max(5, ap // 8), max(6, ap // 2))
            gr = R.randint(0, en)
            rows.append(
                f"{y},6B{j + 1:02d}1{j % 10:02d},{ap},{en},{en / ap * 100:.1f},{gr},{gr / en * 100:.1f}"
            )
    write(
        "a14_admissions_statistics_2015_2025.csv",
        "\n".join(rows) + "\n",
        None,
        "comma CSV of counts and percentages in adjacent columns next to a year column; no money, nothing personal",
    )


def a15():
    out = [
        HTML_HEAD.format(lang="ru", title="Фонд оплаты труда по структурным подразделениям"),
        "<h1>Фонд оплаты труда (ФОТ) по подразделениям, 2025</h1>",
        "<p>Суммы в тенге; разделитель разрядов — узкий неразрывный пробел.</p>",
        "<table>",
        "<tr><th>Подразделение</th><th>Категория персонала</th><th>Штатных единиц</th>"
        "<th>ФОТ план, тенге</th><th>ФОТ факт, тенге</th></tr>",
    ]
    cats = [
        "ППС",
        "АУП",
        "УВП",
        "Обслуживающий персонал",
        "Научные сотрудники",
        "Совместители",
        "Почасовики",
        "Административные должности",
        "Учебно-вспомогательный персонал",
    ]
    for fac in FAC_RU:
        for c in cats:
            p, f = luhn_pair(R.random() < 0.6)
            out.append(
                f"<tr><td>{fac}</td><td>{c}</td><td>{R.randint(5, 180)}</td>"
                f"<td>{grp(p, NNB)}</td><td>{grp(f, NNB)}</td></tr>"
            )
    out += ["</table>", "</body>", "</html>", ""]
    write(
        "a15_ru_payroll_fund_departments.html",
        "\n".join(out),
        None,
        "Russian HTML payroll fund plan/fact per unit (no names), narrow-nbsp separators, Luhn-valid adjacent 8-digit pairs",
    )


def a16():
    rows = ["Жатақхана;Жыл;Кіріс, теңге;Орын саны;Толу, %"]
    for d in DORMS:
        for y in range(2001, 2013):
            n = year_iin_amount(y) if R.random() < 0.65 else plain_amount8_after_year(y)
            places = R.randint(150, 900)
            rows.append(f"{d};{y};{n};{places};{R.randint(70, 100)}")
    write(
        "a16_kk_dormitory_income_2001_2012.csv",
        "\n".join(rows) + "\n",
        None,
        "semicolon CSV; year column (2001-2012) immediately followed by 8-digit income, year+amount often forms a valid IIN",
    )


def a17():
    out = [
        "# Public expenditure on education by region (KZT)",
        "",
        "Compiled by the university's Economics Research Centre from open budget data.",
        "",
        "| Region | Year | Expenditure, KZT | Share of regional budget, % |",
        "|---|---:|---:|---:|",
    ]
    for reg in REGIONS:
        for y in range(2019, 2025):
            n = iin_amount12() if R.random() < 0.6 else plain_amount12()
            s = grp(n, R.choice(["", ",", " "]))
            out.append(f"| {reg} | {y} | {s} | {R.uniform(18, 38):.1f} |")
    out.append("")
    write(
        "a17_en_regional_education_expenditure.md",
        "\n".join(out),
        None,
        "English Markdown; 12-digit regional expenditure amounts, ~60% of which pass the IIN check with valid dates",
    )


def a18():
    out = [
        "ОТЧЁТ О ДВИЖЕНИИ ДЕНЕЖНЫХ СРЕДСТВ ПО СЧЕТАМ (суммы в тиынах)",
        "Период: 01.01.2025 - 31.12.2025",
        "",
        f"{'Счёт / субсчёт':<34}{'Поступило, тиын':>18}  {'Списано, тиын':>18}",
        "-" * 72,
    ]
    accts = [
        "Основной счёт (KZT)",
        "Счёт платных услуг",
        "Счёт грантового финансирования",
        "Счёт общежитий",
        "Депозитный счёт",
        "Счёт спонсорской помощи",
        "Счёт научных проектов",
    ]
    for i in range(105):
        a = f"{accts[i % len(accts)]} / {i + 1:03d}"
        inn = phone_amount11() if R.random() < 0.55 else R.randint(10_000_000_000, 69_999_999_999)
        outn = R.randint(1_000_000_000, 9_999_999_999)
        out.append(f"{a:<34}{inn:>18}  {outn:>18}")
    out += ["-" * 72, "Суммы выгружены из 1С:Бухгалтерия в тиынах (1 тг = 100 тиын).", ""]
    write(
        "a18_ru_cashflow_tiyn_report.txt",
        "\n".join(out),
        None,
        "fixed-width text report; 11-digit tiyn amounts beginning 87/77 with a mobile-operator prefix (look like 8 7xx / 7 7xx phones)",
    )


def a19():
    rows = ["Жыл;Қаржыландыру көзі;Сомасы, ₸;Үлесі, %"]
    for y in range(2010, 2026):
        for s in SOURCES_KK:
            r = R.random()
            n = (
                phone_amount11()
                if r < 0.35
                else (iin_amount12() if r < 0.6 else R.randint(100_000_000, 9_999_999_999))
            )
            rows.append(f"{y};{s};{n},00;{R.uniform(1, 60):.1f}".replace(".", ","))
    write(
        "a19_kk_income_by_source_2010_2025.csv",
        "\n".join(rows) + "\n",
        None,
        "semicolon CSV with decimals ',00'; 11-digit amounts starting 87/77 and IIN-valid 12-digit amounts next to years",
    )


def a20():
    tmpl = [
        "Total income for {y} reached KZT {a}.",
        "In {y}, the state education order brought in {a} tenge.",
        "Research funding in {y} amounted to {a} KZT.",
        "Operating expenses for {y} were {a} tenge.",
        "The endowment was valued at KZT {a} at the end of {y}.",
        "Capital investment in {y} totalled {a} tenge, mainly for the new campus.",
        "Fee income in {y} was {a} KZT, up on the previous year.",
    ]
    out = [
        HTML_HEAD.format(lang="en", title="Financial highlights"),
        "<h1>Financial highlights 2001–2025</h1>",
    ]
    for i in range(56):
        y = R.randint(2001, 2025)
        r = R.random()
        n = (
            phone_amount11()
            if r < 0.4
            else (iin_amount12() if r < 0.7 else R.randint(1_000_000_000, 69_999_999_999))
        )
        a = R.choice([grp(n, ","), grp(n, ",") + ".00", str(n), grp(n, " ")])
        out.append("<p>" + tmpl[i % len(tmpl)].format(y=y, a=a) + "</p>")
    out += [
        "<p>All figures are audited and presented in Kazakhstani tenge.</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "a20_en_financial_highlights.html",
        "\n".join(out),
        None,
        "English prose; KZT/tenge amounts of 11 digits starting 87/77 and IIN-valid 12-digit amounts",
    )


def a21():
    out = [
        HTML_HEAD.format(lang="ru", title="Исполнение плана развития"),
        "<h1>Отчёт об исполнении Плана развития университета на 2021–2025 годы</h1>",
        "<table>",
        "<tr><th>№</th><th>Мероприятие</th><th>План, тыс. тенге</th><th>Факт, тыс. тенге</th><th>Факт, млн тенге</th><th>Исполнение</th></tr>",
    ]
    acts = [
        "Модернизация лабораторий",
        "Цифровизация учебного процесса",
        "Строительство общежития",
        "Развитие научной инфраструктуры",
        "Академическая мобильность",
        "Открытие новых ОП",
        "Энергосбережение",
        "Инклюзивная среда",
        "Развитие библиотеки",
        "Спортивная инфраструктура",
    ]
    for i in range(70):
        p, f = luhn_pair(R.random() < 0.6)
        out.append(
            f"<tr><td>{i + 1}</td><td>{acts[i % 10]}, этап {i // 10 + 1}</td><td>{grp(p)}</td><td>{grp(f)}</td>"
            f"<td>{f / 1000:.1f}".replace(".", ",")
            + f"</td><td>{pct(f, p)}%</td></tr>"
        )
    out += ["</table>", "</body>", "</html>", ""]
    write(
        "a21_ru_development_plan_execution.html",
        "\n".join(out),
        None,
        "Russian HTML, тыс. тенге and млн тенге columns; adjacent 8-digit plan/fact thousands forming Luhn-valid 16 digits",
    )


def a22():
    out = [
        "# Стипендиальный фонд на 2025 год",
        "",
        "| Категория | Получателей, чел. | Доля, % | Фонд план, тг | Фонд факт, тг |",
        "|---|---:|---:|---:|---:|",
    ]
    cats = [
        "Государственная стипендия (бакалавриат)",
        "Повышенная стипендия",
        "Стипендия магистрантов",
        "Стипендия докторантов",
        "Именная стипендия ректора",
        "Социальная поддержка сирот",
        "Стипендия Президента РК",
        "Оплата проезда",
        "Надбавка за отличную учёбу",
        "Стипендия по программе Серпер",
    ]
    for i in range(60):
        n = R.randint(3, 4200)
        p, f = luhn_pair(R.random() < 0.6, lead=R.choice("12345"))
        out.append(
            f"| {cats[i % 10]}, {i // 10 + 1} курс | {n} | {R.uniform(0.5, 45):.1f}".replace(
                ".", ","
            )
            + f" | {p} | {f} |"
        )
    out.append("")
    write(
        "a22_ru_scholarship_fund.md",
        "\n".join(out),
        None,
        "Russian Markdown; count and percentage columns side by side plus adjacent plan/fact 8-digit funds (Luhn-valid pairs)",
    )


def a23():
    rows = ["grant_ref,funder,programme,year,amount_kzt,duration_months"]
    funders = ["MES RK", "Science Committee", "World Bank (STP)", "Erasmus+", "Akimat"]
    for i in range(156):
        y = 2001 + i % 12
        n = (
            year_iin_amount(y)
            if R.random() < 0.6
            else plain_amount8_after_year(y, 10_000_000, 99_999_999)
        )
        rows.append(
            f"GF-{y}-{i + 1:04d},{R.choice(funders)},{PROG[i % len(PROG)][2]},{y},{n},{R.choice([12, 24, 36])}"
        )
    write(
        "a23_en_research_grants_2001_2012.csv",
        "\n".join(rows) + "\n",
        None,
        "comma CSV; year next to 8-digit grant amount; year+amount digits often form a valid IIN",
    )


def a24():
    out = [
        "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ҒЫЛЫМ ЖӘНЕ ЖОҒАРЫ БІЛІМ МИНИСТРЛІГІ",
        "Университеттің 2026-2028 жылдарға арналған бюджеті туралы АНЫҚТАМА",
        "(мың теңге)",
        "",
        f"{'Бағдарлама / шығыс бабы':<48}{'Жоспар 2026':>14}  {'Болжам 2026':>14}",
        "=" * 80,
    ]
    for i in range(110):
        p, f = luhn_pair(R.random() < 0.6, lead=R.choice("123456"))
        name = f"{EXP_KK[i % 20]} ({i // 20 + 1}-кіші бағдарлама)"
        out.append(f"{name:<48}{grp(p):>14}  {grp(f):>14}")
    out += ["=" * 80, "Ескерту: сомалар мың теңгемен көрсетілген.", ""]
    write(
        "a24_kk_budget_reference_thousands.txt",
        "\n".join(out),
        None,
        "fixed-width Kazakh text in мың теңге; two 8-digit columns separated only by spaces, many Luhn-valid pairs",
    )


def a25():
    out = [
        "### Факультеттер бойынша бюджет, 2025 (₸)",
        "",
        "| Факультет | Шығыс бабы | Бекітілген, ₸ | Игерілген, ₸ | Студент саны | Игеру, % |",
        "|---|---|---|---|---|---|",
    ]
    for fac in FAC_KK:
        for item in EXP_KK[:10]:
            p, f = luhn_pair(R.random() < 0.6, lead=R.choice("45"))
            out.append(
                f"| {fac} | {item} | {grp(p, NNB)}{NNB}₸ | {grp(f, NNB)}{NNB}₸ | {R.randint(120, 2400)} | {pct(f, p)} |"
            )
    out.append("")
    write(
        "a25_kk_faculty_budget_nnbsp.md",
        "\n".join(out),
        None,
        "Kazakh Markdown with narrow nbsp and ₸; adjacent 8-digit approved/spent starting 4/5 (Visa/MC-like) passing Luhn",
    )


# ====================================================================== PART B
def b01():
    names = [
        ("Ахметов Нұрлан Серікұлы", "m"),
        ("Иванова Екатерина Сергеевна", "f"),
        ("Жұмабаева Айгерим Болатқызы", "f"),
        ("Ким Виктор Александрович", "m"),
        ("Сейітқали Дана Ерланқызы", "f"),
        ("Омаров Тимур Маратович", "m"),
        ("Абдрахманова Аружан Қайратқызы", "f"),
        ("Петров Илья Андреевич", "m"),
        ("Тоқтарова Мадина Асқарқызы", "f"),
        ("Нұрмағамбетов Ернар Дәуренұлы", "m"),
    ]
    rows = ["№;ФИО плательщика;ИИН;Сумма, тг;Назначение платежа;Дата"]
    iins = []
    for i, (n, sex) in enumerate(names):
        iin = person_iin(1999, 2007, sex)
        iins.append(iin)
        rows.append(
            f"{i + 1};{n};{iin};{grp(R.randint(85, 180) * 10_000)};Оплата за обучение, 1 семестр;"
            f"{R.randint(1, 28):02d}.09.2025"
        )
    write(
        "b01_ru_payers_iin_amount.csv",
        "\n".join(rows) + "\n",
        "iin",
        f"payer list: IIN column immediately left of the amount column ({len(iins)} IINs, only kind present)",
    )
    return iins


def b02():
    out = [
        HTML_HEAD.format(lang="ru", title="Стоимость обучения"),
        "<h1>Стоимость обучения на 2025–2026 учебный год</h1>",
        "<table>",
        "<tr><th>Образовательная программа</th><th>Стоимость, тенге/год</th></tr>",
    ]
    for p in PROG[:12]:
        out.append(f"<tr><td>{p[0]}</td><td>{grp(R.randint(90, 160) * 10_000, NB)} тенге</td></tr>")
    out += [
        "</table>",
        "<p>Оплата производится через Kaspi, Halyk или в кассе университета.</p>",
        "<p>По вопросам оплаты обучения: 8 701 234 56 78</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "b02_ru_tuition_contact_phone.html",
        "\n".join(out),
        "phone",
        "fee page; contact line 'По вопросам оплаты обучения: 8 701 234 56 78' right after a money phrase",
    )


def b03():
    rows = ["№;Студент;Сумма возврата;Телефон;Причина возврата"]
    ph = "+7 702 418 55 09"
    data = [
        ("Байжанова Ә.", 245000, "—", "переплата"),
        ("Литвинов С.", 120000, "—", "отчисление по собственному желанию"),
        ("Қасымов Д.", 387500, ph, "перевод в другой вуз"),
        ("Ермекова Ж.", 60000, "—", "ошибочный платёж"),
        ("Сорокина А.", 150000, "—", "получение гранта"),
    ]
    for i, (n, a, p, why) in enumerate(data):
        rows.append(f"{i + 1};{n};{grp(a)} тг;{p};{why}")
    write(
        "b03_ru_refund_register_phone.csv",
        "\n".join(rows) + "\n",
        "phone",
        "refund register: one student's mobile (+7 702 ...) in the column right after 'Сумма возврата'",
    )
    return ph


def b04():
    iin = person_iin(2000, 2006, "f")
    out = [
        HTML_HEAD.format(lang="kk", title="Төлем туралы анықтама"),
        "<h1>Оқу ақысының төленгені туралы анықтама</h1>",
        "<table>",
        '<tr><th rowspan="2">Студенттің аты-жөні</th><th colspan="2">ЖСН / ИИН</th>'
        '<th rowspan="2">Төленген сома, ₸</th><th rowspan="2">Күні</th></tr>',
        "<tr><th>1–6</th><th>7–12</th></tr>",
        f"<tr><td>Мұхамеджанова Ақбота Нұрланқызы</td><td>{iin[:6]}</td><td>{iin[6:]}</td>"
        f"<td>{grp(1_240_000, NB)}</td><td>12.09.2025</td></tr>",
        "</table>",
        "<p>Анықтама талап ету орнына ұсыну үшін берілді.</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "b04_kk_iin_split_cells.html",
        "\n".join(out),
        "iin",
        "IIN split into two cells (6+6 digits) under one merged 'ЖСН / ИИН' header, next to an amount in ₸",
    )
    return iin


def b05():
    card = luhn_complete("440043" + f"{R.randint(0, 999999999):09d}")
    cs = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    text = (
        "ПЛАТЁЖНОЕ ПОРУЧЕНИЕ № 1184 от 14.10.2025\n"
        "Плательщик: НАО «Университет» (бухгалтерия)\n"
        "Сумма: 185 000,00 тенге (сто восемьдесят пять тысяч тенге 00 тиын)\n"
        f"Назначение платежа: возврат излишне уплаченной суммы за обучение на карту {cs}, "
        "договор № 25-0412, без НДС\n"
        "КБе 19   КНП 859\n"
    )
    write(
        "b05_ru_payment_note_card.txt",
        text,
        "bank-card",
        "payment order: 16-digit Luhn-valid card number inside the 'Назначение платежа' note after the amount",
    )
    return card


def b06():
    text = (
        "# Ақылы бөлімге қабылдау: оқу ақысын төлеу тәртібі\n\n"
        "Оқу ақысы бір жылға 1 150 000 теңге, оны екі бөлікпен төлеуге болады: қыркүйекте 575 000 теңге "
        "және қаңтарда 575 000 теңге.\n\n"
        "Шарт жасасқаннан кейін студент төлем 87473152290 нөміріне WhatsApp арқылы түбіртекті жібереді, "
        "бухгалтерия оны үш жұмыс күні ішінде тексереді.\n\n"
        "Кешіктірілген төлем үшін өсімпұл есептелмейді.\n"
    )
    write(
        "b06_kk_phone_after_tolem.md",
        text,
        "phone",
        "Kazakh prose: unformatted mobile 87473152290 written right after the word 'төлем'",
    )
    return "87473152290"


def b07():
    iin = person_iin(1998, 2006)
    text = (
        "      ТӨЛЕМ ТҮБІРТЕГІ / КВИТАНЦИЯ\n"
        "      № 000417   17.09.2025 10:42\n"
        "--------------------------------------\n"
        'Алушы:      "Университет" КеАҚ\n'
        "Төлем:      Оқу ақысы 2025-2026\n"
        f"ЖСН {iin} ₸ 1 350 000,00\n"
        "Комиссия:   0,00 ₸\n"
        "Барлығы:    1 350 000,00 ₸\n"
        "--------------------------------------\n"
        "Төлегеніңіз үшін рахмет!\n"
    )
    write(
        "b07_kk_receipt_iin_tenge.txt",
        text,
        "iin",
        "receipt-like text: payer IIN immediately followed by '₸' and the amount",
    )
    return iin


def b08():
    card = luhn_complete("516949" + f"{R.randint(0, 999999999):09d}")
    text = (
        "# Scholarship disbursement memo\n\n"
        "To: Finance Office  \nFrom: Student Services  \nDate: 3 November 2025\n\n"
        "Please transfer the October stipend of KZT 42,000 (forty-two thousand tenge) to the student's "
        f"debit card {card} instead of the bank account on file, which was closed.\n\n"
        "| Item | Amount, KZT |\n|---|---:|\n| State stipend | 42,000 |\n| Travel allowance | 6,500 |\n"
    )
    write(
        "b08_en_scholarship_card.md",
        text,
        "bank-card",
        "English memo: unspaced 16-digit Luhn-valid card number next to a KZT stipend amount",
    )
    return card


def b09():
    rows = ["| № | Студент | ЖСН | Қарыз сомасы, теңге | Мерзімі |", "|---|---|---|---:|---|"]
    iins = []
    for i, (n, sex) in enumerate(
        [
            ("Әбілқасымов Б.", "m"),
            ("Серікбаева Г.", "f"),
            ("Ли А.", None),
            ("Дүйсенов Қ.", "m"),
            ("Оспанова М.", "f"),
            ("Чернова Т.", "f"),
        ]
    ):
        iin = person_iin(2000, 2006, sex)
        iins.append(iin)
        rows.append(
            f"| {i + 1} | {n} | {iin} | {grp(R.randint(50, 600) * 1000, NB)} | 01.12.2025 |"
        )
    text = "## Оқу ақысы бойынша берешегі бар студенттер\n\n" + "\n".join(rows) + "\n"
    write(
        "b09_kk_debtors_iin.md",
        text,
        "iin",
        f"Kazakh Markdown debtor list: ЖСН column next to nbsp-grouped debt amounts ({len(iins)} IINs, only kind present)",
    )
    return iins


def b10():
    out = [
        HTML_HEAD.format(lang="en", title="Tuition and fees"),
        "<h1>Tuition and fees, 2025/26</h1>",
        "<table><tr><th>Programme</th><th>Fee per year (KZT)</th></tr>",
    ]
    for p in PROG[:10]:
        out.append(f"<tr><td>{p[2]}</td><td>{grp(R.randint(90, 200) * 10_000, ',')}</td></tr>")
    out += [
        "</table>",
        "<p>Fees can be paid in two instalments. For payment questions call +7 747 123 4567 "
        "(Monday to Friday, 9:00–18:00).</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "b10_en_fees_phone_plus7.html",
        "\n".join(out),
        "phone",
        "English fee page: '+7 747 123 4567' in the payment-questions sentence after a fee table",
    )
    return "+7 747 123 4567"


def bin_number():
    while True:
        head = f"{R.randint(0, 24):02d}{R.randint(1, 12):02d}{R.choice('456')}{R.randint(0, 3)}{R.randint(0, 99999):05d}"
        chk = iin_check([int(x) for x in head])
        if chk is not None:
            s = head + str(chk)
            assert not iin_valid(s, require_past=False)
            return s


def b11():
    iin = person_iin(1975, 1995, "m")
    rows = ["№ лота;Наименование;Поставщик;БИН/ИИН поставщика;Сумма договора, тг"]
    sup = [
        "ТОО «ТехноСнаб»",
        "ТОО «Kaz Office Group»",
        "АО «Казахтелеком»",
        "ТОО «Жылу Сервис»",
        "ТОО «EduBooks»",
        "ТОО «Clean City KZ»",
        "ТОО «Лабприбор»",
        "АО «АлматыЭнергоСбыт»",
    ]
    ip_row = 7
    for i in range(16):
        if i == ip_row:
            s, ident = "ИП «Жумабаев Н.К.»", iin
        else:
            s, ident = sup[i % len(sup)], bin_number()
        rows.append(f"{i + 1};{PROC_RU[i]};{s};{ident};{grp(R.randint(150, 9_800) * 1000)}")
    write(
        "b11_ru_procurement_ip_iin.csv",
        "\n".join(rows) + "\n",
        "iin",
        "procurement list: legal-entity BINs (not personal, invalid as IIN dates) and one sole proprietor's IIN next to the contract sum",
    )
    return iin


def b12():
    card = luhn_complete("400303" + f"{R.randint(0, 999999999):09d}")
    cs = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    rows = [
        "date,student_ref,refund_amount_kzt,payment_note",
        "2025-10-01,S-2025-0113,120000,refund via university cash desk",
        "2025-10-02,S-2025-0208,45000,credited to next semester",
        f'2025-10-03,S-2025-0356,98500,"refund to card {cs}"',
        "2025-10-06,S-2024-1170,230000,refund via university cash desk",
        "2025-10-07,S-2025-0419,15000,credited to dormitory fee",
    ]
    write(
        "b12_en_refunds_card_note.csv",
        "\n".join(rows) + "\n",
        "bank-card",
        "refund CSV: one payment_note holds a spaced 16-digit Luhn-valid card number beside the refund amount",
    )
    return card


def b13():
    out = [
        HTML_HEAD.format(lang="kk", title="Жатақхана төлемі"),
        "<h1>Жатақханада тұру ақысы</h1>",
        "<p>2025–2026 оқу жылында жатақхана төлемі: 45 000 теңге/ай (9 ай үшін 405 000 теңге). "
        "Төлем ай сайын 10-күнге дейін жүргізіледі.</p>",
        "<p>Төлем бойынша сұрақтарға жатақхана меңгерушісі жауап береді. Байланыс: +7 (705) 123-45-67</p>",
        "</body>",
        "</html>",
        "",
    ]
    write(
        "b13_kk_dorm_fee_phone.html",
        "\n".join(out),
        "phone",
        "Kazakh page: dorm fee in теңге followed by a contact mobile '+7 (705) 123-45-67'",
    )
    return "+7 (705) 123-45-67"


def b14():
    iin = person_iin(2001, 2006, "m")
    text = (
        "ПРИКАЗ № 412-с от 05.11.2025\n\n"
        "О выплате единовременной материальной помощи\n\n"
        "1. Выплатить студенту 3 курса образовательной программы «Финансы» "
        f"Сапарову Әлихану Маратұлы (ИИН {iin}) единовременную материальную помощь в размере "
        "1 200 000 (один миллион двести тысяч) тенге за счёт средств фонда поддержки студентов.\n"
        "2. Бухгалтерии произвести выплату до 20.11.2025.\n"
    )
    write(
        "b14_ru_order_iin_prose.txt",
        text,
        "iin",
        "Russian order: IIN in parentheses inside a sentence about a 1 200 000 тенге payment",
    )
    return iin


def b15():
    text = (
        "Dear student,\n\n"
        "Our records show an outstanding tuition balance of 1,250,000 tenge for the autumn semester. "
        "Please call 8 777 512 30 44 to arrange an instalment plan; the first instalment of 625,000 KZT "
        "is due by 15 December 2025.\n\n"
        "Finance Office\n"
    )
    write(
        "b15_en_balance_letter_phone.txt",
        text,
        "phone",
        "English letter: mobile '8 777 512 30 44' in the sentence right after a tuition balance in tenge",
    )
    return "8 777 512 30 44"


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
    b15,
):
    _make()


def _language(name: str, text: str) -> str:
    """The file's language: from its name where it says, else from its letters."""
    named = name.split("_")[1]
    if named in ("kk", "ru", "en"):
        return named
    if any(c in "әғқңөұүһі" for c in text.lower()):
        return "kk"
    return "ru" if any("а" <= c <= "я" for c in text.lower()) else "en"


MANIFEST: list[Entry] = [
    Entry(
        name,
        expect,
        "amount" if expect is None else "identifier beside money",
        name.rsplit(".", 1)[-1],
        _language(name, text),
        "",
        why,
    )
    for name, text, expect, why in _WRITTEN
]


def build(folder: Path) -> list[Path]:
    """Write every file of the corpus into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text, _, _ in _WRITTEN:
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    return paths
