"""The style guides' patterns, checked on the built pages (issue 35).

The rules are data (`data/style.yaml`, edited by translators): the percent style of each
language, the Latin abbreviations a Kazakh or Russian sentence may hold, and the calques
each language avoids. The checks read the visible text of a page in its own language:
code, `<time>`, `<pre>` and parts marked with another language are left out, and a table
cell or block that holds only a date or a code is a machine value, not a sentence.

`check_site(site)` takes any built site folder, so the same check runs on the default and
on the large site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from babel import Locale
from pydantic import BaseModel, ConfigDict, Field, model_validator

from kazutb_transparency.core.datafiles import load_model
from kazutb_transparency.core.locale_format import KK_YEAR

STYLE_FILE = "style.yaml"
LANGS = ("kk", "ru", "en")
NBSP = "\u00a0"

_SKIP_TAGS = frozenset({"code", "pre", "script", "style", "svg", "kbd", "samp", "template"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "em", "i", "small", "span", "strong", "sub", "sup", "time", "mark", "q"}
)
BREAK = "\x00"


class Calque(BaseModel):
    """A word a language avoids, the word it uses instead and why (shown in the failure)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    word: str = Field(min_length=2)
    use: str = Field(min_length=1)
    why: str = ""
    # `word` is a regular expression (a clause number, any of a word's case forms).
    regex: bool = False
    # Matched as written: Russian «положения» is a common noun, «Положения» the regulation.
    exact_case: bool = False

    @model_validator(mode="after")
    def _compiles(self) -> Calque:
        if self.regex:
            try:
                re.compile(self.word)
            except re.error as error:
                raise ValueError(
                    f"«{self.word}» is not a regular expression ({error}): fix it, or drop regex"
                ) from error
        return self


class FirstPerson(BaseModel):
    """How a language speaks of itself: the pronouns, and (Kazakh) the verb endings of the
    first person plural, with the words that only end like one («тамыз»)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    words: list[str] = Field(min_length=1)
    endings: list[str] = Field(default_factory=list)
    not_verbs: list[str] = Field(default_factory=list)
    # English "US" is a country, "us" the first person: its words are matched as written.
    exact_case: bool = False


class Inflection(BaseModel):
    """A language's endings, enough to see that two neighbouring words are one word in two
    forms («группы Группа»): the rest of each word after their common start must be a run
    of these endings."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    endings: list[str] = Field(min_length=1)
    # Endings of a first word whose head comes later, so that the same word after it starts
    # a phrase of its own: the Kazakh genitive («құжаттың құжаттар жиынтығындағы id-і»).
    kept_after: list[str] = Field(default_factory=list)
    # First words followed by their own other form by grammar (Russian «друг друга»).
    kept_words: list[str] = Field(default_factory=list)


class Condition(BaseModel):
    """How a language opens a condition: a first word ("If", «Если») or a verb ending (the
    Kazakh -са/-се). A condition, a colon and a capital run two sentences into one
    («Жауап сізді қанағаттандырмаса: Ректорға…»)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    starts: list[str] = Field(default_factory=list)
    endings: list[str] = Field(default_factory=list)


class StyleRules(BaseModel):
    """`data/style.yaml`."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    # "space": «95 %» with a no-break space; "none": "95%".
    percent: dict[str, str]
    # Latin words a kk or ru sentence may hold (abbreviations, product names).
    latin_allowed: list[str] = Field(default_factory=list)
    # Pages (regular expressions on the path inside a language) that reproduce approved
    # documents word for word: their wording is not checked for calques.
    approved_pages: list[str] = Field(default_factory=list)
    # Pages (regular expressions on the path inside a language) that list a questionnaire's
    # items, written in the respondent's first person («We would hire…»).
    questionnaire_pages: list[str] = Field(default_factory=list)
    # The quotation marks each language uses ("«»", "“”"); any other pair is a finding.
    quotes: dict[str, str] = Field(default_factory=dict)
    avoid: dict[str, list[Calque]] = Field(default_factory=dict)
    # Kazakh question words that make a label an indirect question («… не қажет:»).
    question_words: list[str] = Field(default_factory=list)
    # The university in the first person, per language.
    first_person: dict[str, FirstPerson] = Field(default_factory=dict)
    # Per language, the endings that make two neighbouring words one word written twice.
    inflection: dict[str, Inflection] = Field(default_factory=dict)
    # Per language, how a condition opens (see Condition).
    condition: dict[str, Condition] = Field(default_factory=dict)


