"""Independent web-content test corpus for the KazUTB personal-data gate.

Every positive file holds exactly one personal datum of a private (invented)
person inside otherwise ordinary public university content; every negative
file (category None) holds only public look-alikes.

All identifiers are synthetic but structurally valid (IIN/BIN check digit,
Luhn, ISO 13616 mod-97, ICAO 9303 MRZ check digits); the validators below are
run at import time, so a broken number fails loudly instead of silently.

Usage:  python -m web.build OUTDIR      (or python build.py OUTDIR)
"""

import base64
import json
from dataclasses import dataclass
from pathlib import Path

ANY = "any"  # category: reported as anything


@dataclass(frozen=True)
class Entry:
    name: str  # file name, unique
    category: str | None  # expected category, ANY, or None (public look-alike)
    cls: str  # class of the case
    part: str  # where in the file
    lang: str  # "kk", "ru" or "en"
    datum: str  # the datum as written
    reason: str  # why it is personal / why it is public


# --------------------------------------------------------------------------
# Validators / generators (standard algorithms, no randomness)
# --------------------------------------------------------------------------


def _kz12_check(d11: str) -> int | None:
    """Check digit of a Kazakhstan IIN/BIN (None: number cannot be valid)."""
    s = sum(int(c) * w for c, w in zip(d11, range(1, 12), strict=False)) % 11
    if s == 10:
        s = (
            sum(int(c) * w for c, w in zip(d11, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2), strict=False))
            % 11
        )
        if s == 10:
            return None
    return s


def _kz12(d11: str) -> str:
    c = _kz12_check(d11)
    assert c is not None, d11
    return d11 + str(c)


def _is_kz12(n: str) -> bool:
    return len(n) == 12 and n.isdigit() and _kz12_check(n[:11]) == int(n[11])


def _luhn_ok(n: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(n)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def _luhn(d15: str) -> str:
    for c in "0123456789":
        if _luhn_ok(d15 + c):
            return d15 + c
    raise AssertionError(d15)


def _iban_kz(bban: str) -> str:
    assert len(bban) == 16, bban
    num = "".join(str(int(ch, 36)) for ch in bban + "KZ00")
    return f"KZ{98 - int(num) % 97:02d}{bban}"


def _iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def _mrz_cd(field: str) -> str:
    def val(ch: str) -> int:
        if ch == "<":
            return 0
        if ch.isdigit():
            return int(ch)
        return ord(ch) - ord("A") + 10

    return str(sum(val(ch) * (7, 3, 1)[i % 3] for i, ch in enumerate(field)) % 10)


def _mrz_td3(surname: str, given: str, number: str, dob: str, sex: str, expiry: str) -> str:
    l1 = f"P<KAZ{surname}<<{given}".ljust(44, "<")
    pn = "<" * 14
    body = (
        number
        + _mrz_cd(number)
        + "KAZ"
        + dob
        + _mrz_cd(dob)
        + sex
        + expiry
        + _mrz_cd(expiry)
        + pn
        + "<"
    )
    comp = body[0:10] + body[13:20] + body[21:43]
    l2 = body + _mrz_cd(comp)
    assert len(l1) == 44 and len(l2) == 44
    return l1 + "\n" + l2


def _mrz_td1(surname: str, given: str, number: str, dob: str, sex: str, expiry: str) -> str:
    l1 = ("IDKAZ" + number + _mrz_cd(number)).ljust(30, "<")
    b2 = (dob + _mrz_cd(dob) + sex + expiry + _mrz_cd(expiry) + "KAZ").ljust(29, "<")
    comp = l1[5:30] + b2[0:7] + b2[8:15] + b2[18:29]
    l2 = b2 + _mrz_cd(comp)
    l3 = f"{surname}<<{given}".ljust(30, "<")
    assert len(l1) == len(l2) == len(l3) == 30
    return "\n".join((l1, l2, l3))


def _isbn13(d12: str) -> str:
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def _pct_all(text: str) -> str:
    return "".join(f"%{b:02X}" for b in text.encode("utf-8"))


def _entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def _json_u(text: str) -> str:
    return "".join(f"\\u{ord(ch):04x}" for ch in text)


# Synthetic personal identifiers (all of invented people)
IIN_1 = _kz12("98031240012")  # 1998-03-12, female (4 = 20th c., even)
IIN_2 = _kz12("01050560345")  # 2001-05-05, female (6 = 21st c., even)
IIN_3 = _kz12("99060330789")  # 1999-06-03, male   (3 = 20th c., odd)
IIN_4 = _kz12("03120250456")  # 2003-12-02, male   (5 = 21st c., odd)
IIN_5 = _kz12("02091150817")  # 2002-09-11, male
CARD_1 = _luhn("440043012345678")
CARD_2 = _luhn("520404123456789")
IBAN_1 = _iban_kz("722S000012345678")
IBAN_2 = _iban_kz("601A871000123456")
IBAN_3 = _iban_kz("998BTB0000987654")
MRZ_PASS = _mrz_td3("SEITKALIYEVA", "AIGERIM", "N14702583", "980312", "F", "330415")
MRZ_ID = _mrz_td1("OMAROVA", "DANA", "038812457", "010505", "F", "310520")
# Public numbers for negatives
BIN_UNI = _kz12("04034000123")  # YYMM=0403, 5th digit 4 = legal entity; "40" is no day
ISBN_1 = _isbn13("978601323217")
ISBN_2 = _isbn13("978601745018")

for _n in (IIN_1, IIN_2, IIN_3, IIN_4, IIN_5, BIN_UNI):
    assert _is_kz12(_n), _n
for _n in (CARD_1, CARD_2):
    assert len(_n) == 16 and _luhn_ok(_n), _n
for _n in (IBAN_1, IBAN_2, IBAN_3):
    assert len(_n) == 20 and _iban_ok(_n), _n
assert BIN_UNI[4] in "456" and int(BIN_UNI[4:6]) > 31


def _group(s: str, sep: str, size: int = 4) -> str:
    return sep.join(s[i : i + size] for i in range(0, len(s), size))


# --------------------------------------------------------------------------
# Skeletons
# --------------------------------------------------------------------------

_UNI = {
    "kk": "ҚазТБУ",
    "ru": "КазУТБ",
    "en": "KazUTB",
}


def _html(lang: str, title: str, body: str, head_extra: str = "") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f"<title>{title} | {_UNI[lang]}</title>\n"
        f"{head_extra}"
        "</head>\n"
        "<body>\n"
        f"{body.strip()}\n"
        "</body>\n"
        "</html>\n"
    )


def _svg(title: str, body: str, lang: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'xml:lang="{lang}" width="480" height="240" viewBox="0 0 480 240">\n'
        f"  <title>{title}</title>\n"
        f"{body.rstrip()}\n"
        "</svg>\n"
    )


def _xml(body: str) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body.strip() + "\n"


def _t(s: str) -> str:
    """Dedent-free helper: strip the leading newline of a triple-quoted block."""
    return s.lstrip("\n")


# --------------------------------------------------------------------------
# Manifest
# --------------------------------------------------------------------------

MANIFEST: list[Entry] = []
_TEXT: dict[str, str] = {}
_LITERAL: dict[str, bool] = {}


def _add(name, category, cls, part, lang, datum, reason, text, literal=True):
    assert name not in _TEXT, name
    assert lang in ("kk", "ru", "en"), name
    MANIFEST.append(Entry(name, category, cls, part, lang, datum, reason))
    _TEXT[name] = text
    _LITERAL[name] = literal


S, E, F, C, P = (
    "split-structure",
    "encodings",
    "identifier-forms",
    "contacts-of-every-network",
    "plain-classics",
)
NEG = "public-look-alike"

# ===================== 1. split-structure =====================

_add(
    "w01-csv-iin-split-cells-kk.csv",
    "iin",
    S,
    "two adjacent CSV cells",
    "kk",
    IIN_1[:6] + "," + IIN_1[6:],
    "a student's IIN split into its first and last six digits across two cells of one row",
    _t(f"""
Оқу жылы,Бағдарлама коды,Бағдарлама,Курс,Топ,ЖСН (1–6),ЖСН (7–12),Жатақхана
2025-2026,6B06101,Ақпараттық жүйелер,1,АЖ-25-1,,,
2025-2026,6B07201,Тамақ өнімдерінің технологиясы,2,ТӨТ-24-2,{IIN_1[:6]},{IIN_1[6:]},№2 жатақхана
2025-2026,6B04102,Маркетинг,3,МРК-23-1,,,
"""),
)

