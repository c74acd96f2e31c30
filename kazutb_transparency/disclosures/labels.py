"""The vocabulary of the disclosures in kk, ru and en: levels, fields, kinds and statuses.

Shared by the pages, the open-data schemas and the compliance register, so that a value
is called the same everywhere.
"""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized


def _l(kk: str, ru: str, en: str) -> Localized:
    return Localized(kk=kk, ru=ru, en=en)


LEVEL: dict[str, Localized] = {
    "bachelor": _l("Бакалавриат", "Бакалавриат", "Bachelor's programmes"),
    "master": _l("Магистратура", "Магистратура", "Master's programmes"),
    "doctorate": _l("Докторантура", "Докторантура", "Doctoral programmes"),
}

# The level of one programme (LEVEL names the groups of the catalogue).
DEGREE_LEVEL: dict[str, Localized] = {
    "bachelor": _l("Бакалавриат (6B)", "Бакалавриат (6B)", "Bachelor's degree (6B)"),
    "master": _l("Магистратура (7M)", "Магистратура (7M)", "Master's degree (7M)"),
    "doctorate": _l("Докторантура (8D)", "Докторантура (8D)", "Doctoral degree, PhD (8D)"),
}

# Broad fields of education of the national classifier of training directions: the
# two digits after the level prefix of a programme code (6B04105 → 04).
FIELD: dict[str, Localized] = {
    "01": _l("Педагогикалық ғылымдар", "Педагогические науки", "Education"),
    "02": _l(
        "Өнер және гуманитарлық ғылымдар", "Искусство и гуманитарные науки", "Arts and humanities"
    ),
    "03": _l(
        "Әлеуметтік ғылымдар, журналистика және ақпарат",
        "Социальные науки, журналистика и информация",
        "Social sciences, journalism and information",
    ),
    "04": _l(
        "Бизнес, басқару және құқық", "Бизнес, управление и право", "Business, management and law"
    ),
    "05": _l(
        "Жаратылыстану ғылымдары, математика және статистика",
        "Естественные науки, математика и статистика",
        "Natural sciences, mathematics and statistics",
    ),
    "06": _l(
        "Ақпараттық-коммуникациялық технологиялар",
        "Информационно-коммуникационные технологии",
        "Information and communication technologies",
    ),
    "07": _l(
        "Инженерлік, өңдеу және құрылыс салалары",
        "Инженерные, обрабатывающие и строительные отрасли",
        "Engineering, manufacturing and construction",
    ),
    "08": _l(
        "Ауыл шаруашылығы және биоресурстар",
        "Сельское хозяйство и биоресурсы",
        "Agriculture and bioresources",
    ),
    "09": _l("Ветеринария", "Ветеринария", "Veterinary science"),
    "10": _l("Денсаулық сақтау", "Здравоохранение", "Health care"),
    "11": _l("Қызмет көрсету", "Услуги", "Services"),
    "12": _l(
        "Ұлттық қауіпсіздік және әскери іс",
        "Национальная безопасность и военное дело",
        "National security and military affairs",
    ),
}

LANGUAGE: dict[str, Localized] = {
    "kk": _l("қазақ тілі", "казахский", "Kazakh"),
    "ru": _l("орыс тілі", "русский", "Russian"),
    "en": _l("ағылшын тілі", "английский", "English"),
}

CYCLE: dict[str, Localized] = {
    "general": _l(
        "Жалпы білім беретін пәндер", "Общеобразовательные дисциплины", "General education"
    ),
    "basic": _l("Базалық пәндер", "Базовые дисциплины", "Basic disciplines"),
    "major": _l("Кәсіптендіру пәндері", "Профилирующие дисциплины", "Major disciplines"),
    "final": _l("Қорытынды аттестаттау", "Итоговая аттестация", "Final assessment"),
}

COMPONENT: dict[str, Localized] = {
    "compulsory": _l("міндетті компонент", "обязательный компонент", "compulsory"),
    "university": _l("ЖОО компоненті", "вузовский компонент", "university component"),
    "elective": _l("таңдау компоненті", "компонент по выбору", "elective"),
}

REGISTER: dict[str, Localized] = {
    "national": _l(
        "ҚР танылған аккредиттеу органдарының тізілімі",
        "Реестр признанных аккредитационных органов РК",
        "Kazakhstan's register of recognised accreditation bodies",
    ),
    "eqar": _l(
        "EQAR (Жоғары білім сапасын қамтамасыз етудің еуропалық тізілімі)",
        "EQAR (Европейский реестр обеспечения качества высшего образования)",
        "EQAR (European Quality Assurance Register for Higher Education)",
    ),
    "apqr": _l(
        "APQR (Азия-Тынық мұхиты сапа тізілімі)",
        "APQR (Азиатско-Тихоокеанский реестр качества)",
        "APQR (Asia-Pacific Quality Register)",
    ),
}

ACTIVITY: dict[str, Localized] = {
    "institutional": _l("институционалдық", "институциональная", "institutional"),
    "programme": _l("бағдарламалық", "программная", "programme"),
}

BASIS: dict[str, Localized] = {
    "obligatory": _l("міндетті", "обязательная", "obligatory"),
    "voluntary": _l("ерікті", "добровольная", "voluntary"),
}

DECISION: dict[str, Localized] = {
    "positive": _l("оң", "положительное", "positive"),
    "positive-with-conditions": _l(
        "шарттармен оң", "положительное с условиями", "positive with conditions"
    ),
    "negative": _l("теріс", "отрицательное", "negative"),
}

