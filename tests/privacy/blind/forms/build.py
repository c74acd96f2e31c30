"""Blank forms, vacancies and instructions: a blind corpus for the personal-data gate (forms).

Written by an author who had not read the gate's code: vacancies, lists of documents,
blank application forms with placeholders and masks (ИИН: ____________, +7 (___)
___-__-__, ГГММДДХХХХХК), filling instructions, samples with dummy values (000000000000,
+7 (700) 000-00-00, example@domain.kz, 01.01.2000 (үлгі)), in kk, ru and en, which must
pass; and forms filled in and published by mistake, each with one personal datum, which
must be reported. Deterministic (one seeded generator); the files are made at import and
written by build().
"""

# ruff: noqa: UP031, B007 (the author's %-formats and loops, kept as written)
from __future__ import annotations

import datetime
import json
import random
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


W1 = list(range(1, 12))  # 1..11
W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def iin_check_digit(first11):
    """Return (check_digit, passes_used) or (None, 2) if the number is invalid."""
    d = [int(c) for c in first11]
    assert len(d) == 11
    s = sum(w * x for w, x in zip(W1, d, strict=False)) % 11
    if s != 10:
        return s, 1
    s = sum(w * x for w, x in zip(W2, d, strict=False)) % 11
    if s != 10:
        return s, 2
    return None, 2


def iin_checksum_ok(iin):
    if len(iin) != 12 or not iin.isdigit():
        return False
    c, _ = iin_check_digit(iin[:11])
    return c is not None and c == int(iin[11])


def iin_birth_date(iin):
    """Birth date encoded in an IIN, or None if YYMMDD/century digit is impossible."""
    yy, mm, dd, cent = int(iin[0:2]), int(iin[2:4]), int(iin[4:6]), int(iin[6])
    if cent not in (1, 2, 3, 4, 5, 6):
        return None
    year = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}[cent] + yy
    try:
        return datetime.date(year, mm, dd)
    except ValueError:
        return None


def iin_fully_valid(iin):
    return iin_checksum_ok(iin) and iin_birth_date(iin) is not None


def luhn_ok(digits):
    total, alt = 0, False
    for ch in reversed(digits):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        total += n
        alt = not alt
    return total % 10 == 0


def iban_check_digits(country, bban):
    rearranged = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    iban = iban.replace(" ", "")
    rearranged = iban[4:] + iban[:4]
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(num) % 97 == 1


SEED = 20250614
rng = random.Random(SEED)

FILES = []  # (name, text)
_RAW_MANIFEST: list[dict] = []  # dicts
PLANTED = {}  # file -> exact planted string (B files) for verification
CLAIMS = []  # human-readable verification lines


def add(name, text, expect, why, planted=None):
    if not text.endswith("\n"):
        text += "\n"
    FILES.append((name, text))
    _RAW_MANIFEST.append({"file": name, "expect": expect, "why": why})
    if planted is not None:
        PLANTED[name] = planted


def html(lang, title, body):
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body.strip()}\n</body>\n</html>\n"
    )


# --------------------------------------------------------------------------
# Seeded generation of the personal values planted in part B
# --------------------------------------------------------------------------


def make_iin(yy, mm, dd, century, need_second_pass=False):
    while True:
        serial = "%04d" % rng.randrange(0, 10000)
        first11 = "%02d%02d%02d%d%s" % (yy, mm, dd, century, serial)
        c, passes = iin_check_digit(first11)
        if c is None:
            continue
        if need_second_pass and passes != 2:
            continue
        if not need_second_pass and passes != 1:
            continue
        iin = first11 + str(c)
        assert iin_checksum_ok(iin) and iin_birth_date(iin) is not None
        CLAIMS.append(
            f"IIN {iin}: born {iin_birth_date(iin)}, century digit {century}, "
            f"check digit {c} from pass {passes}"
        )
        return iin


def make_mobile():
    prefix = rng.choice(["701", "702", "705", "707", "747", "771", "775", "777", "778"])
    while True:
        rest = "%07d" % rng.randrange(0, 10**7)
        if len(set(rest)) >= 5 and "000" not in rest:
            return prefix, rest


def make_digits(n):
    while True:
        s = "".join(str(rng.randrange(10)) for _ in range(n))
        if len(set(s)) >= 5 and "000" not in s and s[0] != "0":
            return s


IIN_B01 = make_iin(4, 3, 14, 6)  # woman born 14.03.2004
IIN_B02 = make_iin(5, 11, 2, 5)  # man born 02.11.2005
IIN_B03 = make_iin(3, 7, 21, 6, need_second_pass=True)  # woman born 21.07.2003

p4, r4 = make_mobile()
PHONE_B04 = f"+7 {p4} {r4[:3]} {r4[3:5]} {r4[5:]}"
p5, r5 = make_mobile()
PHONE_B05 = f"8 {p5} {r5[:3]} {r5[3:5]} {r5[5:]}"

EMAIL_B06 = "dnurlanov87@gmail.com"
EMAIL_B07 = "a.seitkali2004@mail.ru"
PASSPORT_B09 = "N" + make_digits(8)
ID_CARDS_B10 = [make_digits(9) for _ in range(9)]
STUDENT_IDS_B13 = [
    "%02dB%06d" % (rng.choice([21, 22, 23, 24]), rng.randrange(10000, 999999)) for _ in range(7)
]

for v in ID_CARDS_B10:
    assert len(v) == 9 and v.isdigit()
assert len(PASSPORT_B09) == 9
CLAIMS.append(f"passport {PASSPORT_B09}: N + 8 digits")
CLAIMS.append("ID cards: " + ", ".join(ID_CARDS_B10))
CLAIMS.append("student IDs: " + ", ".join(STUDENT_IDS_B13))
CLAIMS.append(f"phones: {PHONE_B04}, {PHONE_B05}")

# Public university requisites (part A): a legal-entity BIN whose first six digits
# are NOT a date (day 40) and whose 7th digit is 0 (not a century digit 1-6),
# but whose check digit is valid - an IIN-shaped number that is not personal.
while True:
    first11 = "010440" + "0" + "%04d" % rng.randrange(0, 10000)
    c, passes = iin_check_digit(first11)
    if c is not None and passes == 1:
        BIN_UNI = first11 + str(c)
        break
assert iin_checksum_ok(BIN_UNI) and iin_birth_date(BIN_UNI) is None
CLAIMS.append(
    f"BIN {BIN_UNI} (public, legal entity): checksum valid, YYMMDD/century impossible for an IIN"
)

bban = "998KZT" + "%010d" % rng.randrange(10**9, 10**10)
IBAN_UNI = "KZ" + iban_check_digits("KZ", bban) + bban
assert iban_ok(IBAN_UNI) and len(IBAN_UNI) == 20
CLAIMS.append(f"IBAN {IBAN_UNI} (public, university account): mod-97 valid")

# ==========================================================================
# PART A - public files (expect: null)
# ==========================================================================

