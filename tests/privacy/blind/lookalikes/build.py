"""Look-alike corpus for the personal-data gate (false-alarm focus).

Category None  = public look-alike, must NOT be reported.
Category ANY   = near-miss positive, must be reported (any category).
Standard library only; output is byte-identical on every run.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ANY = "any"


@dataclass(frozen=True)
class Entry:
    name: str
    category: str | None
    cls: str
    part: str
    lang: str
    datum: str
    reason: str


UNI_KK = "Қ. Құлажанов атындағы Қазақ технология және бизнес университеті"
UNI_RU = "Казахский университет технологии и бизнеса имени К. Кулажанова"
UNI_EN = "Kazakh University of Technology and Business named after K. Kulazhanov"
BIN = "990140001233"  # fictional, valid check digit, 5th digit 4 (legal entity)
UNI_IBAN = "KZ297220000000012345"


def html(lang: str, title: str, body: str) -> str:
    foot = {"kk": UNI_KK, "ru": UNI_RU, "en": UNI_EN}[lang]
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n'
        "<head>\n"
        '  <meta charset="utf-8">\n'
        f"  <title>{title}</title>\n"
        "</head>\n"
        "<body>\n"
        f"<h1>{title}</h1>\n"
        f"{body.strip()}\n"
        f"<footer>© 2024 {foot}</footer>\n"
        "</body>\n"
        "</html>\n"
    )


def js(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


_ITEMS: list[tuple[Entry, str]] = []


def add(name, category, cls, part, lang, datum, reason, text):
    _ITEMS.append((Entry(name, category, cls, part, lang, datum, reason), text))


# ---------------------------------------------------------------- Kazakh look-alikes
add(
    "l01-contacts-kk.html",
    None,
    "street-named-after-person",
    "body-address",
    "kk",
    "Қабанбай батыр даңғылы 53",
    "Avenue named after the 18th-century batyr; the address of a public building.",
    html(
        "kk",
        "Байланыс",
        """
<p>Университеттің оқу корпусы: Астана қ., Қабанбай батыр даңғылы 53, 010000.</p>
<p>Қабылдау комиссиясы: +7 (7172) 57 88 15, admissions@example.org</p>
<p>Кеңсе: office@example.org</p>
<p>Жұмыс уақыты: дүйсенбі–жұма, 09:00–18:00; түскі үзіліс 13:00–14:00.</p>
<p>Қоғамдық көлік: 10, 12, 21 автобустары, «Университет» аялдамасы.</p>
""",
    ),
)

add(
    "l02-presidential-scholarship-kk.html",
    None,
    "scholarship-named",
    "body-heading",
    "kk",
    "Президенттік стипендия",
    "Name of a state scholarship programme; no recipient is named.",
    html(
        "kk",
        "Президенттік стипендия 2024–2025",
        """
<p>Президенттік стипендия оқу үлгерімі жоғары студенттерге тағайындалады.</p>
<ul>
<li>GPA кемінде 3,67 (соңғы екі семестр бойынша);</li>
<li>ғылыми жарияланымдар немесе олимпиада жүлделері;</li>
<li>кафедра меңгерушісінің ұсынымы.</li>
</ul>
<p>Құжаттарды қабылдау мерзімі: 2024 жылғы 1–20 қыркүйек, С-305 аудитория.</p>
<p>Стипендия мөлшері: айына 120 000 ₸.</p>
""",
    ),
)

add(
    "l03-history-abai-kk.md",
    None,
    "historical-figure",
    "body-text",
    "kk",
    "Абай Құнанбайұлы (1845–1904)",
    "Historical national poet with life dates; public figure.",
    """# Абай оқулары — 2024

Абай Құнанбайұлы (1845–1904) — ақын, ойшыл, қазақ жазба әдебиетінің негізін салушы.
Биыл университетте «Абай оқулары» дәстүрлі түрде 10 тамызда өтеді.

## Бағдарлама

| Уақыты | Іс-шара | Орны |
|---|---|---|
| 10:00 | «Қара сөздер» мәнерлеп оқу | Абай атындағы аудитория, ауд. 214 |
| 12:00 | Шоқан Уәлиханов пен Абай: ағартушылық дәстүр | С-305 |
| 15:00 | Мұхтар Әуезовтің «Абай жолы» эпопеясы бойынша дөңгелек үстел | Кітапхана |

Барлық студенттер мен оқытушылар шақырылады.
""",
)

add(
    "l04-partners-kk.html",
    None,
    "institution-named",
    "body-list",
    "kk",
    "Абай атындағы ҚазҰПУ",
    "University named after a historical figure, listed as a partner.",
    html(
        "kk",
        "Серіктес университеттер",
        """
<ul>
<li>Абай атындағы ҚазҰПУ (Алматы)</li>
<li>Л.Н. Гумилев атындағы Еуразия ұлттық университеті (Астана)</li>
<li>Сәтбаев университеті (Алматы)</li>
<li>Әл-Фараби атындағы Қазақ ұлттық университеті (Алматы)</li>
<li>Nazarbayev University (Астана)</li>
<li>С. Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті</li>
</ul>
<p>Академиялық ұтқырлық бағдарламасы бойынша 2023 жылы 48 студент серіктес ЖОО-да оқыды.</p>
""",
    ),
)

add(
    "l05-order-kk.txt",
    None,
    "order-number-date",
    "body-text",
    "kk",
    "№ 595 бұйрық, 30.10.2018",
    "Ministry order number and date; a public legal act.",
    """НОРМАТИВТІК ҚҰЖАТТАР

1. Жоғары және жоғары оқу орнынан кейінгі білім беру ұйымдары қызметінің үлгілік
   қағидалары — ҚР Білім және ғылым министрінің № 595 бұйрық, 30.10.2018.
2. Кредиттік технология бойынша оқу процесін ұйымдастыру қағидалары —
   ҚР БҒМ 2011 жылғы 20 сәуірдегі № 152 бұйрығы.
3. Жоғары білімнің мемлекеттік жалпыға міндетті стандарты —
   ҚР ҒЖБМ 2022 жылғы 20 шілдедегі № 2 бұйрығы.
4. «Білім туралы» ҚР Заңы, 2007 жылғы 27 шілде, № 319-III.

Құжаттардың толық мәтіні: adilet.zan.kz
Жаңартылған күні: 15.01.2024
""",
)

add(
    "l06-requisites-kk.html",
    None,
    "bin",
    "body-table",
    "kk",
    BIN,
    "The university's own BIN (legal entity, 5th digit 4); public requisite.",
    html(
        "kk",
        "Деректемелер",
        f"""
