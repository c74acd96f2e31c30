"""The realistic corpus of issue #31: personal data in every disguise, in every file type.

Each sample is a whole file made by a producer (tests/privacy/producers.py) with the
categories the gate must report in it, or none for a look-alike that must pass. Samples
are grouped by class (the disguise) and by file type; tests/privacy/test_realistic.py
requires every positive caught and no look-alike reported, and
scripts/benchmark_privacy.py prints recall and false positives per class and per type.

Every value is synthetic: IINs have valid check digits and random bodies (or are the
issue's own examples), phones are in the fictional 555 exchange, names are invented
combinations of common given names and surnames.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass

from kazutb_transparency.privacy.synthetic import fake_bin, fake_iin, fake_mobile

from . import producers as make


@dataclass(frozen=True)
class Sample:
    name: str  # the file name (its suffix decides how the gate reads it)
    data: bytes
    cls: str  # the disguise: invisible, links, spelled, email, typed-cells, xmp, names, docs
    ftype: str  # pdf-word, pdf-browser, pdf-glyphs, docx, xlsx, png, jpeg, svg, zip, csv, html…
    expect: frozenset[str]  # categories to report; empty: a look-alike that must pass


def _p(name: str, data: bytes | str, cls: str, ftype: str, *expect: str) -> Sample:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return Sample(name, raw, cls, ftype, frozenset(expect))


# --- numbers in words ----------------------------------------------------------------

_RU_UNITS = "ноль один два три четыре пять шесть семь восемь девять".split()  # noqa: SIM905
_RU_TEENS = [
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
]
_RU_TENS = (
    "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто".split()  # noqa: SIM905
)
_RU_HUNDREDS = "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот".split()  # noqa: SIM905
_KK_UNITS = "нөл бір екі үш төрт бес алты жеті сегіз тоғыз".split()  # noqa: SIM905
_KK_TENS = "_ он жиырма отыз қырық елу алпыс жетпіс сексен тоқсан".split()  # noqa: SIM905
_EN_UNITS = "zero one two three four five six seven eight nine".split()  # noqa: SIM905
_EN_TEENS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()  # noqa: SIM905
)
_EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()  # noqa: SIM905


def _say(group: str, lang: str) -> str:
    """A digit group as a person says it: "701" → "семьсот один", "05" → "ноль пять"."""
    if group.startswith("0") and len(group) > 1:
        return " ".join(_say(d, lang) for d in group)
    n = int(group)
    h, t, u = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if lang == "ru":
        if h:
            words.append(_RU_HUNDREDS[h])
        if t == 1:
            words.append(_RU_TEENS[u])
        else:
            words += [_RU_TENS[t]] if t else []
            words += [_RU_UNITS[u]] if u or not words else []
    elif lang == "kk":
        if h:
            words += ([_KK_UNITS[h]] if h > 1 else []) + ["жүз"]
        words += [_KK_TENS[t]] if t else []
        words += [_KK_UNITS[u]] if u or not words else []
    else:
        if h:
            words += [_EN_UNITS[h], "hundred"]
        if t == 1:
            words.append(_EN_TEENS[u])
        else:
            words += [_EN_TENS[t]] if t else []
            words += [_EN_UNITS[u]] if u or not words else []
    return " ".join(words)


def spell(digits: str, groups: list[int], lang: str) -> str:
    out, pos = [], 0
    for size in groups:
        out.append(_say(digits[pos : pos + size], lang))
        pos += size
    return " ".join(out)


# --- the corpus ------------------------------------------------------------------------

_ZW = "\u200b"
_SHY = "\u00ad"
_WJ = "\u2060"


def _fullwidth(s: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def _arabic(s: str) -> str:
    return "".join(chr(0x0660 + int(c)) if c.isdigit() else c for c in s)


def _persian(s: str) -> str:
    return "".join(chr(0x06F0 + int(c)) if c.isdigit() else c for c in s)


def _devanagari(s: str) -> str:
    return "".join(chr(0x0966 + int(c)) if c.isdigit() else c for c in s)


def _join(s: str, sep: str, every: int = 1) -> str:
    return sep.join(s[i : i + every] for i in range(0, len(s), every))


def samples(seed: int = 31) -> list[Sample]:
    rnd = random.Random(seed)
    iin = [fake_iin(rnd) for _ in range(40)]
    mob = [fake_mobile(rnd)[1:] for _ in range(20)]  # 7XXX555NNNN
    out: list[Sample] = []
    out += _invisible(iin, mob)
    out += _links(iin)
    out += _spelled(iin, mob)
    out += _emails()
    out += _typed_cells(iin, mob, rnd)
    out += _xmp()
    out += _names()
    out += _docs(iin)
    return out


def _invisible(iin: list[str], mob: list[str]) -> list[Sample]:
    c = "invisible"
    return [
        _p("zw.md", f"# Өтініш\n\nЖСН: {_join('950312450670', _ZW, 4)}\n", c, "md", "iin"),
        _p("shy.txt", f"ИИН заявителя: {_join(iin[0], _SHY)}\n", c, "txt", "iin"),
        _p("wj.html", make.html([f"IIN {_join(iin[1], _WJ, 3)} (applicant)"]), c, "html", "iin"),
        _p("fw.csv", f"unit,note\nF1,ИИН {_fullwidth(iin[2])}\n", c, "csv", "iin"),
        _p("ar.json", json.dumps({"note": f"IIN {_arabic(iin[3])}"}), c, "json", "iin"),
        _p("fa.yaml", f"note: 'ЖСН {_persian(iin[4])}'\n", c, "yaml", "iin"),
        _p("dev.txt", f"Applicant IIN: {_devanagari(iin[5])}\n", c, "txt", "iin"),
        _p("bidi.md", f"Телефон: +\u200e7 {mob[0][1:4]}\u200f {mob[0][4:]}\n", c, "md", "phone"),
        _p("spaced.txt", f"ИИН {' '.join(iin[6])}\n", c, "txt", "iin"),
        _p("zwsp.svg", make.svg([f"ЖСН {_join(iin[7], _ZW)}"]), c, "svg", "iin"),
        _p("zw.docx", make.docx([f"ИИН: {_join(iin[8], _ZW, 2)}"]), c, "docx", "iin"),
        _p(
            "fw.pdf",
            make.pdf_word_processor([f"IIN {_join(iin[9], ' ', 3)}"]),
            c,
            "pdf-word",
            "iin",
        ),
        _p("bom-in.txt", f"Телефон {_join('8' + mob[1][1:], chr(0xFEFF), 3)}\n", c, "txt", "phone"),
        # look-alikes: the same characters in text without personal data
        _p(
            "shy-words.md",
            f"Уни{_SHY}вер{_SHY}си{_SHY}тет{_SHY}тің жоспары 2024{_ZW} жыл\n",
            c,
            "md",
        ),
        _p(
            "fw-year.txt",
            f"Отчёт за {_fullwidth('2024')} год, {_fullwidth('12')} программ\n",
            c,
            "txt",
        ),
        _p("ar-bad.txt", f"Reference {_arabic('950312450671')} (not valid)\n", c, "txt"),
        _p(
            "bin-zw.md", f"БСН университета: {_join(fake_bin(random.Random(1)), _ZW, 4)}\n", c, "md"
        ),
        _p("spaced-letters.md", "Қ а з Т Б У — 2 0 2 4\n\nS u m m a r y\n", c, "md"),
    ]


def _links(iin: list[str]) -> list[Sample]:
    c = "links"
    base = "https://kazutb.edu.kz"
    return [
        _p(
            "profile.html",
            make.html(["Профиль"], [f"{base}/profile/010101500995"]),
            c,
            "html",
            "iin",
        ),
        _p("query.md", f"[Өтініш]({base}/apply?iin=901112400791&lang=kk)\n", c, "md", "iin"),
        _p(
            "slug.html",
            make.html(["Staff"], [f"{base}/staff/aigerim-seitkali/"]),
            c,
            "html",
            "person-name",
        ),
        _p(
            "slug-ru.yaml",
            f"url: {base}/ru/sotrudniki/daulet_kenzhebayev\n",
            c,
            "yaml",
            "person-name",
        ),
        _p(
            "slug-kk.json",
            json.dumps({"href": "/kk/qyzmetkerler/sarsenova-aigerim/"}),
            c,
            "json",
            "person-name",
        ),
        _p(
            "aigerim-seitkali-cv.pdf",
            make.pdf_word_processor(["Curriculum vitae"]),
            c,
            "pdf-word",
            "person-name",
        ),
        _p("Омарова_Жанна_резюме.docx", make.docx(["Резюме"]), c, "docx", "person-name"),
        _p("svg-link.svg", make.svg(["Карта"], [f"/people/{iin[10]}"]), c, "svg", "iin"),
        _p("list.csv", "title,url\nCV,/files/erlan-nurlanov-cv.pdf\n", c, "csv", "person-name"),
        _p(
            "photos.zip",
            make.zip_of({"marat-akhmetov.jpg": make.jpeg_with_xmp("")}),
            c,
            "zip",
            "person-name",
        ),
        _p("tel.md", "[Жазу](https://example.kz/contact?phone=87015551234)\n", c, "md", "phone"),
        # look-alikes
        _p(
            "programmes.html",
            make.html(
                ["Бағдарламалар"],
                [
                    f"{base}/kk/programmes/6B04101-marketing/",
                    f"{base}/en/news/2024/open-day/",
                    f"{base}/ru/staff/rector/",
                    f"{base}/kk/about/abai-kunanbayev-street/",
                    f"{base}/opendata/indicators-2024-2025.csv",
                    f"{base}/doc?id=1234567890",
                ],
            ),
            c,
            "html",
        ),
        _p("annual-report-2024.pdf", make.pdf_word_processor(["Annual report"]), c, "pdf-word"),
        _p("kazutb-logo.svg", make.svg(["ҚазТБУ"]), c, "svg"),
        _p(
            "links.md",
            "[Регламент](../documents/quality-manual-2024.pdf) "
            "[Карта](https://maps.example.kz/?q=51.1694,71.4491)\n",
            c,
            "md",
        ),
    ]


def _spelled(iin: list[str], mob: list[str]) -> list[Sample]:
    c = "spelled"
    phone8 = "8" + mob[2][1:]  # 8 7XX 555 NN NN
    groups = [1, 3, 3, 2, 2]
    iin_words = spell("950312450670", [3, 3, 3, 3], "ru")
    return [
        _p("ru.txt", f"Звоните: {spell(phone8, groups, 'ru')}.\n", c, "txt", "phone"),
        _p(
            "kk.md",
            f"Байланыс телефоны: {spell('8' + mob[3][1:], groups, 'kk')}\n",
            c,
            "md",
            "phone",
        ),
        _p(
            "en.html",
            make.html([f"Call {spell('8' + mob[4][1:], groups, 'en')} after six."]),
            c,
            "html",
            "phone",
        ),
        _p(
            "en-plus.txt",
            f"My number: plus {spell(mob[5], [1, 3, 3, 2, 2], 'en')}\n",
            c,
            "txt",
            "phone",
        ),
        _p(
            "ru-plus.docx",
            make.docx([f"Тел.: плюс {spell(mob[6], [1, 3, 3, 2, 2], 'ru')}"]),
            c,
            "docx",
            "phone",
        ),
        _p(
            "kk-digits.csv", f"note\n{spell('8' + mob[7][1:], [1] * 11, 'kk')}\n", c, "csv", "phone"
        ),
        _p(
            "en-digits.json",
            json.dumps({"c": spell("8" + mob[8][1:], [1] * 11, "en")}),
            c,
            "json",
            "phone",
        ),
        _p("iin-ru.txt", f"ИИН: {iin_words}\n", c, "txt", "iin"),
        _p("iin-kk.md", f"ЖСН: {spell(iin[11], [2, 2, 2, 2, 2, 2], 'kk')}\n", c, "md", "iin"),
        _p(
            "en-pdf.pdf",
            make.pdf_word_processor([f"Phone: {spell('8' + mob[9][1:], groups, 'en')}"]),
            c,
            "pdf-word",
            "phone",
        ),
        # look-alikes: numbers in words that are not contacts
        _p(
            "counts-ru.txt",
            "В университете двести тридцать четыре преподавателя и пять "
            "тысяч студентов; сорок пять программ, двенадцать кафедр.\n",
            c,
            "txt",
        ),
        _p("counts-kk.md", "Бір, екі, үш, төрт, бес — бағалау шкаласы бес баллдық.\n", c, "md"),
        _p(
            "counts-en.html",
            make.html(["One, two, three, four, five: the five-point scale."]),
            c,
            "html",
        ),
        _p(
            "years-ru.txt",
            "Две тысячи двадцать четвёртый год: сто двадцать пять выпускников\n",
            c,
            "txt",
        ),
    ]


def _emails() -> list[Sample]:
    c = "email"
    return [
        _p("at.md", "Хат жазыңыз: aliya [at] mail [dot] kz\n", c, "md", "email"),
        _p("paren.txt", "E-mail: d.kenzhebayev (at) gmail (dot) com\n", c, "txt", "email"),
        _p("sobaka.html", make.html(["Почта: aliya.s собака mail точка ru"]), c, "html", "email"),
        _p("nukte.md", "Пошта: aigerim_97 (at) mail нүкте kz\n", c, "md", "email"),
        _p("bare.txt", "write to marat.a at yandex dot kz please\n", c, "txt", "email"),
        _p("mixed.docx", make.docx(["Контакт: zhanna.o@mail dot ru"]), c, "docx", "email"),
        _p("brace.csv", "contact\nerlan {at} inbox {dot} kz\n", c, "csv", "email"),
        _p("svg-mail.svg", make.svg(["aliya[at]mail[dot]kz"]), c, "svg", "email"),
        # look-alikes
        _p(
            "prose-at.txt",
            "Lectures at kazutb.edu.kz start at 9; meet at the hall. Dot.\n",
            c,
            "txt",
        ),
        _p("tochka.md", "С точки зрения качества: точка роста — нүкте қойылды.\n", c, "md"),
        # an allowlisted institutional address stays allowed when written out
        _p("official.md", "Приёмная комиссия: office [at] example [dot] org\n", c, "md"),
    ]


def _typed_cells(iin: list[str], mob: list[str], rnd: random.Random) -> list[Sample]:
    c = "typed-cells"
    birth_serial = 35136  # 12.03.1996
    return [
        _p("iin-e.xlsx", make.xlsx([["Аты", "ЖСН"], ["—", int(iin[12])]]), c, "xlsx", "iin"),
        _p(
            "iin-e2.xlsx",
            make.xlsx([["Код", "Ескерту"], ["F1", ("num", "9.50312450670E+11")]]),
            c,
            "xlsx",
            "iin",
        ),
        _p(
            "birth-kk.xlsx",
            make.xlsx([["Код", "Туған күні"], ["S1", ("date", birth_serial, 2)]]),
            c,
            "xlsx",
            "birth-date",
        ),
        _p(
            "birth-ru.xlsx",
            make.xlsx([["Код", "Дата рождения"], ["S2", ("num", "33512")]]),
            c,
            "xlsx",
            "birth-date",
        ),
        _p(
            "birth-en.xlsx",
            make.xlsx([["ID", "Date of birth"], ["S3", ("date", 36200, 3)]]),
            c,
            "xlsx",
            "birth-date",
        ),
        _p(
            "phone-num.xlsx",
            make.xlsx([["Unit", "Телефон"], ["F2", int("8" + mob[10][1:])]]),
            c,
            "xlsx",
            "phone",
        ),
        # look-alikes
        _p(
            "order-date.xlsx",
            make.xlsx([["Бұйрық", "Күні"], ["12-Н", ("date", 45300, 2)]]),
            c,
            "xlsx",
        ),
        _p(
            "counts.xlsx",
            make.xlsx([["Бағдарлама", "Студенттер", "Бюджет"], ["6B04101", 245, 1.25e9]]),
            c,
            "xlsx",
        ),
        _p("bin.xlsx", make.xlsx([["БСН", "Атауы"], [int(fake_bin(rnd)), "ҚазТБУ"]]), c, "xlsx"),
    ]


def _xmp() -> list[Sample]:
    c = "xmp"
    return [
        _p("photo.png", make.png_with_xmp("Aigerim Seitkali"), c, "png", "person-name"),
        _p(
            "photo-z.png",
            make.png_with_xmp("Жанна Омарова", compressed=True),
            c,
            "png",
            "person-name",
        ),
        _p("photo.jpg", make.jpeg_with_xmp("Даулет Кенжебаев"), c, "jpeg", "person-name"),
        _p(
            "xmp.pdf", make.pdf_with_xmp(["Report"], "Marat Akhmetov"), c, "pdf-word", "person-name"
        ),
        # look-alikes
        _p("tool.png", make.png_with_xmp("Adobe Photoshop 25.0"), c, "png"),
        _p("press.jpg", make.jpeg_with_xmp("ҚазТБУ баспасөз қызметі"), c, "jpeg"),
        _p("user.png", make.png_with_xmp("Пользователь"), c, "png"),
    ]


def _names() -> list[Sample]:
    c = "names"
    return [
        _p(
            "glyphs.pdf",
            make.pdf_glyphs(["Prepared by Aigerim Seitkali", "Date: 2024"]),
            c,
            "pdf-glyphs",
            "person-name",
        ),
        _p(
            "glyphs-wide.pdf",
            make.pdf_glyphs(["Responsible: Daulet Kenzhebayev"], spacing=3),
            c,
            "pdf-glyphs",
            "person-name",
        ),
        _p(
            "glyphs-ru.pdf",
            make.pdf_glyphs(["Исполнитель: Жанна Омарова"], spacing=2),
            c,
            "pdf-glyphs",
            "person-name",
        ),
        _p(
            "caps.pdf",
            make.pdf_browser_caps(["Prepared by Aigerim Seitkali", "Quality office"]),
            c,
            "pdf-browser",
            "person-name",
        ),
        _p(
            "caps-ru.pdf",
            make.pdf_browser_caps(["Подготовила Айгерим Ахметова"]),
            c,
            "pdf-browser",
            "person-name",
        ),
        _p("latin21.md", "Jaýapty: Aıgerim Seıtqalı, 3-kýrs stýdenti\n", c, "md", "person-name"),
        _p("latin21.docx", make.docx(["Baıandamashy Qaırat Nurlanuly"]), c, "docx", "person-name"),
        _p("double.txt", "Өтініш берген: Айгерим Ахметова-Ли\n", c, "txt", "person-name"),
        _p(
            "double-ru.html",
            make.html(["Докладчик: Ли-Сарсенова Жанна Болатовна"]),
            c,
            "html",
            "person-name",
        ),
        _p("double-en.md", "Speaker: Zhanna Omarova-Kim\n", c, "md", "person-name"),
        # look-alikes
        _p(
            "user.docx",
            make.docx(["Есеп"], creator="Пользователь", last_modified_by="User"),
            c,
            "docx",
        ),
        _p(
            "admin.docx",
            make.docx(["Отчёт"], creator="Админ", last_modified_by="Администратор"),
            c,
            "docx",
        ),
        _p(
            "president.md",
            "Мемлекет басшысы Қасым-Жомарт Тоқаевтың Жолдауын іске асыру "
            "жоспары. Президент Касым-Жомарт Токаев поручил. President Kassym-Jomart Tokayev "
            "addressed the nation. Абай Құнанбаевтың 180 жылдығы.\n",
            c,
            "md",
        ),
        _p(
            "president.pdf",
            make.pdf_word_processor(
                ["The Address of President Kassym-Jomart Tokayev", "Abai Kunanbayev readings"]
            ),
            c,
            "pdf-word",
        ),
        _p(
            "caps-heading.pdf",
            make.pdf_browser_caps(["Annual report on quality assurance"]),
            c,
            "pdf-browser",
        ),
        _p("latin21-prose.md", "Qazaqstan Respýblıkasy Bilim jáne ǵylym mınıstrligi\n", c, "md"),
        _p(
            "glyphs-plain.pdf",
            make.pdf_glyphs(["Quality manual of the university"]),
            c,
            "pdf-glyphs",
        ),
    ]


def _docs(iin: list[str]) -> list[Sample]:
    c = "docs"
    return [
        _p("front.md", f"---\ntitle: Бет\nauthor_iin: {iin[13]}\n---\n\n# Бет\n", c, "md", "iin"),
        _p(
            "comment.md",
            "# Page\n\n<!-- Contact: Aigerim Seitkali, +7 701 555 1234 -->\n",
            c,
            "md",
            "person-name",
            "phone",
        ),
        _p(
            "clean.md", "---\ntitle: About\nsearch:\n  boost: 2\n---\n\n# About the site\n", c, "md"
        ),
    ]
