"""Independent test corpus: personal data hidden in unusual places of a
university website (KazUTB, Astana).  Standard library only.

Each positive file holds exactly one personal datum of a private person
inside otherwise ordinary public content; each negative (category None)
holds only public look-alikes that must NOT be reported.
"""

from __future__ import annotations

import base64
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


# ---------------------------------------------------------------- helpers
_W1 = list(range(1, 12))
_W2 = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]


def _kz_check(d11: str) -> int | None:
    s = sum(int(d) * w for d, w in zip(d11, _W1, strict=False)) % 11
    if s == 10:
        s = sum(int(d) * w for d, w in zip(d11, _W2, strict=False)) % 11
        if s == 10:
            return None
    return s


def _kz_number(prefix7: str, serial: int) -> str:
    """prefix (7 digits) + 4-digit serial + check; bumps serial until valid."""
    while True:
        d11 = prefix7 + f"{serial:04d}"
        c = _kz_check(d11)
        if c is not None:
            return d11 + str(c)
        serial += 1


def _luhn(d15: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(d15)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return d15 + str((10 - total % 10) % 10)


def _iban_kz(bban: str) -> str:
    s = bban + "KZ00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"KZ{98 - int(num) % 97:02d}{bban}"


def _isbn13(d12: str) -> str:
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(d12))
    return d12 + str((10 - s % 10) % 10)


def _grp(s: str, n: int = 4) -> str:
    return " ".join(s[i : i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- data
IIN_A = _kz_number("0403156", 123)  # 2004-03-15, female, 21st c.
IIN_B = _kz_number("9807123", 5041)  # 1998-07-12, male, 20th c.
IIN_C = _kz_number("0511206", 297)  # 2005-11-20, female
IIN_D = _kz_number("9902283", 1877)  # 1999-02-28, male
IIN_E = _kz_number("0306015", 4410)  # 2003-06-01, male
IIN_F = _kz_number("9712104", 3302)  # 1997-12-10, female (JSON number)
IIN_G = _kz_number("0108255", 918)  # 2001-08-25, male
BIN_UNI = _kz_number("0105400", 123)  # 5th digit 4: legal entity (no valid day 40)

CARD_A = _luhn("440043012345678")
CARD_B = _luhn("516949712345098")
CARD_C = _luhn("402505871234561")
IBAN_A = _iban_kz("722" + "0000123456789")
IBAN_B = _iban_kz("601" + "A000987654321")
ISBN = _isbn13("978601705123")

_HOMO = str.maketrans(
    {"С": "C", "е": "e", "а": "a", "о": "o", "р": "p", "Е": "E", "с": "c", "А": "A", "М": "M"}
)
HOMO_NAME = "Серикова Асель Маратовна".translate(_HOMO)

FW = str.maketrans("0123456789", "０１２３４５６７８９")
AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

EMAIL_CC = "d.zhaksylykova@mail.ru"
CHARCODES = ", ".join(str(ord(c)) for c in EMAIL_CC)
B64_PHONE = base64.b64encode(b"+7 701 555 20 14").decode()
B64_HARMLESS = base64.b64encode(b"Kazakh University of Technology and Business").decode()
TINY_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

UNI = {
    "kk": "Қ. Құлажанов атындағы Қазақ технология және бизнес университеті",
    "ru": "Казахский университет технологии и бизнеса имени К. Кулажанова",
    "en": "Kazakh University of Technology and Business named after K. Kulazhanov",
}


def page(lang: str, title: str, body: str, head: str = "") -> str:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title} — KazUTB</title>\n{head}</head>\n<body>\n"
        f"<header><p>{UNI[lang]}</p></header>\n<main>\n<h1>{title}</h1>\n"
        f"{body}\n</main>\n"
        "<footer><p>© 2024 KazUTB, Astana</p></footer>\n</body>\n</html>\n"
    )


def xhtml(lang: str, title: str, body: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" '
        f'xml:lang="{lang}" lang="{lang}">\n'
        f"<head><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n"
        f"{body}\n</body>\n</html>\n"
    )


def svg(inner: str, title: str = "KazUTB") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<svg xmlns="http://www.w3.org/2000/svg" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="400" height="120" viewBox="0 0 400 120">\n'
        f"<title>{title}</title>\n{inner}\n</svg>\n"
    )


# (slug, category, cls, part, lang, datum, reason, content)
_P: list[tuple] = []
_N: list[tuple] = []


def P(*a):
    _P.append(a)


def N(*a):
    _N.append(a)


H = "html-hidden-places"
X = "xml-and-svg"
D = "data-shapes"
T = "text-forms"
C = "css-and-js"

# ================================================================ positives
# ---- 1. html hidden places
d = "+7 701 234 56 78"
P(
    "html-noscript-phone-ru.html",
    "phone",
    H,
    "<noscript>",
    "ru",
    d,
    "private mobile number in a noscript fallback",
    page(
        "ru",
        "Расписание консультаций",
        "<p>Консультации проходят по вторникам в ауд. 305.</p>\n"
        f"<noscript><p>Если расписание не загрузилось, звоните куратору: {d}</p></noscript>",
    ),
)

d = "aigerim.nurlanqyzy@mail.kz"
P(
    "html-template-email-kk.html",
    "email",
    H,
    "<template>",
    "kk",
    d,
    "student e-mail inside an inert template element",
    page(
        "kk",
        "Студенттік клубтар",
        "<p>Университетте 24 студенттік клуб жұмыс істейді.</p>\n"
        '<template id="club-card"><div class="card"><p>Клуб жетекшісімен байланыс: '
        f"<span>{d}</span></p></div></template>",
    ),
)

d = IIN_A
P(
    "html-textarea-iin-en.html",
    "iin",
    H,
    "<textarea> default text",
    "en",
    d,
    "a real IIN left as textarea default text in an application form",
    page(
        "en",
        "Dormitory application",
        '<form action="/apply" method="post">\n<label>Comment</label>\n'
        f'<textarea name="comment" rows="3">Applicant IIN {d}, needs a room from September</textarea>\n'
        "<button>Send</button></form>",
    ),
)

