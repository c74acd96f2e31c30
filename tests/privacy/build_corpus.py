# ruff: noqa: E501 (the templates are corpus text, line for line)
"""Writes the labelled corpus in tests/privacy/corpus/ and its labels.yaml.

    python tests/privacy/build_corpus.py

Every identifier is synthetic and made by code (kazutb_transparency.privacy.synthetic):
IINs, cards and IBANs have valid check digits but random bodies, phone numbers use the
fictional 555 exchange, names are invented combinations. Templates mark each positive
with ⟦category⟧ on its line; the marker is removed from the written file and becomes a
label (file, line, category). Lines without a marker are hard negatives: nothing on
them may be reported. test_corpus.py checks that the committed corpus is what this
script writes, so edit the templates here, never the corpus files.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kazutb_transparency.privacy.synthetic import (  # noqa: E402
    fake_bin,
    fake_card,
    fake_iban,
    fake_iin,
    fake_mobile,
)

CORPUS = Path(__file__).resolve().parent / "corpus"
_MARKER = re.compile(r"[ \t]*⟦([a-z-]+)⟧")


def _phone(e164: str, style: str) -> str:
    """Ways people write the same number."""
    n = e164[2:]  # 10 digits after +7
    code, rest = (n[:4], n[4:]) if n.startswith("7172") else (n[:3], n[3:])
    if len(code) == 4:  # landline: 6-digit local number
        return {
            "a": f"+7 ({code}) {rest[:2]}-{rest[2:4]}-{rest[4:]}",
            "b": f"8 ({code}) {rest[:2]}-{rest[2:4]}-{rest[4:]}",
        }[style]
    return {
        "a": f"+7 {code} {rest[:3]} {rest[3:5]} {rest[5:]}",
        "b": f"8 ({code}) {rest[:3]}-{rest[3:5]}-{rest[5:]}",
        "c": f"8{n}",
        "d": f"+7-{code}-{rest[:3]}-{rest[3:]}",
        "e": f"8 {code} {rest[:3]} {rest[3:]}",
        "f": f"+7{n}",
    }[style]


def _values(seed: int = 20260101) -> dict[str, str]:
    rnd = random.Random(seed)
    v: dict[str, str] = {}
    for i in range(1, 10):
        v[f"iin{i}"] = fake_iin(rnd)
        v[f"card{i}"] = fake_card(rnd)
        v[f"iban{i}"] = fake_iban(rnd)
        mob = fake_mobile(rnd)
        for style in "abcdef":
            v[f"mob{i}{style}"] = _phone(mob, style)
        v[f"pass{i}"] = f"N{rnd.randint(10_000_000, 99_999_999)}"
        v[f"idc{i}"] = f"0{rnd.randint(10_000_000, 99_999_999)}"
        v[f"stud{i}"] = f"{rnd.randint(18, 25)}{rnd.randint(10_000, 99_999)}"
        v[f"bin{i}"] = fake_bin(rnd)
    v["land1a"] = _phone(f"+77172{rnd.randint(550_000, 559_999)}", "a")
    v["land2b"] = _phone(f"+77172{rnd.randint(550_000, 559_999)}", "b")
    for i in (1, 2, 3):
        c = v[f"card{i}"]
        v[f"card{i}s"] = " ".join(c[j : j + 4] for j in range(0, 16, 4))
        v[f"card{i}h"] = "-".join(c[j : j + 4] for j in range(0, 16, 4))
        b = v[f"iban{i}"]
        v[f"iban{i}s"] = " ".join(b[j : j + 4] for j in range(0, 20, 4))
    # Invalid look-alikes (hard negatives): wrong check digits.
    v["iin_bad"] = v["iin9"][:11] + str((int(v["iin9"][11]) + 1) % 10)
    v["card_bad"] = v["card9"][:15] + str((int(v["card9"][15]) + 1) % 10)
    v["iban_bad"] = "KZ" + f"{(int(v['iban9'][2:4]) + 1) % 100:02d}" + v["iban9"][4:]
    v["sha"] = hashlib.sha256(b"kaztbu transparency").hexdigest()
    v["hex"] = hashlib.md5(b"kaztbu").hexdigest() + "0123456789ab"
    v["kaztbu_bin"] = v["bin1"]
    return v


KK_MD = """\
# Қабылдау комиссиясының хабарландыруы