add(
    "a01_ru_vakansiya_docent.md",
    """# Вакансия: доцент кафедры информационных систем

Университет объявляет конкурс на замещение вакантной должности **доцента кафедры
информационных систем** (1,0 ставки, бессрочный трудовой договор после прохождения конкурса).

## Условия

- Заработная плата: от 250 000 до 400 000 тг (в зависимости от учёной степени и стажа).
- Полная занятость, учебная нагрузка 600–680 часов в год.
- Добровольное медицинское страхование; иногородним сотрудникам — место в общежитии №3 (блок В).

## Требования

- учёная степень кандидата наук, доктора наук или доктора PhD по профилю;
- стаж научно-педагогической работы не менее 3 лет;
- не менее 5 публикаций за последние 5 лет, из них не менее 1 — в журнале с ненулевым импакт-фактором;
- владение казахским и русским языками; английский язык — уровень не ниже B2.

## Документы

Полный перечень — в файле «Перечень документов для участия в конкурсе»: заявление,
копия удостоверения личности, ИИН, справка о несудимости, медицинская справка
формы 075/у, копии дипломов, список научных трудов.

## Сроки

- Приём документов: с 02.06.2025 по 30.06.2025 включительно, в рабочие дни с 9:00 до 18:00 (перерыв 13:00–14:00).
- Заседание конкурсной комиссии: 10.07.2025 в 15:00, зал учёного совета (корпус 1, каб. 305).

## Контакты

Отдел кадров, главный корпус, 2 этаж, каб. 214. Консультации — у ведущего специалиста
по кадрам в часы приёма. Телефоны и адреса электронной почты сотрудников на сайте не публикуются.
""",
    None,
    "vacancy: salary range, experience, dates; contact only as office + room",
)

add(
    "a02_kk_vakansiya_zerthanashy.html",
    html(
        "kk",
        "Бос орын: зертханашы",
        """
<h1>Бос орын: ақпараттық технологиялар факультетінің зертханашысы</h1>
<p>Университет «Компьютерлік желілер» зертханасына зертханашы лауазымына конкурс жариялайды (1,0 ставка).</p>
<h2>Жалақы</h2>
<p>180 000 – 230 000 теңге (салық шегерілгенге дейін), айына екі рет төленеді.</p>
<h2>Талаптар</h2>
<ul>
<li>техникалық немесе кәсіптік, не жоғары білім (IT бағыты);</li>
<li>жұмыс өтілі кемінде 1 жыл (университет түлектері үшін талап қойылмайды);</li>
<li>Windows және Linux жүйелерін баптау дағдылары;</li>
<li>қазақ және орыс тілдерін білу.</li>
</ul>
<h2>Тапсырылатын құжаттар</h2>
<ol>
<li>ректордың атына өтініш (бланкі — 1-қосымша);</li>
<li>жеке куәліктің көшірмесі;</li>
<li>ЖСН (жеке куәлікте көрсетілмеген жағдайда);</li>
<li>соттылығының жоқтығы туралы анықтама;</li>
<li>075/у нысанды медициналық анықтама;</li>
<li>білімі туралы құжаттың көшірмесі.</li>
</ol>
<h2>Мерзімі</h2>
<p>Құжаттар 2025 жылғы 16 маусымнан 4 шілдеге дейін қабылданады, жұмыс күндері 9:00-ден 18:00-ге дейін.</p>
<h2>Байланыс</h2>
<p>Кадр бөлімі, бас ғимарат, 2-қабат, 214 каб. Қызметкерлердің телефон нөмірлері мен электрондық поштасы сайтта жарияланбайды.</p>
""",
    ),
    None,
    "Kazakh vacancy: salary in tenge, deadlines, HR contact only as 'кадр бөлімі, 214 каб.'",
)

add(
    "a03_en_vacancy_senior_lecturer.md",
    """# Vacancy: Senior Lecturer, Department of Mathematics

The University invites applications for the post of **Senior Lecturer** (full-time, 1.0 FTE).

## Salary and conditions

- Salary: KZT 300,000 – 450,000 per month (gross), depending on degree and experience.
- Teaching load: 680 hours per academic year; courses taught in Kazakh, Russian or English.
- Young-scientist supplement: available to applicants who are under 35 years of age on 01.09.2025.

## Requirements

- Master's degree or PhD in Mathematics or Applied Mathematics;
- at least 3 years of university teaching experience;
- IELTS 6.5 / TOEFL iBT 79 or equivalent for English-medium courses.

## How to apply

Submit the application form, a copy of your ID card (or passport for foreign citizens),
your IIN, a certificate of no criminal record, medical certificate form 075/u, copies of diplomas
and a list of publications.

Deadline: **15 July 2025, 18:00 (Astana time)**. Interviews: 22–24 July 2025.

## Contact

Human Resources Office, Main Building, Room 214 (in person, Monday–Friday, 9:00–18:00).
Personal phone numbers and e-mail addresses of staff are not published on this website.
""",
    None,
    "English vacancy; '01.09.2025' is an age-rule reference date, not anyone's birth date",
)

add(
    "a04_ru_vakansii_2025.csv",
    """id,должность,подразделение,ставка,оклад_от_тг,оклад_до_тг,стаж_не_менее_лет,срок_подачи,контакт
V-2025-011,Доцент,Кафедра информационных систем,1.0,250000,400000,3,30.06.2025,"Отдел кадров, каб. 214"
V-2025-012,Старший преподаватель,Кафедра математики,1.0,300000,450000,3,15.07.2025,"Отдел кадров, каб. 214"
V-2025-013,Преподаватель,Кафедра казахского языка,0.5,140000,190000,1,30.06.2025,"Отдел кадров, каб. 214"
V-2025-014,Зертханашы / Лаборант,Факультет информационных технологий,1.0,180000,230000,1,04.07.2025,"Кадр бөлімі, 214 каб."
V-2025-015,Специалист приёмной комиссии,Приёмная комиссия,1.0,200000,260000,2,20.06.2025,"Отдел кадров, каб. 214"
V-2025-016,Комендант общежития,Общежитие №2,1.0,190000,240000,2,25.06.2025,"Отдел кадров, каб. 214"
V-2025-017,Воспитатель общежития,Общежитие №3,1.0,170000,210000,1,25.06.2025,"Отдел кадров, каб. 214"
V-2025-018,Бухгалтер по стипендиям,Бухгалтерия,1.0,230000,300000,3,10.07.2025,"Отдел кадров, каб. 214"
""",
    None,
    "vacancy table: many 6-digit salary numbers and dd.mm.yyyy deadlines, no persons",
)

add(
    "a05_ru_perechen_dokumentov.txt",
    """ПЕРЕЧЕНЬ ДОКУМЕНТОВ
для участия в конкурсе на замещение вакантных должностей
профессорско-преподавательского состава и административного персонала

1. Заявление на имя ректора (бланк — приложение 1).
2. Копия удостоверения личности (при подаче предъявляется оригинал).
3. ИИН (если не указан в удостоверении личности).
4. Личный листок по учёту кадров с фотографией 3×4.
5. Копии документов об образовании, учёной степени и учёном звании.
6. Справка о несудимости (выдаётся через портал электронного правительства
   или ЦОН; действительна 30 календарных дней).
7. Медицинская справка формы 075/у (действительна 12 месяцев).
8. Справки из психоневрологического и наркологического диспансеров.
9. Копия трудовой книжки или иной документ, подтверждающий стаж работы.
10. Военный билет или приписное свидетельство (для военнообязанных).
11. Список научных и учебно-методических трудов, заверенный по месту работы.

Для иностранных граждан вместо удостоверения личности — копия паспорта
с нотариально заверенным переводом и вид на жительство (при наличии).

Копии заверяются специалистом отдела кадров при предъявлении оригиналов
(каб. 214). Нотариальное заверение копий граждан РК не требуется.
Неполный пакет документов не рассматривается.
""",
    None,
    "list of documents names IIN, ID card, passport, certificates - no values",
)

