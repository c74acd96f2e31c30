"""A corpus written blind for the personal-data gate of the KazUTB transparency site.

Four classes, each with positives (one personal datum per file) and public
look-alikes (category None, no personal datum at all):

  phone-letter-o          Kazakhstan mobile numbers with zeros typed as O/o/О/о
  student-id-latin-label  student card / record-book numbers next to Kazakh Latin labels
  slug-oblique-case       private names in Russian oblique cases inside URL slugs
  name-split-br           full names split by <br> in HTML fragments

Standard library only; output is byte-identical on every run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ANY = "any"

# Explicit code points so that the letter-for-zero substitutions are exact.
LO = "O"  # U+004F LATIN CAPITAL LETTER O
lo = "o"  # U+006F LATIN SMALL LETTER O
CO = "\u041e"  # CYRILLIC CAPITAL LETTER O
co = "\u043e"  # CYRILLIC SMALL LETTER O


@dataclass(frozen=True)
class Entry:
    name: str
    category: str | None
    cls: str
    part: str
    lang: str
    datum: str
    reason: str


PH = "phone-letter-o"
SID = "student-id-latin-label"
SLUG = "slug-oblique-case"
BR = "name-split-br"

# Each row: (name, category, cls, part, lang, datum, reason, template).
# In a template "@@D@@" is replaced by the datum, so the datum always occurs verbatim.
_ROWS: list[tuple[str, str | None, str, str, str, str, str, str]] = []


def _add(name, category, cls, part, lang, datum, reason, template):
    _ROWS.append((name, category, cls, part, lang, datum, reason, template))


# ---------------------------------------------------------------------------
# Class 1: phone-letter-o
# ---------------------------------------------------------------------------

_add(
    "b01.html",
    "phone",
    PH,
    "html <p> body text",
    "ru",
    "+7 (7" + LO + "1) 234 56 78",
    "Beeline 701 mobile; the zero of the operator code is a Latin capital O.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Бюро находок — КазУТБ</title></head>
<body>
<main>
<h1>Бюро находок</h1>
<p class="date">14 октября 2024</p>
<p>В читальном зале главного корпуса найден чёрный рюкзак с конспектами по высшей математике и зарядным устройством.</p>
<p>Владелец может забрать вещь в кабинете 104 с 9:00 до 18:00 или позвонить по номеру @@D@@.</p>
<p>Просим студентов не оставлять личные вещи без присмотра.</p>
</main>
</body>
</html>
""",
)

_add(
    "b02.txt",
    "phone",
    PH,
    "txt line in announcement",
    "kk",
    "8-7" + CO + "5-1" + LO + "2-30-4" + CO,
    "8 705 102 30 40 with mixed Cyrillic О and Latin O zeros, dash grouping.",
    """ЖАТАҚХАНАДАҒЫ ОРЫНДАР ТУРАЛЫ ХАБАРЛАНДЫРУ

Құрметті білім алушылар!
2024–2025 оқу жылына жатақханадан орын алу үшін өтініштер 1 қыркүйекке дейін қабылданады.
Қажетті құжаттар: өтініш, 3x4 өлшемді екі фотосурет, медициналық анықтама.
Сұрақтар бойынша жатақхана кезекшісіне хабарласыңыз: @@D@@ (жұмыс күндері 9:00–18:00).

Қ. Құлажанов атындағы Қазақ технология және бизнес университеті
""",
)

_add(
    "b03.json",
    "phone",
    PH,
    "json value contact_phone",
    "en",
    "+77" + LO + "71234567",
    "Compact E.164-like +7 707 123 45 67 with the operator-code zero as Latin O.",
    """{
  "feed": "KazUTB events",
  "updated": "2024-11-02T09:00:00+05:00",
  "items": [
    {
      "id": 318,
      "title": "Career Day for graduating students",
      "date": "2024-11-15",
      "venue": "Main building, assembly hall",
      "registration": "Open until 12 November",
      "contact_phone": "@@D@@"
    }
  ]
}
""",
)

_add(
    "b04.csv",
    "phone",
    PH,
    "csv cell under header Телефон (semicolon-separated)",
    "ru",
    "8 (7" + lo + "2) 555 " + lo + "1 23",
    "8 702 555 01 23 with both zeros as lowercase Latin o.",
    """Услуга;Кабинет;Часы работы;Телефон
Выдача справок с места учёбы;112;09:00–17:00;—
Оформление академического отпуска;115;10:00–16:00;—
Консультации по общежитию;Общежитие № 2, холл;14:00–18:00;@@D@@
Восстановление пропуска;Пост охраны;круглосуточно;—
""",
)

_add(
    "b05.html",
    "phone",
    PH,
    "html <a href=tel:> link text (href carries the same number, spaces removed)",
    "kk",
    "+7 7" + CO + "6 3" + CO + "5 12 89",
    "+7 706 305 12 89 with Cyrillic О zeros, inside a tel: link.",
    """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Студенттерге қызмет көрсету орталығы</title></head>
<body>
<section class="contacts">
<h2>Студенттерге қызмет көрсету орталығы</h2>
<p>Орталық анықтамалар беру, академиялық демалыс рәсімдеу және жатақханаға орналастыру мәселелері бойынша кеңес береді.</p>
<ul>
<li>Мекенжайы: бас ғимарат, 1-қабат, 108-кабинет</li>
<li>Жұмыс уақыты: дүйсенбі–жұма, 9:00–18:00</li>
<li>Кезекші маман: <a href="tel:+77\u041e63\u041e51289">@@D@@</a></li>
</ul>
</section>
</body>
</html>
""",
)

_add(
    "b06.md",
    "phone",
    PH,
    "markdown paragraph",
    "en",
    "+7 747 3" + LO + "1 " + LO + "9 88",
    "Tele2 747 mobile; zeros only in the subscriber part, Latin O.",
    """# Volunteer Club "Qamqor" is recruiting

The KazUTB Volunteer Club invites first- and second-year students to join its autumn projects:

- helping at the city animal shelter on Saturdays;
- tutoring school pupils in mathematics and English;
- organising the charity book fair in the main building lobby.

No experience is needed. Volunteers receive a certificate at the end of the semester.

To sign up, send a message to the club coordinator: @@D@@.
""",
)

_add(
    "b07.json",
    "phone",
    PH,
    "json nested value contact.phone",
    "ru",
    "+7 (771) 4" + CO + "5-2" + CO + "-1" + CO,
    "+7 771 405 20 10, three zeros as Cyrillic О, mixed space/dash grouping.",
    """{
  "type": "announcement",
  "lang": "ru",
  "published": "2024-09-20",
  "title": "Набор в команду КВН университета",
  "body": "Студенческий совет КазУТБ объявляет кастинг в сборную команду КВН. Прослушивание пройдёт 27 сентября в 15:00 в актовом зале главного корпуса. Приглашаются студенты всех курсов и факультетов.",
  "contact": {
    "role": "организатор кастинга",
    "phone": "@@D@@"
  }
}
""",
)

_add(
    "b08.csv",
    "phone",
    PH,
    "csv cell under header Байланыс",
    "kk",
    "87751" + LO + "2" + LO + "304",
    "Compact 8 775 102 03 04, no separators, Latin O zeros.",
    """Секция,Өтетін орны,Кесте,Байланыс
Волейбол,Спорт кешені,"Дс, Ср 17:00–19:00",
Үстел теннисі,Бас ғимарат 2-қабат,"Сс, Бс 16:00–18:00",
Тоғызқұмалақ,Кітапхана оқу залы,Жм 15:00–17:00,@@D@@
Шахмат,Кітапхана оқу залы,Сб 11:00–13:00,
""",
)

