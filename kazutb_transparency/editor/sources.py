"""What editors keep in data/, file by file, with the model the build validates each with.

Every file and folder of data/ is either here (a collection of the editor) or in
`NOT_EDITED` with the reason nobody keeps it in the editor; tests/editor compares the data
tree with both, so a new data file without a form fails a test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field, create_model

from kazutb_transparency.applicants.models import (
    Admission,
    Costs,
    Group,
    ProgrammeFigures,
    Staff,
)
from kazutb_transparency.core.disclosure_policy import DisclosurePolicy
from kazutb_transparency.core.glossary import Term
from kazutb_transparency.core.opendata.writer import OpenDataSettings
from kazutb_transparency.core.provenance import STATES
from kazutb_transparency.disclosures.accreditation import Accreditation, Agency
from kazutb_transparency.disclosures.documents import Document
from kazutb_transparency.disclosures.models import About, Clause, Faculty, FormOfStudy, Resource
from kazutb_transparency.disclosures.programmes import (
    DISCIPLINE_COLUMNS,
    DISCIPLINE_OPTIONAL_COLUMNS,
    Discipline,
    Programme,
)
from kazutb_transparency.organisation.models import Unit
from kazutb_transparency.privacy.allowlist import AllowlistFile
from kazutb_transparency.processes import measurements
from kazutb_transparency.processes.models import Process, RegistryDocument
from kazutb_transparency.processes.sourcereport import Difference
from kazutb_transparency.quality.models import AuditsFile, DocumentsFile, Policy
from kazutb_transparency.surveys.models import (
    ActionsFile,
    Catalogue,
    Meta,
    SurveyQuestions,
    SurveyTargets,
)
from kazutb_transparency.transparency.models import (
    AntiCorruption,
    Appeals,
    AppealYear,
    Body,
    Competition,
    Consultation,
    Procurement,
)

Kind = Literal["record", "list", "folder", "map", "csv", "csv-folder"]
# The key a list file's records are wrapped under in the form (a form is a group of
# fields, a list file is a list): no top-level model has a field of this name (a test).
LIST_KEY = "records"
# The key a map file's entries are listed under in the form.
MAP_KEY = "entries"
CSV_ROWS = "rows"


@dataclass(frozen=True)
class Source:
    """One file (or folder of files) of data/ and how the editor shows it."""

    path: str  # relative to data/
    kind: Kind
    model: type[BaseModel]  # a record of the file (list, csv: one item; map: one value)
    label: dict[str, str]  # kk, ru, en
    name: str  # the file's name in its collection, or the folder collection's
    identifier: str | None = None  # folder: the field the file is named after
    key: str | None = None  # list: the records' key; map: the name of the key field
    columns: tuple[str, ...] = ()  # csv: the header, in its order
    create: bool = True  # folder: new files may be added

    @property
    def extension(self) -> str:
        return self.path.rsplit(".", 1)[-1] if "." in self.path.rsplit("/", 1)[-1] else ""


@dataclass(frozen=True)
class Collection:
    name: str
    label: dict[str, str]
    sources: tuple[Source, ...]
    folder: bool = False
    description: dict[str, str] = field(default_factory=dict)


def _l(kk: str, ru: str, en: str) -> dict[str, str]:
    return {"kk": kk, "ru": ru, "en": en}


# --- the measurements' row, from the rules processes/measurements.py checks them with ---

_unit_names = tuple(measurements.UNITS)
MeasurementRow = create_model(
    "MeasurementRow",
    process=(int, Field(ge=1, le=22)),
    indicator=(int, Field(ge=1)),
    period=(str, Field(pattern=measurements.PERIOD.pattern)),
    value=(float | None, Field(default=None, ge=0)),
    unit=(Literal[_unit_names], ...),  # type: ignore[valid-type]
    target=(float | None, Field(default=None, ge=0)),
    better=(measurements.Better, ...),
    source=(str, Field(pattern=measurements.SOURCE.pattern)),
    provenance=(Literal[STATES], ...),  # type: ignore[valid-type]
)
assert tuple(MeasurementRow.model_fields) == measurements.COLUMNS

DISCIPLINE_HEADER = (DISCIPLINE_COLUMNS[0], *DISCIPLINE_OPTIONAL_COLUMNS, *DISCIPLINE_COLUMNS[1:])


# --- the collections, in the order of the editor's menu --------------------------------

UNIVERSITY = Collection(
    "university",
    _l("Университет", "Университет", "The university"),
    (
        Source(
            "disclosures/about.yaml",
            "record",
            About,
            _l("Университет туралы", "Об университете", "About the university"),
            "about",
        ),
        Source(
            "units.yaml",
            "list",
            Unit,
            _l(
                "Құрылым және басқару органдары",
                "Структура и органы управления",
                "Structure and governing bodies",
            ),
            "units",
            key="id",
        ),
        Source(
            "disclosures/faculties.yaml",
            "list",
            Faculty,
            _l("Факультеттер", "Факультеты", "Faculties"),
            "faculties",
            key="id",
        ),
        Source(
            "disclosures/forms.yaml",
            "list",
            FormOfStudy,
            _l("Оқу нысандары", "Формы обучения", "Forms of study"),
            "forms",
            key="id",
        ),
        Source(
            "disclosures/resources.yaml",
            "list",
            Resource,
            _l("Ресурстар", "Ресурсы", "Resources"),
            "resources",
            key="id",
        ),
    ),
)

PROGRAMMES = Collection(
    "programmes",
    _l("Білім беру бағдарламалары", "Образовательные программы", "Educational programmes"),
    (
        Source(
            "disclosures/programmes",
            "folder",
            Programme,
            _l("Білім беру бағдарламалары", "Образовательные программы", "Educational programmes"),
            "programmes",
            identifier="code",
        ),
    ),
    folder=True,
)

PROGRAMME_FIGURES = Collection(
    "programme-figures",
    _l(
        "Бағдарлама: ақы, студенттер, түлектер",
        "Программа: оплата, студенты, выпускники",
        "Programme: fees, students, graduates",
    ),
    (
        Source(
            "applicants/programmes",
            "folder",
            ProgrammeFigures,
            _l(
                "Бағдарлама: ақы, студенттер, түлектер",
                "Программа: оплата, студенты, выпускники",
                "Programme: fees, students, graduates",
            ),
            "programme-figures",
            identifier="programme",
        ),
    ),
    folder=True,
)

DISCIPLINES = Collection(
    "disciplines",
    _l("Пәндер", "Дисциплины", "Disciplines"),
    (
        Source(
            "disclosures/disciplines",
            "csv-folder",
            Discipline,
            _l("Пәндер", "Дисциплины", "Disciplines"),
            "disciplines",
            identifier="programme",
            columns=DISCIPLINE_HEADER,
        ),
    ),
    folder=True,
)

APPLICANTS = Collection(
    "applicants",
    _l("Талапкерлерге", "Абитуриентам", "For applicants"),
    (
        Source(
            "applicants/admission.yaml",
            "record",
            Admission,
            _l("Қабылдау", "Приём", "Admission"),
            "admission",
        ),
        Source(
            "applicants/groups.yaml",
            "list",
            Group,
            _l(
                "Бағдарламалар топтары: орындар мен қабылдау",
                "Группы программ: места и приём",
                "Groups of programmes: places and admission",
            ),
            "groups",
            key="id",
        ),
        Source(
            "applicants/costs.yaml",
            "record",
            Costs,
            _l(
                "Басқа төлемдер, жатақхана, қолдау",
                "Прочие платежи, общежитие, поддержка",
                "Other fees, dormitory, support",
            ),
            "costs",
        ),
        Source(
            "applicants/staff.yaml",
            "list",
            Staff,
            _l("Оқытушылар саны", "Численность преподавателей", "Teaching staff"),
            "staff",
            key="faculty",
        ),
    ),
)

ACCREDITATION = Collection(
    "accreditation",
    _l("Аккредиттеу және құжаттар", "Аккредитация и документы", "Accreditation and documents"),
    (
        Source(
            "disclosures/documents.yaml",
            "list",
            Document,
            _l("Құжаттар", "Документы", "Documents"),
            "documents",
            key="id",
        ),
        Source(
            "disclosures/accreditations.yaml",
            "list",
            Accreditation,
            _l("Аккредиттеу", "Аккредитация", "Accreditation"),
            "accreditations",
            key="id",
        ),
        Source(
            "disclosures/agencies.yaml",
            "list",
            Agency,
            _l("Аккредиттеу агенттіктері", "Аккредитационные агентства", "Accreditation agencies"),
            "agencies",
            key="id",
        ),
        Source(
            "disclosures/register.yaml",
            "list",
            Clause,
            _l("Сәйкестік тізілімі", "Реестр соответствия", "Compliance register"),
            "register",
            key="clause",
        ),
    ),
)

TRANSPARENCY = Collection(
    "transparency",
    _l("Ашықтық", "Прозрачность", "Transparency"),
    (
        Source(
            "transparency/appeals.yaml",
            "record",
            Appeals,
            _l("Өтініштер: қалай жазу", "Обращения: как написать", "Appeals: how to write"),
            "appeals",
        ),
        Source(
            "transparency/appeals-statistics.yaml",
            "list",
            AppealYear,
            _l(
                "Өтініштер: жыл сайынғы сандар",
                "Обращения: данные за год",
                "Appeals: yearly counts",
            ),
            "appeals-statistics",
            key="year",
        ),
        Source(
            "transparency/bodies.yaml",
            "list",
            Body,
            _l(
                "Қоғамдық кеңес және алқалы органдар",
                "Общественный совет и коллегиальные органы",
                "Public council and collegial bodies",
            ),
            "bodies",
            key="id",
        ),
        Source(
            "transparency/consultations.yaml",
            "list",
            Consultation,
            _l("Талқылаулар", "Обсуждения", "Consultations"),
            "consultations",
            key="id",
        ),
        Source(
            "transparency/anti-corruption.yaml",
            "record",
            AntiCorruption,
            _l(
                "Сыбайлас жемқорлыққа қарсы іс-қимыл",
                "Противодействие коррупции",
                "Anti-corruption",
            ),
            "anti-corruption",
        ),
        Source(
            "transparency/procurement.yaml",
            "list",
            Procurement,
            _l("Сатып алу", "Закупки", "Procurement"),
            "procurement",
            key="id",
        ),
        Source(
            "transparency/competitions.yaml",
            "list",
            Competition,
            _l("Лауазымдарға конкурстар", "Конкурсы на должности", "Competitions for posts"),
            "competitions",
            key="id",
        ),
    ),
)

QUALITY = Collection(
    "quality",
    _l("Сапа менеджменті жүйесі", "Система менеджмента качества", "Quality management system"),
    (
        Source(
            "quality/documents.yaml",
            "record",
            DocumentsFile,
            _l("СМЖ құжаттарының тізілімі", "Реестр документов СМК", "QMS documents register"),
            "qms-documents",
        ),
        Source(
            "quality/policy.yaml",
            "record",
            Policy,
            _l("Сапа саясаты", "Политика в области качества", "Quality policy"),
            "policy",
        ),
        Source(
            "quality/audits.yaml",
            "record",
            AuditsFile,
            _l(
                "Ішкі аудиттер, басшылық талдауы, түзету әрекеттері",
                "Внутренние аудиты, анализ руководством, корректирующие действия",
                "Internal audits, management reviews, corrective actions",
            ),
            "audits",
        ),
        Source(
            "registry.yaml",
            "record",
            RegistryDocument,
            _l(
                "Процестер картасы (құжат)",
                "Карта процессов (документ)",
                "The process map (document)",
            ),
            "registry",
        ),
        Source(
            "source-report.yaml",
            "list",
            Difference,
            _l(
                "Сайттың процестер картасынан айырмашылықтары",
                "Отличия сайта от карты процессов",
                "How the site differs from the process map",
            ),
            "source-report",
            key="id",
        ),
    ),
)

PROCESSES = Collection(
    "processes",
    _l("Процестер карталары", "Карточки процессов", "Process cards"),
    (
        Source(
            "processes",
            "folder",
            Process,
            _l("Процестер карталары", "Карточки процессов", "Process cards"),
            "processes",
            identifier="code",
            create=False,  # the 22 processes of the approved map
        ),
    ),
    folder=True,
)

MEASUREMENTS = Collection(
    "measurements",
    _l(
        "Процестер көрсеткіштерінің өлшемдері",
        "Измерения показателей процессов",
        "Process measurements",
    ),
    (
        Source(
            "processes/measurements.csv",
            "csv",
            MeasurementRow,
            _l(
                "Процестер көрсеткіштерінің өлшемдері",
                "Измерения показателей процессов",
                "Process measurements",
            ),
            "measurements",
            columns=measurements.COLUMNS,
        ),
    ),
)

SURVEYS = Collection(
    "surveys",
    _l("Сауалнамалар", "Анкетирование", "Surveys"),
    (
        Source(
            "surveys/catalogue.yaml",
            "record",
            Catalogue,
            _l("Сауалнамалар каталогы", "Каталог опросов", "Survey catalogue"),
            "catalogue",
        ),
        Source(
            "surveys/meta.yaml",
            "record",
            Meta,
            _l("Көрсеткіштер туралы", "О показателях", "About the indicators"),
            "meta",
        ),
        Source(
            "surveys/actions.yaml",
            "record",
            ActionsFile,
            _l(
                "Түзету және алдын алу әрекеттері",
                "Корректирующие и предупреждающие действия",
                "Corrective and preventive actions",
            ),
            "actions",
        ),
    ),
)

SURVEY_TARGETS = Collection(
    "survey-targets",
    _l("Сауалнамалардың мақсатты мәндері", "Целевые значения опросов", "Survey targets"),
    (
        Source(
            "surveys/targets.yaml",
            "map",
            SurveyTargets,
            _l("Сауалнамалардың мақсатты мәндері", "Целевые значения опросов", "Survey targets"),
            "targets",
            key="survey",
        ),
    ),
)

QUESTIONNAIRE = Collection(
    "questionnaire",
    _l("Сауалнама сұрақтары", "Вопросы анкет", "Questionnaires"),
    (
        Source(
            "surveys/questionnaire.yaml",
            "map",
            SurveyQuestions,
            _l("Сауалнама сұрақтары", "Вопросы анкет", "Questionnaires"),
            "questionnaire",
            key="survey",
        ),
    ),
)

GLOSSARY = Collection(
    "glossary",
    _l("Терминдер сөздігі", "Глоссарий", "Glossary"),
    (
        Source(
            "glossary.yaml",
            "map",
            Term,
            _l("Терминдер сөздігі", "Глоссарий", "Glossary"),
            "glossary",
            key="term",
        ),
    ),
)

SETTINGS = Collection(
    "settings",
    _l("Жариялау баптаулары", "Настройки публикации", "Publishing settings"),
    (
        Source(
            "opendata.yaml",
            "record",
            OpenDataSettings,
            _l(
                "Ашық деректер: лицензия және жариялаушы",
                "Открытые данные: лицензия и издатель",
                "Open data: licence and publisher",
            ),
            "opendata",
        ),
        Source(
            "disclosure.yaml",
            "record",
            DisclosurePolicy,
            _l("Шағын топтарды жасыру", "Скрытие малых групп", "Small-group disclosure control"),
            "disclosure",
        ),
        Source(
            "privacy/allowlist.yaml",
            "record",
            AllowlistFile,
            _l(
                "Жариялауға рұқсат етілген байланыстар",
                "Разрешённые к публикации контакты",
                "Contacts that may be published",
            ),
            "allowlist",
        ),
    ),
)

COLLECTIONS: tuple[Collection, ...] = (
    UNIVERSITY,
    PROGRAMMES,
    PROGRAMME_FIGURES,
    DISCIPLINES,
    APPLICANTS,
    ACCREDITATION,
    TRANSPARENCY,
    QUALITY,
    PROCESSES,
    MEASUREMENTS,
    SURVEYS,
    SURVEY_TARGETS,
    QUESTIONNAIRE,
    GLOSSARY,
    SETTINGS,
)

# The documents' files: the media folder of the editor (uploaded with their record).
MEDIA_FOLDER = "documents"

# Files of data/ nobody keeps in the editor, each with the reason (patterns on the path
# relative to data/).
NOT_EDITED: dict[str, str] = {
    r"(.+/)?README\.md": "the folder's explanations, for the people who keep the files",
    r"interface/.+": "the site's own interface texts: translators keep them with the code "
    "(the catalogs and the methodology pages are checked by tests/test_interface_catalog.py)",
    r"style\.yaml": "the style guides' patterns (regular expressions) that tests check every "
    "page with: translators keep them with style/",
    r"surveys/(indicators|distributions)\.csv": "written by scripts/aggregate_surveys.py from "
    "the answers, never by hand (handbook: 'Load a survey's answers')",
    rf"{MEDIA_FOLDER}/[^/]+": "the documents' files: uploaded with their record in "
    "'Accreditation and documents → Documents' (the media folder)",
}


def sources() -> list[Source]:
    return [source for collection in COLLECTIONS for source in collection.sources]


def not_edited_reason(relative: str) -> str | None:
    """Why nobody keeps `relative` (a path under data/) in the editor, or None."""
    return next(
        (reason for pattern, reason in NOT_EDITED.items() if re.fullmatch(pattern, relative)),
        None,
    )


def source_of(relative: str) -> Source | None:
    """The source a file of data/ (path relative to data/) belongs to, or None."""
    for source in sources():
        if source.kind in ("folder", "csv-folder"):
            folder, ext = source.path, "csv" if source.kind == "csv-folder" else "yaml"
            if re.fullmatch(rf"{re.escape(folder)}/[^/]+\.{ext}", relative):
                if source.path == "processes" and relative == "processes/measurements.csv":
                    continue
                return source
        elif source.path == relative:
            return source
    return None