add(
    "a06_kk_qabyldau_qujattar.html",
    html(
        "kk",
        "Талапкерлердің құжаттар тізбесі",
        """
<h1>Талапкерлерге арналған құжаттар тізбесі (бакалавриат, 2025 жыл)</h1>
<ol>
<li>Ректордың атына өтініш (қабылдау комиссиясында толтырылады).</li>
<li>Жеке куәліктің көшірмесі (түпнұсқасы көрсетіледі).</li>
<li>ЖСН (жеке сәйкестендіру нөмірі) — жеке куәлікте көрсетілген.</li>
<li>Жалпы орта немесе техникалық және кәсіптік білім туралы құжаттың түпнұсқасы.</li>
<li>ҰБТ сертификаты (ұлттық тестілеу орталығының сайтынан тексеріледі).</li>
<li>075/у нысанды медициналық анықтама және 063/у нысанды егу картасы.</li>
<li>3×4 өлшемдегі 6 фотосурет.</li>
<li>Білім беру грантын тағайындау туралы куәлік (грант иегерлері үшін).</li>
</ol>
<p>Құжаттар 2025 жылғы 20 маусым мен 25 тамыз аралығында қабылданады: Қабылдау комиссиясы, 1-корпус, 105 каб.
Жұмыс уақыты: дүйсенбі–жұма 9:00–18:00, сенбі 10:00–14:00.</p>
<p>Шетел азаматтары жеке куәліктің орнына паспорттың нотариат куәландырған аудармасын ұсынады.</p>
""",
    ),
    None,
    "Kazakh admission document list; mentions ЖСН, жеке куәлік, паспорт without values",
)

add(
    "a07_ru_blank_zayavlenie.txt",
    """                                         Ректору университета
                                         от ____________________________________
                                               (фамилия, имя, отчество полностью)

ИИН: ____________
Удостоверение личности № _________ выдано «___» __________ 20__ г.
кем выдано: ______________________
Паспорт № _________ (заполняется иностранными гражданами)
Дата рождения: __.__.____
Телефон: +7 (___) ___-__-__
e-mail: ______________@_______
Адрес проживания: г. ____________, ул. ______________, д. ___, кв. ___

                               ЗАЯВЛЕНИЕ

Прошу допустить меня к участию в конкурсе на замещение вакантной должности
_________________________ кафедры/отдела _________________________.

С Правилами конкурсного замещения должностей ознакомлен(а).
Даю согласие на сбор и обработку моих персональных данных.

Приложение: документы согласно перечню на ___ листах.

«___» ____________ 20__ г.                 Подпись ____________ /____________/
""",
    None,
    "blank application form: every personal field is underscores",
)

ZH_BOXES = "|_|_|_|_|_|_|_|_|_|_|_|_|"
add(
    "a08_kk_otinish_blank.html",
    html(
        "kk",
        "Өтініш бланкісі (жатақханаға орналасу)",
        f"""
<h1>Жатақханаға орналасуға өтініш</h1>
<p>Студенттік қалашық директорына</p>
<pre>
Тегі, аты, әкесінің аты: ____________________________________
ЖСН: {ZH_BOXES}
Туған күні: «___» ________ 20__ ж.
Жеке куәлік № _________     берілген күні: __.__.____
Студенттік билет № __________
Факультеті: ______________   курсы: ___   тобы: ________
Ұялы телефон: 8 7__ ___ __ __
Электрондық пошта: ______________@_______
Тұрақты мекенжайы: ________ облысы, ________ ауданы,
Мекенжайы: ________ көшесі, ___ үй, ___ пәтер
</pre>
<p>Мені 2025–2026 оқу жылына №___ жатақханаға, ___ блок, ___ бөлмеге орналастыруыңызды сұраймын.</p>
<p>Жатақхананың ішкі тәртіп ережелерімен таныстым.</p>
<pre>
«___» ____________ 20__ ж.            Қолы: ____________
</pre>
""",
    ),
    None,
    "blank Kazakh dormitory form: ЖСН boxes |_|, «___» dates, address/phone/e-mail placeholders",
)

add(
    "a09_en_application_template.md",
    """# Application form template (international and local applicants)

Fill in the form in block capitals. Do **not** send the completed form by e-mail;
hand it in at the Admissions Office, Building 1, Room 105.

| Field | Value |
|---|---|
| Surname, first name, patronymic | ______________________________ |
| IIN (12 digits) | XXXXXX-XXXXXX |
| Date of birth | DD.MM.YYYY |
| Mobile phone | +7 (___) ___-__-__ |
| E-mail | ______________@_______ |
| ID card No. (9 digits) | _________ |
| Passport No. | N________ |
| Student ID (current students) | __B______ |
| Home address | __________ street, bldg ___, apt ___, city __________ |
| Bank card for stipend | XXXX XXXX XXXX XXXX |

Signature: ____________  Date: ___ / ___ / 20__

*Applicants without an IIN (foreign citizens) leave the IIN row empty; the IIN is
assigned after registration with the migration service.*
""",
    None,
    "English template: XXXXXX-XXXXXX IIN mask, card mask, all placeholders",
)

add(
    "a10_ru_instrukciya_zapolneniya.md",
    """# Как правильно заполнить анкету поступающего

## ИИН
ИИН состоит из 12 цифр: первые 6 — дата рождения в формате ГГММДД, 7-я цифра
указывает век рождения и пол (от 1 до 6), цифры с 8-й по 11-ю — порядковый номер,
12-я — контрольная цифра. Общий вид: **ГГММДДХХХХХК**.
Образец записи (не является реальным ИИН): `000000000000`.
Пишите ИИН без пробелов и дефисов; маска поля в электронной анкете — `XXXXXX-XXXXXX`.

## Телефон
Укажите номер мобильного телефона в формате `8 7XX XXX XX XX` или `+7 7XX XXX XX XX`.
Образец: +7 (700) 000-00-00.

## Электронная почта
Указывайте адрес, к которому у вас есть доступ. Образец: example@domain.kz.

## Дата рождения
Формат — ДД.ММ.ГГГГ. Пример: 01.01.2000 (пример заполнения, а не чья-либо дата).

## Документ, удостоверяющий личность
- удостоверение личности — 9 цифр, образец: 000000000;
- паспорт РК — латинская буква N и 8 цифр, образец: N00000000.

## Студенческий билет
Номер студенческого билета: две цифры года поступления, буква уровня обучения
(B — бакалавриат, M — магистратура, D — докторантура) и 6 цифр. Образец: 00B000000.

## Адрес
Адрес проживания указывается полностью (город, улица, дом, квартира), но в публичных
документах и на сайте не публикуется.
""",
    None,
    "format descriptions: ГГММДДХХХХХК, dummy 000000000000, +7 (700) 000-00-00, example@domain.kz, 01.01.2000 labelled as example",
)

add(
    "a11_kk_toltyru_nusqauly.txt",
    """ӨТІНІШТІ ТОЛТЫРУ НҰСҚАУЛЫҒЫ

1. ЖСН 12 цифрдан тұрады. Алғашқы 6 цифр — туған күні (ЖЖААКК: ЖЖ — жыл,
   АА — ай, КК — күн), 7-цифр — ғасыр мен жыныс (1-ден 6-ға дейін), 8–11 цифрлар —
   реттік нөмір, 12-цифр — бақылау цифры. Өріс маскасы: XXXXXX-XXXXXX.
   Ұяшықтарға бір ұяшыққа бір цифрдан жазыңыз: |_|_|_|_|_|_|_|_|_|_|_|_|

2. Ұялы телефон нөмірі: 8 7XX XXX XX XX (мысалы, 8 700 000 00 00 — үлгі).

3. Туған күні: «___» ________ 20__ ж. түрінде жазылады, ай атауы сөзбен.

4. Жеке куәліктің нөмірі 9 цифрдан тұрады: _________.
   Паспорт нөмірі N әрпінен және 8 цифрдан тұрады: N________.

5. «Банк картасының нөмірі» жолына 16 цифр жазылады: XXXX XXXX XXXX XXXX.
   Шәкіртақы тек студенттің өз атына ашылған картаға аударылады.

6. Мекенжайы: ________ көшесі, ___ үй, ___ пәтер — тұрақты тіркелген мекенжай.

7. Электрондық пошта: ______________@_______ (кіші әріптермен).

Толтырылған өтініштер сайтта жарияланбайды. Сұрақтар бойынша: Тіркеу бөлімі, 112 каб.
""",
    None,
    "Kazakh filling instructions: masks, 8 700 000 00 00 labelled үлгі, card mask",
)

