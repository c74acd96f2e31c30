"""Spelling-variant corpus for the KazUTB personal-data gate.

Each entry is one file; positives hold exactly one personal datum of a
private (fictional) person, look-alikes hold only public data.
Standard library only; output is byte-identical on every run.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

ANY = "any"
OUT = Path("/tmp/corpus6/spellings-out")


@dataclass(frozen=True)
class Entry:
    name: str  # unique, prefix "s" + two digits
    category: str | None  # expected category, ANY, or None for a public look-alike
    cls: str  # spelling class of the case
    part: str  # where in the file the datum sits
    lang: str  # "kk", "ru" or "en"
    datum: str
    reason: str


def _iin_check(first11: str) -> int:
    w1 = range(1, 12)
    w2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
    s = sum(int(c) * w for c, w in zip(first11, w1, strict=False)) % 11
    if s == 10:
        s = sum(int(c) * w for c, w in zip(first11, w2, strict=False)) % 11
    if s == 10:
        raise ValueError("pick another IIN")
    return s


def _iin(first11: str) -> str:
    return first11 + str(_iin_check(first11))


IIN_A = _iin("03051265012")  # 030512650123, 2003-05-12, female (6)
IIN_B = _iin("98110330457")  # 981103304573, 1998-11-03, male (3)

E = Entry
MANIFEST: list[Entry] = [
    # ---------------- positives ----------------
    E(
        "s01",
        "person-name",
        "kk-latin-2021",
        "body",
        "kk",
        "Aıgerim Nurlanqyzy",
        "private student name in 2021 Kazakh Latin (dotless ı, -qyzy)",
    ),
    E(
        "s02",
        "person-name",
        "kk-latin-2021",
        "list-item",
        "kk",
        "Erlan Serıkuly",
        "private student name in 2021 Kazakh Latin (Serıkuly)",
    ),
    E(
        "s03",
        "person-name",
        "kk-latin-2018-apostrophe",
        "body",
        "kk",
        "Ai'gerim Nurlanqyzy",
        "private name in the 2018 apostrophe alphabet",
    ),
    E(
        "s04",
        "person-name",
        "passport-translit",
        "csv-cell",
        "en",
        "Zhanar Yesenova",
        "passport transliteration Zh-, private student in a roster",
    ),
    E(
        "s05",
        "person-name",
        "passport-translit",
        "html-td",
        "en",
        "Yerlan Kairatov",
        "passport transliteration Ye-/Kai-, private student in an HTML table",
    ),
    E(
        "s06",
        "person-name",
        "patronymic-as-surname",
        "csv-cell",
        "en",
        "Nurlanuly Daniyar",
        "-uly used as surname, surname-first order",
    ),
    E(
        "s07",
        "person-name",
        "patronymic-as-surname",
        "json-value",
        "en",
        "Serikkyzy Aruzhan",
        "-kyzy used as surname, surname-first order, in JSON",
    ),
    E(
        "s08",
        "person-name",
        "hyphenated-given",
        "body",
        "kk",
        "Ерлан-Бек Сейтқали",
        "hyphenated double given name of a private student, Cyrillic Kazakh",
    ),
    E(
        "s09",
        "person-name",
        "latin-in-cyrillic",
        "body",
        "ru",
        "Aйгерiм Нурланқызы",
        "Cyrillic name with Latin A (U+0041) and Latin i (U+0069) mixed in",
    ),
    E(
        "s10",
        "person-name",
        "cyrillic-in-latin",
        "body",
        "en",
        "Dаniyar Sеitkali",
        "Latin name with Cyrillic а (U+0430) and е (U+0435) mixed in",
    ),
    E(
        "s11",
        "person-name",
        "apostrophe-soft-sign",
        "body",
        "en",
        "Gul'nara Akhmetova",
        "soft sign rendered as apostrophe in a private name",
    ),
    E(
        "s12",
        "person-name",
        "apostrophe-irish",
        "body",
        "en",
        "Siobhan O'Connell",
        "O'-surname of a private exchange student",
    ),
    E(
        "s13",
        "person-name",
        "all-caps-cyrillic",
        "form-field",
        "kk",
        "СЕЙТҚАЛИ АЙГЕРІМ НҰРЛАНҚЫЗЫ",
        "ALL CAPS full name in an application form",
    ),
    E(
        "s14",
        "person-name",
        "all-caps-latin",
        "csv-cell",
        "en",
        "ZHAKSYBEKOV ARMAN",
        "ALL CAPS passport-style Latin name in a CSV",
    ),
    E(
        "s15",
        "person-name",
        "foreign-diacritics",
        "html-td",
        "en",
        "Jonas Müller",
        "German umlaut, private foreign student",
    ),
    E(
        "s16",
        "person-name",
        "foreign-diacritics",
        "body",
        "en",
        "Łukasz Wiśniewski",
        "Polish Ł/ś, private foreign student",
    ),
    E(
        "s17",
        "person-name",
        "foreign-diacritics",
        "json-value",
        "en",
        "José Hernández",
        "Spanish acute accents, private foreign student in JSON",
    ),
    E(
        "s18",
        "person-name",
        "latin-initials",
        "body",
        "en",
        "A. Seitkali",
        "initial + surname of a private student (same shape as the allowed L.K. Baibolova)",
    ),
    E(
        "s19",
        "person-name",
        "latin-initials",
        "body",
        "ru",
        "Seitkali A.B.",
        "surname + trailing Latin initials of a private student in Russian text",
    ),
    E(
        "s20",
        "phone",
        "phone-letter-o",
        "body",
        "ru",
        "+7 (7O1) 234 56 78",
        "private mobile with Latin letter O instead of zero in the operator code",
    ),
    E(
        "s21",
        "email",
        "email-dots-plus",
        "body",
        "en",
        "a.seitkali+kazutb@gmail.com",
        "private email with dot and plus-tag",
    ),
    E(
        "s22",
        "email",
        "email-upper",
        "form-field",
        "kk",
        "AIGERIM.NURLANQYZY@MAIL.RU",
        "private email written in ALL CAPS in a form",
    ),
    E(
        "s23",
        "phone",
        "phone-8-prefix",
        "body",
        "kk",
        "8 777 312 45 90",
        "private mobile with domestic 8 prefix in Kazakh Latin text",
    ),
    E(
        "s24",
        "iin",
        "iin-kk-latin-label",
        "form-field",
        "kk",
        IIN_A,
        "valid IIN labelled JSN (Latin Kazakh for ЖСН)",
    ),
    E("s25", "iin", "iin-ru-label", "csv-cell", "ru", IIN_B, "valid IIN in a Russian-headed CSV"),
    E(
        "s26",
        ANY,
        "student-id-latin-label",
        "body",
        "kk",
        "KZ21-04517",
        "student card number with a Kazakh Latin label; exact student-id format unknown",
    ),
    E(
        "s27",
        "person-name",
        "kk-latin-2021-diacritics",
        "html-p",
        "kk",
        "Ásel Ǵabdollaqyzy",
        "2021 Latin with Á and Ǵ in a private name",
    ),
    E(
        "s28",
        "person-name",
        "kk-latin-2021",
        "json-value",
        "kk",
        "Danııar Baýyrjanuly",
        "2021 Latin with ı and ý (Baýyrjan), private student",
    ),
    E(
        "s29",
        "person-name",
        "hyphenated-given-latin",
        "csv-cell",
        "en",
        "Erlan-Bek Seitkali",
        "hyphenated double given name in Latin",
    ),
    E(
        "s30",
        "email",
        "email-translit-name",
        "body",
        "ru",
        "zhanar.yesenova94@mail.ru",
        "private email built from a transliterated name",
    ),
    E(
        "s31",
        "phone",
        "phone-kk-latin-label",
        "body",
        "kk",
        "+7 705 318 27 64",
        "private mobile labelled 'Baılanys telefony'",
    ),
    E(
        "s32",
        "person-name",
        "foreign-diacritics",
        "body",
        "en",
        "Ayşe Yılmaz",
        "Turkish ş and dotless ı (same ı as Kazakh 2021 Latin)",
    ),
    E(
        "s33",
        "person-name",
        "apostrophe-soft-sign",
        "html-li",
        "en",
        "Ol'ga Kuz'mina",
        "two apostrophes in a private name",
    ),
    # ---------------- look-alikes ----------------
    E(
        "s34",
        None,
        "public-figure-kk-latin",
        "body",
        "kk",
        "Abaı Qunanbaıuly",
        "national poet, public figure",
    ),
    E(
        "s35",
        None,
        "public-figure-latin",
        "html-p",
        "en",
        "Shoqan Ualikhanov",
        "historical scholar, public figure",
    ),
    E(
        "s36",
        None,
        "public-figure-latin",
        "body",
        "en",
        "Kassym-Jomart Tokayev",
        "President of Kazakhstan, public figure, hyphenated",
    ),
    E(
        "s37",
        None,
        "rector-initials",
        "body",
        "en",
        "L.K. Baibolova",
        "rector of the university, allowed",
    ),
    E("s38", None, "eponym-initials", "body", "ru", "K. Kulazhanov", "university eponym, allowed"),
    E(
        "s39",
        None,
        "kk-latin-prose",
        "body",
        "kk",
        "Bilim Beru Baǵdarlamasy",
        "capitalised Kazakh Latin common nouns, not a name",
    ),
    E(
        "s40",
        None,
        "place-names-latin",
        "body",
        "kk",
        "Qaraǵandy",
        "place names in Kazakh Latin (Qaraǵandy, Almaty, Nur-Sultan)",
    ),
    E("s41", None, "university-phone", "html-p", "ru", "+7 (7172) 57 88 15", "university landline"),
    E(
        "s42",
        None,
        "university-phone",
        "body",
        "kk",
        "+7 708 425 06 60",
        "university admissions mobile",
    ),
    E(
        "s43",
        None,
        "university-phone",
        "csv-cell",
        "en",
        "+7 701 602 53 53",
        "university contact mobile",
    ),
    E(
        "s44",
        None,
        "university-email",
        "json-value",
        "en",
        "office@example.org",
        "institutional mailboxes office@ and admissions@",
    ),
    E(
        "s45",
        None,
        "all-caps-kk-latin-heading",
        "csv-cell",
        "kk",
        "QAZAQ TILI JÁNE ÁDEBIETI",
        "ALL CAPS department names, not names of people",
    ),
    E(
        "s46",
        None,
        "public-figure-kk-latin",
        "body",
        "kk",
        "Ál-Farabı",
        "medieval philosopher, hyphenated with diacritics",
    ),
    E(
        "s47",
        None,
        "public-figure-kk-latin",
        "html-p",
        "kk",
        "Muhtar Áýezov",
        "classic writer, public figure, 2021 Latin",
    ),
    E(
        "s48",
        None,
        "kk-latin-prose",
        "body",
        "kk",
        "Qazaq Tili",
        "capitalised subject name in Kazakh Latin prose",
    ),
]

UNI_KK = "Qazaq tehnologııa jáne bıznes ýnıversıteti"
UNI_EN = "Kazakh University of Technology and Business"

TEXTS: dict[str, tuple[str, str]] = {
    "s01": (
        "md",
        f"""# {UNI_KK}: stýdentter jańalyqtary