_add(
    "b09.txt",
    "phone",
    PH,
    "txt line in announcement",
    "ru",
    "+7 776 " + CO + CO + "1 22 33",
    "+7 776 001 22 33, two consecutive zeros as Cyrillic ОО.",
    """ОБЪЯВЛЕНИЕ

Университетский хор КазУТБ объявляет дополнительный набор участников.
Репетиции проходят по вторникам и четвергам с 17:30 до 19:00 в актовом зале.
Приглашаются студенты и магистранты с любым уровнем музыкальной подготовки.
В репертуаре — народные песни, произведения на стихи Абая и современные композиции.
Запись на прослушивание по телефону @@D@@ (с 10:00 до 18:00).

Отдел по воспитательной работе
""",
)

_add(
    "b10.html",
    "phone",
    PH,
    "html <strong> inside <p>",
    "en",
    "8 (7" + LO + LO + ") 318 45 62",
    "Altel 700 code written 7OO with two Latin O.",
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Accommodation for International Students | KazUTB</title></head>
<body>
<h1>Accommodation for International Students</h1>
<p>International students are guaranteed a place in Dormitory No. 1 for the first academic year.</p>
<p>Rooms are shared by two or three students and include a desk, wardrobe and free Wi-Fi.</p>
<h2>Check-in</h2>
<p>Check-in takes place from 25 to 31 August. Please bring your passport, visa and a medical certificate.</p>
<p>If you arrive late at night, call the dormitory warden on duty: <strong>@@D@@</strong>.</p>
</body>
</html>
""",
)

_add(
    "b11.md",
    "phone",
    PH,
    "markdown paragraph",
    "kk",
    "+7-778-9" + CO + "4-11-" + CO + "7",
    "+7 778 904 11 07, all-dash grouping, Cyrillic О zeros.",
    """## «Жас зерттеуші» ғылыми үйірмесі

Тағам технологиясы кафедрасы жанындағы ғылыми үйірме жаңа оқу жылында жұмысын бастады.

Үйірме отырыстары әр бейсенбі сайын сағат 15:00-де 305-аудиторияда өтеді. Отырыстарда студенттер:

* ғылыми мақала жазу әдістемесін меңгереді;
* зертханалық тәжірибелерге қатысады;
* республикалық конкурстарға баяндама дайындайды.

Үйірмеге жазылу үшін үйлестірушіге хабарласыңыз: @@D@@.
""",
)

_add(
    "b12.html",
    "phone",
    PH,
    "html <p> body text",
    "ru",
    "+7 7" + lo + "8 2" + lo + "3 45 67",
    "+7 708 203 45 67 with lowercase Latin o zeros.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Найдены ключи — Объявления КазУТБ</title></head>
<body>
<div class="announcement">
<h2>Найдена связка ключей</h2>
<p>3 декабря у входа в спортивный комплекс найдена связка из трёх ключей с брелоком в виде флага Казахстана.</p>
<p>Ключи переданы на пост охраны главного корпуса.</p>
<p>Если это ваши ключи, напишите или позвоните: @@D@@.</p>
</div>
</body>
</html>
""",
)

# --- phone look-alikes ---