add(
    "a12_ru_priem_poshagovo.md",
    """# Поступление в бакалавриат 2025: пошаговая инструкция

**Шаг 1. ЕНТ.** Сдайте единое национальное тестирование (основная сессия: май–июнь 2025 г.).
Пороговый балл — 50; для педагогических программ — 75, для медицинских — 70.

**Шаг 2. Заявление на грант.** Подаётся онлайн с 13 по 20 июля 2025 г.
Укажите до 4 групп образовательных программ, например:
- В057 — Информационные технологии (6B06102 «Информационные системы»);
- В010 — Подготовка учителей математики (6B01501 «Математика»).

**Шаг 3. Результаты конкурса** — не позднее 10 августа 2025 г.

**Шаг 4. Документы.** Подайте документы в приёмную комиссию с 20 июня по 25 августа 2025 г.
(корпус 1, каб. 105; пн–пт 9:00–18:00, сб 10:00–14:00). Перечень — на странице «Документы».

**Шаг 5. Договор и зачисление.** Договор на обучение заключается в каб. 107;
приказ о зачислении — до 28 августа 2025 г.

**Шаг 6. Общежитие.** Заявление на место в общежитии — до 20 августа,
заселение — с 25 августа 2025 г. (см. «Правила проживания в общежитии»).

**Шаг 7. Начало занятий** — 1 сентября 2025 г., ориентационная неделя — 1–5 сентября.

Стоимость обучения на платной основе: от 1 100 000 до 1 650 000 тг за учебный год.
""",
    None,
    "admission step-by-step: many dates, program codes 6B06102, fees, no persons",
)

add(
    "a13_en_admission_guide.html",
    html(
        "en",
        "Admissions 2025: key dates",
        """
<h1>Undergraduate admissions 2025 &mdash; key dates</h1>
<table border="1">
<tr><th>Step</th><th>From</th><th>To</th><th>Where</th></tr>
<tr><td>Unified National Test (UNT)</td><td>14.05.2025</td><td>05.07.2025</td><td>Testing centres</td></tr>
<tr><td>State grant application</td><td>13.07.2025</td><td>20.07.2025</td><td>online</td></tr>
<tr><td>Grant results</td><td colspan="2">by 10.08.2025</td><td>online</td></tr>
<tr><td>Document submission</td><td>20.06.2025</td><td>25.08.2025</td><td>Building 1, Room 105</td></tr>
<tr><td>Dormitory application</td><td>01.08.2025</td><td>20.08.2025</td><td>Student Services, Room 118</td></tr>
<tr><td>Enrolment order</td><td colspan="2">by 28.08.2025</td><td>&mdash;</td></tr>
</table>
<h2>Entry requirements</h2>
<ul>
<li>UNT score: at least 50 points (75 for teacher-education programmes).</li>
<li>International applicants: IELTS 5.5 or equivalent; passport and nostrified school certificate.</li>
<li>Programme codes: 6B06102 Information Systems, 6B01501 Mathematics, 6B04101 Economics.</li>
</ul>
<h2>Questions</h2>
<p>Admissions Office, Building 1, Room 105, Monday&ndash;Friday 9:00&ndash;18:00. We never ask for your IIN,
passport number or bank card number by phone or e-mail.</p>
""",
    ),
    None,
    "English admission guide with a table of dd.mm.yyyy dates (none are birth dates)",
)

add(
    "a14_kk_qabyldau_kestesi.csv",
    """кезең,басталуы,аяқталуы,орны
Құжаттар қабылдау,20.06.2025,25.08.2025,"1-корпус, 105 каб."
Шығармашылық емтихандар,08.07.2025,13.07.2025,"2-корпус, 210 каб."
Грантқа өтініш беру,13.07.2025,20.07.2025,онлайн
Грант нәтижелері,10.08.2025,10.08.2025,онлайн
Шарт жасасу,11.08.2025,27.08.2025,"1-корпус, 107 каб."
Жатақханаға өтініш,01.08.2025,20.08.2025,"Студенттерге қызмет көрсету орталығы, 118 каб."
Жатақханаға қоныстану,25.08.2025,31.08.2025,"№2 және №3 жатақханалар"
Оқу жылының басталуы,01.09.2025,01.09.2025,барлық корпустар
""",
    None,
    "Kazakh admission schedule CSV: only dates and rooms",
)

add(
    "a15_ru_pravila_obshchezhitiya.md",
    """# Правила проживания в общежитиях университета

1. Заселение производится по направлению Центра обслуживания студентов (каб. 118)
   при наличии договора найма и медицинской справки формы 075/у.
2. Общежитие №2: блок А (юноши) — комнаты 101–124, 201–224; блок Б (девушки) — комнаты 301–324, 401–424.
   Общежитие №3: блок В — семейные студенты и сотрудники, комнаты 501–516.
3. Вход — по электронному пропуску. Пропуск восстанавливается в каб. 118, стоимость — 1 500 тг.
4. Оплата проживания — 12 500 тг в месяц, до 10-го числа текущего месяца.
5. Время тишины — с 23:00 до 07:00. Вход в общежитие закрывается в 23:30.
6. Посетители допускаются с 10:00 до 21:00 при предъявлении удостоверения личности;
   номер документа записывается только в журнал на вахте и в списки на сайте не вносится.
7. Запрещается: курение, хранение электронагревательных приборов, переселение без
   разрешения коменданта, передача пропуска другим лицам.
8. За нарушение правил — замечание, выговор, выселение (решение Совета общежития).
9. Вахта: пост №1 (блок А), пост №2 (блок Б), внутренний телефон — доб. 1123.

Комендант общежития — каб. 102 (блок А), приём с 9:00 до 17:00.
""",
    None,
    "dormitory rules: room/block ranges, fees, times, internal extension 1123 - no persons",
)

add(
    "a16_kk_jataqhana_erejeleri.html",
    html(
        "kk",
        "Жатақханада тұру ережелері",
        """
<h1>Жатақханада тұру ережелері</h1>
<ol>
<li>Студенттер жатақханаға Студенттерге қызмет көрсету орталығының (118 каб.) жолдамасы бойынша қоныстанады.</li>
<li>№2 жатақхана: А блогы (ұлдар) — 101–124 бөлмелер; Б блогы (қыздар) — 301–324 бөлмелер.</li>
<li>Тұру ақысы — айына 12 500 теңге, ағымдағы айдың 10-на дейін төленеді.</li>
<li>Тыныштық уақыты — 23:00-ден 07:00-ге дейін.</li>
<li>Қонақтар 10:00-ден 21:00-ге дейін жеке куәлігін көрсеткен жағдайда кіргізіледі.</li>
<li>Бөлмеге тек өз төсек орнына тіркелген студент тұрады; бір бөлмеде 2–3 орын.</li>
<li>Ережені бұзғаны үшін: ескерту, сөгіс, жатақханадан шығару.</li>
</ol>
<p>Комендант — А блогы, 102 каб., қабылдау уақыты 9:00–17:00. Кезекші пост — ішкі телефон 1123.</p>
""",
    ),
    None,
    "Kazakh dormitory rules with room numbers and fees",
)

