"""Kazakh that is the original, Russian and English without calques: each class
of fault the review found is planted and the check that guards it must fail; the templates
that used to break write whole sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kazutb_transparency.applicants.pages.costs import fee_text
from kazutb_transparency.core.counted import counted
from kazutb_transparency.core.glossary import check_translations
from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.dataset import localized_fields
from kazutb_transparency.core.style import StyleRules, check_page, check_site, load_style
from kazutb_transparency.disclosures.lacking import in_languages, lacking_phrase
from kazutb_transparency.surveys.pages.fmt import p_value

REPO = Path(__file__).resolve().parents[1]
RULES = load_style(REPO / "data")
NBSP = "\u00a0"


def _page(body: str, lang: str) -> str:
    return f'<html lang="{lang}"><body><article>{body}</article></body></html>'


def _rules(found: list[str]) -> list[str]:
    return [hit.split(":", 1)[0] for hit in found]


# Every wrong form the review quoted, in the language whose pages must refuse it.
REVIEWED = {
    "kk": [
        "Құжат: мына тілдегі нұсқасы жоқ қазақ тілі, орыс тілі",
        "Барлық процестердің 82 негізгі көрсеткішінің: орындалды — 0",
        "сенімділік аралығы толығымен мақсаттан төмен болмаса — мақсатқа жетті",
        "көрші толқындар әртүрлі маусымға келеді",
        "Түскендердің баллдары",
        f"түлектердің 80{NBSP}% жұмысқа орналасты",
        "Серпіні",
        "Жағдайы",
        "мақсаттан ажыратылмайды",
        "университеттегіден төмен",
        "Процесс карточкасы",
        "Regulation on monitoring and feedback, §7.5.5",
        "тақырып — деректер жиыны",
        "Басшылық талдауы шешімдерінің орындалуы",
        # Chains of labels and colons.
        "Күйі: университет растамаған жазбалар: 7 / 7",
        "2027 жылғы қабылдау: Құжаттарды қабылдау: 2027 жылғы 20 маусым",
        "Қорытынды: толық: 0, расталмаған: 14",
        "Құрамы: Директорлар кеңесінің төрағасы: 1; Тәуелсіз директор: 2",
        # A label and its colon inside brackets; a count in a second pair of brackets.
        "жоғары (+5,9 п.т.; тексерілмеді: кемінде 30 респондент қажет)",
        "79 % (2026; жауап бергендер: 62)",
        "Құрамы: Ректор (төраға) (1); Проректор (4). Барлығы: 5.",
        # A qualifier of a qualifier; a second pair of brackets after a count.
        "Академиялық мәселелер жөніндегі проректор (АСП) (атқарушы басшылық)",
        "Пән (модуль) (қазақша)",
        "Академиялық мәселелер жөніндегі проректор (АСП) (Атқарушы басшылық)",
        "медианасы — 350 000 ₸ (18 түлек бойынша) (Білім беру бағдарламаларының ұлттық рейтингі)",
        # An indirect question as the label of an introduction or a field.
        "Оқуға түсу үшін не қажет: қабылдау қағидалары мен мерзімдері.",
        "Оқу қанша тұрады: әр бағдарламаның оқу ақысы.",
        "Жол неге қатысты: university — университет тұтастай.",
        "Сондай-ақ қараңыз. Жұмыс қалай ұйымдастырылған: процесс картасы.",
        "Түскен ұсыныстар: 14. Не өзгерді: цифрлық қызметтер туралы міндет қосылды.",
        # A template's word before a value that holds it in another form.
        "B041 тобының бағдарламалары Бағдарламалар тобы B041 бойынша",
        # The university in the first person.
        "Ұсыныстарыңызды жіберіңіз; әр ұсынысқа жауап береміз.",
        "Біздің университет сапаны бағалайды.",
        "Саясат тәуекелдерді қалай азайтатынымызды түсіндіреді.",
    ],
    "ru": [
        "нет версии на языках казахский, русский",
        "Правило применяется повторно, пока ничего не меняется.",
        "Динамика",
        "в карте процесса 2",
        "Декларация: зачем нужен и чего должен достичь",
        "Regulation on monitoring and feedback, §7.5.5",
        "Состав: Ректор (председатель) (1); Проректор (4)",
        "Дисциплина (модуль) (на казахском)",
        "общие для программ группы группы B021",
        "общие для программ группы Группа образовательных программ B041",
        "доступно для программы Программа «Учёт и аудит»",
        "в архитектуре процессов процесс называется «Құжат ағыны және мұрағат»",
        "Проректор по академическим вопросам (ПАВ) (Исполнительное руководство)",
        "доход 350 000 ₸ (учтено выпускников: 18) (Источник рейтинга)",
        "На каждое предложение мы ответим.",
        "Наш университет оценивает качество.",
        # The Russian reading pass: calques, agreement, a card called a map.
        "Полная карта каждого процесса — на отдельной странице.",
        "Несоответствия во всех картах этой категории",
        "действует до 14 апреля 2027 г., истекает в течение 180 дней",
        "часы работы, институциональный контакт и доступ без ступеней",
        "не обязательные, но отсутствующие сведения: 24",
        "под статусом названо, что мешает пункту быть полным",
        "Размер университета и путь его студентов от поступления до выпуска.",
        "Как часто: 2 раза в год",
        "Значимо не отличается (−0,2 п.п.; не проверялось: нужно не менее 30 респондентов).",
        "требует показывать изменение не менее чем за три года: она будет показана полнее",
        "не показано (2026): чтобы защитить другую, маленькую группу",
        "Статус: 1 из 1 записей университет ещё не подтвердил.",
    ],
    "en": [
        "Formation of the student body",
        "Design of additional education programmes",
        "Educational work",
        "Document flow and archive",
        "Vice-Rector for Administrative and Economic Affairs",
        "Competitions for posts",
        "within the term set by law",
        "Periodicity",
        "Against the university",
        "✱ placeholder — placeholder: an illustration",
        "Discipline (module) (in Kazakh)",
        "Discipline (module) (In Kazakh)",
        "shared by the programmes of groups Group of programmes B021",
        "the process processes of the card",
        "the university's University Development Programme",
        "Vice-Rector for Academic Affairs (VRAA) (executive)",
        "earnings: 350,000 ₸ (18 graduates counted) (The source of the ranking)",
        "Every proposal gets an answer from us.",
        "We publish our results.",
        "fee-paying places: 38 (2026; shared by the programmes of group Group of programmes B021)",
    ],
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in REVIEWED.items() for text in texts]
)
def test_every_reviewed_wrong_form_is_refused(lang: str, text: str) -> None:
    assert check_page(_page(f"<p>{text}</p>", lang), lang, RULES), f"{lang}: «{text}» passes"


def test_the_corrected_forms_pass() -> None:
    kk = (
        "<p>Құжат: қазақ, орыс және ағылшын тілдеріндегі нұсқасы жоқ</p>"
        f"<p>2025 жылғы түлектердің 80{NBSP}%-ы жұмысқа орналасты</p>"
        "<p>мақсаттан статистикалық мәнді айырмашылығы жоқ; университет көрсеткішінен төмен</p>"
        # A list of label–value pairs is not a chain.
        "<p>Жарияланған күні: 2026 жылғы 20 қараша · Жаңартылған күні: 2026 жылғы 21 қараша</p>"
        "<p>Құрамы: Ректор (төраға) — 1 орын; Проректор — 4 орын. Барлығы: 5.</p>"
        "<p>жоғары (+5,9 п.т.; респонденттер 30-дан аз, тексерілмеді)</p>"
        f"<p>79{NBSP}% (2026, 62 респондент)</p>"
        "<p>2027 жылғы қабылдау: Құжаттарды қабылдау — 2027 жылғы 20 маусымнан"
        " 2027 жылғы 25 тамызға дейін</p>"
    )
    assert check_page(_page(kk, "kk"), "kk", RULES) == []
    kk_brackets_and_clauses = (
        "<p>Стратегиялық даму департаменті (СДД) — құрылымдық бөлімше</p>"
        "<p>Пән немесе модуль (қазақша)</p>"
        "<p>2025 жылғы 18 түлектің айлық табысының медианасы — 350 000 ₸ (Ұлттық рейтинг)</p>"
        # A programme's code after its bracketed name; a formula.
        "<p>Стандарттау және сертификаттау (салалар бойынша) (6B07525)</p>"
        "<p>z = (p₁ − p₂) / √(p̄(1 − p̄)(1/n₁ + 1/n₂))</p>"
        # A question word inside a clause with its verb; «тамыз» (August) is no «we».
        "<p>Әр мәннің жанындағы белгі оның қайдан алынғанын көрсетеді: ✓ — расталған.</p>"
        "<p>Бұл бетте оқуға түсу қағидалары берілген. Өтінішке жауап беріледі. 20 тамыз.</p>"
    )
    assert check_page(_page(kk_brackets_and_clauses, "kk"), "kk", RULES) == []
    ru = (
        "<p>Во всех процессах 82 ключевых показателя: выполнено — 0</p>"
        "<p>Полная карточка каждого процесса — на отдельной странице.</p>"
        "<p>действует до 14 апреля 2027 г., срок истекает менее чем через 180 дней</p>"
        "<p>Значимость отличия не проверялась (−0,2 п.п.; нужно не менее 30 респондентов).</p>"
        "<p>Значимого отличия не выявлено (−0,2 п.п.; p = 0,41).</p>"
        "<p>Периодичность: 2 раза в год</p><p>Записи, ещё не подтверждённые университетом:"
        " 1 из 1</p><p>Информационная карта процессов</p>"
    )
    assert check_page(_page(ru, "ru"), "ru", RULES) == []


# Neighbouring words that share their start and are two words, or one word repeated by
# grammar: none is the same word twice in two forms.
TWO_WORDS = {
    "kk": [
        # A genitive waits for its head; the same noun after it names the list.
        "Қабылданған құжаттың құжаттар жиынтығындағы id-і",
        "Бағдарламаның бағдарлама файлындағы атауы",
        # Three common letters are a short root, not one word: «жылғы жылдық», «ала алады».
        "Акционерлік қоғамның 2025 жылғы жылдық есебі",
        "медициналық пунктте тегін ала алады",
        # A derived word is not an ending: «түсінікті түсіндіреді».
        "Оқытушы материалды түсінікті түсіндіреді.",
        "бір-біріне көмектеседі",
    ],
    "ru": [
        "студенты помогают друг другу",
        "их можно было бы вычислить вычитанием из общего итога",
        "Перевод передаёт вероятный смысл",
        "программа программного обеспечения",
        # A programme's code after its bracketed name.
        "Стандартизация и сертификация (по отраслям) (6B07525)",
    ],
    "en": [
        "students study part of their programme",
        "a version is the data's date and a checksum",
        "a student's study plan",
        "Writing and Defence of the Thesis",
    ],
}


@pytest.mark.parametrize(
    ("lang", "text"), [(lang, text) for lang, texts in TWO_WORDS.items() for text in texts]
)
def test_words_that_only_look_doubled_pass(lang: str, text: str) -> None:
    assert check_page(_page(f"<p>{text}</p>", lang), lang, RULES) == []


def test_a_bracketed_plural_is_refused_but_not_a_survey_items_two_genders() -> None:
    assert _rules(check_page(_page("<p>3 document(s)</p>", "en"), "en", RULES)) == [
        "plural written with a bracket"
    ]
    assert _rules(check_page(_page("<p>Страница(ы)</p>", "ru"), "ru", RULES)) == [
        "plural written with a bracket"
    ]
    assert check_page(_page("<p>Я уверен(а) в себе.</p>", "ru"), "ru", RULES) == []


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_a_p_value_is_written_as_a_statistician_writes_it(lang: str) -> None:
    bad = _page(f"<p>өзгеріс; p{NBSP}={NBSP}&lt;{NBSP}0,001</p>", lang)
    assert "p-value" in _rules(check_page(bad, lang, RULES))
    good = _page(f"<p>(+3 п.т.; {p_value(0.0001, lang)}; {p_value(0.03, lang)})</p>", lang)
    assert "p-value" not in _rules(check_page(good, lang, RULES))
    assert p_value(0.0001, lang) == f"p{NBSP}&lt;{NBSP}0{',' if lang != 'en' else '.'}001"


def test_one_quotation_style_per_language() -> None:
    found = _rules(check_page(_page('<p>JSC "K. Kulazhanov" and “it”</p>', "en"), "en", RULES))
    assert found == ['quotation marks "" (this language writes “”)'] * 2
    # An English page quotes the Kazakh original in its own marks, marked or not.
    quoted = '<p>The source writes «<span lang="kk">Білім беру жұмысы</span>» and «Мақсат».</p>'
    assert check_page(_page(quoted, "en"), "en", RULES) == []
    found = _rules(check_page(_page("<p>“Сапа” және «Сапа» „ішкі“</p>", "kk"), "kk", RULES))
    assert found == ["quotation marks “” (this language writes «»)"]


def test_generated_pages_such_as_the_register_are_checked(tmp_path: Path) -> None:
    rules: StyleRules = RULES
    assert not any("register" in pattern for pattern in rules.approved_pages)
    page = tmp_path / "register" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(_page("<p>мына тілдегі нұсқасы жоқ</p>", "kk"), encoding="utf-8")
    card = tmp_path / "processes" / "p05.html"
    card.parent.mkdir(parents=True)
    card.write_text(_page("<p>Процесс карточкасы</p>", "kk"), encoding="utf-8")
    found = check_site(tmp_path, REPO / "data")
    assert [f.page for f in found] == ["register/index.html"]


# (catalog, the right text, the avoided word planted in its place)
PLANTED = [
    ("kk.yaml", "  trend: Өзгеріс", "Серпіні"),
    ("kk.yaml", "  cards: Процесс карталары", "Процесс карточкалары"),
    ("ru.yaml", "  trend_heading: Изменение по волнам", "Динамика по волнам"),
    # Process 5 keeps its approved name «Басшылық тарапынан талдау».
    ("kk.yaml", "  reviews_title: Басшылық тарапынан талдау", "Басшылық талдауы"),
]


@pytest.mark.parametrize(("file", "old", "planted"), PLANTED)
def test_one_concept_one_word_in_the_catalogs(
    data_copy: Path, edit, file: str, old: str, planted: str
) -> None:
    assert not check_translations(data_copy)
    edit(data_copy / "interface" / file, old, old.split(": ")[0] + ": " + planted)
    problems = check_translations(data_copy)
    assert len(problems) == 1 and problems[0].file.endswith(file), problems


def test_the_languages_a_document_lacks_are_one_phrase() -> None:
    assert lacking_phrase(["kk", "ru", "en"], "kk", "register") == (
        "қазақ, орыс және ағылшын тілдеріндегі нұсқасы жоқ"
    )
    assert lacking_phrase(["ru"], "kk", "page") == "Орыс тілінде әлі жарияланбаған"
    assert lacking_phrase(["kk", "ru"], "ru", "register") == (
        "нет версии на казахском и русском языках"
    )
    assert lacking_phrase(["ru"], "ru", "page") == "Версии на русском языке пока нет"
    assert lacking_phrase(["ru", "en"], "en", "register") == "no version in Russian and English"


def test_the_languages_of_study_are_words_not_codes() -> None:
    assert in_languages(["ru", "kk"], "kk") == "қазақ және орыс тілдерінде"
    assert in_languages(["en"], "kk") == "ағылшын тілінде"
    assert in_languages(["ru", "kk"], "ru") == "на казахском и русском"
    assert in_languages(["en", "ru", "kk"], "en") == "in Kazakh, Russian and English"
    fees = [(1_422_000, "kk"), (1_422_000, "ru"), (1_522_000, "en")]
    text = fee_text(fees, "en")
    assert "(in Kazakh and Russian)" in text and "(in English)" in text, text
    assert "kk" not in text and "ru" not in text


@pytest.mark.parametrize(
    ("count", "lang", "expected"),
    [
        (82, "ru", "82 ключевых показателя"),
        (85, "ru", "85 ключевых показателей"),
        (21, "ru", "21 ключевой показатель"),
        (82, "kk", "82 негізгі көрсеткіш"),
        (1, "en", "1 key indicator"),
        (82, "en", "82 key indicators"),
    ],
)
def test_counts_take_the_plural_form_their_number_needs(
    count: int, lang: str, expected: str
) -> None:
    assert counted(count, "key_indicators", lang).replace(NBSP, " ") == expected


def test_a_questionnaires_items_keep_their_respondents_first_person() -> None:
    """An employer's item «We would hire…» is the respondent's voice; the same words in the
    site's own text are the university speaking of itself."""
    item = _page("<p>We would hire this university's graduates again.</p>", "en")
    assert check_page(item, "en", RULES, questionnaire=True) == []
    assert "the university in the first person" in _rules(check_page(item, "en", RULES))
    assert any(re.search(p, "quality/employers.html") for p in RULES.questionnaire_pages)