<table>
<tr><th>Атауы</th><td>{UNI_KK}</td></tr>
<tr><th>БСН</th><td>{BIN}</td></tr>
<tr><th>ЖСК (IBAN)</th><td>{UNI_IBAN}</td></tr>
<tr><th>Банк</th><td>«Қазақстан Халық Банкі» АҚ</td></tr>
<tr><th>БСК</th><td>HSBKKZKX</td></tr>
<tr><th>Кбе</th><td>16</td></tr>
<tr><th>Заңды мекенжайы</th><td>Астана қ., Қабанбай батыр даңғылы 53, 010000</td></tr>
</table>
<p>Ақылы оқу төлемін осы деректемелер бойынша жасаңыз.</p>
""",
    ),
)

add(
    "l07-news-minister-kk.html",
    None,
    "office-holder",
    "body-text",
    "kk",
    "Ғылым және жоғары білім министрі Саясат Нұрбек",
    "A minister named together with his post at a public event.",
    html(
        "kk",
        "Министрдің сапары",
        """
<p>2023 жылғы 12 қазанда университетке ҚР Ғылым және жоғары білім министрі Саясат Нұрбек келді.</p>
<p>Министр жаңа зертханалар кешенін аралап, «Тамақ өнімдерінің технологиясы»
білім беру бағдарламасының оқытушыларымен кездесті.</p>
<p>Кездесуге Астана қаласының әкімі Жеңіс Қасымбек те қатысты.</p>
<p>Сапар барысында ғылыми жобаларды гранттық қаржыландыру мәселелері талқыланды.</p>
""",
    ),
)

add(
    "l08-syllabus-literature-kk.md",
    None,
    "writers-in-syllabus",
    "body-list",
    "kk",
    "Мұхтар Әуезов",
    "Classic writers studied in a literature course.",
    """# Силлабус: Қазақ әдебиеті (3 кредит, 5 ECTS)

Пән коды: KL 1203 · Семестр: 2 · Аудитория: ауд. 214

## Апталық тақырыптар

1. Шоқан Уәлиханов — ғалым, этнограф, саяхатшы.
2. Ыбырай Алтынсарин және ағартушылық проза.
3. Абай Құнанбайұлы: «Қара сөздер».
4. Мағжан Жұмабаев поэзиясы.
5. Мұхтар Әуезов: «Абай жолы».
6. Ғабит Мүсірепов, Сәбит Мұқанов — ХХ ғасыр прозасы.
7. Олжас Сүлейменов: «Аз и Я».

## Бағалау

Ағымдағы бақылау — 60 %, қорытынды емтихан — 40 %.
""",
)

add(
    "l09-common-words-kk.txt",
    None,
    "common-word-given-name",
    "body-text",
    "kk",
    "Айгүл",
    "Kazakh common nouns that are also given names (moon, light, happiness, star, wise, a flower).",
    """«ЖАСЫЛ УНИВЕРСИТЕТ» АКЦИЯСЫ

Көктемде университет ауласына 300 түп ағаш пен гүл отырғызылды.
Гүлзарға қызғалдақ, раушан және сирек кездесетін Айгүл гүлі (Fritillaria) егілді.
Ай сайын экологиялық клуб жиналады.
Нұр-Сұлтан кезеңінде салынған ғимараттың шатырына күн панельдері орнатылды.
Бақыт — бұл таза ауа мен жасыл аула, дейді клуб мүшелері.
Кешкі аспандағы ең жарық жұлдыз — Шолпан (Венера).
Дана халқымыз «Бір тал кессең, он тал ек» деген.

Келесі акция: 2024 жылғы 22 сәуір, 10:00, бас корпус алдында.
""",
)

add(
    "l10-kato-kk.csv",
    None,
    "kato-code",
    "table-cell",
    "kk",
    "711210000",
    "KATO territorial codes (9 digits) of regions and districts; public classifier.",
    """ҚАТО коды,Аумақ атауы,Облыс/қала
710000000,Астана қаласы,Астана
711210000,Алматы ауданы,Астана
711410000,Байқоңыр ауданы,Астана
711710000,Есіл ауданы,Астана
750000000,Алматы қаласы,Алматы
790000000,Шымкент қаласы,Шымкент
110000000,Ақмола облысы,Ақмола
150000000,Ақтөбе облысы,Ақтөбе
350000000,Қарағанды облысы,Қарағанды
""",
)

add(
    "l11-fees-kk.csv",
    None,
    "fee-amount",
    "table-cell",
    "kk",
    "1 650 000 ₸",
    "Tuition fees with space-separated digits, phone-like but amounts.",
    """Білім беру бағдарламасы,Шифр,Оқу нысаны,Жылдық құны
Ақпараттық жүйелер,6B06101,күндізгі,1 650 000 ₸
Есеп және аудит,6B04101,күндізгі,1 450 000 ₸
Тамақ өнімдерінің технологиясы,6B07201,күндізгі,1 550 000 ₸
Туризм,6B11101,күндізгі,1 350 000 ₸
Дизайн,6B02101,күндізгі,1 700 000 ₸
"Магистратура (1,5 жыл)",7M04101,күндізгі,1 250 000 ₸
Докторантура,8D04101,күндізгі,2 100 000 ₸
Қаржы,6B04102,сырттай (қашықтан),950 000 ₸
Маркетинг,6B04103,күндізгі,1 400 000 ₸
Мейрамхана және қонақ үй бизнесі,6B11102,күндізгі,1 380 000 ₸
""",
)

add(
    "l12-schedule-kk.yaml",
    None,
    "room-number",
    "yaml-value",
    "kk",
    "С-305",
    "Room identifiers and lesson times in a timetable.",
    """# Сабақ кестесі, ИС-23-1 тобы, 2024–2025 оқу жылы, 1-семестр
group: ИС-23-1
semester: 1
lessons:
  - day: дүйсенбі
    time: "08:30-09:20"
    subject: Дерекқорлар
    room: С-305
  - day: дүйсенбі
    time: "09:30-10:20"
    subject: Алгоритмдер
    room: ауд. 214
  - day: сейсенбі
    time: "11:00-11:50"
    subject: Ақпараттық Жүйелер
    room: Б-112
  - day: сәрсенбі
    time: "14:00-14:50"
    subject: Дене шынықтыру
    room: Спорт залы №2
""",
)

add(
    "l13-badge-altynsarin-kk.html",
    None,
    "award-named",
    "body-heading",
    "kk",
    "Ы. Алтынсарин атындағы төсбелгі",
    "A state badge named after a historical educator; criteria only.",
    html(
        "kk",
        "Ведомстволық наградалар",
        """
<h2>Ы. Алтынсарин атындағы төсбелгі</h2>
<p>Төсбелгі білім беру саласында кемінде 15 жыл еңбек өтілі бар қызметкерлерге беріледі.</p>
<h2>«Білім беру ісінің құрметті қызметкері» төсбелгісі</h2>
<p>Ұсыныс құжаттары кадр бөліміне (ауд. 101) 1 наурызға дейін тапсырылады.</p>
<p>Негіздеме: ҚР Оқу-ағарту министрінің 2022 жылғы 18 қарашадағы № 466 бұйрығы.</p>
""",
    ),
)

add(
    "l14-eponym-kk.md",
    None,
    "university-eponym",
    "body-text",
    "kk",
    "Қ. Құлажанов",
    "The eponym of the university, a historical public figure.",
    """# Университет тарихы