add(
    "a17_en_dorm_allocation.txt",
    """DORMITORY PLACE ALLOCATION RULES 2025/2026

Places available
  Dormitory 2, Block A (male)    rooms 101-124, 201-224   144 beds
  Dormitory 2, Block B (female)  rooms 301-324, 401-424   144 beds
  Dormitory 3, Block C (family)  rooms 501-516             32 beds

Priority categories (points)
  Orphans and students without parental care ........ 10
  Students with disabilities ........................ 10
  Students from large families (4+ children) ......... 6
  First-year students from other regions ............. 5
  GPA 3.67 and above (returning students) ............ 3
  Active in student government / volunteering ........ 2

Procedure
  1. Apply online between 01.08.2025 and 20.08.2025.
  2. Attach: copy of ID card or passport, medical certificate 075/u,
     documents confirming priority category (if any).
  3. The allocation list is published by 23.08.2025 by room and bed number only;
     no names, IINs or phone numbers are published.
  4. Move-in: 25.08.2025-31.08.2025, Student Services, Room 118.

Monthly fee: KZT 12,500 (Blocks A and B), KZT 18,000 (Block C).
""",
    None,
    "English allocation rules: room ranges, bed counts, points, dates",
)

add(
    "a18_ru_stipendii.md",
    """# Положение о стипендиях (выдержка)

## Размеры стипендий (с 01.09.2025)

| Вид | Размер, тг/мес | Условие |
|---|---|---|
| Государственная стипендия (бакалавриат) | 42 764 | только «отлично» и «хорошо» по итогам сессии |
| Повышенная государственная стипендия | 49 179 | GPA не ниже 3,67 |
| Стипендия магистранта | 69 600 | обучение по государственному образовательному заказу |
| Стипендия докторанта | 163 610 | обучение по государственному образовательному заказу |
| Именная стипендия имени аль-Фараби | 75 000 | GPA 4,0 и научные публикации |
| Стипендия ректора | 50 000 | GPA не ниже 3,5 и активное участие в жизни университета |

## Порядок назначения

1. Стипендия назначается приказом ректора по итогам сессии (приказ № 215-С от 05.09.2025 — осень 2025 г.).
2. GPA рассчитывается по 4-балльной шкале; пересдачи не допускаются.
3. Стипендия перечисляется на банковскую карту, открытую на имя студента.
   Номер карты указывается в заявлении в формате XXXX XXXX XXXX XXXX;
   в ведомостях отображаются только последние 4 цифры: **** **** **** ____.
4. Заявления принимаются в Центре обслуживания студентов, каб. 118, до 15.09.2025.
""",
    None,
    "scholarship rules: amounts, GPA thresholds, order number/date, masked card ****; 'аль-Фараби' is a historical figure",
)

add(
    "a19_kk_shakirtaqy.html",
    html(
        "kk",
        "Шәкіртақылар туралы",
        """
<h1>Шәкіртақы түрлері мен мөлшері (2025–2026 оқу жылы)</h1>
<ul>
<li>Мемлекеттік шәкіртақы (бакалавриат) — айына 42 764 теңге.</li>
<li>Жоғарылатылған мемлекеттік шәкіртақы — 49 179 теңге; GPA кемінде 3,67.</li>
<li>Әл-Фараби атындағы шәкіртақы — 75 000 теңге; GPA 4,0 және ғылыми жарияланымдар.</li>
<li>Ы. Алтынсарин атындағы шәкіртақы (педагогикалық мамандықтар) — 60 000 теңге; GPA кемінде 3,5.</li>
<li>Ректор шәкіртақысы — 50 000 теңге; GPA кемінде 3,5.</li>
</ul>
<h2>Тағайындау тәртібі</h2>
<p>Шәкіртақы сессия қорытындысы бойынша ректордың бұйрығымен тағайындалады.
Өтініш Студенттерге қызмет көрсету орталығына (118 каб.) 2025 жылғы 15 қыркүйекке дейін беріледі.</p>
<p>Өтінішке банк картасының нөмірі (XXXX XXXX XXXX XXXX) және ЖСН (|_|_|_|_|_|_|_|_|_|_|_|_|) жазылады;
сайтта тек алушылар саны жарияланады.</p>
""",
    ),
    None,
    "Kazakh scholarship page: named scholarships after historical figures (Әл-Фараби, Ы. Алтынсарин) - not private persons",
)

add(
    "a20_en_scholarships.json",
    json.dumps(
        {
            "academic_year": "2025-2026",
            "currency": "KZT",
            "scholarships": [
                {
                    "name": "State scholarship (bachelor)",
                    "amount_per_month": 42764,
                    "min_gpa": None,
                    "condition": "no grades below B in the last session",
                },
                {"name": "Increased state scholarship", "amount_per_month": 49179, "min_gpa": 3.67},
                {"name": "Master's stipend", "amount_per_month": 69600, "min_gpa": None},
                {"name": "Doctoral stipend", "amount_per_month": 163610, "min_gpa": None},
                {"name": "Al-Farabi named scholarship", "amount_per_month": 75000, "min_gpa": 4.0},
                {"name": "Rector's scholarship", "amount_per_month": 50000, "min_gpa": 3.5},
            ],
            "application": {
                "deadline": "2025-09-15",
                "office": "Student Services Centre, Room 118",
                "required_fields": ["full_name", "iin", "student_id", "bank_card_number"],
                "field_formats": {
                    "iin": "12 digits, YYMMDD + 6 digits",
                    "student_id": "YY + level letter + 6 digits, e.g. 00B000000",
                    "bank_card_number": "XXXX XXXX XXXX XXXX",
                },
            },
        },
        ensure_ascii=False,
        indent=2,
    ),
    None,
    "English JSON: amounts, GPA thresholds, field names iin/student_id with format strings only",
)

add(
    "a21_ru_faq.md",
    """# Часто задаваемые вопросы (отдел кадров и приёмная комиссия)

**Зачем университету мой ИИН?**
ИИН нужен для оформления трудового договора, начисления заработной платы, стипендии
и пенсионных взносов. ИИН не публикуется на сайте и в приказах, размещаемых в открытом доступе.

**Можно ли подать документы, если у меня только паспорт, а удостоверения личности нет?**
Да. Укажите номер паспорта в соответствующем поле анкеты; номер удостоверения личности оставьте пустым.

**Я сменил(а) номер телефона. Куда сообщить?**
Лично в отдел кадров (каб. 214) — для сотрудников, в Центр обслуживания студентов (каб. 118) — для студентов.
По телефону и через мессенджеры изменения персональных данных не принимаются.

**Почему на сайте нет телефонов и e-mail сотрудников?**
В соответствии с законодательством о персональных данных на сайте указываются только должности и номера кабинетов.

**Где указывается дата рождения?**
В анкете — в поле «Дата рождения» в формате ДД.ММ.ГГГГ. В публичных списках дата рождения не указывается.

**Я потерял(а) студенческий билет. Что делать?**
Подайте заявление в Офис регистратора (каб. 112); дубликат выдаётся в течение 3 рабочих дней, стоимость — 1 000 тг.

**Нужна ли справка о несудимости для студентов?**
Нет, только для поступающих на работу и для студентов педагогических программ перед практикой.
""",
    None,
    "Russian FAQ: mentions ИИН, паспорт, телефон, e-mail, дата рождения with no values",
)

