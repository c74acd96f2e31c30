"""Public numbers a university publishes: a blind corpus for the personal-data gate (numbers).

Written by an author who had not read the gate's code: procurement registers with
suppliers' BINs, contract, licence, order and registration numbers, ISBNs, ISSNs, DOIs,
grant IRNs, KATO and postal codes, bank requisites, inventory and barcode numbers, in kk,
ru and en, which must pass (the fictional university's own IBANs and role mailboxes are
listed in UNIVERSITY_OWN, as an editor allowlists them); and files with one personal
datum among such numbers, which must be reported. Deterministic (one seeded generator);
the files are made at import and written by build().
"""

from __future__ import annotations

import csv
import datetime as dt
import html
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


# ---------------------------------------------------------------- check digits


W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz_check(body11):
    """IIN/BIN check digit for an 11-digit string; None if the number is impossible."""
    d = [int(c) for c in body11]
    s = sum(w * x for w, x in zip(W1, d, strict=False)) % 11
    if s == 10:
        s = sum(w * x for w, x in zip(W2, d, strict=False)) % 11
        if s == 10:
            return None
    return s


def kz_checksum_ok(n):
    if len(n) != 12 or not n.isdigit():
        return False
    c = kz_check(n[:11])
    return c is not None and c == int(n[11])


def iin_date(n):
    """Birth date encoded in an IIN-shaped 12-digit string, or None if impossible."""
    cent = int(n[6])
    if cent not in range(1, 7):
        return None
    century = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}[cent]
    try:
        return dt.date(century + int(n[0:2]), int(n[2:4]), int(n[4:6]))
    except ValueError:
        return None


def is_valid_iin(n):
    return kz_checksum_ok(n) and iin_date(n) is not None


def is_valid_bin(n):
    return kz_checksum_ok(n) and 1 <= int(n[2:4]) <= 12 and n[4] in "456" and n[5] in "0123"


def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def ean13_digit(body12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def isbn13_ok(s):
    d = "".join(c for c in s if c.isdigit())
    return len(d) == 13 and ean13_digit(d[:12]) == d[12]


def isbn10_digit(body9):
    s = sum((10 - i) * int(c) for i, c in enumerate(body9))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def isbn10_ok(s):
    d = "".join(c for c in s.upper() if c.isdigit() or c == "X")
    return len(d) == 10 and isbn10_digit(d[:9]) == d[9]


def issn_digit(body7):
    s = sum((8 - i) * int(c) for i, c in enumerate(body7))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


def issn_ok(s):
    d = s.replace("-", "").upper()
    return len(d) == 8 and issn_digit(d[:7]) == d[7]


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_kz(bban16):
    assert len(bban16) == 16
    cc = 98 - _iban_num(bban16 + "KZ00") % 97
    return f"KZ{cc:02d}{bban16}"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == 20 and s.startswith("KZ") and _iban_num(s[4:] + s[:4]) % 97 == 1


def s10_digit(d8):
    """UPU S10 check digit (postal tracking numbers like RR123456785KZ)."""
    s = sum(w * int(c) for w, c in zip([8, 6, 4, 2, 3, 5, 9, 7], d8, strict=False))
    c = 11 - s % 11
    return "0" if c == 10 else "5" if c == 11 else str(c)


def s10_ok(t):
    return len(t) == 13 and t[2:10].isdigit() and s10_digit(t[2:10]) == t[10]


SEED = 20250315
R = random.Random(SEED)
_WRITTEN: list[tuple[str, str, str | None, str]] = []

# ----------------------------------------------------------------------------- university
SITE = "ertisuni.edu.kz"
UNI = {
    "kk": "«Ертіс университеті» КеАҚ",
    "ru": "НАО «Ертіс университеті»",
    "en": "Ertis University NJSC",
}
FOOT = {
    "kk": "Барлық құқықтар қорғалған.",
    "ru": "Все права защищены.",
    "en": "All rights reserved.",
}
ADDR = {
    "ru": "140000, Республика Казахстан, г. Павлодар, ул. Академика Сатпаева, 140",
    "kk": "140000, Қазақстан Республикасы, Павлодар қ., Академик Сәтбаев к-сі, 140",
    "en": "140 Akademik Satpayev St., Pavlodar 140000, Republic of Kazakhstan",
}
NEW_POSTCODE = "S03K4T"
KATO_CITY = "551010000"
KATO_EKIB = "552210000"
OKED = "85421"
OKPO = "40218836"


def make_bin(year=None, month=None, kind=None, attr=None):
    while True:
        y = year if year is not None else R.randint(1995, 2023)
        m = month if month is not None else R.randint(1, 12)
        k = kind if kind is not None else R.choice("4445")
        a = attr if attr is not None else R.choice("0001")
        body = f"{y % 100:02d}{m:02d}{k}{a}{R.randint(0, 99999):05d}"
        c = kz_check(body)
        if c is not None:
            n = body + str(c)
            assert is_valid_bin(n)
            return n


def make_iin(body11_prefix7=None, birth=None, sex="f"):
    """Valid IIN. Either a fixed 11-digit body (serial tweaked if impossible) or a birth date."""
    if body11_prefix7 and len(body11_prefix7) == 11:
        c = kz_check(body11_prefix7)
        if c is not None:
            return body11_prefix7 + str(c)
        body11_prefix7 = body11_prefix7[:7]
    if body11_prefix7 is None:
        cent = (3 if birth.year < 2000 else 5) + (1 if sex == "f" else 0)
        body11_prefix7 = birth.strftime("%y%m%d") + str(cent)
    while True:
        body = body11_prefix7 + f"{R.randint(0, 9999):04d}"
        c = kz_check(body)
        if c is not None:
            n = body + str(c)
            assert is_valid_iin(n)
            return n


UNI_BIN = make_bin(1999, 6, "4", "0")
BANKS = [  # (name ru, name en, 3-digit IBAN bank code, BIC)
    (
        "РГУ «Комитет казначейства МФ РК»",
        "Treasury Committee of the Ministry of Finance",
        "070",
        "KKMFKZ2A",
    ),
    ("АО «Народный Банк Казахстана»", "Halyk Bank of Kazakhstan JSC", "601", "HSBKKZKX"),
    ("АО «Банк ЦентрКредит»", "Bank CenterCredit JSC", "856", "KCJBKZKX"),
    ("АО «ForteBank»", "ForteBank JSC", "965", "IRTYKZKA"),
    ("АО «Kaspi Bank»", "Kaspi Bank JSC", "722", "CASPKZKA"),
]


def make_iban(code):
    acct = "".join(R.choice("0123456789") for _ in range(13))
    if R.random() < 0.4:
        acct = acct[:3] + "KZT" + acct[6:] if code != "070" else acct
    return iban_kz(code + acct)


UNI_IBANS = {b[3]: make_iban(b[2]) for b in BANKS[:3]}


def iban_groups(i):
    return " ".join(i[k : k + 4] for k in range(0, len(i), 4))


# ----------------------------------------------------------------------------- generic helpers
def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def dmy(d):
    return d.strftime("%d.%m.%Y")


def money(x, dec=True):
    s = f"{int(x):,}".replace(",", " ")
    return s + (f",{round((x - int(x)) * 100):02d}" if dec else "")


KK_MON = [
    "қаңтардағы",
    "ақпандағы",
    "наурыздағы",
    "сәуірдегі",
    "мамырдағы",
    "маусымдағы",
    "шілдедегі",
    "тамыздағы",
    "қыркүйектегі",
    "қазандағы",
    "қарашадағы",
    "желтоқсандағы",
]
RU_MON = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]


def kk_long(d):
    return f"{d.year} жылғы {d.day} {KK_MON[d.month - 1]}"


def ru_long(d):
    return f"{d.day} {RU_MON[d.month - 1]} {d.year} года"


def esc(s):
    return html.escape(str(s), quote=False)


def html_page(lang, title, body):
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)} — {esc(UNI[lang])}</title>\n</head>\n<body>\n"
        f'<header><p><a href="https://{SITE}/">{esc(UNI[lang])}</a></p></header>\n'
        f"<main>\n<h1>{esc(title)}</h1>\n{body}\n</main>\n"
        f"<footer><p>© 2019–2025 {esc(UNI[lang])}. {FOOT[lang]}</p></footer>\n</body>\n</html>\n"
    )


def html_table(headers, rows, caption=None):
    out = ["<table>"]
    if caption:
        out.append(f"<caption>{esc(caption)}</caption>")
    out.append("<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr></thead>")
    out.append("<tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
    out.append("</tbody>\n</table>")
    return "\n".join(out)


def md_table(headers, rows):
    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    for r in rows:
        out.append("| " + " | ".join(str(c) for c in r) + " |")
    return "\n".join(out)


def csv_text(headers, rows, delim=";"):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator="\n")
    w.writerow(headers)
    w.writerows(rows)
    return b.getvalue()


def write(name, text, expect, why, **notes):
    _WRITTEN.append((name, text, expect, why))


def jdump(o):
    return json.dumps(o, ensure_ascii=False, indent=2) + "\n"


# ----------------------------------------------------------------------------- shared pools
_W1 = [
    "Ертіс",
    "Сарыарқа",
    "Дала",
    "Алтын",
    "Нұр",
    "Ақ",
    "Кен",
    "Павлодар",
    "Евразия",
    "Шығыс",
    "Smart",
    "Kaz",
    "Tech",
    "Орда",
    "Жібек",
    "Береке",
    "Тұлпар",
    "Көкше",
    "Полимер",
    "Электро",
]
_W2 = [
    "Снаб",
    "Сервис",
    "Техно",
    "Строй",
    "Инжиниринг",
    "Трейд",
    "Лаб",
    "Принт",
    "Клининг",
    "Энерго",
    "Мебель",
    "Систем",
    "Логистик",
    "Групп",
    "Security",
    "Office",
    "Медиа",
    "Пласт",
]
_FORMS = ["ТОО", "ТОО", "ТОО", "ТОО", "АО", "ТОО"]


def make_suppliers(n):
    seen, out = set(), []
    while len(out) < n:
        nm = f"{R.choice(_W1)} {R.choice(_W2)}" + (" Плюс" if R.random() < 0.15 else "")
        if nm in seen:
            continue
        seen.add(nm)
        year = R.randint(1997, 2023)
        out.append({"form": R.choice(_FORMS), "name": nm, "bin": make_bin(year), "year": year})
    return out


SUPPLIERS = make_suppliers(70)

ITEMS = [  # ENSTRU group, ru, kk, en, unit ru, unit kk, price range
    (
        "172312",
        "Бумага офисная А4, 80 г/м²",
        "А4 кеңсе қағазы, 80 г/м²",
        "Office paper A4, 80 g/m2",
        "пачка",
        "бума",
        (1800, 2900),
    ),
    ("262011", 'Ноутбук 15,6"', 'Ноутбук 15,6"', "Laptop 15.6in", "шт.", "дана", (280000, 520000)),
    (
        "262013",
        "Системный блок",
        "Жүйелік блок",
        "Desktop computer",
        "шт.",
        "дана",
        (240000, 410000),
    ),
    (
        "262040",
        "Картридж для лазерного принтера",
        "Лазерлік принтерге арналған картридж",
        "Laser toner cartridge",
        "шт.",
        "дана",
        (9000, 46000),
    ),
    (
        "310112",
        "Стол ученический двухместный",
        "Екі орындық оқушы үстелі",
        "Two-seat student desk",
        "шт.",
        "дана",
        (21000, 38000),
    ),
    ("310111", "Стул офисный", "Кеңсе орындығы", "Office chair", "шт.", "дана", (14000, 52000)),
    (
        "265141",
        "Мультиметр цифровой",
        "Цифрлық мультиметр",
        "Digital multimeter",
        "шт.",
        "дана",
        (8000, 60000),
    ),
    (
        "205941",
        "Реактивы химические (набор)",
        "Химиялық реактивтер (жиынтық)",
        "Laboratory reagent set",
        "набор",
        "жиынтық",
        (30000, 190000),
    ),
    (
        "351110",
        "Электрическая энергия",
        "Электр энергиясы",
        "Electricity supply",
        "кВт·ч",
        "кВт·сағ",
        (28, 41),
    ),
    ("353011", "Тепловая энергия", "Жылу энергиясы", "Heat supply", "Гкал", "Гкал", (5100, 7900)),
    (
        "801010",
        "Услуги по охране объектов",
        "Объектілерді күзету қызметтері",
        "Security guard services",
        "мес.",
        "ай",
        (900000, 2600000),
    ),
    (
        "812110",
        "Услуги по уборке помещений",
        "Үй-жайларды жинау қызметтері",
        "Cleaning services",
        "мес.",
        "ай",
        (700000, 2400000),
    ),
    (
        "611011",
        "Услуги фиксированной телефонной связи",
        "Тіркелген телефон байланысы қызметтері",
        "Fixed-line telephony",
        "мес.",
        "ай",
        (120000, 380000),
    ),
    (
        "614011",
        "Услуги доступа к сети Интернет",
        "Интернетке қол жеткізу қызметтері",
        "Internet access",
        "мес.",
        "ай",
        (350000, 990000),
    ),
    ("581111", "Учебная литература", "Оқу әдебиеті", "Textbooks", "экз.", "дана", (3500, 16000)),
    (
        "582911",
        "Лицензия на программное обеспечение",
        "Бағдарламалық қамтамасыз ету лицензиясы",
        "Software licence",
        "шт.",
        "дана",
        (45000, 880000),
    ),
    (
        "432912",
        "Текущий ремонт кровли учебного корпуса № 3",
        "№ 3 оқу корпусының шатырын ағымдағы жөндеу",
        "Roof repair, academic building 3",
        "усл.",
        "қызмет",
        (18000000, 46000000),
    ),
    ("192021", "Бензин АИ-92", "АИ-92 бензині", "Petrol AI-92", "л", "л", (205, 235)),
    ("203041", "Средства моющие", "Жуу құралдары", "Detergents", "л", "л", (650, 2400)),
    (
        "711211",
        "Разработка проектно-сметной документации",
        "Жобалау-сметалық құжаттаманы әзірлеу",
        "Design documentation",
        "усл.",
        "қызмет",
        (2500000, 9800000),
    ),
    (
        "620220",
        "Сопровождение информационной системы «Платонус»",
        "«Платонус» ақпараттық жүйесін сүйемелдеу",
        "Support of the Platonus information system",
        "мес.",
        "ай",
        (400000, 1600000),
    ),
    (
        "581913",
        "Подписка на периодические издания",
        "Мерзімді басылымдарға жазылу",
        "Periodicals subscription",
        "компл.",
        "жиынтық",
        (60000, 600000),
    ),
    (
        "265112",
        "Осциллограф цифровой",
        "Цифрлық осциллограф",
        "Digital oscilloscope",
        "шт.",
        "дана",
        (180000, 940000),
    ),
    (
        "274033",
        "Светильник светодиодный",
        "Жарықдиодты шам",
        "LED luminaire",
        "шт.",
        "дана",
        (6000, 24000),
    ),
]