@lru_cache(maxsize=4)
def load_style(data_dir: Path) -> StyleRules:
    rules = load_model(data_dir / STYLE_FILE, StyleRules)
    return rules


class _PageText(HTMLParser):
    """The visible text of the page's <article> in the page's language, a BREAK at every
    block element and in place of every element left out."""

    def __init__(self, lang: str) -> None:
        super().__init__(convert_charrefs=True)
        self.lang = lang
        self.chunks: list[str] = []
        self._stack: list[tuple[str, bool]] = []
        self._depth = 0  # inside <article>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self._depth += 1
        if tag not in _INLINE_TAGS:
            self.chunks.append(BREAK)
        if tag in _VOID_TAGS:
            return
        marked = (dict(attrs).get("lang") or "").lower()[:2]
        other = bool(marked) and marked != self.lang
        self._stack.append((tag, tag in _SKIP_TAGS or other))
        if tag in _SKIP_TAGS or other:
            self.chunks.append(BREAK)

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._depth -= 1
        if tag not in _INLINE_TAGS:
            self.chunks.append(BREAK)
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                skipped = self._stack[index][1]
                del self._stack[index:]
                if skipped:
                    self.chunks.append(BREAK)
                return

    def handle_data(self, data: str) -> None:
        if self._depth > 0 and not any(skip for _, skip in self._stack):
            self.chunks.append(data)


def page_blocks(html: str, lang: str) -> list[str]:
    """The blocks of visible text of a page's article, spaces normalised."""
    parser = _PageText(lang)
    parser.feed(html)
    parser.close()
    blocks = (" ".join(b.replace(NBSP, " ").split()) for b in "".join(parser.chunks).split(BREAK))
    # Non-breaking spaces are kept as a marker only where the percent rule needs them.
    return [b for b in blocks if b]


def page_blocks_raw(html: str, lang: str) -> list[str]:
    parser = _PageText(lang)
    parser.feed(html)
    parser.close()
    return [b for b in "".join(parser.chunks).split(BREAK) if b.strip()]


_ISO_DATE = re.compile(r"(?<![\w/.-])\d{4}-\d{2}-\d{2}(?![\w/-])")
# A block that is only dates, numbers, codes and punctuation is a machine value.
_MACHINE = re.compile(r"[\d\s:–—/.,()TZ+-]*")
_ADDRESS = re.compile(
    r"(?:https?://|mailto:|www\.)\S+|\S+@\S+|\S+\.(?:html|md|csv|json|yaml|zip|xml|pdf|atom)\b"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:kz|org|com|edu|net)\b"
)
# A full stop that ends a sentence, then a semicolon: sources glued together. An
# abbreviation's full stop («2026 ж.;», «п.т.;», "pp.;") is not one.
_STOP_SEMICOLON = re.compile(r"(?:[^\W\d]{3,}|[»”)])\.;")
_PERCENT_SPACED = re.compile(r"\d[ \u00a0]%")
_PERCENT_TIGHT = re.compile(r"\d%")
# A range of numbers or years written with a hyphen, an em dash or a spaced en dash.
_BAD_RANGE = re.compile(
    r"(?<![\w.,/+-])(\d{1,4})(?: ?— ?| – |(?<=\d)-(?=\d))(\d{1,4})(?![\w/.-]*\d{2}-)(?![\w-])"
)
# Two dates joined by an em dash: a range of dates takes the en dash, spaced between dates
# that hold spaces («2024 жылғы 1 маусым – 2029 жылғы 31 мамыр»).
_KK_MONTHS = "|".join(Locale.parse("kk").months["format"]["wide"].values())  # CLDR, via Babel
_DATE_EM_DASH = re.compile(rf"(?:\d{{4}}(?: г\.)?|(?:{_KK_MONTHS})\w*) — \d")
# A range of days that writes its year twice: «2025 жылғы 4 желтоқсан – 2025 жылғы 5
# желтоқсан», «4 декабря 2025 г. – 5 декабря 2025 г.», "4 December 2025 – 5 December 2025"
# (core.locale_format.format_date_range writes «2025 жылғы 4–5 желтоқсан»).
_REPEATED_YEAR = re.compile(
    rf"(?<!\d)(\d{{4}}) {KK_YEAR} \d{{1,2}} [^\W\d]+ – \1 {KK_YEAR}"
    r"|(?<!\d)\d{1,2} [^\W\d]+ (\d{4})(?: г\.)? – \d{1,2} [^\W\d]+ \2(?!\d)"
)
# Survey waves (2024-06) hold no space: their range takes an unspaced en dash.
_SPACED_WAVES = re.compile(r"\b\d{4}-\d{2} [–—] \d{4}-\d{2}\b")
_LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*(?![\w-])")