def test_a_translated_columns_meaning_never_joins_a_full_stop_and_a_comma() -> None:
    """«…«Образец данных»., на казахском» was a sentence with a phrase glued after it."""
    sentence = Localized(kk="Мәндер «Деректер үлгісі».", ru="Написано «Образец данных».", en="x.")
    phrase = Localized(kk="Атауы", ru="Название статьи", en="Heading name")
    kk_column = localized_fields("source", phrase, sentence)[0]
    assert kk_column.description.get("ru") == "Написано «Образец данных» (на казахском)."
    assert ".," not in kk_column.description.get("kk") + kk_column.description.get("en")
    named = localized_fields("name", phrase, phrase)[1]
    assert named.description.get("ru") == "Название статьи, на русском"


# The native pass over the news and transparency pages: each class of fault it found, planted
# again, with the rule of data/style.yaml (or of core/style.py) that must refuse it.
PASS_FAULTS = [
    ("kk", "Жауап сізді қанағаттандырмаса: Ректорға шағымдануға болады.", "a condition"),
    ("ru", "Если ответ вас не устраивает: Обжаловать ответ можно ректору.", "a condition"),
    ("en", "If the answer does not satisfy you: Appeal to the Rector.", "a condition"),
    (
        "kk",
        f"2025{NBSP}жылғы 4{NBSP}желтоқсан – 2025{NBSP}жылғы 5{NBSP}желтоқсан",
        "range of dates writing its year twice",
    ),
    ("ru", f"4{NBSP}декабря 2025{NBSP}г. – 5{NBSP}декабря 2025{NBSP}г.", "range of dates writing"),
    ("en", "4 December 2025 – 5 December 2025", "range of dates writing its year twice"),
    ("ru", "Открыто с – по", "«Открыто с – по»"),
    ("ru", "каждая закупка ведёт к своей записи на портале", "«ведёт к своей записи»"),
    ("en", "news, socially important notices, events", "«socially important»"),
    ("en", "filming on the campus", "«on the campus»"),
]