def enstru(group):
    return f"{group}.{R.choice(['100', '200', '300', '500', '700', '900'])}.{R.randint(1, 999):06d}"


METHODS = [
    (
        "ЗЦП",
        "запрос ценовых предложений",
        "БҰС",
        "баға ұсыныстарын сұрату",
        "request for quotations",
    ),
    ("ОК", "открытый конкурс", "АК", "ашық конкурс", "open tender"),
    ("ИОИ", "из одного источника", "БК", "бір көзден алу", "single source"),
    ("АУК", "аукцион", "АУК", "аукцион", "auction"),
]

PROGRAMMES = [
    ("01101", "Педагогика и психология", "Педагогика және психология", "Pedagogy and Psychology"),
    (
        "01501",
        "Подготовка учителей математики",
        "Математика мұғалімдерін даярлау",
        "Mathematics Teacher Education",
    ),
    (
        "01502",
        "Подготовка учителей физики",
        "Физика мұғалімдерін даярлау",
        "Physics Teacher Education",
    ),
    (
        "01701",
        "Казахский язык и литература",
        "Қазақ тілі мен әдебиеті",
        "Kazakh Language and Literature",
    ),
    ("02101", "Дизайн", "Дизайн", "Design"),
    ("02201", "История", "Тарих", "History"),
    ("02301", "Филология", "Филология", "Philology"),
    ("03101", "Психология", "Психология", "Psychology"),
    ("04101", "Экономика", "Экономика", "Economics"),
    ("04102", "Менеджмент", "Менеджмент", "Management"),
    ("04103", "Учёт и аудит", "Есеп және аудит", "Accounting and Audit"),
    ("04104", "Финансы", "Қаржы", "Finance"),
    ("04201", "Юриспруденция", "Құқықтану", "Law"),
    ("05101", "Биология", "Биология", "Biology"),
    ("05201", "Экология", "Экология", "Ecology"),
    ("05301", "Химия", "Химия", "Chemistry"),
    ("05401", "Математика", "Математика", "Mathematics"),
    ("06101", "Информатика", "Информатика", "Computer Science"),
    ("06102", "Информационные системы", "Ақпараттық жүйелер", "Information Systems"),
    ("06301", "Информационная безопасность", "Ақпараттық қауіпсіздік", "Information Security"),
    ("07101", "Электроэнергетика", "Электр энергетикасы", "Electric Power Engineering"),
    ("07102", "Теплоэнергетика", "Жылу энергетикасы", "Heat Power Engineering"),
    (
        "07103",
        "Автоматизация и управление",
        "Автоматтандыру және басқару",
        "Automation and Control",
    ),
    ("07201", "Металлургия", "Металлургия", "Metallurgy"),
    ("07301", "Строительство", "Құрылыс", "Civil Engineering"),
    (
        "07501",
        "Стандартизация и сертификация",
        "Стандарттау және сертификаттау",
        "Standardisation and Certification",
    ),
    ("08101", "Агрономия", "Агрономия", "Agronomy"),
    ("09101", "Ветеринарная медицина", "Ветеринариялық медицина", "Veterinary Medicine"),
    ("11101", "Туризм", "Туризм", "Tourism"),
    ("11301", "Логистика", "Логистика", "Logistics"),
]


def prog_code(level, p):
    return {"B": "6B", "M": "7M", "D": "8D"}[level] + p[0]


# ============================================================================ PART A
def procurement_rows(n, year, notes=True):
    rows = []
    counters = {m[0]: R.randint(20, 60) for m in METHODS}
    dates = sorted(rdate(f"{year}-01-15", f"{year}-11-30") for _ in range(n))
    for i in range(1, n + 1):
        m = R.choices(METHODS, weights=[6, 3, 2, 1])[0]
        it = R.choice(ITEMS)
        sup = R.choice(SUPPLIERS)
        ann = R.randint(13000000, 15999999)
        counters[m[0]] += R.randint(1, 3)
        if m[0] == "ОК" or R.random() < 0.25:
            cno = f"Договор № {year}/{R.randint(1, 999):05d}"
        else:
            cno = f"№ {counters[m[0]]}-{m[0]}/{year}"
        d = dates[i - 1]
        qty = R.randint(1, 400) if it[6][1] < 100000 else R.randint(1, 12)
        amt = round(R.uniform(*it[6]) * qty, 2)
        note = ""
        if notes:
            x = R.random()
            if x < 0.08:
                note = f"см. объявление N {R.randint(13000000, 15999999)}"
            elif x < 0.16:
                note = f"доп. соглашение № {R.randint(1, 3)} от {dmy(d + dt.timedelta(days=R.randint(10, 60)))}"
            elif x < 0.22:
                note = f"исх. № 01-07-15/{R.randint(1000, 4999)}"
            elif x < 0.26:
                note = (
                    "поставка в течение 2019-2024 гг. по рамочному соглашению"
                    if year < 2025
                    else "срок поставки 2025-2026"
                )
        rows.append(
            [
                i,
                year,
                f"{ann}-1",
                f"{ann}-{m[0]}{R.randint(1, 4)}",
                m[1],
                it[1],
                enstru(it[0]),
                f"{sup['form']} «{sup['name']}»",
                sup["bin"],
                sup["year"],
                cno,
                dmy(d),
                money(amt),
                KATO_CITY,
                note,
            ]
        )
    return rows


PROC_HDR = [
    "№ п/п",
    "Год",
    "№ объявления",
    "№ лота",
    "Способ закупки",
    "Наименование ТРУ",
    "Код ЕНС ТРУ",
    "Поставщик",
    "БИН/ИИН поставщика",
    "Год регистрации поставщика",
    "№ договора",
    "Дата договора",
    "Сумма договора, тг",
    "КАТО места поставки",
    "Примечание",
]


def a01():
    rows = procurement_rows(180, 2025)
    write(
        "a01_ru_reestr_goszakupok_2025.csv",
        csv_text(PROC_HDR, rows),
        None,
        "Procurement register: supplier BINs (valid check digit, 5th digit 4/5) in a column headed "
        "'БИН/ИИН' right next to 4-digit registration years; announcement/lot numbers, ENSTRU codes, "
        "KATO 551010000, 'N 1xxxxxxx' notice references (N + space + 8 digits), '01-07-15/2345'.",
        hard=[
            "BIN column headed 'БИН/ИИН' beside 4-digit years",
            "'см. объявление N 15234567'-style: N, space, 8 digits (passport-like)",
            "outgoing codes 01-07-15/NNNN",
            "amounts with spaces as thousand separators",
        ],
    )


def a02():
    rows = []
    for i in range(1, 121):
        it = R.choice(ITEMS)
        m = R.choices(METHODS, weights=[6, 3, 2, 1])[0]
        qty = R.randint(1, 400) if it[6][1] < 100000 else R.randint(1, 12)
        price = round(R.uniform(*it[6]), 2)
        month = R.randint(1, 12)
        done = R.random() < 0.45
        sup = R.choice(SUPPLIERS)
        rows.append(
            [
                i,
                enstru(it[0]),
                it[2],
                m[3],
                it[5],
                qty,
                money(price),
                money(price * qty),
                f"ҚАТО коды {KATO_CITY}",
                f"2025 ж. {month:02d}-ай",
                sup["bin"] if done else "—",
                f"{sup['year']} ж." if done else "",
            ]
        )
    body = (
        f"<p>Тапсырыс беруші: {esc(UNI['kk'])}, БСН {UNI_BIN}, {esc(ADDR['kk'])}.</p>\n"
        f"<p>Жоспар «Мемлекеттік сатып алу туралы» 2024 жылғы 1 шілдедегі № 106-VIII ҚРЗ Заңына сәйкес "
        f"жасалды. Соңғы өзгерістер: 2025-03-14 16:42:08 (нұсқа 7).</p>\n"
        + html_table(
            [
                "Р/с №",
                "ЕНС ТЖҚ коды",
                "Атауы",
                "Сатып алу тәсілі",
                "Өлш. бірл.",
                "Саны",
                "Бағасы, теңге",
                "Сомасы, теңге",
                "Жеткізу орны",
                "Мерзімі",
                "Жеткізушінің БСН",
                "Тіркелген жылы",
            ],
            rows,
            "2025 жылға арналған мемлекеттік сатып алу жоспары",
        )
    )
    write(
        "a02_kk_satyp_alu_zhospary_2025.html",
        html_page("kk", "2025 жылғы сатып алу жоспары", body),
        None,
        "Kazakh procurement plan: BSN/BIN of suppliers beside '2019 ж.' years, 'ҚАТО коды 551010000' "
        "(9 digits after the word 'код'), ENSTRU codes, amounts, Law No 106-VIII.",
        hard=["9-digit KATO right after 'коды'", "BIN beside year"],
    )


def a03():
    recs = []
    for _i in range(90):
        m = R.choices(METHODS, weights=[6, 3, 2, 1])[0]
        it = R.choice(ITEMS)
        sup = R.choice(SUPPLIERS)
        ann = R.randint(11000000, 13999999)
        ts = dt.datetime(2024, 1, 10, 9) + dt.timedelta(minutes=R.randint(0, 480000))
        recs.append(
            {
                "announcement": f"{ann}-1",
                "lot": f"{ann}-{m[0]}{R.randint(1, 3)}",
                "method": m[4],
                "item": it[3],
                "enstru": enstru(it[0]),
                "supplier": {
                    "name": f"{sup['form']} {sup['name']}",
                    "bin": sup["bin"],
                    "registered": sup["year"],
                },
                "contract_no": f"2024/{R.randint(1, 999):05d}",
                "signed_at": ts.strftime("%Y-%m-%dT%H:%M:%S+05:00"),
                "amount_kzt": round(R.uniform(*it[6]) * R.randint(1, 50), 2),
                "vat_included": R.random() < 0.7,
                "delivery_kato": KATO_CITY,
                "portal_id": R.randint(10000000, 99999999),
            }
        )
    doc = {
        "publisher": UNI["en"],
        "publisher_bin": UNI_BIN,
        "dataset": "procurement-results-2024",
        "version": "1.4.0",
        "generated": "2025-01-20T08:00:00+05:00",
        "licence": "CC BY 4.0",
        "records": recs,
    }
    write(
        "a03_en_procurement_results_2024.json",
        jdump(doc),
        None,
        "Procurement results JSON: supplier BINs (numeric strings) next to integer registration years, "
        "8-digit portal ids, contract numbers 2024/00123, ISO timestamps.",
        hard=["BIN string beside 'registered' year", "8-digit portal_id integers"],
    )


def a04():
    lines = [
        "# Лицензии и аккредитация\n",
        f"{UNI['ru']} (БИН {UNI_BIN}) осуществляет образовательную деятельность на основании "
        f"государственной лицензии **№ KZ36LAA00011387 от 28.02.2018**, выданной Комитетом по контролю "
        f"в сфере образования и науки (перечень приложений ниже). Прежняя лицензия серии АБ № 0137495 "
        f"от 03.07.2009 переоформлена.\n",
        "## Приложения к лицензии\n",
    ]
    rows = []
    groups = sorted({p[0][:3] for p in PROGRAMMES})
    for k, g in enumerate(groups, 1):
        rows.append(
            [
                f"{k:03d}",
                f"6B{g}",
                f"KZ{R.randint(10, 99)}LAA{R.randint(1, 99999):08d}",
                dmy(rdate("2018-02-28", "2024-12-20")),
            ]
        )
    lines.append(md_table(["Приложение", "Группа ОП", "Номер приложения", "Дата"], rows))
    lines.append("\n## Институциональная и специализированная аккредитация\n")
    lines.append(
        "Институциональная аккредитация: НУ «Независимое агентство аккредитации и рейтинга» (IAAR), "
        "свидетельство IA-A № 0187 от 17.06.2022, срок действия 2022-2027.\n"
    )
    rows = []
    agencies = [("IAAR", "AB"), ("IQAA", "SA"), ("АКК", "KZ"), ("ARQA", "ARQ")]
    for lvl in "BMD":
        for p in PROGRAMMES:
            if lvl != "B" and R.random() < 0.6:
                continue
            ag = R.choice(agencies)
            start = rdate("2019-01-15", "2024-06-30")
            y = R.choice([3, 5, 5, 7])
            rows.append(
                [
                    prog_code(lvl, p),
                    p[1],
                    ag[0],
                    f"{ag[1]} {R.randint(1000, 5999)}",
                    f"№ {R.randint(10000, 99999)} от {dmy(start)}",
                    f"{start.year}-{start.year + y}",
                ]
            )
    lines.append(
        md_table(
            [
                "Код ОП",
                "Образовательная программа",
                "Агентство",
                "Свидетельство",
                "Решение аккредитационного совета",
                "Срок",
            ],
            rows,
        )
    )
    lines.append("\nСверено с реестром ЕСУВО 15.01.2025 10:31. Версия страницы 2.3.\n")
    write(
        "a04_ru_licenzii_akkreditaciya.md",
        "\n".join(lines),
        None,
        "Licences and accreditation: KZ36LAA00011387, 'АБ № 0137495', '№ 12345 от 15.03.2019' decisions, "
        "certificate numbers, programme codes 6B06102, validity year ranges 2019-2024.",
        hard=["'№ NNNNN от dd.mm.yyyy' decisions with 2019-2024 dates", "licence KZ..LAA........"],
    )