d = CARD_A
P(
    "html-input-hidden-card-ru.html",
    "bank-card",
    H,
    "<input type=hidden value>",
    "ru",
    d,
    "card number left in a hidden form field",
    page(
        "ru",
        "Оплата за общежитие",
        '<form action="/pay" method="post">\n<p>Сумма к оплате: 35 000 ₸ в месяц.</p>\n'
        f'<input type="hidden" name="card" value="{d}">\n'
        "<button>Оплатить</button></form>",
    ),
)

d = "+7 747 318 22 90"
P(
    "html-placeholder-phone-kk.htm",
    "phone",
    H,
    "<input placeholder>",
    "kk",
    d,
    "a real student's number copied into a placeholder",
    page(
        "kk",
        "Кері байланыс",
        '<form action="/feedback">\n<label for="ph">Телефон</label>\n'
        f'<input id="ph" name="phone" placeholder="{d}">\n'
        "<button>Жіберу</button></form>",
    ),
)

d = "Сейткалиев Дамир Ерланович"
P(
    "html-option-name-ru.html",
    "person-name",
    H,
    "<select><option>",
    "ru",
    d,
    "a student's full name left as a select option",
    page(
        "ru",
        "Запись на консультацию",
        '<form><label>Куратор группы</label>\n<select name="c">\n'
        '<option value="">— выберите —</option>\n'
        '<option value="dept">Деканат факультета</option>\n'
        f'<option value="s17">{d}</option>\n</select></form>',
    ),
)

d = "Dana Serikovna Zhaksylykova"
P(
    "html-meta-author-name-en.html",
    "person-name",
    H,
    "<meta name=author content>",
    "en",
    d,
    "a student editor's full name in meta author",
    page(
        "en",
        "Student newsletter, issue 12",
        "<p>Issue 12 covers the spring sports day and the new library hours.</p>",
        head=f'<meta name="author" content="{d}">\n',
    ),
)

d = "erlan.akhmetov.2003@gmail.com"
P(
    "html-og-description-email-kk.html",
    "email",
    H,
    "<meta property=og:description>",
    "kk",
    d,
    "private e-mail only in the Open Graph description",
    page(
        "kk",
        "Хакатон 2024",
        "<p>Хакатон 12–13 сәуірде өтеді. Тіркелу тегін.</p>",
        head=(
            '<meta property="og:title" content="Хакатон 2024">\n'
            f'<meta property="og:description" content="Сұрақтар бойынша: {d}">\n'
        ),
    ),
)

d = "+7 705 611 40 27"
P(
    "html-iframe-srcdoc-phone-en.html",
    "phone",
    H,
    "<iframe srcdoc>",
    "en",
    d,
    "phone inside escaped HTML of an iframe srcdoc",
    page(
        "en",
        "Sports day",
        "<p>The sports day starts at 10:00 at the main stadium.</p>\n"
        f'<iframe title="contact" srcdoc="&lt;p&gt;Team captain: {d}&lt;/p&gt;"></iframe>',
    ),
)

d = "m.tulegenova@inbox.ru"
P(
    "html-object-param-email-ru.html",
    "email",
    H,
    "<object><param value>",
    "ru",
    d,
    "private e-mail in an object parameter",
    page(
        "ru",
        "Виртуальный тур",
        '<object data="/media/tour.swf" type="application/x-shockwave-flash">\n'
        '<param name="quality" value="high">\n'
        f'<param name="contact" value="{d}">\n</object>',
    ),
)

d = "Жұмабекова Әсел Маратқызы"
P(
    "html-img-alt-name-kk.html",
    "person-name",
    H,
    "<img alt>",
    "kk",
    d,
    "a student's full name in a photo's alt text",
    page(
        "kk",
        "Олимпиада жеңімпаздары",
        "<p>Республикалық олимпиадада университет командасы 2-орын алды.</p>\n"
        f'<img src="/img/olymp-2024.jpg" alt="{d}, 2-курс" width="320" height="240">',
    ),
)

d = IIN_B
P(
    "html-abbr-title-iin-ru.html",
    "iin",
    H,
    "<abbr title>",
    "ru",
    d,
    "IIN visible only as an abbr tooltip",
    page(
        "ru",
        "Список документов",
        f'<p>Заявление подписано, <abbr title="ИИН {d}">ИИН</abbr> проверен.</p>',
    ),
)

d = "12 Kenesary St, apt 45, Astana 010000"
P(
    "html-details-address-en.html",
    "address",
    H,
    "<details> collapsed",
    "en",
    d,
    "student's home address in a collapsed details element",
    page(
        "en",
        "Lost and found",
        "<p>Items can be collected at room 112, 09:00–18:00.</p>\n"
        "<details><summary>Return the blue backpack to</summary>\n"
        f"<p>{d}</p></details>",
    ),
)

d = "N12345678"
P(
    "html-display-none-passport-kk.html",
    "id-document",
    H,
    "style=display:none",
    "kk",
    d,
    "passport number in an element hidden with CSS",
    page(
        "kk",
        "Академиялық ұтқырлық",
        "<p>Шетелге оқуға баратын студенттерге арналған ақпарат.</p>\n"
        f'<div style="display:none">Паспорт нөмірі: {d}</div>',
    ),
)

d = "+7 776 902 33 18"
P(
    "html-aria-label-phone-ru.html",
    "phone",
    H,
    "aria-label",
    "ru",
    d,
    "phone only in an aria-label of an icon button",
    page(
        "ru",
        "Волонтёрский центр",
        "<p>Волонтёрский центр приглашает студентов 1–4 курсов.</p>\n"
        f'<button class="icon-phone" aria-label="Позвонить координатору {d}"></button>',
    ),
)

