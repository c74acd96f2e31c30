"""Interface text of the survey pages, in kk, ru and en (always complete: written in code)."""

from __future__ import annotations

from kazutb_transparency.surveys.pages.loop_labels import LOOP_LABELS

L: dict[str, dict[str, str]] = {
    # --- shared --------------------------------------------------------------------------
    "demo_title": {
        "kk": "Демонстрациялық деректер",
        "ru": "Демонстрационные данные",
        "en": "Demonstration data",
    },
    "demo_text": {
        "kk": "Осы бөлімдегі сауалнама сандары, көрсеткіштері және түзету әрекеттері — "
        "синтетикалық демонстрациялық деректер, нақты сауалнама нәтижелері емес. Олар "
        "әдістеме мен беттердің қалай жұмыс істейтінін көрсету үшін жасалған. Университет "
        "оларды растамаған; дәйексөз ретінде пайдаланбаңыз.",
        "ru": "Цифры, показатели и корректирующие действия опросов в этом разделе — "
        "синтетические демонстрационные данные, а не реальные результаты опросов. Они "
        "созданы, чтобы показать, как работают методика и эти страницы. Университетом не "
        "подтверждены; не цитируйте их.",
        "en": "The survey figures, indicators and corrective actions in this section are "
        "synthetic demonstration data, not real survey results. They were generated to show "
        "how the methodology and these pages work. Not confirmed by the university; do not "
        "cite them.",
    },
    "unverified": {
        "kk": "Каталог әдістеменің §7.8 негізінде бейімделген; жауапты бөлімшелерді "
        "университет әлі растаған жоқ.",
        "ru": "Каталог адаптирован на основе §7.8 методики; ответственные подразделения "
        "университетом ещё не подтверждены.",
        "en": "The catalogue is adapted from §7.8 of the methodology; the responsible units "
        "are not yet confirmed by the university.",
    },
    "source": {"kk": "Дереккөз", "ru": "Источник", "en": "Source"},
    "university": {"kk": "Университет", "ru": "Университет", "en": "University"},
    "overall": {"kk": "Жалпы", "ru": "В целом", "en": "Overall"},
    "none": {"kk": "—", "ru": "—", "en": "—"},
    "secondary": {
        "kk": "кішірек топты есептеп шығаруға болмас үшін жасырылған",
        "ru": "скрыто, чтобы нельзя было вычислить меньшую группу",
        "en": "hidden so that a smaller group cannot be worked out",
    },
    "low-response-rate": {
        "kk": "жауап бергендер үлесі 30 %-дан төмен",
        "ru": "доля ответивших ниже 30 %",
        "en": "response rate below 30%",
    },
    "see_methodology": {
        "kk": "Есептеу тәсілі мен жасыру ережелері",
        "ru": "Как рассчитаны показатели и правила скрытия",
        "en": "How the figures are computed and hidden",
    },
    # --- column heads ----------------------------------------------------------------------
    "survey": {"kk": "Сауалнама", "ru": "Опрос", "en": "Survey"},
    "wave": {"kk": "Толқын", "ru": "Волна", "en": "Wave"},
    "satisfaction": {"kk": "Қанағаттану", "ru": "Удовлетворённость", "en": "Satisfaction"},
    "target_threshold": {"kk": "Мақсат / шек", "ru": "Цель / порог", "en": "Target / threshold"},
    "target": {"kk": "Мақсат", "ru": "Цель", "en": "Target"},
    "threshold": {"kk": "Шек", "ru": "Порог", "en": "Threshold"},
    "status": {"kk": "Күйі", "ru": "Статус", "en": "Status"},
    "trend": {"kk": "Динамика", "ru": "Динамика", "en": "Trend"},
    "response_rate": {
        "kk": "Жауап бергендер үлесі",
        "ru": "Доля ответивших",
        "en": "Response rate",
    },
    "respondents": {"kk": "Респонденттер", "ru": "Респонденты", "en": "Respondents"},
    "invited": {"kk": "Шақырылғандар", "ru": "Приглашены", "en": "Invited"},
    "valid": {"kk": "Жарамды жауаптар", "ru": "Валидные ответы", "en": "Valid answers"},
    "ci": {
        "kk": "95 % сенімділік аралығы",
        "ru": "95 % доверительный интервал",
        "en": "95% confidence interval",
    },
    "unit": {"kk": "Бөлімше", "ru": "Подразделение", "en": "Unit"},
    "flags": {"kk": "Белгілер", "ru": "Отметки", "en": "Flags"},
    "block": {"kk": "Блок", "ru": "Блок", "en": "Block"},
    "question": {"kk": "Сұрақ", "ru": "Вопрос", "en": "Question"},
    "scale": {"kk": "Шкала", "ru": "Шкала", "en": "Scale"},
    "points": {"kk": "балдық", "ru": "-балльная", "en": "-point"},
    "reversed": {"kk": "кері кодталады", "ru": "обратное кодирование", "en": "reverse-coded"},
    "number": {"kk": "№", "ru": "№", "en": "No."},
    "target_group": {"kk": "Нысаналы топ", "ru": "Целевая группа", "en": "Target group"},
    "periodicity": {"kk": "Кезеңділігі", "ru": "Периодичность", "en": "Periodicity"},
    "timing": {"kk": "Өткізу мерзімі", "ru": "Сроки проведения", "en": "Timing"},
    "responsible": {
        "kk": "Жауапты бөлімшелер",
        "ru": "Ответственные подразделения",
        "en": "Responsible units",
    },
    "waves_published": {
        "kk": "Жарияланған толқындар",
        "ru": "Опубликованные волны",
        "en": "Published waves",
    },
    # --- statuses and trends ---------------------------------------------------------------
    "on-target": {"kk": "мақсатқа жетті", "ru": "цель достигнута", "en": "on target"},
    "below-target": {"kk": "мақсаттан төмен", "ru": "ниже цели", "en": "below target"},
    "below-threshold": {
        "kk": "шектен төмен: түзету әрекеті қажет",
        "ru": "ниже порога: нужно корректирующее действие",
        "en": "below threshold: corrective action due",
    },
    "up": {"kk": "өсті", "ru": "вырос", "en": "rose"},
    "down": {"kk": "төмендеді", "ru": "снизился", "en": "fell"},
    "flat": {
        "kk": "елеулі өзгеріс жоқ",
        "ru": "без заметных изменений",
        "en": "no notable change",
    },
    "since": {
        "kk": "{wave} толқынымен салыстырғанда",
        "ru": "по сравнению с волной {wave}",
        "en": "compared with wave {wave}",
    },
    # --- overview --------------------------------------------------------------------------
    "overview_title": {
        "kk": "Сапа көрсеткіштері: сауалнама нәтижелері",
        "ru": "Показатели качества: результаты опросов",
        "en": "Quality indicators: survey results",
    },
    "overview_intro": {
        "kk": "Әр сауалнаманың соңғы толқынындағы университет бойынша қанағаттану деңгейі "
        "(оң жауаптардың үлесі) мақсатты мәнмен және шекпен салыстырылады. Көрсеткі алдыңғы "
        "толқынмен салыстырғандағы өзгерісті көрсетеді.",
        "ru": "Уровень удовлетворённости (доля положительных ответов) по университету в "
        "последней волне каждого опроса в сравнении с целевым значением и порогом. Стрелка "
        "показывает изменение по сравнению с предыдущей волной.",
        "en": "The university-wide satisfaction (share of positive answers) in each survey's "
        "latest wave, against its target and threshold. The arrow shows the change since "
        "the previous wave.",
    },
    "overview_caption": {
        "kk": "Сауалнамалар бойынша соңғы нәтижелер",
        "ru": "Последние результаты по опросам",
        "en": "Latest results by survey",
    },
    "more": {
        "kk": "Толығырақ: [сауалнамалар каталогы](surveys.md), [әдістеме](methodology.md), "
        "[түзету әрекеттері](actions.md).",
        "ru": "Подробнее: [каталог опросов](surveys.md), [методика](methodology.md), "
        "[корректирующие действия](actions.md).",
        "en": "More: [survey catalogue](surveys.md), [methodology](methodology.md), "
        "[corrective actions](actions.md).",
    },
    # --- catalogue -------------------------------------------------------------------------
    "catalogue_title": {
        "kk": "Сауалнамалар каталогы",
        "ru": "Каталог опросов",
        "en": "Survey catalogue",
    },
    "catalogue_caption": {
        "kk": "Сауалнамалар каталогы",
        "ru": "Каталог опросов",
        "en": "Survey catalogue",
    },
    # --- survey page -----------------------------------------------------------------------
    "latest": {"kk": "Соңғы нәтижелер", "ru": "Последние результаты", "en": "Latest results"},
    "trend_heading": {
        "kk": "Толқындар бойынша динамика",
        "ru": "Динамика по волнам",
        "en": "Trend over waves",
    },
    "blocks_heading": {
        "kk": "Блоктар мен сұрақтар",
        "ru": "Блоки и вопросы",
        "en": "Blocks and questions",
    },
    "earlier": {"kk": "Бұрынғы толқын", "ru": "Предыдущая волна", "en": "Earlier wave"},
    "chart_data": {"kk": "Диаграмма деректері", "ru": "Данные диаграммы", "en": "Chart data"},
    "download": {"kk": "Жүктеп алу", "ru": "Скачать", "en": "Download"},
    "svg": {"kk": "SVG сурет", "ru": "изображение SVG", "en": "SVG image"},
    "vl_json": {
        "kk": "диаграмманың деректері мен сипаттамасы (JSON)",
        "ru": "данные и описание диаграммы (JSON)",
        "en": "chart data and description (JSON)",
    },
    "chart_title": {
        "kk": "{survey}: университет бойынша оң жауаптар үлесі",
        "ru": "{survey}: доля положительных ответов по университету",
        "en": "{survey}: share of positive answers, university",
    },
    "share_axis": {
        "kk": "Оң жауаптар үлесі",
        "ru": "Доля положительных ответов",
        "en": "Share of positive answers",
    },
    "series": {"kk": "Көрсеткіш", "ru": "Показатель", "en": "Indicator"},
    "chart_desc": {
        "kk": "Сызықтық диаграмма: {first}–{last} толқындарындағы университет бойынша оң "
        "жауаптардың үлесі, жалпы және блоктар бойынша. Жалпы көрсеткіш: {start} → {end}. "
        "Мақсат {target}, шек {threshold}. Жарияланбаған мәндер диаграммада көрсетілмейді. "
        "Барлық сандар төмендегі кестеде.",
        "ru": "Линейная диаграмма: доля положительных ответов по университету в волнах "
        "{first}–{last}, в целом и по блокам. В целом: {start} → {end}. Цель {target}, порог "
        "{threshold}. Неопубликованные значения на диаграмме не показаны. Все числа — в "
        "таблице ниже.",
        "en": "Line chart: share of positive answers at university level in waves "
        "{first}–{last}, overall and by block. Overall: {start} → {end}. Target {target}, "
        "threshold {threshold}. Values that are not published are left out. All numbers are "
        "in the table below.",
    },
    "no_data": {
        "kk": "Жарияланған деректер әлі жоқ.",
        "ru": "Опубликованных данных пока нет.",
        "en": "No published data yet.",
    },
    "units_intro": {
        "kk": "Респонденттері аз топтардың нәтижелері жарияланбайды; кейбір басқа топтар "
        "да жасырылады, әйтпесе оларды жалпы сомадан шегеру арқылы есептеп шығаруға болар "
        "еді. Жасырылған ұяшық ешқашан нөл ретінде көрсетілмейді.",
        "ru": "Результаты групп с малым числом респондентов не публикуются; некоторые другие "
        "группы тоже скрыты, иначе их можно было бы вычислить вычитанием из общего итога. "
        "Скрытая ячейка никогда не показывается как ноль.",
        "en": "Results of groups with few respondents are not published; some other groups "
        "are hidden too, because otherwise they could be worked out by subtraction from the "
        "total. A hidden cell is never shown as zero.",
    },
    "faculties_heading": {
        "kk": "Факультеттер бойынша",
        "ru": "По факультетам",
        "en": "By faculty",
    },
    "faculties_caption": {
        "kk": "{wave} толқыны: университет және факультеттер",
        "ru": "Волна {wave}: университет и факультеты",
        "en": "Wave {wave}: university and faculties",
    },
    "faculty_pages": {
        "kk": "Әр факультеттің бағдарламалары бойынша нәтижелер жеке бетте берілген: "
        "кестедегі факультет атауын басыңыз.",
        "ru": "Результаты по программам каждого факультета — на отдельной странице: "
        "перейдите по названию факультета в таблице.",
        "en": "Results by programme are on a separate page for each faculty: follow the "
        "faculty's name in the table.",
    },
    "faculty_title": {
        "kk": "{survey}: {faculty}",
        "ru": "{survey}: {faculty}",
        "en": "{survey}: {faculty}",
    },
    "back_to_survey": {
        "kk": "Сауалнама бетіне оралу: {survey}",
        "ru": "Назад к странице опроса: {survey}",
        "en": "Back to the survey page: {survey}",
    },
    "programmes_heading": {
        "kk": "Бағдарламалар бойынша, соңғы толқын ({wave})",
        "ru": "По программам, последняя волна ({wave})",
        "en": "By programme, latest wave ({wave})",
    },
    "programmes_caption": {
        "kk": "{wave} толқыны: {faculty} және оның бағдарламалары",
        "ru": "Волна {wave}: {faculty} и программы факультета",
        "en": "Wave {wave}: {faculty} and its programmes",
    },
    "no_latest": {
        "kk": "Бұл факультет бойынша соңғы толқында ({wave}) жарияланған деректер жоқ.",
        "ru": "По этому факультету в последней волне ({wave}) опубликованных данных нет.",
        "en": "There are no published figures for this faculty in the latest wave ({wave}).",
    },
    "earlier_opendata": {
        "kk": "Бұрынғы толқындардың факультеттер мен бағдарламалар бойынша нәтижелері "
        "survey-indicators ашық деректер жиынтығында берілген.",
        "ru": "Результаты по факультетам и программам за предыдущие волны — в наборе "
        "открытых данных survey-indicators.",
        "en": "Results by faculty and programme for earlier waves are in the open data set "
        "survey-indicators.",
    },
    "no_units": {
        "kk": "Бұл сауалнама факультеттер мен бағдарламалар бойынша бөлінбейді.",
        "ru": "Этот опрос не разбивается по факультетам и программам.",
        "en": "This survey is not broken down by faculty or programme.",
    },
    "blocks_caption": {
        "kk": "{wave} толқыны: университет бойынша блоктар мен сұрақтар",
        "ru": "Волна {wave}: блоки и вопросы по университету",
        "en": "Wave {wave}: blocks and questions, university",
    },
    "survey_actions": {
        "kk": "Осы сауалнама бойынша түзету және алдын алу әрекеттері",
        "ru": "Корректирующие и предупреждающие действия по этому опросу",
        "en": "Corrective and preventive actions for this survey",
    },
    "no_actions": {
        "kk": "Тіркелген әрекеттер жоқ.",
        "ru": "Зарегистрированных действий нет.",
        "en": "No actions recorded.",
    },
    "headline": {
        "kk": "{wave} толқынында университет бойынша оң жауаптардың үлесі — **{value}** "
        "(95 % сенімділік аралығы: {ci}); {respondents} респондент, жауап бергендер үлесі "
        "{rate}.",
        "ru": "В волне {wave} доля положительных ответов по университету — **{value}** "
        "(95 % доверительный интервал: {ci}); респондентов: {respondents}, доля ответивших "
        "{rate}.",
        "en": "In wave {wave}, the share of positive answers across the university is "
        "**{value}** (95% confidence interval: {ci}); {respondents} respondents, response "
        "rate {rate}.",
    },
    "faculty_catalogue": {
        "kk": "Факультеттің бағдарламалары каталогта",
        "ru": "Программы факультета в каталоге",
        "en": "The faculty's programmes in the catalogue",
    },
    "unit_results_title": {
        "kk": "Сауалнама нәтижелері",
        "ru": "Результаты опросов",
        "en": "Survey results",
    },
    "unit_demo": {
        "kk": "Демонстрациялық деректер: университет әлі растамаған; дәйексөз ретінде "
        "пайдаланбаңыз.",
        "ru": "Демонстрационные данные: университетом ещё не подтверждены; не цитируйте их.",
        "en": "Demonstration data: not yet confirmed by the university; do not cite.",
    },
    "unit_headline": {
        "kk": "{survey}, {wave} толқыны: оң жауаптардың үлесі — <strong>{value}</strong> "
        "(95 % сенімділік аралығы: {ci}); респонденттер: {respondents}.",
        "ru": "{survey}, волна {wave}: доля положительных ответов — <strong>{value}</strong> "
        "(95 % доверительный интервал: {ci}); респондентов: {respondents}.",
        "en": "{survey}, wave {wave}: the share of positive answers is "
        "<strong>{value}</strong> (95% confidence interval: {ci}); {respondents} "
        "respondents.",
    },
    "unit_headline_hidden": {
        "kk": "{survey}, {wave} толқыны: бұл топтың нәтижесі жарияланбайды —",
        "ru": "{survey}, волна {wave}: результат этой группы не публикуется —",
        "en": "{survey}, wave {wave}: this group's result is not published —",
    },
    "unit_trend": {
        "kk": "Толқындар бойынша",
        "ru": "По волнам",
        "en": "By wave",
    },
    "unit_respondents": {
        "kk": "респонденттер: {n}",
        "ru": "респондентов: {n}",
        "en": "{n} respondents",
    },
    "unit_no_headline": {
        "kk": "Бұл бөлім бойынша студенттердің қанағаттануының жарияланған нәтижесі жоқ.",
        "ru": "Опубликованных результатов удовлетворённости студентов по этому подразделению нет.",
        "en": "No student-satisfaction results are published for this unit.",
    },
    "unit_others": {
        "kk": "Басқа сауалнамалар, соңғы толқын (оң жауаптардың үлесі)",
        "ru": "Другие опросы, последняя волна (доля положительных ответов)",
        "en": "Other surveys, latest wave (share of positive answers)",
    },
    "unit_all_results": {
        "kk": "Барлық сауалнама нәтижелері",
        "ru": "Все результаты опросов",
        "en": "All survey results",
    },
    "headline_hidden": {
        "kk": "{wave} толқынында университет бойынша нәтиже жарияланбайды: {reason}.",
        "ru": "В волне {wave} результат по университету не публикуется: {reason}.",
        "en": "In wave {wave}, the university result is not published: {reason}.",
    },
    "against_target": {
        "kk": "Мақсат — {target}, шек — {threshold}: {status}.",
        "ru": "Цель — {target}, порог — {threshold}: {status}.",
        "en": "Target {target}, threshold {threshold}: {status}.",
    },
    # --- actions ---------------------------------------------------------------------------
    "actions_title": {
        "kk": "Кері байланыс циклін тұйықтау: түзету әрекеттері",
        "ru": "Замыкание цикла обратной связи: корректирующие действия",
        "en": "Closing the loop: corrective actions",
    },
    "actions_intro": {
        "kk": "Көрсеткіш шектен төмен түссе немесе белгіленсе, тиісті деңгейде түзету немесе "
        "алдын алу әрекеті (CAPA) қабылданады, оның орындалуы ай сайын бақыланады, ал "
        "тиімділігі мерзімінен 6–12 ай өткен соң бағаланады (әдістеме, §7.5.5).",
        "ru": "Если показатель опускается ниже порога или отмечен, на соответствующем уровне "
        "принимается корректирующее или предупреждающее действие (CAPA); его выполнение "
        "контролируется ежемесячно, а эффективность оценивается через 6–12 месяцев после "
        "срока (методика, §7.5.5).",
        "en": "When an indicator falls below its threshold or is flagged, a corrective or "
        "preventive action (CAPA) is taken at the right level; its progress is monitored "
        "monthly and its effectiveness is judged 6–12 months after its due date "
        "(methodology, §7.5.5).",
    },
    "actions_caption": {
        "kk": "Түзету және алдын алу әрекеттері",
        "ru": "Корректирующие и предупреждающие действия",
        "en": "Corrective and preventive actions",
    },
    "action": {"kk": "Әрекет", "ru": "Действие", "en": "Action"},
    "kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "corrective": {"kk": "түзету", "ru": "корректирующее", "en": "corrective"},
    "preventive": {"kk": "алдын алу", "ru": "предупреждающее", "en": "preventive"},
    "indicator": {"kk": "Көрсеткіш", "ru": "Показатель", "en": "Indicator"},
    "responsible_one": {"kk": "Жауапты", "ru": "Ответственный", "en": "Responsible"},
    "due": {"kk": "Мерзімі", "ru": "Срок", "en": "Due"},
    "review": {
        "kk": "Тиімділікті бағалау",
        "ru": "Оценка эффективности",
        "en": "Effectiveness review",
    },
    "planned": {"kk": "жоспарланған", "ru": "запланировано", "en": "planned"},
    "in-progress": {"kk": "орындалуда", "ru": "выполняется", "en": "in progress"},
    "done": {
        "kk": "орындалды, тиімділігі бағаланады",
        "ru": "выполнено, эффективность оценивается",
        "en": "done, effectiveness being assessed",
    },
    "effective": {"kk": "тиімді", "ru": "эффективно", "en": "effective"},
    "not-effective": {"kk": "тиімсіз", "ru": "неэффективно", "en": "not effective"},
    "open_heading": {
        "kk": "Әрекеті тіркелмеген көрсеткіштер",
        "ru": "Показатели без зарегистрированного действия",
        "en": "Indicators with no recorded action",
    },
    "open_intro": {
        "kk": "Соңғы толқында шектен төмен түскен немесе белгіленген, бірақ әлі әрекетпен "
        "байланыстырылмаған университет және факультет деңгейіндегі көрсеткіштер.",
        "ru": "Показатели уровня университета и факультетов в последней волне, которые ниже "
        "порога или отмечены, но ещё не связаны с действием.",
        "en": "University- and faculty-level indicators of the latest wave that are below "
        "their threshold or flagged but not yet linked to an action.",
    },
    "open_caption": {
        "kk": "Әрекет күтіп тұрған көрсеткіштер",
        "ru": "Показатели, ожидающие действия",
        "en": "Indicators awaiting action",
    },
    "open_none": {
        "kk": "Мұндай көрсеткіштер жоқ.",
        "ru": "Таких показателей нет.",
        "en": "There are none.",
    },
    # --- distribution of answers -----------------------------------------------------------
    "dist_heading": {
        "kk": "Жауаптардың шкала бойынша бөлінуі, {wave}",
        "ru": "Распределение ответов по шкале, {wave}",
        "en": "Distribution of answers over the scale, {wave}",
    },
    "dist_intro": {
        "kk": "Әр жолақ бір сұраққа университет бойынша берілген жарамды жауаптардың шкала "
        "балдары бойынша қалай бөлінгенін көрсетеді, кері кодтаудан кейін: ең жоғары балл — "
        "ең жағымды баға. Үлестер шағын топтарды жасыратын қадаммен дөңгелектенген "
        "(әдістемені қараңыз); жауаптары тым аз сұрақтар көрсетілмейді.",
        "ru": "Каждая полоса показывает, как содержательные ответы по университету на один вопрос "
        "распределились по баллам шкалы, после обратного кодирования: высший балл — самая "
        "благоприятная оценка. Доли округлены с шагом, скрывающим малые группы (см. "
        "методику); вопросы со слишком малым числом ответов не показаны.",
        "en": "Each bar shows how the university's valid answers to one question spread over "
        "the points of its scale, after reverse coding: the highest point is the most "
        "favourable. Shares are rounded in steps that hide small groups (see the "
        "methodology); questions with too few answers are not shown.",
    },
    "dist_none": {
        "kk": "Бұл толқында бөлінуді көрсетуге жауаптары жеткілікті сұрақ жоқ.",
        "ru": "В этой волне нет вопроса с достаточным для распределения числом ответов.",
        "en": "No question of this wave has enough answers to show a distribution.",
    },
    "dist_title": {
        "kk": "{survey}: жауаптардың бөлінуі, университет, {wave}",
        "ru": "{survey}: распределение ответов, университет, {wave}",
        "en": "{survey}: distribution of answers, university, {wave}",
    },
    "dist_desc": {
        "kk": "Жинақталған көлденең жолақты диаграмма: {count} сұрақтың әрқайсысы бойынша "
        "жарамды жауаптардың шкала балдарына келетін үлестері. Сұрақтар кодымен "
        "белгіленген; олардың мәтіні мен барлық сандар төмендегі кестеде.",
        "ru": "Горизонтальная диаграмма с накоплением: для каждого из {count} вопросов доли "
        "содержательных ответов по баллам шкалы. Вопросы обозначены кодами; их тексты и все "
        "числа — в таблице ниже.",
        "en": "Stacked horizontal bar chart: for each of {count} questions, the shares of "
        "valid answers at the points of its scale. Questions are marked by their codes; "
        "their texts and all numbers are in the table below.",
    },
    "dist_axis": {
        "kk": "Жарамды жауаптар үлесі",
        "ru": "Доля содержательных ответов",
        "en": "Share of valid answers",
    },
    "dist_point": {"kk": "Балл", "ru": "Балл", "en": "Point"},
    "dist_step": {"kk": "Қадам", "ru": "Шаг", "en": "Step"},
}
L |= LOOP_LABELS

# Kazakh ablative ending after a number written in digits ("10-нан", "5-тен", "20-дан"):
# it follows the last word of the number read aloud.
_KK_UNITS = {
    1: "ден",
    2: "ден",
    3: "тен",
    4: "тен",
    5: "тен",
    6: "дан",
    7: "ден",
    8: "ден",
    9: "дан",
}
_KK_TENS = {
    1: "нан",
    2: "дан",
    3: "дан",
    4: "тан",
    5: "ден",
    6: "тан",
    7: "тен",
    8: "нен",
    9: "нан",
}


def kk_ablative(number: int) -> str:
    if number % 10:
        return _KK_UNITS[number % 10]
    if number % 100:
        return _KK_TENS[(number // 10) % 10]
    return "ден"  # жүз, мың


def fewer_than(min_n: int, lang: str) -> str:
    """What a primary-suppressed cell says, with the minimum actually used."""
    if lang == "kk":
        return f"респонденттер {min_n}-{kk_ablative(min_n)} аз"
    if lang == "ru":
        return f"респондентов меньше {min_n}"
    return f"fewer than {min_n} respondents"