def a05():
    kinds = [
        (
            "Қазақстан Республикасы Білім және ғылым министрінің",
            "бұйрығы",
            "Приказ Министра образования и науки Республики Казахстан",
        ),
        (
            "Қазақстан Республикасы Ғылым және жоғары білім министрінің",
            "бұйрығы",
            "Приказ Министра науки и высшего образования Республики Казахстан",
        ),
        (
            "Қазақстан Республикасы Үкіметінің",
            "қаулысы",
            "Постановление Правительства Республики Казахстан",
        ),
        (
            "Қазақстан Республикасы Қаржы министрінің",
            "бұйрығы",
            "Приказ Министра финансов Республики Казахстан",
        ),
    ]
    titles = [
        "Жоғары білімнің мемлекеттік жалпыға міндетті стандартын бекіту туралы",
        "Білім беру ұйымдарында білім алушылардың үлгеріміне ағымдағы бақылау жүргізудің үлгілік қағидаларын бекіту туралы",
        "Мемлекеттік білім беру тапсырысын орналастыру қағидаларын бекіту туралы",
        "Жатақханалардағы орындарды бөлу қағидаларын бекіту туралы",
        "Оқу-әдістемелік жұмысты ұйымдастыру қағидаларын бекіту туралы",
        "Кредиттік оқыту технологиясы бойынша оқу процесін ұйымдастыру қағидаларын бекіту туралы",
        "Мемлекеттік стипендиялар тағайындау қағидаларын бекіту туралы",
        "Мемлекеттік сатып алуды жүзеге асыру қағидаларын бекіту туралы",
        "Бюджеттік бағдарламаларды іске асыру қағидаларын бекіту туралы",
        "Академиялық ұтқырлық қағидаларын бекіту туралы",
        "Ғылыми қызметті гранттық қаржыландыру қағидаларын бекіту туралы",
        "Білім беру ұйымдарының қызметін аттестаттау қағидаларын бекіту туралы",
    ]
    lines = [
        "# Университет қызметін реттейтін нормативтік құқықтық актілер\n",
        "Заңдар:\n",
        "1. «Білім туралы» Қазақстан Республикасының 2007 жылғы 27 шілдедегі № 319-III Заңы.",
        "2. «Ғылым туралы» Қазақстан Республикасының 2011 жылғы 18 ақпандағы № 407-IV Заңы.",
        "3. «Мемлекеттік сатып алу туралы» Қазақстан Республикасының 2024 жылғы 1 шілдедегі № 106-VIII Заңы.",
        "4. «Дербес деректер және оларды қорғау туралы» Қазақстан Республикасының 2013 жылғы 21 мамырдағы № 94-V Заңы.",
        "\nЗаңға тәуелді актілер (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімі бойынша):\n",
    ]
    dates = [dt.date(2005, 3, 12)] + [rdate("1996-01-01", "2024-12-20") for _ in range(44)]
    fin_titles = {titles[7], titles[8]}
    for k, d in enumerate(sorted(dates), 5):
        title = R.choice(titles)
        if title in fin_titles:
            kind = kinds[3]
        elif R.random() < 0.2:
            kind = kinds[2]
        else:
            kind = kinds[1] if d.year >= 2022 else kinds[0]
        no = R.randint(10, 700) if "министр" in kind[0] else R.randint(100, 1500)
        reg = 1500 + (d.year - 1996) * 1240 + d.timetuple().tm_yday * 3 + R.randint(0, 90)
        regd = d + dt.timedelta(days=R.randint(7, 40))
        kk = (
            f"{k}. {kind[0]} {kk_long(d)} № {no} {kind[1]}. «{title}». "
            f"Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № {reg} болып тіркелген "
            f"({dmy(regd)})."
        )
        if "Үкімет" in kind[0]:
            kk = f"{k}. {kind[0]} {kk_long(d)} № {no} {kind[1]}. «{title}»."
        lines.append(kk)
        if R.random() < 0.35:
            lines.append(
                f"   Орыс тіліндегі мәтіні: {kind[2]} от {dmy(d)} N {no}"
                + (
                    f", зарегистрирован в Реестре государственной регистрации нормативных правовых актов под N {reg}."
                    if "Үкімет" not in kind[0]
                    else "."
                )
            )
    lines.append(
        "\nТізім 2025-01-09 жағдайы бойынша жаңартылды. Эталондық бақылау банкі: adilet.zan.kz.\n"
    )
    write(
        "a05_kk_normativtik_aktiler.md",
        "\n".join(lines),
        None,
        "List of normative acts: 'тізілімде № 17565 болып тіркелген', act dates from 1996-2024 in dd.mm.yyyy "
        "(includes 12.03.2005 — the same string as the birth date in b05), Russian 'N 319' style numbers.",
        hard=[
            "document date 12.03.2005 identical to the b05 birth date",
            "dates in birth-year ranges (1996-2012)",
            "'под N 17565'",
        ],
    )


CLASSICS_RU = [
    "Абай. Слова назидания",
    "Ауэзов М. Путь Абая",
    "Толстой Л. Н. Война и мир",
    "Пушкин А. С. Евгений Онегин",
    "Достоевский Ф. М. Преступление и наказание",
]
TOPICS_RU = [
    "Теоретические основы электротехники",
    "Высшая математика",
    "Органическая химия",
    "Экономическая теория",
    "Программирование на Python",
    "Базы данных",
    "Сопротивление материалов",
    "История Казахстана",
    "Философия",
    "Английский язык для инженеров",
    "Теплотехника",
    "Основы права",
    "Микробиология",
    "Электрические машины",
    "Маркетинг",
    "Бухгалтерский учёт",
    "Компьютерные сети",
    "Металлургия чёрных металлов",
    "Психология развития",
    "Экология и устойчивое развитие",
]
UDC = [
    "621.3",
    "517",
    "547",
    "330.1",
    "004.43",
    "004.65",
    "539.3",
    "94(574)",
    "1",
    "811.111:62",
    "536.7",
    "34",
    "579",
    "621.313",
    "339.138",
    "657",
    "004.7",
    "669.1",
    "159.922",
    "502.1",
]
BBK = [
    "31.2",
    "22.1",
    "24.2",
    "65.01",
    "32.973",
    "32.973.2",
    "30.121",
    "63.3(5Каз)",
    "87",
    "81.2Англ",
    "31.3",
    "67.0",
    "28.4",
    "31.261",
    "65.290",
    "65.052",
    "32.973.202",
    "34.31",
    "88.8",
    "20.1",
]


def isbn13_kz(hyphen=True, group="601"):
    reg_len = R.choice([2, 3, 4])
    reg = str(R.randint(10 ** (reg_len - 1), 10**reg_len - 1))
    pub = "".join(R.choice("0123456789") for _ in range(9 - len(group) - reg_len))
    body = "978" + group + reg + pub
    c = ean13_digit(body)
    return f"978-{group}-{reg}-{pub}-{c}" if hyphen else body + c


def isbn10(group):
    reg_len = R.choice([2, 3, 4])
    reg = str(R.randint(10 ** (reg_len - 1), 10**reg_len - 1))
    pub = "".join(R.choice("0123456789") for _ in range(9 - len(group) - reg_len))
    return f"{group}-{reg}-{pub}-{isbn10_digit(group + reg + pub)}"


def a06():
    rows = []
    for _i in range(200):
        t = R.randrange(len(TOPICS_RU))
        title = R.choice(CLASSICS_RU) if R.random() < 0.08 else f"{TOPICS_RU[t]}: учебник"
        year = R.randint(1986, 2025)
        if year < 2007:
            isbn = "ISBN " + isbn10(R.choice(["5", "9965"]))
        else:
            isbn = R.choice(
                [
                    "ISBN " + isbn13_kz(True),
                    isbn13_kz(False),
                    isbn13_kz(True, "5"),
                    isbn13_kz(False, "601"),
                ]
            )
        inv = f"{R.randint(1, 480000):09d}"
        call = f"{BBK[t].split('(')[0]} / {R.choice('АБВГДЕКЛМНПРСТ')} {R.randint(10, 99)}"
        rows.append(
            [
                inv,
                call,
                f"УДК {UDC[t]}",
                f"ББК {BBK[t]}",
                title,
                R.choice(
                    ["Алматы: Эверо", "Астана: Фолиант", "Павлодар: ЕУ", "М.: Юрайт", "СПб.: Лань"]
                ),
                year,
                isbn,
                f"{R.randint(96, 640)} с.",
                R.randint(1, 40),
                money(R.randint(2500, 19000), False),
            ]
        )
    write(
        "a06_ru_novye_postupleniya_biblioteki.csv",
        csv_text(
            [
                "Инв. №",
                "Шифр хранения",
                "УДК",
                "ББК",
                "Заглавие",
                "Издательство",
                "Год",
                "ISBN",
                "Объём",
                "Экз.",
                "Цена, тг",
            ],
            rows,
        ),
        None,
        "Library acquisitions: 9-digit zero-padded inventory numbers, ISBN-13 hyphenated and unhyphenated "
        "(13 digits starting 978), ISBN-10 5-/9965-, UDC/BBK, call numbers; authors only classic "
        "(Абай, Ауэзов, Толстой...) — not private persons.",
        hard=[
            "9-digit inventory numbers (ID-card-like)",
            "bare 13-digit ISBNs",
            "historic authors' names in titles",
        ],
    )


def a07():
    topics = [
        "Электротехниканың теориялық негіздері",
        "Жоғары математика",
        "Органикалық химия",
        "Экономикалық теория",
        "Python тілінде бағдарламалау",
        "Деректер қоры",
        "Қазақстан тарихы",
        "Философия",
        "Жылу техникасы",
        "Құқық негіздері",
        "Микробиология",
        "Электр машиналары",
        "Маркетинг",
        "Бухгалтерлік есеп",
        "Компьютерлік желілер",
        "Абай. Қара сөздер",
        "Әуезов М. Абай жолы: роман-эпопея",
    ]
    rows = []
    for i in range(1, 81):
        t = R.randrange(len(topics))
        year = R.randint(2008, 2025)
        rows.append(
            [
                i,
                topics[t] + ("" if "." in topics[t] else ": оқулық"),
                f"ӘОЖ {UDC[t % len(UDC)]}",
                f"КБЖ {BBK[t % len(BBK)]}",
                R.choice(
                    [
                        "Алматы: Эверо",
                        "Астана: Фолиант",
                        "Павлодар: ЕУ баспасы",
                        "Алматы: Қазақ университеті",
                    ]
                ),
                year,
                R.choice([isbn13_kz(True), isbn13_kz(False)]),
                f"{R.randint(96, 512)} б.",
                f"{R.randint(1, 60)} дана",
            ]
        )
    body = (
        "<p>2025 жылғы ақпан-наурыз айларында кітапхана қорына түскен жаңа басылымдар. "
        'Электрондық каталог: <a href="https://lib.ertisuni.edu.kz/opac">lib.ertisuni.edu.kz/opac</a>. '
        "Оқу залы: 1-корпус, 105-аудитория, 09:00–20:00.</p>\n"
        + html_table(["№", "Атауы", "ӘОЖ", "КБЖ", "Баспа", "Жылы", "ISBN", "Көлемі", "Саны"], rows)
    )
    write(
        "a07_kk_kitaphana_zhana_tusimder.html",
        html_page("kk", "Кітапхананың жаңа түсімдері", body),
        None,
        "Kazakh library list: ӘОЖ/КБЖ codes, ISBN-13 with and without hyphens, page counts; "
        "'Абай', 'Әуезов' are historic authors.",
        hard=["bare 13-digit ISBNs", "historic persons' names in titles"],
    )


def issn():
    b = f"{R.randint(1000000, 2999999)}"
    return f"{b[:4]}-{b[4:]}{issn_digit(b)}"


JOURNAL_ISSN = (issn(), issn())


def a08():
    issn_p, issn_e = JOURNAL_ISSN
    topics = [
        "Thermal modelling of a fluidised-bed boiler",
        "Load forecasting for regional power grids",
        "Corrosion of low-alloy steel in alkaline media",
        "A lightweight intrusion detection model",
        "Soil salinity mapping with Sentinel-2",
        "Ash utilisation in road construction",
        "Digital twin of a ferroalloy furnace",
        "Optimal placement of capacitor banks",
        "Rheology of coal-water slurry",
        "Graph neural networks for timetabling",
        "Fatigue of welded joints at low temperature",
        "Vibration diagnostics of pumps",
        "Energy audit of university buildings",
        "Water treatment with natural sorbents",
        "Heat pump performance in a sharply continental climate",
    ]
    rows, page = [], 9
    for k in range(30):
        pages = R.randint(8, 16)
        rec = rdate("2024-03-01", "2024-06-30")
        acc = rec + dt.timedelta(days=R.randint(20, 70))
        doi = f"10.58321/2708-{issn_e[5:]}.2024.3.{k + 1:03d}"
        irn = R.choice(
            [
                "",
                f"AP{R.randint(19670000, 19699999)}",
                f"BR{R.randint(21880000, 21889999)}",
                f"AP{R.randint(23480000, 23499999)}",
            ]
        )
        rows.append(
            [
                f"{k + 1}",
                R.choice(topics)
                + (
                    ""
                    if R.random() < 0.5
                    else f" ({R.choice(['case study', 'experimental study', 'review'])})"
                ),
                f"UDC {R.choice(UDC)}",
                f"pp. {page}-{page + pages - 1}",
                doi,
                f"Received {dmy(rec)}; accepted {dmy(acc)}; published 30.09.2024",
                f"Funding: IRN {irn}" if irn else "—",
            ]
        )
        page += pages
    body = (
        f"<p>Bulletin of Ertis University. Series: Engineering. Vol. 12, No. 3 (2024). "
        f"ISSN {issn_p} (Print), ISSN {issn_e} (Online). Registered by the Ministry of Information "
        f"and Social Development, certificate No. KZ45VPY00021874 of 12.05.2020.</p>\n"
        + html_table(["#", "Title", "UDC", "Pages", "DOI", "Dates", "Funding"], rows)
    )
    write(
        "a08_en_journal_toc_vol12_no3.html",
        html_page("en", "Vol. 12 No. 3 (2024) — Contents", body),
        None,
        "Journal table of contents: ISSN (valid check digits), DOIs, page ranges pp. 9-20, UDC, "
        "received/accepted dd.mm.yyyy dates, grant IRNs; no author names.",
        hard=["dd.mm.yyyy dates after 'Received'", "DOI suffixes with digit runs"],
    )


