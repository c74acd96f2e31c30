"""Test corpus: personal data of private persons listed in page structure
(tables, lists, definition lists, captions, CSV, JSON) and public look-alikes.
Standard library only; output is byte-identical on every run."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

ANY = "any"
SHY = "\u00ad"


@dataclass(frozen=True)
class Entry:
    name: str  # unique, prefix "t" + two digits
    category: str | None  # expected category, ANY, or None for a public look-alike
    cls: str  # structure kind
    part: str  # where in the structure the datum sits
    lang: str  # "kk", "ru" or "en"
    datum: str
    reason: str


E = Entry
MANIFEST: list[Entry] = [
    # ---------------- positives ----------------
    E(
        "t01",
        "person-name",
        "html-table",
        "td with rowspan",
        "kk",
        "Ахметжанова Мадина Ерланқызы",
        "kk student table, 'Аты-жөні'/'Тобы' headers, rowspan over group cell",
    ),
    E(
        "t02",
        "phone",
        "html-table",
        "td under 'Телефон'",
        "ru",
        "+7 705 318 42 96",
        "ru table 'ФИО'/'Телефон' with private students' mobiles",
    ),
    E(
        "t03",
        "email",
        "html-table",
        "td under 'Email'",
        "en",
        "d.seitkali2003@mail.ru",
        "en table 'Full name'/'Email' of students with personal addresses",
    ),
    E(
        "t04",
        "person-name",
        "html-ol",
        "li",
        "ru",
        "Жумабекова Алина Сериковна",
        "ordered list of olympiad prize winners (students)",
    ),
    E(
        "t05",
        "phone",
        "html-dl",
        "dd after dt 'Телефон'",
        "kk",
        "8 747 215 63 08",
        "definition list of a student's contact card",
    ),
    E(
        "t06",
        "person-name",
        "html-br",
        "name split by <br>",
        "kk",
        "Мадина Ахметжанова",
        "given name and surname separated by <br> in a card",
    ),
    E(
        "t07",
        "person-name",
        "html-inline",
        "name split by <strong>",
        "kk",
        "Сейтқали Айгерім",
        "surname in <strong>, given name outside, in a news line about a student",
    ),
    E(
        "t08",
        "person-name",
        "html-nbsp",
        "name joined by &nbsp;",
        "ru",
        "Калиева Дана Муратовна",
        "parts of a student's full name joined by &nbsp;",
    ),
    E(
        "t09",
        "person-name",
        "html-shy",
        "soft hyphen inside surname",
        "ru",
        "Тлеубердиев Нурлан",
        "surname broken by &shy; and U+00AD in a list of students",
    ),
    E(
        "t10",
        "person-name",
        "md-table",
        "surname | given name columns",
        "ru",
        "Оспанов Ерлан",
        "Markdown table with alignment row; name spread over two columns",
    ),
    E(
        "t11",
        "person-name",
        "md-nested-list",
        "sub-item",
        "kk",
        "Нұрланова Әсем Бауыржанқызы",
        "nested Markdown list of a group's students",
    ),
    E(
        "t12",
        "student-id",
        "csv",
        "column 'Студ. билет №'",
        "ru",
        "22051874",
        "CSV of exam results with a name column and a column of student numbers",
    ),
    E(
        "t13",
        "person-name",
        "csv",
        "column 'full_name'",
        "en",
        "Bekov Timur Askarovich",
        "CSV of exam scores with full names of students",
    ),
    E(
        "t14",
        "person-name",
        "json",
        "value of 'fio'",
        "ru",
        "Исмаилова Жанар Кайратовна",
        "JSON array of objects {'fio': ...}",
    ),
    E(
        "t15",
        "phone",
        "json",
        "value of 'phone'",
        "ru",
        "+77012345987",
        "JSON array of students with mobile numbers",
    ),
    E(
        "t16",
        "person-name",
        "html-caption",
        "figcaption",
        "kk",
        "Мұратов Ақжол",
        "photo caption 'Суретте: сол жақтан оңға қарай — ...' naming students",
    ),
    E(
        "t17",
        "person-name",
        "html-caption",
        "figcaption",
        "ru",
        "Ким Виктория",
        "photo caption 'На фото слева направо: ...' naming students",
    ),
    E(
        "t18",
        "person-name",
        "html-ul",
        "li with role",
        "ru",
        "Сарсенбаева Гульнара Амангельдыевна",
        "list of an exam commission's members with roles (staff, not officials)",
    ),
    E(
        "t19",
        "person-name",
        "md-list",
        "item with role",
        "kk",
        "Жақсылықов Нұржан Серікұлы",
        "kk list of appeal commission members with roles",
    ),
    E(
        "t20",
        "email",
        "html-dl",
        "dd after dt 'E-mail'",
        "en",
        "aruzhan.kenzhebay@gmail.com",
        "definition list of a student's profile",
    ),
    E(
        "t21",
        "email",
        "md-table",
        "cell under 'Email'",
        "ru",
        "t.abenov05@inbox.ru",
        "Markdown table of club members with e-mail column",
    ),
    E(
        "t22",
        "phone",
        "txt-list",
        "numbered line",
        "kk",
        "+7 (777) 540-12-88",
        "plain-text list of student monitors with phone numbers",
    ),
    E(
        "t23",
        "student-id",
        "html-table",
        "td under 'Студенттік билет №'",
        "kk",
        "21047563",
        "kk table of students with student card numbers",
    ),
    E(
        "t24",
        "student-id",
        "json",
        "value of 'student_id'",
        "en",
        "23019642",
        "JSON array of scholarship holders with student numbers",
    ),
    E(
        "t25",
        "person-name",
        "html-table",
        "th scope=row, colspan header",
        "en",
        "Abenova Saule",
        "en results table where the name is the row header",
    ),
    E(
        "t26",
        "phone",
        "md-table",
        "cell under 'Телефон'",
        "ru",
        "8 (708) 913 27 45",
        "Markdown table of dormitory residents with phones",
    ),
    E(
        "t27",
        "phone",
        "html-dl",
        "dd with &nbsp; between digit groups",
        "kk",
        "+7&nbsp;702&nbsp;664&nbsp;19&nbsp;30",
        "phone digits joined by &nbsp; in a dd",
    ),
    E(
        "t28",
        "person-name",
        "html-ul",
        "li",
        "en",
        "Yerlan Dzhaksybekov",
        "en list of hackathon winners, given name first",
    ),
    E(
        "t29",
        ANY,
        "txt-table",
        "aligned columns",
        "ru",
        "Ибраева А.Т.  ВТ-22-1  2205318",
        "plain-text aligned table: surname+initials, group, and a 7-digit number (id or phone-like)",
    ),
    E(
        "t30",
        "email",
        "html-table",
        "a href=mailto in td",
        "kk",
        "zh.omarova@yandex.kz",
        "kk table of students with mailto links",
    ),
    E(
        "t31",
        "person-name",
        "md-nested-list",
        "sub-item, surname+initials",
        "ru",
        "Ахметов Д.С.",
        "nested Markdown list of students written as surname + initials",
    ),
    # ---------------- public look-alikes ----------------
    E(
        "t32",
        None,
        "html-table",
        "td",
        "kk",
        "6B06102 Ақпараттық жүйелер",
        "table of programmes and codes with rowspan/colspan; no people",
    ),
    E("t33", None, "html-ol", "li", "ru", "ауд. 305", "ordered list of rooms and auditoriums"),
    E(
        "t34",
        None,
        "html-dl",
        "dd",
        "kk",
        "+7 (7172) 57 88 15",
        "definition list with the university's own phones and office e-mail",
    ),
    E(
        "t35",
        None,
        "html-caption",
        "figcaption",
        "kk",
        "Абай Құнанбайұлы",
        "gallery caption of portraits of Abai and Al-Farabi",
    ),
    E(
        "t36",
        None,
        "md-table",
        "cell",
        "ru",
        "Байболова Л.К.",
        "Markdown table of units with the rector and admissions@example.org",
    ),
    E(
        "t37",
        None,
        "csv",
        "row",
        "en",
        "Database Systems,5,2024",
        "CSV of courses with credits and years",
    ),
    E(
        "t38",
        None,
        "json",
        "value of 'phone'",
        "ru",
        "+7 708 425 06 60",
        "JSON array of offices with university phones",
    ),
    E(
        "t39",
        None,
        "html-caption",
        "figcaption",
        "kk",
        "Қ. Құлажанов",
        "photo caption of the eponym's monument",
    ),
    E(
        "t40",
        None,
        "md-nested-list",
        "sub-item",
        "en",
        "Department of Information Systems",
        "nested list of faculties and departments",
    ),
    E("t41", None, "html-table", "td", "ru", "2023 | 1248", "table of enrolment counts by year"),
    E(
        "t42",
        None,
        "txt-list",
        "line",
        "ru",
        "+7 701 602 53 53",
        "plain-text list of offices with the university's phones and e-mails",
    ),
    E(
        "t43",
        None,
        "csv",
        "column 'group'",
        "kk",
        "ВТ-22-1",
        "CSV of group codes with student counts and room numbers",
    ),
    E(
        "t44",
        None,
        "html-ol",
        "li",
        "kk",
        "Экономика факультетінің командасы",
        "ordered list of prize-winning teams (faculties), no individuals",
    ),
    E(
        "t45",
        None,
        "html-ul",
        "li with role",
        "ru",
        "Председатель — ректор Байболова Л.К.",
        "commission chaired by the rector, other members given by position only",
    ),
    E(
        "t46",
        None,
        "md-table",
        "cell",
        "kk",
        "Әл-Фараби атындағы аудитория",
        "Markdown table of named halls (Abai, Al-Farabi, Қ. Құлажанов)",
    ),
]

_HTML_HEAD = '<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{title}</title></head>\n<body>\n'
_HTML_TAIL = "</body>\n</html>\n"


def _html(lang: str, title: str, body: str) -> tuple[str, str]:
    return "html", _HTML_HEAD.format(lang=lang, title=title) + body + _HTML_TAIL


FILES: dict[str, tuple[str, str]] = {
    "t01": _html(
        "kk",
        "ВТ-22 топтары",
        """<table>
  <tr><th>Тобы</th><th>№</th><th>Аты-жөні</th><th colspan="2">Бағалар</th></tr>
  <tr><td rowspan="3">ВТ-22-1</td><td>1</td><td>Ахметжанова Мадина Ерланқызы</td><td>A</td><td>95</td></tr>
  <tr><td>2</td><td>Бекенов Арман Талғатұлы</td><td>B+</td><td>88</td></tr>
  <tr><td>3</td><td>Қасымова Дильназ Маратқызы</td><td>A-</td><td>91</td></tr>