add(
    "a22_kk_jii_qoyilatyn_suraqtar.html",
    html(
        "kk",
        "Жиі қойылатын сұрақтар",
        """
<h1>Жиі қойылатын сұрақтар</h1>
<h3>ЖСН-ді қай жерден білуге болады?</h3>
<p>ЖСН жеке куәлікте көрсетілген. Оны өтініштің «ЖСН» жолына 12 цифрмен жазыңыз. Сайтта ЖСН ешқашан жарияланбайды.</p>
<h3>Телефон нөмірім өзгерді, не істеуім керек?</h3>
<p>Студенттерге қызмет көрсету орталығына (118 каб.) жеке келіп, жаңа нөмірді өтінішке жазыңыз.</p>
<h3>Электрондық поштаға неге хат келмейді?</h3>
<p>Өтініште көрсетілген пошта мекенжайын тексеріңіз; «Спам» қалтасын қараңыз.</p>
<h3>Паспортпен құжат тапсыруға бола ма?</h3>
<p>Иә, шетел азаматтары паспорт ұсынады; Қазақстан азаматтары — жеке куәлік.</p>
<h3>Туған күнімді қате жазсам ше?</h3>
<p>Тіркеу бөліміне (112 каб.) өтініш беріңіз; түзету 2 жұмыс күні ішінде енгізіледі.</p>
""",
    ),
    None,
    "Kazakh FAQ: words ЖСН/телефон/пошта/паспорт/туған күн, no values",
)

add(
    "a23_en_faq.txt",
    """FREQUENTLY ASKED QUESTIONS - STUDENT SERVICES

Q: Do I have to give my phone number on the dormitory application?
A: Yes, a mobile number is required so that the commandant can reach you.
   It is stored in the student information system and never published.

Q: Which e-mail address should I use?
A: After enrolment, use your university account. Before enrolment, any personal
   mailbox you check regularly.

Q: Is a passport accepted instead of an ID card?
A: Yes. Foreign applicants must present a passport; citizens of Kazakhstan may use either.

Q: Where do I find my IIN?
A: On the front of your ID card. Foreign students receive an IIN after registration.

Q: Will my date of birth appear on the published lists?
A: No. Published lists contain only programme codes, room numbers and counts.

Q: Where is the Student Services Centre?
A: Main Building, Room 118, Monday-Friday 9:00-18:00. Call-centre of e-government: 1414.
""",
    None,
    "English FAQ: no values; short public service number 1414",
)

add(
    "a24_ru_struktura_kadry.html",
    html(
        "ru",
        "Отдел кадров: структура и график приёма",
        """
<h1>Отдел кадров</h1>
<table border="1">
<tr><th>Должность</th><th>Кабинет</th><th>Приём</th></tr>
<tr><td>Руководитель отдела кадров</td><td>214</td><td>вт, чт 14:00–17:00</td></tr>
<tr><td>Ведущий специалист по кадрам (приём на работу, конкурсы)</td><td>214</td><td>пн–пт 9:00–13:00</td></tr>
<tr><td>Специалист по кадрам (отпуска, командировки)</td><td>215</td><td>пн–пт 9:00–18:00</td></tr>
<tr><td>Специалист по воинскому учёту</td><td>216</td><td>пн, ср 10:00–16:00</td></tr>
<tr><td>Инспектор по кадрам (личные дела обучающихся)</td><td>217</td><td>пн–пт 9:00–18:00</td></tr>
</table>
<p>Документы принимаются только лично. Телефоны и электронная почта отдельных сотрудников не публикуются;
для письменных обращений используйте канцелярию университета (каб. 101).</p>
""",
    ),
    None,
    "staff page naming only positions and rooms; capitalised job titles, no names",
)

add(
    "a25_kk_toltyrylgan_ulgi.md",
    """# ҮЛГІ / ОБРАЗЕЦ — өтінішті толтыру үлгісі

> Төмендегі мәндер **үлгі** болып табылады және нақты адамға тиесілі емес.

| Жол | Үлгі мәні |
|---|---|
| Тегі, аты, әкесінің аты | Тегі Аты Әкесінің аты |
| ЖСН | 000000000000 |
| Туған күні | 01.01.2000 (үлгі) |
| Жеке куәлік № | 000000000 |
| Паспорт № | N00000000 |
| Студенттік билет № | 00B000000 |
| Ұялы телефон | +7 (700) 000-00-00 |
| Электрондық пошта | example@domain.kz |
| Мекенжайы | ________ көшесі, ___ үй, ___ пәтер |
| Банк картасы | 0000 0000 0000 0000 |

Өз өтінішіңізде үлгі мәндерін өз деректеріңізбен ауыстырыңыз және оны тек 118 каб. тапсырыңыз.
""",
    None,
    "filled SAMPLE with obviously dummy values (000000000000, +7 (700) 000-00-00, 01.01.2000 labelled үлгі, example@domain.kz); placeholder words for the name",
)

add(
    "a26_ru_rekvizity.txt",
    f"""РЕКВИЗИТЫ УНИВЕРСИТЕТА
(для оплаты обучения, проживания в общежитии и услуг)

Получатель:           НАО «Университет»
БИН:                  {BIN_UNI}
ИИК (IBAN):           {IBAN_UNI}
Банк:                 АО «Банк» (филиал в г. Алматы)
БИК:                  BNKAKZKX
Кбе:                  16
КНП:                  861 (оплата за обучение), 859 (прочие услуги)
Юридический адрес:    050040, г. Алматы, ул. Университетская, 15, главный корпус
Лицензия:             № KZ52LAA00034017 от 14.02.2019

В назначении платежа укажите: «Оплата за обучение, ФИО студента, ИИН студента,
номер договора». Пример: «Оплата за обучение, Фамилия И. О., ИИН ____________, договор № ____».

Бухгалтерия: главный корпус, каб. 120. Основание: приказ № 45-П от 03.02.2025.
""",
    None,
    "public requisites: legal-entity BIN with VALID check digit but day=40/7th digit 0 (not an IIN), IBAN, postcode 050040, institutional street address without flat",
)

add(
    "a27_en_form_schema.json",
    json.dumps(
        {
            "form": "dormitory_application",
            "version": 3,
            "fields": [
                {
                    "name": "full_name",
                    "label": "Full name",
                    "placeholder": "Surname Name Patronymic",
                },
                {
                    "name": "iin",
                    "label": "IIN",
                    "pattern": "^[0-9]{12}$",
                    "placeholder": "ГГММДДХХХХХК",
                    "example": "000000000000",
                },
                {
                    "name": "birth_date",
                    "label": "Date of birth",
                    "mask": "99.99.9999",
                    "example": "01.01.2000",
                },
                {
                    "name": "phone",
                    "label": "Mobile phone",
                    "mask": "+7 (999) 999-99-99",
                    "example": "+7 (700) 000-00-00",
                },
                {
                    "name": "email",
                    "label": "E-mail",
                    "pattern": "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$",
                    "example": "example@domain.kz",
                },
                {
                    "name": "id_card",
                    "label": "ID card No.",
                    "pattern": "^[0-9]{9}$",
                    "example": "000000000",
                },
                {
                    "name": "passport",
                    "label": "Passport No.",
                    "pattern": "^N[0-9]{8}$",
                    "example": "N00000000",
                },
                {
                    "name": "student_id",
                    "label": "Student ID",
                    "pattern": "^[0-9]{2}[BMD][0-9]{6}$",
                    "example": "00B000000",
                },
                {
                    "name": "home_address",
                    "label": "Home address",
                    "placeholder": "________ street, bldg ___, apt ___",
                },
            ],
            "submit_to": "Student Services Centre, Room 118",
        },
        ensure_ascii=False,
        indent=2,
    ),
    None,
    "form schema: regex patterns, input masks +7 (999) 999-99-99 and 99.99.9999, dummy examples",
)