def a09():
    rows = []
    for i in range(1, 61):
        kind = R.choice(["AP", "AP", "AP", "BR", "OR"])
        start = R.choice([2022, 2023, 2024])
        irn = (
            f"{kind}{R.randint(19600000, 23999999)}"
            if kind == "AP"
            else f"{kind}{R.randint(21800000, 24999999)}"
        )
        dur = 3 if kind != "AP" or R.random() < 0.8 else 2
        amounts = [R.randint(15, 90) * 1_000_000 + R.randint(0, 999) * 1000 for _ in range(dur)]
        per = [money(a, False) for a in amounts] + [""] * (3 - dur)
        rows.append(
            [
                i,
                irn,
                {
                    "AP": "Грантовое финансирование",
                    "BR": "Программно-целевое финансирование",
                    "OR": "Программно-целевое финансирование (ОР)",
                }[kind],
                R.choice(
                    [
                        "Энергетика и машиностроение",
                        "Информационные технологии",
                        "Науки о жизни",
                        "Рациональное использование водных ресурсов",
                        "Социальные и гуманитарные науки",
                    ]
                ),
                f"{start}-{start + dur - 1}",
                f"№ {R.randint(100, 999)}/ЖГ-{start % 100}-{(start + dur - 1) % 100}",
                *per,
                money(sum(amounts), False),
            ]
        )
    write(
        "a09_ru_granty_nauchnye_proekty.csv",
        csv_text(
            [
                "№",
                "ИРН",
                "Вид финансирования",
                "Приоритет",
                "Сроки",
                "№ договора",
                "Сумма 1-й год, тг",
                "Сумма 2-й год, тг",
                "Сумма 3-й год, тг",
                "Итого, тг",
            ],
            rows,
        ),
        None,
        "Research grants: IRN AP19680123 / BR21882302 style (2 letters + 8 digits), project periods 2023-2025, "
        "contract numbers, amounts up to 10 digits with spaces.",
        hard=[
            "letters+8 digits (like N+8 passport but AP/BR/OR)",
            "9-10 digit amounts with spaces",
        ],
    )


def a10():
    ipc = [
        "G01N 33/00",
        "C02F 1/28",
        "H02J 3/18",
        "C22B 34/32",
        "F23C 10/00",
        "B01D 53/02",
        "G06N 3/08",
        "E01C 7/14",
        "F24D 3/18",
        "C04B 18/08",
        "A01B 79/00",
        "H02K 15/00",
    ]
    subj = [
        "Method for producing ferrosilicon",
        "Sorbent for water treatment",
        "Device for reactive power compensation",
        "Fluidised-bed furnace",
        "Method for soil desalination",
        "Road base mixture with fly ash",
        "Heat pump control unit",
        "Vibration sensor mount",
        "Electrode paste composition",
    ]
    lines = [
        "# Patents and utility models, 2015-2025\n",
        "Titles are given in English translation; full texts are available from the National Institute "
        "of Intellectual Property (bulletin numbers below). Inventors are listed in the official "
        "publications only.\n",
    ]
    rows = []
    for i in range(1, 51):
        inv = R.random() < 0.45
        filed = rdate("2014-01-01", "2024-06-30")
        pub = filed + dt.timedelta(days=R.randint(120, 560))
        no = R.randint(31000, 36999) if inv else R.randint(1200, 9999)
        rows.append(
            [
                i,
                "Invention patent" if inv else "Utility model patent",
                f"KZ No. {no}",
                f"{filed.year}/{R.randint(100, 1999):04d}.{1 if inv else 2}",
                dmy(filed),
                f"Bull. No. {R.randint(1, 52)}, {dmy(pub)}",
                R.choice(ipc),
                R.choice(subj),
            ]
        )
    lines.append(
        md_table(["#", "Type", "Number", "Application", "Filed", "Published", "IPC", "Title"], rows)
    )
    lines.append(
        "\nLast updated 2025-02-11. Maintained under ISO 9001:2015 procedure DP-11-2021.\n"
    )
    write(
        "a10_en_patents.md",
        "\n".join(lines),
        None,
        "Patents list: KZ patent/utility-model numbers, application numbers 2019/0456.1, bulletin numbers "
        "and dates, IPC codes; no inventors named.",
    )


CAMPUS = [  # code, kk name, ru name, en name, address ru, lat, lon, kato
    (
        "C1",
        "Бас оқу корпусы",
        "Главный учебный корпус",
        "Main academic building",
        "ул. Академика Сатпаева, 140",
        52.28714,
        76.96531,
        KATO_CITY,
    ),
    (
        "C2",
        "№ 2 оқу корпусы",
        "Учебный корпус № 2",
        "Academic building 2",
        "ул. Академика Сатпаева, 142",
        52.28662,
        76.96712,
        KATO_CITY,
    ),
    (
        "C3",
        "№ 3 оқу корпусы",
        "Учебный корпус № 3",
        "Academic building 3",
        "пр. Нурсултана Назарбаева, 77",
        52.29105,
        76.95220,
        KATO_CITY,
    ),
    (
        "C4",
        "Зертханалық корпус",
        "Лабораторный корпус",
        "Laboratory building",
        "ул. Торайгырова, 64/1",
        52.28402,
        76.96958,
        KATO_CITY,
    ),
    (
        "C5",
        "Спорт кешені",
        "Спортивный комплекс",
        "Sports complex",
        "ул. Кутузова, 202",
        52.27933,
        76.97840,
        KATO_CITY,
    ),
    (
        "C6",
        "Екібастұз филиалы",
        "Экибастузский филиал",
        "Ekibastuz branch",
        "г. Экибастуз, ул. Машхур Жусупа, 11",
        51.72358,
        75.32287,
        KATO_EKIB,
    ),
    (
        "C7",
        "Агробиостанция",
        "Агробиостанция",
        "Agro-biological station",
        "Павлодарский р-н, с. Кенжеколь, промзона, 1",
        52.22311,
        77.03872,
        "556455100",
    ),
    (
        "C8",
        "Ботаникалық бақ",
        "Ботанический сад",
        "Botanical garden",
        "ул. Ак. Маргулана, 15",
        52.29874,
        76.94403,
        KATO_CITY,
    ),
]


def a11():
    rows, k = [], 0
    for c in CAMPUS:
        for floor in range(1, R.randint(3, 6)):
            for room in sorted(R.sample(range(1, 30), R.randint(2, 4))):
                k += 1
                rows.append(
                    [
                        k,
                        c[0],
                        c[1],
                        floor,
                        f"{c[0]}-{floor}{room:02d}",
                        f"ҚАТО коды {c[7]}",
                        "140000"
                        if c[7] == KATO_CITY
                        else ("141200" if c[7] == KATO_EKIB else "140700"),
                        f"{c[5] + R.uniform(-0.0004, 0.0004):.6f}",
                        f"{c[6] + R.uniform(-0.0004, 0.0004):.6f}",
                        R.randint(8, 42),
                    ]
                )
    write(
        "a11_kk_kampus_kato_kodtary.csv",
        csv_text(
            [
                "Р/с",
                "Корпус коды",
                "Атауы",
                "Қабат",
                "Бөлме коды",
                "ҚАТО",
                "Пошта индексі",
                "Ендік",
                "Бойлық",
                "Аудиториялар саны",
            ],
            rows,
        ),
        None,
        "Campus register: 'ҚАТО коды 551010000' (9 digits after the word 'код'), postcodes 140000, GPS "
        "coordinates with 6 decimals, room codes.",
        hard=["9-digit KATO after 'коды'", "6-digit postcodes", "GPS decimals"],
    )


def a12():
    rows = [
        ["БИН", UNI_BIN],
        ["Кбе", "16"],
        ["ОКЭД", f"{OKED} — Высшее образование"],
        ["ОКПО", OKPO],
        ["КАТО", KATO_CITY],
        ["Почтовый индекс", f"140000 (новый формат: {NEW_POSTCODE})"],
        ["Юридический адрес", ADDR["ru"]],
        ["Свидетельство о гос. перерегистрации", "серия В № 0712453 от 20.06.2013"],
        [
            "Справка о гос. перерегистрации юрлица",
            "выдана 03.11.2020 (электронная, код проверки 1003-2020-KZ-0457)",
        ],
    ]
    for b in BANKS[:3]:
        rows += [[f"ИИК в {b[0]}", UNI_IBANS[b[3]]], [f"БИК {b[0]}", b[3]]]
    body = (
        html_table(["Реквизит", "Значение"], rows, "Реквизиты университета")
        + "\n<h2>Коды назначения платежа (КНП) и КБК для оплаты услуг</h2>\n"
    )
    knp = [
        ("861", "Оплата за обучение"),
        ("859", "Оплата за проживание в общежитии"),
        ("853", "Оплата за курсы повышения квалификации"),
        ("855", "Оплата за летний семестр"),
        ("890", "Прочие платежи за услуги"),
        ("911", "Благотворительная помощь"),
        ("851", "Оплата за обучение иностранных граждан"),
        ("856", "Оплата за пересдачу (Retake)"),
    ]
    rows2 = []
    for i in range(36):
        k = knp[i % len(knp)]
        b = BANKS[i % 3]
        rows2.append(
            [
                i + 1,
                k[0],
                k[1],
                UNI_IBANS[b[3]],
                b[3],
                "16",
                "—" if i % 3 else f"КБК {R.choice(['201002', '204101', '206110'])}",
                f"{2019 + i % 6}-{2020 + i % 6}",
            ]
        )
    body += html_table(
        ["№", "КНП", "Назначение", "ИИК (IBAN)", "БИК", "Кбе", "КБК", "Учебный год"], rows2
    )
    write(
        "a12_ru_rekvizity.html",
        html_page("ru", "Реквизиты", body),
        None,
        "Institution requisites page: the university's own BIN, IBANs KZ.. (mod-97 valid, public), BIC codes, "
        "Кбе, ОКЭД 85421, ОКПО, KATO, postcodes, legal (institutional) address on a street.",
        hard=[
            "institutional street address (not a home address)",
            "certificate 'серия В № 0712453' (letter + 7 digits)",
        ],
    )