_add(
    "w02-html-table-phone-split-ru.html",
    "phone",
    S,
    "two cells of an HTML table row",
    "ru",
    "+7 702 | 418 27 63",
    "a group leader's mobile number split into operator code and subscriber number cells",
    _html(
        "ru",
        "Консультации по курсовым работам",
        """
<h1>Консультации по курсовым работам, 2025-2026 учебный год</h1>
<table class="schedule">
<thead><tr><th>Дисциплина</th><th>Аудитория</th><th>День</th><th>Староста: код</th><th>Староста: номер</th></tr></thead>
<tbody>
<tr><td>Микроэкономика</td><td>ауд. 305</td><td>вторник</td><td>+7 702</td><td>418 27 63</td></tr>
<tr><td>Базы данных</td><td>ауд. 412</td><td>четверг</td><td></td><td></td></tr>
</tbody>
</table>
""",
    ),
    literal=False,
)

_add(
    "w03-json-name-keys-kk.json",
    "person-name",
    S,
    "JSON keys тегі/аты/әкесінің_аты",
    "kk",
    "Сейітқалиева / Айгерім / Болатқызы",
    "a student's full name split over Kazakh surname/given/patronymic keys",
    _t("""
{
  "оқу_жылы": "2025-2026",
  "бағдарлама": {"коды": "6B04102", "атауы": "Маркетинг"},
  "үздік_студент": {
    "тегі": "Сейітқалиева",
    "аты": "Айгерім",
    "әкесінің_аты": "Болатқызы"
  },
  "аудитория": "412",
  "кредит_саны": 240
}
"""),
    literal=False,
)

_add(
    "w04-json-name-keys-ru.json",
    "person-name",
    S,
    "JSON keys фамилия/имя/отчество",
    "ru",
    "Ковальчук / Дарина / Игоревна",
    "an olympiad winner's full name split over Russian surname/name/patronymic keys",
    _t("""
{
  "учебный_год": "2025-2026",
  "олимпиада": "Республиканская студенческая олимпиада по экономике",
  "программа": "6B04103 Финансы",
  "победитель": {
    "фамилия": "Ковальчук",
    "имя": "Дарина",
    "отчество": "Игоревна"
  },
  "место": 1
}
"""),
    literal=False,
)

_add(
    "w05-json-name-keys-en.json",
    "person-name",
    S,
    "JSON keys surname/given/patronymic",
    "en",
    "Zhaksylykov / Nurbol / Serikuly",
    "a dean's-list student's full name split over English keys",
    _t("""
{
  "academic_year": "2025-2026",
  "award": "Dean's list, autumn semester",
  "programme": "6B06101 Information Systems",
  "student": {
    "surname": "Zhaksylykov",
    "given": "Nurbol",
    "patronymic": "Serikuly"
  },
  "gpa_threshold": 3.67
}
"""),
    literal=False,
)

_add(
    "w06-txt-hyphen-linebreak-name-kk.txt",
    "person-name",
    S,
    "surname hyphenated across a line break",
    "kk",
    "Ахме-\nтов Ерлан",
    "a student's surname and given name, the surname broken by a soft hyphen at the line end",
    _t("""
ҚазТБУ жаңалықтары, 2025-2026 оқу жылы

6B06101 «Ақпараттық жүйелер» білім беру бағдарламасы бойынша өткен
студенттік хакатонда бірінші орынды 2-курс студенті Ахме-
тов Ерлан иеленді. Марапаттау рәсімі 305-аудиторияда өтті.
"""),
)

_add(
    "w07-md-hyphen-linebreak-name-ru.md",
    "person-name",
    S,
    "surname hyphenated across a line break",
    "ru",
    "Кудай-\nбергенова Жанна",
    "a student's surname and given name, the surname broken across two Markdown lines",
    _t("""
# Итоги конкурса эссе, 2025-2026 учебный год

Конкурс проводился среди студентов программы 6B04101 «Учёт и аудит».
Первое место заняла студентка группы УА-23-2 Кудай-
бергенова Жанна. Награждение состоится в ауд. 210.
"""),
)

_add(
    "w08-txt-hyphen-linebreak-name-en.txt",
    "person-name",
    S,
    "surname hyphenated across a line break",
    "en",
    "Zhuma-\nbayev Arman",
    "a student's romanised surname and given name broken across two lines",
    _t("""
KazUTB news, academic year 2025-2026

The Dean's Cup in programming (programme 6B06101 Information Systems)
was won by second-year student Zhuma-
bayev Arman. The award ceremony took place in room 305.
"""),
)

_add(
    "w09-xml-attr-iin-en.xml",
    "iin",
    S,
    'XML attribute iin="..."',
    "en",
    IIN_2,
    "an enrolled student's IIN stored in an XML attribute",
    _xml(f"""
<enrolment year="2025-2026">
  <programme code="6B06101" title="Information Systems" credits="240"/>
  <programme code="6B04102" title="Marketing" credits="240"/>
  <student iin="{IIN_2}" programme="6B04102" course="1"/>
</enrolment>
"""),
)

_add(
    "w10-svg-aria-label-phone-kk.svg",
    "phone",
    S,
    "SVG aria-label attribute",
    "kk",
    "+7 705 318 42 67",
    "a volunteer student's mobile number in an aria-label of a map marker",
    _svg(
        "Ашық есік күні: кампус картасы",
        """
  <rect x="10" y="10" width="220" height="90" fill="#e0ecf8"/>
  <text x="20" y="55">А корпусы, 305-аудитория</text>
  <g aria-label="Ерікті студенттің телефоны: +7 705 318 42 67">
    <circle cx="320" cy="60" r="20" fill="#1b75bb"/>
  </g>
""",
        "kk",
    ),
)

_add(
    "w11-html-data-phone-attr-ru.html",
    "phone",
    S,
    "data-phone attribute",
    "ru",
    "+77473816205",
    "a student coordinator's mobile number in a data-phone attribute of a button",
    _html(
        "ru",
        "Волонтёрский центр",
        """
<h1>Волонтёрский центр</h1>
<p>Набор волонтёров на День открытых дверей, 2025-2026 учебный год. Сбор в ауд. 118.</p>
<button class="callback" data-phone="+77473816205">Связаться с координатором</button>
""",
    ),
)

_add(
    "w12-html-title-attr-email-en.html",
    "email",
    S,
    "title attribute of a link",
    "en",
    "arman.tulegenov03@gmail.com",
    "a student club lead's private e-mail in a tooltip (title attribute)",
    _html(
        "en",
        "Student clubs",
        """
<h1>Student clubs, 2025-2026</h1>
<ul>
<li><a href="/clubs/robotics" title="Club lead (student): arman.tulegenov03@gmail.com">Robotics club</a> — room B-214, Wednesdays</li>
<li><a href="/clubs/debate">Debate club</a> — room A-101, Fridays</li>
</ul>
""",
    ),
)

_add(
    "w13-csv-phone-split-cells-en.csv",
    "phone",
    S,
    "two adjacent CSV cells",
    "en",
    "8 (777),512-33-08",
    "a private contact phone split into area code and number columns",
    _t("""
Event,Room,Date,Contact area code,Contact number
Open day,A-101,2026-03-14,,
Career fair,Main hall,2026-04-18,8 (777),512-33-08
Graduation rehearsal,Assembly hall,2026-06-20,,
"""),
)

_add(
    "w14-tsv-iin-split-cells-ru.tsv",
    "iin",
    S,
    "two adjacent TSV cells",
    "ru",
    IIN_5[:6] + "\t" + IIN_5[6:],
    "a student's IIN split over two tab-separated cells",
    f"Учебный год\tКод программы\tПрограмма\tИИН (первые 6)\tИИН (последние 6)\n"
    f"2025-2026\t6B06101\tИнформационные системы\t\t\n"
    f"2025-2026\t6B07201\tТехнология продуктов питания\t{IIN_5[:6]}\t{IIN_5[6:]}\n",
)

# ===================== 2. encodings =====================

_add(
    "w15-html-mailto-percent-at-kk.html",
    "email",
    E,
    "percent-encoded mailto: href",
    "kk",
    "mailto:aigerim.s%40mail.kz",
    "an alumna volunteer's private e-mail with @ percent-encoded as %40",
    _html(
        "kk",
        "Магистратураға қабылдау",
        """
<h1>Магистратураға қабылдау, 2025-2026 оқу жылы</h1>
<p>7M04101 «Экономика» бағдарламасы бойынша кеңес 214-аудиторияда өтеді.</p>
<p><a href="mailto:aigerim.s%40mail.kz">Түлек-волонтерге жазу</a></p>
""",
    ),
)

_add(
    "w16-html-tel-percent-ru.html",
    "phone",
    E,
    "percent-encoded tel: href",
    "ru",
    "tel:%2B7%20701%20583%2012%2034",
    "a group leader's mobile with + and spaces percent-encoded",
    _html(
        "ru",
        "Старосты потоков",
        """
<h1>Старосты потоков, 2025-2026</h1>
<p>Поток 6B04103 «Финансы», 2 курс, ауд. 207.</p>
<p><a href="tel:%2B7%20701%20583%2012%2034">Позвонить старосте потока</a></p>
""",
    ),
)