</table>
""",
    ),
    "t02": _html(
        "ru",
        "Старосты групп",
        """<table>
  <thead><tr><th>ФИО</th><th>Группа</th><th>Телефон</th></tr></thead>
  <tbody>
    <tr><td>Смагулов Ержан</td><td>ЭК-23-2</td><td>+7 705 318 42 96</td></tr>
    <tr><td>Петренко Ольга</td><td>ЭК-23-1</td><td>+7 747 902 15 63</td></tr>
  </tbody>
</table>
""",
    ),
    "t03": _html(
        "en",
        "Volunteers",
        """<table>
  <tr><th>Full name</th><th>Group</th><th>Email</th></tr>
  <tr><td>Dias Seitkali</td><td>IS-21-3</td><td>d.seitkali2003@mail.ru</td></tr>
  <tr><td>Amina Tokhtarova</td><td>IS-21-1</td><td>amina.tokhtarova@gmail.com</td></tr>
</table>
""",
    ),
    "t04": _html(
        "ru",
        "Призёры олимпиады",
        """<h2>Призёры олимпиады по математике</h2>
<ol>
  <li>Жумабекова Алина Сериковна (ФН-22-1) — I место</li>
  <li>Ермеков Санжар Болатович (ВТ-23-2) — II место</li>
  <li>Литвинова Ксения Игоревна (ЭК-22-1) — III место</li>