def a13():
    iban = UNI_IBANS["HSBKKZKX"]
    lines = [
        "# Tuition payment instructions for international students (2025-2026)\n",
        "Tuition fees are paid in tenge (KZT) or in US dollars by bank transfer. Please always state "
        "your **application code** (format APP-2025-0000), never your passport details, in the payment reference.\n",
        "## Beneficiary\n",
        f"- Beneficiary: {UNI['en']}",
        f"- BIN: {UNI_BIN}",
        f"- Address: {ADDR['en']}",
        f"- IBAN (KZT): {iban_groups(iban)}",
        f"- IBAN (USD): {iban_groups(make_iban('601'))}",
        "- Beneficiary bank: Halyk Bank of Kazakhstan JSC, Almaty; SWIFT/BIC: HSBKKZKX",
        "- Kbe: 16; KNP (payment purpose code): 861 (tuition) or 851 (tuition of foreign citizens)\n",
        "## Correspondent banks for USD\n",
    ]
    rows = []
    corr = [
        ("Citibank N.A., New York", "CITIUS33"),
        ("The Bank of New York Mellon", "IRVTUS3N"),
        ("JPMorgan Chase Bank, N.A.", "CHASUS33"),
        ("Deutsche Bank Trust Company Americas", "BKTRUS33"),
    ]
    for c in corr:
        rows.append(
            [
                c[0],
                c[1],
                f"{R.randint(10000000, 99999999):08d}",
                f"ABA {R.randint(21000000, 26999999):09d}",
            ]
        )
    lines.append(
        md_table(["Correspondent bank", "SWIFT", "Account of Halyk Bank", "Routing"], rows)
    )
    lines.append("\n## Fee schedule by programme (KZT per academic year)\n")
    rows = []
    for p in PROGRAMMES:
        fee = R.randint(95, 210) * 10000
        rows.append(
            [
                prog_code("B", p),
                p[3],
                money(fee, False),
                money(fee // 60 * 1, False) + " per ECTS credit",
                "60 ECTS",
            ]
        )
    lines.append(md_table(["Code", "Programme", "Fee, KZT", "Per credit", "Annual load"], rows))
    lines.append(
        "\nExchange rate: National Bank official rate on the day of payment. Document ref. 01-07-15/2345, "
        "version 2025-04-01.\n"
    )
    bban = iban[4:]
    bban_note = (
        f"the KZT IBAN's BBAN '{iban_groups(bban)}' is 16 pure digits in 4x4 groups starting {bban[:4]} "
        f"(Luhn {'PASSES' if luhn_ok(bban) else 'fails'}) — card-like; "
        if bban.isdigit()
        else ""
    )
    write(
        "a13_en_tuition_payment_instructions.md",
        "\n".join(lines),
        None,
        "Bank transfer instructions: "
        + bban_note
        + "university IBANs written in 4-character groups, "
        "SWIFT codes, correspondent account numbers (8 digits), ABA routing (9 digits), KNP/Kbe codes, fees.",
        hard=["IBAN in groups of 4", "9-digit ABA routing numbers", "8-digit account numbers"],
    )


ORD_RU = {
    "лс": [
        "О приёме на работу сотрудников кафедры",
        "О предоставлении трудовых отпусков",
        "О перераспределении ставок профессорско-преподавательского состава",
        "О поощрении сотрудников к празднику",
    ],
    "од": [
        "Об утверждении академического календаря на 2025-2026 учебный год",
        "Об утверждении плана внутреннего аудита",
        "О создании рабочей группы по противодействию коррупции",
        "О проведении инвентаризации основных средств",
        "Об утверждении номенклатуры дел на 2025 год",
        "О введении в действие СТ РК ISO 9001-2016",
    ],
    "у": [
        "О переводе обучающихся с курса на курс",
        "О назначении государственной стипендии",
        "О зачислении на 1 курс (грант)",
        "Об утверждении тем дипломных работ",
        "О допуске к итоговой аттестации",
    ],
    "к": [
        "О командировании сотрудников на конференцию",
        "О направлении преподавателей на стажировку",
        "О командировании для участия в приёмной кампании",
    ],
}


def order_rows_ru(n, year):
    rows, cnt = [], {k: R.randint(1, 20) for k in ORD_RU}
    d = dt.date(year, 1, 9)
    for i in range(n):
        d += dt.timedelta(days=R.choice([0, 0, 1, 1, 2, 3]))
        kind = R.choices(list(ORD_RU), weights=[3, 3, 4, 2])[0]
        cnt[kind] += R.randint(1, 4)
        ts = dt.datetime.combine(d, dt.time(R.randint(9, 18), R.randint(0, 59), R.randint(0, 59)))
        rows.append(
            [
                i + 1,
                f"№ {cnt[kind]}-{kind}",
                dmy(d),
                R.choice(ORD_RU[kind]),
                f"01-{R.randint(1, 12):02d}-{R.randint(1, 30):02d}/{R.randint(1000, 9999)}",
                R.choice(["5 лет", "10 лет", "75 лет ЭПК", "постоянно"]),
                ts.strftime("%Y-%m-%dT%H:%M:%S+05:00"),
            ]
        )
    return rows


def a14():
    rows = order_rows_ru(250, 2024)
    write(
        "a14_ru_reestr_prikazov_2024.csv",
        csv_text(
            [
                "№",
                "Рег. номер",
                "Дата",
                "Краткое содержание",
                "Индекс дела",
                "Срок хранения",
                "Подписан ЭЦП",
            ],
            rows,
        ),
        None,
        "Rector's orders registry (no names): '№ 245-лс', case indices '01-07-15/2345' (phone-like groups), "
        "retention periods, ISO timestamps of e-signing.",
        hard=["case indices 01-07-15/2345 (telephone-like groups)"],
    )


ORD_KK = {
    "ж": [
        "Қызметкерлерді жұмысқа қабылдау туралы",
        "Еңбек демалысын беру туралы",
        "Ставкаларды қайта бөлу туралы",
    ],
    "н": [
        "2025-2026 оқу жылына академиялық күнтізбені бекіту туралы",
        "Ішкі аудит жоспарын бекіту туралы",
        "Сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі жұмыс тобын құру туралы",
        "Негізгі құралдарды түгендеу туралы",
    ],
    "с": [
        "Білім алушыларды курстан курсқа ауыстыру туралы",
        "Мемлекеттік стипендия тағайындау туралы",
        "Бірінші курсқа қабылдау туралы (грант)",
        "Дипломдық жұмыстардың тақырыптарын бекіту туралы",
    ],
    "і": ["Қызметкерлерді іссапарға жіберу туралы", "Оқытушыларды тағылымдамаға жіберу туралы"],
}


def a15():
    rows, cnt = [], {k: R.randint(1, 20) for k in ORD_KK}
    d = dt.date(2025, 1, 8)
    for i in range(150):
        d += dt.timedelta(days=R.choice([0, 1, 1, 2]))
        kind = R.choices(list(ORD_KK), weights=[3, 3, 4, 2])[0]
        cnt[kind] += R.randint(1, 3)
        rows.append(
            [
                i + 1,
                f"Бұйрық № {cnt[kind]}-{kind}",
                dmy(d),
                R.choice(ORD_KK[kind]),
                f"02-{R.randint(1, 9):02d}-{R.randint(1, 40):02d}/{R.randint(100, 3999)}",
                R.choice(
                    ["Ректор", "Бірінші проректор", "Академиялық мәселелер жөніндегі проректор"]
                ),
            ]
        )
    body = (
        "<p>Бұйрықтардың толық мәтіндері дербес деректерсіз жарияланады. Құжат айналымы: "
        "«Documentolog» жүйесі, нұсқа 8.12.3.</p>\n"
        + html_table(["№", "Тіркеу нөмірі", "Күні", "Мазмұны", "Іс индексі", "Қол қойған"], rows)
    )
    write(
        "a15_kk_buyryqtar_tizilimi_2025.html",
        html_page("kk", "Бұйрықтар тізілімі, 2025", body),
        None,
        "Kazakh orders registry: 'Бұйрық № 245-ж', '№ 88-с', case indices 02-07-15/2345, positions only (no names), "
        "software version 8.12.3.",
    )


def a16():
    courses = [
        "Algorithms and Data Structures",
        "Discrete Mathematics",
        "Database Systems",
        "Operating Systems",
        "Computer Networks",
        "Web Technologies",
        "Software Engineering",
        "Information Security Basics",
        "Machine Learning",
        "Cloud Computing",
        "Mobile Development",
        "Computer Architecture",
        "Modern History of Kazakhstan",
        "Philosophy",
        "Kazakh (Russian) Language",
        "Foreign Language",
        "Information and Communication Technologies",
        "Physical Education",
        "Linear Algebra",
        "Probability and Statistics",
        "Numerical Methods",
        "Project Management",
        "Human-Computer Interaction",
        "Big Data Analytics",
        "Internet of Things",
        "Compiler Construction",
        "Computer Graphics",
        "Parallel Programming",
        "Research Methods",
        "Educational Practice",
        "Industrial Practice",
        "Pre-diploma Practice",
        "Final Attestation",
        "Economics for Engineers",
        "Ecology and Life Safety",
        "Cybersecurity Law",
        "DevOps Practices",
        "Data Visualisation",
        "Natural Language Processing",
        "Computer Vision",
        "Blockchain Fundamentals",
        "Systems Analysis",
        "Quality Assurance in IT",
        "Entrepreneurship",
        "Digital Signal Processing",
        "Embedded Systems",
        "Technical English",
        "Academic Writing",
        "Sociology",
        "Political Science",
        "Cultural Studies",
        "Psychology",
        "Physics I",
        "Physics II",
        "Calculus I",
        "Calculus II",
        "Object-Oriented Programming",
        "Functional Programming",
        "Team Project",
        "Thesis",
    ]
    rows = []
    for i, c in enumerate(courses):
        sem = min(8, 1 + i // 8)
        ects = R.choice([3, 4, 5, 5, 5, 6]) if "Practice" not in c else R.choice([2, 6, 10])
        code = "".join(w[0] for w in c.split()[:3]).upper()
        rows.append(
            [
                f"{code} {sem}{R.randint(1, 3)}{i % 10:02d}",
                c,
                R.choice(["UC", "BD", "PD"]),
                R.choice(["compulsory", "elective"]),
                sem,
                ects,
                ects * 30,
                ects * 10,
                ects * 20,
                R.choice(["exam", "project", "test", "oral exam"]),
            ]
        )
    write(
        "a16_en_curriculum_6B06102.csv",
        csv_text(
            [
                "Code",
                "Course",
                "Cycle",
                "Component",
                "Semester",
                "ECTS",
                "Total hours",
                "Contact hours",
                "Independent study",
                "Assessment",
            ],
            rows,
            ",",
        ),
        None,
        "Curriculum of programme 6B06102: course codes, ECTS credits, hours, semesters.",
    )


def a17():
    rows = []
    groups = [
        f"{g}-{y}-{n}"
        for g in ["ИС", "ВТ", "ЭЭ", "ТЭ", "ХТ", "ЭК", "ФИН", "ЮР", "МЕТ", "СТР"]
        for y in (22, 23, 24)
        for n in (1, 2)
    ]
    d0 = dt.date(2025, 5, 12)
    for _i in range(160):
        d = d0 + dt.timedelta(days=R.randint(0, 26))
        if d.weekday() == 6:
            d += dt.timedelta(days=1)
        b = R.randint(1, 5)
        rows.append(
            [
                R.choice(groups),
                R.choice(TOPICS_RU),
                dmy(d),
                R.choice(["09:00", "10:30", "12:30", "14:00", "15:30"]),
                f"Корпус {b}",
                f"{b}-{R.randint(1, 5)}{R.randint(0, 3)}{R.randint(1, 9)}",
                R.choice(["письменный", "устный", "тестирование (СДО, до 12:00)", "проект"]),
                R.choice([4, 5, 5, 6]),
                f"экз. ведомость № {R.randint(1000, 9999)}-{d.year % 100}",
            ]
        )
    rows.sort(key=lambda r: (r[2][6:] + r[2][3:5] + r[2][:2], r[3]))
    write(
        "a17_ru_raspisanie_ekzamenov_2025.csv",
        csv_text(
            [
                "Группа",
                "Дисциплина",
                "Дата",
                "Время",
                "Корпус",
                "Аудитория",
                "Форма",
                "ECTS",
                "Ведомость",
            ],
            rows,
        ),
        None,
        "Exam timetable: group codes ИС-23-1, dates, times, rooms 3-312, ECTS, sheet numbers.",
    )


def a18():
    lines = ["# Changelog — ertisuni.edu.kz\n", "All notable changes to the university website.\n"]
    v = [3, 0, 0]
    ts = dt.datetime(2023, 2, 1, 10, 0, 0)
    entries = []
    for _i in range(60):
        if R.random() < 0.15:
            v = [v[0], v[1] + 1, 0]
        else:
            v[2] += 1
        ts += dt.timedelta(
            hours=R.randint(20, 400), minutes=R.randint(0, 59), seconds=R.randint(0, 59)
        )
        h = "".join(R.choice("0123456789abcdef") for _ in range(7))
        epoch = int(ts.replace(tzinfo=dt.timezone(dt.timedelta(hours=5))).timestamp())
        entries.append((f"{v[0]}.{v[1]}.{v[2]}", ts, h, epoch))
    for ver, t, h, ep in reversed(entries):
        lines.append(f"## [{ver}] — {t.strftime('%Y-%m-%d')}\n")
        lines.append(
            f"- build #{t.strftime('%Y%m%d')}.{R.randint(1, 9)}, commit `{h}`, deployed {t.strftime('%Y-%m-%dT%H:%M:%S+05:00')} (epoch {ep})"
        )
        lines.append(
            f"- {R.choice(['Fixed pagination in news archive', 'Updated procurement plan page', 'Added Kazakh translation of the library page', 'Upgraded Django to 4.2.' + str(R.randint(1, 16)), 'Improved accessibility (WCAG 2.1 AA)', 'Optimised images (WebP, quality 82)', 'New schedule export to iCal', 'Security: bumped Pillow to 10.' + str(R.randint(0, 4)) + '.' + str(R.randint(0, 2))])}\n"
        )
    lines.append(
        "```json\n"
        + json.dumps(
            {
                "latest": entries[-1][0],
                "released_epoch": entries[-1][3],
                "node": "v20.11.1",
                "python": "3.11.7",
            },
            indent=2,
        )
        + "\n```\n"
    )
    write(
        "a18_en_site_changelog.md",
        "\n".join(lines),
        None,
        "Website changelog: semantic versions, build numbers 20250115.3, 7-hex commit ids, ISO timestamps and "
        "10-digit Unix epochs (17xxxxxxxx).",
        hard=["10-digit Unix epoch seconds", "8-digit build dates YYYYMMDD"],
    )


def a19():
    stds = [
        "ISO 9001:2015",
        "СТ РК ISO 9001-2016",
        "ГОСТ 7.1-2003",
        "ГОСТ 7.32-2017",
        "ГОСТ Р 7.0.5-2008",
        "ГОСТ 2.105-95",
        "СТ РК 1.5-2019",
        "ISO 21001:2018",
        "ISO/IEC 27001:2022",
        "ESG 2015",
        "СТ РК ИСО 19011-2020",
        "ГОСТ 7.9-95",
    ]
    docs = [
        "Управление документацией",
        "Управление записями",
        "Внутренний аудит",
        "Управление несоответствиями",
        "Корректирующие действия",
        "Анализ со стороны руководства",
        "Проектирование образовательных программ",
        "Приём обучающихся",
        "Организация учебного процесса",
        "Итоговая аттестация",
        "Управление персоналом",
        "Закупки товаров, работ и услуг",
        "Научно-исследовательская деятельность",
        "Библиотечное обслуживание",
        "Воспитательная работа",
        "Академическая мобильность",
        "Оформление выпускных работ",
        "Управление рисками",
    ]
    lines = [
        "# Реестр документов системы менеджмента качества\n",
        "СМК университета сертифицирована на соответствие ISO 9001:2015 (сертификат № KZ.7500.03.01.2025/04812, "
        "срок действия 2022-2025) и СТ РК ISO 9001-2016.\n",
    ]
    rows = []
    for i in range(1, 51):
        d = rdate("2016-09-01", "2025-01-31")
        t = R.choice(["ДП", "П", "РИ", "ПЛ", "ПОЛ"])
        rows.append(
            [
                i,
                f"СМК-{t}-{R.randint(1, 25):02d}-{d.year}",
                R.choice(docs),
                f"ред. {R.randint(1, 6)}",
                dmy(d),
                ", ".join(R.sample(stds, 2)),
                f"{d.year}-{d.year + R.choice([3, 5])}",
                f"01-07-{R.randint(1, 30):02d}",
            ]
        )
    lines.append(
        md_table(
            [
                "№",
                "Код",
                "Наименование",
                "Редакция",
                "Введён",
                "Ссылки на стандарты",
                "Период действия",
                "Индекс дела",
            ],
            rows,
        )
    )
    write(
        "a19_ru_smk_reestr_dokumentov.md",
        "\n".join(lines),
        None,
        "QMS document register: ISO 9001:2015, СТ РК ISO 9001-2016, ГОСТ 7.1-2003, ГОСТ 2.105-95, doc codes "
        "СМК-ДП-04-2022, year ranges 2019-2024, case indices 01-07-15.",
        hard=[
            "standard numbers with dashes/colons",
            "year ranges",
            "certificate KZ.7500.03.01.2025/04812",
        ],
    )


REGIONS = [
    ("Павлодар облысы", "550000000"),
    ("Астана қ.", "710000000"),
    ("Алматы қ.", "750000000"),
    ("Ақмола облысы", "110000000"),
    ("Абай облысы", "100000000"),
    ("Қарағанды облысы", "350000000"),
    ("Солтүстік Қазақстан облысы", "590000000"),
    ("Шығыс Қазақстан облысы", "630000000"),
    ("Қостанай облысы", "390000000"),
    ("Шымкент қ.", "790000000"),
]


def a20():
    years = [f"{y}-{y + 1}" for y in range(2019, 2025)]
    doc = {
        "атауы": "Контингент статистикасы",
        "жариялаушы": UNI["kk"],
        "БСН": UNI_BIN,
        "жаңартылған": "2025-02-01T09:00:00+05:00",
        "нұсқа": "2.1",
        "деректер": [],
    }
    for y in years:
        for lvl, lname in (("B", "бакалавриат"), ("M", "магистратура"), ("D", "докторантура")):
            for p in R.sample(PROGRAMMES, 5 if lvl == "B" else 2):
                tot = R.randint(40, 900) if lvl == "B" else R.randint(5, 80)
                gr = R.randint(int(tot * 0.3), tot)
                doc["деректер"].append(
                    {
                        "оқу_жылы": y,
                        "деңгей": lname,
                        "бағдарлама_коды": prog_code(lvl, p),
                        "атауы": p[2],
                        "барлығы": tot,
                        "грант": gr,
                        "ақылы": tot - gr,
                        "грант_үлесі_%": round(100 * gr / tot, 1),
                        "өңірлер": [
                            {"өңір": r[0], "ҚАТО": r[1], "саны": R.randint(0, max(1, tot // 5))}
                            for r in R.sample(REGIONS, 3)
                        ],
                    }
                )
    write(
        "a20_kk_kontingent_statistikasy.json",
        jdump(doc),
        None,
        "Kazakh enrolment statistics JSON: academic-year ranges 2019-2020..2024-2025, programme codes, counts, "
        "percentages, region KATO codes (9 digits, e.g. 550000000).",
    )


def a21():
    rows, luhn_pass = [], []
    want_pass = set(R.sample(range(120), 5))
    for i in range(120):
        d = rdate("2024-01-09", "2024-12-27")
        while True:
            num = f"10{d.strftime('%y%m%d')}{R.randint(1, 40):03d}{R.randint(1, 99999):05d}"
            if (i in want_pass) == luhn_ok(num):
                break
        if i in want_pass:
            luhn_pass.append(num)
        grouped = " ".join(num[k : k + 4] for k in range(0, 16, 4)) if i % 3 != 2 else num
        sup = R.choice(SUPPLIERS)
        trk = f"{R.randint(10000000, 99999999)}"
        rows.append(
            [
                i + 1,
                grouped,
                dmy(d),
                R.choice(["Входящий", "Исходящий", "Внутренний"]),
                f"{sup['form']} «{sup['name']}»",
                sup["bin"],
                f"01-{R.randint(1, 12):02d}-{R.randint(1, 30):02d}/{R.randint(1000, 9999)}",
                f"RR{trk}{s10_digit(trk)}KZ" if R.random() < 0.5 else "—",
                R.randint(1, 28),
            ]
        )
    write(
        "a21_ru_reestr_edo_2024.csv",
        csv_text(
            [
                "№",
                "Уникальный номер ЭД (16 цифр)",
                "Дата регистрации",
                "Вид",
                "Корреспондент",
                "БИН корреспондента",
                "Индекс",
                "Почтовое отправление",
                "Листов",
            ],
            rows,
        ),
        None,
        "E-document registry: 16-digit registration numbers '10YYMMDD...' written 4x4 with spaces like a card; "
        f"115 fail Luhn, 5 PASS Luhn but are not cards (prefix 10 is no card scheme): {', '.join(luhn_pass)}. "
        "Also Kazpost tracking RR########KZ (S10 check digit, 9 digits), BINs, indices 01-07-15/2345.",
        hard=[
            "16-digit 4x4 groups, 5 of them Luhn-valid: " + ", ".join(luhn_pass),
            "RR123456785KZ tracking numbers",
        ],
        luhn_valid_non_cards=luhn_pass,
    )


def a22():
    feats = []
    for c in CAMPUS:
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [c[6], c[5]]},
                "properties": {
                    "code": c[0],
                    "name": c[3],
                    "address": c[4],
                    "kato": c[7],
                    "postcode": "140000"
                    if c[7] == KATO_CITY
                    else "141200"
                    if c[7] == KATO_EKIB
                    else "140700",
                    "floors": R.randint(1, 6),
                    "rooms": R.randint(12, 180),
                    "step_free": R.random() < 0.7,
                    "hours": "Mon-Fri 08:00-21:00; Sat 09:00-15:00",
                    "built": R.randint(1962, 2019),
                    "renovated": f"{R.randint(2015, 2024)}",
                },
            }
        )
    for k in range(32):
        c = R.choice(CAMPUS)
        feats.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [
                        round(c[6] + R.uniform(-0.002, 0.002), 6),
                        round(c[5] + R.uniform(-0.002, 0.002), 6),
                    ],
                },
                "properties": {
                    "code": f"{c[0]}-P{k + 1:02d}",
                    "name": R.choice(
                        [
                            "Parking",
                            "Bus stop",
                            "Entrance",
                            "ATM",
                            "Bicycle rack",
                            "Café",
                            "First aid point",
                        ]
                    ),
                    "capacity": R.randint(4, 120),
                    "updated": f"2025-0{R.randint(1, 3)}-{R.randint(10, 28)}T{R.randint(8, 18):02d}:{R.randint(0, 59):02d}:00Z",
                },
            }
        )
    write(
        "a22_en_campus_map.geojson.json",
        jdump(
            {
                "type": "FeatureCollection",
                "name": "ertis-campus",
                "crs": {"type": "name", "properties": {"name": "EPSG:4326"}},
                "features": feats,
            }
        ),
        None,
        "Campus GeoJSON: coordinates, institutional street addresses (streets named after historic persons), "
        "KATO, postcodes, build years, ISO timestamps.",
        hard=["street names of historic persons (Сатпаев, Торайгыров, Машхур Жусуп)"],
    )