_b64_iin = _b64(f"IIN {IIN_3}")
_add(
    "w17-html-data-base64-iin-en.html",
    "iin",
    E,
    "base64 payload in a data-* attribute",
    "en",
    _b64_iin,
    f"base64 of 'IIN {IIN_3}', a scholarship applicant's IIN",
    _html(
        "en",
        "Scholarship results",
        f"""
<h1>Scholarship results, 2025-2026</h1>
<p>Programme 6B06101 Information Systems, 30 grants awarded.</p>
<div class="applicant-card" data-payload="{_b64_iin}">Applicant card</div>
""",
    ),
)

_b64_phone = _b64("Телефон старосты группы ИС-24-1: +7 702 907 14 58")
_add(
    "w18-html-data-uri-base64-phone-ru.html",
    "phone",
    E,
    "data:text/plain;base64 link",
    "ru",
    "data:text/plain;base64," + _b64_phone,
    "base64 (UTF-8) of a text carrying a group leader's mobile number",
    _html(
        "ru",
        "Группа ИС-24-1",
        f"""
<h1>Группа ИС-24-1, 2025-2026</h1>
<p>Расписание консультаций: ауд. 412, пятница.</p>
<p><a href="data:text/plain;base64,{_b64_phone}" download="contact.txt">Контакт старосты</a></p>
""",
    ),
)

_add(
    "w19-js-concat-email-kk.js",
    "email",
    E,
    "string pieces concatenated in script",
    "kk",
    '"aig" + "erim" + "@" + "mail.ru"',
    "a student adviser's private e-mail assembled from string pieces",
    _t("""
// Қабылдау комиссиясы беті, 2025-2026 оқу жылы
// Студент-кеңесшінің поштасы бөліктерден құрастырылады
const programmes = ["6B06101 Ақпараттық жүйелер", "6B04102 Маркетинг"];
const adviser = "aig" + "erim" + "@" + "mail.ru";
document.querySelector("#adviser").textContent = adviser;
document.querySelector("#room").textContent = "118-аудитория";
"""),
)

_add(
    "w20-js-array-join-phone-en.js",
    "phone",
    E,
    "phone assembled with Array.join in script",
    "en",
    '["+7", "707", "418", "22", "90"]',
    "a student mentor's mobile assembled from array pieces",
    _t("""
// Mentoring programme 2025-2026, meetings in room 214
const programme = "6B04103 Finance";
const parts = ["+7", "707", "418", "22", "90"];
const mentorPhone = parts.join(" ");
document.getElementById("mentor").textContent = mentorPhone;
"""),
)

_add(
    "w21-html-entity-at-email-ru.html",
    "email",
    E,
    "HTML character entity &#64; for @",
    "ru",
    "d.omarova&#64;inbox.ru",
    "a student organiser's private e-mail with @ written as &#64;",
    _html(
        "ru",
        "Конкурс эссе",
        """
<h1>Конкурс эссе, 2025-2026</h1>
<p>Тема: «Цифровая экономика Казахстана». Работы принимаются до 2026-03-01, ауд. 210.</p>
<p>Вопросы присылайте студентке-организатору: d.omarova&#64;inbox.ru</p>
""",
    ),
)

_ent_phone = _entities("+7 705 214 83 09")
_add(
    "w22-html-numeric-entities-phone-kk.html",
    "phone",
    E,
    "every character as a numeric entity",
    "kk",
    _ent_phone,
    "a volunteer's mobile number '+7 705 214 83 09' fully written as &#NN; entities",
    _html(
        "kk",
        "Еріктілер",
        f"""
<h1>Еріктілер тобы, 2025-2026</h1>
<p>Жиналыс 118-аудиторияда, сейсенбі сайын.</p>
<p>Топ жетекшісі (студент): <span>{_ent_phone}</span></p>
""",
    ),
)

_add(
    "w23-json-u0040-email-en.json",
    "email",
    E,
    "JSON \\u0040 escape for @",
    "en",
    "n.serikbayev\\u0040gmail.com",
    "a student's private e-mail with @ written as a JSON unicode escape",
    _t("""
{
  "event": "Hackathon 2025-2026",
  "room": "B-214",
  "programme": "6B06101",
  "team_contact": "n.serikbayev\\u0040gmail.com"
}
"""),
)

_name_esc = _json_u("Жұмабекова Дана Ерланқызы")
_add(
    "w24-json-unicode-escaped-name-kk.json",
    "person-name",
    E,
    "JSON value fully \\uXXXX-escaped",
    "kk",
    _name_esc,
    "a prize winner's full name 'Жұмабекова Дана Ерланқызы' written entirely as JSON escapes",
    _t(f"""
{{
  "байқау": "Студенттік ғылыми конференция",
  "оқу_жылы": "2025-2026",
  "секция": "6B04101 Есеп және аудит",
  "жеңімпаз": "{_name_esc}",
  "аудитория": "305"
}}
"""),
)

_add(
    "w25-md-percent-query-email-ru.md",
    "email",
    E,
    "percent-encoded e-mail in a link query",
    "ru",
    "zh.bekova%40yandex.kz",
    "a participant's private e-mail prefilled in a form link, @ as %40",
    _t("""
# Олимпиада по финансам, 2025-2026

Регистрация открыта до 2026-02-15. Место проведения: ауд. 207.

[Продолжить заявку участника](https://forms.example.org/olymp?email=zh.bekova%40yandex.kz&year=2025-2026)
"""),
)

_b64_card = _b64(CARD_1)
_add(
    "w26-xml-base64-card-en.xml",
    "bank-card",
    E,
    "base64 text of an XML element",
    "en",
    _b64_card,
    f"base64 of a student's payment card number {CARD_1}",
    _xml(f"""
<tuition year="2025-2026">
  <programme code="6B04103" title="Finance"/>
  <payment method="card" encoding="base64">{_b64_card}</payment>
  <office room="A-101"/>
</tuition>
"""),
)

_b64_iban = _b64(IBAN_3)
_add(
    "w27-yaml-base64-iban-kk.yaml",
    "iban",
    E,
    "base64 YAML value",
    "kk",
    _b64_iban,
    f"base64 of a student's personal IBAN {IBAN_3}",
    _t(f"""
# Жатақхана төлемін қайтару, 2025-2026 оқу жылы
programme: 6B07201
room: "118"
refund_account_b64: "{_b64_iban}"
"""),
)

_pct_mail = _pct_all("asel.k@bk.ru")
_add(
    "w28-svg-full-percent-mailto-en.svg",
    "email",
    E,
    "fully percent-encoded mailto in xlink:href",
    "en",
    "mailto:" + _pct_mail,
    "a student's private e-mail 'asel.k@bk.ru' with every byte percent-encoded",
    _svg(
        "Campus tour route",
        f"""
  <rect x="10" y="10" width="200" height="80" fill="#f2f2f2"/>
  <text x="20" y="55">Start: main hall, room A-101</text>
  <a xlink:href="mailto:{_pct_mail}">
    <text x="260" y="55">Tour guide</text>
  </a>
""",
        "en",
    ),
)

# ===================== 3. identifier-forms =====================

_add(
    "w29-txt-iban-dashes-kk.txt",
    "iban",
    F,
    "IBAN grouped with dashes",
    "kk",
    _group(IBAN_1, "-"),
    "a student's personal IBAN written in dash-separated groups",
    _t(f"""
Жатақхана төлемін қайтару, 2025-2026 оқу жылы
Бағдарлама: 6B07201 Тамақ өнімдерінің технологиясы
Студенттің жеке шоты (IBAN): {_group(IBAN_1, "-")}
Өтініштер 118-аудиторияда қабылданады.
"""),
)

_add(
    "w30-md-iban-spaces-ru.md",
    "iban",
    F,
    "IBAN grouped with spaces",
    "ru",
    _group(IBAN_2, " "),
    "a student's personal IBAN written in space-separated groups",
    _t(f"""
# Возврат оплаты за обучение, 2025-2026

Программа 6B04103 «Финансы», приём документов в ауд. 207.

Счёт студента для возврата: {_group(IBAN_2, " ")}
"""),
)

_add(
    "w31-txt-passport-mrz-en.txt",
    "id-document",
    F,
    "passport machine-readable zone (TD3)",
    "en",
    MRZ_PASS,
    "a student's passport MRZ, two 44-character lines with valid check digits",
    "Exchange programme 2025-2026, scanned document annex (room 214)\n"
    "Machine-readable zone:\n" + MRZ_PASS + "\n",
)