</ol>
""",
    ),
    "t05": _html(
        "kk",
        "Байланыс",
        """<h3>Студенттің байланыс деректері</h3>
<dl>
  <dt>Аты-жөні</dt><dd>Тоқтар Ерасыл</dd>
  <dt>Телефон</dt><dd>8 747 215 63 08</dd>
</dl>
""",
    ),
    "t06": _html(
        "kk",
        "Үздік студент",
        """<div class="card">
  <img src="student.jpg" alt="">
  <p class="name">Мадина<br>Ахметжанова</p>
  <p>ВТ-22-1 тобы, GPA 3,9</p>
</div>
""",
    ),
    "t07": _html(
        "kk",
        "Жаңалықтар",
        """<p><strong>Сейтқали</strong> Айгерім, ЭК-23-1 тобының студенті,
республикалық шахмат турнирінде бірінші орын алды.</p>
<p><em>Омаров</em> Нұрсұлтан екінші орынды иеленді.</p>
""",
    ),
    "t08": _html(
        "ru",
        "Список",
        """<ul>
  <li>Калиева&nbsp;Дана&nbsp;Муратовна, группа МН-22-1</li>
  <li>Грищенко&nbsp;Артём&nbsp;Олегович, группа МН-22-1</li>
</ul>
""",
    ),
    "t09": _html(
        "ru",
        "Список",
        """<ul>
  <li>Тлеу&shy;бердиев Нурлан — группа ПИ-23-2</li>
  <li>Касым"""
        + SHY
        + """ханова Жанель — группа ПИ-23-2</li>