d = "2003-11-05"
P(
    "html-time-birthdate-en.html",
    ANY,
    H,
    "<time datetime> beside a name",
    "en",
    d,
    "birth date in a time element next to a student's name (name also present)",
    page(
        "en",
        "Birthdays this month",
        '<p>Happy birthday to Arman Bekov, <time datetime="2003-11-05">born 5 November</time>!</p>',
    ),
)

d = "ivanov_sergey_petrovich_cv.pdf"
P(
    "html-download-filename-name-ru.html",
    "person-name",
    H,
    "<a download> file name",
    "ru",
    d,
    "a private person's full name in a download file name",
    page(
        "ru",
        "Вакансии",
        "<p>Открыта вакансия лаборанта кафедры информационных систем.</p>\n"
        f'<a href="/files/cv-17.pdf" download="{d}">Пример резюме</a>',
    ),
)

d = IIN_C
P(
    "html-query-iin-kk.html",
    "iin",
    H,
    "URL query string ?iin=",
    "kk",
    d,
    "IIN inside a link's query string",
    page(
        "kk",
        "Емтихан нәтижелері",
        f'<p>Нәтижені тексеру: <a href="/results?iin={d}&amp;lang=kk">сілтеме</a></p>',
    ),
)

d = "2023004517"
P(
    "html-fragment-student-id-en.html",
    "student-id",
    H,
    "URL fragment #student-",
    "en",
    d,
    "student ID number in a link fragment",
    page(
        "en",
        "Scholarship list",
        f'<p>See the <a href="/scholarships/2024#student-{d}">entry</a> for details.</p>',
    ),
)

d = "+7 700 148 62 05"
P(
    "html-link-title-phone-kk.htm",
    "phone",
    H,
    "<link title>",
    "kk",
    d,
    "phone in a link element's title attribute",
    page(
        "kk",
        "Кітапхана",
        "<p>Кітапхана 09:00–18:00 аралығында жұмыс істейді.</p>",
        head=f'<link rel="alternate" type="application/rss+xml" href="/rss" title="Жауапты: {d}">\n',
    ),
)

d = "aruzhan.k2004@yandex.kz"
P(
    "html-hidden-attr-email-en.xhtml",
    "email",
    H,
    "element with hidden attribute",
    "en",
    d,
    "e-mail inside an element carrying the hidden attribute",
    xhtml(
        "en",
        "Open day",
        "<p>Open day: 20 April, 11:00, main building.</p>\n"
        f'<p hidden="hidden">Contact the student guide: {d}</p>',
    ),
)

d = "@asel_zhumabekova"
P(
    "html-aria-description-handle-ru.html",
    "social-handle",
    H,
    "aria-description",
    "ru",
    d,
    "a student's Instagram handle in aria-description",
    page(
        "ru",
        "Фотоконкурс",
        "<p>Итоги фотоконкурса «Мой университет».</p>\n"
        f'<img src="/img/photo1.jpg" alt="Фото победителя" aria-description="Автор фото: instagram {d}">',
    ),
)

d = IBAN_A
P(
    "html-embed-iban-kk.html",
    "iban",
    H,
    "<embed> attribute",
    "kk",
    d,
    "a private IBAN in an embed element's data attribute",
    page(
        "kk",
        "Демеушілік",
        f'<embed src="/media/sponsor.pdf" type="application/pdf" data-refund="{d}" width="600" height="400">',
    ),
)


# ---- 2. xml and svg
d = "+7 702 455 19 63"
P(
    "svg-desc-phone-kk.svg",
    "phone",
    X,
    "SVG <desc>",
    "kk",
    d,
    "phone in an SVG description",
    svg(
        f"<desc>Сурет авторы, байланыс: {d}</desc>\n"
        '<rect x="10" y="10" width="380" height="100" fill="#440043"/>'
    ),
)

d = "Нұрланова Айгерім Серікқызы"
P(
    "svg-rdf-creator-name-ru.svg",
    "person-name",
    X,
    "<metadata> RDF dc:creator",
    "ru",
    d,
    "designer's full name in RDF dc:creator",
    svg(
        '<metadata>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        '<rdf:Description rdf:about=""><dc:title>Логотип конференции</dc:title>'
        f"<dc:creator>{d}</dc:creator></rdf:Description>\n</rdf:RDF>\n</metadata>\n"
        '<circle cx="60" cy="60" r="40" fill="#440043"/>'
    ),
)

d = "+7 701 388 20 41"
P(
    "svg-tspan-split-phone-en.svg",
    "phone",
    X,
    "<text> split over <tspan>",
    "en",
    d,
    "phone split over three tspans",
    svg(
        '<text x="10" y="60" font-size="16">Team lead: '
        '<tspan>+7 701</tspan><tspan dx="4">388</tspan><tspan dx="4">20 41</tspan></text>'
    ),
)

d = "k.abenov@mail.ru"
P(
    "xml-cdata-email-ru.xml",
    "email",
    X,
    "CDATA section",
    "ru",
    d,
    "e-mail inside a CDATA block of a news export",
    '<?xml version="1.0" encoding="UTF-8"?>\n<news>\n<item id="204">\n'
    "<title>Итоги олимпиады</title>\n"
    f"<body><![CDATA[<p>Вопросы по итогам — <b>{d}</b></p>]]></body>\n"
    "</item>\n</news>\n",
)

d = IIN_D
P(
    "xml-comment-iin-kk.xml",
    "iin",
    X,
    "XML comment",
    "kk",
    d,
    "IIN in an XML comment of a sitemap",
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    f"<!-- тексеру үшін: студент ЖСН {d} -->\n"
    "<url><loc>https://example.org/kk/</loc><lastmod>2024-05-01</lastmod></url>\n"
    "</urlset>\n",
)

d = "b.sarsenov@outlook.com"
P(
    "xml-pi-email-en.xml",
    "email",
    X,
    "processing instruction",
    "en",
    d,
    "e-mail inside a processing instruction",
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<?editor contact="{d}"?>\n'
    '<catalog><course code="6B06102"><title>Information Systems</title></course></catalog>\n',
)