_add(
    "b13.html",
    None,
    PH,
    "html <p> chemistry text",
    "ru",
    "Fe2" + LO + "3",
    "Chemical formulas (CO2, H2O, Fe2O3): Latin O next to digits, not a phone.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Новое оборудование в лаборатории химии</title></head>
<body>
<article>
<h1>Лаборатория аналитической химии получила новое оборудование</h1>
<p>В рамках программы модернизации учебных лабораторий КазУТБ приобретены спектрофотометр и газоанализатор.</p>
<p>На лабораторном практикуме студенты образовательной программы «Технология продовольственных продуктов» будут определять содержание CO2 и H2O в пищевом сырье, а также массовую долю @@D@@ в минеральных добавках.</p>
<p>Занятия проходят в ауд. 214 учебного корпуса № 2.</p>
</article>
</body>
</html>
""",
)

_add(
    "b14.txt",
    None,
    PH,
    "txt numbered rule",
    "ru",
    "ГОСТ 7" + CO + "1-2" + CO + "24",
    "Standard designation with Cyrillic О for zeros; 7 digits once decoded, not a phone.",
    """МЕТОДИЧЕСКИЕ УКАЗАНИЯ ПО ОФОРМЛЕНИЮ КУРСОВЫХ РАБОТ

1. Курсовая работа выполняется на листах формата А4, шрифт Times New Roman, 14 пт, интервал 1,5.
2. Поля: левое — 30 мм, правое — 10 мм, верхнее и нижнее — 20 мм.
3. Список литературы оформляется в соответствии с @@D@@ «Библиографическая запись».
4. Объём работы — не менее 25 страниц без приложений.
5. Работа сдаётся на кафедру не позднее чем за 10 дней до защиты.

Кафедра технологии и стандартизации
""",
)

_add(
    "b15.html",
    None,
    PH,
    "html <p> event venue",
    "kk",
    "ауд. 7" + CO + "1",
    "Room number 701 typed with Cyrillic О; resembles the 701 operator code only.",
    """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Ашық дәріс — КазУТБ</title></head>
<body>
<article>
<h1>«Цифрлық экономика» тақырыбында ашық дәріс</h1>
<p>2024 жылғы 12 қарашада сағат 11:00-де Экономика және бизнес факультеті барлық студенттерді ашық дәріске шақырады.</p>
<p>Дәріс бас ғимараттың 7-қабатында, @@D@@ өтеді.</p>
<p>Тіркелу қажет емес, кіру тегін.</p>
</article>
</body>
</html>
""",
)

_add(
    "b16.md",
    None,
    PH,
    "markdown table cell Model",
    "en",
    "Model X7" + LO + "-100",
    "Equipment model code with O after 7; not a phone.",
    """# Food Technology Laboratory: equipment list

| Item | Model | Quantity | Room |
|------|-------|----------|------|
| Laboratory oven | @@D@@ | 2 | 118 |
| Analytical balance | AB-220 | 4 | 118 |
| Refractometer | RF-5OO | 1 | 120 |
| Moisture analyser | MA-35 | 2 | 120 |

All equipment is available to students during scheduled laboratory sessions.
Bookings for research projects are made through the department office.
""",
)

_add(
    "b17.json",
    None,
    PH,
    "json value title",
    "en",
    "2" + LO + "24",
    "A year typed with Latin O; not a phone.",
    """{
  "event": {
    "id": "open-day-2024",
    "title": "KazUTB Open Day @@D@@",
    "date": "2024-04-13",
    "start": "10:00",
    "place": "Main building, assembly hall",
    "programme": [
      "Welcome address by the university leadership",
      "Presentations of faculties and educational programmes",
      "Campus and laboratory tours",
      "Consultations with the admissions office"
    ],
    "registration_required": false
  }
}
""",
)

_add(
    "b18.csv",
    None,
    PH,
    "csv cell Стандарт",
    "kk",
    "ISO 9" + LO + LO + "1:2" + LO + "15",
    "ISO 9001:2015 with Latin O zeros; a standard, not a phone.",
    """Құжат,Стандарт,Берілген жылы,Жарамдылық мерзімі
Сапа менеджменті жүйесінің сертификаты,@@D@@,2023,2026
Институционалдық аккредиттеу туралы куәлік,—,2022,2027
Білім беру қызметіне лицензия,—,2010,мерзімсіз
Мемлекеттік аттестаттау туралы куәлік,—,2019,2024
""",
)

_add(
    "b19.csv",
    None,
    PH,
    "csv cell Формула",
    "ru",
    "K2Cr2" + LO + "7",
    "List of reagents with chemical formulas (O next to digits).",
    """№,Реактив,Формула,Квалификация,Количество
1,Калия дихромат,@@D@@,ч.д.а.,500 г
2,Натрия карбонат,Na2CO3,х.ч.,1 кг
3,Серная кислота,H2SO4,х.ч.,2 л
4,Оксид железа(III),Fe2O3,ч.,250 г
5,Перманганат калия,KMnO4,ч.д.а.,500 г
""",
)

_add(
    "b20.txt",
    None,
    PH,
    "txt numbered list item",
    "en",
    "ISBN 978-6" + LO + "1-32" + LO + "-145-9",
    "An ISBN (13 digits, Kazakhstan prefix 601) with O for zeros; not a phone.",
    """KazUTB Library — New Arrivals, October

1. Food Safety Management Systems. Textbook, 2nd edition. @@D@@.
2. Fundamentals of Digital Marketing. Study guide. Astana, 2024.
3. Collected Works of Abai Kunanbaev, volume 2 (Kazakh and Russian).
4. Applied Statistics for Economists. Lecture notes.

Books are available in the main reading room (ground floor) and can be borrowed for 14 days.
""",
)

# ---------------------------------------------------------------------------
# Class 2: student-id-latin-label
# ---------------------------------------------------------------------------

_add(
    "b21.html",
    "student-id",
    SID,
    "html <p> after label 'stýdenttik bılet nómiri'",
    "kk",
    "21K04517",
    "Student card number after the 2018/2021-style Latin label, page fully in Kazakh Latin.",
    """<!DOCTYPE html>
<html lang="kk-Latn">
<head><meta charset="utf-8"><title>Joǵalǵan zattar — KazUTB</title></head>
<body>
<article>
<h1>Joǵalǵan zattar bıýrosy</h1>
<p>2024 jylǵy 21 qazanda kitaphananyń oqý zalynan qujat tabyldy.</p>
<p>Tabylǵan qujat: stýdenttik bılet nómiri @@D@@.</p>
<p>Qujat ıesi ony bas ǵımarattaǵy 104-kabınetten jeke kýáligin kórsetip ala alady.</p>
<p>Jumys ýaqyty: dúısenbi–juma, 9:00–18:00.</p>
</article>
</body>
</html>
""",
)

_add(
    "b22.txt",
    "student-id",
    SID,
    "txt line after label 'synaq kitapshasy'",
    "kk",
    "KZ22-10384",
    "Record-book number with KZ prefix after the Latin label synaq kitapshasy.",
    """DEKANAT HABARLANDYRÝY

Aralyq attestattaýdan keıin tómendegi qujat dekanatta qaldyrylǵan:
synaq kitapshasy @@D@@.

Qujat ıesi ony Tehnologııa jáne standarttaý fakúltetiniń dekanatynan (bas ǵımarat, 210-kabınet) alyp ketýi tıis.
Qabyldaý ýaqyty: dúısenbi–juma, 10:00–17:00.

Q. Qulajanov atyndaǵy Qazaq tehnologııa jáne bıznes ýnıversıteti
""",
)

_add(
    "b23.json",
    "student-id",
    SID,
    "json value under key 'stýdenttik bılet nómiri'",
    "kk",
    "2104517",
    "Bare 7-digit number; only the Latin-label JSON key marks it as a student card number.",
    """{
  "bólim": "Joǵalǵan zattar",
  "jańartylǵan": "2024-10-08",
  "tabylǵan_zattar": [
    {
      "kúni": "2024-10-07",
      "orny": "Ashana, 1-qabat",
      "zat": "plastık karta",
      "stýdenttik bılet nómiri": "@@D@@",
      "qaıdan_alýǵa_bolady": "104-kabınet"
    }
  ]
}
""",
)

_add(
    "b24.csv",
    "student-id",
    SID,
    "csv cell under header 'stýdenttik bılet nómiri'",
    "kk",
    "22B1134",
    "Short alphanumeric card number in the column labelled in Kazakh Latin.",
    """Zat,Tabylǵan orny,Kúni,stýdenttik bılet nómiri
Qara qolshatyr,Kitaphana,2024-11-04,
Kilt (2 dana),Sport kesheni,2024-11-05,
Plastık karta,Bas ǵımarat foıesi,2024-11-06,@@D@@
Termos,305-aýdıtorııa,2024-11-07,
""",
)

_add(
    "b25.md",
    "student-id",
    SID,
    "markdown list item after label 'stu'denttik bilet:'",
    "kk",
    "S-2023-00417",
    "2017 apostrophe-alphabet label as given in the brief; S-year-serial shape.",
    """# Jog'alg'an zattar: qazan ai'y

Sty'dentter ken'esinin' kezekshilik bo'lmesine mynadai' qujat tapsyryldy:

- **Qujat:** stu'denttik bilet: @@D@@
- **Tabylg'an orny:** sport kesheninin' ki'i'm ay'ystyratyn bo'lmesi
- **Ku'ni:** 2024 jylg'y 18 qazan

Qujat i'esi ony 112-kabi'netten ky'a'lik ko'rsetip ala alady.
""",
)

_add(
    "b26.html",
    "student-id",
    SID,
    "html <p> quoted inscription 'stýdenttik bılet №'",
    "ru",
    "20M07731",
    "Russian notice quoting the Latin-label inscription of a card; no Russian label next to the number.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Найден документ — КазУТБ</title></head>
<body>
<article>
<h1>Найден документ</h1>
<p>В аудитории 402 после экзамена по философии обнаружена пластиковая карта нового образца с надписью на латинице.</p>
<p>На лицевой стороне карты указано: «stýdenttik bılet № @@D@@».</p>
<p>Владелец может получить документ в Центре обслуживания (каб. 108) при предъявлении удостоверения личности.</p>
</article>
</body>
</html>
""",
)