</ul>
""",
    ),
    "t10": (
        "md",
        """# Результаты зачёта, группа ИС-22-1

| №  | Фамилия    | Имя     | Балл |
|:--:|:-----------|:--------|-----:|
| 1  | Оспанов    | Ерлан   |   87 |
| 2  | Волкова    | Дарья   |   92 |
| 3  | Нурмаганбетов | Адиль |   74 |
""",
    ),
    "t11": (
        "md",
        """# Топтар құрамы

- ВТ-23-1
  - Нұрланова Әсем Бауыржанқызы
  - Серікбаев Ернар Асқарұлы
- ВТ-23-2
  - Қуанышева Томирис Еркінқызы
""",
    ),
    "t12": (
        "csv",
        """ФИО,Группа,Студ. билет №,Балл
Абдрахманов Тимур,ВТ-22-1,22051874,86
Ли Екатерина,ВТ-22-1,22051902,91
Сагындыкова Айдана,ВТ-22-2,22052017,78
Коваль Денис,ВТ-22-2,22052033,69
""",
    ),
    "t13": (
        "csv",
        """no,full_name,group,score
1,Bekov Timur Askarovich,IS-22-1,88
2,Zhunusova Aliya Nurlanovna,IS-22-1,93
3,Kovalenko Maxim Sergeevich,IS-22-2,71
4,Sadykova Dinara Maratovna,IS-22-2,84
""",
    ),
    "t14": (
        "json",
        """[
  {"fio": "Исмаилова Жанар Кайратовна", "group": "ФН-23-1", "course": 2},
  {"fio": "Бектуров Алмас Ерланович", "group": "ФН-23-1", "course": 2},
  {"fio": "Зайцева Анна Павловна", "group": "ФН-23-2", "course": 2}
]
""",
    ),
    "t15": (
        "json",
        """[
  {"name": "Сулейменов Арсен", "group": "ЮР-22-1", "phone": "+77012345987"},
  {"name": "Гайсина Лейла", "group": "ЮР-22-1", "phone": "+77754401236"},
  {"name": "Нуржанов Алибек", "group": "ЮР-22-2", "phone": "+77478810352"}
]
""",
    ),
    "t16": _html(
        "kk",
        "Фотогалерея",
        """<figure>
  <img src="olympiad.jpg" alt="">
  <figcaption>Суретте: сол жақтан оңға қарай — Мұратов Ақжол, Сәрсенова Інжу, Төлеген Бекзат.</figcaption>