Ekonomıka fakýltetiniń 2-kýrs stýdenti Aıgerim Nurlanqyzy
respýblıkalyq olımpıadada ekinshi oryn aldy.

Oqý-ádistemelik bólim quttyqtaıdy.
""",
    ),
    "s02": (
        "md",
        """# Jataqhanaǵa ornalastyrý tizimi

Tómendegi stýdent 3-qabatqa ornalastyryldy:

- Erlan Serıkuly, 1-kýrs, «Aqparattyq júıeler»

Kiltti kezekshiden alyńyz.
""",
    ),
    "s03": (
        "txt",
        """Kitaphana habarlandyry'y

Oqyrman Ai'gerim Nurlanqyzy kitaptardy qaıtarmag'an.
Merzimi o'tip ketti, kitaphanag'a kelui'n'izdi su'raı'myz.
Kitaphana ju'mys ýaqyty: 09:00-18:00.
""",
    ),
    "s04": (
        "csv",
        """group,student,course,status
FIN-21-1,Zhanar Yesenova,Finance,enrolled
FIN-21-1,total,,1
""",
    ),
    "s05": (
        "html",
        f"""<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Dean's list</title></head>
<body>
<h1>{UNI_EN}: Dean's list, spring term</h1>
<table>
<tr><th>Student</th><th>GPA</th></tr>
<tr><td>Yerlan Kairatov</td><td>3.92</td></tr>
</table>
</body>
</html>
""",
    ),
    "s06": (
        "csv",
        """surname_first_name,group,elective