d = "Абенов Куаныш Муратович"
P(
    "atom-author-name-ru.atom",
    "person-name",
    X,
    "Atom <author><name>",
    "ru",
    d,
    "private author's full name in Atom author",
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "<title>Новости КазУТБ</title><id>urn:uuid:1b0c1f7e-0000-4000-8000-000000000001</id>"
    "<updated>2024-05-01T09:00:00Z</updated>\n"
    "<entry><title>День открытых дверей</title><id>urn:uuid:1b0c1f7e-0000-4000-8000-000000000002</id>"
    "<updated>2024-05-01T09:00:00Z</updated>\n"
    f"<author><name>{d}</name><email>office@example.org</email></author></entry>\n</feed>\n",
)

d = "zhanel.omarova02@mail.kz"
P(
    "atom-author-email-kk.atom",
    "email",
    X,
    "Atom <author><email>",
    "kk",
    d,
    "private e-mail in Atom author (name is a department)",
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "<title>ҚазТБУ жаңалықтары</title><id>urn:uuid:2b0c1f7e-0000-4000-8000-000000000001</id>"
    "<updated>2024-05-02T09:00:00Z</updated>\n"
    "<entry><title>Спорт күні</title><id>urn:uuid:2b0c1f7e-0000-4000-8000-000000000002</id>"
    "<updated>2024-05-02T09:00:00Z</updated>\n"
    f"<author><name>Студенттік кеңес</name><email>{d}</email></author></entry>\n</feed>\n",
)

d = "+7 707 640 11 85"
P(
    "svg-xlink-title-phone-kk.svg",
    "phone",
    X,
    "xlink:title attribute",
    "kk",
    d,
    "phone in an xlink:title of an SVG link",
    svg(
        f'<a xlink:href="/kk/contacts" xlink:title="Староста: {d}">'
        '<rect x="0" y="0" width="100" height="40" fill="#440043"/></a>'
    ),
)

d = "a.ermekova@gmail.com"
P(
    "xml-base-email-ru.xml",
    "email",
    X,
    "xml:base attribute",
    "ru",
    d,
    "e-mail hidden in an xml:base URI",
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<links xml:base="mailto:{d}">\n'
    '<link href="/ru/library">Библиотека</link>\n</links>\n',
)

# ---- 3. data shapes
d = "г. Астана, ул. Кенесары, д. 40, кв. 112"
P(
    "csv-semicolon-multiline-address-ru.csv",
    "address",
    D,
    "quoted ;-CSV field with newline",
    "ru",
    d,
    "home address split over a newline in a quoted field",
    "Группа;Форма обучения;Адрес проживания;Курс\n"
    'ИС-21-2;очная;"г. Астана, ул. Кенесары, д. 40,\nкв. 112";3\n'
    'ВТ-22-1;очная;"общежитие № 2";2\n',
)

d = IIN_E
P(
    "csv-bom-iin-kk.csv",
    "iin",
    D,
    "CSV with UTF-8 BOM",
    "kk",
    d,
    "IIN in a CSV that starts with a BOM",
    f"\ufeffТоп,Пән,ЖСН,Балл\nИС-21-2,Математика,{d},87\nИС-21-2,Физика,—,91\n",
)

d = CARD_B
P(
    "tsv-card-en.tsv",
    "bank-card",
    D,
    "TSV cell",
    "en",
    d,
    "card number in a TSV refund table",
    "Date\tPurpose\tAmount\tCard\n2024-03-01\tDormitory refund\t35000\t"
    f"{d}\n2024-03-02\tLibrary fine\t500\t-\n",
)

d = "+7 771 203 58 44"
P(
    "txt-ndjson-phone-ru.txt",
    "phone",
    D,
    "NDJSON-like line in .txt",
    "ru",
    d,
    "phone in one line of a JSON-lines log",
    '{"event":"register","course":"6B06102","ts":"2024-05-01T10:00:00"}\n'
    f'{{"event":"callback","phone":"{d}","ts":"2024-05-01T10:05:00"}}\n'
    '{"event":"logout","ts":"2024-05-01T10:09:00"}\n',
)

d = "timur.baimukhanov@mail.ru"
P(
    "json-nested-email-kk.json",
    "email",
    D,
    "JSON nested 4 levels",
    "kk",
    d,
    "e-mail four levels deep",
    '{\n  "faculty": {\n    "department": {\n      "group": {\n        "monitor": {\n'
    f'          "email": "{d}"\n        }},\n        "code": "ИС-22-1"\n      }}\n    }}\n  }}\n}}\n'.replace(
        "}}", "}"
    ),
)

d = "Zhaksylykova Dana Serikovna"
P(
    "json-split-name-en.json",
    "person-name",
    D,
    "JSON firstName/lastName/middleName",
    "en",
    d,
    "full name split across three keys",
    '{\n  "award": "Best student project 2024",\n  "winner": {\n'
    '    "firstName": "Dana",\n    "middleName": "Serikovna",\n    "lastName": "Zhaksylykova"\n'
    '  },\n  "place": 1\n}\n',
)

d = IIN_F
P(
    "json-number-iin-ru.json",
    "iin",
    D,
    "JSON number (not string)",
    "ru",
    d,
    "IIN stored as a JSON number",
    '{\n  "form": "заявление на общежитие",\n  "applicant": {"iin": '
    + d
    + ', "course": 2},\n  "rooms": 3\n}\n',
)

d = "77011234567"
P(
    "json-number-phone-kk.json",
    "phone",
    D,
    "JSON number (not string)",
    "kk",
    d,
    "phone stored as a JSON number",
    '{\n  "title": "Кері қоңырау",\n  "callback": {"tel": ' + d + ', "slot": "14:00"}\n}\n',
)

d = "Серікбаев Арман Қайратұлы"
P(
    "jsonld-person-name-kk.jsonld",
    "person-name",
    D,
    "JSON-LD Person in .jsonld",
    "kk",
    d,
    "private person as a schema.org Person",
    '{\n  "@context": "https://schema.org",\n  "@type": "Person",\n'
    f'  "name": "{d}",\n  "affiliation": {{"@type": "CollegeOrUniversity", "name": "KazUTB"}}\n}}\n',
)