_add(
    "w32-txt-idcard-mrz-ru.txt",
    "id-document",
    F,
    "ID-card machine-readable zone (TD1)",
    "ru",
    MRZ_ID,
    "a student's identity-card MRZ, three 30-character lines with valid check digits",
    "Академическая мобильность 2025-2026, приложение к заявке (ауд. 214)\n"
    "Машиночитаемая зона удостоверения:\n" + MRZ_ID + "\n",
)

_add(
    "w33-html-zheke-kualik-kk.html",
    "id-document",
    F,
    "abbreviated ID-card words 'жеке куәлік №'",
    "kk",
    "жеке куәлік № 045123789",
    "a student's 9-digit identity card number after the Kazakh ID-card words",
    _html(
        "kk",
        "Академиялық ұтқырлық",
        """
<h1>Академиялық ұтқырлық, 2025-2026</h1>
<p>6B06101 бағдарламасы бойынша өтінімдер 214-аудиторияда қабылданады.</p>
<p>Өтінім берушінің жеке куәлік № 045123789</p>
""",
    ),
)

_add(
    "w34-txt-ud-lichn-ru.txt",
    "id-document",
    F,
    "abbreviated 'уд. личн. №'",
    "ru",
    "уд. личн. № 038765412",
    "a student's 9-digit identity card number after an abbreviated Russian label",
    _t("""
Заявление на перевод, 2025-2026 учебный год
Программа 6B04102 «Маркетинг», курс 2, ауд. 305
Заявитель: уд. личн. № 038765412
"""),
)

_add(
    "w35-md-id-card-no-en.md",
    "id-document",
    F,
    "'ID card no.' label",
    "en",
    "ID card no. 051234876",
    "a student's 9-digit identity card number after an English label",
    _t("""
# Transfer application, 2025-2026

Programme 6B06101 Information Systems, year 2, office A-101.

Applicant: ID card no. 051234876
"""),
)

_add(
    "w36-json-passport-number-kk.json",
    "id-document",
    F,
    "passport number N + 8 digits",
    "kk",
    "N09876543",
    "a student's Kazakhstan passport number (N followed by eight digits)",
    _t("""
{
  "бағдарлама": "Erasmus+ академиялық алмасу",
  "оқу_жылы": "2025-2026",
  "құжат": "Төлқұжат N09876543",
  "кабинет": "214"
}
"""),
)

_add(
    "w37-txt-birth-in-words-kk.txt",
    "birth-date",
    F,
    "birth date in words beside a name",
    "kk",
    "1998 жылғы 12 наурызда туған",
    "a private student's date of birth written out in Kazakh next to her name",
    _t("""
Стипендия иегерлері, 2025-2026 оқу жылы
6B07201 «Тамақ өнімдерінің технологиясы», 305-аудитория

Ахметова Айгерім 1998 жылғы 12 наурызда туған, 2-курс студенті.
"""),
)

_add(
    "w38-md-birth-in-words-ru.md",
    "birth-date",
    F,
    "birth date in words beside a name",
    "ru",
    "родилась 5 мая 2001 г.",
    "a private student's date of birth written out in Russian next to her name",
    _t("""
# Именные стипендии, 2025-2026

Программа 6B04103 «Финансы», ауд. 207.

Омарова Дана Сериковна, родилась 5 мая 2001 г., студентка 3 курса.
"""),
)

_add(
    "w39-html-birth-in-words-en.html",
    "birth-date",
    F,
    "birth date in words beside a name",
    "en",
    "born on 3 June 1999",
    "a private student's date of birth written out in English next to his name",
    _html(
        "en",
        "Student profiles",
        """
<h1>Student profiles, 2025-2026</h1>
<p>Programme 6B06101 Information Systems, room B-214.</p>
<p>Nurlan Bekov, born on 3 June 1999, is a second-year student.</p>
""",
    ),
)

_add(
    "w40-txt-village-address-kk.txt",
    "address",
    F,
    "village address (oblys, audan, auyl, street, house)",
    "kk",
    "Ақмола облысы, Целиноград ауданы, Қосшы ауылы, Абай к-сі 12",
    "a student's home address in a village; the street is named after Abai but the house is private",
    _t("""
Жатақханаға орналасу, 2025-2026 оқу жылы (118-аудитория)
Бағдарлама: 6B06101 Ақпараттық жүйелер
Студенттің тұрақты мекенжайы: Ақмола облысы, Целиноград ауданы, Қосшы ауылы, Абай к-сі 12
"""),
)

_add(
    "w41-md-village-address-ru.md",
    "address",
    F,
    "village address with district and house",
    "ru",
    "Акмолинская обл., Аршалынский р-н, с. Жибек жолы, ул. Бейбітшілік, д. 7",
    "a student's home address in a village",
    _t("""
# Заселение в общежитие, 2025-2026

Программа 6B04102 «Маркетинг», документы принимаются в ауд. 118.

Адрес проживания студента: Акмолинская обл., Аршалынский р-н, с. Жибек жолы, ул. Бейбітшілік, д. 7
"""),
)

_add(
    "w42-html-apt-address-en.html",
    "address",
    F,
    "English-style 'Apt 14, 25 ... St'",
    "en",
    "Apt 14, 25 Kenesary St, Astana",
    "a student's home address with apartment number",
    _html(
        "en",
        "Dormitory waiting list",
        """
<h1>Dormitory waiting list, 2025-2026</h1>
<p>Programme 6B04103 Finance. Applications in room A-101.</p>
<p>Current residence of applicant: Apt 14, 25 Kenesary St, Astana</p>
""",
    ),
)

_add(
    "w43-txt-flat-slash-address-en.txt",
    "address",
    F,
    "'Flat 3/12' unit number",
    "en",
    "Flat 3/12, 8 Turan Ave, Astana 010000",
    "a student's home address with flat number",
    _t("""
Internship placement form, academic year 2025-2026
Programme 6B07201 Food Technology, room C-305
Home address: Flat 3/12, 8 Turan Ave, Astana 010000
"""),
)

_add(
    "w44-csv-flat-address-ru.csv",
    "address",
    F,
    "CSV cell with street, house and flat",
    "ru",
    "г. Астана, ул. Сарыарка, д. 31/2, кв. 118",
    "a student's home address with house and flat",
    _t("""
Учебный год,Программа,Курс,Адрес проживания
2025-2026,6B06101 Информационные системы,1,
2025-2026,6B04102 Маркетинг,2,"г. Астана, ул. Сарыарка, д. 31/2, кв. 118"
"""),
)

_add(
    "w45-txt-initials-no-dot-ru.txt",
    "person-name",
    F,
    "surname with initials lacking dots",
    "ru",
    "Ахметов Е Б",
    "a private student's surname with initials written without full stops",
    _t("""
Выписка из приказа о допуске к сессии, 2025-2026 учебный год
Программа 6B06101 «Информационные системы», группа ИС-24-1, ауд. 412
Допустить к экзаменам студента Ахметов Е Б
"""),
)

_add(
    "w46-md-initials-no-dot-kk.md",
    "person-name",
    F,
    "surname with initials lacking dots",
    "kk",
    "Жұмабаев А С",
    "a private student's surname with initials written without full stops",
    _t("""
# Емтиханға жіберу туралы бұйрықтан үзінді, 2025-2026

Бағдарлама 6B04102 «Маркетинг», МРК-23-1 тобы, 305-аудитория.

Емтиханға жіберілсін: Жұмабаев А С
"""),
)

_lookalike_kk = "Ceйтқaлиeвa Aйгepім"  # Latin C e a A p mixed into Cyrillic
assert any(ord(ch) < 128 and ch.isalpha() for ch in _lookalike_kk)
_add(
    "w47-html-latin-lookalike-name-kk.html",
    "person-name",
    F,
    "Latin look-alike letters inside a Cyrillic name",
    "kk",
    _lookalike_kk,
    "a student's name 'Сейтқалиева Айгерім' typed with Latin C/e/a/A/p among Cyrillic letters",
    _html(
        "kk",
        "Олимпиада жеңімпаздары",
        f"""
<h1>Олимпиада жеңімпаздары, 2025-2026</h1>
<p>6B04101 «Есеп және аудит», 207-аудитория.</p>
<p>Бірінші орын: {_lookalike_kk}</p>
""",
    ),
)

_lookalike_ru = "Кoвaльчук Дapинa Игopeвнa"  # Latin o a p e
assert any(ord(ch) < 128 and ch.isalpha() for ch in _lookalike_ru)
_add(
    "w48-txt-latin-lookalike-name-ru.txt",
    "person-name",
    F,
    "Latin look-alike letters inside a Cyrillic name",
    "ru",
    _lookalike_ru,
    "a student's full name typed with Latin o/a/p/e among Cyrillic letters",
    _t(f"""
Итоги олимпиады по экономике, 2025-2026
Программа 6B04103 «Финансы», ауд. 207
Второе место: {_lookalike_ru}
"""),
)