rooms = []
for block, floors in (("А", (1, 2)), ("Б", (3, 4))):
    for fl in floors:
        for r in range(1, 7):
            beds = rng.choice([2, 3])
            free = rng.randrange(0, beds + 1)
            rooms.append(
                f"2,{block},{fl},{fl}{r:02d},{beds},{free},{'м' if block == 'А' else 'ж'},12500"
            )
add(
    "a28_ru_komnaty_obshchezhitie.csv",
    "общежитие,блок,этаж,комната,мест,свободно,пол,оплата_тг_мес\n" + "\n".join(rooms) + "\n",
    None,
    "free-places table by room: numeric columns only, no residents",
)

add(
    "a29_kk_studenttik_bilet.md",
    """# Студенттік билет

Студенттік билет бірінші курс студенттеріне 2025 жылғы 1–5 қыркүйек аралығында
Тіркеу бөлімінде (112 каб.) беріледі.

## Нөмір құрылымы
Студенттік билет нөмірі 9 таңбадан тұрады: түскен жылдың соңғы 2 цифры,
білім деңгейінің әрпі (B — бакалавриат, M — магистратура, D — докторантура) және 6 цифр.
Үлгі: **00B000000**. Нөмірді өтініштерге мына түрде жазыңыз: |_|_|B|_|_|_|_|_|_|

## Жоғалған жағдайда
1. Тіркеу бөліміне өтініш беріңіз: «Студенттік билет № ________ жоғалды».
2. 1 000 теңге төлеңіз (реквизиттер — «Университет реквизиттері» бетінде).
3. Телнұсқа 3 жұмыс күні ішінде дайын болады.

Студенттік билет нөмірі, ЖСН және телефон нөмірі сайттағы тізімдерде жарияланбайды.
""",
    None,
    "Kazakh student-card page: number structure with dummy 00B000000 and box mask",
)

# ==========================================================================
# PART B - personal files (one kind of datum each)
# ==========================================================================

add(
    "b01_ru_zayavlenie_zapolnennoe.txt",
    f"""                                         Ректору университета
                                         от [данные скрыты]
                                               (фамилия, имя, отчество полностью)

ИИН: {IIN_B01}
Удостоверение личности № _________ выдано «___» __________ 20__ г.
кем выдано: ______________________
Паспорт № _________ (заполняется иностранными гражданами)
Дата рождения: __.__.____
Телефон: +7 (___) ___-__-__
e-mail: ______________@_______
Адрес проживания: г. ____________, ул. ______________, д. ___, кв. ___

                               ЗАЯВЛЕНИЕ

Прошу допустить меня к участию в конкурсе на замещение вакантной должности
лаборанта кафедры информационных систем.

Приложение: документы согласно перечню на 7 листах.

«12» июня 2025 г.                 Подпись ____________
""",
    "iin",
    "filled form published by mistake: name redacted but a real-looking IIN with valid check digit left in",
    planted=IIN_B01,
)

B02_BOXES = "|" + "|".join(IIN_B02) + "|"
add(
    "b02_kk_otinish_jsn_toltyrylgan.html",
    html(
        "kk",
        "Жатақханаға орналасуға өтініш",
        f"""
<h1>Жатақханаға орналасуға өтініш</h1>
<p>Студенттік қалашық директорына</p>
<pre>
Тегі, аты, әкесінің аты: [жасырылған]
ЖСН: {B02_BOXES}
Туған күні: «___» ________ 20__ ж.
Жеке куәлік № _________     берілген күні: __.__.____
Студенттік билет № __________
Факультеті: ақпараттық технологиялар   курсы: 1   тобы: ________
Ұялы телефон: 8 7__ ___ __ __
Электрондық пошта: ______________@_______
Мекенжайы: ________ көшесі, ___ үй, ___ пәтер
</pre>
<p>Мені 2025–2026 оқу жылына №2 жатақханаға, А блок, 114 бөлмеге орналастыруыңызды сұраймын.</p>
<pre>
«18» тамыз 2025 ж.            Қолы: ____________
</pre>
""",
    ),
    "iin",
    "Kazakh dormitory form: a valid IIN written digit-by-digit in the ЖСН boxes |d|d|...|",
    planted=B02_BOXES,
)

add(
    "b03_en_application_export.json",
    json.dumps(
        {
            "export": "admissions_portal",
            "application_id": "APP-2025-00417",
            "programme": "6B06102 Information Systems",
            "status": "documents_received",
            "submitted": "2025-07-02",
            "applicant": {
                "full_name": "[REDACTED]",
                "iin": IIN_B03,
                "date_of_birth": None,
                "phone": None,
                "email": None,
                "id_card": None,
                "home_address": None,
            },
            "documents": [
                "ID card copy",
                "UNT certificate",
                "medical certificate 075/u",
                "photos 3x4",
            ],
            "office": "Admissions Office, Building 1, Room 105",
        },
        ensure_ascii=False,
        indent=2,
    ),
    "iin",
    "JSON export with other fields nulled; IIN needs the SECOND weight pass (3..11,1,2) for its check digit",
    planted=IIN_B03,
)

add(
    "b04_ru_vakansiya_kontakt_mobilnyi.md",
    f"""# Вакансия: специалист приёмной комиссии

Приёмная комиссия объявляет набор на должность **специалиста приёмной комиссии**
на период с 20.06.2025 по 31.08.2025 (срочный трудовой договор).

## Условия
- Заработная плата: от 200 000 до 260 000 тг.
- График: пн–пт 9:00–18:00, сб 10:00–14:00.

## Требования
- высшее образование; стаж работы с документами не менее 2 лет;
- уверенное владение казахским и русским языками, MS Office.

## Документы
Копия удостоверения личности, ИИН, справка о несудимости, медицинская справка формы 075/у.

## Срок подачи
До 20.06.2025 включительно.

## Контакт
Куратор набора (специалист по кадрам), личный мобильный: {PHONE_B04} (WhatsApp, звонить с 9:00 до 18:00).
Документы — отдел кадров, каб. 214.
""",
    "phone",
    "vacancy contact is a staff member's private mobile (+7 7xx ...) instead of position/room",
    planted=PHONE_B04,
)

add(
    "b05_kk_jataqhana_habarlandyru.txt",
    f"""ХАБАРЛАНДЫРУ
№2 жатақхананың тұрғындарына

2025 жылғы 25–31 тамыз аралығында А блогына (101–124 бөлмелер) және Б блогына
(301–324 бөлмелер) қоныстану жүргізіледі.

Қоныстану үшін қажет:
  - жеке куәлік (түпнұсқа);
  - 075/у нысанды медициналық анықтама;
  - тұру ақысының түбіртегі (айына 12 500 теңге).

Тыныштық уақыты — 23:00-ден 07:00-ге дейін. Кезекші пост — ішкі телефон 1123.

Түнгі уақытта кезекші коменданттың жеке ұялы телефоны: {PHONE_B05}

Студенттерге қызмет көрсету орталығы, 118 каб.
""",
    "phone",
    "Kazakh dormitory notice publishes the duty commandant's private mobile (8 7xx ...) next to a harmless extension 1123",
    planted=PHONE_B05,
)