Университет 2003 жылы құрылды. 2013 жылы оған мемлекет және қоғам қайраткері
Қ. Құлажанов есімі берілді.

Қ. Құлажанов (1921–1983) — Қазақ КСР-інің тамақ өнеркәсібін ұйымдастырушылардың бірі.

## Негізгі кезеңдер

- 2003 — «Қазақ технология және бизнес университеті» ретінде құрылу
- 2008 — алғашқы магистратура бағдарламалары
- 2013 — Қ. Құлажанов атындағы университет атауы
- 2019 — институционалдық аккредитация (5 жыл)
- 2024 — жаңа ғылыми-зерттеу зертханасы ашылды
""",
)

add(
    "l15-programmes-kk.json",
    None,
    "programme-code",
    "json-value",
    "kk",
    "6B06101",
    "Educational programme registry codes and capitalised programme names.",
    js(
        {
            "university": UNI_KK,
            "updated": "2024-06-01",
            "programmes": [
                {
                    "code": "6B06101",
                    "name": "Ақпараттық Жүйелер",
                    "credits": 240,
                    "registry_no": "6B06100143",
                },
                {
                    "code": "6B04101",
                    "name": "Есеп және аудит",
                    "credits": 240,
                    "registry_no": "6B04100287",
                },
                {
                    "code": "6B07201",
                    "name": "Тамақ Өнімдерінің Технологиясы",
                    "credits": 240,
                    "registry_no": "6B07200512",
                },
                {
                    "code": "7M04101",
                    "name": "Экономика",
                    "credits": 90,
                    "registry_no": "7M04100098",
                },
                {
                    "code": "8D04101",
                    "name": "Экономика",
                    "credits": 180,
                    "registry_no": "8D04100031",
                },
            ],
            "note": "Білім Беру Бағдарламасы тізілімі бойынша",
        }
    ),
)

add(
    "l16-rector-kk.html",
    None,
    "rector-in-role",
    "body-text",
    "kk",
    "Байболова Л.К.",
    "The rector named in her official role.",
    html(
        "kk",
        "Ректордың құттықтауы",
        """
<p>Құрметті студенттер мен ұстаздар!</p>
<p>Жаңа оқу жылының басталуымен құттықтаймын. Биыл университетке 1 200-ден астам
бірінші курс студенті қабылданды.</p>
<p>Ректор, экономика ғылымдарының докторы, профессор Байболова Л.К.</p>
<p>Ректор блогы: ауд. 301, қабылдау күні — бейсенбі, 15:00–17:00.</p>
""",
    ),
)

# ---------------------------------------------------------------- Russian look-alikes
add(
    "l17-contacts-ru.html",
    None,
    "institution-address",
    "body-address",
    "ru",
    "ул. Кенесары, 40",
    "Street named after Kenesary khan, address of an institution (branch).",
    html(
        "ru",
        "Контакты",
        """
<p>Главный корпус: г. Астана, ул. Кенесары, 40, 010000.</p>
<p>Приёмная комиссия: +7 (7172) 57 88 15; +7 708 425 06 60</p>
<p>WhatsApp приёмной комиссии: +7 701 602 53 53</p>
<p>E-mail: admissions@example.org, канцелярия: office@example.org</p>
<p>Единый контакт-центр по вопросам образования: 1414</p>
<p>Режим работы: пн–пт 09:00–18:00, сб 10:00–14:00.</p>
""",
    ),
)

add(
    "l18-hotline-ru.html",
    None,
    "hotline",
    "body-list",
    "ru",
    "8 800 080 7777",
    "Toll-free state service number and the 1414 hotline.",
    html(
        "ru",
        "Телефоны доверия",
        """
<ul>
<li>Единый контакт-центр Министерства науки и высшего образования: 1414</li>
<li>Бесплатный номер: 8 800 080 7777</li>
<li>Телефон доверия для молодёжи: 150 (круглосуточно)</li>
<li>Противодействие коррупции: 1424</li>
<li>Экстренные службы: 112</li>
</ul>
<p>Звонки с мобильных и стационарных телефонов бесплатные.</p>
""",
    ),
)

add(
    "l19-reading-list-ru.md",
    None,
    "bibliographic-author",
    "body-list",
    "ru",
    "Мусин А.Т. Экономикалық теория. — Алматы: Экономика, 2019. — 320 б.",
    "Published textbook authors in a bibliography with publisher and ISBN; public authorship.",
    """# Список литературы: Экономическая теория

## Основная

1. Мусин А.Т. Экономикалық теория. — Алматы: Экономика, 2019. — 320 б.
2. Мэнкью Н.Г. Принципы экономикс. — 5-е изд. — СПб.: Питер, 2013. — 672 с. — ISBN 978-5-496-00052-3.
3. Самуэльсон П., Нордхаус В. Экономика. — 19-е изд. — М.: Вильямс, 2015. — 1360 с.

## Дополнительная

4. Кейнс Дж.М. Общая теория занятости, процента и денег. — М.: Эксмо, 2007. — 960 с.

УДК 330(075.8) · ББК 65.01я73

Все издания доступны в библиотеке, читальный зал ауд. 118.
""",
)

add(
    "l20-physics-ru.txt",
    None,
    "scientist-eponym-law",
    "body-text",
    "ru",
    "закон Ньютона",
    "Laws and tables named after scientists.",
    """ПРОГРАММА ВСТУПИТЕЛЬНОГО ЭКЗАМЕНА ПО ФИЗИКЕ И ХИМИИ

Раздел 1. Механика
  1.1 Первый, второй и третий закон Ньютона.
  1.2 Закон всемирного тяготения.
  1.3 Закон Гука. Закон сохранения импульса.

Раздел 2. Электричество
  2.1 Закон Ома для участка цепи.
  2.2 Закон Джоуля — Ленца.

Раздел 3. Химия
  3.1 Периодическая система Д.И. Менделеева.
  3.2 Закон Авогадро, число Авогадро 6,022·10^23 моль^-1.

Продолжительность экзамена: 90 минут. Аудитория С-305.
""",
)

add(
    "l21-enu-ru.html",
    None,
    "institution-named",
    "body-text",
    "ru",
    "Евразийский национальный университет им. Л.Н. Гумилева",
    "Partner university named after a historical scholar; avenue named after a khan.",
    html(
        "ru",
        "Совместная конференция",
        """