Nurlanuly Daniyar,IS-22-3,Machine Learning
total,,1
""",
    ),
    "s07": (
        "json",
        """{
  "event": "Scholarship award 2024",
  "recipient": "Serikkyzy Aruzhan",
  "faculty": "Engineering"
}
""",
    ),
    "s08": (
        "md",
        """# Спорт жаңалықтары

Университет құрамасының ойыншысы Ерлан-Бек Сейтқали
қалалық чемпионатта үздік шабуылшы атанды.

Жаттығулар сейсенбі және бейсенбі күндері өтеді.
""",
    ),
    "s09": (
        "txt",
        """Приказ по общежитию

Студентке Aйгерiм Нурланқызы разрешено
временное проживание в комнате 214 до конца семестра.

Комендант общежития
""",
    ),
    "s10": (
        "txt",
        """Library notice

Reader Dаniyar Sеitkali has an overdue loan.
Please return the item to the circulation desk.
""",
    ),
    "s11": (
        "txt",
        """Internship placement, summer 2024

Student Gul'nara Akhmetova (Accounting, year 3) has been placed
with a partner company for a six-week internship.
Contact the career centre for details.
""",
    ),
    "s12": (
        "md",
        f"""# Exchange students welcome

This semester {UNI_EN} welcomes Siobhan O'Connell,
an exchange student from Ireland, to the Tourism programme.