d = "nurlan.dev1999@gmail.com"
P(
    "webmanifest-dev-email-en.webmanifest",
    "email",
    D,
    ".webmanifest field",
    "en",
    d,
    "developer's private e-mail in the web manifest",
    '{\n  "name": "KazUTB",\n  "short_name": "KazUTB",\n  "start_url": "/",\n'
    '  "theme_color": "#440043",\n'
    f'  "description": "Student portal. Bugs: {d}",\n'
    '  "icons": [{"src": "/icon-192.png", "sizes": "192x192", "type": "image/png"}]\n}\n',
)

d = "г. Астана, пр. Мангилик Ел, д. 20, кв. 7"
P(
    "yaml-block-literal-address-ru.yaml",
    "address",
    D,
    "YAML | block scalar",
    "ru",
    d,
    "home address across lines of a literal block",
    "page: dormitory\ntitle: Заселение в общежитие\nnote: |\n"
    "  Ключи забрать у студента по адресу:\n  г. Астана, пр. Мангилик Ел,\n  д. 20, кв. 7\n"
    'hours: "09:00–18:00"\n',
)

d = "+7 708 331 74 52"
P(
    "yml-folded-phone-kk.yml",
    "phone",
    D,
    "YAML > folded scalar",
    "kk",
    d,
    "phone broken across folded lines",
    "title: Спорт секциялары\ncontact: >\n  Жаттықтырушы көмекшісі:\n  +7 708\n  331 74 52\n"
    'room: "Спорт зал, 1-қабат"\n',
)

d = "ayan.mukhtar@list.ru"
P(
    "yaml-anchor-email-en.yaml",
    "email",
    D,
    "YAML anchor/alias",
    "en",
    d,
    "e-mail defined once under an anchor and reused",
    f'defaults: &contact\n  contact_email: {d}\n  hours: "09:00-18:00"\n'
    "pages:\n  - slug: chess-club\n    <<: *contact\n  - slug: debate-club\n    <<: *contact\n",
)

d = "s.kaliyeva@mail.ru"
P(
    "md-linkref-mailto-ru.md",
    "email",
    D,
    "Markdown link reference definition",
    "ru",
    d,
    "private e-mail in a link reference definition",
    "# Клуб дебатов\n\nЗаседания по четвергам в 16:00, ауд. 214. "
    "Пишите [руководителю][1].\n\n"
    f"[1]: mailto:{d}\n",
)

d = "+7 747 902 15 36"
P(
    "md-html-comment-phone-kk.md",
    "phone",
    D,
    "Markdown HTML comment",
    "kk",
    d,
    "phone in an HTML comment inside Markdown",
    f"# Шахмат клубы\n\nСабақтар сейсенбі сайын 15:00-де.\n\n<!-- жетекші телефоны: {d} -->\n",
)

d = "Omarov Bauyrzhan"
P(
    "md-table-split-name-en.md",
    "person-name",
    D,
    "Markdown table, name split over columns",
    "en",
    d,
    "surname and given name in two table columns",
    "# Exchange semester 2024\n\n| Surname | Given name | Partner university | Term |\n"
    "|---|---|---|---|\n| Omarov | Bauyrzhan | University of Lodz | Spring |\n",
)

d = "2004-02-14"
P(
    "md-frontmatter-birthdate-ru.md",
    "birth-date",
    D,
    "front matter field",
    "ru",
    d,
    "birth date in a post's front matter",
    "---\ntitle: Интервью со студенткой года\ndate: 2024-04-10\nbirthday: 2004-02-14\n"
    "tags: [students]\n---\n\nРасскажите, почему вы выбрали КазУТБ?\n",
)

d = "@dana_zh04"
P(
    "json-telegram-handle-kk.json",
    "social-handle",
    D,
    "JSON string",
    "kk",
    d,
    "a student's Telegram handle",
    '{\n  "club": "Робототехника",\n  "chat": {"telegram": "' + d + '", "members": 38}\n}\n',
)

d = "045123789"
P(
    "csv-id-card-en.csv",
    "id-document",
    D,
    "CSV cell",
    "en",
    d,
    "9-digit ID card number in a visa support list",
    f"Programme,Partner,ID card,Term\n6B06102,University of Lodz,{d},Spring 2025\n",
)


# ---- 4. text forms
d = "восемь семьсот один двести тридцать четыре пятьдесят шесть семьдесят восемь"
P(
    "txt-words-phone-ru.txt",
    "phone",
    T,
    "phone in words",
    "ru",
    d,
    "8 701 234 56 78 spelled out",
    f"Объявление. Нашёл студенческий пропуск, звоните: {d}.\n",
)

d = "сегіз жеті жүз жеті үш жүз он сегіз жиырма екі тоқсан"
P(
    "txt-words-phone-kk.txt",
    "phone",
    T,
    "phone in words",
    "kk",
    d,
    "8 707 318 22 90 spelled out",
    f"Хабарландыру. Кілттерді таптым, хабарласыңыз: {d}.\n",
)

d = "plus seven, seven zero five, six one one, four zero, two seven"
P(
    "txt-words-phone-en.txt",
    "phone",
    T,
    "phone in words",
    "en",
    d,
    "+7 705 611 40 27 spelled out",
    f"Found a calculator in room 305. Call me: {d}.\n",
)

d = "+7 701 552 38 14".translate(FW)
P(
    "txt-fullwidth-phone-ru.txt",
    "phone",
    T,
    "full-width digits",
    "ru",
    d,
    "phone in full-width digits",
    f"Репетитор по математике для первокурсников: {d}\n",
)

d = "+7 702 448 19 63".translate(AI)
P(
    "txt-arabic-indic-phone-en.txt",
    "phone",
    T,
    "Arabic-Indic digits",
    "en",
    d,
    "phone in Arabic-Indic digits",
    f"Roommate wanted near campus, call {d}\n",
)

