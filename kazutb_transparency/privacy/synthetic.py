"""Synthetic data: check-digit-valid fake identifiers and realistic site-like prose.

Used by the tests' labelled corpus and by the benchmarks. Nothing here is real: IINs
and BINs are built from random digits with a valid check digit, cards use the 4400 prefix
with a random body, phone numbers use the 555 exchange, names are combinations of common
given names and invented surnames.
"""

from __future__ import annotations

import random
from pathlib import Path

from kazutb_transparency.privacy.identifiers import iin_check_digit, luhn_ok


def fake_iin(rnd: random.Random) -> str:
    """An IIN with a birth date (YYMMDD), century/sex digit, serial and valid check digit."""
    while True:
        body = (
            f"{rnd.randint(50, 99):02d}{rnd.randint(1, 12):02d}{rnd.randint(1, 28):02d}"
            f"{rnd.choice('3456')}{rnd.randint(0, 9999):04d}"
        )
        check = iin_check_digit(body)
        if check is not None:
            return body + str(check)


def fake_bin(rnd: random.Random) -> str:
    """A structurally valid BIN: YYMM, entity type 4, attribute 0, serial, check digit."""
    while True:
        body = f"{rnd.randint(0, 25):02d}{rnd.randint(1, 12):02d}40{rnd.randint(0, 99999):05d}"
        check = iin_check_digit(body)
        if check is not None:
            return body + str(check)


def fake_card(rnd: random.Random) -> str:
    body = "4400" + "".join(str(rnd.randint(0, 9)) for _ in range(11))
    return next(body + d for d in "0123456789" if luhn_ok(body + d))


def fake_iban(rnd: random.Random) -> str:
    """KZ + check digits + 3-digit bank code + 13-character account, mod-97 valid."""
    bban = f"{rnd.randint(100, 999)}" + "".join(
        rnd.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(13)
    )
    numeric = "".join(str(int(c, 36)) for c in bban + "KZ00")
    return f"KZ{98 - int(numeric) % 97:02d}{bban}"


_MOBILE_CODES = ("700", "701", "702", "705", "707", "708", "747", "771", "775", "776", "777", "778")


def fake_mobile(rnd: random.Random) -> str:
    """+7 7XX 555 NN NN: a valid Kazakhstan mobile number in a fictional exchange."""
    return f"+7{rnd.choice(_MOBILE_CODES)}555{rnd.randint(0, 9999):04d}"


# --- prose for benchmarks -------------------------------------------------------------

_KK = (
    "университеттің",
    "білім",
    "беру",
    "бағдарламасы",
    "сапа",
    "менеджменті",
    "жүйесі",
    "процесс",
    "иесі",
    "құжатталған",
    "ақпарат",
    "оқытушылар",
    "студенттер",
    "зерттеу",
    "нәтижелері",
    "бойынша",
    "талаптарына",
    "сәйкес",
    "жоспарлау",
    "бақылау",
    "талдау",
    "жақсарту",
    "кафедра",
    "факультет",
    "мамандар",
    "жұмыс",
    "берушілер",
    "стратегиялық",
    "даму",
    "жоспары",
    "тәуекелдер",
    "мүдделі",
    "тараптар",
    "қанағаттану",
    "деңгейі",
    "көрсеткіштер",
    "оқу",
    "жылы",
    "аккредиттеу",
    "рейтинг",
    "бағалау",
    "әдістемесі",
    "ішкі",
    "аудит",
    "сыртқы",
    "сарапшылар",
)
_RU = (
    "университета",
    "образовательная",
    "программа",
    "система",
    "менеджмента",
    "качества",
    "владелец",
    "процесса",
    "документированная",
    "информация",
    "преподаватели",
    "студенты",
    "результаты",
    "исследований",
    "согласно",
    "требованиям",
    "планирование",
    "контроль",
    "анализ",
    "улучшение",
    "кафедра",
    "факультет",
    "специалисты",
    "работодатели",
    "стратегического",
    "развития",
    "риски",
    "заинтересованные",
    "стороны",
    "удовлетворенность",
    "показатели",
    "учебного",
    "года",
    "аккредитация",
    "рейтинг",
    "методика",
    "оценки",
)
_EN = (
    "university",
    "educational",
    "programme",
    "quality",
    "management",
    "system",
    "process",
    "owner",
    "documented",
    "information",
    "teachers",
    "students",
    "research",
    "results",
    "according",
    "to",
    "requirements",
    "planning",
    "monitoring",
    "analysis",
    "improvement",
    "department",
    "faculty",
    "specialists",
    "employers",
    "strategic",
    "development",
    "risks",
    "interested",
    "parties",
    "satisfaction",
    "level",
    "indicators",
    "academic",
    "year",
    "accreditation",
    "ranking",
    "assessment",
    "methodology",
    "internal",
    "audit",
    "external",
    "experts",
)
_PROPER = {
    "kk": ["Қазақстан Республикасы", "Ғылыми кеңес", "Сапа саясаты", "ҚазТБУ", "Астана"],
    "ru": ["Республики Казахстан", "Ученый совет", "Политика качества", "КазУТБ", "Астана"],
    "en": ["Republic of Kazakhstan", "Academic Council", "Quality Policy", "KazUTB", "Astana"],
}
_WORDS = {"kk": _KK, "ru": _RU, "en": _EN}
_YEAR_WORD = {"kk": "жылы", "ru": "году", "en": "in"}