<p>15–16 ноября 2024 года совместно с Евразийским национальным университетом им. Л.Н. Гумилева
проводится конференция «Цифровая экономика Казахстана».</p>
<p>Место проведения: Евразийский национальный университет им. Л.Н. Гумилева, ул. Сатпаева, 2,
главный корпус, зал Учёного совета.</p>
<p>Секция «Туризм» — в филиале на проспекте Абылай хана, 10.</p>
<p>Регистрация участников до 1 ноября: conf@example.org</p>
""",
    ),
)

add(
    "l22-license-ru.xml",
    None,
    "license-number",
    "xml-element",
    "ru",
    "KZ36LAA00011390",
    "State licence number for educational activity; public registry number.",
    f"""<?xml version="1.0" encoding="UTF-8"?>
<licenses organization="{UNI_RU}">
  <license>
    <number>KZ36LAA00011390</number>
    <issued>2018-02-28</issued>
    <issuer>Комитет по обеспечению качества в сфере образования и науки</issuer>
    <type>Образовательная деятельность</type>
  </license>
  <appendix>
    <number>001</number>
    <field>6B04 Бизнес, управление и право</field>
  </appendix>
  <appendix>
    <number>002</number>
    <field>6B06 Информационно-коммуникационные технологии</field>
  </appendix>
  <bin>{BIN}</bin>
</licenses>
""",
)

add(
    "l23-oked-ru.csv",
    None,
    "oked-code",
    "table-cell",
    "ru",
    "85.42.0",
    "OKED activity codes and postal codes from the public statistical register.",
    """Показатель,Значение
Код ОКЭД (основной),85.42.0
Наименование вида деятельности,Высшее образование
Код ОКЭД (дополнительный),72.19.0
Код КРП,105
Код КФС,Частная собственность
Почтовый индекс,010000
КАТО,711410000
Дата первичной регистрации,14.01.1999
Дата последней перерегистрации,03.06.2013
Количество работников,410
Размер предприятия,Средний
""",
)

add(
    "l24-gpa-ru.csv",
    None,
    "gpa-scale",
    "table-cell",
    "ru",
    "4,0",
    "Grading scale table: letters, points, percentages.",
    """Буквенная оценка,Цифровой эквивалент,Процент,Традиционная оценка
A,"4,0",95-100,Отлично
A-,"3,67",90-94,Отлично
B+,"3,33",85-89,Хорошо
B,"3,0",80-84,Хорошо
B-,"2,67",75-79,Хорошо
C+,"2,33",70-74,Удовлетворительно
C,"2,0",65-69,Удовлетворительно
D,"1,0",50-54,Удовлетворительно
F,0,0-24,Неудовлетворительно
""",
)

add(
    "l25-stats-ru.json",
    None,
    "large-count",
    "json-value",
    "ru",
    "12 345 678",
    "Large counts with thin spaces that resemble identifiers.",
    js(
        {
            "отчёт": "Ключевые показатели 2023",
            "контингент_студентов": 6412,
            "фонд_библиотеки_экземпляров": "412 860",
            "бюджет_на_науку_тенге": "12 345 678",
            "госзаказ_гранты": 1180,
            "доля_ППС_с_степенью_процент": 58.3,
            "публикации_scopus": 73,
            "телефон_приёмной": "+7 (7172) 57 88 15",
            "версия_данных": "2.4.1",
        }
    ),
)

add(
    "l26-akim-ru.html",
    None,
    "office-holder",
    "body-text",
    "ru",
    "аким города Астаны Жеңіс Қасымбек",
    "City akim named in his official role.",
    html(
        "ru",
        "Ярмарка вакансий",
        """
<p>20 марта 2024 года в университете прошла городская ярмарка вакансий.</p>
<p>Участников приветствовал аким города Астаны Жеңіс Қасымбек.</p>
<p>В ярмарке приняли участие 64 работодателя, предложено более 900 вакансий.</p>
<p>Президент Республики Казахстан Касым-Жомарт Токаев в Послании народу 2023 года
поручил расширить практико-ориентированное обучение.</p>
""",
    ),
)

add(
    "l27-halls-ru.md",
    None,
    "hall-theatre-named",
    "body-list",
    "ru",
    "аудитория имени Абая",
    "Halls, theatre and mosque named after historical persons.",
    """# Культурная программа для первокурсников

- Посвящение в студенты — аудитория имени Абая (главный корпус, 2 этаж).
- Поход в Русский драматический театр имени М. Горького, спектакль «Ревизор».
- Экскурсия в мечеть «Хазрет Султан».
- Концерт в Казахском национальном театре оперы и балета имени Куляш Байсеитовой.
- Музей первого Президента Республики Казахстан.
- Экскурсия в Национальный музей, зал «Золото Казахстана».

Сбор участников: 09:30, фойе главного корпуса. Стоимость участия: 0 ₸.
""",
)

add(
    "l28-journal-ru.md",
    None,
    "doi-issn",
    "body-text",
    "ru",
    "10.58805/kazutb.v.1.22-345",
    "DOI, ISSN and UDC of the university journal.",
    """# Вестник КазУТБ, 2024, № 1 (22)

ISSN 2709-3107 (print) · ISSN 2959-8109 (online)

## Содержание

1. Цифровизация малого бизнеса в Казахстане. — С. 8–17.
   DOI: 10.58805/kazutb.v.1.22-345 · УДК 338.24
2. Технология производства кисломолочных продуктов. — С. 18–29.
   DOI: 10.58805/kazutb.v.1.22-346 · УДК 637.146
3. Модели машинного обучения для прогнозирования спроса. — С. 30–41.
   DOI: 10.58805/kazutb.v.1.22-347 · УДК 004.85

Журнал включён в перечень КОКСНВО (приказ № 1 от 05.01.2023).
""",
)

add(
    "l29-credits-ru.yaml",
    None,
    "credit-numbers",
    "yaml-value",
    "ru",
    "240",
    "Credit/ECTS numbers, module codes and semester counts.",
    """# Рабочий учебный план ОП 6B06101 «Информационные системы»
programme: 6B06101
total_credits: 240
ects_per_credit: 1
semesters: 8
modules:
  - code: OOD-01
    title: Общеобразовательные дисциплины
    credits: 56
  - code: BD-02
    title: Базовые дисциплины
    credits: 112
  - code: PD-03
    title: Профилирующие дисциплины
    credits: 60
  - code: IA-04
    title: Итоговая аттестация
    credits: 12
approved: "Протокол Учёного совета № 7 от 28.06.2024"
""",
)

add(
    "l30-calendar-ru.txt",
    None,
    "event-dates",
    "body-text",
    "ru",
    "02.09.2024",
    "Academic calendar dates and year ranges, not birth dates.",
    """АКАДЕМИЧЕСКИЙ КАЛЕНДАРЬ 2024–2025