# "document(s)", «страница(ы)»: a count takes its plural form (core.counted), never a
# bracketed ending (s, es, ы, и, ов, ей); «уверен(а)», a survey item's two genders, is
# not a plural.
_BRACKETED_PLURAL = re.compile(
    r"\w\((?:s|es|\u044b|\u0438|\u043e\u0432|\u0435\u0439)\)"
)  # ы и ов ей
# "p = < 0,001" or "p = &lt; 0.001": a statistician writes "p < 0.001" (or "p = 0.030").
_P_VALUE = re.compile(r"\bp\s*=\s*[<>≤≥]")
# The quotation marks a page may hold, by pair; a language keeps one style (data/style.yaml).
_CYRILLIC_QUOTE = re.compile(r"«[^»]*[\u0400-\u04ff][^»]*»")
_QUOTATION = re.compile(r"«[^«»]*»")
_QUOTE_MARKS = {"«": "«»", "»": "«»", "“": "“”", "”": "“”", '"': '""', "„": "„“"}

# «Күйі: растамаған жазбалар: 7 / 7»: a label whose value is another label, a chain a Kazakh
# official text does not write (issue 62). Pairs separated by «,», «;», «·» or a bracket
# («Жарияланған күні: … · Жаңартылған күні: …») are a list, not a chain.
_LABEL_CHAIN = re.compile(r"[^\W\d]{2,}\)?: [^.;!?,·()—]*?[^\W\d]{2,}\)?: ")
# «(+5,9 п.т.; тексерілмеді: кемінде 30 респондент қажет)», «(2026; жауап бергендер: 62)»: a
# label and its value inside brackets, a chain the outer text does not show (issue 62).
_BRACKETED_LABEL = re.compile(r"\([^()]*?[^\W\d]{2,}: [^()]*\)")
# «Ректор (төраға) (1)»: a count in a second pair of brackets after a first.
_TWO_BRACKETS = re.compile(r"\)\s?\(\d[\d\s]*\)")
# «Проректор (АСП) (атқарушы басшылық)», «Пән (модуль) (қазақша)»: a qualifier of a
# qualifier, the second pair opening with a letter, small or capital («(АСП) (Атқарушы
# басшылық)»); «350 000 ₸ (18 түлек бойынша) (Білім беру…)»: a second pair after a count in
# brackets. A programme's code after a bracketed name («(салалар бойынша) (6B07525)») and a
# formula («(1 − p̄)(1/n)») are not: they open with a digit or a bracket.
_QUALIFIER_BRACKETS = re.compile(r"\)\s?\((?P<first>\w)|\((?:\d[^()]*|[^()]*\d)\)\s\(")


# «Повестка: Повестка заседания…», "Curriculum: Curriculum of the…": a label echoed by the
# first word of its value. The same form only: «аудиттер: аудит» (a plural and a singular)
# may be a list's head and its first item; an address after a label («Office:
# office@…») is not a word.
_LABEL_ECHO = re.compile(r"(?<!\w)([^\W\d_]{3,}): \1(?![\w@.-])", re.IGNORECASE)
# «құрылымдағы орны: ✱ үлгі»: a label whose only value is a provenance mark; say what the
# mark says as a sentence, or put the mark beside a value. A legend («белгі …: ✓ —
# расталған») explains the mark after a dash: that is its value.
_LABEL_MARK = re.compile(r"[^\W\d_]{2,}\)?:\s*[✓◇✱](?!\s*[—–])")


# «Оқуға түсу үшін не қажет: …», «Жол неге қатысты: …»: an indirect question as a label,
# the English introduction ("What you need to apply: …") a Kazakh official text does not
# write; it says what the page holds, its verb last. The question opens the sentence: one
# deeper inside it («Әр мәннің жанындағы белгі оның қайдан алынғанын көрсетеді:») is a
# clause of a sentence that has its verb.
@lru_cache(maxsize=8)
def _question_label(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?:^|[.!?]\s)(?:[^\s.!?;:,]+\s+){0,3}"
        rf"(?:{'|'.join(map(re.escape, words))})(?!\w)"
        r"(?:\s+[^\s.!?;:,]+){0,4}:",
        re.IGNORECASE,
    )


