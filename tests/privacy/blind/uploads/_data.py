"""Synthetic personal data (fictional people) and validators. Deterministic via random.Random(seed)."""

from __future__ import annotations

import random

# ------------------------------------------------------------------ checksums
W1 = list(range(1, 12))
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def kz_check(d11: str) -> int | None:
    ds = [int(c) for c in d11]
    c = sum(a * b for a, b in zip(ds, W1, strict=False)) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(ds, W2, strict=False)) % 11
        if c == 10:
            return None
    return c


def kz_valid(s: str) -> bool:
    return len(s) == 12 and s.isdigit() and kz_check(s[:11]) == int(s[11])


def iin(rng: random.Random, y: int, m: int, d: int, male: bool) -> str:
    cent = {18: 1, 19: 3, 20: 5}[y // 100] + (0 if male else 1)
    while True:
        body = f"{y % 100:02d}{m:02d}{d:02d}{cent}{rng.randint(0, 9999):04d}"
        c = kz_check(body)
        if c is not None:
            return body + str(c)


def bin_(rng: random.Random, yy: int, mm: int, kind: int = 4) -> str:
    while True:
        body = f"{yy:02d}{mm:02d}{kind}{rng.randint(0, 9)}{rng.randint(0, 99999):05d}"
        c = kz_check(body)
        if c is not None:
            return body + str(c)


def luhn_ok(s: str) -> bool:
    ds = [int(c) for c in s if c.isdigit()][::-1]
    tot = 0
    for i, v in enumerate(ds):
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def card(rng: random.Random, prefix: str = "440043") -> str:
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(prefix)))
    for c in "0123456789":
        if luhn_ok(body + c):
            n = body + c
            return " ".join(n[i : i + 4] for i in range(0, 16, 4))
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "")
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(rng: random.Random, bank: str = "722", letter: str = "S") -> str:
    bban = bank + letter + "".join(str(rng.randint(0, 9)) for _ in range(12))
    chk = 98 - _iban_num(bban + "KZ00") % 97
    s = f"KZ{chk:02d}{bban}"
    assert iban_ok(s)
    return s


# ------------------------------------------------------------------ names
M_FIRST = [
    "Ерлан",
    "Дәулет",
    "Арман",
    "Диас",
    "Ерасыл",
    "Санжар",
    "Әлихан",
    "Нұрболат",
    "Темірлан",
    "Айбек",
    "Бауыржан",
    "Мирас",
]
F_FIRST = [
    "Аружан",
    "Айгерім",
    "Мадина",
    "Дана",
    "Жансая",
    "Әсел",
    "Томирис",
    "Інжу",
    "Гүлназ",
    "Дильназ",
    "Сабина",
    "Перизат",
]
SURN = [
    "Ахметов",
    "Серікбаев",
    "Жұмабеков",
    "Нұрланов",
    "Қасымов",
    "Төлеуов",
    "Әбдірахманов",
    "Байжанов",
    "Омаров",
    "Сейітов",
    "Мұхамеджанов",
    "Исаев",
    "Тұрсынов",
    "Кенжебаев",
    "Есенов",
    "Бекмұхамбетов",
]
FATHERS = [
    "Болат",
    "Серік",
    "Мұрат",
    "Қайрат",
    "Ержан",
    "Асқар",
    "Нұрлан",
    "Бақыт",
    "Талғат",
    "Ғалым",
]

RU_M_FIRST = [
    "Ерлан",
    "Даулет",
    "Арман",
    "Диас",
    "Ерасыл",
    "Санжар",
    "Алихан",
    "Нурболат",
    "Темирлан",
    "Айбек",
    "Бауыржан",
    "Мирас",
]
RU_F_FIRST = [
    "Аружан",
    "Айгерим",
    "Мадина",
    "Дана",
    "Жансая",
    "Асель",
    "Томирис",
    "Инжу",
    "Гульназ",
    "Дильназ",
    "Сабина",
    "Перизат",
]
RU_SURN = [
    "Ахметов",
    "Серикбаев",
    "Жумабеков",
    "Нурланов",
    "Касымов",
    "Тулеуов",
    "Абдрахманов",
    "Байжанов",
    "Омаров",
    "Сеитов",
    "Мухамеджанов",
    "Исаев",
    "Турсынов",
    "Кенжебаев",
    "Есенов",
    "Иванов",
    "Ким",
    "Петренко",
]
RU_FATHERS = [
    "Болат",
    "Серик",
    "Мурат",
    "Кайрат",
    "Ержан",
    "Аскар",
    "Нурлан",
    "Бахыт",
    "Талгат",
    "Галым",
]

EN_M_FIRST = [
    "Yerlan",
    "Daulet",
    "Arman",
    "Dias",
    "Yerassyl",
    "Sanzhar",
    "Alikhan",
    "Nurbolat",
    "Temirlan",
    "Aibek",
]
EN_F_FIRST = [
    "Aruzhan",
    "Aigerim",
    "Madina",
    "Dana",
    "Zhansaya",
    "Assel",
    "Tomiris",
    "Inzhu",
    "Gulnaz",
    "Dilnaz",
]
EN_SURN = [
    "Akhmetov",
    "Serikbayev",
    "Zhumabekov",
    "Nurlanov",
    "Kassymov",
    "Tuleuov",
    "Abdrakhmanov",
    "Baizhanov",
    "Omarov",
    "Seitov",
    "Mukhamedzhanov",
    "Issayev",
    "Tursynov",
    "Kenzhebayev",
]
EN_FATHERS = ["Bolat", "Serik", "Murat", "Kairat", "Yerzhan", "Askar", "Nurlan", "Bakhyt"]