_add(
    "w49-md-latin-2017-apostrophe-kk.md",
    "person-name",
    F,
    "2017 Kazakh Latin with apostrophes",
    "kk",
    "Ai'gerim Nurg'alieva",
    "a private student's name in the 2017 apostrophe Latin alphabet (Айгерім Нұрғалиева)",
    _t("""
# Studenttik g'ylymi' konferentsi'ia, 2025-2026

6B06101 «Ақпараттық жүйелер» бағдарламасы, 412-аудитория.

Bas ju'lde: Ai'gerim Nurg'alieva
"""),
)

_add(
    "w50-txt-latin-2018-acute-en.txt",
    "person-name",
    F,
    "2018 Kazakh Latin with ı and acute accents",
    "en",
    "Aıgerim Seıtqalıeva",
    "a private student's name in the 2018 Kazakh Latin alphabet (Айгерім Сейтқалиева)",
    _t("""
Exchange semester nominees, academic year 2025-2026
Programme 6B04102 Marketing, room A-101
Nominee: Aıgerim Seıtqalıeva
"""),
)

_add(
    "w51-json-rare-given-name-ru.json",
    "person-name",
    F,
    "rare foreign given name + common Kazakh surname",
    "ru",
    "Изабелла Ахметова",
    "a private student whose foreign given name sits beside a common Kazakh surname",
    _t("""
{
  "мероприятие": "Конкурс проектов по маркетингу",
  "учебный_год": "2025-2026",
  "программа": "6B04102",
  "победитель": "Изабелла Ахметова",
  "аудитория": "305"
}
"""),
)

_add(
    "w52-html-rare-given-name-en.html",
    "person-name",
    F,
    "rare foreign given name + common Kazakh surname",
    "en",
    "Leonardo Zhakupov",
    "a private student whose Italian given name sits beside a common Kazakh surname",
    _html(
        "en",
        "Design contest",
        """
<h1>Design contest, 2025-2026</h1>
<p>Programme 6B07201 Food Technology, packaging track, room C-305.</p>
<p>First prize: Leonardo Zhakupov</p>
""",
    ),
)

_add(
    "w53-txt-rare-given-name-kk.txt",
    "person-name",
    F,
    "rare foreign given name + common Kazakh surname",
    "kk",
    "Эмилия Бекмағанбетова",
    "a private student whose foreign given name sits beside a Kazakh surname",
    _t("""
Шығармашылық байқау нәтижелері, 2025-2026 оқу жылы
6B04102 «Маркетинг», 412-аудитория
Жүлдегер: Эмилия Бекмағанбетова
"""),
)

_add(
    "w54-yaml-latin-2021-q-name-en.yaml",
    "person-name",
    F,
    "Kazakh Latin spelling with Q for Қ",
    "en",
    "Nurlan Qaliev",
    "a private student's name in the Q-spelling Kazakh Latin (Нұрлан Қалиев)",
    _t("""
event: Startup weekend
academic_year: "2025-2026"
programme: 6B06101
room: B-214
winner: Nurlan Qaliev
"""),
)

# ===================== 4. contacts-of-every-network =====================

_add(
    "w55-html-telegram-tme-kk.html",
    "social-handle",
    C,
    "t.me link",
    "kk",
    "https://t.me/aigerim_s98",
    "a student's personal Telegram account",
    _html(
        "kk",
        "Студенттік кеңес",
        """
<h1>Студенттік кеңес, 2025-2026</h1>
<p>Жиналыстар 118-аудиторияда өтеді.</p>
<p>Кеңес мүшесінің Telegram-ы: <a href="https://t.me/aigerim_s98">жазу</a></p>
""",
    ),
)

_add(
    "w56-md-instagram-ru.md",
    "social-handle",
    C,
    "instagram.com profile URL",
    "ru",
    "https://www.instagram.com/dana.zhumabek/",
    "a student's personal Instagram profile",
    _t("""
# Фотоконкурс «Мой университет», 2025-2026

Работы принимаются до 2026-04-01, выставка в ауд. 210.

Фото недели: автор — [instagram.com/dana.zhumabek](https://www.instagram.com/dana.zhumabek/)
"""),
)

_add(
    "w57-json-vk-id-ru.json",
    "social-handle",
    C,
    "vk.com/id numeric profile URL",
    "ru",
    "https://vk.com/id483920175",
    "a student's personal VK profile by numeric id",
    _t("""
{
  "клуб": "Дебатный клуб",
  "учебный_год": "2025-2026",
  "аудитория": "A-101",
  "капитан_команды": "https://vk.com/id483920175"
}
"""),
)

_add(
    "w58-html-facebook-profile-id-en.html",
    "social-handle",
    C,
    "facebook.com/profile.php?id=",
    "en",
    "https://www.facebook.com/profile.php?id=100012345678901",
    "an alumnus's personal Facebook profile by numeric id",
    _html(
        "en",
        "Alumni stories",
        """
<h1>Alumni stories, 2025-2026</h1>
<p>Graduate of programme 6B04103 Finance, now an analyst.</p>
<p><a href="https://www.facebook.com/profile.php?id=100012345678901">Follow the graduate</a></p>
""",
    ),
)

_add(
    "w59-txt-wame-kk.txt",
    ANY,
    C,
    "wa.me link with a phone",
    "kk",
    "https://wa.me/77014567823",
    "a student's WhatsApp contact, which is also a private mobile number (phone or social-handle)",
    _t("""
Жатақхана кезекшілігі кестесі, 2025-2026 оқу жылы
№2 жатақхана, 3-қабат, 305-бөлме маңы
Қабат старостасы (студент): https://wa.me/77014567823
"""),
)

_add(
    "w60-yaml-tiktok-en.yaml",
    "social-handle",
    C,
    "tiktok.com/@ URL",
    "en",
    "https://www.tiktok.com/@arman.dance_ast",
    "a student's personal TikTok account",
    _t("""
event: Talent night
academic_year: "2025-2026"
venue: Assembly hall
performer_link: https://www.tiktok.com/@arman.dance_ast
"""),
)

_add(
    "w61-xml-youtube-kk.xml",
    "social-handle",
    C,
    "youtube.com/@ URL in XML",
    "kk",
    "https://www.youtube.com/@nurlyzhan_vlog",
    "a student's personal YouTube channel",
    _xml("""
<жаңалық жыл="2025-2026">
  <тақырып>Студенттік влог байқауы</тақырып>
  <аудитория>412</аудитория>
  <жеңімпаз_арнасы>https://www.youtube.com/@nurlyzhan_vlog</жеңімпаз_арнасы>
</жаңалық>
"""),
)

_add(
    "w62-csv-linkedin-en.csv",
    "social-handle",
    C,
    "linkedin.com/in/ URL in CSV",
    "en",
    "https://www.linkedin.com/in/madina-seitova-7a1b2c",
    "a graduate's personal LinkedIn profile",
    _t("""
Programme,Graduation year,Employer sector,Profile
6B04103 Finance,2025,Banking,https://www.linkedin.com/in/madina-seitova-7a1b2c
6B06101 Information Systems,2025,IT,
"""),
)

_add(
    "w63-svg-threads-ru.svg",
    "social-handle",
    C,
    "threads.net/@ URL in SVG link",
    "ru",
    "https://www.threads.net/@zh.askarova",
    "a student's personal Threads account",
    _svg(
        "Афиша студенческого клуба",
        """
  <rect x="10" y="10" width="300" height="100" fill="#fff3e0"/>
  <text x="20" y="50">Киноклуб, ауд. 210, 2025-2026</text>
  <a xlink:href="https://www.threads.net/@zh.askarova">
    <text x="20" y="90">Ведущая клуба</text>
  </a>
""",
        "ru",
    ),
)

_add(
    "w64-js-x-profile-en.js",
    "social-handle",
    C,
    "x.com profile URL in script",
    "en",
    "https://x.com/yerbol_k98",
    "a student's personal X (Twitter) account",
    _t("""
// News widget, academic year 2025-2026
const newsRoom = "A-101";
const featuredStudentX = "https://x.com/yerbol_k98";
renderLink("#featured", featuredStudentX);
"""),
)

_add(
    "w65-html-tg-resolve-scheme-kk.html",
    "social-handle",
    C,
    "tg://resolve?domain= scheme",
    "kk",
    "tg://resolve?domain=asel_kairat",
    "a student's personal Telegram account via the app URL scheme",
    _html(
        "kk",
        "Кітапхана клубы",
        """
<h1>Кітап клубы, 2025-2026</h1>
<p>Кездесулер кітапханада, 2-қабат.</p>
<p><a href="tg://resolve?domain=asel_kairat">Клуб жетекшісіне Telegram арқылы жазу</a></p>
""",
    ),
)