Қ. Құлажанов атындағы Қазақ технология және бизнес университеті (ҚазТБУ) қабылдауды жариялайды.
Университет ректоры — Л.К. Байболова. Ректор Байболова Л. К. өтініштерді қарайды.
Қабылдау комиссиясы: +7 (7172) 57-88-15, 8 708 425 06 60, +77016025353.
БСН: {kaztbu_bin}. Лицензия № KZ70LAA00005828. Пошта индексі: 010000.
Бағдарламалар: 6B04105, 7M04105, 8D04105. Құжат коды: ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01.
Бұйрық 12.03.2025 ж. шықты; 2025 жылы түлектердің 87%-ы жұмысқа орналасты (ISO 9001:2015, 8.5.1).
Сапа менеджменті жүйесі (СМЖ) Ұлы Отан соғысы ардагерлерін құрметтейді. Студенттер саны: 12 500.

## Өтініш берушілер (синтетикалық үлгі)

Студент Сәрсенова Айгерім Болатқызы, ЖСН {iin1}, тел. {mob1a}. ⟦person-name⟧ ⟦iin⟧ ⟦phone⟧
Ахметов Нұрлан Серікұлы 1998 жылғы 5 мамырда туған. ⟦person-name⟧ ⟦birth-date⟧
Туған күні: 14.02.1999. ⟦birth-date⟧
Жеке куәлік № {idc1}, 2016 жылы берілген. Төлқұжат: {pass1}. ⟦id-document⟧ ⟦id-document⟧
Сынақ кітапшасы № {stud1}, студенттік билет № {stud2}. ⟦student-id⟧ ⟦student-id⟧
Электрондық пошта: {email1}. ⟦email⟧
Жауапты: Жұмабекова Д.Е., кеңесші Т.Қ. Омарова. ⟦person-name⟧ ⟦person-name⟧
Стипендия картасы: {card1s}, шот: {iban1s}. ⟦bank-card⟧ ⟦iban⟧
Құжаттарды Омаровқа Тимурға Қайратұлына тапсырыңыз. ⟦person-name⟧

