"""Independent open-data corpus for the personal-data gate (datafiles).

Every file holds at most ONE kind of personal datum (positives) or none
(public look-alikes, category None).  Output is byte-identical across runs.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

ANY = "any"
SITE = "https://kaztbu.edu.kz"
ZIP_DT = (2025, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Entry:
    name: str
    category: str | None
    cls: str
    part: str
    lang: str
    datum: str
    reason: str


# ---------------------------------------------------------------- validators
def _ctrl(d11: str):
    c = sum(int(a) * b for a, b in zip(d11, range(1, 12), strict=False)) % 11
    if c == 10:
        c = (
            sum(int(a) * b for a, b in zip(d11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2], strict=False))
            % 11
        )
        if c == 10:
            return None
    return c


def make_iin(yymmdd: str, cs: int, serial: int) -> str:
    s = serial
    while True:
        base = f"{yymmdd}{cs}{s % 10000:04d}"
        c = _ctrl(base)
        if c is not None:
            return base + str(c)
        s += 1


def make_bin(yymm: str, kind: int, attr: int, serial: int) -> str:
    s = serial
    while True:
        base = f"{yymm}{kind}{attr}{s % 100000:05d}"
        c = _ctrl(base)
        if c is not None:
            return base + str(c)
        s += 1


def luhn(p15: str) -> str:
    t = 0
    for i, ch in enumerate(reversed(p15)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        t += d
    return p15 + str((10 - t % 10) % 10)


def make_iban(bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + "KZ00")
    return f"KZ{98 - int(num) % 97:02d}{bban}"


# ---------------------------------------------------------------- data
IIN_IP = make_iin("850412", 3, 127)  # ИП Ахметов Е.Б.
IIN_ZERO = make_iin("030915", 6, 412)  # loses leading zero
IIN_ZERO11 = IIN_ZERO.lstrip("0")
IIN_XLSX_FIRST = make_iin("990305", 4, 2231)
IIN_ZIP = make_iin("010722", 5, 3318)
IIN_JSON = make_iin("920118", 4, 905)
IIN_XLSX_IP = make_iin("780630", 3, 4410)
IBAN_CONTRACT = make_iban("722S000021457893")
IBAN_REFUND = make_iban("601A861000214578")
IBAN_UNI = make_iban("998BTB0000123456")  # university (legal entity) account
CARD_EN = luhn("440043012345678")
CARD_RU = luhn("516949711234567")
CARD_EN_FMT = " ".join(CARD_EN[i : i + 4] for i in range(0, 16, 4))
BIN_UNI = make_bin("0305", 4, 0, 1947)

PUBLIC_PHONES = ["+7 (7172) 57 88 15", "+7 708 425 06 60", "+7 701 602 53 53"]
PUBLIC_EMAILS = ["office@example.org", "admissions@example.org"]

PROGS = [
    "6B04101",
    "6B04102",
    "6B06101",
    "6B06102",
    "6B07201",
    "6B11101",
    "6B02301",
    "6B03101",
    "7M06101",
    "7M04101",
    "7M07201",
    "8D04101",
]
UNITS = ["F1", "F2", "F3", "F4", "F5", "F6"]
WAVES = ["2023-12", "2024-06", "2024-12", "2025-06"]
QS = [f"q{i:02d}" for i in range(1, 13)]
PROG_NAMES = {
    "en": {
        "6B04101": "Economics",
        "6B04102": "Finance",
        "6B06101": "Information Systems",
        "6B06102": "Computer Science",
        "6B07201": "Food Technology",
        "6B11101": "Tourism",
        "6B02301": "Translation Studies",
        "6B03101": "Psychology",
        "7M06101": "Information Systems (MSc)",
        "7M04101": "Economics (MSc)",
        "7M07201": "Food Safety (MSc)",
        "8D04101": "Economics (PhD)",
    },
    "ru": {
        "6B04101": "Экономика",
        "6B04102": "Финансы",
        "6B06101": "Информационные системы",
        "6B06102": "Вычислительная техника",
        "6B07201": "Технология продовольственных продуктов",
        "6B11101": "Туризм",
        "6B02301": "Переводческое дело",
        "6B03101": "Психология",
        "7M06101": "Информационные системы (магистратура)",
        "7M04101": "Экономика (магистратура)",
        "7M07201": "Безопасность пищевой продукции",
        "8D04101": "Экономика (докторантура)",
    },
    "kk": {
        "6B04101": "Экономика",
        "6B04102": "Қаржы",
        "6B06101": "Ақпараттық жүйелер",
        "6B06102": "Есептеу техникасы",
        "6B07201": "Азық-түлік өнімдерінің технологиясы",
        "6B11101": "Туризм",
        "6B02301": "Аударма ісі",
        "6B03101": "Психология",
        "7M06101": "Ақпараттық жүйелер (магистратура)",
        "7M04101": "Экономика (магистратура)",
        "7M07201": "Тамақ өнімдерінің қауіпсіздігі",
        "8D04101": "Экономика (докторантура)",
    },
}
COMMENTS = {
    "kk": [
        "",
        "",
        "",
        "",
        "Кітапхана жұмысы ұнайды",
        "Wi-Fi жиі үзіледі",
        "Практика көбірек болса екен",
        "Асхана қымбат",
        "Оқытушылар жақсы түсіндіреді",
        "Кесте ыңғайсыз",
        "Барлығы жақсы",
        "Жатақханада орын жетіспейді",
        "Зертханалар жаңартылса екен",
        "Онлайн курстар пайдалы",
    ],
    "ru": [
        "",
        "",
        "",
        "",
        "Библиотека работает хорошо",
        "Wi-Fi часто пропадает",
        "Хотелось бы больше практики",
        "Столовая дорогая",
        "Преподаватели объясняют понятно",
        "Неудобное расписание",
        "Всё устраивает",
        "Не хватает мест в общежитии",
        "Обновите лаборатории",
        "Онлайн-курсы полезны",
    ],
    "en": [
        "",
        "",
        "",
        "",
        "The library is great",
        "Wi-Fi drops often",
        "More internships please",
        "Canteen is expensive",
        "Lecturers explain clearly",
        "Timetable is inconvenient",
        "All good",
        "Not enough dorm places",
        "Labs need new equipment",
        "Online courses are useful",
    ],
}
SURVEY_HDR = {
    "kk": ["жауап_id", "толқын", "бөлім", "бағдарлама", "q01", "q02", "q03", "q04", "пікір"],
    "ru": [
        "id_ответа",
        "волна",
        "подразделение",
        "программа",
        "q01",
        "q02",
        "q03",
        "q04",
        "комментарий",
    ],
    "en": ["respondent_id", "wave", "unit", "programme", "q01", "q02", "q03", "q04", "comment"],
}


# ---------------------------------------------------------------- writers
def _w(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def _csv(rows, delim=",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _xlsx(path: Path, sheets: list[tuple[str, list[list], list[str]]]) -> None:
    """sheets: (title, rows, hidden column letters)."""
    import datetime

    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, hidden in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for col in hidden:
            ws.column_dimensions[col].hidden = True
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    wb.properties.creator = "open-data"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    raw = io.BytesIO()
    wb.save(raw)
    members = []
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>2025-01-01T00:00:00Z\g<3>",
                    data,
                )
            members.append((info.filename, data))
    path.write_bytes(_zip_bytes(members))


def _survey(lang: str, n: int, seed: int, needles: dict[int, str]) -> list[list]:
    rng = random.Random(seed)
    rows = [SURVEY_HDR[lang]]
    for i in range(1, n + 1):
        c = rng.choice(COMMENTS[lang])
        r = [f"R{i:05d}", rng.choice(WAVES), rng.choice(UNITS), rng.choice(PROGS)]
        r += [rng.randint(1, 5) for _ in range(4)]
        r.append(needles.get(i, c))
        rows.append(r)
    return rows


def _indicators(lang: str, seed: int, n: int) -> list[list]:
    hdr = {
        "en": [
            "wave",
            "unit",
            "programme",
            "question",
            "n",
            "share",
            "ci_low",
            "ci_high",
            "percent",
        ],
        "ru": [
            "волна",
            "подразделение",
            "программа",
            "вопрос",
            "n",
            "доля",
            "ди_нижн",
            "ди_верхн",
            "процент",
        ],
        "kk": [
            "толқын",
            "бөлім",
            "бағдарлама",
            "сұрақ",
            "n",
            "үлес",
            "си_төмен",
            "си_жоғары",
            "пайыз",
        ],
    }[lang]
    rng = random.Random(seed)
    rows = [hdr]
    combos = [(w, u, p, q) for w in WAVES for u in UNITS for p in PROGS for q in QS]
    rng.shuffle(combos)
    for w, u, p, q in sorted(combos[:n]):
        k = rng.randint(30, 900)
        s = round(rng.uniform(0.05, 0.95), 3)
        half = round(1.96 * (s * (1 - s) / k) ** 0.5, 3)
        rows.append(
            [
                w,
                u,
                p,
                q,
                k,
                f"{s:.3f}",
                f"{max(0, s - half):.3f}",
                f"{min(1, s + half):.3f}",
                f"{s * 100:.1f}",
            ]
        )
    return rows


def _html(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{title}</title></head>\n'
        f"<body>\n<h1>{title}</h1>\n{body}\n"
        f"<footer><p>{PUBLIC_PHONES[0]} · {PUBLIC_EMAILS[0]}</p></footer>\n</body>\n</html>\n"
    )


def _table(rows: list[list]) -> str:
    out = [
        "<table>",
        "<thead><tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr></thead>",
        "<tbody>",
    ]
    for r in rows[1:]:
        out.append("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>")
    out += ["</tbody>", "</table>"]
    return "\n".join(out)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _sha(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


BINS = [
    make_bin(f"{y:02d}{m:02d}", k, a, s)
    for y, m, k, a, s in [
        (3, 5, 4, 0, 1947),
        (10, 2, 4, 0, 3310),
        (15, 11, 5, 1, 2204),
        (98, 7, 4, 0, 4015),
        (5, 9, 6, 2, 1188),
        (12, 3, 4, 0, 9021),
        (19, 6, 5, 0, 7740),
        (7, 12, 4, 1, 5532),
    ]
]
COMPANIES = [
    "ТОО «АстанаСнаб»",
    "АО «Казахтелеком»",
    "ТОО «Eurasia IT Group»",
    "ТОО «Мебель-Центр»",
    "ГКП «Астана Су Арнасы»",
    "ТОО «ОфисПринт»",
    "ТОО «TechLab KZ»",
    "ТОО «КлинСервис»",
]
KATO = ["711210000", "711310000", "711410000", "711510000", "711610000", "711710000"]


# ---------------------------------------------------------------- positives
def d00(p):
    rng = random.Random(100)
    rows = [["№", "дата_договора", "поставщик", "БИН/ИИН", "предмет", "сумма_тг", "КАТО"]]
    for i in range(1, 241):
        j = rng.randrange(len(COMPANIES))
        rows.append(
            [
                i,
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                COMPANIES[j],
                BINS[j],
                rng.choice(
                    ["Канцтовары", "Услуги связи", "Мебель", "Уборка помещений", "Картриджи"]
                ),
                rng.randint(50, 5000) * 1000,
                rng.choice(KATO),
            ]
        )
    rows[137][2] = "ИП Ахметов Е.Б."
    rows[137][3] = IIN_IP
    _w(p, _csv(rows))


def d01(p):
    rng = random.Random(101)
    rows = [["№", "шарт_күні", "контрагент", "ЖСК/IBAN", "қызмет", "сомасы_тг"]]
    for i in range(1, 121):
        rows.append(
            [
                i,
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                COMPANIES[i % 8],
                make_iban(
                    f"{rng.choice(['601', '722', '998'])}{'A' if i % 2 else 'B'}"
                    f"{rng.randint(10**11, 10**12 - 1)}"
                ),
                rng.choice(["Жиһаз", "Байланыс", "Тазалау"]),
                rng.randint(100, 9000) * 1000,
            ]
        )
    rows[58][2] = "Жеке тұлға Серікбаева Айгүл Маратқызы"
    rows[58][3] = IBAN_CONTRACT
    _w(p, _csv(rows))


def d02(p):
    _w(p, _csv(_survey("ru", 2000, 102, {1412: "Звоните мне, если нужно: +7 747 318 29 64"})))


def d03(p):
    _w(
        p,
        _csv(
            _survey("kk", 1500, 103, {733: "Нәтижесін маған жіберіңіздер: aigerim.s1998@mail.ru"})
        ),
    )


def d04(p):
    _w(
        p,
        _csv(
            _survey(
                "en",
                3000,
                104,
                {2311: "I am Timur Serikbayev from group SE-2101, the dorm heating is broken"},
            )
        ),
    )


def d05(p):
    rng = random.Random(105)
    rows = [["programme", "count", "share", "year", "note"]]
    for prog in PROGS:
        for y in range(2019, 2026):
            rows.append([prog, rng.randint(20, 400), round(rng.random(), 3), y, ""])
    rows[41][4] = "corrected by b.omarov87@gmail.com"
    _w(p, _json(rows))


def d06(p):
    obj = {
        "@context": "https://schema.org",
        "@type": "Course",
        "name": "Информационные системы",
        "courseCode": "6B06101",
        "provider": {"@type": "CollegeOrUniversity", "name": "КазУТБ им. К. Кулажанова"},
        "review": [
            {
                "@type": "Review",
                "reviewRating": {"@type": "Rating", "ratingValue": 5},
                "author": {"@type": "Person", "name": "Айдана Сейтказина"},
                "reviewBody": "Курс помог мне найти стажировку.",
            }
        ],
    }
    _w(p, _json(obj))


def d07(p):
    urls = [
        f"{SITE}/kk/",
        f"{SITE}/kk/about",
        f"{SITE}/kk/admissions",
        f"{SITE}/kk/programmes/6b06101",
        f"{SITE}/kk/news/open-day-2025",
        f"{SITE}/kk/news/aigerim-seitkali-wins-olympiad",
        f"{SITE}/kk/news/library-new-hours",
        f"{SITE}/kk/contacts",
    ]
    body = "".join(
        f"  <url><loc>{u}</loc><lastmod>2025-10-{i + 1:02d}</lastmod></url>\n"
        for i, u in enumerate(urls)
    )
    _w(
        p,
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + body
        + "</urlset>\n",
    )


def _atom(lang, title, entries):
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{title}</title>",
        f"  <id>{SITE}/{lang}/feed</id>",
        "  <updated>2025-11-21T10:00:00Z</updated>",
    ]
    for t, href, upd, summ in entries:
        out += [
            "  <entry>",
            f"    <title>{t}</title>",
            f'    <link href="{href}"/>',
            f"    <id>{href}</id>",
            f"    <updated>{upd}</updated>",
            f"    <summary>{summ}</summary>",
            "  </entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def d08(p):
    ents = [
        ("Open day", f"{SITE}/en/news/open-day", "2025-11-01T09:00:00Z", "Join us on campus."),
        (
            "Feedback answered",
            f"{SITE}/en/feedback/reply?to=daniyar.kassymov@mail.ru",
            "2025-11-05T09:00:00Z",
            "Answer to a feedback message.",
        ),
        (
            "New library hours",
            f"{SITE}/en/news/library-hours",
            "2025-11-10T09:00:00Z",
            "Open until 22:00.",
        ),
    ]
    _w(p, _atom("en", "KazUTB news", ents))


def d09(p):
    rng = random.Random(109)
    docs = []
    for i in range(400):
        prog = rng.choice(PROGS)
        docs.append(
            {
                "u": f"/ru/programmes/{prog.lower()}/{i}",
                "t": f"Программа {prog}",
                "x": f"Описание программы {PROG_NAMES['ru'][prog]}, набор {rng.randint(2019, 2025)} года.",
            }
        )
    docs[287]["t"] = "Продам учебники"
    docs[287]["x"] = "Продаю учебники по экономике за 1 курс, недорого, звоните +7 705 912 44 07"
    _w(p, _json({"v": 2, "docs": docs}))


def d10(p):
    rng = random.Random(110)
    rows = [["no", "programme", "grant_type", "score", "iin"]]
    for i in range(1, 201):
        yy = rng.choice(["05", "06", "07"])
        iin = make_iin(
            f"{yy}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            rng.choice([5, 6]),
            rng.randint(0, 9999),
        )
        rows.append(
            [
                i,
                rng.choice(PROGS),
                rng.choice(["state", "rector", "akimat"]),
                rng.randint(70, 140),
                iin,
            ]
        )
    rows[1][4] = IIN_XLSX_FIRST
    _xlsx(p, [("grants", rows, ["E"])])


def d11(p):
    rng = random.Random(111)
    rows = [["№", "ИИН", "программа", "балл_ЕНТ", "грант"]]
    for i in range(1, 301):
        iin = make_iin(
            f"0{rng.randint(3, 7)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
            rng.choice([5, 6]),
            rng.randint(0, 9999),
        )
        rows.append(
            [i, iin.lstrip("0"), rng.choice(PROGS), rng.randint(70, 140), rng.choice(["да", "нет"])]
        )
    rows[77][1] = IIN_ZERO11
    _w(p, _csv(rows))


def d12(p):
    rng = random.Random(112)
    rows = [["№", "волонтер_тобы", "phone", "сағат"]]
    for i in range(1, 151):
        rows.append(
            [
                i,
                rng.choice(["Абитуриент", "Кітапхана", "Спорт", "Экология"]),
                int(
                    f"77{rng.choice(['01', '02', '05', '07', '47', '75', '77'])}{rng.randint(1000000, 9999999)}"
                ),
                rng.randint(2, 40),
            ]
        )
    rows[12][2] = 77473182964
    _w(p, _csv(rows))


def d13(p):
    names = [
        "Ахметова Гульнар Сериковна",
        "Бекенов Асхат Маратович",
        "Ким Елена Викторовна",
        "Омаров Данияр Ерланович",
        "Жунусова Алия Кайратовна",
        "Петров Сергей Николаевич",
        "Сыздыкова Мадина Болатовна",
        "Нурланов Ерлан Саматович",
    ]
    rng = random.Random(113)
    rows = [["№", "ФИО", "должность", "дата_рождения", "стаж_лет"]]
    for i in range(1, 61):
        rows.append(
            [
                i,
                names[i % 8],
                rng.choice(["доцент", "ст. преподаватель", "профессор", "ассистент"]),
                f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1960, 1995)}",
                rng.randint(1, 35),
            ]
        )
    rows[5][3] = "12.04.1979"
    _w(p, _csv(rows))


def d14(p):
    rng = random.Random(114)
    rows = [["student_id", "programme", "year", "gpa"]]
    for _ in range(400):
        rows.append(
            [
                f"S{rng.randint(21, 25)}{rng.randint(10000, 99999)}",
                rng.choice(PROGS),
                rng.randint(1, 4),
                f"{rng.uniform(2.0, 4.0):.2f}",
            ]
        )
    rows[1][0] = "S2104517"
    _w(p, _csv(rows))


def d15(p):
    a = _indicators("kk", 115, 600)
    b = [
        ["бөлім", "байланыс", "ескерту"],
        ["F1", PUBLIC_EMAILS[0], ""],
        ["F2", PUBLIC_EMAILS[1], ""],
        ["F3", "nurlan.zh2001@gmail.com", "студент-волонтер"],
    ]
    p.write_bytes(
        _zip_bytes(
            [("2025/indicators.csv", _csv(a).encode()), ("2025/contacts.csv", _csv(b).encode())]
        )
    )


def d16(p):
    _w(
        p,
        "# Данные для страницы «Общежития»\n"
        "# правки внесла: Марина Ковалёва, +7 702 555 18 40 (звонить после 18:00)\n"
        "title: Общежития\nupdated: 2025-09-01\ndorms:\n"
        "  - code: D1\n    places: 420\n    address: пр. Кабанбай батыра, 11\n"
        "  - code: D2\n    places: 310\n    address: ул. Кайым Мухамедханова, 37А\n"
        f'contacts:\n  phone: "{PUBLIC_PHONES[0]}"\n  email: {PUBLIC_EMAILS[0]}\n',
    )


def d17(p):
    rows = _survey("kk", 1200, 117, {845: "Хабарласыңыз 8 (701) 455-32-19"})
    _w(p, _csv(rows, "\t"))


def d18(p):
    rng = random.Random(118)
    recs = []
    for i in range(1, 181):
        recs.append(
            {
                "id": i,
                "dorm": rng.choice(["D1", "D2", "D3"]),
                "floor": rng.randint(1, 9),
                "places": rng.randint(2, 4),
                "status": rng.choice(["занято", "свободно"]),
                "note": "",
            }
        )
    recs[99]["note"] = "переселение: г. Астана, ул. Кенесары 40, кв. 12"
    _w(p, _json({"dataset": "dorm-rooms", "records": recs}))


def d19(p):
    _w(
        p,
        _csv(
            _survey(
                "kk",
                900,
                119,
                {412: "Мекенжайым: Астана қ., Жеңіс даңғылы 75, 14 пәтер, құжаттарды жіберіңіз"},
            )
        ),
    )


def d20(p):
    _w(
        p,
        _csv(
            _survey("en", 1800, 120, {990: f"Please refund the dorm fee to my card {CARD_EN_FMT}"})
        ),
    )


def d21(p):
    rng = random.Random(121)
    recs = []
    for i in range(1, 201):
        recs.append(
            {
                "n": i,
                "дата": f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "сумма_тг": rng.randint(5, 500) * 1000,
                "основание": "возврат за общежитие",
                "карта": "",
            }
        )
    recs[143]["карта"] = CARD_RU
    _w(p, _json(recs))


def d22(p):
    _w(
        p,
        _csv(
            _survey(
                "ru",
                1600,
                122,
                {1203: "Потерял удостоверение личности № 043567812, если найдёте — в деканат"},
            )
        ),
    )


def d23(p):
    rng = random.Random(123)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<register>"]
    for i in range(1, 151):
        note = "Бұйрық" if i != 88 else "Жеке куәлік №045612378 көшірмесі қоса берілді"
        out.append(
            f'  <doc id="{_uuid(rng)}"><no>{i:04d}</no><date>2025-{rng.randint(1, 12):02d}-'
            f"{rng.randint(1, 28):02d}</date><title>Бұйрық {i}/ҚҚ</title><note>{note}</note></doc>"
        )
    out.append("</register>")
    _w(p, "\n".join(out) + "\n")


def d24(p):
    rng = random.Random(124)
    rows = [["Club", "Members", "Year", "Contact"]]
    for c in ["Debate", "Robotics", "Chess", "Volleyball", "Eco", "Music", "Drama", "Coding"]:
        rows.append([c, rng.randint(10, 90), 2025, PUBLIC_EMAILS[0]])
    rows[3][3] = "instagram: @aruzhan_k_2003"
    _w(p, _html("en", "Student clubs, open data", _table(rows)))


def d25(p):
    _w(p, _csv(_survey("kk", 1000, 125, {377: "Телеграмға жазыңыз: @dias_nurlanuly"})))


def d26(p):
    obj = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Hackathon KazUTB 2025",
        "startDate": "2025-11-21T10:00:00+05:00",
        "location": {"@type": "Place", "name": "Main building, hall 2"},
        "organizer": {"@type": "CollegeOrUniversity", "name": "KazUTB", "email": PUBLIC_EMAILS[0]},
        "attendee": [
            {"@type": "Person", "name": "Yerzhan Mukhtarov", "affiliation": "group IS-2203"}
        ],
    }
    _w(p, _json(obj))


def d27(p):
    ents = [
        (
            "День открытых дверей",
            f"{SITE}/ru/news/den-otkrytyh-dverey",
            "2025-10-01T09:00:00Z",
            "Приглашаем абитуриентов.",
        ),
        (
            "Поздравляем студентку",
            f"{SITE}/ru/news/pozdravlyaem-dinaru-abenovu-s-pobedoy",
            "2025-10-03T09:00:00Z",
            "Победа на республиканской олимпиаде.",
        ),
        (
            "Новые лаборатории",
            f"{SITE}/ru/news/novye-laboratorii",
            "2025-10-09T09:00:00Z",
            "Открыты три лаборатории.",
        ),
    ]
    _w(p, _atom("ru", "Новости КазУТБ", ents))


def d28(p):
    urls = [
        f"{SITE}/en/",
        f"{SITE}/en/about",
        f"{SITE}/en/alumni",
        f"{SITE}/en/alumni/profile/erlan.tokhtarov@gmail.com",
        f"{SITE}/en/contacts",
    ]
    body = "".join(
        f"  <url><loc>{u}</loc><lastmod>2025-09-{i + 1:02d}</lastmod></url>\n"
        for i, u in enumerate(urls)
    )
    _w(
        p,
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + body
        + "</urlset>\n",
    )


def d29(p):
    rng = random.Random(129)
    rows = [["№", "поставщик", "БИН/ИИН", "сумма, тг", "дата"]]
    for i in range(1, 81):
        j = rng.randrange(8)
        rows.append(
            [
                i,
                COMPANIES[j],
                BINS[j],
                rng.randint(100, 9000) * 1000,
                f"2025-{rng.randint(1, 12):02d}-15",
            ]
        )
    rows[30][1] = "ИП Садыков Р.Т."
    rows[30][2] = IIN_XLSX_IP
    _xlsx(p, [("закупки", rows, [])])


def d30(p):
    rows = _survey("kk", 800, 130, {519: "Менің нөмірім +7 775 403 11 86, хабарласыңыз"})
    _xlsx(p, [("сауалнама", rows, [])])


def d31(p):
    _w(
        p,
        "Data quality log: admissions 2025 import\n"
        "=========================================\n"
        "row 0001-0417 ok\n"
        "row 0418 rejected: applicant Madina Oralbekova, date of birth 14.03.2002 does not match the ID card\n"
        "row 0419-1320 ok\n"
        "summary: 1320 rows, 1 rejected, checksum " + _sha("admissions-2025") + "\n",
    )


def d32(p):
    rng = random.Random(132)
    rows = [["заявление", "дата", "сумма_тг", "счет_возврата", "статус"]]
    for i in range(1, 91):
        rows.append(
            [
                f"В-{i:03d}",
                f"2025-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
                rng.randint(10, 400) * 1000,
                "",
                "исполнено",
            ]
        )
    rows[17][3] = IBAN_REFUND
    _w(p, _csv(rows))


def d33(p):
    docs = [
        {"t": "Admissions", "x": f"Contact the admissions office: {PUBLIC_EMAILS[1]}"},
        {"t": "Lost and found", "x": "Found a laptop in room 204? write to me kuanysh_b@inbox.ru"},
        {"t": "Library", "x": "Opening hours 09:00-22:00"},
    ]
    _w(p, _json({"docs": docs}))


def d34(p):
    a = _indicators("ru", 134, 500)
    rng = random.Random(134)
    b = [["№", "ИИН", "стипендия_тг"]]
    for i in range(1, 41):
        b.append(
            [
                i,
                make_iin(
                    f"0{rng.randint(1, 6)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                    rng.choice([5, 6]),
                    rng.randint(0, 9999),
                ),
                43550,
            ]
        )
    b[1][1] = IIN_ZIP
    p.write_bytes(
        _zip_bytes(
            [
                (
                    "readme.csv",
                    _csv([["file", "rows"], ["indicators.csv", 500], ["stipend.csv", 40]]).encode(),
                ),
                ("indicators.csv", _csv(a).encode()),
                ("stipend.csv", _csv(b).encode()),
            ]
        )
    )


def d35(p):
    _w(
        p,
        "title: Career centre\nupdated: 2025-09-15\n"
        'mentors:\n  - topic: CV writing\n    contact: "Askar Bekov, +7 777 214 90 31"\n'
        f'office:\n  phone: "{PUBLIC_PHONES[1]}"\n  email: {PUBLIC_EMAILS[0]}\n',
    )


def d36(p):
    _w(
        p,
        "# Ашық есік күні — кезекшілер\ntitle: Ашық есік күні\ndate: 2025-11-21\n"
        'duty:\n  - hall: A\n    phone: "+7 776 218 40 95"\n  - hall: B\n'
        f'    phone: "{PUBLIC_PHONES[2]}"\n',
    )


def d37(p):
    rng = random.Random(137)
    rows = [["бағдарлама", "саны", "үлес", "жыл", "ескерту"]]
    for prog in PROGS:
        for y in range(2020, 2026):
            rows.append([prog, rng.randint(20, 400), round(rng.random(), 3), y, ""])
    rows[29][4] = f"ЖСН {IIN_JSON} — қате жазба"
    _w(p, _json(rows))


def d38(p):
    rng = random.Random(138)
    rows = [["staff_no", "position", "unit", "dob", "fte"]]
    for i in range(1, 121):
        rows.append(
            [
                f"E{i:04d}",
                rng.choice(["lecturer", "senior lecturer", "professor"]),
                rng.choice(UNITS),
                f"{rng.randint(1960, 1996)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice([0.5, 1.0]),
            ]
        )
    rows[23][3] = "1987-09-23"
    _w(p, _csv(rows))


def d39(p):
    rng = random.Random(139)
    rows = [["student_id", "программа", "курс", "статус"]]
    for _ in range(500):
        rows.append(
            [
                f"S{rng.randint(21, 25)}{rng.randint(10000, 99999)}",
                rng.choice(PROGS),
                rng.randint(1, 4),
                rng.choice(["обучается", "академ. отпуск"]),
            ]
        )
    rows[250][0] = "S2309814"
    _w(p, _csv(rows, "\t"))


def d40(p):
    rows = _survey("kk", 600, 140, {301: "Жауап жіберіңіз: madina.zhumabek@list.ru"})
    _w(p, _html("kk", "Сауалнама нәтижелері", _table(rows)))


def d41(p):
    items = [
        {"id": f"{SITE}/ru/news/{i}", "title": t, "content_text": c, "date_published": d}
        for i, (t, c, d) in enumerate(
            [
                ("Набор 2025", "Приём документов продолжается.", "2025-07-01T09:00:00Z"),
                (
                    "Сдам комнату",
                    "Сдам комнату студентке рядом с университетом, 8 777 123 45 67",
                    "2025-08-12T09:00:00Z",
                ),
                ("Спартакиада", "Итоги спартакиады.", "2025-09-20T09:00:00Z"),
            ],
            1,
        )
    ]
    _w(
        p,
        _json({"version": "https://jsonfeed.org/version/1.1", "title": "Новости", "items": items}),
    )


# ---------------------------------------------------------------- look-alikes
def d42(p):
    _w(p, _csv(_indicators("en", 142, 3000)))


def d43(p):
    rng = random.Random(143)
    rows = [["код", "наименование", "уровень", "язык", "контингент", "год_открытия"]]
    for y in range(2005, 2026):
        for c in PROGS:
            for lang in ["каз", "рус", "англ"]:
                rows.append(
                    [
                        c,
                        PROG_NAMES["ru"][c],
                        {"6": "бакалавриат", "7": "магистратура", "8": "докторантура"}[c[0]],
                        lang,
                        rng.randint(0, 600),
                        y,
                    ]
                )
    _w(p, _csv(rows * 1))


def d44(p):
    rng = random.Random(144)
    rows = [["жыл", "бөлім", "штат_саны", "ғылым_докторы", "pct_degree"]]
    for y in range(2000, 2026):
        for u in UNITS:
            for q in range(1, 5):
                n = rng.randint(20, 160)
                d = rng.randint(0, n // 2)
                rows.append([f"{y}-Q{q}", u, n, d, f"{100 * d / n:.1f}%"])
    _w(p, _csv(rows))


def d45(p):
    rng = random.Random(145)
    rows = [
        [
            "год",
            "программа",
            "форма",
            "язык",
            "подано_заявлений",
            "гранты",
            "средний_балл",
            "порог",
            "дата_приказа",
        ]
    ]
    for y in range(2016, 2026):
        for c in PROGS:
            for f in ["очная", "заочная", "дистанционная", "сокращенная"]:
                for lang in ["каз", "рус"]:
                    rows.append(
                        [
                            y,
                            c,
                            f,
                            lang,
                            rng.randint(10, 900),
                            rng.randint(0, 120),
                            f"{rng.uniform(60, 120):.1f}",
                            50,
                            f"{y}-08-{rng.randint(20, 31)}",
                        ]
                    )
    _w(p, _csv(rows))


def d46(p):
    rng = random.Random(146)
    rows = [["№", "дата", "поставщик", "БИН", "КАТО", "сумма_тг", "способ"]]
    for i in range(1, 1201):
        j = rng.randrange(8)
        rows.append(
            [
                i,
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                COMPANIES[j],
                BINS[j],
                rng.choice(KATO),
                rng.choice([1027000, 450000, 12500000, rng.randint(10, 9000) * 1000]),
                rng.choice(["запрос ценовых предложений", "конкурс", "из одного источника"]),
            ]
        )
    _w(p, _csv(rows))


def d47(p):
    rng = random.Random(147)
    docs = []
    for i in range(1, 801):
        docs.append(
            {
                "id": _uuid(rng),
                "title": f"Regulation {i}/R",
                "sha256": _sha(f"doc{i}"),
                "published": f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z",
                "size": rng.randint(10000, 9000000),
                "lang": rng.choice(["kk", "ru", "en"]),
            }
        )
    _w(p, _json({"register": "documents", "items": docs}))


def d48(p):
    rng = random.Random(148)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<тізілім>"]
    for i in range(1, 601):
        out.append(
            f'  <құжат id="{_uuid(rng)}" sha256="{_sha(f"kk{i}")}"><нөмір>{i:04d}</нөмір>'
            f"<күні>2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T10:00:00Z</күні>"
            f"<атауы>Бұйрық № {i}/ҚҚ</атауы><бөлім>{rng.choice(UNITS)}</бөлім></құжат>"
        )
    out.append("</тізілім>")
    _w(p, "\n".join(out) + "\n")


def d49(p):
    pages = [
        "",
        "about",
        "about/history",
        "about/rector",
        "admissions",
        "admissions/bachelor",
        "admissions/master",
        "science",
        "news/open-day-2025",
        "news/new-labs",
        "open-data",
        "contacts",
    ] + [f"programmes/{c.lower()}" for c in PROGS]
    body = ""
    for lang in ["kk", "ru", "en"]:
        for i, pg in enumerate(pages):
            body += f"  <url><loc>{SITE}/{lang}/{pg}</loc><lastmod>2025-11-{i % 28 + 1:02d}</lastmod></url>\n"
    _w(
        p,
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        + body
        + "</urlset>\n",
    )


def d50(p):
    ents = [
        (
            "Ректор Байболова Л.К. встретилась с партнёрами",
            f"{SITE}/ru/news/rektor-vstretilas-s-partnerami",
            "2025-10-01T09:00:00Z",
            "Ректор университета Байболова Л.К. провела встречу с работодателями.",
        ),
        (
            "Чтения памяти Қ. Құлажанова",
            f"{SITE}/ru/news/chteniya-kulazhanova",
            "2025-10-15T09:00:00Z",
            "Научные чтения, посвящённые Қ. Құлажанову.",
        ),
        (
            "Итоги приёма 2025",
            f"{SITE}/ru/news/itogi-priema-2025",
            "2025-09-01T09:00:00Z",
            f"Справки: {PUBLIC_PHONES[0]}, {PUBLIC_EMAILS[1]}",
        ),
    ]
    _w(p, _atom("ru", "Новости КазУТБ", ents))


def d51(p):
    docs = [
        {"t": "Байланыс", "x": f"Қабылдау бөлімі: {PUBLIC_PHONES[1]}, {PUBLIC_EMAILS[1]}"},
        {"t": "Ректор", "x": "Университет ректоры — Байболова Л.К."},
        {"t": "Тарих", "x": "Университет Қ. Құлажанов атымен аталған."},
        {
            "t": "Кеңсе",
            "x": f"Кеңсе: {PUBLIC_PHONES[0]}, {PUBLIC_EMAILS[0]}; сенім телефоны {PUBLIC_PHONES[2]}",
        },
    ]
    for c in PROGS:
        docs.append(
            {
                "t": PROG_NAMES["kk"][c],
                "x": f"Білім беру бағдарламасы {c}, оқу мерзімі 4 жыл, грант саны 25.",
            }
        )
    _w(p, _json({"docs": docs}))


def d52(p):
    def f(n, en, kk, ru, t):
        return {
            "name": n,
            "type": t,
            "description": {"en": en, "kk": kk, "ru": ru},
        }

    obj = {
        "name": "student-survey-indicators",
        "title": "Student survey indicators",
        "licenses": [{"name": "CC-BY-4.0"}],
        "contributors": [
            {"title": "Office of Strategy", "email": PUBLIC_EMAILS[0], "role": "publisher"}
        ],
        "resources": [
            {
                "name": "indicators",
                "path": "indicators.csv",
                "schema": {
                    "fields": [
                        f(
                            "wave",
                            "Survey wave, YYYY-MM",
                            "Сауалнама толқыны",
                            "Волна опроса",
                            "string",
                        ),
                        f("unit", "Unit code (F1-F6)", "Бөлім коды", "Код подразделения", "string"),
                        f(
                            "n",
                            "Respondent count",
                            "Жауап берушілер саны",
                            "Число респондентов",
                            "integer",
                        ),
                        f(
                            "share",
                            "Share of positive answers",
                            "Оң жауаптар үлесі",
                            "Доля положительных ответов",
                            "number",
                        ),
                        f(
                            "ci_low",
                            "95% confidence interval, lower",
                            "95% сенім аралығы, төменгі",
                            "95% ДИ, нижняя граница",
                            "number",
                        ),
                    ]
                },
            }
        ],
    }
    _w(p, _json(obj))


def d53(p):
    obj = {
        "@context": "https://schema.org",
        "@type": "CollegeOrUniversity",
        "name": "Kazakh University of Technology and Business named after K. Kulazhanov",
        "alternateName": "Қ. Құлажанов атындағы Қазақ технология және бизнес университеті",
        "telephone": PUBLIC_PHONES[0],
        "email": PUBLIC_EMAILS[0],
        "taxID": BIN_UNI,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Astana",
            "postalCode": "010000",
            "addressCountry": "KZ",
        },
        "founder": {"@type": "Person", "name": "Қ. Құлажанов"},
        "employee": [{"@type": "Person", "name": "L.K. Baibolova", "jobTitle": "Rector"}],
    }
    _w(p, _json(obj))


def d54(p):
    rng = random.Random(154)
    rows = [["year", "unit", "page_views", "downloads", "budget_kzt"]]
    for y in range(2010, 2026):
        for u in UNITS:
            for m in range(1, 13):
                pv = rng.randint(1_000_000, 99_999_999)
                rows.append(
                    [
                        f"{y}-{m:02d}",
                        u,
                        f"{pv:,}".replace(",", " "),
                        rng.randint(100, 99999),
                        f"{rng.randint(10_000_000, 900_000_000):,}".replace(",", " "),
                    ]
                )
    _w(p, _csv(rows))


def d55(p):
    rng = random.Random(155)
    rows = [["КАТО", "населённый_пункт", "индекс", "новый_индекс", "абитуриентов"]]
    towns = [
        "Астана, Алматинский р-н",
        "Астана, Есильский р-н",
        "Астана, Сарыаркинский р-н",
        "Астана, Байконурский р-н",
        "Астана, Нуринский р-н",
        "Астана, р-н Сарайшык",
    ]
    for _y in range(2020, 2026):
        for k, t in zip(KATO, towns, strict=False):
            for _ in range(20):
                rows.append(
                    [
                        k,
                        t,
                        f"0100{rng.randint(0, 9)}{rng.randint(0, 9)}",
                        f"Z0{rng.randint(0, 5)}{rng.choice('ABCEHKPT')}{rng.randint(0, 9)}{rng.choice('ABCEHKPT')}{rng.randint(0, 9)}",
                        rng.randint(0, 300),
                    ]
                )
    _w(p, _csv(rows, "\t"))


def d56(p):
    rng = random.Random(156)
    rows = [["programme", "wave", "n", "share", "internal_ref"]]
    for _ in range(900):
        rows.append(
            [
                rng.choice(PROGS),
                rng.choice(WAVES),
                rng.randint(10, 500),
                round(rng.random(), 3),
                _sha(str(rng.random()))[:16],
            ]
        )
    _xlsx(p, [("indicators", rows, ["E"])])


def d57(p):
    rng = random.Random(157)
    rows = [["№", "ұйым", "БСН", "шарт_сомасы", "жыл"]]
    for i in range(1, 701):
        j = rng.randrange(8)
        rows.append(
            [i, COMPANIES[j], BINS[j], rng.randint(100, 90000) * 1000, rng.randint(2019, 2025)]
        )
    _w(p, _csv(rows))


def d58(p):
    rng = random.Random(158)
    rows = [["programme", "count", "share", "year", "dataset_contact"]]
    for c in PROGS:
        for y in range(2015, 2026):
            rows.append([c, rng.randint(0, 500), round(rng.random(), 3), y, PUBLIC_EMAILS[0]])
    _w(p, _json(rows))


def d59(p):
    members = [
        (f"{w}/indicators.csv", _csv(_indicators("kk", 159 + i, 700)).encode())
        for i, w in enumerate(WAVES)
    ]
    p.write_bytes(_zip_bytes(members))


def d60(p):
    _w(
        p,
        "# Сайт баптаулары — веб-топ өңдеді\nsite:\n  title: ҚазТБУ\n  eponym: Қ. Құлажанов\n"
        "  rector: Байболова Л.К.\n  rector_en: L.K. Baibolova\n"
        f'  phone: "{PUBLIC_PHONES[0]}"\n  admissions_phone: "{PUBLIC_PHONES[1]}"\n'
        f'  trust_line: "{PUBLIC_PHONES[2]}"\n  email: {PUBLIC_EMAILS[0]}\n  admissions_email: {PUBLIC_EMAILS[1]}\n'
        f'  bin: "{BIN_UNI}"\n  build: 2026-11-21T10:00:00Z\n  postal_code: "010000"\n',
    )


def d61(p):
    rows = _indicators("en", 161, 500)
    body = (
        f"<p>Rector: L.K. Baibolova. Named after K. Kulazhanov. Contacts: {PUBLIC_PHONES[1]}, "
        f"{PUBLIC_EMAILS[1]}.</p>\n" + _table(rows)
    )
    _w(p, _html("en", "Open data: survey indicators", body))


def d62(p):
    _w(
        p,
        "Набор данных «Показатели приёма 2016–2025»\n"
        "Лицензия: CC-BY-4.0\nОбновлено: 2025-11-21T10:00:00Z\n"
        f"Издатель: КазУТБ им. Қ. Құлажанова (БИН {BIN_UNI}), ректор Байболова Л.К.\n"
        f"Вопросы по данным: {PUBLIC_EMAILS[1]}, тел. {PUBLIC_PHONES[1]}\n"
        f"Контрольная сумма: sha256 {_sha('admissions')}\n"
        "Поля: год, программа (например 6B04101), подано_заявлений, гранты, средний_балл.\n",
    )


def d63(p):
    rng = random.Random(163)
    rows = [["timestamp", "object_id", "sha256", "bytes", "action"]]
    for i in range(2000):
        rows.append(
            [
                f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:"
                f"{rng.randint(0, 59):02d}:00Z",
                _uuid(rng),
                _sha(f"o{i}"),
                rng.randint(100, 99999999),
                rng.choice(["publish", "update", "unpublish"]),
            ]
        )
    _w(p, _csv(rows))


def d64(p):
    rng = random.Random(164)
    data = []
    for y in range(2015, 2026):
        for u in UNITS:
            n = rng.randint(30, 200)
            data.append(
                {
                    "жыл": y,
                    "бөлім": u,
                    "қызметкерлер": n,
                    "пайыз_ғылыми_дәреже": round(rng.uniform(20, 70), 1),
                }
            )
    _w(p, _json({"тақырып": "Қызметкерлер саны", "деректер": data}))


def d65(p):
    rng = random.Random(165)
    rows = [["год", "фонд", "получателей", "сумма_тг", "счет_университета"]]
    for y in range(2010, 2026):
        for f in ["ректорская", "акимата", "именная им. Қ. Құлажанова", "социальная"]:
            rows.append([y, f, rng.randint(5, 200), rng.randint(100, 9000) * 1000, IBAN_UNI])
    _w(p, _csv(rows))


def d66(p):
    ents = [
        (
            "Rector L.K. Baibolova meets the city akimat",
            f"{SITE}/en/news/rector-baibolova-meets-akimat",
            "2025-11-21T10:00:00Z",
            "The rector discussed internships for students.",
        ),
        (
            "K. Kulazhanov memorial lecture",
            f"{SITE}/en/news/kulazhanov-memorial-lecture",
            "2025-11-10T10:00:00Z",
            "Annual lecture in honour of Қ. Құлажанов.",
        ),
        (
            "Admissions hotline",
            f"{SITE}/en/news/admissions-hotline",
            "2025-06-01T10:00:00Z",
            f"Call {PUBLIC_PHONES[1]} or write to {PUBLIC_EMAILS[1]}.",
        ),
    ]
    _w(p, _atom("en", "KazUTB news", ents))


def d67(p):
    rng = random.Random(167)
    rows = [["толқын", "сұрақ_коды", "күні", "жауап_берушілер", "орташа", "си_95"]]
    for w in WAVES:
        for q in QS:
            for _u in UNITS:
                for _c in PROGS:
                    m = rng.uniform(2.5, 4.8)
                    rows.append(
                        [
                            w,
                            q,
                            f"{w}-{rng.randint(1, 28):02d}",
                            rng.randint(10, 400),
                            f"{m:.2f}",
                            f"[{m - 0.2:.2f}; {m + 0.2:.2f}]",
                        ]
                    )
    _w(p, _csv(rows[:2501]))


def d68(p):
    rng = random.Random(168)
    rows = [["год", "программа", "заявлений", "зачислено", "доля_грант", "дата_отчёта"]]
    for y in range(2010, 2026):
        for c in PROGS:
            for _f in ["очная", "заочная", "онлайн"]:
                a = rng.randint(20, 800)
                rows.append([y, c, a, rng.randint(5, a), round(rng.random(), 3), f"{y}-09-01"])
    _xlsx(p, [("приём", rows, [])])


def d69(p):
    items = [
        {"id": f"2025110{i}{i:04d}", "title": t, "date_published": d}
        for i, (t, d) in enumerate(
            [
                ("Rector L.K. Baibolova opened the academic year", "2025-09-01T09:00:00Z"),
                ("Conference named after K. Kulazhanov", "2025-10-12T09:00:00Z"),
                ("Open day: call +7 708 425 06 60", "2025-11-21T10:00:00Z"),
            ],
            1,
        )
    ]
    _w(p, _json({"version": "https://jsonfeed.org/version/1.1", "title": "News", "items": items}))


# ---------------------------------------------------------------- manifest
E = Entry
MANIFEST: list[Entry] = [
    E(
        "d00-procurement-ip-iin-ru.csv",
        "iin",
        "procurement-ie-iin",
        "row 137, column БИН/ИИН",
        "ru",
        IIN_IP,
        "Supplier is an individual entrepreneur (ИП Ахметов Е.Б.); his IIN sits among legal-entity BINs",
    ),
    E(
        "d01-contracts-person-iban-kk.csv",
        "iban",
        "contract-person-iban",
        "row 58, column ЖСК/IBAN",
        "kk",
        IBAN_CONTRACT,
        "Counterparty is a private individual (name in same row); her personal IBAN",
    ),
    E(
        "d02-survey-comment-phone-ru.csv",
        "phone",
        "survey-needle",
        "row 1412 of 2000, column комментарий",
        "ru",
        "+7 747 318 29 64",
        "Respondent left a mobile number in free text",
    ),
    E(
        "d03-survey-comment-email-kk.csv",
        "email",
        "survey-needle",
        "row 733 of 1500, column пікір",
        "kk",
        "aigerim.s1998@mail.ru",
        "Respondent's private email in free text",
    ),
    E(
        "d04-survey-comment-name-en.csv",
        "person-name",
        "survey-needle",
        "row 2311 of 3000, column comment",
        "en",
        "Timur Serikbayev",
        "Respondent identifies himself by name in an anonymous survey",
    ),
    E(
        "d05-json-aoa-email-en.json",
        "email",
        "json-array-of-arrays",
        "row 41, column note",
        "en",
        "b.omarov87@gmail.com",
        "Private gmail left in a note cell of a header-row JSON table",
    ),
    E(
        "d06-jsonld-review-person-ru.jsonld",
        "person-name",
        "jsonld-person",
        "review.author.name",
        "ru",
        "Айдана Сейтказина",
        "Student review author as schema.org Person",
    ),
    E(
        "d07-sitemap-name-slug-kk.xml",
        "person-name",
        "url-name-slug",
        "loc of 6th url",
        "kk",
        "aigerim-seitkali",
        "Student's name in a news URL slug",
    ),
    E(
        "d08-atom-url-email-en.atom",
        "email",
        "url-email",
        "entry link/id query string",
        "en",
        "daniyar.kassymov@mail.ru",
        "Private email of a feedback author leaked into an entry URL",
    ),
    E(
        "d09-search-index-phone-ru.json",
        "phone",
        "search-index",
        "docs[287].x",
        "ru",
        "+7 705 912 44 07",
        "Private classified ad with a mobile number indexed for search",
    ),
    E(
        "d10-grants-hidden-iin-en.xlsx",
        "iin",
        "xlsx-hidden-column",
        "sheet grants, hidden column E",
        "en",
        IIN_XLSX_FIRST,
        "Hidden column of grant holders' IINs (200 rows)",
    ),
    E(
        "d11-iin-lost-zero-ru.csv",
        "iin",
        "iin-lost-leading-zero",
        "column ИИН, 11 digits (row 77)",
        "ru",
        IIN_ZERO11,
        "IINs of applicants born 2000s lost their leading zero in Excel",
    ),
    E(
        "d12-phone-as-number-kk.csv",
        "phone",
        "phone-as-number",
        "column phone, row 12",
        "kk",
        "77473182964",
        "Volunteers' mobiles stored as bare integers under a phone header",
    ),
    E(
        "d13-staff-dob-ru.csv",
        "birth-date",
        "staff-dob-column",
        "column дата_рождения next to ФИО",
        "ru",
        "12.04.1979",
        "Staff birth dates published next to full names",
    ),
    E(
        "d14-student-id-en.csv",
        "student-id",
        "student-id-column",
        "column student_id",
        "en",
        "S2104517",
        "Per-student records keyed by student id",
    ),
    E(
        "d15-zip-member-email-kk.zip",
        "email",
        "zip-member",
        "member 2025/contacts.csv, row F3",
        "kk",
        "nurlan.zh2001@gmail.com",
        "Student volunteer's gmail inside one CSV of a zip",
    ),
    E(
        "d16-yaml-comment-name-phone-ru.yaml",
        ANY,
        "yaml-comment",
        "YAML comment line 2",
        "ru",
        "+7 702 555 18 40",
        "Editor's name and private mobile in a YAML comment (name + phone)",
    ),
    E(
        "d17-survey-tsv-phone-kk.tsv",
        "phone",
        "survey-needle",
        "row 845 of 1200, column пікір",
        "kk",
        "8 (701) 455-32-19",
        "Mobile in 8 (7xx) format in free text of a TSV",
    ),
    E(
        "d18-dorm-json-address-ru.json",
        "address",
        "json-note-address",
        "records[99].note",
        "ru",
        "ул. Кенесары 40, кв. 12",
        "Private home address with flat number",
    ),
    E(
        "d19-survey-address-kk.csv",
        "address",
        "survey-needle",
        "row 412 of 900, column пікір",
        "kk",
        "Жеңіс даңғылы 75, 14 пәтер",
        "Respondent's home address with flat number",
    ),
    E(
        "d20-survey-card-en.csv",
        "bank-card",
        "survey-needle",
        "row 990 of 1800, column comment",
        "en",
        CARD_EN_FMT,
        "Luhn-valid card number in free text",
    ),
    E(
        "d21-refunds-card-ru.json",
        "bank-card",
        "json-records",
        "[143].карта",
        "ru",
        CARD_RU,
        "Luhn-valid card number of a refund recipient",
    ),
    E(
        "d22-survey-id-card-ru.csv",
        "id-document",
        "survey-needle",
        "row 1203 of 1600, column комментарий",
        "ru",
        "043567812",
        "ID card number in free text",
    ),
    E(
        "d23-register-id-card-kk.xml",
        "id-document",
        "xml-register",
        "doc no 0088, note",
        "kk",
        "045612378",
        "ID card number noted in a documents register",
    ),
    E(
        "d24-html-table-handle-en.html",
        "social-handle",
        "html-table",
        "row Chess, column Contact",
        "en",
        "@aruzhan_k_2003",
        "Student's personal instagram handle as club contact",
    ),
    E(
        "d25-survey-telegram-kk.csv",
        "social-handle",
        "survey-needle",
        "row 377 of 1000, column пікір",
        "kk",
        "@dias_nurlanuly",
        "Respondent's telegram handle",
    ),
    E(
        "d26-jsonld-event-attendee-en.jsonld",
        "person-name",
        "jsonld-person",
        "attendee[0].name",
        "en",
        "Yerzhan Mukhtarov",
        "Private attendee listed as schema.org Person",
    ),
    E(
        "d27-atom-name-slug-ru.atom",
        "person-name",
        "url-name-slug",
        "entry 2 link/id",
        "ru",
        "dinaru-abenovu",
        "Student's name (Russian accusative, transliterated) in a news slug",
    ),
    E(
        "d28-sitemap-email-en.xml",
        "email",
        "url-email",
        "loc of 4th url",
        "en",
        "erlan.tokhtarov@gmail.com",
        "Alumnus' private email used as a profile URL path",
    ),
    E(
        "d29-procurement-ip-iin-ru.xlsx",
        "iin",
        "procurement-ie-iin",
        "sheet закупки, row 30, column БИН/ИИН",
        "ru",
        IIN_XLSX_IP,
        "Individual entrepreneur's IIN among BINs in an xlsx",
    ),
    E(
        "d30-survey-phone-kk.xlsx",
        "phone",
        "survey-needle",
        "row 519 of 800, column пікір",
        "kk",
        "+7 775 403 11 86",
        "Mobile number in free text of an xlsx survey",
    ),
    E(
        "d31-quality-log-dob-en.txt",
        ANY,
        "txt-log",
        "line 4",
        "en",
        "14.03.2002",
        "Applicant name + date of birth in an import log",
    ),
    E(
        "d32-refund-iban-ru.csv",
        "iban",
        "iban-column",
        "row 17, column счет_возврата",
        "ru",
        IBAN_REFUND,
        "Refund account of a private applicant",
    ),
    E(
        "d33-search-index-email-en.json",
        "email",
        "search-index",
        "docs[1].x",
        "en",
        "kuanysh_b@inbox.ru",
        "Private email in indexed page text",
    ),
    E(
        "d34-zip-stipend-iin-ru.zip",
        "iin",
        "zip-member",
        "member stipend.csv, column ИИН",
        "ru",
        IIN_ZIP,
        "Stipend recipients' IINs in one member of a zip of CSVs",
    ),
    E(
        "d35-yaml-value-name-phone-en.yaml",
        ANY,
        "yaml-value",
        "mentors[0].contact",
        "en",
        "+7 777 214 90 31",
        "Mentor's name and private mobile as a YAML value (name + phone)",
    ),
    E(
        "d36-yaml-duty-phone-kk.yaml",
        "phone",
        "yaml-value",
        "duty[0].phone",
        "kk",
        "+7 776 218 40 95",
        "Duty student's private mobile next to the public trust line",
    ),
    E(
        "d37-json-aoa-iin-kk.json",
        "iin",
        "json-array-of-arrays",
        "row 29, column ескерту",
        "kk",
        IIN_JSON,
        "IIN left in a note cell of a header-row JSON table",
    ),
    E(
        "d38-staff-dob-en.csv",
        "birth-date",
        "staff-dob-column",
        "column dob",
        "en",
        "1987-09-23",
        "Staff dates of birth (ISO) in a staff list",
    ),
    E(
        "d39-student-id-ru.tsv",
        "student-id",
        "student-id-column",
        "column student_id",
        "ru",
        "S2309814",
        "Per-student status records keyed by student id",
    ),
    E(
        "d40-html-survey-email-kk.html",
        "email",
        "html-table",
        "row 301 of 600, column пікір",
        "kk",
        "madina.zhumabek@list.ru",
        "Private email in an HTML-rendered survey table",
    ),
    E(
        "d41-jsonfeed-phone-ru.json",
        "phone",
        "json-feed",
        "items[1].content_text",
        "ru",
        "8 777 123 45 67",
        "Private classified ad mobile in a JSON news feed",
    ),
    # look-alikes
    E(
        "d42-indicators-en.csv",
        None,
        "aggregate-indicators",
        "whole file",
        "en",
        "0.418",
        "3000 rows of waves, unit codes, question codes, shares and CIs",
    ),
    E(
        "d43-programmes-ru.csv",
        None,
        "programme-list",
        "whole file",
        "ru",
        "6B04101",
        "Programme codes, names, headcounts, years",
    ),
    E(
        "d44-staff-counts-kk.csv",
        None,
        "staff-counts",
        "whole file",
        "kk",
        "F2",
        "Staff counts per unit/quarter with percentages",
    ),
    E(
        "d45-admissions-ru.csv",
        None,
        "admissions-stats",
        "whole file",
        "ru",
        "7M06101",
        "Admissions aggregates with order dates",
    ),
    E(
        "d46-procurement-bins-ru.csv",
        None,
        "procurement-bins",
        "whole file",
        "ru",
        BINS[0],
        "1200 contracts with legal entities: valid BINs, KATO codes, KZT amounts",
    ),
    E(
        "d47-documents-register-en.json",
        None,
        "documents-register",
        "whole file",
        "en",
        "2026-",
        "UUIDs, sha256 hashes, ISO timestamps, byte sizes",
    ),
    E(
        "d48-documents-register-kk.xml",
        None,
        "documents-register",
        "whole file",
        "kk",
        "Бұйрық",
        "Kazakh XML register with UUIDs, hashes and timestamps",
    ),
    E(
        "d49-sitemap-pages.xml",
        None,
        "sitemap",
        "whole file",
        "en",
        "/programmes/6b04101",
        "Ordinary pages in three languages",
    ),
    E(
        "d50-atom-public-figures-ru.atom",
        None,
        "atom-public-figures",
        "whole file",
        "ru",
        "Байболова Л.К.",
        "News about the rector and the eponym; university phone/email",
    ),
    E(
        "d51-search-index-public-kk.json",
        None,
        "search-index-public",
        "whole file",
        "kk",
        PUBLIC_PHONES[0],
        "Public pages: university contacts, rector, eponym",
    ),
    E(
        "d52-datapackage.json",
        None,
        "datapackage",
        "whole file",
        "en",
        "Жауап берушілер саны",
        "Field descriptions in three languages, publisher email",
    ),
    E(
        "d53-jsonld-university-en.jsonld",
        None,
        "jsonld-organization",
        "whole file",
        "en",
        "L.K. Baibolova",
        "Organization JSON-LD with rector and founder as Person, BIN as taxID",
    ),
    E(
        "d54-phone-like-counts-en.csv",
        None,
        "phone-like-counts",
        "whole file",
        "en",
        "page_views",
        "Space-grouped 7-8 digit counts and budgets that resemble phone fragments",
    ),
    E(
        "d55-kato-postcodes-ru.tsv",
        None,
        "kato-postcodes",
        "whole file",
        "ru",
        KATO[0],
        "9-digit KATO codes, 6-digit and new alphanumeric postcodes",
    ),
    E(
        "d56-hidden-internal-ref-en.xlsx",
        None,
        "xlsx-hidden-column",
        "hidden column E",
        "en",
        "internal_ref",
        "Hidden column holds hex fragments, not personal data",
    ),
    E(
        "d57-bins-kk.csv",
        None,
        "procurement-bins",
        "column БСН",
        "kk",
        BINS[1],
        "Legal-entity BINs under a БСН header",
    ),
    E(
        "d58-json-aoa-public-email-en.json",
        None,
        "json-array-of-arrays",
        "column dataset_contact",
        "en",
        PUBLIC_EMAILS[0],
        "Header-row JSON table with only the university office email",
    ),
    E(
        "d59-zip-indicators-kk.zip",
        None,
        "zip-aggregates",
        "all members",
        "kk",
        "2024-06",
        "Zip of four aggregate CSVs",
    ),
    E(
        "d60-site-config-kk.yaml",
        None,
        "yaml-site-config",
        "whole file",
        "kk",
        "Байболова Л.К.",
        "Site config: rector, eponym, public phones and emails, BIN",
    ),
    E(
        "d61-open-data-page-en.html",
        None,
        "html-aggregates",
        "whole file",
        "en",
        "L.K. Baibolova",
        "HTML table of aggregates with public contacts",
    ),
    E(
        "d62-readme-ru.txt",
        None,
        "dataset-readme",
        "whole file",
        "ru",
        PUBLIC_PHONES[1],
        "Dataset README with licence, BIN, rector and public contacts",
    ),
    E(
        "d63-audit-log-en.csv",
        None,
        "audit-log",
        "whole file",
        "en",
        "2026-",
        "2000 rows of timestamps, UUIDs, sha256",
    ),
    E(
        "d64-staff-counts-kk.json",
        None,
        "staff-counts",
        "whole file",
        "kk",
        "Қызметкерлер саны",
        "Staff counts per unit and year",
    ),
    E(
        "d65-scholarship-fund-ru.csv",
        None,
        "legal-entity-iban",
        "column счет_университета",
        "ru",
        IBAN_UNI,
        "University's own (legal entity) account in fund statistics; requisites are public",
    ),
    E(
        "d66-atom-public-figures-en.atom",
        None,
        "atom-public-figures",
        "whole file",
        "en",
        "L.K. Baibolova",
        "News about rector and eponym with public hotline",
    ),
    E(
        "d67-waves-kk.csv",
        None,
        "aggregate-indicators",
        "whole file",
        "kk",
        "2024-06",
        "Waves, question codes, ISO dates, means and CIs",
    ),
    E(
        "d68-admissions-ru.xlsx",
        None,
        "admissions-stats",
        "sheet приём",
        "ru",
        "7M06101",
        "Admissions aggregates in xlsx",
    ),
    E(
        "d69-jsonfeed-public-en.json",
        None,
        "json-feed-public",
        "whole file",
        "en",
        "+7 708 425 06 60",
        "News feed with rector, eponym, public phone; numeric ids",
    ),
]

_FUNCS = {f"d{i:02d}": globals()[f"d{i:02d}"] for i in range(70)}


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for e in MANIFEST:
        p = folder / e.name
        _FUNCS[e.name[:3]](p)
        out.append(p)
    return out


if __name__ == "__main__":
    import sys

    for p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/corpus5/datafiles-out")):
        print(p)