_add(
    "w66-md-viber-scheme-ru.md",
    ANY,
    C,
    "viber://chat?number= scheme",
    "ru",
    "viber://chat?number=%2B77051234567",
    "a student's Viber contact, which is a private mobile number (phone or social-handle)",
    _t("""
# Спортивная секция по волейболу, 2025-2026

Тренировки в спортзале, вторник и четверг.

[Написать капитану в Viber](viber://chat?number=%2B77051234567)
"""),
)

_add(
    "w67-json-whatsapp-scheme-en.json",
    ANY,
    C,
    "whatsapp://send?phone= scheme",
    "en",
    "whatsapp://send?phone=77771234567",
    "a student's WhatsApp contact, which is a private mobile number (phone or social-handle)",
    _t("""
{
  "club": "Chess club",
  "academic_year": "2025-2026",
  "room": "C-305",
  "captain_chat": "whatsapp://send?phone=77771234567"
}
"""),
)

_add(
    "w68-txt-telegram-at-handle-ru.txt",
    "social-handle",
    C,
    "bare @handle with network name",
    "ru",
    "@marat_zh_2004",
    "a student's personal Telegram @handle",
    _t("""
Клуб программирования, 2025-2026 учебный год
Программа 6B06101, занятия в ауд. 412
Telegram старосты клуба: @marat_zh_2004
"""),
)

_add(
    "w69-txt-phone-international-kk.txt",
    "phone",
    C,
    "phone +7 701 234 56 78 form",
    "kk",
    "+7 701 234 56 78",
    "a student's private mobile in international spaced form",
    _t("""
Спорт секциясына жазылу, 2025-2026 оқу жылы
Спорт залы, дүйсенбі мен сәрсенбі
Команда капитаны (студент): +7 701 234 56 78
"""),
)

_add(
    "w70-csv-phone-8-paren-ru.csv",
    "phone",
    C,
    "phone 8(705)7712043 form",
    "ru",
    "8(705)7712043",
    "a student's private mobile in local 8(XXX) form",
    _t("""
Секция,Место,День,Контакт капитана
Волейбол,Спортзал,вторник,8(705)7712043
Шахматы,ауд. C-305,пятница,
"""),
)

_add(
    "w71-json-phone-11-digits-en.json",
    "phone",
    C,
    "phone 87473302915 (11 bare digits)",
    "en",
    "87473302915",
    "a student's private mobile as eleven bare digits in local form",
    _t("""
{
  "activity": "Football team",
  "academic_year": "2025-2026",
  "venue": "Stadium",
  "captain_phone": "87473302915"
}
"""),
)

_add(
    "w72-tsv-phone-dashes-kk.tsv",
    "phone",
    C,
    "phone +7-771-402-18-66 form",
    "kk",
    "+7-771-402-18-66",
    "a student's private mobile with dashes",
    "Үйірме\tОрны\tКүні\tЖетекші-студенттің телефоны\n"
    "Домбыра\t210-аудитория\tсәрсенбі\t+7-771-402-18-66\n"
    "Шахмат\tC-305\tжұма\t\n",
)

# ===================== 5. plain-classics in unusual places =====================

_add(
    "w73-yaml-comment-email-kk.yaml",
    "email",
    P,
    "YAML comment",
    "kk",
    "zhanar.m98@mail.ru",
    "a student editor's private e-mail left in a YAML comment",
    _t("""
# Жаңалықтар беті, 2025-2026 оқу жылы
# мәтін бойынша сұрақтар: zhanar.m98@mail.ru
title: "Ашық есік күні"
room: "118"
programmes:
  - 6B06101
  - 6B04102
"""),
)

_add(
    "w74-html-css-comment-phone-ru.html",
    "phone",
    P,
    "CSS comment inside <style>",
    "ru",
    "+7 700 918 44 21",
    "a student intern's private mobile left in a CSS comment",
    _html(
        "ru",
        "Расписание занятий",
        """
<h1>Расписание занятий, 2025-2026</h1>
<p class="room">6B04101 «Учёт и аудит», ауд. 305</p>
""",
        head_extra="<style>\n/* вёрстка: студент-практикант, +7 700 918 44 21 */\n.room { font-weight: bold; }\n</style>\n",
    ),
)

_add(
    "w75-svg-css-comment-phone-en.svg",
    "phone",
    P,
    "CSS comment inside SVG <style>",
    "en",
    "8 776 301 55 92",
    "a student designer's private mobile left in an SVG style comment",
    _svg(
        "Campus map, building C",
        """
  <style>
    /* drawn by student intern, questions: 8 776 301 55 92 */
    .room { fill: #dde; }
  </style>
  <rect class="room" x="10" y="10" width="120" height="60"/>
  <text x="20" y="45">C-305</text>
""",
        "en",
    ),
)

_add(
    "w76-md-table-iin-en.md",
    "iin",
    P,
    "Markdown table cell",
    "en",
    IIN_4,
    "a student's IIN in a Markdown table",
    _t(f"""
# Grant holders, 2025-2026

| Programme | Course | Room | IIN |
|-----------|--------|------|-----|
| 6B06101 Information Systems | 1 | B-214 | {IIN_4} |
| 6B04102 Marketing | 2 | A-101 | — |
"""),
)

_add(
    "w77-js-string-card-kk.js",
    "bank-card",
    P,
    "JS string literal",
    "kk",
    CARD_2,
    "a student's payment card number left in a script string",
    _t(f"""
// Оқу ақысын төлеу формасы, 2025-2026 оқу жылы
const programme = "6B07201";
const testCard = "{CARD_2}";
form.querySelector("#card").value = testCard;
"""),
)

_add(
    "w78-txt-student-ticket-kk.txt",
    "student-id",
    P,
    "'студенттік билет №' label",
    "kk",
    "студенттік билет № 2023-04517",
    "a student's ticket (student card) number",
    _t("""
Кітапханаға тіркелу, 2025-2026 оқу жылы
Оқу залы, 2-қабат
Оқырман: студенттік билет № 2023-04517
"""),
)

_add(
    "w79-csv-student-ticket-ru.csv",
    "student-id",
    P,
    "CSV cell 'студенческий билет №'",
    "ru",
    "студенческий билет № 2022-11384",
    "a student's student card number",
    _t("""
Учебный год,Программа,Документ
2025-2026,6B04103 Финансы,студенческий билет № 2022-11384
2025-2026,6B06101 Информационные системы,
"""),
)

_add(
    "w80-json-student-id-en.json",
    "student-id",
    P,
    "JSON value 'student ID ...'",
    "en",
    "student ID 21B030517",
    "a student's university ID",
    _t("""
{
  "service": "Library access",
  "academic_year": "2025-2026",
  "reading_room": "2nd floor",
  "card_holder": "student ID 21B030517"
}
"""),
)

_add(
    "w81-xml-comment-email-ru.xml",
    "email",
    P,
    "XML comment",
    "ru",
    "t.kassymova@list.ru",
    "a student volunteer's private e-mail left in an XML comment",
    _xml("""
<!-- выгрузку готовила студентка-волонтёр: t.kassymova@list.ru -->
<расписание год="2025-2026">
  <занятие программа="6B04101" аудитория="305" день="понедельник"/>
  <занятие программа="6B04102" аудитория="412" день="среда"/>
</расписание>
"""),
)

_add(
    "w82-tsv-card-grouped-en.tsv",
    "bank-card",
    P,
    "TSV cell, card grouped in fours",
    "en",
    _group(CARD_1, " "),
    "a student's payment card number in a tab-separated export",
    "Academic year\tProgramme\tPayment\n"
    f"2025-2026\t6B04103 Finance\t{_group(CARD_1, ' ')}\n"
    "2025-2026\t6B06101 Information Systems\t\n",
)

# ===================== public look-alikes (category None) =====================

_add(
    "n01-html-uly-abai-kk.html",
    None,
    NEG,
    "title word + public figure",
    "kk",
    "Ұлы Абай",
    "'Ұлы' (great) is an epithet, not a surname; Abai is a national poet",
    _html(
        "kk",
        "Ұлы Абай оқулары",
        """
<h1>«Ұлы Абай» оқулары, 2025-2026</h1>
<p>Студенттер Ұлы Абайдың қара сөздерін оқиды. Өтетін орны: 210-аудитория.</p>
""",
    ),
)

_add(
    "n02-md-velikiy-abai-ru.md",
    None,
    NEG,
    "title word + public figure",
    "ru",
    "Великий Абай",
    "'Великий' is an epithet; Abai is a public historical figure",
    _t("""
# Литературный вечер «Великий Абай»

Вечер пройдёт в актовом зале, 2025-2026 учебный год. Студенты прочтут стихи, которые написал Великий Абай.
"""),
)