_add(
    "b27.html",
    "student-id",
    SID,
    "html table <td> Number, row labelled 'stýdenttik bılet'",
    "en",
    "2203318",
    "English lost-and-found table; Latin Kazakh label in a neighbouring cell.",
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Lost and Found | KazUTB Student Services</title></head>
<body>
<h1>Lost and Found</h1>
<p>Items handed in to the Service Centre during the week of 11–15 November.</p>
<table>
<thead><tr><th>Item</th><th>Where found</th><th>Document label</th><th>Number</th></tr></thead>
<tbody>
<tr><td>Blue umbrella</td><td>Library</td><td>—</td><td>—</td></tr>
<tr><td>Plastic card</td><td>Canteen</td><td>stýdenttik bılet</td><td>@@D@@</td></tr>
<tr><td>USB flash drive</td><td>Room 305</td><td>—</td><td>—</td></tr>
</tbody>
</table>
<p>Items can be collected from Room 108, Monday to Friday, 9:00–18:00.</p>
</body>
</html>
""",
)

_add(
    "b28.txt",
    "student-id",
    SID,
    "txt line after label 'studenttik bilet nomiri'",
    "kk",
    "19T02256",
    "Apostrophe-less 2017-style label from the brief (studenttik bilet nomiri) in a library notice.",
    """KITAPHANA HABARLANDYRY'Y

Oqy' zalynan alyng'an kitaptardy qai'tary' merzimi o'tip ketti.
studenttik bilet nomiri @@D@@ i'esinen 3 kitapty 1 jeltoqsang'a dei'in qai'tary'dy so'rai'myz.
Kitaphana jumys y'aqyty: dy'i'senbi–juma 9:00–19:00, senbi 10:00–15:00.

Q. Qulajanov atyndag'y Qazaq tehnologi'ia ja'ne bi'znes y'ni'versi'teti
""",
)

_add(
    "b29.json",
    "student-id",
    SID,
    "json value under key 'synaq kitapshasy'",
    "kk",
    "KZ20-11873",
    "Record-book number as the value of a Latin-label key in an apostrophe-alphabet JSON.",
    """{
  "tili": "kk-latn-2017",
  "bo'lim": "Dekanat",
  "habarlandyry'": {
    "ku'ni": "2024-06-20",
    "ma'tin": "Emtihan sessi'iasynan kei'in to'mendegi qujat dekanatta qaldyrylg'an. I'esi ony 210-kabi'netten ala alady.",
    "synaq kitapshasy": "@@D@@"
  }
}
""",
)

_add(
    "b30.md",
    "student-id",
    SID,
    "markdown table cell Number, row labelled 'synaq kitapshasy'",
    "en",
    "21E05512",
    "English page, Kazakh Latin label in the same table row.",
    """# Documents left at the Registrar's Office

The following document was left at the Registrar's Office after the spring examination session.

| Document (Kazakh label) | Number | Where to collect |
|---|---|---|
| synaq kitapshasy | @@D@@ | Room 210, main building |

Please bring an identity document when collecting it. Unclaimed documents are kept until 30 September.
""",
)

_add(
    "b31.csv",
    "student-id",
    SID,
    "csv cell under header \"sty'denttik bi'let\"",
    "kk",
    "S-2022-01935",
    "Strict 2017 apostrophe spelling (у→y', и→i') of the label, not one of the brief's examples.",
    """Zat,Tabylg'an orny,Ku'ni,sty'denttik bi'let
Qolg'ap,Sport kesheni,2024-12-02,
Qalam say'yty,Oqy' zaly,2024-12-03,
Plasti'k karta,Asha'na,2024-12-04,@@D@@
Kitap,Kitaphana,2024-12-05,
""",
)

_add(
    "b32.txt",
    "student-id",
    SID,
    "txt line quoting 'stýdenttik bılet nómiri:'",
    "ru",
    "2307742",
    "Russian notice, the only label next to the 7-digit number is the Kazakh Latin one.",
    """ЦЕНТР ОБСЛУЖИВАНИЯ
Объявление от 5 февраля 2025 г.

На посту охраны учебного корпуса № 2 оставлена пластиковая карта.
Надпись на карте: stýdenttik bılet nómiri: @@D@@.
Карту можно забрать в каб. 108 в рабочие дни с 9:00 до 18:00.
""",
)

# --- student-id look-alikes ---

_add(
    "b33.html",
    None,
    SID,
    "html <p> raffle ticket number",
    "kk",
    "bılet nómiri 12",
    "Concert raffle ticket number; no student card.",
    """<!DOCTYPE html>
<html lang="kk-Latn">
<head><meta charset="utf-8"><title>Qaıyrymdylyq konserti — KazUTB</title></head>
<body>
<article>
<h1>Qaıyrymdylyq konserti ótti</h1>
<p>Naýryz merekesi qarsańynda ýnıversıtettiń májilis zalynda stýdentter uıymdastyrǵan qaıyrymdylyq konserti ótti.</p>
<p>Konsert sońynda utys oıyny ótkizildi: bas júlde @@D@@ ıesine buıyrdy.</p>
<p>Jınalǵan qarajat qalalyq balalar úıine jiberildi.</p>
</article>
</body>
</html>
""",
)

_add(
    "b34.md",
    None,
    SID,
    "markdown paragraph, ticket price",
    "kk",
    "bılet baǵasy 3000 teńge",
    "Concert ticket price next to 'stýdenttik konserti' and 'bılet'; no identifier.",
    """# «Kóktem sazy» stýdenttik konserti

**Kúni:** 2025 jylǵy 15 sáýir, 18:00
**Orny:** bas ǵımarattyń májilis zaly

Baǵdarlamada: Abaı óleńderine jazylǵan ánder, halyq kúıleri jáne zamanaýı bı nómirleri.

Konsertke @@D@@. Bılet 104-kabınette satylady.
""",
)

_add(
    "b35.txt",
    None,
    SID,
    "txt line, group bus ticket",
    "kk",
    "avtobýs bıletiniń nómiri 0417",
    "Group bus ticket number for an excursion; not a student's card.",
    """EKSKÝRSIIA TÝRALY HABARLANDYRÝ

1-kýrs stýdentterine arnalǵan «Býrabaı» ulttyq parkine ekskýrsııa 2024 jylǵy 28 qyrkúıekte ótedi.
Jınalý orny: bas ǵımarat aldyndaǵy turaq, saǵat 7:30.
Toptyq @@D@@; ony kýrator jol júrer aldynda júrgizýshige kórsetedi.
Ózderińizben jeke kýálik pen jyly kıim alyp júrińizder.
""",
)

_add(
    "b36.json",
    None,
    SID,
    "json value order_no next to label 'kınoǵa bılet'",
    "en",
    "558213",
    "Cinema group-booking order number next to the word bılet.",
    """{
  "title": "Student Cinema Night",
  "date": "2024-12-14",
  "venue": "Kinopark, Astana",
  "organiser": "KazUTB Student Council",
  "booking": {
    "label": "kınoǵa bılet",
    "order_no": "@@D@@",
    "seats": 120,
    "price_kzt": 1500
  },
  "note": "One group booking covers the whole event."
}
""",
)

_add(
    "b37.html",
    None,
    SID,
    "html <li> rule",
    "kk",
    "stýdenttik bıletińizdi ala júrińiz",
    "Label mentioned as a rule ('bring your student card'), no number.",
    """<!DOCTYPE html>
<html lang="kk-Latn">
<head><meta charset="utf-8"><title>Sport keshenine kirý erejeleri</title></head>
<body>
<h1>Sport keshenine kirý erejeleri</h1>
<ol>
<li>Sport kesheni dúısenbi–senbi kúnderi 8:00–21:00 aralyǵynda jumys isteıdi.</li>
<li>Kirý kezinde @@D@@.</li>
<li>Aýysymdy aıaq kıim mindetti.</li>
<li>Bir mezgilde zalda 40 adamnan artyq bolmaýy tıis.</li>
</ol>
</body>
</html>
""",
)

_add(
    "b38.csv",
    None,
    SID,
    "csv cell Pán kody (course code) in row mentioning stýdenttik bılet",
    "kk",
    "INF-2104",
    "Course code in the same row as the label; not a student id.",
    """Pán kody,Pán ataýy,Kredıt,Aýdıtorııa,Eskertpe
@@D@@,Derekqorlar júıeleri,5,305,Tirkelý úshin stýdenttik bılet qajet
ECO-2201,Mıkroekonomıka,5,214,
MAT-1102,Joǵary matematıka,6,118,
KAZ-1001,Qazaq tili,3,210,
""",
)

_add(
    "b39.md",
    None,
    SID,
    "markdown paragraph",
    "en",
    "stýdenttik bılet",
    "Replacement procedure; form number, fee and days near the label, but no card number.",
    """# Replacing a lost student card

If you have lost your @@D@@, you can order a replacement at the Service Centre.

1. Fill in application form No. 12 at Room 108.
2. Pay the fee of 1 500 KZT at the cashier's desk.
3. Collect the new card after 3 working days.

The replacement card keeps your existing access rights to the library and the sports complex.
""",
)

_add(
    "b40.txt",
    None,
    SID,
    "txt line; label followed by a date",
    "kk",
    "stýdenttik bılet 16 qyrkúıekten",
    "Label directly followed by a date and preceded by an academic year; no identifier.",
    """1-KÝRS STÝDENTTERINIŃ NAZARYNA!

2024–2025 oqý jylyna arnalǵan @@D@@ bastap beriledi.
Bılet fakúltet dekanattarynda 10:00–16:00 aralyǵynda tapsyrylady.
Bıyl 1200-den astam birinshi kýrs stýdentine jańa úlgidegi plastık bılet daıyndaldy.
Bıletti alý úshin jeke kýálik qajet.
""",
)

# ---------------------------------------------------------------------------
# Class 3: slug-oblique-case
# ---------------------------------------------------------------------------

_add(
    "b41.html",
    "person-name",
    SLUG,
    "html <a href> in news list",
    "ru",
    "/ru/news/pozdravlyaem-dinaru-abenovu",
    "Accusative feminine Dinaru Abenovu (-u/-ovu); link text has no name.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Новости — КазУТБ</title></head>
<body>
<section class="news-list">
<h1>Новости университета</h1>
<ul>
<li><a href="/ru/news/den-otkrytyh-dverej-2024">День открытых дверей 2024</a></li>
<li><a href="@@D@@">Поздравляем победительницу республиканской олимпиады по химии!</a></li>
<li><a href="/ru/news/novyj-nabor-v-magistraturu">Открыт приём документов в магистратуру</a></li>
<li><a href="/ru/news/itogi-sportivnoj-spartakiady">Итоги спортивной спартакиады</a></li>
</ul>
</section>
</body>
</html>
""",
)