Orientation takes place in the main hall.
""",
    ),
    "s13": (
        "txt",
        """ӨТІНІШ НЫСАНЫ / APPLICATION FORM

ТЕГІ, АТЫ, ӘКЕСІНІҢ АТЫ: СЕЙТҚАЛИ АЙГЕРІМ НҰРЛАНҚЫЗЫ
МАМАНДЫҚ: ҚАРЖЫ
ОҚУ ТҮРІ: КҮНДІЗГІ
""",
    ),
    "s14": (
        "csv",
        """SURNAME NAME,PROGRAMME,YEAR
ZHAKSYBEKOV ARMAN,LOGISTICS,2
TOTAL,,1
""",
    ),
    "s15": (
        "html",
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>International students</title></head>
<body>
<table>
<tr><th>Name</th><th>Country</th><th>Programme</th></tr>
<tr><td>Jonas Müller</td><td>Germany</td><td>Food Technology</td></tr>
</table>
</body>
</html>
""",
    ),
    "s16": (
        "md",
        """# Erasmus+ mobility

Łukasz Wiśniewski, a student from Poland, joined the
Computer Science department for the autumn semester.
""",
    ),
    "s17": (
        "json",
        """{
  "programme": "Summer School in Astana",
  "participant": "José Hernández",
  "country": "Spain"
}
""",
    ),
    "s18": (
        "txt",
        """Thesis defence schedule

14:00, room 305: A. Seitkali, "Cash-flow forecasting in SMEs"
Committee: Department of Finance
""",
    ),
    "s19": (
        "txt",
        """Объявление кафедры

Студенту Seitkali A.B. (группа ВТ-22-1) необходимо
пересдать экзамен по дисциплине «Базы данных» до 20 июня.
""",
    ),
    "s20": (
        "txt",
        """Потерян студенческий билет

Нашедшего просьба позвонить владельцу по номеру +7 (7O1) 234 56 78.
Вознаграждение гарантируется.
""",
    ),
    "s21": (
        "txt",
        """Conference registration

Questions about your poster can be sent to the student
author at a.seitkali+kazutb@gmail.com before 1 May.
""",
    ),
    "s22": (
        "txt",
        """ÓTINISH / APPLICATION

STÝDENT: 2-KÝRS, QARJY
E-MAIL: AIGERIM.NURLANQYZY@MAIL.RU
QOLY: ____________
""",
    ),
    "s23": (
        "txt",
        """Jataqhana habarlandyrýy

Bólme aýystyrý jónindegi suraqtar boıynsha stýdent-starostaǵa
habarlasyńyz: 8 777 312 45 90.
""",
    ),
    "s24": (
        "txt",
        f"""ÓTINISH

Stýdenttiń JSN: {IIN_A}
Mamandyq: Qarjy
Oqý túri: kúndizgi
""",
    ),
    "s25": (
        "csv",
        f"""ФИО,ИИН,группа
Студент 1,{IIN_B},ЭК-19-2
Итого,,1
""",
    ),
    "s26": (
        "txt",
        """Joǵalǵan stýdenttik bılet

Stýdenttik bılet nómiri: KZ21-04517
Tapqan adam dekanatqa ótkizýin suraımyz.
""",
    ),
    "s27": (
        "html",
        """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Jańalyqtar</title></head>
<body>
<p>Dızaın mamandyǵynyń stýdenti Ásel Ǵabdollaqyzy
qalalyq kórmede júldeli oryn aldy.</p>
</body>
</html>
""",
    ),
    "s28": (
        "json",
        """{
  "is_sarasy": "Grant ıegeri",
  "stýdent": "Danııar Baýyrjanuly",
  "kýrs": 1
}
""",
    ),
    "s29": (
        "csv",
        """name,team,position
Erlan-Bek Seitkali,University football,forward
total,,1
""",
    ),
    "s30": (
        "txt",
        """Объявление о находке

Найден ноутбук в аудитории 112. Владелица может написать
на адрес zhanar.yesenova94@mail.ru для подтверждения.
""",
    ),
    "s31": (
        "txt",
        """Stýdenttik keńes

Jıyn tóraǵasy - 3-kýrs stýdenti.
Baılanys telefony: +7 705 318 27 64
""",
    ),
    "s32": (
        "txt",
        """Visiting student

Ayşe Yılmaz from Turkey will attend the Hospitality course
as a visiting student in the spring term.
""",
    ),
    "s33": (
        "html",
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Chess club</title></head>
<body>
<h2>Chess club winners</h2>
<ul>
<li>Ol'ga Kuz'mina, group MK-23-2</li>
</ul>
</body>
</html>
""",
    ),
    # ---- look-alikes ----
    "s34": (
        "md",
        """# Abaı kúni

Ýnıversıtette uly aqyn Abaı Qunanbaıulynyń týǵan kúnine arnalǵan
ádebı keshi ótti. Stýdentter Abaı Qunanbaıuly óleńderin oqydy.
""",
    ),
    "s35": (
        "html",
        """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>History week</title></head>
<body>
<p>The history club held a seminar on the travels of Shoqan Ualikhanov,
the nineteenth-century Kazakh scholar and explorer.</p>
</body>
</html>
""",
    ),
    "s36": (
        "txt",
        """News

Students watched the annual address of President Kassym-Jomart Tokayev
to the people of Kazakhstan and discussed it in class.
""",
    ),
    "s37": (
        "md",
        f"""# Rector's welcome

The rector of {UNI_EN}, L.K. Baibolova, congratulated
first-year students on the start of the academic year.
""",
    ),
    "s38": (
        "txt",
        """Об университете

Казахский университет технологии и бизнеса имени K. Kulazhanov
основан в 2003 году в Астане.
""",
    ),
    "s39": (
        "md",
        """# Bilim Beru Baǵdarlamasy

Qazaq Tili jáne Orys Tili pánderi boıynsha Bilim Beru Baǵdarlamasy
Joǵary Mektep talaptaryna sáıkes jańartyldy. Oqý Jospary
Ǵylymı Keńeste bekitildi.
""",
    ),
    "s40": (
        "txt",
        """Fılıaldar

Ýnıversıtettiń seriktes kolledjderi Qaraǵandy, Almaty jáne Nur-Sultan
qalalarynda ornalasqan. Shymkent pen Aqtóbe qalalarymen de kelisimsharttar bar.
""",
    ),
    "s41": (
        "html",
        """<!DOCTYPE html>
<html lang="ru">
<head><meta charset="utf-8"><title>Контакты</title></head>
<body>
<p>Приёмная ректора: +7 (7172) 57 88 15</p>
</body>
</html>
""",
    ),
    "s42": (
        "txt",
        """Qabyldaý komıssııasy

Baılanys telefony: +7 708 425 06 60
Jumys ýaqyty: 09:00-18:00
""",
    ),
    "s43": (
        "csv",
        """office,phone
General enquiries,+7 701 602 53 53
Rector's reception,+7 (7172) 57 88 15
""",
    ),
    "s44": (
        "json",
        """{
  "contacts": {
    "office": "office@example.org",
    "admissions": "admissions@example.org"
  }
}
""",
    ),
    "s45": (
        "csv",
        """KAFEDRA,FAKÝLTET
QAZAQ TILI JÁNE ÁDEBIETI,GÝMANITARLYQ
QARJY JÁNE ESEP,EKONOMIKA
""",
    ),
    "s46": (
        "md",
        """# Fılosofııa apta

Stýdentter Ál-Farabı murasy týraly baıandama jasady.
Kórme kitaphanada ótedi.
""",
    ),
    "s47": (
        "html",
        """<!DOCTYPE html>
<html lang="kk">
<head><meta charset="utf-8"><title>Ádebı kesh</title></head>
<body>
<p>Muhtar Áýezov shyǵarmashylyǵyna arnalǵan ádebı kesh ótti.</p>
</body>
</html>
""",
    ),
    "s48": (
        "txt",
        """Sabaq kestesi

Qazaq Tili - dúısenbi, 10:00, 204-aýdıtorııa.
Aǵylshyn Tili - seısenbi, 12:00, 310-aýdıtorııa.
""",
    ),
}


def _check() -> None:
    names = [e.name for e in MANIFEST]
    assert len(names) == len(set(names)), "duplicate names"
    assert set(names) == set(TEXTS), "manifest/text mismatch"
    for e in MANIFEST:
        assert e.name[0] == "s" and len(e.name) == 3 and e.name[1:].isdigit()
        assert e.lang in ("kk", "ru", "en")
        ext, text = TEXTS[e.name]
        assert ext in ("md", "txt", "html", "csv", "json")
        assert e.datum in text, e.name
        n = text.count("\n")
        assert 3 <= n <= 15, (e.name, n)
    for iin in (IIN_A, IIN_B):
        assert len(iin) == 12 and iin[6] in "123456"


def build(folder: Path) -> list[Path]:
    _check()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for e in MANIFEST:
        ext, text = TEXTS[e.name]
        p = folder / f"{e.name}.{ext}"
        p.write_bytes(text.encode("utf-8"))
        paths.append(p)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    for p in build(target):
        print(p)