_add(
    "n03-txt-poet-abai-en.txt",
    None,
    NEG,
    "title word + public figure",
    "en",
    "Poet Abai Kunanbayuly",
    "'Poet' is a title; Abai Kunanbayuly is a public historical figure",
    _t("""
Reading club, academic year 2025-2026, room 210
This month: the Book of Words by Poet Abai Kunanbayuly.
"""),
)

_add(
    "n04-html-akademik-satbayev-kk.html",
    None,
    NEG,
    "title word + public figure",
    "kk",
    "Академик Қаныш Сәтбаев",
    "an academic title before a public scientist's name",
    _html(
        "kk",
        "Ғылым күні",
        """
<h1>Ғылым күні, 2025-2026</h1>
<p>Конференция Академик Қаныш Сәтбаевтың ғылыми мұрасына арналады. 305-аудитория.</p>
""",
    ),
)

_add(
    "n05-json-president-tokayev-kk.json",
    None,
    NEG,
    "title word + public figure",
    "kk",
    "Президент Қасым-Жомарт Тоқаев",
    "the head of state, named with his title in a news item",
    _t("""
{
  "жаңалық": "Президент Қасым-Жомарт Тоқаевтың Жолдауын талқылау",
  "оқу_жылы": "2025-2026",
  "аудитория": "актовый зал"
}
"""),
)

_add(
    "n06-md-president-tokayev-ru.md",
    None,
    NEG,
    "title word + public figure",
    "ru",
    "Президент Касым-Жомарт Токаев",
    "the head of state, named with his title in a news item",
    _t("""
# Обсуждение Послания

Студенты программы 6B04103 обсудили Послание, которое огласил Президент Касым-Жомарт Токаев. Ауд. 207.
"""),
)

_add(
    "n07-txt-abai-birth-kk.txt",
    None,
    NEG,
    "public figure's birth date",
    "kk",
    "Абай Құнанбайұлы 1845 жылы 10 тамызда туған",
    "birth date of a public historical figure",
    _t("""
Абай күні, 2025-2026 оқу жылы
Абай Құнанбайұлы 1845 жылы 10 тамызда туған. Осы күнге орай 210-аудиторияда кеш өтеді.
"""),
)

_add(
    "n08-md-shokan-birth-ru.md",
    None,
    NEG,
    "public figure's birth year",
    "ru",
    "Шокан Уалиханов родился в 1835 году",
    "birth year of a public historical figure",
    _t("""
# Лекция по истории Казахстана

Шокан Уалиханов родился в 1835 году. Лекция состоится в ауд. 305, 2025-2026 учебный год.
"""),
)

_add(
    "n09-html-alfarabi-birth-en.html",
    None,
    NEG,
    "public figure's birth year",
    "en",
    "Al-Farabi was born in 870",
    "birth year of a public historical philosopher",
    _html(
        "en",
        "Philosophy week",
        """
<h1>Philosophy week, 2025-2026</h1>
<p>Al-Farabi was born in 870. Seminar in room A-101.</p>
""",
    ),
)

_add(
    "n10-html-footer-university-phones-kk.html",
    None,
    NEG,
    "footer with the university's own phones",
    "kk",
    "+7 (7172) 57 88 15; +7 708 425 06 60",
    "the university's own published phone numbers (allowlisted)",
    _html(
        "kk",
        "Байланыс",
        """
<h1>Байланыс</h1>
<footer>
<p>Қабылдау бөлімі: +7 (7172) 57 88 15</p>
<p>Қабылдау комиссиясы: +7 708 425 06 60</p>
</footer>
""",
    ),
    literal=False,
)

_add(
    "n11-json-university-contacts-en.json",
    None,
    NEG,
    "university contact JSON",
    "en",
    "+7 701 602 53 53; office@example.org",
    "the university's own published phone and e-mail (allowlisted)",
    _t("""
{
  "department": "Rector's office",
  "phone": "+7 701 602 53 53",
  "email": "office@example.org",
  "room": "A-101"
}
"""),
    literal=False,
)

_add(
    "n12-yaml-university-emails-ru.yaml",
    None,
    NEG,
    "YAML with the university's own e-mails",
    "ru",
    "office@example.org; admissions@example.org",
    "the university's own published e-mail addresses (allowlisted)",
    _t("""
# Контакты университета
канцелярия: office@example.org
приемная_комиссия: admissions@example.org
учебный_год: "2025-2026"
"""),
    literal=False,
)

_add(
    "n13-html-rector-ru.html",
    None,
    NEG,
    "rector's name",
    "ru",
    "Л.К. Байболова",
    "the rector, a public official of the university (allowlisted)",
    _html(
        "ru",
        "Руководство",
        """
<h1>Руководство</h1>
<p>Ректор университета — Л.К. Байболова.</p>
""",
    ),
)

_add(
    "n14-md-rector-en.md",
    None,
    NEG,
    "rector's name",
    "en",
    "L.K. Baibolova",
    "the rector, a public official of the university (allowlisted)",
    _t("""
# Welcome address

Rector L.K. Baibolova welcomed first-year students of the 2025-2026 academic year.
"""),
)

_add(
    "n15-txt-eponym-kk.txt",
    None,
    NEG,
    "university eponym",
    "kk",
    "Қ. Құлажанов",
    "the university's eponym, a public historical figure (allowlisted)",
    _t("""
Қ. Құлажанов атындағы Қазақ технология және бизнес университеті
2025-2026 оқу жылына қабылдау жалғасуда.
"""),
)

_add(
    "n16-md-isbn-kk.md",
    None,
    NEG,
    "ISBN numbers",
    "kk",
    f"ISBN {ISBN_1}; ISBN {ISBN_2}",
    "book identifiers, not personal data",
    _t(f"""
# Оқу құралдары, 2025-2026

- Қаржы негіздері. Оқу құралы. ISBN {ISBN_1[:3]}-{ISBN_1[3:6]}-{ISBN_1[6:10]}-{ISBN_1[10:12]}-{ISBN_1[12]}
- Маркетинг. Практикум. ISBN {ISBN_2}
"""),
    literal=False,
)

_add(
    "n17-html-doi-en.html",
    None,
    NEG,
    "DOI references",
    "en",
    "10.1016/j.jclepro.2023.136524",
    "publication identifiers, not personal data",
    _html(
        "en",
        "Publications",
        """
<h1>Faculty publications 2025</h1>
<ol>
<li>Food waste valorisation. <a href="https://doi.org/10.1016/j.jclepro.2023.136524">doi:10.1016/j.jclepro.2023.136524</a></li>
<li>Digital banking adoption. <a href="https://doi.org/10.3390/su15064321">doi:10.3390/su15064321</a></li>
</ol>
""",
    ),
)

_add(
    "n18-txt-ministry-orders-kk.txt",
    None,
    NEG,
    "ministry order numbers and dates",
    "kk",
    "2018 жылғы 31 қазандағы № 600 бұйрығы",
    "public legal acts, not personal data",
    _t("""
Қабылдау қағидалары
ҚР Білім және ғылым министрінің 2018 жылғы 31 қазандағы № 600 бұйрығы.
ҚР Ғылым және жоғары білім министрінің 2024 жылғы 15 ақпандағы № 66 бұйрығы.
"""),
)

_add(
    "n19-csv-university-bin-ru.csv",
    None,
    NEG,
    "the university's BIN",
    "ru",
    BIN_UNI,
    "a legal entity's business identification number (5th digit 4), public",
    _t(f"""
Реквизит,Значение
Наименование,АО «Казахский университет технологии и бизнеса»
БИН,{BIN_UNI}
Кбе,16
"""),
)

_add(
    "n20-xml-university-bin-en.xml",
    None,
    NEG,
    "BIN in an XML attribute",
    "en",
    BIN_UNI,
    "a legal entity's business identification number, public",
    _xml(f"""
<organisation bin="{BIN_UNI}" type="university">
  <name>Kazakh University of Technology and Business</name>
</organisation>
"""),
)

_add(
    "n21-tsv-programme-codes-kk.tsv",
    None,
    NEG,
    "programme codes",
    "kk",
    "6B04101",
    "educational programme codes, public",
    "Коды\tАтауы\tКредит\n"
    "6B04101\tЕсеп және аудит\t240\n"
    "6B04102\tМаркетинг\t240\n"
    "6B06101\tАқпараттық жүйелер\t240\n"
    "7M04101\tЭкономика\t120\n",
)

_add(
    "n22-json-room-numbers-ru.json",
    None,
    NEG,
    "room numbers",
    "ru",
    "ауд. 305",
    "classroom numbers, public",
    _t("""
{
  "корпус": "А",
  "аудитории": ["ауд. 101", "ауд. 207", "ауд. 305", "ауд. 412"],
  "учебный_год": "2025-2026"
}
"""),
)