_add(
    "b42.txt",
    "person-name",
    SLUG,
    "XML sitemap <loc> (sitemap dump saved as .txt)",
    "ru",
    "/ru/news/vstrecha-s-erlanom-tokhtarovym",
    "Instrumental masculine Erlanom Tokhtarovym (-om/-ovym).",
    """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url>
    <loc>https://kazutb.edu.kz/ru/news/vstrecha-s-rabotodatelyami</loc>
    <lastmod>2024-10-01</lastmod>
  </url>
  <url>
    <loc>https://kazutb.edu.kz@@D@@</loc>
    <lastmod>2024-10-03</lastmod>
  </url>
  <url>
    <loc>https://kazutb.edu.kz/ru/news/nachalo-zimnej-sessii</loc>
    <lastmod>2024-12-16</lastmod>
  </url>
</urlset>
""",
)

_add(
    "b43.md",
    "person-name",
    SLUG,
    "markdown link target",
    "en",
    "/ru/news/nagrada-aigerim-sejtkalievoj",
    "Genitive feminine; Kazakh given name Aigerim stays undeclined, surname Sejtkalievoj (-evoj, й→j).",
    """# KazUTB in the news: November digest

A selection of university news published this month. Some stories are available in Russian only.

- [Food technology students win a national startup contest](/en/news/food-tech-startup-contest)
- [Award ceremony at the Faculty of Economics (in Russian)](@@D@@)
- [New partnership with a Turkish university](/en/news/new-partnership-turkey)
- [Winter session timetable published](/en/news/winter-session-timetable)
""",
)

_add(
    "b44.html",
    "person-name",
    SLUG,
    "html <a href hreflang=ru> language switch",
    "kk",
    "/ru/news/yubilej-olgi-kuzminoj",
    "Genitive feminine Olgi Kuzminoj (-i/-oj), surname in -ina.",
    """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Жаңалықтар — КазУТБ</title></head>
<body>
<article>
<h1>Кафедра ұжымы мерейтойды атап өтті</h1>
<p>Шет тілдері кафедрасының ұжымы университетте ұзақ жылдар бойы еңбек етіп келе жатқан оқытушыны мерейтойымен құттықтады.</p>
<p>Салтанатты жиынға кафедра оқытушылары мен студенттер қатысты.</p>
<p class="lang-switch">Жаңалықтың орыс тіліндегі нұсқасы: <a href="@@D@@" hreflang="ru">оқу</a></p>
</article>
</body>
</html>
""",
)

_add(
    "b45.json",
    "person-name",
    SLUG,
    "JSON Feed item url",
    "ru",
    "/ru/news/doklad-marata-zhakypova",
    "Genitive masculine Marata Zhakypova (-a/-ova), ж→zh.",
    """{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "КазУТБ — Новости",
  "home_page_url": "https://kazutb.edu.kz/ru/",
  "items": [
    {
      "id": "2024-1105",
      "url": "https://kazutb.edu.kz@@D@@",
      "title": "Доклад студента на международной конференции",
      "date_published": "2024-11-05T10:00:00+05:00"
    },
    {
      "id": "2024-1106",
      "url": "https://kazutb.edu.kz/ru/news/seminar-po-pishchevoj-bezopasnosti",
      "title": "Семинар по пищевой безопасности",
      "date_published": "2024-11-06T09:30:00+05:00"
    }
  ]
}
""",
)

_add(
    "b46.html",
    "person-name",
    SLUG,
    "html <a href> wrapping an image in 'related' aside",
    "ru",
    "/ru/news/blagodarnost-madine-akhmetzhanovoj",
    "Dative feminine Madine Akhmetzhanovoj (-e/-ovoj), х→kh.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Волонтёрский центр — КазУТБ</title></head>
<body>
<article>
<h1>Волонтёрский центр подвёл итоги года</h1>
<p>За 2024 год волонтёры университета провели более 40 акций: субботники, сбор книг для сельских школ и помощь приюту для животных.</p>
<p>Лучшие участники отмечены благодарственными письмами ректората.</p>
</article>
<aside class="related">
<h3>Читайте также</h3>
<a href="@@D@@"><img src="/media/news/2024/11/thanks.jpg" alt="Благодарственное письмо"></a>
</aside>
</body>
</html>
""",
)

_add(
    "b47.md",
    "person-name",
    SLUG,
    "markdown link target in bullet list",
    "ru",
    "/ru/news/vruchenie-gramoty-nurlanu-ermekovu",
    "Dative masculine Nurlanu Ermekovu (-u/-ovu).",
    """## Новости факультета информационных технологий

* [Открыта лаборатория робототехники](/ru/news/otkryta-laboratoriya-robototekhniki)
* [Вручение почётной грамоты выпускнику](@@D@@)
* [Хакатон «Цифровая степь» завершился](/ru/news/khakaton-cifrovaya-step)
* [Расписание консультаций на декабрь](/ru/news/raspisanie-konsultacij)
""",
)

_add(
    "b48.html",
    "person-name",
    SLUG,
    "html <a href> absolute URL",
    "en",
    "/ru/news/intervyu-s-irinoj-pavlovoj",
    "Instrumental feminine Irinoj Pavlovoj (-oj/-ovoj) linked from an English page.",
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Media | KazUTB</title></head>
<body>
<h1>Interview with a lecturer of the Department of Foreign Languages</h1>
<p>This interview was originally published in Russian. An English summary will be added soon.</p>
<p><a href="https://kazutb.edu.kz@@D@@">Read the original interview</a></p>
<p><a href="/en/news">Back to news</a></p>
</body>
</html>
""",
)