# "the programmes of group Group of educational programmes B021": a template's word before
# a value that already holds it, the same word twice.
_DOUBLED_WORD = re.compile(r"(?<!\w)([^\W\d_]{3,})\s+\1(?!\w)", re.IGNORECASE)
# Two neighbouring words, each a run of letters with its English possessive ("university's",
# "programmes'"); a hyphenated word is one («бір-бірі»).
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]*)?"
_WORD_PAIR = re.compile(rf"(?<![\w'’-])({_WORD})\s+(?=({_WORD})(?![\w'’-]))")
# The common start two words must share to be one word: «жылғы жылдық», «ала алады» share
# three letters and are two words.
STEM_LETTERS = 4


@lru_cache(maxsize=8)
def _endings_pattern(endings: tuple[str, ...]) -> re.Pattern[str]:
    longest_first = sorted(endings, key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, longest_first))})*")


def _one_word_twice(first: str, second: str, inflection: Inflection) -> bool:
    """Whether `second` is `first` in another form: a common start of STEM_LETTERS letters
    or more, each word's rest a run of the language's endings («групп|ы», «Групп|а»)."""
    a, b = first.casefold(), second.casefold()
    if a == b:  # the same form twice: _DOUBLED_WORD's finding
        return False
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    if start < STEM_LETTERS:
        return False
    if a in inflection.kept_words or any(a.endswith(end) for end in inflection.kept_after):
        return False
    endings = _endings_pattern(tuple(inflection.endings))
    # A shorter common start too: «процест|ің» and «процес|тер» part inside an ending.
    return any(
        endings.fullmatch(a[cut:]) and endings.fullmatch(b[cut:])
        for cut in range(start, STEM_LETTERS - 1, -1)
    )


@lru_cache(maxsize=8)
def _condition_pattern(starts: tuple[str, ...], endings: tuple[str, ...]) -> re.Pattern[str]:
    """A condition, then a colon and a capital: "If …: Appeal", «…қанағаттандырмаса: Ректорға»."""
    opens = [rf"(?<!\w)(?:{'|'.join(map(re.escape, starts))})\s[^.:;!?]*"] if starts else []
    if endings:
        opens.append(rf"(?<!\w)[^\W\d_]+(?:{'|'.join(map(re.escape, endings))})")
    return re.compile(rf"(?:{'|'.join(opens)}): (?=[^\W\d_])")


def _condition_colon(block: str, lang: str, rules: StyleRules) -> list[str]:
    condition = rules.condition.get(lang)
    if condition is None or not (condition.starts or condition.endings):
        return []
    pattern = _condition_pattern(tuple(condition.starts), tuple(condition.endings))
    return [
        f"a condition, a colon and a capital: {_around(block, *m.span())}"
        for m in pattern.finditer(block)
        if block[m.end()].isupper()
    ]


def _inflected_twice(block: str, lang: str, rules: StyleRules) -> list[str]:
    """«программы Программа», "group Groups": a template's word before a value that
    already holds it, in another form."""
    inflection = rules.inflection.get(lang)
    if inflection is None:
        return []
    return [
        f"the same word twice in two forms: {_around(block, m.start(), m.end() + len(m[2]))}"
        for m in _WORD_PAIR.finditer(block)
        if _one_word_twice(m[1], m[2], inflection)
    ]


# The university in the first person: a page names it in the third person (issue 62).
@lru_cache(maxsize=8)
def _first_person_pattern(
    words: tuple[str, ...], endings: tuple[str, ...], not_verbs: tuple[str, ...], exact: bool
) -> re.Pattern[str]:
    pattern = rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)"
    if endings:
        kept = "|".join(map(re.escape, not_verbs))
        ending = "|".join(map(re.escape, endings))
        pattern += rf"|(?<!\w)(?!(?:{kept})(?!\w))\w+(?:{ending})(?!\w)"
    return re.compile(pattern, 0 if exact else re.IGNORECASE)


# Quoted wording (a source, a document's title) is reproduced as written.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


@dataclass(frozen=True)
class Finding:
    page: str
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.page}: {self.rule}: …{self.text}…"


def _around(block: str, start: int, end: int, width: int = 40) -> str:
    return block[max(0, start - width) : end + width]