Начало учебного года ................... 02.09.2024
Рубежный контроль 1 .................... 21.10.2024 – 26.10.2024
Рубежный контроль 2 .................... 09.12.2024 – 14.12.2024
Экзаменационная сессия ................. 16.12.2024 – 04.01.2025
Зимние каникулы ........................ 06.01.2025 – 26.01.2025
Начало весеннего семестра .............. 27.01.2025
Летняя сессия .......................... 12.05.2025 – 31.05.2025
Профессиональная практика .............. 02.06.2025 – 28.06.2025
Итоговая аттестация выпускников 2021–2025 гг. поступления ... июнь 2025

Утверждено приказом ректора № 245-н от 19.08.2024.
""",
)

add(
    "l31-centers-ru.html",
    None,
    "capitalised-phrase",
    "body-heading",
    "ru",
    "Центр Карьеры И Трудоустройства",
    "Capitalised unit names that pattern like full names.",
    html(
        "ru",
        "Структурные подразделения",
        """
<h2>Центр Карьеры И Трудоустройства</h2>
<p>Каб. 105, тел. +7 (7172) 57 88 15, career@example.org</p>
<h2>Отдел Обеспечения Качества Образования</h2>
<p>Каб. 210, qa@example.org</p>
<h2>Офис Регистратора</h2>
<p>Каб. 112, registrar@example.org</p>
<h2>Научная Библиотека</h2>
<p>Читальный зал ауд. 118, ежедневно 09:00–20:00.</p>
""",
    ),
)

add(
    "l32-logo-ru.svg",
    None,
    "hex-colour-version",
    "svg-attribute",
    "ru",
    "#1F4E9D",
    "Hex colours, version string and the university name in a logo.",
    """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80" viewBox="0 0 320 80" version="1.1">
  <title>Логотип КазУТБ им. К. Кулажанова</title>
  <desc>Версия знака 3.2.0, утверждена 2021 г.</desc>
  <rect x="0" y="0" width="80" height="80" rx="8" fill="#1F4E9D"/>
  <circle cx="40" cy="40" r="22" fill="#F2B705"/>
  <text x="92" y="36" font-family="Arial" font-size="20" fill="#1F4E9D">КазУТБ</text>
  <text x="92" y="60" font-family="Arial" font-size="12" fill="#555555">им. К. Кулажанова · с 2003</text>
  <g id="stripes" stroke="#E0E0E0" stroke-width="1">
    <line x1="88" y1="70" x2="316" y2="70"/>
    <line x1="88" y1="74" x2="316" y2="74"/>
  </g>
</svg>
""",
)

# ---------------------------------------------------------------- English look-alikes
add(
    "l33-contacts-en.html",
    None,
    "institution-contact",
    "body-address",
    "en",
    "Mangilik El Ave 55/11, Business Center",
    "Institutional office address and the university's published phones/emails.",
    html(
        "en",
        "Contact us",
        """
<p>International Office: Astana, Mangilik El Ave 55/11, Business Center, block C4.1, office 305.</p>
<p>Phone: +7 708 425 06 60 · +7 701 602 53 53</p>
<p>Main switchboard: +7 (7172) 57 88 15</p>
<p>Email: office@example.org · admissions@example.org</p>
<p>Opening hours: Monday to Friday, 9:00 am – 6:00 pm (GMT+5).</p>
""",
    ),
)

add(
    "l34-rector-en.md",
    None,
    "rector-in-role",
    "body-text",
    "en",
    "L.K. Baibolova",
    "The rector named in her official role.",
    """# Welcome from the Rector

Dear applicants,

Our university trains specialists for the food industry, business, IT and design.
In 2024 we received institutional accreditation for another five years, and our
graduates' employment rate reached 87 %.

I invite you to join the KazUTB community.

Rector, Doctor of Economic Sciences, Professor L.K. Baibolova

Office hours of the Rector: Thursday, 15:00–17:00, room 301.
""",
)

add(
    "l35-partners-en.html",
    None,
    "institution-named",
    "body-list",
    "en",
    "Satbayev University",
    "Universities named after historical figures or a former president.",
    html(
        "en",
        "Academic partners",
        """
<ul>
<li>Nazarbayev University, Astana</li>
<li>Satbayev University, Almaty</li>
<li>Al-Farabi Kazakh National University, Almaty</li>
<li>L.N. Gumilyov Eurasian National University, Astana</li>
<li>Abai Kazakh National Pedagogical University, Almaty</li>
<li>Humboldt University of Berlin, Germany</li>
<li>Adam Mickiewicz University, Poznań, Poland</li>
</ul>
<p>Over 30 memoranda of understanding were signed between 2018 and 2024.</p>
""",
    ),
)

add(
    "l36-civics-en.md",
    None,
    "common-word-name",
    "body-text",
    "en",
    "Bill of Rights",
    "English words that are also given names: Bill, Grant, Will, Mark, Rose, Victoria.",
    """# Civics and Law module — Week 6

Topic: comparative constitutional law. Read the English Bill of Rights (1689) and
the US Bill of Rights (1791).

- Grant applications for the student research fund close on 15 March.
- Students will write a short essay; the essay will be graded out of 100.
- Each essay must carry a Mark of at least 50 to pass.
- Field trip: the Rose Garden and Victoria Street campus of our partner in London.
- The Hope Scholarship and the Faith Centre are UK bodies discussed in the reading.

Credits: 5 ECTS. Room: C-305.
""",
)

add(
    "l37-maths-en.txt",
    None,
    "scientist-eponym-law",
    "body-text",
    "en",
    "Pythagorean theorem",
    "Theorems and laws named after scientists.",
    """ENTRANCE TEST SYLLABUS: MATHEMATICS

1. Pythagorean theorem and its converse.
2. Vieta's formulas for quadratic equations.
3. Newton's binomial theorem; Pascal's triangle.
4. Euler's formula V - E + F = 2.
5. Bayes' theorem and conditional probability.
6. Gauss's method for systems of linear equations.
7. Fermat's little theorem (advanced track only).

Duration: 120 minutes. 40 questions. Passing score: 50 points.
Test date: 25.07.2024, 10:00, room C-305.
""",
)

add(
    "l38-tools-en.yaml",
    None,
    "product-name",
    "yaml-value",
    "en",
    "Microsoft Teams",
    "Product names and version numbers of software used for teaching.",
    """# Digital learning platforms, academic year 2024-2025
lms:
  name: Moodle
  version: "4.3.2"
  url: https://lms.example.org
video:
  - name: Microsoft Teams
    licence: Microsoft 365 A3
  - name: Google Meet
    licence: Google Workspace for Education
  - name: Zoom
    version: "5.17.11"
antiplagiarism:
  name: StrikePlagiarism
  threshold_percent: 30
support:
  email: helpdesk@example.org
  phone: "+7 (7172) 57 88 15"
""",
)

add(
    "l39-credits-en.txt",
    None,
    "software-credits",
    "body-text",
    "en",
    "Copyright (c) 2011-2023 The Bootstrap Authors",
    "Third-party licence notices shipped with the website.",
    """THIRD-PARTY SOFTWARE NOTICES

