"""Interface text of the process pages and datasets, in kk, ru and en (written in code)."""

from __future__ import annotations

from kazutb_transparency.core.i18n import Localized

L: dict[str, dict[str, str]] = {
    "registry": {"kk": "Процестер тізілімі", "ru": "Реестр процессов", "en": "Process registry"},
    "registry_intro": {
        "kk": "Сапа менеджменті жүйесінің 22 процесі, санаттар бойынша топтастырылған. "
        "Әр процестің толық картасы жеке бетте берілген.",
        "ru": "22 процесса системы менеджмента качества, сгруппированные по категориям. "
        "Полная карта каждого процесса — на отдельной странице.",
        "en": "The 22 processes of the quality management system, grouped by category. "
        "Each process has its full card on its own page.",
    },
    "management": {
        "kk": "Басқару процестері",
        "ru": "Процессы управления",
        "en": "Management processes",
    },
    "core": {"kk": "Негізгі процестер", "ru": "Основные процессы", "en": "Core processes"},
    "support": {
        "kk": "Қолдаушы процестер",
        "ru": "Поддерживающие процессы",
        "en": "Support processes",
    },
    "number": {"kk": "№", "ru": "№", "en": "No."},
    "title": {"kk": "Атауы", "ru": "Название", "en": "Title"},
    "code": {
        "kk": "Сәйкестендіру нөмірі",
        "ru": "Идентификационный номер",
        "en": "Identification number",
    },
    "title_line_code": {
        "kk": "Карта тақырыбындағы код",
        "ru": "Код в заголовке карты",
        "en": "Code in the card's title line",
    },
    "owner": {"kk": "Процесс иесі", "ru": "Владелец процесса", "en": "Process owner"},
    "manager": {"kk": "Процесс менеджері", "ru": "Менеджер процесса", "en": "Process manager"},
    "clauses": {"kk": "ISO 9001 тармақтары", "ru": "Пункты ISO 9001", "en": "ISO 9001 clauses"},
    "category": {"kk": "Санаты", "ru": "Категория", "en": "Category"},
    "participants": {
        "kk": "Процеске қатысушылар",
        "ru": "Участники процесса",
        "en": "Process participants",
    },
    "key_indicators": {
        "kk": "Негізгі көрсеткіштер",
        "ru": "Ключевые показатели",
        "en": "Key indicators",
    },
    "goal": {"kk": "Процестің мақсаты", "ru": "Цель процесса", "en": "Process goal"},
    "inputs": {"kk": "Процесс кірістері", "ru": "Входы процесса", "en": "Process inputs"},
    "outputs": {"kk": "Процесс нәтижелері", "ru": "Выходы процесса", "en": "Process outputs"},
    "suppliers": {
        "kk": "Жеткізуші процестер",
        "ru": "Процессы-поставщики",
        "en": "Supplier processes",
    },
    "customers": {
        "kk": "Тұтынушы процестер",
        "ru": "Процессы-потребители",
        "en": "Customer processes",
    },
    "resources": {"kk": "Ресурстар", "ru": "Ресурсы", "en": "Resources"},
    "evaluation_indicators": {
        "kk": "Бағалау көрсеткіштері",
        "ru": "Показатели оценки",
        "en": "Evaluation indicators",
    },
    "risks": {"kk": "Тәуекелдер", "ru": "Риски", "en": "Risks"},
    "documented_information": {
        "kk": "Құжатталған ақпарат",
        "ru": "Документированная информация",
        "en": "Documented information",
    },
    "content": {"kk": "Процестің мазмұны", "ru": "Содержание процесса", "en": "Process content"},
    "source": {"kk": "Дереккөз", "ru": "Источник", "en": "Source"},
    "version": {"kk": "нұсқа", "ru": "версия", "en": "version"},
    "approved": {"kk": "бекіткен", "ru": "утверждено", "en": "approved by"},
    "see_process": {"kk": "процесс", "ru": "процесс", "en": "process"},
    "back": {"kk": "Барлық процестер", "ru": "Все процессы", "en": "All processes"},
    "by_unit": {
        "kk": "Жауаптылар бойынша процестер",
        "ru": "Процессы по ответственным",
        "en": "Processes by responsible unit",
    },
    "by_unit_intro": {
        "kk": "Кім неге жауапты: әр лауазым мен бөлімше иесі немесе менеджері болып табылатын "
        "процестер.",
        "ru": "Кто за что отвечает: процессы, владельцем или менеджером которых является каждая "
        "должность и подразделение.",
        "en": "Who is responsible for what: the processes each role and unit owns or manages.",
    },
    "as_owner": {"kk": "Иесі ретінде", "ru": "Как владелец", "en": "As owner"},
    "as_manager": {"kk": "Менеджері ретінде", "ru": "Как менеджер", "en": "As manager"},
    "by_clause": {
        "kk": "ISO 9001 тармақтары бойынша процестер",
        "ru": "Процессы по пунктам ISO 9001",
        "en": "Processes by ISO 9001 clause",
    },
    "by_clause_intro": {
        "kk": "ISO 9001:2015 стандартының әр тармағын қандай процестер қамтиды (тармақтар "
        "процестің сәйкестендіру нөмірінен алынған).",
        "ru": "Какие процессы охватывают каждый пункт ISO 9001:2015 (пункты взяты из "
        "идентификационного номера процесса).",
        "en": "Which processes address each clause of ISO 9001:2015 (the clauses are read "
        "from each process's identification number).",
    },
    "clause": {"kk": "Тармақ", "ru": "Пункт", "en": "Clause"},
    "processes": {"kk": "Процестер", "ru": "Процессы", "en": "Processes"},
    "discrepancies": {
        "kk": "Дереккөздегі сәйкессіздіктер",
        "ru": "Расхождения в источнике",
        "en": "Discrepancies in the source",
    },
    "discrepancies_intro": {
        "kk": "Бекітілген процестер картасы мен оның осы сайттағы көрінісі арасындағы "
        "айырмашылықтар және олардың себебі. Әр жазба картаның қай жерге қатысты екенін "
        "және не байқалғанын көрсетеді.",
        "ru": "Различия между утверждённой картой процессов и тем, как она показана на этом "
        "сайте, и их причины. В каждой записи указано, к какому месту карты она относится "
        "и что замечено.",
        "en": "Differences between the approved process map and the way this site shows it, "
        "and why. Each entry says which part of the map it concerns and what was found.",
    },
    "kind": {"kk": "Түрі", "ru": "Вид", "en": "Kind"},
    "field": {"kk": "Өріс", "ru": "Поле", "en": "Field"},
    "note": {"kk": "Сипаттама", "ru": "Описание", "en": "Description"},
    "status": {"kk": "Күйі", "ru": "Статус", "en": "Status"},
    "open": {"kk": "ашық", "ru": "открыто", "en": "open"},
    "resolved": {"kk": "шешілді", "ru": "решено", "en": "resolved"},
    "none_open": {
        "kk": "Ашық сәйкессіздіктер жоқ.",
        "ru": "Открытых расхождений нет.",
        "en": "No open discrepancies.",
    },
    "all_notes": {
        "kk": "Осы санаттағы барлық карталардың сәйкессіздіктері",
        "ru": "Несоответствия во всех картах этой категории",
        "en": "Inconsistencies in all cards of this category",
    },
    "source_report": {
        "kk": "Дереккөзбен салыстыру есебі",
        "ru": "Отчёт о сверке с источником",
        "en": "Source report",
    },
    "probably": {"kk": "шамасы", "ru": "вероятно", "en": "probably"},
    "in_source": {"kk": "дереккөзде", "ru": "в источнике", "en": "in the source"},
    "editorial": {
        "kk": "редакция оқылымы",
        "ru": "прочтение редакции",
        "en": "editorial reading",
    },
    "architecture": {
        "kk": "Процесс архитектурасы",
        "ru": "Архитектура процессов",
        "en": "Process architecture",
    },
}


def localized_label(key: str) -> Localized:
    """A fixed label as a Localized value (for open-data titles)."""
    return Localized(**L[key])
