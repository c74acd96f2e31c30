"""Interface text for closing the loop (§7.5.5: overdue actions, review windows), the years
of data behind each survey's dynamics (§7.5.3) and the source of the catalogue's timings.
Merged into `labels.L`; the counted phrases need plural forms, built here."""

from __future__ import annotations

LOOP_LABELS: dict[str, dict[str, str]] = {
    # --- catalogue ---------------------------------------------------------------------------
    "catalogue_intro_verified": {
        "kk": "Университет жүргізетін сауалнамалар: кім қатысады, қаншалықты жиі, қашан және "
        "оған кім жауап береді (мониторинг және кері байланыс әдістемесі, §7.8).",
        "ru": "Опросы, которые проводит университет: кто участвует, как часто, когда и кто за "
        "них отвечает (методика мониторинга и обратной связи, §7.8).",
        "en": "The surveys the university runs: who takes part, how often, when, and who is "
        "responsible (monitoring and feedback methodology, §7.8).",
    },
    "catalogue_intro_unverified": {
        "kk": "Мониторинг және кері байланыс әдістемесінің §7.8 тармағында аталған "
        "сауалнамалар (басқа ЖОО-ның ережесі, осы университетке бейімделген): кім қатысады, "
        "қаншалықты жиі, қашан және оған кім жауап береді. Университет оларды осылай "
        "жүргізетінін әлі растаған жоқ.",
        "ru": "Опросы, перечисленные в §7.8 методики мониторинга и обратной связи (положение "
        "другого вуза, адаптированное к этому университету): кто участвует, как часто, когда "
        "и кто за них отвечает. Университет ещё не подтвердил, что проводит их именно так.",
        "en": "The surveys listed in §7.8 of the monitoring and feedback methodology (another "
        "university's regulation, adapted to this one): who takes part, how often, when, and "
        "who is responsible. The university has not yet confirmed that it runs them this way.",
    },
    "timing_regulation": {"kk": "§7.8 бойынша", "ru": "по §7.8", "en": "as in §7.8"},
    "timing_to_confirm": {
        "kk": "университет растауы керек; §7.8-де:",
        "ru": "требует подтверждения университетом; в §7.8:",
        "en": "to be confirmed by the university; §7.8 says:",
    },
    # --- dynamics over the years (§7.5.3) ---------------------------------------------------
    "years_covered": {
        "kk": "Деректер {years} қамтиды ({first} – {last}, {waves}).",
        "ru": "Данные охватывают {years} ({first} – {last}, {waves}).",
        "en": "The data cover {years} ({first} – {last}, {waves}).",
    },
    "years_enough": {
        "kk": "Төмендегі график пен кесте барлық толқындағы динамиканы көрсетеді (әдістеме, "
        "§7.5.3).",
        "ru": "График и таблица ниже показывают динамику по всем волнам (методика, §7.5.3).",
        "en": "The chart and table below show the dynamics over all waves (methodology, §7.5.3).",
    },
    "years_short": {
        "kk": "Әдістеме (§7.5.3) кемінде үш жылдағы динамиканы талап етеді: деректер жиналған "
        "сайын ол толығырақ көрсетіледі.",
        "ru": "Методика (§7.5.3) требует динамики не менее чем за три года: она будет "
        "показана полнее по мере накопления данных.",
        "en": "The methodology (§7.5.3) asks for dynamics over at least three years: they will "
        "be shown in full as data accumulate.",
    },
    "dynamics_heading": {
        "kk": "Динамика: әр сауалнаманың деректер жылдары",
        "ru": "Динамика: годы данных по каждому опросу",
        "en": "Dynamics: years of data per survey",
    },
    "dynamics_intro": {
        "kk": "Әдістеме (§7.5.3) деректер бар жерде кемінде үш жылдағы динамиканы көрсетуді "
        "талап етеді. Жыл — кемінде бір толқыны жарияланған күнтізбелік жыл; әр "
        "сауалнаманың динамикасы оның бетінде берілген.",
        "ru": "Методика (§7.5.3) требует показывать динамику не менее чем за три года, где "
        "есть данные. Год — календарный год, в котором опубликована хотя бы одна волна; "
        "динамика каждого опроса показана на его странице.",
        "en": "The methodology (§7.5.3) asks for dynamics over at least three years where the "
        "data exist. A year is a calendar year with at least one published wave; each "
        "survey's page shows its dynamics.",
    },
    "years_col": {"kk": "Жылдар", "ru": "Число лет", "en": "Years"},
    "period": {"kk": "Кезең", "ru": "Период", "en": "Period"},
    "waves_col": {"kk": "Толқындар", "ru": "Волны", "en": "Waves"},
    "three_years": {
        "kk": "Үш жылдық динамика",
        "ru": "Динамика за три года",
        "en": "Three-year dynamics",
    },
    "yes": {"kk": "бар", "ru": "есть", "en": "yes"},
    "not_yet": {"kk": "әлі жоқ", "ru": "пока нет", "en": "not yet"},
    # --- actions -----------------------------------------------------------------------------
    "as_of_data": {
        "kk": "Әрекеттердің күйі {date} жағдайы бойынша (соңғы тексерілген күн).",
        "ru": "Статусы по состоянию на {date} (дата последней проверки).",
        "en": "Statuses as of {date}, the day they were last checked.",
    },
    "as_of_build": {
        "kk": "Әрекеттердің күйі сайт жарияланған күн, {date}, жағдайы бойынша: тексерілген "
        "күні көрсетілмеген.",
        "ru": "Статусы по состоянию на {date} — день сборки сайта: дата проверки в данных не "
        "указана.",
        "en": "Statuses as of {date}, the day this site was built: the data do not say when "
        "they were last checked.",
    },
    "overdue": {"kk": "мерзімі өткен", "ru": "просрочено", "en": "overdue"},
    "overdue_count": {
        "kk": "Мерзімі өткен әрекеттер: {count}.",
        "ru": "Просроченных действий: {count}.",
        "en": "Overdue actions: {count}.",
    },
    "review_window": {
        "kk": "{first} – {last} аралығында",
        "ru": "с {first} по {last}",
        "en": "between {first} and {last}",
    },
    "review_rule": {
        "kk": "Тиімділік мерзімнен 6–12 ай өткен соң бағаланады; әлі бағаланбаған әрекеттің "
        "бағалау кезеңі көрсетілген.",
        "ru": "Эффективность оценивается через 6–12 месяцев после срока; для ещё не "
        "оценённых действий указан период оценки.",
        "en": "Effectiveness is judged 6–12 months after the due date; for actions not yet "
        "judged, the period of the review is shown.",
    },
}


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def years_count(n: int, lang: str) -> str:
    """ "3 years" as the object of "the data cover …" in each language."""
    if lang == "kk":
        return f"{n} жылды"
    if lang == "ru":
        return f"{n} {_ru_plural(n, 'год', 'года', 'лет')}"
    return f"{n} year" if n == 1 else f"{n} years"


def waves_count(n: int, lang: str) -> str:
    if lang == "kk":
        return f"{n} толқын"
    if lang == "ru":
        return f"{n} {_ru_plural(n, 'волна', 'волны', 'волн')}"
    return f"{n} wave" if n == 1 else f"{n} waves"
