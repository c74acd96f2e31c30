"""The surveys as open data: `survey-catalogue`, `survey-indicators`, `survey-distributions`
(and `survey-actions`, defined in `action_dataset`).

The one definition of their columns; the rows come from `kazutb_transparency.surveys.rows`
(published values only: a suppressed indicator has no figure to leak).

`survey-indicators` declares no table-schema `primaryKey`: a row is identified by survey,
wave, unit_type, unit, block and question, but `unit` is empty for the whole university and
`question` for a whole block or survey, and Table Schema forbids empty cells in primary-key
fields. The key is stated in the dataset's description, orders the rows, and is checked
unique by the tests.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kazutb_transparency.core.i18n import Localized
from kazutb_transparency.core.opendata.dataset import (
    LANGUAGE_NAMES,
    LIST_SEPARATOR,
    REGULATION,
    Dataset,
    Field,
    localized_fields,
)
from kazutb_transparency.core.provenance import provenance_column
from kazutb_transparency.surveys.action_dataset import actions_dataset
from kazutb_transparency.surveys.codes import (
    FLAG_LOW_RESPONSE,
    ID_PATTERN,
    UNIT_TYPES,
    WAVE_PATTERN,
)
from kazutb_transparency.surveys.loading import SurveyData
from kazutb_transparency.surveys.rows import (
    LANGS,
    TEXT_KEYS,
    survey_catalogue_records,
    survey_distribution_records,
    survey_indicator_records,
)

T = Localized

METHODOLOGY = Localized(
    kk="Мониторинг және кері байланыс туралы ереже, 7.5.3, 7.8-тармақтар",
    ru="Положение о мониторинге и обратной связи, пп. 7.5.3, 7.8",
    en="Regulation on monitoring and feedback, §7.5.3, §7.8",
)
INDICATOR_KEY = ("survey", "wave", "unit_type", "unit", "block", "question")
SEPARATOR = LIST_SEPARATOR.strip()


def _pattern(anchored: str) -> str:
    # Table Schema patterns match the whole value already: drop ^ and $.
    return anchored.removeprefix("^").removesuffix("$")


def _t(kk: str, ru: str, en: str) -> Localized:
    return T(kk=kk, ru=ru, en=en)


# --- survey-catalogue ----------------------------------------------------------------------

TEXT_TITLES: dict[str, Localized] = {
    "name": _t("Атауы", "Название", "Name"),
    "target_group": _t("Нысаналы топ", "Целевая группа", "Target group"),
    "periodicity": _t("Кезеңділігі", "Периодичность", "Periodicity"),
    "timing": _t("Өткізу мерзімі", "Сроки проведения", "Timing"),
    "question": _t("Сұрақ мәтіні", "Текст вопроса", "Question text"),
}


def _text_field(key: str, lang: str) -> Field:
    title = TEXT_TITLES[key]
    kk, ru, en = (LANGUAGE_NAMES[of][lang] for of in LANGS)
    if lang == "kk":
        description = _t(
            f"{title.kk} {kk} (әрқашан толтырылады).",
            f"{title.ru} {ru} (заполняется всегда).",
            f"{title.en} {en} (always given).",
        )
    else:
        description = _t(
            f"{title.kk} {kk}; аудармасы дайындалып жатқанда бос.",
            f"{title.ru} {ru}; пусто, пока перевод готовится.",
            f"{title.en} {en}; empty while the translation is pending.",
        )
    return Field(
        f"{key}_{lang}",
        "string",
        _t(f"{title.kk} ({kk})", f"{title.ru} ({ru})", f"{title.en} ({en})"),
        description,
        required=lang == "kk",
    )


CATALOGUE_FIELDS: tuple[Field, ...] = (
    Field(
        "id",
        "string",
        _t("Сәйкестендіргіш", "Идентификатор", "Identifier"),
        _t(
            "Сауалнаманың тұрақты сәйкестендіргіші; survey-indicators жиынтығы сауалнамаға "
            "осы арқылы сілтеме жасайды.",
            "Постоянный идентификатор опроса; по нему на опрос ссылается набор survey-indicators.",
            "Stable id of the survey, used by survey-indicators.",
        ),
        required=True,
        unique=True,
        pattern=_pattern(ID_PATTERN),
    ),
    Field(
        "number",
        "integer",
        _t("№", "№", "No."),
        _t(
            "Сауалнаманың әдістеменің §7.8 тармағындағы нөмірі.",
            "Номер опроса в §7.8 методики.",
            "Number of the survey in §7.8 of the methodology.",
        ),
        required=True,
        unique=True,
        minimum=1,
    ),
    *(_text_field(key, lang) for key in TEXT_KEYS for lang in LANGS),
    Field(
        "responsible",
        "array",
        _t("Жауапты бөлімшелер", "Ответственные подразделения", "Responsible units"),
        _t(
            "Жауапты бөлімшелердің университет бөлімшелері тізіміндегі "
            "сәйкестендіргіштері, алдымен жетекші бөлімше; CSV файлында "
            f"«{SEPARATOR}» белгісімен біріктірілген.",
            "Идентификаторы ответственных подразделений по списку подразделений "
            f"университета, ведущее подразделение первым; в CSV разделены знаком «{SEPARATOR}».",
            "Ids of the responsible units in the university's list of units, the leading unit "
            f"first; in CSV joined by “{SEPARATOR}”.",
        ),
        required=True,
    ),
    Field(
        "timing_source",
        "string",
        _t("Мерзімнің дереккөзі", "Источник сроков", "Source of the timing"),
        _t(
            "regulation — мерзім әдістеменің §7.8 тармағындағыдай; to-confirm — мерзім §7.8-ден "
            "нақтырақ (мысалы, ай қосылған), оны университет растауы керек.",
            "regulation — сроки как в §7.8 методики; to-confirm — сроки уточнены по сравнению "
            "с §7.8 (например, добавлен месяц) и должны быть подтверждены университетом.",
            "regulation: the timing as §7.8 of the methodology states it; to-confirm: made "
            "more precise than §7.8 (e.g. a month added), to be confirmed by the university.",
        ),
        required=True,
        enum=("regulation", "to-confirm"),
    ),
    *(
        replace(f, required=False)  # empty where the timing is §7.8's own
        for f in localized_fields(
            "regulation_timing",
            _t("§7.8 бойынша мерзім", "Сроки по §7.8", "Timing in §7.8"),
            _t(
                "§7.8 тармағының өз сөзі; тек to-confirm болғанда",
                "Формулировка самого §7.8; только при to-confirm",
                "What §7.8 itself says; only with to-confirm",
            ),
        )
    ),
    Field(
        "verified",
        "boolean",
        _t("Расталған", "Подтверждено", "Verified"),
        _t(
            "Университет бейімдеуді растағанға дейін false.",
            "false, пока университет не подтвердил адаптацию.",
            "False while the university has not confirmed the adaptation.",
        ),
        required=True,
    ),
    provenance_column(
        _t(
            "placeholder — каталог әлі расталмаған (басқа ЖОО-ның ережесі бойынша "
            "бейімделген); confirmed — университет растағаннан кейін.",
            "placeholder — каталог ещё не подтверждён (адаптирован по положению другого вуза); "
            "confirmed — после подтверждения университетом.",
            "placeholder while the catalogue is not yet confirmed (adapted from another "
            "university's regulation); confirmed once the university confirms it.",
        )
    ),
)


# --- survey-indicators ---------------------------------------------------------------------

_SHARE = {"minimum": 0, "maximum": 1}
_CI = _t(
    "Уилсонның 95% сенімділік аралығы, n = респонденттер саны; тек 30 респонденттен бастап.",
    "95-процентный доверительный интервал Уилсона, n = число респондентов; только начиная "
    "с 30 респондентов.",
    "Wilson 95% interval, n = respondents; only from 30 respondents.",
)

INDICATOR_FIELDS: tuple[Field, ...] = (
    Field(
        "survey",
        "string",
        _t("Сауалнама", "Опрос", "Survey"),
        _t(
            "Сауалнаманың сәйкестендіргіші (survey-catalogue).",
            "Идентификатор опроса (survey-catalogue).",
            "Survey id (survey-catalogue).",
        ),
        required=True,
        pattern=_pattern(ID_PATTERN),
    ),
    Field(
        "wave",
        "string",
        _t("Толқын", "Волна", "Wave"),
        _t(
            "YYYY-MM: сауалнама толқыны аяқталған ай.",
            "YYYY-MM: месяц, в котором завершилась волна опроса.",
            "YYYY-MM: the month the survey wave closed.",
        ),
        required=True,
        pattern=_pattern(WAVE_PATTERN),
    ),
    Field(
        "unit_type",
        "string",
        _t("Деңгей", "Уровень", "Unit level"),
        _t(
            "university — университет, faculty — факультет, programme — білім беру бағдарламасы.",
            "university — университет, faculty — факультет, programme — образовательная программа.",
            "university, faculty or programme.",
        ),
        required=True,
        enum=tuple(UNIT_TYPES),
    ),
    Field(
        "unit",
        "string",
        _t("Бөлімше", "Подразделение", "Unit"),
        _t(
            "Факультеттің немесе бағдарламаның коды; бүкіл университет үшін бос.",
            "Код факультета или программы; пусто для университета в целом.",
            "Faculty or programme code; empty for the university.",
        ),
    ),
    Field(
        "block",
        "string",
        _t("Блок", "Блок", "Block"),
        _t(
            "Сұрақтар блогының сәйкестендіргіші немесе бүкіл сауалнама үшін 'overall'.",
            "Идентификатор блока вопросов или 'overall' для опроса в целом.",
            "Question block id, or 'overall' for the whole survey.",
        ),
        required=True,
    ),
    Field(
        "question",
        "string",
        _t("Сұрақ", "Вопрос", "Question"),
        _t(
            "Сұрақтың сәйкестендіргіші; блок немесе бүкіл сауалнама үшін бос.",
            "Идентификатор вопроса; пусто для блока или опроса в целом.",
            "Question id; empty for a block or the whole survey.",
        ),
    ),
    Field(
        "respondents",
        "integer",
        _t("Респонденттер", "Респонденты", "Respondents"),
        _t(
            "Кемінде бір жарамды жауап берген респонденттер саны (әрқайсысы бір рет); "
            "жасырылған жолда бос.",
            "Число различных респондентов, давших хотя бы один содержательный ответ; пусто, если "
            "показатель скрыт.",
            "Distinct respondents with at least one valid answer; empty when suppressed.",
        ),
        minimum=0,
    ),
    Field(
        "valid",
        "integer",
        _t("Жарамды жауаптар", "Содержательные ответы", "Valid answers"),
        _t(
            "Жарамды жауаптар саны (1..k; na, dk және жауапсыз қалғандар есепке алынбайды); "
            "жасырылған жолда бос.",
            "Число содержательных ответов (1..k; без na, dk и пропусков); пусто, если "
            "показатель скрыт.",
            "Valid answers (1..k; not na, dk or missing); empty when suppressed.",
        ),
        minimum=0,
    ),
    Field(
        "invited",
        "integer",
        _t("Шақырылғандар", "Приглашены", "Invited"),
        _t(
            "Осы бөлімшеде сауалнамаға шақырылғандар саны; белгісіз болса бос.",
            "Число приглашённых к опросу в этом подразделении; пусто, если неизвестно.",
            "People invited to the survey in this unit; empty if unknown.",
        ),
        minimum=0,
    ),
    Field(
        "response_rate",
        "number",
        _t("Жауап бергендер үлесі", "Доля ответивших", "Response rate"),
        _t(
            "respondents / invited, үтірден кейін 3 таңба; көрсеткіш жасырылса немесе "
            "шақырылғандар саны белгісіз болса бос.",
            "respondents / invited, 3 знака после запятой; пусто, если показатель скрыт или "
            "число приглашённых неизвестно.",
            "respondents / invited, 3 decimals; empty when suppressed or invited is unknown.",
        ),
        **_SHARE,
    ),
    Field(
        "satisfaction",
        "number",
        _t("Қанағаттану", "Удовлетворённость", "Satisfaction"),
        _t(
            "Жарамды жауаптар ішіндегі оң жауаптардың үлесі (шкаланың жоғарғы 40%-ы), "
            "үтірден кейін 3 таңба; жасырылған жолда бос.",
            "Доля положительных ответов (верхние 40% шкалы) среди содержательных ответов, 3 знака "
            "после запятой; пусто, если показатель скрыт.",
            "Share of positive answers (top 40% of the scale) among valid answers, "
            "3 decimals; empty when suppressed.",
        ),
        **_SHARE,
    ),
    Field(
        "ci_low",
        "number",
        _t("Аралықтың төменгі шегі", "Нижняя граница интервала", "CI lower bound"),
        _CI,
        **_SHARE,
    ),
    Field(
        "ci_high",
        "number",
        _t("Аралықтың жоғарғы шегі", "Верхняя граница интервала", "CI upper bound"),
        _CI,
        **_SHARE,
    ),
    Field(
        "suppressed",
        "boolean",
        _t("Жасырылған", "Скрыто", "Suppressed"),
        _t(
            "Шағын топтарды қорғау үшін сандар жарияланбаған болса — true.",
            "true, если показатели не публикуются, чтобы защитить малые группы.",
            "True when the figures are withheld to protect small groups.",
        ),
        required=True,
    ),
    Field(
        "suppression_reason",
        "string",
        _t("Жасыру себебі", "Причина скрытия", "Suppression reason"),
        _t(
            "primary — респонденттер ең аз саннан кем; secondary — басқа жасырылған топты "
            "есептеп шығаруға болмас үшін жасырылған.",
            "primary — респондентов меньше минимума; secondary — скрыто, чтобы нельзя было "
            "вычислить другую скрытую группу.",
            "primary: fewer respondents than the minimum; "
            "secondary: hidden so that another hidden group cannot be worked out.",
        ),
        enum=("primary", "secondary"),
    ),
    Field(
        "flags",
        "array",
        _t("Белгілер", "Отметки", "Flags"),
        _t(
            "low-response-rate — жауап бергендер үлесі 30%-дан төмен болса; жасырылған "
            "жолдарда бос.",
            "low-response-rate — если доля ответивших ниже 30%; пусто в скрытых строках.",
            "low-response-rate when the response rate is below 30%; empty on suppressed rows.",
        ),
        enum=(FLAG_LOW_RESPONSE,),
    ),
    Field(
        "demonstration",
        "boolean",
        _t("Демонстрациялық", "Демонстрационные", "Demonstration"),
        _t(
            "Сандар синтетикалық демонстрациялық деректер болып тұрғанда — true.",
            "true, пока показатели — синтетические демонстрационные данные.",
            "True while the figures are synthetic demonstration data.",
        ),
        required=True,
    ),
    provenance_column(
        _t(
            "placeholder — демонстрациялық деректер болып тұрғанда (университеттің нәтижесі "
            "емес); confirmed — нақты жауаптардан университет жариялаған кезде.",
            "placeholder — пока это демонстрационные данные (не результаты университета); "
            "confirmed — когда университет публикует результаты реальных ответов.",
            "placeholder while these are demonstration data (not the university's results); "
            "confirmed once the university publishes results from real answers.",
        )
    ),
)


# --- survey-distributions ------------------------------------------------------------------

DISTRIBUTION_FIELDS: tuple[Field, ...] = (
    *INDICATOR_FIELDS[:6],
    Field(
        "scale_point",
        "integer",
        _t("Шкала балы", "Балл шкалы", "Scale point"),
        _t(
            "Шкала балы 1..k, кері кодтаудан кейін (k — ең жақсы баға).",
            "Балл шкалы 1..k после обратного кодирования (k — лучшая оценка).",
            "Point 1..k of the scale, after reverse coding (k is the best).",
        ),
        required=True,
        minimum=1,
    ),
    Field(
        "share",
        "number",
        _t("Үлес", "Доля", "Share"),
        _t(
            "Осы балды таңдаған жарамды жауаптардың үлесі, step-ке еселі етіп дөңгелектенген; "
            "сұрақтың үлестерінің қосындысы 1.",
            "Доля содержательных ответов с этим баллом, округлённая до кратного step; доли вопроса "
            "в сумме дают 1.",
            "Share of valid answers at this point, rounded to a multiple of step; a question's "
            "shares add up to 1.",
        ),
        required=True,
        **_SHARE,
    ),
    Field(
        "scale",
        "integer",
        _t("Шкала", "Шкала", "Scale"),
        _t("Шкала балдарының саны k.", "Число баллов шкалы k.", "Number of points k."),
        required=True,
        minimum=2,
    ),
    Field(
        "reversed",
        "boolean",
        _t("Кері кодталған", "Обратное кодирование", "Reverse-coded"),
        _t(
            "Теріс тұжырымдалған сұрақ болса — true: жауап k + 1 − жауап ретінде берілген.",
            "true для отрицательно сформулированного вопроса: ответ приведён как k + 1 − ответ.",
            "True for a negatively worded question: answers are given as k + 1 − answer.",
        ),
        required=True,
    ),
    Field(
        "step",
        "number",
        _t("Дөңгелектеу қадамы", "Шаг округления", "Rounding step"),
        _t(
            "Үлестер осы қадамға еселі: бір қадам кемінде ең аз топ санындағы жауапқа тең, "
            "сондықтан шағын сандарды қалпына келтіруге болмайды (әдістемені қараңыз).",
            "Доли кратны этому шагу: один шаг соответствует не менее чем минимальному числу "
            "ответов, поэтому малые числа восстановить нельзя (см. методику).",
            "Shares are multiples of this step: one step stands for at least the minimum "
            "number of answers, so small counts cannot be worked out (see the methodology).",
        ),
        required=True,
        **_SHARE,
    ),
    *(_text_field("question", lang) for lang in LANGS),
    *INDICATOR_FIELDS[-2:],  # demonstration, provenance
)


# --- the datasets --------------------------------------------------------------------------


def latest_wave_date(data: SurveyData) -> date:
    """The first day of the month of the latest wave across all surveys."""
    waves = {row.wave for row in data.indicators}
    if not waves:
        raise ValueError("no survey indicators: nothing dates the survey datasets")
    year, month = max(waves).split("-")
    return date(int(year), int(month), 1)


def survey_datasets(data: SurveyData) -> list[Dataset]:
    updated = latest_wave_date(data)  # catalogue.yaml carries no date of its own
    catalogue = Dataset(
        name="survey-catalogue",
        title=_t("Сауалнамалар каталогы", "Каталог опросов", "Survey catalogue"),
        description=_t(
            "Мониторинг және кері байланыс әдістемесінің §7.8 тармағындағы сауалнамалар, "
            "университетке бейімделген: нысаналы тобы, кезеңділігі, өткізу мерзімі (және оның "
            "§7.8-ден алынғаны немесе университет растауы керегі) және жауапты бөлімшелері; "
            "verified бағаны университет каталогты растағанын көрсетеді; бір жолда бір "
            "сауалнама.",
            "Опросы §7.8 методики мониторинга и обратной связи, адаптированные к университету: "
            "целевая группа, периодичность, сроки проведения (и взяты ли они из §7.8 или "
            "должны быть подтверждены университетом) и ответственные подразделения; столбец "
            "verified показывает, подтвердил ли университет каталог; по одному опросу в строке.",
            "The surveys of §7.8 of the monitoring and feedback methodology, adapted to the "
            "university: target group, periodicity, timing (and whether it comes from §7.8 or "
            "is the university's to confirm) and responsible units; the verified column says "
            "whether the university has confirmed the catalogue; one survey per row.",
        ),
        fields=CATALOGUE_FIELDS,
        rows=survey_catalogue_records(data),
        records=[
            {
                **survey.model_dump(mode="json", exclude_none=True),
                "verified": data.catalogue.verified,
            }
            for survey in data.surveys
        ],
        primary_key=("id",),
        updated=updated,
        sources=(data.catalogue.source, METHODOLOGY),
        evidence=_t(
            "ESG 2015 1.7 — ақпаратты басқару; мониторинг әдістемесі §7.8 — сауалнамалар",
            "ESG 2015 1.7 — управление информацией; методика мониторинга §7.8 — опросы",
            "ESG 2015 1.7 — information management; monitoring methodology §7.8 — surveys",
        ),
        pages=("quality/surveys.md",),
    )
    indicators = Dataset(
        name="survey-indicators",
        title=_t("Сауалнама көрсеткіштері", "Показатели опросов", "Survey indicators"),
        description=_t(
            "Сауалнамалардың жарияланған нәтижелері толқын, бөлімше және сұрақтар блогы "
            "бойынша: респонденттер, жарамды жауаптар, жауап бергендер үлесі, қанағаттану "
            "үлесі және "
            "оның 95% сенімділік аралығы. Жариялауға тым шағын топтардың сандары жасырылған "
            "(ұяшықтар бос). Жолды survey, wave, unit_type, unit, block және question "
            "бағандары анықтайды; бос unit — бүкіл университет, бос question — тұтас блок "
            "(block = overall болса — бүкіл сауалнама).",
            "Опубликованные результаты опросов по волнам, подразделениям и блокам вопросов: "
            "респонденты, содержательные ответы, доля ответивших, удовлетворённость и её "
            "95-процентный доверительный интервал. Показатели слишком малых групп скрыты "
            "(ячейки пусты). Строку определяют столбцы survey, wave, unit_type, unit, block "
            "и question; пустой unit — университет в целом, пустой question — весь блок "
            "(при block = overall — весь опрос).",
            "Published survey results by wave, unit and question block: respondents, valid "
            "answers, response rate, satisfaction and its 95% confidence interval. Figures of "
            "groups too small to publish are suppressed (cells left empty). A row is "
            "identified by survey, wave, unit_type, unit, block and question; an empty unit "
            "means the whole university, an empty question a whole block (with block = "
            "overall, the whole survey).",
        ),
        fields=INDICATOR_FIELDS,
        rows=survey_indicator_records(data),
        primary_key=INDICATOR_KEY,
        declare_primary_key=False,  # empty unit / question cells: see the module docstring
        updated=updated,
        sources=(data.meta.source, METHODOLOGY),
        evidence=_t(
            f"ESG 2015 1.7 — ақпаратты басқару; {REGULATION} ережесі §8.3.6 — жария есеп беру",
            f"ESG 2015 1.7 — управление информацией; положение {REGULATION} §8.3.6 — "
            "публичная отчётность",
            f"ESG 2015 1.7 — information management; regulation {REGULATION} §8.3.6 — public "
            "reports",
        ),
        pages=("quality/index.md",),
    )
    return [
        catalogue,
        indicators,
        distributions_dataset(data, updated),
        actions_dataset(data, INDICATOR_FIELDS[:6], updated),
    ]


def distributions_dataset(data: SurveyData, updated: date) -> Dataset:
    return Dataset(
        name="survey-distributions",
        title=_t(
            "Жауаптардың шкала бойынша бөлінуі",
            "Распределение ответов по шкале",
            "Distribution of answers over the scale",
        ),
        description=_t(
            "Жарияланған әр сұрақ бойынша жарамды жауаптардың шкала балдары бойынша үлестері "
            "(әдістеме §7.5.3), кері кодтаудан кейін. Жасырылған көрсеткіштің бөлінуі ешқашан "
            "берілмейді; үлестер бір қадамы кемінде ең аз топ санындағы жауапқа тең болатындай "
            "дөңгелектенген, ал одан шағын сұрақтарда бөліну берілмейді. Жолды survey, wave, "
            "unit_type, unit, block, question және scale_point анықтайды.",
            "Доли содержательных ответов по баллам шкалы для каждого опубликованного вопроса "
            "(§7.5.3 "
            "методики), после обратного кодирования. Для скрытого показателя распределение не "
            "публикуется никогда; доли округлены так, что один шаг соответствует не менее чем "
            "минимальному числу ответов, а для слишком малых вопросов распределение не "
            "приводится. Строку определяют survey, wave, unit_type, unit, block, question и "
            "scale_point.",
            "Shares of valid answers at each point of the scale for every published question "
            "(§7.5.3 of the methodology), after reverse coding. A suppressed indicator never "
            "has a distribution; shares are rounded so that one step stands for at least the "
            "minimum number of answers, and questions too small for that have none. A row is "
            "identified by survey, wave, unit_type, unit, block, question and scale_point.",
        ),
        fields=DISTRIBUTION_FIELDS,
        rows=survey_distribution_records(data),
        primary_key=(*INDICATOR_KEY, "scale_point"),
        declare_primary_key=False,  # empty unit cells: see the module docstring
        updated=updated,
        sources=(data.meta.source, METHODOLOGY),
        evidence=_t(
            "Мониторинг әдістемесі §7.5.3 — жауаптардың шкала бойынша бөлінуі",
            "Методика мониторинга §7.5.3 — распределение ответов по шкале",
            "Monitoring methodology §7.5.3 — distribution of answers over the scale",
        ),
        pages=("quality/methodology.md",),
    )