</figure>
""",
    ),
    "t17": _html(
        "ru",
        "Фотогалерея",
        """<figure>
  <img src="debate.jpg" alt="">
  <figcaption>На фото слева направо: Ким Виктория, Абилов Руслан, Темирова Асель — победители дебатов.</figcaption>
</figure>
""",
    ),
    "t18": _html(
        "ru",
        "Экзаменационная комиссия",
        """<h3>Состав экзаменационной комиссии</h3>
<ul>
  <li>Председатель — Сарсенбаева Гульнара Амангельдыевна, ст. преподаватель</li>
  <li>Секретарь — Мельник Ирина Викторовна, методист</li>
  <li>Член комиссии — Есенов Данияр Маратович, ассистент</li>
</ul>
""",
    ),
    "t19": (
        "md",
        """## Апелляциялық комиссия құрамы

1. Төраға — Жақсылықов Нұржан Серікұлы, аға оқытушы
2. Хатшы — Әбдіхалықова Гүлжан Нұрланқызы, әдіскер
3. Мүше — Бейсенов Ерболат Қайратұлы, ассистент
""",
    ),
    "t20": _html(
        "en",
        "Student profile",
        """<dl>
  <dt>Name</dt><dd>Aruzhan Kenzhebay</dd>
  <dt>Group</dt><dd>FIN-22-1</dd>
  <dt>E-mail</dt><dd>aruzhan.kenzhebay@gmail.com</dd>
</dl>
""",
    ),
    "t21": (
        "md",
        """# Участники клуба робототехники

| Участник | Курс | Email |
|---|:---:|---|
| Абенов Тимур | 2 | t.abenov05@inbox.ru |
| Сидорова Полина | 3 | polina.sid@mail.kz |
""",
    ),
    "t22": (
        "txt",
        """Топ старосталары (2024-2025)

1. Ержанов Бақдәулет, ВТ-24-1 — +7 (777) 540-12-88
2. Сұлтанова Аяулым, ВТ-24-2 — +7 (702) 318-77-04
3. Қалиев Санжар, ВТ-24-3 — +7 (776) 091-45-32
""",
    ),
    "t23": _html(
        "kk",
        "Стипендиаттар",
        """<table>
  <tr><th>Аты-жөні</th><th>Тобы</th><th>Студенттік билет №</th></tr>
  <tr><td>Әлібек Дамир</td><td>ЭК-21-1</td><td>21047563</td></tr>
  <tr><td>Жанұзақова Мөлдір</td><td>ЭК-21-2</td><td>21047890</td></tr>
</table>
""",
    ),
    "t24": (
        "json",
        """{
  "scholarship": "Rector's scholarship 2024",
  "holders": [
    {"student_id": "23019642", "group": "IS-23-1"},
    {"student_id": "23019718", "group": "IS-23-2"}
  ]
}
""",
    ),
    "t25": _html(
        "en",
        "Final results",
        """<table>
  <thead>
    <tr><th rowspan="2">Student</th><th colspan="2">Semester 1</th></tr>
    <tr><th>Score</th><th>Grade</th></tr>
  </thead>
  <tbody>
    <tr><th scope="row">Abenova Saule</th><td>94</td><td>A</td></tr>
    <tr><th scope="row">Morozov Ilya</th><td>81</td><td>B</td></tr>
  </tbody>