This website uses the following open-source components:

Bootstrap v5.3.2
  Copyright (c) 2011-2023 The Bootstrap Authors
  Licensed under the MIT License.

jQuery v3.7.1
  Copyright OpenJS Foundation and other contributors
  Released under the MIT license.

Leaflet 1.9.4
  Copyright (c) 2010-2023, Volodymyr Agafonkin
  Copyright (c) 2010-2011, CloudMade
  BSD 2-Clause License.

Font Awesome Free 6.5.1 by @fontawesome - https://fontawesome.com
  License: CC BY 4.0 (icons), SIL OFL 1.1 (fonts), MIT (code).
""",
)

add(
    "l40-history-en.md",
    None,
    "historical-figure",
    "body-text",
    "en",
    "Kanysh Satbayev (1899–1964)",
    "Historical scholars with life dates.",
    """# Great minds of the Kazakh steppe — exhibition

The library exhibition (room 118, 1–30 October 2024) presents:

- Al-Farabi (c. 870–950), philosopher, the "Second Teacher".
- Shokan Ualikhanov (1835–1865), scholar and traveller.
- Abai Kunanbayev (1845–1904), poet and thinker.
- Kanysh Satbayev (1899–1964), geologist, first president of the Academy of Sciences.
- Mukhtar Auezov (1897–1961), writer, author of "The Path of Abai".

Guided tours in Kazakh, Russian and English every Wednesday at 14:00.
""",
)

add(
    "l41-qa-office-en.html",
    None,
    "capitalised-phrase",
    "body-heading",
    "en",
    "Quality Assurance Office",
    "Capitalised unit names in a row that are not names of people.",
    html(
        "en",
        "Quality Assurance Office",
        """
<p>The Quality Assurance Office coordinates Internal Quality Assurance, Student Feedback Surveys
and External Accreditation.</p>
<h2>Academic Integrity Board</h2>
<p>Reviews cases under the Academic Integrity Policy (version 2.1, 2023).</p>
<h2>Student Affairs Department</h2>
<p>Room 112, Main Building. Email: qa@example.org</p>
<p>Standards: ESG 2015, IAAR Institutional Accreditation Standards.</p>
""",
    ),
)

add(
    "l42-acquisitions-en.csv",
    None,
    "isbn",
    "table-cell",
    "en",
    "978-0-13-468599-1",
    "Library acquisitions with ISBNs, authors of published books.",
    """ISBN,Title,Author,Publisher,Year,Copies
978-0-13-468599-1,The Pragmatic Programmer,"Thomas, D.; Hunt, A.",Addison-Wesley,2019,5
978-1-292-40113-0,Principles of Economics,"Mankiw, N. G.",Cengage,2021,10
978-0-262-04630-5,Introduction to Algorithms,"Cormen, T. H. et al.",MIT Press,2022,4
978-601-7436-15-2,Экономикалық теория,"Мусин А.Т.",Экономика,2019,25
978-5-496-00052-3,Принципы экономикс,"Мэнкью Н.Г.",Питер,2013,12
978-0-07-802176-5,Essentials of Corporate Finance,"Ross, S. A.; Westerfield, R. W.; Jordan, B. D.",McGraw-Hill,2020,6
978-1-4919-5016-0,Designing Data-Intensive Applications,"Kleppmann, M.",O'Reilly,2017,3
978-0-13-235088-4,Clean Code,"Martin, R. C.",Prentice Hall,2008,4
978-1-118-89225-9,Food Chemistry,"Belitz, H.-D.; Grosch, W.",Springer,2009,8
978-601-08-0125-7,Ақпараттық жүйелер негіздері,"Ахметов Б.С.",Фолиант,2018,20
""",
)

add(
    "l43-accreditation-en.xml",
    None,
    "certificate-number",
    "xml-element",
    "en",
    "AA 0167",
    "Accreditation certificate numbers, registry IDs and dates.",
    f"""<?xml version="1.0" encoding="UTF-8"?>
<accreditation institution="{UNI_EN}">
  <certificate type="institutional">
    <agency>IAAR</agency>
    <number>AA 0167</number>
    <valid_from>2019-05-24</valid_from>
    <valid_to>2024-05-23</valid_to>
    <register>EQAR</register>
  </certificate>
  <certificate type="programme">
    <agency>IQAA</agency>
    <number>AB 3215</number>
    <programme code="6B06101">Information Systems</programme>
    <valid_to>2027-06-30</valid_to>
  </certificate>
</accreditation>
""",
)

add(
    "l44-festival-en.html",
    None,
    "festival-named",
    "body-text",
    "en",
    "Kulazhanov Readings",
    "Festival and event series named after public figures.",
    html(
        "en",
        "Events 2024",
        """
<ul>
<li>International scientific conference "Kulazhanov Readings" — 18–19 April 2024.</li>
<li>Abai Readings poetry evening — 10 August 2024, Abai Hall.</li>
<li>Zhambyl Poetry Festival, student team — 20 February 2024.</li>
<li>Al-Farabi Debate Cup — 5 December 2024.</li>
<li>Students travel to the festival on Air Astana and Kazakhstan Temir Zholy trains.</li>
</ul>
<p>Registration: events@example.org</p>
""",
    ),
)

add(
    "l45-fees-en.json",
    None,
    "fee-amount",
    "json-value",
    "en",
    "8 700 000 tenge",
    "Fees and grant amounts with digit grouping that resembles phone numbers.",
    js(
        {
            "academic_year": "2024-2025",
            "currency": "KZT",
            "fees": [
                {"level": "Bachelor", "per_year": "1 650 000 tenge"},
                {"level": "Master", "per_year": "1 250 000 tenge"},
                {"level": "PhD", "per_year": "2 100 000 tenge"},
            ],
            "research_grant_total": "8 700 000 tenge",
            "dormitory_per_month": "35 000 tenge",
            "discounts_percent": {"orphans": 100, "large_families": 25, "alumni_children": 10},
            "contact": {"email": "admissions@example.org", "phone": "+7 708 425 06 60"},
        }
    ),
)

add(
    "l46-president-en.html",
    None,
    "office-holder",
    "body-text",
    "en",
    "President Kassym-Jomart Tokayev",
    "Head of state named in role in a public news item.",
    html(
        "en",
        "State of the Nation Address discussed",
        """