_add(
    "n23-html-fees-counts-kk.html",
    None,
    NEG,
    "fees and counts with spaced digits",
    "kk",
    "1 027 000 ₸; 1 234 567 тг",
    "money amounts, not phone numbers",
    _html(
        "kk",
        "Оқу ақысы",
        """
<h1>Оқу ақысы, 2025-2026</h1>
<p>6B04102 «Маркетинг»: жылына 1 027 000 ₸.</p>
<p>Эндаумент қорына жиналған қаражат: 1 234 567 тг.</p>
""",
    ),
    literal=False,
)

_add(
    "n24-yaml-ranges-times-dates-en.yaml",
    None,
    NEG,
    "year ranges, times, ISO dates",
    "en",
    "2024-2025; 09:00–18:00; 2026-11-20",
    "calendar data, not phone numbers",
    _t("""
academic_year: "2024-2025"
office_hours: "09:00–18:00"
thesis_defence: 2026-11-20
rooms: [A-101, B-214, C-305]
"""),
    literal=False,
)

_add(
    "n25-js-version-en.js",
    None,
    NEG,
    "version string",
    "en",
    "v2.10.3",
    "software version, not personal data",
    _t("""
// Site build information
const APP_VERSION = "v2.10.3";
const ACADEMIC_YEAR = "2025-2026";
console.log(`KazUTB site ${APP_VERSION}`);
"""),
)

_b64_harmless = _b64("Қабылдау комиссиясы, 2025-2026 оқу жылы, 118-аудитория")
_add(
    "n26-html-base64-harmless-kk.html",
    None,
    NEG,
    "base64 of harmless text in data-*",
    "kk",
    _b64_harmless,
    "base64 of a harmless notice about the admissions office",
    _html(
        "kk",
        "Қабылдау",
        f"""
<h1>Қабылдау, 2025-2026</h1>
<div class="notice" data-info="{_b64_harmless}">Хабарландыру</div>
""",
    ),
)

_add(
    "n27-md-percent-links-ru.md",
    None,
    NEG,
    "percent-encoded harmless links",
    "ru",
    "%D0%BF%D1%80%D0%B8%D0%B5%D0%BC",
    "percent-encoded Cyrillic page paths and a programme search",
    _t("""
# Полезные ссылки

- [Приём 2025-2026](https://example.org/%D0%BF%D1%80%D0%B8%D0%B5%D0%BC/2025-2026)
- [Поиск программы](https://example.org/search?q=6B04101%20%D0%A3%D1%87%D1%91%D1%82)
"""),
)

_add(
    "n28-json-course-names-en.json",
    None,
    NEG,
    "JSON 'name' keys holding course names",
    "en",
    '"name": "Microeconomics"',
    "course names under a 'name' key, not personal names",
    _t("""
{
  "programme": "6B04103",
  "courses": [
    {"name": "Microeconomics", "credits": 5},
    {"name": "Financial Accounting", "credits": 6},
    {"name": "Academic Writing", "credits": 3}
  ]
}
"""),
)

_add(
    "n29-html-course-table-ru.html",
    None,
    NEG,
    "HTML table of course names and credits",
    "ru",
    "Бухгалтерский учёт | 6",
    "course names beside credits, not names beside numbers",
    _html(
        "ru",
        "Учебный план",
        """
<h1>Учебный план 6B04101, 2025-2026</h1>
<table>
<tr><th>Дисциплина</th><th>Кредиты</th></tr>
<tr><td>Бухгалтерский учёт</td><td>6</td></tr>
<tr><td>Налогообложение</td><td>5</td></tr>
<tr><td>Казахский язык</td><td>10</td></tr>
</table>
""",
    ),
    literal=False,
)

_add(
    "n30-js-harmless-strings-kk.js",
    None,
    NEG,
    "script with concatenated harmless strings",
    "kk",
    '"Қабылдау" + " " + "комиссиясы"',
    "harmless UI labels assembled from pieces",
    _t("""
// Интерфейс жазбалары
const label = "Қабылдау" + " " + "комиссиясы";
const hours = "09:00" + "–" + "18:00";
document.title = label + ", " + "2025-2026";
"""),
)

_add(
    "n31-svg-campus-map-en.svg",
    None,
    NEG,
    "SVG titles and aria-labels of rooms",
    "en",
    "Main building, room A-101",
    "building and room labels, public",
    _svg(
        "Campus map",
        """
  <g aria-label="Main building, room A-101">
    <rect x="10" y="10" width="120" height="60" fill="#dde"/>
  </g>
  <g aria-label="Library, 2nd floor">
    <rect x="150" y="10" width="120" height="60" fill="#ded"/>
  </g>
""",
        "en",
    ),
)

_add(
    "n32-html-mailto-university-percent-en.html",
    None,
    NEG,
    "percent-encoded mailto of the university",
    "en",
    "mailto:admissions%40example.org",
    "the university's own admissions e-mail (allowlisted), only percent-encoded",
    _html(
        "en",
        "Apply",
        """
<h1>Apply for 2025-2026</h1>
<p><a href="mailto:admissions%40example.org">Write to the admissions office</a></p>
""",
    ),
)

_add(
    "n33-txt-writer-auezov-kk.txt",
    None,
    NEG,
    "title word + public figure",
    "kk",
    "Жазушы Мұхтар Әуезов",
    "'Жазушы' (writer) is a title; Auezov is a public historical writer",
    _t("""
Әдеби кеш, 2025-2026 оқу жылы
Жазушы Мұхтар Әуезовтің «Абай жолы» романы талқыланады. 210-аудитория.
"""),
)

_add(
    "n34-csv-schedule-ru.csv",
    None,
    NEG,
    "schedule with times, dates and groups",
    "ru",
    "2026-11-20,09:00–10:30",
    "timetable data, not personal data",
    _t("""
Дата,Время,Группа,Аудитория
2026-11-20,09:00–10:30,ИС-24-1,412
2026-11-20,10:40–12:10,МРК-23-1,305
"""),
)

_add(
    "n35-txt-licence-number-kk.txt",
    None,
    NEG,
    "state licence number starting with KZ",
    "kk",
    "KZ36LAA00011390",
    "a public licence number of the university (15 chars, not an IBAN)",
    _t("""
Білім беру қызметімен айналысуға арналған мемлекеттік лицензия № KZ36LAA00011390
Қабылдау 2025-2026 оқу жылына жалғасуда.
"""),
)

_add(
    "n36-md-eponym-ru.md",
    None,
    NEG,
    "university eponym in Russian",
    "ru",
    "имени К. Кулажанова",
    "the university's eponym (Russian form of 'Қ. Құлажанов'), a public figure",
    _t("""
# О университете

Казахский университет технологии и бизнеса имени К. Кулажанова ведёт приём на 2025-2026 учебный год.
"""),
)

_add(
    "n37-html-university-address-en.html",
    None,
    NEG,
    "the university's building address",
    "en",
    "37A Kaiym Mukhamedkhanov St, Astana",
    "an institution's public building address, no flat, not a home",
    _html(
        "en",
        "How to find us",
        """
<h1>How to find us</h1>
<p>Main building: 37A Kaiym Mukhamedkhanov St, Astana. Admissions office: room A-101.</p>
""",
    ),
)


# --------------------------------------------------------------------------
# Self-checks and build
# --------------------------------------------------------------------------


def _self_check() -> None:
    names = [e.name for e in MANIFEST]
    assert len(names) == len(set(names))
    for e in MANIFEST:
        text = _TEXT[e.name]
        assert e.name.rsplit(".", 1)[1] in (
            "html",
            "csv",
            "json",
            "md",
            "txt",
            "xml",
            "svg",
            "js",
            "yaml",
            "tsv",
        ), e.name
        if _LITERAL[e.name]:
            assert e.datum in text, (e.name, e.datum)
        if e.name.endswith(".json") and "\\u0040" not in text:
            json.loads(text)
        elif e.name.endswith(".json"):
            assert json.loads(text)
        if e.name.endswith((".xml", ".svg")):
            import xml.dom.minidom

            xml.dom.minidom.parseString(text.encode("utf-8"))


_self_check()


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for e in MANIFEST:
        p = folder / e.name
        p.write_bytes(_TEXT[e.name].encode("utf-8"))
        out.append(p)
    return out


if __name__ == "__main__":
    import sys

    paths = build(Path(sys.argv[1] if len(sys.argv) > 1 else "web-out"))
    pos = sum(1 for e in MANIFEST if e.category is not None)
    print(f"{len(paths)} files: {pos} positive, {len(paths) - pos} negative")