PASS_ACCEPTED = [
    ("kk", "Жауап сізді қанағаттандырмаса, ректорға шағымдануға болады."),
    ("ru", "Если ответ вас не устраивает, можно подать жалобу ректору."),
    ("en", "If you are not satisfied with the answer, you can appeal to the Rector."),
    ("kk", "Құрамында 5 орын бар: Ректор (төраға) — 1 орын; Проректор — 4 орын."),
    ("kk", f"2025{NBSP}жылғы 4–5{NBSP}желтоқсан"),
    ("kk", f"2025{NBSP}жылғы 30{NBSP}қараша – 5{NBSP}желтоқсан"),
    ("ru", f"30{NBSP}ноября – 5{NBSP}декабря 2025{NBSP}г."),
    ("en", f"30{NBSP}December 2025 – 5{NBSP}January 2026"),
    # A label whose value is another word, and a condition ending its sentence.
    ("en", "Posted: 20 November 2026 · Updated: 20 November 2026"),
    ("kk", "Жарияланған күні: 2026 жылғы 20 қараша"),
]


# The pass over the notices, the survey claims, the citations and the open-data descriptions:
# each class of fault planted again, with the words of the rule that must refuse it.
NOTICE_FAULTS = [
    # One wording for "do not cite" per language.
    ("kk", "Университет оларды растамаған; дәйексөз ретінде пайдаланбаңыз.", "«дәйексөз ретінде»"),
    ("ru", "Университетом не подтверждены; не цитируйте их.", "«не цитируйте»"),
    ("en", "Not confirmed by the university; do not cite.", "«do not cite.»"),
    # One form for "not yet published", never «жоқ» twice in a sentence.
    ("kk", "Ақпарат жоқ: бағдарламаның атауы әлі жарияланған жоқ.", "«жарияланған жоқ»"),
    ("kk", "Ақпарат жоқ: бұл бағдарламаның аккредиттелуі туралы мәлімет жоқ.", "«жоқ: бұл"),
    # An untested difference called not significant.
    (
        "kk",
        "Статистикалық мәнді айырмашылық жоқ (−0,2 п.т.; респонденттер 30-дан аз, тексерілмеді).",
        "«мәнді айырмашылық жоқ",
    ),
    (
        "ru",
        "Значимого отличия не выявлено (−0,2 п.п.; значимость не проверялась: нужно не менее 30"
        " респондентов).",
        "«Значимого отличия не выявлено",
    ),
    (
        "en",
        "No significant difference from the university (−0.2 pp; not tested: at least 30"
        " respondents needed).",
        "«No significant difference",
    ),
    # The Russian regulation by its name; a year after «за»; «г.» after a cohort's year.
    ("ru", f"Требование: п.{NBSP}9.7.3 положения; ответственное подразделение", "«п."),
    ("ru", "по закону и по положению о корпоративном сайте", "«по положению о корпоративном»"),
    ("ru", "Пункты положения", "«Пункты положени»"),
    ("ru", "оценивается через 6–12 месяцев после срока (положение, §7.5.5).", "«(положение, §»"),
    ("ru", "Доходы и расходы за 2025", "«за 2025»"),
    ("ru", "медианный месячный доход выпускников 2025 года", "«выпускников 2025"),
    # A field name in prose; one citation style for the clauses; a group is not a number.
    ("ru", "просрочка на дату as_of и состояние", "«на дату as_of»"),
    ("kk", "as_of күнге мерзімі өткені", "«as_of күн»"),
    ("en", "whether it is overdue as of as_of", "«as of as_of»"),
    ("kk", "Ашық деректерде әр жазбаның provenance бағаны сол күйді береді", "«provenance бағаны»"),
    (
        "kk",
        "Мониторинг және кері байланыс туралы ереже, 7.5.3, 7.8-тармақтар",
        "«7.5.3, 7.8-тармақ",
    ),
    ("kk", "ең аз топтан кіші сандар жарияланбайды", "«ең аз топтан»"),
    ("kk", "Корпоративтік сайт туралы ереже, 8.3, 8.5 және 9.7-тармақтар", "«8.3, 8.5"),
    # The process pages: introductions written as indirect questions; a calque.
    ("kk", "ISO 9001:2015 стандартының әр тармағын қандай процестер қамтиды", "«қандай процестер"),
    ("kk", "Төменде: дереккөзде не жазылған, сайт не көрсетеді және неге.", "«не жазылған"),
    ("ru", "Кто за что отвечает: процессы каждого подразделения.", "«Кто за что отвечает»"),
    ("ru", "Какие процессы охватывают каждый пункт ISO 9001:2015.", "«Какие процессы охватывают»"),
    ("ru", "Ниже: что написано в источнике, что показывает сайт и почему.", "«что написано"),
    ("en", "Who is responsible for what: the processes each unit owns.", "«Who is responsible"),
    ("en", "Which processes address each clause of ISO 9001:2015.", "«Which processes address»"),
    ("en", "listed below: what the source says, what the site shows, and why.", "«what the source"),
    ("en", "four control sheets (approval, acquaintance, registration)", "«acquaintance»"),
]