add(
    "b06_en_vacancy_email.html",
    html(
        "en",
        "Vacancy: Research Assistant",
        f"""
<h1>Vacancy: Research Assistant (Laboratory of Data Science)</h1>
<p>Salary: KZT 220,000 &ndash; 280,000 per month. Fixed-term contract until 31.12.2026.</p>
<h2>Requirements</h2>
<ul>
<li>Bachelor's degree in Computer Science or Statistics;</li>
<li>at least 1 year of experience with Python;</li>
<li>English at B2 level or higher.</li>
</ul>
<h2>Documents</h2>
<p>CV, copy of ID card or passport, IIN, certificate of no criminal record, medical certificate 075/u.</p>
<h2>Deadline</h2>
<p>30 June 2025, 18:00.</p>
<h2>Contact</h2>
<p>Send your CV to the laboratory head's personal mailbox: <a href="mailto:{EMAIL_B06}">{EMAIL_B06}</a>.
Original documents: Human Resources Office, Room 214.</p>
""",
    ),
    "email",
    "vacancy gives a person's private gmail address instead of office/room",
    planted=EMAIL_B06,
)

add(
    "b07_ru_anketa_email.txt",
    f"""АНКЕТА ПОСТУПАЮЩЕГО (заполнена частично)

ФИО: [скрыто]
ИИН: ____________
Дата рождения: __.__.____
Телефон: +7 (___) ___-__-__
e-mail: {EMAIL_B07}
Удостоверение личности № _________
Адрес проживания: г. ____________, ул. ______________, д. ___, кв. ___

Образовательная программа: 6B01501 «Математика»
Форма обучения: очная; язык обучения: казахский
Нуждаюсь в общежитии: да

Образец заполнения e-mail: example@domain.kz
""",
    "email",
    "partially filled applicant form: a private mail.ru address next to the example@domain.kz sample line",
    planted=EMAIL_B07,
)

add(
    "b08_kk_otinish_tugan_kun.md",
    """# Шәкіртақы тағайындау туралы өтініш (толтырылған)

Студенттерге қызмет көрсету орталығына

| Жол | Мәні |
|---|---|
| Тегі, аты, әкесінің аты | [жасырылған] |
| ЖСН | \\|_\\|_\\|_\\|_\\|_\\|_\\|_\\|_\\|_\\|_\\|_\\|_\\| |
| Туған күні | «14» наурыз 2004 ж. |
| Студенттік билет № | __________ |
| Ұялы телефон | 8 7__ ___ __ __ |
| Банк картасы | XXXX XXXX XXXX XXXX |

Мені 2025–2026 оқу жылының күзгі семестріне жоғарылатылған мемлекеттік шәкіртақы
(49 179 теңге) тағайындауыңызды сұраймын. GPA: 3,71.

«08» қыркүйек 2025 ж.      Қолы: ____________
""",
    "birth-date",
    "Kazakh filled form: birth date written in the template style «14» наурыз 2004 ж. (month as a word); other dates are application dates",
    planted="«14» наурыз 2004 ж.",
)

add(
    "b09_ru_anketa_inostrannyi.html",
    html(
        "ru",
        "Анкета иностранного гражданина",
        f"""
<h1>Анкета поступающего — иностранный гражданин / гражданин РК без удостоверения</h1>
<table border="1">
<tr><td>Фамилия, имя</td><td>[скрыто]</td></tr>
<tr><td>Гражданство</td><td>Республика Казахстан</td></tr>
<tr><td>Паспорт №</td><td>{PASSPORT_B09}</td></tr>
<tr><td>Удостоверение личности №</td><td>_________</td></tr>
<tr><td>ИИН</td><td>____________</td></tr>
<tr><td>Дата рождения</td><td>__.__.____</td></tr>
<tr><td>Телефон</td><td>+7 (___) ___-__-__</td></tr>
<tr><td>e-mail</td><td>______________@_______</td></tr>
</table>
<p>Образовательная программа: 6B04101 «Экономика». Документы приняты: приёмная комиссия, каб. 105.</p>
<p>Формат номера паспорта: N и 8 цифр (образец N00000000).</p>
""",
    ),
    "passport",
    "filled form: real-looking passport number N+8 digits next to the N00000000 sample",
    planted=PASSPORT_B09,
)

rows = []
for i, idc in enumerate(ID_CARDS_B10):
    block = "А" if i < 5 else "Б"
    room = (114 + i) if block == "А" else (301 + i)
    rows.append(f"2,{block},{room},{1 + i % 3},{idc},25.08.2025")
add(
    "b10_ru_dopusk_obshchezhitie.csv",
    "общежитие,блок,комната,место,№ удостоверения личности,дата заселения\n"
    + "\n".join(rows)
    + "\n",
    "id-document",
    "dormitory access list for the guard post: no names, but each bed has a resident's 9-digit ID card number",
    planted=ID_CARDS_B10[0],
)

add(
    "b11_en_scholarship_recipients.md",
    """# Rector's scholarship: recipients, autumn semester 2025

Amount: KZT 50,000 per month (September–December 2025). Condition: GPA not lower than 3.5
and active participation in university life. Order No. 215-S of 05.09.2025.

| No. | Recipient | Programme | Year | GPA |
|---|---|---|---|---|
| 1 | Aigerim Seitkali | 6B06102 Information Systems | 2 | 3.89 |
| 2 | Daniyar Abenov | 6B01501 Mathematics | 3 | 3.76 |
| 3 | Madina Tulegenova | 6B04101 Economics | 2 | 3.71 |
| 4 | Yerlan Sarsenbayev | 6B06102 Information Systems | 4 | 3.68 |

Payments are made to the recipient's bank card (XXXX XXXX XXXX XXXX) by the 20th of each month.
Questions: Student Services Centre, Room 118.
""",
    "person-name",
    "published list of private students' full names (everything else: amounts, programme codes, GPA)",
    planted="Aigerim Seitkali",
)

add(
    "b12_kk_otinish_mekenjai.txt",
    """ЖАТАҚХАНАҒА ОРНАЛАСУҒА ӨТІНІШ (толтырылған)

Тегі, аты, әкесінің аты: [жасырылған]
ЖСН: |_|_|_|_|_|_|_|_|_|_|_|_|
Туған күні: «___» ________ 20__ ж.
Ұялы телефон: 8 7__ ___ __ __
Электрондық пошта: ______________@_______
Тұрақты мекенжайы: Алматы облысы, Қонаев қ.,
Мекенжайы: Абай көшесі, 47 үй, 18 пәтер

Мені №2 жатақханаға, А блок, ___ бөлмеге орналастыруыңызды сұраймын.
Себебі: тұрақты мекенжайым қаладан 70 км қашықтықта.

«18» тамыз 2025 ж.            Қолы: ____________
""",
    "home-address",
    "Kazakh filled form: home address with house and flat number in the template's own wording (көшесі, үй, пәтер)",
    planted="Абай көшесі, 47 үй, 18 пәтер",
)

debt = []
for i, sid in enumerate(STUDENT_IDS_B13):
    debt.append(
        f"{sid},{rng.randrange(1, 5)},{rng.choice(['15.05.2025', '30.05.2025', '10.06.2025'])},абонемент {rng.choice([1, 2])}"
    )
add(
    "b13_ru_biblioteka_dolzhniki.csv",
    "№ студенческого билета,книг не возвращено,срок возврата,абонемент\n" + "\n".join(debt) + "\n",
    "student-id",
    "library debtor list keyed by student ID numbers (format YY + B + 6 digits), no names",
    planted=STUDENT_IDS_B13[0],
)


MANIFEST: list[Entry] = [
    Entry(
        m["file"],
        m["expect"],
        "public" if m["expect"] is None else "personal datum",
        m["file"].rsplit(".", 1)[-1],
        m["file"].split("_")[1],
        "",
        m["why"],
    )
    for m in sorted(_RAW_MANIFEST, key=lambda m: m["file"])
]
# The sample university's own bank account (a26), which its editor would allowlist.
UNIVERSITY_OWN = {"identifiers": ["KZ39998KZT7482281002"]}


def build(folder: Path) -> list[Path]:
    """Write every file of the corpus into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in FILES:
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    return paths