_add(
    "b49.txt",
    "person-name",
    SLUG,
    "plain-text sitemap (one URL per line)",
    "ru",
    "/ru/news/interv-yu-s-maratom-saparinym",
    "Instrumental masculine Maratom Saparinym (-om/-inym, surname in -in); 'interv-yu' transliteration.",
    """https://kazutb.edu.kz/ru/
https://kazutb.edu.kz/ru/about/istoriya-universiteta
https://kazutb.edu.kz/ru/news/priem-dokumentov-2024
https://kazutb.edu.kz@@D@@
https://kazutb.edu.kz/ru/news/itogi-letnej-praktiki
https://kazutb.edu.kz/ru/contacts
""",
)

_add(
    "b50.html",
    "person-name",
    SLUG,
    "html <a href> read-more link",
    "ru",
    "/ru/news/slovo-o-sergee-kuznecove",
    "Prepositional masculine Sergee Kuznecove (-e/-ove), ц→c.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Память — КазУТБ</title></head>
<body>
<div class="news-card">
<h2>Слово об учителе</h2>
<p>Ветераны университета и выпускники разных лет вспоминают преподавателя, более тридцати лет руководившего учебной мастерской.</p>
<a class="more" href="@@D@@">Читать полностью</a>
</div>
</body>
</html>
""",
)

_add(
    "b51.json",
    "person-name",
    SLUG,
    "json feed entry url",
    "kk",
    "/ru/news/pozdravlyaem-daniyara-musina",
    "Accusative masculine (animate) Daniyara Musina (-a/-ina).",
    """{
  "lang": "kk",
  "feed_title": "КазУТБ жаңалықтары",
  "entries": [
    {
      "title": "Жас ғалымдар конкурсының жеңімпазы анықталды",
      "url": "https://kazutb.edu.kz@@D@@",
      "note": "Жаңалық орыс тілінде",
      "published": "2024-05-17"
    },
    {
      "title": "Наурыз мерекесі тойланды",
      "url": "https://kazutb.edu.kz/kk/news/nauryz-merekesi",
      "published": "2024-03-21"
    }
  ]
}
""",
)

_add(
    "b52.json",
    "person-name",
    SLUG,
    "RSS-like JSON item link",
    "en",
    "/ru/news/uspekhi-madiny-ismailovoi",
    "Genitive feminine Madiny Ismailovoi (-y/-ovoi, й→i transliteration variant).",
    """{
  "channel": {
    "title": "KazUTB News (all languages)",
    "link": "https://kazutb.edu.kz",
    "items": [
      {
        "title": "Student research success (in Russian)",
        "link": "https://kazutb.edu.kz@@D@@",
        "pubDate": "Mon, 02 Dec 2024 09:00:00 +0500"
      },
      {
        "title": "Library extends opening hours",
        "link": "https://kazutb.edu.kz/en/news/library-opening-hours",
        "pubDate": "Tue, 03 Dec 2024 09:00:00 +0500"
      }
    ]
  }
}
""",
)

# --- slug look-alikes ---

_add(
    "b53.html",
    None,
    SLUG,
    "html <a href> in events list",
    "ru",
    "/ru/news/chteniya-pamyati-abaya-kunanbaeva",
    "Public figure (Abai) in genitive; also Pushkin slug on the same page.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Культурные события — КазУТБ</title></head>
<body>
<h1>Культурные события</h1>
<ul>
<li><a href="@@D@@">Чтения памяти Абая Кунанбаева</a></li>
<li><a href="/ru/news/vecher-poezii-aleksandra-pushkina">Вечер поэзии Александра Пушкина</a></li>
<li><a href="/ru/news/festival-studencheskogo-teatra">Фестиваль студенческого театра</a></li>
</ul>
</body>
</html>
""",
)

_add(
    "b54.json",
    None,
    SLUG,
    "json feed entry url",
    "kk",
    "/ru/news/k-yubileyu-mukhtara-auezova",
    "Public figure (Mukhtar Auezov) in genitive.",
    """{
  "lang": "kk",
  "feed_title": "КазУТБ жаңалықтары",
  "entries": [
    {
      "title": "Мұхтар Әуезовтің мерейтойына арналған әдеби кеш",
      "url": "https://kazutb.edu.kz@@D@@",
      "note": "Жаңалық орыс тілінде",
      "published": "2022-09-28"
    },
    {
      "title": "Кітапханада жаңа көрме ашылды",
      "url": "https://kazutb.edu.kz/kk/news/kitaphanada-zhana-korme",
      "published": "2022-10-03"
    }
  ]
}
""",
)

_add(
    "b55.md",
    None,
    SLUG,
    "markdown link target",
    "ru",
    "/ru/news/vystavka-o-kanyshe-satpaeve",
    "Public figure (Kanysh Satpayev) in prepositional case.",
    """## Музей университета

Музей истории университета регулярно проводит тематические выставки.

* [Выставка о Каныше Сатпаеве](@@D@@)
* [Экспозиция к 30-летию университета](/ru/news/ekspoziciya-k-30-letiyu-universiteta)
* [День науки в музее](/ru/news/den-nauki-v-muzee)
""",
)

_add(
    "b56.txt",
    None,
    SLUG,
    "plain-text sitemap",
    "ru",
    "/ru/news/obrazovatelnuyu-programmu-obnovili",
    "Ordinary words in accusative (-uyu/-u) resembling a name pair; plus other oblique-case common-noun slugs.",
    """https://kazutb.edu.kz/ru/
https://kazutb.edu.kz@@D@@
https://kazutb.edu.kz/ru/news/forum-v-gorode-astane
https://kazutb.edu.kz/ru/news/seminar-po-tsifrovoj-ekonomike
https://kazutb.edu.kz/ru/news/vstrecha-s-vypusknikami
https://kazutb.edu.kz/ru/contacts
""",
)