ACCREDITATION_STATUS: dict[str, Localized] = {
    "valid": _l("жарамды", "действует", "valid"),
    "expiring": _l(
        "мерзімі 180 күн ішінде аяқталады", "истекает в течение 180 дней", "expires within 180 days"
    ),
    "expired": _l("мерзімі өткен", "срок истёк", "expired"),
    "pending": _l("әлі күшіне енген жоқ", "ещё не вступила в силу", "not yet in force"),
    "none": _l(
        "аккредиттеу туралы мәлімет жоқ",
        "нет сведений об аккредитации",
        "no accreditation on record",
    ),
}

REGISTER_STATUS: dict[str, Localized] = {
    "complete": _l("толық", "полностью", "complete"),
    "incomplete": _l("толық емес", "не полностью", "incomplete"),
    "unverified": _l("расталмаған", "не подтверждено", "not confirmed"),
}

RESOURCE_CATEGORY: dict[str, Localized] = {
    "building": _l("Ғимараттар мен алаңдар", "Здания и площади", "Buildings and floor space"),
    "laboratory": _l("Зертханалар", "Лаборатории", "Laboratories"),
    "library": _l("Ғылыми кітапхана", "Научная библиотека", "Scientific library"),
    "e-resource": _l(
        "Студенттерге қолжетімді электрондық білім беру ресурстары",
        "Электронные образовательные ресурсы, доступные студентам",
        "Electronic educational resources available to students",
    ),
}

DOCUMENT_KIND: dict[str, Localized] = {
    "charter": _l("Жарғы", "Устав", "Charter"),
    "licence": _l(
        "Білім беру қызметіне лицензия",
        "Лицензия на образовательную деятельность",
        "Licence for educational activities",
    ),
    "licence-annex": _l("Лицензияға қосымша", "Приложение к лицензии", "Licence annex"),
    "accreditation-certificate": _l(
        "Аккредиттеу куәлігі", "Свидетельство об аккредитации", "Accreditation certificate"
    ),
    "certificate-annex": _l(
        "Аккредиттеу куәлігіне қосымша",
        "Приложение к свидетельству об аккредитации",
        "Annex to an accreditation certificate",
    ),
    "accreditation-report": _l(
        "Сыртқы сараптама комиссиясының есебі",
        "Отчёт внешней экспертной комиссии",
        "External review report",
    ),
    "methodological": _l("Әдістемелік құжат", "Методический документ", "Methodological document"),
    "quality": _l(
        "Сапа саясаты және СМЖ құжаты", "Политика и документ СМК", "Quality policy or QMS document"
    ),
    "development-programme": _l("Даму бағдарламасы", "Программа развития", "Development programme"),
    "report": _l(
        "Қызмет нәтижелері туралы жария есеп",
        "Публичный отчёт о результатах деятельности",
        "Public report on results",
    ),
    "goals-declaration": _l(
        "Мақсаттар мен міндеттердің жыл сайынғы жария декларациясы",
        "Ежегодная публичная декларация целей и задач",
        "Annual public declaration of goals and objectives",
    ),
}

# The fixed addresses of the disclosure pages (inside each language folder) and their titles;
# the register links to them and agencies and crawlers rely on them staying put.
PAGE_TITLE: dict[str, Localized] = {
    "about/index.md": _l("Университет туралы", "Об университете", "About the university"),
    "about/structure.md": _l(
        "Құрылымы және басқару", "Структура и управление", "Structure and governance"
    ),
    "about/forms-of-study.md": _l("Оқу нысандары", "Формы обучения", "Forms of study"),
    "about/documents.md": _l("Құжаттар", "Документы", "Documents"),
    "about/resources.md": _l("Ресурстар", "Ресурсы", "Resources"),
    "about/reports.md": _l("Есептер мен жоспарлар", "Отчёты и планы", "Reports and plans"),
    "programmes/index.md": _l(
        "Білім беру бағдарламалары", "Образовательные программы", "Educational programmes"
    ),
    "accreditation/index.md": _l("Аккредиттеу", "Аккредитация", "Accreditation"),
    "register/index.md": _l("Сәйкестік тізілімі", "Реестр соответствия", "Compliance register"),
}


# The three provenance states: the full meaning (legend, screen readers, tooltips) and the
# compact mark shown beside a value (a sign, so the state never rests on colour alone).
PROVENANCE: dict[str, dict[str, str]] = {
    "confirmed": {
        "kk": "университет құжатымен расталған",
        "ru": "подтверждено документом университета",
        "en": "confirmed by a document of the university",
    },
    "public-source": {
        "kk": "жария дереккөзден, мысалы университет сайтынан алынған, университет әлі растамаған",
        "ru": "из открытого источника, например с сайта университета; университетом ещё не "
        "подтверждено",
        "en": "from a public source such as the university's website, not yet confirmed by "
        "the university",
    },
    "placeholder": {
        "kk": "үлгі мән: беттің жұмысын көрсету үшін алынған, университеттің мәні емес",
        "ru": "образец: условное значение для показа страницы, не значение университета",
        "en": "placeholder: an illustration of how the page works, not the university's value",
    },
}
# What a screen reader says for a mark that is a sign alone.
PROVENANCE_SPOKEN: dict[str, dict[str, str]] = {
    "confirmed": {"kk": "расталған", "ru": "подтверждено", "en": "confirmed"},
}

PROVENANCE_MARK: dict[str, dict[str, str]] = {
    "confirmed": {"kk": "✓", "ru": "✓", "en": "✓"},
    "public-source": {
        "kk": "◇ жария дереккөз",
        "ru": "◇ открытый источник",
        "en": "◇ public source",
    },
    "placeholder": {"kk": "✱ үлгі", "ru": "✱ образец", "en": "✱ placeholder"},
}