def _code(rnd: random.Random) -> str:
    return rnd.choice(
        [
            f"6B0{rnd.randint(1000, 9999)}",
            f"7M0{rnd.randint(1000, 9999)}",
            f"ҚазТБУ-П/Р-ПАК-4.{rnd.randint(1, 9)}/6.3-2026-0{rnd.randint(1, 9)}",
            f"F.СДД-7.5-2026-01-0{rnd.randint(1, 9)}",
            f"ISO 9001:2015 {rnd.randint(4, 10)}.{rnd.randint(1, 9)}.{rnd.randint(1, 9)}",
            f"{rnd.randint(0, 100)}%",
            f"{rnd.randint(1, 9999)}",
            f"{rnd.randint(1, 28):02d}.{rnd.randint(1, 12):02d}.20{rnd.randint(10, 26)}",
            f"{rnd.randint(10, 99)}.{rnd.randint(0, 99)}",
            "010000",
        ]
    )


def sentence(rnd: random.Random, lang: str) -> str:
    words = [rnd.choice(_WORDS[lang]) for _ in range(rnd.randint(7, 18))]
    if rnd.random() < 0.3:
        words.insert(rnd.randrange(len(words)), rnd.choice(_PROPER[lang]))
    if rnd.random() < 0.35:
        words.insert(rnd.randrange(len(words)), f"{rnd.randint(2000, 2026)} {_YEAR_WORD[lang]}")
    if rnd.random() < 0.35:
        words.insert(rnd.randrange(len(words)), _code(rnd))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def paragraph(rnd: random.Random, lang: str) -> str:
    return " ".join(sentence(rnd, lang) for _ in range(rnd.randint(2, 6)))


def markdown_page(rnd: random.Random, lang: str, size: int) -> str:
    out = [f"# {sentence(rnd, lang)[:60]}\n"]
    length = 0
    while length < size:
        kind = rnd.random()
        if kind < 0.1:
            block = f"## {sentence(rnd, lang)[:50]}"
        elif kind < 0.25:
            block = "\n".join(f"- {sentence(rnd, lang)}" for _ in range(rnd.randint(2, 5)))
        elif kind < 0.35:
            rows = [
                f"| {_code(rnd)} | {sentence(rnd, lang)[:40]} | {rnd.randint(1, 100)}% |"
                for _ in range(rnd.randint(2, 6))
            ]
            block = "| Код | Атауы | % |\n|---|---|---|\n" + "\n".join(rows)
        else:
            block = paragraph(rnd, lang)
        out.append(block + "\n")
        length += len(block)
    return "\n".join(out)