_add(
    "b57.html",
    None,
    SLUG,
    "html <a href> in English news list",
    "en",
    "/ru/news/ekskursiya-v-almatu",
    "Place name Almaty in accusative (-u), ends like a declined feminine name.",
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Student Life | KazUTB</title></head>
<body>
<h1>Student Life</h1>
<p>Stories from clubs, trips and campus events. Some stories are available in Russian only.</p>
<ul>
<li><a href="@@D@@">Study trip to Almaty (in Russian)</a></li>
<li><a href="/en/news/chess-tournament-results">Chess tournament results</a></li>
<li><a href="/en/news/new-student-lounge">A new student lounge opens</a></li>
</ul>
</body>
</html>
""",
)

_add(
    "b58.json",
    None,
    SLUG,
    "JSON Feed item url",
    "ru",
    "/ru/news/o-novom-korpuse",
    "Ordinary prepositional phrase (-om/-e) resembling 'o X-e' name slugs.",
    """{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "КазУТБ — Новости",
  "home_page_url": "https://kazutb.edu.kz/ru/",
  "items": [
    {
      "id": "2024-0902",
      "url": "https://kazutb.edu.kz@@D@@",
      "title": "О новом корпусе университета",
      "date_published": "2024-09-02T09:00:00+05:00"
    },
    {
      "id": "2024-0903",
      "url": "https://kazutb.edu.kz/ru/news/zasedanie-kafedry-pishchevoj-bezopasnosti",
      "title": "Заседание кафедры пищевой безопасности",
      "date_published": "2024-09-03T14:00:00+05:00"
    }
  ]
}
""",
)

_add(
    "b59.md",
    None,
    SLUG,
    "markdown link target",
    "kk",
    "/ru/news/konkurs-na-luchshuyu-rabotu",
    "Adjective+noun in accusative (-uyu/-u) resembling a feminine name pair.",
    """# Студенттік ғылыми жұмыстар байқауы

Университет студенттер арасында үздік ғылыми жұмысқа байқау жариялайды.
Жұмыстар 2025 жылғы 1 наурызға дейін ғылым бөліміне тапсырылады.

* [Байқау туралы толығырақ (орыс тілінде)](@@D@@)
* [Байқау ережесі](/kk/news/bayqau-erezhesi)
""",
)

_add(
    "b60.html",
    None,
    SLUG,
    "html <a href> in department news",
    "ru",
    "/ru/news/zasedanie-kafedry-informacionnyh-sistem",
    "Department name in genitive (-y/-em) resembling a genitive name pair.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Кафедра информационных систем — КазУТБ</title></head>
<body>
<h1>Кафедра информационных систем</h1>
<p>Кафедра готовит бакалавров и магистров по направлениям «Информационные системы» и «Программная инженерия».</p>
<h2>Новости кафедры</h2>
<ul>
<li><a href="@@D@@">Заседание кафедры информационных систем</a></li>
<li><a href="/ru/news/olimpiada-po-programmirovaniyu">Олимпиада по программированию</a></li>
</ul>
</body>
</html>
""",
)

# ---------------------------------------------------------------------------
# Class 4: name-split-br
# ---------------------------------------------------------------------------

_add(
    "b61.html",
    "person-name",
    BR,
    "html staff card <p class=name>",
    "ru",
    "Мадина<br>Ахметжанова",
    "Given name + surname split by <br> in a staff card.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Кафедра пищевой безопасности — Преподаватели</title></head>
<body>
<section class="staff">
<h2>Преподаватели кафедры</h2>
<div class="staff-card">
<img src="/media/staff/card-07.jpg" alt="Фото преподавателя">
<p class="name">@@D@@</p>
<p class="position">Старший преподаватель, магистр технических наук</p>
<p class="subjects">Микробиология пищевых продуктов, санитария и гигиена</p>
</div>
</section>
</body>
</html>
""",
)

_add(
    "b62.html",
    "person-name",
    BR,
    "html table <td>",
    "kk",
    "Айгерім<br>Сейтқали",
    "Kazakh name split by <br> in a winners table cell.",
    """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>«Үздік студент – 2024» байқауының қорытындысы</title></head>
<body>
<h1>«Үздік студент – 2024» байқауының қорытындысы</h1>
<table class="results">
<thead><tr><th>Номинация</th><th>Жеңімпаз</th><th>Факультет</th></tr></thead>
<tbody>
<tr><td>Ғылымдағы үздік жетістік</td><td>@@D@@</td><td>Экономика және бизнес</td></tr>
</tbody>
</table>
<p>Жеңімпаз университеттің дипломымен және ақшалай сыйлықпен марапатталды.</p>
</body>
</html>
""",
)

_add(
    "b63.html",
    "person-name",
    BR,
    "html <figcaption>",
    "ru",
    "Ольга<br/>Кузьмина",
    "Russian name split by self-closing <br/> in a figure caption.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Конкурс «Лучший куратор года»</title></head>
<body>
<article>
<h1>Подведены итоги конкурса «Лучший куратор года»</h1>
<figure>
<img src="/media/news/2024/12/curator.jpg" alt="Награждение">
<figcaption>@@D@@, победитель конкурса</figcaption>
</figure>
<p>Конкурс проводится ежегодно среди кураторов академических групп первого курса.</p>
</article>
</body>
</html>
""",
)

_add(
    "b64.html",
    "person-name",
    BR,
    "html <li>",
    "en",
    "Dinara<br>Abenova",
    "Latin transliterated name split by <br> in a list item.",
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Volunteer Awards 2024 | KazUTB</title></head>
<body>
<h1>Volunteer Awards 2024</h1>
<p>The Volunteer Centre thanks everyone who took part in this year's charity projects.</p>
<ul class="awards">
<li><span class="award">Best Volunteer of the Year</span>: @@D@@ (Faculty of Food Technology)</li>
</ul>
<p>The award ceremony took place in the assembly hall on 5 December, International Volunteer Day.</p>
</body>
</html>
""",
)

_add(
    "b65.md",
    "person-name",
    BR,
    "markdown with inline HTML <p>",
    "kk",
    "Жақыпов<br>Нұрлан Серікұлы",
    "Surname + given name + patronymic, <br> after the surname, inline HTML in Markdown.",
    """# Кафедра меңгерушісі

<div class="head-card">
<p class="fio">@@D@@</p>
<p>Техника ғылымдарының кандидаты, доцент</p>
</div>

Кафедра «Тамақ өнімдерінің технологиясы» және «Стандарттау және сертификаттау» білім беру бағдарламалары бойынша мамандар даярлайды.
Кафедраның қабылдау күндері: сейсенбі және бейсенбі, 14:00–17:00, 214-аудитория.
""",
)

_add(
    "b66.json",
    "person-name",
    BR,
    "json value body_html (HTML fragment)",
    "ru",
    "Кузнецов<br/>Сергей Александрович",
    "Russian full name in FIO order split by <br/> inside an HTML string of a CMS JSON block.",
    """{
  "block": "staff-card",
  "page": "/ru/kafedra-mekhaniki/sotrudniki",
  "lang": "ru",
  "body_html": "<div class='card'><p class='fio'>@@D@@</p><p class='pos'>Профессор кафедры механики</p></div>",
  "order": 3
}
""",
)

_add(
    "b67.csv",
    "person-name",
    BR,
    "csv cell html (CMS export)",
    "en",
    "Daniyar<br/>Saparin",
    "Latin name split by <br/> in an HTML cell of a CMS block export.",
    """block_id,type,html
101,heading,<h2>Student Council</h2>
102,text,<p>The Student Council represents the interests of all students of KazUTB.</p>
103,card,"<p class=""name"">@@D@@</p><p class=""role"">Chair of the Student Council</p>"
104,text,<p>Council meetings are held every second Wednesday in Room 212.</p>
""",
)

_add(
    "b68.html",
    "person-name",
    BR,
    "html staff card <h3>",
    "kk",
    "Ержанова<br />Әсел Бақытжанқызы",
    "Kazakh surname + given name + patronymic with <br /> (space before slash).",
    """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Кураторлар — КазУТБ</title></head>
<body>
<section class="curators">
<h2>1-курс топтарының кураторлары</h2>
<div class="card">
<h3>@@D@@</h3>
<p>«Қаржы» білім беру бағдарламасы, ФН-24-1 тобының кураторы</p>
</div>
</section>
</body>
</html>
""",
)

_add(
    "b69.html",
    "person-name",
    BR,
    "html table <td> with uppercase <BR>",
    "ru",
    "Ирина<BR>Павлова",
    "Legacy uppercase <BR> tag splitting a Russian name in a table cell.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Научный руководитель проекта</title></head>
<body>
<h1>Проект «Зелёный кампус»</h1>
<p>Проект направлен на раздельный сбор отходов и озеленение территории университета.</p>
<table border="1">
<tr><th>Роль в проекте</th><th>Участник</th></tr>
<tr><td>Научный руководитель</td><td>@@D@@</td></tr>
</table>
<p>Присоединиться к проекту может любой студент университета.</p>
</body>
</html>
""",
)