</table>
""",
    ),
    "t26": (
        "md",
        """# Жильцы общежития, блок Б

| Комната | ФИО | Телефон |
|:-------:|-----|---------|
| 214 | Жапаров Нурбол | 8 (708) 913 27 45 |
| 215 | Юсупова Гульназ | 8 (771) 206 58 19 |
""",
    ),
    "t27": _html(
        "kk",
        "Байланыс",
        """<dl>
  <dt>Студент</dt><dd>Оразбек Нұрай</dd>
  <dt>Ұялы телефон</dt><dd>+7&nbsp;702&nbsp;664&nbsp;19&nbsp;30</dd>
</dl>
""",
    ),
    "t28": _html(
        "en",
        "Hackathon 2024",
        """<h2>KazUTB Hackathon 2024 winners</h2>
<ul>
  <li>1st place: Yerlan Dzhaksybekov and Tomiris Aubakirova</li>
  <li>2nd place: Nikita Belov</li>
</ul>
""",
    ),
    "t29": (
        "txt",
        """Список допуска к экзамену

Ибраева А.Т.      ВТ-22-1   2205318
Мухамеджанов Б.К. ВТ-22-1   2205344
Федорова Е.С.     ВТ-22-2   2205391
""",
    ),
    "t30": _html(
        "kk",
        "Байланыс",
        """<table>
  <tr><th>Аты-жөні</th><th>Пошта</th></tr>
  <tr><td>Омарова Жансая</td><td><a href="mailto:zh.omarova@yandex.kz">zh.omarova@yandex.kz</a></td></tr>
  <tr><td>Дүйсенов Алихан</td><td><a href="mailto:alikhan.d@mail.ru">alikhan.d@mail.ru</a></td></tr>
</table>
""",
    ),
    "t31": (
        "md",
        """# Распределение по практике

- ТОО «Астана Логистик»
  - Ахметов Д.С.
  - Богданова К.А.
- АО «КазТрансКом»
  - Сейткалиев Р.Н.
""",
    ),
    # ---------------- look-alikes ----------------
    "t32": _html(
        "kk",
        "Білім беру бағдарламалары",
        """<table>
  <tr><th>Коды</th><th>Атауы</th><th colspan="2">Оқу мерзімі</th></tr>
  <tr><td rowspan="2">6B061</td><td>6B06102 Ақпараттық жүйелер</td><td>4 жыл</td><td>240 кредит</td></tr>
  <tr><td>6B06103 Бағдарламалық инженерия</td><td>4 жыл</td><td>240 кредит</td></tr>
</table>
""",
    ),
    "t33": _html(
        "ru",
        "Аудитории",
        """<ol>
  <li>ауд. 305 — компьютерный класс, 30 мест</li>
  <li>ауд. 412 — лекционный зал, 120 мест</li>
  <li>ауд. 118 — лаборатория физики</li>
</ol>
""",
    ),
    "t34": _html(
        "kk",
        "Байланыс",
        """<dl>
  <dt>Қабылдау бөлмесі</dt><dd>+7 (7172) 57 88 15</dd>
  <dt>Қабылдау комиссиясы</dt><dd>+7 708 425 06 60</dd>
  <dt>Телефон</dt><dd>+7 701 602 53 53</dd>
  <dt>E-mail</dt><dd>office@example.org</dd>
</dl>
""",
    ),
    "t35": _html(
        "kk",
        "Галерея",
        """<figure>
  <img src="portraits.jpg" alt="">
  <figcaption>Суретте: сол жақтан оңға қарай — Абай Құнанбайұлы мен Әл-Фарабидің портреттері (кітапхана фойесі).</figcaption>
</figure>
""",
    ),
    "t36": (
        "md",
        """# Структура университета