d = "asel\u200b.zhumabekova@\u200bmail.kz"
P(
    "txt-zwsp-email-kk.txt",
    "email",
    T,
    "zero-width spaces in e-mail",
    "kk",
    d,
    "e-mail with zero-width spaces",
    f"Конспектілерді сұраңыз: {d}\n",
)


d = "erlan.akhmetov at gmail dot com"
P(
    "txt-at-dot-email-en.txt",
    "email",
    T,
    "' at ' / ' dot ' e-mail",
    "en",
    d,
    "obfuscated e-mail with words",
    f"Study group for Calculus II. Write to {d}\n",
)

d = "m.tulegenova(собака)inbox.ru"
P(
    "txt-sobaka-email-ru.txt",
    "email",
    T,
    "(собака) e-mail",
    "ru",
    d,
    "obfuscated e-mail with (собака)",
    f"Ищу партнёра для курсового проекта: {d}\n",
)


d = "zhanel.omarova(әт)mail.kz"
P(
    "txt-at-kk-email-kk.txt",
    "email",
    T,
    "(әт) e-mail",
    "kk",
    d,
    "obfuscated e-mail with Kazakh (әт)",
    f"Кітап алмасу: {d}\n",
)

d = "B.SARSENOV@GMAIL.COM"
P(
    "txt-uppercase-email-en.txt",
    "email",
    T,
    "uppercase e-mail",
    "en",
    d,
    "e-mail in capitals",
    f"FOR TUTORING IN PHYSICS WRITE TO {d}\n",
)

d = "иван.петров@почта.рф"
P(
    "txt-idn-email-ru.txt",
    "email",
    T,
    "IDN e-mail (почта.рф)",
    "ru",
    d,
    "e-mail with Cyrillic local part and IDN domain",
    f"Вопросы по курсовой: {d}\n",
)

d = "dana.serik\u200f@gmail.com"
P(
    "txt-rlm-email-en.txt",
    "email",
    T,
    "right-to-left mark in e-mail",
    "en",
    d,
    "e-mail with an RLM inside",
    f"Lost student card, contact {d}\n",
)

d = "+7 (747) 318 22 90"
P(
    "txt-linebreak-phone-kk.txt",
    "phone",
    T,
    "+7 (7xx) broken over two lines",
    "kk",
    d,
    "phone broken across a line end",
    "Жатақханадағы бос орын туралы сұрақтар бойынша +7 (747)\n318 22 90 нөміріне хабарласыңыз.\n",
)

d = "АХМЕТОВ ЕРЛАН"
P(
    "txt-caps-name-ru.txt",
    "person-name",
    T,
    "name in all caps",
    "ru",
    d,
    "a student's name in capitals",
    f"ПРИКАЗ О ПООЩРЕНИИ: ОБЪЯВИТЬ БЛАГОДАРНОСТЬ СТУДЕНТУ {d} ЗА АКТИВНОЕ УЧАСТИЕ.\n",
)

d = "Zhaksylykova, Dana"
P(
    "txt-comma-name-en.txt",
    "person-name",
    T,
    "'Surname, Given'",
    "en",
    d,
    "name in bibliographic form",
    f"Conference volunteers: {d} (registration desk).\n",
)

d = "Е.\u00a0Б.\u00a0Сейткалиев"
P(
    "txt-initials-nbsp-name-ru.txt",
    "person-name",
    T,
    "initials with NBSP",
    "ru",
    d,
    "initials and surname joined by non-breaking spaces",
    f"Благодарим студента {d} за помощь в организации конференции.\n",
)

d = "Aıgerım Nurlanqyzy"
P(
    "txt-latin2021-name-kk.txt",
    "person-name",
    T,
    "Kazakh 2021 Latin alphabet",
    "kk",
    d,
    "name in new Kazakh Latin",
    f"Baıqaý jeńimpazy: {d}, 3-kýrs stýdenti.\n",
)

d = HOMO_NAME
P(
    "txt-homoglyph-name-ru.txt",
    "person-name",
    T,
    "Latin look-alikes in Cyrillic name",
    "ru",
    d,
    "name with Latin letters replacing Cyrillic ones",
    f"Староста группы ИС-21-2: {d}.\n",
)


# ---- 5. css and js
d = "Жақсылықова Дана"
P(
    "css-content-name-ru.css",
    "person-name",
    C,
    "CSS content: string",
    "ru",
    d,
    "a student's name in generated content",
    ".hero { color: #440043; padding: 16px; }\n"
    f'.hero::after {{ content: "Фото: {d}"; font-size: 12px; }}\n',
)

d = "timur.baimukhanov@mail.ru"
P(
    "css-comment-email-en.css",
    "email",
    C,
    "CSS comment",
    "en",
    d,
    "author's private e-mail in a CSS comment",
    f"/* theme by {d} */\n:root {{ --brand: #440043; --gap: 8px; }}\n"
    "body { margin: 0; font: 16px/1.5 sans-serif; }\n",
)

d = "+7 778 410 92 67"
P(
    "js-object-phone-kk.js",
    "phone",
    C,
    "JS object literal",
    "kk",
    d,
    "phone in an object literal",
    'const club = {\n  name: "Робототехника",\n  room: 214,\n'
    f'  phone: "{d}",\n}};\nexport default club;\n',
)

d = "asel.zh@mail.kz"
P(
    "js-template-literal-email-ru.js",
    "email",
    C,
    "JS template literal ${}",
    "ru",
    d,
    "e-mail assembled in a template literal",
    'const group = "ИС-21-2";\n'
    "const note = `Вопросы по расписанию группы ${group}: asel.zh@mail.kz`;\n"
    'document.querySelector("#note").textContent = note;\n',
)

d = IIN_G
P(
    "js-json-string-iin-en.js",
    "iin",
    C,
    "JSON inside a JS string",
    "en",
    d,
    "IIN inside a JSON string literal",
    f'const cfg = JSON.parse(\'{{"form":"grant","iin":"{d}","year":2024}}\');\n'
    "console.log(cfg.form);\n",
)