_add(
    "b70.md",
    "person-name",
    BR,
    "markdown list item with inline <br>",
    "en",
    "Aigerim<br>Seitkali",
    "Latin Kazakh name split by <br> inside a Markdown bullet.",
    """# Peer Mentoring Programme

First-year students can get help from trained senior mentors with timetables, the library and the online learning platform.

Mentor of the month:

- @@D@@ — 3rd-year student, Accounting and Audit

Mentoring sessions take place on Fridays at 14:00 in Room 115.
""",
)

_add(
    "b71.json",
    "person-name",
    BR,
    "json value caption (HTML fragment)",
    "kk",
    "Ерлан<br>Тохтаров",
    "Kazakh name split by <br> in a gallery caption string.",
    """{
  "gallery": "Спорт күні – 2024",
  "lang": "kk",
  "photos": [
    {
      "src": "/media/gallery/sport-2024/01.jpg",
      "caption": "Университет стадионындағы салтанатты ашылу"
    },
    {
      "src": "/media/gallery/sport-2024/07.jpg",
      "caption": "Жеңімпаз: @@D@@, 100 метрге жүгіру"
    }
  ]
}
""",
)

_add(
    "b72.csv",
    "person-name",
    BR,
    "csv cell ФИО with <br>",
    "ru",
    "Белова<br>Ирина Викторовна",
    "Russian FIO split after the surname in a CSV prepared for HTML rendering.",
    """Должность;ФИО;Кабинет;Часы приёма
Методист учебного отдела;@@D@@;115;Пн–Пт 10:00–12:00
Методист по практике;вакансия;117;Пн–Пт 14:00–16:00
Приёмная учебного отдела;—;114;Пн–Пт 09:00–18:00
Справки об обучении;—;112;Пн–Пт 09:00–17:00
""",
)

# --- name-split-br look-alikes ---

_add(
    "b73.html",
    None,
    BR,
    "html card <p class=position>",
    "ru",
    "Проректор<br>по учебной работе",
    "Role split from its scope by <br>; no person named.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Структура университета — КазУТБ</title></head>
<body>
<h1>Структура университета</h1>
<div class="org-card">
<p class="position">@@D@@</p>
<p>Курирует учебный отдел, офис регистратора и центр дистанционного обучения.</p>
</div>
<div class="org-card">
<p class="position">Проректор<br>по науке и международным связям</p>
<p>Курирует отдел науки и международный отдел.</p>
</div>
</body>
</html>
""",
)

_add(
    "b74.html",
    None,
    BR,
    "html <footer><address>",
    "ru",
    "ул. Кайыма Мухамедханова, 37А<br>Астана",
    "The university's own address split by <br>; street named after a public figure.",
    """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Контакты — КазУТБ</title></head>
<body>
<h1>Как нас найти</h1>
<p>Главный корпус университета расположен в районе Сарыарка, рядом с остановкой общественного транспорта.</p>
<footer>
<address>Қ. Құлажанов атындағы Қазақ технология және бизнес университеті<br>
@@D@@</address>
</footer>
</body>
</html>
""",
)

_add(
    "b75.html",
    None,
    BR,
    "html <h2> on a page about the poet",
    "kk",
    "Абай<br>Құнанбайұлы",
    "Public figure's name split by <br> on a page about him.",
    """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Абай оқулары — КазУТБ</title></head>
<body>
<section class="poet">
<h2>@@D@@</h2>
<p class="years">1845–1904</p>
<p>Ұлы ақын, ағартушы, қазақ жазба әдебиетінің негізін қалаушы. Университетте жыл сайын Абай оқулары өтеді.</p>
</section>
</body>
</html>
""",
)

_add(
    "b76.md",
    None,
    BR,
    "markdown inline HTML, poem lines",
    "kk",
    "Ғылым таппай мақтанба,<br>Орын таппай баптанба,",
    "Lines of a poem by Abai separated by <br>.",
    """# Абай күніне арналған мүшайра

Мүшайра 2024 жылғы 10 тамызда университет кітапханасында өтеді. Қатысушылар Абай өлеңдерін жатқа оқиды.

<blockquote>
@@D@@<br>
Құмарланып шаттанба,<br>
Ойнап босқа күлуге.
</blockquote>

Қатысуға өтінімдер кітапханада қабылданады.
""",
)

_add(
    "b77.html",
    None,
    BR,
    "html <p> organisers",
    "en",
    "Department of Information Systems<br>Department of Finance",
    "Two department names separated by <br>.",
    """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Joint Seminar: Data in Finance | KazUTB</title></head>
<body>
<h1>Joint Seminar: Data in Finance</h1>
<p>Date: 20 February 2025, 15:00, Room 305</p>
<p class="organisers">Organised by:<br>@@D@@</p>
<p>The seminar is open to all undergraduate and master's students.</p>
</body>
</html>
""",
)

_add(
    "b78.json",
    None,
    BR,
    "json value header_html",
    "kk",
    "Қ. Құлажанов атындағы<br>Қазақ технология және бизнес университеті",
    "University's official name (namesake is a public figure) split by <br>.",
    """{
  "site": "kazutb.edu.kz",
  "lang": "kk",
  "header_html": "<div class='logo-text'>@@D@@</div>",
  "menu": ["Университет", "Талапкерге", "Студентке", "Ғылым", "Байланыс"]
}
""",
)

_add(
    "b79.csv",
    None,
    BR,
    "csv cell caption (HTML)",
    "en",
    "Mukhtar<br>Auezov",
    "Public figure (writer) split by <br> in a monument photo caption.",
    """photo,caption,alt
/media/city/auezov-monument.jpg,"<p>Monument to @@D@@</p>",Monument to the writer
/media/city/baiterek.jpg,<p>Baiterek Tower</p>,Baiterek Tower in Astana
/media/campus/main-building.jpg,<p>Main building of KazUTB</p>,University main building
/media/campus/library.jpg,<p>Library reading room</p>,Reading room
""",
)

_add(
    "b80.md",
    None,
    BR,
    "markdown inline HTML heading",
    "ru",
    "Александр Сергеевич<br>Пушкин",
    "Public figure's name split by <br> on a page about Pushkin Day.",
    """# День русского языка

<h3 class="poster-title">@@D@@</h3>

6 июня в университетской библиотеке пройдёт литературный вечер, посвящённый дню рождения поэта.
В программе — чтение стихов, викторина и выставка изданий из фонда библиотеки.
Вход свободный.
""",
)


# ---------------------------------------------------------------------------

MANIFEST: list[Entry] = [
    Entry(name=n, category=c, cls=k, part=p, lang=lang, datum=d, reason=r)
    for (n, c, k, p, lang, d, r, _t) in _ROWS
]

_CONTENT: dict[str, str] = {n: t.replace("@@D@@", d) for (n, _c, _k, _p, _l, d, _r, t) in _ROWS}


def build(folder: Path) -> list[Path]:
    """Write one file per MANIFEST entry into *folder*; return the paths in MANIFEST order."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for e in MANIFEST:
        p = folder / e.name
        p.write_bytes(_CONTENT[e.name].encode("utf-8"))
        paths.append(p)
    return paths