def a23():
    specs = [
        ("111", "Оплата труда"),
        ("113", "Дополнительные денежные выплаты"),
        ("121", "Социальный налог"),
        ("122", "Социальные отчисления"),
        ("144", "Приобретение топлива, ГСМ"),
        ("149", "Приобретение прочих запасов"),
        ("151", "Оплата коммунальных услуг"),
        ("152", "Оплата услуг связи"),
        ("159", "Оплата прочих услуг и работ"),
        ("161", "Командировки внутри страны"),
        ("162", "Командировки за пределы страны"),
        ("169", "Прочие текущие затраты"),
        ("414", "Приобретение оборудования"),
        ("431", "Капитальный ремонт"),
    ]
    programs = [
        ("001 100 015", "Подготовка кадров с высшим образованием"),
        ("001 101 015", "Подготовка кадров (гранты МНВО)"),
        ("217 104 000", "Научные исследования (грантовое финансирование)"),
        ("217 105 000", "Программно-целевое финансирование"),
        ("226 004 000", "Подготовка кадров с послевузовским образованием"),
    ]
    rows = []
    for p in programs:
        for s in R.sample(specs, 10):
            plan = R.randint(2_000_000, 900_000_000) + R.randint(0, 99) / 100
            fact = plan * R.uniform(0.86, 1.0)
            rows.append(
                [
                    p[0],
                    p[1],
                    s[0],
                    s[1],
                    f"КБК {R.choice(['225010', '225101', '226004'])}",
                    money(plan),
                    money(fact),
                    f"{100 * fact / plan:.1f}%",
                ]
            )
    rows += [
        [
            "",
            "Итого по программе подготовки кадров",
            "",
            "",
            "",
            "7 701 456 120,00",
            "7 524 317 908,55",
            "97.7%",
        ],
        [
            "",
            "Итого по научным программам",
            "",
            "",
            "",
            "877 012 345,00",
            "870 115 409,12",
            "99.2%",
        ],
        [
            "",
            "Итого собственные доходы",
            "",
            "",
            "",
            "8 770 123 450,00",
            "8 701 234 567,00",
            "99.2%",
        ],
        [
            "",
            "Всего по университету",
            "",
            "",
            "",
            "17 348 591 915,00",
            "17 095 667 884,67",
            "98.5%",
        ],
    ]
    write(
        "a23_ru_ispolnenie_byudzheta_2024.csv",
        csv_text(
            [
                "Программа/подпрограмма",
                "Наименование",
                "Специфика",
                "Наименование специфики",
                "КБК",
                "План, тг",
                "Факт, тг",
                "Исполнение",
            ],
            rows,
        ),
        None,
        "Budget execution: programme codes '001 100 015' (9 digits in 3x3 groups), KBK, amounts with space "
        "thousand separators incl. 10-11 digit totals that start with 7/87 ('7 701 456 120', '8 770 123 450', "
        "'8 701 234 567') and look like phone numbers once spaces are stripped.",
        hard=[
            "'8 701 234 567,00' and '8 770 123 450,00' amounts (digits 87 01/87 70...)",
            "'001 100 015' 9-digit codes",
        ],
    )


def a24():
    rows = []
    for lvl in "BMD":
        for p in PROGRAMMES:
            if lvl != "B" and R.random() < 0.5:
                continue
            fee = R.randint(90, 240) * 10000 * (1 if lvl == "B" else 2)
            ects = {"B": 240, "M": 120, "D": 180}[lvl]
            rows.append(
                [
                    prog_code(lvl, p),
                    p[2],
                    ects,
                    money(fee, False),
                    money(round(fee / 60), False),
                    money(fee * {"B": 4, "M": 2, "D": 3}[lvl], False),
                    "2025-2026",
                ]
            )
    body = (
        "<p>Ақылы негізде оқу ақысы (теңге). Университет ректорының 2025 жылғы 14 наурыздағы № 87-н бұйрығымен "
        "бекітілген. Төлем КНП 861, Кбе 16.</p>\n"
        + html_table(
            [
                "БББ коды",
                "Атауы",
                "ECTS",
                "Жылына, теңге",
                "1 кредит, теңге",
                "Барлық кезеңге",
                "Оқу жылы",
            ],
            rows,
        )
    )
    write(
        "a24_kk_oqu_aqysy_2025_2026.html",
        html_page("kk", "2025-2026 оқу жылына оқу ақысы", body),
        None,
        "Kazakh tuition fee table: programme codes 6B/7M/8D, ECTS, amounts like '1 450 000', year ranges.",
    )


def a25():
    journals = []
    for _k in range(14):
        journals.append(
            (
                f"Journal {R.choice(['of Energy', 'of Cleaner Production', 'of Materials', 'of Applied Sciences', 'of Hydrology', 'of Education Research', 'of Computing'])} {R.choice(['Engineering', 'Letters', 'Reports', 'Advances'])}",
                issn(),
                issn(),
                f"{R.choice(['2110', '1900', '1700', '2100'])}{R.randint(1000000, 1099999)}",
            )
        )
    lines = [
        "# Research output 2024 (Scopus and Web of Science)\n",
        "Publications affiliated with Ertis University. Author lists are available in the indexing databases.\n",
    ]
    rows = []
    for i in range(1, 61):
        j = R.choice(journals)
        vol, iss = R.randint(5, 410), R.randint(1, 24)
        p1 = R.randint(1, 9000)
        eid = f"2-s2.0-{R.randint(85170000000, 85219999999)}"
        wos = (
            f"WOS:001{R.randint(100000000, 399999999):09d}{R.randint(0, 99):02d}0"
            if R.random() < 0.6
            else "—"
        )
        rows.append(
            [
                i,
                j[0],
                f"{j[1]} / e{j[2]}",
                j[3],
                f"{vol}({iss}), {p1}-{p1 + R.randint(5, 25)}",
                f"10.{R.randint(1000, 9999)}/{R.choice(['j', 'app', 'en', 'ma'])}{R.randint(10, 99)}{R.randint(100000, 999999)}",
                eid,
                wos,
                R.choice(["Q1", "Q2", "Q2", "Q3", "Q4"]),
            ]
        )
    lines.append(
        md_table(
            [
                "#",
                "Journal",
                "ISSN / eISSN",
                "Scopus Source ID",
                "Vol(Issue), pages",
                "DOI",
                "Scopus EID",
                "WoS accession",
                "Quartile",
            ],
            rows,
        )
    )
    write(
        "a25_en_research_output_2024.md",
        "\n".join(lines),
        None,
        "Research output: ISSN/eISSN (valid), 11-digit Scopus Source IDs (e.g. 21001005082), Scopus EIDs "
        "2-s2.0-85xxxxxxxxx (11 digits), WoS accession numbers (15 digits), DOIs, page ranges; no author names.",
        hard=["11-digit Scopus source ids and EIDs", "15-digit WoS accession numbers"],
    )


def a26():
    items = [
        ("Принтер лазерный монохромный, формат А4, 38 стр/мин", "ГОСТ Р 56427-2015"),
        ('Монитор 27", IPS, 2560x1440', "ГОСТ IEC 60950-1-2014"),
        ("Шкаф лабораторный вытяжной 1500x800x2300 мм", "ГОСТ 22360-2016"),
        ("Стол лабораторный 1200x600x750 мм", "ГОСТ 12.2.032-78"),
        ("Источник бесперебойного питания 3000 ВА", "СТ РК IEC 62040-1-2016"),
        ("Кабель UTP cat.6, 305 м", "ГОСТ Р 54429-2011"),
        ("Огнетушитель порошковый ОП-5", "СТ РК 1487-2006"),
        ("Проектор 4000 лм, WUXGA", "ГОСТ IEC 62368-1-2014"),
    ]
    lines = [
        f"ТЕХНИЧЕСКАЯ СПЕЦИФИКАЦИЯ закупаемых товаров\nЛот № {R.randint(13000000, 15999999)}-ЗЦП7\n"
        f"Заказчик: {UNI['ru']}, БИН {UNI_BIN}\nМесто поставки: {ADDR['ru']}, склад корпуса С4, КАТО {KATO_CITY}\n"
        f"Срок поставки: в течение 30 календарных дней с даты заключения договора (2025 г.)\n"
    ]
    for i in range(1, 41):
        it = R.choice(items)
        ean = "487" + f"{R.randint(0, 999999999):09d}"
        ean += ean13_digit(ean)
        lines.append(
            f"{i}. {it[0]}\n   Соответствие: {it[1]}; артикул {R.choice('ABCDHKMPX')}{R.randint(100, 999)}-{R.randint(10, 99)}; "
            f"штрих-код EAN-13 {ean} (или эквивалент); кол-во: {R.randint(1, 60)} шт.; гарантия {R.choice([12, 24, 36])} мес.\n"
            f"   Напряжение 220±22 В, 50 Гц; класс защиты IP{R.choice([20, 44, 54])}; год выпуска не ранее 2024.\n"
        )
    lines.append(
        "Товар должен соответствовать СТ РК ISO 9001-2016 / ISO 9001:2015 (система менеджмента качества "
        "производителя). Приложение 2 к объявлению, исх. № 01-07-15/2345 от 05.03.2025.\n"
    )
    write(
        "a26_ru_tehspecifikaciya_lot7.txt",
        "\n".join(lines),
        None,
        "Technical specification: EAN-13 barcodes starting 487 (valid check digit, 13 digits), GOST/СТ РК "
        "numbers like ГОСТ 12.2.032-78, dimensions 1200x600x750, voltages, article codes.",
        hard=["13-digit EAN barcodes", "ГОСТ/СТ РК numbers with dashes"],
    )