| Аты-жөні | Туған күні | Телефон |
|---|---|---|
| Серікова Д. А. | 21.11.2000 | {mob2b} | ⟦person-name⟧ ⟦birth-date⟧ ⟦phone⟧
| 6B04105 | 01.09.2025 | 87% |
"""

RU_HTML = """\
<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="description" content="Казахский университет технологии и бизнеса имени К. Кулажанова">
<meta name="author" content="Иванова Мария Петровна"> ⟦person-name⟧
<title>Приёмная комиссия</title>
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "Person",
  "name": "Петров Сергей Иванович", ⟦person-name⟧
  "telephone": "{mob3f}", ⟦phone⟧
  "email": "{email2}", ⟦email⟧
  "birthDate": "1997-06-30" ⟦birth-date⟧
}}
</script>
<script>var build = "2026-01-12"; var counter = {mob9c};</script>
<style>.md-typeset {{ color: #440043; }}</style>
</head>
<body>
<h1>Приёмная комиссия</h1>
<p>Ректор университета &mdash; <strong>Л.К.&nbsp;Байболова</strong>. Телефоны: +7 (7172) 57 88 15, 8 (708) 425-06-60.</p>
<p>Секретарь: <b>Кузнецова</b> Анна Викторовна, тел. <a href="tel:{mob4f}">{mob4d}</a>.</p> ⟦person-name⟧ ⟦phone⟧ ⟦phone⟧
<p>Заявитель Смирнов Олег Андреевич, ИИН {iin2}, дата рождения: 12 марта 1999 г.</p> ⟦person-name⟧ ⟦iin⟧ ⟦birth-date⟧
<p>Родилась 01.02.1997, паспорт {pass2}, удостоверение личности № {idc2}.</p> ⟦birth-date⟧ ⟦id-document⟧ ⟦id-document⟧
<p>Зачётная книжка № {stud3}; студенческий билет № {stud4}.</p> ⟦student-id⟧ ⟦student-id⟧
<p>Карта для стипендии: {card2h}. IBAN: {iban2}.</p> ⟦bank-card⟧ ⟦iban⟧
<img src="photo.jpg" alt="Сидорова Е.А." title="Фото: Е. А. Сидорова"> ⟦person-name⟧ ⟦person-name⟧
<a href="mailto:{email3}" aria-label="Написать Смирнову О.А.">Написать</a> ⟦email⟧ ⟦person-name⟧
<table>
<thead><tr><th>ФИО</th><th>Дата рождения</th><th>ИИН</th></tr></thead>
<tbody>
<tr><td>Волкова Ирина Сергеевна</td><td>05.05.1995</td><td>{iin3}</td></tr> ⟦person-name⟧ ⟦birth-date⟧ ⟦iin⟧
<tr><td>Орлов Д. С.</td> ⟦person-name⟧
<td>17.08.1996</td><td>{iin4}</td></tr> ⟦birth-date⟧ ⟦iin⟧
</tbody>
</table>
<p>Приказ от 01.09.2025 № 245-П. Программы 6B04105, 7M04105. Документ F.СДД-7.5-2026-01-02, ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12.</p>
<p>БИН университета {kaztbu_bin}; 95,5&nbsp;% выпускников; 1 250 студентов; 2024-2025 учебный год.</p>
<p>Казахский университет технологии и бизнеса имени К. Кулажанова. Паспорт процесса 2026.</p>
<!-- build 2026-01-12 -->
</body>
</html>
"""

EN_TXT = """\
Admissions office of the K. Kulazhanov Kazakh University of Technology and Business.
Rector: L.K. Baibolova (Baibolova L. K.). Contact: +7 7172 57 88 15, +7 701 602 53 53.
Applicant Aigerim Bolatovna Sarsenova, IIN {iin5}, phone {mob5e}. ⟦person-name⟧ ⟦iin⟧ ⟦phone⟧
Nurlan Serikuly Akhmetov was born on 12 March 1990. ⟦person-name⟧ ⟦birth-date⟧
Date of birth: 1994-10-03. DOB: March 3, 1995. ⟦birth-date⟧ ⟦birth-date⟧
Passport No. {pass3}, ID card {idc3}. ⟦id-document⟧ ⟦id-document⟧
Student ID: S{stud5}; student number {stud6}. ⟦student-id⟧ ⟦student-id⟧
Card {card3}; account {iban3}. ⟦bank-card⟧ ⟦iban⟧
Please write to {email4} or to Sarsenova A.B. ⟦email⟧ ⟦person-name⟧
Reviewed by A. B. Sarsenova and Zhumabekova D.E. ⟦person-name⟧ ⟦person-name⟧
Call {mob6e} or {land1a}. ⟦phone⟧ ⟦phone⟧
Dana Erlanovna Zhumabekova will answer. ⟦person-name⟧
The 2025 report: 87% satisfied, score 3.14159, ISO 9001:2015 clause 8.5.1, postal code 010000.
Order dated 2025-09-01 and approved on March 12, 2025; programme 6B04105; licence KZ70LAA00005828.
SHA-256 {sha}, digest {hex}.
Quality Management System Manual, Academic Council, Vice-Rector for Academic Affairs.
The L.N. Gumilyov Eurasian National University signed an agreement with U.S. partners.
Appendix A. The number of students is 12500; 1,250 graduates.
"""

STAFF_CSV_HEADER = "Тегі,Аты,Әкесінің аты,Туған күні,ЖСН,Телефон,Email,Student ID"
STAFF_CSV = """\
{header}
Сәрсенова,Айгерім,Болатқызы,03.04.2001,{iin6},{mob7b},{email5},{stud7} ⟦person-name⟧ ⟦birth-date⟧ ⟦iin⟧ ⟦phone⟧ ⟦email⟧ ⟦student-id⟧
"Иванов","Пётр","Сергеевич","1999-12-31","{iin7}","{mob8a}","{email6}","{stud8}" ⟦person-name⟧ ⟦birth-date⟧ ⟦iin⟧ ⟦phone⟧ ⟦email⟧ ⟦student-id⟧
"""

PROGRAMMES_CSV = """\
code;name_kk;name_ru;year;students;share
6B04105;Есеп және аудит;Учёт и аудит;2025;120;12,5
7M04105;Қаржы;Финансы;2024;45;4,5
8D04105;Экономика;Экономика;2026;12;1,0
"""

PEOPLE_YAML = """\
# Синтетикалық жазбалар: бұл адамдар жоқ.
- name: "Омаров Тимур Қайратұлы" ⟦person-name⟧
  birth_date: 1997-02-11 ⟦birth-date⟧
  iin: "{iin8}" ⟦iin⟧
  phone: "{mob9d}" ⟦phone⟧
  email: {email7} ⟦email⟧
  passport: {pass4} ⟦id-document⟧
  id_card: "{idc4}" ⟦id-document⟧
  student_number: "{stud9}" ⟦student-id⟧
  card: "{card4}" ⟦bank-card⟧
  iban: {iban4} ⟦iban⟧
- name: "Рахимова Г.Т." ⟦person-name⟧
  role: "Сапа менеджменті бөлімінің басшысы"
  approved_by: "Л. К. Байболова"
  code: ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01
  bin: "{bin2}"
  updated: 2025-09-01
  phone: "+7 701 602 5353"
"""

SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 200" role="img" aria-label="Процесс картасы: иесі Байболова Л.К.">
  <title>Процестің иесі және қатысушылары</title>
  <path d="M10 10 L 87011234567 20 Z {card9}"/>
  <text x="10" y="40">Жауапты: Сәрсенова Айгерім Болатқызы</text> ⟦person-name⟧
  <text x="10" y="60"><tspan>тел. </tspan><tspan>{mob6a}</tspan></text> ⟦phone⟧
  <text x="10" y="80">{email8}</text> ⟦email⟧
  <desc>Author: Ivanova M.P.</desc> ⟦person-name⟧
  <g aria-label="Kuznetsova Anna Viktorovna"><rect width="10" height="10"/></g> ⟦person-name⟧
  <text x="10" y="120">ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12, 2026</text>
</svg>
"""

NEGATIVES_MD = """\
# Hard negatives / Қиын теріс мысалдар / Сложные отрицательные примеры

Қ. Құлажанов атындағы Қазақ технология және бизнес университеті
Казахский университет технологии и бизнеса имени К. Кулажанова
K. Kulazhanov Kazakh University of Technology and Business
Қ. Құлажанов, К. Кулажанов, K. Kulazhanov, Құлажанов, Кулажанов, К.Кулажанов.
Л.К. Байболова, Л. К. Байболова, Байболова Л.К., Байболова Л. К., Л.К.Байболова.
L.K. Baibolova, L. K. Baibolova, Baibolova L.K., Baibolova L. K.
Ректор Байболовой Л.К. жолданған хат; Л.К. Байболованың бұйрығы.
+7 (7172) 57-88-15; 8 7172 578815; +77172578815; 8-708-425-06-60; +7 708 4250660.
87016025353; +7 (701) 602 53 53; 8 701 602 5353.
БСН/БИН: {bin3}, {bin4}, {bin5}; университет: {kaztbu_bin}.
Жарамсыз ЖСН {iin_bad}; Luhn-invalid {card_bad}; wrong IBAN {iban_bad}.
6B04105, 7M04105, 8D04105, 6B01501; ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01; F.СДД-7.5-2026-01-02.
ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12; KZ70LAA00005828; ISO 9001:2015; 4.4.1, 8.5.1, 10.2.
Бұйрық 2025 жылғы 12 наурызда бекітілді. Утверждено 12 марта 2025 г. Approved on March 12, 2025.
2024–2025 оқу жылы; 2024-2025 учебный год; 15.09.2025; 2025-09-15; 1958 жылы құрылған.
95 %, 87,5%, 0.25, 1 250, 12 500, 100000 тенге, 010000, 050000, 3.141592653589.
{sha}
{hex}
Сапа менеджменті бөлімі; Проректор по академическим вопросам; Vice-Rector for Research.
Ғылыми кеңес, Ученый совет, Academic Council, Quality Policy, Board of Directors.
ҚазТБУ, СМЖ, ISO, ЖОО, РК, ҚР БҒМ.
Ұлы Отан соғысы; Студенттер саны 12500; Студенческий совет 2025; Паспорт процесса 2026.
Процестің төлқұжаты ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01.
Приложение А. Перечень документов. Appendix B. Terms.
"""


def _emails(v: dict[str, str]) -> None:
    local = [
        "aigerim.s",
        "n.akhmetov",
        "petrov.s",
        "ivanova_m",
        "sarsenova.a",
        "volkova",
        "t.omarov",
        "d.zhumabekova",
    ]
    domains = ["mail.kz", "gmail.com", "yandex.ru", "inbox.kz"]
    for i, name in enumerate(local, 1):
        v[f"email{i}"] = f"{name}{i}@{domains[i % len(domains)]}"


def _render(template: str, v: dict[str, str]) -> tuple[str, list[tuple[int, str]]]:
    """Substitute values; strip ⟦category⟧ markers into (line, category) labels."""
    text = template.format(header=STAFF_CSV_HEADER, **v)
    lines, labels = [], []
    for number, line in enumerate(text.split("\n"), 1):
        labels += [(number, m.group(1)) for m in _MARKER.finditer(line)]
        lines.append(_MARKER.sub("", line))
    return "\n".join(lines), labels


def _person_json(v: dict[str, str]) -> tuple[str, list[tuple[int, str]]]:
    """Pretty JSON with every Cyrillic letter escaped, as json.dumps writes by default."""
    data = {
        "person": {
            "full_name": "Жұмабекова Дана Ерланқызы",
            "birth_date": "1996-07-21",
            "iin": v["iin9"],
            "phone": v["mob2f"],
            "email": v["email8"],
            "iban": v["iban5"],
            "card": v["card5"],
        },
        "university": {
            "name": "K. Kulazhanov Kazakh University of Technology and Business",
            "bin": v["kaztbu_bin"],
            "phone": "+77172578815",
            "rector": "Байболова Л.К.",
            "founded": "1958-09-01",
        },
    }
    text = json.dumps(data, indent=2) + "\n"
    categories = {
        "full_name": "person-name",
        "birth_date": "birth-date",
        "iin": "iin",
        "email": "email",
        "iban": "iban",
        "card": "bank-card",
    }
    labels = []
    lines = text.split("\n")
    for key, category in categories.items():
        labels.append((next(i for i, ln in enumerate(lines, 1) if f'"{key}"' in ln), category))
    phone_line = next(i for i, ln in enumerate(lines, 1) if v["mob2f"] in ln)
    labels.append((phone_line, "phone"))
    return text, labels


def _search_index(v: dict[str, str]) -> tuple[str, list[tuple[int, str]]]:
    """A MkDocs search index: one line, every non-ASCII letter escaped."""
    data = {
        "config": {"lang": ["ru", "kk", "en"], "separator": "[\\s\\-]+"},
        "docs": [
            {
                "location": "",
                "title": "Басты бет",
                "text": "<p>Қ. Құлажанов атындағы Қазақ технология және бизнес университеті. "
                "Ректор Л.К. Байболова. Тел.: +7 (7172) 57-88-15. БСН "
                f"{v['kaztbu_bin']}. 6B04105, ҚазТБУ-П/Р-ПАК-4.1/6.3-2026-01.</p>",
            },
            {
                "location": "ru/priem/",
                "title": "Приём",
                "text": f"<p>Заявитель Смирнова Алия Маратовна, ИИН {v['iin3']}, "
                f"телефон {v['mob3b']}, почта {v['email3']}.</p>"
                "<p>Дата рождения: 09.09.1999.</p>",
            },
        ],
    }
    text = json.dumps(data, separators=(",", ":"))
    labels = [(1, c) for c in ("person-name", "iin", "phone", "email", "birth-date")]
    return text, labels


# The language(s) of each corpus file, for the coverage test.
LANGUAGES = {
    "kk_admissions.md": {"kk"},
    "ru_admissions.html": {"ru"},
    "en_notes.txt": {"en"},
    "kk_ru_staff.csv": {"kk", "ru"},
    "programmes.csv": {"kk", "ru"},
    "kk_people.yaml": {"kk"},
    "kk_process_map.svg": {"kk", "en"},
    "negatives.md": {"kk", "ru", "en"},
    "kk_person.json": {"kk", "en"},
    "built_site/search/search_index.json": {"kk", "ru"},
}


def build() -> tuple[dict[str, str], list[dict[str, object]]]:
    """The corpus files (relative path → text) and their labels."""
    v = _values()
    _emails(v)
    files: dict[str, str] = {}
    labels: list[dict[str, object]] = []
    rendered = {
        "kk_admissions.md": _render(KK_MD, v),
        "ru_admissions.html": _render(RU_HTML, v),
        "en_notes.txt": _render(EN_TXT, v),
        "kk_ru_staff.csv": _render(STAFF_CSV, v),
        "programmes.csv": _render(PROGRAMMES_CSV, v),
        "kk_people.yaml": _render(PEOPLE_YAML, v),
        "kk_process_map.svg": _render(SVG, v),
        "negatives.md": _render(NEGATIVES_MD, v),
        "kk_person.json": _person_json(v),
        "built_site/search/search_index.json": _search_index(v),
    }
    for name, (text, file_labels) in rendered.items():
        files[name] = text
        labels += [{"file": name, "line": line, "category": c} for line, c in file_labels]
    return files, labels


def labels_yaml(labels: list[dict[str, object]]) -> str:
    head = (
        "# Labels of tests/privacy/corpus, written by tests/privacy/build_corpus.py.\n"
        "# One entry per expected finding: file, line, category. Everything else in the\n"
        "# corpus is a hard negative.\n"
    )
    body = "".join(
        f"- {{file: {item['file']}, line: {item['line']}, category: {item['category']}}}\n"
        for item in labels
    )
    return head + body


def write(folder: Path = CORPUS) -> None:
    files, labels = build()
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (folder / "labels.yaml").write_text(labels_yaml(labels), encoding="utf-8")


if __name__ == "__main__":
    write()
    print(f"wrote {CORPUS}")