NOTICE_ACCEPTED = [
    ("kk", "Университет оларды растамаған; оларға дерек ретінде сілтеме жасамаңыз."),
    ("ru", "Университетом не подтверждены; не ссылайтесь на них как на факты."),
    ("en", "Not confirmed by the university; do not cite them as facts."),
    ("kk", "Ақпарат жоқ: бағдарламаның атауы әлі жарияланбаған."),
    ("kk", "Айырмашылықтың мәнділігі тексерілмеді (−0,2 п.т.; респонденттер 30-дан аз)."),
    (
        "kk",
        "Статистикалық мәнді айырмашылық жоқ (−0,2 п.т.; p = 0,41). Респонденттер 30-дан аз.",
    ),
    (
        "en",
        "Significance of the difference not tested (−0.2 pp; at least 30 respondents needed).",
    ),
    ("ru", f"Требование: п.{NBSP}9.7.3 Положения; ответственное подразделение"),
    # A unit's own regulation, a generic one, and a range of years are common nouns.
    (
        "ru",
        "Руководитель, контакты и положение каждого подразделения; положение не опубликовано",
    ),
    ("ru", "Каталог адаптирован по положению другого вуза."),
    ("ru", "Доходы и расходы за 2025 год; Программа развития на 2024–2029 годы"),
    ("ru", "медианный месячный доход выпускников 2025 г. составляет 350 000 ₸"),
    ("kk", "Корпоративтік сайт туралы ереже ҚазТБУ–МжКҚБ–ҚТ–8.4.3–2025–12, 4.10-тармақ"),
    ("kk", "Мониторинг және кері байланыс туралы ереже, §7.5.3, §7.8"),
    ("kk", "«Дереккөз күйі» бағанында (<code>provenance</code>) көрсетіледі"),
]