<p>On 4 September 2024 President Kassym-Jomart Tokayev delivered his annual State of the
Nation Address.</p>
<p>The Minister of Science and Higher Education Sayasat Nurbek later met university rectors
to discuss the tasks set for higher education.</p>
<p>Our staff discussed the Address at an open session of the Academic Council, hall 301.</p>
""",
    ),
)

add(
    "l47-open-data-en.json",
    None,
    "bin",
    "json-value",
    "en",
    BIN,
    "Open-data card of the university: BIN, KATO and postal code.",
    js(
        {
            "name_en": UNI_EN,
            "bin": BIN,
            "legal_form": "Private institution",
            "kato": "711410000",
            "postal_code": "010000",
            "oked": "85.42.0",
            "licence": "KZ36LAA00011390",
            "founded": 2003,
            "iban": UNI_IBAN,
            "website_version": "5.1.0",
        }
    ),
)

add(
    "l48-timetable-en.csv",
    None,
    "room-time",
    "table-cell",
    "en",
    "C-305",
    "Group codes, room numbers and times in a timetable.",
    """Group,Day,Time,Course,Room,Credits
IS-23-1,Monday,08:30-09:20,Databases,C-305,5
IS-23-1,Monday,09:30-10:20,Algorithms,C-214,5
FT-22-2,Tuesday,11:00-11:50,Food Chemistry,Lab B-112,6
AC-24-1,Wednesday,14:00-14:50,Financial Accounting,A-201,5
TR-23-1,Thursday,15:00-15:50,Tourism Geography,C-305,4
DS-22-1,Friday,10:00-11:50,Graphic Design Studio,D-007,6
MBA-24-1,Saturday,10:00-12:50,Strategic Management,Business Center 305,6
IS-23-1,Saturday,13:00-13:50,Physical Education,Sports Hall 2,2
FT-22-2,Friday,14:00-15:50,Microbiology,Lab B-114,5
""",
)

add(
    "l49-places-kk.md",
    None,
    "places-named",
    "body-list",
    "kk",
    "Хазірет Сұлтан мешіті",
    "Mosque, theatre and concert hall named after persons; sightseeing list.",
    """# Астанадағы мәдени орындар — шетелдік студенттерге

- Хазірет Сұлтан мешіті — Қожа Ахмет Ясауи құрметіне аталған.
- Күләш Байсейітова атындағы Ұлттық опера және балет театры.
- М. Горький атындағы орыс драма театры.
- Қ. Қуанышбаев атындағы қазақ музыкалық драма театры.
- Жамбыл атындағы кітапхана (Ұлттық академиялық кітапхана емес!).
- Бәйтерек монументі, Кенесары даңғылы бойынша.

Экскурсия: әр сенбі 11:00, жиналу орны — бас корпус фойесі.
""",
)

add(
    "l50-tournament-ru.html",
    None,
    "memorial-event",
    "body-text",
    "ru",
    "Бауыржана Момышулы",
    "Memorial tournament named after a historical war hero.",
    html(
        "ru",
        "Турнир по волейболу",
        """
<p>С 12 по 14 апреля 2024 года в спортивном зале №2 прошёл ежегодный турнир по волейболу
памяти Героя Советского Союза Бауыржана Момышулы (1910–1982).</p>
<p>Участвовали 12 команд вузов Астаны. Сборная КазУТБ заняла 2 место.</p>
<p>Кубок вручил заместитель акима города Астаны.</p>
<p>Следующий турнир — апрель 2025 года.</p>
""",
    ),
)

# ---------------------------------------------------------------- near-miss positives
add(
    "l51-dorm-phone-kk.html",
    ANY,
    "phone",
    "body-text",
    "kk",
    "+7 705 318 42 96",
    "Private mobile of an individual next to the official hotline.",
    html(
        "kk",
        "Жатақхана",
        """
<p>Жатақханаға орналасу бойынша бірыңғай байланыс орталығы: 1414</p>
<p>Университет кеңсесі: +7 (7172) 57 88 15</p>
<p>Кешкі уақытта жатақхана кезекшісі Айнұр Қасымованың жеке нөміріне хабарласыңыз:
+7 705 318 42 96</p>
<p>Мекенжайы: Қабанбай батыр даңғылы 53, 2-блок.</p>
""",
    ),
)

add(
    "l52-prize-student-kk.html",
    ANY,
    "person-name",
    "body-text",
    "kk",
    "Дана Серікқызы Әбдірахманова",
    "A private student's full name in a news item about an award named after a public figure.",
    html(
        "kk",
        "Ы. Алтынсарин атындағы стипендия",
        """
<p>Биыл Ы. Алтынсарин атындағы стипендия «Есеп және аудит» бағдарламасының
2-курс студенті Дана Серікқызы Әбдірахманова тағайындалды.</p>
<p>Стипендия мөлшері: айына 120 000 ₸.</p>
<p>Стипендия Президенттік стипендиямен қатар беріледі.</p>
""",
    ),
)

add(
    "l53-contractor-iin-kk.txt",
    ANY,
    "iin",
    "body-text",
    "kk",
    "950314450126",
    "An individual entrepreneur's IIN next to the university's BIN in a procurement notice.",
    f"""МЕМЛЕКЕТТІК САТЫП АЛУ ҚОРЫТЫНДЫСЫ № 14-2024

Тапсырыс беруші: {UNI_KK}
БСН: {BIN}
Мекенжайы: Астана қ., Қабанбай батыр даңғылы 53

Жеңімпаз: ЖК «Сейтқали А.М.»
ЖСН: 950314450126
Жеке мекенжайы: Астана қ., Мәңгілік Ел даңғылы 8, 121-пәтер
Шарт сомасы: 1 650 000 ₸
Шарт күні: 05.03.2024
""",
)

add(
    "l54-syllabus-email-kk.md",
    ANY,
    "email",
    "body-text",
    "kk",
    "nurlan.bakytuly04@gmail.com",
    "A student's personal email in a syllabus next to institutional emails.",
    """# Силлабус: Дерекқорлар (5 кредит)

Оқытушы кафедрасы: «Ақпараттық жүйелер», office@example.org
Аудитория: С-305, дүйсенбі 08:30

## Топ старостасы

Нұрлан Бақытұлы, nurlan.bakytuly04@gmail.com — тапсырмалар туралы хабарламалар үшін.

## Әдебиет

1. Date C.J. An Introduction to Database Systems. — 8th ed. — Pearson, 2003.
""",
)

add(
    "l55-dorm-applicants-kk.yaml",
    ANY,
    "home-address",
    "yaml-value",
    "kk",
    "Қарағанды қ., Бұқар жырау даңғылы 47, 15-пәтер",
    "A named student's home address beside the university address in a data file.",
    """# Жатақханаға өтініштер, 2024 жылғы қыркүйек
university_address: "Астана қ., Қабанбай батыр даңғылы 53"
applications:
  - id: 2024-0117
    student: Бекжан Тұрсынов
    group: ИС-24-2
    home_address: "Қарағанды қ., Бұқар жырау даңғылы 47, 15-пәтер"
    room: С-305
    status: бекітілді
""",
)

add(
    "l56-contacts-private-ru.html",
    ANY,
    "phone",
    "body-text",
    "ru",
    "+7 747 219 63 08",
    "Private mobile of a named individual among official numbers.",
    html(
        "ru",
        "Общежитие — контакты",
        """