def a27():
    lines = [
        f"{UNI['kk']}\n2025-2026 ОҚУ ЖЫЛЫНА АРНАЛҒАН АКАДЕМИЯЛЫҚ КҮНТІЗБЕ\n"
        f"(Ғылыми кеңестің 2025 жылғы 27 маусымдағы № 11 хаттамасымен бекітілген)\n"
    ]
    d = dt.date(2025, 9, 1)
    for sem in (1, 2):
        lines.append(f"\n{sem}-СЕМЕСТР\n")
        for w in range(1, 16):
            end = d + dt.timedelta(days=5)
            lines.append(
                f"  {w:2d}-апта: {dmy(d)} – {dmy(end)}  (теориялық оқыту, 15 апта × 3 кредит сағаты)"
                + (
                    " — 1-аралық бақылау (РК1)"
                    if w == 7
                    else " — 2-аралық бақылау (РК2)"
                    if w == 15
                    else ""
                )
            )
            d += dt.timedelta(days=7)
        lines.append(f"  Емтихан сессиясы: {dmy(d)} – {dmy(d + dt.timedelta(days=20))}")
        d += dt.timedelta(days=21)
        if sem == 1:
            lines.append(f"  Қысқы демалыс: {dmy(d)} – {dmy(dt.date(2026, 1, 25))}")
            d = dt.date(2026, 1, 26)
        else:
            lines.append(
                f"  Жазғы семестр: {dmy(d)} – {dmy(d + dt.timedelta(days=41))} (ақылы, 1 кредит = 30 сағат)"
            )
    lines.append(
        "\nМерекелік күндер: 25.10.2025, 16.12.2025, 01.01.2026–02.01.2026, 08.03.2026, 21.03.2026–23.03.2026, "
        "01.05.2026, 07.05.2026, 09.05.2026.\nСабақ кестесі: 08:30–09:20, 09:30–10:20, 10:30–11:20, ..., 18:30–19:20.\n"
        "Құжат коды: АК-2025/26, нұсқа 1.0, 01-07-15/2345.\n"
    )
    write(
        "a27_kk_akademiyalyq_kuntizbe_2025_2026.txt",
        "\n".join(lines),
        None,
        "Kazakh academic calendar: dozens of dd.mm.yyyy dates and date ranges, week numbers, class times.",
        hard=["many bare dd.mm.yyyy dates (none is a birth date)"],
    )


def a28():
    dorms = [
        ("D1", "Dormitory No. 1", "Kutuzov St., 200"),
        ("D2", "Dormitory No. 2", "Kutuzov St., 204"),
        ("D3", "Dormitory No. 3", "Toraigyrov St., 66"),
        ("D4", "Dormitory No. 4", "Akademik Satpayev St., 150"),
        ("D5", "Student House 'Ertis'", "Nursultan Nazarbayev Ave., 79"),
        ("D6", "Ekibastuz branch hostel", "Mashkhur Zhusup St., 13, Ekibastuz"),
        ("D7", "Graduate residence", "Akademik Margulan St., 17"),
    ]
    rows = []
    for d in dorms:
        built = R.randint(1968, 2016)
        cap = R.randint(180, 900)
        for y in range(2019, 2025):
            occ = R.randint(int(cap * 0.6), cap)
            rows.append(
                [
                    d[0],
                    d[1],
                    d[2],
                    KATO_EKIB if "Ekibastuz" in d[2] else KATO_CITY,
                    "141200" if "Ekibastuz" in d[2] else "140000",
                    f"{y}-{y + 1}",
                    cap,
                    occ,
                    f"{100 * occ / cap:.1f}",
                    R.randint(60, 300),
                    built,
                    money(R.randint(5, 16) * 1000, False),
                ]
            )
    write(
        "a28_en_dormitories_open_data.csv",
        csv_text(
            [
                "id",
                "name",
                "address",
                "kato",
                "postcode",
                "academic_year",
                "capacity",
                "occupied",
                "occupancy_pct",
                "rooms",
                "built",
                "monthly_fee_kzt",
            ],
            rows,
            ",",
        ),
        None,
        "Open data on dormitories: institutional building addresses (street + building number, no flat), KATO, "
        "postcodes, academic-year ranges, capacities.",
        hard=["street addresses of university-owned buildings (not home addresses)"],
    )


def a29():
    offices = [
        ("Admissions Office", "admissions"),
        ("Registrar's Office", "registrar"),
        ("International Office", "international"),
        ("Procurement Department", "procurement"),
        ("Library", "library"),
        ("Research Office", "research"),
        ("Press Office", "press"),
        ("Human Resources", "hr"),
        ("Accounting", "accounting"),
        ("IT Service Desk", "helpdesk"),
        ("Career Centre", "career"),
        ("Student Affairs", "students"),
        ("Doctoral School", "phd"),
        ("Quality Assurance", "qa"),
        ("Dormitory Administration", "dorm"),
        ("Journal Editorial Office", "bulletin"),
        ("Alumni Association", "alumni"),
        ("Legal Department", "legal"),
        ("Compliance Officer", "compliance"),
        ("Chancellery", "kense"),
        ("Summer School", "summer"),
        ("Language Centre", "lang"),
        ("Military Department", "military"),
        ("Sports Club", "sport"),
        ("Museum", "museum"),
        ("Continuing Education", "cpd"),
        ("Digitalisation Centre", "digital"),
        ("Technology Transfer Office", "tto"),
        ("Accessibility Service", "access"),
        ("Ethics Committee", "ethics"),
    ]
    rows = []
    for o in offices:
        c = R.choice(CAMPUS[:5])
        rows.append(
            [
                o[0],
                f"{o[1]}@{SITE}",
                f"{c[0]}, room {R.randint(1, 4)}{R.randint(0, 3)}{R.randint(1, 9)}",
                R.choice(
                    [
                        "Mon-Fri 09:00-18:00",
                        "Mon-Fri 09:00-17:00, lunch 13:00-14:00",
                        "Mon-Sat 09:00-13:00",
                    ]
                ),
            ]
        )
    lines = [
        "# Office mailboxes\n",
        "Shared role mailboxes of university offices (not personal addresses). Telephone numbers are "
        "published on the main contacts page.\n",
        md_table(["Office", "Role mailbox", "Location", "Hours"], rows),
        f"\nGeneral enquiries: info@{SITE}. Press enquiries are answered within 2 working days (policy QA-07-2023, rev. 3).\n",
    ]
    write(
        "a29_en_office_role_mailboxes.md",
        "\n".join(lines),
        None,
        "DEBATABLE: only role mailboxes of offices (admissions@ertisuni.edu.kz etc.), no person's mailbox; "
        "a scanner limited to 'e-mails of persons' should pass it. Drop this file if the policy bans all e-mails.",
        hard=["role e-mail addresses on the university domain"],
    )


def a30():
    eq = [
        "Осциллограф цифровой",
        "Спектрофотометр",
        "Муфельная печь",
        "Сервер стоечный 2U",
        "Коммутатор 48 портов",
        'Интерактивная панель 86"',
        "Микроскоп биологический",
        "Стенд «Электрические машины»",
        "Тепловизор",
        "3D-принтер",
        "Анализатор качества электроэнергии",
        "Весы аналитические",
        "Хроматограф газовый",
        "Установка дистилляционная",
        "Проектор мультимедийный",
    ]
    rows, strict = [], []
    strict_rows = set(R.sample(range(120), 5))
    for i in range(120):
        inv = f"0000{R.randint(1, 99999999):08d}"  # 0000 prefix -> "month" 00, can never be an IIN
        if i in strict_rows:
            # serial number that LOOKS like an IIN (valid YYMMDD + century digit) but FAILS the checksum
            while True:
                d = rdate("1975-01-01", "2006-12-31")
                body = d.strftime("%y%m%d") + R.choice("3456") + f"{R.randint(0, 9999):04d}"
                c = kz_check(body)
                bad = str(((c if c is not None else 0) + R.randint(1, 9)) % 10)
                n = body + bad
                if not is_valid_iin(n):
                    break
            serial = n
            strict.append(n)
        else:
            serial = f"{R.choice(['SN', 'S/N ', ''])}{R.choice('ABCDKMXZ')}{R.randint(10000000, 99999999)}"
        d = rdate("2012-01-10", "2024-12-20")
        rows.append(
            [
                i + 1,
                inv,
                R.choice(eq),
                serial,
                R.randint(2008, 2024),
                dmy(d),
                f"{R.choice(CAMPUS[:5])[0]}-{R.randint(1, 4)}{R.randint(0, 3)}{R.randint(1, 9)}",
                money(R.randint(150_000, 48_000_000), False),
                R.choice(["в эксплуатации", "на ремонте", "списание 2025"]),
            ]
        )
    write(
        "a30_ru_inventar_laboratornogo_oborudovaniya.csv",
        csv_text(
            [
                "№",
                "Инвентарный номер",
                "Наименование",
                "Заводской номер",
                "Год выпуска",
                "Дата ввода",
                "Помещение",
                "Стоимость, тг",
                "Статус",
            ],
            rows,
        ),
        None,
        "Equipment inventory: 12-digit inventory numbers 0000######## (month 00, cannot be an IIN); "
        f"STRICT hard case: 5 factory serials are 12 digits with a valid YYMMDD+century digit but a WRONG "
        f"IIN check digit ({', '.join(strict)}), so they are not IINs.",
        hard=[
            "12-digit inventory numbers 0000########",
            "IIN-shaped serials failing checksum: " + ", ".join(strict),
        ],
        iin_shaped_bad_checksum=strict,
    )


# ============================================================================ PART B
def b01():
    iin = make_iin("88071540123")  # brief's example body; check digit computed (=1)
    rows = procurement_rows(60, 2025)
    k = 37
    rows[k][7] = "ИП «Нұр-Сервис»"
    rows[k][8] = iin
    rows[k][9] = 2016
    rows[k][5] = "Услуги по мелкому ремонту мебели"
    write(
        "b01_ru_reestr_dogovorov_2025_q1.csv",
        csv_text(PROC_HDR, rows),
        "iin",
        f"Row 38: individual entrepreneur 'ИП «Нұр-Сервис»' listed with a valid IIN {iin} "
        "(born 15.07.1988, digit 7 = 4) in the same 'БИН/ИИН' column as 59 BINs.",
        datum=iin,
    )


def b02():
    phone = "+7 705 318 42 67"
    rows = []
    for i in range(1, 31):
        it = R.choice(ITEMS)
        qty = R.randint(1, 200) if it[6][1] < 100000 else R.randint(1, 6)
        price = round(R.uniform(*it[6]), 2)
        rows.append(
            [
                i,
                f"15234567-БҰС{i}",
                enstru(it[0]),
                it[2],
                it[5],
                qty,
                money(price),
                money(price * qty),
                f"ҚАТО {KATO_CITY}",
            ]
        )
    body = (
        f"<p>Хабарландыру № 15234567-1. Сатып алу тәсілі: баға ұсыныстарын сұрату.</p>\n"
        f"<p>Тапсырыс беруші / ұйымдастырушы: {esc(UNI['kk'])}, БСН {UNI_BIN}, {esc(ADDR['kk'])}.</p>\n"
        f"<p>Ұсыныстарды қабылдау: 2025-04-07 09:00 – 2025-04-14 09:00 (Астана уақыты). "
        f"Қолданылатын норма: 2024 жылғы 1 шілдедегі № 106-VIII ҚРЗ.</p>\n"
        + html_table(
            ["№", "Лот", "ЕНС ТЖҚ", "Атауы", "Өлш.", "Саны", "Бағасы", "Сомасы", "Жеткізу орны"],
            rows,
        )
        + f"\n<p>Қосымша ақпарат: сатып алу бөлімі, С2 корпусы, 214-кабинет. Жауапты маманның ұялы телефоны: {phone}.</p>"
    )
    write(
        "b02_kk_habarlandyru_bagha_usynystary.html",
        html_page("kk", "Баға ұсыныстарын сұрату туралы хабарландыру", body),
        "phone",
        f"Procurement notice: the responsible officer's private mobile {phone} (ұялы телефоны) among lot numbers, "
        "ENSTRU codes, KATO and BIN.",
        datum=phone,
    )


def b03():
    passport = "N12458703"
    lines = [
        "# ПРИКАЗ № 214-к от 17.02.2025\n",
        "г. Павлодар\n",
        "**О приглашении зарубежного учёного для чтения курса лекций**\n",
        "В рамках программы «Visiting Professor» (ИРН AP19680123, договор № 2025/00041) ПРИКАЗЫВАЮ:\n",
        f"1. Пригласить профессора университета-партнёра (гражданин Турецкой Республики), паспорт {passport}, "
        "для чтения курса «Energy Systems Modelling» (5 ECTS, 6B07101, 7M07101) с 03.03.2025 по 28.03.2025.",
        "2. Занятия проводить в корпусе С4, аудитории 4-214 и 4-216, по расписанию (вторник, четверг 14:00–15:50).",
        "3. Оплату произвести за счёт средств гранта по специфике 159, КБК 217104, в сумме 2 450 000 тенге.",
        "4. Проживание организовать в гостинице университета (ул. Кутузова, 204).",
        "5. Контроль за исполнением приказа возложить на проректора по науке.\n",
        "Основание: служебная записка исх. № 01-07-15/2345 от 10.02.2025; решение Учёного совета, протокол № 6 от 30.01.2025.\n",
        "Ректор (подписано ЭЦП 2025-02-17T11:04:52+05:00)\n",
        "Лист ознакомления ведётся в СЭД «Documentolog», рег. № 1025 0217 0140 0051.\n",
    ]
    # make sure the 16-digit registration number is NOT Luhn-valid
    assert not luhn_ok("1025021701400051")
    write(
        "b03_ru_prikaz_priglashenie_professora.md",
        "\n".join(lines),
        "passport",
        f"Rector's order discloses the visiting professor's passport number {passport} (N + 8 digits) next to IRN, "
        "ECTS, rooms, KBK and a non-Luhn 16-digit registration number.",
        datum=passport,
    )


def b04():
    idno = "045123789"
    rows = []
    for i in range(1, 81):
        kato = R.choice(REGIONS)
        comment = R.choice(
            [
                "",
                "",
                "толық топтама",
                "анықтама 2025-08-20 берілді",
                f"ҚАТО коды {kato[1]}",
                f"өтініш тіркеу № {R.randint(100000000, 199999999)}",
            ]
        )
        rows.append(
            [
                i,
                f"APP-2025-{R.randint(1, 2999):04d}",
                R.choice(["D1", "D2", "D3", "D4"]),
                f"{R.randint(1, 5)}{R.randint(0, 3)}{R.randint(1, 9)}",
                R.choice(["1", "2", "3", "4"]),
                kato[0],
                R.choice(["грант", "ақылы"]),
                comment,
            ]
        )
    rows[52][7] = f"жеке куәлік № {idno} көшірмесі қоса берілді"
    write(
        "b04_kk_zhataqhana_oryndaryn_bolu.csv",
        csv_text(
            ["Р/с", "Өтініш коды", "Жатақхана", "Бөлме", "Курс", "Өңір", "Оқу негізі", "Ескерту"],
            rows,
        ),
        "id-document",
        f"Dorm allocation by application code; row 53 comment leaks a student's ID-card number {idno} "
        "('жеке куәлік № ...') among 9-digit KATO codes and 9-digit application registration numbers.",
        datum=idno,
    )