# Each class a reading pass found, planted again, is refused by its rule; what it was
# rewritten to passes.
@pytest.mark.parametrize(("lang", "text", "rule"), PASS_FAULTS + NOTICE_FAULTS)
def test_each_fault_of_the_reading_passes_is_refused(lang: str, text: str, rule: str) -> None:
    found = check_page(_page(f"<p>{text}</p>", lang), lang, RULES)
    assert any(hit.startswith(rule) for hit in found), f"{lang}: «{text}» gives {found}"


@pytest.mark.parametrize(("lang", "text"), PASS_ACCEPTED + NOTICE_ACCEPTED)
def test_the_rewritten_forms_of_the_reading_passes_are_accepted(lang: str, text: str) -> None:
    assert check_page(_page(f"<p>{text}</p>", lang), lang, RULES) == []


def test_a_note_of_sentences_and_a_citation_are_written_as_sentences() -> None:
    """«…сілтеме жасамаңыз; Мониторинг және кері байланыс туралы ереже» glued a citation onto
    a note's last sentence; citations alone keep their semicolons."""
    from kazutb_transparency.core.opendata.catalogue import joined_sources

    note = "Демонстрациялық деректер. Университет әлі растамаған."
    citation = "Мониторинг және кері байланыс туралы ереже, §7.5.3, §7.8"
    assert joined_sources([note, citation]) == f"{note} {citation}."
    assert joined_sources(["ISO 9001:2015, 9.1.", citation]) == f"ISO 9001:2015, 9.1; {citation}"