def check_page(
    html: str, lang: str, rules: StyleRules, approved: bool = False, questionnaire: bool = False
) -> list[str]:
    """Every break of the style guide on one page, as "rule: …excerpt…"; `questionnaire`: the
    page reproduces a questionnaire's items, whose first person is the respondent's."""
    found: list[str] = []
    raw = page_blocks_raw(html, lang)
    for block_raw in raw:
        block = " ".join(block_raw.replace(NBSP, " ").split())
        if _MACHINE.fullmatch(block):
            continue
        found += _iso_dates(block)
        if not approved:  # an approved document's typography is reproduced as approved
            found += _percent(block_raw, lang, rules)
        found += _ranges(block)
        found += [f"«.;»: {_around(block, *m.span())}" for m in _STOP_SEMICOLON.finditer(block)]
        if lang in ("kk", "ru"):
            found += _latin_words(block, rules)
        found += [
            f"plural written with a bracket: {_around(block, *m.span())}"
            for m in _BRACKETED_PLURAL.finditer(block)
        ]
        found += [f"p-value: {_around(block, *m.span())}" for m in _P_VALUE.finditer(block)]
        if not approved:
            found += _quotes(block, lang, rules)
            found += _calques(block, lang, rules)
        if lang == "kk" and not approved:
            # Addresses stay: removing one would take the comma after it with it.
            text = _QUOTED.sub(" ", block)
            found += [
                f"chain of labels and colons: {_around(text, *m.span())}"
                for m in _LABEL_CHAIN.finditer(text)
            ]
            found += [
                f"label and colon inside brackets: {_around(text, *m.span())}"
                for m in _BRACKETED_LABEL.finditer(text)
            ]
        if not approved:
            found += [
                f"two pairs of brackets: {_around(block, *m.span())}"
                for m in _TWO_BRACKETS.finditer(block)
            ]
            found += [
                f"a second pair of brackets: {_around(block, *m.span())}"
                for m in _QUALIFIER_BRACKETS.finditer(block)
                if m["first"] is None or m["first"].isalpha()
            ]
            found += _first_person(block, lang, questionnaire, rules)
            found += [
                f"the same word twice: {_around(block, *m.span())}"
                for m in _DOUBLED_WORD.finditer(block)
            ]
            found += [
                f"a label echoed by its value: {_around(block, *m.span())}"
                for m in _LABEL_ECHO.finditer(block)
            ]
            found += [
                f"a label followed only by a mark: {_around(block, *m.span())}"
                for m in _LABEL_MARK.finditer(block)
            ]
            found += _inflected_twice(block, lang, rules)
            found += _condition_colon(block, lang, rules)
        if lang == "kk" and not approved:
            text = _QUOTED.sub(" ", block)
            found += [
                f"indirect question as a label: {_around(text, *m.span())}"
                for m in _question_label(tuple(rules.question_words)).finditer(text)
            ]
    return found


def _first_person(block: str, lang: str, questionnaire: bool, rules: StyleRules) -> list[str]:
    """ "We", «біз», «мы» in the site's own text; quoted wording and a questionnaire's items
    (an employer answers «We would hire…») speak in their authors' voice."""
    if questionnaire:
        return []
    person = rules.first_person.get(lang)
    if person is None:
        return []
    text = _QUOTED.sub(" ", block)
    return [
        f"the university in the first person: {_around(text, *m.span())}"
        for m in _first_person_pattern(
            tuple(person.words), tuple(person.endings), tuple(person.not_verbs), person.exact_case
        ).finditer(text)
    ]


def _quotes(block: str, lang: str, rules: StyleRules) -> list[str]:
    """Quotation marks of another style than the language's («…» in kk and ru, “…” in
    en); Russian and Kazakh nest „…“ inside «…», so „ and its closing “ are allowed there."""
    style = rules.quotes.get(lang)
    if not style:
        return []
    allowed = set(style) | ({"„", "“"} if "«" in style else set())
    text = _ADDRESS.sub(" ", block)
    if "«" not in style:  # an English page quotes Kazakh and Russian originals as written
        text = _CYRILLIC_QUOTE.sub(" ", text)
        # «…» around a part marked lang="kk"/"ru" (read as a break): the original quoted.
        text = re.sub(r"^\s*»|«\s*$", " ", text)
    else:  # a quotation in «…» reproduces its source, straight quotes and all
        text = _QUOTATION.sub(lambda m: m.group(0).replace('"', " "), text)
    return [
        f"quotation marks {_QUOTE_MARKS[m.group(0)]} (this language writes {style}): "
        f"{_around(text, *m.span())}"
        for m in re.finditer(r"[«»“”\"„]", text)
        if m.group(0) not in allowed
    ]