def b05():
    dob = "12.03.2005"
    lines = [
        f"# {UNI['kk']}\n",
        "## БҰЙРЫҚ № 312-с\n",
        "2025 жылғы 18 қыркүйек, Павлодар қ.\n",
        "**Мемлекеттік стипендия тағайындау туралы**\n",
        "«Білім туралы» Қазақстан Республикасының 2007 жылғы 27 шілдедегі № 319-III Заңына және Мемлекеттік "
        "стипендиялар тағайындау қағидаларына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде "
        "№ 17565 болып тіркелген) сәйкес БҰЙЫРАМЫН:\n",
        "1. 2025-2026 оқу жылының 1-семестріне келесі топтардағы білім алушыларға мемлекеттік стипендия "
        "тағайындалсын (тізім деканаттарда, дербес деректерсіз):\n",
    ]
    rows = []
    for i, p in enumerate(R.sample(PROGRAMMES, 24), 1):
        rows.append(
            [
                i,
                prog_code("B", p),
                f"{p[0][:2]}-{R.choice([25, 24, 23])}-{R.randint(1, 3)}",
                R.randint(3, 28),
                money(R.choice([47502, 55425, 63335]), False),
            ]
        )
    lines.append(
        md_table(["№", "БББ коды", "Топ", "Білім алушылар саны", "Стипендия мөлшері, теңге"], rows)
    )
    lines.append(
        f"\n2. Ерекше жағдай: 1 курс студенті Сейтқали Айгерім, {dob} ж.т., стипендия 2025 жылғы "
        "1 қыркүйектен бастап тағайындалсын (апелляциялық комиссияның 2025 жылғы 12 қыркүйектегі № 4 хаттамасы).\n"
    )
    lines.append(
        "3. Стипендия КБК 225010, 001 100 015 бағдарламасы, 113 ерекшелігі есебінен төленсін.\n\n"
        "Ректор (ЭЦҚ 2025-09-18T15:20:11+05:00)\n"
    )
    write(
        "b05_kk_stipendiya_buyrygy_312s.md",
        "\n".join(lines),
        "birth-date",
        f"Scholarship order: '1 курс студенті Сейтқали Айгерім, {dob} ж.т.' — a student's birth date "
        "(ж.т. = жылы туған). The name next to it is also personal (person-name may also be reported). "
        "Other numbers: group codes, 47 502 amounts, № 17565, 001 100 015.",
        datum=dob,
    )


def b06():
    email = "aigerim.seitkali@gmail.com"
    rows = []
    for _i in range(1, 51):
        it = R.choice(ITEMS)
        sup = R.choice(SUPPLIERS)
        d = rdate("2025-01-15", "2025-06-30")
        rows.append(
            [
                f"2025/{R.randint(1, 400):05d}",
                dmy(d),
                f"{sup['form']} {sup['name']}",
                sup["bin"],
                it[3],
                money(round(R.uniform(*it[6]) * R.randint(1, 30), 2)),
                "via goszakup.gov.kz",
            ]
        )
    rows[21] = [
        "2025/00123",
        "03.03.2025",
        "Individual (civil-law service contract)",
        "—",
        "Translation of the self-assessment report (IAAR)",
        money(385000.0),
        email,
    ]
    rows.sort(key=lambda r: r[1][6:] + r[1][3:5] + r[1][:2])
    write(
        "b06_en_contracts_list_2025.csv",
        csv_text(
            ["Contract No.", "Date", "Counterparty", "BIN", "Subject", "Amount, KZT", "Contact"],
            rows,
            ",",
        ),
        "email",
        f"Contract list: one civil-law contract with a private individual shows her personal e-mail "
        f"{email}; all other rows have BINs and 'via goszakup.gov.kz'.",
        datum=email,
    )


def b07():
    card_body = "440043027781316"
    card = card_body + luhn_digit(card_body)
    card_fmt = " ".join(card[k : k + 4] for k in range(0, 16, 4))
    recs = []
    for i in range(40):
        while True:
            reg = f"10{rdate('2025-01-09', '2025-06-30').strftime('%y%m%d')}{R.randint(1, 40):03d}{R.randint(1, 99999):05d}"
            if not luhn_ok(reg):
                break
        recs.append(
            {
                "id": i + 1,
                "registration_no": " ".join(reg[k : k + 4] for k in range(0, 16, 4)),
                "application_code": f"APP-2025-{R.randint(1, 2999):04d}",
                "reason": R.choice(
                    [
                        "переплата за обучение",
                        "отказ от проживания в общежитии",
                        "отмена летнего семестра",
                        "двойная оплата",
                    ]
                ),
                "amount_kzt": R.choice([47500, 95000, 142500, 285000, 1450000]),
                "knp": R.choice(["861", "859", "855"]),
                "paid_from": UNI_IBANS["HSBKKZKX"],
                "refund_to": "на счёт плательщика (реквизиты в заявлении)",
                "registered_at": f"2025-0{R.randint(1, 6)}-{R.randint(10, 28)}T{R.randint(9, 17):02d}:{R.randint(0, 59):02d}:00+05:00",
            }
        )
    recs[16]["refund_to"] = f"на карту {card_fmt}"
    doc = {
        "реестр": "Возвраты оплаты за обучение и проживание, 1 полугодие 2025",
        "организация": UNI["ru"],
        "БИН": UNI_BIN,
        "версия": "1.2",
        "записи": recs,
    }
    write(
        "b07_ru_reestr_vozvratov_oplaty.json",
        jdump(doc),
        "bank-card",
        f"Refund register: record 17 sends the refund 'на карту {card_fmt}' — a Luhn-valid 16-digit Visa-range "
        "card; the 39 other 16-digit registration numbers in the same 4x4 layout FAIL Luhn.",
        datum=card,
    )


def b08():
    sid = "22B030456"
    rows = []
    for i in range(1, 41):
        rows.append(
            [
                i,
                f"APP-2025-{R.randint(1, 2999):04d}",
                prog_code("B", R.choice(PROGRAMMES)),
                R.choice(
                    [
                        "University of Lodz (PL LODZ01)",
                        "Vilnius Tech (LT VILNIUS02)",
                        "TU Riga (LV RIGA02)",
                        "Erciyes University (TR KAYSERI01)",
                        "University of Porto (P PORTO02)",
                    ]
                ),
                f"{R.choice(['Fall 2025', 'Spring 2026'])}",
                R.choice([20, 25, 30]),
                f"{R.randint(70, 98)}.{R.randint(0, 9)}",
            ]
        )
    rows[28][1] = f"Student ID: {sid}"
    lines = [
        "# Erasmus+ KA171 mobility 2025-2026: nomination results\n",
        "Candidates are identified by application code only (format APP-2025-0000). Project number "
        "2024-1-PL01-KA171-HED-000198765; grant agreement signed 15.07.2024.\n",
        md_table(
            ["#", "Applicant", "Programme", "Host (Erasmus code)", "Period", "ECTS", "Score"], rows
        ),
        "\nAppeals: within 3 working days, International Office, C1, room 215. Decision of the selection committee, "
        "minutes No. 3 of 14.04.2025.\n",
    ]
    write(
        "b08_en_erasmus_nominations.md",
        "\n".join(lines),
        "student-id",
        f"Nomination list by application code; row 29 gives a student number 'Student ID: {sid}' instead "
        "(format YY + letter + 6 digits assumed; labelled).",
        datum=sid,
    )


def b09():
    home = "г. Павлодар, ул. Кривенко, д. 27, кв. 45"
    lines = [
        "# ПРИКАЗ № 118-лс от 04.04.2025\n",
        "**О выплате компенсации за наём жилья**\n",
        "В соответствии с Коллективным договором на 2023-2025 гг. (рег. № 01-07-15/2345) и решением жилищной "
        "комиссии (протокол № 2 от 28.03.2025) ПРИКАЗЫВАЮ:\n",
        f"1. Выплатить ежемесячную компенсацию за наём жилья старшему преподавателю кафедры электроэнергетики, "
        f"проживающему по адресу: {home}, в размере 85 000 тенге с 01.04.2025 по 31.12.2025.",
        "2. Выплату производить из собственных доходов университета (ИИК "
        + UNI_IBANS["HSBKKZKX"]
        + ", БИК HSBKKZKX), специфика 113.",
        f"3. Бухгалтерии (главный корпус, {ADDR['ru']}, каб. 1-118) обеспечить учёт.\n",
        "Ректор (подписано ЭЦП 2025-04-04T09:47:30+05:00)\n",
    ]
    write(
        "b09_ru_prikaz_kompensaciya_zhilya.md",
        "\n".join(lines),
        "home-address",
        f"Order discloses an employee's home address '{home}' (flat number); the university's institutional "
        "address and IBAN in the same order are public.",
        datum=home,
    )


def b10():
    phone = "8 747 215 93 06"
    rows = []
    for i in range(1, 36):
        p = R.choice(PROGRAMMES)
        d = rdate("2025-11-03", "2025-11-28")
        rows.append(
            [
                i,
                p[2],
                prog_code("B", p),
                dmy(d),
                R.choice(["10:00", "11:30", "14:00"]),
                f"С{R.randint(1, 4)}, {R.randint(1, 4)}{R.randint(0, 3)}{R.randint(1, 9)}-аудитория",
                R.choice(["1-курс", "2-курс", "мектеп 11-сынып"]),
            ]
        )
    body = (
        "<p>2025 жылғы пәндік олимпиадалар кестесі. Ректордың 2025 жылғы 20 қазандағы № 245-н бұйрығы. "
        "Жеңімпаздарға 5 ECTS кредиті қайта есептеледі (СМК-П-09-2023).</p>\n"
        + html_table(["№", "Пән", "БББ", "Күні", "Уақыты", "Орны", "Қатысушылар"], rows)
        + f"\n<p>Тіркелу 2025-11-01 23:59 дейін. Сұрақтар бойынша үйлестірушінің жеке нөмірі (WhatsApp): {phone}.</p>"
    )
    write(
        "b10_kk_olimpiada_habarlandyru.html",
        html_page("kk", "Пәндік олимпиадалар — 2025", body),
        "phone",
        f"Olympiad announcement: coordinator's personal mobile '{phone}' (8 + 747 operator code, spaced) among "
        "dates, rooms and order numbers.",
        datum=phone,
    )


def b11():
    name = "Калиев Марат Ерланович"
    rows = []
    for i in range(1, 31):
        sup = R.choice(SUPPLIERS)
        ann = R.randint(13000000, 15999999)
        rows.append(
            [
                i,
                dmy(rdate("2025-01-10", "2025-09-30")),
                f"{sup['form']} «{sup['name']}» (БИН {sup['bin']})",
                f"{ann}-ЗЦП{R.randint(1, 4)}",
                R.choice(
                    ["обжалование итогов", "обжалование допуска", "обжалование техспецификации"]
                ),
                R.choice(
                    ["отказано", "удовлетворено частично", "отозвана заявителем", "удовлетворено"]
                ),
                f"исх. № 01-07-15/{R.randint(1000, 4999)}",
            ]
        )
    rows[11][2] = f"физическое лицо {name}"
    lines = [
        "# Реестр жалоб на действия (бездействие) заказчика, 2025\n",
        f"Заказчик: {UNI['ru']}, БИН {UNI_BIN}. Рассмотрение по ст. 47 Закона РК № 106-VIII от 01.07.2024.\n",
        md_table(
            ["№", "Дата поступления", "Заявитель", "Лот", "Предмет", "Решение", "Ответ"], rows
        ),
    ]
    write(
        "b11_ru_reestr_zhalob_zakupki.md",
        "\n".join(lines),
        "person-name",
        f"Complaints register: row 12 names a private individual complainant '{name}' (full name with patronymic); "
        "other complainants are legal entities with BINs.",
        datum=name,
    )


def b12():
    iin = make_iin(birth=dt.date(1995, 4, 12), sex="f")
    recs = []
    for _i in range(45):
        host = R.choice(SUPPLIERS[:10])
        recs.append(
            {
                "irn": f"AP{R.randint(26100000, 26199999)}",
                "competition": "Young scientists 2025-2027",
                "host_organisation": UNI["en"]
                if R.random() < 0.6
                else f"{host['form']} {host['name']}",
                "host_bin": UNI_BIN if R.random() < 0.6 else host["bin"],
                "panel": R.choice(["Energy", "ICT", "Life sciences", "Water", "Humanities"]),
                "score": round(R.uniform(18, 30), 2),
                "funded": R.random() < 0.4,
                "amount_kzt": R.choice([None, 59_850_000, 74_900_000, 89_700_000]),
                "years": "2025-2027",
            }
        )
    recs[30]["applicant_iin"] = iin
    doc = {
        "title": "Grant competition 2025: results by IRN",
        "published": "2025-06-02T12:00:00+05:00",
        "source": "Science Committee of the MSHE RK, order No. 245 of 30.05.2025",
        "records": recs,
    }
    write(
        "b12_en_grant_competition_results.json",
        jdump(doc),
        "iin",
        f"Grant results JSON: record 31 carries 'applicant_iin' {iin} (valid check digit, born 12.04.1995, "
        "century digit 4) among 45 'host_bin' BINs and IRN codes.",
        datum=iin,
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
    a29,
    a30,
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
):
    _make()

MANIFEST: list[Entry] = [
    Entry(
        name,
        expect,
        "public number" if expect is None else "personal datum among public numbers",
        name.rsplit(".", 1)[-1],
        name.split("_")[1],
        "",
        why,
    )
    for name, _, expect, why in _WRITTEN
]

# The fictional university's own accounts, which its editor would allowlist: its IBANs
# (in a12 and a13) and its offices' role mailboxes (a29).
_OWN_TEXT = "".join(text for name, text, _, _ in _WRITTEN if name[:3] in ("a12", "a13", "a29"))
UNIVERSITY_OWN = {
    "identifiers": sorted(
        {re.sub(r"\s", "", m) for m in re.findall(r"KZ[0-9]{2}(?: ?[0-9A-Z]{4}){4}", _OWN_TEXT)}
    ),
    "emails": sorted(set(re.findall(r"[a-z.-]+@ertisuni\.edu\.kz", _OWN_TEXT))),
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