d = EMAIL_CC
P(
    "js-charcodes-email-kk.js",
    ANY,
    C,
    "String.fromCharCode array",
    "kk",
    d,
    "e-mail encoded as character codes",
    "// байланыс\n"
    f"const m = String.fromCharCode({CHARCODES});\n"
    'document.getElementById("c").href = "mailto:" + m;\n',
)

d = B64_PHONE
P(
    "js-base64-phone-ru.js",
    ANY,
    C,
    "base64 string in JS",
    "ru",
    d,
    "base64 of '+7 701 555 20 14'",
    f'const tel = atob("{d}");\ndocument.getElementById("tel").textContent = tel;\n',
)


# ================================================================ negatives
N(
    "html-noscript-university-contacts-ru.html",
    None,
    H,
    "<noscript>, footer",
    "ru",
    "+7 (7172) 57 88 15",
    "the university's own phones and e-mails",
    page(
        "ru",
        "Контакты",
        "<noscript><p>Приёмная комиссия: +7 (7172) 57 88 15, +7 708 425 06 60, "
        "admissions@example.org</p></noscript>\n"
        '<p>Канцелярия: +7 701 602 53 53, <a href="mailto:office@example.org">office@example.org</a></p>\n'
        "<p>Режим работы: 09:00–18:00, ауд. 101.</p>",
    ),
)

N(
    "html-meta-author-rector-kk.html",
    None,
    H,
    "<meta name=author>",
    "kk",
    "Л.К. Байболова",
    "the rector, in role",
    page(
        "kk",
        "Ректордың құттықтауы",
        "<p>Ректор Л.К. Байболова студенттерді Білім күнімен құттықтады.</p>",
        head='<meta name="author" content="Ректор Л.К. Байболова">\n',
    ),
)

N(
    "svg-desc-eponym-kk.svg",
    None,
    X,
    "SVG <desc>",
    "kk",
    "Қ. Құлажанов",
    "the university's eponym",
    svg(
        "<desc>Қ. Құлажанов атындағы университеттің логотипі</desc>\n"
        '<text x="10" y="60">Қ. Құлажанов</text>'
    ),
)

N(
    "csv-public-figures-kk.csv",
    None,
    D,
    "CSV cells",
    "kk",
    "Абай Құнанбайұлы,1845–1904",
    "historic public figures with life dates",
    "Тұлға,Өмір сүрген жылдары,Аудитория\nАбай Құнанбайұлы,1845–1904,301\n"
    "Шоқан Уәлиханов,1835–1865,302\nӘл-Фараби,870–950,303\n",
)

N(
    "json-public-figures-en.json",
    None,
    D,
    "JSON",
    "en",
    "Al-Farabi",
    "historic public figures",
    '{\n  "lecture_halls": [\n    {"room": "301", "named_after": "Abai Kunanbayuly", "years": "1845-1904"},\n'
    '    {"room": "302", "named_after": "Shokan Ualikhanov", "years": "1835-1865"},\n'
    '    {"room": "303", "named_after": "Al-Farabi", "years": "c. 870-950"}\n  ]\n}\n',
)

N(
    "md-minister-role-ru.md",
    None,
    D,
    "Markdown text",
    "ru",
    "Министр науки и высшего образования",
    "office holder mentioned in role only",
    "# Визит\n\n10 апреля университет посетил Министр науки и высшего образования "
    "Республики Казахстан. Встреча прошла в актовом зале (ауд. 100) с 10:00 до 12:00.\n",
)

N(
    "txt-isbn-doi-en.txt",
    None,
    T,
    "plain text",
    "en",
    f"{ISBN[:3]}-{ISBN[3:6]}-{ISBN[6:10]}-{ISBN[10:12]}-{ISBN[12]}",
    "ISBN and DOI of a university publication",
    f"Textbook: Food Technology, Astana, 2023. ISBN {ISBN[:3]}-{ISBN[3:6]}-{ISBN[6:10]}-{ISBN[10:12]}-{ISBN[12]}.\n"
    "Article DOI: 10.58805/kazutb.v.2.23-101\nPages: 1-248. Print run: 500 copies.\n",
)

N(
    "xml-ministry-order-ru.xml",
    None,
    X,
    "XML element",
    "ru",
    "№ 2",
    "ministry order number and dates",
    '<?xml version="1.0" encoding="UTF-8"?>\n<documents>\n'
    '<order number="№ 2" date="2023-01-20">Приказ Министра науки и высшего образования '
    "Республики Казахстан от 20 января 2023 года № 2</order>\n"
    "<license>KZ12LAA00034567</license>\n</documents>\n",
)

N(
    "jsonld-organization-bin-en.jsonld",
    None,
    D,
    "JSON-LD Organization",
    "en",
    BIN_UNI,
    "the university's BIN (5th digit 4, valid check digit)",
    '{\n  "@context": "https://schema.org",\n  "@type": "CollegeOrUniversity",\n'
    '  "name": "Kazakh University of Technology and Business",\n'
    f'  "taxID": "{BIN_UNI}",\n  "telephone": "+7 (7172) 57 88 15",\n'
    '  "email": "office@example.org",\n'
    '  "address": {"@type": "PostalAddress", "addressLocality": "Astana", "addressCountry": "KZ"}\n}\n',
)

N(
    "yaml-programmes-rooms-kk.yaml",
    None,
    D,
    "YAML values",
    "kk",
    "6B06102",
    "programme codes, rooms, hours",
    'programmes:\n  - code: 6B06102\n    title: Ақпараттық жүйелер\n    room: "305"\n'
    '  - code: 6B07201\n    title: Тамақ өнімдерінің технологиясы\n    room: "412"\n'
    'hours: "09:00–18:00"\nopen_day: 2024-04-20\n',
)