<p>Приёмная: +7 (7172) 57 88 15</p>
<p>Единый контакт-центр: 1414, бесплатно 8 800 080 7777</p>
<p>После 18:00 по вопросам заселения звоните студенту-волонтёру Ерлану Тулегенову
на личный номер +7 747 219 63 08.</p>
<p>Адрес: ул. Кенесары, 40.</p>
""",
    ),
)

add(
    "l57-olympiad-winner-ru.md",
    ANY,
    "person-name",
    "body-text",
    "ru",
    "Алина Викторовна Ковалёва",
    "A private student's full name and group in a news item about an olympiad named after Mendeleev.",
    """# Олимпиада имени Д.И. Менделеева — итоги

Республиканская олимпиада по химии имени Д.И. Менделеева прошла 14 марта 2024 года.

Первое место заняла студентка 3 курса Алина Викторовна Ковалёва (группа ХТ-21-2).

Поздравляем! Награждение состоится в аудитории имени Абая, 20 марта, 15:00.
""",
)

add(
    "l58-contract-iin-ru.xml",
    ANY,
    "iin",
    "xml-element",
    "ru",
    "040214650383",
    "A student's IIN in a contract export next to the university BIN.",
    f"""<?xml version="1.0" encoding="UTF-8"?>
<contract number="ПО-2024-0588" date="2024-08-20">
  <university>
    <name>{UNI_RU}</name>
    <bin>{BIN}</bin>
  </university>
  <student>
    <fullname>Жанұзақова Аружан Ерланқызы</fullname>
    <iin>040214650383</iin>
    <programme>6B04101</programme>
  </student>
  <amount currency="KZT">1650000</amount>
</contract>
""",
)

add(
    "l59-social-ru.html",
    ANY,
    "social-handle",
    "body-text",
    "ru",
    "instagram.com/aru_zhanuzakova",
    "A student's personal Instagram link next to an official account.",
    html(
        "ru",
        "Студенческий совет",
        """
<p>Следите за новостями в официальном аккаунте университета: instagram.com/kaztbu_official</p>
<p>Председатель студенческого совета Аружан Жанұзақова ведёт личный блог:
instagram.com/aru_zhanuzakova</p>
<p>Заседания совета: каждую среду, 16:00, ауд. 214.</p>
""",
    ),
)

add(
    "l60-applicants-ru.csv",
    ANY,
    "home-address",
    "table-cell",
    "ru",
    "г. Астана, ул. Сарыарка, д. 12, кв. 47",
    "Named applicant with a home address in a CSV alongside the university address.",
    """Тип,Наименование,Адрес
Университет,КазУТБ им. К. Кулажанова,"г. Астана, ул. Кенесары, 40"
Филиал,Учебный центр,"г. Астана, проспект Абылай хана, 10"
Корпус Б,Учебно-лабораторный корпус,"г. Астана, Кабанбай батыра, 53"
Общежитие №1,Студенческое общежитие,"г. Астана, ул. Шокана Уалиханова, 15"
Абитуриент,Темирлан Сапаров,"г. Астана, ул. Сарыарка, д. 12, кв. 47"
Спорткомплекс,Спортивный зал,"г. Астана, проспект Абылай хана, 12"
""",
)

add(
    "l61-contacts-private-en.html",
    ANY,
    "phone",
    "body-text",
    "en",
    "+7 777 512 38 64",
    "A private person's mobile next to official contacts.",
    html(
        "en",
        "International students — contacts",
        """
<p>International Office: +7 708 425 06 60, office@example.org</p>
<p>Toll-free education hotline: 8 800 080 7777</p>
<p>Airport pick-up is arranged by our student buddy Daniyar Omarov, personal mobile
+7 777 512 38 64.</p>
<p>Address: Mangilik El Ave 55/11, Business Center.</p>
""",
    ),
)

add(
    "l62-scholarship-student-en.html",
    ANY,
    "person-name-dob",
    "body-text",
    "en",
    "Madina Zhaksylykova (born 14.02.2004)",
    "A private student's name and birth date in news about the Presidential Scholarship.",
    html(
        "en",
        "Presidential Scholarship awarded",
        """
<p>The Presidential Scholarship for 2024-2025 has been awarded to our student
Madina Zhaksylykova (born 14.02.2004), Information Systems, group IS-22-1.</p>
<p>The scholarship is 120 000 tenge per month.</p>
<p>Congratulations from the Rector, Professor L.K. Baibolova.</p>
""",
    ),
)

add(
    "l63-syllabus-email-en.md",
    ANY,
    "email",
    "body-text",
    "en",
    "a.kenzhebek2005@mail.ru",
    "A student's personal email in a course page next to institutional addresses.",
    """# Course page: Financial Accounting (5 ECTS)

Department email: office@example.org · Room A-201 · Monday 14:00

## Class representative

Aisulu Kenzhebek, a.kenzhebek2005@mail.ru — please send homework questions via her.

## Reading

1. Weygandt J.J., Kimmel P.D. Financial Accounting. — 11th ed. — Wiley, 2019. — ISBN 978-1-119-59472-5.
""",
)

add(
    "l64-visiting-passport-en.json",
    ANY,
    "passport-number",
    "json-value",
    "en",
    "N14728365",
    "A visiting student's passport number next to ISBN-like and licence numbers.",
    js(
        {
            "exchange_programme": "Erasmus+ KA171",
            "host_university_bin": BIN,
            "licence": "KZ36LAA00011390",
            "participants": [
                {
                    "name": "Yerassyl Nurgaliyev",
                    "passport": "N14728365",
                    "nationality": "KZ",
                    "host": "Adam Mickiewicz University",
                },
            ],
            "reading_isbn": "978-0-13-468599-1",
        }
    ),
)

add(
    "l65-stipend-iban-en.csv",
    ANY,
    "bank-account",
    "table-cell",
    "en",
    "KZ559260000000045871",
    "A named student's personal IBAN next to the university's public IBAN.",
    f"""Payer/Payee,Role,IBAN,Amount (KZT)
{UNI_EN},University account,{UNI_IBAN},
Ministry of Science and Higher Education,State grant transfer,,
Kazakhstan Temir Zholy,Internship partner,,
Gulnaz Abenova,Stipend recipient,KZ559260000000045871,120 000
Food Tech Lab LLP,Equipment supplier,,1 650 000
""",
)


MANIFEST: list[Entry] = [e for e, _ in _ITEMS]
_TEXT = {e.name: t for e, t in _ITEMS}


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out: list[Path] = []
    for e in MANIFEST:
        p = folder / e.name
        p.write_bytes(_TEXT[e.name].encode("utf-8"))
        out.append(p)
    return out


if __name__ == "__main__":
    import sys

    for p in build(Path(sys.argv[1] if len(sys.argv) > 1 else "lookalikes-out")):
        print(p)