def _iso_dates(block: str) -> list[str]:
    text = _ADDRESS.sub(" ", block)
    return [f"ISO date in a sentence: {_around(text, *m.span())}" for m in _ISO_DATE.finditer(text)]


def _percent(block: str, lang: str, rules: StyleRules) -> list[str]:
    style = rules.percent.get(lang, "none")
    found = []
    if style == "space":
        for m in _PERCENT_TIGHT.finditer(block):
            found.append(f"percent without a no-break space: {_around(block, *m.span())}")
        for m in re.finditer(r"\d %", block):
            found.append(f"percent after a breaking space: {_around(block, *m.span())}")
    else:
        for m in _PERCENT_SPACED.finditer(block):
            found.append(f"percent after a space: {_around(block, *m.span())}")
    return found


def _ranges(block: str) -> list[str]:
    text = _ADDRESS.sub(" ", block)
    text = _ISO_DATE.sub(" ", text)
    found = []
    for m in _SPACED_WAVES.finditer(block):
        found.append(f"range of waves with a spaced dash: {_around(block, *m.span())}")
    for m in _DATE_EM_DASH.finditer(text):
        found.append(f"range of dates with an em dash: {_around(text, *m.span())}")
    for m in _REPEATED_YEAR.finditer(block):
        found.append(f"range of dates writing its year twice: {_around(block, *m.span())}")
    for m in _BAD_RANGE.finditer(text):
        low, high = int(m.group(1)), int(m.group(2))
        if low < high:  # a range reads upwards; "+7 701-123" or "3-2" is not a range
            found.append(f"range not written with an en dash: {_around(text, *m.span())}")
    return found


def _latin_words(block: str, rules: StyleRules) -> list[str]:
    # Quoted wording of a source («department») is reproduced as the source writes it.
    text = _QUOTED.sub(" ", _ADDRESS.sub(" ", block))
    allowed = set(rules.latin_allowed)
    return [
        f"Latin word in running text: {_around(text, *m.span())}"
        for m in _LATIN_WORD.finditer(text)
        # A single letter is a symbol of a formula (p, n, k, z), a word in capitals an
        # abbreviation or a code (ISO, KPI, SAA-A): neither is an English word.
        if m.group(0) not in allowed and len(m.group(0)) > 1 and not m.group(0).isupper()
    ]


def _calques(block: str, lang: str, rules: StyleRules) -> list[str]:
    block = _QUOTED.sub(" ", block)
    found = []
    for calque in rules.avoid.get(lang, []):
        word = calque.word if calque.regex else re.escape(calque.word)
        flags = 0 if calque.exact_case else re.IGNORECASE
        for m in re.finditer(rf"(?<!\w){word}", block, flags):
            found.append(f"«{m.group(0)}» (use «{calque.use}»): {_around(block, *m.span())}")
    return found


def site_pages(site: Path) -> list[tuple[str, str, Path]]:
    """(language, path inside the language, file) of every HTML page of a built site."""
    pages = []
    for page in sorted(site.rglob("*.html")):
        parts = page.relative_to(site).parts
        lang = parts[0] if parts[0] in ("ru", "en") else "kk"
        inner = Path(*parts[1:]) if lang != "kk" else Path(*parts)
        pages.append((lang, inner.as_posix(), page))
    return pages


def check_site(site: Path, data_dir: Path) -> list[Finding]:
    """Every break of the style guide on every page of a built site."""
    rules = load_style(data_dir)
    approved = [re.compile(p) for p in rules.approved_pages]
    questionnaires = [re.compile(p) for p in rules.questionnaire_pages]
    findings = []
    for lang, inner, page in site_pages(site):
        is_approved = lang == "kk" and any(p.search(inner) for p in approved)
        asks = any(p.search(inner) for p in questionnaires)
        html = page.read_text(encoding="utf-8")
        for hit in check_page(html, lang, rules, is_approved, asks):
            rule, _, text = hit.partition(": ")
            findings.append(Finding(page.relative_to(site).as_posix(), rule, text))
    return findings