N(
    "css-colours-numbers-en.css",
    None,
    C,
    "CSS code",
    "en",
    "#440043",
    "colour codes and numeric CSS",
    ":root { --brand: #440043; --accent: #f5a623; }\n"
    ".grid { display: grid; grid-template-columns: repeat(12, 1fr); gap: 24px; }\n"
    "@media (max-width: 768px) { .grid { grid-template-columns: 1fr; } }\n"
    '.hero::before { content: "KazUTB 2024"; }\n',
)

N(
    "js-code-numbers-ru.js",
    None,
    C,
    "JS code",
    "ru",
    "1000000007",
    "numbers in ordinary code",
    'const MOD = 1000000007;\nconst TIMEOUT_MS = 15000;\nconst VERSION = "3.12.4";\n'
    "const stats = { students: 6450, teachers: 412, programmes: 58 };\n"
    "setTimeout(() => console.log(stats.students * 2 % MOD), TIMEOUT_MS);\n",
)

N(
    "js-base64-harmless-kk.js",
    None,
    C,
    "base64 string in JS",
    "kk",
    B64_HARMLESS,
    "base64 of the university's English name",
    f'const brand = atob("{B64_HARMLESS}");\ndocument.title = brand;\n',
)

N(
    "html-data-uri-png-en.html",
    None,
    H,
    "<img src=data:>",
    "en",
    "data:image/png;base64",
    "a 1x1 PNG as data URI",
    page(
        "en",
        "Accessibility",
        f'<img src="data:image/png;base64,{TINY_PNG}" alt="" width="1" height="1">\n'
        "<p>Contrast ratio 7:1, font size 16px.</p>",
    ),
)

N(
    "atom-department-author-ru.atom",
    None,
    X,
    "Atom <author>",
    "ru",
    "office@example.org",
    "department author with the university's e-mail",
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
    "<title>Новости</title><id>urn:uuid:3b0c1f7e-0000-4000-8000-000000000001</id>"
    "<updated>2024-05-03T09:00:00Z</updated>\n"
    "<author><name>Пресс-служба КазУТБ</name><email>office@example.org</email></author>\n"
    "<entry><title>Выпуск 2024</title><id>urn:uuid:3b0c1f7e-0000-4000-8000-000000000002</id>"
    "<updated>2024-05-03T09:00:00Z</updated></entry>\n</feed>\n",
)

N(
    "webmanifest-version-en.webmanifest",
    None,
    D,
    ".webmanifest",
    "en",
    "2.4.1",
    "version numbers and colours",
    '{\n  "name": "KazUTB Portal",\n  "version": "2.4.1",\n  "start_url": "/?source=pwa",\n'
    '  "background_color": "#ffffff",\n  "theme_color": "#440043",\n'
    '  "icons": [{"src": "/icon-512.png", "sizes": "512x512", "type": "image/png"}]\n}\n',
)

N(
    "tsv-fees-counts-ru.tsv",
    None,
    D,
    "TSV",
    "ru",
    "1 250 000",
    "tuition fees and counts",
    "Программа\tКод\tСтоимость, ₸\tГрантов\tСтудентов\n"
    "Информационные системы\t6B06102\t1 250 000\t45\t612\n"
    "Технология продуктов питания\t6B07201\t1 100 000\t30\t388\n",
)

N(
    "html-query-harmless-kk.html",
    None,
    H,
    "URL query and fragment",
    "kk",
    "?year=2024&amp;page=3",
    "harmless query strings and fragments",
    page(
        "kk",
        "Жаңалықтар мұрағаты",
        '<p><a href="/kk/news?year=2024&amp;page=3#section-2">Келесі бет</a></p>\n'
        '<p><a href="/kk/schedule?group=IS-21-2&amp;week=14">Кесте</a></p>',
    ),
)

N(
    "md-linkref-admissions-en.md",
    None,
    D,
    "Markdown link reference",
    "en",
    "admissions@example.org",
    "the university's admissions e-mail",
    "# Admissions 2024\n\nApplications are open from 20 June to 25 August. "
    "[Write to us][adm] or call +7 708 425 06 60.\n\n[adm]: mailto:admissions@example.org\n",
)

N(
    "html-time-event-date-ru.html",
    None,
    H,
    "<time datetime>",
    "ru",
    "2024-09-01",
    "event date, not a birth date",
    page(
        "ru",
        "День знаний",
        '<p>Торжественная линейка <time datetime="2024-09-01T10:00">1 сентября в 10:00</time> '
        "у главного корпуса.</p>",
    ),
)

N(
    "svg-tspan-university-phone-kk.svg",
    None,
    X,
    "<tspan> split",
    "kk",
    "+7 (7172) 57 88 15",
    "the university's phone split across tspans",
    svg(
        '<text x="10" y="60">Қабылдау комиссиясы: <tspan>+7 (7172)</tspan>'
        '<tspan dx="4">57 88 15</tspan></text>'
    ),
)

N(
    "txt-rector-latin-en.txt",
    None,
    T,
    "plain text",
    "en",
    "L.K. Baibolova",
    "the rector in role, Latin spelling",
    "Rector L.K. Baibolova opened the international conference on 15 May 2024 at 10:00 "
    "in the assembly hall (room 100). 240 participants from 12 countries.\n",
)


# ---------------------------------------------------------------- manifest
def _assemble():
    manifest: list[Entry] = []
    content: dict[str, str] = {}
    for i, row in enumerate(_P + _N, start=1):
        slug, cat, cls, part, lang, datum, reason, text = row
        name = f"q{i:02d}-{slug}"
        manifest.append(Entry(name, cat, cls, part, lang, datum, reason))
        content[name] = text
    return manifest, content


MANIFEST, _CONTENT = _assemble()
assert len(MANIFEST) <= 99
assert len({e.name for e in MANIFEST}) == len(MANIFEST)


def build(folder: Path) -> list[Path]:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for e in MANIFEST:
        p = folder / e.name
        p.write_bytes(_CONTENT[e.name].encode("utf-8"))
        out.append(p)
    return out