def _fem_kk(s: str) -> str:
    return s + "а"


def name_kk(rng: random.Random) -> str:
    male = rng.random() < 0.5
    s = rng.choice(SURN)
    f = rng.choice(FATHERS)
    if male:
        return f"{s} {rng.choice(M_FIRST)} {f}ұлы"
    return f"{_fem_kk(s)} {rng.choice(F_FIRST)} {f}қызы"


def name_ru(rng: random.Random) -> str:
    male = rng.random() < 0.5
    s = rng.choice(RU_SURN)
    f = rng.choice(RU_FATHERS)
    if male:
        return f"{s} {rng.choice(RU_M_FIRST)} {f}ович"
    fs = s if s in ("Ким", "Петренко") else s + "а"
    return f"{fs} {rng.choice(RU_F_FIRST)} {f}овна"


def name_en(rng: random.Random) -> str:
    male = rng.random() < 0.5
    s = rng.choice(EN_SURN)
    if male:
        return f"{rng.choice(EN_M_FIRST)} {s}"
    return f"{rng.choice(EN_F_FIRST)} {s}a"


def names(fn, rng: random.Random, n: int) -> list[str]:
    out: list[str] = []
    while len(out) < n:
        x = fn(rng)
        if x not in out:
            out.append(x)
    return out


# ------------------------------------------------------------------ other data
RESERVED_PHONES = {"7084250660", "7016025353"}


def phone(rng: random.Random, style: int = 0) -> str:
    while True:
        op = rng.choice(["701", "702", "705", "707", "747", "771", "775", "777"])
        n = f"{rng.randint(0, 9999999):07d}"
        if op + n not in RESERVED_PHONES and n[0] != "0":
            break
    a, b, c = n[:3], n[3:5], n[5:]
    return [
        f"+7 {op} {a} {b} {c}",
        f"8 ({op}) {a}-{b}-{c}",
        f"+7{op}{n}",
        f"8{op}{n}",
        f"+7 ({op}) {a}-{b}-{c}",
    ][style % 5]


def translit_login(rng: random.Random) -> str:
    first = rng.choice(EN_M_FIRST + EN_F_FIRST).lower()
    sur = rng.choice(EN_SURN).lower()[: rng.randint(3, 8)]
    return f"{first}{rng.choice(['.', '_', ''])}{sur}{rng.randint(1, 99):02d}"


def email(rng: random.Random) -> str:
    return f"{translit_login(rng)}@{rng.choice(['mail.ru', 'gmail.com', 'inbox.kz', 'list.ru', 'yandex.kz', 'bk.ru'])}"


def birth(rng: random.Random, y0: int = 2002, y1: int = 2007) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


RU_STREETS = [
    "ул. Кенесары",
    "пр. Республики",
    "ул. Сыганак",
    "ул. Бейбитшилик",
    "пр. Туран",
    "ул. Абылай хана",
    "ул. Жубанова",
    "пр. Богенбай батыра",
]
KK_STREETS = [
    "Кенесары көшесі",
    "Республика даңғылы",
    "Сығанақ көшесі",
    "Бейбітшілік көшесі",
    "Тұран даңғылы",
    "Жұбанов көшесі",
]
EN_STREETS = [
    "Kenesary St",
    "Respublika Ave",
    "Syganak St",
    "Beibitshilik St",
    "Turan Ave",
    "Zhubanov St",
]
RU_TOWNS = ["г. Астана", "г. Караганда", "г. Кокшетау", "г. Павлодар", "г. Костанай"]
KK_TOWNS = ["Астана қ.", "Қарағанды қ.", "Көкшетау қ.", "Павлодар қ.", "Қостанай қ."]


def address_ru(rng):
    return f"{rng.choice(RU_TOWNS)}, {rng.choice(RU_STREETS)}, д. {rng.randint(1, 140)}, кв. {rng.randint(1, 220)}"


def address_kk(rng):
    return f"{rng.choice(KK_TOWNS)}, {rng.choice(KK_STREETS)}, {rng.randint(1, 140)}-үй, {rng.randint(1, 220)}-пәтер"


def address_en(rng):
    return (
        f"{rng.randint(1, 140)} {rng.choice(EN_STREETS)}, apt. {rng.randint(1, 220)}, Astana 010000"
    )


GROUPS = ["ИС-21-2", "ИС-22-1", "ВТ-23-3", "ЭК-22-1", "ФН-24-2", "ТП-23-1", "ДЗ-22-2", "ЮР-24-1"]
GROUPS_KK = ["АЖ-21-2", "ЕТ-22-1", "ЭК-23-1", "ҚМ-24-2", "ТТ-23-1"]
PROGRAMMES = ["6B06101", "6B04101", "6B04102", "6B07201", "6B11101", "6B02101", "6B04201"]