_NAV = "".join(
    f'<li class="md-nav__item"><a href="../page-{i}/" class="md-nav__link">'
    f'<span class="md-ellipsis">{{title{i % 3}}}</span></a></li>\n'
    for i in range(25)
)


def html_page(rnd: random.Random, lang: str, size: int) -> str:
    """A page shaped like MkDocs Material output: head, navigation, article, scripts."""
    titles = {f"title{i}": sentence(rnd, lang)[:40] for i in range(3)}
    body = []
    length = 0
    while length < size:
        kind = rnd.random()
        if kind < 0.1:
            heading = sentence(rnd, lang)[:50]
            block = f'<h2 id="s{length}">{heading}<a class="headerlink" href="#s">¶</a></h2>'
        elif kind < 0.25:
            items = "".join(f"<li>{sentence(rnd, lang)}</li>\n" for _ in range(rnd.randint(2, 5)))
            block = f"<ul>\n{items}</ul>"
        elif kind < 0.35:
            rows = "".join(
                f"<tr><td>{_code(rnd)}</td><td>{sentence(rnd, lang)[:40]}</td>"
                f"<td>{rnd.randint(1, 100)}&nbsp;%</td></tr>\n"
                for _ in range(rnd.randint(2, 6))
            )
            head = "<thead><tr><th>Код</th><th>Атауы</th><th>%</th></tr></thead>"
            block = f"<table>\n{head}\n<tbody>\n{rows}</tbody></table>"
        else:
            block = f"<p>{paragraph(rnd, lang)}</p>"
        body.append(block)
        length += len(block)
    return (
        f'<!doctype html>\n<html lang="{lang}" class="no-js">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f'<meta name="description" content="{sentence(rnd, lang)[:80]}">\n'
        '<link rel="stylesheet" href="../assets/stylesheets/main.484c7ddc.min.css">\n'
        f'<title>{titles["title0"]}</title>\n</head>\n<body dir="ltr">\n'
        '<header class="md-header" data-md-component="header">'
        '<nav class="md-header__inner md-grid" '
        'aria-label="Header"><a href=".." title="ҚазТБУ" class="md-header__button md-logo">'
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 8a3 3 0 0 0 3-3 '
        "3 3 0 0 0-3-3 3 3 0 0 0-3 3 3 3 0 0 0 3 3m0 3.54C9.64 9.35 6.5 8 3 8v11c3.5 0 6.64 1.35 9 "
        '3.54 2.36-2.19 5.5-3.54 9-3.54V8c-3.5 0-6.64 1.35-9 3.54Z"/></svg></a></nav></header>\n'
        f'<nav class="md-nav md-nav--primary" aria-label="Navigation"><ul class="md-nav__list">\n'
        f"{_NAV.format(**titles)}</ul></nav>\n"
        f'<main class="md-main"><article class="md-content__inner md-typeset">\n'
        + "\n".join(body)
        + '\n</article></main>\n<script id="__config" type="application/json">'
        '{"base": "..", "features": [], "search": "../assets/javascripts/workers/search.min.js"}'
        '</script>\n<script src="../assets/javascripts/bundle.min.js"></script>\n</body>\n</html>\n'
    )


def write_site_corpus(folder: Path, megabytes: float = 20.0, seed: int = 7) -> int:
    """Write ~megabytes of HTML and Markdown pages in kk/ru/en; returns bytes written."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    target = int(megabytes * 1_000_000)
    written = 0
    i = 0
    while written < target:
        lang = ("kk", "ru", "en", "kk", "ru")[i % 5]
        if i % 2:
            text, name = markdown_page(rnd, lang, rnd.randint(8_000, 30_000)), f"page{i}.md"
        else:
            text, name = html_page(rnd, lang, rnd.randint(8_000, 30_000)), f"page{i}.html"
        data = text.encode("utf-8")
        (folder / lang).mkdir(exist_ok=True)
        (folder / lang / name).write_bytes(data)
        written += len(data)
        i += 1
    return written