| Подразделение | Руководитель | Контакт |
|:--------------|:-------------|:--------|
| Ректорат | Байболова Л.К. | office@example.org |
| Приёмная комиссия | — | admissions@example.org |
| Учебный отдел | — | +7 (7172) 57 88 15 |
""",
    ),
    "t37": (
        "csv",
        """course,credits,year
Database Systems,5,2024
Microeconomics,4,2023
Academic Kazakh,3,2024
Linear Algebra,5,2022
""",
    ),
    "t38": (
        "json",
        """[
  {"unit": "Приёмная комиссия", "phone": "+7 708 425 06 60", "email": "admissions@example.org"},
  {"unit": "Канцелярия", "phone": "+7 (7172) 57 88 15", "email": "office@example.org"},
  {"unit": "Деканат ФИТ", "phone": "+7 701 602 53 53", "email": "office@example.org"}
]
""",
    ),
    "t39": _html(
        "kk",
        "Университет тарихы",
        """<figure>
  <img src="monument.jpg" alt="">
  <figcaption>Суретте: Қ. Құлажанов ескерткіші, университеттің бас ғимараты алдында (2019).</figcaption>
</figure>
""",
    ),
    "t40": (
        "md",
        """# Faculties

- Faculty of Information Technology
  - Department of Information Systems
  - Department of Computer Engineering
- Faculty of Economics
  - Department of Finance
""",
    ),
    "t41": _html(
        "ru",
        "Контингент",
        """<table>
  <tr><th>Год</th><th>Студентов</th><th>Выпускников</th></tr>
  <tr><td>2022</td><td>1190</td><td>287</td></tr>
  <tr><td>2023</td><td>1248</td><td>301</td></tr>
  <tr><td>2024</td><td>1312</td><td>316</td></tr>
</table>
""",
    ),
    "t42": (
        "txt",
        """Контакты подразделений

Ректорат — +7 (7172) 57 88 15, office@example.org
Приёмная комиссия — +7 708 425 06 60, admissions@example.org
Центр обслуживания студентов — +7 701 602 53 53
""",
    ),
    "t43": (
        "csv",
        """group,students,room
ВТ-22-1,24,305
ВТ-22-2,22,412
ЭК-23-1,27,118
ЮР-24-1,19,207
""",
    ),
    "t44": _html(
        "kk",
        "Спартакиада",
        """<h2>Спартакиада жеңімпаздары</h2>
<ol>
  <li>Экономика факультетінің командасы — 1 орын</li>
  <li>Ақпараттық технологиялар факультетінің командасы — 2 орын</li>
  <li>Құқық факультетінің командасы — 3 орын</li>
</ol>
""",
    ),
    "t45": _html(
        "ru",
        "Приёмная комиссия",
        """<h3>Состав приёмной комиссии</h3>
<ul>
  <li>Председатель — ректор Байболова Л.К.</li>
  <li>Заместитель председателя — проректор по учебной работе</li>
  <li>Ответственный секретарь — руководитель офиса регистратора</li>
  <li>Члены — деканы факультетов</li>
</ul>
""",
    ),
    "t46": (
        "md",
        """# Аталған аудиториялар

| Аудитория | Атауы | Орын саны |
|:---:|:---|---:|
| 101 | Абай атындағы аудитория | 80 |
| 201 | Әл-Фараби атындағы аудитория | 120 |
| 301 | Қ. Құлажанов атындағы мәжіліс залы | 150 |
""",
    ),
}


# File names with their extension, as the other corpora name their files.
FILES_EXT = {key: ext for key, (ext, _) in FILES.items()}
FILES = {f"{key}.{ext}": (ext, text) for key, (ext, text) in FILES.items()}
MANIFEST = [replace(e, name=f"{e.name}.{FILES_EXT[e.name]}") for e in MANIFEST]


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for entry in MANIFEST:
        _, text = FILES[entry.name]
        path = folder / entry.name
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        out.append(path)
    return out


if __name__ == "__main__":
    for p in build(Path("/tmp/corpus6/lists-out")):
        print(p)
